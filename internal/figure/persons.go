package figure

import (
	"strings"

	"github.com/newsparse/newsparse/internal/contract"
	"github.com/newsparse/newsparse/internal/lexicon"
)

// Persons outside the victim nouns: the word lists of victims.go name the
// people news names most often, but a story may harm "a motorcyclist", "a
// Palestinian" or "the professor". A singular noun is taken for a person
// by its form (an agent suffix: -ist, -ian, -er, -or, -man, -ess, -ee; a
// demonym; a title) when a predicate that only people take follows or
// precedes it: "A motorcyclist was killed", "gunmen abducted a professor".
// "The merger was killed" and "the engine died" stay out: their nouns have
// no person's form, or are listed as things.

// personSuffixes end the singular nouns of people by what they do or are.
var personSuffixes = strings.Fields(`ist ian er or man woman ess ee eur ant`)

// notPersonForms are nouns with a person's ending that name things.
var notPersonForms = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`list wrist twist mist fist exist assist resist insist persist consist christian
		water paper number matter order power center centre corner border letter weather summer winter tower computer
		manner chamber shelter trailer container register cluster finger shoulder layer quarter chapter character
		thunder cancer tiger monster filter leather ladder hammer river silver dinner lower upper other under after
		never ever over whether however rather together either neither further later banner sticker poster trigger
		holster bumper fender hanger locker career barrier border answer offer cover fever liver paper super
		merger number prayer player sister brother mother father daughter
		motor sector factor door floor mirror error color colour tractor reactor elevator generator indicator monitor
		floor humor honor horror terror corridor vendor
		business address access process progress success congress express press stress mattress dress less
		tree free fee committee coffee degree knee guarantee
		plan man woman german roman human ocean median
		restaurant plant giant elephant instant tenant servant merchant grant`) {
		m[w] = true
	}
	return m
}()

