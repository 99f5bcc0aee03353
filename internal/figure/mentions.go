package figure

import (
	"sort"

	"github.com/newsparse/newsparse/internal/contract"
	"github.com/newsparse/newsparse/internal/textdoc"
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

// mentionsOf returns the index of ents' mentions, built once per analysis.
func mentionsOf(d *textdoc.Doc, ents []contract.Entity) *mentionIndex {
	if d.Mix != nil && d.MixLen == len(ents) && (len(ents) == 0 || d.MixFirst == &ents[0]) {
		return d.Mix.(*mentionIndex)
	}
	ix := &mentionIndex{}
	for k, en := range ents {
		for _, m := range en.Mentions {
			ix.refs = append(ix.refs, mentionRef{m.Start, m.End, k})
			ix.maxLen = max(ix.maxLen, m.End-m.Start)
		}
	}
	sort.Slice(ix.refs, func(i, j int) bool { return ix.refs[i].s < ix.refs[j].s })
	d.Mix, d.MixLen = ix, len(ents)
	if len(ents) > 0 {
		d.MixFirst = &ents[0]
	}
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
