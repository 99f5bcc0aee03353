package figure

import (
	"strings"

	"github.com/newsparse/newsparse/internal/contract"
	"github.com/newsparse/newsparse/internal/lexicon"
	"github.com/newsparse/newsparse/internal/textdoc"
)

// The victims of the casualty grammar: the noun phrases that name who was
// harmed and say how many they are, read the same way as subject, object
// or possessor of a casualty predicate (predicates.go):
//
//   - a pronoun: "he", "him", "she", "her", "himself" (1);
//   - a determiner, modifiers and a person noun: "a teenage girl", "the
//     driver", "his son", "another man" (1), "the officers" (how many is
//     unsaid);
//   - an age standing for the person: "a 19-year-old", "the 12-year-old";
//   - a possessive: "the deputy's daughter", "Lee's son";
//   - a name, with an age or a title before it: "Ana Cruz", "19-year-old
//     Ana Cruz", "officer Ana Cruz", "Danville Officer Ana Cruz";
//   - a count word: "both" (2), "both victims" (2), "two others" (2),
//     "three men" (3);
//   - a headline's bare noun: "Man", "Toddler", "Fourth sibling";
//   - a part of a counted whole of people: "14 of the 45 passengers" (14),
//     "one out of 20 workers" (1);
//   - coordinations of these: "a woman and her son" (2), "Ana Cruz, Eva
//     Cruz and a neighbour" (3), "his sons as well as his wife", "the
//     driver, along with two passengers,", a headline's "Officer, suspect".
//
// The pattern reader's victim phrases (subjectNP, nameNP, personNP,
// victimNoun, the lists of victims one by one or by their ages) stand
// here too; counting.go reads counts.

// victimPhrase is a victim noun phrase over tokens [start, end).
type victimPhrase struct {
	start, end int
	count      float64 // how many; -1 when the phrase does not say ("the officers")
	who        string  // the head noun or name as written; "" for a pronoun
	ref        string  // whom the outcome rule follows: a surname, a noun, "he" or "she"
	pronoun    bool
	named      bool
	unstated   bool               // "several villagers": count holds the placeholder of unstated.go
	qual       contract.Qualifier // a count's qualifier: "at least five people"
	vague      bool               // a count given by a word: "dozens of people"
}

// qualify gives hit h the qualifier and the vagueness of v's count; a
// count v does not state ("several villagers", unstated.go) leaves h none:
// its count unstated and vague, no qualifier (Casualty.Unstated), no single
// victim.
func (v victimPhrase) qualify(h *casHit) {
	if v.unstated {
		h.Count, h.Unstated, h.Vague, h.Qualifier, h.single = 0, true, true, contract.Exact, false
		return
	}
	if v.qual != contract.Exact || v.vague {
		h.Qualifier, h.Vague = v.qual, v.vague
	}
}

// victimPronouns are the pronouns that stand for one victim, with the
// referent the outcome rule gives them.
var victimPronouns = mapOf(map[string]string{"he": "he", "him": "he", "himself": "self", "she": "she", "her": "she", "herself": "self"})

// victimDeterminers open a victim noun phrase.
var victimDeterminers = setOf(map[string]bool{"a": true, "an": true, "the": true, "his": true, "her": true, "their": true,
	"its": true, "my": true, "our": true, "your": true, "one": true, "another": true, "this": true, "that": true})

// victimsAt reads one victim phrase or a coordination of them at token i.
// A coordination's count is the sum of its members' (unsaid when one is).
func victimsAt(sc *numScan, i int, ents []contract.Entity) (victimPhrase, bool) {
	v, ok := victimAt(sc, i, ents)
	if !ok {
		return v, false
	}
	// "a woman and her son", "Ana Cruz, Eva Cruz and a neighbour"; a list joined by commas
	// alone is an apposition ("One of the robbers, Lev Horn, was shot"), not a coordination
	first, prev := v, v
	// a headline lists its victims with commas alone: "Woman, son shot", "Driver, two passengers hurt"
	titleList := headlineLine(sc, i) && !v.named && !v.pronoun
	for n := 0; n < 12; n++ {
		if ageApposition(sc, v.end) && sc.w(v.end+3) == "and" || ageBeforeSemicolon(sc, v.end) {
			v.end += 2 // "India Barnes, 34, and Eva Mack", "Ina Roth, 34; Eva Mack": the age goes with its name
		} else if e := placeAfter(sc, v.end+1); v.named && sc.w(v.end) == "," && e > v.end+1 && sc.w(e) == "," && sc.w(e+1) == "and" {
			v.end = e // "Ana Cruz, from Dayton, and Bo Lee": the origin goes with its name
		}
		k, last, ok := coordinatorAt(sc, v.end, v.named)
		if !ok {
			if titleList && n > 0 && v.count > 0 {
				return v, true // a headline's "Officer, suspect injured": the comma coordinates
			}
			return first, true
		}
		u, ok := victimAt(sc, k, ents)
		if titleList && sc.singleNounAt(k) && (!ok || u.named) {
			u, ok = victimPhrase{start: k, end: k + 1, count: 1, who: sc.raw(k), ref: sc.w(k)}, true // "Woman, Son Shot": a noun in Title Case
		}
		if !ok && last {
			u, ok = lastMember(sc, k, v)
		}
		if ok && last && n == 0 && v.pronoun && !u.pronoun && u.count >= 1 {
			switch sc.w(v.start) {
			case "he", "she", "him":
				v.pronoun = false // "He and his wife were shot", "shot him and two others": 2, 3
				v.who, v.ref = "", ""
			}
		}
		if !ok || u.pronoun != v.pronoun || u.pronoun {
			return first, true
		}
		if !last && describes(sc, prev, u) {
			if e := placeAfter(sc, u.end); sc.w(e) == "," {
				u.end = e // "Ana Cruz, a 15-year-old girl from Dayton, and Bo Lee"
			}
		}
		if !last && n == 0 && u.named && !v.named && !v.pronoun && v.count == 1 && sc.w(u.end) == "," && sc.w(u.end+1) == "and" {
			v.end, prev = u.end, u // "his former wife, Ana Cruz, and her friend": the name is the wife's
			continue
		}
		if !last && sc.w(u.end) == "," && describes(sc, prev, u) {
			v.end, prev = u.end, u // "Ana Cruz, a 15-year-old girl, and Bo Lee": the apposition is Cruz
			continue
		}
		if !last && n == 0 && v.count >= 2 && !v.named && u.named && namesMembers(sc, u, int(v.count), ents) {
			return first, true // "their twins, Ana and Eva": the names are the members, not more victims
		}
		prev = u
		v.end = u.end
		titleList = titleList && !last && !u.named && !u.pronoun
		if last && ageApposition(sc, v.end) {
			v.end += 3 // "… and Eva Mack, 34, were found dead"
		}
		if last && sc.w(v.end) == "," {
			if d, ok := victimAt(sc, v.end+1, ents); ok && describes(sc, u, d) {
				if e := placeAfter(sc, d.end); sc.w(e) == "," {
					v.end = e // "… and Eva Mack, a 17-year-old student from Troy, were shot"
				}
			}
		}
		if v.count < 0 || u.count < 0 {
			v.count = -1
		} else {
			v.count += u.count
		}
		v.who += " and " + u.who
		v.ref = ""
		if last && !moreNames(sc, &v, u, ents) {
			return v, true
		}
	}
	return first, true
}

// lastMember reads at token k, after the "and" that closes a coordination
// whose members so far are v, a last member that needs them to be one: "the
// man and 4-year-old", "a man and woman", "the daughter and 14-year-old
// nephew", "three monks and their interpreter", "the older brother and the
// younger".
func lastMember(sc *numScan, k int, v victimPhrase) (victimPhrase, bool) {
	one := !v.pronoun && !v.named && v.count == 1
	switch {
	case isAgeWord(sc.w(k)) && !modifierWord(sc, k+1):
		return victimPhrase{start: k, end: k + 1, count: 1, ref: "age:" + sc.w(k)}, true
	case sc.singleNounAt(k) && !isCapWord(sc.raw(k)) && one:
		return victimPhrase{start: k, end: k + 1, count: 1, who: sc.raw(k), ref: sc.w(k)}, true
	}
	if isAgeWord(sc.w(k)) && one {
		if u, ok := barePerson(sc, k); ok {
			return u, true
		}
	}
	if !v.pronoun {
		if u, ok := formedPerson(sc, k); ok {
			return u, true
		}
	}
	if sc.w(k) == "the" && comparedPerson[sc.w(k+1)] && !v.pronoun && v.count == 1 {
		return victimPhrase{start: k, end: k + 2, count: 1, who: sc.raw(k + 1)}, true
	}
	return victimPhrase{}, false
}

// coordinatorAt reads the word or words that join one more member to a
// list of victims at token k: "and", ", and", "as well as", "along with",
// ", together with", or a comma alone (a semicolon after a name). It
// returns the token the member starts at and whether the member is the
// last ("and" closes the list), or false.
func coordinatorAt(sc *numScan, k int, named bool) (int, bool, bool) {
	switch {
	case sc.w(k) == "and":
		return k + 1, true, true
	case (sc.w(k) == "," || sc.w(k) == ";") && sc.w(k+1) == "and":
		return k + 2, true, true
	case asWellAs(sc, k):
		return k + 3, true, true // "her three sons as well as her brother": a coordination like "and"
	case companionsStart(sc, k):
		return k + 2, true, true // "killed his wife along with her sister"
	case sc.w(k) == "," && companionsStart(sc, k+1):
		return k + 3, true, true // "the driver, along with two passengers, was killed"
	case sc.w(k) == "," || sc.w(k) == ";" && named:
		return k + 1, false, true
	}
	return k, false, false
}

