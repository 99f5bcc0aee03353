package entity

import (
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsparse/newsparse/internal/contract"
	"github.com/newsparse/newsparse/internal/lexicon"
	"github.com/newsparse/newsparse/internal/ner"
	"github.com/newsparse/newsparse/internal/textdoc"
)

// The recogniser's classes.
const (
	cNone byte = iota
	cPER
	cORG
	cLOC
	cMISC
)

// cand is a candidate mention: tokens d.toks[s:e] (global indices) of
// sentence si, or, for a part of a hyphenated token, the bytes [bs, be).
type cand struct {
	s, e   int
	bs, be int
	si     int
	class  byte                // the recogniser's class, cNone for lexicon finds
	typ    contract.EntityType // the contract type, set by typing
	title  string              // the title before a person's name
	appos  string              // the title in an apposition after it
	alias  int                 // byte start of a candidate this one is another name of (apposition), or -1
	canon  string              // canonical name from a lexicon
	drop   bool
	caps   bool   // in a sentence in capitals or a Title Case heading
	forced bool   // type fixed by a lexicon or pattern; voting leaves it alone
	k      string // the lexicon key of the text, once asked for
}

// ckey returns the lexicon key of a candidate's text, computed once.
func (x *entx) ckey(c *cand) string {
	if c.k == "" {
		c.k = lexicon.Key(x.text(c))
	}
	return c.k
}

// Extract recognises, types and clusters the entities of an analysed
// article. The stages, in order:
//
//   - recognise: the statistical tagger (internal/ner) over the whole
//     document gives candidate spans with CoNLL classes;
//   - repair: names end at unbalanced brackets, quotes and commas;
//     possessives, titles and a leading nationality come out of names;
//     abbreviations of things and common words go; "&" joins company names;
//     organisation names take their "of"/"for" complements;
//   - addLexicon and propagate: countries, nationalities, groups and
//     well-known organisations the tagger missed, and later mentions of names
//     it found elsewhere in the article;
//   - apposition: "Name (ACR, also known as ACR2)" links the acronyms;
//   - typeAll and splitHyphens: contract types from the class and the
//     lexicons; places and nationalities inside hyphenated words;
//   - cluster: one entity per referent (surnames, first names, spelling
//     variants, acronyms, short forms, country and city aliases), with its
//     canonical name and the titles given to a person.
//
// Headlines and tables in capitals are left to the tagger, which is trained
// on them; Title Case headlines keep only names the article or a lexicon knows.
func Extract(d *textdoc.Doc) []contract.Entity {
	if len(d.Sents) == 0 {
		return []contract.Entity{}
	}
	x := &entx{d: d}
	x.recognise()
	x.repair()
	x.addLexicon()
	x.propagate()
	x.unglue()
	x.apposition()
	x.akas()
	x.typeAll()
	x.splitHyphens()
	return datelinePlace(d, x.cluster())
}

// datelinePlace adds the places of a wire dateline ("BEIRUT (Reuters) -",
// "KOCHI, India (Reuters) -"), which stand before the body, as mentions: of
// the entity the body names that way, or of a new place. The first part names
// a place by the convention of datelines even when the lexicon does not know
// it; a later part ("India", "D.C.") counts only when the lexicon knows it.
// Ids follow the order of first mentions again afterwards.
func datelinePlace(d *textdoc.Doc, ents []contract.Entity) []contract.Entity {
	dl := d.Meta.Dateline
	if dl == nil || !strings.HasPrefix(d.Text[dl.Start:], dl.Place) {
		return ents
	}
	// an unknown first part names a place only in a dateline that shows
	// itself one: an agency, or a later part the lexicon knows ("KOCHI,
	// India"); "SOCCER -" over a sports table is a heading
	anchored := dl.Agency != ""
	if i := strings.IndexByte(dl.Place, ','); i > 0 && !anchored {
		for part := range strings.SplitSeq(dl.Place[i+1:], ",") {
			if _, ok := lexicon.LookupPlace(lexicon.Key(strings.TrimSpace(part))); ok {
				anchored = true
			}
		}
	}
	added := false
	off := 0
	for part := range strings.SplitSeq(dl.Place, ",") {
		start := dl.Start + off
		off += len(part) + 1
		name := strings.TrimSpace(part)
		if name == "" {
			continue
		}
		start += strings.Index(part, name)
		m := contract.Mention{Start: start, End: start + len(name), Text: name}
		if i := placeEntity(ents, lexicon.Key(name)); i >= 0 {
			ents[i].Mentions = append([]contract.Mention{m}, ents[i].Mentions...)
			added = true
			continue
		}
		typ, canon := contract.GPE, TitleCase(name)
		if p, ok := lexicon.LookupPlace(lexicon.Key(name)); ok {
			canon = p.Name
			if !p.GPE() {
				typ = contract.Location
			}
		} else if start != dl.Start || !anchored {
			continue
		}
		ents = append(ents, contract.Entity{Type: typ, Name: canon, Mentions: []contract.Mention{m}, Titles: []string{}})
		added = true
	}
	if !added {
		return ents
	}
	sort.SliceStable(ents, func(i, j int) bool { return ents[i].Mentions[0].Start < ents[j].Mentions[0].Start })
	for i := range ents {
		ents[i].ID = "e" + strconv.Itoa(i+1)
	}
	return ents
}

// placeEntity returns the index of the place entity named or mentioned by key, or -1.
func placeEntity(ents []contract.Entity, key string) int {
	for i := range ents {
		if ents[i].Type != contract.GPE && ents[i].Type != contract.Location {
			continue
		}
		if lexicon.Key(ents[i].Name) == key {
			return i
		}
		for _, em := range ents[i].Mentions {
			if lexicon.Key(em.Text) == key {
				return i
			}
		}
	}
	return -1
}

// TitleCase writes a place given in capitals as a name: "NEW YORK" → "New York".
func TitleCase(s string) string {
	if strings.ToUpper(s) != s {
		return s
	}
	b := []rune(strings.ToLower(s))
	up := true
	for i, r := range b {
		if up && unicode.IsLetter(r) {
			b[i] = unicode.ToUpper(r)
		}
		up = r == ' ' || r == '-' || r == '.'
	}
	return string(b)
}

// entx carries the state of one extraction.
type entx struct {
	d      *textdoc.Doc
	cands  []cand
	caps   []bool   // per sentence: written in capitals
	titled []bool   // per sentence: a heading in Title Case
	keys1  []string // lexicon keys of single tokens, computed on first use
}

// word returns the text of global token i.
func (x *entx) word(i int) string { return x.d.Tok(i) }

// key returns the lexicon key of tokens [s, e).
func (x *entx) key(s, e int) string {
	if s >= e {
		return ""
	}
	return lexicon.Key(x.d.Text[x.d.Toks[s].Start:x.d.Toks[e-1].End])
}

// key1 returns the lexicon key of token i, computed once.
func (x *entx) key1(i int) string {
	if x.keys1 == nil {
		x.keys1 = make([]string, len(x.d.Toks))
	}
	if x.keys1[i] == "" {
		x.keys1[i] = lexicon.Key(x.d.Tok(i))
	}
	return x.keys1[i]
}

// raw returns the text of tokens [s, e).
func (x *entx) raw(s, e int) string { return x.d.Text[x.d.Toks[s].Start:x.d.Toks[e-1].End] }

// text returns the text of a candidate.
func (x *entx) text(c *cand) string { return x.d.Text[c.bs:c.be] }

