package figure

import (
	"slices"
	"strings"

	"github.com/newsparse/newsparse/internal/contract"
	"github.com/newsparse/newsparse/internal/lexicon"
)

// The casualty grammar pairs victim phrases (victims.go) with casualty
// predicates (predicates.go) wherever they stand in a sentence or the
// title: a subject and the passive or state after it ("Ana Cruz was
// gunned down", "he is being held"), an active verb and its object ("shot
// him", "killing officer Ana Cruz"), a harm noun and its victim ("the
// shooting of a man", "Lee's death", "an arrest"). It reads what the
// pattern reader of casualties.go left, and the outcome rule then gives
// every mention of a victim the story reports dead the kind killed.

// grammarCues are the words without which a segment holds nothing for the grammar.
var grammarCues = func() map[string]bool {
	m := map[string]bool{}
	for w := range casualtyCues {
		m[w] = true
	}
	for w := range activeVerbs.m {
		m[w] = true
	}
	for w := range killNouns.m {
		m[w] = true
	}
	for w := range harmAdjectives.m {
		m[w] = true
	}
	// words a casualty phrase needs; a word that forms one only beside
	// another cue ("took … into custody", "given a jail term", "arrived at
	// a hospital") is left to that cue
	for _, w := range strings.Fields(`prison surgery surgeries gunshot held booked bars gunned ventilator coma critical
		stable deceased unharmed uninjured unhurt unscathed custody sentenced taken transported rushed airlifted flown brought
		apprehended succumbed succumbs succumbing survive recover decedent detains rounded pistol-whipped pistol-whipping pistol-whips whipped whipping
		hold holds holding seize seizes seized seizing capture captures captured capturing snatch snatches snatched snatching
		bodies remains escaped caught undergone operation passing`) {
		m[w] = true
	}
	return m
}()

// grammarReach is how far before the token it is read at a phrase of the
// grammar may hold its cue: "have not arrested anyone" is read at "anyone"
// (noneAt). A position further past a segment's last cue reads nothing.
const grammarReach = 1

// grammarOpeners are the words a reader of grammarAt needs at the token it
// reads at, when no victim phrase, count or vague word starts there: each
// reader's first word, listed here as the reader tests it (a verb, a harm
// noun, a determiner, "no", "among"; detachedCustody's "was", "has" and
// "is" are grammarSkip words, read apart). grammarOpens is the gate they
// make: a word a reader comes to test at its token must be added here.
var grammarOpeners = func() map[string]bool {
	m := map[string]bool{}
	for w := range activeVerbs.m { // activeObject (activeAt)
		m[w] = true
	}
	for w := range killNouns.m { // harmNounOf
		m[w] = true
	}
	for w := range multipleWords.m { // multipleHarm
		m[w] = true
	}
	for w := range amongNouns.m { // amongTheDead: "Killed were two teachers"
		m[w] = true
	}
	for _, set := range []map[string]bool{captureVerbs, personOnlyPredicates.m, jailVerbs.m, victimDeterminers.m} {
		for w, ok := range set { // activeObject (agentCaptures), formedObject, putInJail, harmNamedVictim
			m[w] = m[w] || ok
		}
	}
	for _, words := range []string{
		"took taken taking take takes held holding hold holds", // activeObject (tookHostage)
		"placed placing place places put puts putting pistol pistol-whipped pistol-whipping pistol-whips" +
			" gunned gunning guns rounded round rounding rounds", // activeObject (activeAt)
		"body bodies remains passing",                  // harmNounOf
		"injuries wounds",                              // injuriesTo
		"his her the a an one",                         // possessiveHarm
		"the whose a an",                               // deathReferred
		"a an shooting stabbing beating",               // shootingDeath
		"sentenced sentences sentencing jails jailing", // sentencedObject
		"any arrest arrests",                           // noArrests, arrestsMade
		"no nobody neither no-one anyone anybody",      // noneAt
		"transported took rushed drove airlifted flew sends sent send transports takes put puts", // sentToHospital
		"an a the",                       // oneArrest
		"a an the his her their another", // formedVictimPredicate (formedPerson)
		"treated treats treating treat",  // treatedFor
		"among the those",                // amongTheDead
		"turned turns turn",              // detachedCustody
	} {
		for _, w := range strings.Fields(words) {
			m[w] = true
		}
	}
	return m
}()

// grammarSkip are frequent words no phrase of the grammar starts with.
var grammarSkip = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`of to in and for on with at by from as is was it be are were said says has have had not
		but or if so than then there which when while where after before about into over also more most been being we
		you i ' " , . ; : ( ) - -- ? !`) {
		m[w] = true
	}
	for _, w := range []string{"\u2014", "\u2013", "\u201c", "\u201d", "\u2018", "\u2019"} {
		m[w] = true
	}
	return m
}()

// listedCasualties gives the casualties to list: the pattern reader's hits
// (hits, which the toll reads as they are) and the grammar's, in text
// order, with the outcome rule applied.
func listedCasualties(f *Figures, hits []casHit) []contract.Casualty {
	more, replaced := grammarHits(f, hits)
	if len(hits) == 0 && len(more) == 0 {
		return []contract.Casualty{}
	}
	all := make([]casHit, 0, len(hits)+len(more))
	all = append(all, hits...)
	for k := range replaced {
		all[k].hidden, all[k].key, all[k].ref = true, "", ""
	}
	all = append(all, more...)
	slices.SortStableFunc(all, func(a, b casHit) int { return a.Start - b.Start })
	// a victim named by the harm alone ("the injured captain") is a casualty only in a story that
	// reports harm in words of its own: sport writes of injured players
	harm := false
	for _, h := range all {
		if (h.Kind == killed || h.Kind == injured) && !strings.HasPrefix(h.key, "adj:") {
			harm = true
		}
	}
	sport := sportStory(f)
	var drop []int // the hits that name no casualty, hidden after the pronoun rule below, which unhides
	for k, h := range all {
		if strings.HasPrefix(h.key, "adj:") && !harm && h.Kind == injured || fewFled(h) || sport && h.Kind == injured || inTitleCase(f, h) ||
			h.Kind == killed && h.Count == 1 && f.naturalDeath(h.sent, h.Start, h.End) ||
			h.Kind == injured && h.Count == 1 && f.illnessCare(h.sent, h.Start, h.End) {
			all[k].hidden = true // a sport story's injuries are players' knocks, not casualties
			drop = append(drop, k)
		}
	}
	var silent []int     // the pronoun hits left unlisted
	var ends map[int]int // per sentence, the earliest end of a single victim of all[:k] (singleEnds)
	for k, h := range all {
		if k > 0 {
			ends = singleEnds(ends, all[k-1])
		}
		if pronounOnly(f, h) {
			all[k].hidden = true
			silent = append(silent, k)
			continue
		}
		if h.key == "pronoun" || h.ref == "he" || h.ref == "she" || h.ref == "self" && h.key != "self" {
			// the pattern reader hides its pronoun hits for the toll: "Cruz was walking home
			// when he was shot" is listed; in "The guard was shot and rushed to a clinic, where
			// he later died" the pronoun is the victim named before in the sentence and tells
			// the outcome, not a new mention
			e, ok := ends[h.sent]
			all[k].hidden = ok && e <= h.Start
		}
	}
	for _, k := range drop {
		all[k].hidden = true // "he had a groin injury" in a sport story stays a knock
	}
	othersJoin(f, all)
	othersLead(f, all)
	applyOutcome(all, earlierEvents(f, all), victimAliases(f))
	f.silent = f.silent[:0]
	for _, k := range silent {
		f.silent = append(f.silent, all[k].Casualty)
	}
	out := make([]contract.Casualty, 0, len(all))
	for _, h := range all {
		if !h.hidden {
			out = append(out, h.Casualty)
		}
	}
	return out
}

// othersLead joins a count of "others" to the one victim named just before
// it by a comma or "and" that no predicate of its own counts: "Toddler, 4
// others hurt in fire" is 5 injured, "a nurse and two others hurt" 3.
func othersLead(f *Figures, all []casHit) {
	toks := f.d.Toks
	word := func(n int) string { return lexicon.Lower(f.d.Text[toks[n].Start:toks[n].End]) }
	var listed listedSpans
	for k := range all {
		b := &all[k]
		if b.hidden || b.Who != "others" || b.Count < 1 || strings.Contains(b.Text, " and ") {
			continue
		}
		i, found := slices.BinarySearchFunc(toks, b.Start, func(t contract.Span, s int) int { return t.Start - s })
		if !found || i < 2 || word(i-1) != "," && word(i-1) != "and" {
			continue
		}
		v := i - 2
		if w := word(v); !singleNoun(w) && !isAgeWord(w) {
			continue
		}
		for v > 0 && v > i-5 && (isDeterminer(word(v-1)) || isAgeWord(word(v-1))) {
			v-- // "the 4-year-old toddler, two others"
		}
		if listed.overlapsOther(all, k, toks[v].Start, b.Start) {
			continue
		}
		b.Start, b.Count = toks[v].Start, b.Count+1
		listed.grew(*b)
		b.Text = f.d.Text[b.Start:b.End]
		b.key, b.ref, b.single = "", "", false
	}
}

// overlapsOther reports a listed hit other than all[k] over bytes [s, e).
func overlapsOther(all []casHit, k, s, e int) bool {
	for n, h := range all {
		if n != k && !h.hidden && h.Start < e && h.End > s {
			return true
		}
	}
	return false
}

// othersJoin joins a listed victim and a count of "others" harmed the same
// way after it in its sentence into one mention of them all: "a boy is in
// critical condition after a shooting that wounded two others" is 3
// injured, "Shooting leaves boy in critical condition, wounds 2 others" too.
// A count of others harmed otherwise stays apart ("A woman was killed and
// three others were wounded").
func othersJoin(f *Figures, all []casHit) {
	for k := 1; k < len(all); k++ {
		a, b := &all[k-1], &all[k]
		if a.hidden || b.hidden || a.sent != b.sent || a.Kind != b.Kind || a.Count != 1 || b.Count < 1 || a.End > b.Start {
			continue
		}
		words := strings.Fields(lexicon.Lower(b.Text))
		if !slices.Contains(words, "others") || slices.ContainsFunc(words, func(w string) bool { _, ok := victimPronouns.get(w); return ok }) {
			continue // "after he and two others were shot": the count holds the victim already
		}
		a.End, a.Count, a.Qualifier, a.Vague = b.End, b.Count+1, b.Qualifier, b.Vague
		a.Text = f.d.Text[a.Start:a.End]
		a.key, a.ref, a.single = "", "", false
		b.hidden = true
	}
}

