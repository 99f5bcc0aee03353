// Command fit fits the place resolver's weights (internal/geo/weights.go)
// and measures its threshold.
//
//	go run ./internal/geo/fit -eval ../shared/eval [-tune tune.jsonl] [-exclude all.jsonl] [-write]
//
// Training data:
//
//   - derived pairs: in the unlabelled news of -eval (BBC, GVDB dev texts,
//     PolNeAR train texts), a place named with a qualifier that leaves one of
//     its candidates ("Springfield, Ill.", "Paris, Texas", "Hama, Syria") is
//     labelled with that candidate; the qualifier is then hidden (masked) from
//     the features, so the scorer learns to find the place from the rest of
//     the article. Articles listed in -exclude (the annotated ones, corpus and
//     id) are left out.
//   - the tune part of the project's own annotation (-tune, from
//     eval/places/join.py): each annotated toponym that a place entity
//     mentions labels the entity with the candidate nearest the annotated
//     point, when one lies within 161 km, and with "no place" when none
//     does; a one-word place entity that mentions no annotated toponym and is
//     a word of a person's name in the article is labelled "no place" (a
//     person the tagger took for a place: "Obama"); these count three times.
//
// The fit minimises the softmax cross-entropy of the right candidate with an
// L2 penalty, by gradient descent. It prints the accuracy of the best
// candidate on a held-out fifth of the derived pairs (by a hash of the
// article) and on the tune part, and, for the threshold, the precision
// (right within 161 km) of the places given at each level of probability on
// the tune part and the held-out pairs: the threshold is the least level
// below which places were right less than half the time (pooled). -write
// rewrites weights.go with the weights and that threshold.
package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"go/format"
	"hash/fnv"
	"log"
	"math"
	"os"
	"path/filepath"
	"strings"
	"unicode/utf8"

	"github.com/newsparse/newsparse/internal/contract"
	"github.com/newsparse/newsparse/internal/entity"
	"github.com/newsparse/newsparse/internal/geo"
	"github.com/newsparse/newsparse/internal/textdoc"
)

// example is one entity to resolve: its candidates' features, the right
// candidate, and the points that count as right (within 161 km).
type example struct {
	feats  [][]float64
	gold   int
	right  []bool // per candidate: within 161 km of the gold point
	weight float64
	held   bool // in the held-out fifth
	src    string
}

type doc struct {
	Corpus, ID, Text string
}

func main() {
	evalDir := flag.String("eval", "../shared/eval", "evaluation folder (unlabelled texts for derived pairs)")
	tune := flag.String("tune", "", "tune.jsonl of eval/places/join.py (annotated toponyms)")
	exclude := flag.String("exclude", "", "JSON Lines with corpus and id of articles to leave out of the derived pairs")
	write := flag.Bool("write", false, "rewrite internal/geo/weights.go")
	maxDocs := flag.Int("max", 0, "at most this many unlabelled articles per corpus (0: all)")
	flag.Parse()
	log.SetFlags(0)

	skip := map[string]bool{}
	if *exclude != "" {
		for _, d := range readDocs(*exclude, "") {
			skip[d.Corpus+":"+d.ID] = true
		}
	}
	var exs []example
	for _, src := range []struct{ corpus, path string }{{"bbc", "corpus/bbc.jsonl"}, {"gvdb", "numbers/gvdb-dev.jsonl"},
		{"polnear", "quotes/polnear-train.jsonl"}} {
		docs := readDocs(filepath.Join(*evalDir, src.path), src.corpus)
		n := 0
		for _, d := range docs {
			if skip[d.Corpus+":"+d.ID] {
				continue
			}
			if *maxDocs > 0 && n >= *maxDocs {
				break
			}
			n++
			exs = append(exs, derive(d)...)
		}
	}
	nDerived := len(exs)
	if dump {
		for _, e := range exs {
			fmt.Println("derived:", e.src)
		}
	}
	var tuneExs []example
	if *tune != "" {
		tuneExs = annotated(*tune)
	}
	log.Printf("derived pairs: %d (%d held out); tune entities: %d", nDerived, countHeld(exs), len(tuneExs))

	var train []example
	for _, e := range exs {
		if !e.held {
			train = append(train, e)
		}
	}
	train = append(train, tuneExs...)
	w := fitWeights(train)
	geo.Weights = w
	var held []example
	for _, e := range exs {
		if e.held {
			held = append(held, e)
		}
	}
	report("derived, held out", held, w)
	report("derived, fitted on", trainOnly(exs), w)
	if len(tuneExs) > 0 {
		report("tune (annotated)", tuneExs, w)
	}
	calib := append(append([]example{}, held...), tuneExs...)
	th := threshold(calib, w)
	fmt.Printf("threshold: %.2f\n", th)
	for k, name := range geo.FeatureNames {
		fmt.Printf("  %-14s %7.3f\n", name, w[k])
	}
	if *write {
		writeWeights(w, th, nDerived, len(tuneExs))
	}
}

