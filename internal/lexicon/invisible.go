package lexicon

import (
	"strings"
	"unicode/utf8"
)

// IsInvisible reports the format characters web text leaves inside words,
// which every reader reads the word without: the soft hyphen (U+00AD, a
// hyphenation point: "neigh­bor"), the zero-width space (U+200B), non-joiner
// (U+200C) and joiner (U+200D), the word joiner (U+2060) and the byte-order
// mark (U+FEFF, read as a zero-width no-break space inside a text).
func IsInvisible(r rune) bool {
	switch r {
	case '\u00ad', '\u200b', '\u200c', '\u200d', '\u2060', '\ufeff':
		return true
	}
	return false
}

// HasInvisible reports whether w holds a character IsInvisible reports. It
// reads bytes only: the characters' UTF-8 forms open with 0xC2, 0xE2 or
// 0xEF, which ASCII text never holds.
// Eight bytes of ASCII, the common case in an English text (HasInvisible
// reads a whole body), are passed over with one test.
func HasInvisible(w string) bool {
	for i := 0; i < len(w); i++ {
		for i+8 <= len(w) && load64(w, i)&0x8080808080808080 == 0 {
			i += 8
		}
		if i == len(w) {
			break
		}
		if c := w[i]; c == 0xc2 || c == 0xe2 || c == 0xef {
			if r, _ := utf8.DecodeRuneInString(w[i:]); IsInvisible(r) {
				return true
			}
		}
	}
	return false
}

// DropInvisible returns w without the characters IsInvisible reports: w
// itself, with no allocation, when it holds none.
func DropInvisible(w string) string {
	if !HasInvisible(w) {
		return w
	}
	return strings.Map(func(r rune) rune {
		if IsInvisible(r) {
			return -1
		}
		return r
	}, w)
}

// VisibleByte returns the byte of w at which the byte k of DropInvisible(w)
// stands, or len(w) when k is its length: where an offset into the word
// as read lies in the word as written.
func VisibleByte(w string, k int) int {
	n := 0
	for i := 0; i < len(w); {
		r, size := utf8.DecodeRuneInString(w[i:])
		if !IsInvisible(r) {
			if n >= k {
				return i
			}
			n += size
		}
		i += size
	}
	return len(w)
}
