// Command train fits the casualty fallback's linear model (internal/figure,
// fallback.go) on annotated news and writes its weights:
//
//	python3 eval/join.py ../shared/eval /tmp/nj
//	go run ./internal/figure/train -gold /tmp/nj/tune.jsonl -out internal/figure/fallback.weights
//
// The gold is the scorer's format (score/numbers.py: per article "id",
// "text" and "casualties" with code-point offsets). Each article is parsed
// as newsparse parses it; every candidate the fallback proposes beside the
// grammar's casualties is labelled right when it overlaps a gold casualty
// no grammar casualty overlaps, with the gold's kind and count. The model is
// logistic regression; its threshold is the one that gives the best
// casualty F1 over the articles when each is scored by a model trained on
// the other folds (folds by a hash of the article id), so the threshold is
// chosen on articles the weights did not see. Use the tune split only.
//
// It reports the grammar's F1 over the tune articles, the F1 with the
// fallback's cross-validated candidates above that threshold, and their
// average precision (how well the scores rank the right ones first); -dump
// prints every candidate with its label and the gold the grammar leaves
// (FREE), -cvdump FILE every candidate with its cross-validated score.
// -repeats N averages the cross-validated F1 and average precision over N
// assignments of the articles to folds, a steadier figure for comparing
// features than the one assignment, and gives the best mean F1 at one
// threshold for all assignments. -drop PREFIXES leaves features out (an
// ablation), -cands FILE writes per article the grammar's casualties and
// the candidates for eval/caserrors.py, which sorts the errors into kinds.
// -curve FRACS prints a learning curve: the -repeats figures when each
// fold's model is fitted on that fraction of the other folds' articles (a
// sample by a hash of the id, drawn anew per assignment) and every article
// is scored; -frac fits on one fraction. -grid prints the mean F1 at each
// threshold of the grid.
// The trainer refuses an article of the check split (checkArticle): fit
// and read errors on tune alone.
// On the 460 tune articles: grammar F1 0.8947, with the fallback 0.9032 at
// threshold 0.305, average precision 0.332 (1621 candidates, 88 right);
// over 10 assignments 0.8995 and 0.301 (the words of closed classes kept
// and the others shaped: before, 0.9003 and 0.287 over 5). -all: 0.8966
// over 5 assignments, average precision 0.250 over the words the grammar
// leaves; -all -sep 0.8417 (fitted on every casualty word's candidate,
// those the grammar reads too: tried at df86cca, removed after). On the 513
// tune articles with the victim's class (vk=) and the gates on a known
// thing and a wished harm: grammar F1 0.8845, over 10 assignments 0.8898
// and average precision 0.314 (without them 0.8897 and 0.312).
// At 1519554 (513 articles, 104 right): over 30 assignments 0.8899 and
// 0.323. Tried and left out, none beyond noise (about 0.001 F1, 0.01
// average precision over 30 assignments): the casualty word's part of
// speech by prose's tags, alone and with its kind (with those below: 0.8881
// and 0.301); the class (person, name, pronoun, thing) of its possessor
// ("his death", "the boy's killer") and of the filler of its "of" ("the
// shooting death of a teenager": 7 of 20 such candidates right, too few to
// weigh); the nearest victim phrase after it; the nearest listed casualty
// beside it in tokens and what links them ("shot and killed", "where he
// died"); a compound noun or a word of charge ("murder charges", "charged
// with murder"); the article's number of candidates and a repeated word; a
// listed victim's name within ten tokens (245 candidates, 6% right, the
// rate of all); a casualty the grammar reads at the word and the listing
// drops; conjunctions of the kind or the word with position, voice, victim
// class, neighbours and the nearest listed casualty; the average of 10 or
// 30 regressions fitted on resampled articles; a right candidate weighing 2
// or 3 (0.8880, 0.8873); L2 0.02 to 0.2 and 5 to 30 passes (0.8885 to
// 0.8907 over 10); soft labels for candidates over a free gold of another
// kind or count (0.8900 and 0.316 at 0.3). A figure that counts a plural
// casualty noun over its modifiers ("1.1 million Hutu refugees", two more
// right candidates) with the "of" features gave 0.8896 and the check
// figure fell: removed. Out of fold, 24 right and 12 false candidates score
// 0.25 or more, 41 and 62 score 0.10 or more: the mean F1 curve is flat from
// 0.25 to 0.30 and falls below 0.20. Of the 1585 false candidates, 1398
// overlap no gold, 123 a gold a listed casualty matches ("was shot and
// killed" read as "killed"), 64 a free gold of another kind or count.
// On the 696 tune articles (2245 candidates, 139 right): grammar F1
// 0.8653; over 30 assignments 0.8706 and average precision 0.302, the mean
// F1 curve highest at 0.45 to 0.475 (flat from 0.40 to 0.60, 0.8655 at
// 0.30): the threshold falls as the fitted articles grow (0.93, 0.63, 0.55,
// 0.45, 0.475 at the fractions below). Learning curve over 40 assignments
// (-curve; fraction of the other folds fitted on: mean F1, average
// precision): 0.2 0.8661 0.179; 0.4 0.8672 0.230; 0.6 0.8684 0.265; 0.8
// 0.8692 0.284; 1.0 0.8704 0.299. Each step adds 0.0008 to 0.0012 F1
// (paired over the assignments, standard error 0.0002) and 0.051, 0.035,
// 0.019, 0.015 average precision: still rising, the F1 about linearly.
// The retrain's threshold left "mauled to death a six-year-old boy" at
// 0.43: its "to" was the infinitive's feature ("to kill", "to detain":
// mostly false, more of them in the new articles), so the "to" of "to
// death" is its own feature (todeath): noise in the CV (0.8707 and 0.305
// before). Tried at 696 and left out: other readings of the words the
// grammar reads (the candidates of covered words whose kind or count
// differs, replacing the grammar's reading above a threshold of their own
// model: 483, of which 17 right, mostly "shot" killed or injured, and 433
// replace a right reading; average precision 0.070, best F1 the grammar's);
// the "of" filler's and possessor's class again (of=, poss=: 5 of 40 and 6
// of 105 right; 0.8706 and 0.301); L2 0.01 to 0.12 (0.8701 to 0.8706,
// average precision 0.311 to 0.285); a right candidate weighing 1.5, 2 or
// 3 (0.8699, 0.8694, 0.8687).
package main