// personForm reports a lower-case singular noun w that names a person by its
// form (see the package note above), or a demonym or title written r.
func personForm(w, r string) bool {
	if lexicon.IsVictimNoun(w) || lexicon.IsPersonNoun(w) || lexicon.IsTitle(w) {
		return true
	}
	if isCapWord(r) {
		if _, ok := lexicon.Demonym(lexicon.Key(r)); ok {
			return true // "a Palestinian", "an Iraqi"
		}
	}
	if notPersonForms[w] || len(w) < 5 || strings.HasSuffix(w, "ness") || strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") {
		return false
	}
	for _, suf := range personSuffixes {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// personOnlyPredicates are the casualty words only people take, after
// their subject ("was killed", "died") or before their object ("abducted a
// professor").
var personOnlyPredicates = setOf(map[string]bool{
	"killed": true, "murdered": true, "slain": true, "wounded": true, "injured": true, "abducted": true, "kidnapped": true,
	"arrested": true, "detained": true, "died": true, "dies": true, "dead": true, "assassinated": true,
	"kill": true, "kills": true, "killing": true, "murder": true, "murdering": true, "wounding": true, "injuring": true,
	"abduct": true, "abducting": true, "kidnap": true, "kidnapping": true, "arrest": true, "arresting": true,
	"detain": true, "detaining": true, "assassinate": true, "assassinating": true,
})

// personPredicateAt reports, at token k after a subject, a predicate only
// people take: an auxiliary chain ("was", "has been", "was reportedly")
// then a word of personOnlyPredicates, "shot dead" or "stabbed to death".
func personPredicateAt(sc *numScan, k int) bool {
	for n := 0; n < 4 && k < sc.hi; n++ {
		w := sc.w(k)
		if auxWords.at(w) && w != "to" && w != "who" || chainWords.at(w) && w != "to" || strings.HasSuffix(w, "ly") {
			k++
			continue
		}
		break
	}
	w := sc.w(k)
	switch {
	case w == "kill" || w == "kills" || w == "killing" || w == "arrest" || w == "kidnap" || w == "detain":
		return false // an active verb: the subject acts
	case personOnlyPredicates.at(w):
		return k > sc.lo && (auxWords.at(sc.w(k-1)) || chainWords.at(sc.w(k-1)) || strings.HasSuffix(sc.w(k-1), "ly") ||
			w == "died" || w == "dies" || headlineLike(sc))
	case w == "shot" && sc.w(k+1) == "dead", (w == "shot" || w == "stabbed" || w == "beaten") && sc.w(k+1) == "to" && sc.w(k+2) == "death":
		return true
	case w == "stabbed" || w == "shot" && !shotOfThing(sc, k):
		return k > sc.lo && auxWords.at(sc.w(k-1)) // "a spectator was shot outside the arena"
	}
	return false
}

// shotOfThing reports a passive "shot" at token k that a film or a picture
// may take: a place or a time after it ("was shot in Prague", "shot on
// location", "shot during the winter"), unless "in" opens a part of the
// body ("was shot in the leg").
func shotOfThing(sc *numScan, k int) bool {
	switch sc.w(k + 1) {
	case "in":
		n := k + 2
		switch sc.w(n) {
		case "the", "his", "her", "their", "both":
			n++
		}
		return !bodyParts[sc.w(n)]
	case "on", "at", "for", "during", "entirely", "mostly", "partly", "over", "using", "with", "from", "across", "inside":
		return true
	}
	return false
}

// bodyParts are the parts of a body a bullet or a blade hits.
var bodyParts = map[string]bool{"head": true, "chest": true, "leg": true, "legs": true, "arm": true, "arms": true,
	"back": true, "neck": true, "stomach": true, "abdomen": true, "face": true, "foot": true, "feet": true, "hand": true,
	"hands": true, "shoulder": true, "thigh": true, "hip": true, "side": true, "torso": true, "knee": true, "buttocks": true,
	"groin": true, "eye": true, "jaw": true, "heart": true, "lung": true, "ankle": true, "wrist": true, "body": true}

// formedPerson reads, at token i, a determiner, up to three modifiers and a
// singular noun of a person's form ("a motorcyclist", "the Palestinian",
// "an elderly pensioner") that no word list names. It returns the phrase;
// the caller asks for a predicate only people take.
func formedPerson(sc *numScan, i int) (victimPhrase, bool) {
	switch sc.w(i) {
	case "a", "an", "the", "his", "her", "their", "another":
	default:
		return victimPhrase{}, false
	}
	for k := i + 1; k < i+5 && k < sc.hi; k++ {
		w, r := sc.w(k), sc.raw(k)
		if !modifierWord(sc, k) {
			return victimPhrase{}, false
		}
		next := sc.w(k + 1)
		if (!modifierWord(sc, k+1) || auxWords.at(next) || personOnlyPredicates.at(next)) && personForm(w, r) {
			return victimPhrase{start: i, end: k + 1, count: 1, who: r, ref: w}, true
		}
	}
	return victimPhrase{}, false
}

// formedVictimPredicate reads a victim of formedPerson at token i and a
// predicate only people take after it: "A motorcyclist was killed", "a
// Palestinian was shot dead". It returns the hit and the token after it.
func formedVictimPredicate(sc *numScan, i int) (casHit, int, bool) {
	v, ok := formedPerson(sc, i)
	if !ok || !personPredicateAt(sc, v.end) {
		return casHit{}, 0, false
	}
	h, e, ok := victimsThenChain(sc, i, v.end, 1, v.who, false)
	if !ok || modalBetween(sc, v.end, e) || h.Count != 1 {
		return casHit{}, 0, false
	}
	h.single, h.ref, h.key = true, v.ref, v.who
	return h, e, true
}

// formedObject reads an active verb only people take at token i and a
// victim of formedPerson after it: "abducted a professor", "killing a
// Palestinian". It returns the hit and the token after it.
func formedObject(sc *numScan, i int, ents []contract.Entity) (casHit, int, bool) {
	if !personOnlyPredicates.at(sc.w(i)) || sc.w(i) == "dead" || sc.w(i) == "died" || sc.w(i) == "dies" || sc.w(i) == "slain" {
		return casHit{}, 0, false
	}
	p, o, ok := activeAt(sc, i)
	if !ok || i == sc.lo {
		return casHit{}, 0, false
	}
	if _, ok := victimsAt(sc, o, ents); ok {
		return casHit{}, 0, false // the grammar's own reading
	}
	v, ok := formedPerson(sc, o)
	if !ok {
		return casHit{}, 0, false
	}
	h := newHit(sc, p.start, v.end, p.kind, 1, v.who)
	h.single, h.ref, h.key, h.generic = true, v.ref, v.who, p.generic
	return h, v.end, true
}

// pluralPersonForm reports a lower-case plural noun at token k whose
// singular has a person's form and that ends its noun phrase: "four
// professors", "two motorcyclists" (not "two computers", "three members of").
func pluralPersonForm(sc *numScan, k int) bool {
	if isCapWord(sc.raw(k)) && !shouted(sc, k) || !personPlural(sc.w(k)) {
		return false
	}
	return !modifierWord(sc, k+1) || auxWords.at(sc.w(k+1)) || chainWords.at(sc.w(k+1)) || personOnlyPredicates.at(sc.w(k+1)) || verbNext(sc, k+1)
}

// shouted reports a word at token k written in capitals beside another
// word in capitals, as in a wire headline ("GUNMEN KIDNAP TWO ENGINEERS"):
// its capitals say nothing of a name.
func shouted(sc *numScan, k int) bool {
	r := sc.raw(k)
	if len(r) < 2 || !isUpperWord(r) {
		return false
	}
	up := func(c int) bool { t := sc.raw(c); return len(t) >= 2 && isUpperWord(t) }
	return k > sc.lo && up(k-1) || k+1 < sc.hi && up(k+1)
}

// personPlural reports a lower-case plural noun whose singular has a
// person's form ("professors", "traffickers").
func personPlural(w string) bool {
	if len(w) < 6 || !strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ss") {
		return false
	}
	one := w[:len(w)-1]
	if strings.HasSuffix(w, "men") || notPersonForms[one] || lexicon.IsNonPersonNoun(w) {
		return false
	}
	for _, suf := range personSuffixes {
		if strings.HasSuffix(one, suf) && suf != "man" && suf != "woman" {
			return true
		}
	}
	return false
}

