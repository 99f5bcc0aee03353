// Package ner tags the tokens of English news sentences with named-entity
// labels (PER, ORG, LOC, MISC in IOB2).
//
// The tagger is an averaged structured perceptron with first-order Viterbi
// decoding over the nine labels. Features are hashed (FNV-1a, then a 64-bit
// finaliser) from the word, its shape, affixes and casing, a ±2 word window, a
// gazetteer and a case lexicon built from the training data, and
// document-level evidence: how the same word is written elsewhere in the
// document and which type the document's earlier sentences gave it; a place
// gazetteer (names of cities, subdivisions and countries from GeoNames and
// ISO 3166, with population bands, see internal/gazetteer) and word
// clusters learned from unlabeled news (internal/train/clusters). TagDoc
// uses that evidence; Tag sees a one-sentence document.
//
// The model is trained by ../train and embedded as model.bin.
package ner

import (
	_ "embed"
	"encoding/binary"
	"errors"
	"fmt"
	"math"
	"sync"
)

//go:embed model.bin
var modelBin []byte

// Model is a trained tagger; safe for concurrent use.
type Model struct {
	slots []byte // size slots of slotSize bytes, open addressing by feature hash (slotOf)
	size  uint64
	nFeat int
	trans [NumLabels + 1][NumLabels]int32 // row 0: sentence start
	// transT is trans transposed, with its forbidden transitions:
	// transT[b][0] starts with b, transT[b][a+1] goes from a to b.
	transT [NumLabels][NumLabels + 1]int64
	lex    lexicon
	voc    *vocab
	scale  float32
	file   []byte
	pool   sync.Pool
	tt     tagTables
}

var (
	defaultOnce  sync.Once
	defaultModel *Model
)

// A slot of the feature table is a feature's fingerprint (uint16, little
// endian; 0: empty), a shift and its NumLabels weights w[k]<<shift as int8,
// in 12 bytes, and the model file holds the table as it is used.
const slotSize = 3 + NumLabels

// maxRows is the most window-weight rows a vocabulary may have: an entry
// holds 1 + the number of a row in 16 bits.
const maxRows = 1<<16 - 1

// slotOf returns the first slot to probe for feature hash h.
func (m *Model) slotOf(h uint64) uint64 { return (uint64(uint32(h)) * m.size) >> 32 }

// Default returns the embedded model, loaded once on first use.
// It panics if the embedded model is corrupt, which a test guards against.
func Default() *Model {
	defaultOnce.Do(func() {
		m, err := Load(modelBin)
		if err != nil {
			panic("ner: embedded model: " + err.Error())
		}
		defaultModel = m
	})
	return defaultModel
}

// Encode returns the model file Load decodes into m.
func (m *Model) Encode() []byte { return m.file }

// NumFeatures returns the number of weight rows in the model.
func (m *Model) NumFeatures() int { return m.nFeat }

// Tag returns one IOB2 label per token: "O", "B-PER", "I-PER", "B-ORG",
// "I-ORG", "B-LOC", "I-LOC", "B-MISC", "I-MISC". tokens are the words of one
// sentence as they appear in the text, tokenized PTB-like.
func (m *Model) Tag(tokens []string) []string {
	out := make([]string, len(tokens))
	m.TagInto(tokens, out)
	return out
}

// TagInto is Tag writing into out, which must have len(tokens) elements.
func (m *Model) TagInto(tokens []string, out []string) {
	doc := [1][]string{tokens}
	outs := [1][]string{out}
	m.TagDocInto(doc[:], outs[:])
}

// TagDoc returns the labels of every sentence of a document. It is the
// main entry point: evidence from the whole document (a word written in title
// case elsewhere, the type given to it earlier) sharpens the tags of
// headlines, tables and sentence-initial words.
func (m *Model) TagDoc(sentences [][]string) [][]string {
	out := make([][]string, len(sentences))
	for i, s := range sentences {
		out[i] = make([]string, len(s))
	}
	m.TagDocInto(sentences, out)
	return out
}