// recognise runs the tagger over every sentence and decodes its spans.
func (x *entx) recognise() {
	d := x.d
	sents := make([][]string, len(d.Sents))
	words := make([]string, len(d.Toks))
	for i := range d.Toks {
		words[i] = d.Tok(i)
	}
	x.caps = make([]bool, len(d.Sents))
	x.titled = make([]bool, len(d.Sents))
	x.cands = make([]cand, 0, len(d.Toks)/8+4)
	for i, s := range d.Sents {
		sents[i] = words[s.TokStart:s.TokEnd]
		x.caps[i] = capsSentence(sents[i])
		x.titled[i] = !x.caps[i] && x.titleCase(i, sents[i])
	}
	flat := make([]int, len(words))
	labs := make([][]int, len(sents))
	for i, s := range d.Sents {
		labs[i] = flat[s.TokStart:s.TokEnd]
	}
	ner.Default().TagDocIndex(sents, labs)
	for si, s := range d.Sents {
		l := labs[si]
		for i := 0; i < len(l); i++ {
			c, _ := labelClass(l[i])
			if c == cNone {
				continue
			}
			j := i + 1
			for j < len(l) {
				c2, in2 := labelClass(l[j])
				if c2 != c || !in2 {
					break
				}
				j++
			}
			if !moneyLike(words[s.TokStart+i]) {
				x.add(s.TokStart+i, s.TokStart+j, si, c)
			}
			i = j - 1
		}
	}
}

// labelClasses maps the recogniser's label indices to classes, with whether
// the label continues a name (I-).
var labelClasses = func() (t [ner.NumLabels]struct {
	class  byte
	inside bool
}) {
	for i, l := range ner.Labels {
		if len(l) < 3 {
			continue
		}
		t[i].inside = l[0] == 'I'
		switch l[2:] {
		case "PER":
			t[i].class = cPER
		case "ORG":
			t[i].class = cORG
		case "LOC":
			t[i].class = cLOC
		default:
			t[i].class = cMISC
		}
	}
	return t
}()

// labelClass returns the class of label index l and whether it continues a name.
func labelClass(l int) (byte, bool) {
	if l < 0 || l >= len(labelClasses) {
		return cNone, false
	}
	return labelClasses[l].class, labelClasses[l].inside
}

// moneyLike reports a first word that makes a span an amount, not a name
// ("A$2.6bn", "30"); a bare currency mark ("C$") stays, as CoNLL has it.
func moneyLike(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	if unicode.IsDigit(r) {
		return true
	}
	cur, digit := false, false
	for _, r := range w {
		cur = cur || unicode.Is(unicode.Sc, r)
		digit = digit || unicode.IsDigit(r)
	}
	return cur && digit
}

// add appends a candidate over tokens [s, e) of sentence si.
func (x *entx) add(s, e, si int, class byte) int {
	x.cands = append(x.cands, cand{s: s, e: e, si: si, class: class, alias: -1,
		bs: x.d.Toks[s].Start, be: x.d.Toks[e-1].End, caps: x.caps[si] || x.titled[si]})
	return len(x.cands) - 1
}

// capsSentence reports whether a sentence is written in capitals (a headline or a table).
func capsSentence(words []string) bool {
	up, other := 0, 0
	for _, w := range words {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsLetter(r) {
			continue
		}
		if lexicon.IsAllCaps(w) && utf8.RuneCountInString(w) > 1 {
			up++
		} else {
			other++
		}
	}
	return up > 0 && up >= 2*other
}

// titleCase reports whether sentence si is a heading in Title Case: a
// paragraph of its own, without a final full stop unless it opens the body,
// whose longer words are nearly all capitalised ("Wealthy Voters Abandon
// Party for Clinton").
func (x *entx) titleCase(si int, words []string) bool {
	s := x.d.Sents[si]
	if p := x.d.Paras[s.Para]; p.Start != s.Start || p.End != s.End || len(words) == 0 {
		return false
	}
	if w := words[len(words)-1]; (w == "." || textdoc.IsCloseMark(w)) && (s.Para != 0 || len(words) > 20) {
		return false // a sentence, unless the article opens with it as its headline
	}
	up, low, verbs := 0, 0, 0
	for _, w := range words {
		if utf8.RuneCountInString(w) < 4 {
			continue
		}
		r, _ := utf8.DecodeRuneInString(w)
		switch {
		case unicode.IsUpper(r):
			up++
		case unicode.IsLower(r):
			low++
			if !lexicon.IsFunctionWord(w) && !headingSmallWords[w] {
				verbs++
			}
		}
	}
	if w := words[len(words)-1]; (w == "." || textdoc.IsCloseMark(w)) && verbs > 0 {
		return false // a lead sentence full of names: "Senator Ana Kane spoke to Chris Wallace on Sunday."
	}
	return up >= 3 && low*5 <= up
}

// headingSmallWords are the longer small words a Title Case heading keeps
// in lower case ("Deal With Iran", "Plan for Growth After Brexit").
var headingSmallWords = map[string]bool{"with": true, "from": true, "into": true, "over": true, "upon": true,
	"after": true, "about": true, "amid": true, "than": true, "that": true, "onto": true, "until": true,
	"before": true, "against": true, "without": true, "versus": true, "between": true, "under": true, "through": true}

// isPossessive reports a possessive marker token.
func isPossessive(w string) bool {
	return w == "'s" || w == "\u2019s" || w == "'" || w == "\u2019" || w == "'S" || w == "\u2019S"
}

// setTokens resets a candidate's tokens and byte span.
func (x *entx) setTokens(c *cand, s, e int) {
	c.s, c.e, c.k = s, e, ""
	if s >= e {
		c.drop = true
		return
	}
	c.bs, c.be = x.d.Toks[s].Start, x.d.Toks[e-1].End
}

// splitOff cuts candidate k before token i: the tokens after i become a new
// candidate, shaped by tail, which says whether to keep it, and candidate k
// ends at i. It returns candidate k, whose address the append may move.
func (x *entx) splitOff(k, i int, tail func(*cand) bool) *cand {
	c := &x.cands[k]
	if i+1 < c.e {
		nc := *c
		x.setTokens(&nc, i+1, c.e)
		if tail(&nc) {
			x.cands = append(x.cands, nc)
			c = &x.cands[k]
		}
	}
	x.setTokens(c, c.s, i)
	return c
}

