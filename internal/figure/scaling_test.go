package figure

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"

	"github.com/newsparse/newsparse/internal/cputime"
	"github.com/newsparse/newsparse/internal/textdoc"
)

// TestMoneyScales reads amounts in one endless sentence at two sizes: four
// times the amounts may take about four times as long (eight, for noise),
// not sixteen. Every amount asks its sentence for a source, which the
// sentence must answer once. Time is the CPU time of the reading thread
// (cputime.Thread), so a busy machine does not fail it.
func TestMoneyScales(t *testing.T) {
	run := func(n int) time.Duration {
		d := textdoc.Analyze(strings.Repeat("$5 million, ", n) + "the council said.")
		var got int
		el := cputime.Thread(func() { got = len(New(d, nil).Money()) })
		assert.Equal(t, n, got)
		return el
	}
	run(200) // warm the lexicon
	best := func(n int) time.Duration { return min(run(n), run(n), run(n)) }
	small, large := best(1000), best(4000)
	t.Logf("1,000 amounts: %v; 4,000 amounts: %v", small, large)
	assert.Less(t, large, 8*small+20*time.Millisecond, "money is not linear in a sentence's amounts")
}

// TestCasualtiesScale reads casualties and the toll where the hits pile up:
// in one endless sentence, in many sentences and in many paragraphs. Eight
// articles of 1,000 hits and one of 8,000 should take about as long (twice,
// for noise), not eight times: what the readers ask of every hit (the years
// of its sentence, the hits it overlaps, the sentence a record stands in)
// must be answered without rescanning every other hit. Time is the CPU time
// of the reading thread (cputime.Thread), which is counted in ticks of a few
// milliseconds: each side takes tens of them.
func TestCasualtiesScale(t *testing.T) {
	for _, tc := range []struct{ name, unit, end string }{
		{"one sentence", "two killed, ", "police said."},
		{"sentences", "Two were killed. ", ""},
		{"paragraphs", "Two were killed.\n\n", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			read := func(d *textdoc.Doc, n int) {
				f := New(d, nil)
				got := f.Casualties()
				toll := f.TollOf(got)
				assert.Len(t, got, n)
				if assert.NotNil(t, toll.Killed) {
					assert.Equal(t, 2.0, *toll.Killed)
				}
			}
			// best times reading the article of n hits times times, the best of three
			best := func(n, times int) time.Duration {
				d := textdoc.Analyze(strings.Repeat(tc.unit, n) + tc.end)
				run := func() time.Duration {
					return cputime.Thread(func() {
						for range times {
							read(d, n)
						}
					})
				}
				return min(run(), run(), run())
			}
			best(100, 1) // warm the lexicon
			small, large := best(1000, 8), best(8000, 1)
			t.Logf("8 x 1,000 hits: %v; 8,000 hits: %v", small, large)
			assert.Less(t, large, 2*small+20*time.Millisecond, "casualties are not linear in their hits")
		})
	}
}

// TestMoneyColumnScales reads tables of money columns, n rows in all,
// under a story of 4n amounts, at two sizes: every row takes the currency of
// the amount heading its column, which must be found without rescanning
// every amount, so four times the rows may take about four times as long
// (eight, for noise), not sixteen.
func TestMoneyColumnScales(t *testing.T) {
	const rows = 50 // a table's rows under its head, ranked 2 to 51
	run := func(n int) time.Duration {
		var b strings.Builder
		b.WriteString(strings.Repeat("The fund paid out $5 million, $6 million, $7 million and $8 million.\n", n))
		for k := range n {
			if k%rows == 0 {
				b.WriteString("\nTop earners :\n1. Anna Berg 52,400 dollars\n")
			}
			fmt.Fprintf(&b, "%d. Lisa Holt %d\n", k%rows+2, 30000+k)
		}
		d := textdoc.Analyze(b.String())
		var got int
		el := cputime.Thread(func() { got = len(New(d, nil).Money()) })
		assert.Equal(t, 5*n+n/rows, got)
		return el
	}
	run(200) // warm the lexicon
	best := func(n int) time.Duration { return min(run(n), run(n), run(n)) }
	small, large := best(1000), best(4000)
	t.Logf("1,000 rows: %v; 4,000 rows: %v", small, large)
	assert.Less(t, large, 8*small+20*time.Millisecond, "a money column is not linear in its rows")
}
