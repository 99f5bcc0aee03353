package textdoc

import "html"

// References returns text with the HTML character references it holds read
// as the characters they stand for, and the Offsets that map offsets into
// the result back to offsets into text. Text that a feed or a pipeline handed
// over with its characters as references (tags stripped, the text never
// unescaped) reaches a reader as `&ldquo;We will,&rdquo; she said.` and
// `Trump&rsquo;s`: read as written, its quotation marks are words.
//
// A reference is a named one that html.UnescapeString knows, written with
// its semicolon (`&rsquo;`, `&amp;`), or a numeric one (`&#8220;`,
// `&#x201C;`); html.UnescapeString decodes each. A no-break space
// (`&nbsp;`, `&#160;`) reads as the no-break space it is, which parts words
// as a space does and groups digits ("12&nbsp;500"). An ampersand that starts no
// reference ("Q&A", "AT&T", "R&D", "& co", a legacy name without its
// semicolon) is left as it is. Text without a reference is returned as it
// is, without a copy, with nil Offsets.
//
// A reference is most often longer than what it stands for, so the offsets
// of the result are not those of text: a caller that analyses the result
// maps every offset back with the Offsets, and keeps text for what it shows
// the user.
func References(text string) (string, *Offsets) {
	return readRuns(text, '&', 1, reference)
}

// maxRefLen is the length of the longest reference References reads,
// ampersand and semicolon included ("&CounterClockwiseContourIntegral;" has 33
// bytes; a numeric one with leading zeros may be longer, and is left as it is).
const maxRefLen = 40

// reference returns the length of the character reference that s opens
// (s[0] is '&') and what it stands for, or 0 when s opens none.
func reference(s string) (int, string) {
	j := 1
	if j < len(s) && s[j] == '#' {
		j++
		if j < len(s) && (s[j] == 'x' || s[j] == 'X') {
			j++
		}
	}
	name := j
	for j < len(s) && j < maxRefLen && isAlnum(s[j]) {
		j++
	}
	if j == name || j >= len(s) || s[j] != ';' {
		return 0, ""
	}
	ref := s[:j+1]
	dec := html.UnescapeString(ref)
	// the reference is whole only if its semicolon was read with it: "&notit;"
	// is the legacy "&not" then "it;", and "&zz;" no reference at all
	if dec == html.UnescapeString(ref[:j])+";" {
		return 0, ""
	}
	return j + 1, dec
}

func isAlnum(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
}