// TagDocInto is TagDoc writing into out, which must have one slice of the
// right length per sentence.
func (m *Model) TagDocInto(sentences [][]string, out [][]string) {
	s := m.scratch()
	s.docPrepare(sentences, &m.lex, m.voc)
	for k, words := range sentences {
		for lo := 0; lo < len(words); lo += MaxPiece {
			o := out[k][lo:]
			for i, l := range m.tagPiece(s, k, lo, min(lo+MaxPiece, len(words))) {
				o[i] = Labels[l]
			}
		}
	}
	s.release()
	m.pool.Put(s)
}

// TagDocIndex is TagDoc returning label indices into Labels, written into
// out, which must have one slice of the right length per sentence; it is
// what the training command evaluates with.
func (m *Model) TagDocIndex(sentences [][]string, out [][]int) {
	s := m.scratch()
	s.docPrepare(sentences, &m.lex, m.voc)
	m.tagIndex(s, len(sentences), out)
}

// TagDocFunc is TagDocIndex for a document of n sentences whose words come
// one sentence at a time, so that the caller need not hold a string per
// token of the document: words(k, buf) returns the words of sentence k,
// appended to buf (buf's earlier words are no longer needed). It is called
// once per sentence, to prepare the document, which keeps of each token
// where its information is (docPrepare); out[k] must have the length of
// sentence k.
func (m *Model) TagDocFunc(n int, words func(k int, buf []string) []string, out [][]int) {
	total := 0
	for k := range n {
		total += len(out[k])
	}
	s := m.scratch()
	s.docPrepareFunc(n, total, words, &m.lex, m.voc)
	m.tagIndex(s, n, out)
}

// scratch returns a scratch from the pool, set to tag with m.
func (m *Model) scratch() *scratch {
	s, _ := m.pool.Get().(*scratch)
	if s == nil {
		s = new(scratch)
	}
	tt := m.tagging()
	s.rows, s.narrow, s.nibbles = tt.rows, tt.narrow, tt.nibbles
	return s
}

// tagIndex tags the n sentences of the document prepared in s into out and
// puts s back in the pool.
func (m *Model) tagIndex(s *scratch, n int, out [][]int) {
	for k := range n {
		nw := len(out[k]) // the sentence's length, without asking for its words
		for lo := 0; lo < nw; lo += MaxPiece {
			copy(out[k][lo:], m.tagPiece(s, k, lo, min(lo+MaxPiece, nw)))
		}
	}
	s.release()
	m.pool.Put(s)
}

// MaxPiece is the most tokens the tagger decodes at once. A longer sentence
// (no news sentence comes near it: it is a table, a list or hostile input) is
// tagged in pieces of MaxPiece tokens, each decoded as a sentence of its own,
// so that the tagger's memory is bounded whatever the input.
const MaxPiece = 1024

// tagPiece decodes tokens lo:hi of sentence k of the document prepared in s
// and records their labels in the document table. The result aliases s.labels.
func (m *Model) tagPiece(s *scratch, k, lo, hi int) []int {
	n := hi - lo
	if n <= 0 {
		return s.labels[:0]
	}
	sentCaps := s.piece(k, lo, hi)
	s.gazetteer(&m.lex)
	if cap(s.score) < n*NumLabels {
		s.score = make([]int32, n*NumLabels, max(n*NumLabels, 2*cap(s.score)))
	}
	em := s.score[:n*NumLabels]
	for i := 0; i < n; i++ {
		var acc [NumLabels]int32
		m.voc.addWindow(&acc, s.toks, i)
		s.nd, s.nn = 0, 0
		s.tf = s.tokenFeatures(s.tf[:0], i, sentCaps)
		s.tf = s.dynFeatures(s.tf, &s.toks[i])
		m.addAll(&acc, s.nibbles, s.tf, &s.probe)
		s.addDense(&acc)
		*(*[NumLabels]int32)(em[i*NumLabels:]) = acc
	}
	s.labels = m.decode(em, n, s.labels, &s.back)
	s.recordLabels(s.labels)
	return s.labels
}

