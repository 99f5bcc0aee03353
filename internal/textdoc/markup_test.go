package textdoc

import (
	"strings"
	"testing"
	"unicode/utf8"
	"unsafe"

	"github.com/stretchr/testify/assert"
)

func TestMarkup(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"no markup here", "no markup here"},
		// prose with "<", and text with inline tags but no block tag, stays
		{"If a < b and costs rose <5%, x<y holds.", "If a < b and costs rose <5%, x<y holds."},
		{`Watch <tweet tweet-id="981">here</tweet>.`, `Watch <tweet tweet-id="981">here</tweet>.`},
		{`Ask <a href="/x">Ann Lee</a> first.`, `Ask <a href="/x">Ann Lee</a> first.`},
		// paragraphs
		{"<p>One.</p><p>Two.</p>", "One.\n\nTwo."},
		{"<p>One.</p>\n\n<p>Two.</p>\n", "One.\n\nTwo.\n"},
		{"<h1>Title</h1><div class=\"byline\">By Ann Lee</div><p>Body.</p>", "Title\n\nBy Ann Lee\n\nBody."},
		{"<ul><li>one</li><li>two</li></ul><hr/><p>after</p>", "one\n\ntwo\n\nafter"},
		{`<P CLASS="lead">A<BR/>B<br />C<br><br>D</P>`, "A\nB\nC\n\nD"},
		// inline tags and comments read as nothing, the space between them kept
		{"<p>He said <em>no</em> <strong>twice</strong>.</p>", "He said no twice."},
		{`<p><a href="https://example.com/a?b=1&amp;c=2" title='x > y'>Doug Ford</a>'s plan</p>`, "Doug Ford's plan"},
		{"<div><!-- ad slot --><p>Text<!----></p></div>", "Text"},
		{`<p>A</p><script type="text/javascript">if (a<b) x = "</p>";</script><style>p{}</style><p>B</p>`, "A\n\nB"},
		// what is no tag stays, in markup too
		{`<p>Look <tweet tweet-id="1"> here, 3 < 4, <5% and <p-x>.</p>`, `Look <tweet tweet-id="1"> here, 3 < 4, <5% and <p-x>.`},
		{"<p>A <!-- never closed</p>", "A <!-- never closed"},
		// a quoted attribute value may hold "<" and ">"
		{"<p>A <b title=\"x<y\">B</b></p>", "A B"},
		{`<p><img alt="I <3 NY" src="a.jpg">"We love it," said Al Roth.</p>`, `"We love it," said Al Roth.`},
		// prose that names a tag is no markup: no end tag of a block, no
		// block tag opening the text, fewer than two <br>
		{"Ana Ruiz said the bug is in the <div> handler, not the <p> tag.", "Ana Ruiz said the bug is in the <div> handler, not the <p> tag."},
		{"If a<br and b>c then x.", "If a<br and b>c then x."},
		{"Line one<br>line two<br>line three", "Line one\nline two\nline three"},
		{"<p>Opening paragraph only", "Opening paragraph only"},
		// a superscript: a note's mark read as nothing with its content, an ordinal's ending kept
		{"<p>Police said 40<sup><a href=\"#fn1\">1</a></sup> people died.</p><p>More.</p>", "Police said 40 people died.\n\nMore."},
		{"<p>The 21<sup>st</sup> century began.</p>", "The 21st century began."},
		// references are read after markup: escaped markup is text
		{"<p>&lt;p&gt; opens a paragraph &amp; 5 <b>&lt;</b> 6</p>", "&lt;p&gt; opens a paragraph &amp; 5 &lt; 6"},
		{"<p>A <script>x", "A x"},
	} {
		got, tags := Markup(c.in)
		assert.Equal(t, c.want, got, "%q", c.in)
		assert.Equal(t, got == c.in, tags == nil, "%q: Offsets only when markup was read", c.in)
	}
}

func TestMarkupNoCopy(t *testing.T) {
	for _, in := range []string{"no markup", `a < b <tweet id="1"> <a href="x">y</a>`} {
		got, tags := Markup(in)
		assert.Nil(t, tags)
		assert.Same(t, unsafe.StringData(in), unsafe.StringData(got), "text that is no markup is returned without a copy")
	}
}

