package coref

// Word-shape helpers; the word lists coreference shares with quotation
// attribution are in internal/lexicon (clause.go), so that coreference
// depends on no extractor.

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

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
