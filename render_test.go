package newsparse

import (
	"errors"
	"fmt"
	"html"
	"math/rand"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestGoldenHTML compares the view of the seed with testdata/golden/seed.html
// (rewrite it with go test -run Golden -update, then read the diff).
func TestGoldenHTML(t *testing.T) {
	a, err := Parse(SampleArticle)
	require.NoError(t, err)
	out := a.HTML()
	checkView(t, a, out)
	golden(t, "seed.html", []byte(out))
}

// spanOf returns the span of the nth (from 0) occurrence of sub in text; it fails the test when there is none.
func spanOf(t testing.TB, text, sub string, nth int) Span {
	t.Helper()
	off := 0
	for i := 0; ; i++ {
		j := strings.Index(text[off:], sub)
		require.True(t, j >= 0, "%q occurrence %d not in the text", sub, nth)
		if i == nth {
			return Span{Start: off + j, End: off + j + len(sub)}
		}
		off += j + len(sub)
	}
}

func mentionOf(t testing.TB, text, sub string, nth int) Mention {
	s := spanOf(t, text, sub, nth)
	return Mention{Start: s.Start, End: s.End, Text: sub}
}

func fp(f float64) *float64 { return &f }

// handBuiltSeed returns the seed parsed, with extractions filled in by hand
// (what the extractors should find, in part), so that the view can be tested
// whatever the extractors find today. Some spans nest and one pair overlaps.
func handBuiltSeed(t testing.TB) *Article {
	a, err := Parse(SampleArticle)
	require.NoError(t, err)
	x := a.Text()
	a.Entities = []Entity{
		{ID: "e1", Type: Person, Name: "Bashar al-Assad", Titles: []string{"President"},
			Mentions: []Mention{mentionOf(t, x, "Bashar al-Assad", 0), mentionOf(t, x, "Assad", 1), mentionOf(t, x, "Assad", 4)}},
		{ID: "e2", Type: Person, Name: "Amir Hatami", Titles: []string{"Defence Minister"},
			Mentions: []Mention{mentionOf(t, x, "Amir Hatami", 0), mentionOf(t, x, "Hatami", 1)}},
		{ID: "e3", Type: GPE, Name: "Syria", Mentions: []Mention{mentionOf(t, x, "Syria", 0), mentionOf(t, x, "Syria", 3)}},
		{ID: "e4", Type: GPE, Name: "Damascus", Mentions: []Mention{mentionOf(t, x, "Damascus", 0)}},
		{ID: "e5", Type: Org, Name: "Economic and Social Commission for Western Asia",
			Mentions: []Mention{mentionOf(t, x, "Economic and Social Commission for Western Asia", 0)}},
		{ID: "e6", Type: NORP, Name: "Iranian", Mentions: []Mention{mentionOf(t, x, "Iranian", 0)}},
	}
	q := spanOf(t, x, "Syria is at a very, very important juncture.", 0)
	qEnd := spanOf(t, x, "stage of reconstruction,", 0).End
	sp := spanOf(t, x, "Hatami", 1)
	a.Quotes = []Quote{
		{Start: q.Start, End: qEnd, Text: x[q.Start:qEnd], Cue: "said",
			Speaker: &Speaker{Entity: "e2", Name: "Amir Hatami", Start: sp.Start, End: sp.End, Text: "Hatami"}},
		{Start: spanOf(t, x, "top priority", 0).Start, End: spanOf(t, x, "top priority", 0).End, Text: "top priority",
			Partial: true, Cue: "said", Speaker: &Speaker{Entity: "e1", Name: "Bashar al-Assad",
				Start: spanOf(t, x, "Assad", 4).Start, End: spanOf(t, x, "Assad", 4).End, Text: "Assad"}},
	}
	m := spanOf(t, x, "$388bn", 0)
	a.Money = []Money{{Start: m.Start, End: m.End, Text: "$388bn", Value: fp(388e9), Currency: "USD", Qualifier: About,
		Source: &Source{Entity: "e5", Name: "Economic and Social Commission for Western Asia"}}}
	k := spanOf(t, x, "more than 350,000 people have been killed", 0)
	d := spanOf(t, x, "millions forced to flee", 0)
	a.Casualties = []Casualty{
		{Start: k.Start, End: k.End, Text: x[k.Start:k.End], Kind: "killed", Count: 350000, Qualifier: MoreThan, Who: "people"},
		{Start: d.Start, End: d.End, Text: x[d.Start:d.End], Kind: "displaced", Count: 1e6, Vague: true, Qualifier: AtLeast, Who: "people"},
	}
	a.Toll = Toll{Killed: fp(350000), Displaced: fp(1e6)}
	return a
}

var (
	reTag   = regexp.MustCompile(`<(/?)([a-zA-Z][a-zA-Z0-9]*)([^>]*)>`)
	reBadge = regexp.MustCompile(`<span class="np-badge[^"]*"[^>]*>[^<]*</span>`)
	reStyle = regexp.MustCompile(`(?s)<style>.*?</style>`)
	reText  = regexp.MustCompile(`(?s)<div class="np-text">\n(.*?)</div>\n<h3>`)
	reP     = regexp.MustCompile(`(?s)<p>(.*?)</p>\n`)
)

// checkView checks the view of a: valid UTF-8, properly nested elements, the
// text of each paragraph given back exactly (once badges and tags are taken
// out), and one element for each mention, quote and figure.
func checkView(t testing.TB, a *Article, out string) {
	t.Helper()
	require.True(t, utf8.ValidString(out), "the view is not valid UTF-8")
	body := reStyle.ReplaceAllString(out, "<style></style>")
	var stack []string
	for _, m := range reTag.FindAllStringSubmatch(body, -1) {
		name := strings.ToLower(m[2])
		if name == "meta" {
			continue
		}
		if m[1] == "" {
			stack = append(stack, name)
			continue
		}
		require.NotEmpty(t, stack, "</%s> closes nothing", name)
		require.Equal(t, stack[len(stack)-1], name, "</%s> closes <%s>", name, stack[len(stack)-1])
		stack = stack[:len(stack)-1]
	}
	require.Empty(t, stack, "elements left open")
	assert.NotContains(t, strings.ToLower(body), "<script", "the view must not contain a script element")

	tm := reText.FindStringSubmatch(body)
	require.NotNil(t, tm, "no text division")
	var paras []string
	for _, p := range reP.FindAllStringSubmatch(tm[1], -1) {
		plain := reTag.ReplaceAllString(reBadge.ReplaceAllString(p[1], ""), "")
		paras = append(paras, html.UnescapeString(plain))
	}
	if len(a.Paragraphs) > 0 && utf8.ValidString(a.Text()) && !strings.ContainsRune(a.Text(), 0) {
		require.Len(t, paras, len(a.Paragraphs))
		for i, p := range a.Paragraphs {
			assert.Equal(t, p.In(a.Text()), paras[i], "paragraph %d", i)
		}
	}
	// in the text, one element opens (not marked np-cont) per span that starts in a paragraph
	textDiv := tm[1]
	opens := func(s, e int) int {
		s, e = max(s, 0), min(e, len(a.Text()))
		for _, p := range a.Paragraphs {
			if s < e && p.Start <= s && s < p.End {
				return 1
			}
		}
		return 0
	}
	for _, e := range a.Entities {
		want := 0
		for _, m := range e.Mentions {
			want += opens(m.Start, m.End)
		}
		got := strings.Count(textDiv, `class="np-ent np-`+typeClass(e.Type)+`" data-entity="`+html.EscapeString(e.ID)+`"`)
		assert.Equal(t, want, got, "openings of entity %s", e.ID)
	}
	want := 0
	for _, q := range a.Quotes {
		want += opens(q.Start, q.End)
	}
	assert.Equal(t, want, strings.Count(textDiv, `class="np-quote" data-quote=`), "quotes")
	want = 0
	for _, m := range a.Money {
		want += opens(m.Start, m.End)
	}
	assert.Equal(t, want, strings.Count(textDiv, `class="np-money" data-money=`), "money")
	want = 0
	for _, c := range a.Casualties {
		want += opens(c.Start, c.End)
	}
	assert.Equal(t, want, strings.Count(textDiv, `class="np-casualty" data-casualty=`), "casualties")
}

func TestHTMLHandBuilt(t *testing.T) {
	a := handBuiltSeed(t)
	out := a.HTML()
	checkView(t, a, out)
	for _, want := range []string{
		`<mark class="np-ent np-PERSON" data-entity="e1" data-type="PERSON" title="PERSON e1: Bashar al-Assad (President)">Bashar al-Assad</mark>`,
		`<span class="np-quote" data-quote="q1" data-speaker="Amir Hatami"`,
		`<span class="np-badge np-badge-speaker" data-speaker-of="q1">Amir Hatami</span>`,
		`<span class="np-speaker" data-speaker-for="q1" title="speaker of q1"><mark class="np-ent np-PERSON" data-entity="e2"`,
		`<span class="np-money" data-money="m1" title="≈USD 388,000,000,000, according to Economic and Social Commission for Western Asia">$388bn</span><span class="np-badge np-badge-money" data-value-of="m1">≈USD 388,000,000,000</span>`,
		`<span class="np-badge np-badge-casualty" data-value-of="c1">killed &gt;350,000 people</span>`,
		`<span class="np-badge np-badge-casualty" data-value-of="c2">displaced ≥1,000,000 (vague) people</span>`,
		`<span class="np-badge np-badge-casualty" data-toll="killed">killed 350,000</span>`,
		`<span class="np-key np-PERSON">PERSON 2</span>`,
		`<span class="np-key np-GPE">GPE 2</span>`,
		`<dt>date</dt><dd>2018-08 <span class="np-badge np-badge-date">2018-08 (month)</span></dd>`,
	} {
		assert.Contains(t, out, want)
	}
	// the entity inside the quotation is nested in it
	assert.Regexp(t, `<span class="np-quote" data-quote="q1"[^>]*><mark class="np-ent np-GPE" data-entity="e3"[^>]*>Syria</mark> is at`, out)
}

// TestHTMLUnstatedCount: a casualty whose count no figure gives shows "?",
// not 0 (which says no one was harmed).
func TestHTMLUnstatedCount(t *testing.T) {
	a, err := Parse("Four guards were killed and several others were wounded.")
	require.NoError(t, err)
	out := a.HTML()
	checkView(t, a, out)
	assert.Contains(t, out, `data-value-of="c2">injured ? (vague) others</span>`)
	assert.NotContains(t, out, `injured 0`)
}

// TestHTMLOverlap checks spans that nest and cross: a quotation holding
// mentions and an amount, an amount crossing the end of a mention, a span
// crossing a paragraph break, and offsets inside multi-byte runes.
func TestHTMLOverlap(t *testing.T) {
	x := "Le ministre a dit « Zürich paiera 5 millions d’€ à Genève » hier.\n\nDeuxième paragraphe, 3 morts à Zürich."
	a, err := Parse(x)
	require.NoError(t, err)
	require.Len(t, a.Paragraphs, 2)
	q := spanOf(t, x, "Zürich paiera 5 millions d’€ à Genève", 0)
	z := spanOf(t, x, "Zürich", 0)
	g := spanOf(t, x, "Genève", 0)
	m := spanOf(t, x, "5 millions d’€", 0)
	a.Entities = []Entity{
		{ID: "e1", Type: GPE, Name: "Zürich", Mentions: []Mention{
			{Start: z.Start, End: z.End, Text: "Zürich"},
			{Start: spanOf(t, x, "Zürich", 1).Start, End: spanOf(t, x, "Zürich", 1).End, Text: "Zürich"}}},
		// a mention cut in the middle of "è": it must widen to the whole rune
		{ID: "e2", Type: GPE, Name: "Genève", Mentions: []Mention{{Start: g.Start, End: g.Start + 4, Text: "Gen?"}}},
		// a mention that crosses the start of the amount
		{ID: "e3", Type: Org, Name: "paiera 5", Mentions: []Mention{{Start: z.End + 1, End: m.Start + 1, Text: "paiera 5"}}},
		// junk offsets: outside the text, reversed, empty
		{ID: "e4", Type: "ALIEN", Name: "x", Mentions: []Mention{{Start: -5, End: 2}, {Start: 40, End: 30}, {Start: 3, End: 3}, {Start: len(x) - 2, End: len(x) + 9}}},
	}
	a.Quotes = []Quote{{Start: q.Start, End: q.End, Text: q.In(x), Cue: "dit"}}
	a.Money = []Money{{Start: m.Start + 1, End: m.End - 1, Text: "5 millions d’€", Min: fp(4e6), Max: fp(6e6), Currency: "EUR"}}
	// a casualty running over the paragraph break
	c := Span{Start: spanOf(t, x, "hier", 0).Start, End: spanOf(t, x, "3 morts", 0).End}
	a.Casualties = []Casualty{{Start: c.Start, End: c.End, Text: c.In(x), Kind: "killed", Count: 3}}
	out := a.HTML()
	checkView(t, a, out)
	assert.Contains(t, out, `>Genè</mark>ve`, "a cut rune widens to the whole rune")
	assert.Contains(t, out, `<span class="np-badge np-badge-money" data-value-of="m1">EUR 4,000,000–6,000,000</span>`)
	assert.Contains(t, out, `<span class="np-casualty np-cont" data-casualty="c1"`, "the casualty reopens in the second paragraph")
	assert.Equal(t, 1, strings.Count(out, `data-value-of="c1"`), "the badge comes once, at the real end")
	assert.Contains(t, out, `np-ent np-OTHER`)
	// the quotation's speaker label says it is unattributed
	assert.Contains(t, out, `data-speaker-of="q1">unattributed</span>`)
}

func TestHTMLEscapes(t *testing.T) {
	x := "Title: <b>Bold</b> & \"quoted\"\nSource: x\" onmouseover=\"alert(1)\n\n" +
		"<script>document.body.dataset.pwned = 1</script> said <img src=x onerror=alert(1)> O'Neil."
	a, err := Parse(x)
	require.NoError(t, err)
	s := spanOf(t, x, "<script>", 0)
	o := spanOf(t, x, "O'Neil", 0)
	a.Entities = []Entity{{ID: `e1"><script>`, Type: `PERSON"`, Name: "<i>O'Neil</i>", Titles: []string{"</td>"},
		Mentions: []Mention{{Start: o.Start, End: o.End, Text: "O'Neil"}}}}
	a.Quotes = []Quote{{Start: s.Start, End: s.End + 10, Cue: `"said`,
		Speaker: &Speaker{Name: `<script>alert("x")</script>`, Start: o.Start, End: o.End}}}
	a.Money = []Money{{Start: s.Start, End: s.End, Currency: `<u>`, Value: fp(1), Qualifier: `<q>`}}
	out := a.HTML()
	checkView(t, a, out)
	assert.NotContains(t, out, "<script")
	assert.NotContains(t, out, "<img")
	assert.NotContains(t, out, "<b>")
	assert.NotContains(t, out, "<i>")
	assert.NotContains(t, out, `" onmouseover`)
	assert.Contains(t, out, ">&lt;script&gt;</span>")
	assert.Contains(t, out, "ody.dataset.pwned = 1&lt;/script&gt; said &lt;img src=x onerror=alert(1)&gt; ")
	assert.Contains(t, out, "&lt;b&gt;Bold&lt;/b&gt; &amp; &#34;quoted&#34;")
}

func TestHTMLEmptyAndJunk(t *testing.T) {
	for _, a := range []*Article{{}, {Paragraphs: []Span{{Start: -3, End: 99}}, Body: Span{Start: 5, End: 2}},
		{Meta: Meta{Title: "<t>", Date: &Date{Year: 2020}, Dateline: &Dateline{Place: "<P>", Agency: "&"},
			Fields: []Field{{Key: "<k>", Value: "v", Start: 100, End: 101}}}}} {
		out := a.HTML()
		assert.True(t, utf8.ValidString(out))
		assert.Contains(t, out, `<div class="np-text">`)
		assert.NotContains(t, out, "<t>")
		assert.NotContains(t, out, "<k>")
	}
	var none *Article
	assert.Contains(t, none.HTML(), `<div class="np-text">`, "a nil Article renders empty")
	// text with no paragraphs (an Article not made by Parse) is shown whole
	a := &Article{text: "a <b> c", Entities: []Entity{{ID: "e1", Type: Org, Mentions: []Mention{{Start: 2, End: 5}}}}}
	out := a.HTML()
	assert.Contains(t, out, `<p>a <mark class="np-ent np-ORG" data-entity="e1"`)
	assert.Contains(t, out, `>&lt;b&gt;</mark> c</p>`)
	// invalid UTF-8 and NUL bytes come out as U+FFFD
	a = &Article{text: "ab\xffc\x00d", Paragraphs: []Span{{Start: 0, End: 6}}, Entities: []Entity{{ID: "e1", Type: Org, Mentions: []Mention{{Start: 1, End: 3}}}}}
	out = a.HTML()
	assert.True(t, utf8.ValidString(out))
	assert.Contains(t, out, ">b\uFFFD</mark>c\uFFFDd</p>")
}

// TestHTMLRandomSpans throws random spans at the renderer over non-ASCII
// text: it must never panic, always nest properly, and give the text back.
func TestHTMLRandomSpans(t *testing.T) {
	rng := rand.New(rand.NewSource(6))
	x := "Ünïcödé — “quoted” text, €5m and 日本語 words.\n\nA second paragraph: 12 killed in Košice.\n\nThird."
	base, err := Parse(x)
	require.NoError(t, err)
	n := len(x)
	rnd := func() (int, int) {
		s := rng.Intn(n+20) - 10
		return s, s + rng.Intn(60) - 5
	}
	for i := 0; i < 300; i++ {
		a := *base
		a.Entities, a.Quotes, a.Money, a.Casualties = nil, nil, nil, nil
		if i%3 == 0 { // paragraphs out of order take the scanning path
			a.Paragraphs = make([]Span, len(base.Paragraphs))
			for k, p := range base.Paragraphs {
				a.Paragraphs[len(a.Paragraphs)-1-k] = p
			}
		}
		for k := rng.Intn(5); k > 0; k-- {
			e := Entity{ID: "e" + string(rune('1'+k)), Type: entityOrder[rng.Intn(len(entityOrder))]}
			for j := rng.Intn(4); j > 0; j-- {
				s, e2 := rnd()
				e.Mentions = append(e.Mentions, Mention{Start: s, End: e2})
			}
			a.Entities = append(a.Entities, e)
		}
		for k := rng.Intn(3); k > 0; k-- {
			s, e := rnd()
			ss, se := rnd()
			a.Quotes = append(a.Quotes, Quote{Start: s, End: e, Speaker: &Speaker{Name: "S", Start: ss, End: se}})
		}
		for k := rng.Intn(3); k > 0; k-- {
			s, e := rnd()
			a.Money = append(a.Money, Money{Start: s, End: e, Value: fp(rng.Float64() * 1e9)})
		}
		for k := rng.Intn(3); k > 0; k-- {
			s, e := rnd()
			a.Casualties = append(a.Casualties, Casualty{Start: s, End: e, Count: float64(rng.Intn(1000))})
		}
		var out string
		require.NotPanics(t, func() { out = a.HTML() })
		checkView(t, &a, out)
	}
}

// TestHTMLLongSpan renders a span that runs through thousands of paragraphs,
// each with a mention of its own: the span reopens in every paragraph, and
// the work stays linear.
func TestHTMLLongSpan(t *testing.T) {
	var b strings.Builder
	a := &Article{}
	for i := range 2000 {
		p := "Paragraph " + strconv.Itoa(i) + " names Zürich."
		a.Paragraphs = append(a.Paragraphs, Span{Start: b.Len(), End: b.Len() + len(p)})
		b.WriteString(p + "\n\n")
	}
	x := b.String()
	a.text = x
	e := Entity{ID: "e1", Type: GPE, Name: "Zürich"}
	for off := 0; ; {
		j := strings.Index(x[off:], "Zürich")
		if j < 0 {
			break
		}
		e.Mentions = append(e.Mentions, Mention{Start: off + j, End: off + j + len("Zürich"), Text: "Zürich"})
		off += j + 1
	}
	a.Entities = []Entity{e}
	a.Quotes = []Quote{{Start: 0, End: len(x)}}
	start := time.Now()
	out := a.HTML()
	elapsed := time.Since(start)
	checkView(t, a, out)
	assert.Equal(t, 1999, strings.Count(out, `class="np-quote np-cont"`))
	assert.Less(t, elapsed, 10*time.Second)
}

type failWriter struct{ n int }

func (w *failWriter) Write(p []byte) (int, error) {
	if w.n <= 0 {
		return 0, errors.New("disk full")
	}
	w.n--
	return len(p), nil
}

func TestWriteHTMLError(t *testing.T) {
	a := handBuiltSeed(t)
	assert.EqualError(t, a.WriteHTML(&failWriter{}), "disk full")
	var b strings.Builder
	require.NoError(t, a.WriteHTML(&b))
	assert.Equal(t, a.HTML(), b.String())
}

func TestFormatNumber(t *testing.T) {
	for in, want := range map[float64]string{0: "0", 5: "5", 999: "999", 1000: "1,000", -1234567.5: "-1,234,567.5",
		388e9: "388,000,000,000", 1e21: "1,000,000,000,000,000,000,000", 0.25: "0.25"} {
		assert.Equal(t, want, formatNumber(in))
	}
}

func BenchmarkHTML(b *testing.B) {
	a := handBuiltSeed(b)
	b.SetBytes(int64(len(a.Text())))
	for b.Loop() {
		_ = a.HTML()
	}
}

// FuzzHTML renders parsed text with spans of every kind put at fuzzed
// offsets: no panic, valid UTF-8, proper nesting, the text given back.
func FuzzHTML(f *testing.F) {
	f.Add(SampleArticle, 10, 40, 30, 90)
	f.Add("Title: <script>x</script>\n\n\"Zürich & Genève\" — 5 killed, €3m.\n\nNext “para”.", 3, 20, 15, 60)
	f.Add("", 0, 0, 0, 0)
	f.Fuzz(func(t *testing.T, s string, a, b, c, d int) {
		art, err := Parse(s)
		if err != nil {
			return
		}
		art.Entities = []Entity{{ID: "e1", Type: Person, Mentions: []Mention{{Start: a, End: b}, {Start: c, End: d}}}}
		art.Quotes = []Quote{{Start: a, End: d, Speaker: &Speaker{Name: "S", Start: b, End: c}}}
		art.Money = []Money{{Start: b, End: d, Value: fp(float64(a))}}
		art.Casualties = []Casualty{{Start: c, End: a + d, Count: float64(b)}}
		checkView(t, art, art.HTML())
	})
}

// The view escapes the article's text and marks what the extractors found.
func ExampleArticle_HTML() {
	a, err := Parse("Title: A <b>bold</b> claim\n\nOfficials said the <script> tag is text here.")
	if err != nil {
		panic(err)
	}
	h := a.HTML()
	fmt.Println(strings.Contains(h, `<h2 class="np-title">A &lt;b&gt;bold&lt;/b&gt; claim</h2>`))
	fmt.Println(strings.Contains(h, "the &lt;script&gt; tag is text here."))
	// Output:
	// true
	// true
}
