package quote

import (
	"sort"
	"strings"
)

// Places of single bytes in the text ('\n', '<', '>', '='), found once per
// article: the readers of lines and tags ask, for every quotation, where
// its line starts and ends or where the tag before it opens, which a scan
// of the text would answer in time growing with the line.

// bytePlaces returns the offsets of byte b in the text, in order.
func (a *qattributor) bytePlaces(b byte) []int {
	if ps, ok := a.bytePos[b]; ok {
		return ps
	}
	var ps []int
	if n := strings.Count(a.text, string(rune(b))); b < 0x80 && n > 0 { // counted first (an ASCII byte): one list of the very length
		ps = make([]int, 0, n)
	}
	for i := 0; ; {
		k := strings.IndexByte(a.text[i:], b)
		if k < 0 {
			break
		}
		ps = append(ps, i+k)
		i += k + 1
	}
	if a.bytePos == nil {
		a.bytePos = map[byte][]int{}
	}
	a.bytePos[b] = ps
	return ps
}

// lastByte returns the offset of the last byte b before off, or -1.
func (a *qattributor) lastByte(b byte, off int) int {
	ps := a.bytePlaces(b)
	k := sort.SearchInts(ps, off) // the first at or after off
	if k == 0 {
		return -1
	}
	return ps[k-1]
}

// nextByte returns the offset of the first byte b at or after off, or -1.
func (a *qattributor) nextByte(b byte, off int) int {
	ps := a.bytePlaces(b)
	k := sort.SearchInts(ps, off)
	if k == len(ps) {
		return -1
	}
	return ps[k]
}

// lastByte is strings.LastIndexByte(s, b), which reads s byte by byte from
// its end: a window with no b, nearly every one, is told first by
// strings.IndexByte, which reads many bytes a step.
func lastByte(s string, b byte) int {
	if strings.IndexByte(s, b) < 0 {
		return -1
	}
	return strings.LastIndexByte(s, b)
}
