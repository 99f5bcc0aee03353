package entity

// This file gives every candidate its contract type, from the recogniser's
// class, the lexicons and the head words of names.

import (
	"strings"

	"github.com/newsparse/newsparse/internal/contract"
	"github.com/newsparse/newsparse/internal/lexicon"
	"github.com/newsparse/newsparse/internal/ner"
	"github.com/newsparse/newsparse/internal/textdoc"
)

// typeAll gives every candidate its contract type from the recogniser's
// class and the lexicons, and drops a country's name inside an amount.
func (x *entx) typeAll() {
	dropped := false
	for k := range x.cands {
		c := &x.cands[k]
		if x.inAmount(c) {
			c.drop, dropped = true, true
			continue
		}
		if x.locatedPlace(c) || x.coordinatedPlace(k) || c.e-c.s == 1 && x.stateAbbrev(c.s, c.si) {
			c.class = cLOC
		}
		c.typ = x.typeOf(c)
		if c.typ == contract.Person && c.title == "" && !c.forced && x.describedAsBody(c) {
			c.typ, c.forced = contract.Org, true
		}
	}
	if dropped {
		x.sortCands()
	}
}

// describedAsBody reports a name the article describes as a body: in
// apposition ("The Valley Ultras, the supporters' group that …", "Hale &
// Moss, a Toronto firm") or after "called" or "named" and a body's noun ("a
// group called Calgarians for Planning").
func (x *entx) describedAsBody(c *cand) bool {
	lo, hi := x.d.Sents[c.si].TokStart, x.d.Sents[c.si].TokEnd
	if c.s-3 >= lo {
		// "a group called X": a noun of a body made indefinite; not "The
		// company named Sarah Lee chief executive", where "named" is the verb
		if w, d := x.low(c.s-1), x.low(c.s-3); (w == "called" || w == "named") && lexicon.IsOrgNoun(x.low(c.s-2)) && (d == "a" || d == "an") {
			return true
		}
	}
	if c.e+2 >= hi || x.word(c.e) != "," {
		return false
	}
	switch x.low(c.e + 1) {
	case "the", "a", "an":
	default:
		return false
	}
	// the phrase's head, the word before the first word that ends it
	// (a comma, a relative pronoun, a participle): "the supporters' group
	// that …", "a Vancouver-based junior mining company,", "a firm founded
	// in 2014"; not "a group of fans", "the party's spokesman", "a senior
	// broadcaster with CBS" or "a partner at the Golf Channel"
	for i := c.e + 2; i < hi && i < c.e+9; i++ {
		switch x.low(i) {
		case ",", ".", ";", ")", "that", "which", "whose", "founded", "based", "formed", "with", "in":
			h := x.word(i - 1)
			return i-1 > c.e+1 && isWordToken(h) && !lexicon.IsCapitalized(h) && lexicon.IsOrgNoun(x.low(i-1)) &&
				!(strings.HasSuffix(h, "er") && lexicon.IsTitleModifier(x.low(i-2))) // "a senior broadcaster": a person's rank
		}
		if lw := x.low(i); lexicon.IsFunctionWord(lw) || lexicon.IsPersonNoun(lw) || lexicon.IsTitleHead(lw) {
			return false // "the man behind the games group which", "a senior broadcaster with"
		}
	}
	return false
}

