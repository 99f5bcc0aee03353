package ner

import (
	"math"
	"math/rand"
	"sort"
)

// Sentence is a training sentence: words and their IOB2 label indices.
type Sentence struct {
	Words  []string
	Labels []int
}

// Doc is a training document: its sentences in order.
type Doc []Sentence

// TrainOptions steer Train.
type TrainOptions struct {
	Epochs int   // passes over the data
	Seed   int64 // shuffling seed
	Folds  int   // the gazetteer and case lexicon a training document sees come from the other folds
	// Runs is the number of training runs, each with its own shuffling
	// seed (Seed, Seed+1, …), whose averaged weights are averaged: a
	// perceptron's errors depend on the order it saw the data in, and the
	// mean of a few orders depends on it less. Epochs are chosen in the
	// last run only.
	Runs int
	// MinWeight drops feature rows whose largest averaged weight, in
	// absolute value, is below it (0 keeps every row that was updated).
	MinWeight float64
	// AfterEpoch, if set, is called with the averaged model after every
	// epoch; Train returns the model of the epoch with the highest result.
	AfterEpoch func(epoch int, m *Model) float64
	Log        func(format string, args ...any)
	// Places are the names of the place gazetteer, built into the model.
	Places []PlaceName
	// Clusters are word clusters learned from unlabeled text, built into
	// the model.
	Clusters []WordClusters
	// Heads are the head words of organisation, location and facility
	// names, built into the model.
	Heads []HeadWord
}

// HeadWord is a word that ends names of one or more kinds.
type HeadWord struct {
	Word string
	Bits uint8 // HeadOrg | HeadLocation | HeadFacility
}

// buildHeads returns the head-word table.
func buildHeads(hs []HeadWord) *byteTable {
	if len(hs) == 0 {
		return nil
	}
	m := map[uint64]uint8{}
	s := new(scratch)
	var t tokInfo
	for _, h := range hs {
		s.wordInfo(&t, h.Word)
		m[t.lower] |= h.Bits
	}
	tab := newByteTable(len(m))
	for _, k := range sortedKeys(m) {
		tab.set(k, m[k])
	}
	return tab
}

// PlaceName is one name of the place gazetteer, as tokens, with what is
// known of the places of that name.
type PlaceName struct {
	Words []string // the name's tokens as the tagger sees them ("St.", "Louis")
	Kinds uint8    // GeoCity | GeoSubdivision | GeoCountry
	Band  uint8    // population band of the most populous city of the name, 0-3
}

// WordClusters gives the clusters of one word as written; Count is how
// often it was seen (the most frequent spelling of a lower-cased form
// gives that form's clusters).
type WordClusters struct {
	Word         string
	Fine, Coarse uint8
	Count        int
}

// buildPlaces returns the place-gazetteer table of names.
func buildPlaces(names []PlaceName) *byteTable {
	if len(names) == 0 {
		return nil
	}
	m := map[uint64]uint8{}
	s := new(scratch)
	var t tokInfo
	for _, pn := range names {
		if len(pn.Words) == 0 || len(pn.Words) > maxGazLen {
			continue
		}
		seq := make([]uint64, len(pn.Words))
		for i, w := range pn.Words {
			s.wordInfo(&t, w)
			seq[i] = t.lower
		}
		v := m[gazKey(seq)]
		band := max((v>>3)&3, pn.Band&3)
		m[gazKey(seq)] = v&^0x18 | pn.Kinds&7 | band<<3
		for k := 1; k < len(seq); k++ {
			m[gazKey(seq[:k])] |= gazPrefix
		}
	}
	t2 := newByteTable(len(m))
	for _, k := range sortedKeys(m) {
		t2.set(k, m[k])
	}
	return t2
}

