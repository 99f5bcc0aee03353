// Package lexicon holds every word list and table newsparse's extractors
// share, each once: places (countries from golang.org/x/text/language/display
// and hand lists of cities, states and regions), demonyms and groups, known
// organisations, the head words of names with the uses each extractor makes
// of them (heads.go), person titles, reporting verbs and speaker nouns,
// currencies, casualty nouns, and the keywords of the figure grammars.
//
// The tables are read through lookup functions only; nothing a caller gets
// back can change them. Names are looked up by a key made by Key, so that
// "U.S.", "US" and "u.s." find the same entry; single words by their lower
// case, made by Lower (the word lists of verbs, nouns and currencies keep
// periods: "sen.", "rs."). Key and Lower are the module's one way to key a
// name and to lower-case a word. HomeCurrency and IsUSState alone take a
// word as written, where case tells "US" from "us" and "OR" from "or".
package lexicon

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// Key returns the lookup form of a name: lower case, periods and invisible
// characters (IsInvisible) dropped, curly
// apostrophes straightened, "&" spelt "and", runs of white space as one
// space and a leading "the " removed. A word of ASCII letters, digits and
// marks other than the period and "&" is its lower case, and its own key,
// with no allocation, when it has no capital.
func Key(s string) string {
	switch plain, upper := plainASCII(s); {
	case plain && !upper:
		return s
	case plain:
		return strings.ToLower(s)
	}
	return keyRunes(s)
}

// keyRunes is Key for a word that plainASCII does not pass: byte by byte
// when it is ASCII (keyASCII), else rune by rune.
func keyRunes(s string) string {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return keyUnicode(s)
		}
	}
	return keyASCII(s)
}

// keyASCII is keyUnicode for ASCII s, made in a buffer on the stack when
// short: s itself, with no allocation, when it is its own key.
func keyASCII(s string) string {
	var buf [64]byte
	b := buf[:0]
	space := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch keyClass[c] {
		case 0: // a lower-case letter, a digit or a mark: the common case
		case kUpper:
			c += 'a' - 'A'
		case kMark:
			if c == '&' {
				if len(b) > 0 {
					b = append(b, ' ')
				}
				b = append(b, "and"...)
				space = false
			}
			continue
		default: // kSpace
			if len(b) > 0 {
				space = true
			}
			continue
		}
		if space {
			b = append(b, ' ')
			space = false
		}
		b = append(b, c)
	}
	if len(b) >= 4 && string(b[:4]) == "the " {
		b = b[4:]
	}
	if string(b) == s {
		return s
	}
	return string(b)
}

