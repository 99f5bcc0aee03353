package figure

import (
	"slices"
	"strings"

	"github.com/newsparse/newsparse/internal/contract"
	"github.com/newsparse/newsparse/internal/lexicon"
)

// The kinds of casualty (contract.CasualtyKind), untyped: the grammar keeps
// a kind in strings and map keys until it becomes a Casualty's Kind.
const (
	killed    = "killed"
	injured   = "injured"
	displaced = "displaced"
	missing   = "missing"
	detained  = "detained"
	kidnapped = "kidnapped"
)

// casHit is a casualty found in a segment.
type casHit struct {
	contract.Casualty
	sent     int
	single   bool // one victim counted by its noun or name ("a man", "Terry Waite")
	another  bool // "another 17-year-old girl": a further victim
	subset   bool // "four of them seriously": part of a count already given
	part     bool // "61,000 of the 85,000 deaths": part of a larger count
	key      string
	explicit bool    // a figure written as a number
	generic  bool    // injured only by "shot", "struck", "taken to hospital": may be a victim who died
	both     bool    // "both were shot": victims named before
	hidden   bool    // "he was shot": counted for the toll but not listed
	fatal    float64 // "two were shot, one fatally": the victims of this count who died
	also     *casHit // the killed count of such a phrase
	grammar  bool    // found by the casualty grammar (casgrammar.go): listed, not read by the toll
	ref      string  // whom the outcome rule follows (casgrammar.go): a surname, a noun, "he" or "she"
}

// Casualties returns the casualty counts stated in the article (the body, and the title).
func (f *Figures) Casualties() []contract.Casualty {
	if f.cas == nil {
		f.cas = readCasualties(f)
	}
	return slices.Clone(f.cas) // a caller may place them (geo.PlaceFigures): the article's list stays as read
}

// readCasualties reads the casualties Casualties returns.
func readCasualties(f *Figures) []contract.Casualty {
	// casgrammar.go: the grammar's hits and the outcome rule
	listed := listedCasualties(f, f.casualtyHits())
	// fallback.go: the casualty words the grammar left, kept by a trained model
	more := f.fallbackHits(listed, defaultFallback())
	if len(more) == 0 {
		return listed
	}
	listed = append(listed, more...)
	slices.SortStableFunc(listed, func(a, b contract.Casualty) int { return a.Start - b.Start })
	return listed
}

// GrammarCasualties returns the casualties the pattern reader and the
// grammar list, without the fallback's: what the fallback's trainer reads.
func (f *Figures) GrammarCasualties() []contract.Casualty {
	return listedCasualties(f, f.casualtyHits())
}

// casualtyHits returns the casualties with what the toll needs to know of
// each, found once per article: Casualties and Toll read the same hits.
func (f *Figures) casualtyHits() []casHit {
	if !f.found {
		f.hits, f.found = findCasualties(f), true
	}
	return f.hits
}

// findCasualties finds the casualties of an article's segments.
func findCasualties(f *Figures) []casHit {
	var hits []casHit
	d, ents := f.d, f.ents
	if d == nil || len(d.Toks) == 0 && len(d.Meta.Fields) == 0 {
		return hits
	}
	ix := f.mentions()
	for _, seg := range f.segments() {
		if !seg.has(clsCasualtyCue) {
			continue // no word a casualty needs: every casualty phrase ends with or contains one
		}
		sc := numScan{text: d.Text, toks: seg.toks, lo: seg.lo, hi: seg.hi, title: seg.sent < 0, ix: ix, low: *seg.low}
		first := len(hits)
		used := -1 // tokens before this index are taken
		for i := seg.lo; i < seg.hi; i++ {
			if i < used {
				continue
			}
			if h, end, ok := casualtyAt(&sc, i, ents); ok {
				if e, no := noPersonHarm(&sc, h); no {
					used = e
					continue // victimkind.go: a thing's harm, or a harm not done
				}
				if _, b := hitTokens(&sc, h.Start, h.End); b > 0 && h.also == nil {
					var e int
					if h, e = alongWith(&sc, h, b, ents); e > end {
						end = e // "was arrested along with two others"
					}
				}
				h.sent = seg.sent
				h.Text = d.Text[h.Start:h.End]
				also := h.also
				h.also = nil
				hits = append(hits, h)
				if also != nil {
					also.sent = seg.sent
					also.Text = d.Text[also.Start:also.End]
					hits = append(hits, *also)
				}
				used = end
			}
		}
		hits = append(hits[:first], unstatedParts(hits[first:])...) // unstated.go: "17 were hurt, many by bullets"
		if seg.sent >= 0 {
			for k := first; k < len(hits); k++ {
				hits[k].Source = sourceOf(f, seg.sent, hits[k].Start, hits[k].End)
			}
		}
	}
	return hits
}