// repair splits candidates at possessives, takes titles and articles out of
// them, splits a leading demonym off a known organisation and extends
// organisation names over their "for"/"of" complements.
func (x *entx) repair() {
	n := len(x.cands)
	// names the recogniser found on their own: an organisation's possessive
	// splits only after a name the article uses alone ("the Bank's Monetary
	// Policy Committee"), not inside one ("McDonald's")
	named := make(map[string]bool, n)
	for _, c := range x.cands {
		named[x.raw(c.s, c.e)] = true
	}
	for k := 0; k < len(x.cands); k++ {
		c := &x.cands[k]
		// brackets, quotes and commas end a name: "MPC (the Bank of England"
		for i := c.s; i < c.e; i++ {
			if !isCut(x.word(i)) || x.balanced(c, i) {
				continue
			}
			c = x.splitOff(k, i, func(nc *cand) bool {
				for nc.s < nc.e && (x.word(nc.s) == "the" || isCut(x.word(nc.s))) {
					x.setTokens(nc, nc.s+1, nc.e)
				}
				return !nc.drop
			})
			break
		}
		if c.drop {
			continue
		}
		// "Labour MP": the member's title is not part of the party's name
		if c.class == cORG && c.e-c.s > 1 && memberTitles[x.word(c.e-1)] {
			x.setTokens(c, c.s, c.e-1)
		}
		// possessives inside: "Syria's President"; an organisation keeps
		// its own ("Lay Volunteers' International Organisation") unless a
		// place owns it ("Britain's Labour Party")
		for i := c.s; i < c.e; i++ {
			if !isPossessive(x.word(i)) {
				continue
			}
			if i == c.s {
				break
			}
			_, place := lexicon.LookupPlace(x.key(c.s, i))
			_, org := lexicon.KnownOrg(x.key(c.s, i))
			if !place && !org && !named[x.raw(c.s, i)] && (c.class == cORG || c.class == cMISC || !strings.HasSuffix(x.word(i), "s")) {
				break
			}
			// an organisation's name the recogniser ended with "'s" keeps it
			// ("Boatmen's", "Sainsbury's") unless a lexicon knows the rest
			if i == c.e-1 && c.class == cORG && !place && !org {
				break
			}
			c = x.splitOff(k, i, func(nc *cand) bool {
				if lexicon.IsOrgHead(x.key1(nc.e - 1)) {
					nc.class = cORG
				}
				return true
			})
			break
		}
		if c.drop {
			continue
		}
		// a leading article in lower case
		if w := x.word(c.s); w == "the" && c.e-c.s > 1 {
			x.setTokens(c, c.s+1, c.e)
		}
		// a title at the front of a name
		if c.class == cPER && c.e-c.s > 1 {
			if t := x.titleIn(c.s, c.e); t > c.s && t < c.e {
				c.title = x.d.Text[x.d.Toks[c.s].Start:x.d.Toks[t-1].End]
				c.class = cPER
				x.setTokens(c, t, c.e)
			}
		}
		// a demonym before a known organisation: "Lebanese Hezbollah"
		if c.e-c.s > 1 {
			if _, ok := lexicon.Demonym(x.key1(c.s)); ok {
				rest := x.key(c.s+1, c.e)
				_, known := lexicon.KnownOrg(rest)
				_, dem := lexicon.Demonym(rest)
				after := c.e < x.d.Sents[c.si].TokEnd && lexicon.IsOrgNoun(x.word(c.e))
				if (known && !lexicon.IsOrgHead(x.key1(c.e-1)) || after && c.class == cMISC) && !dem && !lexicon.IsGroup(rest) {
					nc := *c
					x.setTokens(&nc, c.s+1, c.e)
					nc.class = cORG
					x.setTokens(c, c.s, c.s+1)
					c.class = cMISC
					x.cands = append(x.cands, nc)
					c = &x.cands[k]
				}
			}
		}
	}
	x.dropCommon()
	x.splitTitled()
	x.sortCands()
	x.joinAmpersands()
	x.extendOrgs()
	if x.cands == nil {
		return
	}
	// a title before a name: "Syria's President Bashar al-Assad", "ambassador William Roebuck"
	for k := range x.cands {
		c := &x.cands[k]
		if c.drop || (c.class != cPER && c.class != cNone) || c.title != "" {
			continue
		}
		// a first name the recogniser left out: "Singer Mary | Jo Blake"
		if c.class == cPER && !c.caps && c.s > x.d.Sents[c.si].TokStart && (k == 0 || x.cands[k-1].e < c.s) {
			if w := x.word(c.s - 1); lexicon.IsCapitalized(w) && !lexicon.IsAllCaps(w) && alphabetic(w) &&
				!isCalendarWord(w) && !lexicon.IsTitleHead(x.key1(c.s-1)) && !lexicon.IsCommonWord(strings.ToLower(w)) &&
				!lexicon.IsTitleModifier(x.key1(c.s-1)) && !x.known1(c.s-1) && !x.sentenceInitial(c.s-1, c.si) {
				x.setTokens(c, c.s-1, c.e)
			}
		}
		// the recogniser may have taken a one-word title for a name: "Singer Mary J. Blige"
		if k > 0 && c.class == cPER {
			if p := &x.cands[k-1]; !p.drop && p.e == c.s && p.e-p.s == 1 && p.class != cPER &&
				lexicon.IsTitleHead(x.key(p.s, p.e)) && lexicon.IsCapitalized(x.word(p.s)) {
				p.drop = true
			}
		}
		if t := x.titleBefore(c.s, x.d.Sents[c.si].TokStart); t < c.s {
			c.title = x.d.Text[x.d.Toks[t].Start:x.d.Toks[c.s-1].End]
		}
		if c.class == cPER {
			c.appos = x.titleAfter(c.e, x.d.Sents[c.si].TokEnd)
			if c.appos == "" && c.title == "" {
				c.appos = x.apposBefore(c.s, x.d.Sents[c.si].TokStart)
			}
		}
	}
	x.sortCands()
}

// apposBefore returns the title of an apposition that introduces a name
// starting at token s: "Apple's chief executive, Tim Cook, said" and "The
// governor, Gavin Newsom," give "chief executive" and "governor".
func (x *entx) apposBefore(s, lo int) string {
	i := s - 1
	if i-1 < lo || x.word(i) != "," {
		return ""
	}
	j := i - 1
	start := -1
	for n := 3; n >= 1; n-- {
		if j-n+1 >= lo && lexicon.LowerWord(x.word(j-n+1)) != "the" && lexicon.IsTitleHead(x.key(j-n+1, j+1)) {
			start = j - n + 1
			break
		}
	}
	if start < 0 {
		return ""
	}
	for start-1 >= lo && lexicon.IsTitleModifier(x.key1(start-1)) {
		start--
	}
	if start-1 < lo {
		return ""
	}
	switch p := lexicon.LowerWord(x.word(start - 1)); p {
	case "the", "its", "his", "her", "their", "'s", "\u2019s":
		// "The Chancellor, Rachel Reeves,": the title is no entity of its own
		// (candidates are sorted: the few that end before the name)
		for k := sort.Search(len(x.cands), func(k int) bool { return x.cands[k].e > start }); k < len(x.cands) && x.cands[k].s <= j; k++ {
			if c := &x.cands[k]; c.s >= start && c.e <= j+1 {
				c.drop = true
			}
		}
		return x.raw(start, j+1)
	}
	return ""
}

// titleAfter returns the title in an apposition after a name ending before
// token i: "Amir Hatami, Iran's defence minister, said" gives "defence
// minister"; "Jo Bloggs, a spokeswoman for the council" gives "spokeswoman".
func (x *entx) titleAfter(i, end int) string {
	if i+1 >= end || x.word(i) != "," {
		return ""
	}
	j := i + 1
	switch w := x.word(j); w {
	case "the", "a", "an", "its", "his", "her", "their":
		j++
	}
	// a possessive: "Iran's", "the company's", "the United Nations'"
	for k := j; k < end && k < j+4; k++ {
		if isPossessive(x.word(k)) {
			if k > j {
				j = k + 1
			}
			break
		}
		if w := x.word(k); w == "," || isCut(w) {
			break
		}
	}
	start := j
	head := -1
	for j < end && j < start+5 {
		w := x.word(j)
		k := x.key1(j)
		if lexicon.IsTitleHead(k) && !strongLowerExclude[k] {
			head = j
			j++
			continue
		}
		if head < 0 && (lexicon.IsTitleModifier(k) || lexicon.IsTitleHead(k)) && !lexicon.IsCapitalized(w) {
			j++
			continue
		}
		break
	}
	if head < 0 {
		return ""
	}
	// the title ends the apposition or takes a complement
	if head+1 < end {
		switch x.word(head + 1) {
		case ",", ".", "of", "for", "at", "to", "and", ")", "said", "says", "told", "in", "on", "with", "who":
		default:
			return ""
		}
	}
	return x.d.Text[x.d.Toks[start].Start:x.d.Toks[head].End]
}

// balanced reports whether the bracket at token i closes or opens within
// candidate c: "Buducnost (V)" is one club's name.
func (x *entx) balanced(c *cand, i int) bool {
	switch x.word(i) {
	case "(":
		for j := i + 1; j < c.e; j++ {
			if x.word(j) == ")" {
				return true
			}
		}
	case ")":
		for j := c.s; j < i; j++ {
			if x.word(j) == "(" {
				return true
			}
		}
	}
	return false
}

