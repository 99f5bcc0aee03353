package quote

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsparse/newsparse/internal/contract"
	"github.com/newsparse/newsparse/internal/textdoc"
)

// Extract pairs quotation marks and attributes each quotation.
func Extract(d *textdoc.Doc, ents []contract.Entity) []contract.Quote {
	d, ents = withoutFurniture(d, ents) // furniture.go
	b := getAttrBufs()
	qs := pairQuotesInto(d, b.qs[:0])
	a := newQAttributorWith(d, ents, qs, b)
	defer a.release()
	a.addTurns()
	if len(a.qs) == 0 {
		return []contract.Quote{}
	}
	return a.run()
}

// ---------------------------------------------------------------------------
// Pairing

// qspan is one top-level quotation found by pairing marks.
type qspan struct {
	os, oe   int  // outer span: the opening mark through the closing mark (or the paragraph's end)
	cs, ce   int  // the words inside the marks
	para     int  // paragraph index
	single   bool // opened with a single mark (British style)
	unclosed bool // runs to the end of its paragraph without a closing mark
	cont     bool // reopens a quotation left open at the end of the previous paragraph
	turn     bool // a transcript turn without marks: the paragraph after its speaker's label
}

const (
	qMarkNone = iota
	qMarkDouble
	qMarkSingle
)

// qIsQuoteRune reports the runes that can be quotation marks.
func qIsQuoteRune(r rune) bool {
	switch r {
	case '"', '\'', '\u201c', '\u201d', '\u2018', '\u2019', '\u00ab', '\u00bb', '\u201e', '\u201f', '\u2039', '\u203a':
		return true
	}
	return false
}

// qSpaceBefore reports whether r, the rune before a mark, leaves the mark free to open.
func qSpaceBefore(r rune) bool {
	if r == utf8.RuneError || textdoc.IsSpaceRune(r) {
		return true
	}
	switch r {
	case '(', '[', '{', '\u2014', '\u2013', '-', '/', '\u201c', '\u2018', '"', '\'', '\u00ab', ':', '\u2026':
		return true
	}
	return false
}

// qSpaceAfter reports whether r, the rune after a mark, leaves the mark free to close.
func qSpaceAfter(r rune) bool {
	if r == utf8.RuneError || textdoc.IsSpaceRune(r) {
		return true
	}
	switch r {
	case '.', ',', ';', ':', '!', '?', ')', ']', '}', '\u2014', '\u2013', '-', '/', '\u2026', '\u201d', '\u2019', '"', '\'', '\u00bb':
		return true
	}
	return false
}

// qElisions are words written with a leading apostrophe, not an opening mark.
var qElisions = map[string]bool{"n": true, "em": true, "til": true, "cause": true, "tis": true, "twas": true,
	"bout": true, "round": true, "nuff": true, "ol": true, "s": true, "d": true, "ll": true, "re": true, "ve": true, "t": true,
	"cos": true, "coz": true, "kay": true, "scuse": true, "fraid": true}

// qLeadingWord returns the run of letters at the start of s, lower-cased.
func qLeadingWord(s string) string {
	n := 0
	for n < len(s) && n < 12 {
		r, size := utf8.DecodeRuneInString(s[n:])
		if !unicode.IsLetter(r) {
			break
		}
		n += size
	}
	return strings.ToLower(s[:n])
}

// sentenceEndBefore reports whether s ends, before its trailing spaces, with
// a sentence's final punctuation.
func sentenceEndBefore(s string) bool {
	s = strings.TrimRight(s, " \t\u00a0")
	r, _ := utf8.DecodeLastRuneInString(s)
	return len(s) > 1 && (r == '.' || r == '?' || r == '!' || r == '\u2026')
}

// possessiveAhead reports whether a single mark ending at i, after a word in
// s, reads as a plural possessive inside a quotation rather than its end: a
// lower-case word follows ("patients' needs"), and a later single mark in the
// paragraph closes a sentence ("… first.'").
func possessiveAhead(text string, i, end int) bool {
	if i+1 >= end || text[i] != ' ' {
		return false
	}
	if r, _ := utf8.DecodeRuneInString(text[i+1 : end]); !unicode.IsLower(r) {
		return false
	}
	end = min(end, i+400) // the rest of the quotation's sentence, not the whole paragraph
	for j := i; j < end; {
		r, size := utf8.DecodeRuneInString(text[j:end])
		if r == '\'' || r == '\u2019' {
			p, _ := utf8.DecodeLastRuneInString(text[:j])
			n, _ := utf8.DecodeRuneInString(text[j+size : end])
			if (p == '.' || p == ',' || p == '!' || p == '?' || p == '\u2026') && (j+size >= end || qSpaceAfter(n)) {
				return true
			}
		}
		if r == '\n' {
			return false
		}
		j += size
	}
	return false
}