// asWellAs reports "as well as" at token k.
func asWellAs(sc *numScan, k int) bool {
	return sc.w(k) == "as" && sc.w(k+1) == "well" && sc.w(k+2) == "as"
}

// moreNames reports a list of named victims that goes on after the "and"
// that seemed to close it, because a comma and another name follow its
// last name: "Ana Cruz, from Dayton, and Bo Lee, Eva Mack and Al Kent",
// "Ana Cruz, 51, and Bo Lee, 40, Eva Mack, 33, and Al Kent". It moves the
// phrase's end v back to the comma, so that the list reads on.
func moreNames(sc *numScan, v *victimPhrase, u victimPhrase, ents []contract.Entity) bool {
	if !v.named || !u.named {
		return false
	}
	sep := v.end
	if sc.w(sep) != "," {
		sep--
	}
	if sep < u.end || sc.w(sep) != "," {
		return false
	}
	if x, ok := victimAt(sc, sep+1, ents); !ok || !x.named {
		return false
	}
	v.end = sep
	return true
}

// determinedOrNamed reads a victim phrase that opens with a determiner at
// token i (determinedVictim), or "the", a description and a person's name
// ("the singer Tom Kemp", "the Dutch film maker Ana Cruz").
func determinedOrNamed(sc *numScan, i int, ents []contract.Entity) (victimPhrase, bool) {
	v, ok := determinedVictim(sc, i, ents)
	if !ok && sc.w(i) == "the" {
		if e, d, ok := describedName(sc, i+1, ents); ok {
			d.start, d.end = i, e
			return d, true
		}
	}
	return v, ok
}

// placeAfter returns the token after a short phrase of place or origin at
// token k ("from Dayton", "of Long Beach", "in the city"), k itself when none
// stands there.
func placeAfter(sc *numScan, k int) int {
	switch sc.w(k) {
	case "from", "of", "in", "at":
	default:
		return k
	}
	e := k + 1
	if sc.w(e) == "the" {
		e++
	}
	start := e
	for e < sc.hi && e < start+4 && (isCapWord(sc.raw(e)) || modifierWord(sc, e) && !isCapWord(sc.raw(e)) && e == start) {
		e++
	}
	if e == start {
		return k
	}
	return e
}

// namesMembers reports a coordination of n names at the victim u that
// names, in apposition, the n members of a group counted before it:
// "their two sons, Tom and Ben". u is the first name.
func namesMembers(sc *numScan, u victimPhrase, n int, ents []contract.Entity) bool {
	k, names := u.end, 1
	for names < n {
		switch {
		case sc.w(k) == "and" || sc.w(k) == ",":
			k++
		case sc.w(k) == "," && sc.w(k+1) == "and":
			k += 2
		default:
			return false
		}
		w, ok := victimAt(sc, k, ents)
		if !ok || !w.named || w.count != 1 {
			return false
		}
		k, names = w.end, names+1
	}
	return true
}

// describes reports a member u that, set off by commas, describes the
// member a before it: a name and an indefinite noun phrase, either way
// round ("Ana Cruz, a 15-year-old girl,", "a 15-year-old girl, Ana Cruz,").
func describes(sc *numScan, a, u victimPhrase) bool {
	indef := func(p victimPhrase) bool { w := sc.w(p.start); return !p.named && (w == "a" || w == "an") }
	return a.named && indef(u) || indef(a) && u.named
}

// subsetDied reports a death told at token k: "died", "later died", "was
// killed", "was pronounced dead".
func subsetDied(sc *numScan, k int) bool {
	for n := 0; n < 3 && k < sc.hi; n, k = n+1, k+1 {
		switch sc.w(k) {
		case "died", "killed", "dead", "pronounced":
			return true
		case "was", "later", "has", "had", "been", "also":
			continue
		}
		return false
	}
	return false
}

// ordinalVictims count one more victim after "a": "wounded a fourth".
var ordinalVictims = map[string]bool{"second": true, "third": true, "fourth": true, "fifth": true, "sixth": true,
	"seventh": true, "eighth": true, "ninth": true, "tenth": true}

// ordinalEnds may follow an ordinal standing for a person: "wounded a
// fourth, police said", "a third was hurt".
var ordinalEnds = map[string]bool{",": true, ".": true, ";": true, "and": true, "was": true, "is": true, "who": true,
	"in": true, "on": true, "at": true, "with": true, "by": true, "before": true, "after": true}

// comparedPerson are the adjectives that stand for a second person of the
// noun before them: "the older brother and the younger".
var comparedPerson = map[string]bool{"younger": true, "older": true, "elder": true, "eldest": true, "youngest": true}

// andAfterTrigger reports "and another wounded" at token i: a victim
// coordinated after "left one man dead" and its own participle.
func andAfterTrigger(sc *numScan, i int) bool {
	t, ok := triggers.get(sc.w(i + 1))
	return ok && t.after && i > sc.lo && sc.w(i-1) == "and"
}

// ageBeforeSemicolon reports an age between a comma and a semicolon at
// token k, in a list of named people: ", 34;".
func ageBeforeSemicolon(sc *numScan, k int) bool {
	return sc.w(k) == "," && sc.w(k+2) == ";" && textdoc.StartsWithDigit(sc.raw(k+1)) && len(sc.raw(k+1)) <= 3
}

// ageApposition reports an age between commas at token k: ", 34,".
func ageApposition(sc *numScan, k int) bool {
	if sc.w(k) != "," || sc.w(k+2) != "," || !textdoc.StartsWithDigit(sc.raw(k+1)) || len(sc.raw(k+1)) > 3 {
		return false
	}
	return true
}

// partitiveDeterminers open the group a count takes its victims from:
// "two of the victims", "three of his children", "two of their sons".
var partitiveDeterminers = map[string]bool{"the": true, "his": true, "her": true, "their": true, "its": true, "our": true, "these": true, "those": true}

// victimAt reads one victim phrase at token i, once per position when the
// scan keeps a victimMemo (the casualty grammar asks the same position
// from several of its readers).
func victimAt(sc *numScan, i int, ents []contract.Entity) (victimPhrase, bool) {
	if sc.vm == nil || i < sc.lo || i >= sc.hi {
		return readVictimAt(sc, i, ents)
	}
	return sc.vm.at(sc, i, ents)
}

// readVictimAt is victimAt without the memo.
func readVictimAt(sc *numScan, i int, ents []contract.Entity) (victimPhrase, bool) {
	if i < sc.lo || i >= sc.hi {
		return victimPhrase{}, false
	}
	if v, ok := familyOf(sc, i); ok {
		return v, true // "a family of six"
	}
	if !mayStartVictim(sc, i) {
		return victimPhrase{}, false
	}
	w := sc.w(i)
	open := sc.is(i, clsVictimOpen) // victimPronouns, victimDeterminers, smallNumbers
	if open {
		if ref, ok := victimPronouns.get(w); ok && !(w == "her" && possessiveHer(sc, i)) {
			return victimPhrase{start: i, end: i + 1, count: 1, ref: ref, pronoun: true}, true
		}
	}
	switch w {
	case "both":
		// "both", "both victims", "both men"
		if e, who, ok := victimNoun(sc, i+1); ok {
			return victimPhrase{start: i, end: e, count: 2, who: who}, true
		}
		return victimPhrase{start: i, end: i + 1, count: 2}, true
	case "all":
		if v, ok := smallNumbers.get(sc.w(i + 1)); ok && v >= 2 {
			e, who, _ := victimNoun(sc, i+2)
			return victimPhrase{start: i, end: max(e, i+2), count: v, who: who}, true
		}
		return victimPhrase{}, false
	}
	v, ok := 0.0, false
	if open {
		v, ok = smallNumbers.get(w)
	}
	if ok && v >= 2 && v <= 20 || textdoc.StartsWithDigit(sc.raw(i)) && !isAgeWord(w) && len(w) <= 2 {
		// "two others", "three men": a count inside a coordination
		n := v
		if !ok {
			m, ok2 := sc.number(i)
			if !ok2 || m.n.Kind != contract.KindFigure || m.n.Vague || m.n.Range || m.tokEnd != i+1 {
				return victimPhrase{}, false
			}
			n = m.n.Value
		}
		if e, who, ok := victimNoun(sc, i+1); ok && !singleNoun(lexicon.Lower(who)) && (lexicon.IsVictimNoun(lexicon.Lower(who)) || isCapWord(who) || personPlural(who)) {
			return victimPhrase{start: i, end: e, count: n, who: who}, true
		}
		// "14 of the 45 passengers", "five out of 20 workers": the part
		if e, who, ok := partitiveWhole(sc, i+1); ok && who != "" {
			return victimPhrase{start: i, end: e, count: n, who: who}, true
		}
		// "two of the victims", "two of his children": that many of them
		if n >= 2 && sc.w(i+1) == "of" && partitiveDeterminers[sc.w(i+2)] {
			if e, who, ok := victimNoun(sc, i+3); ok && lexicon.IsVictimNoun(lexicon.Lower(who)) && !singleNoun(lexicon.Lower(who)) {
				return victimPhrase{start: i, end: e, count: n, who: who}, true
			}
		}
		return victimPhrase{}, false
	}
	if v, ok := standInVictim(sc, i, w); ok {
		return v, true // "one was arrested", "another wounded", "the two", "someone"
	}
	if open && victimDeterminers.at(w) {
		return determinedOrNamed(sc, i, ents)
	}
	// "19-year-old Ana Cruz", "55-year-old Eva Cruz of Dayton", "34-year-old Danville Officer Ana Cruz"
	if isAgeWord(w) && i+1 < sc.hi && isCapWord(sc.raw(i+1)) {
		if e, name, n, _, ok := nameNP(sc, i+1, ents); ok && n == 1 {
			return victimPhrase{start: i, end: e, count: 1, who: name, ref: surname(name), named: true}, true
		}
		if e, v, ok := titledName(sc, i+1, ents); ok {
			v.start, v.end = i, e
			return v, true
		}
	}
	// "the deputy's daughter" is determined; "Lee's son": a name's possessive
	if i+1 < sc.hi && possessiveMark(sc.w(i+1)) && isCapWord(sc.raw(i)) {
		if e, who, ok := personHead(sc, i+2); ok && singleNoun(lexicon.Lower(who)) {
			return victimPhrase{start: i, end: e, count: 1, who: who, ref: lexicon.Lower(who)}, true
		}
		// no person after it: the possessor is the phrase ("Lee's death")
		if v, ok := personName(sc, i, ents); ok && v.end == i+1 {
			return v, true
		}
		return victimPhrase{}, false
	}
	// a description then a person's name: "Dutch film-maker Ana Cruz", "former minister Ana Cruz"
	if e, v, ok := describedName(sc, i, ents); ok {
		v.start, v.end = i, e
		return v, true
	}
	// a title then a name: "Officer Ana Cruz", "officer Ana Cruz", "Danville Officer Ana Cruz"
	if e, v, ok := titledName(sc, i, ents); ok {
		v.start, v.end = i, e
		return v, true
	}
	// a headline's bare noun: "Man", "Toddler", "Fourth sibling"
	if v, ok := headlineNoun(sc, i, w); ok {
		return v, true
	}
	// a name
	if isCapWord(sc.raw(i)) {
		return personName(sc, i, ents)
	}
	return victimPhrase{}, false
}

