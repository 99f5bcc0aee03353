// Command train fits the speaker model of internal/speaker on PolNeAR
// train's fit part and, with -extra, on the tune part of the project's own
// BBC+GVDB annotation, and reports it on PolNeAR train's tune part.
//
// Reproduce the committed model (from the module root; deterministic):
//
//	python3 eval/quotes/join.py ../shared/eval /tmp/qo
//	go run ./internal/speaker/train -data ../shared/eval/quotes/polnear-train.jsonl \
//	    -extra /tmp/qo/tune.jsonl -extra-weight 4 -out internal/speaker/model.txt
//
// Without -extra the model is fitted on PolNeAR fit alone.
//
// PolNeAR train is split once by a hash of the article id, as
// eval/quotesplit.py does: about 75% fit (the model is trained on it), 25%
// tune (the accuracy printed: how often the chosen candidate is right, for
// the rules' choice and for the model). PolNeAR dev is never read here.
//
// -extra reads a file in the Gender Gap Tracker form (quote_span,
// speaker_span, reference; eval/quotes/join.py writes it) and fits on its
// articles of the tune part only: the articles of the check part, by the
// join's hash of "corpus:id", are skipped, so that all.jsonl may be given
// too. -extra-weight weighs each of its quotations against a PolNeAR one;
// 4 was chosen by
//
//	go run ./internal/speaker/train -extra /tmp/qo/tune.jsonl -extra-weight W -extra-cv 5
//
// which trains on PolNeAR fit and four fifths of the extra articles and
// counts the judged quotations of the fifth left out that the model gets
// right (at 6a7237a, of 527: rules 493, PolNeAR fit alone 490, weight 1
// 492, 2 494, 4 495, 8 494); with -diag it lists the held-out quotations
// the model gets wrong.
//
// A quotation's candidates come from internal/quote (RankCandidates); only
// quotations that are output and match a gold one count. A candidate is
// right when its name or mention shares the gold speaker's surname, as
// ../shared/eval/score/quotes.py judges speakers, or, for a pronoun source,
// when it overlaps the gold source span. In the Gender Gap Tracker form the
// gold speaker is the resolved reference; when no candidate shares its
// surname (or it has none), the candidate that overlaps the gold speaker
// span is right.
//
// The defaults (30 epochs, rate 0.05, L2 0.01, feature pairs, 5 bags
// averaged) were chosen by cross-validation over all of train:
//
//	go run ./internal/speaker/train -cv 5
//
// reports, over 5 folds by a hash of the id, how often the rules' choice and
// the model's are right, all quotations and those the scorer judges (at
// 99f9e13: judged 4,520, rules 4,243, model 4,328). -diag lists the tune
// quotations the model gets wrong while a candidate was right.
package main

import (
	"bufio"
	"crypto/sha1"
	"encoding/hex"
	"encoding/json"
	"flag"
	"fmt"
	"log"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/newsparse/newsparse/internal/entity"
	"github.com/newsparse/newsparse/internal/quote"
	"github.com/newsparse/newsparse/internal/speaker"
	"github.com/newsparse/newsparse/internal/textdoc"
)

type article struct {
	ID           string `json:"id"`
	Text         string `json:"text"`
	Attributions []struct {
		Source struct {
			Spans [][2]int `json:"spans"`
			Text  string   `json:"text"`
		} `json:"source"`
		Content struct {
			Spans [][2]int `json:"spans"`
		} `json:"content"`
		QuoteKind string `json:"quote_kind"`
	} `json:"attributions"`
}

// gold is one gold quotation, in bytes.
type gold struct {
	s, e   int
	ss, se int    // source span (-1 when none)
	src    string // the source's words
	// resolved: the Gender Gap Tracker form, whose ref is whom the source
	// refers to ("he" resolved to a name); empty when unresolved
	resolved bool
	ref      string
}

// options are the trainer's flags.
type options struct {
	data, out   string
	extra       files   // files in the Gender Gap Tracker form, tune part only
	extraWeight float64 // the weight of their examples
	whole       files   // tune sets in that form, taken whole
	wholeWeight float64 // the weight of their examples
	extraCV     int     // folds of the extra data to cross-validate over
	epochs      int
	rate, l2    float64
	pairs, diag bool
	bags, cv    int
}

