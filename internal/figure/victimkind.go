package figure

import (
	"sort"
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
// a wish, a call, a threat, a plan or an attempt ("called for them to be
// killed", "wants him killed", "tried to have him shot") or a fear ("fear
// being killed", "avoided being hit"), nearlyDone one
// nearly done ("was nearly killed"): harms not done. The fallback's
// candidates and the grammar's casualties (noPersonHarm) pass both gates.

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
	case victimPronouns.at(w) != "" || personPronoun[w]:
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
		if phraseEnd(w) || auxWords.at(w) {
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
		if _, ok := sc.number(k); ok || lexicon.IsDeterminer(w) || victimDeterminers.at(w) {
			continue
		}
		if auxWords.at(w) || chainWords.at(w) || strings.HasSuffix(w, "ly") {
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
	if victimPronouns.at(w) != "" || personPronoun[w] || w == "it" || w == "which" {
		return true
	}
	return !phraseEnd(w) && !closedWord(w)
}

// wishVerbs are verbs of wishing, calling for and threatening whose
// infinitive or participle complement is a harm not done.
var wishVerbs = setOf(map[string]bool{
	"want": true, "wants": true, "wanted": true, "wanting": true, "wish": true, "wished": true, "wishes": true,
	"call": true, "calls": true, "called": true, "calling": true, "urge": true, "urged": true, "urges": true,
	"urging": true, "demand": true, "demanded": true, "demands": true, "demanding": true, "threaten": true, "threatened": true,
	"threatens": true, "threatening": true, "incite": true, "incited": true, "incites": true, "inciting": true,
	"prefer": true, "preferred": true, "hoped": true, "hoping": true,
	// planning and attempting: "plotted to have his partner killed", "sought the arrest of"
	"plot": true, "plots": true, "plotted": true, "plotting": true, "plan": true, "plans": true, "planned": true,
	"planning": true, "try": true, "tries": true, "tried": true, "trying": true, "attempt": true, "attempts": true,
	"attempted": true, "attempting": true, "seek": true, "seeks": true, "sought": true, "seeking": true,
	"vow": true, "vows": true, "vowed": true, "vowing": true,
})

// fearVerbs take a harm feared or escaped, not done, as a passive gerund:
// "many fear being killed", "afraid of being arrested", "narrowly avoided
// being hit".
var fearVerbs = setOf(map[string]bool{"fear": true, "fears": true, "fearing": true, "feared": true, "afraid": true,
	"risk": true, "risks": true, "risking": true, "avoid": true, "avoids": true, "avoided": true, "avoiding": true,
	"escape": true, "escapes": true, "escaped": true, "escaping": true})

// clauseOpener are the conjunctions that open a clause of its own.
var clauseOpener = setOf(map[string]bool{"but": true, "because": true, "when": true, "after": true, "before": true,
	"while": true, "until": true, "if": true, "so": true, "then": true, "where": true, "since": true, "though": true})

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
	gerund := k0 < i && sc.w(k0) == "being" // "fear being killed", "afraid of being arrested"
	if !inf && !gerund && k0 != i {
		return false // "they want the men who were killed named": a clause of its own
	}
	for k := k0 - 1; k >= sc.lo && k >= i-8; k-- {
		w := sc.w(k)
		if gerund && fearVerbs.at(w) {
			return true
		}
		if wishVerbs.at(w) {
			return !strings.HasPrefix(w, "call") || sc.w(k+1) == "for" // "a man called Ian was killed" names him
		}
		if w == "," || w == "." || w == ";" || w == ":" || w == "who" || w == "which" || w == "that" || clauseOpener.at(w) ||
			w == "and" && !inf {
			return false // "tried to help but the man died": a clause of its own
		}
	}
	return false
}

// noPersonHarm reports a casualty the grammar read over bytes [h.Start,
// h.End) of the segment sc that tells of no harm done to people: its
// victim is a known thing ("killed three projects"; "apprehended 31,000
// pupils dodging school" keeps its people), or its harm is wished, called
// for, threatened, planned, attempted or nearly done ("wanted the officer
// killed", "the attempted murder of two officers", "was nearly killed").
// It returns the token to read on from: after the thing a count counts
// ("10,500 offences and 70 deaths" goes on to the deaths), else after the
// hit.
func noPersonHarm(sc *numScan, h casHit) (int, bool) {
	a, b := hitTokens(sc, h.Start, h.End)
	if a < 0 {
		return 0, false
	}
	if e, ok := thingVictim(sc, h, a, b); ok {
		return e, true
	}
	if harmlessImpact(sc, b) {
		return b, true // "was hit by the slurry", "were hit by tragedy"
	}
	for k := a; k < b; k++ {
		w := sc.w(k)
		if _, ok := killNouns.get(w); ok && harmNounNotDone(sc, k) || k == a && harmWord(w) && purposeBefore(sc, k) {
			return b, true // "the attempted murder of", "aimed at killing civilians"
		}
		if t, ok := triggers.get(w); ok && t.after && (nearlyDone(sc, k) || k == b-1 && wishedHarm(sc, k)) {
			// a wish's participle follows its victims ("wanted the officer killed"): an
			// active verb that opens the hit has its victims after it ("killed him")
			return b, true
		}
	}
	return 0, false
}

// harmlessImpact reports a hit that ends at token b with the passive
// "hit" or "struck" whose agent, in the "by" or "with" phrase after it,
// harms no one: the guide's hit is by a bullet, a car or a blow ("was hit
// by a stray bullet", "struck by a train", "hit with a bat", "hit by a
// man"), not by "the slurry", "tragedy" or "a bill". An agent that is a
// person, a name, a figure or a thing that strikes (impactNouns) keeps
// the hit, and so does a hit with no such phrase.
func harmlessImpact(sc *numScan, b int) bool {
	if b <= sc.lo || b >= sc.hi {
		return false
	}
	switch sc.w(b - 1) {
	case "hit", "struck":
	default:
		return false
	}
	k := b
	if sc.w(k) == "in" || sc.w(k) == "on" {
		for k < sc.hi && k < b+5 && sc.w(k) != "by" && sc.w(k) != "with" {
			k++ // "hit on the shoulder by a firework"
		}
	}
	if sc.w(k) != "by" && sc.w(k) != "with" {
		return false
	}
	for j := k + 1; j < sc.hi && j < k+6; j++ {
		w := sc.w(j)
		if phraseEnd(w) || j > k+1 && lexicon.IsPreposition(w) {
			break
		}
		if impactNouns[w] || victimPronouns.at(w) != "" || personPronoun[w] || personForm(w, sc.raw(j)) || personPlural(w) ||
			isCapWord(sc.raw(j)) || w[0] >= '0' && w[0] <= '9' {
			return false
		}
	}
	return true
}

// impactNouns are the things whose hit harms a person: vehicles, shot and
// projectiles, and the weapons of a blow.
var impactNouns = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`car cars vehicle vehicles truck trucks lorry van bus train trains tram taxi cab
		motorcycle motorbike bike bicycle suv pickup jeep driver motorist tractor boat plane
		bullet bullets round rounds gunfire fire shot shots shotgun pellet pellets shrapnel shell shells rocket rockets
		missile missiles mortar grenade bomb blast explosion stone stones rock rocks brick bricks bottle bottles
		debris lightning firework fireworks object objects tree branch wall wave waves
		bat bats hammer club stick sticks pipe knife axe machete baton batons gun rifle pistol butt fist fists chair`) {
		m[w] = true
	}
	return m
}()

