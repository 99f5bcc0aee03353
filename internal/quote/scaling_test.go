package quote

import (
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"

	"github.com/newsparse/newsparse/internal/cputime"
	"github.com/newsparse/newsparse/internal/entity"
	"github.com/newsparse/newsparse/internal/textdoc"
)

// TestQuotesScale attributes quotations where they pile up: one paragraph
// of them, one per paragraph, with a pronoun whose antecedent is no one or
// a name at the start, and with a name in every cue. Eight articles of
// 1,000 quotations and one of 8,000 should take about as long (twice, for
// noise), not eight times: what attribution asks of every quotation (the
// antecedent of its pronoun, which the pronoun before continues; where its
// line starts and ends; the tag it may stand in) must be answered without
// walking back over every quotation before it. Time is the CPU time of the
// reading thread (cputime.Thread), which is counted in ticks of a few milliseconds:
// each side takes tens of them.
func TestQuotesScale(t *testing.T) {
	for _, tc := range []struct{ name, start, unit, speaker string }{
		{"one paragraph", "", "\"Two were killed,\" he said. ", "he"},
		{"paragraphs", "", "\"Two were killed,\" he said.\n\n", "he"},
		{"a named antecedent", "Ann Lee spoke. ", "\"Two were killed,\" she said. ", "Ann Lee"},
		{"a name in every cue", "", "\"Yes,\" said Ann Lee. ", "Ann Lee"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			// best times reading the article of n quotations times times, the best of three
			best := func(n, times int) time.Duration {
				d := textdoc.Analyze(tc.start + strings.Repeat(tc.unit, n))
				ents := entity.Extract(d)
				read := func() {
					got := Extract(d, ents)
					if assert.Len(t, got, n) && assert.NotNil(t, got[n-1].Speaker) {
						assert.Equal(t, tc.speaker, got[n-1].Speaker.Name)
					}
				}
				return cputime.Best(times, read)
			}
			best(100, 1) // warm the lexicon
			small, large := best(1000, 8), best(8000, 1)
			t.Logf("8 x 1,000 quotations: %v; 8,000 quotations: %v", small, large)
			assert.Less(t, large, 2*small+20*time.Millisecond, "attribution is not linear in the quotations")
		})
	}
}
