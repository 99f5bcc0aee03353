package textdoc

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsparse/newsparse/internal/contract"
)

// SplitHeader separates the header of an article from its body. It reads,
// in this order: an inline "date 2018-08 " prefix, a block of "Key: value"
// lines ended by a blank line, a headline line followed by a blank line
// (kept as the title; in a text printed one paragraph a line, without blank
// lines, followed by a line of prose), and a dateline opening the body. Byline ("By Jane
// Smith"), date and URL lines, as pasted from web pages, may sit under the
// headline or open the text without one; they end at a blank line or a
// dateline. It returns the header
// and the byte span of the body. Text with no header gives an empty Meta and a
// body covering the text without its surrounding white space.
func SplitHeader(text string) (contract.Meta, contract.Span) {
	m := contract.Meta{Fields: []contract.Field{}}
	pos := skipSpace(text, 0)
	if pos == len(text) {
		return m, contract.Span{Start: pos, End: pos}
	}
	if p, ok := inlineHeader(text, pos, &m); ok {
		pos = p
	} else if p, ok := fieldBlock(text, pos, &m); ok {
		pos = p
	} else if p, ok := metaBlock(text, pos, &m); ok {
		pos = p
	} else if p, ok := headline(text, pos, &m); ok {
		pos = p
		// "Title\n\nBy Jane Smith\n\nThe body …": a byline block under the
		// blank line; as web pages are scraped, a standfirst may come first
		// and the byline, the outlet and the date may each stand in a
		// paragraph of their own
		pos = underHeadline(text, pos, &m)
	}
	pos = skipSpace(text, pos)
	if dl, p, ok := dateline(text, pos); ok {
		m.Dateline = &dl
		pos = skipSpace(text, p)
	} else if dl, ok := gluedDateline(text, pos); ok {
		m.Dateline = &dl // the body goes on from where it starts: the dateline sits inside its first line
	}
	end := len(text)
	for end > pos {
		r, size := utf8.DecodeLastRuneInString(text[:end])
		if !unicode.IsSpace(r) && r != 0 && r != '\uFEFF' {
			break
		}
		end -= size
	}
	return m, contract.Span{Start: pos, End: end}
}

// skipSpace returns the offset of the first byte at or after i that is not
// white space, a NUL or a byte-order mark.
func skipSpace(text string, i int) int {
	for i < len(text) {
		r, size := utf8.DecodeRuneInString(text[i:])
		if !unicode.IsSpace(r) && r != 0 && r != '\uFEFF' {
			break
		}
		i += size
	}
	return i
}

// lineAt returns the line starting at i (without its line end) and the offset after its line end.
func lineAt(text string, i int) (line string, next int) {
	j := strings.IndexByte(text[i:], '\n')
	if j < 0 {
		return strings.TrimSuffix(text[i:], "\r"), len(text)
	}
	return strings.TrimSuffix(text[i:i+j], "\r"), i + j + 1
}

// knownKeys maps header keys, lower case, to the name the Meta uses.
var knownKeys = map[string]string{
	"date": "date", "published": "date", "dateline": "date",
	"title": "title", "headline": "title", "source": "source", "publisher": "source",
	"author": "author", "byline": "author", "by": "author",
	"url": "url", "link": "url", "section": "section", "id": "id", "category": "section",
}

// setField records a header field and fills the named Meta member it stands for.
func setField(m *contract.Meta, key, value string, start int) {
	key = strings.ToLower(strings.TrimSpace(key))
	m.Fields = append(m.Fields, contract.Field{Key: key, Value: value, Start: start, End: start + len(value)})
	switch knownKeys[key] {
	case "date":
		if m.Date == nil {
			if d, n, ok := parseDate(value); ok && n == len(value) {
				m.Date = &d
			}
		}
	case "title":
		if m.Title == "" {
			m.Title = value
		}
	case "source":
		if m.Source == "" {
			m.Source = value
		}
	case "author":
		if m.Author == "" {
			m.Author = strings.TrimPrefix(strings.TrimPrefix(value, "By "), "by ")
		}
	case "url":
		if m.URL == "" {
			m.URL = value
		}
	}
}

// inlineHeader reads "date VALUE body…" on one line: a known key, a space, a
// date, and the body starting on the same line.
func inlineHeader(text string, pos int, m *contract.Meta) (int, bool) {
	word := pos
	for word < len(text) && text[word] >= 'a' && text[word] <= 'z' {
		word++
	}
	if word == pos || word >= len(text) || (text[word] != ' ' && text[word] != '\t') {
		return 0, false
	}
	if knownKeys[text[pos:word]] != "date" {
		return 0, false
	}
	v := skipSpace(text, word)
	line, _ := lineAt(text, v)
	d, n, ok := parseDate(line)
	if !ok {
		return 0, false
	}
	setField(m, text[pos:word], text[v:v+n], v)
	m.Date = &d
	m.Date.Text = text[v : v+n]
	return v + n, true
}

