package ner

import (
	"encoding/binary"
	"errors"
	"fmt"
	"slices"
	"unicode"
	"unicode/utf8"
)

// This file turns the tokens of a sentence into hashed feature identifiers.
// The same code runs when training and when tagging, so the two can never
// disagree. Nothing here allocates once the scratch buffers have grown.

// Labels are the IOB2 labels in the order of the model's weight rows.
var Labels = [NumLabels]string{"O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC", "B-MISC", "I-MISC"}

// NumLabels is the number of IOB2 labels the tagger predicts.
const NumLabels = 9

// NumTypes is the number of entity types (PER, ORG, LOC, MISC).
const NumTypes = 4

// LabelIndex returns the row of an IOB2 label, or -1.
func LabelIndex(s string) int {
	for i, l := range Labels {
		if l == s {
			return i
		}
	}
	return -1
}

// labelType returns the entity type 1..4 of a label, 0 for O.
func labelType(l int) int { return (l + 1) / 2 }

// isInside reports whether the label is an I- label.
func isInside(l int) bool { return l > 0 && l%2 == 0 }

// Casing classes of a token.
const (
	caseNone   = iota // no letter
	caseLower         // all letters lower case
	caseTitle         // first letter upper, some lower
	caseUpper         // two or more letters, all upper
	caseSingle        // one upper-case letter, e.g. "A" or "J."
	caseMixed         // anything else: "iPhone", "McDONALD"
	numCases
)

// Token flags.
const (
	flagDigit  = 1 << iota // has a digit
	flagHyphen             // has a hyphen
	flagPeriod             // has a period
	flagAllNum             // only digits and , . - /
	flagPunct              // no letter or digit
	flagApos               // has an apostrophe
)

// Case-lexicon classes: how a word is usually written inside mixed-case text.
const (
	tcUnknown = iota
	tcLower
	tcTitle
	tcUpper
	tcMixed
	tcRareTitle // seen, mostly title case, but only a few times
)

// Doc-level flags of a word (by its lower-cased form).
const (
	docTitleMid  = 1 << iota // title case, not sentence-initial, in a mixed-case sentence
	docLowerMid              // lower case in a mixed-case sentence
	docUpperMix              // all caps inside a mixed-case sentence
	docTitleInit             // title case at the start of a mixed-case sentence
	docCapsSent              // appears in an all-caps sentence
)

// Hash helpers: FNV-1a over bytes, then a strong finaliser for combinations.
const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
	golden    = 0x9e3779b97f4a7c15
)

func fnv(b []byte) uint64 {
	h := uint64(fnvOffset)
	for _, c := range b {
		h ^= uint64(c)
		h *= fnvPrime
	}
	return h
}

// fnvStep is a step of FNV-1a (fnv): the hash h of some bytes, then c.
func fnvStep(h uint64, c byte) uint64 { return (h ^ uint64(c)) * fnvPrime }

func fnvString(s string) uint64 {
	h := uint64(fnvOffset)
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= fnvPrime
	}
	return h
}

func fmix(h uint64) uint64 {
	h ^= h >> 33
	h *= 0xff51afd7ed558ccd
	h ^= h >> 33
	h *= 0xc4ceb9fe1a85ec53
	h ^= h >> 33
	return h
}

func comb(h, v uint64) uint64 {
	h ^= v + golden + (h << 6) + (h >> 2)
	return h
}

// f1, f2, f3 build a feature identifier from a template number and values.
func f1(t int, a uint64) uint64 {
	if Dropped[t] {
		return 0
	}
	return fmix(comb(uint64(t)*golden, a))
}
func f2(t int, a, b uint64) uint64 {
	if Dropped[t] {
		return 0
	}
	return fmix(comb(comb(uint64(t)*golden, a), b))
}
func f3(t int, a, b, c uint64) uint64 {
	if Dropped[t] {
		return 0
	}
	return fmix(comb(comb(comb(uint64(t)*golden, a), b), c))
}

// Dropped switches feature templates off, for ablation experiments. Set it
// before a model tags: the model reads the dense templates (dense.go) from a
// table it fills on first use.
var Dropped [64]bool

// Feature templates. Numbers are part of the model file: append, never renumber.
const (
	tBias = iota + 1
	tWord
	tRaw
	tShape
	tShapeFull // retired
	tPre1
	tPre2
	tPre3
	tPre4
	tSuf1
	tSuf2
	tSuf3
	tSuf4
	tFlags
	tCase // retired
	tWm1
	tWp1
	tWm2
	tWp2
	tSm1
	tSp1
	tCase3
	tBiM
	tBiP
	tGaz
	tGazLong
	tTrue
	tDoc
	tDocLast
	tWordCaps
	tWordFirst
	tSm1S0
	tS0Sp1
	tSuf3m1 // retired
	tTrueM1
	tTrueP1
	tGazM1
	tGazP1
	tDocLastCase
	tWm1Case
	tWp1Case // retired
	tWordCp1 // retired
	tDocCount
	tGeo      // place-gazetteer match: kind, population band, position, length; casing
	tGeoCtx   // place-gazetteer kind and band; casing, sentence start, headline
	tGeoTrue  // place-gazetteer kind and position; case-lexicon class
	tGeoNear  // place-gazetteer kinds of the previous and next tokens
	tCluFine  // fine word cluster
	tCluFineC // fine word cluster; casing
	tCluCoarse
	tCluM1   // fine cluster of the previous token; casing
	tCluP1   // fine cluster of the next token; casing
	tClu3    // coarse clusters of the previous, this and the next token
	tHeadRun // the first head word (organisation, location, facility) of the capitalised run from this token on, its distance; casing
)

// Head-word kinds (HeadWord.Bits).
const (
	HeadOrg      = 1 // "Corp", "Ministry", "Brigade"
	HeadLocation = 2 // "River", "Mountains"
	HeadFacility = 4 // "Airport", "Bridge"
)

// Hashes of the lower-case words a name may hold between capitalised words.
var hOf, hAnd, hAmp, hFor = fnv([]byte("of")), fnv([]byte("and")), fnv([]byte("&")), fnv([]byte("for"))

// Sentinel hashes for positions outside the sentence.
var (
	hBOS  = fnv([]byte("<s>"))
	hEOS  = fnv([]byte("</s>"))
	hNone = fnv([]byte("<none>"))
)

// tokInfo is what the extractor knows about one token.
type tokInfo struct {
	lower    uint64 // hash of the lower-cased word
	raw      uint64 // hash of the word as written
	shape    uint64 // compressed shape: Xx, Xx-Xx, dd.d
	pre, suf [4]uint64
	vocab    int32 // 1 + index of the model's vocabulary entry, or 0
	nPre     int8
	cls      uint8 // casing class
	flags    uint8
	tc       uint8 // case-lexicon class
	doc      uint8 // doc-level flags
	docCount uint8 // occurrences in the document, bucketed
	docSlot  int32 // 1 + index of the word's slot in the document table, or 0
	gaz      [2]uint64
	nGaz     int8
	geo      uint64 // longest place-gazetteer match covering the token (see geoMatch), 0 for none
	clu      uint16 // word clusters: fine | coarse<<8, 0 when unknown
	head     uint8  // head-word kinds (HeadOrg, …) of the word
}