import (
	"bufio"
	"crypto/sha1"
	"encoding/hex"
	"encoding/json"
	"flag"
	"fmt"
	"hash/fnv"
	"math"
	"os"
	"sort"
	"strconv"
	"strings"

	"github.com/newsparse/newsparse/internal/contract"
	"github.com/newsparse/newsparse/internal/entity"
	"github.com/newsparse/newsparse/internal/figure"
	"github.com/newsparse/newsparse/internal/geo"
	"github.com/newsparse/newsparse/internal/textdoc"
)

// goldCasualty is a gold casualty of the scorer's format.
type goldCasualty struct {
	Start int      `json:"start"`
	End   int      `json:"end"`
	Kind  string   `json:"kind"`
	Count *float64 `json:"count"`
}

// article is one annotated article with its candidates.
type article struct {
	ID         string         `json:"id"`
	Text       string         `json:"text"`
	Casualties []goldCasualty `json:"casualties"`
	fold       int
	cands      []figure.Candidate
	listed     []contract.Casualty // the grammar's casualties
	labels     []bool
	tp, fp, fn int // the grammar's own casualties against the gold
	free       []string
}

func main() {
	goldPath := flag.String("gold", "", "gold JSON Lines (the tune split of eval/join.py)")
	out := flag.String("out", "", "weights file to write (stdout when empty)")
	folds := flag.Int("folds", 5, "cross-validation folds for the threshold")
	epochs := flag.Int("epochs", 10, "passes of stochastic gradient descent")
	l2 := flag.Float64("l2", 0.05, "L2 penalty")
	dump := flag.Bool("dump", false, "print every candidate with its label and stop")
	repeats := flag.Int("repeats", 1, "fold assignments (by a salted hash of the article id) to average the cross-validated F1 over")
	cvdump := flag.String("cvdump", "", "file to write every candidate's cross-validated score, label and text to")
	drop := flag.String("drop", "", "comma-separated feature prefixes to leave out (an ablation: -drop prev=,next=)")
	cands := flag.String("cands", "", "file to write, per article, the grammar's casualties and the fallback's candidates with byte offsets (for eval/caserrors.py)")
	grid := flag.Bool("grid", false, "with -repeats, print the mean cross-validated F1 at each threshold of the grid k/40")
	curve := flag.String("curve", "", "comma-separated fractions: print the -repeats cross-validated figures fitted on each (as -frac) and stop")
	frac := flag.Float64("frac", 1, "fit on this fraction of the articles (by a hash of the id; nested: 0.4 is inside 0.6), scoring every article out of fold (a learning curve)")
	flag.Parse()
	if *goldPath == "" {
		fmt.Fprintln(os.Stderr, "train: -gold is required")
		os.Exit(2)
	}
	arts, err := load(*goldPath, *folds)
	if err != nil {
		fmt.Fprintln(os.Stderr, "train:", err)
		os.Exit(1)
	}
	dropFeatures(arts, *drop)
	if *cands != "" {
		if err := writeCands(arts, *cands); err != nil {
			fmt.Fprintln(os.Stderr, "train:", err)
			os.Exit(1)
		}
	}
	if id := checkArticle(arts); id != "" {
		fmt.Fprintf(os.Stderr, "train: %s is an article of the check split (eval/join.py): fit on tune.jsonl alone (-cands is written, nothing else)\n", id)
		os.Exit(1)
	}
	if *dump {
		for _, a := range arts {
			for _, x := range a.free {
				fmt.Println(x)
			}
			for c, cand := range a.cands {
				fmt.Printf("%v\t%s\t%s %g\t%q\t%v\n", a.labels[c], a.ID, cand.Kind, cand.Count, a.Text[cand.Start:cand.End], cand.Features)
			}
		}
		return
	}
	o := opts{folds: *folds, epochs: *epochs, l2: *l2, frac: *frac}
	if *curve != "" {
		learningCurve(arts, *curve, *repeats, o)
		return
	}
	scored, lines := crossScores(arts, o)
	if *cvdump != "" {
		sort.Sort(sort.Reverse(sort.StringSlice(lines)))
		if err := os.WriteFile(*cvdump, []byte(strings.Join(lines, "")), 0o644); err != nil {
			fmt.Fprintln(os.Stderr, "train:", err)
			os.Exit(1)
		}
	}
	tp, fp, fn := 0, 0, 0
	for _, a := range arts {
		tp, fp, fn = tp+a.tp, fp+a.fp, fn+a.fn
	}
	th, f1, f0 := bestThreshold(scored, tp, fp, fn)
	fmt.Fprintf(os.Stderr, "train: %d articles, %d candidates, %d right; grammar F1 %.4f, with the fallback (cross-validated) %.4f at threshold %.3f; average precision %.3f\n",
		len(arts), len(scored), countTrue(scored), f0, f1, th, avgPrecision(scored))
	if *repeats > 1 {
		mf, ma, curve := repeatedCV(arts, *repeats, o, tp, fp, fn)
		ct, cf := bestOnCurve(curve)
		if *grid {
			for g, v := range curve {
				fmt.Fprintf(os.Stderr, "%.3f %.4f\n", float64(g+1)/40, v)
			}
		}
		fmt.Fprintf(os.Stderr, "train: over %d fold assignments, mean cross-validated F1 %.4f (each at its best threshold), mean average precision %.3f; at one threshold for all, the best mean F1 is %.4f at %.3f\n",
			*repeats, mf, ma, cf, ct)
	}
	m := fit(arts, func(a *article) bool { return inSample(a.ID, o.frac, o.salt) }, o)
	m.threshold = th
	if err := write(m, *out); err != nil {
		fmt.Fprintln(os.Stderr, "train:", err)
		os.Exit(1)
	}
}

