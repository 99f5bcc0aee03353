package ner

import (
	"encoding/binary"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

// ner6 writes model m in format NER6, the layout before NER7: the
// vocabulary's entries of ner6Entry bytes, with int32 scores and window
// weights, and an index of their own.
func ner6(t *testing.T, m *Model) []byte {
	b := append([]byte(magicNER6), m.file[4:headerSize]...)
	b = appendSlots(b, m.nFeat, m.size, m.slots)
	b = appendTables(b, &m.lex)
	v := m.voc
	var ents []byte
	n := 0
	for i := range v.mask + 1 {
		e := v.ents[i*vocabEntrySize : (i+1)*vocabEntrySize]
		if binary.LittleEndian.Uint64(e) == 0 {
			continue
		}
		n++
		c := binary.LittleEndian.Uint16(e[entClasses:])
		ents = append(ents, e[entLower:entShape]...) // lower, raw, shape
		ents = append(ents, e[:entLower]...)
		ents = append(ents, e[entShape:entClu]...)
		ents = append(ents, uint8(c&7), uint8(c>>3&63), uint8(c>>9&7), uint8(c>>12&7))
		ents = append(ents, e[entClu:entClasses]...)
		ents = append(ents, 0, 0)
		for k := range NumLabels {
			x := int32(binary.LittleEndian.Uint32(e[entScore+3*k:])<<8) >> 8
			ents = binary.LittleEndian.AppendUint32(ents, uint32(x))
		}
		for k := range 4 {
			var w [NumLabels]int32
			if r := binary.LittleEndian.Uint16(e[entNear+2*k:]); r != 0 {
				row := v.near[int(r-1)*nearSize:]
				for l := range w {
					w[l] = int32(int8(row[1+l])) << (row[0] & 15)
				}
			}
			for _, x := range w {
				ents = binary.LittleEndian.AppendUint32(ents, uint32(x))
			}
		}
	}
	require.Equal(t, n*ner6Entry, len(ents))
	// the index: the raw hash and the entry of every slot
	size := tableSize(n)
	keys, idx := make([]byte, 8*size), make([]byte, 4*size)
	for e := range n {
		h := rawKey(binary.LittleEndian.Uint64(ents[e*ner6Entry+8:]))
		for i := h & uint64(size-1); ; i = (i + 1) & uint64(size-1) {
			if slotKey(keys, i) == 0 {
				binary.LittleEndian.PutUint64(keys[8*i:], h)
				binary.LittleEndian.PutUint32(idx[4*i:], uint32(e))
				break
			}
		}
	}
	b = binary.LittleEndian.AppendUint32(b, uint32(n))
	b = binary.LittleEndian.AppendUint32(b, uint32(size))
	return append(append(append(b, keys...), idx...), ents...)
}

// TestOlderFormat writes the embedded model as NER6 and checks that it, and
// its upgrade to NER7, tag as the embedded model does, and that the
// upgrade of the upgrade is itself.
func TestOlderFormat(t *testing.T) {
	m := Default()
	old, err := Load(ner6(t, m))
	require.NoError(t, err)
	up, err := Upgrade(old.file)
	require.NoError(t, err)
	require.Equal(t, magic, string(up[:4]))
	again, err := Upgrade(up)
	require.NoError(t, err)
	require.Equal(t, up, again)
	m7, err := Load(up)
	require.NoError(t, err)
	docs := [][][]string{{
		strings.Fields("Iranian Defence Minister Amir Hatami met his Syrian counterpart in Damascus ."),
		strings.Fields("HATAMI SAYS TALKS WITH ASSAD WENT WELL"),
		strings.Fields("The Securities and Exchange Commission fined McDONALD 's iPhone unit $ 2.5 million in Gansu ."),
	}}
	check := func(docs [][][]string) {
		for _, doc := range docs {
			want := m.TagDoc(doc)
			require.Equal(t, want, old.TagDoc(doc), "NER6: %q", doc)
			require.Equal(t, want, m7.TagDoc(doc), "upgraded: %q", doc)
		}
	}
	check(docs)
	t.Run("dev", func(t *testing.T) { check(devDocs(t)) })
}