// lexicon is what the extractor reads besides the tokens: the gazetteer and
// the case lexicon, both keyed by hashes.
type lexicon struct {
	gaz  *byteTable // hash of a lower-cased token sequence -> type bits (1<<type-1) | gazPrefix
	true *byteTable // lower-cased word hash -> case class
	// geo: hash of a lower-cased token sequence (gazKey) -> place kinds
	// (GeoCity, GeoSubdivision, GeoCountry) | population band<<3 | gazPrefix,
	// from the place gazetteer (internal/gazetteer).
	geo *byteTable
	clu *u16Table // word hash (cluKey) -> word clusters, fine | coarse<<8
	// heads: lower-cased word hash -> head-word kinds (HeadOrg, …).
	heads *byteTable
}

// headOf returns the head-word kinds of a lower-cased word hash.
func (lx *lexicon) headOf(lower uint64) uint8 {
	if lx == nil || lx.heads == nil {
		return 0
	}
	return lx.heads.get(lower)
}

// Place kinds of the place gazetteer, as bits of a geo value.
const (
	GeoCity        = 1
	GeoSubdivision = 2
	GeoCountry     = 4
)

// cluKeyLower is the cluster-table key of a word by its lower-cased form,
// used when the word as written is not in the table.
func cluKeyLower(lower uint64) uint64 { return fmix(lower ^ 0x6c6f776572636c75) }

// cluOf returns the clusters of a word from its hashes.
func (lx *lexicon) cluOf(raw, lower uint64) uint16 {
	if lx == nil || lx.clu == nil {
		return 0
	}
	if v := lx.clu.get(raw); v != 0 {
		return v
	}
	return lx.clu.get(cluKeyLower(lower))
}

const maxGazLen = 6

// gazPrefix marks a gazetteer key that begins a longer entry.
const gazPrefix = 0x80

// gazKey returns the key of a sequence of lower-cased word hashes.
func gazKey(words []uint64) uint64 {
	h := uint64(0x5bd1e995)
	for _, w := range words {
		h = comb(h, w)
	}
	return fmix(h ^ uint64(len(words)))
}

// scratch holds the reusable buffers of one tagging or training call.
type scratch struct {
	buf    []byte
	toks   []tokInfo
	feats  []uint64 // static features, featsPer... indexed by offs
	offs   []int32
	score  []int32
	back   []int8
	labels []int
	doc    docTable
	cache  wordCache
	// refs says, for every token of the prepared document, where prepare
	// found its information (tokenInfo's reference), and sentAt where each
	// sentence's tokens start in it (one more for the end), so that piece
	// reads a sentence's token information again without its words.
	refs   []int32
	sentAt []int32
	vps    []vocabProbe // caseCounts's probes of the words at hand (vocabProbes)

	tf []uint64 // features of one token

	// When tagging: the model's dense table (denseRows) and the rows of
	// the dense features of the token at hand (dense).
	rows    [][NumLabels]int32
	dix     [maxDense]uint32 // rows of the dense table (dense)
	nd      int
	narrow  [][NumLabels]int16 // the narrow dense table (tagTables)
	nibbles []uint64           // the nibbles of the feature table's slots (tagTables)
	probe   probeBuf           // addAll's buffer
	nix     [maxDense]uint32   // rows of the narrow dense table (dense)
	nn      int

	docWords [][]string                         // the document docPrepare was given, or nil
	docFunc  func(k int, buf []string) []string // the sentences of the document docPrepareFunc was given, or nil
	wbuf     []string                           // the words of the sentence at hand, from docFunc (words)
	lx       *lexicon
	voc      *vocab
	sentCaps []bool
	hasClu   bool // the lexicon has word clusters (a model of format NER2 has none)
}

// sentenceInfo fills toks for one sentence and reports whether the sentence
// is written in capitals (a headline). With refs, it records there the
// reference of each token's information (tokenInfo).
func (s *scratch) sentenceInfo(toks []tokInfo, words []string, refs []int32, lx *lexicon, v *vocab) (sentCaps bool) {
	nUpper, nOther := s.caseCounts(toks, words, refs, lx, v)
	return nUpper > 0 && nUpper >= 2*nOther
}

// caseCounts is sentenceInfo returning the numbers of words in capitals and
// of other words with letters.
func (s *scratch) caseCounts(toks []tokInfo, words []string, refs []int32, lx *lexicon, v *vocab) (nUpper, nOther int) {
	// both counts in one, by class, with no branch: the classes go either
	// way from word to word
	var counts uint64
	ps := s.vocabProbes(words, v)
	for i, w := range words {
		t := &toks[i]
		r := s.tokenInfo(t, w, ps[i], lx, v)
		if refs != nil {
			refs[i] = r
		}
		counts += caseCounted[t.cls&7]
	}
	return int(uint32(counts)), int(counts >> 32)
}

// caseCounted is what caseCounts adds for a word of each casing class: 1
// for a word in capitals (caseUpper), 1<<32 for another word with letters
// (caseLower, caseTitle, caseMixed), 0 for the rest.
var caseCounted = [8]uint64{caseUpper: 1, caseLower: 1 << 32, caseTitle: 1 << 32, caseMixed: 1 << 32}

// vocabProbe is what caseCounts reads of a word before it looks the word
// up: its hash (fnvString) and the key in the slot of the vocabulary where
// the word's probe starts.
type vocabProbe struct{ h, first uint64 }

// vocabProbes returns the probes of words in v (nil: the hashes alone), in
// a buffer the next call reuses. The first slot of every word is read
// before any is compared, as addAll reads its nibbles, so that the reads of
// a sentence wait for memory together rather than one after another: the
// vocabulary is larger than the caches, and each word's first use in a
// document reads a line of it.
func (s *scratch) vocabProbes(words []string, v *vocab) []vocabProbe {
	ps := s.vps[:0]
	for _, w := range words {
		p := vocabProbe{h: fnvString(w)}
		if v != nil {
			p.first = binary.LittleEndian.Uint64(v.ents[(rawKey(p.h)&v.mask)*vocabEntrySize:])
		}
		ps = append(ps, p)
	}
	s.vps = ps
	return ps
}

// tokenInfo fills t with what caseCounts knows of word w, of probe p: its
// vocabulary entry, or its hashes (wordInfo) and lexicon classes, from the
// document's cache when the word has been seen in the document. It returns
// where the information is kept, for refill: 1 + the index of the
// vocabulary entry, -1 - the index in the cache, or 0 for neither (the
// cache is off).
func (s *scratch) tokenInfo(t *tokInfo, w string, p vocabProbe, lx *lexicon, v *vocab) int32 {
	h := p.h
	if v != nil && v.find(t, p) {
		return t.vocab
	}
	k, seen := -1, false
	if s.cache.on {
		if k, seen = s.cache.info(h, w); seen {
			*t = s.cache.infos[k]
			return int32(-1 - k)
		}
	}
	s.wordInfo(t, w)
	if lx != nil && lx.true != nil {
		t.tc = lx.true.get(t.lower)
	}
	t.clu = lx.cluOf(t.raw, t.lower)
	t.head = lx.headOf(t.lower)
	if k < 0 {
		return 0
	}
	s.cache.infos[k] = *t
	return int32(-1 - k)
}

// refill fills toks again from the references refs of their information
// that tokenInfo returned while the document was prepared.
func (s *scratch) refill(toks []tokInfo, refs []int32) {
	for i, r := range refs[:len(toks)] {
		if r > 0 {
			s.voc.entryInfo(&toks[i], int(r-1))
		} else {
			toks[i] = s.cache.infos[-1-r]
		}
	}
}

