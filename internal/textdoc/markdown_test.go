package textdoc

import (
	"strings"
	"testing"
	"unicode/utf8"
	"unsafe"

	"github.com/stretchr/testify/assert"
)

func TestMarkdown(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"no markup here", "no markup here"},
		{"[Nadia Okafor](https://example.org/people/nadia-okafor) said no.", "Nadia Okafor said no."},
		{`See [the report](/reports/2024.pdf "Annual report") and [this](<https://a.example/x y>).`, "See the report and this."},
		{"**Premier Lena Voss** told reporters.", "Premier Lena Voss told reporters."},
		{"__Premier Lena Voss__ told reporters.", "Premier Lena Voss told reporters."},
		{"It was *very* late and _quite_ cold.", "It was very late and quite cold."},
		{"***All of it***, she said.", "All of it, she said."},
		{"# Ferry fares to rise\n\nText.", "Ferry fares to rise\n\nText."},
		{"### Ferry fares ###\nText.", "Ferry fares\n\nText."},
		// a heading, and a blockquote beside text, stays its own paragraph
		{"Intro.\n## Reaction\nthe union said no.", "Intro.\n\nReaction\n\nthe union said no."},
		{"He spoke.\n> “We will,” she said.\n> “Soon.”\nthen left.", "He spoke.\n\n“We will,” she said.\n“Soon.”\n\nthen left."},
		{"Before.\n\n![A ferry at dock](https://cdn.example.com/a.jpg)\n\nAfter.", "Before.\n\n\n\nAfter."},
		{"[![logo](https://a.example/l.png)](https://a.example/) Home", " Home"},
		{"> “We will not back down,” she said.\n>\n> > Nested.", "“We will not back down,” she said.\n\nNested."},
		{"**[Nadia Okafor](https://example.org/n)** said.", "Nadia Okafor said."},
		{"It cost **$4.5 million**.", "It cost $4.5 million."},
		{"“**We will**,” she said.", "“We will,” she said."},
		// what prose writes with the same characters stays
		{"Revenue* rose. * Figures are estimates. ** Provisional.", "Revenue* rose. * Figures are estimates. ** Provisional."},
		{"#MeToo and No. #3 seed, # 4 on one line", "#MeToo and No. #3 seed, # 4 on one line"},
		{"as reported [1] and “he [the minister] was wrong [sic]” [2](3)", "as reported [1] and “he [the minister] was wrong [sic]” [2](3)"},
		{"a f***ing mess, s**t, 2*3*4, 2 * 3, snake_case_name, __init", "a f***ing mess, s**t, 2*3*4, 2 * 3, snake_case_name, __init"},
		{"*Some names\nchanged*", "*Some names\nchanged*"},
		{"**Bold\n\nacross paragraphs**", "**Bold\n\nacross paragraphs**"},
		{"A price > 5 and a->b, x >y\n>not a quote", "A price > 5 and a->b, x >y\n>not a quote"},
		{"[link text] (with a space) and [text](no-address)", "[link text] (with a space) and [text](no-address)"},
		// a note's mark glued to the word or figure before it reads as nothing
		{"Officials said 40[1](https://example.org/fn1) people died, Ford said[^4](#n4).", "Officials said 40 people died, Ford said."},
		{"See 40 [1](https://example.org/fn1) and [12](https://example.org/x).", "See 40 1 and 12."},
		// a ">" opening a line before a figure is a comparison
		{"> 50 people were hurt.\n> $5m was lost.\n> “Yes,” she said.", "> 50 people were hurt.\n> $5m was lost.\n\n“Yes,” she said."},
		{`an escaped \*star\* stays`, `an escaped \*star\* stays`},
	} {
		got, marks := Markdown(c.in)
		assert.Equal(t, c.want, got, "%q", c.in)
		assert.Equal(t, got == c.in, marks == nil, "%q: Offsets only when markup was read", c.in)
	}
}

