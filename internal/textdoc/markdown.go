package textdoc

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Markdown returns text with the Markdown markup it holds read as the text
// it marks, and the Offsets that map offsets into the result back to
// offsets into text. Text that scrapers and readers hand over as Markdown
// (Firecrawl, Jina Reader, trafilatura's Markdown output, CMS exports)
// reaches a reader as `[Dana Kowalchuk](https://example.com/people/3) said`
// and `**Premier Doug Ford** told reporters`: read as written, a speaker's
// name is glued to brackets and asterisks and a link's address is words.
//
// Only markup with clear evidence is read, each mark as nothing:
//
//	[text](url)          the text (a link, its address a URL or a path)
//	![alt](url)          nothing (an image, alt text included)
//	**text**, __text__   the text (strong emphasis)
//	*text*, _text_       the text (emphasis), opening and closing on one line
//	# Heading            the heading (one to six #s and a space opening a line)
//	> text               the text (a blockquote's > and a space opening a line)
//
// An emphasis mark opens only after white space, an opening mark or the
// start of a line, before a character that is no white space, and closes
// only after such a character, before white space, punctuation or the end of
// a line, with the same number of the same marks, in the same paragraph. So
// what prose writes with these characters stays as written: footnote marks
// ("revenue*", "* Figures are estimates"), hashtags ("#MeToo", "No. #3"),
// citations and insertions in brackets ("[1]", "[sic]", "[the minister]"),
// a censored word ("f***"), names_with_underscores and a "> " that opens no
// line. Reference links, code, lists, tables and rules are left as written.
//
// A mark is read as nothing, so a result that starts or ends beside one
// keeps the input's offsets of its own text, and the words inside a link or
// emphasis keep their own. Text without '[', '*' or '_', and without '#' or
// '>' opening a line, is returned as it is, without a copy, with nil
// Offsets, as is text in which no markup is found.
func Markdown(text string) (string, *Offsets) {
	if !mayHoldMarkdown(text) {
		return text, nil
	}
	m := mdReader{text: text}
	m.blocks()
	m.inline(0, len(text))
	if len(m.cuts) == 0 {
		return text, nil
	}
	slices.SortFunc(m.cuts, func(a, b cut) int { return a.start - b.start })
	return cutRuns(text, m.cuts)
}

// mayHoldMarkdown reports whether text holds a byte that may open markup.
func mayHoldMarkdown(text string) bool {
	for _, c := range []byte{'[', '*', '_'} {
		if strings.IndexByte(text, c) >= 0 {
			return true
		}
	}
	for _, c := range []byte{'#', '>'} {
		for i := strings.IndexByte(text, c); i >= 0; {
			if lineIndent(text, i) >= 0 {
				return true
			}
			k := strings.IndexByte(text[i+1:], c)
			if k < 0 {
				break
			}
			i += 1 + k
		}
	}
	return false
}

// lineIndent returns how many spaces stand before offset i on its line when
// only spaces, at most three, do; otherwise -1.
func lineIndent(text string, i int) int {
	n := 0
	for i > 0 && text[i-1] == ' ' && n <= 3 {
		i--
		n++
	}
	if n > 3 || i > 0 && text[i-1] != '\n' {
		return -1
	}
	return n
}

// mdReader finds the markup of one text: the runs of bytes read as nothing.
type mdReader struct {
	text string
	cuts []cut
	// the next closing run after an offset, for each mark and length, and
	// the next blank line and line break: an offset that grows through the
	// text, so that each is sought once over the text
	close   [2][3]memo
	blank   memo
	newline memo
}

// memo is the last answer of a search forward: none of what is sought
// starts in [from, at).
type memo struct{ from, at int }

// cut is a run of bytes [start, end) of the text that is read as as:
// nothing, for a mark.
type cut struct {
	start, end int
	as         string
}

func (m *mdReader) cut(start, end int) { m.cuts = append(m.cuts, cut{start: start, end: end}) }

