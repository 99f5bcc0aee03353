// Package speaker ranks the candidate speakers of a quotation with a linear
// model over named features: the mentions around the quotation (names,
// pronouns, descriptions) are described by internal/quote (distance, side of
// the cue, subject of the cue verb, what the attribution rules chose, …) and
// the candidate with the highest score speaks.
//
// The model is trained by Train, a listwise (softmax) ranking objective with
// averaged stochastic gradient steps (internal/speaker/train writes it), on
// two sets of news: PolNeAR train's fit part (US political news, about 75%
// of train by a hash of the id) and the tune part of the project's own
// BBC+GVDB annotation (eval/quotes, about 70% by a hash of the id, its
// speakers resolved as the Gender Gap Tracker's are: "he said" is judged by
// whom "he" refers to), each of its quotations weighing 4 PolNeAR ones.
// PolNeAR train's tune part, PolNeAR dev and the BBC+GVDB check part are
// never trained on. It is embedded as model.txt, one "name weight" line per
// feature, so that a change to it reads as a diff.
package speaker

import (
	_ "embed"
	"fmt"
	"math"
	"sort"
	"strconv"
	"strings"
	"sync"
)

//go:embed model.txt
var modelTxt string

// Model is a linear scorer over named features.
type Model struct {
	w map[string]float64
}

var (
	defaultOnce  sync.Once
	defaultModel *Model
)

// Default returns the embedded model, loaded once. It panics if the
// embedded model is corrupt, which a test guards against.
func Default() *Model {
	defaultOnce.Do(func() {
		m, err := Parse(modelTxt)
		if err != nil {
			panic("speaker: embedded model: " + err.Error())
		}
		defaultModel = m
	})
	return defaultModel
}

// DefaultScorer returns the Scorer of the embedded model for the features
// named, parsing the model without keeping it: a caller that needs only the
// Scorer leaves no map of the model's names on the heap, which the
// collector would read on every cycle. It panics as Default does.
func DefaultScorer(names []string) *Scorer {
	m, err := Parse(modelTxt)
	if err != nil {
		panic("speaker: embedded model: " + err.Error())
	}
	return m.Scorer(names)
}

// Parse reads a model written by Encode: "name weight" lines; blank lines
// and lines opening with # are skipped.
func Parse(s string) (*Model, error) {
	m := &Model{w: map[string]float64{}}
	for i, line := range strings.Split(s, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Fields(line)
		if len(f) != 2 {
			return nil, fmt.Errorf("line %d: want a name and a weight, got %q", i+1, line)
		}
		v, err := strconv.ParseFloat(f[1], 64)
		if err != nil || math.IsNaN(v) || math.IsInf(v, 0) {
			return nil, fmt.Errorf("line %d: bad weight %q", i+1, f[1])
		}
		m.w[f[0]] = v
	}
	return m, nil
}

// Encode returns the model as text, features sorted by name, with a header
// comment.
func (m *Model) Encode(header string) string {
	var b strings.Builder
	for _, l := range strings.Split(strings.TrimSpace(header), "\n") {
		if l != "" {
			b.WriteString("# " + l + "\n")
		}
	}
	names := make([]string, 0, len(m.w))
	for n := range m.w {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		if m.w[n] != 0 {
			fmt.Fprintf(&b, "%s %.4f\n", n, m.w[n])
		}
	}
	return b.String()
}

// Scorer scores feature vectors with a model's weights, aligned with a
// list of feature names: a weight per feature and per pair of features (a
// pair is named "a&b", a before b in the list).
type Scorer struct {
	n    int
	w    []float64
	pair []float64 // n*n, [i*n+j] for i < j
	act  []int
}

// Scorer returns the model's weights for the features named, in their
// order (0 for a feature or pair the model does not know).
func (m *Model) Scorer(names []string) *Scorer {
	n := len(names)
	s := &Scorer{n: n, w: make([]float64, n), pair: make([]float64, n*n)}
	for i, a := range names {
		s.w[i] = m.w[a]
		for j := i + 1; j < n; j++ {
			s.pair[i*n+j] = m.w[a+"&"+names[j]]
		}
	}
	return s
}

