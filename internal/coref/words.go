package coref

// Word-shape helpers; the word lists coreference shares with quotation
// attribution are in internal/lexicon (clause.go), so that coreference
// depends on no extractor.

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

func isCap(t string) bool {
	r, _ := utf8.DecodeRuneInString(t)
	if unicode.IsUpper(r) || unicode.IsTitle(r) {
		return true
	}
	// "al-Assad", "el-Sisi", "bin-Salman": a particle joined to a name
	if h := strings.IndexByte(t, '-'); h > 0 && h <= 3 && h+1 < len(t) {
		r2, _ := utf8.DecodeRuneInString(t[h+1:])
		return unicode.IsLower(r) && unicode.IsUpper(r2)
	}
	return false
}

func isLower(t string) bool {
	r, _ := utf8.DecodeRuneInString(t)
	return unicode.IsLower(r)
}

// lower returns t in lower case, without allocating for words already lower-case ASCII.
func lower(t string) string {
	for i := 0; i < len(t); i++ {
		if c := t[i]; c >= 'A' && c <= 'Z' || c >= 0x80 {
			return strings.ToLower(t)
		}
	}
	return t
}
