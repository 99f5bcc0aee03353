package entity

import (
	"strings"
	"testing"

	"github.com/newsparse/newsparse/internal/heldtext"
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
	if held := heldtext.Paths(sc, text); len(held) > 0 {
		t.Errorf("scratchPool's scratch holds the article's text:\n%s", strings.Join(held, "\n"))
	}
}