// Empty reports whether every weight is 0 (no model).
func (s *Scorer) Empty() bool {
	for _, v := range s.w {
		if v != 0 {
			return false
		}
	}
	return true
}

// Score returns the score of feature vector x. It is not safe for
// concurrent use (it keeps a buffer); Clone gives a scorer per goroutine.
func (s *Scorer) Score(x []float32) float64 {
	if cap(s.act) < len(x) {
		s.act = make([]int, len(x))
	}
	// the active features, found without a branch per feature: which are
	// active differs from vector to vector, and a branch on it mispredicts
	act := s.act[:len(x)]
	k := 0
	for i, v := range x {
		act[k] = i
		if v != 0 {
			k++
		}
	}
	act = act[:k]
	t := 0.0
	binary := true
	for _, i := range act {
		v := x[i]
		t += s.w[i] * float64(v) // in the order of the features, as ever
		binary = binary && v == 1
	}
	for a, i := range act {
		row := s.pair[i*s.n : (i+1)*s.n]
		if binary {
			for _, j := range act[a+1:] {
				t += row[j]
			}
			continue
		}
		for _, j := range act[a+1:] {
			t += row[j] * float64(x[i]*x[j])
		}
	}
	return t
}

// Clone returns a scorer sharing the weights, with its own buffer.
func (s *Scorer) Clone() *Scorer { c := *s; c.act = nil; return &c }

// Example is one quotation's candidates: a feature vector per candidate
// (aligned with the names given to Train) and which candidates are right.
type Example struct {
	X     [][]float32
	Right []bool
	Label []string // what each candidate is, for reports
	// Judged says the scorer judges the speaker (its source is no pronoun)
	Judged  bool
	HasRule bool   // the first candidate is the rules' choice
	Info    string // what the example is, for reports
	// Weight scales the example's gradient steps (0 counts as 1), so that
	// a smaller corpus can count for more
	Weight float64
}

// TrainOptions steer Train.
type TrainOptions struct {
	Epochs int     // passes over the examples (default 20)
	Rate   float64 // step size (default 0.05)
	L2     float64 // weight decay per step (default 1e-5)
	Pairs  bool    // learn a weight per pair of features too
	// Bags, when above 1, averages the weights of that many models, each
	// trained without one of Bags equal parts of the examples
	Bags int
}

// Train fits a model to examples whose vectors follow names: it raises the
// probability, under a softmax over each example's candidates, that a right
// candidate is chosen. The examples are visited in a fixed order that
// changes from epoch to epoch, and the weights returned are the average over
// every step, so that a run is deterministic.
func Train(names []string, examples []Example, opt TrainOptions) *Model {
	if opt.Bags > 1 {
		return trainBags(names, examples, opt)
	}
	if opt.Epochs == 0 {
		opt.Epochs = 20
	}
	if opt.Rate == 0 {
		opt.Rate = 0.05
	}
	if opt.L2 == 0 {
		opt.L2 = 1e-5
	}
	t := newTrainer(len(names), opt.Pairs)
	cache := make([][]trainVec, 0, len(examples))
	for _, ex := range examples {
		var c []trainVec
		for _, x := range ex.X {
			i, v := t.expand(x, nil, nil)
			c = append(c, trainVec{i, v})
		}
		cache = append(cache, c)
	}
	order := len(examples)
	for ep := 0; ep < opt.Epochs; ep++ {
		stride := 1
		if order > 2 {
			stride = []int{7919, 104729, 1299709, 15485863}[ep%4] % order
			for stride == 0 || gcd(stride, order) != 1 {
				stride++
			}
		}
		rate := opt.Rate / (1 + float64(ep)*0.5)
		for k := 0; k < order; k++ {
			ei := (k * stride) % order
			t.step(examples[ei], cache[ei], rate, opt.L2)
		}
	}
	return t.model(names)
}