// files is a repeatable flag: each use adds a path.
type files []string

func (f *files) String() string { return strings.Join(*f, ",") }

// Set adds a path.
func (f *files) Set(path string) error {
	*f = append(*f, path)
	return nil
}

func (o *options) train() speaker.TrainOptions {
	return speaker.TrainOptions{Epochs: o.epochs, Rate: o.rate, L2: o.l2, Pairs: o.pairs, Bags: o.bags}
}

// corpus is PolNeAR train read into examples: the fit and tune parts, and
// every article's examples with its fold for cross-validation.
type corpus struct {
	fit, tune   []speaker.Example
	fitN, tuneN int
	// extras are the sets of -extra and -extra-whole, in the order given
	extras   []*extraSet
	all      [][]speaker.Example
	folds    []int
	tuneInfo []string
}

func main() {
	var o options
	flag.StringVar(&o.data, "data", "../shared/eval/quotes/polnear-train.jsonl", "PolNeAR train (JSON Lines)")
	flag.Var(&o.extra, "extra", "also fit on the tune part of this file in the Gender Gap Tracker form (eval/quotes/join.py's tune.jsonl; check articles are skipped); repeatable")
	flag.Float64Var(&o.extraWeight, "extra-weight", 4, "the weight of each -extra example against a PolNeAR one (0: cross-validated over, never fitted on)")
	flag.Var(&o.whole, "extra-whole", "also fit on every article of this tune set in the Gender Gap Tracker form (eval/quotes/synthetic/synth-a, c or e; never b, d, f or g, which are refused); repeatable")
	flag.Float64Var(&o.wholeWeight, "extra-whole-weight", 4, "the weight of each -extra-whole example against a PolNeAR one (0: cross-validated over, never fitted on)")
	flag.IntVar(&o.extraCV, "extra-cv", 0, "cross-validate the -extra data with this many folds (PolNeAR fit always trained on) and report, instead of training")
	flag.StringVar(&o.out, "out", "", "where to write the model (nothing written when empty)")
	flag.IntVar(&o.epochs, "epochs", 30, "passes over the fit part")
	flag.Float64Var(&o.rate, "rate", 0.05, "step size")
	flag.Float64Var(&o.l2, "l2", 1e-2, "weight decay")
	flag.BoolVar(&o.pairs, "pairs", true, "learn a weight per pair of features")
	flag.IntVar(&o.bags, "bags", 5, "average this many models, each trained without one part of the data")
	flag.IntVar(&o.cv, "cv", 0, "cross-validate over all of train with this many folds (by a hash of the id) and report, instead of training")
	flag.BoolVar(&o.diag, "diag", false, "print the tune quotations the model gets wrong while a candidate is right")
	flag.Parse()
	log.SetFlags(0)

	c := readCorpus(o.data, o.cv)
	for i, path := range append(o.extra[:len(o.extra):len(o.extra)], o.whole...) {
		whole, weight := i >= len(o.extra), o.extraWeight
		if whole {
			weight = o.wholeWeight
		}
		x, err := readExtra(path, whole, weight)
		if err != nil {
			log.Fatal(err)
		}
		c.extras = append(c.extras, x)
	}
	for _, x := range c.extras {
		log.Printf("%s: %d articles, %d quotations, weight %g; %d check articles skipped", x.path, len(x.ids), len(x.examples()), x.weight, x.skipped)
	}
	names := quote.RankFeatureNames()
	if o.cv > 1 {
		crossValidate(&o, c, names)
		return
	}
	if o.extraCV > 1 {
		extraCV(&o, c, names)
		return
	}
	m := speaker.Train(names, append(c.fit[:len(c.fit):len(c.fit)], c.fitted()...), o.train())
	w := m.Scorer(names)
	report := reportOf(c, w)
	if o.diag {
		diagGates(c, w)
		diagJudged(c.tune, w)
	}
	fmt.Println(report)
	if o.diag {
		diagWrong(c, w, names)
	}
	if o.out != "" {
		cmd := "go run ./internal/speaker/train -data polnear-train.jsonl"
		if len(o.extra) > 0 {
			cmd = "python3 eval/quotes/join.py ../shared/eval DIR; " + cmd
		}
		for _, x := range c.extras {
			if x.whole {
				cmd += " -extra-whole " + x.path
			} else {
				cmd += " -extra DIR/" + filepath.Base(x.path)
			}
		}
		if len(o.extra) > 0 {
			cmd += fmt.Sprintf(" -extra-weight %g", o.extraWeight)
		}
		if len(o.whole) > 0 {
			cmd += fmt.Sprintf(" -extra-whole-weight %g", o.wholeWeight)
		}
		cmd += " -out internal/speaker/model.txt"
		header := "speaker model: " + cmd + "\n" +
			fmt.Sprintf("epochs %d, rate %g, l2 %g, pairs %v, bags %d\n", o.epochs, o.rate, o.l2, o.pairs, o.bags) + report
		if err := os.WriteFile(o.out, []byte(m.Encode(header)), 0o644); err != nil {
			log.Fatal(err)
		}
	}
}

