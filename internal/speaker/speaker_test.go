package speaker

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestEmbeddedModel(t *testing.T) {
	m := Default()
	require.NotEmpty(t, m.w, "the embedded model has weights")
	again, err := Parse(m.Encode("round trip"))
	require.NoError(t, err)
	assert.Equal(t, m.w, again.w)
}

func TestParseRejects(t *testing.T) {
	for _, bad := range []string{"rule", "rule x", "rule 1 2", "rule NaN"} {
		_, err := Parse(bad)
		assert.Error(t, err, bad)
	}
	m, err := Parse("# comment\n\nrule 1.5\nrule&subject -0.25\n")
	require.NoError(t, err)
	s := m.Scorer([]string{"rule", "subject"})
	assert.InDelta(t, 1.5, s.Score([]float32{1, 0}), 1e-9)
	assert.InDelta(t, 1.25, s.Score([]float32{1, 1}), 1e-9)
	assert.InDelta(t, 0, s.Score([]float32{0, 1}), 1e-9)
}

// TestTrainLearns trains on candidates where the second feature marks the
// right one, against a first feature that misleads half the time.
func TestTrainLearns(t *testing.T) {
	names := []string{"noise", "good"}
	var exs []Example
	for i := 0; i < 200; i++ {
		noise := float32(i % 2)
		exs = append(exs, Example{
			X:     [][]float32{{noise, 0}, {1 - noise, 1}, {0, 0}},
			Right: []bool{false, true, false},
		})
	}
	m := Train(names, exs, TrainOptions{Epochs: 5, Pairs: true})
	s := m.Scorer(names)
	for _, ex := range exs[:10] {
		best, bs := 0, s.Score(ex.X[0])
		for i, x := range ex.X[1:] {
			if v := s.Score(x); v > bs {
				best, bs = i+1, v
			}
		}
		assert.Equal(t, 1, best)
	}
	assert.Equal(t, m.Encode(""), Train(names, exs, TrainOptions{Epochs: 5, Pairs: true}).Encode(""), "training is deterministic")
}

// TestTrainWeight: where two sets of examples disagree, the weightier one
// wins; weight 0 counts as 1.
func TestTrainWeight(t *testing.T) {
	names := []string{"a", "b"}
	var exs []Example
	for i := 0; i < 100; i++ {
		exs = append(exs, Example{X: [][]float32{{1, 0}, {0, 1}}, Right: []bool{true, false}})
		if i%2 == 0 {
			exs = append(exs, Example{X: [][]float32{{1, 0}, {0, 1}}, Right: []bool{false, true}, Weight: 3})
		}
	}
	s := Train(names, exs, TrainOptions{Epochs: 5}).Scorer(names)
	assert.Greater(t, s.Score([]float32{0, 1}), s.Score([]float32{1, 0}), "150 votes for b against 100 for a")
	for i := range exs {
		exs[i].Weight = 0
	}
	s = Train(names, exs, TrainOptions{Epochs: 5}).Scorer(names)
	assert.Greater(t, s.Score([]float32{1, 0}), s.Score([]float32{0, 1}), "unweighted: 100 for a against 50 for b")
}
