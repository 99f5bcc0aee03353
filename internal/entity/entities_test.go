package entity

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestWithinOneEdit(t *testing.T) {
	for _, c := range []struct {
		a, b string
		ok   bool
	}{
		{"ayoub", "ayyoub", true}, {"ayyoub", "ayoub", true}, {"smith", "smyth", true}, {"smith", "smith", true},
		{"smith", "smiths", true}, {"smith", "mith", true}, {"smith", "smoth2", false}, {"abcde", "abxye", false},
		{"", "a", true}, {"ab", "ba", false}, {"a", "abc", false},
	} {
		assert.Equal(t, c.ok, withinOneEdit(c.a, c.b), "%q %q", c.a, c.b)
	}
}

func TestPartyTag(t *testing.T) {
	assert.True(t, partyTag("D-N.C."))
	assert.False(t, partyTag("Al-Qaeda"))
	assert.False(t, partyTag("Rep. Gail Hartley"))
}

func TestNameTokens(t *testing.T) {
	assert.Equal(t, []string{"martin", "luther", "king"}, nameTokens("Martin Luther King Jr."))
}