// reportOf returns how often the rules' choice and the model's are right
// on PolNeAR fit and tune and on the extra data.
func reportOf(c *corpus, w *speaker.Scorer) string {
	ruleFit, modelFit, nFit := accuracy(c.fit, w)
	ruleTune, modelTune, nTune := accuracy(c.tune, w)
	report := fmt.Sprintf("fit: %d articles, %d quotations with a right candidate: rules %.3f, model %.3f\n"+
		"tune: %d articles, %d quotations with a right candidate: rules %.3f, model %.3f",
		c.fitN, nFit, ruleFit, modelFit, c.tuneN, nTune, ruleTune, modelTune)
	for _, x := range c.extras {
		r, m, n := accuracy(x.examples(), w)
		how := "fitted on"
		if x.weight == 0 {
			how = "not fitted on"
		}
		report += fmt.Sprintf("\n%s (%s): %d articles, %d quotations with a right candidate: rules %.3f, model %.3f",
			filepath.Base(x.path), how, len(x.ids), n, r, m)
	}
	return report
}

// readCorpus reads PolNeAR train from path into examples, split into fit
// and tune, with folds of cv parts (at least one).
func readCorpus(path string, cv int) *corpus {
	f, err := os.Open(path)
	if err != nil {
		log.Fatal(err)
	}
	defer f.Close()
	c := &corpus{}
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 64<<20)
	for sc.Scan() {
		var a article
		if err := json.Unmarshal(sc.Bytes(), &a); err != nil {
			log.Fatal(err)
		}
		exs, info := examples(&a)
		c.all = append(c.all, exs)
		c.folds = append(c.folds, foldOf(a.ID, max(cv, 1)))
		if isTune(a.ID) {
			c.tune = append(c.tune, exs...)
			c.tuneInfo = append(c.tuneInfo, info...)
			c.tuneN++
		} else {
			c.fit = append(c.fit, exs...)
			c.fitN++
		}
	}
	if err := sc.Err(); err != nil {
		log.Fatal(err)
	}
	return c
}

// crossValidate trains on all folds but one in turn and prints how often
// the rules' choice and the model's are right on the fold left out.
func crossValidate(o *options, c *corpus, names []string) {
	var rr, mr, n, jr, jm, jn int
	for k := 0; k < o.cv; k++ {
		var tr, te []speaker.Example
		tr = append(tr, c.fitted()...)
		for i, exs := range c.all {
			if c.folds[i] == k {
				te = append(te, exs...)
			} else {
				tr = append(tr, exs...)
			}
		}
		m := speaker.Train(names, tr, o.train())
		w := m.Scorer(names)
		for _, ex := range te {
			if !anyRight(ex) {
				continue
			}
			best := bestOf(ex, w)
			n++
			rr += b2i(ex.Right[0])
			mr += b2i(ex.Right[best])
			if ex.Judged {
				// as the scorer judges: no speaker is wrong, and
				// without a rule the rules have none
				jn++
				jr += b2i(ex.HasRule && ex.Right[0])
				jm += b2i(ex.Right[best])
			}
		}
	}
	fmt.Printf("cv %d folds, bags %d, epochs %d rate %g l2 %g pairs %v: all %d rules %d model %d (%+d); judged %d rules %d model %d (%+d)\n",
		o.cv, o.bags, o.epochs, o.rate, o.l2, o.pairs, n, rr, mr, mr-rr, jn, jr, jm, jm-jr)
}

