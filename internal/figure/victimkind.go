package figure

import (
	"strings"

	"github.com/newsparse/newsparse/internal/contract"
	"github.com/newsparse/newsparse/internal/lexicon"
)

// The victim of a casualty is a person. A candidate with no victim phrase
// beside its casualty word still has a noun in the victim's position: the
// object of an active harm verb ("a drought has killed crops"), the subject
// of a passive one ("the plan was killed"), the noun a participle modifies
// ("the number of foxes killed"). victimClass sorts that noun by the lexicon:
// a person, a known thing (lexicon.IsNonHumanNoun: animals, crops, works,
// vehicles, undertakings) or unknown. wishedHarm finds the casualty word in
// a wish, a call or a threat ("called for them to be killed", "wants him
// killed"): a harm not done.

// victimClass returns "person", "thing" or "unknown" for the noun in the
// victim's position of the casualty word at token i, "none" when no noun
// stands there.
func victimClass(sc *numScan, i int, ents []contract.Entity) string {
	k := victimSlot(sc, i)
	if k < 0 {
		return "none"
	}
	w, r := sc.w(k), sc.raw(k)
	switch {
	case victimPronouns[w] != "" || personPronoun[w]:
		return "person"
	case w == "it" || w == "which":
		return "thing"
	case lexicon.IsNonHumanNoun(w):
		return "thing"
	case personForm(w, r) || personPlural(w) || personEntityAt(ents, sc.toks[k].Start, sc.toks[k].End):
		return "person"
	}
	return "unknown"
}

// personPronoun are the pronouns of people victimPronouns leaves.
var personPronoun = map[string]bool{"they": true, "them": true, "who": true, "whom": true, "i": true, "me": true,
	"we": true, "us": true, "you": true, "themselves": true, "himself": true, "herself": true}

// personEntityAt reports a mention of a PERSON entity over bytes [s, e).
func personEntityAt(ents []contract.Entity, s, e int) bool {
	for _, en := range ents {
		if en.Type != "PERSON" {
			continue
		}
		for _, m := range en.Mentions {
			if m.Start < e && s < m.End {
				return true
			}
		}
	}
	return false
}

// victimSlot returns the token of the noun in the victim's position of the
// casualty word at token i, or -1: the subject before a passive chain
// ("was killed", "to be killed"), else the head of the object after an
// active verb, else the noun right before a participle ("foxes killed").
func victimSlot(sc *numScan, i int) int {
	k0 := auxChainStart(sc, i)
	passive := false
	for k := k0; k < i; k++ {
		switch sc.w(k) {
		case "was", "were", "is", "are", "am", "be", "been", "being", "got", "getting":
			passive = true
		}
	}
	subj := k0 - 1
	for subj >= sc.lo && (strings.HasSuffix(sc.w(subj), "ly") || sc.w(subj) == "not") {
		subj--
	}
	if subj >= sc.lo && !nounLike(sc, subj) {
		subj = -1
	}
	if passive {
		if subj >= 0 && inPrepPhrase(sc, subj) {
			return -1 // "the passengers on the bus were hurt": the bus is no subject
		}
		return max(subj, -1)
	}
	if o := objectHead(sc, i); o >= 0 {
		return o
	}
	if k0 == i && subj == i-1 {
		return subj // "the foxes killed", "a man injured in the crash"
	}
	return -1
}

// inPrepPhrase reports a noun at token k that a preposition governs, at
// most three tokens before it over determiners, numbers and modifiers.
func inPrepPhrase(sc *numScan, k int) bool {
	for p := k - 1; p >= sc.lo && p >= k-4; p-- {
		w := sc.w(p)
		if lexicon.IsPreposition(w) {
			return true
		}
		if phraseEnd(w) || auxWords[w] {
			return false
		}
	}
	return false
}

// objectHead returns the last word of the noun phrase right after the
// casualty word at token i (at most five tokens, up to a mark, a
// preposition, a conjunction or a relative), or -1 when none follows.
func objectHead(sc *numScan, i int) int {
	head := -1
	for k := i + 1; k < sc.hi && k <= i+5; k++ {
		w := sc.w(k)
		if w == "'s" || w == "’s" {
			head = -1 // "the goalkeeper's knee": the possessor modifies the head
			continue
		}
		if phraseEnd(w) {
			break
		}
		if _, ok := sc.number(k); ok || lexicon.IsDeterminer(w) || victimDeterminers[w] {
			continue
		}
		if auxWords[w] || chainWords[w] || strings.HasSuffix(w, "ly") {
			break
		}
		head = k
	}
	return head
}

// phraseEnd reports a token a noun phrase does not run past.
func phraseEnd(w string) bool {
	if w == "" || strings.IndexFunc(w, func(r rune) bool { return r >= 'a' && r <= 'z' || r >= '0' && r <= '9' }) < 0 {
		return true // a mark
	}
	if lexicon.IsPreposition(w) {
		return true
	}
	switch w {
	case "and", "or", "but", "that", "who", "which", "when", "while", "as", "after", "before", "because", "if",
		"inside", "outside", "near", "behind", "beside", "amid", "among", "despite", "alongside", "across", "along", "around",
		"onto", "toward", "towards", "throughout", "within", "off", "out", "up", "down", "away", "back", "upon", "between",
		"beyond", "outright", "overnight", "today", "yesterday", "tonight", "there", "here", "where", "instantly", "last", "this":
		return true
	}
	return false
}

// nounLike reports a token that may head a noun phrase: no mark, no word of
// a closed class except the pronouns.
func nounLike(sc *numScan, k int) bool {
	w := sc.w(k)
	if victimPronouns[w] != "" || personPronoun[w] || w == "it" || w == "which" {
		return true
	}
	return !phraseEnd(w) && !closedWord(w)
}

// wishVerbs are verbs of wishing, calling for and threatening whose
// infinitive or participle complement is a harm not done.
var wishVerbs = map[string]bool{
	"want": true, "wants": true, "wanted": true, "wanting": true, "wish": true, "wished": true, "wishes": true,
	"call": true, "calls": true, "called": true, "calling": true, "urge": true, "urged": true, "urges": true,
	"urging": true, "demand": true, "demanded": true, "demands": true, "demanding": true, "threaten": true, "threatened": true,
	"threatens": true, "threatening": true, "incite": true, "incited": true, "incites": true, "inciting": true,
	"prefer": true, "preferred": true, "hoped": true, "hoping": true,
}

// wishedHarm reports a casualty word at token i in the infinitive or
// participle complement of a verb of wishing, calling for or threatening at
// most eight tokens before it in its clause: "called for gay people to be
// killed", "wanted him dead", "want them killed".
func wishedHarm(sc *numScan, i int) bool {
	k0 := auxChainStart(sc, i)
	inf := false
	for k := k0; k < i; k++ {
		if sc.w(k) == "to" {
			inf = true
		}
	}
	if !inf && k0 != i {
		return false // "they want the men who were killed named": a clause of its own
	}
	for k := k0 - 1; k >= sc.lo && k >= i-8; k-- {
		w := sc.w(k)
		if wishVerbs[w] {
			return !strings.HasPrefix(w, "call") || sc.w(k+1) == "for" // "a man called Ian was killed" names him
		}
		if w == "," || w == "." || w == ";" || w == ":" || w == "who" || w == "which" || w == "that" {
			return false
		}
	}
	return false
}