// learningCurve prints, for each comma-separated fraction of fracs, how
// many articles the fraction holds and the cross-validated F1 and average
// precision over repeats fold assignments when the models are fitted on
// that fraction of the other folds; every article is scored.
func learningCurve(arts []*article, fracs string, repeats int, o opts) {
	tp, fp, fn := 0, 0, 0
	for _, a := range arts {
		tp, fp, fn = tp+a.tp, fp+a.fp, fn+a.fn
	}
	for _, s := range strings.Split(fracs, ",") {
		v, err := strconv.ParseFloat(strings.TrimSpace(s), 64)
		if err != nil {
			fmt.Fprintln(os.Stderr, "train: -curve:", err)
			os.Exit(2)
		}
		o.frac = v
		n, right := 0, 0
		for _, a := range arts {
			if inSample(a.ID, v, 0) {
				n++
				for _, l := range a.labels {
					if l {
						right++
					}
				}
			}
		}
		mf, ma, c := repeatedCV(arts, max(repeats, 1), o, tp, fp, fn)
		ct, cf := bestOnCurve(c)
		fmt.Printf("frac %.2f: %d articles (%d right candidates, first sample); mean CV F1 %.4f, average precision %.3f; one threshold: %.4f at %.3f\n", v, n, right, mf, ma, cf, ct)
	}
}

