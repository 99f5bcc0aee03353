package web

import (
	"fmt"
	"net/url"
	"regexp"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/araddon/dateparse"
)

// Meta is the metadata read from a page, each value on one line as the header
// block of the structured text carries it.
type Meta struct {
	Title  string // the headline, without the site's name
	Author string // the authors' names, separated by "; "
	Date   string // the publication date: YYYY-MM-DD, or YYYY-MM or YYYY when the page gives no more
	URL    string // the canonical URL
	Source string // the site's name
}

// fallback is what the extractor found on its own, used when the page's
// marked-up metadata says nothing.
type fallback struct {
	title, author, url, sitename string
	date                         func() string // run only when needed: it searches the whole page
}

// readMeta chooses the page's metadata from its JSON-LD, OpenGraph and other
// <meta> tags, canonical link, headings and visible byline, in that order of
// trust, with the extractor's findings last.
func readMeta(p *page, pageURL *url.URL, fb fallback) (m Meta, sites []string, section string) {
	ld := readJSONLD(p.jsonld)

	// URL: canonical, og:url, JSON-LD, then the address the page was fetched from
	for _, u := range []string{p.canonical, p.metaValue("og:url"), ld.url, fb.url} {
		if abs := absoluteURL(u, pageURL); abs != "" {
			m.URL = abs
			break
		}
	}
	if pageURL != nil && (pageURL.Scheme == "http" || pageURL.Scheme == "https") && pageURL.Host != "" {
		// a canonical link to the home page, on an article's page, is a template's mistake
		if u, err := url.Parse(m.URL); m.URL == "" || err == nil && strings.Trim(u.Path, "/") == "" && strings.Trim(pageURL.Path, "/") != "" {
			m.URL = pageURL.String()
		}
	}

	// Source: the site's name
	hostSites := siteNames(m.URL)
	m.Source = firstClean(p.metaValue("og:site_name"), ld.publisher, p.metaValue("application-name", "publisher", "dc.publisher"),
		titleSite(p.titleTag, append([]string{ld.headline, p.metaValue("og:title")}, p.h1s...), hostSites))
	if m.Source == "" {
		m.Source = hostName(m.URL)
	}
	if m.Source == "" && len(strings.Fields(fb.sitename)) <= 4 {
		// the extractor's guess, which may be a part of the <title>: last
		m.Source = cleanLine(fb.sitename)
	}
	sites = siteNames(m.Source, ld.publisher, p.metaValue("og:site_name"), p.metaValue("application-name"), m.URL)
	section = firstClean(ld.section, p.metaValue("article:section", "section", "category"))

	m.Title = chooseTitle(p, ld, sites, section, fb.title)
	m.Author = chooseAuthor(p, ld, sites, section, fb.author)

	// Date: the publication date, never an update's
	for _, d := range []string{
		ld.published,
		p.metaValue("article:published_time", "og:article:published_time", "article:published",
			"published_time", "datepublished", "publishdate", "publish-date", "publish_date",
			"pubdate", "publication_date", "dc.date.issued", "dcterms.issued", "dc.date",
			"dcterms.date", "dcterms.created", "sailthru.date", "parsely-pub-date",
			"citation_publication_date", "citation_date", "original-publish-date", "date"),
	} {
		if m.Date = isoDate(d); m.Date != "" {
			break
		}
	}
	for _, d := range p.times {
		if m.Date != "" {
			break
		}
		m.Date = isoDate(d)
	}
	if m.Date == "" && fb.date != nil {
		m.Date = fb.date()
	}
	for _, d := range p.anyTimes {
		if m.Date != "" {
			break
		}
		m.Date = isoDate(d)
	}
	return m, sites, section
}