// isCut reports tokens that never stand inside a name.
func isCut(w string) bool {
	switch w {
	case "(", ")", "[", "]", "{", "}", "\"", "\u201c", "\u201d", ",", ";", ":", "\u2014", "\u2013", "--", "|":
		return true
	}
	return false
}

// memberTitles follow a party's name: "Labour MP", "Tory MEPs".
var memberTitles = map[string]bool{"MP": true, "MPs": true, "MEP": true, "MEPs": true, "MSP": true, "MSPs": true,
	"AM": true, "AMs": true, "MLA": true, "MLAs": true, "TD": true, "TDs": true}

// sortCands orders candidates by position and removes dropped and overlapping ones.
func (x *entx) sortCands() {
	sort.SliceStable(x.cands, func(i, j int) bool {
		a, b := &x.cands[i], &x.cands[j]
		if a.bs != b.bs {
			return a.bs < b.bs
		}
		return a.be > b.be
	})
	out := x.cands[:0]
	end := -1
	for _, c := range x.cands {
		if c.drop || c.bs < end {
			continue
		}
		out = append(out, c)
		end = c.be
	}
	x.cands = out
}

// titleIn returns the first token after a title that opens tokens [s, e), or s.
func (x *entx) titleIn(s, e int) int {
	best := s
	for i := s; i < e-1; i++ {
		k := x.key(s, i+1)
		w := x.key1(i)
		if nameLikeTitle[w] {
			break
		}
		if lexicon.IsTitleHead(k) || lexicon.IsTitleHead(w) {
			if lexicon.IsCapitalized(x.word(i + 1)) {
				best = i + 1
			}
			continue
		}
		if !lexicon.IsTitleModifier(w) {
			break
		}
	}
	// a title needs a name after it
	return best
}

// nameLikeTitle are title words that are also given names or name parts
// ("Dean Jones", "Major League"), never taken out of a recognised name.
var nameLikeTitle = map[string]bool{"dean": true, "major": true, "king": true, "prince": true, "duke": true, "baron": true,
	"lord": true, "sultan": true, "khan": true, "shah": true, "rajah": true, "raja": true, "emir": true, "sheikh": true,
	"brother": true, "sister": true, "father": true, "saint": true, "star": true, "private": true, "general": true,
	"justice": true, "judge": true, "rev": true, "sen": true, "rep": true, "gov": true, "cardinal": true, "pastor": true, "chief": true}

// titleBefore returns the first token of a title that ends just before token
// s (not before sentence start lo), or s when there is none.
func (x *entx) titleBefore(s, lo int) int {
	i := s - 1
	if i < lo {
		return s
	}
	w := x.word(i)
	if w == "." && i-1 >= lo { // "Mr ."
		i--
		w = x.word(i)
	}
	// multi-word heads: "Secretary of State", "Prime Minister"
	start := -1
	for n := 3; n >= 1; n-- {
		if i-n+1 < lo {
			continue
		}
		if lexicon.IsTitleHead(x.key(i-n+1, i+1)) && (lexicon.IsCapitalized(x.word(i-n+1)) || lowerTitleOK(x.key1(i))) {
			start = i - n + 1
			break
		}
	}
	if start < 0 {
		return s
	}
	for start-1 >= lo && lexicon.IsCapitalized(x.word(start-1)) && lexicon.IsTitleModifier(x.key1(start-1)) {
		start--
	}
	// lower-case modifiers before a lower-case head: "defence minister"
	for start-1 >= lo && !lexicon.IsCapitalized(x.word(start)) && lexicon.IsTitleModifier(x.key1(start-1)) &&
		!lexicon.IsCapitalized(x.word(start-1)) {
		start--
	}
	return start
}

// strongLowerExclude are title words too common in lower case before a name
// that is not their holder ("the father Tom", "the head Ann").
var strongLowerExclude = map[string]bool{"father": true, "mother": true, "head": true, "star": true, "player": true,
	"lock": true, "prop": true, "hooker": true, "centre": true, "forward": true, "runner": true, "trainer": true,
	"official": true, "owner": true, "critic": true, "champion": true, "officer": true, "doctor": true, "private": true,
	"chair": true, "saint": true, "brother": true, "sister": true, "vice": true, "deputy": true, "senior": true}

// lowerTitleOK reports title heads that count in lower case ("ambassador William Roebuck").
func lowerTitleOK(k string) bool {
	if k != "" && lexicon.IsTitleHead(k) && !strongLowerExclude[k] {
		return true
	}
	switch k {
	case "president", "minister", "ambassador", "envoy", "secretary", "chancellor", "premier", "senator", "governor",
		"mayor", "judge", "general", "colonel", "captain", "lieutenant", "sergeant", "commander", "spokesman", "spokeswoman",
		"spokesperson", "chairman", "chairwoman", "chair", "director", "prosecutor", "coach", "manager", "striker", "midfielder",
		"defender", "goalkeeper", "king", "queen", "prince", "princess", "sheikh", "ayatollah", "imam", "pope", "cardinal",
		"bishop", "archbishop", "rabbi", "lawyer", "attorney", "inspector", "detective", "officer", "leader", "chief", "emir":
		return true
	}
	return false
}

// partyTag reports a US party and state tag such as "D-N.C." or "R-Texas".
func partyTag(w string) bool {
	if len(w) < 3 || w[1] != '-' || (w[0] != 'D' && w[0] != 'R' && w[0] != 'I') {
		return false
	}
	r, _ := utf8.DecodeRuneInString(w[2:])
	return unicode.IsUpper(r)
}

// dropCommon drops abbreviations of things ("PC", "GMT") and one-word names
// that are common English words opening a
// sentence or in a heading ("Likewise", "Autumn"): the recogniser's guesses
// at capitalised words. Inside a sentence such a word is a name ("Peter Such").
func (x *entx) dropCommon() {
	body := x.d.Text[x.d.Body.Start:x.d.Body.End]
	// twice[text] caches whether text occurs at least twice in the body:
	// one scan of the body per distinct text, stopped at the second match,
	// not a full count per candidate (quadratic on a long Title Case lead).
	twice := map[string]bool{}
	for k := range x.cands {
		c := &x.cands[k]
		if w := x.word(c.s); c.e-c.s == 1 && (len(w) >= 2 && strings.ToUpper(w[:2]) == w[:2] && lexicon.IsCommonAcronym(x.key(c.s, c.e)) || partyTag(w)) {
			c.drop = true
			continue
		}
		// no name runs to a paragraph: a run of capitals that long is a list or a heading
		if c.e-c.s > maxNameTokens {
			c.drop = true
			continue
		}
		// a currency before its amount: "Rs 50 crore", "CHF 300m"
		if c.e-c.s == 1 && c.e < len(x.d.Toks) && textdoc.StartsWithDigit(x.word(c.e)) {
			if _, mark := lexicon.CurrencyMarks()[lexicon.LowerWord(x.word(c.s))]; mark || lexicon.IsISOCode(x.word(c.s)) {
				c.drop = true
				continue
			}
		}
		if c.e-c.s == 1 && !c.drop && lexicon.IsCommonWord(x.key(c.s, c.e)) && lexicon.IsCapitalized(x.word(c.s)) &&
			!lexicon.IsAllCaps(x.word(c.s)) && (x.sentenceInitial(c.s, c.si) || x.titled[c.si]) {
			c.drop = true
		}
		// in a Title Case headline a span is a run of capitals, not a name,
		// unless the article writes it again or a lexicon knows it; the
		// names in it come back by propagation from the body
		if x.titled[c.si] && x.d.Sents[c.si].Para == 0 && !c.drop &&
			!occursTwice(twice, body, x.text(c)) && !x.known(c) {
			c.drop = true
		}
	}
}