// pronounOnly reports a hit whose victim is named by a pronoun alone: one
// that opens its sentence ("He died at the scene", "She was taken to
// hospital"), one whose sentence names no person before the pronoun ("An
// autopsy found he died"), or a pronoun's harm ("his death", "her
// injuries"). The guide lists victims a reader can tell apart (a count, a
// noun, a name, an age); the pronoun's victim is listed where it is named,
// and the hit still tells the outcome rule what became of it. A pronoun
// after its victim in the same sentence ("Cruz was walking home when he was
// shot") is that victim's mention, and the hit reaches back to the name.
// A pronoun that does the harm ("he shot the attacker") names no victim;
// one coordinated with others ("He and two others were arrested") is
// listed with them.
func pronounOnly(f *Figures, h casHit) bool {
	words := strings.Fields(strings.ToLower(h.Text))
	if len(words) == 0 {
		return false
	}
	if len(words) >= 2 && (words[0] == "his" || words[0] == "her" || words[0] == "their") && pronounHarm[words[1]] {
		return true
	}
	if h.sent < 0 || h.sent >= len(f.d.Sents) {
		return false
	}
	w := strings.TrimRight(words[0], "'’sd")
	if w != "he" && w != "she" && w != "they" || pronounAgent(words) {
		return false
	}
	if len(words) >= 3 && words[1] == "and" && h.Count >= 2 {
		return false // "She and eight others were killed": the coordination counts victims told apart
	}
	lead := strings.TrimLeft(f.d.Text[f.d.Sents[h.sent].Start:h.Start], " \t\n\"“‘(")
	return lead == "" || !personBefore(f, h)
}

// pronounAgent reports words that open with a pronoun doing a harm to an
// object: "he shot the attacker", "they arrested two adults".
func pronounAgent(words []string) bool {
	for k := 1; k < len(words)-1 && k <= 2; k++ {
		if agentVerbs[words[k]] {
			return true
		}
	}
	return false
}

// agentVerbs are the active harm verbs a pronoun may do to a named victim.
var agentVerbs = map[string]bool{"hit": true, "shot": true, "killed": true, "wounded": true, "injured": true,
	"arrested": true, "detained": true, "stabbed": true}

// personBefore reports a person named in h's sentence before h: a name or a
// victim noun phrase the pronoun may stand for ("Cruz was walking home when
// he was shot", "The victim went outside and he was shot").
func personBefore(f *Figures, h casHit) bool {
	for _, seg := range f.segments() {
		if seg.sent != h.sent {
			continue
		}
		sc := numScan{text: f.d.Text, toks: seg.toks, lo: seg.lo, hi: seg.hi, low: *seg.low, ix: f.mentions()}
		for i := seg.lo; i < seg.hi && seg.toks[i].End <= h.Start; i++ {
			if _, ok := victimPronouns.get(sc.w(i)); ok && sc.w(i) != "her" {
				return false // "He got off a bus … when he was shot": the pronoun's victim is named before
			}
			v, ok := victimAt(&sc, i, f.ents)
			if ok && !v.pronoun && seg.toks[v.end-1].End <= h.Start && (!v.named || personMention(&sc, v, f.ents)) {
				return true // a place's name is no antecedent: "heading toward Spring Garden Street when he was shot"
			}
		}
		return false
	}
	return false
}

// pronounHarm are the nouns of harm a possessive pronoun may own in a
// pronoun-only mention ("his death", "her injuries").
var pronounHarm = map[string]bool{"death": true, "murder": true, "killing": true, "body": true, "condition": true,
	"injury": true, "injuries": true, "wound": true, "wounds": true, "arrest": true, "detention": true}

// placeCues are the casualty words that name a place, and so stand
// capitalised in its name ("Eskenazi Hospital", "Woodhill Prison").
var placeCues = map[string]bool{"hospital": true, "hospitals": true, "clinic": true, "prison": true, "jail": true,
	"custody": true, "medical": true}

// inTitleCase reports a hit of the body whose every casualty word is
// capitalised inside its sentence, after its first word: the words belong
// to a name ("the film Shaun of the Dead", "the Valley of Death Museum"),
// not to a harm. The first sentence, where a scraped page may glue its
// headline, and sentences written as headlines are left as they are.
func inTitleCase(f *Figures, h casHit) bool {
	if h.sent <= 0 {
		return false
	}
	d := f.d
	st := d.Sents[h.sent]
	cap := false
	for i := st.TokStart; i < st.TokEnd; i++ {
		tk := d.Toks[i]
		if tk.Start < h.Start || tk.End > h.End {
			continue
		}
		r := d.Text[tk.Start:tk.End]
		if !grammarCues[lexicon.Lower(r)] {
			continue
		}
		if i == st.TokStart || !isCapWord(r) || strings.ToUpper(r) == r || placeCues[lexicon.Lower(r)] {
			return false // a place's name holds its word: "taken to Grady Memorial Hospital"
		}
		cap = true
	}
	if !cap {
		return false
	}
	for _, seg := range f.segments() {
		if seg.sent == h.sent {
			sc := numScan{text: d.Text, toks: seg.toks, lo: seg.lo, hi: seg.hi, low: *seg.low}
			return !headlineLike(&sc)
		}
	}
	return false
}

// sportWords tell a story about sport; violenceWords tell of harm done by
// people or accidents, which sport stories do not report.
var (
	sportWords = map[string]bool{"match": true, "season": true, "coach": true, "squad": true, "tournament": true,
		"championship": true, "striker": true, "midfielder": true, "defender": true, "goalkeeper": true, "fixture": true,
		"league": true, "cup": true, "semi-final": true, "quarter-final": true, "final": true, "tackle": true, "scored": true,
		"hamstring": true, "ankle": true, "knee": true, "groin": true, "rugby": true, "football": true, "tennis": true,
		"cricket": true, "manager": true, "players": true, "player": true, "game": true, "games": true, "win": true,
		"athletics": true, "athlete": true, "athletes": true, "medal": true, "medallist": true, "olympic": true,
		"olympics": true, "sprinter": true, "championships": true, "heats": true, "qualifying": true, "hurdles": true}
	violenceWords = map[string]bool{"gun": true, "gunman": true, "shot": true, "shooting": true, "police": true, "bomb": true,
		"blast": true, "attack": true, "crash": true, "fire": true, "killed": true, "war": true, "troops": true, "stabbed": true,
		"murder": true, "arrested": true, "explosion": true, "accident": true, "hospital": true}
)

// sportStory reports an article with at least four distinct words of sport
// and none of violence: its injured are players, not casualties.
func sportStory(f *Figures) bool {
	seen := map[string]bool{}
	for _, seg := range f.segments() {
		if !seg.has(clsViolence | clsSport) {
			continue
		}
		for i := seg.lo; i < seg.hi; i++ {
			w := seg.w(i)
			c := seg.low.class(i)
			if c&clsViolence != 0 && !(w == "shot" && i+1 < seg.hi && seg.w(i+1) == "put") {
				return false // the shot put is a throw
			}
			if c&clsSport != 0 {
				seen[w] = true
			}
		}
	}
	return len(seen) >= 4
}

// fewFled reports one, two or three people said to have fled ("Both
// suspects then fled", "Zurlon and his brother fled"): a flight from the
// scene, not people displaced by the event, which news counts in crowds.
func fewFled(h casHit) bool {
	if h.Kind != displaced || h.Count < 1 || h.Count > 3 {
		return false
	}
	t := strings.ToLower(h.Text)
	if strings.Contains(t, "forced to flee") {
		return false // "a woman and her son were forced to flee": driven out, not getting away
	}
	return strings.HasSuffix(t, "fled") || strings.HasSuffix(t, "flee")
}

// grammarHits reads the casualties the pattern reader did not: every pair
// of victims and predicate over tokens no hit of hits covers, or that
// holds such hits whole and counts more victims than each (a coordination:
// "Ina Roth, 34, and Eva Mack, 35, were found dead" around "Eva Mack, 35,
// were found dead"). It returns them and the indexes of the hits they
// replace.
func grammarHits(f *Figures, hits []casHit) ([]casHit, map[int]bool) {
	var out []casHit
	var replaced map[int]bool // made when a hit is replaced
	d, ents := f.d, f.ents
	if d == nil || len(d.Toks) == 0 && len(d.Meta.Fields) == 0 {
		return out, replaced
	}
	ix := f.mentions()
	segs := f.segments()
	vm := &f.buf.vm // the article's: segments took the buffers
	*vm = victimMemo{}
	hp := 0 // the pattern reader's hits come segment by segment, in the order of the segments
	for _, seg := range segs {
		a := hp
		for hp < len(hits) && hits[hp].sent == seg.sent {
			hp++
		}
		segHits := hits[a:hp] // a hit lies inside its own segment
		if !seg.has(clsGrammarCue) {
			continue // nothing to read up to a cue
		}
		first := len(out)
		hx, gx := newHitSpans(segHits), newHitSpans(nil) // the segment's hits, and the grammar's
		taken := func(s, e int) bool { return hx.overlaps(s, e) || gx.overlaps(s, e) }
		within := func(s, e int) bool { return withinHit(s, e, segHits, out[first:]) }
		sc := numScan{text: d.Text, toks: seg.toks, lo: seg.lo, hi: seg.hi, title: seg.sent < 0, ix: ix, grammar: true, low: *seg.low, vm: vm}
		last := sc.hi - 1 // the segment's last cue
		for last >= sc.lo && !sc.is(last, clsGrammarCue) {
			last--
		}
		if last < sc.lo {
			continue
		}
		for i := seg.lo; i < seg.hi && i <= last+grammarReach; i++ {
			nested := accusedOfHarm(&sc, i) && within(sc.toks[i].Start, sc.toks[i].End)
			if taken(sc.toks[i].Start, sc.toks[i].End) && !objectsMayGrow(&sc, i, hx) && !nested {
				continue
			}
			var h casHit
			var end int
			var ok bool
			if sc.is(i, clsGrammarSkip) {
				if w := sc.w(i); w != "was" && w != "has" && w != "is" {
					continue // no casualty phrase starts with it
				}
				h, end, ok = detachedCustody(&sc, i) // "… has been jailed" apart from its subject
			} else if open := grammarOpens(&sc, i, ents); open != 0 {
				h, end, ok = grammarAt(&sc, i, ents, open)
			}
			if !ok {
				continue
			}
			if e, no := noPersonHarm(&sc, h); no {
				i = max(i, e-1)
				continue // victimkind.go: a thing's harm, or a harm not done
			}
			if taken(h.Start, h.End) && !nested {
				in := coordinationOver(h, hx, gx, strings.HasSuffix(d.Text[h.Start:h.End], " to death"))
				if in == nil {
					continue
				}
				if replaced == nil {
					replaced = map[int]bool{}
				}
				for _, k := range in {
					replaced[a+k] = true
				}
			}
			if elaborates(&sc, i, h, segHits, out[first:], seg.sent) {
				continue // "deputies shot him, striking Cruz three times": the same harm told again
			}
			h.sent = seg.sent
			h.Text = d.Text[h.Start:h.End]
			h.grammar = true

			out = append(out, h)
			gx.grow(out[first:])
			for j := i + 1; j < end; j++ {
				if accusedOfHarm(&sc, j) && within(sc.toks[j].Start, sc.toks[j].End) {
					end = j // the harm a charge names inside the phrase is read next
					break
				}
			}
			i = end - 1
		}
		if seg.sent >= 0 {
			for k := first; k < len(out); k++ {
				out[k].Source = sourceOf(f, seg.sent, out[k].Start, out[k].End)
			}
		}
	}
	return out, replaced
}