// buildClusters returns the word-cluster table.
func buildClusters(cs []WordClusters) *u16Table {
	if len(cs) == 0 {
		return nil
	}
	raw := map[uint64]uint16{}
	type lv struct {
		v uint16
		n int
	}
	lower := map[uint64]lv{}
	s := new(scratch)
	var t tokInfo
	for _, c := range cs {
		s.wordInfo(&t, c.Word)
		v := uint16(c.Fine) | uint16(c.Coarse)<<8
		raw[t.raw] = v
		k := cluKeyLower(t.lower)
		if old, ok := lower[k]; !ok || c.Count > old.n {
			lower[k] = lv{v, c.Count}
		}
	}
	tab := newU16Table(len(raw) + len(lower))
	for _, k := range sortedKeys(raw) {
		tab.set(k, raw[k])
	}
	for _, k := range sortedKeys(lower) {
		if _, ok := raw[k]; !ok {
			tab.set(k, lower[k].v)
		}
	}
	return tab
}

// trainSent is a sentence with its static feature rows resolved.
type trainSent struct {
	words  []string
	gold   []int
	rows   []int32 // feature rows, token i: rows[offs[i]:offs[i+1]]
	offs   []int32
	lower  []uint64
	cls    []uint8
	hasAny bool
}

type trainer struct {
	index map[uint64]int32
	keys  []uint64
	w     []float32 // rows*NumLabels
	u     []float64 // accumulated c*delta, for averaging
	tw    [NumLabels + 1][NumLabels]float32
	tu    [NumLabels + 1][NumLabels]float64
	c     float64
	vocab []string // frequent training words
	// sum and sumT hold the sums of the averaged weights of the runs done.
	sum  []float64
	sumT [NumLabels + 1][NumLabels]float64
	nSum int
}

// nextRun adds the averaged weights of the run just done to the sums and
// clears the weights for a new run.
func (tr *trainer) nextRun() {
	c := tr.c + 1
	if len(tr.sum) < len(tr.w) {
		tr.sum = append(tr.sum, make([]float64, len(tr.w)-len(tr.sum))...)
	}
	for i := range tr.w {
		tr.sum[i] += float64(tr.w[i]) - tr.u[i]/c
		tr.w[i], tr.u[i] = 0, 0
	}
	for i := range tr.tw {
		for j := range tr.tw[i] {
			tr.sumT[i][j] += float64(tr.tw[i][j]) - tr.tu[i][j]/c
			tr.tw[i][j], tr.tu[i][j] = 0, 0
		}
	}
	tr.c = 0
	tr.nSum++
}

func (tr *trainer) row(h uint64, create bool) int32 {
	if r, ok := tr.index[h]; ok {
		return r
	}
	if !create {
		return -1
	}
	r := int32(len(tr.keys))
	tr.index[h] = r
	tr.keys = append(tr.keys, h)
	tr.w = append(tr.w, make([]float32, NumLabels)...)
	tr.u = append(tr.u, make([]float64, NumLabels)...)
	return r
}

// Train trains a model on docs.
func Train(docs []Doc, opt TrainOptions) *Model {
	logf := opt.Log
	if logf == nil {
		logf = func(string, ...any) {}
	}
	if opt.Folds < 2 {
		opt.Folds = 2
	}
	full, folds := trainLexicons(docs, opt)
	tr := &trainer{index: make(map[uint64]int32, 1<<20), vocab: trainVocab(docs)}
	s := new(scratch)
	prepared := tr.prepare(s, docs, folds)
	logf("%d documents, %d feature rows", len(docs), len(tr.keys))
	order := make([]int, len(docs))
	var best *Model
	bestScore := math.Inf(-1)
	ep := &epochBufs{s: s}
	runs := max(opt.Runs, 1)
	for run := 0; run < runs; run++ {
		if run > 0 {
			tr.nextRun()
		}
		rng := rand.New(rand.NewSource(opt.Seed + int64(run)))
		for i := range order {
			order[i] = i
		}
		for epoch := 1; epoch <= opt.Epochs; epoch++ {
			rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
			errs, toks := tr.epoch(ep, prepared, order)
			if run < runs-1 {
				logf("run %d epoch %d: token errors %.4f", run+1, epoch, float64(errs)/float64(toks))
				continue
			}
			m := tr.model(full, opt.MinWeight)
			score := 0.0
			if opt.AfterEpoch != nil {
				score = opt.AfterEpoch(epoch, m)
			}
			logf("epoch %d: token errors %.4f, %d rows kept, score %.4f", epoch, float64(errs)/float64(toks), m.nFeat, score)
			if best == nil || score > bestScore {
				best, bestScore = m, score
			}
		}
	}
	return best
}

