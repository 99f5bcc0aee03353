package lexicon

import "sort"

// WordTable is a set of words, each with a value of 32 bits, laid out so
// that a look-up touches few cache lines: the tables are read at every token
// of an article, between stages whose own tables push them out of the
// processor's caches, so the bytes a look-up reads cost more than its
// instructions. Most words looked up are in no table; filter, a Bloom
// filter of a byte a word, tells nearly all of them from one word of 64
// bits, three bits of it set for each word of the table, from an array
// small enough to stay in the caches. slots, a power of two at most half
// full and open-addressed by wordHash, holds 4 bytes a word: the top byte
// of its hash and where its entry begins in data, so that a word that
// passes the filter but is not in the table is told, in nearly every case,
// from the one line of slots it reads. data holds the entries one after
// another, each the word's length, its value in 4 bytes (little-endian)
// and its bytes: a word it holds is confirmed from one line more, with its
// value. It holds no pointer but its string and its slices, so the
// collector does not trace its entries.
type WordTable struct {
	filter []uint64 // a power of two of words; empty only in the zero table
	slots  []uint32 // 0: empty; else the word's tag (top byte of the hash's high half) << 24 | its entry's offset in data, plus one
	data   string   // the entries: length byte, value, word
}

// wordTable is the package's name for WordTable.
type wordTable = WordTable

// MaxTableWord is the longest word a WordTable holds: its length is one byte.
const MaxTableWord = 255

// maxTableWord is MaxTableWord.
const maxTableWord = MaxTableWord

// NewWordTable returns the table of m's words and values; "" is left out
// (Get finds no value for it). It panics on a word longer than 255 bytes.
func NewWordTable(m map[string]uint32) WordTable { return newWordTable(m) }

// newWordTable is NewWordTable. The words are laid out in sorted order, so
// the table is the same from run to run.
func newWordTable(m map[string]uint32) wordTable {
	words := make([]string, 0, len(m))
	for w := range m {
		if w == "" {
			continue
		}
		if len(w) > maxTableWord {
			panic("lexicon: a table word longer than 255 bytes: " + w)
		}
		words = append(words, w)
	}
	sort.Strings(words)
	var t wordTable
	size := 8
	for size < 2*len(words) {
		size *= 2
	}
	t.slots = make([]uint32, size)
	nf := 1
	for 64*nf < 8*len(words) {
		nf *= 2
	}
	t.filter = make([]uint64, nf)
	var b []byte
	mask := uint32(size - 1)
	for _, w := range words {
		if len(b)+1 >= 1<<24 {
			panic("lexicon: a table of more than 16 MiB")
		}
		h64 := wordHash(w)
		t.filter[uint32(h64)&uint32(len(t.filter)-1)] |= filterBits(h64)
		h := uint32(h64 >> 32)
		i := h & mask
		for t.slots[i] != 0 {
			i = (i + 1) & mask
		}
		t.slots[i] = h&0xff000000 | uint32(len(b)+1)
		v := m[w]
		b = append(b, byte(len(w)), byte(v), byte(v>>8), byte(v>>16), byte(v>>24))
		b = append(b, w...)
	}
	t.data = string(b)
	return t
}

// wordHash mixes the length of w, a word of one byte or more, and its
// first and last four bytes (each byte of one shorter than four): every
// byte of a word of up to eight bytes. One test of the length chooses how
// the bytes are read: it goes either way at random from look-up to
// look-up, and a second one (eight bytes for a longer word) cost as many
// mispredicted branches again; longer words that share their first and
// last four bytes and their length only share a chain of slots. The low
// bits of its high half place a word in the slots, their top byte is the
// tag kept there; its low half places it in the filter (filterBits).
func wordHash(w string) uint64 {
	n := len(w)
	var a, b uint64
	if n >= 4 {
		a, b = uint64(load32(w, 0)), uint64(load32(w, n-4))<<32
	} else {
		a = uint64(w[0]) | uint64(w[n/2])<<8 | uint64(w[n-1])<<16
	}
	h := (a*0x9e3779b97f4a7c15 ^ b ^ uint64(n)) * 0xc2b2ae3d27d4eb4f
	return h ^ h>>32
}

