package main

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/newsparse/newsparse/internal/quote"
)

// TestGGTTune follows eval/quotes/join.py's split (values computed with it).
func TestGGTTune(t *testing.T) {
	for id, tune := range map[string]bool{
		"bbc:politics/001": false, "gvdb:gvdb-dev-1": true, "bbc:tech/002": true,
		"gvdb:gvdb-dev-2": false, "bbc:sport/003": true,
	} {
		assert.Equal(t, tune, ggtTune(id), id)
	}
}

// TestRightOf: which candidates are right for a gold speaker, in the
// PolNeAR form and in the resolved (Gender Gap Tracker) form.
func TestRightOf(t *testing.T) {
	// "Mary Lane arrived. "We won," she said, thanking Tom Ruiz."
	lane := quote.RankCand{Start: 0, End: 9, Name: "Mary Lane", Text: "Mary Lane"}
	she := quote.RankCand{Start: 28, End: 31, Name: "Mary Lane", Text: "she"}
	sheWrong := quote.RankCand{Start: 28, End: 31, Name: "Tom Ruiz", Text: "she"}
	ruiz := quote.RankCand{Start: 47, End: 55, Name: "Tom Ruiz", Text: "Tom Ruiz"}
	for _, tc := range []struct {
		name   string
		g      gold
		cands  []quote.RankCand
		judged bool
		right  []bool
	}{
		{"PolNeAR name: by surname", gold{ss: 0, se: 9, src: "Ms Lane"}, []quote.RankCand{lane, she, ruiz}, true, []bool{true, true, false}},
		{"PolNeAR pronoun: by span, not judged", gold{ss: 28, se: 31, src: "she"}, []quote.RankCand{lane, she, ruiz}, false, []bool{false, true, false}},
		{"resolved: by the reference's surname", gold{ss: 28, se: 31, src: "she", resolved: true, ref: "Mary Lane"}, []quote.RankCand{lane, sheWrong, ruiz}, true, []bool{true, false, false}},
		{"resolved, no surname agrees: by span", gold{ss: 28, se: 31, src: "she", resolved: true, ref: "Mary Lane"}, []quote.RankCand{sheWrong, ruiz}, true, []bool{true, false}},
		{"resolved, no reference: by span, not judged", gold{ss: 28, se: 31, src: "she", resolved: true}, []quote.RankCand{lane, she, ruiz}, false, []bool{false, true, false}},
		{"resolved, named source without reference: its words", gold{ss: 47, se: 55, src: "Tom Ruiz", resolved: true}, []quote.RankCand{lane, ruiz}, true, []bool{false, true}},
	} {
		judged, right := rightOf(tc.g, tc.cands)
		assert.Equal(t, tc.judged, judged, tc.name)
		assert.Equal(t, tc.right, right, tc.name)
	}
}

// TestGGTGolds reads the quoted stretches of direct and mixed quotations,
// code points to bytes.
func TestGGTGolds(t *testing.T) {
	a := &ggtArticle{Text: "Zoë Hart said: “We will build it.” Then she left."}
	a.Quotes = append(a.Quotes, struct {
		QuoteSpan   []int  `json:"quote_span"`
		SpeakerSpan []int  `json:"speaker_span"`
		Speaker     string `json:"speaker"`
		Reference   string `json:"reference"`
		Kind        string `json:"kind"`
	}{QuoteSpan: []int{15, 33}, SpeakerSpan: []int{0, 8}, Speaker: "Zoë Hart", Reference: "Zoë Hart", Kind: "direct"})
	a.Quotes = append(a.Quotes, a.Quotes[0])
	a.Quotes[1].Kind = "indirect"
	a.Quotes = append(a.Quotes, a.Quotes[0])
	a.Quotes[2].QuoteSpan = []int{15, 999} // outside the text: skipped
	g := ggtGolds(a)
	if assert.Len(t, g, 1) {
		assert.Equal(t, "We will build it", a.Text[g[0].s:g[0].e])
		assert.Equal(t, "Zoë Hart", a.Text[g[0].ss:g[0].se])
		assert.True(t, g[0].resolved)
	}
}