// thingVictim reports a hit h over tokens [a, b) whose victims are things:
// the head of its victim phrase, or the noun its count counts, is a
// known thing (lexicon.IsNonHumanNoun). It returns the token after the
// thing's count and noun, or b.
func thingVictim(sc *numScan, h casHit, a, b int) (int, bool) {
	if f := strings.Fields(h.Who); len(f) > 0 {
		w := f[len(f)-1]
		if sc.title {
			w = lexicon.Lower(w)
		}
		if lexicon.IsNonHumanNoun(w) {
			return b, true
		}
	}
	// the count opens the hit ("three horses were killed") or follows its verb ("killed three
	// projects", a headline's "Kills 4 Cows", where the hit ends with the count)
	for k := a; k < b && k <= a+1; k++ {
		if m, ok := sc.qualified(k); ok && m.n.Value == h.Count {
			o := nounHeadAt(sc, m.tokEnd)
			return o + 1, o >= 0 && lexicon.IsNonHumanNoun(nounAsWritten(sc, o))
		}
	}
	return b, false
}

// nounHeadAt returns the head of the noun phrase that opens at token k
// after a count: a casualty noun ("35 road deaths"), its first plural
// ("23 bus passengers", "31,000 pupils dodging school"), else its last
// word before a mark, a preposition, a conjunction, an auxiliary or a
// casualty word (at most four tokens); -1 when none.
func nounHeadAt(sc *numScan, k int) int {
	head := -1
	for j := k; j < sc.hi && j < k+4; j++ {
		w := sc.w(j)
		if _, ok := deathNouns[w]; ok || woundNouns[w] || heldNouns[w] != "" {
			return j // "35 road deaths" counts the dead
		}
		if phraseEnd(w) || auxWords.at(w) || chainWords.at(w) || harmWord(w) || strings.HasSuffix(w, "ly") ||
			head >= 0 && strings.HasSuffix(w, "ing") {
			break
		}
		head = j
		if len(w) > 3 && w[len(w)-1] == 's' && w[len(w)-2] != 's' {
			break
		}
	}
	return head
}