// standInVictim reads, at token i (w), a word that stands for victims
// named before or left unnamed: "one was arrested", "another wounded", "one
// of the suspects", "the two were held", "someone else got hurt", "the other".
func standInVictim(sc *numScan, i int, w string) (victimPhrase, bool) {
	// "One had a gunshot wound", "one was arrested": one of them
	if w == "one" && (auxWords.at(sc.w(i+1)) || sc.w(i+1) == "had" || sc.w(i+1) == "has") && sc.w(i+1) != "to" && sc.w(i+1) != "who" {
		return victimPhrase{start: i, end: i + 1, count: 1, ref: "one"}, true
	}
	// "another was behind bars": one more victim
	if w == "another" && (auxWords.at(sc.w(i+1)) || chainWords.at(sc.w(i+1)) || andAfterTrigger(sc, i)) && sc.w(i+1) != "to" {
		return victimPhrase{start: i, end: i + 1, count: 1, ref: "another"}, true
	}
	// "one of the three men", "one out of 20 workers", "one of the three died": one of them
	if e, who, ok := partitiveWhole(sc, i+1); ok && w == "one" {
		return victimPhrase{start: i, end: e, count: 1, who: who}, true
	}
	// "one of the suspects", "one of the victims": one of them
	if w == "one" && sc.w(i+1) == "of" && (sc.w(i+2) == "the" || sc.w(i+2) == "his" || sc.w(i+2) == "her" || sc.w(i+2) == "their" || sc.w(i+2) == "two" || sc.w(i+2) == "three") {
		k := i + 3
		if sc.w(i+2) == "the" {
			if _, ok := smallNumbers.get(sc.w(k)); ok {
				k++
			}
		}
		if e, who, ok := victimNoun(sc, k); ok && (lexicon.IsVictimNoun(lexicon.Lower(who)) || personPlural(who)) && !singleNoun(lexicon.Lower(who)) {
			return victimPhrase{start: i, end: e, count: 1, who: who}, true
		}
	}
	// "the two" standing alone: "The two were held", "the three were taken to hospital"
	if w == "the" {
		if n, ok := smallNumbers.get(sc.w(i + 1)); ok && n >= 2 && n <= 20 && (auxWords.at(sc.w(i+2)) || chainWords.at(sc.w(i+2))) && sc.w(i+2) != "to" && sc.w(i+2) != "who" {
			return victimPhrase{start: i, end: i + 2, count: n}, true
		}
	}
	// "Two men were shot. One of them died": one of the victims counted before, told dead (a
	// subset otherwise harmed is part of the count: "four of them seriously")
	if w == "one" && sc.w(i+1) == "of" && (sc.w(i+2) == "them" || sc.w(i+2) == "those") && subsetDied(sc, i+3) {
		return victimPhrase{start: i, end: i + 3, count: 1, ref: "one"}, true
	}
	// "killed three people and wounded a fourth", "a third person was hurt": one more victim
	if (w == "a" || w == "an") && ordinalVictims[sc.w(i+1)] && sc.w(i+2) != "of" {
		if e, who, ok := victimNoun(sc, i+2); ok && (lexicon.IsVictimNoun(lexicon.Lower(who)) || personForm(lexicon.Lower(who), who)) && singleNoun(lexicon.Lower(who)) {
			return victimPhrase{start: i, end: e, count: 1, who: who, ref: "another"}, true
		}
		if ordinalEnds[sc.w(i+2)] || i+2 >= sc.hi {
			return victimPhrase{start: i, end: i + 2, count: 1, ref: "another"}, true
		}
	}
	// "somebody else got killed", "someone was shot"
	if (w == "somebody" || w == "someone") && (auxWords.at(sc.w(i+1)) || chainWords.at(sc.w(i+1)) || sc.w(i+1) == "else") && sc.w(i+1) != "to" && sc.w(i+1) != "who" {
		e := i + 1
		if sc.w(e) == "else" {
			e++
		}
		return victimPhrase{start: i, end: e, count: 1, ref: "one"}, true
	}
	// "the other" standing alone: the other of two
	if w == "the" && sc.w(i+1) == "other" && !modifierWord(sc, i+2) && !sc.victimNounAt(i+2) {
		return victimPhrase{start: i, end: i + 2, count: 1, ref: "other"}, true
	}
	return victimPhrase{}, false
}

// headlineNoun reads a headline's bare noun at token i (w): "Man",
// "Toddler", "Fourth sibling", "17-year-old found dead".
func headlineNoun(sc *numScan, i int, w string) (victimPhrase, bool) {
	if bareStart(sc, i) && (sc.title || sc.lineStart(i) || i == sc.lo || headlineLike(sc)) {
		if isAgeWord(w) && !sc.victimNounAt(i+1) && !modifierWord(sc, i+1) && !isCapWord(sc.raw(i+1)) {
			return victimPhrase{start: i, end: i + 1, count: 1, ref: "age:" + w}, true // "17-year-old found dead"
		}
		k := i
		for mods := 0; mods < 3 && k < sc.hi && !sc.singleNounAt(k) && countedNoun(sc, k) == 0 && !(personPredicateNext(sc, k+1) && personForm(sc.w(k), sc.raw(k))); mods++ {
			if !modifierWord(sc, k) {
				break
			}
			k++
		}
		if sc.singleNounAt(k) && (sc.singleNounAt(k+1) || personForm(sc.w(k+1), sc.raw(k+1))) && personPredicateNext(sc, k+2) {
			k++ // "Rebel leader held", "Police officer killed": the last noun heads
		}
		if n := countedNoun(sc, k); n > 0 && (!isCapWord(sc.raw(k+1)) || personPredicateNext(sc, k+1) || harmNext(sc, k+1)) {
			return victimPhrase{start: i, end: k + 1, count: n, who: sc.raw(k)}, true // "Dutch couple kidnapped", "Twins hurt"
		}
		plural := sc.victimNounAt(k) && !sc.singleNounAt(k) // "Passengers injured": a number unsaid
		if sc.singleNounAt(k) && !isCapWord(sc.raw(k+1)) || personPredicateNext(sc, k+1) && personForm(sc.w(k), sc.raw(k)) && !plural {
			return victimPhrase{start: i, end: k + 1, count: 1, who: sc.raw(k), ref: sc.w(k)}, true
		}
		if k == i && sc.victimNounAt(k) && !sc.singleNounAt(k) && sc.w(k) != "others" && sc.w(k) != "police" {
			return victimPhrase{start: i, end: k + 1, count: -1, who: sc.raw(k)}, true
		}
	}
	return victimPhrase{}, false
}

// personPredicateNext reports at token k a casualty word only people take,
// or a headline's custody ("Rebel leader held in raid", "Cleric jailed").
func personPredicateNext(sc *numScan, k int) bool {
	w := sc.w(k)
	if w == "in" && headlineLike(sc) {
		switch sc.w(k + 1) {
		case "jail", "prison", "custody":
			return true // "Briton in jail after brawl"
		}
	}
	return personOnlyPredicates.at(w) || w == "jailed" || w == "imprisoned" || w == "held" && headlineHeld(sc, k)
}

