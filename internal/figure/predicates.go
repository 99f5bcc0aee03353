package figure

import (
	"strings"

	"github.com/newsparse/newsparse/internal/lexicon"
	"github.com/newsparse/newsparse/internal/textdoc"
)

// The predicates of the casualty grammar: what a phrase says happened to
// its victims, read the same way wherever it stands. A predicate stands
// after its victims (a passive or a state: "was gunned down", "is being
// held", "remains in stable condition"), before them (an active verb:
// "shot him", "killing officer Ana Cruz", "took the driver into custody")
// or around them as a noun ("Lee's death", "the slaying of a clerk", "an
// arrest"). victims.go reads the victims; casgrammar.go pairs the two.
// The pattern reader's casualty words (triggers, patternTrigger, activeUse
// and their helpers) stand here too.

// predicate is a casualty predicate over tokens [start, end).
type predicate struct {
	start, end int
	kind       string
	generic    bool // harm a victim may not have survived: shot, hit, a gunshot wound, taken to hospital
	alive      bool // says the victim lived: in stable condition, recovering, treated and released
}

// activeVerbs are the verbs that take their victims as object, with the
// kind they give ("shot him", "killing a clerk", "arrested the driver").
// generic marks harm that may have killed ("shot", "hit").
var activeVerbs = mapOf(map[string]struct {
	kind    string
	generic bool
}{
	"kill": {killed, false}, "kills": {killed, false}, "killed": {killed, false}, "killing": {killed, false},
	"murder": {killed, false}, "murders": {killed, false}, "murdered": {killed, false}, "murdering": {killed, false},
	"execute": {killed, false}, "executes": {killed, false}, "executed": {killed, false}, "executing": {killed, false},
	"hang": {killed, false}, "hangs": {killed, false}, "hanged": {killed, false}, "hanging": {killed, false},
	"behead": {killed, false}, "beheads": {killed, false}, "beheaded": {killed, false}, "beheading": {killed, false},
	"slay": {killed, false}, "slays": {killed, false}, "slew": {killed, false},
	"assassinate": {killed, false}, "assassinates": {killed, false}, "assassinated": {killed, false}, "assassinating": {killed, false},
	"maim": {injured, false}, "maims": {injured, false}, "maimed": {injured, false}, "maiming": {injured, false},
	"shoot": {injured, true}, "shoots": {injured, true}, "shot": {injured, true}, "shooting": {injured, true},
	"hit": {injured, true}, "hits": {injured, true}, "hitting": {injured, true},
	"strike": {injured, true}, "strikes": {injured, true}, "struck": {injured, true}, "striking": {injured, true},
	"stab": {injured, true}, "stabs": {injured, true}, "stabbed": {injured, true}, "stabbing": {injured, true},
	"slash": {injured, true}, "slashes": {injured, true}, "slashed": {injured, true}, "slashing": {injured, true},
	"wound": {injured, false}, "wounds": {injured, false}, "wounded": {injured, false}, "wounding": {injured, false},
	"injure": {injured, false}, "injures": {injured, false}, "injured": {injured, false}, "injuring": {injured, false},
	"hurt": {injured, false}, "hurts": {injured, false}, "hurting": {injured, false},
	"arrest": {detained, false}, "arrests": {detained, false}, "arrested": {detained, false}, "arresting": {detained, false},
	"detain": {detained, false}, "detains": {detained, false}, "detained": {detained, false}, "detaining": {detained, false},
	"jail": {detained, false}, "jails": {detained, false}, "jailed": {detained, false}, "jailing": {detained, false},
	"apprehend": {detained, false}, "apprehends": {detained, false}, "apprehended": {detained, false}, "apprehending": {detained, false},
	"kidnap": {kidnapped, false}, "kidnaps": {kidnapped, false}, "kidnapped": {kidnapped, false}, "kidnapping": {kidnapped, false},
	"abduct": {kidnapped, false}, "abducts": {kidnapped, false}, "abducted": {kidnapped, false}, "abducting": {kidnapped, false},
	"expel": {displaced, false}, "expels": {displaced, false}, "expelled": {displaced, false}, "expelling": {displaced, false},
})

// personOnlyVerbs hurt things as readily as people ("hit the car", "struck
// a deal", "shot a film"): their object must be a person, not any noun.
var personOnlyVerbs = map[string]bool{
	"hit": true, "hits": true, "hitting": true, "strike": true, "strikes": true, "struck": true, "striking": true,
	"shoot": true, "shoots": true, "shot": true, "shooting": true, "hang": true, "hangs": true, "hanged": true, "hanging": true,
	"execute": true, "executes": true, "executed": true, "executing": true, "hurt": true, "hurts": true, "hurting": true,
	"slash": true, "slashes": true, "slashed": true, "slashing": true, "kill": true, "kills": true, "killed": true,
	"killing": true, "injure": true, "injures": true, "injured": true, "injuring": true, "wound": true, "wounds": true,
	"arrest": true, "arrests": true, "jail": true, "jails": true,
}

// activeAt reads an active casualty verb at token i whose object follows:
// "shot him", "fatally shooting a police officer", "killing officer Ana
// Cruz", "took Eva Cruz into custody". It returns the predicate (the verb,
// with "fatally" before it) and the token its object starts at.
func activeAt(sc *numScan, i int) (predicate, int, bool) {
	w := sc.w(i)
	if custodyFrame(w) != "" {
		// "took Eva Cruz into custody", "placed the driver under arrest": the
		// object stands inside the phrase (custodyEnd reads its end)
		return predicate{start: i, end: i + 1, kind: detained}, i + 1, true
	}
	if titleCaseParticiple(sc, i) {
		return predicate{}, i, false // "Guitarist Killed Following Show": the headline's passive
	}
	if pistolWhip(sc, i) > 0 && i > sc.lo && !notRealized(sc, i) {
		e := i + pistolWhip(sc, i) // "pistol-whipped a clerk", "pistol whipped the cashier"
		return predicate{start: i, end: e, kind: injured}, e, true
	}
	if (w == "gunned" || w == "gunning" || w == "guns") && sc.w(i+1) == "down" && !notRealized(sc, i) && !unrealized(sc, i) {
		return predicate{start: i, end: i + 2, kind: killed}, i + 2, true // "gunned down three villagers"
	}
	if (w == "rounded" || w == "round" || w == "rounding" || w == "rounds") && sc.w(i+1) == "up" && !notRealized(sc, i) {
		return predicate{start: i, end: i + 2, kind: detained}, i + 2, true // "rounded up 300 people"
	}
	if kind, ok := agentCaptures(sc, i); ok {
		return predicate{start: i, end: i + 1, kind: kind}, i + 1, true // "Police hold three after raid"
	}
	if !sc.is(i, clsActiveVerb) {
		return predicate{}, i, false
	}
	v := activeVerbs.at(w)
	if unrealized(sc, i) || notRealized(sc, i) || i > sc.lo && isDeterminer(sc.w(i-1)) || nounHit(sc, i) {
		return predicate{}, i, false
	}
	if (w == "shot" || w == "shoots" || w == "shooting") && sc.w(i+1) == "dead" {
		// "troops shot dead a youth": the particle stands before the object
		return predicate{start: i, end: i + 2, kind: killed}, i + 2, true
	}
	p := predicate{start: i, end: i + 1, kind: v.kind, generic: v.generic}
	if i > sc.lo && (sc.w(i-1) == "fatally" || sc.w(i-1) == "mortally") {
		p.start, p.kind, p.generic = i-1, killed, false
	}
	if e, ok := sharedObject(sc, i+1); ok {
		p.end = e
		return p, e, true // "arrested and charged two men"
	}
	return p, i + 1, true
}

// sharedObject reads, at token k after an active casualty verb, "and" and
// a second verb in the past that shares its object and tells no harm of
// its own ("arrested and charged two men", "detained and later questioned
// a driver"); it returns the token where the object opens. A second verb
// of harm ("shot and killed a guard") is read as its own predicate.
func sharedObject(sc *numScan, k int) (int, bool) {
	if sc.w(k) != "and" {
		return k, false
	}
	j := k + 1
	if sc.w(j) == "later" || strings.HasSuffix(sc.w(j), "ly") {
		j++
	}
	v := sc.w(j)
	if j+1 >= sc.hi || len(v) < 5 || !strings.HasSuffix(v, "ed") || harmWord(v) || auxWords.at(v) {
		return k, false
	}
	return j + 1, true
}

// captureVerbs take people only when those who act hold them: "Police are
// holding four people", "Kidnappers seized three oil workers", "Troops
// captured 20 rebels" (not "holding a gun", "seized cocaine").
var captureVerbs = map[string]bool{"hold": true, "holds": true, "holding": true, "held": true, "seize": true,
	"seizes": true, "seized": true, "seizing": true, "capture": true, "captures": true, "captured": true, "capturing": true,
	"snatch": true, "snatches": true, "snatched": true, "snatching": true}

// captureAgents are those who act in a capture, with the kind it gives their
// captives: the law detains, kidnappers and armed groups kidnap.
var captureAgents = map[string]string{"police": detained, "policemen": detained, "authorities": detained,
	"officers": detained, "deputies": detained, "agents": detained, "troops": detained, "soldiers": detained,
	"investigators": detained, "detectives": detained, "kidnappers": kidnapped, "abductors": kidnapped,
	"gunmen": kidnapped, "militants": kidnapped, "pirates": kidnapped, "captors": kidnapped, "insurgents": kidnapped}

// agentCaptures reads a capture verb at token i whose subject, at most three
// words before it, is a captor: the kind the captor gives, or false.
func agentCaptures(sc *numScan, i int) (string, bool) {
	if !sc.is(i, clsCaptureVerb) || unrealized(sc, i) || notRealized(sc, i) {
		return "", false
	}
	for k := i - 1; k >= sc.lo && k >= i-3; k-- {
		w := sc.w(k)
		if kind, ok := captureAgents[w]; ok {
			return kind, true
		}
		if captorNouns[w] || armedGroups[w] {
			return kidnapped, true // "Guerrillas seized three aid workers"
		}
		if !auxWords.at(w) && !chainWords.at(w) && !mannerAdverb(w) {
			return "", false // "police said a man holding a knife": another subject between
		}
	}
	return "", false
}

