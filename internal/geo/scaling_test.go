package geo

import (
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"

	"github.com/newsparse/newsparse/internal/contract"
	"github.com/newsparse/newsparse/internal/cputime"
	"github.com/newsparse/newsparse/internal/gazetteer"
	"github.com/newsparse/newsparse/internal/textdoc"
)

// TestResolveScales resolves articles of many distinct places, many party
// tags and many qualified names, at two sizes: four times the input may take
// at most about four times as long (eight, for noise), not sixteen. Time is
// the CPU time of the thread that resolves (cputime.Thread), so a busy machine does
// not fail it.
func TestResolveScales(t *testing.T) {
	var names []string
	gazetteer.Each(func(p gazetteer.Place, _ []string) {
		if p.Population > 200000 && len(names) < 4000 && !strings.ContainsAny(p.Name, ",()") {
			names = append(names, p.Name)
		}
	})
	build := func(n int) (string, []contract.Entity) {
		var b strings.Builder
		var ents []contract.Entity
		for i := range n {
			name := names[i%len(names)]
			b.WriteString("Sen. Pat Roe (R-Texas) said ")
			start := b.Len()
			b.WriteString(name)
			ents = append(ents, contract.Entity{ID: "x", Type: contract.GPE, Name: name,
				Mentions: []contract.Mention{{Start: start, End: start + len(name), Text: name}}})
			b.WriteString(", Ill., had 3 dead. ")
		}
		return b.String(), ents
	}
	run := func(n int) time.Duration {
		text, ents := build(n)
		d := &textdoc.Doc{Text: text}
		el := cputime.Thread(func() { ents = Resolve(d, ents) })
		assert.Greater(t, len(ents), n)
		return el
	}
	run(200)                            // warm the candidate cache
	best := func(n int) time.Duration { // the best of three, against a busy machine
		return min(run(n), run(n), run(n))
	}
	small, large := best(1000), best(4000)
	t.Logf("1,000 places: %v; 4,000 places: %v", small, large)
	assert.Less(t, large, 8*small+50*time.Millisecond, "resolution is not linear in the places")
}
