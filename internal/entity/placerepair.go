package entity

// This file holds the repairs of the recogniser's places: names it took for
// places that are people's or events' ("the Ben Hollis thriller", "the
// Tokyo Olympics"), places it took for organisations or people ("Seattle
// Mayor", "Mali and Niger", "Veracruz and Oaxaca"), and place names it cut
// short ("Miami-Dade County", "the Glendale District", "the Strait of Hormuz").

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsparse/newsparse/internal/contract"
	"github.com/newsparse/newsparse/internal/gazetteer"
	"github.com/newsparse/newsparse/internal/lexicon"
	"github.com/newsparse/newsparse/internal/ner"
	"github.com/newsparse/newsparse/internal/textdoc"
)

// coordinatedPlace reports a one-word name the recogniser took for an
// organisation's or a person's that the gazetteer knows as a division or a
// town of 10,000 people or more, joined by "and" or "or" to a name the
// recogniser took for a place: "from Mexico City to Veracruz and Oaxaca".
func (x *entx) coordinatedPlace(k int) bool {
	c := &x.cands[k]
	if c.class != cORG && c.class != cPER || c.caps || c.forced || c.title != "" || c.e-c.s != 1 {
		return false
	}
	if _, ok := lexicon.KnownOrg(x.ckey(c)); ok {
		return false
	}
	s := x.d.Sents[c.si]
	joined := func(j int) bool {
		if j < 0 || j >= len(x.cands) || x.cands[j].class != cLOC || x.cands[j].si != c.si || x.cands[j].drop {
			return false
		}
		o := &x.cands[j]
		if o.s == c.e+1 && o.s < s.TokEnd {
			w := x.word(c.e)
			return w == "and" || w == "or"
		}
		if o.e == c.s-1 && o.e >= s.TokStart {
			w := x.word(o.e)
			return w == "and" || w == "or"
		}
		return false
	}
	if !joined(k-1) && !joined(k+1) {
		return false
	}
	kinds, band := ner.Default().PlaceKinds([]string{x.word(c.s)})
	return kinds&(ner.GeoCountry|ner.GeoSubdivision) != 0 || kinds&ner.GeoCity != 0 && band >= 1
}

// divisionHeads end the names of administrative divisions below a state's
// and never a person's: "Martin County" is a county whatever the recogniser
// says.
var divisionHeads = map[string]bool{"county": true, "province": true, "district": true, "parish": true, "borough": true,
	"township": true, "governorate": true, "prefecture": true, "oblast": true, "municipality": true}

// extendBareHeads gives a candidate that is only the head of a place's name
// ("County", "River") the capitalised words before it that no candidate
// covers: the recogniser may read a hyphenated county's name as the name
// and "County", and a head alone names nothing.
func (x *entx) extendBareHeads() {
	var covered []bool
	for k := range x.cands {
		c := &x.cands[k]
		if c.e-c.s != 1 || c.drop || c.caps || !(gpeHeads[x.key1(c.s)] || lexicon.IsLocationHead(x.key1(c.s))) {
			continue
		}
		if covered == nil {
			covered = x.covered()
		}
		s := c.s
		for s > x.d.Sents[c.si].TokStart && !covered[s-1] && lexicon.IsCapitalized(x.word(s-1)) && !x.sentenceInitial(s-1, c.si) {
			s--
		}
		if s < c.s {
			x.setTokens(c, s, c.e)
		}
	}
	x.extendToHeads()
}

// extendToHeads gives a place's name the capitalised division head right
// after it that no candidate covers: the recogniser ends "the Glendale
// District" at "Glendale", and reads "Wayne" in "Wayne County" as a given
// name (a person's name of one word takes the head when the county table
// knows the whole).
func (x *entx) extendToHeads() {
	var covered []bool
	for k := range x.cands {
		c := &x.cands[k]
		if c.drop || c.caps || c.e >= x.d.Sents[c.si].TokEnd || c.class != cLOC && !x.countyOfName(c) {
			continue
		}
		w := x.word(c.e)
		if !divisionHeads[x.key1(c.e)] || !lexicon.IsCapitalized(w) || lexicon.IsAllCaps(w) {
			continue
		}
		if covered == nil {
			covered = x.covered()
		}
		if !covered[c.e] {
			x.setTokens(c, c.s, c.e+1)
			covered[c.e-1] = true
		}
	}
}

