package textdoc

import (
	"strings"
	"testing"
	"unsafe"

	"github.com/stretchr/testify/assert"
)

func TestReferences(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"no ampersand here", "no ampersand here"},
		{"&ldquo;We will,&rdquo; she said.", "\u201cWe will,\u201d she said."},
		{"&quot;Fine,&quot; Okafor&rsquo;s aide said.", "\"Fine,\" Okafor\u2019s aide said."},
		{"&#8220;Yes&#8221; and &#x201C;no&#X201d;", "\u201cYes\u201d and \u201cno\u201d"},
		{"Dr.&nbsp;Lund &mdash; the chair", "Dr.\u00a0Lund \u2014 the chair"},
		{"AT&amp;T and Q&amp;A", "AT&T and Q&A"},
		{"Caf&eacute; &#233;t&#xE9;", "Caf\u00e9 \u00e9t\u00e9"},
		// ampersands that start no reference stay as they are
		{"Q&A with AT&T, R&D spending, Smith & co", "Q&A with AT&T, R&D spending, Smith & co"},
		{"&zzz; &#; &#x; &; & ; &", "&zzz; &#; &#x; &; & ; &"},
		{"&notit; &amp and &copy 2024", "&notit; &amp and &copy 2024"}, // legacy names without their semicolon
		{"a&semi;b &amp;amp;", "a;b &amp;"},                            // one level only
	} {
		got, refs := References(c.in)
		assert.Equal(t, c.want, got, "%q", c.in)
		assert.Equal(t, got == c.in, refs == nil, "%q: Offsets only when a reference was read", c.in)
	}
}

func TestReferencesNoCopy(t *testing.T) {
	in := "Q&A with AT&T"
	got, refs := References(in)
	assert.Nil(t, refs)
	assert.Same(t, unsafe.StringData(in), unsafe.StringData(got), "text without a reference is returned without a copy")
}

func TestRefsMap(t *testing.T) {
	in := "Trump&rsquo;s &ldquo;deal&rdquo; &amp;&amp; more"
	work, refs := References(in)
	assert.Equal(t, "Trump\u2019s \u201cdeal\u201d && more", work)
	span := func(s, e int) string { s, e = refs.Span(s, e); return in[s:e] }
	at := func(sub string) (int, int) {
		i := strings.Index(work, sub)
		return i, i + len(sub)
	}
	assert.Equal(t, "Trump&rsquo;s", span(at("Trump\u2019s")))
	assert.Equal(t, "deal", span(at("deal")))
	assert.Equal(t, "&ldquo;deal&rdquo;", span(at("\u201cdeal\u201d")))
	assert.Equal(t, "&amp;&amp;", span(at("&&")))
	assert.Equal(t, " more", span(at(" more")))
	// a span that starts or ends inside what a reference stands for covers
	// the reference; an empty span stays empty
	i, _ := at("\u2019")
	assert.Equal(t, "&rsquo;", span(i+1, i+2))
	s, e := refs.Span(i+1, i+1)
	assert.Equal(t, s, e)
	assert.Equal(t, len(in), refs.End(len(work)))
	assert.Equal(t, 0, refs.Start(0))
	var none *Offsets
	s, e = none.Span(3, 7)
	assert.Equal(t, [2]int{3, 7}, [2]int{s, e})
}

func TestReferencesAfterUnescaped(t *testing.T) {
	// a JSON-escaped text that also holds references: both are read
	in := `\"We&rsquo;re ready,\" said the mayor.\n\n&ldquo;Soon,&rdquo; she added.`
	work, refs := References(Unescaped(in))
	assert.Equal(t, " \"We\u2019re ready, \" said the mayor. \n \n\u201cSoon,\u201d she added.", work)
	d := Analyze(work)
	assert.Len(t, d.Paras, 2)
	for _, p := range d.Paras {
		s, e := refs.Span(p.Start, p.End)
		assert.True(t, 0 <= s && s <= e && e <= len(in))
	}
}