// conditionAdjective reports a word of a patient's condition standing as a
// predicate at token j, without "condition": "is stable", "remains
// critical", "was listed as critical", a headline's "Boy, 13, critical after
// shooting"; not "critical of", "stable enough" or "stable prices".
func conditionAdjective(sc *numScan, j int) bool {
	switch sc.w(j) {
	case "critical", "stable", "critically-ill":
	default:
		return false
	}
	switch sc.w(j + 1) {
	case "of", "to", "that", "for", "about", "enough", "and", "but", "on":
		return false
	}
	if j+1 < sc.hi && modifierWord(sc, j+1) && !isCapWord(sc.raw(j+1)) {
		switch sc.w(j + 1) {
		case "after", "with", "following", "at", "in", "overnight", "today", "tonight", "now":
		default:
			return false // "a critical moment", "stable prices"
		}
	}
	if j <= sc.lo {
		return false
	}
	switch sc.w(j - 1) {
	case "is", "was", "are", "were", "remains", "remained", "remain", "as", "still", "now":
		return true
	case ",":
		return headlineLike(sc) // the title among them
	}
	// a headline drops the verb: "Teen critical in crash", "3 men critical after blast"
	return headlineLine(sc, sc.lo) && (sc.victimNounAt(j-1) || isAgeWord(sc.w(j-1)))
}

// capturedBy reads a passive verb of capture at token j with its agent
// after "by": "were seized by gunmen", "are being held by militants" (the
// captors' kind, kidnapped), "was captured by troops" (detained). It
// returns the kind and the token after the agent, or false.
func capturedBy(sc *numScan, j int) (string, int, bool) {
	switch sc.w(j) {
	case "held", "seized", "captured", "snatched", "grabbed", "taken":
	default:
		return "", j, false
	}
	if !passiveBefore(sc, j) {
		return "", j, false
	}
	k := j + 1
	for k < j+4 && k < sc.hi && sc.w(k) != "by" {
		if !mannerAdverb(sc.w(k)) && sc.w(k) != "captive" && sc.w(k) != "hostage" {
			return "", j, false
		}
		k++
	}
	if sc.w(k) != "by" {
		return "", j, false
	}
	for a := k + 1; a < k+5 && a < sc.hi; a++ {
		w := sc.w(a)
		if kind, ok := captureAgents[w]; ok {
			return kind, a + 1, true
		}
		if captorNouns[w] || armedGroups[w] {
			return kidnapped, a + 1, true
		}
		if !isDeterminer(w) && !modifierWord(sc, a) {
			break
		}
	}
	return "", j, false
}

// armedGroups are the armed groups whose captives are kidnapped: "held by
// rebels", "seized by bandits".
var armedGroups = map[string]bool{"rebels": true, "bandits": true, "jihadists": true, "separatists": true,
	"guerrillas": true, "hijackers": true, "hostage-takers": true, "extremists": true, "fighters": true}

// titleCaseParticiple reports a past participle at token i of a headline
// in Title Case, after a capitalised word and before another that is no
// number: "Guitarist Killed Following Show", "Teen Shot Near School". It is
// the passive the headline shortens, not a verb with an object.
func titleCaseParticiple(sc *numScan, i int) bool {
	switch sc.w(i) {
	case "killed", "shot", "wounded", "injured", "stabbed", "hurt", "arrested", "detained", "kidnapped", "abducted", "murdered":
	default:
		return false
	}
	return i > sc.lo && i+1 < sc.hi && isCapWord(sc.raw(i)) && isCapWord(sc.raw(i-1)) && isCapWord(sc.raw(i+1)) &&
		!sc.canStartNumber(i+1) && headlineLike(sc)
}

// pistolWhip returns how many tokens a "pistol-whip" takes at token i
// (one hyphenated, two written apart), or 0.
func pistolWhip(sc *numScan, i int) int {
	switch sc.w(i) {
	case "pistol-whipped", "pistol-whipping", "pistol-whips":
		return 1
	case "pistol":
		switch sc.w(i + 1) {
		case "whipped", "whipping", "whips":
			return 2
		}
	}
	return 0
}

// hitAgents are the things that hit or strike people: vehicles and what is
// fired or thrown.
var hitAgents = map[string]bool{"car": true, "cars": true, "vehicle": true, "vehicles": true, "truck": true, "lorry": true,
	"van": true, "bus": true, "train": true, "tram": true, "taxi": true, "cab": true, "suv": true, "motorcycle": true,
	"motorbike": true, "bike": true, "bicycle": true, "jeep": true, "bullet": true, "bullets": true, "round": true,
	"rounds": true, "shot": true, "shots": true, "gunfire": true, "shell": true, "shells": true, "shrapnel": true,
	"rocket": true, "rockets": true, "missile": true, "missiles": true, "bomb": true, "bombs": true, "grenade": true,
	"debris": true, "blast": true, "explosion": true, "wave": true, "waves": true}

// nounHit reports a "hit" at token i that names a success before its title
// ("the top five hit Money", "box office hits Vera Drake", "US television
// hit Desperate Housewives") or that a thing does to a body ("Weak sales hit
// Next"): a name follows, and the word before is a number, a preposition or
// a lower-case word that is no person, pronoun, vehicle or missile, nor a
// word of the verb's chain.
func nounHit(sc *numScan, i int) bool {
	w := sc.w(i)
	if w != "hit" && w != "hits" || i == sc.lo || i+1 >= sc.hi || !isCapWord(sc.raw(i+1)) {
		return false
	}
	p, r := sc.w(i-1), sc.raw(i-1)
	switch {
	case sc.canStartNumber(i - 1):
		return true // "the top five hit Money", "1986 hit Jungle Fever"
	case isCapWord(r) && !capThing(sc, i-1) || p == "who" || p == "that" || p == "which" || p == "and" || p == "or" || victimPronouns.at(p) != "" ||
		p == "they" || p == "it" || p == "we" || p == "i" || p == "you" || auxWords.at(p) || chainWords.at(p) || strings.HasSuffix(p, "ly"):
		return false
	case lexicon.IsPreposition(p):
		return true // "won best song for hit Hey Ya!"
	}
	return !hitAgents[p] && !personForm(p, r) && !personPlural(p) && !lexicon.IsVictimNoun(p)
}

// capThing reports a capitalised word at token i that is a common noun, not
// a name: the first word of its sentence or headline that no entity mention
// covers ("Scandal hits ...", "Curfew hits ..."), or an abbreviation of a
// thing ("TV"). The scan without mentions reads every capitalised word as a
// name.
func capThing(sc *numScan, i int) bool {
	if r := sc.raw(i); lexicon.IsAllCaps(r) && lexicon.IsCommonAcronym(sc.w(i)) {
		return true
	}
	if sc.ix == nil || i > sc.lo && !sentenceMark(sc.w(i-1)) {
		return false
	}
	s, e := sc.toks[i].Start, sc.toks[i].End
	named := false
	sc.ix.near(s, e, func(r mentionRef) bool {
		named = r.s <= s && e <= r.e
		return !named
	})
	return !named
}

// sentenceMark reports a token that ends a sentence or opens a quotation.
func sentenceMark(w string) bool {
	switch w {
	case ".", "!", "?", ":", ";", "\"", "\u201c", "'", "\u2018":
		return true
	}
	return false
}

// notRealized reports an active verb at token k in a mood that did not
// happen: a modal, a negation, a purpose or an order before it ("would kill
// him", "did not shoot her", "ordered to shoot anyone").
func notRealized(sc *numScan, k int) bool {
	for p := k - 1; p >= sc.lo && p >= k-3; p-- {
		switch sc.w(p) {
		case "to":
			// "to kill" is a purpose; "admitted to killing", "pleaded guilty to shooting", "managed to
			// shoot" tell a deed
			return !strings.HasSuffix(sc.w(k), "ing") && !(p-1 >= sc.lo && deedBeforeTo(sc.w(p-1)))
		case "would", "could", "will", "might", "may", "can", "should", "must", "not", "n't", "never", "wo", "ca",
			"threat", "threatening", "threatened", "tried", "trying", "attempted", "attempting", "plot", "plotted":
			return true
		case "fatally", "mortally", "allegedly", "then", "later", "also", "repeatedly", "accidentally", "reportedly":
			continue
		case "at", "on":
			return p == k-1 && purposeBefore(sc, k)
		}
		return false
	}
	return false
}

// custodyFrame names the custody phrase a verb opens with its object inside
// it: "took Eva Cruz into custody" ("into"), "placed the driver under
// arrest", "put both men under arrest" ("under"); "" for another verb.
func custodyFrame(w string) string {
	switch w {
	case "took", "taken", "taking", "take", "takes":
		return "into"
	case "placed", "placing", "place", "places", "put", "puts", "putting":
		return "under"
	}
	return ""
}

// custodyEnd reads the end of the custody phrase verb w opens, at token e
// after its object: "into (police) custody" after "took", "under arrest"
// after "placed" or "put". It returns the token after the phrase.
func custodyEnd(sc *numScan, w string, e int) (int, bool) {
	switch custodyFrame(w) {
	case "into":
		return takenInto(sc, e)
	case "under":
		return underArrest(sc, e)
	}
	return e, false
}

// underArrest reads "under arrest" at token e: the token after it.
func underArrest(sc *numScan, e int) (int, bool) {
	if sc.w(e) == "under" && sc.w(e+1) == "arrest" {
		return e + 2, true
	}
	return e, false
}

// takenInto reads the end of "took Eva Cruz into custody" at token e, the
// token after the object: "into custody", "into police custody".
func takenInto(sc *numScan, e int) (int, bool) {
	if sc.w(e) != "into" {
		return e, false
	}
	k := e + 1
	if sc.w(k) == "police" || sc.w(k) == "federal" || sc.w(k) == "protective" {
		k++
	}
	if sc.w(k) == "custody" {
		return k + 1, true
	}
	return e, false
}

// killNouns are the nouns of a harm whose victim follows with "of" or
// stands before as a possessive: "the death of a son", "Lee's death", "the
// slaying of a clerk", "the shooting of a man", "his arrest".
var killNouns = mapOf(map[string]struct {
	kind    string
	generic bool
}{
	"death": {killed, false}, "deaths": {killed, false}, "murder": {killed, false}, "murders": {killed, false},
	"killing": {killed, false}, "killings": {killed, false}, "slaying": {killed, false}, "slayings": {killed, false},
	"execution": {killed, false}, "assassination": {killed, false}, "executions": {killed, false},
	"massacre": {killed, false}, "slaughter": {killed, false}, "genocide": {killed, false},
	"shooting": {injured, true}, "stabbing": {injured, true},
	"arrest": {detained, false}, "detention": {detained, false}, "jailing": {detained, false},
	"abduction": {kidnapped, false}, "kidnapping": {kidnapped, false}, "disappearance": {missing, false},
	"kidnappers": {kidnapped, false}, "abductors": {kidnapped, false}, "captors": {kidnapped, false},
	"killers": {killed, false}, "murderers": {killed, false}, "assassins": {killed, false},
})