// fieldBlock reads a block of "Key: value" lines ended by a blank line. Every
// line of the block must be a field and at least one key must be a known one.
func fieldBlock(text string, pos int, m *contract.Meta) (int, bool) {
	var fields []contract.Field
	known := false
	i := pos
	for i < len(text) {
		line, next := lineAt(text, i)
		if strings.TrimSpace(line) == "" {
			break
		}
		colon := strings.IndexByte(line, ':')
		if colon <= 0 || colon > 30 || !isKey(line[:colon]) {
			return 0, false
		}
		key := strings.ToLower(strings.TrimSpace(line[:colon]))
		if _, ok := knownKeys[key]; ok {
			known = true
		}
		vs := skipSpaceInLine(line, colon+1)
		value := strings.TrimRightFunc(line[vs:], unicode.IsSpace)
		fields = append(fields, contract.Field{Key: key, Value: value, Start: i + vs})
		i = next
	}
	if !known || len(fields) == 0 {
		return 0, false
	}
	for _, f := range fields {
		setField(m, f.Key, f.Value, f.Start)
	}
	return i, true
}

func skipSpaceInLine(line string, i int) int {
	for i < len(line) {
		n := lineSpaceAt(line, i)
		if n == 0 {
			break
		}
		i += n
	}
	return i
}

// lineSpaceAt returns the length of the space inside a line at s[i]: a
// space or a tab, or a no-break, narrow no-break, thin or figure space
// (IsGroupSpace; web copy writes "HALIFAX\u00a0\u2014"); 0 for anything else.
func lineSpaceAt(s string, i int) int {
	switch c := s[i]; {
	case c == ' ' || c == '\t':
		return 1
	case c < 0xc2:
		return 0
	}
	if r, size := utf8.DecodeRuneInString(s[i:]); IsGroupSpace(r) {
		return size
	}
	return 0
}

// isKey reports whether s looks like a header key: letters, digits, spaces, '-' and '_', starting with a letter.
func isKey(s string) bool {
	s = strings.TrimSpace(s)
	if s == "" || !unicode.IsLetter(rune(s[0])) || strings.Count(s, " ") > 2 {
		return false
	}
	for _, r := range s {
		if !(unicode.IsLetter(r) || unicode.IsDigit(r) || r == ' ' || r == '-' || r == '_') {
			return false
		}
	}
	return true
}

// headline reads a title line followed by a blank line: short, no sentence
// end, and more text after it; in a text printed one paragraph a line,
// without blank lines, a line of prose may follow it directly. A dateline on the next line, under the
// headline, also ends the headline. Byline, date and URL lines may come
// between the headline and the blank line (see metaBlock).
func headline(text string, pos int, m *contract.Meta) (int, bool) {
	line, next := lineAt(text, pos)
	t := strings.TrimSpace(line)
	if t == "" || len(t) > 200 || len(strings.Fields(t)) > 25 {
		return 0, false
	}
	if e := strings.TrimRight(t, "\"'”’)"); (strings.HasSuffix(e, ".") || strings.HasSuffix(e, ",") ||
		strings.HasSuffix(e, ":") || strings.HasSuffix(e, ";") || strings.HasSuffix(e, "!")) && !agencyDatelineAfter(text, next) {
		return 0, false
	}
	start := pos + (len(line) - len(strings.TrimLeftFunc(line, unicode.IsSpace)))
	if _, _, dl := dateline(text, start); dl {
		return 0, false // "LONDON - Markets fell": the body's dateline, not a headline
	}
	if fields, end, ok := metaLines(text, next); ok {
		m.Fields = append(m.Fields, contract.Field{Key: "title", Value: t, Start: start, End: start + len(t)})
		m.Title = t
		for _, f := range fields {
			setField(m, f.Key, f.Value, f.Start)
		}
		return end, true
	}
	after, next2 := lineAt(text, next)
	blank := strings.TrimSpace(after) == ""
	if !blank && !isDatelineLine(after) && !(proseLine(after) && !hasBlankLine(text[next:])) {
		return 0, false
	}
	if blank && skipSpace(text, next2) >= len(text) {
		return 0, false // nothing after the line: it is the body
	}
	m.Fields = append(m.Fields, contract.Field{Key: "title", Value: t, Start: start, End: start + len(t)})
	m.Title = t
	return next, true
}

