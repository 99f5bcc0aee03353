package entity

import "sync"

// scratch is the working memory of one extraction that no result keeps:
// the candidates, the per-token tables of its stages and the storage of
// its tallies and entities. Extract takes one from scratchPool and gives
// it back when the output is built, so that a parse reuses the arrays an
// earlier one grew; concurrent extractions each hold their own. Tables
// per token stay with their stage: the pool would hold them through the
// rest of the parse (TestMemoryScales bounds the heap a parse holds).
type scratch struct {
	cands   []cand
	tallies []tally // vote's tallies
	store   []ent   // cluster's entities
	ents    []*ent  // cluster's entities in order
	of      []int   // cluster's entity of each candidate
	byKey   map[ckey]int
	firstAt map[int]int
	lower   map[string]bool      // lowerWords
	names   map[string]propFound // propagate's names
	first   map[string]bool      // and their first words
}

var scratchPool = sync.Pool{New: func() any { return new(scratch) }}

// release clears what the scratch holds of the article (its strings and
// the entities' sets) and gives it back to the pool. The lists are only
// appended to, or cut with their tails cleared (sortCands), so that past
// their lengths they hold nothing: clearing them to their lengths leaves
// them all zero, and the rest of their arrays, which the longest article
// so far grew and this one did not touch, stays out of the cache.
func (sc *scratch) release(x *entx) {
	sc.cands = clearLen(x.cands)
	sc.store = clearLen(sc.store)
	sc.ents = clearLen(sc.ents)
	clear(sc.byKey)
	clear(sc.firstAt)
	clear(sc.lower)
	clear(sc.names)
	clear(sc.first)
	scratchPool.Put(sc)
}

// clearLen zeroes the elements of s and returns it empty.
func clearLen[T any](s []T) []T {
	clear(s)
	return s[:0]
}

// grownInts returns buf with n zeroed elements, reallocated only when too short.
func grownInts[T int | int32](buf []T, n int) []T {
	if cap(buf) < n {
		return make([]T, n)
	}
	buf = buf[:n]
	clear(buf)
	return buf
}