// placeEvents joins a place to the name of an event held there that follows
// it, which the recogniser found apart: "the Tokyo Olympics", "the 1988
// Seoul Olympics" name games, not cities (one MISC name in CoNLL's scheme).
func (x *entx) placeEvents() {
	x.joinNext(contract.Event, cMISC, true, func(c, n *cand) bool {
		return c.typ == contract.GPE && n.s == c.e && n.e-n.s == 1 && !c.caps &&
			placeEventWords[x.key1(n.s)] && lexicon.IsCapitalized(x.word(n.s))
	})
}

// joinNext joins each candidate to the one right after it in its sentence
// when join says so (neither dropped): the first spans both, with type typ
// and class cl (forced: kept by later repairs), the second is dropped; the
// candidates are sorted again when any were joined.
func (x *entx) joinNext(typ contract.EntityType, cl byte, forced bool, join func(c, n *cand) bool) {
	joined := false
	for k := 0; k+1 < len(x.cands); k++ {
		c, n := &x.cands[k], &x.cands[k+1]
		if c.drop || n.drop || n.si != c.si || !join(c, n) {
			continue
		}
		x.setTokens(c, c.s, n.e)
		c.typ, c.class, c.canon, c.forced = typ, cl, "", c.forced || forced
		n.drop, joined = true, true
		k++
	}
	if joined {
		x.sortCands()
	}
}

// ofPlaces joins a natural place's head to the place after "of" that names
// it, which the recogniser found apart: "the Gulf of Mexico", "the Bay of
// Bengal", "the Strait of Hormuz" are one location each, not a gulf and a
// country (one LOC name in CoNLL's scheme).
func (x *entx) ofPlaces() {
	covered := x.covered()
	joined := false
	for k := range x.cands {
		n := &x.cands[k]
		if n.drop || n.caps || n.typ != contract.GPE && n.typ != contract.Location || n.s < 2 || n.s-2 < x.d.Sents[n.si].TokStart {
			continue
		}
		h := n.s - 2
		if x.word(h+1) != "of" || !ofHeads[x.key1(h)] || !lexicon.IsCapitalized(x.word(h)) {
			continue
		}
		if covered[h] {
			j := k - 1
			for j >= 0 && x.cands[j].drop {
				j--
			}
			if j < 0 || x.cands[j].s != h || x.cands[j].e != h+1 {
				continue
			}
			x.cands[j].drop = true
		}
		x.setTokens(n, h, n.e)
		n.typ, n.class, n.canon, n.forced = contract.Location, cLOC, "", true
		joined = true
	}
	if joined {
		x.sortCands()
	}
}

// ofHeads open the names of natural places made with "of" ("Gulf of Aden").
var ofHeads = map[string]bool{"gulf": true, "bay": true, "sea": true, "strait": true, "straits": true, "isle": true,
	"cape": true, "horn": true, "lake": true, "bight": true, "sound": true}

// placeEventWords end the names of events called by the place they are held
// in.
var placeEventWords = map[string]bool{"olympics": true, "games": true, "paralympics": true, "olympiad": true,
	"marathon": true, "open": true, "expo": true, "summit": true, "festival": true, "championships": true,
	"masters": true, "invitational": true}

// regionAsNoun reports a one-word candidate after "the" and before no
// lower-case word: a region's or sea's name that is also an adjective
// ("the Mediterranean", "the Caribbean") stands as a noun there.
func (x *entx) regionAsNoun(c *cand) bool {
	s := x.d.Sents[c.si]
	if c.s == s.TokStart || !strings.EqualFold(x.word(c.s-1), "the") {
		return false
	}
	if c.e < s.TokEnd {
		r, _ := utf8.DecodeRuneInString(x.word(c.e))
		if unicode.IsLower(r) {
			return false
		}
	}
	return true
}

// countryNames are countries' names that are people's names too ("Jordan",
// "Chad"): the recogniser's word stands for them.
var countryNames = map[string]bool{"jordan": true, "chad": true, "georgia": true, "israel": true, "india": true,
	"kenya": true, "america": true, "israel's": true}

// besideCountry reports a candidate joined by "and", "or" or a comma to a
// country's name: "Mali and Niger", "Chad, Niger or Mali".
func (x *entx) besideCountry(c *cand) bool {
	s := x.d.Sents[c.si]
	isCountry := func(i int) bool {
		p, ok := lexicon.LookupPlace(x.key1(i))
		return ok && p.Kind == lexicon.Country
	}
	joins := func(w string) bool { return w == "and" || w == "or" || w == "," }
	if c.e+1 < s.TokEnd && joins(x.word(c.e)) && isCountry(c.e+1) {
		return true
	}
	return c.s-2 >= s.TokStart && joins(x.word(c.s-1)) && isCountry(c.s-2)
}

