package entity

// This file joins the names of constituencies and districts made of two
// places and "and" ("Holborn and St Pancras", "Eton and Slough"), which the
// recogniser finds as two names.

import (
	"strings"

	"github.com/newsparse/newsparse/internal/contract"
	"github.com/newsparse/newsparse/internal/gazetteer"
	"github.com/newsparse/newsparse/internal/lexicon"
)

// joinAndDistricts joins two names around "and" into one place where the
// text uses the pair as one name: before the lower-case word for a seat
// ("the Eton and Slough seat") when the gazetteer knows one of them as a
// town, after "MP for", or as an item of a list that goes on after it when
// the gazetteer knows both as towns near each other (nearPlaces) or the
// list names constituencies by a town and a compass word (seatList:
// "Oldham East and Saddleworth, Leeds North West, Taunton").  Two towns named side by side ("in Minneapolis and St. Paul,
// Minnesota") stay two.
func (x *entx) joinAndDistricts() {
	// one name the recogniser made of the two ("the Haltemprice and Howden
	// seat") is left to the pass after the joins
	orgPair := func(c *cand) bool { return c.typ == contract.Org && x.innerAnd(c) > 0 }
	x.joinNext(contract.GPE, cLOC, true, func(c, n *cand) bool {
		return !c.caps && c.title == "" && !orgPair(c) && n.s == c.e+1 && x.word(c.e) == "and" && n.title == "" &&
			c.e-c.s <= 3 && n.e-n.s <= 3 && x.pairIsName(c, n)
	})
	for k := range x.cands {
		c := &x.cands[k]
		if c.drop || c.caps || c.title != "" || !orgPair(c) {
			continue
		}
		i := x.innerAnd(c)
		a, b := *c, *c
		x.setTokens(&a, c.s, i)
		x.setTokens(&b, i+1, c.e)
		if x.pairIsName(&a, &b) {
			c.typ, c.class, c.canon, c.forced = contract.GPE, cLOC, "", true
		}
	}
}

// innerAnd returns the token of the one "and" inside a candidate of two to
// six words that joins two capitalised names, or 0.
func (x *entx) innerAnd(c *cand) int {
	if c.e-c.s < 3 || c.e-c.s > 6 {
		return 0
	}
	at := 0
	for i := c.s + 1; i < c.e-1; i++ {
		if x.word(i) == "and" {
			if at != 0 {
				return 0
			}
			at = i
		}
	}
	if at == 0 || !lexicon.IsCapitalized(x.word(at-1)) || !lexicon.IsCapitalized(x.word(at+1)) {
		return 0
	}
	return at
}

// pairIsName reports whether names c and n, joined by "and", make one
// district's or constituency's name (joinAndDistricts).
func (x *entx) pairIsName(c, n *cand) bool {
	if x.orgOrOwner(c, n) {
		return false
	}
	a, b := x.text(c), x.text(n)
	switch x.pairAsName(c, n) {
	case pairMember:
		return true
	case pairSeat:
		return len(districtPoints(a)) > 0 || len(districtPoints(b)) > 0
	case pairList:
		return x.seatList(c.si) || nearPlaces(a, b)
	case pairListFirst:
		return x.seatList(c.si)
	}
	return false
}

// orgOrOwner reports a pair of names of which one is a known organisation's
// or the second owns what follows ("MP for Meirionnydd and Plaid Cymru's
// leader").
func (x *entx) orgOrOwner(c, n *cand) bool {
	if _, ok := lexicon.KnownOrg(x.ckey(c)); ok {
		return true
	}
	if _, ok := lexicon.KnownOrg(x.ckey(n)); ok {
		return true
	}
	return n.e < x.d.Sents[n.si].TokEnd && isPossessive(x.word(n.e))
}

// seatWords follow a constituency's name in lower case: "the Eton and Slough
// seat".
var seatWords = map[string]bool{"seat": true, "constituency": true, "by-election": true, "division": true}

// memberWords come before "for" and a constituency's name: "MP for".
var memberWords = map[string]bool{"mp": true, "member": true, "candidate": true, "mla": true, "msp": true}