// opensSentence reports whether a mark at offset at opens a sentence of its
// paragraph (which starts at start): nothing or a sentence end or colon before it.
func opensSentence(text string, start, at int) bool {
	before := strings.TrimRight(text[start:at], " \t\u00a0")
	if before == "" {
		return true
	}
	r, _ := utf8.DecodeLastRuneInString(before)
	return r == '.' || r == '!' || r == '?' || r == ':' || r == '\u2019' || r == '\'' || r == '"' || r == '\u201d'
}

// pairQuotes finds the top-level quotations of the body, paragraph by paragraph.
func pairQuotes(d *textdoc.Doc) []qspan { return pairQuotesInto(d, nil) }

// pairQuotesInto is pairQuotes appending to out (empty; its room is reused).
func pairQuotesInto(d *textdoc.Doc, out []qspan) []qspan {
	text := d.Text
	carry := qMarkNone // a quotation of this kind was left open by the previous paragraph
	for pi, p := range d.Paras {
		if p.Start < 0 || p.End > len(text) || p.Start >= p.End {
			carry = qMarkNone
			continue
		}
		out, carry = pairParagraph(text, p, pi, carry, d.AposQuotes, out)
	}
	// A quotation whose closing mark is missing and that no following
	// paragraph continues most likely lost its mark by mistake: keep its
	// first sentence rather than swallow the writer's text after it.
	for i := range out {
		q := &out[i]
		if !q.unclosed || i+1 < len(out) && out[i+1].cont {
			continue
		}
		si := d.SentOf(q.cs)
		if si < 0 || d.Sents[si].End >= q.ce {
			continue
		}
		if c := textdoc.TrimSpan(text, contract.Span{Start: q.cs, End: d.Sents[si].End}); c.Len() > 0 {
			q.ce, q.oe = c.End, d.Sents[si].End
		}
	}
	return out
}

// markBytes are the bytes pairParagraph stops at (1, others 0): a line
// break, and the first byte of each quotation mark it reads (straight
// marks, backquotes, U+2018 to U+201F, guillemets). A table, as it reads
// every byte of the text.
var markBytes = [256]uint8{'\n': 1, '"': 1, '\'': 1, 0xE2: 1, 0xC2: 1, '`': 1}

// nextMark returns the offset of the first byte of markBytes in
// text[i:end], or end. It reads four bytes a step while none is one, most
// bytes of a text being none.
func nextMark(text string, i, end int) int {
	t := text[i:end]
	for len(t) >= 4 && markBytes[t[0]]|markBytes[t[1]]|markBytes[t[2]]|markBytes[t[3]] == 0 {
		t = t[4:]
	}
	for len(t) > 0 && markBytes[t[0]] == 0 {
		t = t[1:]
	}
	return end - len(t)
}