// harmParticiples are the participles of harm that "after being" and
// "survived being" take, with their kind.
var harmParticiples = map[string]string{"shot": injured, "stabbed": injured, "struck": injured, "hit": injured,
	"wounded": injured, "injured": injured, "hurt": injured, "attacked": injured, "beaten": injured, "run": injured,
	"kidnapped": kidnapped, "abducted": kidnapped, "arrested": detained, "detained": detained}

// beingHarmed reads "being shot" (and "being struck", "being abducted") at
// token k: its kind and the token after the participle, or false.
func beingHarmed(sc *numScan, k int) (string, int, bool) {
	if sc.w(k) != "being" {
		return "", k, false
	}
	p := k + 1
	if strings.HasSuffix(sc.w(p), "ly") {
		p++ // "after being fatally shot"
	}
	kind, ok := harmParticiples[sc.w(p)]
	if !ok || sc.w(p) == "run" && sc.w(p+1) != "over" {
		return "", k, false
	}
	if sc.w(p-1) == "fatally" || sc.w(p-1) == "mortally" {
		kind = killed
	}
	if sc.w(p) == "run" {
		p++
	}
	return kind, p + 1, true
}

// subjectThenBeing reads a clause's subject at token i whose own clause
// ends "after being shot" with no other casualty word between: "A
// 36-year-old man has been charged with robbery after being shot", "a man
// who survived being shot". It returns the hit over the subject and the
// harm, and the token after it.
func subjectThenBeing(sc *numScan, i int, ents []contract.Entity) (casHit, int, bool) {
	if i > sc.lo {
		switch sc.w(i - 1) {
		case ",", "said", "say", "says", "that", ":":
		default:
			return casHit{}, 0, false
		}
	}
	v, ok := victimsAt(sc, i, ents)
	if !ok || v.count < 1 || v.pronoun && i > sc.lo {
		return casHit{}, 0, false
	}
	for k := v.end; k < sc.hi && k < v.end+20; k++ {
		w := sc.w(k)
		switch w {
		case ".", ";", ":", "\"", "\u201c", "\u201d", "when", "because", "but", "while", "said", "says":
			return casHit{}, 0, false
		case "after", "since", "before", "following", "survived", "survives", "surviving":
			kind, e, ok := beingHarmed(sc, k+1)
			if !ok {
				continue
			}
			h := newHit(sc, i, e, kind, v.count, v.who)
			h.single, h.ref, h.key = v.count == 1, v.ref, v.who
			h.generic = kind == injured && !strings.HasPrefix(w, "surviv")
			return h, e, true
		}
		if _, src, ok := fallbackKind(w); ok && src != "extra" && k > v.end {
			return casHit{}, 0, false // a casualty word of the clause's own: the grammar reads it
		}
	}
	return casHit{}, 0, false
}