// locatedPlace reports a name the recogniser took for an organisation's or
// a person's that the place gazetteer knows: a region's name with its
// administrative head ("Gansu Province"), or a country, region or town of
// 10,000 people or more after a preposition that only places follow, not
// before another name or an organisation's noun ("a plant near
// Cincinnati", "floods across Shandong"). CoNLL's sports pages, which the
// recogniser learnt from, name teams by their cities, after "in", "from"
// and "to" too ("lost to Cincinnati", "Western Province"): those stay.
func (x *entx) locatedPlace(c *cand) bool {
	if c.class != cORG && c.class != cPER || c.caps || c.forced || c.title != "" || c.e-c.s > 4 {
		return false
	}
	words := make([]string, 0, c.e-c.s)
	for i := c.s; i < c.e; i++ {
		words = append(words, x.word(i))
	}
	if n := len(words); n > 1 && adminHeads[x.key1(c.e-1)] {
		kinds, _ := ner.Default().PlaceKinds(words[:n-1])
		return kinds != 0
	}
	lo, hi := x.d.Sents[c.si].TokStart, x.d.Sents[c.si].TokEnd
	if x.afterSettlementWord(c) {
		kinds, _ := ner.Default().PlaceKinds(words)
		return kinds&(ner.GeoSubdivision|ner.GeoCity) != 0
	}
	if c.s == lo || !placePreps[x.low(c.s-1)] {
		return false
	}
	if c.e < hi {
		if w := x.word(c.e); lexicon.IsCapitalized(w) || strongOrgNouns[x.low(c.e)] || isPossessive(w) {
			return false
		}
	}
	if _, ok := lexicon.KnownOrg(x.ckey(c)); ok {
		return false
	}
	kinds, band := ner.Default().PlaceKinds(words)
	return kinds&(ner.GeoCountry|ner.GeoSubdivision) != 0 || kinds&ner.GeoCity != 0 && band >= 1
}

// adminHeads end the names of administrative regions and no organisation's.
var adminHeads = map[string]bool{"province": true, "oblast": true, "governorate": true, "prefecture": true, "krai": true}

// placePreps are the prepositions of place that no team's name follows.
var placePreps = map[string]bool{"near": true, "across": true, "outside": true, "around": true,
	"throughout": true, "inside": true, "within": true}

// settlementWords name a kind of town before "of" and its name: "the city
// of Red Bank", "the borough of Fair Haven".
var settlementWords = map[string]bool{"city": true, "town": true, "village": true, "borough": true,
	"township": true, "hamlet": true, "suburb": true, "community": true, "municipality": true}

// nearWords come before a town's name in local news: "nearby Fair Haven",
// "neighboring Shrewsbury".
var nearWords = map[string]bool{"nearby": true, "neighboring": true, "neighbouring": true}

// determiners open a noun phrase that a nearWords adjective may qualify.
var determiners = map[string]bool{"a": true, "an": true, "the": true, "its": true, "their": true, "his": true,
	"her": true, "our": true, "this": true, "that": true}

// afterSettlementWord reports a candidate after a lower-case word for a
// kind of town and "of" ("the city of Red Bank") or after a word of
// nearWords ("nearby Fair Haven"), not before a capitalised word or a
// possessive: a town's name, whatever its size.
func (x *entx) afterSettlementWord(c *cand) bool {
	lo, hi := x.d.Sents[c.si].TokStart, x.d.Sents[c.si].TokEnd
	if c.e < hi && (lexicon.IsCapitalized(x.word(c.e)) || isPossessive(x.word(c.e))) {
		return false
	}
	if c.s-1 >= lo && nearWords[x.word(c.s-1)] {
		// "in nearby Fair Haven", not "a nearby Metro station"
		return (c.s-2 < lo || !determiners[x.low(c.s-2)]) && !(c.e-c.s == 1 && forceWords[x.key1(c.s)])
	}
	return c.s-2 >= lo && x.word(c.s-1) == "of" && settlementWords[x.word(c.s-2)]
}

// inAmount reports a country's name between an amount's number and its
// currency: "US" in "190 million US dollars" is part of the amount. (A
// nationality there stays: CoNLL-2003 tags "25,000 Swiss francs" MISC.)
func (x *entx) inAmount(c *cand) bool {
	if c.s == x.d.Sents[c.si].TokStart || c.e >= x.d.Sents[c.si].TokEnd {
		return false
	}
	if lexicon.CurrencyName(x.low(c.e)) == "" {
		return false
	}
	if w := x.low(c.s - 1); !textdoc.StartsWithDigit(w) && !magnitudes[w] {
		return false
	}
	p, ok := lexicon.LookupPlace(x.ckey(c))
	return ok && p.Kind == lexicon.Country
}

