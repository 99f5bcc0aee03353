package gazetteer

import (
	_ "embed"
	"encoding/binary"
)

//go:generate go run ./gen/index -in places.tsv -out places.idx

// placesIdx is the index of placesTSV as parse builds it, written by go
// generate (gen/index), so that a process reads it in place instead of
// hashing 180,000 names into fresh memory on its first lookup
// (TestColdLookup measures both).
//
//go:embed places.idx
var placesIdx []byte

// The index file, little endian: "GZI1", uint32 length of the text it
// indexes, uint32 records, uint32 slots (a power of two), uint32 links,
// then the bytes of table.lines, table.slots and table.links.
const indexMagic = "GZI1"

// Index returns the index file of a table's text, as the generator writes it.
func Index(text string) []byte {
	t := parse(text)
	b := []byte(indexMagic)
	for _, v := range []int{len(text), t.len(), int(t.mask) + 1, len(t.links) / linkSize} {
		b = binary.LittleEndian.AppendUint32(b, uint32(v))
	}
	b = append(b, t.lines...)
	b = append(b, t.slots...)
	return append(b, t.links...)
}

// readIndex returns the table of text with the index b read in place, or
// nil when b is not an index of a text of that length (places.tsv was
// regenerated without its index: parse then indexes it, and
// TestIndexCurrent fails until go generate has run).
func readIndex(text string, b []byte) *table {
	if len(b) < 20 || string(b[:4]) != indexMagic || int(binary.LittleEndian.Uint32(b[4:])) != len(text) {
		return nil
	}
	n := int(binary.LittleEndian.Uint32(b[8:]))
	size := int(binary.LittleEndian.Uint32(b[12:]))
	nl := int(binary.LittleEndian.Uint32(b[16:]))
	b = b[20:]
	if size == 0 || size&(size-1) != 0 || len(b) != 4*n+slotSize*size+linkSize*nl {
		return nil
	}
	return &table{text: text, lines: b[:4*n], slots: b[4*n : 4*n+slotSize*size], links: b[4*n+slotSize*size:], mask: uint32(size - 1)}
}
