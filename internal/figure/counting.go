package figure

// Counting: the pattern reader's counts of victims ("more than 350,000
// people have been killed", "killing at least 12", "the death toll rose to
// 52", "no one was hurt") and the chain of words between victims and their
// casualty phrase (victimsThenChain), which the grammar (casgrammar.go)
// reads too.

import (
	"strings"

	"github.com/newsparse/newsparse/internal/contract"
	"github.com/newsparse/newsparse/internal/lexicon"
	"github.com/newsparse/newsparse/internal/textdoc"
)

// captorNouns hold their victims, who follow with "of": "the kidnappers of four professors".
var captorNouns = map[string]bool{"kidnappers": true, "abductors": true, "captors": true, "hostage-takers": true,
	"killers": true, "murderers": true, "assassins": true}

// killerNouns are the captor nouns whose victims died: "the killers of a bishop".
var killerNouns = map[string]bool{"killers": true, "murderers": true, "assassins": true}

// notCountNouns follow a number that counts no people ("3 days", "two shots").
var notCountNouns = map[string]bool{
	"days": true, "day": true, "weeks": true, "week": true, "months": true, "month": true, "years": true, "year": true,
	"hours": true, "hour": true, "minutes": true, "minute": true, "times": true, "miles": true, "mile": true,
	"shots": true, "rounds": true, "bullets": true, "percent": true, "times.": true, "feet": true, "yards": true,
	"metres": true, "meters": true, "kilometres": true, "km": true, "points": true, "counts": true, "charges": true,
}

// zeroAt reads "no one was hurt", "nobody was killed", "no injuries", "No one is in custody".
func zeroAt(sc *numScan, i int) (casHit, int, bool) {
	j := i + 1
	if h, e, ok := noReportsOf(sc, i); ok {
		return h, e, true
	}
	if sc.w(i) == "no" {
		switch sc.w(j) {
		case "one":
			j++
		case "other", "further", "serious", "fatal", "major", "reported":
			if k, ok := deathNouns[sc.w(j+1)]; ok && k != "" {
				h := newHit(sc, i, j+2, k, 0, "")
				return h, j + 2, true
			}
			return casHit{}, i + 1, false
		case "arrest":
			// "no arrest has been made"
			h := newHit(sc, i, j+1, detained, 0, "")
			return h, j + 1, true
		case "casualties", "casualty":
			// "No casualties were reported": nobody killed and nobody hurt
			h := newHit(sc, i, j+1, killed, 0, "")
			also := newHit(sc, i, j+1, injured, 0, "")
			h.also = &also
			return h, j + 1, true
		default:
			if k, ok := deathNouns[sc.w(j)]; ok && sc.w(j) != "dead" && sc.w(j) != "lives" && sc.w(j) != "death" {
				h := newHit(sc, i, j+1, k, 0, "")
				return h, j + 1, true
			}
			return casHit{}, i + 1, false
		}
	}
	if sc.w(i) == "none" && sc.w(j) == "of" {
		j += 2
	}
	h, e, ok := victimsThen(sc, i, j, 0, "")
	return h, e, ok
}

// noReportsOf reads "no reports of injuries" at token i, "no immediate
// reports of casualties", "no sign of deaths": a statement of none by the
// report of the harm. It returns the zero hit and the token after it.
func noReportsOf(sc *numScan, i int) (casHit, int, bool) {
	j := i + 1
	if sc.w(i) != "no" {
		return casHit{}, i + 1, false
	}
	switch sc.w(j) {
	case "immediate", "initial", "early", "other", "further":
		j++
	}
	switch sc.w(j) {
	case "reports", "report", "word", "sign", "signs", "indication":
	default:
		return casHit{}, i + 1, false
	}
	if sc.w(j+1) != "of" {
		return casHit{}, i + 1, false
	}
	n := j + 2
	switch w := sc.w(n); {
	case w == "casualties":
		h := newHit(sc, i, n+1, killed, 0, "")
		also := newHit(sc, i, n+1, injured, 0, "")
		h.also = &also
		return h, n + 1, true
	case w == "injuries" || w == "deaths" || w == "fatalities" || w == "arrests":
		return newHit(sc, i, n+1, deathNouns[w], 0, ""), n + 1, true
	}
	return casHit{}, i + 1, false
}

// victimsThen reads the words after a subject (tokens [i, j)) up to its
// casualty phrase: "were killed", ", who was shot and killed", ", 17 and 23
// years old, were struck".
func victimsThen(sc *numScan, i, j int, n float64, who string) (casHit, int, bool) {
	return victimsThenChain(sc, i, j, n, who, false)
}

// victimsThenChain is victimsThen; needChain asks for a verb between the
// subject and the casualty word ("Oak Lawn in serious condition" is a place).
func victimsThenChain(sc *numScan, i, j int, n float64, who string, needChain bool) (casHit, int, bool) {
	k := j
	neg := false
	k = skipApposition(sc, k, n, who)
	k = skipVictimPhrase(sc, k, who)
	chained := k > j
	fatal := false
	activeAux := false
	both := false
	for steps := 0; k < sc.hi && steps < 7; steps++ {
		w := sc.w(k)
		if w == "fatally" || w == "mortally" {
			fatal = true
		}
		if w == "both" {
			both = true
		}
		if auxWords.at(w) && !chained && n == 1 && who != "" && isCapWord(who) && !singleNoun(lexicon.Lower(who)) {
			switch w {
			case "were", "are", "have":
				return casHit{}, i + 1, false // "five people in Yunnan were arrested": the name is not the subject
			}
		}
		if auxWords.at(w) {
			chained = true
		}
		switch w {
		case "have", "has", "had", "will", "would", "may", "might", "could", "can", "should", "must":
			activeAux = true // "has shot", "would hurt": the subject acts, unless "been" or "be" follows
		case "been", "be", "was", "were", "is", "are", "being", "got", "getting", "get", "gets":
			activeAux = false
		}
		if w == "not" || w == "n't" || w == "never" {
			neg = true
			k++
			continue
		}
		if kind, e, ok := triggerAt(sc, k); ok {
			if toCome(sc, k) || possibleOnly(sc, j, k) {
				return casHit{}, i + 1, false // "Two men to die for killing …": a sentence still to come
			}
			return chainedHit(sc, i, j, k, kind, e, n, who, needChain, chainFlags{chained: chained, fatal: fatal, activeAux: activeAux, both: both, neg: neg})
		}
		if !chainWords.at(w) && !mannerAdverb(w) { // predicates.go: "was quickly caught"
			break
		}
		k++
	}
	return casHit{}, i + 1, false
}