// anyRight reports whether one of the example's candidates is right.
func anyRight(ex speaker.Example) bool {
	for _, ok := range ex.Right {
		if ok {
			return true
		}
	}
	return false
}

// bestOf returns the index of the candidate w scores highest (the first of equals).
func bestOf(ex speaker.Example, w *speaker.Scorer) int {
	best, bs := 0, 0.0
	for i, x := range ex.X {
		if s := w.Score(x); i == 0 || s > bs {
			best, bs = i, s
		}
	}
	return best
}

// diagGates prints, for the rules' choices that a strong cue backs, how
// often the model overrides them.
func diagGates(c *corpus, w *speaker.Scorer) {
	tune, fit := c.tune, c.fit
	nc := 0
	for _, ex := range tune {
		nc += len(ex.X)
	}
	fmt.Printf("candidates per tune quotation: %.1f\n", float64(nc)/float64(len(tune)))
	names := quote.RankFeatureNames()
	idx := map[string]int{}
	for i, n := range names {
		idx[n] = i
	}
	for _, gate := range []string{"cue_after_own_punct", "cue_near", "said_after", "rule_in_sentence", "cue_before", "rule_cue", "sentence_0_said"} {
		var sel []speaker.Example
		changed := 0
		for _, ex := range tune {
			if ex.HasRule && ex.X[0][idx["rule"]] == 1 && ex.X[0][idx[gate]] == 1 && ex.X[0][idx["name"]] == 1 && ex.X[0][idx["person"]] == 1 {
				sel = append(sel, ex)
				if bestOf(ex, w) != 0 {
					changed++
				}
			}
		}
		fmt.Printf("gate %s person name: changed %d\n", gate, changed)
		// the classic "…," X said: cue right after, near, X a named person
		var sel2 []speaker.Example
		ch2 := 0
		for _, ex := range append(append([]speaker.Example(nil), tune...), fit...) {
			if classic(ex, idx) {
				sel2 = append(sel2, ex)
				if bestOf(ex, w) != 0 {
					ch2++
				}
			}
		}
		r2, m2, n2 := accuracy(sel2, w)
		fmt.Printf("classic cohort (all train, model fitted on fit): %d examples (%d with a right candidate), changed %d, rules %.4f model %.4f\n", len(sel2), n2, ch2, r2, m2)
		r, mm, n := accuracy(sel, w)
		fmt.Printf("gate %s: %d of %d tune examples, rules %.3f model %.3f\n", gate, n, len(tune), r, mm)
	}
}

// classic reports whether the rules' choice of ex is the classic "…," X
// said: a cue right after, near, X a named person or body, the only
// candidate a cue or its sentence backs.
func classic(ex speaker.Example, idx map[string]int) bool {
	x := ex.X[0]
	for _, y := range ex.X[1:] {
		if y[idx["cue_after_own_punct"]]+y[idx["cue_before"]]+y[idx["cue_after"]]+y[idx["sentence_0_subject"]] > 0 {
			return false
		}
	}
	return ex.HasRule && x[idx["cue_after_own_punct"]] == 1 && x[idx["tokens_3"]] == 1 && x[idx["name"]] == 1 && (x[idx["person"]] == 1 || x[idx["org"]] == 1) && x[idx["rule_in_sentence"]] == 1
}

// diagJudged prints how often the rules and the model are right on the
// tune quotations the scorer judges, and those no candidate gets right.
func diagJudged(tune []speaker.Example, w *speaker.Scorer) {
	var jn, jr, jm int
	for _, ex := range tune {
		if !ex.Judged {
			continue
		}
		jn++
		if !anyRight(ex) {
			continue
		}
		best := bestOf(ex, w)
		jr += b2i(ex.HasRule && ex.Right[0])
		jm += b2i(ex.Right[best])
	}
	fmt.Printf("tune judged %d: rules %d model %d\n", jn, jr, jm)
	for _, ex := range tune {
		if ex.Judged && !anyRight(ex) && len(ex.Label) > 0 {
			fmt.Printf("UNCOVERED %s\n", ex.Info)
		}
	}
}

