package ner

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestAffixesWrittenOut checks that affixes gives an ASCII word of four
// letters or more, whose hashes it writes out step by step, the hashes
// runeAffixes gives by rune, and leaves other words to it.
func TestAffixesWrittenOut(t *testing.T) {
	for _, w := range []string{"ab", "abc", "news", "Paris", "Shortstop", "twenty-five", "O'Neill", "1,500", "café", "Zürich", "naïveté", "Éire", "日本語です", "a\xffbc"} {
		var got, want tokInfo
		var sc wordScan
		b := sc.scan(nil, w)
		sc.affixes(&got, b)
		n := min(sc.nRunes, 4)
		if sc.nRunes > 1 {
			want.nPre = int8(n)
			sc.runeAffixes(&want, b, n)
		}
		assert.Equal(t, want, got, w)
	}
}