// possibleOnly reports a modal and "be" before the casualty event at token
// k, in the chain from token j: "could be jailed", "may be detained", "will
// be executed" tell of what may happen, not what did. A word of a state
// ("might be injured", "may be dead") tells of what may be so now, as "may
// have been killed" of what may have happened, and "will remain in prison"
// keeps a state: none of them counts here.
func possibleOnly(sc *numScan, j, k int) bool {
	switch sc.w(k) {
	case "injured", "hurt", "wounded", "dead", "missing", "unaccounted", "homeless", "trapped":
		return false
	}
	for c := j; c+1 < k; c++ {
		switch sc.w(c) {
		case "could", "would", "might", "may", "can", "should", "will", "must":
			if sc.w(c+1) == "be" {
				return true
			}
		}
	}
	return false
}

// skipApposition returns the token after an apposition or relative clause
// that starts at token k after a subject of n victims (who): ", who was",
// ", 45, of Dayton, was", "Terry Waite, missing in Beirut"; k itself when
// none does.
func skipApposition(sc *numScan, k int, n float64, who string) int {
	// an apposition or relative clause: ", who was", ", 17 and 23 years old,"
	appos := false
	if sc.w(k) == "," && n == 1 && who != "" {
		if _, ok := triggers.get(sc.w(k + 1)); ok {
			if _, _, ok := triggerAt(sc, k+1); ok {
				k++ // "Terry Waite, missing in Beirut"
				appos = true
			}
		}
	}
	if sc.w(k) == "," && !appos {
		if sc.w(k+1) == "who" && (auxWords.at(sc.w(k+2)) || chainWords.at(sc.w(k+2))) {
			k += 2
		} else if sc.w(k+1) == "who" && sc.grammar && relativeHarm(sc, k+2) {
			k += 2 // "drove the cyclist, who suffered two stab wounds, to a clinic", "Ana Cruz, who died"
		} else {
			// up to two comma groups: ", 45, of Dayton, was"
			c := k
			for groups := 0; groups < 2 && sc.w(c) == ","; groups++ {
				e := c + 1
				for e < sc.hi && e < c+9 && sc.w(e) != "," {
					e++
				}
				if sc.w(e) != "," || e == c+1 || !appositionStart(sc, c+1) || unharmedWord(sc.w(c+1)) || companionsStart(sc, c+1) {
					break // "The boy, unharmed by the blast, was carried …" says the child was not hurt
				}
				if w := sc.w(e + 1); w == "were" || w == "was" || w == "is" || w == "are" || w == "had" || w == "has" || w == "have" || w == "got" {
					k = e + 1
					break
				}
				if sc.w(e+1) == "who" && (auxWords.at(sc.w(e+2)) && sc.w(e+2) != "who" || sc.grammar && relativeHarm(sc, e+2)) {
					k = e + 2 // "Jon Hale, 63, who was shot and killed", "Jon Hale, 63, who died"
					break
				}
				// the casualty word right after: "Ana Cruz, a 19-year-old student, died", "Man, 29, fatally shot"
				t := e + 1
				for t < sc.hi && t < e+4 && chainWords.at(sc.w(t)) && !auxWords.at(sc.w(t)) {
					t++
				}
				if _, _, ok := triggerAt(sc, t); ok && !activeUse(sc, t) {
					k = e + 1
					break
				}
				c = e
			}
		}
	}
	return k
}

// companionsStart reports "along with" or "together with" at token k:
// ", along with two passengers," adds victims, no apposition (victimsAt
// reads it as a coordination).
func companionsStart(sc *numScan, k int) bool {
	return (sc.w(k) == "along" || sc.w(k) == "together") && sc.w(k+1) == "with"
}

// toCome reports a death still to come at the casualty word at token k:
// a bare infinitive "to die", or "to be executed" or "to hang" ("Two men to
// die for killing …", "are expected to die"), unlike a state inferred ("are
// feared to have died", "believed to be dead").
func toCome(sc *numScan, k int) bool {
	switch sc.w(k) {
	case "die":
		return k > sc.lo && sc.w(k-1) == "to"
	case "executed", "hanged":
		return k-1 > sc.lo && sc.w(k-1) == "be" && sc.w(k-2) == "to"
	}
	return false
}

// sufferedAfterWho reports a wound suffered or a surgery undergone at token
// k, after a relative "who": "who suffered six gunshot wounds", "who
// sustained a stab wound", "who underwent surgery".
func sufferedAfterWho(sc *numScan, k int) bool {
	switch sc.w(k) {
	case "suffered", "sustained":
		_, _, ok := sufferedWound(sc, k, sc.w(k))
		return ok
	case "underwent":
		_, _, ok := underwentSurgery(sc, k)
		return ok
	}
	return false
}

// relativeHarm reports, at token k after the "who" of a clause set off by
// commas, a wound suffered ("Ana Cruz, who suffered a stab wound") or a
// casualty word that takes no object ("Ana Cruz, 34, who died"). Such a
// clause often tells in passing of a death long past ("the painter Ana
// Cruz, who died in 1998"): it is a casualty only when its sentence tells
// of harm (harmCauseWords, natural.go); "who went missing", "who
// succumbed to his injuries" always are.
func relativeHarm(sc *numScan, k int) bool {
	if sufferedAfterWho(sc, k) {
		return true
	}
	if !intransitiveAfter(sc, k) {
		return false
	}
	for k < sc.hi && chainWords.at(sc.w(k)) && !auxWords.at(sc.w(k)) {
		k++
	}
	if t, ok := triggers.get(sc.w(k)); !ok || t.kind != killed {
		return true // "who went missing", "who succumbed to his injuries": no death of old age
	}
	return sc.harmCause()
}

// harmCause reports a word of harm's cause (harmCauseWords, natural.go)
// among the scan's tokens, read once for them, not at every clause that
// asks.
func (s *numScan) harmCause() bool {
	if s.cause == 0 || s.causeLo != s.lo || s.causeHi != s.hi {
		s.cause, s.causeLo, s.causeHi = 2, s.lo, s.hi
		for j := s.lo; j < s.hi; j++ {
			if harmCauseWords[s.w(j)] {
				s.cause = 1
				break
			}
		}
	}
	return s.cause == 1
}

// intransitiveAfter reports a casualty word that takes no object at token
// k, after adverbs of the chain: "died", "later died", "perished", "fled",
// "lost their lives". A relative "who" before it makes its noun the
// victims; before a verb that takes an object ("who shot") they act.
func intransitiveAfter(sc *numScan, k int) bool {
	for n := 0; n < 2 && k < sc.hi && chainWords.at(sc.w(k)) && !auxWords.at(sc.w(k)); n++ {
		k++
	}
	if t, ok := triggers.get(sc.w(k)); ok {
		return !t.before
	}
	if _, _, ok := succumbedTo(sc, k); ok && sc.w(k) == "succumbed" {
		return true // "who succumbed to his injuries"
	}
	return sc.w(k) == "lost" && (sc.w(k+1) == "their" || sc.w(k+1) == "his" || sc.w(k+1) == "her") && (sc.w(k+2) == "lives" || sc.w(k+2) == "life")
}