func countHeld(exs []example) int {
	n := 0
	for _, e := range exs {
		if e.held {
			n++
		}
	}
	return n
}

func trainOnly(exs []example) []example {
	var out []example
	for _, e := range exs {
		if !e.held {
			out = append(out, e)
		}
	}
	return out
}

func readDocs(path, corpus string) []doc {
	f, err := os.Open(path)
	if err != nil {
		log.Fatal(err)
	}
	defer f.Close()
	var out []doc
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 64<<20)
	for sc.Scan() {
		var r struct {
			Corpus string `json:"corpus"`
			ID     any    `json:"id"`
			Text   string `json:"text"`
		}
		if json.Unmarshal(sc.Bytes(), &r) != nil {
			continue
		}
		c := r.Corpus
		if c == "" {
			c = corpus
		}
		out = append(out, doc{c, fmt.Sprint(r.ID), r.Text})
	}
	return out
}

func heldOut(key string) bool {
	h := fnv.New32a()
	h.Write([]byte(key))
	return h.Sum32()%5 == 0
}

// derive returns the derived pairs of one article.
func derive(d doc) []example {
	td := textdoc.Analyze(d.Text)
	ents := entity.Extract(td) // without AddQualifiers: the qualifiers are hidden from the pairs
	x0 := geo.Analyse(d.Text, ents, td.Meta.Dateline, nil)
	var out []example
	for i := range ents {
		cs, fs0 := x0.Features(i)
		if len(cs) < 2 {
			continue
		}
		// the guide's rule: a division named as such ("Idlib province", "the
		// province of Idlib") is the division, when one division has the name
		if x0.DivisionWord(i) {
			adm, n := -1, 0
			for j := range cs {
				if cs[j].Feature == "A.ADM1" && cs[j].Exact {
					adm, n = j, n+1
				}
			}
			if n == 1 {
				right := make([]bool, len(fs0)) // the last: "no place"
				for j := range cs {
					right[j] = geo.KM(cs[j].Lat, cs[j].Lon, cs[adm].Lat, cs[adm].Lon) <= 161
				}
				out = append(out, example{feats: fs0, gold: adm, right: right, weight: 1, held: heldOut(d.Corpus + ":" + d.ID),
					src: d.Corpus + ":" + d.ID + " " + ents[i].Name + " → " + cs[adm].Name + " (division word)"})
				continue
			}
		}
		var mask [][2]int
		gold := -1
		for _, m := range ents[i].Mentions {
			codes, qs, qe := geo.QualifierAt(d.Text, m.End)
			if len(codes) == 0 {
				continue
			}
			match := -1
			n := 0
			for j := range cs {
				c := &cs[j]
				if !strings.HasPrefix(c.Feature, "P.") {
					continue
				}
				for _, code := range codes {
					if code == c.Country && len(code) == 2 || code == c.Division {
						if match != j {
							n++
						}
						match = j
					}
				}
			}
			if n != 1 || (gold >= 0 && gold != match) {
				gold = -2
				break
			}
			gold = match
			mask = append(mask, [2]int{qs, qe})
		}
		if gold < 0 {
			continue
		}
		x := geo.Analyse(d.Text, ents, td.Meta.Dateline, mask)
		cs2, fs := x.Features(i)
		if len(cs2) != len(cs) {
			continue
		}
		right := make([]bool, len(fs)) // the last: "no place"
		for j := range cs {
			right[j] = geo.KM(cs[j].Lat, cs[j].Lon, cs[gold].Lat, cs[gold].Lon) <= 161
		}
		out = append(out, example{feats: fs, gold: gold, right: right, weight: 1, held: heldOut(d.Corpus + ":" + d.ID),
			src: d.Corpus + ":" + d.ID + " " + ents[i].Name + " → " + cs[gold].Name + "/" + cs[gold].Division})
	}
	return out
}

