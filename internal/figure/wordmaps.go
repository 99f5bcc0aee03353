package figure

import "github.com/newsparse/newsparse/internal/lexicon"

// wordSet is a list of words the readers test tokens against, read through
// a lexicon.WordTable: a Bloom filter and packed entries, fewer cache lines
// a look-up than a Go map's, which matters as much as the instructions at
// every token of an article. m is the map it is built from, for the code
// that ranges over the words; it holds no empty word, which a table leaves
// out (setOf and mapOf panic on one).
type wordSet struct {
	t lexicon.WordTable // 1 for a word whose value is true, 2 for one whose value is false
	m map[string]bool
}

// setOf returns the wordSet of m.
func setOf(m map[string]bool) wordSet {
	idx := make(map[string]uint32, len(m))
	for w, ok := range m {
		checkListed(w)
		idx[w] = 2
		if ok {
			idx[w] = 1
		}
	}
	return wordSet{t: lexicon.NewWordTable(idx), m: m}
}

// checkListed panics on a word a lexicon.WordTable cannot hold: "", or one
// longer than lexicon.MaxTableWord.
func checkListed(w string) {
	if w == "" || len(w) > lexicon.MaxTableWord {
		panic("figure: a listed word no word table holds: " + w)
	}
}

// at returns m[w].
func (s *wordSet) at(w string) bool { return s.t.Get(w) == 1 }

// get returns m[w] and whether m holds w.
func (s *wordSet) get(w string) (bool, bool) {
	v := s.t.Get(w)
	return v == 1, v != 0
}

// wordMap is a map from words to values of type V read as a wordSet is:
// the table gives a word's place in vals, plus one.
type wordMap[V any] struct {
	t    lexicon.WordTable
	vals []V
	m    map[string]V
}

// mapOf returns the wordMap of m.
func mapOf[V any](m map[string]V) wordMap[V] {
	t := wordMap[V]{m: m}
	idx := make(map[string]uint32, len(m))
	for w, v := range m {
		checkListed(w)
		t.vals = append(t.vals, v)
		idx[w] = uint32(len(t.vals))
	}
	t.t = lexicon.NewWordTable(idx)
	return t
}

// get returns m[w] and whether m holds w.
func (t *wordMap[V]) get(w string) (V, bool) {
	if i := t.t.Get(w); i > 0 {
		return t.vals[i-1], true
	}
	var zero V
	return zero, false
}

// at returns m[w].
func (t *wordMap[V]) at(w string) V {
	v, _ := t.get(w)
	return v
}