// trainLexicons builds the lexicon of all the training documents and one
// per fold, each leaving the fold's documents out (a document is featured
// with the lexicon that has not seen it, as new text is at run time).
func trainLexicons(docs []Doc, opt TrainOptions) (full *lexicon, folds []*lexicon) {
	geo, clu, heads := buildPlaces(opt.Places), buildClusters(opt.Clusters), buildHeads(opt.Heads)
	full = buildLexicon(docs, nil)
	full.geo, full.clu, full.heads = geo, clu, heads
	folds = make([]*lexicon, opt.Folds)
	for k := range folds {
		var part []Doc
		for i, d := range docs {
			if i%opt.Folds != k {
				part = append(part, d)
			}
		}
		folds[k] = buildLexicon(part, nil)
		folds[k].geo, folds[k].clu, folds[k].heads = geo, clu, heads
	}
	return full, folds
}

// trainVocab returns the vocabulary: training words seen at least twice,
// sorted.
func trainVocab(docs []Doc) []string {
	var vocab []string
	seen := map[string]int{}
	for _, d := range docs {
		for _, st := range d {
			for _, w := range st.Words {
				seen[w]++
				if seen[w] == 2 {
					vocab = append(vocab, w)
				}
			}
		}
	}
	sort.Strings(vocab)
	return vocab
}

// prepare resolves the static features of every training sentence once.
func (tr *trainer) prepare(s *scratch, docs []Doc, folds []*lexicon) [][]trainSent {
	prepared := make([][]trainSent, len(docs))
	for di, d := range docs {
		lx := folds[di%len(folds)]
		words := make([][]string, len(d))
		for i, st := range d {
			words[i] = st.Words
		}
		s.docPrepare(words, lx, nil)
		for k, st := range d {
			if len(st.Words) == 0 {
				continue
			}
			s.staticFeatures(st.Words, lx, s.sentence(k))
			prepared[di] = append(prepared[di], tr.trainSentence(s, st))
		}
	}
	return prepared
}

// trainSentence turns the static features scratch holds for st into rows.
func (tr *trainer) trainSentence(s *scratch, st Sentence) trainSent {
	n := len(st.Words)
	ts := trainSent{words: st.Words, gold: st.Labels, offs: make([]int32, n+1)}
	ts.rows = make([]int32, 0, len(s.feats))
	for i := 0; i < n; i++ {
		ts.offs[i] = int32(len(ts.rows))
		for _, h := range s.feats[s.offs[i]:s.offs[i+1]] {
			if h != 0 { // 0: a template switched off
				ts.rows = append(ts.rows, tr.row(h, true))
			}
		}
	}
	ts.offs[n] = int32(len(ts.rows))
	ts.lower = make([]uint64, n)
	ts.cls = make([]uint8, n)
	for i := range s.toks {
		ts.lower[i] = s.toks[i].lower
		ts.cls[i] = s.toks[i].cls
	}
	return ts
}

// epochBufs holds the buffers one pass of training reuses.
type epochBufs struct {
	s    *scratch
	em   []float32
	pred []int
	back []int8
	dyn  []int32
	dynf []uint64
}

