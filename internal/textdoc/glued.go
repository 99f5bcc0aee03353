package textdoc

import (
	"strings"

	"github.com/newsparse/newsparse/internal/contract"
)

// gluedSite returns where a word starts that a scraped page glued to a site
// name before it ("example7.comA boy was hurt", "| news.netTwo cars"), or
// -1: a capital letter right after ".com", ".org", ".net", ".gov", ".edu" or
// ".tv" in the chunk text[i:j]. Addresses go on in lower case or with "/"
// ("www.Records.example.net/files"), so they are left whole.
func gluedSite(text string, i, j int) int {
	for k := i + 1; k+4 < j; k++ {
		if text[k] != '.' {
			continue
		}
		tld := ""
		switch {
		case k+4 < j && (text[k+1:k+4] == "com" || text[k+1:k+4] == "org" || text[k+1:k+4] == "net" ||
			text[k+1:k+4] == "gov" || text[k+1:k+4] == "edu"):
			tld = text[k+1 : k+4]
		case text[k+1:k+3] == "tv":
			tld = "tv"
		default:
			continue
		}
		p := k + 1 + len(tld)
		if p < j && p+1 < j && text[p] >= 'A' && text[p] <= 'Z' && (text[p+1] >= 'a' && text[p+1] <= 'z' || text[p+1] == ' ') {
			return p
		}
		if p < j && p+1 == j && text[p] >= 'A' && text[p] <= 'Z' {
			return p // "site.comA man": the article "A" alone
		}
	}
	return -1
}

// gluedArticle returns where an article ("A", "An", "The") starts that a
// scraped page glued to the last word of a headline or a site name before
// it ("during foot chaseA man was shot", "| GazetteThe mayor said"), or -1:
// the chunk text[i:j] ends in the article right after at least two
// lower-case letters, and more text follows. No English word ends so.
func gluedArticle(text string, i, j int) int {
	if j >= len(text) {
		return -1
	}
	// the article's capital stands one, two or three bytes from the end:
	// a chunk with neither 'A' nor 'T' there, nearly every one, is told
	// with one branch (a chunk shorter than three bytes reads its first
	// byte for those before it, which the test below then rules out)
	if articleCap[text[atLeast(j-1, i)]]|articleCap[text[atLeast(j-2, i)]]|articleCap[text[atLeast(j-3, i)]] == 0 {
		return -1
	}
	for _, a := range [...]string{"A", "An", "The"} {
		p := j - len(a)
		if p-2 >= i && text[p:j] == a && isLowerASCII(text[p-1]) && isLowerASCII(text[p-2]) {
			return p
		}
	}
	return -1
}

// articleCap marks 'A' and 'T', the capitals an article opens with (gluedArticle).
var articleCap = [256]byte{'A': 1, 'T': 1}

// isLowerASCII reports a lower-case ASCII letter.
func isLowerASCII(b byte) bool { return b >= 'a' && b <= 'z' }

// gluedDateline finds a dateline that a scraped page ran into the name of
// the site or station before it, in the first line of the body at pos:
// "| WXYZ NEWS9DAYTON, Ohio- Two…", "« KXYZ DallasDALLAS (KXYZ9) — Crews…",
// "News12.comTOLEDO, Ohio (AP) — The mayor…". The place must start in
// capitals right after a lower-case letter or a digit, with a second capital
// after it, so that a word in Title Case glued to another ("VisitOregon")
// is left alone; the rest is read as dateline reads it, with a station's call
// sign allowed for the agency.
func gluedDateline(text string, pos int) (contract.Dateline, bool) {
	line := lineUpTo(text, pos)
	end := pos + min(len(line), 400)
	for p := pos + 1; p+1 < end; p++ {
		a, b, c := text[p-1], text[p], text[p+1]
		if !(a >= 'a' && a <= 'z' || a >= '0' && a <= '9') || b < 'A' || b > 'Z' || c < 'A' || c > 'Z' {
			continue
		}
		if dl, _, ok := datelineAt(text, p, true); ok {
			return dl, true
		}
	}
	return contract.Dateline{}, false
}

// isCallSign reports a station's call sign, a wire's short name or a
// site's: two to twelve capitals, digits and dots, at least two of them
// letters ("KXYZ9", "WXYZ", "NEWS12.COM").
func isCallSign(s string) bool {
	if len(s) < 2 || len(s) > 12 {
		return false
	}
	letters := 0
	for i := 0; i < len(s); i++ {
		switch {
		case s[i] >= 'A' && s[i] <= 'Z':
			letters++
		case s[i] >= '0' && s[i] <= '9' || s[i] == '.' && i > 0:
		default:
			return false
		}
	}
	return letters >= 2
}

// agencyDatelineAfter reports whether, after the line end at next, a blank
// line and then a dateline naming a news agency follow ("Clinton, Sanders
// differ.\n\nNEW YORK (AP) — …"): the line before is the headline even
// when it ends as a sentence does.
func agencyDatelineAfter(text string, next int) bool {
	after, next2 := lineAt(text, next)
	if next >= len(text) || strings.TrimSpace(after) != "" {
		return false
	}
	dl, _, ok := dateline(text, skipSpace(text, next2))
	return ok && dl.Agency != ""
}

// isDateOnly reports whether s is a date and nothing else ("March 4, 2019",
// "Oct. 2, 2018"), as a station's pages write one in brackets after the
// dateline's place.
func isDateOnly(s string) bool {
	d, n, ok := parseDate(s)
	return ok && d.Precision != contract.PrecisionYear && strings.TrimSpace(s[n:]) == ""
}
