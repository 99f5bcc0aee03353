package ner

import (
	"fmt"
	"sync"
)

// Dense features are the features whose values are a few small integers:
// casing classes, flags, document counts, the neighbours' fine clusters.
// Training hashes them as any other feature; the tagger reads their
// weights by the indices of their values from a table the model fills once
// (Model.dense) by looking up the hash of every value in the feature table,
// so that it neither hashes nor probes for them. A dense group is a run of
// such features that tokenFeatures emits one after another, of a few
// arguments: the table holds the sum of their weights for each value of
// the arguments, so that one row holds them all. A value beyond a group's
// table is hashed and looked up as before, so the sums are the same
// whatever the token information says.
const (
	gBiasFlags = iota // bias; flags and ctx
	gCase3            // neighbours' casing classes, not in a headline
	gCase3Caps        // in a headline
	gTrue             // case-lexicon classes of the token and its neighbours, with ctx
	gDoc
	gDocCount
	gDocLast // the document's last type for the word, alone and with the casing class
	gCluM1
	gCluP1
	numDense
)

// denseGroup is a dense group: its arguments are indices below n, which
// stand for values as kind says, and its features.
type denseGroup struct {
	n     [4]uint64
	kind  [4]uint8
	feats []denseFeat
}

// A dense feature reads the values of the arguments of its group that uses
// says (bit k: argument k) and returns its hash.
type denseFeat struct {
	uses uint8
	hash func(v [4]uint64) uint64
}

// How an index stands for a value.
const (
	plainArg = iota // for itself
	nbArg           // 0 for noneCls, the class of a missing neighbour; i for i-1 (nbIndex)
	ctxArg          // below nCtx for a casing class with the first-token and headline bits of tokenFeatures; nCtx+v for v (ctxIndex)
)

// noneCls is the class (casing or case-lexicon) tokenFeatures gives a
// neighbour past the sentence's ends.
const noneCls = 99

// nbIndex returns the index of a neighbour's class v in an argument of
// kind nbArg; nbNone is that of a missing neighbour.
func nbIndex(v uint8) uint64 { return uint64(v) + 1 }

const nbNone = 0

// ctxIndex returns the index of the context cls | first<<4 | caps<<5 (cls
// a casing class, first and caps 0 or 1) in an argument of kind ctxArg.
func ctxIndex(cls uint8, first, caps uint64) uint64 {
	if cls >= numCases {
		return nCtx + (uint64(cls) | first<<4 | caps<<5)
	}
	return uint64(cls) + numCases*(first+2*caps)
}

// value returns the value index i of an argument of kind k stands for.
func value(k uint8, i uint64) uint64 {
	switch {
	case k == nbArg && i == nbNone:
		return noneCls
	case k == nbArg:
		return i - 1
	case k == ctxArg && i < nCtx:
		return i%numCases | (i/numCases%2)<<4 | (i/(2*numCases))<<5
	case k == ctxArg:
		return i - nCtx
	}
	return i
}

// The sizes of the arguments; the neighbours' fine clusters are 0..255, or
// 256 for none (clusterFeatures).
const (
	nClass   = numCases
	nClassNb = numCases + 1
	nTrue    = tcRareTitle + 1
	nTrueNb  = nTrue + 1
	nCtx     = 4 * numCases
	nFlags   = 64
	nDoc     = 32
	nCount   = 4
	nLast    = NumTypes + 2
	nCluNear = 257
)

