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