// wordInfo computes the per-token hashes of w.
func (s *scratch) wordInfo(t *tokInfo, w string) {
	*t = tokInfo{}
	t.raw = fnvString(w)
	var sc wordScan
	b := sc.scan(s.buf[:0], w)
	s.buf = b
	t.flags = sc.finalFlags()
	t.cls = sc.caseClass()
	t.lower = fnv(b)
	t.shape = fnv(sc.shape[:sc.nShape])
	sc.affixes(t, b)
}

// wordScan is what one pass over a word's runes learns: its shape, its
// casing counts, its flags and where its first runes start in the
// lower-cased form.
type wordScan struct {
	shape                        [24]byte
	nShape                       int
	last                         byte
	nLetters, nUpperL, nLowerL   int
	firstUpper, hasDigitOrLetter bool
	notNum                       bool
	flags                        uint8
	runeStarts                   [5]int
	nRunes                       int
}

// scan appends the lower-cased form of w to b and records its shape and
// counts.
func (sc *wordScan) scan(b []byte, w string) []byte {
	for i := 0; i < len(w); {
		r := rune(w[i])
		size := 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(w[i:])
		}
		if sc.nRunes < 5 {
			sc.runeStarts[sc.nRunes] = len(b)
		}
		sc.nRunes++
		var c byte
		if r < utf8.RuneSelf {
			b, c = sc.asciiRune(b, byte(r))
		} else {
			b, c = sc.otherRune(b, r)
		}
		if c == 'x' || c == 'X' || c == 'd' {
			sc.hasDigitOrLetter = true
		}
		if c != sc.last && sc.nShape < len(sc.shape) {
			sc.shape[sc.nShape] = c
			sc.nShape++
			sc.last = c
		}
		i += size
	}
	return b
}

// upper and lower count a letter of either case.
func (sc *wordScan) upper() {
	if sc.nLetters == 0 {
		sc.firstUpper = true
	}
	sc.nLetters++
	sc.nUpperL++
}

func (sc *wordScan) lower() {
	sc.nLetters++
	sc.nLowerL++
}

// asciiRune appends the lower-cased ASCII character r to b and returns its
// shape character.
func (sc *wordScan) asciiRune(b []byte, r byte) ([]byte, byte) {
	switch {
	case 'a' <= r && r <= 'z':
		sc.lower()
		sc.notNum = true
		return append(b, r), 'x'
	case 'A' <= r && r <= 'Z':
		sc.upper()
		sc.notNum = true
		return append(b, r+'a'-'A'), 'X'
	case '0' <= r && r <= '9':
		sc.flags |= flagDigit
		return append(b, r), 'd'
	}
	switch r {
	case '-':
		sc.flags |= flagHyphen
	case '.':
		sc.flags |= flagPeriod
	case '\'':
		sc.flags |= flagApos
		sc.notNum = true
	case ',', '/':
	default:
		sc.notNum = true
	}
	return append(b, r), r
}

// otherRune is asciiRune for a rune beyond ASCII.
func (sc *wordScan) otherRune(b []byte, r rune) ([]byte, byte) {
	sc.notNum = true
	switch {
	case unicode.IsUpper(r):
		sc.upper()
		return utf8.AppendRune(b, unicode.ToLower(r)), 'X'
	case unicode.IsLetter(r):
		sc.lower()
		return utf8.AppendRune(b, r), 'x'
	case unicode.IsDigit(r):
		sc.flags |= flagDigit
		return utf8.AppendRune(b, r), 'd'
	}
	return utf8.AppendRune(b, r), '*'
}

// finalFlags adds to the scanned flags the ones of the whole word.
func (sc *wordScan) finalFlags() uint8 {
	flags := sc.flags
	if !sc.hasDigitOrLetter {
		flags |= flagPunct
	}
	if !sc.notNum && flags&flagDigit != 0 {
		flags |= flagAllNum
	}
	return flags
}

// caseClass returns the word's casing class.
func (sc *wordScan) caseClass() uint8 {
	switch {
	case sc.nLetters == 0:
		return caseNone
	case sc.nUpperL == 0:
		return caseLower
	case sc.nLowerL == 0 && sc.nUpperL == 1:
		return caseSingle
	case sc.nLowerL == 0:
		return caseUpper
	case sc.firstUpper && sc.nUpperL == 1:
		return caseTitle
	}
	return caseMixed
}

// affixes sets the hashes of the prefixes and suffixes of one to four runes
// of the lower-cased form b.
func (sc *wordScan) affixes(t *tokInfo, b []byte) {
	nRunes := sc.nRunes
	if nRunes <= 1 {
		return
	}
	n := min(nRunes, 4)
	t.nPre = int8(n)
	if n == 4 && len(b) == nRunes {
		// an ASCII word of four letters or more, most words: rune k is
		// byte k, and the hashes are FNV's steps written out, with no
		// loop whose end follows the word
		l := len(b)
		p1 := fnvStep(fnvOffset, b[0])
		p2 := fnvStep(p1, b[1])
		p3 := fnvStep(p2, b[2])
		t.pre = [4]uint64{p1, p2, p3, fnvStep(p3, b[3])}
		s1 := fnvStep(fnvOffset, b[l-1])
		s2 := fnvStep(fnvStep(fnvOffset, b[l-2]), b[l-1])
		s3 := fnvStep(fnvStep(fnvStep(fnvOffset, b[l-3]), b[l-2]), b[l-1])
		s4 := fnvStep(fnvStep(fnvStep(fnvStep(fnvOffset, b[l-4]), b[l-3]), b[l-2]), b[l-1])
		t.suf = [4]uint64{s1, s2, s3, s4}
		return
	}
	sc.runeAffixes(t, b, n)
}

// runeAffixes is affixes of the n first and last runes of any word, by
// rune.
func (sc *wordScan) runeAffixes(t *tokInfo, b []byte, n int) {
	nRunes := sc.nRunes
	for k := 1; k <= n; k++ {
		end := len(b)
		if k < nRunes && k < 5 {
			end = sc.runeStarts[k]
		}
		t.pre[k-1] = fnv(b[:end])
		// suffix of k runes
		j := len(b)
		for m := 0; m < k; m++ {
			j--
			for j > 0 && b[j]&0xC0 == 0x80 {
				j--
			}
		}
		t.suf[k-1] = fnv(b[j:])
	}
}

// staticFeatures appends the static features of every token of a sentence to
// s.feats and records the offsets in s.offs (len(words)+1 entries). Training
// uses it; tagging takes one token at a time (tokenFeatures), so that its
// buffers do not grow with the length of a sentence.
func (s *scratch) staticFeatures(words []string, lx *lexicon, sentCaps bool) {
	n := len(s.toks)
	s.feats = s.feats[:0]
	if cap(s.offs) < n+1 {
		s.offs = make([]int32, n+1, 2*n+2)
	}
	s.offs = s.offs[:n+1]
	s.gazetteer(lx)
	for i := 0; i < n; i++ {
		s.offs[i] = int32(len(s.feats))
		s.feats = s.tokenFeatures(s.feats, i, sentCaps)
	}
	s.offs[n] = int32(len(s.feats))
}