// blocks cuts the marks that open a line: a blockquote's "> " (nested
// ones too) and then a heading's #s with the spaces after them, and the
// closing #s a heading may end with. A heading, and a blockquote beside
// lines that are none, stays its own paragraph: the line break between it
// and a line of text next to it is read as a blank line.
func (m *mdReader) blocks() {
	t := m.text
	var last lineKind // the line before, and the line break that ends it
	lastBreak := -1
	for ls := 0; ls < len(t); {
		le := strings.IndexByte(t[ls:], '\n')
		if le < 0 {
			le = len(t)
		} else {
			le += ls
		}
		var k lineKind
		i := ls
		for n := 0; n < 3 && i < le && t[i] == ' '; n++ {
			i++
		}
		for i < le && t[i] == '>' && (i+1 == le || t[i+1] == ' ' || t[i+1] == '\r') && !beforeFigure(t, i+1, le) {
			e := i + 1
			if e < le && t[e] == ' ' {
				e++
			}
			m.cut(i, e)
			i = e
			k.quote = true
		}
		n := 0
		for i+n < le && t[i+n] == '#' {
			n++
		}
		if 1 <= n && n <= 6 && i+n < le && (t[i+n] == ' ' || t[i+n] == '\t') {
			e := i + n
			for e < le && (t[e] == ' ' || t[e] == '\t') {
				e++
			}
			if e < le && t[e] != '\r' {
				m.cut(i, e)
				m.closingHashes(e, le)
				k.heading = true
			}
		}
		k.text = strings.TrimSpace(t[i:le]) != ""
		if k.text && last.text && (k.heading || last.heading || k.quote != last.quote) {
			m.cuts = append(m.cuts, cut{lastBreak, lastBreak + 1, "\n\n"})
		}
		last, lastBreak = k, le
		ls = le + 1
	}
}

// lineKind is what a line is, once its block marks are read.
type lineKind struct {
	text           bool // it holds more than white space
	quote, heading bool // it opens with a blockquote's >, a heading's #s
}

// closingHashes cuts the #s that close a heading whose text is t[s:e]: a
// run of #s after a space, before the line's end.
func (m *mdReader) closingHashes(s, e int) {
	t := m.text
	for e > s && (t[e-1] == ' ' || t[e-1] == '\t' || t[e-1] == '\r') {
		e--
	}
	h := e
	for h > s && t[h-1] == '#' {
		h--
	}
	if h == e || h == s || t[h-1] != ' ' {
		return
	}
	for h > s && t[h-1] == ' ' {
		h--
	}
	if h > s {
		m.cut(h, e)
	}
}

// inline cuts the marks of links, images and emphasis in t[lo:hi].
func (m *mdReader) inline(lo, hi int) {
	t := m.text
	for i := lo; i < hi; {
		k := strings.IndexAny(t[i:hi], "[!*_")
		if k < 0 {
			return
		}
		i += k
		switch t[i] {
		case '!':
			if e := m.image(i, hi); e > 0 {
				m.cut(i, e)
				i = e
				continue
			}
		case '[':
			if te, e := m.link(i, hi, true); e > 0 {
				if footnoteMark(t, i, te) {
					m.cut(i, e) // "40[1](…) people": the note's number is no digit of the figure
					i = e
					continue
				}
				m.cut(i, i+1)
				m.inline(i+1, te)
				m.cut(te, e)
				i = e
				continue
			}
		default:
			n := run(t, i)
			if i+n > hi {
				return // a run that the end of a link's text or of emphasis parts
			}
			if n <= 3 && m.opens(i, n) {
				if j := m.closing(i, n, hi); j > 0 {
					m.cut(i, i+n)
					m.inline(i+n, j)
					m.cut(j, j+n)
					i = j + n
					continue
				}
			}
			i += n
			continue
		}
		i++
	}
}