// recordLabels stores the types just assigned in the document table.
func (s *scratch) recordLabels(labels []int) {
	for i, l := range labels {
		t := &s.toks[i]
		if t.cls == caseNone || t.cls == caseLower {
			continue
		}
		var e *docSlot
		if t.docSlot != 0 {
			e = &s.doc.slots[t.docSlot-1]
		} else {
			e = s.doc.entry(t.lower)
		}
		if l != 0 {
			e.last = uint8(1 + labelType(l))
		} else if e.last == 0 {
			e.last = 1
		}
	}
}

// add adds the weights of feature h, if the model has it, to acc.
func (m *Model) add(acc *[NumLabels]int32, h uint64) {
	if i := m.find(h); i >= 0 {
		addSlot(acc, m.slots[i*slotSize:])
	}
}

// find returns the slot of feature h, or -1 when the model has none: the
// first slot from slotOf(h) on with h's fingerprint, unless an empty slot
// comes first.
func (m *Model) find(h uint64) int {
	fp := fingerprint(h)
	for i := m.slotOf(h); ; {
		f := binary.LittleEndian.Uint16(m.slots[i*slotSize : i*slotSize+2])
		if f == fp {
			return int(i)
		}
		if f == 0 {
			return -1
		}
		if i++; i == m.size {
			i = 0
		}
	}
}

// addAll adds the weights of every feature of hs that the model has to acc,
// as add does: the first slot from slotOf(h) on with h's fingerprint,
// unless an empty slot comes first. It probes the nibbles of the slots
// (nibbles: the model's tagTables.nibbles), a table a quarter the size of
// the fingerprints, and reads a slot only where its nibble is the
// feature's: the table is larger than the caches, and a document's
// features, most of which the model has not, touch a line of the nibbles
// each rather than one of the fingerprints. The first nibble of every
// feature of a batch is read before any is compared, so that the reads of
// the batch wait for memory together rather than one after another.
func (m *Model) addAll(acc *[NumLabels]int32, nibbles []uint64, hs []uint64, buf *probeBuf) {
	const batch = probeBatch
	first, rest := &buf.first, &buf.rest
	for len(hs) > 0 {
		n := min(len(hs), batch)
		for j, h := range hs[:n] {
			i := m.slotOf(h)
			first[j] = i
			rest[j] = nibbles[i/16] >> (i % 16 * 4) // the nibbles from slot i on
		}
	features:
		for j, h := range hs[:n] {
			fp := fingerprint(h)
			nib := uint64(nibble(fp))
			i, x := first[j], rest[j]
			for {
				q := x & 15
				if q == 0 {
					continue features
				}
				if q == nib {
					sl := m.slots[i*slotSize : i*slotSize+slotSize : i*slotSize+slotSize]
					if uint16(sl[0])|uint16(sl[1])<<8 == fp {
						// addSlot, written out: a call per feature
						// costs more than its sums
						s := sl[2] & 15
						acc[0] += int32(int8(sl[3])) << s
						acc[1] += int32(int8(sl[4])) << s
						acc[2] += int32(int8(sl[5])) << s
						acc[3] += int32(int8(sl[6])) << s
						acc[4] += int32(int8(sl[7])) << s
						acc[5] += int32(int8(sl[8])) << s
						acc[6] += int32(int8(sl[9])) << s
						acc[7] += int32(int8(sl[10])) << s
						acc[8] += int32(int8(sl[11])) << s
						continue features
					}
				}
				i++
				x >>= 4
				switch {
				case i == m.size:
					i, x = 0, nibbles[0]
				case i%16 == 0:
					x = nibbles[i/16]
				}
			}
		}
		hs = hs[n:]
	}
}

// probeBatch is the most features addAll probes at once.
const probeBatch = 32

// probeBuf is addAll's buffer, the scratch's, so that it is not cleared
// for every token: the first slot of each feature of a batch, and the
// nibbles from it on.
type probeBuf struct {
	first, rest [probeBatch]uint64
}

// nibble returns the nibble of fingerprint fp: its low 4 bits, 1 for 0.
func nibble(fp uint16) uint8 {
	q := uint8(fp & 15)
	return q + (q-1)>>7 // 0 - 1 has its top bit set
}

