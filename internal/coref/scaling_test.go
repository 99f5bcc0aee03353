package coref

import (
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"

	"github.com/newsparse/newsparse/internal/cputime"
	"github.com/newsparse/newsparse/internal/entity"
	"github.com/newsparse/newsparse/internal/textdoc"
)

// TestResolveScale resolves a description in every sentence pair of a long
// story: a legal document whose issuer no mention tells ("A lawsuit was
// filed …"), sought back to the story's start; and a description nothing
// before resolves, whose candidates in the sentences after were named
// long before. Eight stories of 500 descriptions and one of 4,000 should
// take about as long (twice, for noise), not eight times: no description
// may walk back over every word or mention before it. Time is the CPU time
// of the reading thread (cputime.Thread).
func TestResolveScale(t *testing.T) {
	for _, tc := range []struct{ name, start, unit, mention string }{
		{"a suit no one brought", "A lawsuit was filed against Orbis Labs on Monday. ", "Rain fell on the town. The complaint said the firm lied. ", "The complaint"},
		{"a description named after", "Ann Cole met Tom Hale on Monday. ", "The finance minister said rates would rise. Ann Cole and Tom Hale agreed. ", "The finance minister"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			best := func(n, times int) time.Duration {
				text := tc.start + strings.Repeat(tc.unit, n)
				d := textdoc.Analyze(text)
				ents := entity.Extract(d)
				var at []int
				for from := 0; ; {
					k := strings.Index(text[from:], tc.mention)
					if k < 0 {
						break
					}
					at = append(at, from+k)
					from += k + 1
				}
				read := func() {
					r := New(d, ents, nil)
					for _, s := range at {
						r.Resolve(s, s+len(tc.mention))
					}
				}
				return cputime.Best(times, read)
			}
			best(50, 1) // warm the lexicon
			small, large := best(500, 8), best(4000, 1)
			t.Logf("8 x 500 descriptions: %v; 4,000 descriptions: %v", small, large)
			assert.Less(t, large, 2*small+20*time.Millisecond, "resolution is not linear in the descriptions")
		})
	}
}