// opts are the trainer's settings: folds, passes and L2 penalty.
type opts struct {
	folds, epochs int
	l2            float64
	frac          float64 // the fraction of the articles fitted on (inSample)
	salt          int     // the fold assignment, which also draws the sample
}

// inSample reports whether an article is among the fraction frac fitted on:
// a hash of its id salted with the fold assignment r, so for one r a
// smaller fraction's articles are among a larger's, and repeated assignments
// average over samples too.
func inSample(id string, frac float64, r int) bool {
	if frac >= 1 {
		return true
	}
	h := fnv.New32a()
	fmt.Fprintf(h, "sample#%d#%s", r, id)
	return float64(h.Sum32()%1000) < frac*1000
}

// crossScores returns every candidate's score by a model fitted on the
// other folds (their articles in the sample of o.frac), and a line per
// candidate for -cvdump.
func crossScores(arts []*article, o opts) ([]scoredCand, []string) {
	var scored []scoredCand
	var lines []string
	for k := 0; k < o.folds; k++ {
		m := fit(arts, func(a *article) bool { return a.fold != k && inSample(a.ID, o.frac, o.salt) }, o)
		for _, a := range arts {
			if a.fold != k {
				continue
			}
			for c, cd := range a.cands {
				p := m.score(cd.Features)
				scored = append(scored, scoredCand{p, a.labels[c]})
				lines = append(lines, fmt.Sprintf("%.3f\t%v\t%s\t%s %g\t%q\t%v\n", p, a.labels[c], a.ID, cd.Kind, cd.Count, a.Text[cd.Start:cd.End], cd.Features))
			}
		}
	}
	return scored, lines
}