// givenAndSurname reports a name of two words (last word last) that opens
// with a given name borne by one sex ("Ben", "Susan") and ends in a
// capitalised word that is neither the head of a place's name ("Street",
// "County", "River") nor makes a place the gazetteer knows ("Santa Maria",
// "Victoria Falls"): a person's name the recogniser took for a place's.
func (x *entx) givenAndSurname(c *cand, last string) bool {
	if c.e-c.s != 2 || c.title != "" || lexicon.NameGender(x.key1(c.s)) == 0 || !lexicon.IsCapitalized(x.word(c.e-1)) {
		return false
	}
	if gpeHeads[last] || lexicon.IsLocationHead(last) || lexicon.IsFacilityHead(last) || lexicon.StrongHead(last) != 0 {
		return false
	}
	kinds, _ := ner.Default().PlaceKinds([]string{x.word(c.s), x.word(c.s + 1)})
	return kinds == 0
}

// afterKin reports a name of one or two words right after a word for a
// relative, with or without a comma: "her husband, Austin", "his nephew
// Raleigh".
// A place does not stand there.
func (x *entx) afterKin(c *cand) bool {
	if c.e-c.s > 2 || c.title != "" {
		return false
	}
	i := c.s - 1
	lo := x.d.Sents[c.si].TokStart
	if i >= lo && x.word(i) == "," {
		i--
	}
	return i >= lo && kinNouns[x.low(i)]
}

// kinNouns name relatives.
var kinNouns = map[string]bool{"wife": true, "husband": true, "son": true, "daughter": true, "brother": true, "sister": true,
	"mother": true, "father": true, "uncle": true, "aunt": true, "nephew": true, "niece": true, "cousin": true,
	"grandson": true, "granddaughter": true, "grandmother": true, "grandfather": true, "stepson": true,
	"stepdaughter": true, "girlfriend": true, "boyfriend": true, "fiancé": true, "fiancée": true, "fiance": true,
	"fiancee": true, "widow": true, "widower": true, "mom": true, "dad": true, "grandma": true, "grandpa": true}

// townNotPerson reports a name of two or three words that the recogniser
// took for a person's and the gazetteer knows as a division or a town of
// 10,000 people or more, and that opens with no given name ("Fort Bragg",
// "Port Harcourt"; not "Elizabeth Warren").
func (x *entx) townNotPerson(c *cand) bool {
	if c.e-c.s < 2 || c.e-c.s > 3 || c.title != "" || c.caps || lexicon.NameGender(x.key1(c.s)) != 0 {
		return false
	}
	return x.divisionOrTown(c.s, c.e)
}

// beforeTitle reports whether a person's title follows the candidate in
// Title Case ("Sen.", "Governor", "Foreign Minister"): a place's name
// there says whose official the person is.
func (x *entx) beforeTitle(c *cand) bool {
	end := x.d.Sents[c.si].TokEnd
	i := c.e
	if i < end && lexicon.IsTitleModifier(x.key1(i)) && lexicon.IsCapitalized(x.word(i)) {
		i++
	}
	return i < end && lexicon.IsCapitalized(x.word(i)) && lexicon.IsTitleHead(strings.TrimSuffix(x.key1(i), "."))
}

// isDemonymKey reports a nationality's word ("English" in "English County
// Championship").
func isDemonymKey(k string) bool {
	_, ok := lexicon.Demonym(k)
	return ok
}

// knownCounty reports a name ending in a capitalised division head that the
// gazetteer's table of counties, parishes and boroughs knows ("Dane
// County"), written in no heading in capitals.
func (x *entx) knownCounty(c *cand) bool {
	if c.e-c.s < 2 || c.caps || !divisionHeads[x.key1(c.e-1)] || !lexicon.IsCapitalized(x.word(c.e-1)) {
		return false
	}
	return len(gazetteer.LookupCounty(x.text(c))) > 0
}

// countyOfName reports a one-word name the recogniser took for a person's,
// with no title, that the county table knows with the capitalised head after
// it: "Wayne" in "Wayne County District Attorney".
func (x *entx) countyOfName(c *cand) bool {
	if c.class != cPER || c.title != "" || c.e-c.s != 1 || !divisionHeads[x.key1(c.e)] {
		return false
	}
	return len(gazetteer.LookupCounty(x.raw(c.s, c.e+1))) > 0
}

