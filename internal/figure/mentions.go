package figure

import (
	"sort"
)

// mentionIndex holds every entity mention of an article sorted by start, so
// that the figure extractors find the mentions at a place by binary search
// instead of scanning every entity for every figure (which grew with the
// square of the text on articles full of names).
type mentionIndex struct {
	refs   []mentionRef
	maxLen int // the longest mention, in bytes
}

// mentionRef is one mention: its span and the index of its entity.
type mentionRef struct {
	s, e, ent int
}

// mentions returns the index of the article's entity mentions, built once.
func (f *Figures) mentions() *mentionIndex {
	if f.ix != nil {
		return f.ix
	}
	n := 0
	for _, en := range f.ents {
		n += len(en.Mentions)
	}
	ix := &mentionIndex{refs: make([]mentionRef, 0, n)}
	for k, en := range f.ents {
		for _, m := range en.Mentions {
			ix.refs = append(ix.refs, mentionRef{m.Start, m.End, k})
			ix.maxLen = max(ix.maxLen, m.End-m.Start)
		}
	}
	sort.Slice(ix.refs, func(i, j int) bool { return ix.refs[i].s < ix.refs[j].s })
	f.ix = ix
	return ix
}

// near calls f for each mention that may overlap [s, e) (all those that
// do, in order of start), until f returns false.
func (ix *mentionIndex) near(s, e int, f func(r mentionRef) bool) {
	if ix == nil {
		return
	}
	i := sort.Search(len(ix.refs), func(i int) bool { return ix.refs[i].s >= s-ix.maxLen })
	for ; i < len(ix.refs) && ix.refs[i].s < e; i++ {
		if ix.refs[i].e > s || ix.refs[i].e == s && ix.refs[i].s == s {
			if !f(ix.refs[i]) {
				return
			}
		}
	}
}
