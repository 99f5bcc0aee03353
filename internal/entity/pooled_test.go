package entity

import (
	"fmt"
	"strings"
	"testing"

	"github.com/newsparse/newsparse/internal/heldtext"
	"github.com/newsparse/newsparse/internal/lexicon"
	"github.com/newsparse/newsparse/internal/textdoc"
)

// heldArticle is made up for the test: people with titles, bodies, places,
// an acronym, a name beyond ASCII and one with a soft hyphen inside.
const heldArticle = "LONDON (Reuters) - Health Secretary Amara Lindqvist said on Monday the National Health Service (NHS) would hire 4,000 nurses.\n\n" +
	"Lindqvist told the BBC in Leeds that the plan was agreed with Zoë Brönte of the Royal College of Nursing. Brönte said nurses in Wales and Scot\u00adland would also benefit.\n\n" +
	"The Liberal Democrats and the Lib Dems' leader Owen Pryce welcomed it; Pryce met Lindqvist in Paris last year."

// TestReleasedScratchHoldsNoText checks that the scratch an extraction
// gives back to scratchPool holds no string of its article, past its
// lists' lengths as within them. The pool may hand out a new scratch
// instead (the race detector drops some puts), which holds nothing.
func TestReleasedScratchHoldsNoText(t *testing.T) {
	text := strings.Clone(heldArticle)
	d := textdoc.Analyze(text)
	if ents := Extract(d); len(ents) < 6 {
		t.Fatalf("the article gives %d entities, want at least 6", len(ents))
	}
	sc := scratchPool.Get().(*scratch)
	defer scratchPool.Put(sc)
	heldtext.Check(t, sc, text, "scratchPool's scratch")
}

// TestScratchAfterPanic checks what an extraction that panics half way
// leaves in the pool for a caller that recovers: no scratch that holds a
// string of the article (a half-used one is dropped), and the next
// extraction gives what it gives with a new scratch. The
// panic comes from an analysis whose last sentence runs past the tokens,
// after the recogniser has read the words of the sentences before it into
// the scratch's buffer.
func TestScratchAfterPanic(t *testing.T) {
	Extract(textdoc.Analyze(heldArticle)) // the pool's scratch has room for the words of a sentence
	text := strings.Clone(heldArticle)
	d := textdoc.Analyze(text)
	d.Sents[len(d.Sents)-1].TokEnd = len(d.Toks) + 1
	func() {
		defer func() {
			if recover() == nil {
				t.Fatal("the extraction of a broken analysis did not panic: the test checks nothing")
			}
		}()
		Extract(d)
	}()
	sc := scratchPool.Get().(*scratch)
	heldtext.Check(t, sc, text, "the scratch given back by a panicking extraction")
	scratchPool.Put(sc)
	other := "Mayor Ruth Calder of Leeds met Tom Vale, the head of Acme Ferries, in Hull on Monday."
	after := Extract(textdoc.Analyze(other))
	scratchPool.Get() // the next extraction's scratch is a new one
	fresh := Extract(textdoc.Analyze(other))
	if fmt.Sprint(after) != fmt.Sprint(fresh) {
		t.Errorf("after a panic:\n%v\nwith a new scratch:\n%v", after, fresh)
	}
}

// TestCapitals checks capitals against lexicon.IsCapitalized of every
// token's word, on an article with words beyond ASCII, a soft hyphen,
// digits and marks.
func TestCapitals(t *testing.T) {
	d := textdoc.Analyze(heldArticle + " Éire, éclair and iPhone 3G cost $5; Émile's ÅSA 4x4s.")
	x := &entx{d: d, sc: new(scratch)}
	c := x.capitals()
	for i := range d.Toks {
		if want := lexicon.IsCapitalized(x.word(i)); c[i] != want {
			t.Errorf("token %d %q: capital %v, want %v", i, x.word(i), c[i], want)
		}
	}
}