// repeatedCV returns the cross-validated F1 (over the grammar's tp, fp and
// fn) and average precision, each averaged over n assignments of the
// articles to folds: the first by the hash of the id, the others by the
// hash of the id salted with the assignment's number. The first stays.
func repeatedCV(arts []*article, n int, o opts, tp, fp, fn int) (float64, float64, []float64) {
	sumF, sumA := 0.0, 0.0
	curve := make([]float64, 39)
	for r := 0; r < n; r++ {
		for _, a := range arts {
			a.fold = foldOf(a.ID, r, o.folds)
		}
		o.salt = r
		scored, _ := crossScores(arts, o)
		_, f1, _ := bestThreshold(scored, tp, fp, fn)
		sumF, sumA = sumF+f1, sumA+avgPrecision(scored)
		for g := range curve {
			curve[g] += f1At(scored, float64(g+1)/40, tp, fp, fn) / float64(n)
		}
	}
	for _, a := range arts {
		a.fold = foldOf(a.ID, 0, o.folds)
	}
	return sumF / float64(n), sumA / float64(n), curve
}

// bestOnCurve returns the threshold of the grid (k+1)/40 whose mean
// cross-validated F1 (curve, from repeatedCV) is highest, and that F1.
func bestOnCurve(curve []float64) (float64, float64) {
	best := 0
	for g, v := range curve {
		if v > curve[best] {
			best = g
		}
	}
	return float64(best+1) / 40, curve[best]
}

// foldOf returns the fold of an article: a hash of its id, salted with r
// when r > 0.
func foldOf(id string, r, folds int) int {
	h := fnv.New32a()
	h.Write([]byte(id))
	if r > 0 {
		fmt.Fprintf(h, "#%d", r)
	}
	return int(h.Sum32() % uint32(folds))
}

// load reads the gold and parses every article, labelling its candidates.
func load(path string, folds int) ([]*article, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var arts []*article
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<26)
	for sc.Scan() {
		if strings.TrimSpace(sc.Text()) == "" {
			continue
		}
		a := &article{}
		if err := json.Unmarshal(sc.Bytes(), a); err != nil {
			return nil, err
		}
		a.fold = foldOf(a.ID, 0, folds)
		prepare(a)
		arts = append(arts, a)
	}
	return arts, sc.Err()
}

// prepare parses an article as newsparse does and labels its candidates.
func prepare(a *article) {
	d := textdoc.Analyze(a.Text)
	ents := geo.Resolve(d, entity.Extract(d))
	f := figure.New(d, ents)
	listed := f.GrammarCasualties()
	a.listed = listed
	b := byteOffsets(a.Text)
	gold := make([]goldCasualty, len(a.Casualties))
	for k, g := range a.Casualties {
		g.Start, g.End = b[g.Start], b[g.End]
		gold[k] = g
	}
	a.tp, a.fp, a.fn = match(gold, listed)
	free := make([]bool, len(gold)) // gold no grammar casualty overlaps
	for k, g := range gold {
		free[k] = true
		for _, c := range listed {
			if c.Start < g.End && g.Start < c.End {
				free[k] = false
			}
		}
	}
	a.cands = f.Candidates(listed)
	for k, g := range gold {
		if free[k] {
			var over []string
			for _, c := range a.cands {
				if c.Start < g.End && g.Start < c.End {
					over = append(over, fmt.Sprintf("%s/%g/%q", c.Kind, c.Count, a.Text[c.Start:c.End]))
				}
			}
			cnt := "null"
			if g.Count != nil {
				cnt = strconv.FormatFloat(*g.Count, 'g', -1, 64)
			}
			a.free = append(a.free, fmt.Sprintf("FREE %s %s %q <- %v", g.Kind, cnt, a.Text[g.Start:g.End], over))
		}
	}
	a.labels = make([]bool, len(a.cands))
	for c, cand := range a.cands {
		for k, g := range gold {
			if free[k] && cand.Start < g.End && g.Start < cand.End && g.Kind == cand.Kind && g.Count != nil && *g.Count == cand.Count {
				a.labels[c] = true
			}
		}
	}
}