// footnoteMark reports whether the link whose text is t[i+1:te] is a
// note's mark: glued to the letter or digit before it ("40[1](…)",
// "said[4](…)"), with a text of at most three digits, or a caret and digits
// ("[^3]"), bracketed or not.
func footnoteMark(t string, i, te int) bool {
	if i == 0 || !isAlnum(t[i-1]) {
		return false
	}
	s := strings.TrimSuffix(strings.TrimPrefix(t[i+1:te], "["), "]")
	s = strings.TrimPrefix(s, "^")
	if s == "" || len(s) > 3 {
		return false
	}
	for k := 0; k < len(s); k++ {
		if !IsDigitByte(s[k]) {
			return false
		}
	}
	return true
}

// beforeFigure reports whether a ">" ends at t[i] before a figure (white
// space, then a digit or a currency sign): "> 50 people were hurt" is a
// comparison opening a line, not a blockquote.
func beforeFigure(t string, i, le int) bool {
	for i < le && t[i] == ' ' {
		i++
	}
	if i >= le {
		return false
	}
	if IsDigitByte(t[i]) || t[i] == '$' {
		return true
	}
	r, _ := utf8.DecodeRuneInString(t[i:le])
	return unicode.Is(unicode.Sc, r)
}

// run returns the length of the run of t[i] that starts at i.
func run(t string, i int) int {
	n := 1
	for i+n < len(t) && t[i+n] == t[i] {
		n++
	}
	return n
}

// image returns the end of the image t[i:] opens (`![alt](url)`), before
// hi, or 0.
func (m *mdReader) image(i, hi int) int {
	if i+1 >= hi || m.text[i+1] != '[' {
		return 0
	}
	_, e := m.link(i+1, hi, false)
	return e
}

// maxLinkText is the most bytes a link's text or an image's alt text holds.
const maxLinkText = 1000

// link returns, for the link t[i:] opens (`[text](url)`, its text holding
// no bracket but, when images is true, an image's), the offset of its
// closing bracket and its end, before hi; or 0, 0.
func (m *mdReader) link(i, hi int, images bool) (int, int) {
	t := m.text
	j := i + 1
	lim := min(hi, i+maxLinkText)
	for {
		if j >= lim {
			return 0, 0
		}
		k := strings.IndexAny(t[j:lim], "[]")
		if k < 0 {
			return 0, 0
		}
		j += k
		if t[j] == ']' {
			break
		}
		e := 0
		if images && j > i+1 && t[j-1] == '!' {
			e = m.image(j-1, hi)
		}
		if e == 0 {
			return 0, 0 // a bracket inside: no link's text
		}
		j = e
	}
	if strings.Contains(t[i:j], "\n\n") {
		return 0, 0
	}
	e := destination(t, j+1, hi)
	if e == 0 {
		return 0, 0
	}
	return j, e
}

// maxDestination is the most bytes a link's address and title hold.
const maxDestination = 1024

// destination returns the end of the `(url)` or `(url "title")` that
// t[i:] opens, before hi, when url looks like an address (it holds a '/',
// a '.' or a ':', or opens with '#'); or 0. Neither url nor title holds a
// bracket, so that a search for either ends at the next link.
func destination(t string, i, hi int) int {
	if i >= hi || t[i] != '(' {
		return 0
	}
	lim := min(hi, i+maxDestination)
	j := i + 1
	var url string
	if j < lim && t[j] == '<' {
		k := strings.IndexAny(t[j:lim], ">\n[]")
		if k < 0 || t[j+k] != '>' {
			return 0
		}
		url = t[j+1 : j+k]
		j += k + 1
	} else {
		depth := 0
		for ; j < lim; j++ {
			c := t[j]
			if c <= ' ' || c == ')' && depth == 0 || c == '[' || c == ']' {
				break
			}
			switch c {
			case '(':
				depth++
			case ')':
				depth--
			}
		}
		url = t[i+1 : j]
	}
	if url == "" || !strings.ContainsAny(url, "/.:") && url[0] != '#' {
		return 0
	}
	for j < lim && (t[j] == ' ' || t[j] == '\t') {
		j++
	}
	if j < lim && (t[j] == '"' || t[j] == '\'') { // a title
		k := strings.IndexAny(t[j+1:lim], string(t[j])+"\n[]")
		if k < 0 || t[j+1+k] != t[j] {
			return 0
		}
		j += k + 2
		for j < lim && (t[j] == ' ' || t[j] == '\t') {
			j++
		}
	}
	if j >= lim || t[j] != ')' {
		return 0
	}
	return j + 1
}