// orgFreeHeads end the names of divisions and never a team's or a
// company's (a county or a district may be a club's or a school board's).
var orgFreeHeads = map[string]bool{"township": true, "parish": true, "governorate": true, "prefecture": true,
	"oblast": true, "municipality": true}

// townshipName reports a name of two words or more that ends in a
// capitalised head of orgFreeHeads and before no other capitalised word
// ("the Lenox Township home"; not "the Lenox Township Board").
func (x *entx) townshipName(c *cand) bool {
	if c.e-c.s < 2 || c.caps || !orgFreeHeads[x.key1(c.e-1)] || !lexicon.IsCapitalized(x.word(c.e-1)) {
		return false
	}
	return c.e >= x.d.Sents[c.si].TokEnd || !lexicon.IsCapitalized(x.word(c.e))
}

// placeEvent reports a name that ends in a capitalised word of
// placeEventWords after a place the lexicon knows: "London Marathon" names
// a race, not a city (one MISC name in CoNLL's scheme).
func (x *entx) placeEvent(c *cand, last string) bool {
	if c.e-c.s < 2 || !placeEventWords[last] || !lexicon.IsCapitalized(x.word(c.e-1)) {
		return false
	}
	_, ok := lexicon.LookupPlace(x.key(c.s, c.e-1))
	return ok
}

// joinParticleNames joins a name to the words after it when together, with
// the short lower-case words between them, they name a place the gazetteer
// knows, which the recogniser found in pieces: "Dar es Salaam", "Sharm el
// Sheikh", "Deir ez-Zor", "Newcastle upon Tyne", "Bosnia and Herzegovina".
// The joined name is the first candidate's, a place; the candidates it
// swallows go.
func (x *entx) joinParticleNames() {
	joined := false
	for k := range x.cands {
		c := &x.cands[k]
		if c.drop || c.caps || c.title != "" {
			continue
		}
		if e := x.particleEnd(c); e > c.e {
			for j := k + 1; j < len(x.cands) && x.cands[j].s < e; j++ {
				x.cands[j].drop = true
			}
			x.setTokens(c, c.s, e)
			c.class, c.canon = cLOC, ""
			joined = true
		}
	}
	if joined {
		x.sortCands()
	}
}

// particleEnd returns the end of the longest run of tokens after candidate
// c, with a particle first ("es", "el", "upon", "and", "ez-Zor") and a
// capitalised word last, that makes with c a place the gazetteer knows (a
// country, a first-level division or a town of 10,000 people or more), or
// c.e when there is none.
func (x *entx) particleEnd(c *cand) int {
	hi := min(x.d.Sents[c.si].TokEnd, c.s+maxPlaceWords)
	if c.e >= hi || !isParticle(x.word(c.e)) {
		return c.e
	}
	for e := hi; e > c.e; e-- {
		if !nameEnd(x.word(e - 1)) {
			continue
		}
		ok := true
		for i := c.e; i < e && ok; i++ {
			w := x.word(i)
			ok = isParticle(w) || lexicon.IsCapitalized(w)
		}
		if ok && majorPlace(x.raw(c.s, e), x.hasAnd(c.e, e)) {
			return e
		}
	}
	return c.e
}

// maxPlaceWords bounds the tokens of a name joinParticleNames makes.
const maxPlaceWords = 6

// isParticle reports a lower-case word that joins the parts of a place's
// name ("es", "el", "de", "upon", "and"; nameParticles), or such a word
// hyphenated to a capitalised one ("ez-Zor", "el-Sheikh").
func isParticle(w string) bool {
	if i := strings.IndexByte(w, '-'); i > 0 && i+1 < len(w) {
		return i <= nameParticleLongest && nameParticles[w[:i]] && lexicon.IsCapitalized(w[i+1:])
	}
	return len(w) <= nameParticleLongest && nameParticles[w] // a longer word is refused without reading the map
}

// nameParticleLongest is the length of nameParticles' longest word.
var nameParticleLongest = func() int {
	n := 0
	for w := range nameParticles {
		n = max(n, len(w))
	}
	return n
}()

// nameParticles are the articles, prepositions and conjunctions, in the
// languages whose place names English news writes, that stand in lower case
// inside a place's name.
var nameParticles = map[string]bool{"el": true, "al": true, "es": true, "ez": true, "ed": true, "ad": true,
	"as": true, "ash": true, "at": true, "az": true, "ar": true, "an": true, "ul": true, "ur": true,
	"de": true, "da": true, "do": true, "dos": true, "das": true, "du": true, "des": true, "del": true,
	"della": true, "di": true, "la": true, "le": true, "les": true, "los": true, "las": true, "y": true,
	"e": true, "i": true, "en": true, "sur": true, "sous": true, "aux": true, "au": true, "am": true,
	"im": true, "van": true, "von": true, "den": true, "der": true, "upon": true,
	"on": true, "under": true, "and": true, "of": true, "the": true, "bin": true, "ibn": true}

