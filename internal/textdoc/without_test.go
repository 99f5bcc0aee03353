package textdoc

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestWithout(t *testing.T) {
	text := "Ferry fares rise.\n\nREAD MORE: Pier repairs stall\n\nThe council met. It voted twice."
	d := Analyze(text)
	require.Len(t, d.Paras, 3)
	assert.Same(t, d, d.Without(make([]bool, 3)), "nothing dropped: the same analysis")
	d.Tags(len(d.Sents) - 1) // tags computed before are kept
	n := d.Without([]bool{false, true, false})
	require.Len(t, n.Paras, 2)
	assert.Equal(t, "The council met. It voted twice.", text[n.Paras[1].Start:n.Paras[1].End])
	var sents []string
	for _, s := range n.Sents {
		sents = append(sents, text[s.Start:s.End])
		assert.Equal(t, text[s.Start:s.End][:len(n.Tok(s.TokStart))], n.Tok(s.TokStart), "a sentence's tokens are its own")
	}
	assert.Equal(t, []string{"Ferry fares rise.", "The council met.", "It voted twice."}, sents)
	assert.Equal(t, []int{0, 1, 1}, []int{n.Sents[0].Para, n.Sents[1].Para, n.Sents[2].Para})
	require.Len(t, n.posc, len(n.Sents))
	assert.Nil(t, n.posc[0], "tags not computed before are not")
	assert.Equal(t, d.Tags(len(d.Sents)-1), n.posc[len(n.Sents)-1], "tags computed before are kept, not computed again")
	assert.Equal(t, len(d.Toks)-6, len(n.Toks), "the dropped line's six tokens are gone")
}