// longOrgs adds the names of three words or more that the organisation
// lexicon knows, in place of the recogniser's fragments inside them:
// "Islamic State of Iraq and the Levant fighters" holds no nationality,
// country or region. It reports whether it added any.
func (x *entx) longOrgs() bool {
	added := false
	n0 := len(x.cands) // x.cands[:n0] is sorted by start and apart, as repair leaves it; finds go after
	for si, s := range x.d.Sents {
		if x.caps[si] {
			continue
		}
		for i := s.TokStart; i < s.TokEnd; i++ {
			if !lexicon.IsCapitalized(x.word(i)) {
				continue
			}
			for n := min(lexicon.MaxWords(x.key1(i)), 12); n >= 2; n-- {
				e := i + n
				if e > s.TokEnd || !lexicon.IsCapitalized(x.word(e-1)) {
					continue
				}
				k := x.key(i, e)
				if _, ok := lexicon.KnownOrg(k); !ok || lexicon.IsAmbiguousOrg(k) {
					continue
				}
				// the candidates overlapping the name: a binary search, then the few after it
				first := sort.Search(n0, func(k int) bool { return x.cands[k].e > i })
				inside := true // a candidate reaching out of the name keeps it
				for k := first; k < n0 && x.cands[k].s < e; k++ {
					if c := &x.cands[k]; !c.drop && (c.s < i || c.e > e) {
						inside = false
						break
					}
				}
				if !inside {
					continue
				}
				for k := first; k < n0 && x.cands[k].s < e; k++ {
					x.cands[k].drop = true
				}
				x.add(i, e, si, cORG)
				x.cands[len(x.cands)-1].forced = true
				added = true
				i = e - 1
				break
			}
		}
	}
	return added
}

// occursTwice reports whether strings.Count(body, t) >= 2, remembering the
// answer in memo.
func occursTwice(memo map[string]bool, body, t string) bool {
	if v, ok := memo[t]; ok {
		return v
	}
	v := false
	if t == "" {
		v = utf8.RuneCountInString(body)+1 >= 2
	} else if i := strings.Index(body, t); i >= 0 {
		v = strings.Contains(body[i+len(t):], t)
	}
	memo[t] = v
	return v
}

// maxNameTokens is the most tokens a name may have ("Economic and Social
// Commission for Western Asia" has 7).
const maxNameTokens = 16

// known1 reports whether a lexicon knows token i as a place, nationality,
// group or organisation.
func (x *entx) known1(i int) bool {
	return x.known(&cand{s: i, e: i + 1})
}

// known reports whether a lexicon knows a candidate's words as a place,
// nationality, group or organisation.
func (x *entx) known(c *cand) bool {
	k := x.key(c.s, c.e)
	if _, ok := lexicon.LookupPlace(k); ok {
		return true
	}
	if _, ok := lexicon.Demonym(k); ok {
		return true
	}
	if _, ok := lexicon.KnownOrg(k); ok {
		return true
	}
	return lexicon.IsGroup(k)
}

// splitTitled splits a name the recogniser ran on from an organisation into
// a person's: "U.S. Supreme Court Justice Antonin Scalia" is the court, the
// title "Justice" and the person "Antonin Scalia".
func (x *entx) splitTitled() {
	n := len(x.cands)
	for k := 0; k < n; k++ {
		c := &x.cands[k]
		if c.drop || c.class != cORG || c.e-c.s < 4 || c.caps {
			continue
		}
		for i := c.s + 1; i < c.e-2; i++ {
			w := x.word(i)
			if !lexicon.IsCapitalized(w) || !lexicon.IsTitleHead(x.key1(i)) || lexicon.IsOrgHead(x.key1(i)) {
				continue
			}
			rest := c.e - i - 1
			if rest < 2 || rest > 3 || lexicon.IsOrgHead(x.key1(c.e-1)) {
				break
			}
			// the title may open with modifiers: "Apple Chief Executive Tim Cook"
			t := i
			for t-1 > c.s && lexicon.IsTitleModifier(x.key1(t-1)) {
				t--
			}
			nc := *c
			x.setTokens(&nc, i+1, c.e)
			nc.class = cPER
			nc.title = x.d.Text[x.d.Toks[t].Start:x.d.Toks[i].End]
			x.setTokens(c, c.s, t)
			x.cands = append(x.cands, nc)
			break
		}
	}
}

// joinAmpersands joins names around "&" into one organisation: "Marsh &"
// and "McLennan" become "Marsh & McLennan".
func (x *entx) joinAmpersands() {
	changed := false
	for k := 0; k < len(x.cands); k++ {
		c := &x.cands[k]
		end := x.d.Sents[c.si].TokEnd
		amp := -1
		switch {
		case x.word(c.e-1) == "&" && c.e < end:
			amp = c.e - 1
		case c.e+1 < end && x.word(c.e) == "&":
			amp = c.e
		}
		if amp < 0 || !lexicon.IsCapitalized(x.word(amp+1)) || c.caps {
			continue
		}
		j := amp + 1
		for j < end && lexicon.IsCapitalized(x.word(j)) && !isCalendarWord(x.word(j)) {
			j++
		}
		for m := k + 1; m < len(x.cands) && x.cands[m].s < j; m++ {
			if x.cands[m].e > j {
				j = x.cands[m].e
			}
			x.cands[m].drop = true
		}
		x.setTokens(c, c.s, j)
		c.class = cORG
		changed = true
	}
	if changed {
		x.sortCands()
	}
}

// onHeads take a complement with "on": "Board on Professional Responsibility".
var onHeads = map[string]bool{"commission": true, "committee": true, "council": true, "board": true,
	"conference": true, "panel": true, "convention": true, "tribunal": true, "court": true, "subcommittee": true}

// extendOrgs extends an organisation name ending in an organisation head over
// a following "for/of/on" complement in capitals: "Economic and Social
// Commission" + "for Western Asia".
func (x *entx) extendOrgs() {
	startsCand := make(map[int]bool, len(x.cands))
	for _, c := range x.cands {
		startsCand[c.s] = true
	}
	for k := 0; k < len(x.cands); k++ {
		c := &x.cands[k]
		if c.class != cORG && c.class != cNone {
			continue
		}
		if !lexicon.IsOrgHead(x.key1(c.e-1)) || !lexicon.IsCapitalized(x.word(c.e-1)) || c.caps {
			continue
		}
		end := x.d.Sents[c.si].TokEnd
		i := c.e
		if i+1 >= end {
			continue
		}
		if w := x.word(i); w != "for" && w != "of" && !(w == "on" && onHeads[x.key1(c.e-1)]) {
			continue
		}
		j := i + 1
		last := -1
		for j < end {
			w := x.word(j)
			if lexicon.IsCapitalized(w) && !isCalendarWord(w) {
				last = j
			} else if w == "and" && j+1 < end && startsCand[j+1] {
				break // "Union of Ohio and Demos": another name follows
			} else if w != "and" && w != "the" && w != "of" && w != "for" {
				break
			}
			j++
		}
		if last < 0 {
			continue
		}
		if _, place := lexicon.LookupPlace(x.key(i+1, last+1)); place {
			continue // "Kia Motor Corp of South Korea"
		}
		newEnd := last + 1
		x.setTokens(c, c.s, newEnd)
		c.class = cORG
		for m := k + 1; m < len(x.cands) && x.cands[m].s < newEnd; m++ {
			x.cands[m].drop = true
		}
	}
	x.sortCands()
}

// isCalendarWord reports the names of days and months.
func isCalendarWord(w string) bool {
	switch strings.TrimSuffix(strings.ToLower(w), ".") {
	case "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
		"march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
		"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec":
		return true
	}
	return false
}

// covered returns, per token, whether a candidate span covers it.
func (x *entx) covered() []bool {
	covered := make([]bool, len(x.d.Toks))
	for _, c := range x.cands {
		if c.drop {
			continue
		}
		for i := c.s; i < c.e; i++ {
			covered[i] = true
		}
	}
	return covered
}