// nameEnd reports a word that may end a place's name: capitalised, or a
// particle hyphenated to a capitalised word.
func nameEnd(w string) bool {
	return lexicon.IsCapitalized(w) || strings.IndexByte(w, '-') > 0 && isParticle(w)
}

// hasAnd reports an "and" among tokens [s, e).
func (x *entx) hasAnd(s, e int) bool {
	for i := s; i < e; i++ {
		if x.word(i) == "and" {
			return true
		}
	}
	return false
}

// majorPlace reports a name that the gazetteer knows, as written or with its
// particles hyphenated to the next word ("Sharm el Sheikh" is listed as
// "Sharm el-Sheikh"), as a country, a first-level division or a town of
// 10,000 people or more; a name made with "and" only as a country
// ("Bosnia and Herzegovina"; "England and Wales", a division in ISO 3166-2,
// is two places in news).
func majorPlace(name string, and bool) bool {
	names := []string{name}
	if !and {
		names = append(names, gazetteer.HyphenParticles(name))
	}
	for _, nm := range names {
		for _, p := range gazetteer.Lookup(nm) {
			if p.Feature == "A.PCLI" || !and && (p.Feature == "A.ADM1" || p.Population >= 10000) {
				return true
			}
		}
	}
	return false
}

// compassWords open regional demonyms ("North American").
var compassWords = map[string]bool{"north": true, "south": true, "east": true, "west": true, "central": true,
	"northern": true, "southern": true, "eastern": true, "western": true}

// joinCompassDemonyms joins a compass word the recogniser found alone to
// the demonym right after it: "North American markets" names a nationality
// of a region, not the north (one MISC name in CoNLL's scheme).
func (x *entx) joinCompassDemonyms() {
	x.joinNext(contract.NORP, cMISC, false, func(c, n *cand) bool {
		return c.e-c.s == 1 && n.s == c.e && n.e-n.s == 1 && !c.caps &&
			compassWords[x.key1(c.s)] && lexicon.IsCapitalized(x.word(c.s)) && n.typ == contract.NORP && isDemonymKey(x.key1(n.s))
	})
}

// compassDistrict reports a name of a town or division the gazetteer knows
// followed by one or two capitalised compass words ("Bristol West", "Leeds
// North West", "Sheffield Central"): a district or a constituency of it,
// which the recogniser took for an organisation's or a person's. A team
// ("Rosario Central 2", "Rosario Central beat ...", "against Rosario
// Central") is left alone: a capitalised word, a number or a word of
// matchWords may not follow, nor a word of matchWords come before.
func (x *entx) compassDistrict(c *cand) bool {
	if c.e-c.s < 2 || c.e-c.s > 4 || c.caps || c.title != "" {
		return false
	}
	cut := c.e
	for cut > c.s+1 && cut > c.e-2 && districtCompass[x.key1(cut-1)] && lexicon.IsCapitalized(x.word(cut-1)) {
		cut--
	}
	if cut == c.e {
		return false
	}
	if c.e < x.d.Sents[c.si].TokEnd {
		w := x.word(c.e)
		if lexicon.IsCapitalized(w) || textdoc.StartsWithDigit(w) || matchAfter(w) {
			return false
		}
	}
	if c.s > x.d.Sents[c.si].TokStart && matchWords[x.low(c.s-1)] {
		return false // "beat Rosario Central"
	}
	return x.divisionOrTown(c.s, cut)
}

// matchWords stand beside teams' names: "v", "beat", "drew with".
var matchWords = map[string]bool{"v": true, "vs": true, "v.": true, "vs.": true, "beat": true, "beats": true,
	"drew": true, "draw": true, "defeated": true, "edged": true, "thrashed": true, "hosted": true, "host": true,
	"hosts": true, "against": true, "played": true, "play": true}

// matchAfter follows a team's name and not a seat's ("Rosario Central won
// 2-1"; a party "won Leeds Central" or "lost Bristol West").
func matchAfter(w string) bool {
	w = strings.ToLower(w)
	return matchWords[w] || w == "won" || w == "win" || w == "wins" || w == "lost" || w == "lose" || w == "loses"
}

// districtCompass are the compass words that end the names of districts and
// constituencies.
var districtCompass = map[string]bool{"north": true, "south": true, "east": true, "west": true, "central": true}