// nounBefore reads a harm noun at token i whose victim stands before it
// as a possessive ("Lee's death", "his death", "the officer's shooting"):
// it returns the predicate and, for the possessive, its first token; a
// pronoun possessive gives one victim.
func nounPossessive(sc *numScan, i int) (predicate, bool) {
	n, ok := killNouns.get(sc.w(i))
	if !ok || sc.w(i) == "deaths" || sc.w(i) == "killings" || sc.w(i) == "murders" || sc.w(i) == "slayings" || captorNouns[sc.w(i)] {
		return predicate{}, false
	}
	p := predicate{start: i, end: i + 1, kind: n.kind, generic: n.generic}
	switch sc.w(i - 1) {
	case "fatal", "deadly":
		if n.kind == injured {
			p.kind, p.generic = killed, false
		}
	}
	if sc.w(i) == "shooting" && sc.w(i+1) == "death" {
		p.end, p.kind, p.generic = i+2, killed, false
	}
	return p, true
}

// statePredicate reads, at token j, a casualty phrase the older reader
// (triggerAt) does not know and that follows its victims: "gunned down",
// "is being held", "was booked into jail", "behind bars", "in the
// hospital", "is critical", "on a ventilator", "pronounced deceased",
// "suffering from a gunshot wound", "with gunshot wounds", "taken to
// Grady Memorial", "turned himself in", "sentenced to 10 years in prison",
// "unharmed". It returns the kind and the token after the phrase; it is
// the hook triggerAt calls when none of its own phrases match.
func statePredicate(sc *numScan, j int) (string, int, bool) {
	w := sc.w(j)
	if kind, e, ok := capturedBy(sc, j); ok {
		return kind, e, true // "were seized by gunmen", "is being held by police"
	}
	if conditionAdjective(sc, j) {
		return injured, j + 1, true // "is stable after the stabbing", "remains critical"
	}
	if fallVerbs[w] {
		return fellToDeath(sc, j) // "fell to his death"
	}
	switch w {
	case "gunned", "cut", "mowed":
		return gunnedDown(sc, j, w)
	case "spent", "spends", "served", "serves":
		return timeInJail(sc, j)
	case "held":
		return heldInCustody(sc, j)
	case "booked":
		return bookedInto(sc, j)
	case "behind":
		if sc.w(j+1) == "bars" {
			return detained, j + 2, true
		}
	case "under", "placed", "put":
		return underArrestState(sc, j, w)
	case "in", "at":
		return inPlaceState(sc, j, w)
	case "critical", "stable":
		// "The victim is critical", "is stable at a hospital"
		if j > sc.lo && (sc.w(j-1) == "is" || sc.w(j-1) == "was" || sc.w(j-1) == "remains" || sc.w(j-1) == "remained") &&
			sc.w(j+1) != "condition" {
			return injured, j + 1, true
		}
	case "hit":
		// "was hit three times", "was hit by a car"
		if j > sc.lo && passiveBefore(sc, j) {
			return injured, j + 1, true
		}
	case "sitting", "sits", "sat":
		// "is sitting behind bars", "sits in jail"
		if sc.w(j+1) == "behind" && sc.w(j+2) == "bars" {
			return detained, j + 3, true
		}
		if sc.w(j+1) == "in" && (sc.w(j+2) == "jail" || sc.w(j+2) == "prison") {
			return detained, j + 3, true
		}
	case "on":
		if (sc.w(j+1) == "a" || sc.w(j+1) == "life") && (sc.w(j+2) == "ventilator" || sc.w(j+2) == "support") {
			return injured, j + 3, true
		}
	case "pronounced", "declared":
		if sc.w(j+1) == "deceased" {
			return killed, j + 2, true
		}
	case "suffering", "suffered", "sustained", "sustaining", "had", "has", "have", "with":
		return sufferedWound(sc, j, w)
	case "went", "go", "goes", "walked", "drove":
		return wentToHospital(sc, j)
	case "underwent", "undergoing", "undergo", "undergone", "undergoes":
		return underwentSurgery(sc, j)
	case "escaped", "caught", "rounded":
		return escapedCaughtRounded(sc, j, w)
	case "ordered":
		if sc.w(j+1) == "held" || sc.w(j+1) == "jailed" || sc.w(j+1) == "detained" {
			return detained, j + 2, true // "was ordered held"
		}
	case "gunshot", "shooting", "stabbing", "homicide", "murder":
		// "were gunshot victims", "was a homicide victim"
		if sc.w(j+1) == "victims" || sc.w(j+1) == "victim" {
			if kind, ok := victimKind(w); ok && j > sc.lo && (auxWords.at(sc.w(j-1)) || sc.w(j-1) == "a" && j-1 > sc.lo && auxWords.at(sc.w(j-2))) {
				return kind, j + 2, true
			}
		}
	case "given", "handed", "serving", "received", "receives", "gets", "got":
		return givenSentence(sc, j)
	case "turned":
		// "turned himself in"
		if (sc.w(j+1) == "himself" || sc.w(j+1) == "herself" || sc.w(j+1) == "themselves") && sc.w(j+2) == "in" {
			return detained, j + 3, true
		}
	case "sentenced":
		return sentencedToPrison(sc, j)
	case "released":
		if sc.w(j+1) == "from" && (sc.w(j+2) == "custody" || sc.w(j+2) == "jail" || sc.w(j+2) == "prison") {
			return detained, j + 3, true
		}
	case "unharmed", "uninjured", "unhurt", "unscathed":
		return injured, j + 1, true // a count of none: the victims reader sets 0
	default:
		return careOrCustodyPredicate(sc, j, w)
	}
	return "", j, false
}

// gunnedDown reads "gunned down" (killed whatever stands before it) and
// "was cut down", "were mowed down" (killed after an auxiliary).
func gunnedDown(sc *numScan, j int, w string) (string, int, bool) {
	if sc.w(j+1) != "down" {
		return "", j, false
	}
	if w == "gunned" || sc.w(j-1) == "was" || sc.w(j-1) == "were" || sc.w(j-1) == "been" {
		return killed, j + 2, true
	}
	return "", j, false
}

// underArrestState reads custody in a passive clause: "is under arrest",
// "remained under arrest" (w is "under"), "was placed under arrest",
// "were put under arrest" (w is the verb before it).
func underArrestState(sc *numScan, j int, w string) (string, int, bool) {
	at := j
	if w != "under" {
		at = j + 1
	}
	if e, ok := underArrest(sc, at); ok && passiveBefore(sc, j) {
		return detained, e, true
	}
	return "", j, false
}

// escapedCaughtRounded reads "escaped with minor injuries", "caught in the
// crossfire", "were rounded up"; any other use of the three verbs goes to
// careOrCustodyPredicate.
func escapedCaughtRounded(sc *numScan, j int, w string) (string, int, bool) {
	switch w {
	case "escaped":
		if sc.w(j+1) == "with" { // "escaped with minor injuries"
			return sufferedWound(sc, j+1, "with")
		}
	case "caught":
		if kind, e, ok := caughtInCrossfire(sc, j); ok {
			return kind, e, true
		}
	case "rounded":
		if sc.w(j+1) == "up" && passiveBefore(sc, j) {
			return detained, j + 2, true // "Seventeen people were rounded up"
		}
	}
	return careOrCustodyPredicate(sc, j, w)
}

// careOrCustodyPredicate reads the predicates of care, condition and custody
// statePredicate passes on: "showed up at a hospital", "was the victim of a
// shooting", "was treated at the scene", "was apprehended", "is expected to
// survive", "were among the dead", "was pistol-whipped", "succumbed to his
// injuries". It returns the kind and the token after the phrase, or false.
func careOrCustodyPredicate(sc *numScan, j int, w string) (string, int, bool) {
	switch w {
	case "arrived", "showed":
		// "turned up at a clinic with a stab wound", "walked into a hospital"
		k := j + 1
		if w == "showed" {
			if sc.w(k) != "up" {
				break
			}
			k++
		}
		if e, ok := hospitalAfter(sc, k); ok {
			return injured, e, true
		}
	case "the", "a":
		// "was the victim of a shooting", "was the victim of a fatal stabbing", "were the victims of"
		if sc.w(j+1) == "victim" || sc.w(j+1) == "victims" && sc.w(j) == "the" {
			return victimOfHarm(sc, j+1)
		}
	case "treated":
		// "was treated at the scene", "was treated for a cut": hurt and alive
		if passiveBefore(sc, j) {
			switch sc.w(j + 1) {
			case "at", "for", "by", "on", "in", "and":
				return injured, j + 1, true
			}
		}
	case "taken", "transported", "rushed", "airlifted", "flown", "brought", "driven":
		if (sc.w(j+1) == "into" || sc.w(j+1) == "to") && sc.w(j+2) == "surgery" {
			return injured, j + 3, true // "was rushed into surgery"
		}
		return takenToState(sc, j, w)
	case "found", "discovered", "located":
		return foundWounded(sc, j)
	case "apprehended":
		if j > sc.lo && passiveBefore(sc, j) {
			return detained, j + 1, true // "The shooter was apprehended"
		}
	case "caught", "pulled", "stopped", "chased", "tackled", "captured", "seen", "spotted", "confronted":
		return caughtAndDetained(sc, j)
	case "expected":
		// "is expected to survive", "are expected to recover": hurt and alive
		if sc.w(j+1) == "to" && (sc.w(j+2) == "survive" || sc.w(j+2) == "recover" || sc.w(j+2) == "live") && j > sc.lo && auxWords.at(sc.w(j-1)) {
			return injured, j + 3, true
		}
	case "among":
		// "were among the dead", "is among the injured"
		if (sc.w(j+1) == "the" || sc.w(j+1) == "those") && j > sc.lo && auxWords.at(sc.w(j-1)) {
			if kind, ok := amongNouns.get(sc.w(j + 2)); ok {
				return kind, j + 3, true
			}
		}
	case "pistol-whipped", "pistol":
		if n := pistolWhip(sc, j); n > 0 && j > sc.lo && passiveBefore(sc, j) {
			return injured, j + n, true // "was pistol-whipped", "was pistol whipped"; without "was" the subject acts
		}
	case "succumbed", "succumbs", "succumbing":
		return succumbedTo(sc, j)
	}
	return "", j, false
}

