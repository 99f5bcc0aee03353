package textdoc

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
)

// spanOf returns a function that gives, for text sub of work (a reading of
// in whose offsets o maps back), the bytes of in its span maps to.
func spanOf(in, work string, o *Offsets) func(sub string) string {
	return func(sub string) string {
		i := strings.Index(work, sub)
		s, e := o.Span(i, i+len(sub))
		return in[s:e]
	}
}

// checkReadOffsets checks what every reading's Offsets owe the input s it
// read as work: work is UTF-8, and the span from each offset of work to its
// end maps to a span of s that starts no earlier than the one before,
// within s, on character boundaries.
func checkReadOffsets(t *testing.T, s, work string, o *Offsets) {
	t.Helper()
	if !utf8.ValidString(work) {
		t.Fatalf("%q: read as invalid UTF-8 %q", s, work)
	}
	last := 0
	for i := range work {
		st, en := o.Span(i, len(work))
		if st < last || en < st || en > len(s) || st < len(s) && !utf8.RuneStart(s[st]) || en < len(s) && !utf8.RuneStart(s[en]) {
			t.Fatalf("%q: span [%d, end) of %q maps to [%d, %d)", s, i, work, st, en)
		}
		last = st
	}
}

// A run read as nothing (a tag of markup) is covered by no span that only
// touches it: a span that starts where it was starts after it, one that
// ends there ends before it, and one that holds it holds it.
func TestOffsetsEmptyRuns(t *testing.T) {
	in := "<b>Ford</b> said“ok”"
	// "Ford said“ok”": <b> and </b> read as nothing, then “ (3 bytes) for itself
	var o *Offsets
	o = o.add(0, 0, 0, 3).add(4, 4, 7, 11)
	work := "Ford said“ok”"
	span := func(s, e int) string { s, e = o.Span(s, e); return in[s:e] }
	assert.Equal(t, "Ford", span(0, 4))
	assert.Equal(t, " said", span(4, 9))
	assert.Equal(t, "Ford</b> said", span(0, 9))
	assert.Equal(t, "<b>Ford</b> said“ok”"[3:], span(0, len(work)))
	assert.Equal(t, 3, o.Start(0))
	assert.Equal(t, 0, o.End(0))
	assert.Equal(t, 7, o.End(4))
	assert.Equal(t, 11, o.Start(4))

	// "<p>&ldquo;Yes" read as "&ldquo;Yes", then as "“Yes": the mark is
	// "&ldquo;", without the tag before it
	in = "<p>&ldquo;Yes"
	var tags, refs *Offsets
	tags = tags.add(0, 0, 0, 3)
	refs = refs.add(0, 3, 0, 7)
	back := tags.Then(refs)
	s, e := back.Span(0, 3)
	assert.Equal(t, "&ldquo;", in[s:e])
	s, e = back.Span(0, 6)
	assert.Equal(t, "&ldquo;Yes", in[s:e])
	assert.Equal(t, 0, back.End(0))
}

// TestReadRunsInvalidUTF8: text that is not UTF-8, a run's opening byte at
// its end, reads without a panic (SplitHeader reads any text).
func TestReadRunsInvalidUTF8(t *testing.T) {
	for _, in := range []string{"\xc3", "a\xc3", "&", "<", "\xc3\xc3"} {
		Mojibake(in)
		References(in)
		Markup(in)
		Markdown(in)
	}
}
