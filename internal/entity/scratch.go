package entity

import "sync"

// scratch is the working memory of one extraction that no result keeps:
// the candidates, the per-token tables of its stages and the storage of
// its tallies and entities. Extract takes one from scratchPool and gives
// it back when the output is built, so that a parse reuses the arrays an
// earlier one grew; concurrent extractions each hold their own.
//
// The tables per token (the recogniser's labels, covered and owner
// tables) are each one stage's at a time: a stage takes one, zeroed, and
// is done with it before the next stage takes it again. The scratch holds
// them through the extraction and the pool through the rest of the parse,
// so that an article of more than maxPooledTokens has tables of its own
// instead, each the collector's once its stage is done (TestMemoryScales
// bounds the heap a parse holds).
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
	named   map[string]bool      // repair's names found alone
	votes   map[string]*tally    // vote's tallies by name
	most    [7]int               // the most entries each map held (keptMap)
	words   []string             // recognise's words of a sentence, cleared by recognise

	labels  []int   // recognise's labels, per token
	labSent [][]int // and per sentence, cut from labels
	tok32   []int32 // apposition's owners, splitHyphens's covering candidates
	tokBool []bool  // covered, extendOrgs's candidates' starts
	capital []bool  // capitals's, per token
}

// maxPooledTokens is the most tokens of an article whose tables per token
// the pool keeps: three times the longest article of the BBC corpus.
const maxPooledTokens = 1 << 14

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
	sc.byKey = keptMap(sc.byKey, &sc.most[0])
	sc.firstAt = keptMap(sc.firstAt, &sc.most[1])
	sc.lower = keptMap(sc.lower, &sc.most[2])
	sc.names = keptMap(sc.names, &sc.most[3])
	sc.first = keptMap(sc.first, &sc.most[4])
	sc.named = keptMap(sc.named, &sc.most[5])
	sc.votes = keptMap(sc.votes, &sc.most[6])
	scratchPool.Put(sc)
}

// clearLen zeroes the elements of s and returns it empty.
func clearLen[T any](s []T) []T {
	clear(s)
	return s[:0]
}

// keptMap returns m emptied for the next article, or nil when this
// article put fewer than a quarter of the most entries it held in it
// (*most, which it updates): clearing a map costs the room it grew to,
// and one grown for a longer article costs more to clear, through memory
// long out of the cache, than a new one costs to fill.
func keptMap[K comparable, V any](m map[K]V, most *int) map[K]V {
	n := len(m)
	if n*4 < *most {
		*most = 0
		return nil
	}
	*most = max(*most, n)
	clear(m)
	return m
}

// tokenTable returns a table of n zeroed elements for an article of n
// tokens: *buf, reallocated (and kept in *buf) when too short, or, for an
// article of more than maxPooledTokens, a table of its own.
func tokenTable[T int | int32 | bool](buf *[]T, n int) []T {
	if n > maxPooledTokens {
		return make([]T, n)
	}
	*buf = grownInts(*buf, n)
	return *buf
}

// grownSlices returns *buf with n elements, reallocated (and kept in *buf)
// only when too short; its elements are nil when its user clears them after
// use.
func grownSlices[T any](buf *[][]T, n int) [][]T {
	if cap(*buf) < n {
		*buf = make([][]T, n)
	}
	return (*buf)[:n]
}

// grownInts returns buf with n zeroed elements, reallocated only when too short.
func grownInts[T int | int32 | bool](buf []T, n int) []T {
	if cap(buf) < n {
		return make([]T, n)
	}
	buf = buf[:n]
	clear(buf)
	return buf
}
