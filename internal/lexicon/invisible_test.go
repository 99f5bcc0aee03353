package lexicon

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestInvisibleWords(t *testing.T) {
	tests := []struct{ in, lower, key string }{
		{"Neigh\u00adbor", "neighbor", "neighbor"},
		{"vic\u200btim", "victim", "victim"},
		{"U.\u200cS.", "u.s.", "us"},
		{"Amanda Whit\u2060field", "amanda whitfield", "amanda whitfield"},
		{"\ufeffPolice", "police", "police"},
		{"re\u200dbuild", "rebuild", "rebuild"},
		{"Plain", "plain", "plain"},
	}
	for _, tc := range tests {
		assert.Equal(t, tc.lower, Lower(tc.in), "%q", tc.in)
		assert.Equal(t, tc.key, Key(tc.in), "%q", tc.in)
		assert.Equal(t, HasInvisible(tc.in), tc.in != "Plain", "%q", tc.in)
	}
	w := "mil\u00adlion-strong"
	assert.Equal(t, "million-strong", DropInvisible(w))
	assert.Equal(t, "-strong", w[VisibleByte(w, 7):])
	assert.Equal(t, "lion-strong", w[VisibleByte(w, 3):])
	assert.Equal(t, len(w), VisibleByte(w, len("million-strong")))
}

// TestHasInvisibleAnywhere: an invisible character is found at every offset
// of a longer text, past runs of ASCII read eight bytes at a time, and a
// curly quote or a no-break space is not taken for one.
func TestHasInvisibleAnywhere(t *testing.T) {
	base := "The council met on Tuesday \u201cto talk\u201d\u00a0about roads."
	assert.False(t, HasInvisible(base))
	for k := 0; k <= len(base); k++ {
		if k < len(base) && base[k] >= 0x80 && base[k] < 0xc0 {
			continue // inside a character
		}
		for _, inv := range []string{"\u00ad", "\u200b", "\ufeff"} {
			w := base[:k] + inv + base[k:]
			assert.True(t, HasInvisible(w), "%q", w)
		}
		assert.False(t, HasInvisible(base[:k]), "%q", base[:k])
	}
}
