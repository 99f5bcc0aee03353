package quote

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsparse/newsparse/internal/contract"
	"github.com/newsparse/newsparse/internal/textdoc"
)

// A page's furniture: the lines a scraped article carries between its
// paragraphs that are no part of the story's prose. A link to another
// article ("READ MORE: …", keeplines.go), a picture's credit ("Photo:
// Ana Ruiz/Reuters", "(Photo by …)"), a byline ("By Ana Ruiz, The Daily
// Star"), a related story's headline in title case ("Council Approves New
// Budget For Parks"), an embedded post with its signature, and, when they
// name no person, a line in sentence case with no final stop (a related
// headline, "Story continues below advertisement") and a short label
// ("Advertisement", "Open this photo in gallery:"). Quotation and
// attribution read the article without them, so that the paragraph before a
// quotation, the person a pronoun stands for and the names near it are the
// story's own, whatever the page put in between.

// creditLabels open a line that credits a picture or a video.
var creditLabels = []string{"photo", "photos", "photograph", "image", "images", "picture", "pictures",
	"video", "credit", "illustration", "graphic", "file photo", "photo illustration"}

// withoutFurniture returns the analysis of d and the entities without the
// paragraphs that are a page's furniture, and their mentions. The first
// paragraph, the article's title when the text has no header, stays.
func withoutFurniture(d *textdoc.Doc, ents []contract.Entity) (*textdoc.Doc, []contract.Entity) {
	var drop []bool
	var named []bool // paragraphs that name a person, made on the first short line
	for pi, p := range d.Paras {
		if pi == 0 {
			continue
		}
		line := strings.TrimSpace(d.Text[p.Start:p.End])
		if !furnitureLine(line) {
			if !shortLine(line) || !labelLine(line) && !noteLine(line) {
				continue
			}
			if named == nil {
				named = personParas(d.Paras, ents)
			}
			if named[pi] {
				continue // "Ana Ruiz" under a letter, "Mayor Ana Ruiz defends the cost" over a section: the story's
			}
			if strings.HasSuffix(line, ":") && pi+1 < len(d.Paras) && opensQuotation(d.Text[d.Paras[pi+1].Start:d.Paras[pi+1].End]) {
				continue // "On the season ahead:" introduces the words that follow
			}
		}
		if drop == nil {
			drop = make([]bool, len(d.Paras))
		}
		drop[pi] = true
	}
	if drop == nil {
		return d, ents
	}
	nd := d.Without(drop)
	out := make([]contract.Entity, len(ents))
	for i, e := range ents {
		out[i] = e
		var ms []contract.Mention
		for _, m := range e.Mentions {
			if pi := paraAt(d.Paras, m.Start); pi < 0 || !drop[pi] {
				ms = append(ms, m)
			}
		}
		out[i].Mentions = ms
	}
	return nd, out
}

