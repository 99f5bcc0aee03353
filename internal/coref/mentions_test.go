package coref

import (
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/stretchr/testify/require"
)

// TestMentionsGap inserts at random places, and in runs that move
// forward as resolution does, into the gap-buffered list and into a plain
// sorted slice: every read (len, at, from) must agree after every insert,
// through the growths of the array.
func TestMentionsGap(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	for _, start := range []int{0, 1, 5, 40} {
		var want []corefMention
		for i := range start {
			want = append(want, corefMention{s: 10 * i})
		}
		var l mentions
		l.set(slices.Clip(slices.Clone(want)))
		cursor := 0
		for step := range 300 {
			s := rng.IntN(10*start + 400)
			if step%3 != 0 { // mostly forward, near the last insert
				cursor += rng.IntN(30)
				s = cursor % (10*start + 400)
			}
			k := l.from(s)
			require.Equal(t, sortedFrom(want, s), k, "from(%d) after %d inserts", s, step)
			m := corefMention{s: s, ent: step}
			want = slices.Insert(want, k, m)
			l.insert(k, m)
			require.Equal(t, len(want), l.len())
			for i := range want {
				require.Equal(t, want[i], *l.at(i), "mention %d after %d inserts", i, step)
			}
			for _, q := range []int{-1, 0, s, s + 1, 10*start + 401} {
				require.Equal(t, sortedFrom(want, q), l.from(q), "from(%d)", q)
			}
		}
	}
}

func sortedFrom(ms []corefMention, s int) int {
	for i, m := range ms {
		if m.s >= s {
			return i
		}
	}
	return len(ms)
}
