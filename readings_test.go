package newsparse

import (
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// readingWant is what a text read through one of Parse's input readings
// (escapes, character references, mojibake) must give: the results of the
// text it stands for, shown as the input gives them.
type readingWant struct {
	quote, speaker  string // the quotation as given, and its speaker's name
	entity, mention string // an entity's name as read, and a mention of it as given
	money, currency string // an amount as given, and its currency ("" when not checked)
	casualty        string // a casualty count as given
	token           string // text some token holds, as given ("" when not checked)
	others          bool   // other quotations besides the one checked
}

// readingCase is one row of a reading's table: a text and what it gives.
type readingCase struct {
	name, in string
	want     readingWant
}

// checkReadings runs checkReading on each case, a subtest each.
func checkReadings(t *testing.T, cases []readingCase) {
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) { checkReading(t, c.name, c.in, c.want) })
	}
}

// checkReading parses in and checks it against w: the quotation (or none),
// the entity and its mention, the amount, the casualty and a token, every
// span against the input (checkSpans), and that the functions of one
// extractor read the text as Parse does. It returns the article.
func checkReading(t *testing.T, name, in string, w readingWant) *Article {
	t.Helper()
	a, err := Parse(in)
	require.NoError(t, err)
	checkSpans(t, name, in, a)
	assert.Equal(t, in, a.Text())
	if w.quote != "" {
		if !w.others {
			require.Len(t, a.Quotes, 1, "%+v", a.Quotes)
		}
		q := quoteWithText(a.Quotes, w.quote)
		require.NotNil(t, q, "no quotation %q in %+v", w.quote, a.Quotes)
		require.NotNil(t, q.Speaker)
		assert.Equal(t, w.speaker, q.Speaker.Name)
	} else {
		assert.Empty(t, a.Quotes)
	}
	if w.entity != "" {
		e := entityNamed(a.Entities, w.entity)
		require.NotNil(t, e, "no entity %q in %+v", w.entity, a.Entities)
		assert.Equal(t, w.mention, e.Mentions[0].Text)
	}
	if w.money != "" {
		require.Len(t, a.Money, 1)
		assert.Equal(t, w.money, a.Money[0].Text)
		if w.currency != "" {
			assert.Equal(t, w.currency, a.Money[0].Currency)
		}
	}
	if w.casualty != "" {
		require.Len(t, a.Casualties, 1)
		assert.Equal(t, w.casualty, a.Casualties[0].Text)
	}
	if w.token != "" {
		found := false
		for _, tk := range a.Tokens() {
			found = found || strings.Contains(tk.Text, w.token)
		}
		assert.True(t, found, "no token %q: the text was read otherwise than written", w.token)
	}

	// the functions of one extractor read the text the same way
	qs, err := Quotes(in)
	require.NoError(t, err)
	assert.Equal(t, a.Quotes, qs)
	es, err := Entities(in)
	require.NoError(t, err)
	assert.Equal(t, a.Entities, es)
	ms, err := MoneyIn(in)
	require.NoError(t, err)
	assert.Equal(t, a.Money, ms)
	cs, err := Casualties(in)
	require.NoError(t, err)
	assert.Equal(t, a.Casualties, cs)
	return a
}

// quoteWithText returns the quotation whose text is text, or nil.
func quoteWithText(qs []Quote, text string) *Quote {
	for i := range qs {
		if qs[i].Text == text {
			return &qs[i]
		}
	}
	return nil
}

// checkMovedReadings checks a reading against the text it stands for: for
// each article of refsArticles, as written and escaped once too often, and
// each of 12 rounds, damage writes the article otherwise (its characters as
// references, say) and returns the damaged text with the new offset of each
// old one; Parse of the damaged text must give the article's own results at
// the moved offsets, its texts the damaged text's bytes there.
func checkMovedReadings(t *testing.T, damage func(round int, base string) (string, []int)) {
	t.Helper()
	escape := strings.NewReplacer("\n", `\n`, "\"", `\"`).Replace
	var bases []string
	for _, s := range refsArticles {
		bases = append(bases, s, escape(s))
	}
	checkMovedReadingsOf(t, bases, func(round int, base string) (string, []int, []int) {
		in, at := damage(round, base)
		return in, at, at
	})
}

// checkMovedReadingsOf is checkMovedReadings on the articles bases, for a
// damage that moves a span's start and its end apart (startAt, endAt: a
// result's start moves past markup read as nothing before it, its end stays
// before markup after it).
func checkMovedReadingsOf(t *testing.T, bases []string, damage func(round int, base string) (string, []int, []int)) {
	t.Helper()
	for bi, base := range bases {
		pa, err := Parse(base)
		require.NoError(t, err)
		for round := range 12 {
			in, startAt, endAt := damage(round, base)
			id := fmt.Sprintf("base %d round %d", bi, round)
			a, err := Parse(in)
			require.NoError(t, err)
			checkSpans(t, id, in, a)
			want := movedArticleBy(pa, in, startAt, endAt)
			assert.Equal(t, headlessJSON(t, want), headlessJSON(t, a), "%s: %q", id, in)
			assert.Equal(t, movedTokensBy(pa.Tokens(), in, startAt, endAt), a.Tokens(), id)
		}
	}
}

// TestReadingNoteMarks: a note's mark glued to a figure, as Markdown or as
// HTML writes it, is no digit of the figure ("40[1](…) people died" is 40
// dead, not 401).
func TestReadingNoteMarks(t *testing.T) {
	for _, c := range []struct {
		in    string
		count float64
	}{
		{"Officials said 40[1](https://example.org/fn1) people died in the floods.", 40},
		{"<p>Police said 40<sup><a href=\"#fn1\">1</a></sup> people died.</p><p>More later.</p>", 40},
	} {
		cs, err := Casualties(c.in)
		require.NoError(t, err)
		require.Len(t, cs, 1, "%q: %+v", c.in, cs)
		assert.Equal(t, c.count, cs[0].Count, c.in)
		assert.Equal(t, c.in[cs[0].Start:cs[0].End], cs[0].Text)
	}
}

// TestSplitHeaderReads: SplitHeader reads the text as Parse does, so a
// dateline written as mojibake or behind markup is the same dateline, and
// its offsets are the input's.
func TestSplitHeaderReads(t *testing.T) {
	for _, in := range []string{
		"Floods close roads\n\nHALIFAX \u00e2\u20ac\u201d Two people were hurt, police said.",
		"<h1>Floods close roads</h1><p>HALIFAX &mdash; Two people were hurt, police said.</p>",
	} {
		a, err := Parse(in)
		require.NoError(t, err)
		m, body := SplitHeader(in)
		assert.Equal(t, a.Meta, m, in)
		assert.Equal(t, a.Body, body, in)
		require.NotNil(t, m.Dateline, in)
		assert.Equal(t, "HALIFAX", m.Dateline.Place)
	}
}