// filterBits returns the three bits of a word's filter word that a word of
// hash h sets: their places are bits 16 to 33 of h, above those that choose
// the filter word.
func filterBits(h uint64) uint64 {
	return 1<<(h>>16&63) | 1<<(h>>22&63) | 1<<(h>>28&63)
}

// load64 returns the eight bytes of s from i, little-endian.
func load64(s string, i int) uint64 {
	s = s[i : i+8]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

// load32 returns the four bytes of s from i, little-endian.
func load32(s string, i int) uint32 {
	s = s[i : i+4]
	return uint32(s[0]) | uint32(s[1])<<8 | uint32(s[2])<<16 | uint32(s[3])<<24
}

// find returns the offset of w's entry in data and its value, or -1 and 0
// when the table lacks it. It computes wordHash itself, the same way, to
// save a call at every look-up: the compiler inlines neither.
func (t *wordTable) find(w string) (int, uint32) {
	n := len(w)
	if n == 0 || len(t.filter) == 0 {
		return -1, 0 // "", or a zero table
	}
	var a, b uint64
	if n >= 4 {
		a, b = uint64(load32(w, 0)), uint64(load32(w, n-4))<<32
	} else {
		a = uint64(w[0]) | uint64(w[n/2])<<8 | uint64(w[n-1])<<16
	}
	h64 := (a*0x9e3779b97f4a7c15 ^ b ^ uint64(n)) * 0xc2b2ae3d27d4eb4f
	h64 ^= h64 >> 32
	if f := filterBits(h64); t.filter[uint32(h64)&uint32(len(t.filter)-1)]&f != f {
		return -1, 0
	}
	h := uint32(h64 >> 32)
	tag := h & 0xff000000
	mask := uint32(len(t.slots) - 1)
	for i := h & mask; ; i = (i + 1) & mask {
		s := t.slots[i]
		if s == 0 {
			return -1, 0
		}
		if s&0xff000000 != tag {
			continue
		}
		off := int(s&0xffffff) - 1
		e := t.data[off:]
		if len(e) < 5+n || int(e[0]) != n {
			continue
		}
		// a and b hold every byte of a word of up to 8 bytes: compare them
		// with the entry's, a word at a time (a longer word's bytes eight
		// at a time), for the bytes themselves, with no call
		var same bool
		switch {
		case n > 16:
			same = load64(e, n-3) == load64(w, n-8)
			for k := 0; same && k < n-8; k += 8 {
				same = load64(e, 5+k) == load64(w, k)
			}
		case n >= 8:
			same = load64(e, 5) == load64(w, 0) && load64(e, n-3) == load64(w, n-8)
		case n >= 4:
			same = uint64(load32(e, 5)) == a && uint64(load32(e, n+1))<<32 == b
		default:
			same = uint64(e[5])|uint64(e[5+n/2])<<8|uint64(e[4+n])<<16 == a
		}
		if same {
			return off, load32(e, 1)
		}
	}
}

// value returns the value of the entry at off.
func (t *wordTable) value(off int) uint32 { return load32(t.data, off+1) }

// has reports whether the table holds w.
func (t *wordTable) has(w string) bool {
	off, _ := t.find(w)
	return off >= 0
}

// Has reports whether the table holds w.
func (t *WordTable) Has(w string) bool { return t.has(w) }

// each calls f with each word of the table and its value.
func (t *wordTable) each(f func(w string, v uint32)) {
	for off := 0; off < len(t.data); {
		n := int(t.data[off])
		f(t.data[off+5:off+5+n], t.value(off))
		off += 5 + n
	}
}

// get returns the value of w, 0 when the table lacks it.
func (t *wordTable) get(w string) uint32 {
	_, v := t.find(w)
	return v
}

// Get returns the value of w, 0 when the table lacks it.
func (t *WordTable) Get(w string) uint32 { return t.get(w) }

// word returns the table's own copy of w, and whether it holds w.
func (t *wordTable) word(w string) (string, bool) {
	if off, _ := t.find(w); off >= 0 {
		return t.data[off+5 : off+5+len(w)], true
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
	if _, v := st.t.find(w); v > 0 {
		return st.vals[v-1]
	}
	return ""
}

// lookup returns the string of w and whether the table holds w.
func (st *stringTable) lookup(w string) (string, bool) {
	if _, v := st.t.find(w); v > 0 {
		return st.vals[v-1], true
	}
	return "", false
}