// fellToDeath reads a fall that kills at token j: "fell to her death",
// "plunged to their deaths". It returns killed and the token after it.
func fellToDeath(sc *numScan, j int) (string, int, bool) {
	if sc.w(j+1) == "to" && (sc.w(j+3) == "death" || sc.w(j+3) == "deaths") {
		switch sc.w(j + 2) {
		case "his", "her", "their":
			return killed, j + 4, true
		}
	}
	return "", j, false
}

// timeInJail reads a stay in custody at token j: "spent several months in
// jail", "served two years in prison", "spent a night behind bars", "served
// a 10-month jail term". It returns detained and the token after it.
func timeInJail(sc *numScan, j int) (string, int, bool) {
	for k := j + 1; k < sc.hi && k <= j+5; k++ {
		switch w := sc.w(k); w {
		case "in", "behind":
			switch sc.w(k + 1) {
			case "jail", "prison", "custody", "detention", "bars":
				return detained, k + 2, true
			}
			return "", j, false
		case "jail", "prison":
			if t := sc.w(k + 1); t == "term" || t == "terms" || t == "sentence" || t == "sentences" {
				return detained, k + 2, true
			}
			return "", j, false
		case ".", ",", ";", ":", "and", "as", "with", "for", "on", "at":
			return "", j, false
		}
	}
	return "", j, false
}

// victimOfHarm reads "victim of a shooting" at token j (after "the" and an
// auxiliary): the kind of the harm and the token after it, or false.
func victimOfHarm(sc *numScan, j int) (string, int, bool) {
	if j-2 < sc.lo || sc.w(j-1) != "the" && sc.w(j-1) != "a" || !auxWords.at(sc.w(j-2)) || sc.w(j+1) != "of" {
		return "", j, false
	}
	k := j + 2
	if sc.w(k) == "a" || sc.w(k) == "an" || sc.w(k) == "the" {
		k++
	}
	fatal := false
	if sc.w(k) == "fatal" || sc.w(k) == "deadly" {
		fatal = true
		k++
	}
	switch sc.w(k) {
	case "shooting", "stabbing", "attack", "assault", "beating", "carjacking", "robbery", "hit-and-run":
		if fatal {
			return killed, k + 1, true
		}
		return injured, k + 1, true
	case "homicide", "murder", "killing":
		return killed, k + 1, true
	case "kidnapping", "abduction":
		return kidnapped, k + 1, true
	}
	return "", j, false
}

// amongNouns are the nouns of victims "among the …" names, with their kind.
var amongNouns = mapOf(map[string]string{"dead": killed, "killed": killed, "injured": injured, "wounded": injured,
	"missing": missing, "arrested": detained, "detained": detained, "hostages": kidnapped, "kidnapped": kidnapped})

// succumbedTo reads "succumbed to his injuries" from token j: killed and the
// token after the harm, or false ("succumbed to pressure").
func succumbedTo(sc *numScan, j int) (string, int, bool) {
	if sc.w(j+1) != "to" {
		return "", j, false
	}
	for k := j + 2; k < j+6 && k < sc.hi; k++ {
		switch sc.w(k) {
		case "injuries", "injury", "wounds", "wound", "burns":
			return killed, k + 1, true
		case ".", ",", ";", "and":
			return "", j, false
		}
	}
	return "", j, false
}

// heldInCustody reads a passive "held" at token j ("is being held", "was held
// without bail"): detained and the token after it, or false for an active
// "held a meeting" or "held up".
func heldInCustody(sc *numScan, j int) (string, int, bool) {
	// "is being held", "was held without bail", "held at the county jail"; not "held a meeting"
	if j > sc.lo && passiveBefore(sc, j) {
		switch sc.w(j + 1) {
		case "a", "an", "his", "her", "their", "its", "up", "back", "off", "talks", "out", "hands":
			return "", j, false
		}
		if sc.w(j+1) == "at" && (sc.w(j+2) == "gunpoint" || sc.w(j+2) == "knifepoint") {
			return "", j, false // "held at gunpoint": threatened, not detained
		}
		if heldInRegard(sc, j) {
			return "", j, false
		}
		for k := sc.lo; k < sc.hi; k++ {
			switch sc.w(k) {
			case "ransom", "kidnappers", "abductors", "captors", "kidnapped", "abducted", "kidnapping":
				return kidnapped, j + 1, true // "held for 71 days until relatives paid a ransom"
			}
		}
		return detained, j + 1, true
	}
	if j > sc.lo && headlineHeld(sc, j) {
		return detained, j + 1, true // a headline drops the auxiliary: "Rebel leader held in raid", "41 held"
	}
	return "", j, false
}

// heldInRegard reports a "held" at token j followed by "in" and a state of
// regard or keeping, after at most a degree word: "held in high esteem",
// "held in contempt", "held in reserve". Nobody is detained.
func heldInRegard(sc *numScan, j int) bool {
	if sc.w(j+1) != "in" {
		return false
	}
	k := j + 2
	switch sc.w(k) {
	case "high", "great", "higher", "highest", "low", "such", "some", "the", "much", "equal":
		k++
	}
	return regardStates[sc.w(k)]
}

// regardStates are what "held in" puts a person or a thing in that is no
// custody: regard and its opposites, and keeping.
var regardStates = map[string]bool{"esteem": true, "regard": true, "contempt": true, "awe": true, "reverence": true,
	"affection": true, "respect": true, "disdain": true, "suspicion": true, "reserve": true, "check": true,
	"place": true, "trust": true, "abeyance": true, "suspense": true, "balance": true, "escrow": true}

// headlineHeld reports a headline's "held" at token j that ends its clause
// or opens a place, a cause or a time ("41 held", "Rebel leader held in
// Paramaribo", "Two held after riot"): the passive it shortens.
func headlineHeld(sc *numScan, j int) bool {
	if !headlineLike(sc) || auxWords.at(sc.w(j-1)) {
		return false
	}
	switch sc.w(j + 1) {
	case "", ".", ",", ";", ":", "|", "-", "–", "—", "in", "after", "over", "for", "on", "at", "as", "without", "following":
		return j+1 >= sc.hi || sc.w(j+1) != "at" || sc.w(j+2) != "gunpoint" && sc.w(j+2) != "knifepoint"
	}
	return false
}

// underwentSurgery reads "underwent (emergency) surgery" after token j:
// injured and the token after "surgery", or false. Up to three words may
// say how many or how grave ("has undergone two surgeries", "underwent a
// second emergency surgery"); an organ or an illness ("heart surgery",
// "a planned operation") tells of care that is no casualty's.
func underwentSurgery(sc *numScan, j int) (string, int, bool) {
	// "underwent surgery", "has since undergone surgery", "had to undergo surgery"
	for k := j + 1; k < sc.hi && k <= j+4; k++ {
		w := sc.w(k)
		if w == "surgery" || w == "surgeries" {
			return injured, k + 1, true
		}
		if !surgeryModifiers[w] && smallNumbers.at(w) == 0 {
			return "", j, false
		}
	}
	return "", j, false
}

// surgeryModifiers say how many surgeries or how grave, not what for.
var surgeryModifiers = map[string]bool{"a": true, "an": true, "emergency": true, "several": true, "multiple": true,
	"more": true, "further": true, "another": true, "additional": true, "second": true, "third": true,
	"extensive": true, "major": true, "life-saving": true, "lifesaving": true, "urgent": true}

// caughtInCrossfire reads "caught in the crossfire" at token j and the harm
// coordinated after it: "was caught in the crossfire and wounded" (injured),
// "… and killed". Being caught alone tells of no harm.
func caughtInCrossfire(sc *numScan, j int) (string, int, bool) {
	k := j + 1
	if sc.w(k) != "in" {
		return "", j, false
	}
	k++
	if sc.w(k) == "the" {
		k++
	}
	if sc.w(k) != "crossfire" && sc.w(k) != "cross-fire" || sc.w(k+1) != "and" {
		return "", j, false
	}
	if kind, e, ok := patternTrigger(sc, k+2); ok {
		return kind, e, true
	}
	return "", j, false
}

// bookedInto reads "was booked" at token j, and "into the county jail" after it:
// detained and the token after the phrase, or false when j is not a passive.
func bookedInto(sc *numScan, j int) (string, int, bool) {
	if j > sc.lo && passiveBefore(sc, j) && !bookedToPlay(sc, j) {
		e := j + 1
		if sc.w(e) == "into" || sc.w(e) == "in" {
			for k := e + 1; k < e+6 && k < sc.hi; k++ {
				if sc.w(k) == "jail" || sc.w(k) == "detention" || sc.w(k) == "prison" {
					return detained, k + 1, true
				}
			}
		}
		return detained, e, true
	}
	return "", j, false
}

// bookedToPlay reports a "booked" at token j that engages someone or
// reserves something: "booked for guest roles", "booked for 2005", "booked
// for the festival", "fully booked", "booked up". Police book people for a
// crime, with no determiner before it ("booked for murder").
func bookedToPlay(sc *numScan, j int) bool {
	switch sc.w(j + 1) {
	case "up", "solid", "out":
		return true
	case "for":
		n, r := sc.w(j+2), sc.raw(j+2)
		return isDeterminer(n) || sc.canStartNumber(j+2) || isCapWord(r) || n == "guest" || n == "roles" || n == "a" || n == "the"
	}
	return sc.w(j-1) == "fully"
}