// gazetteer fills the gazetteer matches of the tokens of s.toks: for each
// token, up to two type/position features and the longest covering match.
func (s *scratch) gazetteer(lx *lexicon) {
	toks := s.toks
	n := len(toks)
	for i := range toks {
		toks[i].nGaz = 0
	}
	if lx != nil && lx.gaz != nil {
		var seq [maxGazLen]uint64
		for i := 0; i < n; i++ {
			t := &toks[i]
			if !(t.cls == caseTitle || t.cls == caseUpper || t.cls == caseSingle || t.cls == caseMixed || t.flags&flagDigit != 0) {
				continue
			}
			for L := 1; L <= maxGazLen && i+L <= n; L++ {
				seq[L-1] = toks[i+L-1].lower
				v := lx.gaz.get(gazKey(seq[:L]))
				if v == 0 {
					break // no longer entry starts with this sequence
				}
				if v&15 == 0 {
					continue // only a prefix of longer entries
				}
				for j := i; j < i+L; j++ {
					pos := uint64(1) // inside
					switch {
					case L == 1:
						pos = 0
					case j == i:
						pos = 2
					case j == i+L-1:
						pos = 3
					}
					tj := &toks[j]
					key := uint64(v&15) | pos<<4 | uint64(min(L, 4))<<8
					if tj.nGaz < 2 {
						tj.gaz[tj.nGaz] = key
						tj.nGaz++
					} else if uint64(L) > (tj.gaz[1]>>8)&15 {
						tj.gaz[1] = key
					}
				}
			}
		}
	}
	s.geoMatch(lx)
	s.hasClu = lx != nil && lx.clu != nil
}

// geoMatch fills the place-gazetteer match of every token of s.toks: the
// longest name of the place gazetteer that starts at a capitalised token
// and covers it, as kinds | band<<3 | position<<5 | length<<8.
func (s *scratch) geoMatch(lx *lexicon) {
	toks := s.toks
	n := len(toks)
	for i := range toks {
		toks[i].geo = 0
	}
	if lx == nil || lx.geo == nil {
		return
	}
	var seq [maxGazLen]uint64
	for i := 0; i < n; i++ {
		t := &toks[i]
		if !(t.cls == caseTitle || t.cls == caseUpper || t.cls == caseMixed) {
			continue
		}
		for L := 1; L <= maxGazLen && i+L <= n; L++ {
			seq[L-1] = toks[i+L-1].lower
			v := lx.geo.get(gazKey(seq[:L]))
			if v == 0 {
				break
			}
			if v&0x7f == 0 {
				continue
			}
			for j := i; j < i+L; j++ {
				pos := uint64(1) // inside
				switch {
				case L == 1:
					pos = 0
				case j == i:
					pos = 2
				case j == i+L-1:
					pos = 3
				}
				tj := &toks[j]
				if uint64(L) >= (tj.geo>>8)&15 {
					tj.geo = uint64(v&0x1f) | pos<<5 | uint64(min(L, 4))<<8
				}
			}
		}
	}
}

// tokenFeatures appends the static features of token i of s.toks to f; the
// gazetteer matches must have been filled (gazetteer).
func (s *scratch) tokenFeatures(f []uint64, i int, sentCaps bool) []uint64 {
	t := &s.toks[i]
	var caps, first uint64
	if sentCaps {
		caps = 1
	}
	if i == 0 {
		first = 1
	}
	cls := uint64(t.cls)
	var nb neighbours
	s.neighboursOf(&nb, i)
	ctx := cls | first<<4 | caps<<5
	if t.vocab == 0 {
		f = appendIntrinsic(f, t)
	}
	cix := ctxIndex(t.cls, first, caps)
	f = s.dense(f, gBiasFlags, uint64(t.flags), cix, 0, 0)
	f = append(f,
		f2(tSm1, nb.sm1, ctx),
		f2(tSp1, nb.sp1, ctx),
	)
	f = s.dense(f, gCase3+int(caps), nb.cm1, cls, nb.cp1, 0)
	f = append(f,
		f2(tBiM, nb.wm1, t.lower),
		f2(tBiP, t.lower, nb.wp1),
		f2(tSm1S0, nb.sm1, t.shape),
		f2(tS0Sp1, t.shape, nb.sp1),
	)
	f = s.dense(f, gTrue, uint64(t.tc), nb.tcm1, nb.tcp1, cix)
	f = s.dense(f, gDoc, uint64(t.doc), cix, 0, 0)
	f = append(f, f2(tWm1Case, nb.wm1, cls))
	f = s.windowFeatures(f, i, &nb)
	f = s.dense(f, gDocCount, uint64(t.docCount), cix, 0, 0)
	if sentCaps {
		f = append(f, f1(tWordCaps, t.lower))
	}
	if i == 0 {
		f = append(f, f1(tWordFirst, t.lower))
	}
	f = s.gazFeatures(f, i, &nb, ctx)
	f = s.headRunFeature(f, i)
	if s.hasClu {
		f = s.clusterFeatures(f, i)
	}
	return f
}

// neighbours is what tokenFeatures reads of the two tokens on each side of
// a token (hBOS and hEOS past the sentence's ends).
type neighbours struct {
	wm1, wm2, wp1, wp2   uint64 // lower-cased words
	sm1, sp1             uint64 // shapes
	cm1, cp1, tcm1, tcp1 uint64 // casing and case-lexicon classes, as nbIndex gives them
	gm1, gp1             uint64 // first gazetteer match | 1<<12, or 0
}

// neighboursOf fills nb with the neighbours of token i of s.toks.
func (s *scratch) neighboursOf(nb *neighbours, i int) {
	toks := s.toks
	n := len(toks)
	*nb = neighbours{wm1: hBOS, wm2: hBOS, wp1: hEOS, wp2: hEOS, sm1: hBOS, sp1: hEOS,
		cm1: nbNone, cp1: nbNone, tcm1: nbNone, tcp1: nbNone}
	if i > 0 {
		p := &toks[i-1]
		nb.wm1, nb.sm1, nb.cm1, nb.tcm1 = p.lower, p.shape, nbIndex(p.cls), nbIndex(p.tc)
		if p.nGaz > 0 {
			nb.gm1 = p.gaz[0] | 1<<12
		}
	}
	if i > 1 {
		nb.wm2 = toks[i-2].lower
	}
	if i+1 < n {
		q := &toks[i+1]
		nb.wp1, nb.sp1, nb.cp1, nb.tcp1 = q.lower, q.shape, nbIndex(q.cls), nbIndex(q.tc)
		if q.nGaz > 0 {
			nb.gp1 = q.gaz[0] | 1<<12
		}
	}
	if i+2 < n {
		nb.wp2 = toks[i+2].lower
	}
}

// windowFeatures appends the window words; a neighbour from the vocabulary
// brings these weights with it (vocabEntry.near).
func (s *scratch) windowFeatures(f []uint64, i int, nb *neighbours) []uint64 {
	toks := s.toks
	n := len(toks)
	if i == 0 || toks[i-1].vocab == 0 {
		f = append(f, f1(tWm1, nb.wm1))
	}
	if i+1 >= n || toks[i+1].vocab == 0 {
		f = append(f, f1(tWp1, nb.wp1))
	}
	if i < 2 || toks[i-2].vocab == 0 {
		f = append(f, f1(tWm2, nb.wm2))
	}
	if i+2 >= n || toks[i+2].vocab == 0 {
		f = append(f, f1(tWp2, nb.wp2))
	}
	return f
}

