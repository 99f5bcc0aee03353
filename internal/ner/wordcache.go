package ner

// wordCache holds the token information of the words of the document at
// hand that the vocabulary does not know (caseCounts's, before the document
// and the gazetteers add theirs), by the word as written: news repeats its
// words, so that such a word seen before in the document costs a lookup
// instead of a scan of its letters and lookups in the lexicon's tables, and
// tagging reads a token's information again by its index in infos (the
// scratch's refs). (A word of the vocabulary is found in an index and one
// cache line of entry, which tagging reads again.) It grows with the
// document's distinct words, and is emptied by a new generation.
type wordCache struct {
	slots []wordSlot
	words []string  // the words of the slots, by wordSlot.word
	infos []tokInfo // and their information
	gen   uint32
	on    bool // between prepare and release
}

type wordSlot struct {
	h    uint64 // fnvString of the word
	gen  uint32
	word int32 // index in words and infos
}

// reset empties the cache and turns it on.
func (c *wordCache) reset() {
	c.gen++
	c.on = true
	clear(c.words)
	c.words, c.infos = c.words[:0], c.infos[:0]
	if len(c.slots) == 0 {
		c.slots = make([]wordSlot, 1024)
	}
	if c.gen == 0 { // wrapped: clear for real
		clear(c.slots)
		c.gen = 1
	}
}

// release turns the cache off and drops its words.
func (c *wordCache) release() {
	c.on = false
	clear(c.words)
	c.words = c.words[:0]
}

// info returns the index in infos of the information of word w of hash h
// and whether it has been filled; when it has not, it is w's new entry, to
// fill.
func (c *wordCache) info(h uint64, w string) (int, bool) {
	if 2*(len(c.words)+1) > len(c.slots) {
		c.grow()
	}
	mask := uint64(len(c.slots) - 1)
	for i := h & mask; ; i = (i + 1) & mask {
		e := &c.slots[i]
		if e.gen != c.gen {
			e.h, e.gen, e.word = h, c.gen, int32(len(c.words))
			c.words = append(c.words, w)
			c.infos = append(c.infos, tokInfo{})
			return int(e.word), false
		}
		if e.h == h && c.words[e.word] == w {
			return int(e.word), true
		}
	}
}

func (c *wordCache) grow() {
	old := c.slots
	c.slots = make([]wordSlot, 2*len(old))
	mask := uint64(len(c.slots) - 1)
	for k := range old {
		e := &old[k]
		if e.gen != c.gen {
			continue
		}
		i := e.h & mask
		for c.slots[i].gen == c.gen {
			i = (i + 1) & mask
		}
		c.slots[i] = *e
	}
}