// nibbles returns the nibbles of the feature table's slots, 16 to a word:
// slot i's, 0 if it is empty, is bits 4*(i%16) to 4*(i%16)+3 of word i/16.
// A slot with a feature's fingerprint has that fingerprint's nibble (never
// 0), so that probing for a feature reads its slot only when the nibbles
// match, and stops at the same empty slot.
func (m *Model) nibbles() []uint64 {
	nb := make([]uint64, (m.size+15)/16)
	for i := range m.size {
		if fp := uint16(m.slots[i*slotSize]) | uint16(m.slots[i*slotSize+1])<<8; fp != 0 {
			nb[i/16] |= uint64(nibble(fp)) << (i % 16 * 4)
		}
	}
	return nb
}

// addSlot adds the weights of a slot (slotSize bytes) to acc.
func addSlot(acc *[NumLabels]int32, sl []byte) {
	sl = sl[:slotSize:slotSize]
	s := sl[2] & 15
	acc[0] += int32(int8(sl[3])) << s
	acc[1] += int32(int8(sl[4])) << s
	acc[2] += int32(int8(sl[5])) << s
	acc[3] += int32(int8(sl[6])) << s
	acc[4] += int32(int8(sl[7])) << s
	acc[5] += int32(int8(sl[8])) << s
	acc[6] += int32(int8(sl[9])) << s
	acc[7] += int32(int8(sl[10])) << s
	acc[8] += int32(int8(sl[11])) << s
}

// buildSlots lays out the feature table of n features: keys (8 bytes
// each), shifts (one byte each) and weights (NumLabels int8 each), at load
// factor 0.5 so that linear probing stays short for absent features.
func buildSlots(n int, keys, shifts, ws []byte) ([]byte, uint64) {
	size := uint64(2*n + 1)
	slots := make([]byte, size*slotSize)
	m := Model{size: size}
	for k := 0; k < n; k++ {
		h := binary.LittleEndian.Uint64(keys[8*k:])
		for i := m.slotOf(h); ; {
			sl := slots[i*slotSize : i*slotSize+slotSize]
			if sl[0] == 0 && sl[1] == 0 {
				binary.LittleEndian.PutUint16(sl, fingerprint(h))
				sl[2] = shifts[k]
				copy(sl[3:], ws[NumLabels*k:NumLabels*k+NumLabels])
				break
			}
			if i++; i == size {
				i = 0
			}
		}
	}
	return slots, size
}

// fingerprint is the part of a feature hash the table stores; never 0.
func fingerprint(h uint64) uint16 {
	fp := uint16(h >> 48)
	if fp == 0 {
		fp = 1
	}
	return fp
}

// allowed reports whether label b may follow label a (a = -1 at the start):
// an I- label continues a B- or I- label of its own type.
func allowed(a, b int) bool {
	if !isInside(b) {
		return true
	}
	return a > 0 && labelType(a) == labelType(b)
}

// forbidden is the transition score of a label pair that allowed rejects:
// low enough never to win, high enough that sums of two do not overflow.
const forbidden = -1 << 28

// constrain sets the forbidden transitions of trans (row 0: start) to forbidden.
func constrain[T int32 | float32](trans *[NumLabels + 1][NumLabels]T) {
	for a := -1; a < NumLabels; a++ {
		for b := 0; b < NumLabels; b++ {
			if !allowed(a, b) {
				trans[a+1][b] = forbidden
			}
		}
	}
}

