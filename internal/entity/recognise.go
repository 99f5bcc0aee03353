package entity

// This file holds recognition: the tagger's spans and their repairs
// (brackets, possessives, titles, "&", "of"/"for" complements), later
// mentions of names found elsewhere, acronyms and aliases.

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsparse/newsparse/internal/lexicon"
	"github.com/newsparse/newsparse/internal/ner"
	"github.com/newsparse/newsparse/internal/textdoc"
)

// recognise runs the tagger over every sentence and decodes its spans.
// The tagger reads the words of one sentence at a time, so that no string is
// held per token of the article.
func (x *entx) recognise() {
	d := x.d
	sentWords := func(k int, buf []string) []string {
		return d.AppendWords(buf, d.Sents[k].TokStart, d.Sents[k].TokEnd)
	}
	x.caps = make([]bool, len(d.Sents))
	x.titled = make([]bool, len(d.Sents))
	words, most := x.sc.words, 0
	for i := range d.Sents {
		words = sentWords(i, words[:0])
		most = max(most, len(words))
		x.caps[i] = capsSentence(words)
		x.titled[i] = !x.caps[i] && x.titleCase(i, words)
	}
	clear(words[:most]) // the pooled buffer keeps no word of the article
	x.sc.words = words[:0]
	flat := tokenTable(&x.sc.labels, len(d.Toks))
	var labs [][]int
	if len(d.Toks) > maxPooledTokens {
		labs = make([][]int, len(d.Sents))
	} else {
		labs = grownSlices(&x.sc.labSent, len(d.Sents))
		defer clear(labs) // nothing pooled points into the labels
	}
	for i, s := range d.Sents {
		labs[i] = flat[s.TokStart:s.TokEnd]
	}
	ner.Default().TagDocFunc(len(d.Sents), sentWords, labs)
	n := 0
	for _, l := range labs {
		labelSpans(l, func(_, _ int, _ byte) { n++ })
	}
	// the candidates the tagger gives, and room for the few the later stages add
	if x.cands = x.sc.cands[:0]; cap(x.cands) < n+n/8+4 {
		x.cands = make([]cand, 0, n+n/8+4)
	}
	for si, s := range d.Sents {
		labelSpans(labs[si], func(i, j int, c byte) {
			if !moneyLike(d.Tok(s.TokStart + i)) {
				x.add(s.TokStart+i, s.TokStart+j, si, c)
			}
		})
	}
}