// gazFeatures appends the features of the gazetteer and place matches of
// token i and its neighbours.
func (s *scratch) gazFeatures(f []uint64, i int, nb *neighbours, ctx uint64) []uint64 {
	toks := s.toks
	t := &toks[i]
	cls := uint64(t.cls)
	for k := 0; k < int(t.nGaz); k++ {
		f = append(f, f2(tGaz, t.gaz[k], cls))
	}
	if t.nGaz > 0 {
		f = append(f, f2(tGazLong, t.gaz[t.nGaz-1], ctx))
	}
	if nb.gm1 != 0 || nb.gp1 != 0 {
		f = append(f, f3(tGazM1, nb.gm1, nb.gp1, cls))
	}
	if t.geo != 0 {
		f = append(f,
			f2(tGeo, t.geo, cls),
			f2(tGeoCtx, t.geo&0x1f, ctx),
			f3(tGeoTrue, t.geo&0xff, uint64(t.tc), cls),
		)
	}
	var geoM1, geoP1 uint64
	if i > 0 {
		geoM1 = toks[i-1].geo & 0x1f
	}
	if i+1 < len(toks) {
		geoP1 = toks[i+1].geo & 0x1f
	}
	if geoM1 != 0 || geoP1 != 0 {
		f = append(f, f3(tGeoNear, geoM1, geoP1, cls))
	}
	return f
}

// capitalised reports whether a token's casing class is one of a name.
func capitalised(t *tokInfo) bool {
	return t.cls == caseTitle || t.cls == caseUpper || t.cls == caseMixed || t.cls == caseSingle
}

// headRunFeature appends, for a capitalised token, the head-word kind of the
// first head word in the run of capitalised words (joined by of, and, &,
// for) that it opens, with its distance.
func (s *scratch) headRunFeature(f []uint64, i int) []uint64 {
	toks := s.toks
	if !capitalised(&toks[i]) {
		return f
	}
	cls := uint64(toks[i].cls)
	for j := i; j < len(toks) && j < i+8; j++ {
		q := &toks[j]
		if capitalised(q) {
			if q.head != 0 {
				return append(f, f3(tHeadRun, uint64(q.head), uint64(min(j-i, 3)), cls))
			}
			continue
		}
		if q.lower != hOf && q.lower != hAnd && q.lower != hAmp && q.lower != hFor {
			break
		}
	}
	return f
}

// clusterFeatures appends the word-cluster features of the neighbours.
func (s *scratch) clusterFeatures(f []uint64, i int) []uint64 {
	toks := s.toks
	cls := uint64(toks[i].cls)
	cluM1, cluP1 := uint64(1<<16), uint64(1<<16)
	if i > 0 {
		cluM1 = uint64(toks[i-1].clu)
	}
	if i+1 < len(toks) {
		cluP1 = uint64(toks[i+1].clu)
	}
	f = s.dense(f, gCluM1, cls, cluM1&0xff|cluM1>>16<<8, 0, 0)
	f = s.dense(f, gCluP1, cls, cluP1&0xff|cluP1>>16<<8, 0, 0)
	return append(f, f3(tClu3, cluM1>>8, uint64(toks[i].clu)>>8, cluP1>>8))
}

// appendIntrinsic appends the features that depend on the word alone: the
// ones a vocabulary entry sums in advance.
func appendIntrinsic(f []uint64, t *tokInfo) []uint64 {
	f = append(f,
		f1(tWord, t.lower),
		f1(tRaw, t.raw),
		f1(tShape, t.shape),
	)
	for k := 0; k < int(t.nPre); k++ {
		f = append(f, f1(tPre1+k, t.pre[k]), f1(tSuf1+k, t.suf[k]))
	}
	if t.clu != 0 { // a word too rare to cluster says nothing
		fine, coarse := uint64(t.clu&0xff), uint64(t.clu>>8)
		f = append(f,
			f1(tCluFine, fine),
			f2(tCluFineC, fine, uint64(t.cls)),
			f1(tCluCoarse, coarse),
		)
	}
	return f
}

// docPrepare computes the document-level flags of every word of a
// document. Call it once per document, then sentence(k) for each sentence in
// order, then release. Of each token it keeps where its information is (refs:
// an entry of the vocabulary or of the document's word cache, 4 bytes), from
// which sentence(k) reads it again: the memory the tagger needs grows with
// the number of distinct words and the longest sentence, and by that
// reference with the number of tokens.
func (s *scratch) docPrepare(doc [][]string, lx *lexicon, v *vocab) {
	s.docWords, s.docFunc = doc, nil
	total := 0
	for _, words := range doc {
		total += len(words)
	}
	s.prepare(len(doc), total, lx, v)
}

// docPrepareFunc is docPrepare for a document of n sentences and total
// tokens whose words come one sentence at a time: words(k, buf) returns the
// words of sentence k, appended to buf, which holds no other sentence's
// words afterwards.
func (s *scratch) docPrepareFunc(n, total int, words func(k int, buf []string) []string, lx *lexicon, v *vocab) {
	s.docWords, s.docFunc = nil, words
	s.prepare(n, total, lx, v)
}

// prepare is docPrepare once the document's sentences, n of them with total
// tokens, are set.
func (s *scratch) prepare(n, total int, lx *lexicon, v *vocab) {
	s.doc.reset()
	s.cache.reset()
	s.lx, s.voc = lx, v
	s.sentCaps = s.sentCaps[:0]
	s.refs, s.sentAt = slices.Grow(s.refs[:0], total), append(s.sentAt[:0], 0)
	for k := range n {
		words := s.words(k)
		at := len(s.refs)
		s.refs = slices.Grow(s.refs, len(words))[:at+len(words)] // sized by total: no growth
		refs := s.refs[at:]
		s.sentAt = append(s.sentAt, int32(len(s.refs)))
		var sentCaps bool
		if len(words) <= MaxPiece {
			sentCaps = s.sentenceInfo(s.sentenceToks(len(words)), words, refs, lx, v)
		} else {
			// A long sentence goes by pieces, twice: whether it is in
			// capitals is said of the whole.
			nUpper, nOther := 0, 0
			for lo := 0; lo < len(words); lo += MaxPiece {
				piece := words[lo:min(lo+MaxPiece, len(words))]
				u, o := s.caseCounts(s.sentenceToks(len(piece)), piece, refs[lo:], lx, v)
				nUpper, nOther = nUpper+u, nOther+o
			}
			sentCaps = nUpper > 0 && nUpper >= 2*nOther
		}
		s.sentCaps = append(s.sentCaps, sentCaps)
		for lo := 0; lo < len(words); lo += MaxPiece {
			toks := s.toks
			if len(words) > MaxPiece {
				toks = s.sentenceToks(min(MaxPiece, len(words)-lo))
				s.refill(toks, refs[lo:])
			}
			s.docFlags(toks, lo, sentCaps)
		}
	}
}

// docFlags records in the document table how the words of toks, from token
// lo of their sentence on, are written.
func (s *scratch) docFlags(toks []tokInfo, lo int, sentCaps bool) {
	for i := range toks {
		t := &toks[i]
		var fl uint8
		switch {
		case sentCaps:
			fl = docCapsSent
		case t.cls == caseTitle && lo+i > 0:
			fl = docTitleMid
		case t.cls == caseTitle:
			fl = docTitleInit
		case t.cls == caseLower:
			fl = docLowerMid
		case t.cls == caseUpper:
			fl = docUpperMix
		}
		if t.cls == caseNone {
			continue
		}
		e := s.doc.entry(t.lower)
		if fl != 0 {
			e.flags |= fl
			if e.count < 255 {
				e.count++
			}
		}
	}
}