// overlapsHit reports a hit of hits that overlaps [s, e).
func overlapsHit(s, e int, hits []casHit) bool {
	for _, h := range hits {
		if h.Start < e && s < h.End {
			return true
		}
	}
	return false
}

// withinHit reports [s, e) inside a hit of a or b that starts before it,
// when no hit starts with it.
func withinHit(s, e int, a, b []casHit) bool {
	in := false
	for _, hits := range [][]casHit{a, b} {
		for _, h := range hits {
			if h.Start == s {
				return false
			}
			in = in || h.Start < s && e <= h.End
		}
	}
	return in
}

// accusedOfHarm reports a gerund of harm at token i (or "fatally" before
// one) that a charge names inside another casualty's phrase: "A man accused
// of shooting his wife is in custody" tells of the wife's harm too.
// The grammar asks it at every token: the words of the charge before it,
// cheap to read, are tested first, and the verb (activeAt) last.
func accusedOfHarm(sc *numScan, i int) bool {
	k := i
	if sc.w(k) == "fatally" {
		k++
	}
	if i-2 < sc.lo || !strings.HasSuffix(sc.w(k), "ing") || !chargedWith(sc.w(i-2), sc.w(i-1)) {
		return false
	}
	_, _, ok := activeAt(sc, k)
	return ok
}

// chargedWith reports the words of a charge before the harm it names:
// "accused of", "suspected of", "convicted of", "charged with", "arrested
// for", "wanted for", "jailed for".
func chargedWith(w, prep string) bool {
	switch prep {
	case "of":
		return w == "accused" || w == "suspected" || w == "convicted"
	case "with":
		return w == "charged"
	case "for":
		return w == "arrested" || w == "wanted" || w == "jailed"
	}
	return false
}

// objectsMayGrow reports an active verb at token i that opens a hit of
// hits whose objects a coordination continues: "killed his wife and two
// children", "arrested two men and a woman" (the grammar then reads the
// whole and replaces the hit).
func objectsMayGrow(sc *numScan, i int, hits *hitSpans) bool {
	_, verb := activeVerbs.get(sc.w(i))
	if _, noun := killNouns.get(sc.w(i)); !verb && !(noun && sc.w(i+1) == "of") {
		return false // "killed his wife and …", "the slaying of the daughter and …"
	}
	var buf [4]int
	at := hits.startingAt(buf[:0], sc.toks[i].Start)
	if i > sc.lo && sc.w(i-1) == "fatally" {
		at = hits.startingAt(at, sc.toks[i-1].Start)
		slices.Sort(at) // in the order of hits
	}
	for _, h := range at {
		e := hits.hits[h].End
		for k := i; k < sc.hi; k++ {
			if sc.toks[k].Start >= e {
				// "and a neighbour", ", and a neighbour", ", his son's girlfriend and a neighbour"
				return sc.w(k) == "and" || sc.w(k) == "," && (sc.w(k+1) == "and" || listGoesOn(sc, k+1)) ||
					asWellAs(sc, k) || companionsStart(sc, k) // "as well as a neighbour", "along with a neighbour"
			}
		}
	}
	return false
}

// listGoesOn reports a list of victims that goes on at token k after a
// comma: a determiner, possessive or count, a victim phrase, then "and"
// within a few words ("his son, his son's girlfriend and a neighbour", "a
// guard, two soldiers and a child").
func listGoesOn(sc *numScan, k int) bool {
	switch sc.w(k) {
	case "a", "an", "the", "his", "her", "their":
	default:
		if !sc.canStartNumber(k) {
			return false // ", two soldiers and a child": a count goes on the list too
		}
	}
	for n := k + 1; n < k+6 && n < sc.hi; n++ {
		switch sc.w(n) {
		case "and":
			return true
		case ".", ";", ":":
			return false
		}
	}
	return false
}

// coordinationOver returns the indexes of the hits that h overlaps when h
// holds each of them whole, has their kind (or, ending in "to death", is
// the killing of those they read as wounded) and counts more victims than
// each; nil when it overlaps a grammar hit or any other.
func coordinationOver(h casHit, hits, out *hitSpans, toDeath bool) []int {
	if out.overlaps(h.Start, h.End) {
		return nil
	}
	var in []int
	for _, k := range hits.overlapping(h.Start, h.End) {
		o := hits.hits[k]
		sameHarm := o.Kind == h.Kind || toDeath && o.Kind == injured && h.Kind == killed // "stabbed a man and his son to death"
		if o.Start < h.Start || o.End > h.End || o.Count >= h.Count || !sameHarm || o.hidden {
			return nil
		}
		in = append(in, k)
	}
	return in
}

// multipleWords count the victims of one harm: "a double homicide".
var multipleWords = mapOf(map[string]float64{"double": 2, "triple": 3, "quadruple": 4})

// grammarOpen tells which readers of grammarAt can open a phrase at a
// token (grammarOpens): those of a word (openWord: a verb, a harm noun, a
// determiner, "no", "among", listed in grammarOpeners) and those of a
// subject or a possessor (openPhrase: a count, a vague word or a victim
// phrase). A token can be both ("the", "his").
type grammarOpen uint8

const (
	openWord   grammarOpen = 1 << iota // a word of grammarOpeners
	openPhrase                         // a count, a vague word (countHeld, countedVictims, unstatedVictims) or a victim phrase (victimAt)
)

// grammarOpens reports at token i which readers of grammarAt can read a
// phrase there, 0 for none: a word of grammarOpeners opens the readers of
// a word, and a count, a vague word or a victim phrase (victimAt) those of
// a subject or a possessor. grammarAt reads nothing at a token of neither,
// and the segment loop does not ask it there: most of a sentence's words,
// which fail every reader's first test, cost one class test and a memo
// read, not the tests of some 25 readers; at a name or a count it runs
// the five readers of a phrase, at a verb the twenty of a word.
func grammarOpens(sc *numScan, i int, ents []contract.Entity) grammarOpen {
	var open grammarOpen
	if sc.is(i, clsGrammarOpen) {
		open = openWord
	}
	if sc.is(i, clsUnstated) || sc.canStartNumber(i) {
		return open | openPhrase
	}
	if _, ok := victimAt(sc, i, ents); ok {
		open |= openPhrase
	}
	return open
}

// grammarAt reads a casualty at token i: an active verb and its object, a
// harm noun and its victim, or a victim phrase and its predicate. It runs
// the readers open says can open there (grammarOpens), in their order.
func grammarAt(sc *numScan, i int, ents []contract.Entity, open grammarOpen) (casHit, int, bool) {
	w := sc.w(i)
	word, phrase := open&openWord != 0, open&openPhrase != 0
	if word {
		if h, e, ok := activeObject(sc, i, w, ents); ok {
			return h, e, true
		}
		if h, e, ok := formedObject(sc, i, ents); ok {
			return h, e, true // "abducted a professor": a person by the noun's form
		}
		if h, e, ok := harmNounOf(sc, i, w, ents); ok {
			return h, e, true
		}
		if h, e, ok := injuriesTo(sc, i, w, ents); ok {
			return h, e, true // "caused injuries to 27 people"
		}
	}
	// a possessive and a harm noun: "his death", "Lee's death", "the officer's shooting"
	// (a word, "his", or a victim phrase, "Lee")
	if h, e, ok := possessiveHarm(sc, i, ents); ok {
		return h, e, true
	}
	if word {
		// a death the story has told of: "the death", "whose death", "a suspicious death"
		if h, e, ok := deathReferred(sc, i); ok {
			return h, e, true
		}
		if h, e, ok := multipleHarm(sc, i); ok {
			return h, e, true // "a double homicide"
		}
		if h, e, ok := shootingDeath(sc, i, w); ok {
			return h, e, true
		}
		if h, e, ok := sentencedObject(sc, i, ents); ok {
			return h, e, true // "sentenced Ana Cruz on Monday to four years in prison"
		}
		if h, e, ok := putInJail(sc, i, ents); ok {
			return h, e, true // "the scam landed a pensioner in jail", "sent two men to prison"
		}
	}
	if phrase {
		if h, e, ok := countHeld(sc, i); ok {
			return h, e, true // a headline's "41 held", "Two held after riot"
		}
	}
	if word {
		if h, e, ok := noArrests(sc, i, w); ok {
			return h, e, true // "have not made any arrests", "arrests have not been made"
		}
		if h, e, ok := arrestsMade(sc, i, w); ok {
			return h, e, true // a headline's "Arrest made in shooting", "Arrests made after brawl"
		}
		// statements of none: "No one else was hurt", "No officers were injured", "nobody in custody",
		// "have not arrested anyone"
		if h, e, ok := noneAt(sc, i); ok {
			return h, e, true
		}
		// a transport to hospital: "Paramedics transported the driver to Oakmont General Hospital",
		// "Crash sends 3 people to the hospital"
		if h, e, ok := sentToHospital(sc, i, ents); ok {
			return h, e, true
		}
		if h, e, ok := oneArrest(sc, i, w); ok {
			return h, e, true
		}
	}
	if phrase {
		if h, e, ok, done := victimPredicate(sc, i, w, ents); done {
			return h, e, ok
		}
	}
	if word {
		if h, e, ok := formedVictimPredicate(sc, i); ok {
			return h, e, true // "A motorcyclist was killed": a person by the noun's form
		}
	}
	if phrase {
		if h, e, ok := subjectThenBeing(sc, i, ents); ok {
			return h, e, true // "A man has been charged with robbery after being shot"
		}
	}
	if word {
		if h, e, ok := treatedFor(sc, i, ents); ok {
			return h, e, true // "Paramedics treated the man for a gunshot wound"
		}
		if h, e, ok := amongTheDead(sc, i, ents); ok {
			return h, e, true // "Among the dead were two children", "The dead included a guard"
		}
		if h, e, ok := detachedCustody(sc, i); ok {
			return h, e, true // "… accused of killing an officer turned himself in"
		}
	}
	if phrase {
		if h, e, ok := victimsByHarm(sc, i, ents); ok {
			return h, e, true
		}
	}
	if word {
		if h, e, ok := harmNamedVictim(sc, i, w); ok {
			return h, e, true
		}
	}
	return casHit{}, i + 1, false
}

// actsOn reports at token j, right after a subject, an active verb of harm
// that the triggers do not mark as one ("he gunned down a man", "he
// executed two prisoners") with its object after it.
func actsOn(sc *numScan, j int) bool {
	p, o, ok := activeAt(sc, j)
	if !ok || p.start != j || o >= sc.hi {
		return false
	}
	_, ok = victimAt(sc, o, nil)
	return ok || sc.canStartNumber(o)
}

// multipleHarm reads "a double homicide", "the triple murder" at token i:
// as many dead as the word says ("a double shooting" names the event, its
// victims told elsewhere). It returns the hit and the token after it.
func multipleHarm(sc *numScan, i int) (casHit, int, bool) {
	if n, ok := multipleWords.get(sc.w(i)); ok && i+1 < sc.hi {
		switch sc.w(i + 1) {
		case "homicide", "murder", "killing", "slaying", "fatality":
			return newHit(sc, i, i+2, killed, n, ""), i + 2, true
		}
	}
	return casHit{}, i, false
}