// familyOf reads "family of six", "a family of four" at token i: as many
// victims as the count says.
func familyOf(sc *numScan, i int) (victimPhrase, bool) {
	k := i
	switch sc.w(k) {
	case "a", "the", "his", "her", "their":
		k++
	}
	if sc.w(k) != "family" || sc.w(k+1) != "of" {
		return victimPhrase{}, false
	}
	n, ok := smallNumbers.get(sc.w(k + 2))
	if !ok {
		m, ok2 := sc.number(k + 2)
		if !ok2 || m.n.Kind != contract.KindFigure || m.n.Vague || m.n.Range || m.tokEnd != k+3 || m.n.Value > 30 {
			return victimPhrase{}, false
		}
		n = m.n.Value
	}
	if n < 2 {
		return victimPhrase{}, false
	}
	return victimPhrase{start: i, end: k + 3, count: n, who: sc.raw(k)}, true
}

// personName reads a name at token i: nameNP's, or one word the entity
// extractor took for a person where nameNP asks for more ("Lynn died" at
// the start of a sentence).
func personName(sc *numScan, i int, ents []contract.Entity) (victimPhrase, bool) {
	if e, name, n, _, ok := nameNP(sc, i, ents); ok && n == 1 {
		return victimPhrase{start: i, end: e, count: 1, who: name, ref: surname(name), named: true}, true
	}
	if len(ents) == 0 || sc.ix == nil || !isCapWord(sc.raw(i)) {
		return victimPhrase{}, false
	}
	s, e := sc.toks[i].Start, sc.toks[i].End
	person := false
	sc.ix.near(s, e, func(r mentionRef) bool {
		person = r.s == s && r.e == e && ents[r.ent].Type == "PERSON"
		return !person
	})
	if !person {
		return victimPhrase{}, false
	}
	return victimPhrase{start: i, end: i + 1, count: 1, who: sc.raw(i), ref: sc.raw(i), named: true}, true
}

// barePerson reads a person without a determiner at token i, as headlines
// and "of" phrases write one: "police officer", "Carson City man", "Ohio
// officer" (modifiers, capitalised or not, and a singular person noun not
// followed by a name).
func barePerson(sc *numScan, i int) (victimPhrase, bool) {
	k := i
	for mods := 0; mods < 3 && k < sc.hi && !sc.singleNounAt(k); mods++ {
		if !modifierWord(sc, k) || isAgeWord(sc.w(k)) && k > i {
			return victimPhrase{}, false
		}
		k++
	}
	if !sc.singleNounAt(k) || isCapWord(sc.raw(k+1)) && !titleCaseLink[sc.w(k+1)] || sc.victimNounAt(k+1) {
		return victimPhrase{}, false
	}
	return victimPhrase{start: i, end: k + 1, count: 1, who: sc.raw(k), ref: sc.w(k)}, true
}

// titleCaseLink are the prepositions, conjunctions and relatives a Title
// Case headline capitalises after a noun ("Kills Man In Standoff", "Man Who
// Fired At Deputies"): no name goes on with them.
var titleCaseLink = map[string]bool{"in": true, "at": true, "on": true, "after": true, "near": true, "outside": true,
	"inside": true, "during": true, "following": true, "who": true, "with": true, "from": true, "for": true,
	"while": true, "when": true, "as": true, "by": true, "to": true, "over": true, "into": true, "behind": true}

// timeWords open a phrase of time that may end an object: "executed a
// 19-year-old last week", "shot a 16-year-old yesterday".
var timeWords = map[string]bool{"last": true, "yesterday": true, "today": true, "tonight": true, "overnight": true, "earlier": true, "early": true, "late": true}

// verbNext reports a verb at token k that ends a noun phrase before it:
// a past form ("the 15-year-old turned himself in", "a 19-year-old
// underwent surgery", "a 19-year-old lost his life") or a casualty word.
func verbNext(sc *numScan, k int) bool {
	w := sc.w(k)
	if _, ok := triggers.get(w); ok {
		return true
	}
	return pastVerb(w) || w == "turned" || w == "underwent" || w == "lost"
}

// mayStartVictim is a quick test before victimAt's grammar: a pronoun, a
// determiner, a count, an age, a person noun or a capitalised word at token
// i (victimHead), or a name or a person noun in the three words after it
// ("former deputy minister Ana Cruz", "teenage girl").
func mayStartVictim(sc *numScan, i int) bool {
	if sc.memo(i, testVictimHead) {
		return true
	}
	for k := i + 1; k <= i+3 && k < sc.hi; k++ {
		if sc.memo(k, testNameOrNoun) {
			return true
		}
	}
	return false
}

// victimHead reports a word that may open a victim phrase at token i: a
// pronoun, a determiner, a count, an age, a person noun or a capitalised word.
func victimHead(sc *numScan, i int) bool {
	w := sc.w(i)
	if sc.is(i, clsVictimOpen) || sc.victimNounAt(i) || isAgeWord(w) {
		return true // victimPronouns, victimDeterminers, smallNumbers
	}
	switch w {
	case "both", "all", "another":
		return true
	}
	r := sc.raw(i)
	return isCapWord(r) || textdoc.StartsWithDigit(r)
}

// determinedVictim reads a victim phrase that opens with a determiner at
// token i: "a teenage girl", "the 12-year-old", "his son", "the deputy's
// daughter", "another man", "the officers", "the victim, a 20-year-old".
func determinedVictim(sc *numScan, i int, ents []contract.Entity) (victimPhrase, bool) {
	k := i + 1
	switch sc.w(k) {
	case "second", "third", "fourth", "fifth", "sixth", "other", "same":
		k++
	}
	if n, ok := smallNumbers.get(sc.w(k)); ok && n >= 2 && n <= 20 {
		// "the two teens", "the three men", "the other two victims"
		if e, who, ok := victimNoun(sc, k+1); ok && lexicon.IsVictimNoun(lexicon.Lower(who)) && !singleNoun(lexicon.Lower(who)) {
			return victimPhrase{start: i, end: e, count: n, who: who}, true
		}
	}
	if sc.w(k) == "pair" && countedNoun(sc, k) > 0 && !sc.victimNounAt(k+1) {
		return victimPhrase{start: i, end: k + 1, count: 2, who: sc.raw(k)}, true // "the pair were arrested"
	}
	start := k
	for mods := 0; mods < 4 && k < sc.hi; mods++ {
		w := sc.w(k)
		if possessiveMark(sc.w(k+1)) && (sc.singleNounAt(k) || sc.victimNounAt(k) || isCapWord(sc.raw(k))) {
			// "the deputy's daughter", "the Smiths' son"
			if e, who, ok := personHead(sc, k+2); ok {
				if !singleNoun(lexicon.Lower(who)) {
					return victimPhrase{}, false
				}
				return victimPhrase{start: i, end: e, count: 1, who: who, ref: lexicon.Lower(who)}, true
			}
			if sc.singleNounAt(k) {
				// no person after it: the possessor is the phrase ("the officer's shooting")
				return victimPhrase{start: i, end: k + 1, count: 1, who: sc.raw(k), ref: w}, true
			}
			return victimPhrase{}, false
		}
		if sc.victimNounAt(k) && modifierWord(sc, k+1) && sc.victimNounAt(k+2) && !sc.victimNounAt(k+3) {
			k++ // "a male shooting victim": the last noun heads
			continue
		}
		if sc.victimNounAt(k) && !sc.victimNounAt(k+1) {
			// the head; a title before a name goes with the name: "officer Ana Cruz"
			if sc.singleNounAt(k) && isCapWord(sc.raw(k+1)) {
				if e, name, n, _, ok := nameNP(sc, k+1, ents); ok && n == 1 {
					return victimPhrase{start: i, end: e, count: 1, who: name, ref: surname(name), named: true}, true
				}
			}
			if w == "others" {
				return victimPhrase{}, false
			}
			if sc.singleNounAt(k) {
				return victimPhrase{start: i, end: k + 1, count: 1, who: sc.raw(k), ref: w}, true
			}
			if n := countedNoun(sc, k); n > 0 {
				return victimPhrase{start: i, end: k + 1, count: n, who: sc.raw(k)}, true // "their 18-month-old twins"
			}
			return victimPhrase{start: i, end: k + 1, count: -1, who: sc.raw(k), ref: ""}, true
		}
		if !sc.victimNounAt(k) && pluralPersonForm(sc, k) && sc.w(i) == "the" {
			// "the intruders": people by the noun's form, uncounted (only a statement of none keeps it)
			return victimPhrase{start: i, end: k + 1, count: -1, who: sc.raw(k)}, true
		}
		if isAgeWord(w) && !isCapWord(sc.raw(k+1)) && !sc.victimNounAt(k+1) && personForm(sc.w(k+1), sc.raw(k+1)) &&
			!sc.victimNounAt(k+2) && !personForm(sc.w(k+2), sc.raw(k+2)) {
			// "a 16-year-old intruder": a person by the noun's form
			return victimPhrase{start: i, end: k + 2, count: 1, who: sc.raw(k + 1), ref: sc.w(k + 1)}, true
		}
		if isAgeWord(w) && !sc.victimNounAt(k+1) && (!modifierWord(sc, k+1) || verbNext(sc, k+1) || timeWords[sc.w(k+1)]) && !isCapWord(sc.raw(k+1)) {
			// "a 19-year-old", "the 12-year-old"
			return victimPhrase{start: i, end: k + 1, count: 1, who: "", ref: "age:" + w}, true
		}
		if isAgeWord(w) && isCapWord(sc.raw(k+1)) {
			// "the 19-year-old Ana Cruz", "a 24-year-old Dayton man"
			if e, name, n, _, ok := nameNP(sc, k+1, ents); ok && n == 1 && !sc.victimNounAt(e) {
				return victimPhrase{start: i, end: e, count: 1, who: name, ref: surname(name), named: true}, true
			}
		}
		if !modifierWord(sc, k) && !(k > start && isCapWord(sc.raw(k))) && !harmAdjective(w) {
			return victimPhrase{}, false
		}
		k++
	}
	return victimPhrase{}, false
}

