package textdoc

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestKinds checks the Kind Analyze gives each token: KindPlain, with
// KindUpper and KindDigit, for a token that is a whole chunk of ASCII
// letters and digits, 0 for every other, one Kind a token.
func TestKinds(t *testing.T) {
	d := Analyze("The 3 Boeing 737s landed at O'Hare, said Ms. Diaz — “fine” chaseA man.")
	want := map[string]Kind{
		"The": KindPlain | KindUpper, "3": KindPlain | KindDigit, "Boeing": KindPlain | KindUpper,
		"737s": KindPlain | KindDigit, "landed": KindPlain, "at": KindPlain, "said": KindPlain,
		"O'Hare": 0, ",": 0, "Ms.": 0, "Diaz": KindPlain | KindUpper, "—": 0, "“": 0, "fine": 0, "”": 0,
		"chase": 0, "A": 0, "man": 0, ".": 0,
	}
	assert.Len(t, d.Kinds(), len(d.Toks))
	for i := range d.Toks {
		w := d.Tok(i)
		k, ok := want[w]
		if assert.True(t, ok, "an unexpected token %q", w) {
			assert.Equal(t, k, d.Kind(i), w)
		}
		if d.Kind(i)&KindPlain != 0 {
			assert.Equal(t, isASCII(w), true, w)
		}
	}
	assert.Equal(t, Kind(0), (&Doc{Text: "x"}).Kind(0), "a Doc not built by Analyze says nothing")
}