// skipVictimPhrase returns the token after a short phrase that follows the
// victims at token k ("Five people in Yunnan were arrested", "a man in his
// 20s was shot") and a relative "who was"; k itself when none does.
func skipVictimPhrase(sc *numScan, k int, who string) int {
	// a short phrase after the victims: "Five people in Yunnan were arrested", "a woman in her 40s was stabbed"
	switch sc.w(k) {
	case "in", "from", "at", "of", "on", "near", "inside", "outside", "aboard", "with", "under", "aged", "between", "across", "along", "around":
		person := false // "three of the crates were missing": after a bare count, "of" must name people
		for b := k + 1; b < sc.hi && b <= k+6; b++ {
			w := sc.w(b)
			if lexicon.IsVictimNoun(w) {
				person = true
			}
			if w == "and" && b-2 > k && sc.w(b-2) == "between" {
				continue // "aged between 5 and 9"
			}
			if w == "," || w == "." || w == ";" || w == "and" || w == "who" || w == "where" || w == "when" || w == "after" || w == "before" {
				break
			}
			if auxWords.at(w) && w != "to" && w != "left" && w != "found" {
				if sc.w(k) != "of" || who != "" || person {
					k = b
				}
				break
			}
		}
	}
	// a participle clause of the subject's own: "4,500 people living near the volcano were evacuated"
	if sc.w(k) != "with" && participleClause(sc, k) {
		if e, ok := clauseThenPassive(sc, k); ok {
			return e
		}
	}
	k = skipAgeRange(sc, k)
	if sc.w(k) == "who" && reportedBy(sc, k+1) {
		switch sc.w(k + 3) {
		case "was", "were", "is", "are", "had", "has", "have":
			return k + 3 // "the man who police said was shot"
		}
	}
	if sc.w(k) == "who" {
		switch sc.w(k + 1) {
		case "was", "were", "is", "are", "had", "has", "have":
			k++
		default:
			if intransitiveAfter(sc, k+1) || sufferedAfterWho(sc, k+1) {
				k++ // "three people who died", "the man who later died": no object can follow; "a man who suffered a stab wound"
			} else if e, ok := relativeClauseEnd(sc, k+1); ok {
				return e // "a couple who manage a farm have been kidnapped"
			}
		}
	}
	return k
}

// relativeClauseEnd reads a relative clause after "who" from token k that
// tells no casualty, up to the auxiliary of the subject's own verb: "who
// manage a farm | have been kidnapped", "who ran the shop | was shot". It
// returns the auxiliary's token; false for a clause with a casualty word, a
// mark or a negation, or one longer than six words.
func relativeClauseEnd(sc *numScan, k int) (int, bool) {
	if auxWords.at(sc.w(k)) {
		return k, false
	}
	for b := k; b < sc.hi && b <= k+6; b++ {
		w := sc.w(b)
		if _, _, ok := triggerAt(sc, b); ok || w == "not" || w == "n't" || w == "never" {
			return k, false
		}
		switch w {
		case ",", ".", ";", ":", "-", "\u2013", "\u2014", "\u2015", "(", "and", "or", "who", "that", "which", "said", "says":
			return k, false
		case "has", "have", "was", "were":
			switch sc.w(b + 1) {
			case "been", "found", "shot", "killed":
			default:
				if _, _, ok := triggerAt(sc, b+1); !ok {
					return k, false
				}
			}
			return b, true
		}
	}
	return k, false
}

// reportedBy reports, at token k after a relative "who", a source and its
// verb of saying set into the clause: "who police said was shot", "who
// witnesses say was stabbed".
func reportedBy(sc *numScan, k int) bool {
	switch sc.w(k) {
	case "police", "officials", "authorities", "witnesses", "investigators", "deputies", "officers", "detectives", "prosecutors":
	default:
		return false
	}
	switch sc.w(k + 1) {
	case "said", "say", "says", "believe", "believed":
		return true
	}
	return false
}

// skipAgeRange returns the token after an age that bounds the victims at
// token k ("children under the age of 12", "men aged 18 to 25", "women
// between the ages of 20 and 30"); k itself when none does.
func skipAgeRange(sc *numScan, k int) int {
	e := k
	switch {
	case sc.w(k) == "under" && sc.w(k+1) == "the" && sc.w(k+2) == "age" && sc.w(k+3) == "of":
		e = k + 4
	case sc.w(k) == "between" && sc.w(k+1) == "the" && sc.w(k+2) == "ages" && sc.w(k+3) == "of":
		e = k + 4
	case sc.w(k) == "aged" || sc.w(k) == "ages":
		e = k + 1
	default:
		return k
	}
	if !sc.canStartNumber(e) {
		return k
	}
	e++
	if (sc.w(e) == "and" || sc.w(e) == "to" || sc.w(e) == "-") && sc.canStartNumber(e+1) {
		e += 2
	}
	return e
}

// chainFlags is what victimsThenChain has read between a subject and its
// casualty word: an auxiliary or chain word (chained), "fatally", an
// auxiliary of an acting subject, "both", a negation.
type chainFlags struct {
	chained, fatal, activeAux, both, neg bool
}

// chainedHit judges the casualty phrase of kind that triggerAt read at
// tokens [k, e) after the subject [i, j) of n victims (who), given what the
// chain before it held (fl). It returns the hit, with its companions ("along
// with two others") and its fatal part ("one fatally"), and the token after
// it; or false when the subject acts, the harm is counterfactual, or the
// phrase names no victims.
func chainedHit(sc *numScan, i, j, k int, kind string, e int, n float64, who string, needChain bool, fl chainFlags) (casHit, int, bool) {
	if counterfactual(sc, j, k) { // casgrammar.go: "would not have died" tells of no harm
		return casHit{}, i + 1, false
	}
	if fl.both && (n == 1 || n > 2 && strings.Contains(who, " and ")) {
		// "Gascoigne and Platt are both injured"; a list read too long ("According to Coroner
		// Ina Roth, Eva Mack, 23, and Lea Hahn, 29, were both pronounced dead") says two
		n = 2
	}
	if t, ok := triggers.get(sc.w(k)); fl.activeAux && ok && t.before {
		return casHit{}, i + 1, false // "Mitsubishi has struck a deal", "Europe would hurt"
	}
	if !fl.chained && activeUse(sc, k) {
		return casHit{}, i + 1, false // "Harbin killed 45 workers": the subject did it
	}
	if needChain && !fl.chained {
		return casHit{}, i + 1, false
	}
	if n == 1 && (kind == displaced) {
		return casHit{}, i + 1, false // one person who fled is a suspect, not the displaced
	}
	if kind == missing && !missingPerson(sc, j, k, e, n == 1) && sc.w(i-1) != "left" {
		return casHit{}, i + 1, false // "Pires is missing from the squad"; "left a man missing" is lost
	}
	if fl.neg {
		n = 0
	}
	if !fl.chained && activeUse(sc, e-1) && e-1 > k {
		return casHit{}, i + 1, false // "a farmer accidentally shot and killed his cousin"
	}
	if fl.fatal && kind == injured {
		kind = killed
	}
	h := newHit(sc, i, e, kind, n, who)
	if kind == injured {
		h.generic = !explicitInjury(sc, k, e) && !aliveLater(sc, e)
		if diedLater(sc, e) {
			h.Kind = killed
		}
	}
	// "was killed along with Tomas Reyes", "were wounded along with two others"
	if n >= 1 && !fl.neg && sc.w(e) == "along" && sc.w(e+1) == "with" && (h.Kind == killed || h.Kind == injured) {
		if e2, n2, ok := companions(sc, e+2); ok {
			h.Count += n2
			h.End = sc.toks[e2-1].End
			e = e2
		}
	}
	// "Two officers were shot, one fatally": that one is killed, the others injured
	if h.Kind == injured && n >= 2 {
		if f, e2, ok := fatalSubset(sc, e, n); ok {
			h.also = &f
			h.fatal = f.Count
			e = e2
		}
	}
	return h, e, true
}