// casualtyAt reads a casualty starting at token i: a count and its casualty
// word, a casualty verb and its count, or one named or described victim.
// It returns the hit and the token after it.
func casualtyAt(sc *numScan, i int, ents []contract.Entity) (casHit, int, bool) {
	w := sc.w(i)
	// "no one was hurt", "nobody", "none", "no injuries"
	if w == "no" || w == "nobody" || w == "none" {
		return zeroAt(sc, i)
	}
	if h, e, ok := bothVictims(sc, i, w); ok {
		return h, e, true
	}
	if h, e, ok := selfKilled(sc, i, w); ok {
		return h, e, true
	}
	if h, e, ok := bodyFound(sc, i, w, ents); ok {
		return h, e, true
	}
	// a count
	if sc.canStartNumber(i) {
		if h, e, ok := countAt(sc, i); ok {
			return h, e, true
		}
		// money or another figure: skip it whole
	}
	// a vague word of no figure: "several suspects were detained", "many were killed" (unstated.go)
	if h, e, ok := unstatedCountAt(sc, i); ok {
		return h, e, true
	}
	if h, e, ok := activeVerbVictim(sc, i, w, ents); ok {
		return h, e, true
	}
	// "found Lee Moody shot to death", "left 25-year-old Ana Cruz dead", "pronounced Barrera dead"
	if w == "found" || w == "left" || w == "pronounced" || w == "declared" || w == "discovered" {
		if h, e, ok := victimLeft(sc, i, ents); ok {
			return h, e, true
		}
	}
	// "he was shot": a victim for the toll, not a figure of the text
	if (w == "he" || w == "she") && !(i+1 < sc.hi && sc.w(i+1) == "and") {
		if h, e, ok := victimsThenChain(sc, i, i+1, 1, "", true); ok && h.Kind != detained && h.Count == 1 {
			h.single, h.hidden, h.key = true, true, "pronoun"
			return h, e, true
		}
	}
	// victims listed one by one: "The victims, a 23-year-old man and his 19-year-old son, were shot"
	if j, who, n, ok := listedVictims(sc, i); ok {
		if h, e, ok := victimsThen(sc, i, j, float64(n), who); ok {
			return h, e, true
		}
	}
	// victims counted by their ages: "The other victims, ages 13, 17 and 19, were treated"
	if j, who, n, ok := agedVictims(sc, i); ok {
		if h, e, ok := victimsThen(sc, i, j, float64(n), who); ok {
			return h, e, true
		}
	}
	if h, e, ok := describedVictim(sc, i, ents); ok {
		return h, e, true
	}
	return casHit{}, i + 1, false
}

// bothVictims reads "both" (w) at token i and its casualty phrase: "both were
// shot", "both sisters were rushed to a hospital". It returns the hit (two
// victims) and the token after it, or false.
func bothVictims(sc *numScan, i int, w string) (casHit, int, bool) {
	if w == "both" {
		if h, e, ok := victimsThen(sc, i, i+1, 2, ""); ok {
			h.both = true
			return h, e, true
		}
		// "both sisters were rushed to a hospital", "both men died"
		if e, who, ok := victimNoun(sc, i+1); ok && !singleNoun(lexicon.Lower(who)) {
			if h, e2, ok := victimsThen(sc, i, e, 2, who); ok {
				h.both = true
				return h, e2, true
			}
		}
	}
	return casHit{}, 0, false
}

// selfKilled reads a suicide at token i (w): "killed himself", "took his own
// life". It returns the hit and the token after it, or false.
func selfKilled(sc *numScan, i int, w string) (casHit, int, bool) {
	// "killed himself", "took his own life"
	if (w == "killed" || w == "kills" || w == "killing") && (sc.w(i+1) == "himself" || sc.w(i+1) == "herself") && !footIdiom(sc, i) {
		h := newHit(sc, i, i+2, killed, 1, sc.raw(i+1))
		h.single = true
		h.key, h.ref = "self", "self"
		return h, i + 2, true
	}
	if e, ok := weaponOnSelf(sc, i, w); ok {
		kind := killed
		if aliveLater(sc, e) {
			kind = injured // "turned the gun on himself and is in critical condition"
		}
		h := newHit(sc, i, e, kind, 1, sc.raw(e-1))
		h.single = true
		h.key, h.ref = "self", "self"
		return h, e, true
	}
	if (w == "took" || w == "taking" || w == "takes") && (sc.w(i+1) == "his" || sc.w(i+1) == "her") && sc.w(i+2) == "own" && sc.w(i+3) == "life" {
		h := newHit(sc, i, i+4, killed, 1, sc.raw(i+1))
		h.single = true
		h.key, h.ref = "self", "self"
		return h, i + 4, true
	}
	return casHit{}, 0, false
}

