package figure

import (
	"slices"
	"sort"

	"github.com/newsparse/newsparse/internal/contract"
)

// Indexes of byte spans, so that a sentence or an article with thousands of
// casualties is read in time near-linear in them: the readers ask of every
// token or hit whether a hit overlaps it or starts at it, which a scan of
// every hit answers in time linear in the hits. A few spans are still
// scanned: below linearSpans an index costs more than it saves.

// linearSpans is the number of spans below which an index scans them.
const linearSpans = 16

// spanIndex answers whether any of a set of spans overlaps a span: the
// spans sorted by start, with the largest end of each prefix. Spans may be
// added in any order (cheapest in order of start).
type spanIndex struct {
	starts, ends []int // the spans, by start (stable)
	maxEnd       []int // maxEnd[k]: the largest end of spans 0..k
}

// add adds the span [s, e) and returns its place in the order of start.
func (x *spanIndex) add(s, e int) int {
	p := len(x.starts)
	if p > 0 && x.starts[p-1] > s {
		p = sort.SearchInts(x.starts, s+1) // after the spans that start at s: the order stays stable
	}
	x.starts = slices.Insert(x.starts, p, s)
	x.ends = slices.Insert(x.ends, p, e)
	x.maxEnd = slices.Insert(x.maxEnd, p, e)
	for k := p; k < len(x.maxEnd); k++ {
		m := x.ends[k]
		if k > 0 {
			m = max(m, x.maxEnd[k-1])
		}
		if k > p && m == x.maxEnd[k] {
			break // the prefixes after k hold the same largest end as before
		}
		x.maxEnd[k] = m
	}
	return p
}

// overlaps reports a span that overlaps [s, e): one that starts before e
// and ends after s.
func (x *spanIndex) overlaps(s, e int) bool {
	k := sort.SearchInts(x.starts, e) // the spans 0..k-1 start before e
	return k > 0 && x.maxEnd[k-1] > s
}

// castSpans indexes the casualties listed, for covered.
type castSpans struct {
	listed []contract.Casualty
	ix     *spanIndex // nil for a few casualties
}

// newCastSpans indexes listed.
func newCastSpans(listed []contract.Casualty) castSpans {
	c := castSpans{listed: listed}
	if len(listed) < linearSpans {
		return c
	}
	ix := &spanIndex{}
	for _, l := range listed {
		if l.End < l.Start {
			return c // a span the index cannot order: every casualty is asked in turn
		}
		ix.add(l.Start, l.End)
	}
	c.ix = ix
	return c
}

// within counts the listed casualties inside bytes [s, e]: that start at s
// or after and end at e or before.
func (c castSpans) within(s, e int) int {
	n := 0
	if c.ix == nil {
		for _, l := range c.listed {
			if l.Start >= s && l.End <= e {
				n++
			}
		}
		return n
	}
	// a casualty that ends by e starts by e
	for p := sort.SearchInts(c.ix.starts, s); p < len(c.ix.starts) && c.ix.starts[p] <= e; p++ {
		if c.ix.ends[p] <= e {
			n++
		}
	}
	return n
}

// covered reports a listed casualty over bytes [s, e), as covered does.
func (c castSpans) covered(s, e int) bool {
	if c.ix == nil {
		return covered(c.listed, s, e)
	}
	return c.ix.overlaps(s, e)
}

// hitSpans indexes the casualty hits of a segment: which overlap a span
// (overlapsHit) and which start at a byte.
type hitSpans struct {
	hits  []casHit
	ix    *spanIndex // nil for a few hits
	order []int      // the indexes of hits by start (stable), with ix
}

// newHitSpans indexes hits.
func newHitSpans(hits []casHit) *hitSpans {
	x := &hitSpans{hits: hits}
	if len(hits) >= linearSpans {
		x.index()
	}
	return x
}