// harmAdjectives are participles and adjectives of harm that may modify a
// victim noun ("the injured man", "the slain officer"), with their kind.
var harmAdjectives = mapOf(map[string]string{"injured": injured, "wounded": injured, "dead": killed, "slain": killed,
	"fallen": killed, "murdered": killed, "deceased": killed, "kidnapped": kidnapped, "abducted": kidnapped,
	"missing": missing, "detained": detained, "jailed": detained, "arrested": detained, "imprisoned": detained})

// harmAdjective reports a word of harmAdjectives.
func harmAdjective(w string) bool {
	_, ok := harmAdjectives.get(w)
	return ok
}

// titledName reads a title and a name at token i: "Officer Ana Cruz",
// "Danville Officer Ana Cruz", "officer Ana Cruz"; the name is the victim.
func titledName(sc *numScan, i int, ents []contract.Entity) (int, victimPhrase, bool) {
	k := i
	// "Danville Officer", "Danville Police Officer", "Houston Police Sgt.": up to three capitalised
	// words of a place or a force before the title
	for n := 0; n < 3 && isCapWord(sc.raw(k)) && (!nameTitle(sc.w(k)) || possessiveMark(sc.w(k+1))); n++ {
		switch {
		case isCapWord(sc.raw(k + 1)):
			k++
		case possessiveMark(sc.w(k+1)) && isCapWord(sc.raw(k+2)):
			k += 2 // "Polk County Sheriff's Deputy"
		default:
			return i, victimPhrase{}, false
		}
	}
	if !nameTitle(sc.w(k)) || !isCapWord(sc.raw(k+1)) {
		return i, victimPhrase{}, false
	}
	e, name, n, _, ok := nameNP(sc, k+1, ents)
	if !ok || n != 1 {
		return i, victimPhrase{}, false
	}
	return e, victimPhrase{count: 1, who: name, ref: surname(name), named: true}, true
}

// nameTitle reports a title that may stand before a victim's name:
// "Officer", "Sgt.", "Deputy", "Pastor".
func nameTitle(w string) bool {
	switch w {
	case "officer", "deputy", "trooper", "sergeant", "lieutenant", "detective", "agent", "corporal", "private", "pastor",
		"sheriff", "constable", "inmate", "pilot", "journalist", "reporter", "priest", "judge", "mayor", "activist", "nurse", "doctor",
		"sgt.", "sgt", "lt.", "cpl.", "det.", "dr.", "patrolman", "firefighter", "ranger", "marshal", "soldier":
		return true
	}
	return false
}

// describedName reads up to three words describing a person and the
// person's name, of two words or more, that the entity extractor found:
// "Dutch film-maker Ana Cruz", "former deputy minister Ana Cruz".
func describedName(sc *numScan, i int, ents []contract.Entity) (int, victimPhrase, bool) {
	if len(ents) == 0 || sc.ix == nil {
		return i, victimPhrase{}, false
	}
	if !isCapWord(sc.raw(i+1)) && !isCapWord(sc.raw(i+2)) && !isCapWord(sc.raw(i+3)) {
		return i, victimPhrase{}, false // no name to describe
	}
	for k := i + 1; k <= i+3 && k < sc.hi; k++ {
		if m := sc.w(k - 1); !modifierWord(sc, k-1) || m == "police" || strings.HasSuffix(m, "ed") || strings.HasSuffix(m, "ing") ||
			lexicon.IsVictimNoun(m) && !singleNoun(m) || strings.HasSuffix(m, "s") && !strings.HasSuffix(m, "ss") {
			return i, victimPhrase{}, false // "Relatives mourned Ana Cruz": no description
		}
		s := sc.toks[k].Start
		end := -1
		sc.ix.near(s, s+1, func(r mentionRef) bool {
			if r.s == s && ents[r.ent].Type == "PERSON" && strings.IndexByte(sc.text[r.s:r.e], ' ') > 0 {
				end = r.e
			}
			return end < 0
		})
		if end < 0 {
			continue
		}
		e := k
		for e < sc.hi && sc.toks[e].End <= end {
			e++
		}
		if !personDescription(sc, i, k) {
			return i, victimPhrase{}, false // "hit musical Mamma Mia": no person described
		}
		name := sc.text[s:end]
		return e, victimPhrase{count: 1, who: name, ref: surname(name), named: true}, true
	}
	return i, victimPhrase{}, false
}

// agentSuffixes end nouns of people by what they do ("film-maker", "activist").
var agentSuffixes = strings.Fields(`er or ist ian ant ent man woman`)

// personDescription reports words [i, k) before a name that describe a
// person: one of them a person noun, a title or an agent noun ("film-maker",
// "activist", "businessman").
func personDescription(sc *numScan, i, k int) bool {
	for c := i; c < k; c++ {
		w := sc.w(c)
		if lexicon.IsVictimNoun(w) || isTitleWord(w) {
			return true
		}
		for _, suf := range agentSuffixes {
			if strings.HasSuffix(w, suf) && len(w) > len(suf)+2 {
				return true
			}
		}
	}
	return false
}

// personHead reads up to three modifiers and a person noun at token k ("son", "teenage daughter").
func personHead(sc *numScan, k int) (int, string, bool) {
	for mods := 0; mods <= 3 && k < sc.hi; mods++ {
		if sc.victimNounAt(k) {
			return k + 1, sc.raw(k), true
		}
		if !modifierWord(sc, k) {
			break
		}
		k++
	}
	return k, "", false
}

// possessiveHer reports a "her" at token i that is a possessive ("her son"), not an object ("shot her").
func possessiveHer(sc *numScan, i int) bool {
	n := sc.raw(i + 1)
	if n == "" {
		return false
	}
	switch sc.w(i + 1) {
	case "in", "on", "at", "with", "to", "and", "or", "as", "while", "after", "before", "during", "from", "inside",
		"outside", "near", "dead", "twice", "once", "again", "multiple", "several", "three", "four", "five", "repeatedly",
		"through", "into", "but", "because", "when", "for", "then", "last", "early", "late", "that", "by", "himself", "up", "down", "out":
		return false
	}
	if w := sc.w(i + 1); auxWords.at(w) || chainWords.at(w) || strings.HasSuffix(w, "ly") || strings.HasSuffix(w, "ed") && !lexicon.IsVictimNoun(w) {
		return false // "shot her was charged", "hit her repeatedly", "shot her killed"
	}
	c := n[0]
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}

// headlineLine reports a token i that opens a headline: the title, a
// segment written as one, or a line whose words run to its end with no
// sentence mark ("Woman, son shot in Oak Park" above the story's lede).
func headlineLine(sc *numScan, i int) bool {
	if headlineLike(sc) {
		return true
	}
	if !sc.lineStart(i) {
		return false
	}
	for k := i + 1; k < sc.hi; k++ {
		if sentenceMark(sc.w(k)) {
			return false
		}
		if sc.lineStart(k) {
			return true
		}
	}
	return false
}

// headlineLike reports a segment written as a headline: the title, or a
// run of words that ends with no sentence mark (a scraped page's headline
// glued to its lede: "JPSO: Teen found dead | WWL-TV").
//
// The rules ask it of their segment at many tokens: the answer is read once
// per scan (and again only for a scan whose bounds were changed).
func headlineLike(sc *numScan) bool {
	if sc.headline == 0 || sc.headLo != sc.lo || sc.headHi != sc.hi {
		sc.headline, sc.headLo, sc.headHi = 2, sc.lo, sc.hi
		if readHeadline(sc) {
			sc.headline = 1
		}
	}
	return sc.headline == 1
}

// readHeadline is headlineLike, read.
func readHeadline(sc *numScan) bool {
	if sc.title || titleLine(sc) {
		return true
	}
	switch sc.w(sc.hi - 1) {
	case ".", "?", "!", "\"", "\u201d", "'", "\u2019", ")":
	default:
		return true
	}
	for k := sc.lo; k < sc.hi && k < sc.lo+40; k++ {
		if sc.w(k) == "|" {
			return true
		}
	}
	return false
}

// titleLine reports a segment that opens the text on a line of its own
// and ends in a period, as wire copy writes its headline ("Dog kills
// toddler.\nJOHANNESBURG 1996-08-22"), the period set apart or not
// ("Dog kills toddler .", as tokenised copy writes it).
func titleLine(sc *numScan) bool {
	lo, hi := sc.lo, sc.hi
	if hi-lo < 3 || hi-lo > 20 || sc.w(hi-1) != "." {
		return false
	}
	if strings.TrimSpace(sc.text[:sc.toks[lo].Start]) != "" {
		return false
	}
	rest := sc.text[sc.toks[hi-1].End:]
	return strings.HasPrefix(strings.TrimLeft(rest, " \t\r"), "\n")
}

// surname returns the last word of a name as written: whom later mentions
// of the person name ("Ana Cruz" … "Cruz"). It does not allocate.
func surname(name string) string {
	name = strings.TrimRight(name, " .,'\"")
	if k := strings.LastIndexByte(name, ' '); k >= 0 {
		name = name[k+1:]
	}
	return strings.TrimLeft(name, ".,'\"")
}

// possessiveMark reports the possessive clitic token ("'s").
func possessiveMark(w string) bool { return w == "'s" || w == "\u2019s" }

// countedNouns are the nouns of people that carry their number: "a
// couple", "the twins", "triplets".
var countedNouns = map[string]float64{"couple": 2, "twins": 2, "triplets": 3, "pair": 2}