// selfWeapons are the weapons a person turns on themself.
var selfWeapons = map[string]bool{"gun": true, "weapon": true, "pistol": true, "handgun": true, "rifle": true,
	"shotgun": true, "knife": true, "firearm": true, "revolver": true}

// weaponOnSelf reads a weapon turned on oneself at token i (w): "turned the
// gun on himself", "turning his weapon on herself", "turns a rifle on
// himself". It returns the token after the pronoun: a suicide, or a
// self-inflicted wound when the victim lived.
func weaponOnSelf(sc *numScan, i int, w string) (int, bool) {
	switch w {
	case "turned", "turning", "turns", "turn":
	default:
		return 0, false
	}
	k := i + 1
	switch sc.w(k) {
	case "the", "his", "her", "a", "their":
		k++
	default:
		return 0, false
	}
	if !selfWeapons[sc.w(k)] && selfWeapons[sc.w(k+1)] {
		k++ // "his own gun", "the stolen handgun"
	}
	if !selfWeapons[sc.w(k)] || sc.w(k+1) != "on" || unrealized(sc, i) {
		return 0, false
	}
	switch sc.w(k + 2) {
	case "himself", "herself":
		return k + 3, true
	}
	return 0, false
}

// bodyFound reads "body ... was found" at token i (w), and "the death of a
// son", "the fatal shooting of Goldie Long": one killed. It returns the hit
// and the token after it, or false.
func bodyFound(sc *numScan, i int, w string, ents []contract.Entity) (casHit, int, bool) {
	// "a man's body was found"
	if w == "body" && i > sc.lo {
		k := i + 1
		for k < sc.hi && k < i+4 && chainWords.at(sc.w(k)) && sc.w(k) != "found" {
			k++
		}
		switch sc.w(k) {
		case "found", "discovered", "recovered", "pulled":
			h := newHit(sc, i, k+1, killed, 1, "")
			h.single = true
			return h, k + 1, true
		}
	}
	// "the death of a son", "the murder of an 18-year-old man", "the fatal shooting of Goldie Long"
	if (w == "death" || w == "murder" || w == "killing" || w == "slaying" || w == "homicide" || w == "shooting" && i > sc.lo && (sc.w(i-1) == "fatal" || sc.w(i-1) == "deadly")) && sc.w(i+1) == "of" {
		j, who, ok := personNP(sc, i+2)
		if !ok {
			k := i + 2
			if isAgeWord(sc.w(k)) && isCapWord(sc.raw(k+1)) {
				k++ // "the death of 38-year-old Ana Cruz"
			}
			if e, name, n, _, ok2 := nameNP(sc, k, ents); ok2 && n == 1 && !(e == k+1 && strings.HasSuffix(name, "s")) {
				j, who, ok = e, name, true
			}
		}
		if ok {
			h := newHit(sc, i, j, killed, 1, who)
			h.single = true
			h.key = who
			return h, j, true
		}
	}
	return casHit{}, 0, false
}

// activeVerbVictim reads an active casualty verb at token i (w) and its
// victim: "killed a man", "fatally shot her" (hidden, for the toll),
// "kidnapped Terry Waite". It returns the hit and the token after it, or
// false.
func activeVerbVictim(sc *numScan, i int, w string, ents []contract.Entity) (casHit, int, bool) {
	// an active casualty verb and its victim: "killed a man", "wounded his uncle and 7-year-old son"
	if t, ok := triggers.get(w); ok && t.before && i > sc.lo && !unrealized(sc, i) && !nounHit(sc, i) && !titleCaseParticiple(sc, i) {
		if j, who, n, ok := personNPs(sc, i+1); ok && !(sc.w(i+1) == "at") {
			h := newHit(sc, i, j, t.kind, float64(n), who)
			h.single = n == 1
			h.key = who
			if w == "shot" {
				h.Kind = contract.CasualtyKind(shotKind(sc, i, j))
			}
			if w == "shot" || w == "struck" {
				h.generic = true // the one shot may be the one who died
			}
			if e, ok := objectToDeath(sc, j); ok && (h.Kind == injured || h.Kind == killed) {
				h = newHit(sc, i, e, killed, float64(n), who) // "stabbed Ana Cruz to death"
				h.single, h.key = n == 1, who
				return h, e, true
			}
			if e, ok := whoDied(sc, j); ok && n == 1 && h.Kind == injured {
				// "shot the suspect, who died at the scene"
				h = newHit(sc, i, e, killed, 1, who)
				h.single, h.key = true, who
				return h, e, true
			}
			return h, j, true
		}
		// "stabbed him in the side and killed him", "fatally shot her": a victim for the toll, not a figure of the text
		if o := sc.w(i + 1); (o == "him" || o == "her") && (t.kind == killed && w != "kill" || w == "shot" && sc.w(i-1) == "fatally") {
			switch sc.w(i - 1) {
			case "would", "could", "will", "might", "may", "to", "not", "n't", "never", "did":
			default:
				h := newHit(sc, i, i+2, killed, 1, "")
				h.single, h.hidden, h.key = true, true, "pronoun"
				return h, i + 2, true
			}
		}
		// "jailed former finance minister Ivo Maric", "kidnapped Nora Quist"
		if p := sc.w(i - 1); w != "shot" && w != "struck" && w != "hurt" && !auxWords.at(p) && !isDeterminer(p) &&
			p != "with" && p != "without" && p != "for" && p != "of" && p != "including" && p != "by" && p != "," {
			k := i + 1
			for n := 0; n < 4 && k < sc.hi && isTitleWord(sc.raw(k)); n++ {
				k++
			}
			if e, name, n, _, ok := nameNP(sc, k, ents); ok && n == 1 && e-k >= 2 {
				kind := t.kind
				if d, ok := objectToDeath(sc, e); ok && (kind == injured || kind == killed) {
					kind, e = killed, d // "stabbed Ana Cruz to death"
				}
				h := newHit(sc, i, e, kind, 1, name)
				h.single, h.key = true, name
				return h, e, true
			}
		}
	}
	return casHit{}, 0, false
}