// match counts the grammar's casualties against the gold as the scorer does:
// a gold item matches an unused prediction it overlaps, right when kind and
// count agree.
func match(gold []goldCasualty, pred []contract.Casualty) (tp, fp, fn int) {
	used := make([]bool, len(pred))
	for _, g := range gold {
		hit := -1
		for k, p := range pred {
			if !used[k] && p.Start < g.End && g.Start < p.End {
				hit = k
				if right(g, p) {
					break
				}
			}
		}
		if hit < 0 {
			fn++
			continue
		}
		used[hit] = true
		if right(g, pred[hit]) {
			tp++
		} else {
			fn++
			fp++
		}
	}
	for _, u := range used {
		if !u {
			fp++
		}
	}
	return tp, fp, fn
}

// right reports a prediction of the gold's kind and count; a gold count
// null is right only for a prediction whose count is unstated.
func right(g goldCasualty, p contract.Casualty) bool {
	if g.Count == nil || p.Unstated {
		return g.Count == nil && p.Unstated && g.Kind == string(p.Kind)
	}
	return g.Kind == string(p.Kind) && math.Abs(*g.Count-p.Count) <= 0.005*math.Max(math.Abs(*g.Count), math.Abs(p.Count))
}

// byteOffsets maps code-point offsets of text to byte offsets.
func byteOffsets(text string) []int {
	b := make([]int, 0, len(text)+1)
	for i := range text {
		b = append(b, i)
	}
	return append(b, len(text))
}

// model is logistic regression over string features.
type model struct {
	w         map[string]float64
	bias      float64
	threshold float64
}

func (m *model) score(feats []string) float64 {
	s := m.bias
	for _, f := range feats {
		s += m.w[f]
	}
	return 1 / (1 + math.Exp(-s))
}

// fit trains a model on the candidates of the articles in.
func fit(arts []*article, in func(*article) bool, o opts) *model {
	epochs, l2 := o.epochs, o.l2
	m := &model{w: map[string]float64{}}
	type ex struct {
		feats []string
		y     float64
	}
	var data []ex
	for _, a := range arts {
		if !in(a) {
			continue
		}
		cands, labels := a.cands, a.labels
		for c := range cands {
			y := 0.0
			if labels[c] {
				y = 1
			}
			data = append(data, ex{cands[c].Features, y})
		}
	}
	for e := 0; e < epochs; e++ {
		lr := 0.2 / (1 + float64(e)*0.2)
		for _, x := range data { // a fixed order: the same data gives the same weights
			g := x.y - m.score(x.feats)
			m.bias += lr * g
			for _, f := range x.feats {
				m.w[f] += lr * (g - l2*m.w[f])
			}
		}
	}
	return m
}

// scoredCand is a candidate's cross-validated score and label.
type scoredCand struct {
	p     float64
	right bool
}

func countTrue(s []scoredCand) int {
	n := 0
	for _, c := range s {
		if c.right {
			n++
		}
	}
	return n
}

// bestThreshold returns the threshold that gives the best F1 when the
// candidates scoring at or above it join the grammar's tp, fp and fn, that
// F1, and the grammar's own.
func bestThreshold(s []scoredCand, tp, fp, fn int) (float64, float64, float64) {
	f1 := func(tp, fp, fn int) float64 { return 2 * float64(tp) / float64(2*tp+fp+fn) }
	sort.Slice(s, func(a, b int) bool { return s[a].p > s[b].p })
	base := f1(tp, fp, fn)
	best, th := base, 1.01
	a, b := 0, 0
	for k, c := range s {
		if c.right {
			a++
		} else {
			b++
		}
		if k+1 < len(s) && s[k+1].p == c.p {
			continue
		}
		if v := f1(tp+a, fp+b, fn-a); v > best {
			best, th = v, c.p
		}
	}
	return th, best, base
}