// noArrests reads a statement that no one is held at token i (w): "any"
// after a negation ("detectives have not made any arrests", "do not yet
// have any suspects in custody"), or "arrests have not been made", "an
// arrest has not been made". It returns the hit and the token after it.
func noArrests(sc *numScan, i int, w string) (casHit, int, bool) {
	if w == "any" && negatedBefore(sc, i) {
		if sc.w(i+1) == "arrests" || sc.w(i+1) == "arrest" {
			return newHit(sc, i, i+2, detained, 0, ""), i + 2, true
		}
		if e, _, ok := victimNoun(sc, i+1); ok {
			if kind, e2, ok := triggerAt(sc, e); ok && kind == detained {
				return newHit(sc, i, e2, detained, 0, ""), e2, true
			}
		}
	}
	if (w == "arrests" || w == "arrest") && (sc.w(i+1) == "have" || sc.w(i+1) == "has") && (sc.w(i+2) == "not" || sc.w(i+2) == "yet") {
		for k := i + 3; k < i+6 && k < sc.hi; k++ {
			if sc.w(k) == "made" {
				start := i
				if i > sc.lo && (sc.w(i-1) == "an" || sc.w(i-1) == "any") {
					start = i - 1
				}
				return newHit(sc, start, k+1, detained, 0, ""), k + 1, true
			}
		}
	}
	return casHit{}, i, false
}

// arrestsMade reads a bare "arrest" or "arrests" (w) at token i that opens
// a headline or a sentence, with "made" as its passive participle: "Arrest
// made in shooting" holds one person, "Arrests made after brawl" and
// "Arrests were made on Friday" people of no stated number. A negation
// before "made" is a statement of none (noArrests), and the noun after a
// determiner or a number is counted by it ("An arrest was made", "2 arrests
// made"). It returns the hit (the noun) and the token after "made".
func arrestsMade(sc *numScan, i int, w string) (casHit, int, bool) {
	if w != "arrest" && w != "arrests" || !(i == sc.lo || sc.lineStart(i) || headlineLike(sc) && bareStart(sc, i)) {
		return casHit{}, i, false
	}
	k := i + 1
	for n := 0; n < 3 && k < sc.hi; n++ {
		switch sc.w(k) {
		case "was", "were", "has", "have", "been", "now", "already":
			k++
			continue
		}
		break
	}
	if sc.w(k) != "made" || k == i+1 && !headlineLike(sc) && !sc.title {
		return casHit{}, i, false // a sentence tells it with its verb: "Arrests were made"
	}
	h := newHit(sc, i, i+1, detained, 1, "")
	if w == "arrests" {
		h.Count, h.Unstated, h.Vague = 0, true, true
	}
	return h, k + 1, true
}

// shootingDeath reads "a shooting death" (a stabbing, a beating) at token
// i (w): one killed; a headline drops the article ("Shooting Death Under
// Investigation"). It returns the hit and the token after it, or false.
func shootingDeath(sc *numScan, i int, w string) (casHit, int, bool) {
	harm := func(w string) bool { return w == "shooting" || w == "stabbing" || w == "beating" }
	if (w == "a" || w == "an") && harm(sc.w(i+1)) && sc.w(i+2) == "death" {
		h := newHit(sc, i, i+3, killed, 1, "")
		h.single = true
		return h, i + 3, true
	}
	if harm(w) && sc.w(i+1) == "death" && sc.w(i+2) != "of" && headlineLike(sc) &&
		(i == sc.lo || !isDeterminer(sc.w(i-1)) && sc.w(i-1) != "in" && sc.w(i-1) != "of") {
		h := newHit(sc, i, i+2, killed, 1, "")
		h.single = true
		return h, i + 2, true
	}
	return casHit{}, 0, false
}

// sentencedObject reads an active "sentenced" at token i, its object and a
// term in prison: "sentenced Ana Cruz on Monday to four years in prison",
// "sentenced two men to life in jail" (not "sentenced him to death", nor a
// term served "in absentia"). It returns the detained hit and the token
// after the prison word.
func sentencedObject(sc *numScan, i int, ents []contract.Entity) (casHit, int, bool) {
	switch sc.w(i) {
	case "sentenced", "sentences", "sentencing", "jails", "jailing":
	default:
		return casHit{}, 0, false
	}
	if i == sc.lo || auxWords.at(sc.w(i-1)) || sc.w(i-1) == "been" || sc.w(i-1) == "being" {
		return casHit{}, 0, false // the passive: "was sentenced to", read with its subject
	}
	v, ok := victimsAt(sc, i+1, ents)
	if !ok {
		v, ok = countedVictims(sc, i+1)
	}
	if !ok || v.pronoun || v.count < 1 {
		return casHit{}, 0, false
	}
	for k := v.end; k < v.end+14 && k < sc.hi; k++ {
		switch sc.w(k) {
		case "prison", "jail", "detention":
			h := newHit(sc, i, k+1, detained, v.count, v.who)
			v.qualify(&h)
			h.single, h.ref, h.key = v.count == 1, v.ref, v.who
			return h, k + 1, true
		case ".", ";", "absentia", "death", "probation", "community", "because", "but":
			return casHit{}, 0, false
		}
	}
	return casHit{}, 0, false
}

// jailVerbs put their object in custody with a place after it: "landed
// him in jail", "sent two men to prison", "put the pair behind bars".
var jailVerbs = setOf(map[string]bool{"lands": true, "landed": true, "landing": true, "land": true, "sends": true,
	"sent": true, "sending": true, "send": true, "put": true, "puts": true, "putting": true, "threw": true,
	"throws": true, "thrown": true, "throwing": true})

// putInJail reads a verb of jailVerbs at token i, its object and the place
// of custody after it: "lands Australian in jail", "sent two brothers to
// prison", "put the gang behind bars". A purpose, a threat or a wish ("to
// put him behind bars", "could land her in jail") is none. It returns the
// detained hit and the token after the place.
func putInJail(sc *numScan, i int, ents []contract.Entity) (casHit, int, bool) {
	if !jailVerbs.at(sc.w(i)) || i == sc.lo || unrealisedBefore(sc, i) || notRealized(sc, i) {
		return casHit{}, 0, false
	}
	v, ok := victimsAt(sc, i+1, ents)
	if !ok {
		v, ok = countedVictims(sc, i+1)
	}
	if !ok {
		v, ok = formedPerson(sc, i+1) // "landed a retired postman in jail"
	}
	if !ok && headlineLike(sc) {
		if k := i + 1; personForm(sc.w(k), sc.raw(k)) || peoplePlural(sc, k) {
			v, ok = victimPhrase{start: k, end: k + 1, count: 1, who: sc.raw(k), ref: sc.w(k)}, true // a headline's bare "Australian"
		}
	}
	if !ok || v.count < 1 {
		return casHit{}, 0, false
	}
	k := v.end
	switch sc.w(k) + " " + sc.w(k+1) {
	case "in jail", "in prison", "to jail", "to prison", "into custody", "in custody", "behind bars", "into jail", "into prison":
	default:
		return casHit{}, 0, false
	}
	h := newHit(sc, i, k+2, detained, v.count, v.who)
	v.qualify(&h)
	h.single, h.ref, h.key = v.count == 1, v.ref, v.who
	return h, k + 2, true
}

// countHeld reads a headline's bare count and "held" at token i: "41
// held", "Two held after riot". It returns the detained hit and the token
// after "held".
func countHeld(sc *numScan, i int) (casHit, int, bool) {
	if !sc.canStartNumber(i) {
		return casHit{}, 0, false
	}
	m, ok := sc.number(i)
	if !ok || m.n.Kind != contract.KindFigure || m.n.Vague || m.n.Range || m.n.Value < 1 || m.n.Value != float64(int64(m.n.Value)) ||
		sc.w(m.tokEnd) != "held" || !headlineHeld(sc, m.tokEnd) {
		return casHit{}, 0, false
	}
	h := newHit(sc, i, m.tokEnd+1, detained, m.n.Value, "")
	h.single = m.n.Value == 1
	return h, m.tokEnd + 1, true
}

// tookHostage reads "took" at token i, its object and "hostage" or
// "captive" after it: "took 40 guests hostage", "took a clerk captive". The
// object is read up to that word, which a noun phrase would take for its
// head. It returns the kidnapped hit and the token after it.
func tookHostage(sc *numScan, i int, ents []contract.Entity) (casHit, int, bool) {
	switch sc.w(i) {
	case "took", "taken", "taking", "take", "takes", "held", "holding", "hold", "holds":
	default:
		return casHit{}, 0, false
	}
	for k := i + 2; k < i+8 && k < sc.hi; k++ {
		switch sc.w(k) {
		case "hostage", "captive":
		case ".", ",", ";", "to", "into":
			return casHit{}, 0, false // an "and" may join the victims: "took a woman and her son hostage"
		default:
			continue
		}
		obj := *sc
		obj.hi = k
		v, ok := victimsAt(&obj, i+1, ents)
		if !ok {
			v, ok = countedVictims(&obj, i+1)
		}
		if !ok || v.end != k || v.count < 1 || v.pronoun {
			return casHit{}, 0, false
		}
		h := newHit(sc, i, k+1, kidnapped, v.count, v.who)
		v.qualify(&h)
		h.single, h.ref, h.key = v.count == 1, v.ref, v.who
		return h, k + 1, true
	}
	return casHit{}, 0, false
}