// proseLine reports whether a line reads as a paragraph of prose under a
// headline: longer than a wrapped line, and ending a sentence.
func proseLine(line string) bool {
	t := strings.TrimRight(strings.TrimSpace(line), "\"'\u201d\u2019)")
	if utf8.RuneCountInString(t) <= 80 {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(t)
	return r == '.' || r == '!' || r == '?'
}

// hasBlankLine reports whether s holds a blank line: a text printed one
// paragraph a line has none, and its headline is followed by the first
// paragraph's line rather than by a blank line.
func hasBlankLine(s string) bool {
	s = strings.TrimRightFunc(s, unicode.IsSpace)
	for i := 0; i < len(s); {
		line, next := lineAt(s, i)
		if strings.TrimSpace(line) == "" {
			return true
		}
		i = next
	}
	return false
}

// underHeadline reads the paragraphs under a headline that belong to the
// header: blocks of byline, outlet, date and URL lines (metaBlock), and
// before the first of them one paragraph of standfirst ("Province says
// project is still a priority, but …"), kept as the field "standfirst".
// A standfirst counts only when such a block follows it. It returns the
// offset after the last paragraph read.
func underHeadline(text string, pos int, m *contract.Meta) int {
	for blocks := 0; blocks < 6; blocks++ {
		p := skipSpace(text, pos)
		if q, ok := metaBlock(text, p, m); ok {
			pos = q
			continue
		}
		if blocks > 0 {
			break
		}
		line, next := lineAt(text, p)
		t := strings.TrimSpace(line)
		if n := countWords(t, 61); n < 5 || n > 60 || strings.TrimSpace(func() string { l, _ := lineAt(text, next); return l }()) != "" {
			break // a standfirst is one paragraph of one line
		}
		if _, _, ok := metaLines(text, skipSpace(text, next)); !ok {
			break
		}
		if _, _, dl := dateline(text, p); dl {
			break
		}
		m.Fields = append(m.Fields, contract.Field{Key: "standfirst", Value: t, Start: p, End: p + len(t)})
		pos = next
	}
	return pos
}

// metaBlock reads a header of byline, date and URL lines with no headline
// above it ("By Jane Smith\n\nLONDON (Reuters) - …"), ended as metaLines says.
func metaBlock(text string, pos int, m *contract.Meta) (int, bool) {
	fields, end, ok := metaLines(text, pos)
	if !ok {
		return 0, false
	}
	for _, f := range fields {
		setField(m, f.Key, f.Value, f.Start)
	}
	return end, true
}

// metaLines reads one or more lines at pos, each a byline ("By Jane Smith"),
// a date ("March 14, 2024", "Thursday, March 14, 2024 10:32 AM EST") or a URL,
// in any order. The block must end at a blank line with more text after it,
// or at a line opening with a dateline. It returns the fields the lines give
// (keys "author", "date", "url"; the author without "By ", the date without
// its weekday or time) and the offset after the block.
func metaLines(text string, pos int) ([]contract.Field, int, bool) {
	var fields []contract.Field
	i := pos
	for i < len(text) {
		line, next := lineAt(text, i)
		if strings.TrimSpace(line) == "" {
			if len(fields) == 0 || skipSpace(text, next) >= len(text) {
				return nil, 0, false // nothing after the block: it is the body
			}
			return fields, next, true
		}
		if len(fields) > 0 {
			if _, _, ok := dateline(text, skipSpaceInLine(text, i)); ok {
				return fields, i, true
			}
		}
		fs, ok := metaLine(line)
		if !ok {
			// an outlet's name on a line of its own: "Vancouver Sun", "The
			// Canadian Press", "CTV News Ottawa Staff"
			if s := skipSpaceInLine(line, 0); outletLine(strings.TrimSpace(line)) {
				fs, ok = []contract.Field{{Key: "source", Value: strings.TrimSpace(line), Start: s, End: s + len(strings.TrimSpace(line))}}, true
			}
		}
		if !ok || len(fields) >= 8 {
			return nil, 0, false
		}
		for _, f := range fs {
			f.Start += i
			f.End += i
			fields = append(fields, f)
		}
		i = next
	}
	return nil, 0, false // the text ends inside the block: there is no body
}

// countWords counts the words of s separated by white space, stopping at
// most: a bound on a long line's work.
func countWords(s string, most int) int {
	n, in := 0, false
	for _, r := range s {
		if unicode.IsSpace(r) {
			in = false
		} else if !in {
			in = true
			if n++; n >= most {
				return n
			}
		}
	}
	return n
}

// outletLine reports whether t names a news outlet and nothing else: one to
// six capitalised words ("of", "the" and "and" inside), no figures, no
// final punctuation, one of them a word outlets are named with ("Sun",
// "Press", "News", "Herald", "Staff").
func outletLine(t string) bool {
	if len(t) > 60 || countWords(t, 7) > 6 {
		return false
	}
	words := strings.Fields(t)
	if len(words) == 0 {
		return false
	}
	media := false
	for _, w := range words {
		switch w {
		case "of", "the", "and", "&":
			continue
		}
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) || strings.ContainsAny(w, "0123456789.,:;!?\"") {
			return false
		}
		media = media || outletWords[strings.ToLower(w)]
	}
	return media
}

// outletWords are the words news outlets are named with.
var outletWords = map[string]bool{"news": true, "press": true, "post": true, "times": true, "sun": true, "star": true,
	"herald": true, "journal": true, "globe": true, "mail": true, "tribune": true, "gazette": true, "telegraph": true,
	"chronicle": true, "observer": true, "daily": true, "radio": true, "tv": true, "television": true, "network": true,
	"media": true, "wire": true, "reuters": true, "ap": true, "afp": true, "cbc": true, "ctv": true, "bbc": true, "cp": true,
	"staff": true, "citizen": true, "examiner": true, "record": true, "courier": true, "express": true, "standard": true,
	"guardian": true, "register": true, "bulletin": true, "dispatch": true, "sentinel": true, "province": true,
	"spectator": true, "leader-post": true, "starphoenix": true, "free": true, "global": true, "newswire": true}

