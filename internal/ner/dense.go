package ner

import "sync"

// Dense templates are the feature templates whose values are a few small
// integers: casing classes, flags, document counts, the neighbours' fine
// clusters. Training hashes them as any other feature; the tagger reads
// their weights by the index of their values from a table the model fills
// once (Model.dense) by looking up the hash of every value in the feature
// table, so that it neither hashes nor probes for them. A value outside a
// template's list is hashed and looked up as before, so the sums are the
// same whatever the token information says.
const (
	dBias = iota
	dFlags
	dCase3
	dTrue
	dTrueM1
	dTrueP1
	dDoc
	dDocCount
	dDocLast
	dDocLastCase
	dCluM1
	dCluP1
	numDense
)

// denseTpl is a dense template: the values each of its three arguments
// takes (an unused argument takes 0), and the feature hash of a value.
type denseTpl struct {
	args [3]*denseArg
	hash func(a, b, c uint64) uint64
}

// denseArg is the list of the values an argument takes, in index order, and
// its inverse: the index of each value below maxDenseValue, or noDense.
type denseArg struct {
	vals []uint64
	code [maxDenseValue]uint16
}

const (
	maxDenseValue = 512
	noDense       = 0x8000
)

// noneCls is what the class of a token past the sentence's ends is written
// as (neighbours).
const noneCls = 99

func newDenseArg(vals ...uint64) *denseArg {
	a := &denseArg{vals: vals}
	for i := range a.code {
		a.code[i] = noDense
	}
	for i, v := range vals {
		a.code[v] = uint16(i)
	}
	return a
}

// upTo returns 0, 1, …, n-1.
func upTo(n int, more ...uint64) []uint64 {
	v := make([]uint64, 0, n+len(more))
	for i := range n {
		v = append(v, uint64(i))
	}
	return append(v, more...)
}

// The argument lists: ctx is a casing class with the first-token and
// headline bits of tokenFeatures (cls | first<<4 | caps<<5); cp1Caps the
// next token's class with the headline bit (cp1 | caps<<8).
var (
	argZero     = newDenseArg(0)
	argClass    = newDenseArg(upTo(numCases)...)
	argClassNb  = newDenseArg(upTo(numCases, noneCls)...)
	argTrue     = newDenseArg(upTo(tcRareTitle + 1)...)
	argTrueNb   = newDenseArg(upTo(tcRareTitle+1, noneCls)...)
	argFlags    = newDenseArg(upTo(64)...)
	argDocFlags = newDenseArg(upTo(32)...)
	argCount    = newDenseArg(upTo(4)...)
	argLast     = newDenseArg(upTo(NumTypes + 2)...)
	argCluNear  = newDenseArg(upTo(257)...)
	argCtx      = newDenseArg(func() (v []uint64) {
		for caps := range uint64(2) {
			for first := range uint64(2) {
				for cls := range uint64(numCases) {
					v = append(v, cls|first<<4|caps<<5)
				}
			}
		}
		return v
	}()...)
	argCp1Caps = newDenseArg(func() (v []uint64) {
		for caps := range uint64(2) {
			for _, c := range argClassNb.vals {
				v = append(v, c|caps<<8)
			}
		}
		return v
	}()...)
)