// viterbi returns the best label sequence for emission scores em (n rows of
// NumLabels) and transition scores trans (row 0: start), whose forbidden
// transitions have been set by constrain.
func viterbi[T int32 | float32](em []T, trans *[NumLabels + 1][NumLabels]T, n int, out []int, backBuf *[]int8) []int {
	if cap(out) < n {
		out = make([]int, n, max(n, 2*cap(out)))
	}
	out = out[:n]
	if cap(*backBuf) < n*NumLabels {
		*backBuf = make([]int8, n*NumLabels, max(n*NumLabels, 2*cap(*backBuf)))
	}
	back := (*backBuf)[:n*NumLabels]
	var cur, prev [NumLabels]T
	for b := 0; b < NumLabels; b++ {
		cur[b] = trans[0][b] + em[b]
	}
	for i := 1; i < n; i++ {
		// Keep the scores near 0: forbidden stays out of reach and int32
		// sums cannot overflow however long the sentence.
		top := cur[0]
		for _, v := range cur[1:] {
			top = max(top, v)
		}
		for b := range cur {
			prev[b] = cur[b] - top
		}
		row := em[i*NumLabels : i*NumLabels+NumLabels]
		bk := back[i*NumLabels : i*NumLabels+NumLabels]
		for b := 0; b < NumLabels; b++ {
			best, arg := prev[0]+trans[1][b], 0
			for a := 1; a < NumLabels; a++ {
				if v := prev[a] + trans[a+1][b]; v > best {
					best, arg = v, a
				}
			}
			cur[b] = best + row[b]
			bk[b] = int8(arg)
		}
	}
	best, arg := cur[0], 0
	for b := 1; b < NumLabels; b++ {
		if cur[b] > best {
			best, arg = cur[b], b
		}
	}
	for i := n - 1; i >= 0; i-- {
		out[i] = arg
		arg = int(back[i*NumLabels+arg])
	}
	return out
}

// decode is viterbi for the model's int32 scores, unrolled over the labels.
// It sums in int64, which no sentence piece can overflow, so that the
// scores need not be kept near 0: a comparison of two sums is the same
// whatever is added to both. An I- label is scored from its two allowed
// predecessors only, its B- and I- labels: every other way in costs
// forbidden, and cannot win. (The B- label, which any label may precede,
// scores within the range of the transitions and of one token's emissions
// of the best label, a few million at most for weights of at most 32000 per
// feature (see Load): far above forbidden.) The labels and their ties come
// out as viterbi's.
func (m *Model) decode(em []int32, n int, out []int, backBuf *[]int8) []int {
	if cap(out) < n {
		out = make([]int, n, max(n, 2*cap(out)))
	}
	out = out[:n]
	if cap(*backBuf) < n*NumLabels {
		*backBuf = make([]int8, n*NumLabels, max(n*NumLabels, 2*cap(*backBuf)))
	}
	back := (*backBuf)[:n*NumLabels]
	tt := &m.transT
	var cur [NumLabels]int64
	for b := 0; b < NumLabels; b++ {
		cur[b] = tt[b][0] + int64(em[b])
	}
	for i := 1; i < n; i++ {
		p := cur
		row := em[i*NumLabels : i*NumLabels+NumLabels : i*NumLabels+NumLabels]
		bk := back[i*NumLabels : i*NumLabels+NumLabels : i*NumLabels+NumLabels]
		// O and the B- labels: from any label.
		for k := 0; k < 5; k++ {
			b := max(2*k-1, 0)
			t := &tt[b]
			best, arg := p[0]+t[1], int8(0)
			if v := p[1] + t[2]; v > best {
				best, arg = v, 1
			}
			if v := p[2] + t[3]; v > best {
				best, arg = v, 2
			}
			if v := p[3] + t[4]; v > best {
				best, arg = v, 3
			}
			if v := p[4] + t[5]; v > best {
				best, arg = v, 4
			}
			if v := p[5] + t[6]; v > best {
				best, arg = v, 5
			}
			if v := p[6] + t[7]; v > best {
				best, arg = v, 6
			}
			if v := p[7] + t[8]; v > best {
				best, arg = v, 7
			}
			if v := p[8] + t[9]; v > best {
				best, arg = v, 8
			}
			cur[b], bk[b] = best+int64(row[b]), arg
		}
		// The I- labels: from the B- label before or themselves.
		for b := 2; b < NumLabels; b += 2 {
			t := &tt[b]
			best, arg := p[b-1]+t[b], int8(b-1)
			if v := p[b] + t[b+1]; v > best {
				best, arg = v, int8(b)
			}
			cur[b], bk[b] = best+int64(row[b]), arg
		}
	}
	best, arg := cur[0], 0
	for b := 1; b < NumLabels; b++ {
		if cur[b] > best {
			best, arg = cur[b], b
		}
	}
	for i := n - 1; i >= 0; i-- {
		out[i] = arg
		arg = int(back[i*NumLabels+arg])
	}
	return out
}