// countedNoun returns the number of people the noun at token k stands for,
// or 0: "a Dutch couple" is 2, "their twins" 2; "a couple of days" is no
// person (a couple of people counts as a number: numScan.words).
func countedNoun(sc *numScan, k int) float64 {
	if sc.w(k+1) == "of" {
		return 0
	}
	return countedNouns[sc.w(k)]
}

// singleNouns are the victim nouns for one person ("a man was shot dead" counts 1).
func singleNoun(w string) bool {
	if !lexicon.IsVictimNoun(w) {
		return false
	}
	switch w {
	case "people", "police", "crew", "staff", "personnel", "couple", "twins", "children", "women", "men":
		return false
	}
	if strings.HasSuffix(w, "men") {
		return false // "gunmen", "policemen": plural
	}
	return !strings.HasSuffix(w, "s") || w == "boss" || w == "actress" || w == "waitress"
}

// victimLeft reads a verb at token i, the victims it names and their state:
// "found Lee Moody shot to death", "left 25-year-old Ana Cruz dead",
// "found 37-year-old Ana Cruz and 16-year-old Eva Cruz dead", "pronounced
// Barrera dead". A described victim ("left a man dead") is read as a subject.
func victimLeft(sc *numScan, i int, ents []contract.Entity) (casHit, int, bool) {
	name := func(k int) (int, string, bool) {
		if isAgeWord(sc.w(k)) {
			k++ // "25-year-old Ana Cruz"
		}
		if k >= sc.hi || !isCapWord(sc.raw(k)) {
			return k, "", false
		}
		e, who, n, _, ok := nameNP(sc, k, ents)
		return e, who, ok && n == 1
	}
	e, who, ok := name(i + 1)
	if !ok {
		return casHit{}, i + 1, false
	}
	n := 1
	if sc.w(e) == "and" {
		if e2, who2, ok := name(e + 1); ok {
			e, who, n = e2, who+" and "+who2, 2
		}
	}
	kind, end, ok := triggerAt(sc, e)
	if !ok || kind != killed && kind != injured {
		return casHit{}, i + 1, false
	}
	if (sc.w(i) == "pronounced" || sc.w(i) == "declared") && kind != killed {
		return casHit{}, i + 1, false
	}
	if activeUse(sc, e) {
		return casHit{}, i + 1, false // "found Ana Cruz shot a man"
	}
	h := newHit(sc, i, end, kind, float64(n), who)
	h.single = n == 1
	h.key = who
	if kind == injured {
		h.generic = !explicitInjury(sc, e, end) && !aliveLater(sc, end)
		if diedLater(sc, end) {
			h.Kind = killed
		}
	}
	return h, end, true
}

// companions reads the people of "along with …" at token k: "his wife",
// "her son and daughter", "two others", "Heriberto Corpus" (a name of two
// words or more). It returns the token after them and how many they are.
func companions(sc *numScan, k int) (int, float64, bool) {
	if e, _, n, ok := personNPs(sc, k); ok {
		return e, float64(n), true
	}
	if sc.canStartNumber(k) {
		if m, ok := sc.number(k); ok && m.n.Kind == contract.KindFigure && !m.n.Vague && !m.n.Range && m.n.Value >= 1 && m.n.Value < 1000 &&
			m.end == sc.toks[m.tokEnd-1].End {
			if e, _, ok := victimNoun(sc, m.tokEnd); ok {
				return e, m.n.Value, true
			}
		}
	}
	if e, _, n, _, ok := nameNP(sc, k, nil); ok && n == 1 && e-k >= 2 {
		return e, 1, true
	}
	return k, 0, false
}

// appositionStart reports a word that can open an apposition about a
// victim (", 45,", ", of Dayton,", ", a father of two,"); a list of
// capitalised names or titles is not one.
func appositionStart(sc *numScan, k int) bool {
	t := sc.raw(k)
	if t == "" {
		return false
	}
	if textdoc.StartsWithDigit(t) || t[0] >= 'a' && t[0] <= 'z' {
		return true
	}
	return false
}

// victimNoun reads an optional modifier or three and a victim noun at token
// k: "people", "young children", "British tourists", "17-year-old girls",
// "Iraqis". It returns the token after the noun and the noun.
func victimNoun(sc *numScan, k int) (int, string, bool) {
	if sc.w(k) == "more" && k > sc.lo && sc.canStartNumber(k-1) && moreEnds(sc, k+1) {
		return k + 1, sc.raw(k), true // "injures three more", "two more were arrested"
	}
	for mods := 0; mods <= 3 && k < sc.hi; mods++ {
		w := sc.w(k)
		if otherPlural(sc, k) {
			// a plural noun not in the lists ("schoolgirls", "families"), when a casualty phrase or a verb follows
			n := sc.w(k + 1)
			if _, _, ok := triggerAt(sc, k+1); ok || auxWords.at(n) || chainWords.at(n) || n == "," || n == "." || n == "and" || n == "from" || n == "in" || n == "" {
				return k + 1, sc.raw(k), true
			}
		}
		if !lexicon.IsVictimNoun(w) && pluralPersonForm(sc, k) {
			return k + 1, sc.raw(k), true // "four professors", "two motorcyclists"
		}
		if lexicon.IsVictimNoun(w) {
			// "police officers": take the last noun
			if sc.victimNounAt(k + 1) {
				return k + 2, sc.raw(k + 1), true
			}
			// "passengers and crew"
			if sc.w(k+1) == "and" && sc.victimNounAt(k+2) {
				return k + 3, sc.raw(k) + " and " + sc.raw(k+2), true
			}
			return k + 1, sc.raw(k), true
		}
		r := sc.raw(k)
		if isCapWord(r) && strings.HasSuffix(r, "s") && len(r) > 4 && !isCapWord(sc.raw(minInt(k+1, sc.hi-1))) {
			// a people's name: "Iraqis", "Britons", "Palestinians"
			if strings.HasSuffix(r, "ans") || strings.HasSuffix(r, "is") || strings.HasSuffix(r, "ons") || strings.HasSuffix(r, "ese") || strings.HasSuffix(r, "ians") || strings.HasSuffix(r, "ites") || strings.HasSuffix(r, "ers") {
				return k + 1, r, true
			}
		}
		if peoplePlural(sc, k) {
			return k + 1, r, true // "100 Iraqi Kurds", "35 million Chinese", "scores of Jews"
		}
		if !modifierWord(sc, k) {
			return k, "", false
		}
		k++
	}
	return k, "", false
}

// peoplePlural reports a people named at token k, a nationality or a
// religious or ethnic group in the plural ("Kurds", "Jews", "Serbs",
// "Chinese", "Swiss") or one of a nation ("Romanian"), that ends its noun
// phrase: no noun it would modify follows ("Chinese tourists" is headed by
// the noun).
func peoplePlural(sc *numScan, k int) bool {
	r := sc.raw(k)
	if !isCapWord(r) || len(r) < 3 {
		return false
	}
	if modifierWord(sc, k+1) && !auxWords.at(sc.w(k+1)) {
		return false
	}
	w := sc.w(k)
	_, demonym := lexicon.Demonym(w)
	if !demonym && !lexicon.IsGroup(w) {
		return false
	}
	// a plural in -s, or a people's name whose plural is the same ("Chinese", "Swiss", "Dutch");
	// an adjective in -ish or -ch that no noun follows names its people too ("kills 12 Kurdish")
	if strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ese") || strings.HasSuffix(w, "ch") || strings.HasSuffix(w, "sh") {
		return true
	}
	// one of a nation: "One Romanian dies", "a Briton" (not an adjective in -ic: "Islamic", "Hispanic")
	return demonym && !strings.HasSuffix(w, "ic")
}

// moreEnds reports the end of "three more" at token k: no noun follows
// ("three more years"), a clause break, an auxiliary or a casualty word does.
func moreEnds(sc *numScan, k int) bool {
	w := sc.w(k)
	if w == "" || auxWords.at(w) || chainWords.at(w) {
		return true
	}
	if _, ok := triggers.get(w); ok {
		return true
	}
	switch w {
	case ".", ",", ";", ":", "and", "in", "on", "at", "after", "before", "when", "during", "|", "-", "\u2013", "\u2014":
		return true
	}
	return false
}

// modifierStops are the function words that are no modifier between a
// count and its noun (modifierWord), kept in clsModStop: one bit of the
// memo, not a switch at every word.
var modifierStops = []string{"and", "or", "of", "in", "on", "at", "the", "a", "an", "to", "from", "by", "with", "for", "as",
	"that", "which", "than", "this", "their", "his", "her", "who", "whom", "into", "onto", "after", "before", "during", "near"}

// modifierWord reports a word that can stand between a count and its victim noun.
func modifierWord(sc *numScan, k int) bool {
	r := sc.raw(k)
	if r == "" {
		return false
	}
	w := sc.w(k)
	if sc.is(k, clsModStop) {
		return false // triggers, chainWords, notCountNouns, modifierStops
	}
	if strings.HasSuffix(w, "-year-old") || strings.HasSuffix(w, "-month-old") || strings.HasSuffix(w, "-year") && textdoc.StartsWithDigit(w) {
		return true // "17-year-old", and "27-year old" written apart
	}
	if ordinalDigits(w) {
		return true // "2nd suspect", "the 3rd victim"
	}
	c := r[0]
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
}

