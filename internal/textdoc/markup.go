package textdoc

import "strings"

// Markup returns text with the HTML markup it holds read as the text it
// marks up, and the Offsets that map offsets into the result back to offsets
// into text. Text that arrives with its markup (a feed's content:encoded, a
// CMS's rendered content, a scraper that kept an article element's inner
// HTML) reaches a reader as `<p>“We will,” Ford said.</p><p>“It is…”</p>`
// and `<a href="…">Doug Ford</a> said`: read as written, its tags are
// words, its paragraphs one, and a name in a link is no name.
//
// Text is markup when it holds an end tag of a block element (p, div, li,
// h1 to h6, blockquote, table, td and the others of blockElements), opens
// with a block tag, or holds two <br> tags: prose that names a tag ("the
// <div> handler", "use the <p> tag") is none. In it, each tag of an element HTML defines is read:
// a run of block tags (with the white space between them) as a paragraph
// break, a blank line, or as nothing at the start or end of the text; a
// <br> alone as a line break; an inline tag (a, em, strong, span, img…) and
// a comment as nothing, so that `Ford</a> said` reads `Ford said`; a script
// or style element as nothing, with its content. A tag is a "<" followed
// by the element's name (in any case) and then white space, "/" or ">", up
// to the first ">" outside quoted attribute values and before any other
// "<". Everything else stays as written: "a < b", "<5%", a tag of a name
// HTML does not define (a corpus's `<tweet id="…">` placeholder), a
// comment that is never closed, and all of a text that is no markup. A
// superscript (sup) is read as nothing with its content, a note's mark
// ("40<sup>1</sup> people" is no 401), unless that is an ordinal's ending
// ("21<sup>st</sup>"), whose tags alone are read as nothing.
//
// Character references are read after markup, as HTML reads them: `&lt;p&gt;`
// is how markup writes the characters "<p>" as text, so it reads as those
// characters, not as a tag, and `&rsquo;` inside a paragraph as the
// apostrophe. Text without a "<" is returned as it is, without a copy, with
// nil Offsets, as is text that is not markup.
func Markup(text string) (string, *Offsets) {
	i := strings.IndexByte(text, '<')
	if i < 0 {
		return text, nil
	}
	var (
		tags    []tagSpan
		closed  bool    // an end tag of a block element: "</p>"
		breaks  int     // <br> tags
		opening bool    // the text opens with a block tag
		noClose [4]bool // no "-->", "</script", "</style" or "</sup" after some point: never look again
		lead    = len(text) - len(strings.TrimLeft(text, " \t\n\r\f"))
	)
	for i >= 0 {
		n, kind := tagAt(text, i, &noClose)
		if n > 0 {
			tags = append(tags, tagSpan{start: i, end: i + n, kind: kind})
			switch {
			case kind == tagBreak:
				breaks++
			case kind == tagBlock && text[i+1] == '/':
				closed = true
			case kind == tagBlock && i == lead:
				opening = true
			}
		} else {
			n = 1
		}
		k := strings.IndexByte(text[i+n:], '<')
		if k < 0 {
			break
		}
		i += n + k
	}
	// markup, and not prose that names a tag ("the <div> handler", "use the
	// <p> tag"): an end tag of a block element, a text that opens with a
	// block tag, or two line breaks
	if !closed && !opening && breaks < 2 {
		return text, nil
	}
	// the text between white space at its start (lead) and its end: a break
	// before or after it is no break
	last := len(strings.TrimRight(text, " \t\n\r\f"))
	cuts := make([]cut, 0, len(tags))
	for k := 0; k < len(tags); {
		// a run: tags side by side, and tags parted by white space only
		// where one of them breaks a line (the space between two inline
		// tags is a space of the text)
		start, end, kind := tags[k].start, tags[k].end, tags[k].kind
		brs := 0
		if kind == tagBreak {
			brs = 1
		}
		for k++; k < len(tags); k++ {
			t := tags[k]
			breaks := kind == tagBlock || kind == tagBreak || t.kind == tagBlock || t.kind == tagBreak
			if t.start != end && !(breaks && isSpace(text[end:t.start])) {
				break
			}
			end = t.end
			switch {
			case t.kind == tagBlock || kind == tagBlock:
				kind = tagBlock
			case t.kind == tagBreak:
				kind = tagBreak
				brs++
			}
		}
		var as string
		switch {
		case kind == tagBlock || kind == tagBreak && brs > 1:
			if start > lead && end < last {
				as = "\n\n"
			}
		case kind == tagBreak:
			as = "\n"
		}
		cuts = append(cuts, cut{start: start, end: end, as: as})
	}
	return cutRuns(text, cuts)
}

// tagSpan is one tag, comment or script element found in a text.
type tagSpan struct {
	start, end int
	kind       tagKind
}

// tagKind is how a tag reads.
type tagKind uint8

const (
	tagNone   tagKind = iota // read as nothing: an inline tag, a comment, a script
	tagBlock                 // a paragraph break
	tagBreak                 // a line break (<br>)
	tagScript                // the start tag of an element read as nothing with its content
)