// write writes the model's weights, the non-zero ones sorted by feature.
func write(m *model, path string) error {
	var b strings.Builder
	fmt.Fprintf(&b, "bias %.6f\nthreshold %.6f\n", m.bias, m.threshold)
	keys := make([]string, 0, len(m.w))
	for f, v := range m.w {
		if math.Abs(v) >= 1e-4 && !strings.ContainsAny(f, " \t\n") {
			keys = append(keys, f)
		}
	}
	sort.Strings(keys)
	for _, f := range keys {
		fmt.Fprintf(&b, "%s %.4f\n", f, m.w[f])
	}
	if path == "" {
		_, err := os.Stdout.WriteString(b.String())
		return err
	}
	return os.WriteFile(path, []byte(b.String()), 0o644)
}

// avgPrecision returns the average precision of the scored candidates
// ranked by score: how well the scores put the right ones first.
func avgPrecision(s []scoredCand) float64 {
	sort.SliceStable(s, func(a, b int) bool { return s[a].p > s[b].p })
	sum, right := 0.0, 0
	for k, c := range s {
		if c.right {
			right++
			sum += float64(right) / float64(k+1)
		}
	}
	if right == 0 {
		return 0
	}
	return sum / float64(right)
}

// writeCands writes, per article, its id, the grammar's casualties and the
// fallback's candidates, each with byte offsets, kind and count.
func writeCands(arts []*article, path string) error {
	type item struct {
		Start int     `json:"start"`
		End   int     `json:"end"`
		Kind  string  `json:"kind"`
		Count float64 `json:"count"`
	}
	var b strings.Builder
	for _, a := range arts {
		rec := struct {
			ID      string `json:"id"`
			Grammar []item `json:"grammar"`
			Cands   []item `json:"cands"`
		}{ID: a.ID, Grammar: []item{}, Cands: []item{}}

		for _, c := range a.listed {
			rec.Grammar = append(rec.Grammar, item{c.Start, c.End, string(c.Kind), c.Count})
		}
		for _, c := range a.cands {
			rec.Cands = append(rec.Cands, item{c.Start, c.End, c.Kind, c.Count})
		}
		line, err := json.Marshal(rec)
		if err != nil {
			return err
		}
		b.Write(line)
		b.WriteByte('\n')
	}
	return os.WriteFile(path, []byte(b.String()), 0o644)
}

// dropFeatures removes from every candidate the features that open with
// one of the comma-separated prefixes of drop.
func dropFeatures(arts []*article, drop string) {
	if drop == "" {
		return
	}
	prefixes := strings.Split(drop, ",")
	for _, a := range arts {
		dropIn(a.cands, prefixes)
	}
}

// dropIn removes from each candidate the features that open with one of
// prefixes.
func dropIn(cands []figure.Candidate, prefixes []string) {
	{
		for c := range cands {
			var kept []string
			for _, f := range cands[c].Features {
				gone := false
				for _, p := range prefixes {
					gone = gone || p != "" && strings.HasPrefix(f, p)
				}
				if !gone {
					kept = append(kept, f)
				}
			}
			cands[c].Features = kept
		}
	}
}

// f1At returns the F1 when the candidates scoring at or above th join the
// grammar's tp, fp and fn.
func f1At(s []scoredCand, th float64, tp, fp, fn int) float64 {
	for _, c := range s {
		if c.p < th {
			continue
		}
		if c.right {
			tp, fn = tp+1, fn-1
		} else {
			fp++
		}
	}
	return 2 * float64(tp) / float64(2*tp+fp+fn)
}

// checkArticle returns the id of the first article that eval/join.py puts
// in the check split (the first eight hex digits of the SHA-1 of its
// "corpus:id", mod 10, 7 or more), or "" when all are tune articles: the
// model is fitted, and its errors read, on tune alone.
func checkArticle(arts []*article) string {
	for _, a := range arts {
		sum := sha1.Sum([]byte(a.ID))
		v, err := strconv.ParseUint(hex.EncodeToString(sum[:4]), 16, 32)
		if err == nil && v%10 >= 7 {
			return a.ID
		}
	}
	return ""
}
