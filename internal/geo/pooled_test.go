package geo

import (
	"strings"
	"testing"

	"github.com/newsparse/newsparse/internal/entity"
	"github.com/newsparse/newsparse/internal/heldtext"
	"github.com/newsparse/newsparse/internal/textdoc"
)

// TestReleasedContextHoldsNoText checks that the Context Resolve gives
// back to contextPool holds no string of its article, past its lists'
// lengths as within them. The pool may hand out nothing instead (the race
// detector drops some puts): the test then has nothing to check.
func TestReleasedContextHoldsNoText(t *testing.T) {
	text := strings.Clone("SPRINGFIELD, Ill. (AP) - Mayor Dana Whitford said flooding closed roads from Springfield to Peoria and across the Illinois River. " +
		"Officials in Chicago and in Paris, Texas, sent help; the French embassy in Washington offered pumps.")
	d := textdoc.Analyze(text)
	ents := Resolve(d, entity.Extract(d))
	places := 0
	for _, e := range ents {
		if e.Place != nil {
			places++
		}
	}
	if places < 3 {
		t.Fatalf("the article resolves %d places, want at least 3", places)
	}
	x, ok := contextPool.Get().(*Context)
	if !ok {
		return
	}
	defer contextPool.Put(x)
	heldtext.Check(t, x, text, "contextPool's Context")
}