// titleSite returns the site's name a <title> adds to the headline
// ("Storm hits coast – Riverside Gazette" when the page's headline is "Storm
// hits coast", or when the host is riverside.example), or "".
func titleSite(title string, headlines []string, hostSites []string) string {
	short := func(s string) bool { return s != "" && len(strings.Fields(s)) <= 6 }
	for _, h := range headlines {
		hk := alnum(h)
		if len(hk) < 8 {
			continue
		}
		for _, sep := range titleSeparators {
			if i := strings.LastIndex(title, sep); i > 0 && alnum(title[:i]) == hk {
				if rest := strings.TrimSpace(title[i+len(sep):]); short(rest) {
					return rest
				}
			}
			if i := strings.Index(title, sep); i > 0 && alnum(title[i+len(sep):]) == hk {
				if first := strings.TrimSpace(title[:i]); short(first) {
					return first
				}
			}
		}
	}
	for _, sep := range titleSeparators {
		if i := strings.LastIndex(title, sep); i > 0 {
			if rest := strings.TrimSpace(title[i+len(sep):]); short(rest) && isSite(rest, hostSites) {
				return rest
			}
		}
		if i := strings.Index(title, sep); i > 0 {
			if first := strings.TrimSpace(title[:i]); short(first) && isSite(first, hostSites) {
				return first
			}
		}
	}
	return ""
}

func firstClean(vs ...string) string {
	for _, v := range vs {
		if v = cleanLine(v); v != "" {
			return v
		}
	}
	return ""
}

// absoluteURL returns u made absolute against base, or "" when it is not an http(s) URL.
func absoluteURL(u string, base *url.URL) string {
	u = strings.TrimSpace(u)
	if u == "" || len(u) > 2000 {
		return ""
	}
	ref, err := url.Parse(u)
	if err != nil {
		return ""
	}
	if base != nil && !ref.IsAbs() {
		ref = base.ResolveReference(ref)
	}
	if (ref.Scheme != "http" && ref.Scheme != "https") || ref.Host == "" {
		return ""
	}
	return ref.String()
}

// hostName returns the host of u without "www.", or "".
func hostName(u string) string {
	p, err := url.Parse(u)
	if err != nil || p.Host == "" {
		return ""
	}
	return strings.TrimPrefix(strings.ToLower(p.Hostname()), "www.")
}

