package main

import (
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

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

// TestExtraFlags: -extra and -extra-whole may be given more than once.
func TestExtraFlags(t *testing.T) {
	var extra, whole files
	fs := flag.NewFlagSet("train", flag.ContinueOnError)
	fs.Var(&extra, "extra", "")
	fs.Var(&whole, "extra-whole", "")
	require.NoError(t, fs.Parse([]string{"-extra", "a.jsonl", "-extra-whole", "s1.jsonl", "-extra", "b.jsonl", "-extra-whole", "s2.jsonl"}))
	assert.Equal(t, files{"a.jsonl", "b.jsonl"}, extra)
	assert.Equal(t, files{"s1.jsonl", "s2.jsonl"}, whole)
}

// writeGGT writes articles in the Gender Gap Tracker form, one quotation
// each ("…," Mary Lane said), under the given ids, and returns the path.
func writeGGT(t *testing.T, ids ...string) string {
	t.Helper()
	text := "The council met on Monday.\n\n\"We will open the new library in the spring,\" Mary Lane said.\n\nThe vote was close."
	q := strings.Index(text, "\"We")
	qe := strings.Index(text, "spring,\"") + len("spring,\"")
	s := strings.Index(text, "Mary Lane")
	var b strings.Builder
	for _, id := range ids {
		line, err := json.Marshal(map[string]any{"id": id, "text": text, "quotes": []map[string]any{{
			"quote_span": []int{q, qe}, "speaker_span": []int{s, s + len("Mary Lane")},
			"speaker": "Mary Lane", "reference": "Mary Lane", "kind": "direct"}}})
		require.NoError(t, err)
		b.Write(line)
		b.WriteByte('\n')
	}
	path := filepath.Join(t.TempDir(), "x.jsonl")
	require.NoError(t, os.WriteFile(path, []byte(b.String()), 0o644))
	return path
}

// TestReadExtra: -extra keeps the tune part of the project's annotation,
// -extra-whole every article; each example has the set's weight; a set of
// weight 0 is read but never fitted on; a synthetic check set is refused.
func TestReadExtra(t *testing.T) {
	path := writeGGT(t, "bbc:politics/001", "bbc:tech/002") // check, tune
	x, err := readExtra(path, false, 4)
	require.NoError(t, err)
	assert.Equal(t, []string{"bbc:tech/002"}, x.ids)
	assert.Equal(t, 1, x.skipped)
	if assert.Len(t, x.examples(), 1) {
		assert.Equal(t, 4.0, x.examples()[0].Weight)
		assert.True(t, x.examples()[0].Judged)
	}
	w, err := readExtra(path, true, 2)
	require.NoError(t, err)
	assert.Equal(t, []string{"bbc:politics/001", "bbc:tech/002"}, w.ids)
	assert.Zero(t, w.skipped)

	c := &corpus{extras: []*extraSet{x, w}}
	assert.Len(t, c.fitted(), 3)
	w.weight = 0
	assert.Len(t, c.fitted(), 1)

	_, err = readExtra(writeGGT(t, "synth-a-01", "synth-c-02", "synth-e-03"), true, 1)
	assert.NoError(t, err)
	for _, id := range []string{"synth-b-01", "synth-d-07", "synth-f-20", "synth-g-15", "synth-i-03", "synth-k-11"} {
		_, err = readExtra(writeGGT(t, "synth-a-01", id), true, 1)
		assert.Error(t, err, id)
	}
}