// addLexicon adds the countries, demonyms, groups and well-known
// organisations the recogniser left out.
func (x *entx) addLexicon() {
	d := x.d
	added := x.longOrgs()
	covered := x.covered()
	for si, s := range d.Sents {
		if x.caps[si] {
			continue
		}
		for i := s.TokStart; i < s.TokEnd; i++ {
			if covered[i] || !lexicon.IsCapitalized(x.word(i)) {
				continue
			}
			maxN := lexicon.MaxWords(x.key1(i))
			for n := min(maxN, 4); n >= 1; n-- {
				e := i + n
				if e > s.TokEnd {
					continue
				}
				ok := true
				for j := i; j < e; j++ {
					if covered[j] {
						ok = false
					}
				}
				if !ok || !lexicon.IsCapitalized(x.word(e-1)) {
					continue
				}
				k := x.key(i, e)
				class := cNone
				if p, ok := lexicon.LookupPlace(k); ok && p.Kind == lexicon.Country {
					class = cLOC
				} else if _, ok := lexicon.Demonym(k); ok {
					class = cMISC
				} else if lexicon.IsGroup(k) && n == 1 {
					class = cMISC
				} else if _, ok := lexicon.KnownOrg(k); ok && !lexicon.IsAmbiguousOrg(k) && (n > 1 || len(k) > 3 || lexicon.IsAllCaps(x.word(i))) {
					class = cORG
				}
				if class == cNone {
					continue
				}
				if k == "us" && x.word(i) != "US" && x.word(i) != "U.S." {
					continue
				}
				// a capitalised word after it makes a longer name the
				// recogniser chose to leave out: "Jordan Henderson", "Georgia Tech"
				if e < s.TokEnd && lexicon.IsCapitalized(x.word(e)) && !isPossessive(x.word(e)) {
					continue
				}
				x.add(i, e, si, class)
				x.cands[len(x.cands)-1].forced = true
				for j := i; j < e; j++ {
					covered[j] = true
				}
				added = true
				i = e - 1
				break
			}
		}
	}
	if added {
		x.sortCands()
	}
}

// propagate adds the later mentions the recogniser missed of a name it
// found elsewhere in the article, with that name's class. A name whose words
// are also written in lower case in the article ("May", "Will") is left alone.
func (x *entx) propagate() {
	d := x.d
	if len(x.cands) == 0 {
		return
	}
	// which words of the names are also written in lower case; a small
	// Bloom filter spares most tokens the map
	lower := map[string]bool{}
	var bloom [16]uint64
	for _, c := range x.cands {
		for i := c.s; i < c.e; i++ {
			w := strings.ToLower(x.word(i))
			lower[w] = false
			h := wordHash(w)
			bloom[h>>6&15] |= 1 << (h & 63)
		}
	}
	for i := range d.Toks {
		w := x.word(i)
		if w == "" || w[0] < 'a' || w[0] > 'z' {
			if r, _ := utf8.DecodeRuneInString(w); r < utf8.RuneSelf || !unicode.IsLower(r) {
				continue
			}
		}
		if h := wordHash(w); bloom[h>>6&15]&(1<<(h&63)) == 0 {
			continue
		}
		if v, ok := lower[w]; ok && !v {
			lower[w] = true
		}
	}
	type found struct {
		class byte
		n     int
	}
	names := map[string]found{}
	first := map[string]bool{}
	maxN := 0
	for _, c := range x.cands {
		n := c.e - c.s
		if c.caps || n > 4 || c.be-c.bs < 3 || c.class == cNone || n == 1 && lexicon.IsCommonWord(strings.ToLower(x.word(c.s))) {
			continue
		}
		if n == 1 && x.sentenceInitial(c.s, c.si) {
			continue // the recogniser's guesses at capitalised first words are not evidence
		}
		ok := true
		for i := c.s; i < c.e; i++ {
			if lower[strings.ToLower(x.word(i))] || !lexicon.IsCapitalized(x.word(i)) {
				ok = false
			}
		}
		if !ok {
			continue
		}
		note := func(k string, n int, class byte) {
			if f, seen := names[k]; seen && f.class != class {
				names[k] = found{class: cNone, n: n} // ambiguous
				return
			}
			names[k] = found{class: class, n: n}
			first[k[:strings.IndexByte(k+" ", ' ')]] = true
			maxN = max(maxN, n)
		}
		note(x.raw(c.s, c.e), n, c.class)
		// a person's first and last names alone: "Sharon", "Whitby"
		if c.class == cPER && (n == 2 || n == 3) {
			for _, i := range [2]int{c.s, c.e - 1} {
				w := x.word(i)
				if utf8.RuneCountInString(w) >= 3 && lexicon.IsCapitalized(w) && !lexicon.IsAllCaps(w) &&
					!lexicon.IsCommonWord(strings.ToLower(w)) && !lexicon.IsTitleHead(x.key1(i)) {
					if _, known := names[w]; !known || names[w].class != cNone {
						note(w, 1, cPER)
					}
				}
			}
		}
	}
	covered := x.covered()
	added := false
	for si, s := range d.Sents {
		if x.caps[si] {
			continue
		}
		for i := s.TokStart; i < s.TokEnd; i++ {
			if covered[i] || !lexicon.IsCapitalized(x.word(i)) || !first[x.word(i)] {
				continue
			}
			for n := min(maxN, s.TokEnd-i); n >= 1; n-- {
				f, ok := names[x.raw(i, i+n)]
				if !ok || f.class == cNone {
					continue
				}
				free := true
				for j := i; j < i+n; j++ {
					free = free && !covered[j]
				}
				if !free || (i+n < s.TokEnd && lexicon.IsCapitalized(x.word(i+n)) && !isPossessive(x.word(i+n)) && !x.titled[si]) {
					continue
				}
				x.add(i, i+n, si, f.class)
				for j := i; j < i+n; j++ {
					covered[j] = true
				}
				added = true
				i += n - 1
				break
			}
		}
	}
	if added {
		x.sortCands()
	}
}

// wordHash is a cheap hash of a word's length and its first and last bytes.
func wordHash(w string) uint {
	if w == "" {
		return 0
	}
	return uint(len(w))*131 + uint(w[0])*31 + uint(w[len(w)-1])*7
}

// sentenceInitial reports whether token i opens sentence si, after any opening quotes or brackets.
func (x *entx) sentenceInitial(i, si int) bool {
	for j := x.d.Sents[si].TokStart; j < i; j++ {
		r, _ := utf8.DecodeRuneInString(x.word(j))
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return false
		}
	}
	return true
}

// unglue starts a name after a full stop glued to the word before it, as in
// scraped text where sentences lost their spaces: "side.Rockford" names
// "Rockford".
func (x *entx) unglue() {
	for k := range x.cands {
		c := &x.cands[k]
		w := x.word(c.s)
		dot := strings.LastIndexByte(w, '.')
		if dot <= 0 || dot+1 >= len(w) || !lexicon.IsCapitalized(w[dot+1:]) {
			continue
		}
		head := w[:dot]
		lower := true
		for _, r := range head {
			if !unicode.IsLower(r) && !unicode.IsDigit(r) {
				lower = false
				break
			}
		}
		if lower && utf8.RuneCountInString(head) >= 2 {
			c.bs, c.k = x.d.Toks[c.s].Start+dot+1, ""
		}
	}
}