// treatedFor reads "treated the man for a gunshot wound" at token i: an
// active "treated", its victims and the harm after "for". It returns the
// injured hit and the token after the harm.
func treatedFor(sc *numScan, i int, ents []contract.Entity) (casHit, int, bool) {
	switch sc.w(i) {
	case "treated", "treats", "treating", "treat":
	default:
		return casHit{}, 0, false
	}
	v, ok := victimsAt(sc, i+1, ents)
	if !ok || v.count < 1 || sc.w(v.end) != "for" || i == sc.lo {
		return casHit{}, 0, false
	}
	for k := v.end + 1; k < v.end+6 && k < sc.hi; k++ {
		if woundNouns[sc.w(k)] || sc.w(k) == "cuts" {
			h := newHit(sc, i, k+1, injured, v.count, v.who)
			h.single, h.ref, h.key = v.count == 1, v.ref, v.who
			return h, k + 1, true
		}
		switch sc.w(k) {
		case ".", ",", ";", "and":
			return casHit{}, 0, false
		}
	}
	return casHit{}, 0, false
}

// custodyWords are the participles of custody a detached predicate ends with.
var custodyWords = map[string]bool{"arrested": true, "jailed": true, "detained": true, "booked": true, "imprisoned": true}

// detachedCustody reads a custody predicate whose subject stands too far
// before it for the grammar to pair them, at token i: "turned himself in"
// (the reflexive counts one), or a singular auxiliary and a participle of
// custody ("A woman who left the city after the killing of her cousin
// has been jailed"). It returns the hit over the predicate and the token
// after it.
func detachedCustody(sc *numScan, i int) (casHit, int, bool) {
	w := sc.w(i)
	if (w == "turned" || w == "turns" || w == "turn") && i > sc.lo {
		switch sc.w(i + 1) {
		case "himself", "herself", "self":
			if sc.w(i+2) == "in" {
				return newHit(sc, i, i+3, detained, 1, ""), i + 3, true
			}
			if sc.w(i+2) == "into" && (sc.w(i+3) == "police" || sc.w(i+3) == "authorities" || sc.w(i+3) == "custody") {
				return newHit(sc, i, i+4, detained, 1, ""), i + 4, true // "turned himself into police", "in to" run together
			}
		}
		return casHit{}, 0, false
	}
	if (w != "was" && w != "has" && w != "is") || i == sc.lo || sc.w(i-1) == "who" || sc.w(i-1) == "that" ||
		sc.w(i-1) == "it" || sc.w(i-1) == "which" { // "the circle it was imprisoned in": a thing
		return casHit{}, 0, false
	}
	k := i + 1
	for n := 0; n < 3 && k < sc.hi && (sc.w(k) == "been" || sc.w(k) == "being" || sc.w(k) == "later" || sc.w(k) == "also" || sc.w(k) == "since" || sc.w(k) == "now"); n++ {
		k++
	}
	if sc.w(k) == "in" && (sc.w(k+1) == "jail" || sc.w(k+1) == "prison" || sc.w(k+1) == "custody") && !notRealized(sc, i) {
		return newHit(sc, i, k+2, detained, 1, ""), k + 2, true // "… was in jail"
	}
	if !custodyWords[sc.w(k)] || notRealized(sc, i) || bookedElsewhere(sc, k) {
		return casHit{}, 0, false
	}
	return newHit(sc, i, k+1, detained, 1, ""), k + 1, true
}