// metaLine reads one line of a metaLines block and returns its fields with
// offsets in the line: one, or a byline's author and the source its
// affiliation names.
func metaLine(line string) ([]contract.Field, bool) {
	s := skipSpaceInLine(line, 0)
	t := strings.TrimRightFunc(line[s:], unicode.IsSpace)
	if t == "" {
		return nil, false
	}
	if by, ok := bylineName(t); ok {
		f := []contract.Field{{Key: "author", Value: by.names, Start: s + by.namesOff, End: s + by.namesOff + len(by.names)}}
		if by.affil != "" {
			f = append(f, contract.Field{Key: "source", Value: by.affil, Start: s + by.affilOff, End: s + by.affilOff + len(by.affil)})
		}
		return f, true
	}
	if v, off, ok := dateLine(t); ok {
		return []contract.Field{{Key: "date", Value: v, Start: s + off, End: s + off + len(v)}}, true
	}
	if urlLine(t) {
		return []contract.Field{{Key: "url", Value: t, Start: s, End: s + len(t)}}, true
	}
	return nil, false
}

// urlLine reports whether t is a single http or https address.
func urlLine(t string) bool {
	rest, ok := strings.CutPrefix(t, "https://")
	if !ok {
		rest, ok = strings.CutPrefix(t, "http://")
	}
	if !ok || len(rest) < 4 || len(t) > 2000 || !strings.Contains(rest, ".") {
		return false
	}
	for _, r := range rest {
		if unicode.IsSpace(r) || unicode.IsControl(r) || r == '"' || r == '<' || r == '>' {
			return false
		}
	}
	return true
}

var weekdays = map[string]bool{
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true,
	"saturday": true, "sunday": true, "mon": true, "tue": true, "tues": true, "wed": true,
	"thu": true, "thur": true, "thurs": true, "fri": true, "sat": true, "sun": true,
}

// dateLine reads a whole line that is a date with a year: an optional
// "Published"/"Updated"/"Posted" (with "on" or a colon) and weekday before it,
// an optional clock time after it ("10:32 AM EST"). It returns the date text
// and its offset in t.
func dateLine(t string) (string, int, bool) {
	i := 0
	for _, p := range []string{"Published", "Updated", "Posted"} {
		if rest, ok := strings.CutPrefix(t, p); ok && rest != "" && (rest[0] == ' ' || rest[0] == ':') {
			i = len(p)
			if t[i] == ':' {
				i++
			}
			i = skipSpaceInLine(t, i)
			if strings.HasPrefix(t[i:], "on ") {
				i = skipSpaceInLine(t, i+3)
			}
			break
		}
	}
	// a weekday: "Thursday, ", "Thu. ", "Thu "
	j := i
	for j < len(t) && (t[j] >= 'a' && t[j] <= 'z' || t[j] >= 'A' && t[j] <= 'Z') {
		j++
	}
	if j > i && unicode.IsUpper(rune(t[i])) && weekdays[strings.ToLower(t[i:j])] {
		if j < len(t) && t[j] == '.' {
			j++
		}
		if j < len(t) && t[j] == ',' {
			j++
		}
		if k := skipSpaceInLine(t, j); k > j {
			i = k
		}
	}
	d, n, ok := parseDate(t[i:])
	if !ok || d.Year == 0 || d.Precision == contract.PrecisionYear {
		return "", 0, false
	}
	rest := t[i+n:]
	if rest != "" && !clockTime(rest) {
		return "", 0, false
	}
	return t[i : i+n], i, true
}