// countyAlone reports a county the gazetteer's county table knows
// (knownCounty) that no capitalised word or number follows and no team's
// context stands beside: "deputies in Gwinnett County said", "the Dane
// County jail"; not "Ross County 3", "Notts County v York", "beat Ross
// County".
func (x *entx) countyAlone(c *cand) bool {
	if !x.knownCounty(c) {
		return false
	}
	lo, hi := x.d.Sents[c.si].TokStart, x.d.Sents[c.si].TokEnd
	if c.e < hi {
		w := x.word(c.e)
		if lexicon.IsCapitalized(w) || textdoc.StartsWithDigit(w) || matchAfter(w) {
			return false
		}
	}
	return c.s == lo || !matchWords[x.low(c.s-1)]
}

// townBeforeQualifier reports a name of one or two words followed by a
// comma and a state's or country's name that ends the clause ("Ferguson,
// Missouri, used"), or by a comma and a US state's abbreviation with its
// period ("a Cleveland, Tenn., man", "Jackson, Miss."), which the gazetteer
// knows as a town in that state or country: the recogniser took it for a
// person's or an organisation's.
func (x *entx) townBeforeQualifier(c *cand) bool {
	s := x.d.Sents[c.si]
	if c.e-c.s > 2 || c.title != "" || c.caps || c.e+1 >= s.TokEnd || x.word(c.e) != "," {
		return false
	}
	if x.stateAbbrev(c.e+1, c.si) {
		code, _ := lexicon.USStateAbbrev(x.word(c.e + 1))
		a, ok := gazetteer.AreaByCode("US-" + code)
		return ok && townIn(x.text(c), a.Name)
	}
	for n := min(3, s.TokEnd-c.e-1); n >= 1; n-- {
		q, qe := c.e+1, c.e+1+n
		p, ok := lexicon.LookupPlace(x.key(q, qe))
		if !ok || p.Kind != lexicon.State && p.Kind != lexicon.Country {
			continue
		}
		if qe < s.TokEnd && !strings.Contains(",.;:()", x.word(qe)) {
			return false
		}
		return townIn(x.text(c), p.Name)
	}
	return false
}

// townIn reports whether the gazetteer knows a town of that name in the
// country or first-level division named area.
func townIn(name, area string) bool {
	areas := gazetteer.LookupArea(area)
	for _, pl := range gazetteer.Lookup(name) {
		for _, a := range areas {
			if a.Feature == "A.PCLI" && pl.Country == a.Code {
				return true
			}
			if d, ok := gazetteer.DivisionOf(pl); ok && a.Feature == "A.ADM1" && d.Code == a.Code {
				return true
			}
		}
	}
	return false
}

// localPlace reports a name of one to three words the recogniser took for
// an organisation's or a person's that local news uses as a town's: the
// gazetteer knows a place of that name, and a possessive with a word of the
// town's parts or government follows it ("on Detroit's west side",
// "Knoxville's police chief"), or "in" and a county, state or country that
// holds a town of that name ("from Sparta in White County"), or a word for
// its people or police ("Red Bank police said"; beforeLocalNoun), or it
// follows "the city of" or "nearby" (afterSettlementWord).
func (x *entx) localPlace(c *cand) bool {
	if c.e-c.s > 3 || c.caps || c.forced || c.title != "" {
		return false
	}
	return x.possessivePlace(c) || x.townInArea(c) || x.beforeLocalNoun(c) ||
		x.afterSettlementWord(c) && x.gazetteerPlace(c)
}

// localNouns follow a town's name in lower case in local news and name its
// people, police or government: "Red Bank police", "a Grand Rapids woman".
var localNouns = map[string]bool{"police": true, "officers": true, "officer": true, "deputies": true,
	"firefighters": true, "residents": true, "resident": true, "man": true, "woman": true, "men": true,
	"women": true, "boy": true, "girl": true, "teen": true, "teenager": true, "mayor": true, "native": true,
	"neighborhood": true, "neighbourhood": true, "suburb": true, "councilman": true, "councilwoman": true}

// forceWords name police forces by what they guard, not by a town: "Metro
// police", "Transit police", "Capitol police".
var forceWords = map[string]bool{"metro": true, "transit": true, "capitol": true, "campus": true, "state": true,
	"city": true, "park": true, "port": true, "harbor": true, "harbour": true, "tribal": true, "border": true,
	"military": true, "university": true, "airport": true, "railway": true, "river": true, "county": true}