// inPlaceState reads "in" or "at" (w, at token j) and the place after it:
// "in the hospital", "in police custody", "in a medically induced coma",
// "remained in the Pike County Jail". It returns the kind (injured or
// detained) and the token after the phrase, or false.
func inPlaceState(sc *numScan, j int, w string) (string, int, bool) {
	// "in the hospital", "in hospital", "in police custody", "in a medically induced coma"
	k := j + 1
	if sc.w(k) == "the" || sc.w(k) == "a" {
		k++
	}
	switch sc.w(k) {
	case "surgery":
		if w == "in" {
			return injured, k + 1, true // "was in surgery"
		}
	case "hospital":
		if j > sc.lo && (sc.w(j-1) == "is" || sc.w(j-1) == "was" || sc.w(j-1) == "remains" || sc.w(j-1) == "remained" || sc.w(j-1) == "remain" || sc.w(j-1) == "still" || sc.w(j-1) == "are" || sc.w(j-1) == "were" || sc.w(j-1) == "'s" || sc.w(j-1) == "\u2019s") {
			return injured, k + 1, true
		}
	case "coma":
		return injured, k + 1, true
	case "police", "federal", "protective":
		if sc.w(k+1) == "custody" {
			return detained, k + 2, true
		}
	case "jail", "prison":
		if w == "in" && (passiveBefore(sc, j) || sc.w(j-1) == "remain" || k == j+1 && headlineLike(sc) && !auxWords.at(sc.w(j-1))) {
			return detained, k + 1, true // "remained in jail", "would remain in prison", a headline's "Briton in jail"
		}
	default:
		// "are now in a city prison", "remained in the Pike County Jail", "is in Evin prison"
		if e, ok := custodyPlace(sc, k); ok && w == "in" && (passiveBefore(sc, j) || sc.w(j-1) == "remain" || sc.w(j-1) == "remains") {
			return detained, e, true
		}
	case "medically":
		if sc.w(k+1) == "induced" && sc.w(k+2) == "coma" {
			return injured, k + 3, true
		}
	}
	return "", j, false
}

// custodyPlace reads a jail or prison named with up to three words of its
// kind or name before it from token k: "a city prison", "the Pike County
// Jail", "Evin prison", "a maximum-security prison". It returns the token
// after the place, or false.
func custodyPlace(sc *numScan, k int) (int, bool) {
	for c := k; c < k+4 && c < sc.hi; c++ {
		switch sc.w(c) {
		case "jail", "prison", "detention", "gaol", "penitentiary":
			if sc.w(c) == "detention" && (sc.w(c+1) == "centre" || sc.w(c+1) == "center" || sc.w(c+1) == "facility" || sc.w(c+1) == "camp") {
				c++ // "a military detention centre"
			}
			return c + 1, c > k
		}
		if !isCapWord(sc.raw(c)) && !modifierWord(sc, c) {
			return 0, false
		}
	}
	return 0, false
}

// sufferedWound reads a wound after the verb or "with" w at token j within six
// tokens: "suffering from a gunshot wound", "with gunshot wounds". It returns
// injured and the token after the wound word, or false at a clause break,
// at "has shaken off", or at a cut that is had rather than suffered.
func sufferedWound(sc *numScan, j int, w string) (string, int, bool) {
	// "suffering from a gunshot wound", "had gunshot wounds", "with a stab wound to the arm", "suffered a cut"
	for k := j + 1; k < j+7 && k < sc.hi; k++ {
		if m := sc.w(k); (w == "had" || w == "has" || w == "have") && (strings.HasSuffix(m, "ed") || strings.HasSuffix(m, "en") || m == "off" || m == "up" || m == "been") {
			return "", j, false // "has recovered from her ankle injury"
		}
		if m := sc.w(k); woundNouns[m] || m == "cut" || m == "cuts" {
			if (w == "had" || w == "has" || w == "have" || w == "with") && (m == "cut" || m == "cuts") {
				return "", j, false
			}
			return injured, k + 1, true
		}
		switch sc.w(k) {
		case ".", ",", ";", "and", "but", "who", "that":
			return "", j, false
		}
	}
	return "", j, false
}

// takenToState reads where a victim was taken by the verb w at token j:
// "taken into police custody" (detained), "transported by ambulance to a
// hospital", "taken in fair condition to Mercy Hospital", "taken to Oakmont
// General", "brought to police". It returns the kind and the token after the
// phrase, or false.
func takenToState(sc *numScan, j int, w string) (string, int, bool) {
	if w == "taken" && sc.w(j+1) == "into" && (sc.w(j+2) == "police" || sc.w(j+2) == "federal" || sc.w(j+2) == "protective") && sc.w(j+3) == "custody" {
		return detained, j + 4, true // "taken into police custody"
	}
	// "transported by ambulance to a hospital", "taken in fair condition to Mercy Hospital",
	// "taken with a minor injury to Mercy Hospital"
	switch {
	case sc.w(j+1) == "by":
		for t := j + 3; t < j+7 && t < sc.hi; t++ {
			if sc.w(t) == "to" {
				if kind, e, ok := toHospital(sc, t-1); ok {
					return kind, e, true
				}
				if kind, e, ok := toNamedPlace(sc, t-1); ok {
					return kind, e, true
				}
				break
			}
		}
	case sc.w(j+1) == "with":
		if kind, e, ok := statePredicate(sc, j+1); ok && kind == injured {
			return kind, e, true
		}
	case sc.w(j+1) == "in" && sc.w(j+3) == "condition":
		e := j + 4
		if kind, e2, ok := toHospital(sc, e-1); ok {
			return kind, e2, true
		}
		return injured, e, true
	}
	// "taken to Grady Memorial", "taken to WakeMed": a hospital by its name
	if kind, e, ok := toNamedPlace(sc, j); ok {
		return kind, e, true
	}
	if w == "brought" && sc.w(j+1) == "to" && sc.w(j+2) == "police" {
		return detained, j + 3, true
	}
	return "", j, false
}

// foundWounded reads "was found ... with gunshot wounds" from token j: it
// returns injured and the token after the wound phrase when a "with" or
// "suffering" within nine tokens starts one, and false otherwise.
func foundWounded(sc *numScan, j int) (string, int, bool) {
	// "was found in front of a store with gunshot wounds"
	for k := j + 1; k < j+10 && k < sc.hi; k++ {
		switch sc.w(k) {
		case "with", "suffering":
			if kind, e, ok := statePredicate(sc, k); ok && kind == injured {
				return kind, e, true
			}
			return "", j, false
		case ".", ";", "but", "who", "that", "after", "when", ",":
			return "", j, false
		}
	}
	return "", j, false
}

// caughtAndDetained reads a passive participle at token j coordinated with a
// custody trigger ("was pulled over and arrested"): it returns detained and
// the token after that trigger, or false.
func caughtAndDetained(sc *numScan, j int) (string, int, bool) {
	// coordinated participles: "was quickly caught and arrested", "was pulled over and arrested"
	k := j + 1
	if sc.w(k) == "over" || sc.w(k) == "down" || sc.w(k) == "up" {
		k++
	}
	if sc.w(k) == "and" && passiveBefore(sc, j) {
		if kind, e, ok := triggerAt(sc, k+1); ok && kind == detained {
			return kind, e, true
		}
	}
	return "", j, false
}

// wentToHospital reads "went to a hospital", "walked into the local hospital"
// from token j: injured and the token after "hospital", or false.
func wentToHospital(sc *numScan, j int) (string, int, bool) {
	// "went to a hospital", "walked into a hospital"
	if sc.w(j+1) == "to" || sc.w(j+1) == "into" {
		k := j + 2
		if sc.w(k) == "a" || sc.w(k) == "the" || sc.w(k) == "an" {
			k++
		}
		for n := 0; n < 2 && k < sc.hi && sc.w(k) != "hospital"; n++ {
			if !modifierWord(sc, k) {
				break
			}
			k++
		}
		if sc.w(k) == "hospital" {
			return injured, k + 1, true
		}
	}
	return "", j, false
}

// givenSentence reads a custodial sentence within six tokens after token j:
// "given a 27-year jail term", "serving a life sentence". It returns detained
// and the token after the sentence, or false at a clause break.
func givenSentence(sc *numScan, j int) (string, int, bool) {
	// "given a 27-year jail term", "serving a life sentence"
	for k := j + 1; k < j+7 && k < sc.hi; k++ {
		switch sc.w(k) {
		case "jail", "prison":
			if sc.w(k+1) == "term" || sc.w(k+1) == "sentence" || sc.w(k+1) == "terms" {
				return detained, k + 2, true
			}
		case "life":
			if sc.w(k+1) == "sentence" {
				return detained, k + 2, true
			}
		case ".", ",", ";", "and", "for":
			return "", j, false
		}
	}
	return "", j, false
}

// sentencedToPrison reads "sentenced to 10 years in prison" from token j:
// detained and the token after the place of custody within nine tokens, or
// false at a clause break or "for"/"after".
func sentencedToPrison(sc *numScan, j int) (string, int, bool) {
	if _, _, ok := sentencedObject(sc, j, nil); ok {
		return "", j, false // "The judge sentenced Ana Cruz to four years in prison": the object is held, not the subject
	}
	for k := j + 1; k < j+14 && k < sc.hi; k++ {
		switch sc.w(k) {
		case "prison", "jail", "custody", "corrections", "detention":
			return detained, k + 1, true
		case ".", ";", "for", "after":
			return "", j, false
		}
	}
	return "", j, false
}

// toNamedPlace reads "to" and a place by its name after token j: a
// hospital ("to Grady Memorial", "to WakeMed"), or a jail ("to Cook County
// Jail", detained).
func toNamedPlace(sc *numScan, j int) (string, int, bool) {
	k := j + 2
	if sc.w(k) == "the" {
		k++ // "taken to the Pike County Jail"
	}
	if sc.w(j+1) != "to" || k >= sc.hi || !isCapWord(sc.raw(k)) {
		return "", j, false
	}
	first := k
	for k < sc.hi && k < j+8 && (isCapWord(sc.raw(k)) || sc.w(k) == "'s" || sc.w(k) == "\u2019s" || sc.w(k) == "of") {
		switch sc.w(k) {
		case "jail", "prison", "police", "sheriff":
			return detained, k + 1, true
		}
		k++
	}
	if k > first && sc.w(first-1) != "the" && !namedNoHospital(sc, first, k) {
		return injured, k, true
	}
	return "", j, false
}

// namedNoHospital reports a name over tokens [a, b) that is a place and no
// hospital: a city or country ("taken to Baghdad"), or a name whose words
// tell a place of another kind ("taken to Guantanamo Bay", "to Bagram Air
// Base", "to Heathrow Airport").
func namedNoHospital(sc *numScan, a, b int) bool {
	for k := a; k < b; k++ {
		switch sc.w(k) {
		case "bay", "island", "islands", "camp", "base", "airport", "court", "station", "embassy", "headquarters":
			return true
		}
	}
	_, ok := lexicon.LookupPlace(lexicon.Key(sc.text[sc.toks[a].Start:sc.toks[b-1].End]))
	return ok
}

