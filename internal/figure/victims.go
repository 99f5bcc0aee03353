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
//   - coordinations of these: "a woman and her son" (2), "Ana Cruz, Eva
//     Cruz and a neighbour" (3).

// victimPhrase is a victim noun phrase over tokens [start, end).
type victimPhrase struct {
	start, end int
	count      float64 // how many; -1 when the phrase does not say ("the officers")
	who        string  // the head noun or name as written; "" for a pronoun
	ref        string  // whom the outcome rule follows: a surname, a noun, "he" or "she"
	pronoun    bool
	named      bool
}

// victimPronouns are the pronouns that stand for one victim, with the
// referent the outcome rule gives them.
var victimPronouns = map[string]string{"he": "he", "him": "he", "himself": "he", "she": "she", "her": "she", "herself": "she"}

// victimDeterminers open a victim noun phrase.
var victimDeterminers = map[string]bool{"a": true, "an": true, "the": true, "his": true, "her": true, "their": true,
	"its": true, "my": true, "our": true, "your": true, "one": true, "another": true, "this": true, "that": true}

// victimsAt reads one victim phrase or a coordination of them at token i.
// A coordination's count is the sum of its members' (unsaid when one is).
func victimsAt(sc *numScan, i int, ents []contract.Entity) (victimPhrase, bool) {
	v, ok := victimAt(sc, i, ents)
	if !ok {
		return v, false
	}
	// "a woman and her son", "Ana Cruz, Eva Cruz and a neighbour"; a list joined by commas
	// alone is an apposition ("One of the robbers, Lev Horn, was shot"), not a coordination
	first := v
	for n := 0; n < 8; n++ {
		if ageApposition(sc, v.end) && sc.w(v.end+3) == "and" {
			v.end += 2 // "India Barnes, 34, and Eva Mack": the age goes with its name
		}
		k := v.end
		last := false
		switch {
		case sc.w(k) == "and":
			k++
			last = true
		case sc.w(k) == "," && sc.w(k+1) == "and":
			k += 2
			last = true
		case sc.w(k) == ",":
			k++
		default:
			return first, true
		}
		u, ok := victimAt(sc, k, ents)
		if !ok && last && isAgeWord(sc.w(k)) && !modifierWord(sc, k+1) {
			u, ok = victimPhrase{start: k, end: k + 1, count: 1, ref: "age:" + sc.w(k)}, true // "the man and 4-year-old"
		}
		if !ok || u.pronoun != v.pronoun || u.pronoun {
			return first, true
		}
		v.end = u.end
		if last && ageApposition(sc, v.end) {
			v.end += 3 // "… and Eva Mack, 34, were found dead"
		}
		if v.count < 0 || u.count < 0 {
			v.count = -1
		} else {
			v.count += u.count
		}
		v.who += " and " + u.who
		v.ref = ""
		if last {
			return v, true
		}
	}
	return first, true
}

// ageApposition reports an age between commas at token k: ", 34,".
func ageApposition(sc *numScan, k int) bool {
	if sc.w(k) != "," || sc.w(k+2) != "," || !textdoc.StartsWithDigit(sc.raw(k+1)) || len(sc.raw(k+1)) > 3 {
		return false
	}
	return true
}