// magnitudes are the words that end a number before its currency.
var magnitudes = map[string]bool{"hundred": true, "thousand": true, "million": true, "billion": true, "trillion": true,
	"mln": true, "bln": true, "bn": true, "m": true, "k": true, "crore": true, "lakh": true}

// locPrefixes open the names of natural places: "River Thames", "Mount Kenya".
var locPrefixes = map[string]bool{"river": true, "mount": true, "lake": true, "gulf": true, "cape": true, "mt": true, "mt.": true}

// stormWords open the names of storms, which are events.
var stormWords = map[string]bool{"hurricane": true, "typhoon": true, "cyclone": true, "storm": true, "tropical": true}

// weakLocHeads with the strong location heads (lexicon.StrongHead 'L') make
// an organisation's name a location's: "Euphrates River" is one,
// "Nottingham Forest" is a club.
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

// orgNamedNouns are the nouns of a kind of body that, standing bare before
// a name as a title does, tell the name is a body's: "bookmaker William
// Hill", "computer firm Apple", "US magazine Rolling Stone".
var orgNamedNouns = map[string]bool{"company": true, "firm": true, "newspaper": true, "broadcaster": true,
	"airline": true, "insurer": true, "retailer": true, "manufacturer": true, "conglomerate": true, "carmaker": true,
	"automaker": true, "brewer": true, "bookmaker": true, "magazine": true, "tabloid": true, "publisher": true,
	"supermarket": true, "lender": true, "charity": true, "label": true, "website": true}

// orgNounBefore reports a name right after a noun of orgNamedNouns that no
// determiner opens ("bookmaker William Hill", not "the firm Ann Cole
// founded").
func (x *entx) orgNounBefore(c *cand) bool {
	st := x.d.Sents[c.si]
	if c.s-1 < st.TokStart || !orgNamedNouns[x.key1(c.s-1)] {
		return false
	}
	if c.s-2 >= st.TokStart && lexicon.IsDeterminer(x.key1(c.s-2)) {
		return false
	}
	return true
}

// largeTown reports a name of two or three words that the gazetteer knows
// as a division or a town of 10,000 people or more, outside a heading in
// capitals: "Red Bank Mayor Pasquale Menna" (one word may be a party's or an
// office's: "Green MP", "Justice Secretary").
func (x *entx) largeTown(c *cand) bool {
	if c.e-c.s < 2 || c.e-c.s > 3 || c.caps {
		return false
	}
	return x.divisionOrTown(c.s, c.e)
}

// afterThe reports a candidate right after "the".
func (x *entx) afterThe(c *cand) bool {
	return c.title == "" && c.s > x.d.Sents[c.si].TokStart && x.key1(c.s-1) == "the"
}