// victimKind returns the kind a noun before "victim" gives: "gunshot",
// "shooting", "stabbing" injured (the outcome rule may make it killed),
// "homicide", "murder" killed.
func victimKind(w string) (string, bool) {
	switch w {
	case "gunshot", "shooting", "stabbing":
		return injured, true
	case "homicide", "murder":
		return killed, true
	case "kidnap", "kidnapping", "abduction":
		return kidnapped, true // "two kidnap victims"
	}
	return "", false
}

// unharmedWord reports a word that says its subject was not hurt.
func unharmedWord(w string) bool {
	switch w {
	case "unharmed", "uninjured", "unhurt", "unscathed":
		return true
	}
	return false
}

// clockAfter reports a time of day at token n: "1 a.m.", "10:30 p.m.", "9 o'clock" ("shot around 1 a.m." has no object).
func clockAfter(sc *numScan, n int) bool {
	if strings.IndexByte(sc.raw(n), ':') > 0 {
		return true
	}
	switch sc.w(n + 1) {
	case "a.m.", "p.m.", "a.m", "p.m", "am", "pm", "o'clock":
		return true
	}
	return false
}

// mannerAdverb reports an adverb in -ly that may stand inside a passive
// ("was quickly caught", "was briefly hospitalized"), not one that ends the
// chain by itself ("only", "early", "family").
func mannerAdverb(w string) bool {
	if w == "since" {
		return true // "has since undergone surgery"
	}
	if len(w) < 6 || !strings.HasSuffix(w, "ly") || w[0] < 'a' || w[0] > 'z' {
		return false
	}
	switch w {
	case "family", "likely", "friendly", "elderly", "assembly", "supply", "weekly", "monthly", "yearly":
		return false
	}
	return true
}

// passiveBefore reports a passive or state auxiliary just before token j
// ("was held", "is being held", "is now held", "were booked").
func passiveBefore(sc *numScan, j int) bool {
	if j > sc.lo && headlineLike(sc) && (sc.victimNounAt(j-1) || isAgeWord(sc.w(j-1))) {
		return true // a headline drops the auxiliary: "Teen hit by car", "Driver booked"
	}
	for p := j - 1; p >= sc.lo && p >= j-3; p-- {
		switch sc.w(p) {
		case "was", "were", "is", "are", "been", "being", "be", "remains", "remained", "got":
			return true
		case "now", "still", "currently", "also", "later", "being.", "reportedly", "then":
			continue
		}
		if mannerAdverb(sc.w(p)) {
			continue
		}
		return false
	}
	return false
}

// alivePredicate reports a phrase over tokens [k, e) that says its
// victims lived: "in stable condition", "recovering", "treated and
// released", "non-life-threatening".
func alivePredicate(sc *numScan, k, e int) bool {
	for j := k; j < e+3 && j < sc.hi; j++ {
		switch sc.w(j) {
		case "stable", "recovering", "released", "non-life-threatening", "survived", "minor", "good", "fair", "survive", "recover":
			return true
		case "non":
			return true
		}
	}
	return false
}

// triggerAt reads a casualty phrase standing after its victims at token j:
// the pattern reader's phrases (patternTrigger), then the grammar's
// further ones (statePredicate). It returns the kind and the token after
// the phrase. The pattern reader's scan reads its own phrases only.
func triggerAt(sc *numScan, j int) (string, int, bool) {
	if kind, e, ok := patternTrigger(sc, j); ok {
		return kind, e, true
	}
	if !sc.grammar {
		return "", j, false
	}
	return statePredicate(sc, j)
}

// trig is what a casualty word says: its kind, and whether it follows its
// victims ("were killed", "dead") or precedes them ("killed 45 workers").
type trig struct {
	kind   string
	after  bool // stands after the victims: passive participles, adjectives
	before bool // stands before the victims: active verbs
}

// triggers are the single words that name a casualty.
var triggers = mapOf(map[string]trig{
	"killed": {killed, true, true}, "kill": {killed, false, true}, "kills": {killed, false, true}, "killing": {killed, false, true},
	"dead": {killed, true, false}, "died": {killed, true, false}, "die": {killed, true, false}, "dies": {killed, true, false},
	"dying": {killed, true, false}, "deceased": {killed, true, false}, "slain": {killed, true, false}, "murdered": {killed, true, true}, "perished": {killed, true, false},
	"drowned": {killed, true, false}, "massacred": {killed, true, true}, "assassinated": {killed, true, true},
	"electrocuted": {killed, true, false}, "maimed": {injured, true, true}, "executed": {killed, true, false}, "beheaded": {killed, true, true},
	"wounded": {injured, true, true}, "wounding": {injured, false, true}, "injured": {injured, true, true}, "injuring": {injured, false, true},
	"hurt": {injured, true, true}, "hospitalised": {injured, true, false}, "hospitalized": {injured, true, false},
	"shot": {injured, true, true}, "stabbed": {injured, true, true}, "grazed": {injured, true, false}, "struck": {injured, true, true},
	"displaced": {displaced, true, true}, "homeless": {displaced, true, false}, "evacuated": {displaced, true, true},
	"fled": {displaced, true, false}, "flee": {displaced, true, false}, "displacing": {displaced, false, true},
	"missing": {missing, true, false}, "unaccounted": {missing, true, false}, "disappeared": {missing, true, false}, "recovering": {injured, true, false}, "bleeding": {injured, true, false},
	"arrested": {detained, true, true}, "detained": {detained, true, true}, "jailed": {detained, true, true},
	"imprisoned": {detained, true, true}, "arresting": {detained, false, true},
	"kidnapped": {kidnapped, true, true}, "abducted": {kidnapped, true, true}, "kidnapping": {kidnapped, false, true}, "abducting": {kidnapped, false, true},
})

// deathNouns count victims by themselves: "140,000 deaths", "up to 140 bodies".
var deathNouns = map[string]string{
	"deaths": killed, "death": killed, "bodies": killed, "fatalities": killed, "dead": killed, "lives": killed,
	"injuries": injured, "injured": injured, "wounded": injured, "hostages": kidnapped, "arrests": detained,
}

// chainWords may stand between victims and their casualty word: "were",
// "have been", "are now confirmed to have", "seriously".
var chainWords = setOf(map[string]bool{
	"were": true, "was": true, "are": true, "is": true, "have": true, "has": true, "had": true, "been": true,
	"be": true, "being": true, "now": true, "reportedly": true, "also": true, "later": true, "confirmed": true,
	"to": true, "believed": true, "feared": true, "thought": true, "said": true, "reported": true, "all": true,
	"still": true, "already": true, "critically": true, "seriously": true, "fatally": true, "badly": true,
	"slightly": true, "severely": true, "mortally": true, "accidentally": true, "allegedly": true, "both": true,
	"getting": true, "got": true, "left": true, "will": true, "would": true, "may": true, "might": true,
	"could": true, "forced": true, "found": true, "apparently": true, "presumed": true, "officially": true,
	"then": true, "just": true, "each": true, "went": true, "gone": true, "remain": true, "remained": true, "remains": true, "recently": true, "eventually": true, "initially": true,
	"immediately": true, "subsequently": true, "yet": true,
})

// explicitInjury reports an injury phrase that says the victim was hurt and
// not killed: "wounded", "injured", "hurt", "in critical condition".
func explicitInjury(sc *numScan, k, e int) bool {
	for j := k; j < e; j++ {
		switch sc.w(j) {
		case "wounded", "injured", "hurt", "condition", "hospitalized", "hospitalised", "grazed",
			"non-life-threatening", "minor", "stable", "recovering", "survived":
			return true // "received non-life-threatening injuries" says the victim lived
		}
	}
	return false
}

// aliveLater reports a victim said to be alive later in the sentence: "was
// shot and remains in critical condition", "shot … still hospitalized".
func aliveLater(sc *numScan, e int) bool {
	for j := e; j < sc.hi && j < e+20; j++ {
		switch sc.w(j) {
		case "condition", "hospitalized", "hospitalised", "recovering", "survived", "recover", "non-life-threatening", "injuries", "minor":
			return true
		case ";":
			return false
		}
	}
	return false
}

// diedLater reports a victim who was shot and died later in the sentence:
// "was shot in the hip on Friday and rushed to a clinic, where he later died".
func diedLater(sc *numScan, e int) bool {
	for j := e; j < sc.hi && j < e+25; j++ {
		switch sc.w(j) {
		case "and", "but", "while", "whereas":
			// a new subject: "two were wounded and a 20-year-old man died"
			switch sc.w(j + 1) {
			case "a", "an", "another", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten":
				return false
			}
			if textdoc.StartsWithDigit(sc.raw(j + 1)) {
				return false
			}
		case "died", "dies", "succumbed":
			return true
		case "dead":
			if sc.w(j-1) == "pronounced" || sc.w(j-1) == "declared" {
				return true
			}
		case ";":
			return false
		}
	}
	return false
}

// unrealized reports an active casualty verb at token k that did not
// happen: "nearly killing the trooper", "possibly killing him", "tried to
// kill a guard", "threatened to kill 100 hostages".
func unrealized(sc *numScan, k int) bool {
	if footIdiom(sc, k) {
		return true // "shooting himself in the foot"
	}
	p := k - 1
	if p < sc.lo {
		return false
	}
	switch sc.w(p) {
	case "nearly", "almost", "possibly", "narrowly", "potentially":
		return true
	case "could", "would", "should", "might", "can":
		return true // "the blast could kill hundreds": a danger, not a deed
	case "have":
		// "could have killed hundreds": what did not happen
		return p-1 >= sc.lo && (sc.w(p-1) == "could" || sc.w(p-1) == "would" || sc.w(p-1) == "should" || sc.w(p-1) == "might")
	case "to":
		if p-1 >= sc.lo {
			if deedBeforeTo(sc.w(p - 1)) {
				return false // "managed to shoot himself", "was able to kill two guards": the deed was done
			}
			switch sc.w(p - 1) {
			case "tried", "trying", "tries", "try", "attempted", "attempting", "attempt", "threatened", "threatening",
				"threatens", "threaten", "plotted", "plotting", "planned", "planning", "vowed", "wanted", "intent", "conspiracy":
				return true
			}
		}
		// "looking to kill a cop", "wants to shoot": an infinitive tells a purpose, not a deed
		return baseForms[sc.w(k)]
	}
	return false
}

