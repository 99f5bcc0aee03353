package ner

import (
	"strings"
	"testing"

	"github.com/newsparse/newsparse/internal/heldtext"
)

// TestReleasedScratchHoldsNoText checks that the scratch the tagger gives
// back to its pool holds no word of the document, past its lists' lengths
// as within them. The pool may hand out a new scratch instead (the race
// detector drops some puts), which holds nothing.
func TestReleasedScratchHoldsNoText(t *testing.T) {
	text := strings.Clone("Mayor Dana Whitford of Springfield met Zoë Brönte of Acme Ferries in Paris . " +
		"WHITFORD AND BRÖNTE SIGN FERRY DEAL . Whitford said the deal was good .")
	var doc [][]string
	for _, s := range strings.SplitAfter(text, ". ") {
		var words []string
		for i := 0; i < len(s); {
			j := strings.IndexByte(s[i:], ' ')
			if j < 0 {
				j = len(s) - i
			}
			if j > 0 {
				words = append(words, s[i:i+j]) // the words are the text's
			}
			i += j + 1
		}
		doc = append(doc, words)
	}
	m := Default()
	m.TagDoc(doc)
	m.TagDocFunc(len(doc), func(k int, buf []string) []string { return append(buf, doc[k]...) }, func() [][]int {
		out := make([][]int, len(doc))
		for k := range doc {
			out[k] = make([]int, len(doc[k]))
		}
		return out
	}())
	s, ok := m.pool.Get().(*scratch)
	if !ok {
		return
	}
	defer m.pool.Put(s)
	heldtext.Check(t, s, text, "the tagger's pooled scratch")
}