// apposition links an acronym in brackets to the name before it: "Islamic
// State of Iraq and the Levant (ISIL, also known as ISIS)".
func (x *entx) apposition() {
	d := x.d
	// owner[t] is the candidate covering token t, or -1
	owner := make([]int32, len(d.Toks))
	for t := range owner {
		owner[t] = -1
	}
	for k, c := range x.cands {
		for t := c.s; t < c.e; t++ {
			owner[t] = int32(k)
		}
	}
	endingAt := func(i int) (int, bool) {
		if i > 0 && owner[i-1] >= 0 {
			k := int(owner[i-1])
			if c := &x.cands[k]; c.e == i && !c.drop {
				return k, true
			}
		}
		return 0, false
	}
	changed := false
	for si, s := range d.Sents {
		for i := s.TokStart + 1; i+2 < s.TokEnd; i++ {
			if x.word(i) != "(" {
				continue
			}
			acr := x.word(i + 1)
			if !isAcronym(acr) {
				continue
			}
			// the expansion: capitalised words before the bracket whose initials spell the acronym
			start := x.expansion(acr, i, s.TokStart)
			head := -1
			if k, ok := endingAt(i); ok && start >= 0 && x.cands[k].s <= start {
				// the recogniser found the name, perhaps longer: keep it; a
				// name with an acronym is an organisation's unless a place's
				if x.cands[k].class != cPER {
					head = k
					if x.cands[k].class == cMISC {
						x.cands[k].class = cORG
					}
				}
			} else if start >= 0 {
				person := false
				for t := start; t < i; t++ {
					if k := owner[t]; k >= 0 && x.cands[k].class == cPER {
						person = true
					}
				}
				if person {
					continue
				}
				for t := start; t < i; t++ {
					if k := owner[t]; k >= 0 && !x.cands[k].drop {
						x.cands[k].drop = true
						start = min(start, x.cands[k].s)
					}
				}
				head = x.add(start, i, si, cORG)
				x.cands[head].forced = true
				for t := start; t < i; t++ {
					owner[t] = int32(head)
				}
			} else if k, ok := endingAt(i); ok && x.cands[k].class == cORG {
				head = k
			}
			if head < 0 {
				continue
			}
			changed = true
			// every acronym or name inside the brackets is another name of it
			for j := i + 1; j < s.TokEnd && x.word(j) != ")"; j++ {
				w := x.word(j)
				if !isAcronym(w) {
					continue
				}
				if k := owner[j]; k >= 0 && !x.cands[k].drop && x.cands[k].e == j+1 && x.cands[k].s == j {
					x.cands[k].drop = true
				}
				if owner[j] >= 0 && !x.cands[owner[j]].drop {
					continue // inside a longer name
				}
				a := x.add(j, j+1, si, x.cands[head].class)
				x.cands[a].alias = x.cands[head].bs
				x.cands[a].forced = true
				owner[j] = int32(a)
			}
		}
	}
	if changed {
		x.sortCands()
	}
}

// isAcronym reports an all-capital word of 2–8 letters ("ISIL", "U.N.").
func isAcronym(w string) bool {
	n := 0
	for _, r := range w {
		switch {
		case r == '.':
		case unicode.IsUpper(r):
			n++
		default:
			return false
		}
	}
	return n >= 2 && n <= 8
}

// akas links a name introduced by "also known as", "aka" or "formerly
// known as" to the name just before: "Islamic State, also known as Daesh".
func (x *entx) akas() {
	for k := 1; k < len(x.cands); k++ {
		c, p := &x.cands[k], &x.cands[k-1]
		if c.alias >= 0 || c.si != p.si || c.s-p.e < 2 || c.s-p.e > 5 || c.class != p.class && c.class != cMISC && p.class != cMISC {
			continue
		}
		// the words between: [,(] [also|formerly|better] known as | aka | a.k.a.
		var b strings.Builder
		for i := p.e; i < c.s; i++ {
			w := strings.ToLower(x.word(i))
			if w == "," || w == "(" || w == "the" && i == c.s-1 {
				continue
			}
			if b.Len() > 0 {
				b.WriteByte(' ')
			}
			b.WriteString(w)
		}
		switch b.String() {
		case "also known as", "known as", "formerly known as", "better known as", "aka", "a.k.a.", "or":
			if b.String() == "or" && !isAcronym(x.word(c.s)) {
				continue // "Syria or Iraq" are two places
			}
			c.alias = p.bs
			c.class = p.class
		}
	}
}

// expansion returns the first token of the capitalised words ending before
// token end whose initials spell acr, skipping small words, or -1.
func (x *entx) expansion(acr string, end, lo int) int {
	letters := []rune(strings.ReplaceAll(acr, ".", ""))
	i := end - 1
	for li := len(letters) - 1; li >= 0; li-- {
		for i >= lo && lexicon.IsFunctionWord(x.word(i)) {
			i--
		}
		if i < lo {
			return -1
		}
		w := x.word(i)
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) || unicode.ToUpper(r) != unicode.ToUpper(letters[li]) {
			return -1
		}
		i--
	}
	if end-(i+1) < 2 {
		return -1
	}
	return i + 1
}

// typeAll gives every candidate its contract type from the recogniser's class and the lexicons.
func (x *entx) typeAll() {
	for k := range x.cands {
		c := &x.cands[k]
		c.typ = x.typeOf(c)
	}
}

// strongHeads are head words that no person's name ends with: a name the
// recogniser took for a person's is a facility (F), organisation (O) or
// location (L) when it ends with one.
// locPrefixes open the names of natural places: "River Thames", "Mount Kenya".
var locPrefixes = map[string]bool{"river": true, "mount": true, "lake": true, "gulf": true, "cape": true, "mt": true, "mt.": true}

var strongHeads = map[string]byte{"airport": 'F', "bridge": 'F', "stadium": 'F', "arena": 'F', "hospital": 'F',
	"square": 'F', "street": 'F', "road": 'F', "avenue": 'F', "boulevard": 'F', "highway": 'F', "station": 'F',
	"prison": 'F', "dam": 'F', "museum": 'F', "cathedral": 'F', "mosque": 'F', "synagogue": 'F', "airbase": 'F',
	"university": 'O', "institute": 'O', "foundation": 'O', "ministry": 'O', "commission": 'O', "council": 'O',
	"party": 'O', "inc": 'O', "corp": 'O', "corporation": 'O', "company": 'O', "ltd": 'O', "plc": 'O', "agency": 'O',
	"association": 'O', "federation": 'O', "committee": 'O', "center": 'O', "centre": 'O', "college": 'O',
	"academy": 'O', "airlines": 'O', "airways": 'O', "records": 'O', "studios": 'O', "productions": 'O',
	"motors": 'O', "labs": 'O', "laboratories": 'O', "technologies": 'O', "software": 'O', "networks": 'O',
	"communications": 'O', "entertainment": 'O', "pharmaceuticals": 'O', "holdings": 'O', "bancorp": 'O', "bank": 'O',
	"department": 'O', "river": 'L', "mountains": 'L', "sea": 'L', "ocean": 'L',
	"valley": 'L', "desert": 'L', "peninsula": 'L'}

// stormWords open the names of storms, which are events.
var stormWords = map[string]bool{"hurricane": true, "typhoon": true, "cyclone": true, "storm": true, "tropical": true}

// holidays are named days, events whatever the recogniser says.
var holidays = map[string]bool{"christmas": true, "easter": true, "ramadan": true, "eid": true, "thanksgiving": true,
	"hanukkah": true, "diwali": true, "passover": true, "hajj": true, "halloween": true, "new year": true}

// weakLocHeads with strongHeads' L make an organisation's name a location's:
// "Euphrates River" is one, "Nottingham Forest" is a club.
var weakLocHeads = map[string]bool{"lake": true, "strait": true, "straits": true, "gulf": true, "canal": true, "bay": true}

// gpeHeads end names of administrative places: "Sichuan Province".
var gpeHeads = map[string]bool{"province": true, "state": true, "county": true, "district": true, "region": true,
	"city": true, "town": true, "village": true, "oblast": true, "prefecture": true, "governorate": true,
	"territory": true, "municipality": true, "borough": true, "parish": true, "township": true, "republic": true}