// ordinalDigits reports an ordinal written in digits: "2nd", "3rd", "21st".
func ordinalDigits(w string) bool {
	n := 0
	for n < len(w) && w[n] >= '0' && w[n] <= '9' {
		n++
	}
	if n == 0 || n > 3 {
		return false
	}
	switch w[n:] {
	case "st", "nd", "rd", "th":
		return true
	}
	return false
}

// personNP reads a determiner, modifiers and a singular person noun: "a son", "her brother".
func personNP(sc *numScan, k int) (int, string, bool) {
	switch sc.w(k) {
	case "a", "an", "the", "his", "her", "their", "its", "one", "another":
		k++
	default:
		return k, "", false
	}
	for mods := 0; mods <= 3 && k < sc.hi; mods++ {
		w := sc.w(k)
		if singleNoun(w) {
			return k + 1, sc.raw(k), true
		}
		if isAgeWord(w) && !sc.victimNounAt(k+1) && !modifierWord(sc, k+1) {
			return k + 1, "", true
		}
		if !modifierWord(sc, k) {
			break
		}
		k++
	}
	return k, "", false
}

// personNPs reads one or two person phrases joined by "and": "her brother
// and 4-year-old daughter" (2), "a man" (1).
func personNPs(sc *numScan, k int) (int, string, int, bool) {
	e, who, ok := personNP(sc, k)
	if !ok {
		return k, "", 0, false
	}
	if sc.w(e) == "and" {
		if e2, who2, ok := personNP(sc, e+1); ok {
			return e2, who + " and " + who2, 2, true
		}
		// "her brother and 4-year-old daughter": the determiner is shared
		k2 := e + 1
		for mods := 0; mods <= 2 && k2 < sc.hi; mods++ {
			if sc.singleNounAt(k2) {
				return k2 + 1, who + " and " + sc.raw(k2), 2, true
			}
			if !modifierWord(sc, k2) {
				break
			}
			k2++
		}
	}
	return e, who, 1, true
}

// isAgeWord reports "17-year-old" and the like.
func isAgeWord(w string) bool {
	return strings.HasSuffix(w, "-year-old") || strings.HasSuffix(w, "-month-old") || strings.HasSuffix(w, "-week-old") || strings.HasSuffix(w, "-day-old")
}

// subjectNP reads a victim described or named at token i: "a 17-year-old
// girl", "another 16-year-old boy", "the deputy's daughter", "Woman"
// (headline), "his sister and brother", "Damarcus Tucker". It returns the
// token after it, the noun or name, the number of victims and whether it
// is "another".
func subjectNP(sc *numScan, i int, ents []contract.Entity) (int, string, int, bool, bool) {
	w := sc.w(i)
	another := false
	k := i
	switch w {
	case "a", "an", "the", "his", "her", "their", "its", "another", "one", "this", "that":
		another = w == "another"
		k++
	default:
		r := sc.raw(i)
		if i+1 < sc.hi && (sc.w(i+1) == "'s" || sc.w(i+1) == "\u2019s") {
			// "deputy's daughter"
			k = i + 2
			break
		}
		if bareStart(sc, i) && bareNoun(sc, i) {
			// a headline's bare noun: "Woman killed", "Laundromat worker hurt", "after man shot"
			k = i
			break
		}
		if isCapWord(r) {
			// a name, or a headline's bare noun ("Woman killed", "Teen seriously wounded")
			if sc.singleNounAt(i) && (i == sc.lo || sc.lineStart(i) || sc.w(i-1) == "," && bareVictim(sc, i)) {
				k = i
				break
			}
			return nameNP(sc, i, ents)
		}
		if sc.singleNounAt(i) && (i == sc.lo || sc.w(i-1) == "," && bareVictim(sc, i)) {
			k = i
			break
		}
		return i, "", 0, false, false
	}
	start := k
	if k > i {
		// "a second was injured", "another was wounded"
		switch sc.w(k) {
		case "second", "third", "fourth", "fifth":
			if _, _, ok := triggerAt(sc, k+1); ok || auxWords.at(sc.w(k+1)) {
				return k + 1, "", 1, true, true
			}
			// "a second man, aged 41, was arrested": a further victim
			another = true
			k++
			start = k
		}
		if w == "another" && auxWords.at(sc.w(k)) && sc.w(k) != "to" {
			return k, "", 1, true, true
		}
	}
	for mods := 0; mods <= 3 && k < sc.hi; mods++ {
		if sc.singleNounAt(k) && sc.singleNounAt(k+1) {
			k++ // "a male victim", "a police officer": the last noun heads
		}
		w := sc.w(k)
		if sc.singleNounAt(k) {
			who := sc.raw(k)
			e := k + 1
			n := 1
			// "daughter and brother", "a man and an 18-year-old woman"
			if sc.w(e) == "and" && sc.singleNounAt(e+1) {
				who += " and " + sc.raw(e+1)
				e += 2
				n = 2
			} else if sc.w(e) == "and" && isAgeWord(sc.w(e+1)) {
				// "the man and 4-year-old", "a woman and 6-year-old girl"
				e += 2
				if sc.singleNounAt(e) {
					who += " and " + sc.raw(e)
					e++
				} else {
					who += " and " + sc.raw(e-1)
				}
				n = 2
			} else if sc.w(e) == "and" {
				if e2, who2, ok := personNP(sc, e+1); ok && who2 != "" {
					who += " and " + who2
					e = e2
					n = 2
				}
			}
			return e, who, n, another, true
		}
		if isAgeWord(w) && (k == start || k > start) && !sc.victimNounAt(k+1) && !modifierWord(sc, k+1) {
			return k + 1, "", 1, another, true
		}
		if !modifierWord(sc, k) {
			break
		}
		k++
	}
	return i, "", 0, false, false
}

// nameNP reads a person's name at token i: two or more capitalised words, or
// one that is not the first of its sentence; an entity of another type is not a victim.
func nameNP(sc *numScan, i int, ents []contract.Entity) (int, string, int, bool, bool) {
	k := i
	for k < sc.hi && isCapWord(sc.raw(k)) && k < i+4 {
		k++
	}
	if k == i {
		return i, "", 0, false, false
	}
	if k == i+1 && (i == sc.lo || sc.lineStart(i)) && !surnameOfPerson(sc, i, ents) {
		return i, "", 0, false, false
	}
	switch sc.w(i) {
	case "police", "officials", "authorities", "the", "he", "she", "they", "it", "officers", "witnesses", "sheriff", "investigators", "state", "federal":
		return i, "", 0, false, false
	}
	if k == i+1 && (numMonths.at(sc.w(i)) || weekday(sc.w(i))) || i > sc.lo && sc.raw(i-1) == "the" {
		return i, "", 0, false, false // "in Gastonia Monday was injured", "anyone at the Walmart was injured"
	}
	for n := i; n < k; n++ {
		w := sc.w(n)
		if lexicon.IsVictimNoun(w) || isCommonCapWord(w) || titleCaseWords.at(strings.TrimSuffix(w, ".")) {
			return i, "", 0, false, false
		}
		if _, ok := triggers.get(w); ok {
			return i, "", 0, false, false
		}
		if _, ok := smallNumbers.get(w); ok {
			return i, "", 0, false, false
		}
	}
	s, e := sc.toks[i].Start, sc.toks[k-1].End
	victim := true
	if len(ents) > 0 { // without entities the caller asks for the shape of a name only
		sc.ix.near(s, e, func(r mentionRef) bool {
			if r.s <= s && r.e >= e || r.s >= s && r.e <= e {
				victim = mayBeVictim(ents[r.ent].Type, sc.text[s:e])
			}
			return victim
		})
	}
	if !victim {
		return i, "", 0, false, false
	}
	// an all-capitals headline word is not a name ("45 KILLED")
	if r := sc.raw(i); r == strings.ToUpper(r) && len(r) > 1 && k == i+1 {
		return i, "", 0, false, false
	}
	return k, sc.text[s:e], 1, false, true
}

// titleCaseWords are words no person's name holds, which Title Case
// capitalises: articles, prepositions and the words of a street's name
// ("Shooting Gun Into The Air", "Closes Main Blvd. and Oak Ave.").
var titleCaseWords = setOf(map[string]bool{"the": true, "a": true, "an": true, "into": true, "onto": true, "over": true,
	"blvd": true, "boulevard": true, "ave": true, "rd": true, "hwy": true, "highway": true})

// surnameOfPerson reports a word at token i that the entity extractor found
// as a short mention of a person named in full elsewhere: "Waldron" of
// "William Waldron", which may open a sentence ("Waldron was shot").
func surnameOfPerson(sc *numScan, i int, ents []contract.Entity) bool {
	s, e := sc.toks[i].Start, sc.toks[i].End
	found := false
	if len(ents) == 0 {
		return false
	}
	sc.ix.near(s, e, func(r mentionRef) bool {
		en := &ents[r.ent]
		found = r.s == s && r.e == e && en.Type == "PERSON" && strings.Contains(en.Name, " ") && strings.HasSuffix(en.Name, sc.text[s:e])
		return !found
	})
	return found
}

// weekday reports the name of a day of the week.
func weekday(w string) bool {
	switch w {
	case "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday":
		return true
	}
	return false
}

// bareVictim reports a headline-style victim with no determiner after a
// comma: "suspect in custody", "daughter and brother wounded".
func bareVictim(sc *numScan, i int) bool {
	k := i + 1
	if sc.w(k) == "and" && sc.singleNounAt(k+1) {
		k += 2
	}
	_, _, ok := triggerAt(sc, k)
	return ok && !activeUse(sc, k)
}

