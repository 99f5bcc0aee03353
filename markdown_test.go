package newsparse

import (
	"math/rand/v2"
	"regexp"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
	"unsafe"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Text handed over as Markdown (links, images, strong emphasis, headings,
// blockquotes) gives the quotations, speakers, entities and figures of the
// text it marks, and every result shows the input as given at its offsets;
// what prose writes with the same characters (footnote stars, hashtags,
// citations and insertions in brackets) stays as written.
func TestMarkdownText(t *testing.T) {
	checkReadings(t, []readingCase{
		{"a speaker's name in a link",
			"“We will finish the bridge by spring,” said [Helena Kowalski](https://example.com/people/helena-kowalski).",
			readingWant{quote: "We will finish the bridge by spring,", speaker: "Helena Kowalski", entity: "Helena Kowalski", mention: "Helena Kowalski"}},
		{"a link before the verb",
			"“The numbers do not add up,” [Councillor Raj Patel](https://example.com/council/patel \"Raj Patel\") told reporters on Monday.",
			readingWant{quote: "The numbers do not add up,", speaker: "Raj Patel", entity: "Raj Patel", mention: "Raj Patel"}},
		{"a bold name",
			"**Union leader Tomas Berg** told reporters: “We are not leaving.”",
			readingWant{quote: "We are not leaving.", speaker: "Tomas Berg", entity: "Tomas Berg", mention: "Tomas Berg"}},
		{"a heading",
			"# Harbour board raises ferry fares\n\n“We didn’t take this lightly,” said board chair Colette Arsenault.",
			readingWant{quote: "We didn’t take this lightly,", speaker: "Colette Arsenault"}},
		{"an image line",
			"Crews worked through the night.\n\n![Firefighters outside the warehouse](https://cdn.example.com/photos/fire-2024.jpg)\n\n“It was chaos,” said firefighter Lena Brandt. Three people were killed in the fire.",
			readingWant{quote: "It was chaos,", speaker: "Lena Brandt", casualty: "Three people were killed"}},
		{"a blockquote quotation",
			"Dock worker Peter Vaughn has opposed the plan for two years.\n\n> “They always find a reason,” Vaughn said.",
			readingWant{quote: "They always find a reason,", speaker: "Peter Vaughn"}},
		{"money inside strong emphasis",
			"The council will spend **$4.5 million** on the pier, its leader Gareth Pryce said.",
			readingWant{entity: "Gareth Pryce", mention: "Gareth Pryce", money: "$4.5 million", currency: "USD"}},
		{"a link inside strong emphasis, a possessive after",
			"**[Amara Osei](https://example.com/osei)**’s office said the plan would cost £20 million.",
			readingWant{entity: "Amara Osei", mention: "Amara Osei", money: "£20 million"}},
		{"footnote stars stay",
			"Revenue* rose to $40 million, chief executive Anke Vogel said.\n\n* Unaudited figure.",
			readingWant{entity: "Anke Vogel", mention: "Anke Vogel", money: "$40 million"}},
		{"hashtags stay",
			"#MeToo organiser Dana Whitfield said the No. #3 item was a $2 million fund.\n#Ottawa",
			readingWant{entity: "Dana Whitfield", mention: "Dana Whitfield", money: "$2 million"}},
		{"a citation, [sic] and an insertion in a quotation stay",
			"“He [the minister] has not read it [sic],” said Councillor Raj Patel, citing a report [1].",
			readingWant{quote: "He [the minister] has not read it [sic],", speaker: "Raj Patel"}},
	})
}

// Prose that uses the characters Markdown marks with, but no markup, is its
// own reading, without a copy.
func TestMarkdownProse(t *testing.T) {
	for _, in := range []string{
		"Revenue* rose 5 per cent. * Figures are estimates. ** Provisional.",
		"The #MeToo campaign and No. #3 seed. He [the minister] erred [sic]. [1]",
		"a f***ing mess, 2*3*4 and 2 * 3, snake_case_name, the year > 2020",
	} {
		r := read(in)
		assert.Nil(t, r.back, "%q", in)
		assert.Same(t, unsafe.StringData(in), unsafe.StringData(r.work), "%q is its own reading", in)
	}
}

// A heading is the title, as given after its #s; a byline in a link gives
// the author.
func TestMarkdownHeader(t *testing.T) {
	in := "# Harbour board raises ferry fares\n\nBy [Maren Holt](https://example.com/authors/maren-holt)\n\nHALIFAX — The board voted on Tuesday.\n\n> “We didn’t take this lightly,” said board chair **Colette Arsenault**."
	a, err := Parse(in)
	require.NoError(t, err)
	checkSpans(t, "header", in, a)
	assert.Equal(t, "Harbour board raises ferry fares", a.Meta.Title)
	assert.Equal(t, "Maren Holt", a.Meta.Author)
	require.NotNil(t, a.Meta.Dateline)
	assert.Equal(t, "HALIFAX", a.Meta.Dateline.Place)
	require.Len(t, a.Quotes, 1)
	assert.Equal(t, "Colette Arsenault", a.Quotes[0].Speaker.Name)
	assert.Equal(t, "Colette Arsenault", a.Quotes[0].Speaker.Text)
	require.Len(t, a.Paragraphs, 2)
	assert.Equal(t, "“We didn’t take this lightly,” said board chair **Colette Arsenault**.", in[a.Paragraphs[1].Start:a.Paragraphs[1].End])
}

// twoNames finds two capitalised words, a name the property below marks up.
var twoNames = regexp.MustCompile(`\p{Lu}\p{Ll}+ \p{Lu}\p{Ll}+`)

// withMarkdown returns text written as Markdown: a heading's # opening it,
// names and some words between white space as links, strong emphasis or
// emphasis, some paragraphs as blockquotes or after an image, all picked at
// random; and the offset in the result of each offset of text (an offset
// where a closing mark was put maps before it, one where an opening mark
// was put after it: marks stand only between white space and a word, where
// no result starts and ends at once).
func withMarkdown(r *rand.Rand, text string) (string, []int) {
	open := map[int]string{0: "# "}
	closing := map[int]string{}
	// between reports whether the word text[s:e] stands between white space
	between := func(s, e int) bool {
		b, _ := utf8.DecodeLastRuneInString(text[:s])
		a, _ := utf8.DecodeRuneInString(text[e:])
		return (s == 0 || unicode.IsSpace(b)) && (e == len(text) || unicode.IsSpace(a))
	}
	for _, m := range twoNames.FindAllStringIndex(text, -1) {
		if !between(m[0], m[1]) {
			continue
		}
		switch r.IntN(4) {
		case 0:
			open[m[0]], closing[m[1]] = "[", "](https://example.com/people/x_y)"
		case 1:
			open[m[0]], closing[m[1]] = "**", "**"
		case 2:
			open[m[0]], closing[m[1]] = "__", "__"
		}
	}
	for _, m := range regexp.MustCompile(`\p{Ll}+`).FindAllStringIndex(text, -1) {
		if m[0] > 0 && between(m[0], m[1]) && r.IntN(8) == 0 {
			mark := []string{"*", "_"}[r.IntN(2)]
			open[m[0]], closing[m[1]] = mark, mark
		}
	}
	brk := "\n\n"
	if !strings.Contains(text, "\n") {
		brk = `\n\n`
	}
	for k, i := 0, strings.Index(text, brk); i >= 0; k++ {
		p := i + len(brk)
		switch {
		case k >= 2 && r.IntN(4) == 0:
			open[p] = "![A photo, by Jo Lee](https://cdn.example.com/a_b.jpg)" + brk + open[p]
		case r.IntN(3) == 0:
			open[p] = "> " + open[p]
		}
		n := strings.Index(text[p:], brk)
		if n < 0 {
			break
		}
		i = p + n
	}
	var b strings.Builder
	at := make([]int, len(text)+1)
	for i := 0; i <= len(text); i++ {
		at[i] = b.Len()
		b.WriteString(closing[i])
		if closing[i] == "" {
			b.WriteString(open[i])
			at[i] = b.Len()
		}
		if i < len(text) {
			b.WriteByte(text[i])
		}
	}
	return b.String(), at
}

// Every result of a text written as Markdown is the result of the text it
// marks, at the offsets its characters moved to, with the input's bytes at
// them as its text; on texts plain and escaped once too often, and with
// some of their characters as references.
func TestMarkdownProperty(t *testing.T) {
	r := rand.New(rand.NewPCG(18, 2004))
	checkMovedReadings(t, func(round int, base string) (string, []int) {
		if round%3 != 2 {
			return withMarkdown(r, base)
		}
		// some characters as references, then Markdown around them
		in, at := withReferences(r, base, 0.3)
		in, at2 := withMarkdown(r, in)
		for i, p := range at {
			at[i] = at2[p]
		}
		return in, at
	})
}

// A heading stays its own paragraph when a line of text follows it without
// a blank line, and a first heading is the title.
func TestMarkdownHeadingParagraphs(t *testing.T) {
	in := "# Ferry fares rise\nThe harbour board voted on Tuesday to raise fares by 15 per cent.\n## Reaction\nthe union said it would fight the plan.\n> “We will,” its leader Tomas Berg said.\nThe vote is final."
	a, err := Parse(in)
	require.NoError(t, err)
	checkSpans(t, "heading", in, a)
	assert.Equal(t, "Ferry fares rise", a.Meta.Title)
	var paras []string
	for _, p := range a.Paragraphs {
		paras = append(paras, in[p.Start:p.End])
	}
	assert.Equal(t, []string{
		"The harbour board voted on Tuesday to raise fares by 15 per cent.",
		"Reaction",
		"the union said it would fight the plan.",
		"“We will,” its leader Tomas Berg said.",
		"The vote is final.",
	}, paras)
	require.Len(t, a.Quotes, 1)
	assert.Equal(t, "Tomas Berg", a.Quotes[0].Speaker.Name)
}