// The places where two names joined by "and" may stand as one (pairAsName).
const (
	pairNone      = iota
	pairMember    // after "MP for"
	pairSeat      // before "seat"
	pairList      // an item of a list that goes on after it
	pairListFirst // the first item of such a list
)

// pairAsName reports where names c and n, joined by "and", stand: where one
// name of a seat does (pairMember, pairSeat), where an item of a list that
// goes on after them does (pairList, pairListFirst for its first), or
// neither (pairNone).
func (x *entx) pairAsName(c, n *cand) int {
	lo, hi := x.d.Sents[c.si].TokStart, x.d.Sents[c.si].TokEnd
	if n.e < hi && seatWords[x.word(n.e)] {
		return pairSeat
	}
	if c.s-2 >= lo && x.word(c.s-1) == "for" && memberWords[x.low(c.s-2)] {
		return pairMember
	}
	if n.e+1 >= hi || x.word(n.e) != "," {
		return pairNone
	}
	kind := pairList
	if c.s == lo || x.word(c.s-1) != "," {
		kind = pairListFirst
	}
	// the list goes on: a name that is no state or country holding the pair,
	// then a comma, "and" or the sentence's end
	j := n.e + 1
	if x.word(j) == "and" { // an Oxford comma
		j++
	}
	start := j
	for j < hi && j < n.e+5 && lexicon.IsCapitalized(x.word(j)) {
		j++
	}
	if j == start {
		return pairNone
	}
	if p, ok := lexicon.LookupPlace(x.key(start, j)); ok && (p.Kind == lexicon.State || p.Kind == lexicon.Country) {
		return pairNone
	}
	if _, ok := lexicon.USStateAbbrev(x.word(start)); ok {
		return pairNone
	}
	if j == hi || x.word(j) == "," || x.word(j) == "and" || x.word(j) == "." {
		return kind
	}
	return pairNone
}

// seatList reports whether sentence si names a constituency by a town the
// gazetteer knows and a capitalised compass word, as an item of a list: "Leeds
// North West," or "Bristol West and".
func (x *entx) seatList(si int) bool {
	lo, hi := x.d.Sents[si].TokStart, x.d.Sents[si].TokEnd
	for i := lo + 1; i+1 < hi; i++ {
		if !districtCompass[x.key1(i)] || !lexicon.IsCapitalized(x.word(i)) {
			continue
		}
		e := i + 1
		if e < hi && districtCompass[x.key1(e)] && lexicon.IsCapitalized(x.word(e)) {
			e++
		}
		if e < hi && x.word(e) != "," && x.word(e) != "and" {
			continue
		}
		if s := i - 1; lexicon.IsCapitalized(x.word(s)) && len(districtPoints(x.word(s))) > 0 {
			return true
		}
	}
	return false
}

// districtKm is how near two places must lie to make one district's name.
const districtKm = 30

// nearPlaces reports whether the gazetteer knows towns or counties named a
// and b (less compass words at their end: "Oldham East") within districtKm
// of each other; countries and first-level divisions are not districts.
func nearPlaces(a, b string) bool {
	pa, pb := districtPoints(a), districtPoints(b)
	for _, p := range pa {
		for _, q := range pb {
			if p.country == q.country && gazetteer.KM(p.lat, p.lon, q.lat, q.lon) <= districtKm {
				return true
			}
		}
	}
	return false
}

// point is a place's country and position.
type point struct {
	country  string
	lat, lon float64
}

// districtPoints returns the towns of a name that may be part of a district.
func districtPoints(name string) []point {
	ws := strings.Fields(name)
	for len(ws) > 1 && districtCompass[strings.ToLower(ws[len(ws)-1])] {
		ws = ws[:len(ws)-1]
	}
	var out []point
	for _, p := range gazetteer.Lookup(strings.Join(ws, " ")) {
		if p.Feature == "A.PCLI" || p.Feature == "A.ADM1" || strings.HasPrefix(p.Feature, "L.") {
			continue
		}
		out = append(out, point{p.Country, p.Lat, p.Lon})
	}
	return out
}
