package figure

import (
	"strings"

	"github.com/newsparse/newsparse/internal/contract"
	"github.com/newsparse/newsparse/internal/lexicon"
)

// Counts unstated: a vague word that stands where a count would and gives
// no figure ("several suspects have been detained", "many were killed",
// "killed an unspecified number of rebels", "left several injured"). The
// pattern reader reads such a phrase as it reads "two suspects" (countOf),
// with the count a plural says at least (two) in the place of a figure, so
// that every rule of the count's victims and its casualty phrase holds
// ("one fatally" is still fewer than them); the hit then carries no count
// (Casualty.Unstated) and the toll leaves it out.

// unstatedWords open a noun phrase of victims of no stated number, or stand
// for them alone: "several suspects", "many were killed".
var unstatedWords = map[string]bool{"several": true, "many": true, "some": true, "numerous": true,
	"countless": true, "multiple": true, "untold": true}

// numberAdjectives qualify "number" in a vague count: "an unspecified number
// of rebels", "a large number of people".
var numberAdjectives = map[string]bool{"unspecified": true, "unknown": true, "undisclosed": true,
	"undetermined": true, "unconfirmed": true, "large": true, "small": true, "growing": true,
	"significant": true, "substantial": true, "huge": true, "considerable": true, "increasing": true}

// partWords take a part of a vague number with "of": "one of several", "each of many".
var partWords = map[string]bool{"one": true, "each": true, "any": true, "none": true, "all": true, "most": true,
	"some": true, "either": true, "neither": true}

// unstatedPlaceholder is the count an unstated hit is read with: the least a
// plural says.
const unstatedPlaceholder = 2

// unstatedAt reads a vague word of no figure at token i: "several",
// "many", "some", "a number of", "an unspecified number of", "a handful
// of", "a few". Its match ends before the "of" that a noun of quantity
// takes ("a number" of rebels), as that of "dozens" does. A word a
// determiner or "how" governs ("how many", "the many", "as many") is none.
func unstatedAt(sc *numScan, i int) (numMatch, bool) {
	w := sc.w(i)
	e := 0
	switch {
	case unstatedWords[w]:
		e = i + 1
	case w == "a" || w == "an":
		k := i + 1
		if numberAdjectives[sc.w(k)] {
			k++
		}
		switch {
		case sc.w(k) == "number" && sc.w(k+1) == "of":
			e = k + 1
		case w == "a" && k == i+1 && sc.w(k) == "handful" && sc.w(k+1) == "of":
			e = k + 1
		case w == "a" && k == i+1 && sc.w(k) == "few":
			e = k + 1
		}
	}
	if e == 0 || e >= sc.hi {
		return numMatch{}, false
	}
	if w == "several" || w == "many" || w == "a" && sc.w(e-1) == "few" {
		if mv, ok := magnitudeWords.get(sc.w(e)); ok && mv > 0 && mv < 1e5 || sc.w(e) == "million" {
			e++ // "several hundred", "a few thousand": a magnitude and no count of it
		}
	}
	if sc.w(e) == "more" && e+1 < sc.hi {
		e++ // "many more were injured", "injuring several more"
	}
	if i > sc.lo {
		switch p := sc.w(i - 1); p {
		case "how", "as", "too", "so", "not":
			return numMatch{}, false // "how many were killed", "as many as"
		case "of":
			if q := sc.w(i - 2); partWords[q] || smallNumbers.at(q) > 0 {
				return numMatch{}, false // "one of several people hurt": the one, not the several
			}
		default:
			if isDeterminer(p) || isPronounDet(p) {
				return numMatch{}, false // "the many killed", "their several"
			}
		}
	}
	m := numMatch{qtok: i, tok: i, tokEnd: e, qstart: sc.toks[i].Start, start: sc.toks[i].Start, end: sc.toks[e-1].End}
	m.qend = m.end
	m.n = contract.Number{Value: unstatedPlaceholder, Vague: true}
	m.unstated = true
	return m, true
}

// unstatedCountAt reads at token i a vague word of no figure and what it
// counts, as countAt reads a count: "several suspects have been detained",
// "many were killed", "killing some civilians", "the blast left several
// injured". A part of victims told before ("many of them", "some of the
// injured") is no mention of its own, nor a phrase whose noun names no
// people ("many homes were damaged"). It returns the hit, whose count is
// unstated, and the token after it, or false.
func unstatedCountAt(sc *numScan, i int) (casHit, int, bool) {
	m, k, ok := unstatedHead(sc, i)
	if !ok {
		return casHit{}, i + 1, false
	}
	if e, who, ok := victimNoun(sc, k); ok && (!unstatedVictim(who) || clauseBetween(sc, k, e)) || !ok && thingNounAt(sc, k) {
		return casHit{}, max(e, k), false // "many homes were damaged", "some injuries"
	}
	h, e, ok := countOf(sc, m)
	if !ok || h.Count == 0 {
		return casHit{}, i + 1, false // "several were not hurt" states no harm
	}
	h.Count, h.Unstated, h.Vague, h.Qualifier, h.explicit = 0, true, true, contract.Exact, false
	return h, e, true
}