// fatalSubset reads, after a harm to n victims that ends at token e, the
// part of them it killed: ", one fatally", ", one of them fatally", also
// past a short phrase of place or time ("were shot outside a bar early
// Sunday, one of them fatally"). It returns the killed hit and the token
// after "fatally".
func fatalSubset(sc *numScan, e int, n float64) (casHit, int, bool) {
	c := e
	for c < sc.hi && c < e+8 && sc.w(c) != "," {
		switch sc.w(c) {
		case ".", ";", "and", "but", "who", "while", "when":
			return casHit{}, 0, false
		}
		c++
	}
	if sc.w(c) != "," || !sc.canStartNumber(c+1) {
		return casHit{}, 0, false
	}
	m, ok := sc.number(c + 1)
	if !ok {
		return casHit{}, 0, false
	}
	adv := m.tokEnd
	if sc.w(adv) == "of" && (sc.w(adv+1) == "them" || sc.w(adv+1) == "whom") {
		adv += 2 // "one of them fatally"
	}
	if m.n.Kind != contract.KindFigure || m.n.Vague || m.n.Range || m.n.Value >= n || m.end != sc.toks[m.tokEnd-1].End || sc.w(adv) != "fatally" {
		return casHit{}, 0, false
	}
	f := newHit(sc, c+1, adv+1, killed, m.n.Value, "")
	f.explicit = true
	return f, adv + 1, true
}

// leftUnrealised reports a count at token q that a modal "leave" governs:
// "the storm could leave thousands homeless" tells a danger, not a toll.
func leftUnrealised(sc *numScan, q int) bool {
	switch sc.w(q - 1) {
	case "leave", "leaving":
		return q-1 > sc.lo && unrealisedBefore(sc, q-1)
	}
	return false
}

// objectToDeath reads "to death" at token j, after the object of a verb of
// harm: "stabbed two men to death", "beat Ana Cruz to death". It returns the
// token after it.
func objectToDeath(sc *numScan, j int) (int, bool) {
	if sc.w(j) == "to" && sc.w(j+1) == "death" {
		return j + 2, true
	}
	return j, false
}

// countAt reads a count at token i and what it counts: "more than 350,000
// people have been killed", "45 KILLED", "killing at least 12", "up to 140
// bodies", "the death toll rose to 52", "he and three others were shot".
func countAt(sc *numScan, i int) (casHit, int, bool) {
	m, ok := sc.qualified(i)
	if !ok {
		return casHit{}, i + 1, false
	}
	if _, ok := moneyAt(sc, i, nil); ok {
		return casHit{}, m.tokEnd, false
	}
	if m.n.Kind == contract.KindAge {
		// "a 26-year-old was wounded": an age standing for the victim is handled by subjectNP
		return casHit{}, i + 1, false
	}
	if notCasualtyCount(sc, m) || shotsFired(sc, m) {
		return casHit{}, m.tokEnd, false
	}
	if wholeOfPart(sc, m.qtok) {
		return casHit{}, m.tokEnd, false // "one of the three men died": the part counts, read at its count
	}
	return countOf(sc, m) // countOf rules out a count a modal "leave" governs (leftUnrealised)
}

// countOf reads what the count m counts: its victims and their casualty
// phrase, a casualty verb or a toll before it, a noun of death after it.
// It returns the hit and the token after it, or false.
func countOf(sc *numScan, m numMatch) (casHit, int, bool) {
	if leftUnrealised(sc, m.qtok) {
		return casHit{}, m.tokEnd, false // "could leave thousands dead": a danger, not a deed
	}
	count := roundFigure(m.n.Value)
	if m.n.Range {
		count = roundFigure(m.n.Min)
	}
	q := m.n.Qualifier
	if m.n.Vague && q == contract.Exact {
		q = contract.AtLeast
	}
	start := m.qtok
	// "he and three others": one more
	if start-2 >= sc.lo && sc.w(start-1) == "and" {
		switch sc.w(start - 2) {
		case "he", "she", "him", "her":
			count++
			start -= 2
		}
	}
	mk := func(end int, kind, who string) casHit {
		if who == "" && m.n.Vague && !m.unstated {
			who = "people"
		}
		h := newHit(sc, start, end, kind, count, who)
		h.Vague, h.Qualifier, h.explicit = m.n.Vague, q, true
		return h
	}
	j := m.tokEnd
	if h, e, ok, done := partOfCount(sc, m, j, mk); done {
		return h, e, ok
	}
	// the victims: "people", "young children", "thousands of Iranians", "others"
	who := ""
	k := j
	if m.n.Vague && sc.w(k) == "of" {
		k++
	}
	if e, noun, ok := victimNoun(sc, k); ok {
		who = noun
		j = e
	} else if m.n.Vague && sc.w(j) == "of" {
		return casHit{}, m.tokEnd, false
	}
	if h, e, ok, done := deathNounCount(sc, j, start, who, mk); done {
		if m.unstated && ok && e == j && who != "" {
			return casHit{}, m.tokEnd, false // "some foreign prisoners": held by the noun alone, a figure's reading
		}
		return h, e, ok
	}
	if h, e, ok := expelledCount(sc, m, j, who, count, q); ok {
		return h, e, true
	}
	if h, e, ok := verbBeforeCount(sc, m, j, who, count, q, mk); ok {
		return h, e, true
	}
	// victims then their casualty phrase
	if who == "" && m.n.Vague && !m.unstated {
		who = "people"
	}
	if h, e, ok := victimsThen(sc, start, j, count, who); ok {
		if who != "" && !lexicon.IsVictimNoun(lexicon.Lower(who)) && !strings.Contains(who, " and ") && ambiguousCue(sc, j, e) {
			return casHit{}, m.tokEnd, false // "seventy search warrants were executed", "two spells in jail"
		}
		h.Vague, h.Qualifier, h.explicit = m.n.Vague, q, true
		return h, e, true
	}
	if h, e, ok := countBeforeCount(sc, j, who, mk); ok {
		return h, e, true
	}
	if f := strings.Fields(who); len(f) > 0 && lexicon.Lower(f[len(f)-1]) == "refugees" && !verbBefore(sc, start) && !m.unstated {
		return mk(j, displaced, who), j, true // "1.1 million Rwandan refugees", "thousands of refugees": displaced
	}
	return casHit{}, m.tokEnd, false
}