// annotated returns the examples of the annotated tune part.
func annotated(path string) []example {
	f, err := os.Open(path)
	if err != nil {
		log.Fatal(err)
	}
	defer f.Close()
	var out []example
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 64<<20)
	for sc.Scan() {
		var r struct {
			ID       string `json:"id"`
			Text     string `json:"text"`
			Toponyms []gold `json:"toponyms"`
		}
		if json.Unmarshal(sc.Bytes(), &r) != nil {
			continue
		}
		td := textdoc.Analyze(r.Text)
		ents := geo.AddQualifiers(r.Text, entity.Extract(td))
		x := geo.Analyse(r.Text, ents, td.Meta.Dateline, nil)
		golds := byteSpans(r.Text, r.Toponyms)
		for i := range ents {
			cs, fs := x.Features(i)
			if len(cs) == 0 {
				continue
			}
			// the annotated point of the entity's mentions (the first one found)
			var g *gold
			for _, m := range ents[i].Mentions {
				for k := range golds {
					if golds[k].bs == m.Start && golds[k].be == m.End {
						g = &golds[k]
						break
					}
				}
				if g != nil {
					break
				}
			}
			right := make([]bool, len(fs)) // the last: "no place"
			none := len(cs)
			if g == nil {
				// a place entity the annotators did not mark is a lesson only
				// when it is a person's name ("Obama" beside "Barack Obama"):
				// the rest are places the guide leaves out ("Athens" in "the
				// Athens Olympics"), right as places
				if fs[none][personFeature] == 0 {
					continue
				}
				right[none] = true
				out = append(out, example{feats: fs, gold: none, right: right, weight: 3, src: r.ID + " " + ents[i].Name + " (not a toponym)"})
				continue
			}
			best, bd := -1, math.Inf(1)
			for j := range cs {
				dist := geo.KM(cs[j].Lat, cs[j].Lon, g.Lat, g.Lon)
				right[j] = dist <= 161
				if g.GeoNamesID != nil && *g.GeoNamesID != 0 && cs[j].ID == *g.GeoNamesID {
					dist = -1
				}
				if dist < bd {
					best, bd = j, dist
				}
			}
			ex := example{feats: fs, gold: best, right: right, weight: 3, src: r.ID + " " + ents[i].Name}
			if bd > 161 {
				// no candidate is the place: no place beats a wrong one
				ex.gold, right[none] = none, true
			}
			out = append(out, ex)
		}
	}
	return out
}

type gold struct {
	Start      int     `json:"start"`
	End        int     `json:"end"`
	Lat        float64 `json:"lat"`
	Lon        float64 `json:"lon"`
	GeoNamesID *int64  `json:"geonames_id"`
	bs, be     int
}

// byteSpans sets the byte offsets of code-point offsets.
func byteSpans(text string, gs []gold) []gold {
	idx := make([]int, 0, len(text)+1)
	for b := range text {
		idx = append(idx, b)
	}
	idx = append(idx, len(text))
	_ = utf8.RuneLen
	for k := range gs {
		if gs[k].Start < len(idx) && gs[k].End < len(idx) {
			gs[k].bs, gs[k].be = idx[gs[k].Start], idx[gs[k].End]
		}
	}
	return gs
}

const nF = len(geo.FeatureNames)

// personFeature is the index of "none_person".
var personFeature = func() int {
	for k, n := range geo.FeatureNames {
		if n == "none_person" {
			return k
		}
	}
	panic("no none_person feature")
}()

// fitWeights minimises the weighted softmax cross-entropy with an L2 penalty
// around the hand-set weights, by full-batch gradient descent.
func fitWeights(exs []example) [nF]float64 {
	w := geo.Weights
	prior := w
	const lambda, rate, iters = 0.02, 0.5, 800
	var usable []example
	total := 0.0
	for _, e := range exs {
		if e.gold >= 0 && len(e.feats) > 1 {
			usable = append(usable, e)
			total += e.weight
		}
	}
	if total == 0 {
		return w
	}
	for it := 0; it < iters; it++ {
		var g [nF]float64
		for _, e := range usable {
			scores := make([]float64, len(e.feats))
			mx := math.Inf(-1)
			for j, f := range e.feats {
				s := 0.0
				for k, v := range f {
					s += w[k] * v
				}
				scores[j] = s
				mx = math.Max(mx, s)
			}
			z := 0.0
			for j := range scores {
				scores[j] = math.Exp(scores[j] - mx)
				z += scores[j]
			}
			for j, f := range e.feats {
				p := scores[j] / z
				t := 0.0
				if j == e.gold {
					t = 1
				}
				for k, v := range f {
					g[k] += e.weight * (p - t) * v
				}
			}
		}
		for k := range w {
			w[k] -= rate * (g[k]/total + lambda*(w[k]-prior[k]))
		}
	}
	return w
}