// alnum returns s in lower case with only its letters and digits.
func alnum(s string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(s) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// siteNames returns the forms of the site's name a title or byline may carry,
// as alnum keys: the names given, and the host's own label ("bbc" for
// www.bbc.co.uk, "theguardian" for www.theguardian.com).
func siteNames(names ...string) []string {
	var out []string
	seen := map[string]bool{}
	add := func(s string) {
		if s = alnum(s); len(s) >= 2 && !seen[s] {
			seen[s] = true
			out = append(out, s)
		}
	}
	for _, n := range names {
		if strings.Contains(n, "://") {
			h := hostName(n)
			labels := strings.Split(h, ".")
			// the label before the public suffix: skip "co", "com", "org" … second levels
			for i := len(labels) - 2; i >= 0; i-- {
				if l := labels[i]; len(l) > 3 || i == 0 || !secondLevel[l] {
					add(l)
					break
				}
			}
			continue
		}
		add(n)
		// "The Guardian" is also "Guardian"
		if rest, ok := strings.CutPrefix(strings.ToLower(n), "the "); ok {
			add(rest)
		}
	}
	return out
}

var secondLevel = map[string]bool{"co": true, "com": true, "org": true, "net": true, "gov": true, "ac": true, "edu": true, "news": true}

// isSite reports whether s names the site: one of its names, or a name that
// starts with the host's label ("BBC News" on bbc.co.uk).
func isSite(s string, sites []string) bool {
	k := alnum(s)
	if k == "" {
		return false
	}
	for _, n := range sites {
		if k == n || len(n) >= 3 && strings.HasPrefix(k, n) && len(strings.Fields(s)) <= 4 ||
			len(k) >= 4 && strings.HasPrefix(n, k) && len(strings.Fields(s)) <= 4 {
			return true
		}
	}
	return false
}

// titleSeparators part a headline from the site's or section's name in a <title>.
var titleSeparators = []string{" | ", " - ", " – ", " — ", " :: ", " · ", " • ", " » ", " « ", " ‹ ", " › ", " / ", " ~ "}

// stripSite removes the site's name, and a section name beside it, from the
// end or the start of a title: "Storm hits coast | World | The Daily Planet"
// gives "Storm hits coast".
func stripSite(t string, sites []string, section string) string {
	for range 4 {
		cut := false
		for _, sep := range titleSeparators {
			if i := strings.LastIndex(t, sep); i > 0 {
				last := strings.TrimSpace(t[i+len(sep):])
				if isSite(last, sites) || section != "" && strings.EqualFold(last, section) {
					t, cut = strings.TrimSpace(t[:i]), true
					break
				}
			}
			if i := strings.Index(t, sep); i > 0 && i+len(sep) < len(t) {
				first := strings.TrimSpace(t[:i])
				if isSite(first, sites) {
					t, cut = strings.TrimSpace(t[i+len(sep):]), true
					break
				}
			}
		}
		if !cut {
			break
		}
	}
	return t
}

// chooseTitle returns the headline: the page's visible <h1> when it agrees with a
// title the metadata gives, else the first title of JSON-LD, OpenGraph,
// Twitter, <title>, each without the site's name; else the <h1>.
func chooseTitle(p *page, ld ldArticle, sites []string, section, fb string) string {
	var cands []string
	for _, t := range []string{ld.headline, p.metaValue("og:title"), p.metaValue("twitter:title"),
		p.metaValue("title", "dc.title", "sailthru.title", "parsely-title"), p.titleTag, fb} {
		if t = cleanLine(t); t != "" {
			if s := stripSite(t, sites, section); s != "" && !isSite(s, sites) {
				cands = append(cands, s)
			}
		}
	}
	var h1s []string
	for _, h := range p.h1s {
		if !isSite(h, sites) && len(h) <= 400 {
			h1s = append(h1s, h)
		}
	}
	for _, h := range h1s {
		hk := alnum(h)
		for _, c := range cands {
			ck := alnum(c)
			// equal, or the metadata's title cut short ("…") or the <h1> with a kicker before it
			if hk == ck || len(ck) >= 20 && strings.HasPrefix(hk, strings.TrimSuffix(ck, "…")) ||
				len(hk) >= 20 && (strings.HasPrefix(ck, hk) || strings.HasSuffix(ck, hk)) {
				return h
			}
		}
	}
	if len(cands) > 0 {
		return cands[0]
	}
	if len(h1s) > 0 {
		return h1s[0]
	}
	return ""
}

// chooseAuthor returns the authors' names: JSON-LD's people, then <meta>
// author tags, then the visible byline, then the extractor's, then
// JSON-LD's organisations that are not the site itself.
func chooseAuthor(p *page, ld ldArticle, sites []string, section, fb string) string {
	bad := func(s string) bool {
		return isSite(s, sites) || section != "" && strings.EqualFold(s, section)
	}
	try := func(vs []string) string {
		var names []string
		for _, v := range vs {
			names = appendNames(names, authorNames(v, bad)...)
		}
		return strings.Join(names, "; ")
	}
	if a := try(ld.persons); a != "" {
		return a
	}
	for _, k := range []string{"author", "article:author", "og:article:author", "byl", "dc.creator",
		"dcterms.creator", "sailthru.author", "parsely-author", "citation_author", "cxenseparse:author"} {
		if a := try(p.metas[k]); a != "" {
			return a
		}
	}
	for _, b := range p.bylines {
		if a := try([]string{b}); a != "" {
			return a
		}
	}
	if a := try([]string{fb}); a != "" {
		return a
	}
	return try(ld.orgs)
}

func appendNames(names []string, more ...string) []string {
next:
	for _, n := range more {
		for _, m := range names {
			if strings.EqualFold(m, n) {
				continue next
			}
		}
		if len(names) < 8 {
			names = append(names, n)
		}
	}
	return names
}

var bylinePrefix = regexp.MustCompile(`(?i)^(?:(?:written|posted|reported|words|story|text|reporting|published|updated|compiled|edited)\s+by|by|from|authors?|byline|posted|written)\s*:?\s+`)

// authorNames returns the people's names a byline or author field gives:
// "By Jane Smith and Tom Lee, Reuters" gives Jane Smith and Tom Lee. A user
// name, a URL, an e-mail address, a date, a role ("Staff Reporter"), the
// site's or section's name (bad) is no author.
func authorNames(s string, bad func(string) bool) []string {
	if strings.Contains(s, "\n") {
		// a byline block: "By Simon Jones" over "Transport correspondent"
		for _, line := range strings.Split(s, "\n") {
			if names := authorNames(line, bad); names != nil {
				return names
			}
		}
		return nil
	}
	s = cleanLine(s)
	if s == "" || len(s) > 300 {
		return nil
	}
	s = bylinePrefix.ReplaceAllString(s, "")
	// "Jane Smith | Political Editor", "Jane Smith - March 5, 2024"
	for _, sep := range []string{" | ", " – ", " — ", " - ", " · ", " • "} {
		if i := strings.Index(s, sep); i > 0 {
			s = s[:i]
		}
	}
	parts := strings.FieldsFunc(s, func(r rune) bool { return r == ',' || r == ';' || r == '&' || r == '/' })
	var split []string
	for _, part := range parts {
		for _, q := range strings.Split(part, " and ") {
			split = append(split, q)
		}
	}
	var names []string
	var agencyOnly []string
	for i, part := range split {
		part = strings.TrimSpace(bylinePrefix.ReplaceAllString(strings.TrimSpace(part), ""))
		part = trimPeriod(strings.Trim(part, " :"))
		switch {
		case agency(part) && !bad(part):
			agencyOnly = append(agencyOnly, part)
		case !personName(part) || bad(part):
			if i == 0 {
				// the first part is no name: the field is something else ("Opinion", "admin")
				return nil
			}
		default:
			names = append(names, part)
		}
	}
	if len(names) == 0 {
		return agencyOnly
	}
	return names
}

// trimPeriod drops a sentence's period after a name, not an initial's or
// "Jr."'s.
func trimPeriod(s string) string {
	if !strings.HasSuffix(s, ".") {
		return s
	}
	last := s[strings.LastIndexByte(s, ' ')+1:]
	if utf8.RuneCountInString(last) <= 2 || strings.Count(last, ".") > 1 || last == "Jr." || last == "Sr." {
		return s
	}
	return strings.TrimRight(s, ".")
}

var agencies = map[string]bool{
	"reuters": true, "ap": true, "associatedpress": true, "theassociatedpress": true, "afp": true,
	"agencefrancepresse": true, "bloomberg": true, "pa": true, "pamedia": true, "upi": true,
	"dpa": true, "xinhua": true, "efe": true, "ansa": true, "aap": true, "pti": true, "ians": true,
	"cnn": true, "bbc": true, "bbcnews": true, "cnnwire": true, "presstrustofindia": true,
}

func agency(s string) bool { return agencies[alnum(s)] }

// notNames are words that make a byline part no person's name: roles, desks,
// generic users and section names.
var notNames = map[string]bool{
	"admin": true, "administrator": true, "editor": true, "editors": true, "staff": true,
	"writer": true, "writers": true, "reporter": true, "reporters": true, "correspondent": true,
	"correspondents": true, "desk": true, "newsdesk": true, "newsroom": true, "guest": true,
	"anonymous": true, "unknown": true, "user": true, "author": true, "authors": true,
	"contributor": true, "contributors": true, "team": true, "columnist": true, "producer": true,
	"photographer": true, "editorial": true, "board": true, "bureau": true, "chief": true,
	"senior": true, "deputy": true, "associate": true, "analyst": true, "news": true,
	"politics": true, "political": true, "world": true, "sport": true, "sports": true,
	"business": true, "opinion": true, "technology": true, "tech": true, "entertainment": true,
	"health": true, "science": true, "culture": true, "lifestyle": true, "local": true,
	"national": true, "international": true, "economy": true, "markets": true, "comment": true,
	"updated": true, "published": true, "posted": true, "share": true, "follow": true,
	"email": true, "twitter": true, "facebook": true, "more": true, "read": true, "view": true,
	"profile": true, "articles": true, "latest": true, "home": true, "subscribe": true,
	"sign": true, "login": true, "menu": true, "search": true, "minute": true, "minutes": true,
	"ago": true, "today": true, "yesterday": true, "hours": true, "hour": true, "wire": true,
	"services": true, "service": true, "agencies": true, "agency": true,
	"online": true, "digital": true, "media": true, "copyright": true, "all": true, "rights": true,
	"image": true, "photo": true, "video": true, "getty": true, "images": true, "credit": true,
	"source": true, "staffers": true, "edited": true, "by": true, "in": true, "at": true,
	"on": true, "the": true, "for": true, "of": true, "with": true, "about": true,
}

var nameParticles = map[string]bool{
	"de": true, "da": true, "del": true, "della": true, "di": true, "du": true, "van": true,
	"von": true, "der": true, "den": true, "la": true, "le": true, "bin": true, "ibn": true,
	"al": true, "el": true, "dos": true, "das": true, "y": true, "ter": true, "op": true,
}

// personName reports whether s reads as the name of a person (or an
// agency): one to six words, each capitalised (particles such as "van" and
// "al" aside), letters with apostrophes, hyphens and initials' periods, no
// digits, no role or section word, and not a month or a weekday alone.
func personName(s string) bool {
	if s == "" || len(s) > 80 {
		return false
	}
	words := strings.Fields(s)
	if len(words) > 6 {
		return false
	}
	upper := 0
	for _, w := range words {
		lw := strings.ToLower(strings.Trim(w, ".,'’"))
		if notNames[lw] || len(words) == 1 && months[lw] {
			return false
		}
		if nameParticles[lw] && len(words) > 1 {
			continue
		}
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) {
			return false
		}
		for _, r := range w {
			if !(unicode.IsLetter(r) || r == '\'' || r == '’' || r == '-' || r == '.') {
				return false
			}
		}
		upper++
	}
	if upper == 0 {
		return false
	}
	// a one-word name in capitals only is a code or a desk, unless it is an agency
	if len(words) == 1 && len([]rune(s)) <= 2 && !agency(s) {
		return false
	}
	return true
}