var denseGroups = [numDense]denseGroup{
	gBiasFlags: {n: [4]uint64{nFlags, nCtx, 1, 1}, kind: [4]uint8{plainArg, ctxArg}, feats: []denseFeat{
		{0, func(v [4]uint64) uint64 { return f1(tBias, 0) }},
		{3, func(v [4]uint64) uint64 { return f1(tFlags, v[0]|v[1]<<8) }},
	}},
	gCase3: {n: [4]uint64{nClassNb, nClass, nClassNb, 1}, kind: [4]uint8{nbArg, plainArg, nbArg}, feats: []denseFeat{
		{7, func(v [4]uint64) uint64 { return f3(tCase3, v[0], v[1], v[2]) }},
	}},
	gCase3Caps: {n: [4]uint64{nClassNb, nClass, nClassNb, 1}, kind: [4]uint8{nbArg, plainArg, nbArg}, feats: []denseFeat{
		{7, func(v [4]uint64) uint64 { return f3(tCase3, v[0], v[1], v[2]|1<<8) }},
	}},
	gTrue: {n: [4]uint64{nTrue, nTrueNb, nTrueNb, nCtx}, kind: [4]uint8{plainArg, nbArg, nbArg, ctxArg}, feats: []denseFeat{
		{9, func(v [4]uint64) uint64 { return f2(tTrue, v[0], v[3]) }},
		{10, func(v [4]uint64) uint64 { return f2(tTrueM1, v[1], v[3]) }},
		{12, func(v [4]uint64) uint64 { return f2(tTrueP1, v[2], v[3]) }},
	}},
	gDoc: {n: [4]uint64{nDoc, nCtx, 1, 1}, kind: [4]uint8{plainArg, ctxArg}, feats: []denseFeat{
		{3, func(v [4]uint64) uint64 { return f2(tDoc, v[0], v[1]) }},
	}},
	gDocCount: {n: [4]uint64{nCount, nCtx, 1, 1}, kind: [4]uint8{plainArg, ctxArg}, feats: []denseFeat{
		{3, func(v [4]uint64) uint64 { return f2(tDocCount, v[0], v[1]) }},
	}},
	gDocLast: {n: [4]uint64{nLast, nClass, 1, 1}, feats: []denseFeat{
		{1, func(v [4]uint64) uint64 { return f1(tDocLast, v[0]) }},
		{3, func(v [4]uint64) uint64 { return f2(tDocLastCase, v[0], v[1]) }},
	}},
	// The neighbours' clusters go by casing class first: the rows a
	// document reads, of a few classes and many clusters, lie together.
	gCluM1: {n: [4]uint64{nClass, nCluNear, 1, 1}, feats: []denseFeat{
		{3, func(v [4]uint64) uint64 { return f2(tCluM1, v[1], v[0]) }},
	}},
	gCluP1: {n: [4]uint64{nClass, nCluNear, 1, 1}, feats: []denseFeat{
		{3, func(v [4]uint64) uint64 { return f2(tCluP1, v[1], v[0]) }},
	}},
}

// values returns the values indices i stand for in group g.
func (g *denseGroup) values(i [4]uint64) (v [4]uint64) {
	for k := range v {
		v[k] = value(g.kind[k], i[k])
	}
	return v
}

// denseOff is where each group's rows begin in a dense table, in rows;
// denseOff[numDense] is the number of rows.
var denseOff = func() (off [numDense + 1]uint64) {
	for d, g := range denseGroups {
		off[d+1] = off[d] + g.n[0]*g.n[1]*g.n[2]*g.n[3]
	}
	return off
}()

// tagTables are what the tagger reads besides the model file, built from
// it on first use (tagging): the dense table, the weights of every value
// of the dense groups as the feature table gives them, the narrow table of
// the groups of one feature (narrowRows), and the nibbles of the feature
// table's slots (see addAll).
type tagTables struct {
	once    sync.Once
	rows    [][NumLabels]int32
	narrow  [][NumLabels]int16
	nibbles []uint64
}

// tagging returns the model's tagTables, building them on first use.
func (m *Model) tagging() *tagTables {
	m.tt.once.Do(func() {
		m.tt.nibbles = m.nibbles()
		m.tt.rows = m.denseRows()
		m.tt.narrow = m.narrowRows()
	})
	return &m.tt
}

// narrow reports whether the rows of dense group d are in the narrow
// table: whether the group has one feature. Its rows are then that
// feature's weights w<<shift, int8 w and shift at most 8 (see encode),
// which int16 holds: in 18 bytes rather than 36 they take half the cache
// lines, and cost no more to add.
func narrow(d int) bool { return len(denseGroups[d].feats) == 1 }

// narrowRows returns the narrow dense table: a row per row of the dense
// table, those of the narrow groups filled.
func (m *Model) narrowRows() [][NumLabels]int16 {
	rows := make([][NumLabels]int16, denseOff[numDense])
	for d := range denseGroups {
		if !narrow(d) {
			continue
		}
		g := &denseGroups[d]
		r := denseOff[d]
		for a := range g.n[0] {
			for b := range g.n[1] {
				for c := range g.n[2] {
					for e := range g.n[3] {
						var w [NumLabels]int32
						m.add(&w, g.feats[0].hash(g.values([4]uint64{a, b, c, e})))
						for k, x := range w {
							if int32(int16(x)) != x {
								panic(fmt.Sprintf("ner: weight %d of a feature beyond int16", x))
							}
							rows[r][k] = int16(x)
						}
						r++
					}
				}
			}
		}
	}
	return rows
}