// victimAt reads one victim phrase at token i.
func victimAt(sc *numScan, i int, ents []contract.Entity) (victimPhrase, bool) {
	if i < sc.lo || i >= sc.hi || !mayStartVictim(sc, i) {
		return victimPhrase{}, false
	}
	w := sc.w(i)
	if ref, ok := victimPronouns[w]; ok && !(w == "her" && possessiveHer(sc, i)) {
		return victimPhrase{start: i, end: i + 1, count: 1, ref: ref, pronoun: true}, true
	}
	switch w {
	case "both":
		// "both", "both victims", "both men"
		if e, who, ok := victimNoun(sc, i+1); ok {
			return victimPhrase{start: i, end: e, count: 2, who: who}, true
		}
		return victimPhrase{start: i, end: i + 1, count: 2}, true
	case "all":
		if v, ok := smallNumbers[sc.w(i+1)]; ok && v >= 2 {
			e, who, _ := victimNoun(sc, i+2)
			return victimPhrase{start: i, end: max(e, i+2), count: v, who: who}, true
		}
		return victimPhrase{}, false
	}
	if v, ok := smallNumbers[w]; ok && v >= 2 && v <= 20 || textdoc.StartsWithDigit(sc.raw(i)) && !isAgeWord(w) && len(w) <= 2 {
		// "two others", "three men": a count inside a coordination
		n := v
		if !ok {
			m, ok2 := sc.number(i)
			if !ok2 || m.n.Kind != contract.KindFigure || m.n.Vague || m.n.Range || m.tokEnd != i+1 {
				return victimPhrase{}, false
			}
			n = m.n.Value
		}
		if e, who, ok := victimNoun(sc, i+1); ok && !singleNoun(lexicon.Lower(who)) && (lexicon.IsVictimNoun(lexicon.Lower(who)) || isCapWord(who)) {
			return victimPhrase{start: i, end: e, count: n, who: who}, true
		}
		// "two of the victims": that many of them
		if n >= 2 && sc.w(i+1) == "of" && sc.w(i+2) == "the" {
			if e, who, ok := victimNoun(sc, i+3); ok && lexicon.IsVictimNoun(lexicon.Lower(who)) && !singleNoun(lexicon.Lower(who)) {
				return victimPhrase{start: i, end: e, count: n, who: who}, true
			}
		}
		return victimPhrase{}, false
	}
	// "One had a gunshot wound", "one was arrested": one of them
	if w == "one" && (auxWords[sc.w(i+1)] || sc.w(i+1) == "had" || sc.w(i+1) == "has") && sc.w(i+1) != "to" && sc.w(i+1) != "who" {
		return victimPhrase{start: i, end: i + 1, count: 1, ref: "one"}, true
	}
	// "another was behind bars": one more victim
	if w == "another" && (auxWords[sc.w(i+1)] || chainWords[sc.w(i+1)]) && sc.w(i+1) != "to" {
		return victimPhrase{start: i, end: i + 1, count: 1, ref: "another"}, true
	}
	// "one of the suspects", "one of the victims": one of them
	if w == "one" && sc.w(i+1) == "of" && (sc.w(i+2) == "the" || sc.w(i+2) == "his" || sc.w(i+2) == "her" || sc.w(i+2) == "their" || sc.w(i+2) == "two" || sc.w(i+2) == "three") {
		k := i + 3
		if sc.w(i+2) == "the" {
			if _, ok := smallNumbers[sc.w(k)]; ok {
				k++
			}
		}
		if e, who, ok := victimNoun(sc, k); ok && lexicon.IsVictimNoun(lexicon.Lower(who)) && !singleNoun(lexicon.Lower(who)) {
			return victimPhrase{start: i, end: e, count: 1, who: who}, true
		}
	}
	// "the other" standing alone: the other of two
	if w == "the" && sc.w(i+1) == "other" && !modifierWord(sc, i+2) && !lexicon.IsVictimNoun(sc.w(i+2)) {
		return victimPhrase{start: i, end: i + 2, count: 1, ref: "other"}, true
	}
	if victimDeterminers[w] {
		return determinedVictim(sc, i, ents)
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
	if bareStart(sc, i) && (sc.title || lineStart(sc.text, sc.toks, i) || i == sc.lo || headlineLike(sc)) {
		if isAgeWord(w) && !lexicon.IsVictimNoun(sc.w(i+1)) && !modifierWord(sc, i+1) && !isCapWord(sc.raw(i+1)) {
			return victimPhrase{start: i, end: i + 1, count: 1, ref: "age:" + w}, true // "17-year-old found dead"
		}
		k := i
		for mods := 0; mods < 3 && k < sc.hi && !singleNoun(sc.w(k)); mods++ {
			if !modifierWord(sc, k) {
				break
			}
			k++
		}
		if singleNoun(sc.w(k)) && !isCapWord(sc.raw(k+1)) {
			return victimPhrase{start: i, end: k + 1, count: 1, who: sc.raw(k), ref: sc.w(k)}, true
		}
		if k == i && lexicon.IsVictimNoun(sc.w(k)) && !singleNoun(sc.w(k)) && sc.w(k) != "others" && sc.w(k) != "police" {
			return victimPhrase{start: i, end: k + 1, count: -1, who: sc.raw(k)}, true
		}
	}
	// a name
	if isCapWord(sc.raw(i)) {
		return personName(sc, i, ents)
	}
	return victimPhrase{}, false
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
	return victimPhrase{start: i, end: i + 1, count: 1, who: sc.raw(i), ref: lexicon.Lower(sc.raw(i)), named: true}, true
}

// barePerson reads a person without a determiner at token i, as headlines
// and "of" phrases write one: "police officer", "Carson City man", "Ohio
// officer" (modifiers, capitalised or not, and a singular person noun not
// followed by a name).
func barePerson(sc *numScan, i int) (victimPhrase, bool) {
	k := i
	for mods := 0; mods < 3 && k < sc.hi && !singleNoun(sc.w(k)); mods++ {
		if !modifierWord(sc, k) || isAgeWord(sc.w(k)) && k > i {
			return victimPhrase{}, false
		}
		k++
	}
	if !singleNoun(sc.w(k)) || isCapWord(sc.raw(k+1)) || lexicon.IsVictimNoun(sc.w(k+1)) {
		return victimPhrase{}, false
	}
	return victimPhrase{start: i, end: k + 1, count: 1, who: sc.raw(k), ref: sc.w(k)}, true
}

// mayStartVictim is a quick test before victimAt's grammar: a pronoun, a
// determiner, a count, an age, a person noun or a capitalised word at token
// i, or a name or a person noun in the three words after it ("former
// deputy minister Ana Cruz", "teenage girl").
func mayStartVictim(sc *numScan, i int) bool {
	w := sc.w(i)
	if _, ok := victimPronouns[w]; ok || victimDeterminers[w] || lexicon.IsVictimNoun(w) || isAgeWord(w) {
		return true
	}
	if _, ok := smallNumbers[w]; ok {
		return true
	}
	switch w {
	case "both", "all", "another":
		return true
	}
	if r := sc.raw(i); isCapWord(r) || textdoc.StartsWithDigit(r) {
		return true
	}
	for k := i + 1; k <= i+3 && k < sc.hi; k++ {
		if isCapWord(sc.raw(k)) || singleNoun(sc.w(k)) {
			return true
		}
	}
	return false
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
	if n, ok := smallNumbers[sc.w(k)]; ok && n >= 2 && n <= 20 {
		// "the two teens", "the three men", "the other two victims"
		if e, who, ok := victimNoun(sc, k+1); ok && lexicon.IsVictimNoun(lexicon.Lower(who)) && !singleNoun(lexicon.Lower(who)) {
			return victimPhrase{start: i, end: e, count: n, who: who}, true
		}
	}
	start := k
	for mods := 0; mods < 4 && k < sc.hi; mods++ {
		w := sc.w(k)
		if possessiveMark(sc.w(k+1)) && (singleNoun(w) || lexicon.IsVictimNoun(w) || isCapWord(sc.raw(k))) {
			// "the deputy's daughter", "the Smiths' son"
			if e, who, ok := personHead(sc, k+2); ok {
				if !singleNoun(lexicon.Lower(who)) {
					return victimPhrase{}, false
				}
				return victimPhrase{start: i, end: e, count: 1, who: who, ref: lexicon.Lower(who)}, true
			}
			if singleNoun(w) {
				// no person after it: the possessor is the phrase ("the officer's shooting")
				return victimPhrase{start: i, end: k + 1, count: 1, who: sc.raw(k), ref: w}, true
			}
			return victimPhrase{}, false
		}
		if lexicon.IsVictimNoun(w) && modifierWord(sc, k+1) && lexicon.IsVictimNoun(sc.w(k+2)) && !lexicon.IsVictimNoun(sc.w(k+3)) {
			k++ // "a male shooting victim": the last noun heads
			continue
		}
		if lexicon.IsVictimNoun(w) && !lexicon.IsVictimNoun(sc.w(k+1)) {
			// the head; a title before a name goes with the name: "officer Ana Cruz"
			if singleNoun(w) && isCapWord(sc.raw(k+1)) {
				if e, name, n, _, ok := nameNP(sc, k+1, ents); ok && n == 1 {
					return victimPhrase{start: i, end: e, count: 1, who: name, ref: surname(name), named: true}, true
				}
			}
			if w == "others" {
				return victimPhrase{}, false
			}
			if singleNoun(w) {
				return victimPhrase{start: i, end: k + 1, count: 1, who: sc.raw(k), ref: w}, true
			}
			switch w {
			case "twins", "couple":
				return victimPhrase{start: i, end: k + 1, count: 2, who: sc.raw(k)}, true // "their 18-month-old twins"
			case "triplets":
				return victimPhrase{start: i, end: k + 1, count: 3, who: sc.raw(k)}, true
			}
			return victimPhrase{start: i, end: k + 1, count: -1, who: sc.raw(k), ref: ""}, true
		}
		if isAgeWord(w) && !lexicon.IsVictimNoun(sc.w(k+1)) && !modifierWord(sc, k+1) && !isCapWord(sc.raw(k+1)) {
			// "a 19-year-old", "the 12-year-old"
			return victimPhrase{start: i, end: k + 1, count: 1, who: "", ref: "age:" + w}, true
		}
		if isAgeWord(w) && isCapWord(sc.raw(k+1)) {
			// "the 19-year-old Ana Cruz", "a 24-year-old Dayton man"
			if e, name, n, _, ok := nameNP(sc, k+1, ents); ok && n == 1 && !lexicon.IsVictimNoun(sc.w(e)) {
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
var harmAdjectives = map[string]string{"injured": injured, "wounded": injured, "dead": killed, "slain": killed,
	"fallen": killed, "murdered": killed, "deceased": killed, "kidnapped": kidnapped, "abducted": kidnapped,
	"missing": missing, "detained": detained, "jailed": detained, "arrested": detained, "imprisoned": detained}

// harmAdjective reports a word of harmAdjectives.
func harmAdjective(w string) bool {
	_, ok := harmAdjectives[w]
	return ok
}

// titledName reads a title and a name at token i: "Officer Ana Cruz",
// "Danville Officer Ana Cruz", "officer Ana Cruz"; the name is the victim.
func titledName(sc *numScan, i int, ents []contract.Entity) (int, victimPhrase, bool) {
	k := i
	if isCapWord(sc.raw(k)) && singleNoun(sc.w(k+1)) && isCapWord(sc.raw(k+1)) {
		k++ // "Danville Officer"
	}
	if !singleNoun(sc.w(k)) || !isCapWord(sc.raw(k+1)) {
		return i, victimPhrase{}, false
	}
	switch sc.w(k) {
	case "officer", "deputy", "trooper", "sergeant", "lieutenant", "detective", "agent", "corporal", "private", "pastor",
		"sheriff", "constable", "inmate", "pilot", "journalist", "reporter", "priest", "judge", "mayor", "activist", "nurse", "doctor":
	default:
		return i, victimPhrase{}, false
	}
	e, name, n, _, ok := nameNP(sc, k+1, ents)
	if !ok || n != 1 {
		return i, victimPhrase{}, false
	}
	return e, victimPhrase{count: 1, who: name, ref: surname(name), named: true}, true
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
		name := sc.text[s:end]
		return e, victimPhrase{count: 1, who: name, ref: surname(name), named: true}, true
	}
	return i, victimPhrase{}, false
}

// personHead reads up to three modifiers and a person noun at token k ("son", "teenage daughter").
func personHead(sc *numScan, k int) (int, string, bool) {
	for mods := 0; mods <= 3 && k < sc.hi; mods++ {
		if lexicon.IsVictimNoun(sc.w(k)) {
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
	if w := sc.w(i + 1); auxWords[w] || chainWords[w] || strings.HasSuffix(w, "ly") || strings.HasSuffix(w, "ed") && !lexicon.IsVictimNoun(w) {
		return false // "shot her was charged", "hit her repeatedly", "shot her killed"
	}
	c := n[0]
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}

// headlineLike reports a segment written as a headline: the title, or a
// run of words that ends with no sentence mark (a scraped page's headline
// glued to its lede: "JPSO: Teen found dead | WWL-TV").
func headlineLike(sc *numScan) bool {
	if sc.title {
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

// surname returns the last word of a name, lower-cased: whom later
// mentions of the person name ("Ana Cruz" … "Cruz").
func surname(name string) string {
	f := strings.Fields(name)
	if len(f) == 0 {
		return ""
	}
	return lexicon.Lower(strings.Trim(f[len(f)-1], ".,'\""))
}

// possessiveMark reports the possessive clitic token ("'s").
func possessiveMark(w string) bool { return w == "'s" || w == "\u2019s" }
