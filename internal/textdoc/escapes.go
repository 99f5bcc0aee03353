package textdoc

import "strings"

// Unescaped returns text with the line breaks, tabs and double quotation
// marks it holds as escape sequences read as the characters they stand for,
// in the same number of bytes, so that every offset into the result is the
// same offset into text. Text escaped once too often on its way (a JSON
// string encoded twice, a database field written with its escapes) reaches
// a reader as `first paragraph.\n\nSecond` and `\"We will,\" she said`:
// read as written, it is one paragraph, its headline runs into its lede and
// its quotation marks are glued to backslashes. The two bytes of an escape
// become white space and the character:
//
//	\n → " \n"    \r, \t → "  "    \" → ` "`
//
// A backslash that another backslash escapes ("\\n", a backslash written
// out) starts no escape, nor does a backslash before a lower-case letter
// of a word ("C:\Users\nadia": \n, \r and \t then begin a name). In text
// that holds a line break of its own only the marks are read so (a
// scraper's store may escape the marks of text whose lines it keeps; a
// "\n" among real lines is more likely a program's). Text without a
// backslash is returned as it is, without a copy.
//
// A caller that analyses the result keeps text for what it shows the user:
// the words of a quotation that ran over a line break hold the escape as
// written, not the break it stands for.
func Unescaped(text string) string {
	i := strings.IndexByte(text, '\\')
	if i < 0 {
		return text
	}
	lines := strings.IndexByte(text, '\n') >= 0 // only marks are escapes
	var b []byte
	for i >= 0 && i+1 < len(text) {
		var r byte
		switch text[i+1] {
		case 'n':
			r = '\n'
		case 'r', 't':
			r = ' '
		case '"':
			r = '"'
		}
		if r != '"' && (lines || i+2 < len(text) && 'a' <= text[i+2] && text[i+2] <= 'z') {
			r = 0 // "\nadia" in a path: a name, not a line break
		}
		if r != 0 {
			if b == nil {
				b = []byte(text)
			}
			b[i], b[i+1] = ' ', r
		}
		// past the escape, or past a pair of backslashes (a backslash written
		// out, which starts no escape), or past a lone backslash
		next := i + 1
		if r != 0 || text[i+1] == '\\' {
			next = i + 2
		}
		i = nextBackslash(text, next-1)
	}
	if b == nil {
		return text
	}
	return string(b)
}

// nextBackslash returns the offset of the first backslash after i in text, or -1.
func nextBackslash(text string, i int) int {
	k := strings.IndexByte(text[i+1:], '\\')
	if k < 0 {
		return -1
	}
	return i + 1 + k
}