// Model file format, little endian:
//
//	"NER7"  magic
//	float32 scale (weights are round(weight*scale), at most 32000)
//	(NumLabels+1)*NumLabels int32 transitions, row 0 the start
//	uint32 n features, uint32 size, size*slotSize bytes: the feature table
//	  as Model.slots holds it (see slotSize, buildSlots)
//	five tables as byteTable and u16Table hold them, each uint32 size (0:
//	  none), size*8 key bytes, size (u16Table: 2*size) value bytes: the
//	  gazetteer, the case lexicon, the place gazetteer, the word clusters
//	  (u16Table) and the head words
//	the vocabulary as vocab holds it: uint32 n, uint32 size, uint32 rows,
//	  rows*nearSize bytes of window weights, zero bytes up to a multiple of
//	  64 from the file's start, size slots of vocabEntrySize bytes (see
//	  appendVocab)
//
// Load reads the feature table, the five tables and the vocabulary in
// place, without copying or hashing them: an embedded model costs only the
// pages a document touches. The older formats still load, their
// vocabulary laid out at load (Upgrade writes them as NER7):
//
//	"NER6"  as NER7 with the vocabulary as uint32 n, uint32 size, size*8
//	        bytes of word hashes, size*4 bytes of entry indices, n entries
//	        of ner6Entry bytes
//	"NER5"  as NER6, with the vocabulary of NER4
//	"NER4"  scale, transitions; uint32 n, n uint64 feature hashes, n uint8
//	        shifts, n*NumLabels int8 weights; then the five tables, each
//	        uint32 n, n uint64 keys, n values (uint8; uint16 for the clusters);
//	        the vocabulary: uint32 n, n entries of oldEntry bytes
//	"NER2"  as NER4 with the gazetteer and the case lexicon only
const magic = "NER7"

// Older formats Load still reads.
const (
	magicNER6 = "NER6"
	magicNER5 = "NER5"
	magicNER4 = "NER4"
	magicNER2 = "NER2" // before the place gazetteer, the word clusters and the head words
)

// headerSize is the size of the magic, the scale and the transitions, the
// same in every format.
const headerSize = 8 + 4*(NumLabels+1)*NumLabels

// Load decodes a model file. The model refers to b, which must not change.
func Load(b []byte) (*Model, error) {
	r := reader{b: b}
	format := string(r.next(4))
	if format != magic && format != magicNER6 && format != magicNER5 && format != magicNER4 && format != magicNER2 {
		return nil, errors.New("not a model file")
	}
	m := &Model{file: b}
	m.scale = math.Float32frombits(r.u32())
	for i := range m.trans {
		for j := range m.trans[i] {
			m.trans[i][j] = int32(r.u32())
		}
	}
	constrain(&m.trans)
	for a := range m.trans {
		for b := range m.trans[a] {
			m.transT[b][a] = int64(m.trans[a][b])
		}
	}
	n := int(r.u32())
	if r.err != nil || n > len(b)/8 {
		return nil, errors.New("truncated model file")
	}
	m.nFeat = n
	laid := format == magic || format == magicNER6 || format == magicNER5
	if laid {
		size := uint64(r.u32())
		if r.err != nil || size != uint64(2*n+1) || size > uint64(len(r.b)/slotSize) {
			return nil, errors.New("truncated model file")
		}
		m.size = size
		m.slots = r.next(int(size) * slotSize)
	} else {
		keys := r.next(8 * n)
		shifts := r.next(n)
		ws := r.next(NumLabels * n)
		if r.err != nil {
			return nil, r.err
		}
		m.slots, m.size = buildSlots(n, keys, shifts, ws)
	}
	var err error
	tables := []**byteTable{&m.lex.gaz, &m.lex.true}
	if format != magicNER2 {
		tables = append(tables, &m.lex.geo, nil, &m.lex.heads)
	}
	for _, t := range tables {
		switch {
		case t == nil && laid:
			m.lex.clu, err = r.u16Laid()
		case t == nil:
			m.lex.clu, err = r.u16Table()
		case laid:
			*t, err = r.byteLaid()
		default:
			*t, err = r.byteTable()
		}
		if err != nil {
			return nil, err
		}
	}
	nw := int(r.u32())
	switch {
	case r.err != nil:
		return nil, r.err
	case format == magic && len(r.b) > 0:
		m.voc, err = readVocab(&r, nw, len(b)-len(r.b))
	case format == magicNER6 && len(r.b) > 0:
		size := int(r.u32())
		if r.err != nil || size < 16 || size&(size-1) != 0 || size < nw || 12*size+nw*ner6Entry != len(r.b) {
			return nil, errors.New("truncated model file")
		}
		r.next(12 * size)
		m.voc, err = decodeVocab(r.next(nw*ner6Entry), nw, true, m)
	default:
		if nw > len(r.b)/oldEntry {
			return nil, errors.New("truncated model file")
		}
		m.voc, err = decodeVocab(r.next(nw*oldEntry), nw, false, m)
		if err == nil && len(r.b) != 0 {
			err = fmt.Errorf("%d trailing bytes in model file", len(r.b))
		}
	}
	if err != nil {
		return nil, err
	}
	return m, nil
}