var denseTpls = [numDense]denseTpl{
	dBias:        {[3]*denseArg{argZero, argZero, argZero}, func(a, b, c uint64) uint64 { return f1(tBias, 0) }},
	dFlags:       {[3]*denseArg{argFlags, argCtx, argZero}, func(a, b, c uint64) uint64 { return f1(tFlags, a|b<<8) }},
	dCase3:       {[3]*denseArg{argClassNb, argClass, argCp1Caps}, func(a, b, c uint64) uint64 { return f3(tCase3, a, b, c) }},
	dTrue:        {[3]*denseArg{argTrue, argCtx, argZero}, func(a, b, c uint64) uint64 { return f2(tTrue, a, b) }},
	dTrueM1:      {[3]*denseArg{argTrueNb, argCtx, argZero}, func(a, b, c uint64) uint64 { return f2(tTrueM1, a, b) }},
	dTrueP1:      {[3]*denseArg{argTrueNb, argCtx, argZero}, func(a, b, c uint64) uint64 { return f2(tTrueP1, a, b) }},
	dDoc:         {[3]*denseArg{argDocFlags, argCtx, argZero}, func(a, b, c uint64) uint64 { return f2(tDoc, a, b) }},
	dDocCount:    {[3]*denseArg{argCount, argCtx, argZero}, func(a, b, c uint64) uint64 { return f2(tDocCount, a, b) }},
	dDocLast:     {[3]*denseArg{argLast, argZero, argZero}, func(a, b, c uint64) uint64 { return f1(tDocLast, a) }},
	dDocLastCase: {[3]*denseArg{argLast, argClass, argZero}, func(a, b, c uint64) uint64 { return f2(tDocLastCase, a, b) }},
	dCluM1:       {[3]*denseArg{argCluNear, argClass, argZero}, func(a, b, c uint64) uint64 { return f2(tCluM1, a, b) }},
	dCluP1:       {[3]*denseArg{argCluNear, argClass, argZero}, func(a, b, c uint64) uint64 { return f2(tCluP1, a, b) }},
}

// denseOff is where each template's rows begin in a dense table, in rows;
// denseOff[numDense] is the number of rows.
var denseOff = func() (off [numDense + 1]int) {
	for d, tp := range denseTpls {
		off[d+1] = off[d] + len(tp.args[0].vals)*len(tp.args[1].vals)*len(tp.args[2].vals)
	}
	return off
}()

// denseTable is the weights of every value of the dense templates, as the
// feature table gives them: NumLabels int32 per value.
type denseTable struct {
	once sync.Once
	rows []int32
}

// denseRows returns the model's dense table, filling it on first use.
func (m *Model) denseRows() []int32 {
	m.dense.once.Do(func() {
		rows := make([]int32, denseOff[numDense]*NumLabels)
		for d, tp := range denseTpls {
			r := rows[denseOff[d]*NumLabels:]
			for _, a := range tp.args[0].vals {
				for _, b := range tp.args[1].vals {
					for _, c := range tp.args[2].vals {
						m.add((*[NumLabels]int32)(r), tp.hash(a, b, c))
						r = r[NumLabels:]
					}
				}
			}
		}
		m.dense.rows = rows
	})
	return m.dense.rows
}

// dense adds feature (a, b, c) of dense template d to the token at hand:
// when tagging (s.rows set) its weights to s.acc, read from the dense table
// or, for a value not in the template's lists, looked up by m; when
// training, its hash to f.
func (s *scratch) dense(f []uint64, d int, a, b, c uint64) []uint64 {
	tp := &denseTpls[d]
	if s.rows == nil {
		return append(f, tp.hash(a, b, c))
	}
	if a|b|c < maxDenseValue {
		ia, ib, ic := tp.args[0].code[a], tp.args[1].code[b], tp.args[2].code[c]
		if (ia|ib|ic)&noDense == 0 {
			i := denseOff[d] + (int(ia)*len(tp.args[1].vals)+int(ib))*len(tp.args[2].vals) + int(ic)
			addRow(&s.acc, s.rows[i*NumLabels:i*NumLabels+NumLabels:i*NumLabels+NumLabels])
			return f
		}
	}
	return append(f, tp.hash(a, b, c))
}

// addRow adds NumLabels weights to acc.
func addRow(acc *[NumLabels]int32, w []int32) {
	w = w[:NumLabels:NumLabels]
	acc[0] += w[0]
	acc[1] += w[1]
	acc[2] += w[2]
	acc[3] += w[3]
	acc[4] += w[4]
	acc[5] += w[5]
	acc[6] += w[6]
	acc[7] += w[7]
	acc[8] += w[8]
}
