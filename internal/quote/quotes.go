package quote

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsparse/newsparse/internal/contract"
	"github.com/newsparse/newsparse/internal/textdoc"
)

// Extract pairs quotation marks and attributes each quotation.
func Extract(d *textdoc.Doc, ents []contract.Entity) []contract.Quote {
	qs := pairQuotes(d)
	a := newQAttributor(d, ents, qs)
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
func pairQuotes(d *textdoc.Doc) []qspan {
	var out []qspan
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

// pairParagraph pairs the marks of paragraph p and appends its top-level
// quotations to out; it returns the kind of quotation left open at its end.
// With apos, two apostrophes are a double mark wherever they stand; without,
// only where they close a quotation opened with two backquotes.
func pairParagraph(text string, p contract.Span, pi int, carry int, apos bool, out []qspan) ([]qspan, int) {
	dOpen, sOpen := -1, -1 // offsets of the open double and single marks
	dSize, sSize := 0, 0
	sOuter := false    // the open single mark is a top-level quotation
	dStraight := false // the open double mark is a straight one
	dTicks := false    // the open double mark is two backquotes (``)
	dInner := false    // a double mark of the other style is open inside the quotation
	contAt := -1       // where a line reopening a quotation left open on the line before begins
	atStart := func(off int) bool { return strings.TrimSpace(text[p.Start:off]) == "" }
	emit := func(os, cs, ce, oe int, single, unclosed bool) {
		c := textdoc.TrimSpan(text, contract.Span{Start: cs, End: ce})
		if c.Len() == 0 {
			return
		}
		q := qspan{os: os, oe: oe, cs: c.Start, ce: c.End, para: pi, single: single, unclosed: unclosed}
		if carry != qMarkNone && atStart(os) || os == contAt {
			q.cont = true
		}
		out = append(out, q)
	}
	for i := p.Start; i < p.End; {
		b := text[i]
		if b == '\n' && dOpen >= 0 {
			// a line that reopens the quotation: the lines are paragraphs of one quotation
			j := i + 1
			for j < p.End && (text[j] == ' ' || text[j] == '\t' || text[j] == '\r') {
				j++
			}
			if r, _ := utf8.DecodeRuneInString(text[j:p.End]); j < p.End && (r == '\u201c' || r == '"' && dStraight || r == '\u00ab') {
				emit(dOpen, dOpen+dSize, i, i, false, true)
				dOpen, sOpen, dInner, contAt = -1, -1, false, j
			}
		}
		if b != '"' && b != '\'' && b != 0xE2 && b != 0xC2 && b != '`' {
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(text[i:p.End])
		if i+1 < p.End && (b == '\'' || b == '`') && text[i+1] == b {
			// '' and `` stand for double marks in some archives
			if b == '\'' && !apos && !(dOpen >= 0 && dTicks) {
				i += 2 // a doubled apostrophe, not a mark
				continue
			}
			r, size = '"', 2
			if b == '`' {
				r = '\u201c'
			}
		} else if !qIsQuoteRune(r) {
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
		freeOpen, freeClose := qSpaceBefore(prev), qSpaceAfter(next)
		openish := freeOpen && !freeClose
		closeish := freeClose && !freeOpen
		switch r {
		case '"', '\u201c', '\u201d', '\u00ab', '\u00bb', '\u201e', '\u201f':
			if sOuter && sOpen >= 0 {
				break // double marks inside a top-level single quotation are nested
			}
			straight := r == '"'
			if dOpen >= 0 && straight != dStraight {
				// a mark of the other style inside an open quotation: a nested
				// quotation, or a closing mark of the wrong style
				opening := openish || !straight && !closeish && (r == '\u201c' || r == '\u201e')
				switch {
				case dInner:
					dInner = false
				case opening:
					dInner = true
				case closeish:
					emit(dOpen, dOpen+dSize, i, i+size, false, false)
					dOpen, sOpen = -1, -1
				}
				break
			}
			if dOpen >= 0 && !straight {
				// the same curly style inside an open quotation: a nested quotation
				if dInner && (r == '\u201d' || r == '\u00bb') {
					dInner = false
					break
				}
				if !dInner && (r == '\u201c' || r == '\u00ab' || r == '\u201e') && !closeish {
					dInner = true
					break
				}
			}
			if straight && dOpen >= 0 && dStraight && openish && sentenceEndBefore(text[dOpen:i]) {
				// "First sentence. "Second sentence," he said: each sentence
				// reopens the quotation without closing the one before
				emit(dOpen, dOpen+dSize, i, i, false, false)
				dOpen, dSize, dInner, sOpen, dTicks = i, size, false, -1, false
				break
			}
			var open bool
			switch r {
			case '"':
				switch {
				case openish:
					open = dOpen < 0
				case closeish:
					open = false
				default:
					open = dOpen < 0
				}
			case '\u201c', '\u00ab', '\u201e', '\u201f':
				open = !(closeish && dOpen >= 0)
			default: // closing curly marks; one opening a paragraph opens
				open = dOpen < 0 && (openish || atStart(i) && next != utf8.RuneError)
			}
			if open {
				dOpen, dSize, dStraight, dInner = i, size, straight, false
				dTicks = b == '`'
				sOpen = -1
			} else if dOpen >= 0 {
				emit(dOpen, dOpen+dSize, i, i+size, false, false)
				dOpen, sOpen = -1, -1
			}
		default: // single marks
			if unicode.IsLetter(prev) || unicode.IsDigit(prev) {
				if unicode.IsLetter(next) || unicode.IsDigit(next) {
					break // Iran's, don't, rock'n'roll
				}
			}
			canOpen := freeOpen && (unicode.IsLetter(next) || unicode.IsDigit(next) || next == '"' || next == '\u201c' || next == '$' || next == '\u00a3' || next == '\u20ac')
			if canOpen && r != '\u2019' || canOpen && r == '\u2019' && prev != utf8.RuneError && textdoc.IsSpaceRune(prev) {
				w := qLeadingWord(text[i+size : p.End])
				if unicode.IsDigit(next) || qElisions[w] {
					break // '90s, 'em, rock 'n' roll
				}
				if sOpen < 0 && (r != '\u2019' || dOpen < 0) {
					sOpen, sSize, sOuter = i, size, dOpen < 0
				}
				break
			}
			if r == '\u2018' {
				break
			}
			if sOpen >= 0 && !freeOpen && (freeClose || next == utf8.RuneError) {
				if sOuter && (prev == 's' || prev == 'S') && possessiveAhead(text, i+size, p.End) && opensSentence(text, p.Start, sOpen) {
					break // 'The patients' needs come first.': a plural possessive inside the quotation
				}
				if sOuter {
					if utf8.RuneCountInString(text[sOpen+sSize:i]) >= 2 {
						emit(sOpen, sOpen+sSize, i, i+size, true, false)
					}
				}
				sOpen, sOuter = -1, false
			}
		}
		i += size
	}
	left := qMarkNone
	switch {
	case dOpen >= 0:
		emit(dOpen, dOpen+dSize, p.End, p.End, false, true)
		left = qMarkDouble
	case sOpen >= 0 && sOuter && atStart(sOpen):
		emit(sOpen, sOpen+sSize, p.End, p.End, true, true)
		left = qMarkSingle
	}
	return out, left
}