// describedVictim reads a described or named victim at token i and its
// casualty phrase: "a 17-year-old girl was shot", "Woman killed", "Gascoigne
// and Platt are both injured". It returns the hit and the token after it,
// or false.
func describedVictim(sc *numScan, i int, ents []contract.Entity) (casHit, int, bool) {
	// a described or named victim: "a 17-year-old girl was shot", "Woman killed", "Terry Waite was taken hostage"
	if objectOfHarm(sc, i) {
		return casHit{}, 0, false
	}
	if j, who, n, another, ok := subjectNP(sc, i, ents); ok {
		named := who != "" && isCapWord(who) && !singleNoun(lexicon.Lower(who))
		start := i
		if named && n == 1 && i-2 >= sc.lo && sc.w(i-1) == "and" && isCapWord(sc.raw(i-2)) && !isCommonCapWord(sc.w(i-2)) &&
			(i-3 < sc.lo || !isCapWord(sc.raw(i-3))) {
			// "Gascoigne and Platt are both injured"
			start, n, who = i-2, 2, sc.raw(i-2)+" and "+who
		}
		if h, e, ok := victimsThenChain(sc, start, j, float64(n), who, named && !sc.title); ok {
			h.single = n == 1 && h.Count <= 1 // not "killed along with his wife"
			h.another = another
			h.key = who
			return h, e, true
		}
	}
	return casHit{}, 0, false
}

// objectOfHarm reports a noun phrase at token i that is the object of the
// harm verb before it, not the subject of what follows: "A man accused of
// stabbing his neighbour was arrested" arrests the man, not the neighbour.
func objectOfHarm(sc *numScan, i int) bool {
	if i <= sc.lo {
		return false
	}
	if !sc.is(i-1, clsActiveVerb) {
		return false
	}
	p := sc.w(i - 1)
	w := sc.w(i)
	return strings.HasSuffix(p, "ing") || isDeterminer(w) || w == "his" || w == "her" || w == "their"
}

// newHit makes a hit over tokens [i, j).
func newHit(sc *numScan, i, j int, kind string, n float64, who string) casHit {
	h := casHit{}
	h.Start, h.End = sc.toks[i].Start, sc.toks[j-1].End
	h.Kind, h.Count, h.Who = contract.CasualtyKind(kind), n, who
	return h
}

// casualtyCues are the words without which a segment holds no casualty: every
// casualty phrase ends with or contains one.
var casualtyCues = func() map[string]bool {
	m := map[string]bool{}
	for w := range triggers.m {
		m[w] = true
	}
	for w := range deathNouns {
		m[w] = true
	}
	for w := range expelVerbs {
		m[w] = true
	}
	for w := range heldNouns {
		m[w] = true
	}
	for w := range woundNouns {
		m[w] = true
	}
	for _, w := range strings.Fields(`custody jail detention condition hospital hospitals clinic medical toll hostage captive
		wound wounds injuries injury released homes home homeless flee fled himself herself life body murder slaying homicide
		death dead lives treated suffered suffering sustained pronounced casualties casualty detainees captives kidnappers arrest
		abductors captors killing killings massacre slaughter genocide executions captivity refugees`) {
		m[w] = true
	}
	return m
}()