func TestMarkupOffsets(t *testing.T) {
	in := "<p>“We will,” <a href=\"/ford\">Doug Ford</a> said.</p>\n<p>“It is<br>done.”</p>"
	work, tags := Markup(in)
	assert.Equal(t, "“We will,” Doug Ford said.\n\n“It is\ndone.”", work)
	span := spanOf(in, work, tags)
	assert.Equal(t, "“We will,”", span("“We will,”"))
	assert.Equal(t, "Doug Ford", span("Doug Ford"))
	assert.Equal(t, "Ford</a> said.", span("Ford said."))
	assert.Equal(t, "said.</p>\n<p>“It", span("said.\n\n“It"))
	assert.Equal(t, "is<br>done", span("is\ndone"))
	i := strings.Index(work, "\n\n")
	assert.Equal(t, "</p>\n<p>", in[tags.Start(i+1):tags.End(i+1)], "a span inside a break covers the tags")
	assert.Equal(t, len(in)-len("</p>"), tags.End(len(work)), "the end of the text ends before the tags after it")
	assert.Equal(t, 3, tags.Start(0))
}

// wrapped returns text written as markup: its paragraphs (parted by blank
// lines) as <p>…</p>, nothing between them.
func wrapped(text string) string {
	return "<p>" + strings.ReplaceAll(text, "\n\n", "</p><p>") + "</p>"
}

// FuzzMarkup checks that any text without a "<" written as paragraphs of
// markup reads back as itself, and that the Offsets of any text map the
// result's spans onto the input's character boundaries, in order (a span
// that ends at the end of the result ends before the tags after it).
func FuzzMarkup(f *testing.F) {
	for _, s := range []string{"", "“We will,” she said.\n\nShe left.", "a < b", "<p>x</p>", "<p>a<!-- b</p>", "<br><br>x<br>",
		"<p title='>'>x</p>", "<script>a</script><p>", "<STYLE>x</style ><P>y", "<a\nhref=x>é</a><p>", "<p><<p>>"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) {
			return
		}
		if !strings.Contains(s, "<") && !strings.HasPrefix(s, "\n\n") && !strings.HasSuffix(s, "\n\n") && !blankParagraph(s) {
			if got, _ := Markup(wrapped(s)); got != s {
				t.Fatalf("%q: wrapped and read back as %q", s, got)
			}
		}
		work, tags := Markup(s)
		checkReadOffsets(t, s, work, tags)
	})
}

// blankParagraph reports whether a paragraph of text (parted by blank
// lines) is white space only, which markup reads as no paragraph.
func blankParagraph(text string) bool {
	for _, p := range strings.Split(text, "\n\n") {
		if strings.TrimLeft(p, " \t\n\r\f") == "" {
			return true
		}
	}
	return false
}

// Composed with Then, a run the first reading read as nothing stays apart
// from a run of the second that starts or ends where it was, and joins one
// that holds it.
func TestOffsetsThenEmptyRuns(t *testing.T) {
	for _, c := range []struct{ in, work string }{
		{"<p>&ldquo;Yes,&rdquo;</p><p>she said</p>", "“Yes,”\n\nshe said"},
		{"<div><em>&ldquo;</em>Yes<b></b>&rdquo;<i></i></div>", "“Yes”"},
	} {
		mid, tags := Markup(c.in)
		work, refs := References(mid)
		assert.Equal(t, c.work, work)
		back := tags.Then(refs)
		bounds := []int{len(work)}
		for i := range work {
			bounds = append(bounds, i)
		}
		for _, s := range bounds {
			for _, e := range bounds {
				if e < s {
					continue
				}
				gs, ge := back.Span(s, e)
				ms, me := refs.Span(s, e)
				ws, we := tags.Span(ms, me)
				assert.Equal(t, [2]int{ws, we}, [2]int{gs, ge}, "%q [%d, %d)", c.in, s, e)
			}
		}
	}
	in := "<p>&ldquo;Yes,&rdquo; <a href=\"/x\">Ann&nbsp;Lee</a> said.</p>"
	mid, tags := Markup(in)
	work, refs := References(mid)
	back := tags.Then(refs)
	span := spanOf(in, work, back)
	assert.Equal(t, "&ldquo;Yes,&rdquo;", span("“Yes,”"))
	assert.Equal(t, "Ann&nbsp;Lee", span("Ann\u00a0Lee"))
	assert.Equal(t, "Ann&nbsp;Lee</a> said.", span("Ann\u00a0Lee said."))
}