// activeObject reads an active casualty verb at token i (w) and its object:
// "shot him", "killing officer Ana Cruz", "took Eva Cruz into custody". It
// returns the hit and the token after it, or false when no victim follows
// or "took" has no custody after it.
func activeObject(sc *numScan, i int, w string, ents []contract.Entity) (casHit, int, bool) {
	// an active verb and its object: "shot him", "killing officer Ana Cruz", "took Eva Cruz into custody"
	if h, e, ok := tookHostage(sc, i, ents); ok && i > sc.lo {
		return h, e, true
	}
	if p, o, ok := activeAt(sc, i); ok && i > sc.lo {
		if sc.w(o) == "," && o == p.end {
			// "Shoots, Kills Man": a headline's two verbs share the object, the last tells the harm
			if p2, o2, ok := activeAt(sc, o+1); ok && p2.start == o+1 && p2.kind == p.kind || ok && p.generic {
				p.end, p.kind, p.generic, o = p2.end, p2.kind, p2.generic, o2
			}
		}
		if unrealisedBefore(sc, i) {
			return casHit{}, 0, false // "I will kill him", "yelled at us to go ahead and kill him"
		}
		if roleAfterGerund(sc, i, o) {
			return casHit{}, 0, false // "shooting suspect Ana Cruz": the gerund names a role, not a harm
		}
		v, ok := victimsAt(sc, o, ents)
		if ok && v.named && isCapWord(sc.raw(i)) && (headlineLike(sc) || !personMention(sc, v, ents)) {
			// a headline in capitals, or one glued to the body's first sentence: "Shooting
			// Closes Main Street", "Officer Sees Man Shooting Gun Into The Air" name no victim
			// unless the entity extractor finds a person there
			ok = false
		}
		if !ok && (sc.title || sc.lineStart(sc.lo)) && !isCapWord(sc.raw(o)) || !ok && (sc.title || headlineLike(sc)) {
			v, ok = barePerson(sc, o) // a headline's object: "killing police officer"
		}
		if !ok && headlineLike(sc) && isAgeWord(sc.w(o)) && !sc.victimNounAt(o+1) {
			v, ok = victimPhrase{start: o, end: o + 1, count: 1, ref: "age:" + sc.w(o)}, true // "Sibling Shoots 7-Year-Old"
		}
		if !ok && sc.w(o) == "self" && p.kind != detained {
			v, ok = victimPhrase{start: o, end: o + 1, count: 1, ref: "self"}, true // a headline's "Girl, 6, shoots self"
		}
		if !ok {
			v, ok = bareCount(sc, o) // "Car bomb wounds 12 in Spain", "Turkey detains 70 in raids"
		}
		if !ok {
			v, ok = countedVictims(sc, o) // "rounded up 300 people"
		}
		if !ok {
			v, ok = unstatedVictims(sc, o) // "rounded up several villagers" (unstated.go)
		}
		if ok && p.kind == displaced && v.count < 2 {
			ok = false // "expelled the ambassador": a people expelled, not one envoy
		}
		if ok && v.count >= 0 && (v.pronoun || v.count > 0) {
			end := v.end
			kind := p.kind
			generic := p.generic
			if custodyFrame(w) != "" {
				e, ok := custodyEnd(sc, w, v.end)
				if !ok {
					return casHit{}, 0, false
				}
				end = e
			} else {
				switch {
				case sc.w(v.end) == "dead" && kind == injured:
					kind, generic, end = killed, false, v.end+1
				case sc.w(v.end) == "to" && sc.w(v.end+1) == "death":
					kind, generic, end = killed, false, v.end+2
				case kind == injured && v.count == 1:
					if e, ok := whoDied(sc, v.end); ok {
						kind, generic, end = killed, false, e // "shot the suspect, who died at the scene"
					}
				}
			}
			if v.pronoun && sc.w(v.start) == "her" && kind != injured && kind != killed && kind != detained && kind != kidnapped {
				return casHit{}, 0, false
			}
			h := newHit(sc, p.start, end, kind, v.count, v.who)
			h.single = v.count == 1
			v.qualify(&h)
			h.generic = generic
			h.ref = v.ref
			h.key = v.who
			return h, end, true
		}
	}
	return casHit{}, 0, false
}

// unrealisedBefore reports an active verb at token i that a threat, a wish
// or a command leaves undone: after a modal ("will kill him", "could have
// struck the child"), an infinitive's "to" ("wanted to shoot him"; not
// "managed to" or "able to", which did it) or "go ahead and".
func unrealisedBefore(sc *numScan, i int) bool {
	if i-1 < sc.lo {
		return false
	}
	switch sc.w(i - 1) {
	case "will", "would", "could", "might", "should", "must", "can", "shall", "'ll", "gonna":
		return true
	case "have":
		return i-2 >= sc.lo && modalBetween(sc, i-2, i-1) // "could have struck"
	case "to":
		b := ""
		if i-2 >= sc.lo {
			b = sc.w(i - 2)
		}
		// "admitted to killing": a preposition's gerund did it
		return b != "able" && b != "managed" && b != "used" && b != "appeared" && b != "seemed" && !strings.HasSuffix(sc.w(i), "ing")
	case "and":
		return i-3 >= sc.lo && sc.w(i-3) == "go" && sc.w(i-2) == "ahead"
	case "at", "on":
		return purposeBefore(sc, i)
	}
	return false
}

// purposeBefore reports a casualty word at token i that a phrase of purpose
// governs, no deed: "a weapon aimed at killing civilians", "gunmen bent on
// killing police".
func purposeBefore(sc *numScan, i int) bool {
	v := i - 2
	if v > sc.lo && strings.HasSuffix(sc.w(v), "ly") {
		v-- // "aimed mainly at killing"
	}
	if v < sc.lo {
		return false
	}
	switch sc.w(v) {
	case "aimed", "aiming", "aim", "aims":
		return sc.w(i-1) == "at"
	case "bent", "intent":
		return sc.w(i-1) == "on"
	}
	return false
}

// perpetratorRoles are the nouns of a role in a harm a gerund may qualify
// ("shooting suspect", "stabbing suspects"), naming no victim.
var perpetratorRoles = map[string]bool{"suspect": true, "suspects": true, "gunman": true, "gunmen": true,
	"shooter": true, "shooters": true, "killer": true, "accused": true}

// roleAfterGerund reports a gerund at token i whose object position o holds
// a role noun with no determiner: "shooting suspect Ana Cruz".
func roleAfterGerund(sc *numScan, i, o int) bool {
	return strings.HasSuffix(sc.w(i), "ing") && o == i+1 && perpetratorRoles[sc.w(o)]
}

// personMention reports a victim phrase v that the entity extractor finds,
// in part, as a person.
func personMention(sc *numScan, v victimPhrase, ents []contract.Entity) bool {
	if len(ents) == 0 || sc.ix == nil || v.end <= v.start {
		return false
	}
	s, e := sc.toks[v.start].Start, sc.toks[v.end-1].End
	person := false
	sc.ix.near(s, e, func(r mentionRef) bool {
		person = r.s < e && s < r.e && ents[r.ent].Type == "PERSON"
		return !person
	})
	return person
}

// bareCount reads a count standing alone as an object at token o, a figure
// followed by a break or a preposition: "wounds 12 in Spain", "detains 70
// in raids" (not "shot 3 times", "killed 2 dogs").
func bareCount(sc *numScan, o int) (victimPhrase, bool) {
	if !sc.canStartNumber(o) {
		return victimPhrase{}, false
	}
	m, ok := sc.number(o)
	if !ok || m.n.Kind != contract.KindFigure || m.n.Vague || m.n.Range || m.n.Value < 1 || m.n.Value != float64(int64(m.n.Value)) || m.end != sc.toks[m.tokEnd-1].End {
		return victimPhrase{}, false
	}
	switch sc.w(m.tokEnd) {
	case "in", "at", "on", ".", ",", ";", "as", "after", "during", "when", "near", "outside", "over", "following", "":
		return victimPhrase{start: o, end: m.tokEnd, count: m.n.Value}, true
	}
	return victimPhrase{}, false
}

// countedVictims reads a figure and a victim noun at token o: "300 people",
// "1,200 villagers", and a qualified or vague count that says how many:
// "at least five people", "more than 200 schoolgirls", "dozens of people"
// (a vague magnitude with no count of its own, "several hundred people", is
// none here; "several people", of no figure, is unstatedVictims').
func countedVictims(sc *numScan, o int) (victimPhrase, bool) {
	if !sc.canStartNumber(o) {
		return victimPhrase{}, false
	}
	m, ok := sc.qualified(o)
	if !ok || m.n.Kind != contract.KindFigure || m.several || m.n.Range || m.n.Value < 1 || m.tokEnd <= o || leftUnrealised(sc, o) {
		return victimPhrase{}, false // "could leave 300 people homeless": a danger, not a deed
	}
	k := m.tokEnd
	if m.n.Vague && sc.w(k) == "of" {
		k++ // "dozens of people"
	}
	e, who, ok := victimNoun(sc, k)
	if !ok || singleNoun(lexicon.Lower(who)) || !lexicon.IsVictimNoun(lexicon.Lower(who)) && !personPlural(who) && !isCapWord(who) && who != "more" {
		return victimPhrase{}, false // "hit five centuries": no people
	}
	q := m.n.Qualifier
	if m.n.Vague && q == contract.Exact {
		q = contract.AtLeast // as countAt (counting.go) qualifies a vague count
	}
	return victimPhrase{start: o, end: e, count: m.n.Value, who: who, qual: q, vague: m.n.Vague}, true
}

// harmNounOf reads a harm noun at token i (w) and its victim: "the shooting
// of a man", "the body of a woman". It returns the hit and the token after
// the victim, or false. The bodies or remains of people are their deaths,
// and so is "the passing of" a person.
func harmNounOf(sc *numScan, i int, w string, ents []contract.Entity) (casHit, int, bool) {
	// a harm noun and its victim: "the shooting of a man", "the slaying of officer Ana Cruz"
	corpse := (w == "body" || w == "bodies" || (w == "remains" || w == "passing") && i > sc.lo && sc.w(i-1) == "the") && sc.w(i+1) == "of"
	if n, ok := killNouns.get(w); ok && sc.w(i+1) == "of" && i > sc.lo || corpse {
		if corpse { // "the bodies of a man and a woman", "the remains of the pilot"
			n.kind = killed
		}
		v, ok := victimsAt(sc, i+2, ents)
		if !ok {
			v, ok = countedVictims(sc, i+2) // "the kidnapping of 276 schoolgirls"
		}
		if !ok {
			v, ok = barePerson(sc, i+2) // "the murder of Carson City man"
		}
		if !ok {
			v, ok = unstatedVictims(sc, i+2) // "the killing of several civilians" (unstated.go)
		}
		if ok && v.count > 0 && !v.pronoun {
			p, _ := nounPossessive(sc, i)
			kind, generic := n.kind, n.generic
			if p.end > 0 {
				kind, generic = p.kind, p.generic
			}
			start := i
			if sc.w(i-1) == "fatal" || sc.w(i-1) == "deadly" {
				start = i - 1
			}
			h := newHit(sc, start, v.end, kind, v.count, v.who)
			h.single = v.count == 1
			v.qualify(&h)
			h.generic = generic
			h.ref = v.ref
			return h, v.end, true
		}
	}
	return casHit{}, 0, false
}

// injuriesTo reads injuries or wounds at token i (w) and the people they
// befell after "to": "caused injuries to 27 people", "inflicted wounds to
// two guards" (not "wounds to both legs", "injuries to his head"). It returns the injured hit and the token after the
// victims, or false.
func injuriesTo(sc *numScan, i int, w string, ents []contract.Entity) (casHit, int, bool) {
	if w != "injuries" && w != "wounds" || sc.w(i+1) != "to" || i == sc.lo || sc.w(i+2) == "both" {
		return casHit{}, 0, false
	}
	v, ok := countedVictims(sc, i+2)
	if !ok {
		v, ok = victimsAt(sc, i+2, ents)
	}
	if !ok || v.count < 1 || v.pronoun {
		return casHit{}, 0, false
	}
	h := newHit(sc, i, v.end, injured, v.count, v.who)
	v.qualify(&h)
	h.single, h.ref = v.count == 1, v.ref
	return h, v.end, true
}