// deedBeforeTo reports a word before an infinitive's "to" that tells the
// infinitive was done: "managed to", "able to", "proceeded to".
func deedBeforeTo(w string) bool {
	return w == "managed" || w == "able" || w == "proceeded"
}

// shotKind decides what "shot" at token i (its phrase ending before j) did:
// "shot dead", "shot and killed", "shot to death", "fatally shot" kill.
func shotKind(sc *numScan, i, j int) string {
	if i > sc.lo && sc.w(i-1) == "fatally" {
		return killed
	}
	switch sc.w(i + 1) {
	case "dead":
		return killed
	case "and":
		if t, ok := triggers.get(sc.w(i + 2)); ok && t.kind == killed {
			return killed
		}
	case "to":
		if sc.w(i+2) == "death" {
			return killed
		}
	}
	return injured
}

// patternTrigger reads a casualty phrase standing after its victims at token j:
// "killed", "shot dead", "shot and killed", "lost their lives", "taken
// hostage", "in custody", "in critical condition", "forced to flee their
// homes", "suffered a gunshot wound", "taken to hospital". It returns the
// kind and the token after the phrase.
func patternTrigger(sc *numScan, j int) (string, int, bool) { // triggerAt (predicates.go) reads these first
	w := sc.w(j)
	switch w {
	case "shot":
		return shotPattern(sc, j)
	case "beaten":
		return beatenPattern(sc, j)
	case "lost":
		if (sc.w(j+1) == "their" || sc.w(j+1) == "his" || sc.w(j+1) == "her") && (sc.w(j+2) == "lives" || sc.w(j+2) == "life") {
			return killed, j + 3, true
		}
		return "", j, false
	case "taken", "held":
		return takenHeldPattern(sc, j, w)
	case "transported", "rushed", "airlifted", "driven", "flown":
		return toHospital(sc, j)
	case "in":
		return inStatePattern(sc, j)
	case "listed":
		if sc.w(j+1) == "in" {
			return patternTrigger(sc, j+1)
		}
		return "", j, false
	case "pronounced":
		if sc.w(j+1) == "dead" {
			return killed, j + 2, true
		}
		return "", j, false
	case "suffered", "suffering", "sustained", "received", "with":
		return sufferedPattern(sc, j)
	case "treated":
		return treatedPattern(sc, j)
	case "flee", "fled":
		e := j + 1
		if sc.w(e) == "their" && (sc.w(e+1) == "homes" || sc.w(e+1) == "home" || sc.w(e+1) == "villages" || sc.w(e+1) == "country") {
			e += 2
		}
		return displaced, e, true
	case "left":
		if sc.w(j+1) == "homeless" {
			return displaced, j + 2, true
		}
		if sc.w(j+1) == "dead" {
			return killed, j + 2, true
		}
		return "", j, false
	case "forced":
		if sc.w(j+1) == "from" && (sc.w(j+2) == "their" || sc.w(j+2) == "the") {
			return displaced, j + 4, true
		}
		return "", j, false
	}
	if e, ok := toDeath(sc, j); ok {
		return killed, e, true
	}
	if e, ok := harmThenKilled(sc, j); ok {
		return killed, e, true
	}
	if t, ok := triggers.get(w); ok && t.after {
		if w == "missing" && sc.w(j+1) == "out" || dieParticle(sc, j) {
			return "", j, false
		}
		if sc.w(j+1) == "to" && sc.w(j+2) == "death" {
			return killed, j + 3, true // "stabbed to death", "beaten to death"
		}
		return t.kind, j + 1, true
	}
	return "", j, false
}

// harmThenKilled reads a participle of harm at token j joined to "killed"
// after it: "struck and killed by a train", "stabbed and killed", "beaten
// and later killed". One harm that killed its victims; it returns the token
// after "killed".
func harmThenKilled(sc *numScan, j int) (int, bool) {
	switch sc.w(j) {
	case "struck", "stabbed", "hit", "beaten", "attacked", "assaulted", "mauled", "strangled", "run":
	default:
		return j, false
	}
	k := j + 1
	if sc.w(j) == "run" {
		if sc.w(k) != "over" {
			return j, false
		}
		k++
	}
	if sc.w(k) != "and" {
		return j, false
	}
	k++
	switch sc.w(k) {
	case "later", "subsequently", "eventually", "then", "fatally":
		k++
	}
	if sc.w(k) == "killed" {
		return k + 1, true
	}
	return j, false
}

// toDeath reads a past participle at token j and "to death" or "to their
// deaths" after it: "trampled to death", "mauled to death", "swept to their
// deaths", "beaten to death". A sentence, a fright or boredom is no death
// ("sentenced to death", "scared to death"). It returns the token after it.
func toDeath(sc *numScan, j int) (int, bool) {
	w := sc.w(j)
	if !strings.HasSuffix(w, "ed") && !irregularHarm[w] || notDeathBy[w] || sc.w(j+1) != "to" {
		return j, false
	}
	e := j
	switch sc.w(j + 2) {
	case "death":
		e = j + 3
	case "their", "his", "her":
		if sc.w(j+3) == "death" || sc.w(j+3) == "deaths" {
			e = j + 4
		}
	}
	if e == j || e < sc.hi && (isDeterminer(sc.w(e)) || objectCount(sc, e)) {
		return j, false // "the dog savaged to death their grandson": an active verb, its object after
	}
	return e, true
}

// objectCount reports a count at token e that an active verb could take
// as its object: "two", "40 people" (not "in", which may open "in excess of").
func objectCount(sc *numScan, e int) bool {
	if !sc.canStartNumber(e) {
		return false
	}
	m, ok := sc.number(e)
	return ok && m.n.Value >= 1
}

// irregularHarm are participles of harm not ending in -ed.
var irregularHarm = map[string]bool{"beaten": true, "burnt": true, "struck": true, "bitten": true, "frozen": true,
	"shot": true, "hit": true, "thrown": true, "run": true, "stung": true, "swept": true, "flung": true, "put": true}

// notDeathBy are participles whose "to death" is a sentence or a feeling.
var notDeathBy = map[string]bool{"sentenced": true, "condemned": true, "scared": true, "bored": true,
	"frightened": true, "worried": true, "tickled": true, "doomed": true, "resigned": true,
	"resentenced": true, "committed": true, "opposed": true, "attached": true, "dedicated": true, "used": true}

// dieParticle reports a verb of dying at token j that a particle makes a
// fading, not a death: "homeowners died off", "the protests died down",
// "the custom is dying out", "the noise died away".
func dieParticle(sc *numScan, j int) bool {
	switch sc.w(j) {
	case "died", "die", "dies", "dying":
		switch sc.w(j + 1) {
		case "off", "out", "down", "away":
			return true
		}
	}
	return false
}

// shotPattern reads "shot" at token j and what follows it: "shot dead"
// (killed), "shot and killed", "shot to death", or a bare "shot" (injured).
// It returns false for shots at people or things ("shot at police", "shot at
// the car"), and otherwise the kind and the token after the phrase.
func shotPattern(sc *numScan, j int) (string, int, bool) {
	switch sc.w(j + 1) {
	case "dead":
		return killed, j + 2, true
	case "and", ",", "&":
		k := j + 2
		switch sc.w(k) {
		case "later", "subsequently", "eventually", "then":
			k++
		}
		if t, ok := triggers.get(sc.w(k)); ok && (t.kind == killed || t.kind == injured) {
			return t.kind, k + 1, true
		}
	case "to":
		if sc.w(j+2) == "death" {
			return killed, j + 3, true
		}
	case "at":
		switch sc.w(j + 2) {
		case "him", "them", "us", "me", "police", "officers", "deputies", "troopers":
			return "", j, false
		case "her":
			if n := sc.raw(minInt(j+3, sc.hi-1)); j+3 >= sc.hi || n == "" || !(n[0] >= 'a' && n[0] <= 'z') {
				return "", j, false
			}
		}
		if sc.w(j+2) == "the" || sc.w(j+2) == "a" || sc.w(j+2) == "an" {
			switch sc.w(j + 3) {
			case "vehicle", "car", "truck", "police", "officers", "house", "home", "van", "suv", "window", "building":
				return "", j, false
			}
		}
	}
	return injured, j + 1, true
}

// beatenPattern reads "beaten to death", "beaten up", "badly beaten" at token
// j: the kind and the token after the phrase, or false for a team that "was
// beaten".
func beatenPattern(sc *numScan, j int) (string, int, bool) {
	// "beaten to death", "badly beaten", "beaten up"; a team "was beaten" lost a game
	if sc.w(j+1) == "to" && sc.w(j+2) == "death" {
		return killed, j + 3, true
	}
	if sc.w(j+1) == "up" {
		return injured, j + 2, true
	}
	switch sc.w(j - 1) {
	case "badly", "severely", "brutally", "savagely", "viciously", "repeatedly":
		return injured, j + 1, true
	}
	return "", j, false
}

// takenHeldPattern reads "taken" or "held" (w, at token j): "taken hostage",
// "held captive" (kidnapped), "taken into custody" (detained), "taken to
// hospital". It returns the kind and the token after the phrase, or false.
func takenHeldPattern(sc *numScan, j int, w string) (string, int, bool) {
	if sc.w(j+1) == "hostage" || sc.w(j+1) == "captive" {
		return kidnapped, j + 2, true
	}
	if w == "taken" && sc.w(j+1) == "into" && sc.w(j+2) == "custody" {
		return detained, j + 3, true
	}
	if w == "taken" && sc.w(j+1) == "to" && (sc.w(j+2) == "jail" || sc.w(j+2) == "prison") {
		return detained, j + 3, true // "was taken to jail"
	}
	if w == "taken" {
		return toHospital(sc, j)
	}
	return "", j, false
}

// inStatePattern reads "in custody", "in jail" (detained) or "in critical
// condition" (injured) at token j: the kind and the token after the phrase,
// or false.
func inStatePattern(sc *numScan, j int) (string, int, bool) {
	if sc.w(j+1) == "a" && sc.w(j+3) == "condition" {
		j++ // "was in a serious condition"
	}
	switch sc.w(j + 1) {
	case "custody", "jail", "detention":
		return detained, j + 2, true
	case "captivity":
		return kidnapped, j + 2, true // "after 40 days in captivity"
	case "critical", "serious", "stable", "fair", "grave", "good", "extremely", "very", "life-threatening":
		// "in critical condition", "in serious but stable condition", "in very serious condition"
		for k := j + 2; k < j+6 && k < sc.hi; k++ {
			switch sc.w(k) {
			case "condition":
				return injured, k + 1, true
			case "but", "and", "critical", "serious", "stable", "fair", "grave", "good":
				continue
			}
			break
		}
	}
	return "", j, false
}