// hitTokens returns the tokens [a, b) of sc over bytes [s, e), or -1
// (a binary search: a sentence of many hits stays linear).
func hitTokens(sc *numScan, s, e int) (int, int) {
	a := sc.lo + sort.Search(sc.hi-sc.lo, func(k int) bool { return sc.toks[sc.lo+k].End > s })
	if a >= sc.hi || sc.toks[a].Start >= e {
		return -1, -1
	}
	b := a + sort.Search(sc.hi-a, func(k int) bool { return sc.toks[a+k].Start >= e })
	return a, b
}

// harmWord reports a word that tells a harm: a casualty verb, noun or state.
func harmWord(w string) bool {
	if _, ok := triggers.get(w); ok {
		return true
	}
	if _, ok := activeVerbs.get(w); ok {
		return true
	}
	_, ok := killNouns.get(w)
	return ok
}

// nounAsWritten returns token k as a noun is looked up: in lower case in a
// headline ("3 Horses Killed"), else as written, so that a name ("Fox")
// is no noun.
func nounAsWritten(sc *numScan, k int) string {
	if sc.title || headlineLike(sc) {
		return sc.w(k)
	}
	return sc.raw(k)
}

// nearlyDone reports a casualty participle at token i that was nearly
// done, not done: "was nearly killed", "were almost hit", "had nearly been
// shot", "narrowly escaped being kidnapped".
func nearlyDone(sc *numScan, i int) bool {
	p := sc.w(i - 1)
	if p == "been" || p == "being" {
		p = sc.w(i - 2)
		switch p {
		case "escaped", "escaping", "escapes", "avoided", "avoiding", "avoids", "evaded", "evading":
			return true
		}
	}
	return p == "nearly" || p == "almost" || p == "narrowly"
}

// harmNounNotDone reports a harm noun at token i that names a harm
// attempted or wished, not done: "the attempted murder of two officers", "a
// foiled kidnapping", "demanded the arrest of", "called for the execution
// of", "are seeking the arrest of".
func harmNounNotDone(sc *numScan, i int) bool {
	for k := i - 1; k >= sc.lo && k >= i-3; k-- {
		w := sc.w(k)
		switch w {
		case "attempted", "attempt", "failed", "foiled", "thwarted", "planned", "plotted", "threatened", "possible":
			return true
		case "for":
			return strings.HasPrefix(sc.w(k-1), "call") // "called for the execution of"
		}
		if wishVerbs.at(w) {
			return !strings.HasPrefix(w, "call")
		}
		if !lexicon.IsDeterminer(w) && !victimDeterminers.at(w) && w != "his" && w != "her" && w != "their" {
			return false
		}
	}
	return false
}