func TestMarkdownNoCopy(t *testing.T) {
	for _, in := range []string{
		"Plain text, #hashtags, x > y and A&B.",
		"Footnotes* [1] and [sic] and snake_case.",
	} {
		got, marks := Markdown(in)
		assert.Nil(t, marks)
		assert.Same(t, unsafe.StringData(in), unsafe.StringData(got), "%q: text without markup is returned without a copy", in)
	}
}

func TestMarkdownMap(t *testing.T) {
	in := "# Fares\n\n**[Nadia Okafor](https://example.org/n)**’s plan, **“We will,”** she said."
	work, marks := Markdown(in)
	assert.Equal(t, "Fares\n\nNadia Okafor’s plan, “We will,” she said.", work)
	span := spanOf(in, work, marks)
	// a span keeps its own text; marks inside it are covered, marks beside
	// it are not
	assert.Equal(t, "Fares", span("Fares"))
	assert.Equal(t, "Nadia Okafor", span("Nadia Okafor"))
	assert.Equal(t, "’s plan", span("’s plan"))
	assert.Equal(t, "Okafor](https://example.org/n)**’s", span("Okafor’s"))
	assert.Equal(t, "“We will,”", span("“We will,”"))
	assert.Equal(t, "We will,", span("We will,"))
	assert.Equal(t, len(in), marks.End(len(work)))
	s, e := marks.Span(0, 0)
	assert.Equal(t, s, e)
}

// Markdown read after references: a run of either beside the other maps
// to the input's offsets of each.
func TestMarkdownAfterReferences(t *testing.T) {
	in := "**&ldquo;Yes**&rdquo; said [Ann&nbsp;Lee](https://a.example/al)."
	w1, refs := References(in)
	work, marks := Markdown(w1)
	back := refs.Then(marks)
	assert.Equal(t, "\u201cYes\u201d said Ann\u00a0Lee.", work)
	span := spanOf(in, work, back)
	assert.Equal(t, "&ldquo;Yes**&rdquo;", span("\u201cYes\u201d"))
	assert.Equal(t, "Yes", span("Yes"))
	assert.Equal(t, "Ann&nbsp;Lee", span("Ann\u00a0Lee"))
	assert.Equal(t, " said ", span(" said "))
}

// FuzzMarkdown checks that any text read as Markdown is the text with runs
// cut out: the bytes between the Offsets' runs are the input's, each run
// read as nothing or as a blank line, every offset mapped in order onto a
// character boundary.
func FuzzMarkdown(f *testing.F) {
	for _, s := range []string{
		"", "# Fares ##\n\n> “We will,” **[Ann Lee](https://a.example/al)** said.", "![x](/a.jpg) *em* _em_ __s__ ***all***",
		"[1] [sic] #MeToo revenue* 2*3 f***", "[![l](a.png)](https://a.example) [a](<b c> 'd')", "**a\n\nb** *a\nb* >\n> > x",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) {
			return
		}
		work, marks := Markdown(s)
		if !utf8.ValidString(work) {
			t.Fatalf("%q: read as invalid UTF-8 %q", s, work)
		}
		out, in := 0, 0
		for _, p := range marks.pieces() {
			if p.in >= p.inEnd || p.out < out || work[out:p.out] != s[in:p.in] || p.out != p.outEnd && work[p.out:p.outEnd] != "\n\n" {
				t.Fatalf("%q: run %+v after [%d, %d) of %q", s, p, out, in, work)
			}
			out, in = p.outEnd, p.inEnd
		}
		if work[out:] != s[in:] {
			t.Fatalf("%q: %q after the last run, %q as given", s, work[out:], s[in:])
		}
		checkReadOffsets(t, s, work, marks)
	})
}

// An image in a link's text that ends beyond the longest text a link may
// hold ends the link, without reading past the text.
func TestMarkdownLongImageInLink(t *testing.T) {
	in := "[![" + strings.Repeat("a", maxLinkText-10) + "](/i.png)](/l) and more"
	got, _ := Markdown(in)
	assert.Equal(t, "[](/l) and more", got)
}