// oneArrest reads one arrest from the article w at token i: "an arrest", "an
// eighth arrest", "the last arrest" (not "an arrest warrant"). It returns
// the hit and the token after "arrest", or false.
func oneArrest(sc *numScan, i int, w string) (casHit, int, bool) {
	// one arrest: "an arrest", "an eighth arrest", "the last arrest"
	if w == "an" || w == "a" || w == "the" {
		k := i + 1
		switch sc.w(k) {
		case "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "last",
			"additional", "further", "another", "new", "final":
			k++
		}
		if sc.w(k) == "arrest" && sc.w(k+1) != "warrant" && sc.w(k+1) != "warrants" && sc.w(k+1) != "record" && sc.w(k+1) != "report" && (k > i+1 || w != "the") {
			n := 1.0
			if i > sc.lo && sc.w(i-1) == "without" {
				n = 0 // "fled without an arrest": nobody detained
			}
			h := newHit(sc, i, k+1, detained, n, "")
			return h, k + 1, true
		}
	}
	return casHit{}, 0, false
}

// victimPredicate reads a victim phrase at token i (w) and its predicate:
// "he was shot", "Ana Cruz was gunned down", "the officers were not hurt".
// done reports that grammarAt must return (h, e, ok) as they are: a hit,
// or a phrase that rules out every later reading at i (an object pronoun,
// an acting subject, a countless phrase with a count); false done lets the
// later readers try.
func victimPredicate(sc *numScan, i int, w string, ents []contract.Entity) (h casHit, e int, ok, done bool) {
	// a victim phrase and its predicate: "he was shot", "Ana Cruz was gunned down", "the officers were not hurt"
	if objectOfHarm(sc, i) {
		return casHit{}, 0, false, false // "accused of stabbing his neighbour was arrested": the object of the harm
	}
	if i > sc.lo && jailVerbs.at(sc.w(i-1)) {
		return casHit{}, 0, false, false // "to put Cruz behind bars": the object of a verb putJail reads
	}
	v, ok := victimsAt(sc, i, ents)
	if !ok {
		v, ok = countedVictims(sc, i) // "dozens of people were booked", "at least 300 people underwent surgery"
	}
	if !ok {
		v, ok = unstatedVictims(sc, i) // "several suspects were held" (unstated.go)
	}
	if ok {
		if v.pronoun && (w == "him" || w == "her" || w == "himself" || w == "herself") {
			return casHit{}, i + 1, false, true
		}
		n := v.count
		if n < 0 {
			n = 1 // a placeholder: only a statement of none keeps a phrase that says no count
		}
		j := v.end
		if sc.w(j) == "," && v.count >= 2 && j > v.start && sc.w(j-1) != "," && auxWords.at(sc.w(j+1)) {
			j++ // "Ana Cruz and Eva Mack, a student, were shot": the apposition's closing comma
		}
		if sc.w(j) == "that" && (sc.w(j+1) == "was" || sc.w(j+1) == "were" || sc.w(j+1) == "is" || sc.w(j+1) == "had") {
			j++ // "a suspect that was shot"
		}
		if v.pronoun && (possessiveMark(sc.w(j)) || sc.w(j) == "'d" || sc.w(j) == "\u2019d") {
			j++ // "she's in the hospital", "he'd been shot"
		}
		if !sc.title && !headlineLike(sc) {
			// "he shot", "Cruz killed him": a subject and a verb that can take an object, without an
			// auxiliary, act; "Ana Cruz shot in the head" is a reduced passive. Any subject acts
			// when a second verb shares the object: "Police arrested and charged two men"
			if t, ok := triggers.get(sc.w(j)); ok && t.before && !reducedPassive(sc, j) || !(ok && t.before) && actsOn(sc, j) {
				if _, shared := sharedObject(sc, j+1); shared || v.pronoun || v.named {
					return casHit{}, i + 1, false, true
				}
			}
		}
		if e, ok := subjectTail(sc, j); ok {
			j = e // "Cruz got into a fight with two men and was shot", "the man who shot her was arrested"
		}
		if h, e, ok := victimsThenChain(sc, i, j, n, v.who, false); ok && !modalBetween(sc, j, e) {
			if v.count < 0 && h.Count != 0 {
				return casHit{}, i + 1, false, true
			}
			if unharmedWord(sc.w(e - 1)) {
				h.Count = 0
			}
			h, e = alongWith(sc, h, e, ents)
			if v.unstated && h.Count == 0 {
				return casHit{}, i + 1, false, true // "several passengers were unhurt" states no harm
			}
			h.single = h.Count == 1
			h.ref = v.ref
			v.qualify(&h)
			if h.key == "" {
				h.key = v.who
			}
			return h, e, true, true
		}
	}
	return casHit{}, 0, false, false
}

// alongWith joins to hit h, which ends at token e, the victims counted
// after "along with" or "together with" ("was arrested along with his
// driver and two guards": 4); a phrase that gives no count, or a pronoun,
// leaves h as it is. It returns the hit and the token after it.
func alongWith(sc *numScan, h casHit, e int, ents []contract.Entity) (casHit, int) {
	if h.Count < 1 || sc.w(e+1) != "with" || sc.w(e) != "along" && sc.w(e) != "together" {
		return h, e
	}
	u, ok := victimsAt(sc, e+2, ents)
	if !ok || u.pronoun || u.count < 1 {
		return h, e
	}
	h.Count += u.count
	h.End = sc.toks[u.end-1].End
	return h, u.end
}

// victimsByHarm reads victims counted by what befell them at token i: "four
// gunshot victims", "two homicide victims". It returns the hit and the token
// after "victims", or false.
func victimsByHarm(sc *numScan, i int, ents []contract.Entity) (casHit, int, bool) {
	// victims counted by what befell them: "four gunshot victims", "two homicide victims"
	if v, ok := victimAt(sc, i, ents); ok && v.count >= 1 && !v.pronoun && !v.named && v.end-i >= 2 {
		if kind, ok := victimKind(sc.w(v.end - 2)); ok && (sc.w(v.end-1) == "victims" || sc.w(v.end-1) == "victim") {
			h := newHit(sc, i, v.end, kind, v.count, v.who)
			v.qualify(&h)
			h.single = v.count == 1
			h.generic = kind == injured
			h.ref = v.ref
			return h, v.end, true
		}
	}
	return casHit{}, 0, false
}

// harmNamedVictim reads one victim named by the harm alone from the
// determiner w at token i: "the fallen officer", "the injured man". It
// returns the hit and the token after the noun, or false.
func harmNamedVictim(sc *numScan, i int, w string) (casHit, int, bool) {
	// a noun of the dead: "the decedent", "the deceased" standing alone
	if (w == "the" || w == "a") && (sc.w(i+1) == "decedent" || sc.w(i+1) == "deceased" && !modifierWord(sc, i+2)) {
		h := newHit(sc, i, i+2, killed, 1, sc.raw(i+1))
		h.single, h.ref, h.key = true, sc.w(i+1), "adj:"+sc.w(i+1)
		return h, i + 2, true
	}
	// a victim named by the harm alone: "the fallen officer", "the injured man"
	if victimDeterminers.at(w) && w != "one" && w != "another" && harmAdjective(sc.w(i+1)) {
		k := i + 2
		for mods := 0; mods < 2 && k < sc.hi && !sc.victimNounAt(k); mods++ {
			if !modifierWord(sc, k) {
				break
			}
			k++
		}
		if sc.singleNounAt(k) && !isCapWord(sc.raw(k+1)) {
			h := newHit(sc, i, k+1, harmAdjectives.at(sc.w(i+1)), 1, sc.raw(k))
			h.single = true
			h.ref = sc.w(k)
			h.key = "adj:" + sc.w(k)
			return h, k + 1, true
		}
	}
	return casHit{}, 0, false
}

// elaborates reports a hit h at token i that opens with a participle after
// a comma ("…, striking Cruz three times") when a harm of one victim ends
// before it in the sentence: the participle tells that harm again.
func elaborates(sc *numScan, i int, h casHit, hits, out []casHit, sent int) bool {
	if i == sc.lo || sc.w(i-1) != "," || !strings.HasSuffix(sc.w(i), "ing") || h.Count != 1 {
		return false
	}
	before := func(o casHit) bool {
		return o.End <= h.Start && o.Count == 1 && (o.Kind == killed || o.Kind == injured)
	}
	for _, o := range hits {
		if o.sent == sent && before(o) {
			return true
		}
	}
	for _, o := range out {
		if before(o) {
			return true
		}
	}
	return false
}

// modalBetween reports a modal verb in tokens [j, e), between a subject
// and its casualty word: "would not have died", "could be arrested" tell
// of no harm that happened.
func modalBetween(sc *numScan, j, e int) bool {
	for k := j; k < e; k++ {
		switch sc.w(k) {
		case "would", "could", "might", "may", "should", "must", "can", "will", "wo", "ca":
			if r := sc.w(k + 1); r == "remain" || r == "stay" {
				continue // "would remain in prison": a state that holds now and goes on
			}
			return true
		}
	}
	return false
}

// counterfactual reports "would", or "could have", in tokens [j, k),
// between a subject and its casualty word: "would not have died", "would
// have been killed", "could have been killed" ("may have been killed" and
// "might have died" tell of a harm that may have happened).
func counterfactual(sc *numScan, j, k int) bool {
	for c := j; c < k; c++ {
		if w := sc.w(c); w == "would" || w == "could" && sc.w(c+1) == "have" {
			return true
		}
	}
	return false
}

// reducedPassive reports a participle at token j, right after its subject,
// that is passive: a phrase of place, manner or agent follows it ("Ana
// Cruz shot in the head", "shot by police", "shot dead").
func reducedPassive(sc *numScan, j int) bool {
	switch sc.w(j + 1) {
	case "in", "by", "dead", "outside", "inside", "near", "during", "while", "after", "on", "through", "multiple", "several":
		return true
	case "to":
		return sc.w(j+2) == "death"
	}
	return false
}

