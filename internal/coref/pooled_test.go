package coref

import (
	"strings"
	"testing"

	"github.com/newsparse/newsparse/internal/entity"
	"github.com/newsparse/newsparse/internal/heldtext"
	"github.com/newsparse/newsparse/internal/textdoc"
)

// TestReleasedResolverHoldsNoText checks that a Resolver given back by
// Release holds no string of its article (the entities' title words,
// given words and countries among them). The pool may hand out nothing
// instead (the race detector drops some puts): the test then has nothing
// to check.
func TestReleasedResolverHoldsNoText(t *testing.T) {
	text := strings.Clone("Harbour minister Ruth Calder met Austrian singer Jonas Weil in Vienna on Monday. " +
		"The minister said she would return. The singer, 34, said he was pleased. Acme Ferries said its boats were ready.")
	d := textdoc.Analyze(text)
	r := New(d, entity.Extract(d), nil)
	for _, m := range []string{"The minister", "she", "The singer", "he", "its"} {
		at := strings.Index(text, m)
		r.Resolve(at, at+len(m))
		r.ResolveSpeaker(at, at+len(m))
	}
	r.Release()
	c, ok := resolverPool.Get().(*Resolver)
	if !ok {
		return
	}
	defer resolverPool.Put(c)
	heldtext.Check(t, c, text, "resolverPool's Resolver")
}
