package figure

import (
	"testing"

	"github.com/newsparse/newsparse/internal/entity"
	"github.com/newsparse/newsparse/internal/textdoc"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestParseFallbackModel reads weights, skips malformed lines, and gives a
// model that keeps nothing for an empty text.
func TestParseFallbackModel(t *testing.T) {
	m := ParseFallbackModel("bias -1\nthreshold 0.6\nw=shot 2.5\nbroken\nkind=killed x\n")
	assert.Equal(t, -1.0, m.bias)
	assert.Equal(t, 0.6, m.threshold)
	assert.Equal(t, map[string]float64{"w=shot": 2.5}, m.w)
	assert.InDelta(t, 0.8176, m.score([]string{"w=shot"}), 1e-3)
	assert.Greater(t, ParseFallbackModel("").threshold, 1.0)
	assert.NotNil(t, defaultFallback())
}

// TestFallbackCandidates has one sentence per way a candidate takes its
// victims, and the model's keeping or leaving it.
func TestFallbackCandidates(t *testing.T) {
	cases := []struct {
		name, text string
		kind       string
		count      float64
		span       string
		grammar    bool // the grammar reads the casualty itself
	}{
		{"victim before", "Witnesses said the courier was badly hurt.", injured, 1, "the courier was badly hurt", true},
		{"victims before", "Both brothers were hurt.", injured, 2, "Both brothers were hurt", true},
		{"victim after", "The blast injured a courier.", injured, 1, "injured a courier", true},
		{"number before", "Reports spoke of 3 dead.", killed, 3, "3 dead", true},
		{"word alone", "Officers spoke of a shooting at the depot.", injured, 1, "shooting", false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d := textdoc.Analyze(c.text)
			f := New(d, entity.Extract(d))
			cands := f.Candidates(nil) // every casualty word proposes when nothing is listed
			require.NotEmpty(t, cands)
			got := cands[0]
			assert.Equal(t, c.kind, got.Kind)
			assert.Equal(t, c.count, got.Count)
			assert.Equal(t, c.span, c.text[got.Start:got.End])
			keep := ParseFallbackModel("bias 5\nthreshold 0.5\n")
			assert.Len(t, f.fallbackHits(nil, keep), 1)
			none := ParseFallbackModel("bias -5\nthreshold 0.5\n")
			assert.Empty(t, f.fallbackHits(nil, none))
			if c.grammar {
				assert.Empty(t, f.fallbackHits(f.GrammarCasualties(), keep), "the grammar's casualties cover the word")
			} else {
				assert.Len(t, f.fallbackHits(f.GrammarCasualties(), keep), 1)
			}
		})
	}
}

// TestSubjectShape has one sentence per shape of the word before a
// casualty word's auxiliaries, and the gate that drops a thing.
func TestSubjectShape(t *testing.T) {
	cases := []struct{ text, word, shape string }{
		{"The merger was killed by the regulator.", "killed", "thing"},
		{"The courier was killed on Monday.", "killed", "person"},
		{"He was later killed.", "killed", "pronoun"},
		{"Dana Pike was killed.", "killed", "name"},
		{"He fled after being shot.", "shot", "other"},
		{"Shot in the leg, he crawled home.", "shot", "none"},
	}
	for _, c := range cases {
		t.Run(c.text, func(t *testing.T) {
			d := textdoc.Analyze(c.text)
			f := New(d, entity.Extract(d))
			seg := f.segments()[0]
			sc := numScan{text: d.Text, toks: seg.toks, lo: seg.lo, hi: seg.hi, low: seg.low}
			k := sc.lo
			for k < sc.hi && sc.w(k) != c.word {
				k++
			}
			require.Less(t, k, sc.hi)
			assert.Equal(t, c.shape, subjectShape(&sc, k))
		})
	}
	d := textdoc.Analyze("The merger was killed by the regulator.")
	assert.Empty(t, New(d, entity.Extract(d)).Candidates(nil), "a thing is no victim")
}