// typeOf decides the contract type of a candidate.
func (x *entx) typeOf(c *cand) contract.EntityType {
	k := x.ckey(c)
	last := x.key1(c.e - 1)
	place, isPlace := lexicon.LookupPlace(k)
	if c.e-c.s == 2 && c.title == "" && !isPlace && locPrefixes[x.key1(c.s)] && lexicon.IsCapitalized(x.word(c.s+1)) && !lexicon.IsEventWord(last) {
		return contract.Location // "River Thames", "Mount Everest", "Lake Chad"; not "Cape Town", "Gulf War"
	}
	if name, ok := x.listedDivision(c); ok {
		c.canon = name
		return contract.GPE // "in Dade, Catoosa and Walker counties"
	}
	_, isDem := lexicon.Demonym(k)
	if isDem && isPlace && place.Kind == lexicon.Country && lexicon.Key(place.Name) == k {
		isDem = false // "the Philippines" is the country, whatever the demonyms' table says
	}
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
		if (isDem || c.class == cMISC) && isPlace && !place.GPE() && x.regionAsNoun(c) {
			return contract.Location // "a boat capsized in the Mediterranean", not "a Mediterranean port"
		}
		if isDem || lexicon.IsGroup(k) {
			return contract.NORP
		}
		if lexicon.IsHoliday(k) {
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
	// "bookmaker William Hill", "US magazine Rolling Stone": a body's noun
	// used as a title before the name
	if c.class == cPER && c.title == "" && !isDem && !isPlace && x.orgNounBefore(c) {
		return contract.Org
	}
	if isPlace && place.Kind == lexicon.State && lexicon.Key(place.Name) != k && !isOrg && x.afterThe(c) {
		c.canon = place.Name
		return contract.GPE // "the Granite State", a state's nickname; not the film "Garden State"
	}
	if (c.class == cORG || c.class == cPER) && !isOrg && x.townBeforeQualifier(c) {
		return contract.GPE // "police in Ferguson, Missouri, used tear gas"
	}
	if (c.class == cORG || c.class == cPER) && !isOrg && x.localPlace(c) {
		return contract.GPE // "on Detroit's west side", "from Sparta in White County"
	}
	if (c.class == cORG || c.class == cPER) && !isOrg && !isPlace && x.compassDistrict(c) {
		return contract.GPE // "Bristol West", "Leeds North West"
	}
	if (c.class == cORG || c.class == cPER && x.besideCountry(c)) && isPlace && place.Kind == lexicon.Country && !isOrg &&
		c.title == "" && !countryNames[k] {
		return contract.GPE // "drought in Mali and Niger"; CoNLL tags national teams as places too
	}
	switch c.class {
	case cPER:
		return x.personType(c, k, last, isOrg)
	case cLOC:
		return x.placeType(c, last, place, isPlace, isDem, isOrg)
	case cORG:
		if (isPlace && place.GPE() || x.knownCounty(c) || x.largeTown(c)) && !isOrg && x.beforeTitle(c) {
			return contract.GPE // "Milwaukee Mayor Nora Pike", "Pike County District Attorney Ray Dunn", "Red Bank Mayor"
		}
		if !isOrg && (x.townshipName(c) || x.countyAlone(c)) {
			return contract.GPE // "his Lenox Township home", "the Gwinnett County jail"
		}
		return x.orgType(c, last, isOrg)
	case cMISC:
		return x.miscType(c, k, last, isDem, isOrg)
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

// personType returns the type of a candidate c the recogniser took for a
// person (key k, last word last): an event ("Hurricane Katrina"), a known
// organisation, a name by its strong head, or a person.
func (x *entx) personType(c *cand, k, last string, isOrg bool) contract.EntityType {
	if c.e-c.s > 1 && stormWords[x.key1(c.s)] {
		return contract.Event // "Hurricane Katrina"
	}
	if c.e-c.s == 1 && isOrg && c.title == "" && !lexicon.IsAmbiguousOrg(k) {
		return contract.Org
	}
	if c.e-c.s > 1 && c.title == "" && divisionHeads[last] && lexicon.IsCapitalized(x.word(c.e-1)) || x.townNotPerson(c) {
		return contract.GPE // "Martin County", "Orange Township", "Fort Bragg"
	}
	if c.e-c.s > 1 && c.title == "" {
		switch lexicon.StrongHead(last) {
		case 'F':
			return contract.Facility
		case 'O':
			return contract.Org
		case 'L':
			return contract.Location
		}
	}
	return contract.Person
}

// placeType returns the type of a candidate c the recogniser took for a
// place (last word last; place and the lexicon facts about it): a
// nationality, a GPE or location, a seat named for what sits there, an
// organisation or team by its head, else a GPE.
func (x *entx) placeType(c *cand, last string, place lexicon.Place, isPlace, isDem, isOrg bool) contract.EntityType {
	if isDem {
		return contract.NORP
	}
	if !isPlace && x.placeEvent(c, last) {
		return contract.Event // "the London Marathon", "the Beijing Olympics"
	}
	if !isPlace && x.givenAndSurname(c, last) || x.afterKin(c) {
		return contract.Person // "the Ben Hollis thriller", "her husband, Austin", "his nephew Raleigh"
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
	if c.e-c.s > 1 && !x.afterSettlementWord(c) {
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
}

// orgType returns the type of a candidate c the recogniser took for an
// organisation (last word last): a location or facility by its head, else
// an organisation.
func (x *entx) orgType(c *cand, last string, isOrg bool) contract.EntityType {
	if c.e-c.s > 2 && !isOrg && ofHeads[x.key1(c.s)] && x.word(c.s+1) == "of" && lexicon.IsCapitalized(x.word(c.e-1)) {
		return contract.Location // "Bay of Bengal", "Strait of Hormuz"
	}
	if c.e-c.s > 1 && (lexicon.StrongHead(last) == 'L' || weakLocHeads[last]) {
		return contract.Location
	}
	if c.e-c.s > 1 && lexicon.StrongHead(last) == 'F' && !isOrg {
		return contract.Facility // "Emirates Stadium", "Heathrow Airport"
	}
	return contract.Org
}

// miscType returns the type of a candidate c the recogniser left
// miscellaneous (key k, last word last): a nationality or group, a known
// organisation, a name by its head, an event, else a nationality.
func (x *entx) miscType(c *cand, k, last string, isDem, isOrg bool) contract.EntityType {
	if isDem || lexicon.IsGroup(k) {
		return contract.NORP
	}
	if isOrg {
		return contract.Org
	}
	// the head decides first: "Olympic Committee" is an organisation,
	// "Canaan Township" a division
	if c.e-c.s > 1 && lexicon.IsCapitalized(x.word(c.e-1)) {
		if divisionHeads[last] && !isDemonymKey(x.key1(c.s)) {
			return contract.GPE
		}
		switch lexicon.StrongHead(last) {
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

// splitHyphens turns a candidate that is a hyphenated compound of places or
// demonyms into its parts ("Syrian-Iranian"), finds such parts in tokens
// nothing covers ("Iran-backed"), and takes the place out of a modifier
// compound, whose other parts are lower-case words: "a Knoxville-area
// hospital", "the New York-based paper", "pro-Israel groups", "the
// U.S.-led coalition". News geoparsing corpora mark the place there with its
// own span; CoNLL-2003 tags the whole word MISC.
func (x *entx) splitHyphens() {
	covered := x.coveredTokens()
	var extra []cand
	for si, s := range x.d.Sents {
		if x.caps[si] {
			continue
		}
		for i := s.TokStart; i < s.TokEnd; i++ {
			if x.d.Kind(i)&textdoc.KindPlain != 0 {
				continue // letters and digits: no hyphen, and no look at its bytes
			}
			w := x.word(i)
			if strings.IndexByte(w, '-') <= 0 {
				continue
			}
			k := int(covered[i])
			if k < 0 {
				if c, ok := x.hyphenInName(i); ok {
					extra = append(extra, c)
				}
				continue
			}
			found, keep := x.hyphenParts(i, si, k > 0)
			if len(found) == 0 || keep {
				continue
			}
			if k > 0 {
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

// coveredTokens gives, for each token, 1 + the index of the one-token
// candidate that covers it, -1 when a longer candidate covers it, and 0
// when none does. The table is the scratch's (apposition's owners before).
func (x *entx) coveredTokens() []int32 {
	covered := tokenTable(&x.sc.tok32, len(x.d.Toks))
	for k, c := range x.cands {
		if c.drop {
			continue
		}
		if c.e-c.s == 1 {
			covered[c.s] = int32(k + 1)
		} else {
			for i := c.s; i < c.e; i++ {
				covered[i] = -1
			}
		}
	}
	return covered
}

// hyphenParts returns the places and demonyms among the parts of token i
// (in sentence si) as candidates, and whether the token should stay whole:
// a token nothing covers (whole false) must open with a capital, one the
// recogniser covers stays whole unless every part is a name or its other
// parts are lower-case modifiers ("Boston-based", "U.S.-led").
func (x *entx) hyphenParts(i, si int, whole bool) ([]cand, bool) {
	w := x.word(i)
	parts := strings.Split(w, "-")
	off := 0 // the part's first byte in w
	var found []cand
	all, modifier, place := true, true, false
	for j, p := range parts {
		c := cand{s: i, e: i + 1, bs: x.d.TokByte(i, off), be: x.d.TokByte(i, off+len(p)), si: si, alias: -1, forced: true}
		off += len(p) + 1
		if !lexicon.IsCapitalized(p) {
			all = false
			continue
		}
		if typ, canon, ok := hyphenPlace([]string{p}, parts[j+1:], parts[:j]); ok {
			c.typ, c.canon, c.class = typ, canon, cLOC
			found, place = append(found, c), true
		} else if _, ok := lexicon.Demonym(lexicon.Key(p)); ok {
			c.typ, c.class = contract.NORP, cMISC
			found = append(found, c)
		} else {
			all, modifier = false, false
		}
	}
	if !whole {
		return found, !lexicon.IsCapitalized(w) && !(modifier && place)
	}
	return found, !all && !(modifier && place)
}

// hyphenInName returns the place that a candidate of two words or more
// names before a hyphen in its last token, whose rest is a lower-case
// modifier: "New York" in "New York-based", "Rio de Janeiro" in "Rio de
// Janeiro-born". The candidate goes.
func (x *entx) hyphenInName(i int) (cand, bool) {
	k := x.candEndingAt(i)
	if k < 0 {
		return cand{}, false
	}
	c := &x.cands[k]
	parts := strings.Split(x.word(i), "-")
	if !lexicon.IsCapitalized(parts[0]) {
		return cand{}, false
	}
	words := make([]string, 0, c.e-c.s)
	for j := c.s; j < i; j++ {
		words = append(words, x.word(j))
	}
	words = append(words, parts[0])
	typ, canon, ok := hyphenPlace(words, parts[1:], nil)
	if !ok {
		return cand{}, false
	}
	c.drop = true
	n := cand{s: c.s, e: c.e, bs: c.bs, be: x.d.TokByte(i, len(parts[0])), si: c.si, alias: -1, forced: true}
	n.typ, n.canon, n.class = typ, canon, cLOC
	return n, true
}

// candEndingAt returns the index of the candidate of two words or more
// whose last token is i, or -1.
func (x *entx) candEndingAt(i int) int {
	for k := range x.cands {
		c := &x.cands[k]
		if !c.drop && c.e-1 == i && c.e-c.s > 1 {
			return k
		}
	}
	return -1
}

// locativeSuffixes are the lower-case words after a hyphen that say where
// something is, comes from or goes to: "Knoxville-area", "Gaza-bound".
var locativeSuffixes = map[string]bool{"based": true, "area": true, "bound": true, "born": true, "bred": true,
	"raised": true, "headquartered": true, "listed": true, "registered": true, "made": true, "built": true,
	"centred": true, "centered": true, "region": true, "flagged": true, "grown": true, "native": true}

// hyphenPlace reports whether the name (its words) before or after the
// lower-case modifiers of a hyphenated word is a place, with its type and
// canonical name: a country the lexicon knows beside any word
// ("Iran-backed", "pro-Israel"); a place the lexicon knows before a
// lower-case modifier ("Moscow-backed"); a division, or a town of 10,000
// people or more, that the gazetteer knows, before a locative word
// ("Knoxville-area", "Gaza-bound"). after are the parts after the name,
// before the ones before it.
func hyphenPlace(words, after, before []string) (contract.EntityType, string, bool) {
	name := strings.Join(words, " ")
	pl, known := lexicon.LookupPlace(lexicon.Key(name))
	if known && pl.Kind == lexicon.Country {
		return contract.GPE, pl.Name, true
	}
	if len(after) == 0 || !allLower(after) || !allLower(before) {
		return "", "", false
	}
	if known && pl.GPE() {
		return contract.GPE, pl.Name, true
	}
	if !locativeSuffixes[after[0]] {
		return "", "", false
	}
	kinds, band := ner.Default().PlaceKinds(words)
	if kinds&(ner.GeoCountry|ner.GeoSubdivision) != 0 || kinds&ner.GeoCity != 0 && band >= 1 {
		return contract.GPE, "", true
	}
	return "", "", false
}

// allLower reports whether every word is written in lower case letters.
func allLower(ws []string) bool {
	for _, w := range ws {
		if w == "" || strings.ToLower(w) != w {
			return false
		}
	}
	return true
}
