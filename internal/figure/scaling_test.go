package figure

import (
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"

	"github.com/newsparse/newsparse/internal/textdoc"
)

// TestMoneyScales reads amounts in one endless sentence at two sizes: four
// times the amounts may take about four times as long (eight, for noise),
// not sixteen. Every amount asks its sentence for a source, which the
// sentence must answer once. Time is the CPU time of the reading thread
// (timed), so a busy machine does not fail it.
func TestMoneyScales(t *testing.T) {
	run := func(n int) time.Duration {
		d := textdoc.Analyze(strings.Repeat("$5 million, ", n) + "the council said.")
		var got int
		el := timed(func() { got = len(New(d, nil).Money()) })
		assert.Equal(t, n, got)
		return el
	}
	run(200) // warm the lexicon
	best := func(n int) time.Duration { return min(run(n), run(n), run(n)) }
	small, large := best(1000), best(4000)
	t.Logf("1,000 amounts: %v; 4,000 amounts: %v", small, large)
	assert.Less(t, large, 8*small+20*time.Millisecond, "money is not linear in a sentence's amounts")
}
