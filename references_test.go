package newsparse

import (
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Text whose characters arrive as HTML character references (a feed that
// stripped tags without unescaping) gives the quotations, speakers, entities
// and figures of the text they stand for, and every result shows the input
// as given at its offsets.
func TestCharacterReferences(t *testing.T) {
	checkReadings(t, []readingCase{
		{"curly marks by name",
			"&ldquo;We will finish the bridge by spring,&rdquo; said Mayor Helena Kowalski.",
			readingWant{quote: "We will finish the bridge by spring,", speaker: "Helena Kowalski"}},
		{"straight marks by name",
			"&quot;The numbers do not add up,&quot; Councillor Raj Patel told reporters on Monday.",
			readingWant{quote: "The numbers do not add up,", speaker: "Raj Patel"}},
		{"decimal marks",
			"&#8220;It was chaos,&#8221; said firefighter Lena Brandt. Three people were killed in the fire.",
			readingWant{quote: "It was chaos,", speaker: "Lena Brandt", casualty: "Three people were killed"}},
		{"hexadecimal marks",
			"&#x201C;We are not leaving,&#x201D; union leader Tomas Berg said.",
			readingWant{quote: "We are not leaving,", speaker: "Tomas Berg"}},
		{"an apostrophe inside a quotation and a possessive",
			"Senator Amara Osei&rsquo;s office said the plan would cost $4.5 million. &ldquo;It isn&rsquo;t cheap,&rdquo; Osei said.",
			readingWant{quote: "It isn&rsquo;t cheap,", speaker: "Amara Osei", entity: "Amara Osei", mention: "Amara Osei", money: "$4.5 million"}},
		{"an ampersand in a name, a currency by name",
			"AT&amp;T said it would pay &pound;20 million to settle the case.",
			readingWant{entity: "AT&T", mention: "AT&amp;T", money: "&pound;20 million"}},
		{"no-break spaces inside a name",
			"Prime&nbsp;Minister Joanne&nbsp;Whitlock said the budget was &ldquo;a fair deal.&rdquo;",
			readingWant{quote: "a fair deal.", speaker: "Joanne Whitlock", entity: "Joanne Whitlock", mention: "Joanne&nbsp;Whitlock"}},
		{"a dash by name after the dateline",
			"HALIFAX &mdash; Fire chief Omar Haddad said two people were injured.",
			readingWant{entity: "Omar Haddad", mention: "Omar Haddad", casualty: "two people were injured"}},
		{"ampersands that start no reference stay",
			`In a Q&A session, Dana Whitfield of Pell & Co said "we are hiring," she added.`,
			readingWant{quote: "we are hiring,", speaker: "Dana Whitfield", entity: "Pell & Co", mention: "Pell & Co"}},
		{"escaped once too often and references",
			`Port strike drags on\n\n\"We can&rsquo;t wait,\" said dock worker Ines Moreau.`,
			readingWant{quote: "We can&rsquo;t wait,", speaker: "Ines Moreau"}},
	})
}

// A header, byline and dateline written with references keep their fields
// as given, and the title is the field's value as given.
func TestCharacterReferencesHeader(t *testing.T) {
	in := "Harbour board&rsquo;s &ldquo;last word&rdquo; on fares\nBy Se&aacute;n O&rsquo;Brien\n\nHALIFAX &mdash; The board voted on Tuesday.\n\n&ldquo;We didn&rsquo;t take this lightly,&rdquo; said board chair Colette Arsenault."
	a, err := Parse(in)
	require.NoError(t, err)
	checkSpans(t, "header", in, a)
	assert.Equal(t, "Harbour board&rsquo;s &ldquo;last word&rdquo; on fares", a.Meta.Title)
	assert.Equal(t, "Se&aacute;n O&rsquo;Brien", a.Meta.Author)
	require.NotNil(t, a.Meta.Dateline)
	assert.Equal(t, "HALIFAX", a.Meta.Dateline.Place)
	assert.True(t, strings.HasPrefix(in[a.Meta.Dateline.Start:a.Meta.Dateline.End], "HALIFAX &mdash;"))
	require.Len(t, a.Quotes, 1)
	assert.Equal(t, "We didn&rsquo;t take this lightly,", a.Quotes[0].Text)
	assert.Equal(t, "Colette Arsenault", a.Quotes[0].Speaker.Name)
	require.Len(t, a.Paragraphs, 2)
	assert.Equal(t, "The board voted on Tuesday.", in[a.Paragraphs[0].Start:a.Paragraphs[0].End])
	var toks []string
	for _, tk := range a.SentenceTokens(1) {
		toks = append(toks, tk.Text)
	}
	assert.Equal(t, []string{"&ldquo;", "We", "did", "n&rsquo;t", "take", "this", "lightly", ",", "&rdquo;", "said", "board", "chair", "Colette", "Arsenault", "."}, toks)
}

// refsArticles are the texts the property below writes with references.
var refsArticles = []string{
	strings.Join([]string{
		"Harbour ferry fares to rise in spring",
		"By Maren Holt",
		"HALIFAX — The harbour board voted on Tuesday to raise ferry fares by 15 per cent, a change worth £2.4 million a year to Metro Transit & Ferries.",
		"“We didn’t take this lightly,” said board chair Colette Arsenault. “Nobody wants to pay more.”",
		"Dock worker Peter Vaughn, who has opposed the plan for two years, wasn’t surprised. \"They always find a reason,\" he said.",
		"Two workers were injured at the old terminal in March, and café owner Zoé Lam said the rise would cost her ‘a fortune’.",
	}, "\n\n"),
	"In a Q&A session, Dana Whitfield of AT&T said the company's R&D budget of $40 million was \"not up for debate.\" Three engineers were laid off, she said. «Ça suffit», a union leader, Marc Dubé, replied.",
}

// refNames are the names of some characters, written the way a feed writes
// them; html.UnescapeString reads each back. (A space has no name: &nbsp; is
// the no-break space, another character, which reads as what it is.)
var refNames = map[rune]string{
	'“': "ldquo", '”': "rdquo", '‘': "lsquo", '’': "rsquo", '"': "quot", '\'': "apos",
	'&': "amp", '—': "mdash", '£': "pound", 'é': "eacute", '«': "laquo", '»': "raquo",
}

// withReferences returns text with characters picked at random written as
// references (by name, in decimal or in hexadecimal), leaving a backslash
// and the character after it alone, and the offset in the result of each
// offset of text that starts a character.
func withReferences(r *rand.Rand, text string, share float64) (string, []int) {
	var b strings.Builder
	at := make([]int, len(text)+1)
	escaped := false
	for i, c := range text {
		at[i] = b.Len()
		switch {
		case escaped || c == '\\' || r.Float64() >= share:
			b.WriteRune(c)
		case refNames[c] != "" && r.IntN(2) == 0:
			b.WriteString("&" + refNames[c] + ";")
		case r.IntN(2) == 0:
			fmt.Fprintf(&b, "&#%d;", c)
		default:
			fmt.Fprintf(&b, "&#x%X;", c)
		}
		escaped = !escaped && c == '\\'
	}
	at[len(text)] = b.Len()
	return b.String(), at
}

// Every result of a text written with references is the result of the text
// they stand for, at the offsets its characters moved to, with the input's
// bytes at them as its text; on texts plain and escaped once too often.
func TestCharacterReferencesProperty(t *testing.T) {
	r := rand.New(rand.NewPCG(18, 7))
	checkMovedReadings(t, func(round int, base string) (string, []int) {
		return withReferences(r, base, []float64{0.05, 0.3, 1}[round%3])
	})
}

// movedArticle returns a copy of a with every offset moved by at and every
// text and field value the bytes of in at its offsets; the title, source,
// author and date text (no offsets of their own) are left out.
func movedArticle(a *Article, in string, at []int) *Article {
	return movedArticleBy(a, in, at, at)
}

// movedArticleBy is movedArticle with a span's start moved by startAt and
// its end by endAt (where a tag read as nothing was put between two
// characters, a span that starts after it starts after the tag and one that
// ends before it ends before the tag).
func movedArticleBy(a *Article, in string, startAt, endAt []int) *Article {
	var b Article
	raw, _ := json.Marshal(a)
	_ = json.Unmarshal(raw, &b) // a deep copy
	mv := func(s, e *int) {
		if *s == *e { // an empty span stays empty
			*s = startAt[*s]
			*e = *s
			return
		}
		*s, *e = startAt[*s], endAt[*e]
	}
	for i := range b.Meta.Fields {
		f := &b.Meta.Fields[i]
		mv(&f.Start, &f.End)
		f.Value = in[f.Start:f.End]
	}
	if dl := b.Meta.Dateline; dl != nil {
		mv(&dl.Start, &dl.End)
	}
	mv(&b.Body.Start, &b.Body.End)
	for _, ss := range [][]Span{b.Paragraphs, b.Sentences} {
		for i := range ss {
			mv(&ss[i].Start, &ss[i].End)
		}
	}
	for i := range b.Entities {
		for k := range b.Entities[i].Mentions {
			m := &b.Entities[i].Mentions[k]
			mv(&m.Start, &m.End)
			m.Text = in[m.Start:m.End]
		}
	}
	for i := range b.Quotes {
		q := &b.Quotes[i]
		mv(&q.Start, &q.End)
		q.Text = in[q.Start:q.End]
		if sp := q.Speaker; sp != nil && sp.End > sp.Start {
			mv(&sp.Start, &sp.End)
			sp.Text = in[sp.Start:sp.End]
		}
	}
	for i := range b.Money {
		mv(&b.Money[i].Start, &b.Money[i].End)
		b.Money[i].Text = in[b.Money[i].Start:b.Money[i].End]
	}
	for i := range b.Casualties {
		mv(&b.Casualties[i].Start, &b.Casualties[i].End)
		b.Casualties[i].Text = in[b.Casualties[i].Start:b.Casualties[i].End]
	}
	return &b
}

// movedTokens returns the tokens moved by at, with in's bytes as their text.
func movedTokens(toks []Token, in string, at []int) []Token {
	return movedTokensBy(toks, in, at, at)
}

// movedTokensBy is movedTokens with starts moved by startAt, ends by endAt.
func movedTokensBy(toks []Token, in string, startAt, endAt []int) []Token {
	out := make([]Token, len(toks))
	for i, tk := range toks {
		s, e := startAt[tk.Start], endAt[tk.End]
		out[i] = Token{Span: Span{Start: s, End: e}, Text: in[s:e]}
	}
	return out
}

// headlessJSON returns the JSON of a without the header's title, source,
// author and date text.
func headlessJSON(t *testing.T, a *Article) string {
	m := a.Meta
	m.Title, m.Source, m.Author = "", "", ""
	if m.Date != nil {
		d := *m.Date
		d.Text = ""
		m.Date = &d
	}
	b := *a
	b.Meta = m
	raw, err := json.Marshal(&b)
	require.NoError(t, err)
	return string(raw)
}

// Every offset of every result lies in the input, on a character boundary,
// with the input's bytes as its text, whatever mix of references, broken
// references and bare ampersands the text holds.
func TestCharacterReferencesRandom(t *testing.T) {
	r := rand.New(rand.NewPCG(18, 18))
	pieces := []string{
		"&ldquo;", "&rdquo;", "&quot;", "&rsquo;", "&#8220;", "&#x201D;", "&amp;", "&nbsp;", "&mdash;", "&#39;",
		"&eacute;", "&fjlig;", "&NotEqualTilde;", "&#0;", "&#xD800;", "&#99999999;", "&#10;", "&lt;b&gt;",
		"&", "&amp", "&copy", "&notit;", "&zz;", "&#;", "&#x;", "\\\"", "\\n", "\"",
		" ", " ", " ", "\n\n", ".", ",", " said ", "Mayor ", "Ann Lee", "AT", "T", "Q", "A", "$5 million", "£3bn",
		"three people were killed", "é", "“", "”", "’", "Ottawa", "the minister",
	}
	for round := range 300 {
		var b strings.Builder
		for range 5 + r.IntN(60) {
			b.WriteString(pieces[r.IntN(len(pieces))])
		}
		in := b.String()
		require.True(t, utf8.ValidString(in))
		a, err := Parse(in)
		require.NoError(t, err)
		checkSpans(t, fmt.Sprintf("round %d %q", round, in), in, a)
		for _, tk := range a.Tokens() {
			assert.Equal(t, in[tk.Start:tk.End], tk.Text)
		}
	}
}