// beforeLocalNoun reports a name that the gazetteer knows as a division or a
// town of 10,000 people or more before a lower-case word of localNouns
// ("Red Bank police said", "a Baton Rouge man"), and no team's match word
// before it; not a word of forceWords alone ("Metro police").
func (x *entx) beforeLocalNoun(c *cand) bool {
	lo, hi := x.d.Sents[c.si].TokStart, x.d.Sents[c.si].TokEnd
	if c.e >= hi || !localNouns[x.word(c.e)] || c.s > lo && matchWords[x.low(c.s-1)] ||
		c.e-c.s == 1 && forceWords[x.key1(c.s)] {
		return false
	}
	return x.divisionOrTown(c.s, c.e)
}

// sideWords qualify a town's part: "the west side", "the north end".
var sideWords = map[string]bool{"east": true, "west": true, "north": true, "south": true, "northeast": true,
	"northwest": true, "southeast": true, "southwest": true, "eastern": true, "western": true, "northern": true,
	"southern": true, "inner": true, "far": true}

// townParts are the nouns after a town's possessive that name its parts,
// people or government: "Detroit's west side", "Dayton's mayor".
var townParts = map[string]bool{"side": true, "end": true, "outskirts": true, "suburbs": true, "suburb": true,
	"downtown": true, "neighborhood": true, "neighborhoods": true, "neighbourhood": true, "neighbourhoods": true,
	"streets": true, "mayor": true, "residents": true, "police": true, "population": true, "council": true,
	"skyline": true, "waterfront": true, "city": true}

// possessivePlace reports a name the gazetteer knows as a place before a
// possessive and a word of townParts, perhaps after a compass word.
func (x *entx) possessivePlace(c *cand) bool {
	hi := x.d.Sents[c.si].TokEnd
	i := c.e
	if i+1 >= hi || !isPossessive(x.word(i)) {
		return false
	}
	i++
	if sideWords[x.word(i)] && i+1 < hi {
		i++
	}
	if !townParts[x.word(i)] {
		return false
	}
	return x.gazetteerPlace(c)
}

// gazetteerPlace reports whether the gazetteer or the lexicon knows the
// candidate's words as a place's name.
func (x *entx) gazetteerPlace(c *cand) bool {
	words := make([]string, 0, c.e-c.s)
	for i := c.s; i < c.e; i++ {
		words = append(words, x.word(i))
	}
	if kinds, _ := ner.Default().PlaceKinds(words); kinds != 0 {
		return true
	}
	p, ok := lexicon.LookupPlace(x.ckey(c))
	return ok && p.GPE()
}

// townInArea reports a name followed by "in" and a county, a state or a
// country that the gazetteer knows to hold a town of that name: "from
// Sparta in White County", "a farm near Lyons in Kansas".
func (x *entx) townInArea(c *cand) bool {
	hi := x.d.Sents[c.si].TokEnd
	if c.e+1 >= hi || x.word(c.e) != "in" {
		return false
	}
	q := c.e + 1
	if strings.EqualFold(x.word(q), "the") {
		q++
	}
	for n := min(4, hi-q); n >= 1; n-- {
		if !lexicon.IsCapitalized(x.word(q)) || !lexicon.IsCapitalized(x.word(q+n-1)) {
			continue
		}
		if divisionHeads[x.key1(q+n-1)] {
			for _, co := range gazetteer.LookupCounty(x.raw(q, q+n)) {
				if townInCounty(x.text(c), co) {
					return true
				}
			}
			continue
		}
		if p, ok := lexicon.LookupPlace(x.key(q, q+n)); ok && (p.Kind == lexicon.State || p.Kind == lexicon.Country) {
			return townIn(x.text(c), p.Name)
		}
	}
	return false
}

// townInCounty reports whether the gazetteer knows a town of that name in
// the county's first-level division, within 60 km of the county's towns'
// mean point.
func townInCounty(name string, co gazetteer.County) bool {
	for _, pl := range gazetteer.Lookup(name) {
		if pl.Country != co.Country || pl.Admin1 != co.Admin1 {
			continue
		}
		dlat, dlon := pl.Lat-co.Lat, (pl.Lon-co.Lon)*0.8
		if dlat*dlat+dlon*dlon < 0.3 {
			return true
		}
	}
	return false
}