// teamName reports a city's name followed by capitalised plural words that
// are not a place: a team's or company's name ("Philadelphia Eagles").
func (x *entx) teamName(c *cand) bool {
	for cut := c.e - 1; cut > c.s; cut-- {
		p, ok := lexicon.LookupPlace(x.key(c.s, cut))
		if !ok || !p.GPE() {
			continue
		}
		if _, rest := lexicon.LookupPlace(x.key(cut, c.e)); rest {
			return false
		}
		w := x.word(c.e - 1)
		return lexicon.IsCapitalized(w) && strings.HasSuffix(w, "s") && !lexicon.IsAllCaps(w)
	}
	return false
}

// strongOrgNouns, in lower case after a name, make it an organisation's.
var strongOrgNouns = map[string]bool{"movement": true, "militia": true, "group": true, "party": true, "company": true,
	"firm": true, "faction": true, "organisation": true, "organization": true, "newspaper": true, "broadcaster": true,
	"airline": true, "carrier": true, "insurer": true, "retailer": true, "manufacturer": true, "conglomerate": true,
	"bank": true, "agency": true, "carmaker": true, "automaker": true, "brewer": true, "chain": true, "network": true}

// typeOf decides the contract type of a candidate.
func (x *entx) typeOf(c *cand) contract.EntityType {
	k := x.ckey(c)
	last := x.key1(c.e - 1)
	place, isPlace := lexicon.LookupPlace(k)
	if c.e-c.s == 2 && c.title == "" && !isPlace && locPrefixes[x.key1(c.s)] && lexicon.IsCapitalized(x.word(c.s+1)) && !lexicon.IsEventWord(last) {
		return contract.Location // "River Thames", "Mount Everest", "Lake Chad"; not "Cape Town", "Gulf War"
	}
	_, isDem := lexicon.Demonym(k)
	org, isOrg := lexicon.KnownOrg(k)
	if isOrg {
		c.canon = org
	}
	if isPlace && (place.Kind == lexicon.Country || place.Kind == lexicon.City) {
		c.canon = place.Name
	}
	// one word that a lexicon knows as a group or nationality, or a holiday,
	// whatever the recogniser took it for: "Tory", "Tories", "Christmas"
	if c.e-c.s == 1 && c.title == "" {
		if isDem || lexicon.IsGroup(k) {
			return contract.NORP
		}
		if holidays[k] {
			return contract.Event
		}
	}
	// a well-known organisation the recogniser took for a person or a place:
	// "Deutsche Boerse", "Nokia"
	if isOrg && !isPlace && !lexicon.IsAmbiguousOrg(k) && c.title == "" && (c.class == cPER || c.class == cLOC) {
		return contract.Org
	}
	// "the Pirelli group", "the Hezbollah movement"
	if (c.class == cPER || c.class == cLOC) && c.e < x.d.Sents[c.si].TokEnd && strongOrgNouns[x.word(c.e)] && !isDem && !isPlace {
		return contract.Org
	}
	switch c.class {
	case cPER:
		if c.e-c.s > 1 && stormWords[x.key1(c.s)] {
			return contract.Event // "Hurricane Katrina"
		}
		if c.e-c.s == 1 && isOrg && c.title == "" && !lexicon.IsAmbiguousOrg(k) {
			return contract.Org
		}
		if c.e-c.s > 1 && c.title == "" {
			switch strongHeads[last] {
			case 'F':
				return contract.Facility
			case 'O':
				return contract.Org
			case 'L':
				return contract.Location
			}
		}
		return contract.Person
	case cLOC:
		if isDem {
			return contract.NORP
		}
		if isPlace {
			if place.GPE() {
				return contract.GPE
			}
			return contract.Location
		}
		if isOrg {
			return contract.Facility // "the White House", "the Kremlin": a seat named for what sits there
		}
		if c.e-c.s > 1 {
			if last == "bank" || last == "department" {
				return contract.Org // "Silicon Valley Bank", "Treasury Department": never a place's head
			}
			if lexicon.IsLocationHead(last) {
				return contract.Location
			}
			if lexicon.IsFacilityHead(last) {
				return contract.Facility
			}
			if !gpeHeads[last] && x.teamName(c) {
				return contract.Org // "Philadelphia Eagles", "Chicago Bulls"
			}
		}
		return contract.GPE
	case cORG:
		if c.e-c.s > 1 && (strongHeads[last] == 'L' || weakLocHeads[last]) {
			return contract.Location
		}
		if c.e-c.s > 1 && strongHeads[last] == 'F' && !isOrg {
			return contract.Facility // "Emirates Stadium", "Heathrow Airport"
		}
		return contract.Org
	case cMISC:
		if isDem || lexicon.IsGroup(k) {
			return contract.NORP
		}
		if isOrg {
			return contract.Org
		}
		// the head decides first: "Olympic Committee" is an organisation
		if c.e-c.s > 1 && lexicon.IsCapitalized(x.word(c.e-1)) {
			switch strongHeads[last] {
			case 'O':
				return contract.Org
			case 'F':
				return contract.Facility
			}
		}
		if lexicon.IsEventWord(k) {
			return contract.Event
		}
		for i := c.s; i < c.e; i++ {
			if lexicon.IsEventWord(x.key1(i)) {
				return contract.Event
			}
		}
		return contract.NORP
	}
	// found by a repair without a class
	switch {
	case c.title != "":
		return contract.Person
	case isDem:
		return contract.NORP
	case isPlace && place.GPE():
		return contract.GPE
	case isPlace:
		return contract.Location
	case lexicon.IsLocationHead(last):
		return contract.Location
	case lexicon.IsFacilityHead(last):
		return contract.Facility
	}
	return contract.Org
}

// splitHyphens turns a candidate that is a hyphenated compound of places or
// demonyms into its parts ("Syrian-Iranian"), and finds such parts in
// tokens nothing covers ("Iran-backed").
func (x *entx) splitHyphens() {
	d := x.d
	covered := make(map[int]int, len(x.cands))
	for k, c := range x.cands {
		if c.e-c.s == 1 {
			covered[c.s] = k + 1
		} else {
			for i := c.s; i < c.e; i++ {
				covered[i] = -1
			}
		}
	}
	var extra []cand
	for si, s := range d.Sents {
		if x.caps[si] {
			continue
		}
		for i := s.TokStart; i < s.TokEnd; i++ {
			w := x.word(i)
			if strings.IndexByte(w, '-') <= 0 || !lexicon.IsCapitalized(w) {
				continue
			}
			k := covered[i]
			if k < 0 {
				continue
			}
			parts := strings.Split(w, "-")
			off := d.Toks[i].Start
			var found []cand
			all := true
			for _, p := range parts {
				pk := lexicon.Key(p)
				c := cand{s: i, e: i + 1, bs: off, be: off + len(p), si: si, alias: -1, forced: true}
				if pl, ok := lexicon.LookupPlace(pk); ok && pl.Kind == lexicon.Country && lexicon.IsCapitalized(p) {
					c.typ, c.canon, c.class = contract.GPE, pl.Name, cLOC
					found = append(found, c)
				} else if _, ok := lexicon.Demonym(pk); ok && lexicon.IsCapitalized(p) {
					c.typ, c.class = contract.NORP, cMISC
					found = append(found, c)
				} else {
					all = false
				}
				off += len(p) + 1
			}
			if len(found) == 0 {
				continue
			}
			if k > 0 {
				// the recogniser's span is the whole compound: keep it unless
				// every part is a name ("Syrian-Iranian"); "U.S.-led" stays
				// whole, as the recogniser was taught
				if !all {
					continue
				}
				x.cands[k-1].drop = true
			}
			extra = append(extra, found...)
		}
	}
	if len(extra) > 0 {
		x.cands = append(x.cands, extra...)
		x.sortCands()
	}
}