// shortLine reports whether a trimmed paragraph may be a label or a note:
// one line, no longer than furniture runs, with no sentence's final stop
// (the story's prose, most paragraphs, is told apart here without reading
// its words).
func shortLine(p string) bool {
	if p == "" || len(p) > 160 || strings.ContainsRune(p, '\n') {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(p)
	return r != '.' && r != '?' && r != '!'
}

// labelLine reports a page's label on a line of its own: one to four
// words, or up to six before a colon, with no sentence's final stop and no
// quotation mark ("Advertisement", "SHARE", "Related Stories", "Open this
// photo in gallery:", "Also on HuffPost:"), unless it names a person or
// its colon introduces a quotation in the next paragraph ("On the season
// ahead:"; withoutFurniture asks both).
func labelLine(p string) bool {
	p = strings.TrimSpace(p)
	if p == "" || strings.ContainsRune(p, '\n') || strings.ContainsAny(p, quoteMarks) {
		return false
	}
	words := len(strings.Fields(p))
	r, _ := utf8.DecodeLastRuneInString(p)
	switch {
	case r == ':':
		return words <= 6
	case unicode.IsPunct(r):
		return false
	}
	return words <= 4
}

// opensQuotation reports whether paragraph p opens with a quotation mark.
func opensQuotation(p string) bool {
	r, _ := utf8.DecodeRuneInString(strings.TrimSpace(p))
	return isOpenMark(r) || r == '\u00ab'
}

// personParas marks the paragraphs of paras that hold a mention of a person.
func personParas(paras []contract.Span, ents []contract.Entity) []bool {
	named := make([]bool, len(paras))
	for _, e := range ents {
		if e.Type != contract.Person {
			continue
		}
		for _, m := range e.Mentions {
			if pi := paraAt(paras, m.Start); pi >= 0 {
				named[pi] = true
			}
		}
	}
	return named
}

// paraAt returns the index of the paragraph of paras holding offset off, or -1.
func paraAt(paras []contract.Span, off int) int {
	lo, hi := 0, len(paras)
	for lo < hi {
		m := (lo + hi) / 2
		if paras[m].End <= off {
			lo = m + 1
		} else {
			hi = m
		}
	}
	if lo < len(paras) && paras[lo].Start <= off {
		return lo
	}
	return -1
}

// furnitureLine reports whether a paragraph is a page's furniture: one
// line that links to another article, credits a picture, bylines the
// story or gives a related story's headline in title case.
func furnitureLine(p string) bool {
	p = strings.TrimSpace(p)
	if p == "" {
		return false
	}
	// a handle's "@" first: the search for the last line reads a paragraph
	// byte by byte, from its end
	if strings.IndexByte(p, '@') >= 0 && postLine(p[strings.LastIndexByte(p, '\n')+1:]) && !strings.ContainsAny(p, quoteMarks) {
		// a post, up to 280 characters, with its signature on its last
		// line; one that quotes someone keeps its words' attribution
		return true
	}
	if strings.ContainsRune(p, '\n') || len(p) > 160 {
		return false
	}
	return linkLabelLine(p) || creditLine(p) || bylineLine(p) || titleCaseLine(p) || creditedCaption(p)
}

// postLine reports a line of a post embedded in the page, its text and
// signature or the signature alone: "… — Ana Ruiz (@anaruiz) March 3,
// 2019", "A post shared by Ana Ruiz (@anaruiz) on Mar 3, 2019". Its author
// speaks in the post, not in the story around it: a pronoun of the
// story's is not hers.
func postLine(line string) bool {
	if len(line) > 600 || strings.IndexByte(line, '@') < 0 {
		return false // a paragraph of the story, or a line with no handle
	}
	i := strings.LastIndex(line, "(@")
	if i < 0 {
		return false
	}
	j := strings.IndexByte(line[i:], ')')
	if j < 3 || j > 18 {
		return false
	}
	for _, c := range []byte(line[i+2 : i+j]) {
		if !(c == '_' || '0' <= c && c <= '9' || 'a' <= c|0x20 && c|0x20 <= 'z') {
			return false // a handle is letters, digits and underscores
		}
	}
	rest := strings.TrimSpace(line[i+j+1:])
	if len(rest) > 40 || rest != "" && !strings.ContainsAny(rest, "0123456789") {
		return false // the post's date, or nothing, ends the line
	}
	before := line[:i]
	return strings.Contains(before, "—") || strings.Contains(before, " - ") || strings.HasPrefix(before, "- ") ||
		strings.Contains(strings.ToLower(before), "post shared by")
}

// noteLine reports a line of a page's own in sentence case between the
// story's paragraphs: a related story's headline or a notice ("Story
// continues below advertisement", "Sign up for our morning newsletter"),
// three to eighteen words opened by a capital, with no sentence's final
// stop or other mark at its end and no quotation mark anywhere, unless it
// names a person (withoutFurniture asks: a section's title "Mayor Ana Ruiz
// defends the cost" is the story's). Prose ends its sentences; a
// quotation's line or a speaker's label has its marks.
func noteLine(line string) bool {
	r, _ := utf8.DecodeRuneInString(line)
	if !unicode.IsUpper(r) || !headlineShape(line) { // keeplines.go
		return false
	}
	return !strings.ContainsAny(line, quoteMarks)
}

// quoteMarks are the marks that open or close a quotation.
const quoteMarks = "\"\u201c\u201d\u2018\u00ab\u00bb"

// linkLabelLine reports a line opened by a label of a link to another
// article and a separator: "READ MORE: …", "Related | …", "WATCH – …".
func linkLabelLine(line string) bool {
	labels := linkLabels
	if line != "" && line[0] < utf8.RuneSelf {
		labels = linkLabelsByFirst[line[0]|0x20] // ASCII folds only to its other case
	}
	for _, l := range labels {
		if len(line) >= len(l) && strings.EqualFold(line[:len(l)], l) {
			rest := strings.TrimLeft(line[len(l):], " \t")
			if r, _ := utf8.DecodeRuneInString(rest); r == ':' || r == '|' || r == '\u00bb' || r == '>' || r == '\u2013' || r == '\u2014' {
				return true
			}
		}
	}
	return false
}

// isLinkLabel reports whether s, a transcript label's words, is the label
// of a link line ("READ MORE") rather than a speaker's name.
func isLinkLabel(s string) bool {
	s = strings.TrimSpace(s)
	for _, l := range linkLabels {
		if strings.EqualFold(s, l) {
			return true
		}
	}
	return false
}

// creditLine reports a picture's credit: "Photo: Ana Ruiz/Reuters",
// "(Photo by Ana Ruiz)", "Image credit: …", of at most a dozen words.
func creditLine(line string) bool {
	line = strings.TrimLeft(line, "([ ")
	if len(strings.Fields(line)) > 12 {
		return false
	}
	for _, l := range creditLabels {
		if len(line) <= len(l) || !strings.EqualFold(line[:len(l)], l) {
			continue
		}
		rest := line[len(l):]
		if strings.HasPrefix(strings.ToLower(rest), " credit") {
			rest = rest[len(" credit"):]
		}
		rest = strings.TrimLeft(rest, " ")
		if strings.HasPrefix(rest, ":") || strings.HasPrefix(rest, "by ") || strings.HasPrefix(rest, "courtesy") {
			return true
		}
	}
	return false
}

// creditedCaption reports a picture's caption that ends with its credit,
// a photographer and an agency joined by a slash, after the caption's final
// stop or in brackets: "The wall on Monday. Omar Haddad/The Lakeside
// Star", "Ana Ruiz speaks on Monday. (Omar Haddad/Reuters)".
func creditedCaption(line string) bool {
	credit := strings.TrimSuffix(line, ")")
	k := max(strings.LastIndex(credit, ". "), strings.LastIndex(credit, "("))
	if k < 0 || credit == line && line[k] == '(' || credit != line && line[k] != '(' {
		return false
	}
	credit = strings.TrimLeft(credit[k:], ". (")
	who, agency, ok := strings.Cut(credit, "/")
	if !ok || len(strings.Fields(credit)) > 8 || strings.ContainsAny(credit, quoteMarks) {
		return false
	}
	for _, part := range []string{who, agency} {
		if r, _ := utf8.DecodeRuneInString(part); !unicode.IsUpper(r) {
			return false
		}
	}
	for _, w := range strings.Fields(strings.ReplaceAll(credit, "/", " ")) {
		switch w {
		case "of", "the", "and", "for", "de", "la", "du", "&":
			continue
		}
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) {
			return false // a sentence goes on: "… Omar Haddad/Reuters disagreed."
		}
	}
	return true
}