// sentenceToks returns s.toks resized to n tokens.
func (s *scratch) sentenceToks(n int) []tokInfo {
	if cap(s.toks) < n {
		s.toks = make([]tokInfo, n, max(n, 2*cap(s.toks)))
	}
	s.toks = s.toks[:n]
	return s.toks
}

// sentence fills s.toks with sentence k of the prepared document and the
// document flags of its words, and returns whether it is a headline.
func (s *scratch) sentence(k int) bool {
	return s.piece(k, 0, int(s.sentAt[k+1]-s.sentAt[k]))
}

// words returns the words of sentence k of the prepared document, in a
// buffer the next call reuses.
func (s *scratch) words(k int) []string {
	if s.docFunc == nil {
		return s.docWords[k]
	}
	s.wbuf = s.docFunc(k, s.wbuf[:0])
	return s.wbuf
}

// piece is sentence for tokens lo:hi of sentence k; whether it is a headline
// is said of the whole sentence.
func (s *scratch) piece(k, lo, hi int) bool {
	toks := s.sentenceToks(hi - lo)
	s.refill(toks, s.refs[int(s.sentAt[k])+lo:])
	for i := range toks {
		t := &toks[i]
		if t.cls == caseNone {
			continue
		}
		// docPrepare made the slot, and no slot is added before the
		// sentence is done (recordLabels), so the index stays valid.
		slot := s.doc.index(t.lower)
		if slot < 0 {
			continue
		}
		t.docSlot = slot + 1
		e := &s.doc.slots[slot]
		t.doc = e.flags
		// 1 for a word seen once, 2 for two or three times, 3 for more,
		// with no branch: the counts go either way from word to word
		t.docCount = uint8(1 + b2i(e.count > 1) + b2i(e.count > 3))
	}
	return s.sentCaps[k]
}

// b2i returns 1 for true and 0 for false, which the compiler does with
// no branch.
func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

// release drops the references to the document, before s goes back to the pool.
func (s *scratch) release() {
	s.docWords, s.docFunc, s.lx, s.voc = nil, nil, nil, nil
	s.cache.release()
	clear(s.wbuf[:cap(s.wbuf)]) // the pooled buffer keeps no word of the document
	s.wbuf = s.wbuf[:0]
}

// docTable maps a lower-cased word hash to what the document says about it.
// It is an open-addressing table cleared by bumping a generation number.
type docTable struct {
	slots []docSlot
	gen   uint32
	n     int
}

type docSlot struct {
	key   uint64
	gen   uint32
	flags uint8
	count uint8 // occurrences in the document
	last  uint8 // 1 + entity type last assigned to the word (1 = O)
}

func (d *docTable) reset() {
	d.gen++
	d.n = 0
	if len(d.slots) == 0 {
		d.slots = make([]docSlot, 1024)
	}
	if d.gen == 0 { // wrapped: clear for real
		clear(d.slots)
		d.gen = 1
	}
}

// entry returns the slot of key, creating it.
func (d *docTable) entry(key uint64) *docSlot {
	e, _ := d.entryIndex(key)
	return e
}

// entryIndex returns the slot of key, creating it, and its index.
func (d *docTable) entryIndex(key uint64) (*docSlot, int32) {
	if 2*(d.n+1) > len(d.slots) {
		d.grow()
	}
	mask := uint64(len(d.slots) - 1)
	for i := key & mask; ; i = (i + 1) & mask {
		e := &d.slots[i]
		if e.gen != d.gen {
			*e = docSlot{key: key, gen: d.gen}
			d.n++
			return e, int32(i)
		}
		if e.key == key {
			return e, int32(i)
		}
	}
}

// index returns the index of the slot of key, or -1.
func (d *docTable) index(key uint64) int32 {
	if len(d.slots) == 0 {
		return -1
	}
	mask := uint64(len(d.slots) - 1)
	for i := key & mask; ; i = (i + 1) & mask {
		e := &d.slots[i]
		if e.gen != d.gen {
			return -1
		}
		if e.key == key {
			return int32(i)
		}
	}
}

// lookup returns the slot of key or nil.
func (d *docTable) lookup(key uint64) *docSlot {
	if len(d.slots) == 0 {
		return nil
	}
	mask := uint64(len(d.slots) - 1)
	for i := key & mask; ; i = (i + 1) & mask {
		e := &d.slots[i]
		if e.gen != d.gen {
			return nil
		}
		if e.key == key {
			return e
		}
	}
}

func (d *docTable) grow() {
	old := d.slots
	d.slots = make([]docSlot, 2*len(old))
	d.n = 0
	for _, e := range old {
		if e.gen == d.gen {
			ne := d.entry(e.key)
			ne.flags, ne.last, ne.count = e.flags, e.last, e.count
		}
	}
}

// dynFeatures adds the doc-label features of token t, the entity type the
// document's earlier sentences gave to the same word, as dense does.
func (s *scratch) dynFeatures(f []uint64, t *tokInfo) []uint64 {
	last := uint64(0)
	if t.docSlot != 0 {
		last = uint64(s.doc.slots[t.docSlot-1].last)
	} else if e := s.doc.lookup(t.lower); e != nil {
		last = uint64(e.last)
	}
	return s.dense(f, gDocLast, last, uint64(t.cls), 0, 0)
}

// byteTable is an open-addressing set of 64-bit keys with a byte value,
// laid out as the model file stores it: little-endian keys of 8 bytes (0:
// an empty slot), then one value byte per slot. A loaded model reads its
// tables in place, out of the embedded file, without building them.
type byteTable struct {
	keys []byte
	vals []byte
	mask uint64
}

// tableSize returns the number of slots of a table of n keys: a power of
// two, at most half full.
func tableSize(n int) int {
	size := 16
	for size < 2*n {
		size *= 2
	}
	return size
}

func newByteTable(n int) *byteTable {
	size := tableSize(n)
	return &byteTable{keys: make([]byte, 8*size), vals: make([]byte, size), mask: uint64(size - 1)}
}

// slotKey returns the key of slot i of a table's keys.
func slotKey(keys []byte, i uint64) uint64 { return binary.LittleEndian.Uint64(keys[8*i : 8*i+8]) }

func (t *byteTable) set(key uint64, v uint8) {
	if key == 0 {
		key = 1
	}
	for i := key & t.mask; ; i = (i + 1) & t.mask {
		if k := slotKey(t.keys, i); k == 0 || k == key {
			binary.LittleEndian.PutUint64(t.keys[8*i:], key)
			t.vals[i] = v
			return
		}
	}
}

func (t *byteTable) get(key uint64) uint8 {
	if key == 0 {
		key = 1
	}
	for i := key & t.mask; ; i = (i + 1) & t.mask {
		k := slotKey(t.keys, i)
		if k == key {
			return t.vals[i]
		}
		if k == 0 {
			return 0
		}
	}
}

// each calls fn for every entry, in slot order.
func (t *byteTable) each(fn func(key uint64, v uint8)) {
	for i := range uint64(len(t.vals)) {
		if k := slotKey(t.keys, i); k != 0 {
			fn(k, t.vals[i])
		}
	}
}

