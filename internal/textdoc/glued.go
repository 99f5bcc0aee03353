package textdoc

// gluedSite returns where a word starts that a scraped page glued to a site
// name before it ("abc7ny.comA man was shot", "| wral.comTwo people"), or
// -1: a capital letter right after ".com", ".org", ".net", ".gov", ".edu" or
// ".tv" in the chunk text[i:j]. Addresses go on in lower case or with "/"
// ("www.Registry.example.net/cases"), so they are left whole.
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