// labelSpans calls fn with each name the labels l of a sentence mark: its
// tokens [i, j) and its class.
func labelSpans(l []int, fn func(i, j int, c byte)) {
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
		fn(i, j, c)
		i = j - 1
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

// capsSentence reports whether a sentence is written in capitals (a headline or a table):
// its words in capitals are at least twice the others with letters. It stops
// once the words left could not make up the difference, as in nearly every
// sentence of prose.
func capsSentence(words []string) bool {
	up, other := 0, 0
	for k, w := range words {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsLetter(r) {
			continue
		}
		if lexicon.IsAllCaps(w) && utf8.RuneCountInString(w) > 1 {
			up++
		} else {
			other++
			if up+len(words)-k-1 < 2*other {
				return false // the words after k cannot make up the difference
			}
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

// repair splits candidates at possessives, takes titles and articles out of
// them, splits a leading demonym off a known organisation and extends
// organisation names over their "for"/"of" complements.
func (x *entx) repair() {
	n := len(x.cands)
	// names the recogniser found on their own: an organisation's possessive
	// splits only after a name the article uses alone ("the Bank's Monetary
	// Policy Committee"), not inside one ("McDonald's")
	if x.sc.named == nil {
		x.sc.named = make(map[string]bool, n)
	}
	named := x.sc.named
	for _, c := range x.cands {
		named[x.raw(c.s, c.e)] = true
	}
	for k := 0; k < len(x.cands); k++ {
		c := &x.cands[k]
		c = x.cutAtBreaks(k, c)
		if c.drop {
			continue
		}
		c = x.cutAfterStateAbbrev(k, c)
		// "Labour MP": the member's title is not part of the party's name
		if c.class == cORG && c.e-c.s > 1 && memberTitles[x.word(c.e-1)] {
			x.setTokens(c, c.s, c.e-1)
		}
		c = x.splitPossessive(k, c, named)
		if c.drop {
			continue
		}
		// a leading article in lower case
		if w := x.word(c.s); w == "the" && c.e-c.s > 1 {
			x.setTokens(c, c.s+1, c.e)
		}
		// a title at the front of a name; a person's name after an
		// abbreviated title may have been taken for a body's ("MPP Jo Watt")
		if c.class == cORG && c.e-c.s >= 3 && c.e-c.s <= 4 && lexicon.IsAllCaps(x.word(c.s)) && lexicon.IsTitleHead(x.key1(c.s)) &&
			x.personWords(c.s+1, c.e) {
			c.class = cPER
		}
		if c.class == cPER && c.e-c.s > 1 {
			if t := x.titleIn(c.s, c.e); t > c.s && t < c.e {
				c.title = x.d.Text[x.d.Toks[c.s].Start:x.d.Toks[t-1].End]
				c.class = cPER
				x.setTokens(c, t, c.e)
			}
		}
		x.splitDemonym(k, c)
	}
	x.dropCommon()
	x.addStateAbbrevs()
	x.splitTitled()
	x.sortCands()
	x.joinAmpersands()
	x.joinPossessiveNames()
	x.joinAdvocacyNames()
	x.extendOrgs()
	x.extendOrgsLeft()
	if x.cands == nil {
		return
	}
	// a title before a name: "Syria's President Bashar al-Assad", "ambassador William Roebuck"
	for k := range x.cands {
		x.repairTitled(k)
	}
	x.sortCands()
}

// personWords reports whether tokens [s, e) read as a person's name:
// capitalised words, none a body's head or noun, that name no place.
func (x *entx) personWords(s, e int) bool {
	for i := s; i < e; i++ {
		k := x.key1(i)
		if !lexicon.IsCapitalized(x.word(i)) || lexicon.IsAllCaps(x.word(i)) || lexicon.IsOrgHead(k) || lexicon.IsOrgNoun(k) {
			return false
		}
	}
	_, place := lexicon.LookupPlace(x.key(s, e))
	return !place
}

// cutAtBreaks splits candidate c (x.cands[k]) at the first bracket, quote or
// comma inside it that is not balanced within it ("MPC (the Bank of
// England"), dropping a leading "the" or cut from the rest. It returns the
// candidate at k afterwards.
func (x *entx) cutAtBreaks(k int, c *cand) *cand {
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
	return c
}

// splitPossessive splits candidate c (x.cands[k]) at a possessive inside
// it ("Syria's President"); an organisation keeps its own unless a place,
// a known organisation or a name the article uses alone (named) owns it.
// It returns the candidate at k afterwards.
func (x *entx) splitPossessive(k int, c *cand, named map[string]bool) *cand {
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
	return c
}

// splitDemonym splits a leading demonym off candidate c (x.cands[k]) before
// a known organisation or an organisation noun: "Lebanese Hezbollah" gives
// MISC "Lebanese" and ORG "Hezbollah", appended to x.cands; and a leading
// political or religious group's word before a country's name that with it
// names no place ("Nazi Germany", "Communist China"; not "Iranian
// Kurdistan", a region): MISC "Nazi" and LOC "Germany".
func (x *entx) splitDemonym(k int, c *cand) {
	if x.groupBeforeCountry(c) {
		nc := *c
		x.setTokens(&nc, c.s+1, c.e)
		nc.class = cLOC
		x.setTokens(c, c.s, c.s+1)
		c.class = cMISC
		x.cands = append(x.cands, nc)
		return
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
			}
		}
	}
}

// repairTitled settles the title and name of candidate x.cands[k] when it
// is a person or unclassed: a title before it ("ambassador William
// Roebuck"), a first name the recogniser left out ("Singer Mary | Jo
// Blake"), a one-word title taken for a name before it, and its apposition.
func (x *entx) repairTitled(k int) {
	c := &x.cands[k]
	if x.titledName(c) {
		c.class = cPER
	}
	if c.drop || (c.class != cPER && c.class != cNone) || c.title != "" {
		return
	}
	// a first name the recogniser left out: "Singer Mary | Jo Blake"
	if c.class == cPER && !c.caps && c.s > x.d.Sents[c.si].TokStart && (k == 0 || x.cands[k-1].e < c.s) {
		if w := x.word(c.s - 1); lexicon.IsCapitalized(w) && !lexicon.IsAllCaps(w) && alphabetic(w) &&
			!isCalendarWord(w) && !lexicon.IsTitleHead(x.key1(c.s-1)) && !lexicon.IsCommonWord(x.low(c.s-1)) &&
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
			if lexicon.CurrencyMark(lexicon.Lower(x.word(c.s))) != "" || lexicon.IsISOCode(x.word(c.s)) {
				c.drop = true
				continue
			}
		}
		// a title alone, after an article: "A Justice wrote the dissent", "the Governor said"
		if c.e-c.s == 1 && c.s > x.d.Sents[c.si].TokStart && officeTitles[x.key1(c.s)] {
			switch lexicon.Lower(x.word(c.s - 1)) {
			case "a", "an", "the", "this", "that", "each", "every", "another":
				if c.e >= x.d.Sents[c.si].TokEnd || !lexicon.IsCapitalized(x.word(c.e)) {
					c.drop = true
					continue
				}
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
			if e := x.headlinePlace(c); e > c.s {
				x.setTokens(c, c.s, e) // "Ohio Woman Hurt In Crash": Ohio
				c.class, c.canon = cLOC, ""
				continue
			}
			c.drop = true
		}
	}
}

// officeTitles are the titles of offices, which name their holder only with
// a name: alone after an article they are no entity ("the Governor").
var officeTitles = map[string]bool{"president": true, "minister": true, "premier": true, "chancellor": true,
	"secretary": true, "ambassador": true, "envoy": true, "governor": true, "mayor": true, "judge": true, "justice": true,
	"senator": true, "congressman": true, "congresswoman": true, "prosecutor": true, "magistrate": true,
	"commissioner": true, "ayatollah": true, "sheriff": true}

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

// splitTitled splits a name the recogniser ran on from an organisation into
// a person's: "U.S. Supreme Court Justice Helen Marsh" is the court, the
// title "Justice" and the person "Helen Marsh".
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

// joinPossessiveNames joins an organisation or building name that holds a
// possessive ("St. Michael's Hospital", "Women's College Hospital",
// "Children's Hospital") where the recogniser saw the words after "'s" as a
// name of their own: a candidate ending in an organisation or facility head
// takes the one to three capitalised words and the "'s" before it. The words
// before "'s" must not name anything on their own: no person or
// organisation the recogniser found, no place or organisation a lexicon
// knows or the gazetteer holds as a division or town ("Britain's Labour
// Party", "Washington's Institute for Science"), no acronym, and no name the
// article uses elsewhere; a saint's name may be a place's too ("St.
// Michael"). A person's name ending in such a head ("Crystal Hall") takes
// nothing.
func (x *entx) joinPossessiveNames() {
	changed := false
	for k := range x.cands {
		c := &x.cands[k]
		lo := x.d.Sents[c.si].TokStart
		p := c.s - 1 // the possessive
		if c.e-c.s >= 2 && isPossessive(x.word(c.s)) {
			p = c.s // the recogniser took the apostrophe in: "' Association"
		}
		if c.drop || c.caps || c.class == cPER || p-1 < lo || !isPossessive(x.word(p)) {
			continue
		}
		if w := x.word(p); w == "'" || w == "\u2019" {
			// a bare apostrophe after a plural of people ("Players' Association",
			// "Nurses' Union") or a saint's name ("St James' Park"); else a
			// closing quotation mark, or a team's ("the Blues' Celtic League match")
			if lw := x.low(p - 1); !strings.HasSuffix(lw, "s") || !peoplePlural(lw) && !(p-2 >= lo && isSaint(x.low(p-2))) {
				continue
			}
		}
		// the head ends the name or its first part: "Hospital" in
		// "Children's Hospital of Eastern Ontario"
		h := c.e - 1
		for i := p + 2; i < c.e-1; i++ {
			if w := x.word(i); w == "of" || w == "for" {
				h = i - 1
				break
			}
		}
		head := x.key1(h)
		org := lexicon.IsOrgHead(head)
		if !org && !lexicon.IsFacilityHead(head) {
			continue
		}
		s := p
		for s-1 >= lo && p-(s-1) <= 3 && lexicon.IsCapitalized(x.word(s-1)) && !lexicon.IsFunctionWord(x.key1(s-1)) &&
			!isCalendarWord(x.word(s-1)) && !lexicon.IsTitleHead(x.key1(s-1)) {
			s--
		}
		if s == p {
			continue
		}
		// the candidates the words before "'s" hold: no person or
		// organisation ("Biden's", "Apple's"); a group or place word inside
		// ("Canadian" of "Canadian Junior Players'") is taken in
		var left []int
		person := false
		// the candidates are sorted and do not overlap: those before k
		// that reach past s
		for m := k - 1; m >= 0 && x.cands[m].e > s; m-- {
			if l := &x.cands[m]; !l.drop && l.s < p {
				left = append(left, m)
				person = person || l.class == cPER || l.class == cORG || l.s < s
				if _, place := lexicon.LookupPlace(x.ckey(l)); place && !isSaint(x.low(l.s)) || l.class == cLOC && x.divisionOrTown(l.s, l.e) {
					person = true // a place owns it: "Charleston's Navy"
				}
			}
		}
		if person {
			continue
		}
		if p-s == 1 && isAcronym(x.word(s)) {
			continue // "UNC's Children Hospital": an acronym names something of its own
		}
		key := x.key(s, p)
		if _, place := lexicon.LookupPlace(key); place || x.divisionOrTown(s, p) {
			if !isSaint(x.low(s)) {
				continue
			}
		}
		if _, known := lexicon.KnownOrg(key); known {
			continue
		}
		if x.usedElsewhere(s, p) {
			continue
		}
		for _, m := range left {
			x.cands[m].drop = true
		}
		x.setTokens(c, s, c.e)
		if org || h < c.e-1 {
			c.class = cORG // an institution: "Children's Hospital of Eastern Ontario"
		}
		changed = true
	}
	if changed {
		x.sortCands()
	}
}

// peoplePlural reports a plural noun for people, lower case: one the
// lexicon knows in the singular ("nurses", "veterans") or an agent noun
// ("players", "teachers", "athletes").
func peoplePlural(w string) bool {
	one := strings.TrimSuffix(w, "s")
	if lexicon.IsPersonNoun(one) || lexicon.IsPersonNoun(w) || lexicon.IsTitleHead(one) || one == "women" || w == "women" {
		return true
	}
	return lexicon.AgentShaped(one)
}

// isSaint reports the words that begin a saint's name (a key in lower case).
func isSaint(w string) bool {
	switch w {
	case "st", "st.", "saint", "ste", "ste.", "sainte":
		return true
	}
	return false
}

// usedElsewhere reports whether the words of tokens [s, e) stand elsewhere in
// the article as a name a candidate holds (not followed by "'s"). The
// names are counted once per article, on first use (alone).
func (x *entx) usedElsewhere(s, e int) bool {
	if x.alone == nil {
		x.alone = map[string]int{}
		for _, c := range x.cands {
			if !c.drop && !(c.e < len(x.d.Toks) && isPossessive(x.word(c.e))) {
				x.alone[x.text(&c)]++
			}
		}
	}
	return x.alone[x.raw(s, e)] > 0 // the words before "'s" themselves are never counted: "'s" follows them
}

// joinAdvocacyNames finds the names of groups made of a plural and "for" or
// "against" with what they stand for, in capitals: "Calgarians for
// Community Planning", "Mothers Against Drunk Driving", "Republicans for
// Trump". The recogniser sees a group of people or nothing there.
func (x *entx) joinAdvocacyNames() {
	var add []cand
	for si, st := range x.d.Sents {
		if x.caps[si] {
			continue
		}
		titled := 0 // 1: not a Title Case line; 2: one
		for i := st.TokStart; i+2 < st.TokEnd; i++ {
			// "for", or "Against" in capitals ("Mothers Against Drunk
			// Driving", not "won Democrats against Obama"); the length
			// first, as this runs on every token
			p := x.word(i + 1)
			if len(p) != 3 && len(p) != 7 || p != "for" && p != "For" && p != "Against" {
				continue
			}
			w := x.word(i)
			if len(w) < 4 || w[len(w)-1] != 's' ||
				!lexicon.IsCapitalized(w) || lexicon.IsAllCaps(w) || strings.IndexByte(w, '-') >= 0 {
				continue
			}
			if i > st.TokStart && lexicon.IsDeterminer(x.low(i-1)) {
				continue // a team traded "to the Flames for Sam Ortiz"
			}
			if titled == 0 {
				titled = 1
				if x.titleLine(st.TokStart, st.TokEnd) {
					titled = 2
				}
			}
			if titled == 2 {
				break // a headline in Title Case: "Pence Calls for Special Prosecutor"
			}
			if !lexicon.IsCapitalized(x.word(i+2)) || isCalendarWord(x.word(i+2)) || lexicon.IsFunctionWord(x.key1(i+2)) {
				continue
			}
			e := i + 2
			for j := i + 2; j < st.TokEnd && j < i+8; j++ {
				if t := x.word(j); lexicon.IsCapitalized(t) && !isCalendarWord(t) {
					e = j + 1
				} else if t != "and" && t != "the" && t != "of" {
					break
				}
			}
			// a person's name or a place does not open such a name, nor a
			// longer name ("Iraqi Kurds against Baghdad"); a plural opening
			// its sentence is capitalised for that alone ("Forecasts for
			// Japan", "Lawyers for Mr Hale") unless it names a people or
			// party ("Americans for Prosperity")
			skip := false
			// the candidates are sorted and do not overlap: the one that
			// may cover i is the first that ends past it
			first := sort.Search(len(x.cands), func(m int) bool { return x.cands[m].e > i })
			if first < len(x.cands) {
				if c := &x.cands[first]; !c.drop && c.s <= i && (c.class == cPER || c.class == cORG || c.s < i) {
					skip = true
				}
			}
			if x.sentenceInitial(i, si) || i > st.TokStart && isQuote(x.word(i-1)) {
				_, dem := lexicon.Demonym(x.key1(i))
				skip = skip || !dem && !lexicon.IsGroup(x.key1(i))
			}
			// an organisation's head is extendOrgsLeft's: "U.S. Centers for Disease Control"
			k1 := x.key1(i)
			if lexicon.IsOrgHead(k1) || lexicon.StrongHead(strings.TrimSuffix(k1, "s")) == 'O' {
				continue
			}
			if _, place := lexicon.LookupPlace(k1); skip || place {
				continue
			}
			if nxt := sort.Search(len(x.cands), func(m int) bool { return x.cands[m].s >= i+2 }); nxt < len(x.cands) &&
				x.cands[nxt].s == i+2 && x.cands[nxt].class == cPER && x.cands[nxt].e-x.cands[nxt].s >= 2 {
				continue // "… for Sam Ortiz": a person traded or stood for, not a cause
			}
			for m := first; m < len(x.cands) && x.cands[m].s < e; m++ {
				x.cands[m].drop = true
			}
			nc := cand{si: si, class: cORG, alias: -1}
			x.setTokens(&nc, i, e)
			add = append(add, nc)
			i = e - 1
		}
	}
	if len(add) > 0 {
		x.cands = append(x.cands, add...)
		x.sortCands()
	}
}

// titleLine reports whether tokens [s, e) are a line in Title Case: every
// word but the function words capitalised.
func (x *entx) titleLine(s, e int) bool {
	for i := s; i < e; i++ {
		w := x.word(i)
		if isWordToken(w) && !lexicon.IsCapitalized(w) && !lexicon.IsFunctionWord(x.key1(i)) && !textdoc.IsDigitByte(w[0]) {
			return false
		}
	}
	return true
}

// onHeads take a complement with "on": "Board on Professional Responsibility".
var onHeads = map[string]bool{"commission": true, "committee": true, "council": true, "board": true,
	"conference": true, "panel": true, "convention": true, "tribunal": true, "court": true, "subcommittee": true}

// extendOrgs extends an organisation name ending in an organisation head over
// a following "for/of/on" complement in capitals: "Economic and Social
// Commission" + "for Western Asia".
func (x *entx) extendOrgs() {
	startsCand := tokenTable(&x.sc.tokBool, len(x.d.Toks)) // by token
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
			continue // "Daesan Motor Corp of South Korea"
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

// extendOrgsLeft extends an organisation name over the capitalised words
// before it that end in an organisation head and "for" or "of", which the
// recogniser left out, and over a place just before them: "U.S." +
// "Centers for" + "Disease Control and Prevention" is one name.
func (x *entx) extendOrgsLeft() {
	changed := false
	for k := range x.cands {
		c := &x.cands[k]
		lo := x.d.Sents[c.si].TokStart
		if c.drop || c.class != cORG && c.class != cMISC || c.caps || c.s-2 < lo {
			continue
		}
		w := x.word(c.s - 1)
		h := c.s - 2
		if w != "for" && w != "of" || !lexicon.IsCapitalized(x.word(h)) {
			continue
		}
		hk := x.key1(h)
		// a building's head with "for" names an institution: "Hospital for Sick Children"
		institution := w == "for" && lexicon.IsFacilityHead(hk)
		if !institution && !lexicon.IsOrgHead(hk) && !lexicon.IsOrgHead(hk+" "+w) && lexicon.StrongHead(strings.TrimSuffix(hk, "s")) != 'O' {
			continue
		}
		// a group's name after its organisation's head: "Hospital for" +
		// "Sick Children", "Federation of" + "Canadian Municipalities"
		if c.class == cMISC && !institution && lexicon.StrongHead(hk) != 'O' {
			continue
		}
		// the head may stand as a candidate of its own, which the name takes in
		if k > 0 && x.cands[k-1].e > h {
			if p := &x.cands[k-1]; p.drop || p.s != h || p.e != h+1 || p.class == cPER {
				continue
			}
			x.cands[k-1].drop = true
		}
		s := h
		for s-1 >= lo && (k == 0 || x.cands[k-1].e <= s-1) && lexicon.IsCapitalized(x.word(s-1)) &&
			!lexicon.IsFunctionWord(x.key1(s-1)) && !isCalendarWord(x.word(s-1)) && !x.sentenceInitial(s-1, c.si) {
			s--
		}
		if k > 0 {
			if p := &x.cands[k-1]; !p.drop && p.e == s && p.class == cLOC && p.e-p.s == 1 {
				if _, ok := lexicon.LookupPlace(x.key1(p.s)); ok {
					p.drop = true
					s = p.s
				}
			}
		}
		x.setTokens(c, s, c.e)
		c.class = cORG
		changed = true
	}
	if changed {
		x.sortCands()
	}
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

// propagate adds the later mentions the recogniser missed of a name it
// found elsewhere in the article, with that name's class. A name whose words
// are also written in lower case in the article ("May", "Will") is left alone.
func (x *entx) propagate() {
	if len(x.cands) == 0 {
		return
	}
	lower := x.lowerWords()
	if x.sc.names == nil {
		x.sc.names = map[string]propFound{}
	}
	if x.sc.first == nil {
		x.sc.first = map[string]bool{}
	}
	pn := propNames{names: x.sc.names, first: x.sc.first}
	for _, c := range x.cands {
		n := c.e - c.s
		if c.caps || n > 4 || c.be-c.bs < 3 || c.class == cNone || n == 1 && lexicon.IsCommonWord(x.low(c.s)) {
			continue
		}
		if n == 1 && x.sentenceInitial(c.s, c.si) {
			continue // the recogniser's guesses at capitalised first words are not evidence
		}
		ok := true
		for i := c.s; i < c.e; i++ {
			if lower[x.low(i)] || !lexicon.IsCapitalized(x.word(i)) {
				ok = false
			}
		}
		if !ok {
			continue
		}
		pn.note(x.raw(c.s, c.e), n, c.class)
		// a person's first and last names alone: "Sharon", "Whitby"
		if c.class == cPER && (n == 2 || n == 3) {
			for _, i := range [2]int{c.s, c.e - 1} {
				w := x.word(i)
				if utf8.RuneCountInString(w) >= 3 && lexicon.IsCapitalized(w) && !lexicon.IsAllCaps(w) &&
					!lexicon.IsCommonWord(x.low(i)) && !lexicon.IsTitleHead(x.key1(i)) {
					if f, known := pn.names[w]; !known || f.class != cNone {
						pn.note(w, 1, cPER)
					}
				}
			}
		}
	}
	if x.addPropagated(&pn) {
		x.sortCands()
	}
}

// lowerWords returns which words of the candidates' names the text also
// writes in lower case; a small Bloom filter spares most tokens the map.
// The map is the scratch's, asked for once per extraction.
func (x *entx) lowerWords() map[string]bool {
	if x.sc.lower == nil {
		x.sc.lower = map[string]bool{}
	}
	lower := x.sc.lower
	var bloom [16]uint64
	for _, c := range x.cands {
		for i := c.s; i < c.e; i++ {
			w := x.low(i)
			lower[w] = false
			h := wordHash(w)
			bloom[h>>6&15] |= 1 << (h & 63)
		}
	}
	for i := range x.d.Toks {
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
	return lower
}

// propFound is the class a name was found with (cNone when found with
// two) and its number of words.
type propFound struct {
	class byte
	n     int
}

// propNames are the names propagate spreads: by their text, the first
// words they open with, and the longest's number of words.
type propNames struct {
	names map[string]propFound
	first map[string]bool
	maxN  int
}

// note records name k of n words found with class.
func (pn *propNames) note(k string, n int, class byte) {
	if f, seen := pn.names[k]; seen && f.class != class {
		pn.names[k] = propFound{class: cNone, n: n} // ambiguous
		return
	}
	pn.names[k] = propFound{class: class, n: n}
	pn.first[k[:strings.IndexByte(k+" ", ' ')]] = true
	pn.maxN = max(pn.maxN, n)
}

// addPropagated adds a candidate wherever one of the names stands again
// on tokens no candidate covers, and reports whether it added any.
func (x *entx) addPropagated(pn *propNames) bool {
	covered, capital := x.covered(), x.capitals()
	added := false
	for si, s := range x.d.Sents {
		if x.caps[si] {
			continue
		}
		for i := s.TokStart; i < s.TokEnd; i++ {
			if covered[i] || !capital[i] || !pn.first[x.word(i)] {
				continue
			}
			for n := min(pn.maxN, s.TokEnd-i); n >= 1; n-- {
				f, ok := pn.names[x.raw(i, i+n)]
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
	return added
}

// wordHash is a cheap hash of a word's length and its first and last bytes.
func wordHash(w string) uint {
	if w == "" {
		return 0
	}
	return uint(len(w))*131 + uint(w[0])*31 + uint(w[len(w)-1])*7
}

// unglue starts a name after a full stop or an ellipsis glued to the word
// before it, as in scraped text where sentences lost their spaces:
// "road.Toledo" names "Toledo", "answer...Canada" names "Canada". A
// name that was one word and that a lexicon knows is typed from the lexicon
// then, not by the class the tagger gave the glued word.
func (x *entx) unglue() {
	for k := range x.cands {
		c := &x.cands[k]
		w := x.word(c.s)
		dot := strings.LastIndexByte(w, '.')
		if dot <= 0 || dot+1 >= len(w) || !lexicon.IsCapitalized(w[dot+1:]) {
			continue
		}
		head := strings.TrimRight(w[:dot], ".")
		lower := true
		for _, r := range head {
			if !unicode.IsLower(r) && !unicode.IsDigit(r) {
				lower = false
				break
			}
		}
		if lower && utf8.RuneCountInString(head) >= 2 {
			c.bs, c.k = x.d.TokByte(c.s, dot+1), ""
			if c.e-c.s == 1 && !c.forced {
				if _, ok := lexicon.LookupPlace(x.ckey(c)); ok {
					c.class = cNone
				}
			}
		}
	}
}

// apposition links an acronym in brackets to the name before it: "Islamic
// State of Iraq and the Levant (ISIL, also known as ISIS)".
func (x *entx) apposition() {
	d := x.d
	// owner[t] is the candidate covering token t, or -1
	owner := tokenTable(&x.sc.tok32, len(d.Toks))
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
			w := x.low(i)
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

// groupBeforeCountry reports a candidate that opens with a group's word
// that is no demonym before a country's name, the whole naming no place the
// lexicon knows: "Nazi Germany", "Communist China".
func (x *entx) groupBeforeCountry(c *cand) bool {
	if c.e-c.s < 2 || c.title != "" {
		return false
	}
	first := x.key1(c.s)
	if _, dem := lexicon.Demonym(first); dem || !lexicon.IsGroup(first) || compassWords[first] {
		return false // "Iranian Kurdistan", "Western Ukraine" are regions
	}
	if _, whole := lexicon.LookupPlace(x.key(c.s, c.e)); whole {
		return false
	}
	p, ok := lexicon.LookupPlace(x.key(c.s+1, c.e))
	return ok && p.Kind == lexicon.Country
}

// headlinePlace returns the end of the place's name that opens candidate c
// of a Title Case headline before a word for people ("Ohio Woman Hurt In
// Crash", "Tennessee Boy, 7, Killed", "Houston Police Seek Gunman"): a
// state or country the lexicon knows, or a town of 100,000 people or more
// the gazetteer knows; c.s when there is none.
func (x *entx) headlinePlace(c *cand) int {
	for e := min(c.e-1, c.s+3); e > c.s; e-- {
		next := x.low(e)
		if !lexicon.IsVictimNoun(next) && !lexicon.IsSpeakerNoun(next) {
			continue
		}
		if p, ok := lexicon.LookupPlace(x.key(c.s, e)); ok && (p.Kind == lexicon.State || p.Kind == lexicon.Country) {
			return e
		}
		words := make([]string, 0, e-c.s)
		for i := c.s; i < e; i++ {
			words = append(words, x.word(i))
		}
		if kinds, band := ner.Default().PlaceKinds(words); kinds&ner.GeoCity != 0 && band >= 2 {
			return e
		}
	}
	return c.s
}