// index builds the index of x.hits.
func (x *hitSpans) index() {
	hits := x.hits
	x.ix = &spanIndex{}
	x.order = make([]int, len(hits))
	for k := range hits {
		x.order[k] = k
	}
	slices.SortStableFunc(x.order, func(a, b int) int { return hits[a].Start - hits[b].Start })
	for _, k := range x.order {
		x.ix.add(hits[k].Start, hits[k].End)
	}
}

// grow indexes the last hit of hits, which are the hits of x and one more
// (the same slice grown by append).
func (x *hitSpans) grow(hits []casHit) {
	x.hits = hits
	switch {
	case x.ix != nil:
		h := hits[len(hits)-1]
		x.order = slices.Insert(x.order, x.ix.add(h.Start, h.End), len(hits)-1)
	case len(hits) >= linearSpans:
		x.index()
	}
}

// overlaps reports a hit that overlaps [s, e), as overlapsHit does.
func (x *hitSpans) overlaps(s, e int) bool {
	if x.ix == nil {
		return overlapsHit(s, e, x.hits)
	}
	return x.ix.overlaps(s, e)
}

// overlapping returns the indexes of the hits that overlap [s, e), in the
// order of hits.
func (x *hitSpans) overlapping(s, e int) []int {
	var out []int
	if x.ix == nil {
		for k, h := range x.hits {
			if h.Start < e && s < h.End {
				out = append(out, k)
			}
		}
		return out
	}
	// the spans before p start before e; below the first prefix that ends by s, none overlaps
	for p := sort.SearchInts(x.ix.starts, e) - 1; p >= 0 && x.ix.maxEnd[p] > s; p-- {
		if x.ix.ends[p] > s {
			out = append(out, x.order[p])
		}
	}
	slices.Sort(out)
	return out
}

// startingAt appends to out the indexes of the hits that start at byte s,
// in the order of hits.
func (x *hitSpans) startingAt(out []int, s int) []int {
	if x.ix == nil {
		for k, h := range x.hits {
			if h.Start == s {
				out = append(out, k)
			}
		}
		return out
	}
	for p := sort.SearchInts(x.ix.starts, s); p < len(x.order) && x.ix.starts[p] == s; p++ {
		out = append(out, x.order[p])
	}
	return out
}

// singleEnds records in ends (per sentence, the earliest end of a hit of a
// single victim) the hit h, and returns ends: whether a victim is named
// before a hit in its sentence is then read without a scan of every hit
// before it.
func singleEnds(ends map[int]int, h casHit) map[int]int {
	if h.Count != 1 || h.ref == "self" {
		// a harm done to oneself ("Child shoots himself" glued to its lede) names no victim a
		// later reflexive stands for
		return ends
	}
	if ends == nil {
		ends = map[int]int{}
	}
	if e, ok := ends[h.sent]; !ok || h.End < e {
		ends[h.sent] = h.End
	}
	return ends
}

// listedSpans indexes the listed hits (not hidden) for overlapsOther while
// othersLead moves the starts of some of them earlier; it is built when
// first asked.
type listedSpans struct {
	ix *spanIndex // nil until asked, and for a few hits
}

// overlapsOther is overlapsOther(all, k, s, e) for e at the start of
// all[k], which never overlaps [s, e) itself.
func (x *listedSpans) overlapsOther(all []casHit, k, s, e int) bool {
	if len(all) < linearSpans {
		return overlapsOther(all, k, s, e)
	}
	if x.ix == nil {
		x.ix = &spanIndex{}
		for _, h := range all {
			if !h.hidden {
				x.ix.add(h.Start, h.End)
			}
		}
	}
	return x.ix.overlaps(s, e)
}

// grew records h, a listed hit whose start moved earlier: its span before
// lies inside its span now, so both may stay.
func (x *listedSpans) grew(h casHit) {
	if x.ix != nil && !h.hidden {
		x.ix.add(h.Start, h.End)
	}
}