// clockTime reports whether s, the rest of a date line, is only a clock time
// after a separator: ", 10:32 AM EST", " at 9:05 p.m. ET", " - 14:30 GMT",
// " | 10:32".
func clockTime(s string) bool {
	i := 0
	switch {
	case strings.HasPrefix(s, ","):
		i = 1
	case strings.HasPrefix(s, " at "):
		i = 3
	case strings.HasPrefix(s, " - "), strings.HasPrefix(s, " | "):
		i = 2
	case strings.HasPrefix(s, " \u00b7 "):
		i = 1 + len("\u00b7")
	case strings.HasPrefix(s, " \u2022 "):
		i = 1 + len("\u2022")
	}
	k := skipSpaceInLine(s, i)
	if k == 0 {
		return false
	}
	h := digitsAt(s, k)
	if len(h) < 1 || len(h) > 2 || k+len(h) >= len(s) || s[k+len(h)] != ':' {
		return false
	}
	k += len(h) + 1
	if len(digitsAt(s, k)) != 2 {
		return false
	}
	k += 2
	if k+3 <= len(s) && s[k] == ':' && len(digitsAt(s, k+1)) == 2 {
		k += 3
	}
	hour, _ := strconv.Atoi(h)
	if hour > 23 {
		return false
	}
	// AM/PM
	j := skipSpaceInLine(s, k)
	for _, ap := range []string{"a.m.", "p.m.", "am", "pm", "AM", "PM", "A.M.", "P.M."} {
		if strings.HasPrefix(s[j:], ap) && (len(ap) > 2 || wordEnd(s, j+len(ap))) {
			k = j + len(ap)
			break
		}
	}
	// a time zone in capitals, perhaps with an offset: "EST", "GMT+1", "(ET)"
	j = skipSpaceInLine(s, k)
	if j > k || j < len(s) && s[j] == '(' {
		z := j
		if z < len(s) && s[z] == '(' {
			z++
		}
		e := z
		for e < len(s) && s[e] >= 'A' && s[e] <= 'Z' {
			e++
		}
		if e-z >= 2 && e-z <= 5 {
			for e < len(s) && (s[e] == '+' || s[e] == '-' || s[e] == ':' || s[e] >= '0' && s[e] <= '9') {
				e++
			}
			if z > j && e < len(s) && s[e] == ')' {
				e++
			}
			k = e
		}
	}
	return strings.TrimSpace(s[k:]) == ""
}

// bylineParticles are the lower-case words a list of names may hold.
var bylineParticles = map[string]bool{
	"and": true, "&": true, "de": true, "da": true, "del": true, "della": true, "di": true,
	"du": true, "van": true, "von": true, "der": true, "den": true, "la": true, "le": true,
	"bin": true, "ibn": true, "al": true, "el": true, "dos": true, "das": true, "y": true,
}

// bylineRoles are the lower-case words an affiliation after a comma may hold
// ("By Jane Smith, staff writer").
var bylineRoles = map[string]bool{
	"staff": true, "writer": true, "writers": true, "reporter": true, "reporters": true,
	"correspondent": true, "correspondents": true, "editor": true, "contributor": true,
	"in": true, "for": true, "the": true, "of": true, "and": true, "at": true,
}

// bylineNotNames are title-case words that open phrases, not names: "By The
// Numbers", "By Way Of…", "By Then".
var bylineNotNames = map[string]bool{
	"then": true, "now": true, "far": true, "law": true, "design": true, "default": true,
	"contrast": true, "comparison": true, "numbers": true, "hand": true, "night": true,
	"day": true, "week": true, "year": true, "mail": true, "email": true, "phone": true,
	"air": true, "sea": true, "land": true, "car": true, "train": true, "way": true,
	"all": true, "any": true, "means": true, "chance": true, "accident": true, "mistake": true,
	"some": true, "most": true, "this": true, "that": true, "these": true, "those": true,
	"its": true, "his": true, "her": true, "their": true, "our": true, "my": true, "your": true,
	"popular": true, "demand": true, "end": true, "midnight": true, "noon": true, "dawn": true,
}

// bylineName reads a byline "By Jane Smith", "By Jane Smith and Tom Lee",
// "By Jane Smith, Reuters", "By Jane Smith · The Daily Courier": "By" and a
// short list of capitalised names, with no sentence end but an initial's
// period, then an affiliation after a comma or a separator (·, |, -, –, —).
// It returns the names and the affiliation (empty when none), each with its
// offset in t.
func bylineName(t string) (by byline, ok bool) {
	if len(t) < 4 || len(t) > 120 || !(strings.HasPrefix(t, "By") || strings.HasPrefix(t, "BY") || strings.HasPrefix(t, "by")) || lineSpaceAt(t, 2) == 0 {
		return by, false // "By" then a space, a no-break one too ("By\u00a0Jane Smith")
	}
	off := skipSpaceInLine(t, 2)
	v := t[off:]
	words := strings.Fields(v)
	if len(words) == 0 || len(words) > 12 {
		return by, false
	}
	if first := strings.ToLower(strings.TrimRight(words[0], ",.")); monthNames[first] > 0 || weekdays[first] {
		return by, false // "By March 2025 …", "By Monday …"
	}
	affiliation := false // after a comma or separator: "Reuters", "staff writer"
	names, nameEnd, affil := 0, 0, -1
	pos := 0 // offset of the word in v
	for n, w := range words {
		pos += strings.Index(v[pos:], w)
		at := pos
		pos += len(w)
		comma := strings.HasSuffix(w, ",")
		w = strings.TrimSuffix(w, ",")
		last := n == len(words)-1
		switch {
		case w == "":
			return by, false
		case bylineSeparators[w] && n > 0 && !last && !affiliation:
			affiliation = true
			continue
		case bylineParticles[w] && n > 0 && !last && !comma:
		case affiliation && bylineRoles[w]:
		case nameWord(w):
			if bylineNotNames[strings.ToLower(w)] {
				return by, false
			}
			if !affiliation {
				names++
			}
		default:
			return by, false
		}
		if affiliation && affil < 0 {
			affil = at
		}
		if !affiliation {
			nameEnd = at + len(w)
		}
		if comma {
			if last {
				return by, false
			}
			affiliation = true
		}
	}
	if names == 0 || affiliation && affil < 0 {
		return by, false
	}
	by = byline{names: v[:nameEnd], namesOff: off}
	if affil >= 0 {
		by.affil, by.affilOff = affiliationSource(v[affil:]), off+affil
	}
	return by, true
}