// subjectTail reads what may stand between a subject and its predicate,
// at token j: a clause of the subject's own or a relative clause
// (clauseThenPassive), a long apposition (", a 19-year-old man from the
// 1000 block of Palmer Street, was arrested") or a phrase of place ("of
// Merrillville died", "of the other car in the crash was not hurt"). It
// returns the token the predicate's chain starts at.
func subjectTail(sc *numScan, j int) (int, bool) {
	if e, ok := clauseThenPassive(sc, j); ok {
		return e, true
	}
	switch w := sc.w(j); w {
	case ",":
		if !appositionStart(sc, j+1) {
			// a name in apposition: "One of the robbers, Lev Horn, was shot", "The victim,
			// Lev Horn, age 22, remains hospitalized"
			k := j + 1
			for k < sc.hi && k < j+5 && isCapWord(sc.raw(k)) {
				k++
			}
			if k == j+1 || sc.w(k) != "," {
				return j, false
			}
		}
		// a participle in apposition: "A Dutch engineer, held hostage in the mountains"
		if kind, _, ok := triggerAt(sc, j+1); ok && kind != "" && !activeUse(sc, j+1) && !auxWords.at(sc.w(j+1)) {
			return j + 1, true
		}
		for k := j + 1; k < sc.hi && k < j+30; k++ {
			switch sc.w(k) {
			case ";", ".", ":", "said", "says", "told", "\"", "\u201c", "\u201d", "(":
				return j, false
			case ",":
				switch sc.w(k + 1) {
				case "was", "were", "is", "are", "has", "had", "have", "remains", "remained":
					if _, _, ok := passiveAfter(sc, k+1); ok || sc.w(k+1) == "remains" || sc.w(k+1) == "remained" {
						return k + 1, true
					}
					return j, false
				}
			}
		}
	case "accused", "suspected", "charged", "wanted", "convicted":
		// "A man accused of shooting his wife is now in custody": the charge between subject and predicate
		if p := sc.w(j + 1); p != "of" && p != "with" && p != "in" && p != "for" {
			return j, false
		}
		for k := j + 2; k < sc.hi && k < j+12; k++ {
			switch sc.w(k) {
			case ",", ".", ";", "and", "who", "said", "says":
				return j, false
			case "was", "were", "is", "are", "has", "had", "have":
				return k, true
			case "taken", "arrested", "jailed", "held", "booked", "detained":
				if headlineLike(sc) {
					return k, true // a headline: "Man accused of robbery taken into custody"
				}
			}
		}
	case "of", "from", "in", "at", "inside", "outside", "near", "on", "aboard":
		for k := j + 1; k < sc.hi && k < j+12; k++ {
			switch sc.w(k) {
			case ",", ".", ";", "and", "who", "where", "when", "after", "before", "that", "said", "says":
				return j, false
			case "was", "were", "is", "are", "has", "had", "have":
				if _, _, ok := passiveAfter(sc, k); ok {
					return k, true
				}
				return j, false
			}
			if t, ok := triggers.get(sc.w(k)); ok && t.after && (!t.before || reducedPassive(sc, k) || headlineLike(sc)) {
				return k, true // "of Merrillville died", "of Carrollton shot to death", "from same family killed"
			}
			if _, _, ok := statePredicate(sc, k); ok && headlineLike(sc) {
				return k, true // a headline: "Suspect in store robbery booked"
			}
		}
	}
	return j, false
}

// clauseThenPassive reads, at token j after a subject, a clause of the
// subject's own and the passive that follows it: "got into an argument with three
// neighbours and was shot", "ran into the depot with an axe and was shot
// dead", "who shot her was arrested", "that escaped the barn were later
// arrested". It returns the token of the passive's auxiliary.
func clauseThenPassive(sc *numScan, j int) (int, bool) {
	w := sc.w(j)
	rel := w == "who" || w == "that" || participleClause(sc, j)
	if !rel && !pastVerb(w) && !(w == "was" || w == "is" || w == "were") && !(w == "fled" && sc.w(j+1) != "and") {
		return j, false // "She was a nurse at the clinic and was killed" reads on
	}
	from := j + 1
	if (w == "who" || w == "that") && (auxWords.at(sc.w(j+1)) || chainWords.at(sc.w(j+1))) {
		if _, _, ok := passiveAfter(sc, j+1); ok || !auxWords.at(sc.w(j+1)) {
			return j, false // "who was shot": the chain reads it
		}
		from = j + 2 // "who was sitting on her porch was struck"
	}
	for k := from; k < sc.hi && k < j+16; k++ {
		switch sc.w(k) {
		case ".", ";", ":", "when", "after", "because", "but", "while", "as", "before", "said", "says", "\"", "\u201c", "\u201d":
			return j, false
		case "and":
			if rel || !(sc.w(k+1) == "was" || sc.w(k+1) == "were" || sc.w(k+1) == "is" || sc.w(k+1) == "are") {
				continue
			}
			if _, _, ok := passiveAfter(sc, k+1); ok {
				return k + 1, true
			}
			return j, false
		case "was", "were", "is", "are":
			if !rel || sc.w(k-1) == "," && k-2 > j {
				continue
			}
			if _, _, ok := passiveAfter(sc, k); ok {
				return k, true
			}
			return j, false
		}
	}
	return j, false
}

// participleClause reports a clause of the subject's own that opens at
// token j with a participle or "with": "A man walking his dog was shot",
// "a waitress trying to stop a robbery was shot", "the man with the knife
// was shot".
func participleClause(sc *numScan, j int) bool {
	w := sc.w(j)
	if w == "with" {
		return true
	}
	if len(w) < 6 || !strings.HasSuffix(w, "ing") || isCapWord(sc.raw(j)) {
		return false
	}
	if _, ok := triggers.get(w); ok {
		return false
	}
	_, ok := activeVerbs.get(w)
	return !ok && !killNounWord(w)
}

// killNounWord reports a harm noun in -ing ("shooting", "killing").
func killNounWord(w string) bool {
	_, ok := killNouns.get(w)
	return ok
}

// passiveAfter reads an auxiliary at token k, the chain words after it and a casualty phrase.
func passiveAfter(sc *numScan, k int) (string, int, bool) {
	k++
	for n := 0; n < 4 && k < sc.hi && (chainWords.at(sc.w(k)) || sc.w(k) == "not" || sc.w(k) == "n't" || sc.w(k) == "never" || mannerAdverb(sc.w(k))) && sc.w(k) != "found" && sc.w(k) != "left"; n++ {
		k++
	}
	return triggerAt(sc, k)
}

// pastVerb reports a verb in the past tense that can open a subject's own
// clause: "got", "ran", "walked", "lunged" (a regular "-ed" form or a
// common irregular one), not a casualty word.
func pastVerb(w string) bool {
	if _, ok := triggers.get(w); ok {
		return false
	}
	if _, ok := activeVerbs.get(w); ok {
		return false
	}
	switch w {
	case "got", "ran", "went", "came", "drove", "fled", "fought", "stood", "sat", "left", "took", "made", "fell", "threw", "broke":
		return w != "left" && w != "fled"
	}
	return len(w) > 4 && strings.HasSuffix(w, "ed") && !auxWords.at(w) && !chainWords.at(w)
}

// noneAt reads a statement that nobody was harmed at token i: "No one else
// was hurt", "Nobody else was injured", "No officers were injured",
// "nobody in custody", "have not arrested anyone".
func noneAt(sc *numScan, i int) (casHit, int, bool) {
	w := sc.w(i)
	j := i + 1
	switch {
	case w == "no" && sc.w(j) == "one" && sc.w(j+1) == "else", w == "nobody" && sc.w(j) == "else":
		if w == "no" {
			j++
		}
		j++
	case w == "no" && (sc.victimNounAt(j) || modifierWord(sc, j) && sc.victimNounAt(j+1)) && sc.w(j) != "others":
		j++ // "No officers were hurt", "no registered guests … were injured"
		if !sc.victimNounAt(j - 1) {
			j++
		}
	case w == "no" && sc.w(j) != "one" && sc.w(j) != "others" && modifierWord(sc, j):
		e, _, ok := victimNoun(sc, j) // "No rail maintenance staff were hurt": modifiers before the noun
		if !ok {
			return casHit{}, i + 1, false
		}
		j = e
	case w == "neither" && (sc.victimNounAt(j) || sc.w(j) == "of" && (sc.w(j+1) == "the" || sc.w(j+1) == "them")):
		// "Neither officer was hurt", "Neither of the men was injured"
		if sc.w(j) == "of" {
			j += 2
			if sc.w(j-1) == "the" {
				if e, _, ok := victimNoun(sc, j); ok {
					j = e
				}
			}
		} else {
			j++
		}
	case w == "nobody" || w == "no-one" || w == "no" && sc.w(j) == "one":
		if w == "no" {
			j++
		}
		if possessiveMark(sc.w(j)) {
			j++ // "No one's in custody", "nobody's been hurt": the verb cut short
		}
		if sc.w(j) == "in" && sc.w(j+1) == "custody" {
			return newHit(sc, i, j+2, detained, 0, ""), j + 2, true
		}
	case (w == "anyone" || w == "anybody") && i > sc.lo && negatedBefore(sc, i):
		if v, ok := activeVerbs.get(sc.w(i - 1)); ok && v.kind == detained {
			return newHit(sc, i-1, i+1, detained, 0, ""), i + 1, true
		}
		return casHit{}, i + 1, false
	default:
		return casHit{}, i + 1, false
	}
	j = noneCoordinated(sc, j)
	if e, ok := subjectTail(sc, j); ok {
		j = e // "No guards or anyone else at the depot was injured"
	}
	if h, e, ok := victimsThenChain(sc, i, j, 0, "", false); ok && h.Count == 0 {
		return h, e, true
	}
	return casHit{}, i + 1, false
}

// noneCoordinated returns the token after further people that "or" joins
// to the subject of a statement of none ending before token j: "No guards
// or anyone else", "No students or teachers", "no officers or
// bystanders"; j itself when none follows.
func noneCoordinated(sc *numScan, j int) int {
	for n := 0; n < 3 && sc.w(j) == "or"; n++ {
		switch w := sc.w(j + 1); {
		case w == "anyone" || w == "anybody" || w == "someone":
			j += 2
			if sc.w(j) == "else" {
				j++
			}
		default:
			e, _, ok := victimNoun(sc, j+1)
			if !ok {
				return j
			}
			j = e
		}
	}
	return j
}

// sentToHospital reads an active verb that takes its victims to hospital
// at token i: "transported the driver to Oakmont General Hospital", "took
// her to a clinic", "sends 3 people to the hospital".
func sentToHospital(sc *numScan, i int, ents []contract.Entity) (casHit, int, bool) {
	switch sc.w(i) {
	case "transported", "took", "rushed", "drove", "airlifted", "flew", "sends", "sent", "send", "transports", "takes", "put", "puts":
	default:
		return casHit{}, i + 1, false
	}
	o := i + 1
	v, ok := victimsAt(sc, o, ents)
	if !ok && sc.canStartNumber(o) {
		if m, ok2 := sc.number(o); ok2 && m.n.Kind == contract.KindFigure && !m.n.Vague && !m.n.Range && m.n.Value >= 1 && m.n.Value < 100 && m.tokEnd > o {
			if e, who, ok3 := victimNoun(sc, m.tokEnd); ok3 {
				v, ok = victimPhrase{start: o, end: e, count: m.n.Value, who: who}, true
			}
		}
	}
	if !ok || v.count < 1 {
		return casHit{}, i + 1, false
	}
	kind, e, ok := toHospital(sc, v.end-1)
	if !ok && (sc.w(i) == "put" || sc.w(i) == "puts") {
		if e2, ok2 := hospitalAfter(sc, v.end); ok2 && sc.w(v.end) == "in" {
			kind, e, ok = injured, e2, true // "put a suspect in the hospital"
		} else {
			return casHit{}, i + 1, false
		}
	}
	if !ok {
		kind, e, ok = toNamedPlace(sc, v.end-1)
		if !ok || kind != injured {
			return casHit{}, i + 1, false
		}
	}
	h := newHit(sc, i, e, kind, v.count, v.who)
	v.qualify(&h)
	h.single = v.count == 1
	h.generic = true
	h.ref = v.ref
	return h, e, true
}