// stateAbbrev reports a state's abbreviation with its period at token i of
// sentence si, after a name and a comma: "Ga." in "Dalton, Ga.", which the
// recogniser may take for a person's name or run into the next sentence
// when the abbreviation's period ends one.
func (x *entx) stateAbbrev(i, si int) bool {
	if x.d.Kind(i)&textdoc.KindPlain != 0 {
		return false // letters and digits: no period
	}
	w := x.word(i)
	if len(w) < 3 || w[len(w)-1] != '.' || i-2 < x.d.Sents[si].TokStart || x.word(i-1) != "," ||
		!lexicon.IsCapitalized(w) || !lexicon.IsCapitalized(x.word(i-2)) {
		return false
	}
	_, ok := lexicon.USStateAbbrev(w)
	return ok
}

// cutAfterStateAbbrev splits candidate c (x.cands[k]) that opens with a
// state's abbreviation after a town (stateAbbrev) and runs on into the next
// sentence ("Pensacola, Fla. Schools in the county closed"): the
// abbreviation is a place; the rest stays a candidate when it is a person's
// name or longer than one word. It returns the candidate at k afterwards.
func (x *entx) cutAfterStateAbbrev(k int, c *cand) *cand {
	if c.e-c.s < 2 || !x.stateAbbrev(c.s, c.si) || !lexicon.IsCapitalized(x.word(c.s+1)) {
		return c
	}
	nc := *c
	x.setTokens(&nc, c.s+1, c.e)
	if nc.e-nc.s > 1 || nc.class == cPER {
		x.cands = append(x.cands, nc)
		c = &x.cands[k]
	}
	x.setTokens(c, c.s, c.s+1)
	c.class = cLOC
	return c
}

// addStateAbbrevs adds the state abbreviations after a town the recogniser
// took for a place that it left out: "Ga." in "moved to Dalton, Ga. Michael
// Brown said".
func (x *entx) addStateAbbrevs() {
	var at map[int]int
	added := false
	for si, s := range x.d.Sents {
		for i := s.TokStart + 2; i < s.TokEnd; i++ {
			if !x.stateAbbrev(i, si) {
				continue
			}
			if at == nil {
				at = make(map[int]int, len(x.cands))
				for k, c := range x.cands {
					for j := c.s; j < c.e; j++ {
						at[j] = k + 1
					}
				}
			}
			k := at[i-2]
			if at[i] != 0 || k == 0 || x.cands[k-1].class != cLOC {
				continue
			}
			c := cand{si: si, alias: -1, class: cLOC}
			x.setTokens(&c, i, i+1)
			x.cands = append(x.cands, c)
			added = true
		}
	}
	if added {
		x.sortCands()
	}
}

// pluralHeads are the lower-case plural heads that end a list of divisions'
// names ("Dade, Catoosa and Walker counties"), with the head each name takes
// alone.
var pluralHeads = map[string]string{"counties": "County", "parishes": "Parish", "boroughs": "Borough"}

// maxListTokens bounds the tokens between a name and the plural head of the
// list it is in.
const maxListTokens = 16

// listedDivision reports a name of one or two words in a list of names
// joined by commas and "and" or "or" that a lower-case plural head ends
// ("Hamilton and Butler counties", "Dade, Catoosa and Walker counties"),
// which the county table knows with the head: each name is a county, whatever
// the recogniser took it for. It returns the county's full name.
func (x *entx) listedDivision(c *cand) (string, bool) {
	if c.e-c.s > 2 || c.caps || c.title != "" {
		return "", false
	}
	lo, hi := x.d.Sents[c.si].TokStart, x.d.Sents[c.si].TokEnd
	joined := c.s > lo && isListJoin(x.word(c.s-1))
	for j := c.e; j < hi && j < c.e+maxListTokens; j++ {
		w := x.word(j)
		if head, ok := pluralHeads[w]; ok {
			name := x.text(c) + " " + head
			return name, joined && len(gazetteer.LookupCounty(name)) > 0
		}
		switch {
		case isListJoin(w):
			joined = true
		case w == "," || lexicon.IsCapitalized(w) && !lexicon.IsAllCaps(w):
		default:
			return "", false
		}
	}
	return "", false
}

// isListJoin reports the conjunctions that join the last name of a list.
func isListJoin(w string) bool { return w == "and" || w == "or" || w == "&" }

// divisionOrTown reports whether the words of tokens [s, e) name a division
// or a town of 10,000 people or more that the gazetteer knows.
func (x *entx) divisionOrTown(s, e int) bool {
	words := make([]string, 0, e-s)
	for i := s; i < e; i++ {
		words = append(words, x.word(i))
	}
	kinds, band := ner.Default().PlaceKinds(words)
	return kinds&ner.GeoSubdivision != 0 || kinds&ner.GeoCity != 0 && band >= 1
}