// verbBefore reports a casualty verb right before the count at token
// start, which reads the count as its object ("expels 28 refugees").
func verbBefore(sc *numScan, start int) bool {
	if start <= sc.lo {
		return false
	}
	w := sc.w(start - 1)
	_, expel := expelVerbs[w]
	return expel || harmWord(w)
}

// countBeforeCount reads a count of victims (who, its noun phrase ending at
// token j) coordinated with a second count that has its own casualty word:
// "50,000 Algerians and more than 110 foreigners have been killed" is two
// mentions, each with its own count and qualifier, not their sum. The first
// spans the whole phrase and carries the second (also).
//
// Two exact counts are one mention of their sum, as any coordination of
// victims is ("Two soldiers and three policemen were killed" is 5); so is an
// exact count and one more victim ("Nine men from Leeds and another man
// from York were arrested" is 10). A count written apart by its place
// ("from Leeds") keeps it.
func countBeforeCount(sc *numScan, j int, who string, mk func(end int, kind, who string) casHit) (casHit, int, bool) {
	if who == "" {
		return casHit{}, 0, false
	}
	j = placeAfterCount(sc, j)
	if sc.w(j) != "and" {
		return casHit{}, 0, false
	}
	if !sc.canStartNumber(j + 1) {
		return oneMoreAfterCount(sc, j, who, mk)
	}
	second, e, ok := countAt(sc, j+1)
	if !ok || second.also != nil || second.Count <= 0 || !second.explicit {
		return casHit{}, 0, false
	}
	h := mk(e, string(second.Kind), who)
	h.generic = second.generic
	if exactCount(h) && exactCount(second) && second.Start == sc.toks[j+1].Start {
		h.Count += second.Count
		h.Who = who + " and " + second.Who
		return h, e, true
	}
	h.also = &second
	return h, e, true
}

// exactCount reports a hit whose count is stated exactly: no qualifier, not vague.
func exactCount(h casHit) bool {
	return h.Qualifier == contract.Exact && !h.Vague && h.Count > 0
}

// placeAfterCount returns the token after a place that follows a count's
// victims at token j ("from West Yorkshire", "in Leeds") when "and" comes
// next; j itself otherwise.
func placeAfterCount(sc *numScan, j int) int {
	switch sc.w(j) {
	case "from", "in", "of":
	default:
		return j
	}
	k := j + 1
	for k < sc.hi && k < j+5 && isCapWord(sc.raw(k)) {
		k++
	}
	if k == j+1 || sc.w(k) != "and" {
		return j
	}
	return k
}

// oneMoreAfterCount reads one more victim after a count's "and" at token j,
// "another man", "a woman", with the casualty phrase that follows it: the
// count and the one more are one mention of them all.
func oneMoreAfterCount(sc *numScan, j int, who string, mk func(end int, kind, who string) casHit) (casHit, int, bool) {
	switch sc.w(j + 1) {
	case "another", "a", "an":
	default:
		return casHit{}, 0, false
	}
	v, ok := victimAt(sc, j+1, nil)
	if !ok || v.count != 1 || v.pronoun || v.named {
		return casHit{}, 0, false
	}
	k := placeAfterCount(sc, v.end)
	if k == v.end {
		k = skipVictimPhrase(sc, v.end, v.who)
	}
	second, e, ok := victimsThen(sc, j+1, k, 1, v.who)
	if !ok || second.Count != 1 {
		return casHit{}, 0, false
	}
	h := mk(e, string(second.Kind), who)
	if !exactCount(h) {
		return casHit{}, 0, false
	}
	h.generic = second.generic
	h.Count++
	h.Who = who + " and " + v.who
	return h, e, true
}

// notCasualtyCount reports a number m that cannot count casualties: not a
// figure, a huge range, glued to a word, a fraction, an age between commas
// ("Paul Rayer, 51, was shot") or after "aged", or "one of the".
func notCasualtyCount(sc *numScan, m numMatch) bool {
	if m.n.Kind != contract.KindFigure || m.n.Range && m.n.Max > 1e9 {
		return true
	}
	if m.end != sc.toks[m.tokEnd-1].End || m.several || m.n.Value != float64(int64(m.n.Value)) && !m.n.Vague {
		return true
	}
	// "Paul Rayer, 51, was shot", "Smith, 45, of Westmoreland": an age between commas
	if m.qtok == m.tok && m.tok-1 > sc.lo && sc.w(m.tok-1) == "," && isCapWord(sc.raw(m.tok-2)) && (sc.w(m.tokEnd) == "," || sc.w(m.tokEnd) == "and") && m.digits && m.n.Value < 120 {
		return true
	}
	// "the older brother, 34, and the younger, 29,": a bare number between commas after a word
	if m.qtok == m.tok && m.tok-1 > sc.lo && sc.w(m.tok-1) == "," && isAlpha(sc.w(m.tok-2)) && sc.w(m.tokEnd) == "," && m.digits && m.n.Value < 120 {
		return true
	}
	// the second bound of an age range: "between the ages of 20 and 30", "aged 18 to 25"
	if p := m.qtok - 1; p-2 >= sc.lo && (sc.w(p) == "and" || sc.w(p) == "to") && sc.canStartNumber(p-1) &&
		(sc.w(p-2) == "aged" || sc.w(p-2) == "ages" || sc.w(p-2) == "of" && p-3 >= sc.lo && sc.w(p-3) == "ages") {
		return true
	}
	// "pupils under the age of 11", "children aged 5 to 9": an age, not a count
	if p := m.qtok - 1; p >= sc.lo && (sc.w(p) == "aged" || sc.w(p) == "ages" || sc.w(p) == "age" ||
		sc.w(p) == "of" && p-1 >= sc.lo && (sc.w(p-1) == "age" || sc.w(p-1) == "ages")) {
		return true
	}
	// "aged between 5 and 9": the end of a range "between" opens
	if p := m.qtok - 1; p-2 >= sc.lo && sc.w(p) == "and" && sc.w(p-2) == "between" {
		return true
	}
	// "Doom 3 shot to the top of the charts", "Apollo 13": a figure that ends a name
	if m.qtok == m.tok && m.digits && m.tok-1 > sc.lo && isCapWord(sc.raw(m.tok-1)) && isAlpha(sc.w(m.tok-1)) &&
		!sc.victimNounAt(m.tok-1) && !numMonths.at(sc.w(m.tok-1)) && !headlineLike(sc) && sc.toks[m.tok-1].End < sc.toks[m.tok].Start {
		return true
	}
	w0 := sc.w(m.tok)
	if (w0 == "one" || w0 == "a" || w0 == "an") && (sc.w(m.tokEnd) == "of" && !partWithPredicate(sc, m) || m.tok > sc.lo && isPronounDet(sc.w(m.tok-1))) {
		return true // "one of the", "which one"
	}
	return false
}