// bylineLine reports a byline of its own: "By Ana Ruiz", "By Ana Ruiz and
// Li Wei, The Daily Star": "By" and capitalised words, joined by "and", a
// comma, "of" or "the", and no sentence's final stop.
func bylineLine(line string) bool {
	w := strings.Fields(line)
	if len(w) < 3 || len(w) > 12 || w[0] != "By" {
		return false
	}
	if r, _ := utf8.DecodeLastRuneInString(line); r == '.' || r == '?' || r == '!' || r == ':' {
		return false
	}
	for _, x := range w[1:] {
		x = strings.TrimRight(x, ",")
		switch x {
		case "and", "of", "the", "for", "&", "|", "-", "\u2013", "\u2014":
			continue
		}
		if r, _ := utf8.DecodeRuneInString(x); !unicode.IsUpper(r) {
			return false
		}
	}
	return true
}

// titleCaseLine reports a headline in title case standing as a line of its
// own: three to eighteen words, no sentence's final stop or a colon or
// comma at its end, no dash opening it (a byline under a quotation: "—
// Ana Ruiz, Mayor of Lakeside"), and every word of four letters or more
// capitalised ("Council Approves New Budget For Parks").
func titleCaseLine(line string) bool {
	r, _ := utf8.DecodeRuneInString(line)
	if textdoc.IsDash(r) || r == '-' || r == '\u2015' || !(unicode.IsUpper(r) || unicode.IsDigit(r) || isOpenMark(r)) {
		return false
	}
	if !headlineShape(line) { // keeplines.go
		return false
	}
	long, caps := 0, 0
	for _, w := range strings.Fields(line) {
		w = strings.TrimLeft(w, "\"'\u201c\u2018(")
		if utf8.RuneCountInString(w) < 4 {
			continue
		}
		long++
		if r, _ := utf8.DecodeRuneInString(w); unicode.IsUpper(r) || unicode.IsDigit(r) {
			caps++
		}
	}
	return long >= 3 && caps == long
}

// isOpenMark reports an opening quotation mark.
func isOpenMark(r rune) bool {
	return r == '"' || r == '\'' || r == '\u201c' || r == '\u2018'
}