func best(e example, w [nF]float64) (int, float64) {
	scores := make([]float64, len(e.feats))
	b, mx := -1, math.Inf(-1)
	for j, f := range e.feats {
		s := 0.0
		for k, v := range f {
			s += w[k] * v
		}
		scores[j] = s
		if s > mx {
			b, mx = j, s
		}
	}
	z := 0.0
	for _, s := range scores {
		z += math.Exp(s - mx)
	}
	return b, 1 / z
}

func report(name string, exs []example, w [nF]float64) {
	n, right, prior := 0, 0, 0
	for _, e := range exs {
		n++
		b, _ := best(e, w)
		if b >= 0 && e.right[b] {
			right++
		}
		if p := priorOf(e); p >= 0 && e.right[p] {
			prior++
		}
	}
	if n == 0 {
		return
	}
	fmt.Printf("%-20s %5d entities: best candidate right (161 km) %.3f; population prior %.3f\n", name, n,
		float64(right)/float64(n), float64(prior)/float64(n))
}

// priorOf is the baseline: a country if any, else the most populous candidate.
func priorOf(e example) int {
	b := -1
	for j, f := range e.feats[:len(e.feats)-1] {
		if b < 0 || f[1] > e.feats[b][1] || f[1] == e.feats[b][1] && f[0] > e.feats[b][0] {
			b = j
		}
	}
	return b
}

// threshold returns the least probability t (in steps of 0.05) such that
// the places given with a probability below it were right less than half the
// time (pooled, at least 5 of them), and at least the least level with 5
// measured places below it: no place is given where nothing was measured.
func threshold(exs []example, w [nF]float64) float64 {
	type pr struct {
		p  float64
		ok bool
	}
	var ps []pr
	for _, e := range exs {
		b, p := best(e, w)
		if b >= 0 && b < len(e.feats)-1 { // a place given, not "no place"
			ps = append(ps, pr{p, e.right[b]})
		}
	}
	fmt.Println("probability band: places given, right within 161 km")
	for band := 0; band < 10; band++ {
		lo := float64(band) / 10
		n, ok := 0, 0
		for _, x := range ps {
			if x.p >= lo && (x.p < lo+0.1 || band == 9) {
				n++
				if x.ok {
					ok++
				}
			}
		}
		if n > 0 {
			fmt.Printf("  [%.1f, %.1f]: %4d, %.3f\n", lo, min(1, lo+0.1), n, float64(ok)/float64(n))
		}
	}
	// below the least level with 5 measured places under it nothing is measured
	th, floor := 0.0, 0.0
	for step := 1; step < 20; step++ {
		t := float64(step) / 20
		n, ok := 0, 0
		for _, x := range ps {
			if x.p < t {
				n++
				if x.ok {
					ok++
				}
			}
		}
		if n >= 5 && floor == 0 {
			floor = t
		}
		if n >= 5 && float64(ok)/float64(n) < 0.5 {
			th = t
		}
	}
	return max(th, floor)
}

func writeWeights(w [nF]float64, th float64, nDerived, nTune int) {
	var b strings.Builder
	b.WriteString("package geo\n\n// Code generated by go run ./internal/geo/fit -write; DO NOT EDIT.\n\n")
	fmt.Fprintf(&b, "// Weights are the scorer's weights, in the order of FeatureNames, fitted on\n// %d derived pairs and %d annotated tune entities.\n", nDerived, nTune)
	b.WriteString("var Weights = [nFeatures]float64{\n")
	for k, name := range geo.FeatureNames {
		fmt.Fprintf(&b, "\t%.4f, // %s\n", w[k], name)
	}
	b.WriteString("}\n\n// Threshold is the least softmax probability of the best candidate for which\n// an entity is given a place (see ./fit: below it, places were right less\n// than half the time, or too few were measured).\n")
	fmt.Fprintf(&b, "var Threshold = %.2f\n", th)
	src, err := format.Source([]byte(b.String()))
	if err != nil {
		log.Fatal(err)
	}
	if err := os.WriteFile("internal/geo/weights.go", src, 0o644); err != nil {
		log.Fatal(err)
	}
	log.Print("wrote internal/geo/weights.go")
}

var _ = contract.GPE

func init() {
	if os.Getenv("GEOFIT_DUMP") != "" {
		dump = true
	}
}

var dump bool
