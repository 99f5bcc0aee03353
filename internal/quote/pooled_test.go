package quote

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/newsparse/newsparse/internal/entity"
	"github.com/newsparse/newsparse/internal/heldtext"
	"github.com/newsparse/newsparse/internal/textdoc"
)

// pooledArticle is made up for the tests of the pooled memory: named
// people and bodies with titles, quotations the rules attribute and some
// they leave to the speaker model, pronouns and a description.
const pooledArticle = `Harbour council approves new ferry route

Council leader Maria Ostrander said on Tuesday that the route "will link the two towns at last".

"We have waited twenty years for this," Ostrander told reporters at the harbour. "Nobody should wait that long again."

The transport minister, Daniel Whitcombe, said the plan was "a sensible first step" but warned about the cost.

Whitcombe added: "The ferry company must show us the figures before any money is spent."

"This is a fine morning for the islands," said harbourmaster Ellen Brask. She said her staff were ready.

Local fisherman Tom Keel was less sure. "I'll believe it when I see the boat," he said.`

// TestReleasedBuffersHoldNoText checks that the lists an attribution gives
// back for the next article (attrPool, rankPool) hold no string of the
// article they served, past their lengths as within them: a pooled list
// that kept one would keep the whole text alive after its Article is
// gone. A pool may hand out a new holder instead (the race detector drops
// some puts), which holds nothing: the test never fails for that reason.
func TestReleasedBuffersHoldNoText(t *testing.T) {
	// a text of its own, not a constant the binary holds anyway
	text := strings.Clone(pooledArticle)
	d := textdoc.Analyze(text)
	qs := Extract(d, entity.Extract(d))
	if len(qs) < 5 {
		t.Fatalf("the article gives %d quotations, want at least 5", len(qs))
	}
	if b, ok := attrPool.Get().(*attrBufs); ok {
		heldtext.Check(t, b, text, "attrPool's lists")
		attrPool.Put(b)
	}
	if r, ok := rankPool.Get().(*rank); ok {
		heldtext.Check(t, r, text, "rankPool's lists")
		rankPool.Put(r)
	}
}

// TestBuffersAfterPanic checks what an attribution that panics half way
// leaves in the pools for a caller that recovers (release is deferred):
// no list that holds a string of the article, and a next attribution that
// gives what it gives with new lists. The panic comes from an analysis
// whose last sentence runs past the tokens: the last quotation's cues are
// read there, once the earlier quotations are attributed.
func TestBuffersAfterPanic(t *testing.T) {
	text := strings.Clone(pooledArticle)
	d := textdoc.Analyze(text)
	ents := entity.Extract(d)
	Extract(d, ents) // the pools' lists have room for the article
	bd := textdoc.Analyze(text)
	bd.Sents[len(bd.Sents)-1].TokEnd = len(bd.Toks) + 1
	panicked := func() (p bool) {
		defer func() { p = recover() != nil }()
		Extract(bd, ents)
		return false
	}()
	if !panicked {
		t.Fatal("the attribution of a broken analysis did not panic: the test checks nothing")
	}
	if b, ok := attrPool.Get().(*attrBufs); ok {
		heldtext.Check(t, b, text, "attrPool's lists after a panic")
		attrPool.Put(b)
	}
	if r, ok := rankPool.Get().(*rank); ok {
		heldtext.Check(t, r, text, "rankPool's lists after a panic")
		rankPool.Put(r)
	}
	other := "\"The ferry is late again,\" said Ruth Calder, a commuter. \"It always is,\" she added."
	od := textdoc.Analyze(other)
	after, _ := json.Marshal(Extract(od, entity.Extract(od)))
	attrPool.Get()
	rankPool.Get()
	if fresh, _ := json.Marshal(Extract(od, entity.Extract(od))); string(after) != string(fresh) {
		t.Errorf("after a panic:\n%s\nwith new lists:\n%s", after, fresh)
	}
}