// byline is what bylineName reads: the names, and the affiliation's
// organisation when it names one ("" for "staff writer").
type byline struct {
	names, affil       string
	namesOff, affilOff int
}

// bylineSeparators stand between a byline's names and their affiliation.
var bylineSeparators = map[string]bool{"\u00b7": true, "|": true, "-": true, "\u2013": true, "\u2014": true, "\u2022": true}

// affiliationSource returns the organisation an affiliation opens with: its
// first run of capitalised words (with "of", "and", "the" inside), up to a
// comma ("The Daily Courier", "Reuters" of "Reuters staff writer", "BBC News"
// of "BBC News, Washington"), or "" when it opens with a role ("staff writer").
func affiliationSource(a string) string {
	end := 0
	for pos := 0; pos < len(a); {
		k := strings.IndexFunc(a[pos:], func(r rune) bool { return !unicode.IsSpace(r) })
		if k < 0 {
			break
		}
		pos += k
		w := a[pos:]
		if sp := strings.IndexFunc(w, unicode.IsSpace); sp >= 0 {
			w = w[:sp]
		}
		bare := strings.TrimSuffix(w, ",")
		switch {
		case nameWord(bare):
			end = pos + len(bare)
		case end > 0 && (bare == "of" || bare == "and" || bare == "the"):
		default:
			return a[:end]
		}
		if bare != w {
			break
		}
		pos += len(w)
	}
	return a[:end]
}

// nameWord reports whether w can be a word of a person's or an agency's name:
// a capital letter, then letters, apostrophes and hyphens; a period only in
// an initial ("J.", "J.R.") or in "Jr.", "Sr.", "St.", so a byline never
// ends in a sentence's period.
func nameWord(w string) bool {
	r, size := utf8.DecodeRuneInString(w)
	if !unicode.IsUpper(r) {
		return false
	}
	if strings.Contains(w, ".") {
		switch w {
		case "Jr.", "Sr.", "St.", "JR.", "SR.", "ST.":
			return true
		}
		// initials: "J.", "J.R.", "J.-P."
		for _, part := range strings.Split(strings.TrimSuffix(w, "."), ".") {
			part = strings.TrimPrefix(part, "-")
			if utf8.RuneCountInString(part) != 1 || !unicode.IsUpper([]rune(part)[0]) {
				return false
			}
		}
		return true
	}
	for _, r := range w[size:] {
		if !(unicode.IsLetter(r) || r == '\'' || r == '\u2019' || r == '-') {
			return false
		}
	}
	return true
}

// isDatelineLine reports whether a whole line is only a dateline ("LONDON, March 23 -").
func isDatelineLine(line string) bool {
	_, end, ok := dateline(line, 0)
	return ok && strings.TrimSpace(line[end:]) == ""
}

// agencies are the news agencies a dateline may name in parentheses.
var agencies = map[string]bool{
	"reuters": true, "ap": true, "afp": true, "upi": true, "dpa": true, "ani": true, "pti": true,
	"xinhua": true, "ians": true, "bloomberg": true, "cnn": true, "bbc": true, "efe": true,
	"ansa": true, "tass": true, "irna": true, "kyodo": true, "yonhap": true, "aap": true, "cp": true,
}

// dateline reads a wire dateline at pos: an upper-case place ("BEIRUT",
// "NEW YORK", "WASHINGTON, D.C."), optionally a date ("March 3") and an
// agency in parentheses, then a dash.
func dateline(text string, pos int) (contract.Dateline, int, bool) {
	return datelineAt(text, pos, false)
}

// datelineAt is dateline; with callSigns, the agency in parentheses may be
// any short call sign in capitals and digits ("(KXYZ9)", "(WXYZ)"), as a
// local station's pages write it.
func datelineAt(text string, pos int, callSigns bool) (contract.Dateline, int, bool) {
	placeEnd, words := datelinePlaceWords(text, pos)
	if words == 0 {
		return contract.Dateline{}, 0, false
	}
	place, i := datelineParts(text, pos, placeEnd)
	agency, j, ok := datelineBracket(text, i, callSigns)
	if !ok {
		return contract.Dateline{}, 0, false
	}
	// the dash
	dash := 0
	for _, d := range []string{"--", "-", "\u2014", "\u2013"} {
		if strings.HasPrefix(text[j:], d) {
			dash = len(d)
			break
		}
	}
	if dash == 0 {
		return contract.Dateline{}, 0, false
	}
	end := j + dash
	if end < len(text) && lineSpaceAt(text, end) == 0 && text[end] != '\n' && text[end] != '\r' &&
		!(callSigns && dash > 1 && text[end] >= 'A' && text[end] <= 'Z') { // a glued dateline's "Ohio–A man"
		return contract.Dateline{}, 0, false
	}
	if len(place) < 2 || (words == 1 && agency == "" && len(place) < 3) {
		return contract.Dateline{}, 0, false
	}
	if agency == "" && capsLine(lineUpTo(text, end)) {
		return contract.Dateline{}, 0, false // "ROWING - OXFORD CREW WINS BY A LENGTH": a heading in capitals
	}
	return contract.Dateline{Place: strings.TrimRight(place, " ,"), Agency: agency, Start: pos, End: end}, end, true
}