// epoch makes one pass over the documents in order, updating the weights
// on every sentence tagged wrong, and returns the token errors and tokens.
func (tr *trainer) epoch(ep *epochBufs, prepared [][]trainSent, order []int) (errs, toks int) {
	s := ep.s
	for _, di := range order {
		s.doc.reset()
		for si := range prepared[di] {
			ts := &prepared[di][si]
			n := len(ts.words)
			tr.emissions(ep, ts)
			tw := tr.tw
			constrain(&tw)
			ep.pred = viterbi(ep.em, &tw, n, ep.pred, &ep.back)
			tr.c++
			wrong := false
			for i := 0; i < n; i++ {
				if ep.pred[i] != ts.gold[i] {
					wrong = true
					errs++
				}
			}
			toks += n
			if wrong {
				tr.update(ts, ep.pred, ep.dyn)
			}
			// The document table records the tagger's own labels, as at run time.
			s.toks = s.toks[:0]
			for i := 0; i < n; i++ {
				s.toks = append(s.toks, tokInfo{lower: ts.lower[i], cls: ts.cls[i]})
			}
			s.recordLabels(ep.pred)
		}
	}
	return errs, toks
}

// emissions fills ep.em with the label scores of each token of ts under the
// current weights, and ep.dyn with the rows of its document features.
func (tr *trainer) emissions(ep *epochBufs, ts *trainSent) {
	ep.em = ep.em[:0]
	ep.dyn = ep.dyn[:0]
	for i := 0; i < len(ts.words); i++ {
		var acc [NumLabels]float32
		for _, r := range ts.rows[ts.offs[i]:ts.offs[i+1]] {
			w := tr.w[int(r)*NumLabels : int(r)*NumLabels+NumLabels]
			for k := range acc {
				acc[k] += w[k]
			}
		}
		t := tokInfo{lower: ts.lower[i], cls: ts.cls[i]}
		d := ep.s.dynFeatures(ep.dynf[:0], &t)
		ep.dynf = d
		r1, r2 := tr.row(d[0], true), tr.row(d[1], true)
		ep.dyn = append(ep.dyn, r1, r2)
		for _, r := range [2]int32{r1, r2} {
			w := tr.w[int(r)*NumLabels : int(r)*NumLabels+NumLabels]
			for k := range acc {
				acc[k] += w[k]
			}
		}
		ep.em = append(ep.em, acc[:]...)
	}
}

func (tr *trainer) update(ts *trainSent, pred []int, dyn []int32) {
	c := tr.c
	upd := func(r int32, l int, d float32) {
		i := int(r)*NumLabels + l
		tr.w[i] += d
		tr.u[i] += c * float64(d)
	}
	n := len(ts.words)
	for i := 0; i < n; i++ {
		g, p := ts.gold[i], pred[i]
		if g != p {
			for _, r := range ts.rows[ts.offs[i]:ts.offs[i+1]] {
				upd(r, g, 1)
				upd(r, p, -1)
			}
			for _, r := range dyn[2*i : 2*i+2] {
				upd(r, g, 1)
				upd(r, p, -1)
			}
		}
		gp, pp := 0, 0
		if i > 0 {
			gp, pp = ts.gold[i-1]+1, pred[i-1]+1
		}
		if gp != pp || g != p {
			tr.tw[gp][g]++
			tr.tu[gp][g] += c
			tr.tw[pp][p]--
			tr.tu[pp][p] -= c
		}
	}
}

