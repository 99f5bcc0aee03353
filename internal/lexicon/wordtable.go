package lexicon

// wordTable is a set of words, each with a value of 32 bits, read by
// lookups cheaper than a Go map's: open addressing a quarter full over a
// hash of a word's length and first, middle and last bytes. It holds no
// pointer but its one string of words, so the collector does not trace
// its entries.
type wordTable struct {
	words string     // the words, one after another
	slots []wordSlot // n == 0: an empty slot
}

// wordSlot is a word of a wordTable, words[off:off+n], and its value.
type wordSlot struct {
	off, n, v uint32
}

// newWordTable returns the table of m's words and values; "" is left out
// (get finds no value for it).
func newWordTable(m map[string]uint32) wordTable {
	size := 8
	for size < 4*len(m) {
		size *= 2
	}
	t := wordTable{slots: make([]wordSlot, size)}
	var b []byte
	mask := uint32(size - 1)
	for w, v := range m {
		if w == "" {
			continue
		}
		h := wordHash(w) & mask
		for t.slots[h].n != 0 {
			h = (h + 1) & mask
		}
		t.slots[h] = wordSlot{uint32(len(b)), uint32(len(w)), v}
		b = append(b, w...)
	}
	t.words = string(b)
	return t
}

// wordHash mixes the length and the first, middle and last bytes of w, a
// word of one byte or more.
func wordHash(w string) uint32 {
	n := uint32(len(w))
	h := n*0x9e3779b1 ^ uint32(w[0])*0x85ebca6b ^ uint32(w[n/2])*0xc2b2ae35 ^ uint32(w[n-1])*0x27d4eb2f
	return h ^ h>>15
}

// find returns the slot of w, or nil when the table lacks it.
func (t *wordTable) find(w string) *wordSlot {
	if w == "" {
		return nil
	}
	mask := uint32(len(t.slots) - 1)
	n := uint32(len(w))
	for h := wordHash(w) & mask; ; h = (h + 1) & mask {
		s := &t.slots[h]
		if s.n == 0 {
			return nil
		}
		if s.n == n && t.words[s.off:s.off+n] == w {
			return s
		}
	}
}

// has reports whether the table holds w.
func (t *wordTable) has(w string) bool { return t.find(w) != nil }

// each calls f with each word of the table and its value.
func (t *wordTable) each(f func(w string, v uint32)) {
	for _, s := range t.slots {
		if s.n != 0 {
			f(t.words[s.off:s.off+s.n], s.v)
		}
	}
}

// get returns the value of w, 0 when the table lacks it.
func (t *wordTable) get(w string) uint32 {
	if s := t.find(w); s != nil {
		return s.v
	}
	return 0
}

// word returns the table's own copy of w, and whether it holds w.
func (t *wordTable) word(w string) (string, bool) {
	if s := t.find(w); s != nil {
		return t.words[s.off : s.off+s.n], true
	}
	return "", false
}

// stringTable is a wordTable whose words each have a string.
type stringTable struct {
	t    wordTable
	vals []string // by a word's value less one
}

// newStringTable returns the table of m's words and strings; "" is left out.
func newStringTable(m map[string]string) stringTable {
	var st stringTable
	idx := make(map[string]uint32, len(m))
	for w, v := range m {
		st.vals = append(st.vals, v)
		idx[w] = uint32(len(st.vals))
	}
	st.t = newWordTable(idx)
	return st
}

// get returns the string of w, "" when the table lacks it.
func (st *stringTable) get(w string) string {
	if s := st.t.find(w); s != nil {
		return st.vals[s.v-1]
	}
	return ""
}