// trainBags averages opt.Bags models, each trained without one part of
// the examples.
func trainBags(names []string, examples []Example, opt TrainOptions) *Model {
	bags := opt.Bags
	opt.Bags = 0
	sum := map[string]float64{}
	for b := 0; b < bags; b++ {
		var part []Example
		for i, ex := range examples {
			if i%bags != b {
				part = append(part, ex)
			}
		}
		for n, v := range Train(names, part, opt).w {
			sum[n] += v
		}
	}
	m := &Model{w: map[string]float64{}}
	for n, v := range sum {
		if r := math.Round(v/float64(bags)*1e4) / 1e4; r != 0 {
			m.w[n] = r
		}
	}
	return m
}

// trainer holds the weights of one model being trained, with their running
// sums for averaging.
type trainer struct {
	n     int  // features
	pairs bool // a weight per pair of features too
	w     []float64
	// averaging without touching every weight at every step: sum holds
	// the running total as of step last[j]
	sum   []float64
	last  []int
	steps int
	p     []float64 // scratch: the candidates' probabilities
}

// trainVec is a candidate's features as (index, value), pairs included.
type trainVec struct {
	idx  []int
	vals []float64
}

func newTrainer(n int, pairs bool) *trainer {
	dim := n
	if pairs {
		dim = n + n*n
	}
	return &trainer{n: n, pairs: pairs, w: make([]float64, dim), sum: make([]float64, dim), last: make([]int, dim)}
}

// touch brings weight j's running sum up to the current step.
func (t *trainer) touch(j int) {
	t.sum[j] += t.w[j] * float64(t.steps-t.last[j])
	t.last[j] = t.steps
}

// expand returns the features of a vector as (index, value), pairs included.
func (t *trainer) expand(x []float32, buf []int, vals []float64) ([]int, []float64) {
	n := t.n
	buf, vals = buf[:0], vals[:0]
	start := len(buf)
	for i, v := range x {
		if v != 0 {
			buf = append(buf, i)
			vals = append(vals, float64(v))
		}
	}
	if t.pairs {
		single := len(buf)
		for a := start; a < single; a++ {
			for b := a + 1; b < single; b++ {
				buf = append(buf, n+buf[a]*n+buf[b])
				vals = append(vals, vals[a]*vals[b])
			}
		}
	}
	return buf, vals
}

// step takes one gradient step on example ex (its candidates' vectors c)
// at the given rate and decay.
func (t *trainer) step(ex Example, c []trainVec, rate, l2 float64) {
	if len(ex.X) < 2 {
		return
	}
	t.steps++
	w := t.w
	p := t.p[:0]
	mx := math.Inf(-1)
	for _, f := range c {
		s := 0.0
		for a, j := range f.idx {
			s += w[j] * f.vals[a]
		}
		p = append(p, s)
		mx = math.Max(mx, s)
	}
	t.p = p
	z, zr := 0.0, 0.0
	for i := range p {
		p[i] = math.Exp(p[i] - mx)
		z += p[i]
		if ex.Right[i] {
			zr += p[i]
		}
	}
	if zr == 0 {
		return
	}
	wt := ex.Weight
	if wt == 0 {
		wt = 1
	}
	// gradient of log(sum right p) - log(sum p), with decay on the
	// weights it touches
	for i, f := range c {
		g := -p[i] / z
		if ex.Right[i] {
			g += p[i] / zr
		}
		g *= wt
		if math.Abs(g) < 1e-9 {
			continue
		}
		for a, j := range f.idx {
			t.touch(j)
			w[j] += rate * (g*f.vals[a] - l2*w[j])
		}
	}
}

// model returns the averaged weights, rounded, by feature name.
func (t *trainer) model(names []string) *Model {
	n := t.n
	m := &Model{w: map[string]float64{}}
	if t.steps == 0 {
		return m
	}
	for j := range t.w {
		t.touch(j)
		v := math.Round(t.sum[j]/float64(t.steps)*1e4) / 1e4
		if v == 0 {
			continue
		}
		if j < n {
			m.w[names[j]] = v
		} else {
			a, b := (j-n)/n, (j-n)%n
			m.w[names[a]+"&"+names[b]] = v
		}
	}
	return m
}

func gcd(a, b int) int {
	for b != 0 {
		a, b = b, a%b
	}
	return a
}
