package figure

import (
	"testing"

	"github.com/newsparse/newsparse/internal/contract"
	"github.com/newsparse/newsparse/internal/textdoc"
	"github.com/stretchr/testify/assert"
)

// TestEnumeratedVictims covers FORMS row 30: people listed one by one, "twin" counting two.
func TestEnumeratedVictims(t *testing.T) {
	text := "the children were a 9-year-old boy, twin 6-year-old girls and twin 3-year-old boys"
	toks := textdoc.Tokenize(text, contract.Span{Start: 0, End: len(text)}, nil)
	sc := scanOf(text, toks)
	n, end := enumeratedVictims(&sc, 3)
	assert.Equal(t, 5, n)
	assert.Equal(t, len(toks), end)
}
