package ner

import (
	"math/rand"
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestDecodeIsViterbi checks the unrolled decoder, which scores an I- label
// from its two allowed predecessors only, against viterbi over all nine,
// on the model's transitions and emissions as large as a token's can be,
// with many ties.
func TestDecodeIsViterbi(t *testing.T) {
	m := Default()
	for a := range m.trans {
		for b := range m.trans[a] {
			if allowed(a-1, b) {
				assert.Less(t, abs32(m.trans[a][b]), int32(1<<20), "transition %d->%d", a-1, b)
			}
		}
	}
	rng := rand.New(rand.NewSource(1))
	var back []int8
	for k := range 2000 {
		n := 1 + rng.Intn(40)
		em := make([]int32, n*NumLabels)
		span := int32(4 << 20) // 128 features of 32000
		if k%2 == 0 {
			span = 4 // ties
		}
		for i := range em {
			em[i] = rng.Int31n(2*span+1) - span
		}
		want := viterbi(em, &m.trans, n, nil, &back)
		got := m.decode(em, n, nil, &back)
		assert.Equal(t, want, got, "case %d", k)
	}
}

func abs32(x int32) int32 { return max(x, -x) }