// partWithPredicate reports "one of whom" or "one of them" after a comma,
// a part that partOfCount may read with a predicate of its own ("…, one of
// whom died").
func partWithPredicate(sc *numScan, m numMatch) bool {
	return sc.w(m.tok) == "one" && m.tok > sc.lo && sc.w(m.tok-1) == "," && (sc.w(m.tokEnd+1) == "whom" || sc.w(m.tokEnd+1) == "them")
}

// killingOf reports a noun of killing whose "of" names its dead: "the
// killing of 300 villagers", "the massacre of dozens of prisoners", "the
// deaths of 14 miners" (not "killers of", which names the killed too but is
// read with the captors).
func killingOf(w string) bool {
	n, ok := killNouns.get(w)
	return ok && n.kind == killed && !captorNouns[w]
}

// partOfCount reads a count m that is part of something, its noun phrase
// ending at token j (mk makes its hit): "the bodies of three men", "claimed
// the lives of 14 people", "61,000 of the 85,000 confirmed deaths", or
// "four of them" (refused). done reports that countAt must return
// (h, e, ok) as they are.
func partOfCount(sc *numScan, m numMatch, j int, mk func(end int, kind, who string) casHit) (h casHit, e int, ok, done bool) {
	// "the bodies of three men", "claimed the lives of 14 people"
	if m.qtok-2 >= sc.lo && sc.w(m.qtok-1) == "of" && (sc.w(m.qtok-2) == "bodies" || sc.w(m.qtok-2) == "lives" && livesTaken(sc, m.qtok-2) ||
		sc.w(m.qtok-2) == "remains" || captorNouns[sc.w(m.qtok-2)] || killingOf(sc.w(m.qtok-2))) {
		v := j
		if m.n.Vague && sc.w(v) == "of" {
			v++ // "the massacre of dozens of prisoners"
		}
		e, who, _ := victimNoun(sc, v)
		if who != "" || v == j && !nonVictimNext(sc, j) {
			kind := killed
			if captorNouns[sc.w(m.qtok-2)] && !killerNouns[sc.w(m.qtok-2)] {
				kind = kidnapped // "the kidnappers of four professors"
			}
			h := mk(maxInt(e, j), kind, who)
			h.Start = sc.toks[m.qtok-2].Start
			return h, maxInt(e, j), true, true
		}
	}
	// "14 of the 45 passengers died", "five out of 20 workers were hurt": the part is harmed
	if e, who, ok := partitiveWhole(sc, j); ok {
		if h, e2, ok := victimsThen(sc, m.qtok, e, mk(e, killed, who).Count, who); ok {
			return mk(e2, string(h.Kind), who), e2, true, true
		}
	}
	// "four of them", "two of whom": part of a count already given
	if sc.w(j) == "of" {
		switch sc.w(j + 1) {
		case "them", "whom", "those", "these", "which":
			// "one of whom died", "two of them were later arrested": a part
			// with a predicate of its own; "four of them seriously" is not, nor
			// a part of the harmed told hurt again ("one of whom was shot")
			if sc.w(j+1) == "whom" || sc.w(j+1) == "them" {
				if h, e, ok := victimsThen(sc, m.qtok, j+2, 1, ""); ok && e > j+2 && h.Kind != injured {
					return mk(e, string(h.Kind), ""), e, true, true
				}
			}
			return casHit{}, j, false, true
		case "the":
			// "two of the injured were treated": part of the harmed, told by its predicate
			if _, ok := harmedNouns[sc.w(j+2)]; ok {
				if h, e, ok := victimsThen(sc, m.qtok, j+3, 1, "people"); ok {
					return mk(e, string(h.Kind), sc.raw(j+2)), e, true, true
				}
			}
			// "eight of the detainees": part of people the noun says are held
			if kind, ok := heldNouns[sc.w(j+2)]; ok {
				if h, e, ok := victimsThen(sc, m.qtok, j+3, 1, sc.raw(j+2)); ok {
					return mk(e, string(h.Kind), sc.raw(j+2)), e, true, true // "three of the hostages were killed"
				}
				return mk(j+3, kind, sc.raw(j+2)), j + 3, true, true
			}
			// "61,000 of the 85,000 confirmed deaths"
			if sc.canStartNumber(j + 2) {
				if h2, _, ok := countAt(sc, j+2); ok {
					h := mk(m.tokEnd, string(h2.Kind), "")
					h.part = true
					return h, m.tokEnd, true, true
				}
			}
		}
	}
	return casHit{}, 0, false, false
}

// partitiveWhole reads at token j the whole a count is part of, a count
// of people: "of the 45 passengers", "of 20 workers", "out of the 12
// crew", "of the three" (a verb next: "were", "died"). It returns the token after it
// and its noun. A whole of things ("of the 45 seats") or of deaths ("of the
// 85,000 deaths") is none.
func partitiveWhole(sc *numScan, j int) (int, string, bool) {
	switch {
	case sc.w(j) == "of":
		j++
	case sc.w(j) == "out" && sc.w(j+1) == "of":
		j += 2
	default:
		return 0, "", false
	}
	if sc.w(j) == "the" {
		j++
	}
	if !sc.canStartNumber(j) {
		return 0, "", false
	}
	m, ok := sc.number(j)
	if !ok || m.n.Kind != contract.KindFigure || m.n.Vague || m.n.Range || m.n.Value < 2 {
		return 0, "", false
	}
	k := m.tokEnd
	if e, who, ok := victimNoun(sc, k); ok && (lexicon.IsVictimNoun(lexicon.Lower(who)) || personPlural(who)) && !singleNoun(lexicon.Lower(who)) {
		if wholeParticiple(sc, e) {
			return 0, "", false // "one of three women fatally stabbed near a park": the harm is the whole's
		}
		return e, who, true
	}
	if auxWords.at(sc.w(k)) && sc.w(k) != "to" || intransitiveAfter(sc, k) {
		return k, "", true // "two of the three were killed", "one of the three died"
	}
	return 0, "", false
}