// diagWrong prints the tune quotations the model gets wrong while a
// candidate is right, with the features of the right, the chosen and the
// rules' candidates.
func diagWrong(c *corpus, w *speaker.Scorer, names []string) {
	for k, ex := range c.tune {
		best := bestOf(ex, w)
		right := anyRight(ex)
		if ex.Right[best] || !right && !ex.Right[0] {
			if !right {
				fmt.Printf("NONE %s\n", c.tuneInfo[k])
			}
			continue
		}
		fmt.Printf("WRONG %s\n", c.tuneInfo[k])
		for i, x := range ex.X {
			mark := " "
			if ex.Right[i] {
				mark = "+"
			}
			if i == best {
				mark += "*"
			}
			var on []string
			for j, v := range x {
				if v != 0 {
					on = append(on, names[j])
				}
			}
			if ex.Right[i] || i == best || i == 0 {
				fmt.Printf("   %s %.2f %s %s\n", mark, w.Score(x), c.tuneInfo[k][:0]+ex.Label[i], strings.Join(on, ","))
			}
		}
	}
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

// foldOf returns an article's fold for cross-validation.
func foldOf(id string, k int) int {
	h := sha1.Sum([]byte("polnear-cv:" + id))
	v, _ := strconv.ParseUint(hex.EncodeToString(h[:4]), 16, 32)
	return int(v % uint64(k))
}

// isTune reports whether an article belongs to the tune part, as
// eval/quotesplit.py splits.
func isTune(id string) bool {
	h := sha1.Sum([]byte("polnear:" + id))
	v, _ := strconv.ParseUint(hex.EncodeToString(h[:4]), 16, 32)
	return v%4 == 0
}

// accuracy returns how often the rules' choice and the model's are right,
// over the examples with a right candidate.
func accuracy(exs []speaker.Example, w *speaker.Scorer) (rule, model float64, n int) {
	ruleIdx := 0 // the rules' choice comes first
	var r, m int
	for _, ex := range exs {
		any := false
		for _, ok := range ex.Right {
			any = any || ok
		}
		if !any {
			continue
		}
		n++
		if ex.Right[ruleIdx] {
			r++
		}
		best, bs := 0, 0.0
		for i, x := range ex.X {
			if s := w.Score(x); i == 0 || s > bs {
				best, bs = i, s
			}
		}
		if ex.Right[best] {
			m++
		}
	}
	if n == 0 {
		return 0, 0, 0
	}
	return float64(r) / float64(n), float64(m) / float64(n), n
}

var pronouns = map[string]bool{"he": true, "she": true, "they": true, "it": true, "we": true, "i": true, "you": true,
	"his": true, "her": true, "their": true, "him": true, "them": true, "us": true, "me": true}

// examples returns the training examples of one PolNeAR article: the
// candidates of each quotation matched to a gold one.
func examples(a *article) ([]speaker.Example, []string) {
	cp := cpToByte(a.Text)
	var golds []gold
	for _, at := range a.Attributions {
		if at.QuoteKind != "direct" && at.QuoteKind != "mixed" {
			continue
		}
		ss, se := -1, -1
		if len(at.Source.Spans) > 0 {
			ss, se = cp[at.Source.Spans[0][0]], cp[at.Source.Spans[0][1]]
		}
		for _, sp := range at.Content.Spans {
			for _, seg := range quotedSegments([]rune(a.Text), sp[0], sp[1]) {
				golds = append(golds, gold{s: cp[seg[0]], e: cp[seg[1]], ss: ss, se: se, src: at.Source.Text})
			}
		}
	}
	return matchExamples(a.ID, a.Text, golds)
}

// matchExamples returns the examples of the quotations of text matched to
// golds: per quotation, its candidates and which are right (rightOf).
func matchExamples(id, text string, golds []gold) ([]speaker.Example, []string) {
	d := textdoc.Analyze(text)
	sets := quote.RankCandidates(d, entity.Extract(d))
	var out []speaker.Example
	var info []string
	used := map[int]bool{}
	for _, g := range golds {
		best, bov := -1, 0
		for k, s := range sets {
			if used[k] {
				continue
			}
			ov := min(g.e, s.End) - max(g.s, s.Start)
			if ov > 0 && 2*ov >= g.e-g.s && 2*ov >= s.End-s.Start && ov > bov {
				best, bov = k, ov
			}
		}
		if best < 0 {
			continue
		}
		used[best] = true
		if !sets[best].Kept {
			continue // not output: its speaker is never seen
		}
		ex := speaker.Example{HasRule: sets[best].Rule}
		ex.Judged, ex.Right = rightOf(g, sets[best].Cands)
		for _, c := range sets[best].Cands {
			ex.X = append(ex.X, c.X)
			ex.Label = append(ex.Label, fmt.Sprintf("%q=%q", c.Text, c.Name))
		}
		q := text[sets[best].Start:sets[best].End]
		if len(q) > 70 {
			q = q[:70]
		}
		ex.Info = fmt.Sprintf("%s gold %q quote %q", id, g.src, q)
		out = append(out, ex)
		info = append(info, ex.Info)
	}
	return out, info
}

// rightOf returns whether the scorer judges gold g's speaker and which of
// the candidates are right. PolNeAR (no reference): a named source is
// matched by surname, a pronoun source by the span. With a resolved
// reference (the Gender Gap Tracker form): a candidate is right when its
// name or words share the reference's surname, as the scorer judges; when
// none does, or the reference is empty, the candidate whose mention
// overlaps the gold speaker span.
func rightOf(g gold, cands []quote.RankCand) (judged bool, right []bool) {
	right = make([]bool, len(cands))
	overlap := func(c quote.RankCand) bool { return c.Start < g.se && g.ss < c.End }
	pron := pronouns[strings.ToLower(strings.TrimSpace(g.src))]
	if !g.resolved {
		for i, c := range cands {
			if pron {
				right[i] = overlap(c)
			} else {
				right[i] = sameSurname(g.src, c.Name) || sameSurname(g.src, c.Text)
			}
		}
		return !pron && len(words(g.src)) > 0, right
	}
	ref := g.ref
	if ref == "" && !pron {
		ref = g.src
	}
	judged = len(words(ref)) > 0
	anyRight := false
	for i, c := range cands {
		if judged {
			right[i] = sameSurname(ref, c.Name) || sameSurname(ref, c.Text)
			anyRight = anyRight || right[i]
		}
	}
	if !anyRight && g.ss >= 0 {
		for i, c := range cands {
			right[i] = overlap(c)
		}
	}
	return judged, right
}

var wordRE = regexp.MustCompile(`[\p{L}\p{N}_'’-]+`)

// words returns the lower-case words of s as the scorer reads them.
func words(s string) []string {
	var out []string
	for _, w := range wordRE.FindAllString(strings.ToLower(s), -1) {
		switch w {
		case "the", "a", "an", "of", "mr", "ms", "mrs", "dr":
			continue
		}
		out = append(out, w)
	}
	return out
}

// sameSurname is the scorer's test: the last word of one is a word of the other.
func sameSurname(gold, name string) bool {
	gw, pw := words(gold), words(name)
	if len(gw) == 0 || len(pw) == 0 {
		return false
	}
	for _, w := range gw {
		if w == pw[len(pw)-1] {
			return true
		}
	}
	for _, w := range pw {
		if w == gw[len(gw)-1] {
			return true
		}
	}
	return false
}

// cpToByte maps code-point offsets to byte offsets (one past the end included).
func cpToByte(s string) []int {
	out := make([]int, 0, utf8.RuneCountInString(s)+1)
	for i := range s {
		out = append(out, i)
	}
	return append(out, len(s))
}

// quotedSegments returns the stretches between double quotation marks
// inside t[s:e], trimmed, of three code points or more, as the scorer
// reads gold quotations.
func quotedSegments(t []rune, s, e int) [][2]int {
	var segs [][2]int
	start := -1
	for i := s; i < e && i < len(t); i++ {
		if c := t[i]; c == '"' || c == '\u201c' || c == '\u201d' {
			if start < 0 {
				start = i + 1
			} else {
				if i > start {
					segs = append(segs, [2]int{start, i})
				}
				start = -1
			}
		}
	}
	if start >= 0 && e > start {
		segs = append(segs, [2]int{start, e})
	}
	var out [][2]int
	for _, sg := range segs {
		a, b := sg[0], min(sg[1], len(t))
		for a < b && strings.ContainsRune(" ,.;:", t[a]) {
			a++
		}
		for b > a && strings.ContainsRune(" ,.;:", t[b-1]) {
			b--
		}
		if b-a >= 3 {
			out = append(out, [2]int{a, b})
		}
	}
	return out
}