// amongTheDead reads victims named after the harm at token i: "Among the
// dead were two children", "The dead included a guard", "Among those
// killed was a nurse". It returns the hit over the phrase and the victims.
func amongTheDead(sc *numScan, i int, ents []contract.Entity) (casHit, int, bool) {
	k := i
	switch {
	case sc.w(i) == "among" && (sc.w(i+1) == "the" || sc.w(i+1) == "those"):
		kind, ok := amongNouns.get(sc.w(i + 2))
		if !ok {
			return casHit{}, 0, false
		}
		switch sc.w(i + 3) {
		case "were", "was", "are", "is":
			k = i + 4
		default:
			return casHit{}, 0, false
		}
		return namedAfterHarm(sc, i, k, kind, ents)
	case sc.w(i) == "the" && (sc.w(i+1) == "dead" || sc.w(i+1) == "injured" || sc.w(i+1) == "wounded"):
		switch sc.w(i + 2) {
		case "included", "include", "includes", "were", "are":
			return namedAfterHarm(sc, i, i+3, amongNouns.at(sc.w(i+1)), ents)
		}
	case sc.w(i) == "those":
		// "Those killed included a council member", "those arrested were two brothers"
		kind, ok := amongNouns.get(sc.w(i + 1))
		if !ok || sc.w(i+1) == "dead" {
			return casHit{}, 0, false
		}
		switch sc.w(i + 2) {
		case "included", "include", "includes", "were", "are":
			return namedAfterHarm(sc, i, i+3, kind, ents)
		}
	case i == sc.lo || sc.w(i-1) == ":" || sc.w(i-1) == "\"":
		// "Killed were two teachers and a student": the participle fronted
		kind, ok := amongNouns.get(sc.w(i))
		if ok && sc.w(i) != "dead" && sc.w(i) != "hostages" && (sc.w(i+1) == "were" || sc.w(i+1) == "was") {
			return namedAfterHarm(sc, i, i+2, kind, ents)
		}
	}
	return casHit{}, 0, false
}

// namedAfterHarm reads the victims at token k that close a phrase opened at
// token i of kind.
func namedAfterHarm(sc *numScan, i, k int, kind string, ents []contract.Entity) (casHit, int, bool) {
	v, ok := victimsAt(sc, k, ents)
	if !ok || v.count < 1 || v.pronoun {
		return casHit{}, 0, false
	}
	h := newHit(sc, i, v.end, kind, v.count, v.who)
	h.single, h.ref, h.key = v.count == 1, v.ref, v.who
	return h, v.end, true
}

// whoDied reads a relative clause at token k that tells its victim died:
// ", who died at the scene", ", who was later pronounced dead". It returns
// the token after the death, or false.
func whoDied(sc *numScan, k int) (int, bool) {
	if sc.w(k) != "," || sc.w(k+1) != "who" {
		return k, false
	}
	j := k + 2
	for n := 0; n < 3 && j < sc.hi && (chainWords.at(sc.w(j)) || strings.HasSuffix(sc.w(j), "ly")); n++ {
		j++
	}
	if kind, e, ok := triggerAt(sc, j); ok && kind == killed {
		return e, true
	}
	return k, false
}