// unstatedHead reads at token i a vague word of no figure (unstatedAt) and
// returns its match and the token of the noun it opens, after the "of" of
// "a number of" and "a handful of"; false for a part of victims told
// before ("many of them", "some of the injured").
func unstatedHead(sc *numScan, i int) (numMatch, int, bool) {
	if !sc.is(i, clsUnstated) { // unstatedWords, "a", "an"
		return numMatch{}, 0, false
	}
	m, ok := unstatedAt(sc, i)
	if !ok {
		return numMatch{}, 0, false
	}
	k := m.tokEnd
	if of := sc.w(k) == "of"; of != (sc.w(k-1) == "number" || sc.w(k-1) == "handful") {
		return numMatch{}, 0, false // "many of them": a part
	} else if of {
		k++
	}
	return m, k, true
}

// unstatedVictim reports a victims' noun after a vague word of no figure
// that names people: "suspects", "people", "Iraqis", "others".
func unstatedVictim(who string) bool {
	w := lexicon.Lower(who)
	return lexicon.IsVictimNoun(w) || personPlural(w) || isCapWord(who) || w == "others" || w == "more"
}

// thingNounAt reports a lower-case word at token k, after a vague word, that
// opens a noun phrase of no people: a noun or a modifier, not a casualty
// word or an auxiliary ("some injuries", "many areas").
func thingNounAt(sc *numScan, k int) bool {
	w := sc.w(k)
	if w == "" || auxWords.at(w) || chainWords.at(w) || !isAlpha(w) {
		return false
	}
	if _, ok := triggers.get(w); ok {
		return false // "several injured", "many killed"
	}
	if _, ok := deathNouns[w]; ok {
		return w == "injuries" || w == "death" || w == "lives" // "several injuries" may be one victim's
	}
	switch w {
	case "more", "other", "others", "who", "and", "in", "on", "at", "from", "after", "during":
		return false
	}
	return true
}

// unstatedVictims reads a vague word of no figure and the people it opens
// as the object of an active verb at token o: "rounded up several
// villagers", "detaining a number of protesters". The phrase's count is the
// placeholder, marked unstated.
func unstatedVictims(sc *numScan, o int) (victimPhrase, bool) {
	_, k, ok := unstatedHead(sc, o)
	if !ok {
		return victimPhrase{}, false // "some of them"
	}
	e, who, ok := victimNoun(sc, k)
	if !ok || !unstatedVictim(who) || singleNoun(lexicon.Lower(who)) || clauseBetween(sc, k, e) {
		return victimPhrase{}, false
	}
	return victimPhrase{start: o, end: e, count: unstatedPlaceholder, who: who, unstated: true}, true
}

// unstatedParts returns a segment's hits without the unstated ones that
// tell again part of victims counted before them in the segment with the
// same kind: "Another 12 were injured, many cut by glass, some trampled in
// the rush" is one mention, as "four of them seriously" is
// none of its own. One of "others" or "more" ("two were killed and several
// others wounded"), or of another kind ("16 were killed and several
// injured"), stays.
func unstatedParts(hits []casHit) []casHit {
	out := hits[:0]
	for k, h := range hits {
		if h.Unstated && !strings.Contains(h.Who, "others") && !strings.Contains(lexicon.Lower(h.Text), " more") && sameKindBefore(hits[:k], h) {
			continue
		}
		out = append(out, h)
	}
	return out
}

// sameKindBefore reports a hit of before, ending before h, with h's kind.
func sameKindBefore(before []casHit, h casHit) bool {
	for _, b := range before {
		if b.Kind == h.Kind && b.End <= h.Start {
			return true
		}
	}
	return false
}

// clauseBetween reports a pronoun among the words before a victims' noun
// (tokens [k, e-1)), which opens a clause and no modifier: "some it deemed
// terrorists" counts no victims of its own.
func clauseBetween(sc *numScan, k, e int) bool {
	for n := k; n < e-1; n++ {
		switch sc.w(n) {
		case "it", "he", "she", "they", "we", "i", "you", "who", "there":
			return true
		}
	}
	return false
}