// opens reports whether the run of n emphasis marks at i may open
// emphasis: after white space, an opening mark or the start of the text,
// before a character that is no white space.
func (m *mdReader) opens(i, n int) bool {
	t := m.text
	if i+n >= len(t) {
		return false
	}
	if after, _ := utf8.DecodeRuneInString(t[i+n:]); unicode.IsSpace(after) {
		return false
	}
	if i == 0 {
		return true
	}
	before, _ := utf8.DecodeLastRuneInString(t[:i])
	return unicode.IsSpace(before) || strings.ContainsRune("([{\"'“‘«—–-/", before)
}

// closes reports whether the run of n marks at j may close emphasis: after
// a character that is no white space, before white space, punctuation or
// the end of the text.
func (m *mdReader) closes(j, n int) bool {
	t := m.text
	before, _ := utf8.DecodeLastRuneInString(t[:j])
	if unicode.IsSpace(before) || before == '\\' {
		return false
	}
	if j+n == len(t) {
		return true
	}
	after, _ := utf8.DecodeRuneInString(t[j+n:])
	return unicode.IsSpace(after) || after != '*' && after != '_' && unicode.IsPunct(after)
}

// closing returns the offset of the run that closes the emphasis of n
// marks opened at i: the next run of as many of the same marks that may
// close, before hi and in the same paragraph (on the same line, for one
// mark); or 0.
func (m *mdReader) closing(i, n, hi int) int {
	t := m.text
	from := i + n
	k := 0
	if t[i] == '_' {
		k = 1
	}
	mm := &m.close[k][n-1]
	if !(mm.from <= from && from <= mm.at) {
		mm.from, mm.at = from, m.nextClosing(t[i], n, from)
	}
	j := mm.at
	if j+n > hi {
		return 0
	}
	var end int
	if n == 1 {
		end = m.next(&m.newline, from, func(p int) int {
			if k := strings.IndexByte(t[p:], '\n'); k >= 0 {
				return p + k
			}
			return len(t)
		})
	} else {
		end = m.next(&m.blank, from, m.nextBlank)
	}
	if j > end {
		return 0
	}
	return j
}

// next returns the memo's answer for an offset from, seeking it with find
// when from lies beyond what the memo covers.
func (m *mdReader) next(mm *memo, from int, find func(int) int) int {
	if !(mm.from <= from && from <= mm.at) {
		mm.from, mm.at = from, find(from)
	}
	return mm.at
}

// nextClosing returns the offset of the first run of exactly n marks c at
// or after p that may close emphasis, or len(text).
func (m *mdReader) nextClosing(c byte, n, p int) int {
	t := m.text
	for {
		k := strings.IndexByte(t[p:], c)
		if k < 0 {
			return len(t)
		}
		j := p + k
		r := run(t, j)
		if r == n && m.closes(j, n) {
			return j
		}
		p = j + r
	}
}

// nextBlank returns the offset of the first line break at or after p that
// ends a line before a blank one, or len(text).
func (m *mdReader) nextBlank(p int) int {
	t := m.text
	for {
		k := strings.IndexByte(t[p:], '\n')
		if k < 0 {
			return len(t)
		}
		j := p + k
		e := j + 1
		for e < len(t) && (t[e] == ' ' || t[e] == '\t' || t[e] == '\r') {
			e++
		}
		if e == len(t) || t[e] == '\n' {
			return j
		}
		p = j + 1
	}
}