var months = map[string]bool{
	"january": true, "february": true, "march": true, "april": true, "may": true, "june": true,
	"july": true, "august": true, "september": true, "october": true, "november": true, "december": true,
	"jan": true, "feb": true, "mar": true, "apr": true, "jun": true, "jul": true, "aug": true,
	"sep": true, "sept": true, "oct": true, "nov": true, "dec": true, "monday": true, "tuesday": true,
	"wednesday": true, "thursday": true, "friday": true, "saturday": true, "sunday": true,
}

var isoDatePrefix = regexp.MustCompile(`^(\d{4})[-/.](\d{1,2})(?:[-/.](\d{1,2}))?(?:$|[T ,]|\d{2}:)`)

// isoDate returns the date s gives as YYYY-MM-DD, keeping the precision it
// was written with (YYYY-MM, YYYY), or "" when s is no date or an
// implausible one. A timestamp keeps the day as written in its own time zone.
func isoDate(s string) string {
	s = strings.TrimSpace(s)
	if s == "" || len(s) > 80 {
		return ""
	}
	if m := isoDatePrefix.FindStringSubmatch(s); m != nil {
		y, _ := strconv.Atoi(m[1])
		mo, _ := strconv.Atoi(m[2])
		if m[3] == "" {
			if !plausible(y, mo, 1) {
				return ""
			}
			return fmt.Sprintf("%04d-%02d", y, mo)
		}
		d, _ := strconv.Atoi(m[3])
		if !plausible(y, mo, d) {
			return ""
		}
		return fmt.Sprintf("%04d-%02d-%02d", y, mo, d)
	}
	if len(s) == 4 && s[0] >= '1' && s[0] <= '2' {
		if y, err := strconv.Atoi(s); err == nil && plausible(y, 1, 1) {
			return s
		}
	}
	t, ok := parseAnyDate(s)
	if !ok || !plausible(t.Year(), int(t.Month()), t.Day()) {
		return ""
	}
	return t.Format("2006-01-02")
}

// parseAnyDate reads the other forms of a date ("Tue, 05 Mar 2024 13:30:00
// GMT", "March 5, 2024"); the parser it uses has panicked on odd input, so a
// panic is no date.
func parseAnyDate(s string) (t time.Time, ok bool) {
	defer func() {
		if recover() != nil {
			ok = false
		}
	}()
	t, err := dateparse.ParseAny(s)
	return t, err == nil
}

// plausible reports whether a date can be a news article's: a real day of a
// year from 1900 to next year.
func plausible(y, m, d int) bool {
	if y < 1900 || y > time.Now().Year()+1 || m < 1 || m > 12 || d < 1 {
		return false
	}
	return d <= time.Date(y, time.Month(m)+1, 0, 0, 0, 0, 0, time.UTC).Day()
}