// agedVictims reads plural victims followed by their ages: "the other
// victims, ages 13, 17 and 19," and returns the token after the closing
// comma, the noun and the number of ages listed.
func agedVictims(sc *numScan, i int) (int, string, int, bool) {
	k := i
	switch sc.w(k) {
	case "the", "two", "three", "four", "five", "both", "all":
		k++
	default:
		return i, "", 0, false
	}
	for mods := 0; mods < 3 && k < sc.hi && !sc.victimNounAt(k); mods++ {
		if !modifierWord(sc, k) {
			return i, "", 0, false
		}
		k++
	}
	if !sc.victimNounAt(k) || sc.singleNounAt(k) {
		return i, "", 0, false
	}
	who := sc.raw(k)
	k++
	if sc.w(k) != "," || (sc.w(k+1) != "ages" && sc.w(k+1) != "aged") {
		return i, "", 0, false
	}
	k += 2
	n := 0
	for k < sc.hi && n < 50 {
		t := sc.raw(k)
		if textdoc.StartsWithDigit(t) {
			n++
			k++
			continue
		}
		if t == "," || sc.w(k) == "and" {
			k++
			if t == "," && !textdoc.StartsWithDigit(sc.raw(k)) && sc.w(k) != "and" {
				return k, who, n, n > 0
			}
			continue
		}
		break
	}
	return i, "", 0, false
}

// listedVictims reads plural victims followed by a list of them between
// commas ("the victims, a man and his 19-year-old son,") and returns the
// token after the closing comma, the noun and the number of people listed.
func listedVictims(sc *numScan, i int) (int, string, int, bool) {
	if sc.w(i) != "the" && sc.w(i) != "both" && sc.w(i) != "all" {
		return i, "", 0, false
	}
	k := i + 1
	for mods := 0; mods < 3 && k < sc.hi && !sc.victimNounAt(k); mods++ {
		if !modifierWord(sc, k) {
			return i, "", 0, false
		}
		k++
	}
	if !sc.victimNounAt(k) || sc.singleNounAt(k) || sc.w(k+1) != "," {
		return i, "", 0, false
	}
	who := sc.raw(k)
	n, e := enumeratedVictims(sc, k+2)
	if n < 2 || sc.w(e) != "," {
		return i, "", 0, false
	}
	return e + 1, who, n, true
}

// enumeratedVictims counts the people of a list such as "a 9-year-old boy,
// twin 6-year-old boys and twin 3-year-old girls" (5) starting at token k:
// one for each singular item, two for "twin", the number for "three sons"
// and "her two children".
// It returns the count and the token after the list.
func enumeratedVictims(sc *numScan, k int) (int, int) {
	total, last := 0, k
	for k < sc.hi {
		n := 0
		switch w := sc.w(k); {
		case w == "a" || w == "an" || w == "one" || w == "his" || w == "her" || w == "their":
			n = 1
			k++
			if v, ok := smallNumbers.get(sc.w(k)); ok && v > 1 && w != "a" && w != "an" && w != "one" {
				n = int(v) // "her two children"
				k++
			}
		case w == "twin" || w == "twins":
			n = 2
			k++
			if w == "twins" {
				total += n
				goto sep
			}
		case w == "triplet" || w == "triplets":
			n = 3
			k++
		default:
			if v, ok := smallNumbers.get(w); ok && v > 1 {
				n = int(v)
				k++
			} else if textdoc.StartsWithDigit(sc.raw(k)) && !isAgeWord(w) {
				if m, ok := sc.number(k); ok && m.n.Kind == contract.KindFigure && !m.n.Vague {
					n = int(m.n.Value)
					k = m.tokEnd
				}
			}
		}
		if n == 0 {
			break
		}
		for mods := 0; mods < 4 && k < sc.hi && !sc.victimNounAt(k); mods++ {
			if !modifierWord(sc, k) {
				break
			}
			k++
		}
		if !sc.victimNounAt(k) {
			break
		}
		k++
		total += n
	sep:
		last = k
		if sc.w(k) == "," && sc.w(k+1) == "and" {
			k += 2
		} else if sc.w(k) == "," || sc.w(k) == "and" {
			k++
		} else {
			break
		}
	}
	return total, last
}

// bareStart reports a place where a headline starts a victim with no
// determiner: the start of a segment or line, or after ",", ":", "|", a
// dash, "after", "as", "when", "while".
func bareStart(sc *numScan, i int) bool {
	if i == sc.lo || sc.lineStart(i) {
		return true
	}
	switch sc.w(i - 1) {
	case ",", ":", "|", "-", "\u2013", "\u2014", ";", "after", "as", "when", "while":
		return true
	}
	return false
}

// harmNext reports a casualty phrase at token t, after up to three chain
// words and "found": "Hurt", "Found Dead", "Fatally Shot".
func harmNext(sc *numScan, t int) bool {
	for n := 0; n < 3 && chainWords.at(sc.w(t)) && !auxWords.at(sc.w(t)); n++ {
		t++
	}
	if sc.w(t) == "found" {
		t++
	}
	_, _, ok := triggerAt(sc, t)
	return ok && !activeUse(sc, t)
}

// bareNoun reports up to two modifiers and a singular person noun at token i
// followed straight by a casualty phrase: "Young person hurt", "Boston Police Officer Shot".
func bareNoun(sc *numScan, i int) bool {
	k := i
	for mods := 0; mods <= 2 && k < sc.hi; mods++ {
		if sc.singleNounAt(k) {
			return harmNext(sc, k+1) // "Teen Found Shot", "Man Fatally Shot"
		}
		if !modifierWord(sc, k) {
			return false
		}
		k++
	}
	return false
}

// otherPlural reports a lower-case plural noun at token k that is not a
// known non-person noun, a casualty word or a grammar word.
func otherPlural(sc *numScan, k int) bool {
	r := sc.raw(k)
	if len(r) < 4 || r[0] < 'a' || r[0] > 'z' || r[len(r)-1] != 's' || strings.HasSuffix(r, "ss") || strings.HasSuffix(r, "'s") {
		return false
	}
	w := sc.w(k)
	if lexicon.IsNonPersonNoun(w) || notCountNouns[w] || lexicon.IsVictimNoun(w) || chainWords.at(w) || auxWords.at(w) {
		return false
	}
	if _, ok := triggers.get(w); ok {
		return false
	}
	if _, ok := deathNouns[w]; ok {
		return false
	}
	switch w {
	case "was", "is", "has", "does", "this", "his", "its", "hers", "ours", "yours", "theirs", "thus", "less", "plus", "us", "as", "was.", "yes", "perhaps", "always", "sometimes", "besides", "towards", "afterwards", "nevertheless", "whereas", "unless", "across":
		return false
	}
	return true
}

// mayBeVictim reports whether a name the entity extractor typed can still be
// a person: places and nationalities cannot; an organisation can when its
// name has no organisation word (the extractor takes some surnames for firms).
func mayBeVictim(typ contract.EntityType, name string) bool {
	switch typ {
	case "PERSON":
		return true
	case "ORG":
		for _, w := range strings.Fields(name) {
			switch lexicon.Lower(strings.Trim(w, ".,")) {
			case "inc", "corp", "co", "ltd", "plc", "group", "company", "motors", "bank", "police", "department",
				"university", "council", "ministry", "agency", "party", "union", "association", "club", "team",
				"news", "times", "post", "office", "service", "services", "airlines", "international", "fc", "united":
				return false
			}
		}
		return true
	}
	return false
}

// isTitleWord reports a lower-case word of a title before a name ("former",
// "deputy", "prime", "minister", "opposition", "leader").
func isTitleWord(t string) bool {
	if t == "" || t[0] < 'a' || t[0] > 'z' {
		return false
	}
	switch t {
	case "former", "deputy", "prime", "minister", "opposition", "leader", "president", "vice", "party", "rebel",
		"commander", "general", "journalist", "activist", "businessman", "businesswoman", "singer", "actor", "senior",
		"top", "chief", "aid", "worker", "priest", "envoy", "church", "british", "american", "french", "german":
		return true
	}
	return false
}

// isDeterminer reports words that make a following participle an adjective ("the injured Alonso").
func isDeterminer(w string) bool {
	switch w {
	case "the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "'s", "\u2019s", "this", "that":
		return true
	}
	return false
}

// victimMemo keeps the last victim phrases read by one article's scans, by
// position: a phrase read at token i of the same tokens [lo, hi) (of the
// body or of the title) with the same entities is the same phrase.
type victimMemo struct {
	slot [8]victimRead
}

// victimRead is one victimAt answer and what it was read from.
type victimRead struct {
	set       bool
	i, lo, hi int
	toks      *contract.Span   // the first token of the scan's list
	ents      *contract.Entity // the first of the entities, or nil
	nents     int
	v         victimPhrase
	ok        bool
}

// at returns victimAt's answer at token i of sc with ents, read once.
func (m *victimMemo) at(sc *numScan, i int, ents []contract.Entity) (victimPhrase, bool) {
	var e0 *contract.Entity
	if len(ents) > 0 {
		e0 = &ents[0]
	}
	t0 := &sc.toks[0] // i lies inside the tokens
	r := &m.slot[i&7]
	if r.set && r.i == i && r.lo == sc.lo && r.hi == sc.hi && r.toks == t0 && r.ents == e0 && r.nents == len(ents) {
		return r.v, r.ok
	}
	v, ok := readVictimAt(sc, i, ents)
	m.slot[i&7] = victimRead{set: true, i: i, lo: sc.lo, hi: sc.hi, toks: t0, ents: e0, nents: len(ents), v: v, ok: ok}
	return v, ok
}