// u16Table is byteTable with values of two bytes, little endian.
type u16Table struct {
	keys []byte
	vals []byte
	mask uint64
}

func newU16Table(n int) *u16Table {
	size := tableSize(n)
	return &u16Table{keys: make([]byte, 8*size), vals: make([]byte, 2*size), mask: uint64(size - 1)}
}

func (t *u16Table) set(key uint64, v uint16) {
	if key == 0 {
		key = 1
	}
	for i := key & t.mask; ; i = (i + 1) & t.mask {
		if k := slotKey(t.keys, i); k == 0 || k == key {
			binary.LittleEndian.PutUint64(t.keys[8*i:], key)
			binary.LittleEndian.PutUint16(t.vals[2*i:], v)
			return
		}
	}
}

func (t *u16Table) get(key uint64) uint16 {
	if key == 0 {
		key = 1
	}
	for i := key & t.mask; ; i = (i + 1) & t.mask {
		k := slotKey(t.keys, i)
		if k == key {
			return binary.LittleEndian.Uint16(t.vals[2*i : 2*i+2])
		}
		if k == 0 {
			return 0
		}
	}
}

// vocab holds, for every word of the training data, its token information
// and the summed weights of its intrinsic features (appendIntrinsic), so
// that a known word costs one lookup instead of a dozen. It is held as the
// model file (NER7) stores it and read in place: an open-addressing table
// by the raw-word hash (fnvString) whose slots are the entries themselves,
// vocabEntrySize bytes, one cache line each (see appendEntry; an empty
// slot is zero), so that finding a word reads the line that tagging reads
// next.
type vocab struct {
	ents []byte
	mask uint64
	// near holds the entries' weights as window words: rows of nearSize
	// bytes (a shift and NumLabels weights w[k]<<shift as int8: the
	// feature table's slot without its fingerprint), a word's rows one
	// after another, so that its four read at most two cache lines.
	near []byte
	// list is the entries in the order the vocabulary was made of, when
	// it was laid out at load from an older format (Upgrade writes it).
	list []byte
}

// nearSize is the size of a row of vocab.near.
const nearSize = 1 + NumLabels

// A vocabulary entry (vocabEntrySize bytes): the raw, lower-cased and shape
// hashes (3 uint64), the clusters (uint16), the classes (uint16: cls |
// flags<<3 | tc<<9 | head<<12), the rows of vocab.near (1 + row, 0 for
// none; 4 uint16) of the word's weights as the window word of another
// token at -1, +1, -2, +2 (tWm1, tWp1, tWm2, tWp2: the weights of those
// features), and the word's own score (NumLabels int24; one spare byte).
const (
	entLower       = 8
	entShape       = 16
	entClu         = 24
	entClasses     = 26
	entNear        = 28
	entScore       = 36
	vocabEntrySize = 64
)

// scoreBits is the width of a score in a vocabulary entry.
const scoreBits = 24

// The entries of the older formats: NER6 (ner6Entry bytes: the hashes,
// cls, flags, tc, head, clu, 2 bytes of padding, the score and the window
// weights as NumLabels int32 each), NER5 and before (oldEntry bytes: 3
// uint64 hashes, cls, flags, tc, NumLabels int32 scores).
const (
	ner6Score = 32
	ner6Entry = ner6Score + 5*4*NumLabels
	oldEntry  = 3*8 + 3 + 4*NumLabels
)

// rawKey is the key of a raw-word hash in the vocabulary: 0 is 1.
func rawKey(h uint64) uint64 { return max(h, 1) }

// addWindow adds to acc what the vocabulary knows of token i of toks: the
// score of its word (its entry's own), and the weights of the words at -1,
// +1, -2 and +2 as its window words (the rows of near their entries name).
// It gathers the rows before summing them in one loop, without a call per
// row, and with no branch on whether a place has a row: that goes either
// way from token to token, and a test of it mispredicted a branch for
// nearly every token.
func (v *vocab) addWindow(acc *[NumLabels]int32, toks []tokInfo, i int) {
	ents := v.ents
	if e := toks[i].vocab; e != 0 {
		off := int(e-1)*vocabEntrySize + entScore
		b := (*[vocabEntrySize - entScore]byte)(ents[off:])
		acc[0] += int32(binary.LittleEndian.Uint32(b[0:])<<8) >> 8
		acc[1] += int32(binary.LittleEndian.Uint32(b[3:])<<8) >> 8
		acc[2] += int32(binary.LittleEndian.Uint32(b[6:])<<8) >> 8
		acc[3] += int32(binary.LittleEndian.Uint32(b[9:])<<8) >> 8
		acc[4] += int32(binary.LittleEndian.Uint32(b[12:])<<8) >> 8
		acc[5] += int32(binary.LittleEndian.Uint32(b[15:])<<8) >> 8
		acc[6] += int32(binary.LittleEndian.Uint32(b[18:])<<8) >> 8
		acc[7] += int32(binary.LittleEndian.Uint32(b[21:])<<8) >> 8
		acc[8] += int32(binary.LittleEndian.Uint32(b[24:])<<8) >> 8
	}
	var rs [4]int
	n := 0
	near := func(j, k int) {
		// r: 1 + the row of the word at j for place k, 0 for none (the
		// first entry read in place of a word the vocabulary lacks)
		at, has := less1(toks[j].vocab)
		r := int32(binary.LittleEndian.Uint16(ents[at*vocabEntrySize+entNear+2*k:])) & has
		// kept by one more in n when r names a row; n is at most 3 here,
		// as the mask tells the compiler
		rs[n&3] = (int(r) - 1) * nearSize
		n += int(uint32(-r) >> 31)
	}
	if i > 0 {
		near(i-1, 0)
	}
	if i+1 < len(toks) {
		near(i+1, 1)
	}
	if i > 1 {
		near(i-2, 2)
	}
	if i+2 < len(toks) {
		near(i+2, 3)
	}
	rows := v.near
	for _, r := range rs[:n] {
		w := rows[r : r+nearSize : r+nearSize]
		s := w[0] & 15
		acc[0] += int32(int8(w[1])) << s
		acc[1] += int32(int8(w[2])) << s
		acc[2] += int32(int8(w[3])) << s
		acc[3] += int32(int8(w[4])) << s
		acc[4] += int32(int8(w[5])) << s
		acc[5] += int32(int8(w[6])) << s
		acc[6] += int32(int8(w[7])) << s
		acc[7] += int32(int8(w[8])) << s
		acc[8] += int32(int8(w[9])) << s
	}
}

// less1 returns x-1 and a mask of ones for an x of 1 or more (1 + an
// index), or 0 and a zero mask for 0 (none), with no branch.
func less1(x int32) (int, int32) {
	none := (x - 1) >> 31 // all ones for 0, else 0
	return int((x - 1) &^ none), ^none
}

// find fills t from the vocabulary entry of the word of probe p
// (vocabProbes), if there is one.
func (v *vocab) find(t *tokInfo, p vocabProbe) bool {
	h := rawKey(p.h)
	i := h & v.mask
	for k := p.first; ; {
		if k == h {
			v.entryInfo(t, int(i))
			return true
		}
		if k == 0 {
			return false
		}
		i = (i + 1) & v.mask
		k = binary.LittleEndian.Uint64(v.ents[i*vocabEntrySize:])
	}
}