// wholeParticiple reports a participle of harm at token k, right after
// the whole of a part, that tells of the whole ("one of three women fatally
// stabbed", "was one of four hikers killed by the storm"): a verb that may take
// an object with no auxiliary before it. A headline's participle is its
// predicate ("Two of five hikers killed in avalanche") unless the headline
// has a verb of its own ("One of two women shot was pregnant").
func wholeParticiple(sc *numScan, k int) bool {
	for n := 0; n < 2 && (sc.w(k) == "fatally" || sc.w(k) == "mortally" || sc.w(k) == "critically" || sc.w(k) == "seriously"); n++ {
		k++
	}
	t, ok := triggers.get(sc.w(k))
	if !ok || !t.before {
		return false // "died", "were killed": the part's own predicate
	}
	if !sc.title && !headlineLike(sc) {
		return true
	}
	for e := sc.lo; e < sc.hi; e++ {
		if auxWords.at(sc.w(e)) && sc.w(e) != "to" {
			return true
		}
	}
	return false
}

// wholeOfPart reports a count at token q that is the whole of a part of
// people counted before it: "one of the three men", "14 of the 45
// passengers", "five out of 20 workers". The part is the casualty count.
func wholeOfPart(sc *numScan, q int) bool {
	p := q - 1
	if sc.w(p) == "the" {
		p--
	}
	if sc.w(p) != "of" {
		return false
	}
	if sc.w(p-1) == "out" {
		p--
	}
	if p-1 < sc.lo || !sc.canStartNumber(p-1) {
		return false
	}
	if _, ok := smallNumbers.get(sc.w(p - 1)); !ok && !textdoc.StartsWithDigit(sc.raw(p-1)) {
		return false
	}
	e, who, ok := partitiveWhole(sc, p)
	_, held := heldNouns[lexicon.Lower(who)]
	_, harmed := harmedNouns[lexicon.Lower(who)]
	return ok && e > q && !held && !harmed // "three of the 10 hostages": the whole is held
}

// livesTaken reports "lives" at token k taken by the verb before it:
// "claimed the lives of", "cost the lives of", not "improve the lives of".
func livesTaken(sc *numScan, k int) bool {
	v := k - 1
	if sc.w(v) == "the" {
		v--
	}
	switch sc.w(v) {
	case "claimed", "claim", "claims", "claiming", "took", "take", "takes", "taking", "taken", "cost", "costs", "costing", "lost", "ended":
		return true
	}
	return false
}

// heldNouns are the people a noun says are held, with the kind they count:
// "40 hostages", "eight of the detainees", "28 prisoners".
var heldNouns = map[string]string{"hostages": kidnapped, "captives": kidnapped, "detainees": detained, "prisoners": detained}

// harmedNouns are the adjectives that stand for the people harmed: "two of
// the injured".
var harmedNouns = map[string]string{"injured": injured, "wounded": injured, "dead": killed}

// countedHarmNouns are the plural nouns of death that a count and a noun
// modifier may name: "14 traffic fatalities", "645 heat-related deaths"
// ("3 ankle injuries" are a team's knocks as often as casualties).
var countedHarmNouns = map[string]string{"deaths": killed, "fatalities": killed}

// nounModifier reports a lower-case word at token j that modifies a noun
// after it, a noun or an adjective of kind ("traffic", "overdose",
// "heat-related"), not a verb, a determiner or a word of a casualty chain.
func nounModifier(sc *numScan, j int) bool {
	w := sc.w(j)
	if !isAlpha(strings.ReplaceAll(w, "-", "")) || sc.raw(j) != w || chainWords.at(w) || auxWords.at(w) || isDeterminer(w) || pastVerb(w) && !strings.Contains(w, "-") {
		return false
	}
	switch w {
	case "of", "in", "on", "at", "from", "by", "with", "and", "or", "but", "for", "to", "new":
		return false
	}
	return true
}

// harmedOf reports a count at token start after a noun of harm and "of":
// "the deaths of 1,200 prisoners" are deaths, told by the noun before.
func harmedOf(sc *numScan, start int) bool {
	if start-2 < sc.lo || sc.w(start-1) != "of" {
		return false
	}
	_, ok := killNouns.get(sc.w(start - 2))
	return ok
}

// headWord is the last word of a noun phrase in lower case: "refugees" of
// "Sudanese refugees".
func headWord(np string) string {
	if k := strings.LastIndexByte(np, ' '); k >= 0 {
		np = np[k+1:]
	}
	return lexicon.Lower(np)
}

// deathNounCount reads what a count names at token j when its victims (who)
// say the harm or there are none: "holding 25 hostages", "140,000 deaths",
// "up to 140 bodies", "confirmed deaths", and refuses nouns that are not
// counted casualties. done reports that countAt must return (h, e, ok).
func deathNounCount(sc *numScan, j, start int, who string, mk func(end int, kind, who string) casHit) (h casHit, e int, ok, done bool) {
	// "holding 25 hostages", "freed 12 hostages", "a hundred detainees": the noun says the harm
	if kind, ok := heldNouns[headWord(who)]; ok && j > 0 && !harmedOf(sc, start) {
		// "25 hostages were freed" is as the noun says; "two prisoners were killed" as the predicate says
		if h, e, ok := victimsThen(sc, start, j, 1, who); ok && h.Kind != contract.CasualtyKind(kind) {
			return mk(e, string(h.Kind), who), e, true, true
		}
		return mk(j, kind, who), j, true, true
	}
	// a count that is a death by itself: "140,000 deaths", "up to 140 bodies", "150,000 dead"
	if kind, ok := deathNouns[sc.w(j)]; ok && who == "" {
		if sc.w(j) == "lives" && !(start > sc.lo && (sc.w(start-1) == "claimed" || sc.w(start-1) == "claiming")) {
			return casHit{}, j, false, true
		}
		if sc.w(j) != "death" && sc.w(j) != "injured" && sc.w(j) != "wounded" {
			return mk(j+1, kind, ""), j + 1, true, true
		}
	}
	// "confirmed deaths": one modifier then a death noun
	if who == "" && j+1 < sc.hi {
		if kind, ok := deathNouns[sc.w(j+1)]; ok && (sc.w(j) == "confirmed" || sc.w(j) == "reported" || sc.w(j) == "civilian" || sc.w(j) == "more" || sc.w(j) == "other") && sc.w(j+1) != "lives" {
			return mk(j+2, kind, ""), j + 2, true, true
		}
		if kind, ok := countedHarmNouns[sc.w(j+1)]; ok && nounModifier(sc, j) {
			return mk(j+2, kind, ""), j + 2, true, true // "14 traffic fatalities", "645 heat-related deaths"
		}
		if kind, ok := countedHarmNouns[sc.w(j+2)]; ok && nounModifier(sc, j) && nounModifier(sc, j+1) {
			return mk(j+3, kind, ""), j + 3, true, true // "312 fentanyl overdose deaths"
		}
	}
	if notCountNouns[sc.w(j)] {
		return casHit{}, j, false, true
	}
	return casHit{}, 0, false, false
}

