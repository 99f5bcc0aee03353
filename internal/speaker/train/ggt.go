package main

import (
	"bufio"
	"crypto/sha1"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"log"
	"os"
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

// readExtra reads the examples of the articles of path (the Gender Gap
// Tracker form) that belong to the tune part, each of the given weight,
// per article; check articles are skipped, and counted.
func readExtra(path string, weight float64) (byArticle [][]speaker.Example, ids []string, skipped int) {
	f, err := os.Open(path)
	if err != nil {
		log.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 64<<20)
	for sc.Scan() {
		var a ggtArticle
		if err := json.Unmarshal(sc.Bytes(), &a); err != nil {
			log.Fatal(err)
		}
		if !ggtTune(a.ID) {
			skipped++ // never train on the check part
			continue
		}
		more, _ := matchExamples(a.ID, a.Text, ggtGolds(&a))
		for i := range more {
			more[i].Weight = weight
		}
		byArticle = append(byArticle, more)
		ids = append(ids, a.ID)
	}
	if err := sc.Err(); err != nil {
		log.Fatal(err)
	}
	return byArticle, ids, skipped
}

// extraCV trains on PolNeAR fit and all folds of the extra data but one in
// turn and prints how often the model is right on the extra fold left out
// (quotations the scorer judges with a right candidate), against the model
// trained on PolNeAR fit alone: does the extra data teach what holds on
// articles of its kind not trained on?
func extraCV(o *options, c *corpus, names []string) {
	alone := speaker.Train(names, c.fit, o.train()).Scorer(names)
	var n, rules, base, with int
	for k := 0; k < o.extraCV; k++ {
		tr := c.fit[:len(c.fit):len(c.fit)]
		var te []speaker.Example
		for i, exs := range c.extraBy {
			if foldOf(c.extraIDs[i], o.extraCV) == k {
				te = append(te, exs...)
			} else {
				tr = append(tr, exs...)
			}
		}
		w := speaker.Train(names, tr, o.train()).Scorer(names)
		for _, ex := range te {
			if !ex.Judged || !anyRight(ex) {
				continue
			}
			n++
			rules += b2i(ex.HasRule && ex.Right[0])
			base += b2i(ex.Right[bestOf(ex, alone)])
			b := bestOf(ex, w)
			with += b2i(ex.Right[b])
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
	fmt.Printf("extra cv %d folds, weight %g: judged %d, rules %d, PolNeAR fit alone %d, with the other folds %d (%+d)\n",
		o.extraCV, o.extraWeight, n, rules, base, with, with-base)
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