// entryInfo fills t from vocabulary entry i.
func (v *vocab) entryInfo(t *tokInfo, i int) {
	e := v.ents[i*vocabEntrySize : i*vocabEntrySize+vocabEntrySize : i*vocabEntrySize+vocabEntrySize]
	c := binary.LittleEndian.Uint16(e[entClasses:])
	*t = tokInfo{lower: binary.LittleEndian.Uint64(e[entLower:]), raw: binary.LittleEndian.Uint64(e),
		shape: binary.LittleEndian.Uint64(e[entShape:]), cls: uint8(c & 7), flags: uint8(c >> 3 & 63),
		tc: uint8(c >> 9 & 7), head: uint8(c >> 12 & 7),
		clu: binary.LittleEndian.Uint16(e[entClu:]), vocab: int32(i) + 1}
}

// appendEntry appends the vocabulary entry of a word of token information t
// (its head-word kinds and clusters taken from m's lexicon) and score to b,
// and the rows of its weights as model m weighs it as a window word to
// near (vocab.near). It fails when a value does not fit its field.
func appendEntry(b []byte, near *[]byte, t *tokInfo, score *[NumLabels]int32, m *Model) ([]byte, error) {
	head := m.lex.headOf(t.lower)
	if t.raw == 0 {
		return nil, errors.New("vocabulary entry: raw hash 0, the mark of an empty slot")
	}
	if t.cls >= 8 || t.flags >= 64 || t.tc >= 8 || head >= 8 {
		return nil, fmt.Errorf("vocabulary entry: classes %d %d %d %d beyond their bits", t.cls, t.flags, t.tc, head)
	}
	for _, x := range []uint64{t.raw, t.lower, t.shape} {
		b = binary.LittleEndian.AppendUint64(b, x)
	}
	b = binary.LittleEndian.AppendUint16(b, m.lex.cluOf(t.raw, t.lower))
	b = binary.LittleEndian.AppendUint16(b, uint16(t.cls)|uint16(t.flags)<<3|uint16(t.tc)<<9|uint16(head)<<12)
	for _, tpl := range [4]int{tWm1, tWp1, tWm2, tWp2} {
		r := m.find(f1(tpl, t.lower))
		if r < 0 {
			b = binary.LittleEndian.AppendUint16(b, 0)
			continue
		}
		k := len(*near) / nearSize
		if k+1 > maxRows {
			return nil, fmt.Errorf("more than %d window-weight rows", maxRows)
		}
		b = binary.LittleEndian.AppendUint16(b, uint16(k+1))
		*near = append(*near, m.slots[r*slotSize+2:r*slotSize+2+nearSize]...)
	}
	for _, x := range score {
		if x < -1<<(scoreBits-1) || x >= 1<<(scoreBits-1) {
			return nil, fmt.Errorf("vocabulary entry: score %d beyond %d bits", x, scoreBits)
		}
		b = append(b, byte(x), byte(x>>8), byte(x>>16))
	}
	return append(b, 0), nil
}

// appendVocab appends the vocabulary of entries (vocabEntrySize bytes each,
// appendEntry; a word met twice keeps its last entry) and window-weight
// rows near to b, the model file so far, as Load reads it in place: uint32
// n, uint32 slots, uint32 rows, the rows (nearSize bytes each), zero bytes
// up to a multiple of 64 bytes from the file's start, the slots.
func appendVocab(b []byte, ents, near []byte) ([]byte, error) {
	n := len(ents) / vocabEntrySize
	if n >= 1<<30 {
		return nil, fmt.Errorf("%d vocabulary entries", n)
	}
	size := tableSize(n)
	slots := make([]byte, size*vocabEntrySize)
	mask := uint64(size - 1)
	for e := range n {
		ent := ents[e*vocabEntrySize : (e+1)*vocabEntrySize]
		h := binary.LittleEndian.Uint64(ent)
		for i := h & mask; ; i = (i + 1) & mask {
			sl := slots[i*vocabEntrySize : (i+1)*vocabEntrySize]
			if k := binary.LittleEndian.Uint64(sl); k == 0 || k == h {
				copy(sl, ent)
				break
			}
		}
	}
	b = binary.LittleEndian.AppendUint32(b, uint32(n))
	b = binary.LittleEndian.AppendUint32(b, uint32(size))
	b = binary.LittleEndian.AppendUint32(b, uint32(len(near)/nearSize))
	b = append(b, near...)
	b = append(b, make([]byte, -len(b)&63)...)
	return append(b, slots...), nil
}

// readVocab reads a vocabulary of at most n entries (appendVocab, after
// the count) in place; off is where r's bytes start in the model file.
func readVocab(r *reader, n, off int) (*vocab, error) {
	size, nr := int(r.u32()), int(r.u32())
	pad := -(off + 8 + nr*nearSize) & 63
	if r.err != nil || size < 16 || size&(size-1) != 0 || size < n || nr > maxRows || nr*nearSize+pad+size*vocabEntrySize != len(r.b) {
		return nil, errors.New("truncated model file")
	}
	v := &vocab{near: r.next(nr * nearSize), mask: uint64(size - 1)}
	r.next(pad)
	v.ents = r.next(size * vocabEntrySize)
	return v, r.err
}

// encodeVocab appends the vocabulary of words, scored by model m, to b, as
// Load reads it in place (appendVocab).
func encodeVocab(b []byte, words []string, m *Model) ([]byte, error) {
	s := new(scratch)
	var feats []uint64
	ents := make([]byte, 0, len(words)*vocabEntrySize)
	var near []byte
	for _, w := range words {
		var t tokInfo
		s.wordInfo(&t, w)
		if m.lex.true != nil {
			t.tc = m.lex.true.get(t.lower)
		}
		t.clu = m.lex.cluOf(t.raw, t.lower)
		var score [NumLabels]int32
		feats = appendIntrinsic(feats[:0], &t)
		for _, h := range feats {
			m.add(&score, h)
		}
		var err error
		if ents, err = appendEntry(ents, &near, &t, &score, m); err != nil {
			return nil, err
		}
	}
	return appendVocab(b, ents, near)
}

// decodeVocab lays out in memory the n vocabulary entries of the older
// formats, for model m: of NER6 (ner6Entry bytes each) when ner6, else of
// NER5 and before (oldEntry bytes).
func decodeVocab(b []byte, n int, ner6 bool, m *Model) (*vocab, error) {
	size, score := oldEntry, 27
	if ner6 {
		size, score = ner6Entry, ner6Score
	}
	ents := make([]byte, 0, n*vocabEntrySize)
	var near []byte
	for i := range n {
		p := b[i*size : (i+1)*size]
		t := tokInfo{lower: binary.LittleEndian.Uint64(p), raw: binary.LittleEndian.Uint64(p[8:]),
			shape: binary.LittleEndian.Uint64(p[16:]), cls: p[24], flags: p[25], tc: p[26]}
		var sc [NumLabels]int32
		for k := range sc {
			sc[k] = int32(binary.LittleEndian.Uint32(p[score+4*k:]))
		}
		var err error
		if ents, err = appendEntry(ents, &near, &t, &sc, m); err != nil {
			return nil, err
		}
	}
	vb, err := appendVocab(nil, ents, near)
	if err != nil {
		return nil, err
	}
	r := reader{b: vb[4:]}
	v, err := readVocab(&r, n, 4)
	if v != nil {
		v.list = ents
	}
	return v, err
}