// expelledCount reads a verb of expulsion before the count m (its victims
// who, ending at token j): "forced more than 200,000 from their homes",
// "drove thousands of families to flee". It returns the displaced hit and
// the token after it, or false.
func expelledCount(sc *numScan, m numMatch, j int, who string, count float64, q contract.Qualifier) (casHit, int, bool) {
	// a verb of expulsion before the count: "forced more than 200,000 from
	// their homes", "drove thousands of families to flee"
	if p := m.qtok - 1; p >= sc.lo && expelVerbs[sc.w(p)] {
		if e, ok := expelledTo(sc, j); ok {
			if who == "" {
				who = "people"
			}
			h := newHit(sc, p, e, displaced, count, who)
			h.Vague, h.Qualifier, h.explicit = m.n.Vague, q, true
			return h, e, true
		}
	}
	return casHit{}, 0, false
}

// verbBeforeCount reads a casualty verb or a toll before the count m (its
// victims who, ending at token j): "killed 45 workers", "killing thousands
// of Iranians", "killed three men and four boys", "the death toll rose
// to 52". It returns the hit and the token after it, or false.
func verbBeforeCount(sc *numScan, m numMatch, j int, who string, count float64, q contract.Qualifier, mk func(end int, kind, who string) casHit) (casHit, int, bool) {
	// a casualty verb before the count: "killed 45 workers", "killing thousands of Iranians",
	// "killing all 104 people on board"
	p := m.qtok - 1
	if p > sc.lo && sc.w(p) == "all" {
		p--
	}
	shotDead := p-1 >= sc.lo && sc.w(p) == "dead" && sc.w(p-1) == "shot" // "shot dead three guerrillas"
	if shotDead {
		p--
	}
	if p >= sc.lo {
		pw := sc.w(p)
		if t, ok := triggers.get(pw); ok && t.before && !(pw == "shot" && !shotDead && (who == "" || !lexicon.IsVictimNoun(lexicon.Lower(who)))) && !unrealized(sc, p) {
			kind := t.kind
			if pw == "shot" {
				kind = shotKind(sc, p, j)
			}
			if shotDead {
				kind, pw = killed, "killed"
			}
			if who == "" && personOnlyPredicates.at(pw) && otherPlural(sc, j) && !nonVictimNext(sc, j+1) {
				who, j = sc.raw(j), j+1 // "killed three guerrillas": a verb only people take counts people
			}
			if !nonVictimNext(sc, j) || who != "" {
				if who == "" && m.n.Vague && !m.unstated {
					who = "people"
				}
				// "killed three men and four boys": one count of both
				if who != "" && sc.w(j) == "and" && sc.canStartNumber(j+1) {
					if m2, ok := sc.number(j + 1); ok && m2.n.Kind == contract.KindFigure && !m2.n.Range && !m2.n.Vague && m2.end == sc.toks[m2.tokEnd-1].End {
						if e2, who2, ok := victimNoun(sc, m2.tokEnd); ok {
							count += m2.n.Value
							who += " and " + who2
							j = e2
						}
					}
				}
				if e, ok := objectToDeath(sc, j); ok && (kind == injured || kind == killed) {
					kind, j = killed, e // "stabbed two men to death"
				}
				h := newHit(sc, p, j, kind, count, who)
				h.Vague, h.Qualifier, h.explicit = m.n.Vague, q, true
				return h, j, true
			}
		}
		// "the death toll rose to 52", "a toll of 52"
		if ts, ok := tollBefore(sc, p); ok {
			h := mk(j, killed, who)
			h.Start = sc.toks[ts].Start
			return h, j, true
		}
	}
	return casHit{}, 0, false
}

// isPronounDet reports words that make "one" a pronoun: "which one", "no one", "the one".
func isPronounDet(w string) bool {
	switch w {
	case "which", "no", "the", "this", "that", "every", "any", "each", "someone", "anyone", "only":
		return true
	}
	return false
}

// nonVictimNext reports a noun after a count that is not a person: "killed 3 days", "wounded 2 dogs".
func nonVictimNext(sc *numScan, j int) bool {
	w := sc.w(j)
	if w == "" || notCountNouns[w] {
		return w != ""
	}
	c := sc.raw(j)[0]
	if c >= 'a' && c <= 'z' {
		switch w {
		case "and", "in", "on", "at", "during", "after", "before", "when", "while", "with", "as", "near", "since", "including", "outside", "inside", "last", "this", "the", "across", "over", "from", "by":
			return false
		}
		return true
	}
	return false
}

// tollBefore reads "death toll rose to", "toll of", "death toll stands at"
// ending at token p and returns the token it starts at.
func tollBefore(sc *numScan, p int) (int, bool) {
	verb, verbAt := false, p
	for k := p; k >= sc.lo && k > p-18; k-- {
		w := sc.w(k)
		if verb && (w == "from" || w == "in") {
			// "the death toll from the earthquake has risen to": step over the phrase back to "toll"
			for b := k - 1; b >= sc.lo && b > k-3; b-- {
				if sc.w(b) == "toll" {
					k = b + 1
					break
				}
			}
			continue
		}
		if w == "toll" {
			if k > sc.lo {
				switch sc.w(k - 1) {
				case "death", "casualty", "official":
					return k - 1, true
				}
			}
			return k, true
		}
		// "put the number of dead at 128"
		if (w == "dead" || w == "deaths") && k+1 <= p && sc.w(k+1) == "at" && k-2 >= sc.lo && sc.w(k-1) == "of" && sc.w(k-2) == "number" {
			return k - 2, true
		}
		// "the number of dead rose to 87", "fatalities rose to 30"
		if verb && (w == "dead" || w == "deaths" || w == "fatalities") {
			if k-2 >= sc.lo && sc.w(k-1) == "of" && sc.w(k-2) == "number" {
				return k - 2, true
			}
			if w != "dead" {
				return k, true
			}
		}
		switch w {
		case "rose", "risen", "climbed", "jumped", "reached", "stands", "stood", "is", "was", "has", "had", "increased",
			"hit", "grew", "gone", "rises", "climbs", "jumps", "reaches", "hits", "grows", "tops", "topped", "passed",
			"passes", "exceeded", "exceeds", "soared", "soars", "increases", "mounted", "mounts":
			if !verb {
				verbAt = k
			}
			verb = true
			continue
		case "to", "at", "of", "now", "up", "officially", "final", "later", "then", "since", "further", "again":
			continue
		}
		if verb && k < verbAt {
			continue // words of the phrase after "toll": "the earthquake", "Monday's blast"
		}
		return 0, false
	}
	return 0, false
}

// shotsFired reports a count of shots, not of people shot: "fired one shot
// at the suspect", "took one shot".
func shotsFired(sc *numScan, m numMatch) bool {
	if sc.w(m.tokEnd) != "shot" || m.qtok == sc.lo {
		return false
	}
	switch sc.w(m.qtok - 1) {
	case "fired", "fire", "fires", "firing", "heard", "hear", "took", "take", "squeezed", "let", "got":
		return true
	}
	return false
}