// Upgrade returns the model file b in the current format, NER7: the same
// weights, tables and vocabulary, read in place by Load. A file in the
// current format comes back as it is.
func Upgrade(b []byte) ([]byte, error) {
	m, err := Load(b)
	if err != nil || string(b[:4]) == magic {
		return b, err
	}
	out := append([]byte(magic), b[4:headerSize]...) // the scale and the transitions, as stored
	out = appendSlots(out, m.nFeat, m.size, m.slots)
	out = appendTables(out, &m.lex)
	return appendVocab(out, m.voc.list, m.voc.near)
}

type reader struct {
	b   []byte
	err error
}

func (r *reader) next(n int) []byte {
	if r.err != nil || n > len(r.b) || n < 0 {
		r.err = errors.New("truncated model file")
		return make([]byte, max(n, 0))
	}
	p := r.b[:n]
	r.b = r.b[n:]
	return p
}

func (r *reader) u32() uint32 { return binary.LittleEndian.Uint32(r.next(4)) }

// laid reads the size of a table written as it is used, checks it, and
// returns its key and value bytes (vsize bytes per value); size 0 is no table.
func (r *reader) laid(vsize int) (keys, vals []byte, mask uint64, err error) {
	size := int(r.u32())
	if r.err != nil || size != 0 && (size < 16 || size&(size-1) != 0 || size > len(r.b)/(8+vsize)) {
		return nil, nil, 0, errors.New("truncated model file")
	}
	if size == 0 {
		return nil, nil, 0, nil
	}
	return r.next(8 * size), r.next(vsize * size), uint64(size - 1), r.err
}

func (r *reader) byteLaid() (*byteTable, error) {
	keys, vals, mask, err := r.laid(1)
	if err != nil || keys == nil {
		return nil, err
	}
	return &byteTable{keys: keys, vals: vals, mask: mask}, nil
}

func (r *reader) u16Laid() (*u16Table, error) {
	keys, vals, mask, err := r.laid(2)
	if err != nil || keys == nil {
		return nil, err
	}
	return &u16Table{keys: keys, vals: vals, mask: mask}, nil
}

func (r *reader) u16Table() (*u16Table, error) {
	n := int(r.u32())
	if r.err != nil || n > len(r.b)/10 {
		return nil, errors.New("truncated model file")
	}
	keys := r.next(8 * n)
	vals := r.next(2 * n)
	t := newU16Table(n)
	for i := 0; i < n; i++ {
		t.set(binary.LittleEndian.Uint64(keys[8*i:]), binary.LittleEndian.Uint16(vals[2*i:]))
	}
	return t, r.err
}