// keyUnicode is Key rune by rune.
func keyUnicode(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range s {
		switch {
		case r == '.' || IsInvisible(r):
			continue
		case r == '\u2019' || r == '\u2018':
			r = '\''
		case r == '&':
			if b.Len() > 0 {
				b.WriteByte(' ')
			}
			b.WriteString("and")
			space = false
			continue
		case unicode.IsSpace(r):
			if b.Len() > 0 {
				space = true
			}
			continue
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteRune(unicode.ToLower(r))
	}
	k := b.String()
	k = strings.TrimPrefix(k, "the ")
	return k
}

// plainASCII reports whether s is ASCII with no period, "&" or white space,
// a word whose Key is its lower case, and whether it has a capital.
func plainASCII(s string) (plain, upper bool) {
	// the classes of the bytes, or-ed with no branch between them: the
	// words keyed are short, and a test per byte would mispredict at each
	// capital
	var acc byte
	for i := 0; i < len(s); i++ {
		acc |= keyClass[s[i]]
	}
	return acc&kNotPlain == 0, acc == kUpper
}

// The classes keyClass gives a byte: kUpper an ASCII capital, kNotPlain a
// byte plainASCII does not pass (past ASCII, a period, "&", white space),
// with kMark the period and "&" and kSpace the white space among them.
const (
	kUpper    = 1
	kNotPlain = 2
	kMark     = kNotPlain | 4
	kSpace    = kNotPlain | 8
)

// keyClass is the class of each byte for plainASCII and keyASCII.
var keyClass = func() (t [256]byte) {
	for c := 'A'; c <= 'Z'; c++ {
		t[c] = kUpper
	}
	for c := 0x80; c < 0x100; c++ {
		t[c] = kNotPlain
	}
	t['.'], t['&'] = kMark, kMark
	t[' '] = kSpace
	for c := '\t'; c <= '\r'; c++ {
		t[c] = kSpace
	}
	return t
}()

// IsPlainLower reports whether w is ASCII with no capital, period, "&" or
// white space: its own Key and its own Lower, made without any work.
func IsPlainLower(w string) bool {
	plain, upper := plainASCII(w)
	return plain && !upper
}

// IsLowerASCII reports whether w is ASCII with no capital: its own Lower,
// made without any work (periods and other marks allowed, unlike
// IsPlainLower, whose test is for Key).
func IsLowerASCII(w string) bool {
	for i := 0; i < len(w); i++ {
		if c := w[i]; c >= 'A' && c <= 'Z' || c >= 0x80 {
			return false
		}
	}
	return true
}

// set builds a lookup set of keys from a "|"-separated list.
func set(list string) wordTable {
	m := make(map[string]uint32)
	for _, w := range strings.Split(list, "|") {
		w = strings.TrimSpace(w)
		if w != "" {
			m[Key(w)] = 1
		}
	}
	return newWordTable(m)
}

// IsCapitalized reports whether w begins with an upper-case letter.
func IsCapitalized(w string) bool {
	if w != "" && w[0] < utf8.RuneSelf {
		return w[0]-'A' < 26 // 'A' to 'Z'; bytes below 'A' wrap past 26
	}
	return capitalRune(w)
}

// capitalRune is IsCapitalized for a word that does not open with ASCII.
func capitalRune(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// IsAllCaps reports whether w has at least one letter and no lower-case letter.
func IsAllCaps(w string) bool {
	letters := false
	for i := 0; i < len(w); i++ {
		switch c := w[i]; {
		case c >= utf8.RuneSelf:
			return allCapsRunes(w)
		case 'a' <= c && c <= 'z':
			return false
		case 'A' <= c && c <= 'Z':
			letters = true
		}
	}
	return letters
}

// allCapsRunes is IsAllCaps rune by rune.
func allCapsRunes(w string) bool {
	letters := false
	for _, r := range w {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsLetter(r) {
			letters = true
		}
	}
	return letters
}

var (
	firstOnce sync.Once
	firstMax  wordTable // the most words, by first word
)

// MaxWords returns the largest number of words of a known place, demonym,
// group or organisation name that begins with the word first (a key), or 0
// when none does: callers look longer spans up only when it says so.
func MaxWords(first string) int {
	firstOnce.Do(func() {
		loadPlaces()
		loadOrgs()
		most := make(map[string]uint32, 4000)
		note := func(k string) {
			f := strings.Fields(k)
			if len(f) == 0 {
				return
			}
			if uint32(len(f)) > most[f[0]] {
				most[f[0]] = uint32(len(f))
			}
		}
		for _, t := range []*wordTable{&placeTable, &demonymOf.t, &groupSet, &orgIndex.t} {
			t.each(func(k string, _ uint32) { note(k) })
		}
		firstMax = newWordTable(most)
	})
	return int(firstMax.get(first))
}

// WithinOneEdit reports whether a and b differ by at most one inserted,
// deleted or replaced byte, or two neighbouring bytes swapped: a misspelt
// name ("Ayoub", "Ayyoub"; "Monteith", "Montieth").
func WithinOneEdit(a, b string) bool {
	if len(a) > len(b) {
		a, b = b, a
	}
	if len(b)-len(a) > 1 {
		return false
	}
	i := 0
	for i < len(a) && a[i] == b[i] {
		i++
	}
	if i == len(a) {
		return true
	}
	if len(a) == len(b) {
		if a[i+1:] == b[i+1:] {
			return true
		}
		return i+1 < len(a) && a[i] == b[i+1] && a[i+1] == b[i] && a[i+2:] == b[i+2:]
	}
	return a[i:] == b[i+1:]
}
