package quote

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestMaxTitleSmallWord checks that no word of titleSmallWords is longer
// than the length wordCounts skips the look-up beyond.
func TestMaxTitleSmallWord(t *testing.T) {
	for w := range titleSmallWords {
		assert.LessOrEqual(t, len(w), maxTitleSmallWord, w)
	}
}
