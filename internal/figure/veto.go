package figure

import (
	_ "embed" // the veto's weights
	"strconv"
	"sync"

	"github.com/newsparse/newsparse/internal/contract"
)

// The veto: a linear model, of the fallback's form (fallbackModel), trained
// on annotated news (internal/figure/train -veto-out) to score each casualty
// the grammar lists by how likely it is right; a casualty scoring below the
// model's threshold is dropped. Its features describe the casualty (kind,
// count, vagueness, qualifier, casualty word), the mood around it (negation,
// modality, quotation), where it stands and the other casualties beside it.

//go:embed veto.weights
var vetoModelText string

var (
	vetoOnce sync.Once
	vetoDflt *fallbackModel
)

// defaultVeto returns the embedded veto model, parsed once; an empty
// weights file gives a model that drops nothing.
func defaultVeto() *fallbackModel {
	vetoOnce.Do(func() {
		vetoDflt = ParseFallbackModel(vetoModelText)
		if len(vetoDflt.w) == 0 {
			vetoDflt.threshold = 0
		}
	})
	return vetoDflt
}

// veto returns the listed casualties the model m does not drop.
func (f *Figures) veto(listed []contract.Casualty, m *fallbackModel) []contract.Casualty {
	if m.threshold <= 0 || len(listed) == 0 {
		return listed
	}
	feats := f.RecordFeatures(listed)
	out := listed[:0:0]
	for k, c := range listed {
		if m.score(feats[k]) >= m.threshold {
			out = append(out, c)
		}
	}
	return out
}

// RecordFeatures returns the veto's features of each listed casualty;
// exported for the trainer.
func (f *Figures) RecordFeatures(listed []contract.Casualty) [][]string {
	out := make([][]string, len(listed))
	if f.d == nil || len(f.d.Toks) == 0 {
		return out
	}
	dc := newDocContext(listed)
	for _, seg := range f.segments() {
		sc := numScan{text: f.d.Text, toks: seg.toks, lo: seg.lo, hi: seg.hi, title: seg.sent < 0, low: seg.low}
		s, e := sc.toks[sc.lo].Start, sc.toks[sc.hi-1].End
		inSent := 0
		for _, c := range listed {
			if c.Start >= s && c.Start < e {
				inSent++
			}
		}
		for k, c := range listed {
			if c.Start < s || c.Start >= e || out[k] != nil {
				continue
			}
			out[k] = recordFeatures(&sc, c, seg.sent, inSent, dc.anyKilled, seen(listed, k))
		}
	}
	for k, c := range listed {
		if out[k] == nil { // a casualty outside every segment
			out[k] = []string{"rk=" + string(c.Kind), "rc=" + countBucket(c.Count)}
		}
	}
	return out
}

// seen reports a listed casualty before listed[k] of its kind and count.
func seen(listed []contract.Casualty, k int) bool {
	for j := range listed {
		if j != k && listed[j].Start < listed[k].Start && listed[j].Kind == listed[k].Kind && listed[j].Count == listed[k].Count {
			return true
		}
	}
	return false
}

// countBucket names the size of a count.
func countBucket(n float64) string {
	switch {
	case n == 0:
		return "0"
	case n == 1:
		return "1"
	case n < 10:
		return "few"
	case n < 1000:
		return "many"
	}
	return "huge"
}

// recordFeatures describe listed casualty c in the segment of sc (sentence
// sent, with inSent casualties), in an article that lists a death or not
// (anyKilled), after one of its kind and count (dup).
func recordFeatures(sc *numScan, c contract.Casualty, sent, inSent int, anyKilled, dup bool) []string {
	i, j, w := sc.lo, -1, ""
	for ; i < sc.hi && sc.toks[i].Start < c.Start; i++ {
	}
	first := i
	for ; i < sc.hi && sc.toks[i].Start < c.End; i++ {
		if _, _, ok := fallbackKind(sc.w(i)); ok && j < 0 {
			j, w = i, sc.w(i)
		}
	}
	k := string(c.Kind)
	feats := []string{"rk=" + k, "rc=" + countBucket(c.Count), "rk+c=" + k + "|" + countBucket(c.Count), "rw=" + w,
		"rw+k=" + w + "|" + k, "rv=" + strconv.FormatBool(c.Vague), "rq=" + string(c.Qualifier),
		"rlen=" + strconv.Itoa(min(i-first, 6)), "rnsent=" + strconv.Itoa(min(inSent, 3)),
		"rdup=" + strconv.FormatBool(dup), "rkilled=" + strconv.FormatBool(anyKilled)}
	if j < 0 {
		j = first
	}
	quotes := 0
	for q := sc.lo; q < first; q++ {
		if quoteMark(sc.w(q)) {
			quotes++
		}
	}
	for _, f := range wordFeatures(sc, j, w, k, "v=rec", quotes) {
		switch f {
		case "neg", "modal", "to", "quote", "headline", "cap":
			feats = append(feats, "r"+f)
		}
	}
	return append(feats, docFeatures(sent, inSent, anyKilled, true)[0])
}
