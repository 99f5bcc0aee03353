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

// TestProbeIsAdd checks addAll, which probes the slots' nibbles before
// their fingerprints, against add, on random features and on
// features made to start at a slot with the fingerprints of the slots that
// follow it, across the end of the table.
func TestProbeIsAdd(t *testing.T) {
	m := Default()
	check := func(h uint64) {
		var want, got [NumLabels]int32
		m.add(&want, h)
		m.addAll(&got, m.tagging().nibbles, []uint64{h}, new(probeBuf))
		if want != got {
			t.Fatalf("feature %#x: add %v, addAll %v", h, want, got)
		}
	}
	rng := rand.New(rand.NewSource(1))
	for range 200000 {
		check(rng.Uint64())
	}
	for i := range m.size {
		if i > 2000 && i < m.size-2000 && i%97 != 0 {
			continue
		}
		// the least low half whose first slot is i
		lo := (i<<32 + m.size - 1) / m.size
		if m.slotOf(lo) != i {
			t.Fatalf("slot %d: low half %#x starts at %d", i, lo, m.slotOf(lo))
		}
		for d := range uint64(9) {
			j := (i + d) % m.size
			fp := uint64(m.slots[j*slotSize]) | uint64(m.slots[j*slotSize+1])<<8
			for _, f := range []uint64{fp, fp + 1, fp + 16, 0} {
				check(f<<48 | lo)
			}
		}
	}
}