// blockElements are the elements whose tags part paragraphs.
var blockElements = []string{
	"address", "article", "aside", "blockquote", "body", "caption", "center", "dd",
	"details", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer",
	"form", "h1", "h2", "h3", "h4", "h5", "h6", "head", "header", "hgroup", "hr",
	"html", "li", "main", "nav", "ol", "p", "pre", "section", "summary", "table",
	"tbody", "td", "tfoot", "th", "thead", "title", "tr", "ul",
}

// inlineElements are the elements whose tags are read as nothing.
var inlineElements = []string{
	"a", "abbr", "acronym", "audio", "b", "bdi", "bdo", "big", "button", "cite",
	"code", "data", "del", "dfn", "em", "embed", "font", "i", "iframe", "img",
	"input", "ins", "kbd", "label", "mark", "meta", "link", "object", "picture",
	"q", "s", "samp", "small", "source", "span", "strike", "strong", "sub",
	"svg", "time", "tt", "u", "var", "video", "wbr",
}

// elements maps the lower-case name of every element Markup reads to its kind.
var elements = func() map[string]tagKind {
	m := map[string]tagKind{"br": tagBreak, "script": tagScript, "style": tagScript, "sup": tagScript}
	for _, n := range blockElements {
		m[n] = tagBlock
	}
	for _, n := range inlineElements {
		m[n] = tagNone
	}
	return m
}()

// maxTag is the most bytes a tag holds, attributes included, so that a text
// of many "<" with a quote never closed is read in linear time.
const maxTag = 4096

// maxElementName is the length of the longest name in elements.
const maxElementName = 10

// tagAt returns the length and kind of the tag, comment or script element
// that opens at text[i] (a "<"), or 0 when none does. noClose records
// what ends no more in text (a comment, a script or a style element), so
// that a text of many that never end is read in linear time.
func tagAt(text string, i int, noClose *[4]bool) (int, tagKind) {
	s := text[i:]
	if strings.HasPrefix(s, "<!--") {
		k := -1
		if !noClose[0] {
			k = strings.Index(s[4:], "-->")
		}
		if k < 0 {
			noClose[0] = true
			return 0, 0
		}
		return 4 + k + 3, tagNone
	}
	j := 1
	end := len(s) > 1 && s[1] == '/'
	if end {
		j = 2
	}
	name := j
	for j < len(s) && j-name <= maxElementName && isAlnum(s[j]) {
		j++
	}
	if j == name || j-name > maxElementName || !isLetter(s[name]) || j < len(s) && !isTagSpace(s[j]) && s[j] != '/' && s[j] != '>' {
		return 0, 0
	}
	var low [maxElementName]byte
	for k := name; k < j; k++ {
		low[k-name] = s[k] | 0x20 // ASCII letters and digits only: digits keep their bit
	}
	kind, ok := elements[string(low[:j-name])]
	if !ok {
		return 0, 0
	}
	n := tagEnd(s, j)
	if n == 0 {
		return 0, 0
	}
	if kind != tagScript {
		return n, kind
	}
	if end { // an end tag of script or style alone: nothing
		return n, tagNone
	}
	// the element with its content, through its end tag
	which := 1
	switch string(low[:j-name]) {
	case "style":
		which = 2
	case "sup":
		which = 3
	}
	if !noClose[which] {
		closing := "</" + string(low[:j-name])
		for k := n; ; {
			c := strings.IndexByte(s[k:], '<')
			if c < 0 {
				noClose[which] = true
				break
			}
			k += c
			if len(s)-k >= len(closing) && strings.EqualFold(s[k:k+len(closing)], closing) &&
				(k+len(closing) == len(s) || isTagSpace(s[k+len(closing)]) || s[k+len(closing)] == '>') {
				if e := tagEnd(s[k:], len(closing)); e > 0 {
					if which == 3 && ordinalEnding(s[n:k]) {
						return n, tagNone // "21<sup>st</sup>": the tags alone, the ending kept
					}
					return k + e, tagNone // a script, a style, a note's mark ("40<sup>1</sup>")
				}
			}
			k++
		}
	}
	return n, tagNone // never closed: the start tag alone
}

// tagEnd returns the length of the tag s opens, whose attributes (or end)
// start at s[j]: through the first ">" outside a quoted attribute value (a
// value may hold "<" and ">": alt="I <3 NY"), or 0 when another "<" outside
// one, the end of s or maxTag bytes come first.
func tagEnd(s string, j int) int {
	var quote byte
	for lim := min(len(s), maxTag); j < lim; j++ {
		switch c := s[j]; {
		case c == '<' && quote == 0:
			return 0
		case quote != 0:
			if c == quote {
				quote = 0
			}
		case c == '"' || c == '\'':
			quote = c
		case c == '>':
			return j + 1
		}
	}
	return 0
}

// ordinalEnding reports whether the content of a superscript, its tags
// aside, is an ordinal's ending ("st", "nd", "rd", "th"), which is kept
// where a note's mark is read as nothing with the element.
func ordinalEnding(s string) bool {
	if strings.IndexByte(s, '<') >= 0 {
		return false
	}
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "st", "nd", "rd", "th":
		return true
	}
	return false
}

func isLetter(c byte) bool { return 'a' <= c|0x20 && c|0x20 <= 'z' }

func isTagSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' }

// isSpace reports whether s is white space only.
func isSpace(s string) bool {
	for i := 0; i < len(s); i++ {
		if !isTagSpace(s[i]) {
			return false
		}
	}
	return true
}