// negatedBefore reports a negation up to four words before token i ("have not made any").
func negatedBefore(sc *numScan, i int) bool {
	for p := i - 1; p >= sc.lo && p >= i-4; p-- {
		switch sc.w(p) {
		case "not", "n't", "never", "without":
			return true
		}
	}
	return false
}

// possessiveHarm reads a possessive victim and a harm noun at token i:
// "his death", "her murder", "Lee's death", "the officer's shooting".
func possessiveHarm(sc *numScan, i int, ents []contract.Entity) (casHit, int, bool) {
	w := sc.w(i)
	k, ref, who := -1, "", ""
	person := true // the possessor is a victim phrase, not a pronoun
	switch {
	case w == "his" || w == "her":
		k, ref, person = i+1, victimPronouns.at(w), false
		if v, ok := victimAt(sc, i, ents); ok && !v.pronoun && v.count == 1 && possessiveMark(sc.w(v.end)) {
			k, ref, who, person = v.end+1, v.ref, v.who, true // "his daughter's death"
		}
	case isCapWord(sc.raw(i)) || w == "the" || w == "a" || w == "an" || w == "one":
		v, ok := victimAt(sc, i, ents)
		if !ok || v.pronoun || v.count != 1 || !possessiveMark(sc.w(v.end)) {
			return casHit{}, i + 1, false
		}
		k, ref, who = v.end+1, v.ref, v.who
	default:
		return casHit{}, i + 1, false
	}
	p, ok := nounPossessive(sc, k)
	if !ok && person && bodyOf(sc, k) && !livingBody(sc, i) {
		p, ok = predicate{start: k, end: k + 1, kind: killed}, true // "the driver's body", "Lee's body"
	}
	if !ok || p.kind == detained || p.kind == kidnapped {
		return casHit{}, i + 1, false
	}
	if sc.w(p.end) == "of" {
		return casHit{}, i + 1, false // "his killing of a man": he is the agent
	}
	h := newHit(sc, i, p.end, p.kind, 1, who)
	h.single = true
	h.generic = p.generic
	h.ref = ref
	return h, p.end, true
}

// livingBody reports a preposition before the possessor at token i that
// speaks of a living body: "living in a stranger's body", "found in the
// driver's body", "injected into his body".
func livingBody(sc *numScan, i int) bool {
	switch sc.w(i - 1) {
	case "in", "into", "inside", "within", "on", "from", "throughout", "to":
		return i > sc.lo
	}
	return false
}

// bodyOf reports at token k a person's dead body after a possessive: "the
// driver's body", "Lee's body" ("body language", "body armour", "body of
// work" are none).
func bodyOf(sc *numScan, k int) bool {
	return sc.w(k) == "body" && sc.w(k+1) != "of" && !bodyCompound(sc, k)
}

// bodyCompound reports a "body" at token k that modifies the noun after it
// and names no corpse: "body language", "body armour", "body camera".
func bodyCompound(sc *numScan, k int) bool {
	switch sc.w(k + 1) {
	case "language", "armour", "armor", "weight", "camera", "cameras", "image", "mass", "temperature", "clock", "shop":
		return sc.w(k) == "body"
	}
	return false
}

// deathReferred reads a death noun at token i that refers to a victim the
// story tells of (coreference by a definite or possessive determiner): "the
// death" with no "of" after it ("investigating the circumstances of the
// death", "the scene of the death near a school"), "whose death" after a
// victim, or "a suspicious death" (an indefinite death past a modifier
// that is no number). A noun after the death names something else ("the
// death penalty", "a death threat"). It returns one killed.
func deathReferred(sc *numScan, i int) (casHit, int, bool) {
	w := sc.w(i)
	k := i + 1
	switch w {
	case "the", "whose":
	case "a", "an":
		if i > sc.lo && deathOnlyWords[sc.w(i-1)] {
			return casHit{}, i + 1, false // "died a normal death": the verb tells it
		}
		if k+1 < sc.hi && sc.w(k+1) == "death" && isAlpha(sc.w(k)) && !notPersonForms[sc.w(k)] && !sc.canStartNumber(k) {
			k++ // "a suspicious death", not "a death" alone ("a death threat", "a death in the family")
		} else {
			return casHit{}, i + 1, false
		}
	default:
		return casHit{}, i + 1, false
	}
	if k >= sc.hi || sc.w(k) != "death" || w == "whose" && (i == sc.lo || sc.w(i-1) != ",") {
		return casHit{}, i + 1, false
	}
	if k+1 < sc.hi && !deathEnds(sc.w(k+1)) && (w != "whose" || deathCompounds[sc.w(k+1)] || sc.w(k+1) == "of") {
		return casHit{}, i + 1, false // "whose death" may go on with its verb: "whose death shocked the town"
	}
	h := newHit(sc, i, k+1, killed, 1, "")
	h.single = true
	return h, k + 1, true
}

// deathCompounds are the nouns a death noun modifies: "the death penalty".
var deathCompounds = map[string]bool{"toll": true, "penalty": true, "sentence": true, "sentences": true, "row": true,
	"threat": true, "threats": true, "certificate": true, "squad": true, "squads": true, "camp": true, "camps": true, "rate": true, "rates": true}

// deathEnds reports a word that may follow a death noun that ends its noun
// phrase: a mark, a preposition other than "of", a verb of being, a
// conjunction, "later" or "earlier" ("the death, and", "the death near",
// "the death was ruled a homicide", "the death later").
func deathEnds(w string) bool {
	switch w {
	case ",", ".", ";", ":", "?", "!", ")", "\"", "\u201d", "and", "but", "was", "is", "has", "had", "remains", "later", "earlier",
		"in", "on", "at", "near", "after", "since", "as", "over", "to", "from", "by", "under":
		return true
	}
	return false
}

// isAlpha reports a word of letters only.
func isAlpha(w string) bool {
	for _, r := range w {
		if r < 'a' || r > 'z' {
			return false
		}
	}
	return w != ""
}

// furtherVictim reports a hit whose victim is told apart from one named
// before by the same noun: "another 17-year-old girl", "the second victim",
// "the other man".
func furtherVictim(h casHit) bool {
	if h.another {
		return true
	}
	if h.Who == "" {
		return false
	}
	k := strings.Index(h.Text, h.Who)
	if k < 0 {
		return false
	}
	before := strings.Fields(h.Text[:k])
	if len(before) == 0 {
		return false
	}
	switch lexicon.Lower(before[len(before)-1]) {
	case "second", "third", "fourth", "other", "another":
		return true
	}
	return false
}

// indefinite reports a hit whose victim opens with an indefinite article
// or "another": after a death of the same noun ("the murder of a clerk …
// a robber pistol-whipped a clerk") it introduces a victim of its own.
func indefinite(h casHit) bool {
	if h.Who == "" {
		return false
	}
	k := strings.Index(h.Text, h.Who)
	if k < 0 {
		return false
	}
	for _, w := range strings.Fields(lexicon.Lower(h.Text[:k])) {
		if w == "a" || w == "an" || w == "another" {
			return true
		}
	}
	return false
}

// memberRefs returns the surnames of a coordination of named victims
// ("Ina Roth and Eva Mack", "Roth, Mack and Lee"), or nil when a member is
// not a name.
func memberRefs(h casHit) []string {
	if !strings.Contains(h.Who, " and ") {
		return nil
	}
	var refs []string
	for _, part := range strings.Split(strings.ReplaceAll(h.Who, ", ", " and "), " and ") {
		part = strings.TrimSpace(part)
		if part == "" || !isCapWord(part) || lexicon.IsVictimNoun(lexicon.Lower(part)) {
			return nil
		}
		refs = append(refs, surname(part))
	}
	return refs
}

// allDead reports whether every one of refs is among the dead.
func allDead(refs []string, dead map[string]bool) bool {
	for _, r := range refs {
		if !dead[r] {
			return false
		}
	}
	return len(refs) > 0
}

// earlierEvents reports the hits that stand in a sentence about an earlier
// event than the story's ("In 2015 a man was shot dead on the same corner").
func earlierEvents(f *Figures, hits []casHit) []bool {
	out := make([]bool, len(hits))
	year := f.tollYear(f.casualtyHits())
	for k, h := range hits {
		out[k] = h.sent >= 0 && h.sent < len(f.d.Sents) && f.years.historical(f.d, h, year)
	}
	return out
}

// applyOutcome gives the kind killed to every mention of harm to a victim
// the story reports dead ("Ana Cruz was shot" when "Cruz died"), and, when
// the story reports deaths and says of no victim that they lived, to every
// single victim it says was only shot, hit or taken to hospital. hits are
// in text order. aliases maps a description's referent to the surname a
// sentence identifies it as (victimAliases).
func applyOutcome(hits []casHit, earlier []bool, aliases map[string]string) {
	if len(hits) == 0 {
		return
	}
	refs := make([]string, len(hits))
	pron := make([]bool, len(hits))
	last := ""
	for k, h := range hits {
		r := h.ref
		if r == "" && h.Count == 1 {
			switch {
			case h.key == "pronoun" || h.key == "self":
				r = "he"
			case h.Who != "":
				r = surname(h.Who)
			}
		}
		if a := aliases[r]; a != "" {
			r = a // "the victim" identified as Ana Cruz
		}
		if r == "self" {
			// "shot his wife before killing himself": the harm is the actor's own, not the
			// victim's named before it
			refs[k] = r
			continue
		}
		if r == "he" || r == "she" {
			pron[k] = true
			if last != "" {
				r = last
			}
		} else if r != "" && h.Count == 1 {
			last = r
		}
		refs[k] = r
	}
	dead := map[string]bool{}
	diedAt := map[string]int{} // the first hit that tells a victim died
	deaths, alive := false, false
	most := 0.0 // the largest count of dead
	for k, h := range hits {
		if h.Kind == killed && h.Count >= 1 {
			// a death of an earlier event tells of its own victim, not of this event's toll
			deaths = deaths || !earlier[k]
			if !earlier[k] {
				most = max(most, h.Count)
			}
			if h.Count == 1 && refs[k] != "" {
				if !dead[refs[k]] {
					diedAt[refs[k]] = k
				}
				dead[refs[k]] = true
			}
			for _, r := range memberRefs(h) {
				dead[r] = true // "Ina Roth and Eva Mack were found dead": each of them
			}
		}
		if h.Kind == injured && h.Count > 0 && !h.generic {
			alive = true
		}
	}
	if !deaths {
		return
	}
	for k, h := range hits {
		if h.Kind != injured || h.Count < 1 {
			continue
		}
		if h.Count > 1 {
			// "shot three women" in a story of three dead and no survivor
			if !alive && h.generic && h.Count <= most {
				hits[k].Kind = killed
			}
			// "Roth and Mack had gunshot wounds" when each of them died
			if m := memberRefs(h); len(m) == int(h.Count) && allDead(m, dead) {
				hits[k].Kind = killed
			}
			continue
		}
		if dead[refs[k]] && (h.generic || !pron[k]) && !furtherVictim(h) && !(indefinite(h) && diedAt[refs[k]] < k) ||
			!alive && h.generic && !earlier[k] {
			hits[k].Kind = killed
		}
	}
}
