package newsparse

import (
	"math/rand/v2"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Text that arrives with its HTML markup (a feed's content:encoded, a CMS's
// rendered content) gives the quotations, speakers, entities and figures of
// the text it marks up, and every result shows the input as given at its
// offsets; prose with "<" and tags of names HTML does not define stay as
// written.
func TestHTMLMarkup(t *testing.T) {
	for _, c := range []readingCase{
		{"a quotation in the paragraph after its speaker's, no line breaks",
			"<p>“We will not reopen the mill,” said Mayor Helena Dorsey.</p><p>“The numbers are final.”</p>",
			readingWant{quote: "The numbers are final.", speaker: "Helena Dorsey", others: true}},
		{"a speaker's name inside a link",
			`<p>“It is a fair deal for the town,” <a href="https://example.com/people/raj-patel" title="Raj Patel">Raj Patel</a> said on Monday.</p>`,
			readingWant{quote: "It is a fair deal for the town,", speaker: "Raj Patel", entity: "Raj Patel", mention: "Raj Patel"}},
		{"a line break inside a paragraph",
			"<p>The club named its squad on Friday.</p><p>“We are ready for the final,”<br>said coach Lena Brandt, who took over in March.</p>",
			readingWant{quote: "We are ready for the final,", speaker: "Lena Brandt"}},
		{"an amount inside strong",
			"<div><p>The council approved <strong>$4.5 million</strong> for the bridge, its leader Gareth Pryce said.</p></div>",
			readingWant{entity: "Gareth Pryce", mention: "Gareth Pryce", money: "$4.5 million"}},
		{"a comment inside a sentence",
			"<p>Three people were killed<!-- updated 14:02 --> in the fire, fire chief Omar Haddad said.</p>",
			readingWant{entity: "Omar Haddad", mention: "Omar Haddad", casualty: "Three people were killed"}},
		{"references inside markup",
			"<p>&ldquo;It isn&rsquo;t over,&rdquo; said <em>Zoe Lam</em>.</p><p>She left at noon.</p>",
			readingWant{quote: "It isn&rsquo;t over,", speaker: "Zoe Lam", entity: "Zoe Lam", mention: "Zoe Lam"}},
		{"prose with a less-than sign stays as written",
			"Turnout fell to <5% in ward 3, and if a < b the motion fails, clerk Omar Haddad said.",
			readingWant{entity: "Omar Haddad", mention: "Omar Haddad", token: "<"}},
		{"a placeholder tag stays as written",
			`Senator Amara Osei answered online. <tweet tweet-id="1180"> "We will win this seat," Osei said.`,
			readingWant{quote: "We will win this seat,", speaker: "Amara Osei", entity: "Amara Osei", mention: "Amara Osei", token: "tweet-id="}},
	} {
		t.Run(c.name, func(t *testing.T) {
			a := checkReading(t, c.name, c.in, c.want)
			for _, q := range a.Quotes {
				if q.Speaker != nil {
					assert.NotContains(t, q.Speaker.Text, "<")
				}
			}
			for _, tk := range a.Tokens() { // no tag read as words, the placeholder aside
				if i := strings.Index(tk.Text, "<"); i >= 0 && i+1 < len(tk.Text) && strings.ContainsAny(tk.Text[i+1:i+2], "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ/!") && !strings.Contains(tk.Text, "<tweet") {
					t.Errorf("a tag read as words: %q", tk.Text)
				}
			}
		})
	}
}

// A headline, byline and dateline in their own elements keep their fields,
// and the paragraphs are the elements'.
func TestHTMLMarkupHeader(t *testing.T) {
	in := `<h1 class="headline">Harbour ferry fares to rise</h1><p class="byline">By Maren Holt</p>` +
		`<p>HALIFAX — The harbour board voted on Tuesday to raise fares.</p>` +
		"\n<p>“We didn’t take this lightly,” said board chair <a href=\"/people/colette-arsenault\">Colette Arsenault</a>.</p>"
	a, err := Parse(in)
	require.NoError(t, err)
	checkSpans(t, "header", in, a)
	assert.Equal(t, "Harbour ferry fares to rise", a.Meta.Title)
	assert.Equal(t, "Maren Holt", a.Meta.Author)
	require.NotNil(t, a.Meta.Dateline)
	assert.Equal(t, "HALIFAX", a.Meta.Dateline.Place)
	require.Len(t, a.Paragraphs, 2)
	assert.Equal(t, "The harbour board voted on Tuesday to raise fares.", in[a.Paragraphs[0].Start:a.Paragraphs[0].End])
	assert.Equal(t, "“We didn’t take this lightly,” said board chair <a href=\"/people/colette-arsenault\">Colette Arsenault</a>.", in[a.Paragraphs[1].Start:a.Paragraphs[1].End])
	require.Len(t, a.Quotes, 1)
	assert.Equal(t, "Colette Arsenault", a.Quotes[0].Speaker.Name)
	var toks []string
	for _, tk := range a.SentenceTokens(len(a.Sentences) - 1) {
		toks = append(toks, tk.Text)
	}
	assert.Equal(t, []string{"“", "We", "did", "n’t", "take", "this", "lightly", ",", "”", "said", "board", "chair", "Colette", "Arsenault", "."}, toks)
}

// markupArticles are texts of the property below beside refsArticles: one
// with line breaks inside its paragraphs.
var markupArticles = []string{
	"Council backs new library\n\nBy Ines Moreau\n\nSAINT JOHN — The council voted 7-2 on Monday to spend $12 million on a new library.\n\n“It is the best use of the money,” said Mayor Paul Tremblay. “We waited long enough.”\nCouncillor Dana Whitfield disagreed.\n\nTwo people were hurt when a wall collapsed at the old site in May, police said.",
}

// withMarkup returns text written as the markup a feed keeps: paragraphs
// (parted by blank lines) as block elements with nothing or white space
// between them, a line break inside one as <br>, and inline tags and
// comments picked at random around and inside words. It returns where each
// offset of text that starts a character went, as the start of a span
// (after the tags before it) and as its end (before them).
func withMarkup(r *rand.Rand, text string) (string, []int, []int) {
	var b strings.Builder
	startAt, endAt := make([]int, len(text)+1), make([]int, len(text)+1)
	blocks := []string{"<p>", `<p class="story">`, "<div>", "<h2>", "<li>"}
	closing := map[string]string{"<p>": "</p>", `<p class="story">`: "</p>", "<div>": "</div>", "<h2>": "</h2>", "<li>": "</li>"}
	inlines := [][2]string{{"<em>", "</em>"}, {`<a href="https://example.com/x?a=1&amp;b=2">`, "</a>"}, {"<strong>", "</strong>"}, {`<span class='k'>`, "</span>"}}
	block := blocks[r.IntN(len(blocks))]
	open := "" // the inline element open, to close
	b.WriteString(block)
	for i := 0; i < len(text); {
		if strings.HasPrefix(text[i:], "\n\n") { // a paragraph break: the tags around it are one run
			j := i
			for j < len(text) && text[j] == '\n' {
				j++
			}
			run := b.Len()
			b.WriteString(open + closing[block])
			open = ""
			b.WriteString([]string{"", "", "\n", "\n\n", " "}[r.IntN(5)])
			block = blocks[r.IntN(len(blocks))]
			b.WriteString(block)
			if r.IntN(4) == 0 {
				b.WriteString("<!-- x -->")
			}
			startAt[i], endAt[i] = run, run
			for k := i + 1; k <= j; k++ {
				startAt[k], endAt[k] = run, b.Len()
			}
			i = j
			continue
		}
		c, w := utf8.DecodeRuneInString(text[i:])
		if c == '\n' { // a line break: no tag beside it
			startAt[i], endAt[i] = b.Len(), b.Len()
			b.WriteString([]string{"<br>", "<br/>", "<BR />"}[r.IntN(3)])
			i += w
			endAt[i], startAt[i] = b.Len(), b.Len()
			if i < len(text) {
				c, w = utf8.DecodeRuneInString(text[i:])
				b.WriteRune(c)
				i += w
			}
			continue
		}
		endAt[i] = b.Len()
		if next := text[i+w:]; i > 0 && text[i-1] != '\n' && !strings.HasPrefix(next, "\n") {
			switch k := r.IntN(12); {
			case open != "" && k < 3:
				b.WriteString(open)
				open = ""
			case open == "" && k < 2:
				in := inlines[r.IntN(len(inlines))]
				b.WriteString(in[0])
				open = in[1]
			case k == 2:
				b.WriteString("<!-- note -->")
			}
		}
		startAt[i] = b.Len()
		b.WriteRune(c)
		i += w
	}
	endAt[len(text)] = b.Len()
	b.WriteString(open + closing[block])
	return b.String(), startAt, endAt
}

// Every result of a text written as markup is the result of the text it
// marks up, at the offsets its characters moved to, with the input's bytes
// at them as its text; with some characters written as references too.
func TestHTMLMarkupProperty(t *testing.T) {
	r := rand.New(rand.NewPCG(18, 1))
	bases := append(append([]string{}, refsArticles...), markupArticles...)
	checkMovedReadingsOf(t, bases, func(round int, base string) (string, []int, []int) {
		if round%3 != 2 {
			return withMarkup(r, base)
		}
		// references written first, markup around them
		refd, at := withReferences(r, base, 0.3)
		in, s2, e2 := withMarkup(r, refd)
		startAt, endAt := make([]int, len(base)+1), make([]int, len(base)+1)
		for i, p := range at {
			startAt[i], endAt[i] = s2[p], e2[p]
		}
		return in, startAt, endAt
	})
}