// pairParagraph pairs the marks of paragraph p and appends its top-level
// quotations to out; it returns the kind of quotation left open at its end.
// With apos, two apostrophes are a double mark wherever they stand; without,
// only where they close a quotation opened with two backquotes.
func pairParagraph(text string, p contract.Span, pi int, carry int, apos bool, out []qspan) ([]qspan, int) {
	m := pairer{text: text, p: p, pi: pi, carry: carry, out: out, dOpen: -1, sOpen: -1, contAt: -1}
	for i := nextMark(text, p.Start, p.End); i < p.End; i = nextMark(text, i, p.End) {
		b := text[i]
		if b == '\n' {
			if m.dOpen >= 0 {
				m.reopenLine(i)
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(text[i:p.End])
		if i+1 < p.End && (b == '\'' || b == '`') && text[i+1] == b {
			// '' and `` stand for double marks in some archives
			if b == '\'' && !apos && !(m.dOpen >= 0 && (m.dTicks || m.dStraight && closesShaped(text, p, i))) {
				i += 2 // a doubled apostrophe, not a mark
				continue
			}
			r, size = '"', 2
			if b == '`' {
				r = '\u201c'
			} else if m.dOpen >= 0 && m.dTicks {
				r = '\u201d' // two apostrophes close what two backquotes opened, spaced or not
			}
		} else if !qIsQuoteRune(r) || unpairedGuillemet(text, p, i, r) {
			i += size
			continue
		}
		prev, _ := utf8.DecodeLastRuneInString(text[p.Start:i])
		if i == p.Start {
			prev = utf8.RuneError
		}
		next, _ := utf8.DecodeRuneInString(text[i+size : p.End])
		if i+size >= p.End {
			next = utf8.RuneError
		}
		k := qmark{at: i, size: size, r: r, b: b, prev: prev, next: next}
		switch r {
		case '"', '\u201c', '\u201d', '\u00ab', '\u00bb', '\u201e', '\u201f':
			m.doubleMark(k)
		default:
			m.singleMark(k)
		}
		i += size
	}
	return m.finish()
}

// closesShaped reports whether the doubled apostrophe at i has the shape
// of a closing mark: a word or punctuation before it, space, punctuation
// or the paragraph's end after it. Inside a quotation opened by a straight
// double mark it closes it: "…,” Davis said.
func closesShaped(text string, p contract.Span, i int) bool {
	if i == p.Start {
		return false
	}
	prev, _ := utf8.DecodeLastRuneInString(text[p.Start:i])
	if textdoc.IsSpaceRune(prev) {
		return false
	}
	if i+2 >= p.End {
		return true
	}
	next, _ := utf8.DecodeRuneInString(text[i+2 : p.End])
	return textdoc.IsSpaceRune(next) || unicode.IsPunct(next)
}

// unpairedGuillemet reports whether the guillemet r at i has no partner in
// paragraph p: a « with no » after it, or a » with no « before it, is a
// separator of a page's title or breadcrumbs ("Police say … « CBS Dallas",
// "Home » News » World"), not a quotation mark.
func unpairedGuillemet(text string, p contract.Span, i int, r rune) bool {
	switch r {
	case '\u00ab':
		return !strings.Contains(text[i:p.End], "\u00bb")
	case '\u00bb':
		return !strings.Contains(text[p.Start:i], "\u00ab")
	}
	return false
}

// pairer is the state of pairParagraph: the marks open in its paragraph.
type pairer struct {
	text      string
	p         contract.Span
	pi, carry int
	out       []qspan
	dOpen     int         // offset of the open double mark, or -1
	sOpen     int         // offset of the open single mark, or -1
	dSize     int         // its size in bytes
	sSize     int         // its size in bytes
	sOuter    bool        // the open single mark is a top-level quotation
	dStraight bool        // the open double mark is a straight one
	dTicks    bool        // the open double mark is two backquotes (``)
	dInner    bool        // a double mark of the other style is open inside the quotation
	contAt    int         // where a line reopening a quotation left open on the line before begins
	curly     *curlyAhead // the paragraph's curly double marks, for closedTwiceAhead (built on first use)
}

// qmark is one quotation mark met by pairParagraph: its offset and size,
// its rune (a doubled apostrophe or backquote read as a double mark), its
// first byte, and the runes around it (utf8.RuneError at the paragraph's
// edges).
type qmark struct {
	at, size   int
	r          rune
	b          byte
	prev, next rune
}

// atStart reports whether only space stands between the paragraph's start and off.
func (m *pairer) atStart(off int) bool { return strings.TrimSpace(m.text[m.p.Start:off]) == "" }

// emit appends the quotation of outer span [os, oe] and words [cs, ce].
func (m *pairer) emit(os, cs, ce, oe int, single, unclosed bool) {
	c := textdoc.TrimSpan(m.text, contract.Span{Start: cs, End: ce})
	if c.Len() == 0 {
		return
	}
	q := qspan{os: os, oe: oe, cs: c.Start, ce: c.End, para: m.pi, single: single, unclosed: unclosed}
	if m.carry != qMarkNone && m.atStart(os) || os == m.contAt {
		q.cont = true
	}
	m.out = append(m.out, q)
}

// reopenLine ends the open double quotation at the line break at i when the
// next line reopens it: the lines are paragraphs of one quotation.
func (m *pairer) reopenLine(i int) {
	text, p := m.text, m.p
	j := i + 1
	for j < p.End && (text[j] == ' ' || text[j] == '\t' || text[j] == '\r') {
		j++
	}
	if r, _ := utf8.DecodeRuneInString(text[j:p.End]); j < p.End && (r == '\u201c' || r == '"' && m.dStraight || r == '\u00ab') {
		m.emit(m.dOpen, m.dOpen+m.dSize, i, i, false, true)
		m.dOpen, m.sOpen, m.dInner, m.contAt = -1, -1, false, j
	}
}

// doubleMark reads a double mark: it opens, closes or nests.
func (m *pairer) doubleMark(k qmark) {
	i, size, r := k.at, k.size, k.r
	freeOpen, freeClose := qSpaceBefore(k.prev), qSpaceAfter(k.next)
	openish := freeOpen && !freeClose
	closeish := freeClose && !freeOpen
	if m.sOuter && m.sOpen >= 0 {
		return // double marks inside a top-level single quotation are nested
	}
	straight := r == '"'
	if m.dOpen >= 0 && straight != m.dStraight {
		// a mark of the other style inside an open quotation: a nested
		// quotation, or a closing mark of the wrong style
		opening := openish || !straight && !closeish && (r == '\u201c' || r == '\u201e')
		switch {
		case m.dInner:
			m.dInner = false
		case opening:
			m.dInner = true
		case closeish:
			m.emit(m.dOpen, m.dOpen+m.dSize, i, i+size, false, false)
			m.dOpen, m.sOpen = -1, -1
		}
		return
	}
	if m.dOpen >= 0 && (straight && m.dStraight && openish || k.b == '`' && m.dTicks && !m.dInner) && sentenceEndBefore(m.text[m.dOpen:i]) {
		// "First sentence. "Second sentence," he said: each sentence
		// reopens the quotation without closing the one before (and so
		// in tokenized text: `` First . `` Second , '' he said)
		m.emit(m.dOpen, m.dOpen+m.dSize, i, i, false, false)
		m.dOpen, m.dSize, m.dInner, m.sOpen, m.dTicks = i, size, false, -1, k.b == '`'
		return
	}
	if m.dOpen >= 0 && !straight {
		// the same curly style inside an open quotation: a nested quotation
		if m.dInner && (r == '\u201d' || r == '\u00bb') {
			m.dInner = false
			return
		}
		if !m.dInner && r == '\u201c' && openish && sentenceEndBefore(m.text[m.dOpen:i]) && !m.closedTwiceAhead(i+size) {
			// “First sentence. “Second sentence,” she said: a sentence
			// reopens the quotation, as with straight marks, unless two
			// closing marks follow (a quotation nested in this one)
			m.emit(m.dOpen, m.dOpen+m.dSize, i, i, false, false)
			m.dOpen, m.dSize, m.dInner, m.sOpen, m.dTicks = i, size, false, -1, false
			return
		}
		if !m.dInner && (r == '\u201c' || r == '\u00ab' || r == '\u201e') && !closeish {
			m.dInner = true
			return
		}
	}
	var open bool
	switch r {
	case '"':
		switch {
		case openish:
			open = m.dOpen < 0
		case closeish:
			open = false
		default:
			open = m.dOpen < 0
		}
	case '\u201c', '\u00ab', '\u201e', '\u201f':
		open = !(closeish && m.dOpen >= 0)
	default: // closing curly marks; one opening a paragraph opens, and so
		// does one glued to the word after it and not to a word before,
		// with no quotation open (`said,”I know`; not `DOESN”T`), which it
		// cannot close
		glued := (unicode.IsLetter(k.next) || unicode.IsDigit(k.next)) && !unicode.IsLetter(k.prev) && !unicode.IsDigit(k.prev)
		open = m.dOpen < 0 && (openish || m.atStart(i) && k.next != utf8.RuneError || glued)
	}
	if open {
		m.dOpen, m.dSize, m.dStraight, m.dInner = i, size, straight, false
		m.dTicks = k.b == '`'
		m.sOpen = -1
	} else if m.dOpen >= 0 {
		m.emit(m.dOpen, m.dOpen+m.dSize, i, i+size, false, false)
		m.dOpen, m.sOpen = -1, -1
	}
}

// singleMark reads a single mark: an apostrophe, or a mark that opens or
// closes a single quotation.
func (m *pairer) singleMark(k qmark) {
	text, p := m.text, m.p
	i, size, r, prev, next := k.at, k.size, k.r, k.prev, k.next
	freeOpen, freeClose := qSpaceBefore(prev), qSpaceAfter(next)
	if unicode.IsLetter(prev) || unicode.IsDigit(prev) {
		if unicode.IsLetter(next) || unicode.IsDigit(next) {
			if m.sOpen >= 0 && gluedClose(prev, next) {
				freeClose = true // a line glued to the next: mall ‘distraught’Authorities
			} else {
				return // Iran's, don't, rock'n'roll
			}
		}
	}
	canOpen := freeOpen && (unicode.IsLetter(next) || unicode.IsDigit(next) || next == '"' || next == '\u201c' || next == '$' || next == '\u00a3' || next == '\u20ac')
	if canOpen && r != '\u2019' || canOpen && r == '\u2019' && prev != utf8.RuneError && textdoc.IsSpaceRune(prev) {
		w := qLeadingWord(text[i+size : p.End])
		if unicode.IsDigit(next) || qElisions[w] {
			return // '90s, 'em, rock 'n' roll
		}
		if m.sOpen < 0 && (r != '\u2019' || m.dOpen < 0) {
			m.sOpen, m.sSize, m.sOuter = i, size, m.dOpen < 0
		}
		return
	}
	if r == '\u2018' {
		return
	}
	if m.sOpen >= 0 && !freeOpen && (freeClose || next == utf8.RuneError) {
		if m.sOuter && (prev == 's' || prev == 'S') && possessiveAhead(text, i+size, p.End) && opensSentence(text, p.Start, m.sOpen) {
			return // 'The patients' needs come first.': a plural possessive inside the quotation
		}
		if m.sOuter {
			if utf8.RuneCountInString(text[m.sOpen+m.sSize:i]) >= 2 {
				m.emit(m.sOpen, m.sOpen+m.sSize, i, i+size, true, false)
			}
		}
		m.sOpen, m.sOuter = -1, false
	}
}

// closedTwiceAhead reports whether the rest of the paragraph from offset
// x, after an opening curly mark read as nested in an open quotation,
// closes the nested quotation and then the outer one: two closing marks
// with no opening mark between them (“He asked: “Why?” and left.”). It
// answers as closedTwiceAheadIn the rest of the text, from the
// paragraph's marks read once (curlyAhead): asked at each mark of a long
// paragraph, reading on to its end each time was quadratic.
func (m *pairer) closedTwiceAhead(x int) bool {
	if m.curly == nil {
		m.curly = newCurlyAhead(m.text[m.p.Start:m.p.End], m.p.Start)
	}
	c := m.curly
	k := sort.SearchInts(c.at, x) // the first mark at or after x
	t := int(c.back[k])
	return t >= 0 && t < len(c.at) && c.close[t]
}

// curlyAhead holds a paragraph's curly double marks in order: their
// offsets, whether each closes, and, for each index k, back[k]: the index
// of the mark that follows the one bringing a quotation opened just before
// mark k back to level (the first t > k where the marks' running sum,
// “ +1 and ” -1, is one less than before k), or -1 when none does.
type curlyAhead struct {
	at    []int
	close []bool
	back  []int32
}

// newCurlyAhead reads the curly double marks of paragraph text p, which
// starts at offset start.
func newCurlyAhead(p string, start int) *curlyAhead {
	c := &curlyAhead{}
	for i, r := range p {
		if r == '\u201c' || r == '\u201d' {
			c.at = append(c.at, start+i)
			c.close = append(c.close, r == '\u201d')
		}
	}
	n := len(c.at)
	sum := make([]int32, n+1) // sum[t]: the running sum of the marks before t
	for k, cl := range c.close {
		sum[k+1] = sum[k] + 1
		if cl {
			sum[k+1] = sum[k] - 1
		}
	}
	c.back = make([]int32, n+1)
	last := map[int32]int32{} // the least t seen so far with sum[t] of the key
	for t := n; t >= 0; t-- {
		c.back[t] = -1
		if u, ok := last[sum[t]-1]; ok {
			c.back[t] = u
		}
		last[sum[t]] = int32(t)
	}
	return c
}

// closedTwiceAheadIn is closedTwiceAhead over the text s itself, read to
// its end: the reference curlyAhead answers as.
func closedTwiceAheadIn(s string) bool {
	depth := 1
	for _, r := range s {
		switch r {
		case '\u201c':
			if depth == 0 {
				return false
			}
			depth++
		case '\u201d':
			if depth == 0 {
				return true
			}
			depth--
		}
	}
	return false
}

// gluedClose reports whether a single mark between prev and next, letters
// both, closes an open single quotation rather than standing for an
// apostrophe: a lower-case letter before and a capital after, where a
// scraped line runs into the next without a space. An apostrophe inside a
// word is never followed by a capital after a lower-case letter (O’Brien
// has its capital before).
func gluedClose(prev, next rune) bool {
	return unicode.IsLower(prev) && unicode.IsUpper(next)
}

// finish ends a quotation still open at the paragraph's end and returns
// the quotations and the kind left open.
func (m *pairer) finish() ([]qspan, int) {
	left := qMarkNone
	switch {
	case m.dOpen >= 0:
		m.emit(m.dOpen, m.dOpen+m.dSize, m.p.End, m.p.End, false, true)
		left = qMarkDouble
	case m.sOpen >= 0 && m.sOuter && m.atStart(m.sOpen):
		m.emit(m.sOpen, m.sOpen+m.sSize, m.p.End, m.p.End, true, true)
		left = qMarkSingle
	}
	return m.out, left
}