// datelinePlaceWords reads the upper-case words of a dateline's place at
// pos ("NEW YORK"), at most four, and returns where they end and how many
// there are (0: no place).
func datelinePlaceWords(text string, pos int) (placeEnd, words int) {
	i := pos
	placeEnd = i
	for i < len(text) {
		j := i
		for j < len(text) {
			r, size := utf8.DecodeRuneInString(text[j:])
			if !(unicode.IsUpper(r) || r == '.' || r == '\'' || r == '-' && j > i) {
				break
			}
			j += size
		}
		for j > i+1 && text[j-1] == '-' {
			j-- // "TOLEDO-- Two cars": the dash is the dateline's
		}
		if j-i < 2 || !unicode.IsUpper(rune(text[i])) {
			break
		}
		words++
		placeEnd = j
		sp := 0
		if j < len(text) {
			sp = lineSpaceAt(text, j)
		}
		if sp > 0 && j+sp < len(text) && unicode.IsUpper(rune(text[j+sp])) && words < 4 {
			// another upper-case word of the place, unless it is the agency's "("
			k := j + sp
			for k < len(text) && unicode.IsUpper(rune(text[k])) {
				k++
			}
			if k < len(text) && unicode.IsLower(rune(text[k])) {
				break // "LONDON Reuters…": a title-case word is not part of the place
			}
			i = j + sp
			continue
		}
		break
	}
	return placeEnd, words
}

// datelineParts reads the ", State" and ", March 3" parts after a
// dateline's place (from pos to placeEnd) and returns the place with its
// regions ("WASHINGTON, D.C.") and where the parts end.
func datelineParts(text string, pos, placeEnd int) (string, int) {
	place := text[pos:placeEnd]
	i := placeEnd
	for n := 0; n < 2 && i+2 < len(text) && text[i] == ','; n++ {
		j := skipSpaceInLine(text, i+1)
		if d, w, ok := parseDate(lineUpTo(text, j)); ok && d.Precision != contract.PrecisionYear {
			i = j + w
			continue
		}
		// a region in title case or capitals: "WASHINGTON, D.C.", "Calif."
		k := j
		for k < len(text) {
			r, size := utf8.DecodeRuneInString(text[k:])
			if !(unicode.IsLetter(r) || r == '.') {
				break
			}
			k += size
		}
		if k > j && unicode.IsUpper(rune(text[j])) && k-j <= 12 {
			place = text[pos:k]
			i = k
			continue
		}
		break
	}
	return place, i
}

// datelineBracket reads what a dateline may hold in brackets at i: a news
// agency, or, with callSigns, a station's call sign or a date. It returns
// the agency ("" when none), where the dash should follow, and false for
// brackets that hold anything else.
func datelineBracket(text string, i int, callSigns bool) (string, int, bool) {
	j := skipSpaceInLine(text, i)
	if j >= len(text) || text[j] != '(' {
		return "", j, true
	}
	k := strings.IndexByte(text[j:], ')')
	inner := ""
	if k > 0 {
		inner = text[j+1 : j+k]
	}
	switch {
	case k > 0 && k < 20 && (agencies[strings.ToLower(inner)] || callSigns && isCallSign(inner)):
		return inner, skipSpaceInLine(text, j+k+1), true
	case k > 0 && k < 24 && callSigns && isDateOnly(inner):
		return "", skipSpaceInLine(text, j+k+1), true // "TOLEDO, Ohio (March 4, 2019) –"
	}
	return "", 0, false
}

// capsLine reports whether a line holds words and no lower-case letter.
func capsLine(s string) bool {
	letters := 0
	for _, r := range s {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsLetter(r) {
			letters++
		}
	}
	return letters >= 6
}

// lineUpTo returns the rest of the line starting at i.
func lineUpTo(text string, i int) string {
	l, _ := lineAt(text, i)
	return l
}

var monthNames = map[string]int{
	"january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
	"august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
	"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
	"sept": 9, "oct": 10, "nov": 11, "dec": 12,
}