func (r *reader) byteTable() (*byteTable, error) {
	n := int(r.u32())
	if r.err != nil || n > len(r.b)/9 {
		return nil, errors.New("truncated model file")
	}
	keys := r.next(8 * n)
	vals := r.next(n)
	t := newByteTable(n)
	for i := 0; i < n; i++ {
		t.set(binary.LittleEndian.Uint64(keys[8*i:]), vals[i])
	}
	return t, r.err
}

// encode writes the model file for quantized weights, without the vocabulary.
func encode(scale float32, trans *[NumLabels + 1][NumLabels]int32, keys []uint64, weights []int16, lx *lexicon) ([]byte, error) {
	b := []byte(magic)
	b = binary.LittleEndian.AppendUint32(b, math.Float32bits(scale))
	for i := range trans {
		for j := range trans[i] {
			b = binary.LittleEndian.AppendUint32(b, uint32(trans[i][j]))
		}
	}
	// Each row of int16 weights becomes int8 weights and a shift.
	kb := make([]byte, 0, 8*len(keys))
	shifts := make([]byte, 0, len(keys))
	q := make([]byte, 0, len(weights))
	for k, key := range keys {
		kb = binary.LittleEndian.AppendUint64(kb, key)
		row := weights[NumLabels*k : NumLabels*k+NumLabels]
		big := int32(0)
		for _, x := range row {
			big = max(big, int32(x), -int32(x))
		}
		shift := uint8(0)
		for big>>shift > 127 {
			shift++
		}
		shifts = append(shifts, shift)
		for _, x := range row {
			v := int32(x)
			if shift > 0 {
				v = (v + 1<<(shift-1)) >> shift // rounded
			}
			q = append(q, byte(int8(min(max(v, -128), 127))))
		}
	}
	slots, size := buildSlots(len(keys), kb, shifts, q)
	b = appendSlots(b, len(keys), size, slots)
	return appendTables(b, lx), nil
}

// appendSlots appends the feature table of n features, size slots, to b
// as Load reads it in place.
func appendSlots(b []byte, n int, size uint64, slots []byte) []byte {
	b = binary.LittleEndian.AppendUint32(b, uint32(n))
	b = binary.LittleEndian.AppendUint32(b, uint32(size))
	return append(b, slots...)
}

// appendTables appends the five tables of lx as Load reads them in place.
func appendTables(b []byte, lx *lexicon) []byte {
	for _, t := range []*byteTable{lx.gaz, lx.true, lx.geo} {
		b = appendLaid(b, t)
	}
	if lx.clu != nil {
		b = binary.LittleEndian.AppendUint32(b, uint32(lx.clu.mask+1))
		b = append(append(b, lx.clu.keys...), lx.clu.vals...)
	} else {
		b = binary.LittleEndian.AppendUint32(b, 0)
	}
	return appendLaid(b, lx.heads)
}

// appendLaid appends a byte table as Load reads it in place.
func appendLaid(b []byte, t *byteTable) []byte {
	if t == nil {
		return binary.LittleEndian.AppendUint32(b, 0)
	}
	b = binary.LittleEndian.AppendUint32(b, uint32(t.mask+1))
	return append(append(b, t.keys...), t.vals...)
}

// PlaceKinds returns what the model's place gazetteer (internal/gazetteer,
// built into the model) knows of the name made of words: its kinds
// (GeoCity, GeoSubdivision, GeoCountry, or 0 when no place has that name)
// and the population band of its most populous city (0: under 10,000 people
// or none, 1: 10,000, 2: 100,000, 3: a million or more). Case is ignored;
// a name with diacritics matches with or without them. It reads the table
// in place: asking costs no load of the gazetteer.
func (m *Model) PlaceKinds(words []string) (kinds, band uint8) {
	if m.lex.geo == nil || len(words) == 0 || len(words) > maxGazLen {
		return 0, 0
	}
	var s scratch
	var t tokInfo
	var seq [maxGazLen]uint64
	for i, w := range words {
		s.wordInfo(&t, w)
		seq[i] = t.lower
	}
	v := m.lex.geo.get(gazKey(seq[:len(words)]))
	return v & 7, (v >> 3) & 3
}