// denseRows returns the dense table: the weights of each feature, for the
// values of the arguments it reads, then their sums; the rows of the
// narrow groups are zero (narrowRows has them).
func (m *Model) denseRows() [][NumLabels]int32 {
	rows := make([][NumLabels]int32, denseOff[numDense])
	for d := range denseGroups {
		if narrow(d) {
			continue // in the narrow table
		}
		g := &denseGroups[d]
		for _, ft := range g.feats {
			// the feature's weights for every value of the arguments
			// it reads (n), the others at index 0 (u: 0)
			var n, u [4]uint64
			for k := range n {
				n[k] = 1
				if ft.uses&(1<<k) != 0 {
					n[k], u[k] = g.n[k], 1
				}
			}
			w := make([][NumLabels]int32, 0, n[0]*n[1]*n[2]*n[3])
			for a := range n[0] {
				for b := range n[1] {
					for c := range n[2] {
						for e := range n[3] {
							var x [NumLabels]int32
							m.add(&x, ft.hash(g.values([4]uint64{a, b, c, e})))
							w = append(w, x)
						}
					}
				}
			}
			r := denseOff[d]
			for a := range g.n[0] {
				for b := range g.n[1] {
					for c := range g.n[2] {
						for e := range g.n[3] {
							addRow(&rows[r], &w[((a*u[0]*n[1]+b*u[1])*n[2]+c*u[2])*n[3]+e*u[3]])
							r++
						}
					}
				}
			}
		}
	}
	return rows
}

// maxDense is a power of two above the most dense groups a token has, one
// per group.
const maxDense = 16

// dense adds the features of dense group d at indices a, b, c, e (as
// denseGroup says) to the token at hand: when tagging (s.rows set) their
// row of the dense table to s.dix (or of the narrow table to s.nix), or,
// beyond the table, their hashes to f; when training, their hashes to f.
func (s *scratch) dense(f []uint64, d int, a, b, c, e uint64) []uint64 {
	n := &denseGroups[d].n
	if s.rows == nil || a >= n[0] || b >= n[1] || c >= n[2] || e >= n[3] {
		return appendDense(f, d, a, b, c, e)
	}
	r := uint32(denseOff[d] + ((a*n[1]+b)*n[2]+c)*n[3] + e)
	// the row goes to the table of its group, without a branch: written
	// to both, it is counted in one
	nb := narrowGroups >> d & 1
	s.nix[s.nn&(maxDense-1)] = r
	s.dix[s.nd&(maxDense-1)] = r
	s.nn += int(nb)
	s.nd += int(1 - nb)
	return f
}

// narrowGroups has bit d set for every narrow dense group d.
var narrowGroups = func() (b uint) {
	for d := range numDense {
		if narrow(d) {
			b |= 1 << d
		}
	}
	return b
}()

// addDense adds the rows of the dense features of the token at hand (dense)
// to acc.
func (s *scratch) addDense(acc *[NumLabels]int32) {
	for _, r := range s.dix[:s.nd] {
		addRow(acc, &s.rows[r])
	}
	for _, r := range s.nix[:s.nn] {
		// addRow for int16, written out: the compiler would not inline it
		b := &s.narrow[r]
		acc[0] += int32(b[0])
		acc[1] += int32(b[1])
		acc[2] += int32(b[2])
		acc[3] += int32(b[3])
		acc[4] += int32(b[4])
		acc[5] += int32(b[5])
		acc[6] += int32(b[6])
		acc[7] += int32(b[7])
		acc[8] += int32(b[8])
	}
}

// appendDense appends the hashes of the features of dense group d at
// indices a, b, c, e to f.
func appendDense(f []uint64, d int, a, b, c, e uint64) []uint64 {
	g := &denseGroups[d]
	v := g.values([4]uint64{a, b, c, e})
	for _, ft := range g.feats {
		f = append(f, ft.hash(v))
	}
	return f
}

// addRow adds the weights w to acc. It is written on slices so that the
// compiler inlines it.
func addRow(acc, w *[NumLabels]int32) {
	a, b := acc[:], w[:]
	a[0] += b[0]
	a[1] += b[1]
	a[2] += b[2]
	a[3] += b[3]
	a[4] += b[4]
	a[5] += b[5]
	a[6] += b[6]
	a[7] += b[7]
	a[8] += b[8]
}