// model returns the averaged, quantized model.
func (tr *trainer) model(lx *lexicon, minWeight float64) *Model {
	c := tr.c + 1
	nrows := len(tr.keys)
	avg := make([]float32, len(tr.w))
	maxAbs := 0.0
	runs := float64(tr.nSum + 1)
	for i := range tr.w {
		a := float64(tr.w[i]) - tr.u[i]/c
		if i < len(tr.sum) {
			a += tr.sum[i]
		}
		a /= runs
		avg[i] = float32(a)
		maxAbs = math.Max(maxAbs, math.Abs(a))
	}
	var tavg [NumLabels + 1][NumLabels]float64
	for i := range tavg {
		for j := range tavg[i] {
			tavg[i][j] = (float64(tr.tw[i][j]) - tr.tu[i][j]/c + tr.sumT[i][j]) / runs
		}
	}
	if maxAbs == 0 {
		maxAbs = 1
	}
	scale := 32000 / maxAbs
	type kr struct {
		key uint64
		row int
	}
	var kept []kr
	for r := 0; r < nrows; r++ {
		w := avg[r*NumLabels : r*NumLabels+NumLabels]
		big := 0.0
		for _, x := range w {
			big = math.Max(big, math.Abs(float64(x)))
		}
		if big*scale < 0.5 || big < minWeight {
			continue
		}
		kept = append(kept, kr{tr.keys[r], r})
	}
	sort.Slice(kept, func(i, j int) bool { return kept[i].key < kept[j].key })
	keys := make([]uint64, len(kept))
	weights := make([]int16, 0, len(kept)*NumLabels)
	for i, k := range kept {
		keys[i] = k.key
		for _, x := range avg[k.row*NumLabels : k.row*NumLabels+NumLabels] {
			weights = append(weights, int16(math.Round(float64(x)*scale)))
		}
	}
	var trans [NumLabels + 1][NumLabels]int32
	for i := range trans {
		for j := range trans[i] {
			trans[i][j] = int32(math.Round(tavg[i][j] * scale))
		}
	}
	b, err := encode(float32(scale), &trans, keys, weights, lx)
	if err != nil {
		panic(err)
	}
	m, err := Load(append(b, 0, 0, 0, 0)) // without a vocabulary
	if err != nil {
		panic(err)
	}
	if b, err = encodeVocab(b, tr.vocab, m); err != nil {
		panic(err)
	}
	if m, err = Load(b); err != nil {
		panic(err)
	}
	return m
}

// buildLexicon collects the gazetteer (entity word sequences by type, plus
//
//	the case lexicon (how each
//
// word is usually written in mixed-case text, not sentence-initially).
func buildLexicon(docs []Doc, _ any) *lexicon {
	gaz := map[uint64]uint8{}
	type cc struct{ n [5]int }
	cases := map[uint64]*cc{}
	s := new(scratch)
	for _, d := range docs {
		for _, st := range d {
			if cap(s.toks) < len(st.Words) {
				s.toks = make([]tokInfo, len(st.Words))
			}
			s.toks = s.toks[:len(st.Words)]
			caps := s.sentenceInfo(s.toks, st.Words, nil, nil, nil)
			n := len(st.Words)
			for i := 0; i < n; i++ {
				t := &s.toks[i]
				if !caps && i > 0 && t.cls != caseNone {
					c := cases[t.lower]
					if c == nil {
						c = new(cc)
						cases[t.lower] = c
					}
					switch t.cls {
					case caseLower:
						c.n[tcLower]++
					case caseTitle, caseSingle:
						c.n[tcTitle]++
					case caseUpper:
						c.n[tcUpper]++
					default:
						c.n[tcMixed]++
					}
				}
				l := st.Labels[i]
				if l == 0 || isInside(l) {
					continue
				}
				j := i + 1
				for j < n && isInside(st.Labels[j]) && labelType(st.Labels[j]) == labelType(l) {
					j++
				}
				if j-i <= maxGazLen {
					seq := make([]uint64, 0, j-i)
					for k := i; k < j; k++ {
						seq = append(seq, s.toks[k].lower)
					}
					gaz[gazKey(seq)] |= 1 << (labelType(l) - 1)
					for k := 1; k < len(seq); k++ {
						gaz[gazKey(seq[:k])] |= gazPrefix
					}
				}
			}
		}
	}
	lx := &lexicon{gaz: newByteTable(len(gaz)), true: newByteTable(len(cases))}
	for _, k := range sortedKeys(gaz) {
		lx.gaz.set(k, gaz[k])
	}
	for _, k := range sortedKeys(cases) {
		c := cases[k]
		best, total := 1, 0
		for i := 1; i < 5; i++ {
			total += c.n[i]
			if c.n[i] > c.n[best] {
				best = i
			}
		}
		v := uint8(best)
		if best == tcTitle && total < 3 {
			v = tcRareTitle
		}
		lx.true.set(k, v)
	}
	return lx
}

func sortedKeys[V any](m map[uint64]V) []uint64 {
	ks := make([]uint64, 0, len(m))
	for k := range m {
		ks = append(ks, k)
	}
	sort.Slice(ks, func(i, j int) bool { return ks[i] < ks[j] })
	return ks
}
