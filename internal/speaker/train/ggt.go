package main

import (
	"bufio"
	"crypto/sha1"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strconv"

	"github.com/newsparse/newsparse/internal/speaker"
)

// ggtArticle is an article in the Gender Gap Tracker form that
// eval/quotes/join.py writes: quotations with the speaker's span and whom
// it refers to, offsets in code points.
type ggtArticle struct {
	ID     string `json:"id"`
	Text   string `json:"text"`
	Quotes []struct {
		QuoteSpan   []int  `json:"quote_span"`
		SpeakerSpan []int  `json:"speaker_span"`
		Speaker     string `json:"speaker"`
		Reference   string `json:"reference"`
		Kind        string `json:"kind"`
	} `json:"quotes"`
}

// ggtTune reports whether an article of the project's own quotation
// annotation belongs to its tune part, as eval/quotes/join.py splits
// ("corpus:id", about 70% tune).
func ggtTune(id string) bool {
	h := sha1.Sum([]byte("quotes/" + id))
	v, _ := strconv.ParseUint(hex.EncodeToString(h[:4]), 16, 32)
	return v%10 < 7
}

// extraSet is one file in the Gender Gap Tracker form that the model may
// be fitted on besides PolNeAR fit: its articles' examples, per article.
type extraSet struct {
	path      string
	whole     bool    // every article taken, not the tune part alone
	weight    float64 // of each example; 0: never fitted on
	byArticle [][]speaker.Example
	ids       []string
	skipped   int // check articles left out
}

// examples returns the set's examples, all articles.
func (x *extraSet) examples() []speaker.Example {
	var out []speaker.Example
	for _, exs := range x.byArticle {
		out = append(out, exs...)
	}
	return out
}

// fitted returns the examples of the extra sets that are fitted on (of a
// weight above 0).
func (c *corpus) fitted() []speaker.Example {
	var out []speaker.Example
	for _, x := range c.extras {
		if x.weight > 0 {
			out = append(out, x.examples()...)
		}
	}
	return out
}

// checkSet matches the ids of the synthetic articles that are check sets
// (eval/quotes/synthetic/synth-b, d, f, g, i and k): never fitted on.
var checkSet = regexp.MustCompile(`^synth-[bdfgik]-`)

// readExtra reads the examples of the articles of path (the Gender Gap
// Tracker form), each of the given weight, per article: the whole file, or
// (whole false) the articles of the tune part of the project's own
// annotation only, the check articles skipped and counted. A file holding
// an article of a synthetic check set is refused.
func readExtra(path string, whole bool, weight float64) (*extraSet, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	x := &extraSet{path: path, whole: whole, weight: weight}
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 64<<20)
	for sc.Scan() {
		var a ggtArticle
		if err := json.Unmarshal(sc.Bytes(), &a); err != nil {
			return nil, fmt.Errorf("%s: %w", path, err)
		}
		if checkSet.MatchString(a.ID) {
			return nil, fmt.Errorf("%s: %s belongs to a synthetic check set, never fitted on", path, a.ID)
		}
		if !whole && !ggtTune(a.ID) {
			x.skipped++ // never train on the check part
			continue
		}
		more, _ := matchExamples(a.ID, a.Text, ggtGolds(&a))
		for i := range more {
			more[i].Weight = weight
		}
		x.byArticle = append(x.byArticle, more)
		x.ids = append(x.ids, a.ID)
	}
	return x, sc.Err()
}

// extraCV trains on PolNeAR fit and all folds of the extra data but one in
// turn (the sets of weight 0 never) and prints, per extra set, how often
// the model is right on its articles of the fold left out (quotations the
// scorer judges with a right candidate), against the model trained on
// PolNeAR fit alone: does the extra data teach what holds on articles of
// its kind not trained on?
func extraCV(o *options, c *corpus, names []string) {
	alone := speaker.Train(names, c.fit, o.train()).Scorer(names)
	type tally struct{ n, rules, base, with int }
	sum := make([]tally, len(c.extras))
	for k := 0; k < o.extraCV; k++ {
		tr := c.fit[:len(c.fit):len(c.fit)]
		te := make([][]speaker.Example, len(c.extras))
		for j, x := range c.extras {
			for i, exs := range x.byArticle {
				if foldOf(x.ids[i], o.extraCV) == k {
					te[j] = append(te[j], exs...)
				} else if x.weight > 0 {
					tr = append(tr, exs...)
				}
			}
		}
		w := speaker.Train(names, tr, o.train()).Scorer(names)
		for j := range te {
			t := &sum[j]
			for _, ex := range te[j] {
				if !ex.Judged || !anyRight(ex) {
					continue
				}
				t.n++
				t.rules += b2i(ex.HasRule && ex.Right[0])
				t.base += b2i(ex.Right[bestOf(ex, alone)])
				b := bestOf(ex, w)
				t.with += b2i(ex.Right[b])
				if o.diag && !ex.Right[b] {
					fmt.Printf("WRONG %s\n   chose %s", ex.Info, ex.Label[b])
					for i, ok := range ex.Right {
						if ok {
							fmt.Printf("; right %s", ex.Label[i])
						}
					}
					fmt.Println()
				}
			}
		}
	}
	var all tally
	for j, x := range c.extras {
		t := sum[j]
		all.n, all.rules, all.base, all.with = all.n+t.n, all.rules+t.rules, all.base+t.base, all.with+t.with
		fmt.Printf("extra cv %d folds, %s weight %g: judged %d, rules %d, PolNeAR fit alone %d, with the other folds %d (%+d)\n",
			o.extraCV, filepath.Base(x.path), x.weight, t.n, t.rules, t.base, t.with, t.with-t.base)
	}
	fmt.Printf("extra cv %d folds, all sets: judged %d, rules %d, PolNeAR fit alone %d, with the other folds %d (%+d)\n",
		o.extraCV, all.n, all.rules, all.base, all.with, all.with-all.base)
}

// ggtGolds returns the gold quotations of a, in bytes, as the scorer reads
// them: the quoted stretches of direct and mixed quotations.
func ggtGolds(a *ggtArticle) []gold {
	cp := cpToByte(a.Text)
	runes := []rune(a.Text)
	inText := func(sp []int) bool { return len(sp) == 2 && 0 <= sp[0] && sp[0] <= sp[1] && sp[1] < len(cp) }
	var golds []gold
	for _, q := range a.Quotes {
		if q.Kind != "direct" && q.Kind != "mixed" || !inText(q.QuoteSpan) {
			continue
		}
		ss, se := -1, -1
		if inText(q.SpeakerSpan) {
			ss, se = cp[q.SpeakerSpan[0]], cp[q.SpeakerSpan[1]]
		}
		for _, seg := range quotedSegments(runes, q.QuoteSpan[0], q.QuoteSpan[1]) {
			golds = append(golds, gold{s: cp[seg[0]], e: cp[seg[1]], ss: ss, se: se, src: q.Speaker, resolved: true, ref: q.Reference})
		}
	}
	return golds
}
