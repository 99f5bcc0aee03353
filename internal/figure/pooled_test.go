package figure

import (
	"strings"
	"testing"

	"github.com/newsparse/newsparse/internal/heldtext"
	"github.com/newsparse/newsparse/internal/textdoc"
)

// TestReleasedMemoHoldsNoText checks that the memo Release gives back to
// memoBufs holds no string of the article (the lower case of its words
// beyond ASCII, its segments' tokens, the victim phrases read), past its
// lists' lengths as within them. The pool may hand out a new memo instead
// (the race detector drops some puts), which holds nothing.
func TestReleasedMemoHoldsNoText(t *testing.T) {
	text := strings.Clone("Title: Blast in Älmhult\n\nAt least 12 people were killed and 30 injured when a bomb exploded in Älmhult on Friday, police said. " +
		"Émile Durand, 41, and his son were among the DEAD. The council paid $2.5m (£1.9m) to the victims' families, an official said.")
	d := textdoc.Analyze(text)
	f := New(d, nil)
	money, cas := f.Money(), f.Casualties()
	f.TollOf(cas)
	if len(money) == 0 || len(cas) < 2 {
		t.Fatalf("the article gives %d amounts and %d casualty records, want some of each", len(money), len(cas))
	}
	f.Release()
	b := memoBufs.Get().(*memoBuf)
	defer memoBufs.Put(b)
	heldtext.Check(t, b, text, "memoBufs' memo")
}
