package textdoc

import (
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
)

// Mojibake returns text with the mojibake it holds read as the characters
// it stands for, and the Offsets that map offsets into the result back to
// offsets into text. Text that was UTF-8, decoded once as Windows-1252 (or
// Latin-1) on its way and encoded again, as scraped stores often hold it,
// reaches a reader as `â€œWe will,â€ she said.`, `Itâ€™s`, `MontrÃ©al`
// and `Â£5m`: read as written, its quotation marks are words and its names
// are misspelt.
//
// A run of mojibake is the characters Windows-1252 gives the bytes of one
// UTF-8 sequence of two to four bytes: a lead byte (0xC2 to 0xF4, the
// letters Â to ô), then each continuation byte (0x80 to 0xBF) as its
// Windows-1252 character ("€", "™", "©") or, for the bytes Windows-1252
// leaves undefined and for Latin-1's reading, as the C1 control of that
// value (U+0081, U+009D). The run is read as the one character the bytes
// encode when they are a whole, valid sequence; anything else ("Ã" alone,
// "Ãlvaro", a lead without all its continuations, an overlong form or a
// surrogate) stays as written, so that text mixing real accented letters
// with mojibake has its runs repaired and its letters left. One level is
// read: text damaged twice ("ÃƒÂ©") comes out damaged once ("Ã©").
//
// Every lead character is written in UTF-8 from the byte 0xC3: text without
// it (most text, and all text with no character in U+00C0 to U+00FF) is
// returned as it is, without a copy, with nil Offsets, as is text in which
// no run is found.
func Mojibake(text string) (string, *Offsets) {
	// 2: past the lead character, when it opens no run
	return readRuns(text, 0xC3, 2, func(s string) (int, string) {
		n, c := mojibakeRun(s)
		if n == 0 {
			return 0, ""
		}
		return n, string(c)
	})
}

// mojibakeRun returns the length of the run of mojibake that s opens (s[0]
// is 0xC3, the first byte of a character U+00C0 to U+00FF) and the character
// it stands for, or 0 when s opens none.
func mojibakeRun(s string) (int, rune) {
	if len(s) < 4 || s[1] < 0x82 || s[1] > 0xB4 {
		return 0, 0 // not Â to ô, or no room for a continuation
	}
	var seq [utf8.UTFMax]byte
	seq[0] = s[1] + 0x40 // U+00C2 to U+00F4 is C3 82 to C3 B4: its value as a byte
	size := 2
	switch {
	case seq[0] >= 0xF0:
		size = 4
	case seq[0] >= 0xE0:
		size = 3
	}
	j := 2
	for k := 1; k < size; k++ {
		c, w := utf8.DecodeRuneInString(s[j:])
		b, ok := continuation(c)
		if !ok {
			return 0, 0
		}
		seq[k] = b
		j += w
	}
	r, w := utf8.DecodeRune(seq[:size])
	if w != size { // overlong, a surrogate, beyond U+10FFFF
		return 0, 0
	}
	return j, r
}

// continuation returns the byte 0x80 to 0xBF that Windows-1252 (or Latin-1,
// for a C1 control) renders as c, and whether there is one.
func continuation(c rune) (byte, bool) {
	switch {
	case c < 0x80:
		return 0, false
	case c < 0xA0:
		return byte(c), true // a C1 control: Latin-1's reading of the byte
	}
	b, ok := charmap.Windows1252.EncodeRune(c)
	return b, ok && 0x80 <= b && b < 0xC0
}