// sufferedPattern reads a wound within five tokens after token j ("suffered a
// gunshot wound", "sustained injuries"): injured and the token after the
// wound word, or false at a clause break.
func sufferedPattern(sc *numScan, j int) (string, int, bool) {
	// "suffered a gunshot wound", "suffering from a gunshot wound", "sustained injuries"
	for k := j + 1; k < j+6 && k < sc.hi; k++ {
		if woundNouns[sc.w(k)] {
			return injured, k + 1, true
		}
		switch sc.w(k) {
		case ".", ",", ";":
			return "", j, false
		}
	}
	return "", j, false
}

// woundNouns are the nouns of a wound a person suffers, has or is treated
// for: "a gunshot wound", "a head laceration", "burns", "a fractured skull"
// is read by its noun "fracture" only. "cut" and "cuts" are left out: "a cut"
// is had as often as suffered.
var woundNouns = map[string]bool{"wound": true, "wounds": true, "injuries": true, "injury": true,
	"laceration": true, "lacerations": true, "trauma": true, "fracture": true, "fractures": true,
	"burns": true, "bruises": true, "bruising": true, "concussion": true, "gash": true}

// treatedPattern reads "treated" at token j: "treated and released", "being
// treated", "treated at a local hospital", "treated for gunshot wounds". It
// returns injured and the token after the phrase, or false.
func treatedPattern(sc *numScan, j int) (string, int, bool) {
	if sc.w(j+1) == "and" && sc.w(j+2) == "released" {
		return injured, j + 3, true
	}
	if j > sc.lo && sc.w(j-1) == "being" {
		return injured, j + 1, true // "35 people were being treated"
	}
	if e, ok := hospitalAfter(sc, j+1); ok {
		return injured, e, true // "treated at a local hospital"
	}
	if sc.w(j+1) == "for" {
		for k := j + 2; k < j+6 && k < sc.hi; k++ {
			switch sc.w(k) {
			case "injuries", "injury", "wounds", "wound", "gunshot":
				if sc.w(k) == "gunshot" && (sc.w(k+1) == "wounds" || sc.w(k+1) == "wound") {
					k++
				}
				return injured, k + 1, true
			}
		}
		return "", j, false
	}
	return "", j, false
}

// toHospital reads "taken to the hospital", "transported to Le Bonheur Children's Hospital".
func toHospital(sc *numScan, j int) (string, int, bool) {
	if sc.w(j+1) != "to" {
		return "", j, false
	}
	for k := j + 2; k < j+8 && k < sc.hi; k++ {
		switch sc.w(k) {
		case "hospital", "hospitals", "clinic":
			return injured, k + 1, true
		case ".", ",", ";", "where", "and":
			return "", j, false
		}
		if k+1 < sc.hi && (sc.w(k) == "medical" || sc.w(k) == "trauma" || sc.w(k) == "burns" || sc.w(k) == "burn") &&
			(sc.w(k+1) == "center" || sc.w(k+1) == "centre" || sc.w(k+1) == "unit") {
			return injured, k + 2, true // "a trauma centre", "the regional burns unit"
		}
	}
	return "", j, false
}

// auxWords are the verbs of a passive or a state: "were (killed)", "got (shot)", "remain (missing)".
var auxWords = setOf(map[string]bool{
	"were": true, "was": true, "are": true, "is": true, "have": true, "has": true, "had": true, "been": true,
	"be": true, "being": true, "got": true, "getting": true, "will": true, "would": true, "may": true,
	"might": true, "could": true, "left": true, "found": true, "remain": true, "remained": true, "remains": true,
	"who": true, "to": true,
})

// missingPerson reports a "missing" that means a person lost, not absent:
// "reported missing", "went missing", "still missing", "missing since
// January", "missing in Beirut"; the chain runs over tokens [j, k) and the
// casualty word ends before e; "unaccounted (for)" always is.
func missingPerson(sc *numScan, j, k, e int, single bool) bool {
	if sc.w(e-1) == "unaccounted" {
		return true // "unaccounted for" says only of people lost
	}
	for c := j; c < k; c++ {
		switch sc.w(c) {
		case "reported", "went", "gone", "still", "remain", "remains", "remained", "feared", "presumed", "listed", "declared":
			return true
		}
	}
	switch sc.w(e) {
	case "since", "in", "after", "at", "following":
		return true
	case "and", ",", ".", "":
		return !single // "40 people are missing."; "Prozac was missing." is not about a person
	}
	if k == j && e < sc.hi {
		// attributive before a noun of people: "3 missing hikers", "two missing fishermen"
		if _, who, ok := victimNoun(sc, e); ok && (lexicon.IsVictimNoun(lexicon.Lower(who)) || personPlural(who)) {
			return true
		}
	}
	return false
}

// activeUse reports a casualty verb at token k used actively: an object follows ("killed 45 workers", "shot a man").
func activeUse(sc *numScan, k int) bool {
	t, ok := triggers.get(sc.w(k))
	if !ok || !t.before {
		return false
	}
	n := k + 1
	// a qualifier before the object's count: "killed at least two", "killed nearly 40"
	for n+1 < sc.hi && n < k+4 {
		switch w, next := sc.w(n), sc.w(n+1); {
		case objectQualifiers[w]:
			n++
		case w == "at" && next == "least", w == "more" && next == "than", w == "up" && next == "to",
			w == "fewer" && next == "than", w == "less" && next == "than", w == "an" && next == "estimated":
			n += 2
		case w == "as" && next == "many" && n+2 < sc.hi && sc.w(n+2) == "as":
			n += 3
		default:
			goto object
		}
	}
object:
	if n >= sc.hi {
		return false
	}
	switch sc.w(n) {
	case "a", "an", "the", "his", "her", "their", "him", "them", "two", "three", "four", "five", "dozens", "hundreds", "thousands", "scores", "both", "another":
		return true
	case "one", "six", "seven", "eight", "nine", "ten", "my", "our", "your", "its", "several", "many", "some", "all":
		// "killed one man", "wounded seven": a count or determiner opens the object
		next := sc.w(n + 1)
		return next != "" && next != "." && next != "," && !chainWords.at(next) && !auxWords.at(next) ||
			sc.w(n) != "one" && sc.w(n) != "my" && sc.w(n) != "our" && sc.w(n) != "your" && sc.w(n) != "its"
	}
	// a name after the verb is its object, unless the headline capitalises every word ("Teen Shot To Death")
	return sc.canStartNumber(n) && textdoc.StartsWithDigit(sc.raw(n)) && !clockAfter(sc, n) || isCapWord(sc.raw(n)) && !sc.lineStart(n) && !isCapWord(sc.raw(k))
}

// objectQualifiers may stand between an active casualty verb and the count
// of its object.
var objectQualifiers = map[string]bool{"nearly": true, "almost": true, "about": true, "around": true, "some": true,
	"roughly": true, "approximately": true, "over": true}

// expelVerbs drive people out when a place they leave follows: "forced
// 5,000 from their homes".
var expelVerbs = map[string]bool{"forced": true, "forcing": true, "forces": true, "force": true,
	"drove": true, "driven": true, "driving": true, "drives": true, "uprooted": true, "chased": true}

// expelledTo reads, at token j after the victims, where they were driven:
// "from their homes", "from the city", "out of their villages", "to flee",
// "to leave their homes". It returns the token after the phrase.
func expelledTo(sc *numScan, j int) (int, bool) {
	switch sc.w(j) {
	case "from":
		if d := sc.w(j + 1); d == "their" || d == "the" || d == "its" {
			return j + 3, j+2 < sc.hi
		}
	case "out":
		if sc.w(j+1) == "of" {
			if d := sc.w(j + 2); d == "their" || d == "the" {
				return j + 4, j+3 < sc.hi
			}
		}
	case "to":
		switch sc.w(j + 1) {
		case "flee":
			e := j + 2
			if d := sc.w(e); (d == "their" || d == "the") && e+1 < sc.hi {
				e += 2
			}
			return e, true
		case "leave", "abandon", "evacuate":
			if d := sc.w(j + 2); d == "their" || d == "the" {
				return j + 4, j+3 < sc.hi
			}
		}
	}
	return 0, false
}

// hospitalAfter reads "at a hospital", "in hospital", "at St Mary's Hospital" at token k.
func hospitalAfter(sc *numScan, k int) (int, bool) {
	if sc.w(k) != "at" && sc.w(k) != "in" {
		return k, false
	}
	for e := k + 1; e < k+6 && e < sc.hi; e++ {
		switch sc.w(e) {
		case "hospital", "hospitals", "clinic":
			return e + 1, true
		case ".", ",", ";", "and", "for":
			return k, false
		}
	}
	return k, false
}

// ambiguousCue reports a casualty phrase in tokens [j, e) that may not be
// about people ("executed", "shot", "struck", "in jail", "with … injuries"):
// after a plural noun outside the victim lists it does not count.
func ambiguousCue(sc *numScan, j, e int) bool {
	for k := j; k < e; k++ {
		switch sc.w(k) {
		case "executed", "shot", "struck", "hurt", "grazed", "stabbed", "treated", "recovering", "in", "with",
			"suffered", "suffering", "sustained", "received", "taken", "held", "listed", "left", "fled", "flee", "booked":
			return true
		}
	}
	return false
}

// baseForms are the casualty verbs in the form an infinitive takes.
var baseForms = map[string]bool{"kill": true, "murder": true, "execute": true, "hang": true, "behead": true, "slay": true,
	"shoot": true, "stab": true, "slash": true, "wound": true, "injure": true, "arrest": true, "detain": true,
	"jail": true, "kidnap": true, "abduct": true}

// footIdiom reports "shooting himself in the foot" at token k: a figure of
// speech, no harm ("shot himself in the foot" tells of an accident).
func footIdiom(sc *numScan, k int) bool {
	if sc.w(k) == "shot" {
		return false
	}
	switch sc.w(k + 1) {
	case "himself", "herself", "themselves", "yourself", "itself", "ourselves", "myself":
		return sc.w(k+2) == "in" && (sc.w(k+3) == "the" || sc.w(k+3) == "their" || sc.w(k+3) == "his" || sc.w(k+3) == "her") && sc.w(k+4) == "foot"
	}
	return false
}
