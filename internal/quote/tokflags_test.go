package quote

import (
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/newsparse/newsparse/internal/lexicon"
	"github.com/newsparse/newsparse/internal/textdoc"
	"github.com/stretchr/testify/assert"
)

// TestTokFlags checks that the flags read once per token say what the
// functions they stand for say of it, the same with the token's
// textdoc.Kind as without.
func TestTokFlags(t *testing.T) {
	for _, w := range []string{"", "Hatami", "said", "al-Assad", "ul-Haq", "well-Known", "co-founder", "a-", "McCain",
		"2004", ",", "-Ab", "ab-Cd-Ef", "1-Up", "abc-De", "abcd-Ef", "ab-", "eBay", "rock\u2019n\u2019roll", "\u201c", "\u00c9lise", "\u00e9lise", "ONU", "iPhone", "x-Ray", "4Cast", "7-Eleven", "10M", "The", "Will", "WILL", "mr."} {
		b := tokFlags(w, 0)
		if d := textdoc.Analyze("It read " + w + " then"); len(d.Toks) == 4 && d.Tok(2) == w {
			assert.Equal(t, b, tokFlags(w, d.Kind(2)), "flags with the token's kind %q", w)
		}
		assert.Equal(t, lexicon.IsNameWord(w), b&tkNameWord != 0, "name word %q", w)
		assert.Equal(t, qIsLower(w), b&tkLower != 0, "lower %q", w)
		assert.Equal(t, lexicon.Lower(w) == w && lexicon.IsLowerASCII(w), b&tkPlain != 0, "plain %q", w)
		if b&tkPlain != 0 {
			assert.Equal(t, w, lexicon.Lower(w), "plain %q", w)
		}
	}
}

// TestTokAt checks the token found from its block against a search of all
// tokens, at every offset of a text and past both its ends.
func TestTokAt(t *testing.T) {
	for _, text := range []string{"", "Hi.", "“We will not back down,” said Ana Ruiz, the mayor.\n\nShe    left   at noon;  nobody followed her out of the long, quiet hall."} {
		d := textdoc.Analyze(text)
		a := newQAttributor(d, nil, nil)
		for off := -3; off <= len(text)+40; off++ {
			want := sort.Search(len(d.Toks), func(i int) bool { return d.Toks[i].End > off })
			assert.Equal(t, want, a.tokAt(off), "offset %d of %q", off, text)
		}
	}
}

// TestHasLowerWord checks hasLowerWord against the lower-cased fields it
// stands for.
func TestHasLowerWord(t *testing.T) {
	for _, s := range []string{"", "Labour Party", "the  Labour\tparty", "ÉLYSÉE Palace", "Ministry of İnterior", "PARTY", "Partys", "x\xffParty"} {
		for _, w := range []string{"party", "labour", "élysée", "palace", "i̇nterior", "of", "partys", ""} {
			want := slices.Contains(strings.Fields(strings.ToLower(s)), w)
			assert.Equal(t, want, hasLowerWord(s, w), "%q in %q", w, s)
		}
	}
}