// parseDate reads a date at the start of s and returns it with the number of
// bytes it used. Forms: 2018, 2018-08, 2018-08-05, RFC 3339 (the time is
// dropped, the day kept), "March 3, 1987", "March 3", "3 March 2018",
// "Aug. 5, 2018", "August 2018".
func parseDate(s string) (contract.Date, int, bool) {
	if d, n, ok := parseISODate(s); ok {
		d.Text = s[:n]
		return d, n, true
	}
	if d, n, ok := parseWordDate(s); ok {
		d.Text = s[:n]
		return d, n, true
	}
	return contract.Date{}, 0, false
}

// digitsAt returns the run of ASCII digits at s[i:].
func digitsAt(s string, i int) string {
	j := i
	for j < len(s) && s[j] >= '0' && s[j] <= '9' {
		j++
	}
	return s[i:j]
}

// wordEnd reports whether s[i:] starts at a word boundary (end, space or punctuation).
func wordEnd(s string, i int) bool {
	if i >= len(s) {
		return true
	}
	r, _ := utf8.DecodeRuneInString(s[i:])
	return !(unicode.IsLetter(r) || unicode.IsDigit(r))
}

func parseISODate(s string) (contract.Date, int, bool) {
	y := digitsAt(s, 0)
	if len(y) != 4 {
		return contract.Date{}, 0, false
	}
	year, _ := strconv.Atoi(y)
	d := contract.Date{Year: year, Precision: contract.PrecisionYear}
	n := 4
	if n+3 <= len(s) && s[n] == '-' {
		if mo := digitsAt(s, n+1); len(mo) == 2 {
			month, _ := strconv.Atoi(mo)
			if month >= 1 && month <= 12 {
				d.Month, d.Precision, n = month, contract.PrecisionMonth, n+3
				if n+3 <= len(s) && s[n] == '-' {
					if dd := digitsAt(s, n+1); len(dd) == 2 {
						day, _ := strconv.Atoi(dd)
						if day >= 1 && day <= 31 {
							d.Day, d.Precision, n = day, contract.PrecisionDay, n+3
							// RFC 3339 time part
							if n < len(s) && (s[n] == 'T' || s[n] == 't') {
								k := n + 1
								for k < len(s) && strings.IndexByte("0123456789:.+-Zz", s[k]) >= 0 {
									k++
								}
								n = k
							}
						}
					}
				}
			}
		}
	}
	if !wordEnd(s, n) {
		return contract.Date{}, 0, false
	}
	return d, n, true
}

// monthAt reads a month name (full or abbreviated, with an optional period) at s[i:].
func monthAt(s string, i int) (int, int) {
	j := i
	for j < len(s) && (s[j] >= 'a' && s[j] <= 'z' || s[j] >= 'A' && s[j] <= 'Z') {
		j++
	}
	if j == i || !unicode.IsUpper(rune(s[i])) {
		return 0, 0
	}
	m, ok := monthNames[strings.ToLower(s[i:j])]
	if !ok {
		return 0, 0
	}
	if j < len(s) && s[j] == '.' && j-i <= 4 {
		j++
	}
	return m, j - i
}

func parseWordDate(s string) (contract.Date, int, bool) {
	if m, n := monthAt(s, 0); m > 0 {
		// "March 3, 1987", "March 3", "March 2018"
		i := skipSpaceInLine(s, n)
		if i == n {
			return contract.Date{}, 0, false
		}
		num := digitsAt(s, i)
		switch {
		case len(num) >= 1 && len(num) <= 2 && wordEnd(s, i+len(num)):
			day, _ := strconv.Atoi(num)
			if day < 1 || day > 31 {
				return contract.Date{}, 0, false
			}
			d := contract.Date{Month: m, Day: day, Precision: contract.PrecisionDay}
			e := i + len(num)
			k := e
			if k < len(s) && s[k] == ',' {
				k++
			}
			k = skipSpaceInLine(s, k)
			if y := digitsAt(s, k); len(y) == 4 && wordEnd(s, k+4) {
				d.Year, _ = strconv.Atoi(y)
				e = k + 4
			}
			return d, e, true
		case len(num) == 4 && wordEnd(s, i+4):
			y, _ := strconv.Atoi(num)
			return contract.Date{Year: y, Month: m, Precision: contract.PrecisionMonth}, i + 4, true
		}
		return contract.Date{}, 0, false
	}
	// "3 March 2018"
	num := digitsAt(s, 0)
	if len(num) < 1 || len(num) > 2 || len(s) <= len(num) || s[len(num)] != ' ' {
		return contract.Date{}, 0, false
	}
	day, _ := strconv.Atoi(num)
	m, n := monthAt(s, len(num)+1)
	if m == 0 || day < 1 || day > 31 {
		return contract.Date{}, 0, false
	}
	e := len(num) + 1 + n
	d := contract.Date{Month: m, Day: day, Precision: contract.PrecisionDay}
	k := skipSpaceInLine(s, e)
	if k < len(s) && s[k] == ',' {
		k = skipSpaceInLine(s, k+1)
	}
	if y := digitsAt(s, k); len(y) == 4 && wordEnd(s, k+4) {
		d.Year, _ = strconv.Atoi(y)
		e = k + 4
	}
	return d, e, true
}
