package figure

import (
	"strings"

	"github.com/newsparse/newsparse/internal/contract"
	"github.com/newsparse/newsparse/internal/lexicon"
	"github.com/newsparse/newsparse/internal/textdoc"
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

// trig is what a casualty word says: its kind, and whether it follows its
// victims ("were killed", "dead") or precedes them ("killed 45 workers").
type trig struct {
	kind   string
	after  bool // stands after the victims: passive participles, adjectives
	before bool // stands before the victims: active verbs
}

// triggers are the single words that name a casualty.
var triggers = map[string]trig{
	"killed": {killed, true, true}, "kill": {killed, false, true}, "kills": {killed, false, true}, "killing": {killed, false, true},
	"dead": {killed, true, false}, "died": {killed, true, false}, "die": {killed, true, false}, "dies": {killed, true, false},
	"dying": {killed, true, false}, "deceased": {killed, true, false}, "slain": {killed, true, false}, "murdered": {killed, true, true}, "perished": {killed, true, false},
	"drowned": {killed, true, false}, "massacred": {killed, true, true}, "executed": {killed, true, false}, "beheaded": {killed, true, true},
	"wounded": {injured, true, true}, "wounding": {injured, false, true}, "injured": {injured, true, true}, "injuring": {injured, false, true},
	"hurt": {injured, true, true}, "hospitalised": {injured, true, false}, "hospitalized": {injured, true, false},
	"shot": {injured, true, true}, "stabbed": {injured, true, true}, "grazed": {injured, true, false}, "struck": {injured, true, true},
	"displaced": {displaced, true, true}, "homeless": {displaced, true, false}, "evacuated": {displaced, true, true},
	"fled": {displaced, true, false}, "flee": {displaced, true, false}, "displacing": {displaced, false, true},
	"missing": {missing, true, false}, "unaccounted": {missing, true, false}, "recovering": {injured, true, false},
	"arrested": {detained, true, true}, "detained": {detained, true, true}, "jailed": {detained, true, true},
	"imprisoned": {detained, true, true}, "arresting": {detained, false, true},
	"kidnapped": {kidnapped, true, true}, "abducted": {kidnapped, true, true}, "kidnapping": {kidnapped, false, true}, "abducting": {kidnapped, false, true},
}

// deathNouns count victims by themselves: "140,000 deaths", "up to 140 bodies".
var deathNouns = map[string]string{
	"deaths": killed, "death": killed, "bodies": killed, "fatalities": killed, "dead": killed, "lives": killed,
	"injuries": injured, "injured": injured, "wounded": injured, "hostages": kidnapped, "arrests": detained,
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

// chainWords may stand between victims and their casualty word: "were",
// "have been", "are now confirmed to have", "seriously".
var chainWords = map[string]bool{
	"were": true, "was": true, "are": true, "is": true, "have": true, "has": true, "had": true, "been": true,
	"be": true, "being": true, "now": true, "reportedly": true, "also": true, "later": true, "confirmed": true,
	"to": true, "believed": true, "feared": true, "thought": true, "said": true, "reported": true, "all": true,
	"still": true, "already": true, "critically": true, "seriously": true, "fatally": true, "badly": true,
	"slightly": true, "severely": true, "mortally": true, "accidentally": true, "allegedly": true, "both": true,
	"getting": true, "got": true, "left": true, "will": true, "would": true, "may": true, "might": true,
	"could": true, "forced": true, "found": true, "apparently": true, "presumed": true, "officially": true,
	"then": true, "just": true, "each": true, "went": true, "gone": true, "remain": true, "remained": true, "remains": true, "recently": true, "eventually": true, "initially": true,
	"immediately": true, "subsequently": true,
}

// modalWords make a figure a projection, not a count ("the toll could rise to 100").
var notCountNouns = map[string]bool{
	"days": true, "day": true, "weeks": true, "week": true, "months": true, "month": true, "years": true, "year": true,
	"hours": true, "hour": true, "minutes": true, "minute": true, "times": true, "miles": true, "mile": true,
	"shots": true, "rounds": true, "bullets": true, "percent": true, "times.": true, "feet": true, "yards": true,
	"metres": true, "meters": true, "kilometres": true, "km": true, "points": true, "counts": true, "charges": true,
}

// casHit is a casualty found in a segment.
type casHit struct {
	contract.Casualty
	sent     int
	single   bool // one victim counted by its noun or name ("a man", "Terry Waite")
	another  bool // "another 17-year-old girl": a further victim
	subset   bool // "four of them seriously": part of a count already given
	part     bool // "94,000 of the 140,000 deaths": part of a larger count
	key      string
	explicit bool    // a figure written as a number
	generic  bool    // injured only by "shot", "struck", "taken to hospital": may be a victim who died
	both     bool    // "both were shot": victims named before
	hidden   bool    // "he was shot": counted for the toll but not listed
	fatal    float64 // "two were shot, one fatally": the victims of this count who died
	also     *casHit // the killed count of such a phrase
}

// explicitInjury reports an injury phrase that says the victim was hurt and
// not killed: "wounded", "injured", "hurt", "in critical condition".
func explicitInjury(sc *numScan, k, e int) bool {
	for j := k; j < e; j++ {
		switch sc.w(j) {
		case "wounded", "injured", "hurt", "condition", "hospitalized", "hospitalised", "grazed":
			return true
		}
	}
	return false
}

// aliveLater reports a victim said to be alive later in the sentence: "was
// shot and remains in critical condition", "shot … still hospitalized".
func aliveLater(sc *numScan, e int) bool {
	for j := e; j < sc.hi && j < e+20; j++ {
		switch sc.w(j) {
		case "condition", "hospitalized", "hospitalised", "recovering", "survived", "recover", "non-life-threatening", "injuries":
			return true
		case ";":
			return false
		}
	}
	return false
}

// diedLater reports a victim who was shot and died later in the sentence:
// "was shot in the abdomen and transported to the hospital, where he died".
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

// Casualties returns the casualty counts stated in the article (the body, and the title).
func (f *Figures) Casualties() []contract.Casualty {
	hits := f.casualtyHits()
	out := make([]contract.Casualty, 0, len(hits))
	for _, h := range hits {
		if !h.hidden {
			out = append(out, h.Casualty)
		}
	}
	return out
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
		sc := numScan{text: d.Text, toks: seg.toks, lo: seg.lo, hi: seg.hi, title: seg.sent < 0, ix: ix, low: seg.low}
		if !hasCasualtyCue(&sc) {
			continue
		}
		first := len(hits)
		used := -1 // tokens before this index are taken
		for i := seg.lo; i < seg.hi; i++ {
			if i < used {
				continue
			}
			if h, end, ok := casualtyAt(&sc, i, ents); ok {
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
	if w == "both" {
		if h, e, ok := victimsThen(sc, i, i+1, 2, ""); ok {
			h.both = true
			return h, e, true
		}
		// "both teens were taken to a hospital", "both men died"
		if e, who, ok := victimNoun(sc, i+1); ok && !singleNoun(lexicon.Lower(who)) {
			if h, e2, ok := victimsThen(sc, i, e, 2, who); ok {
				h.both = true
				return h, e2, true
			}
		}
	}
	// "killed himself", "took his own life"
	if (w == "killed" || w == "kills" || w == "killing") && (sc.w(i+1) == "himself" || sc.w(i+1) == "herself") {
		h := newHit(sc, i, i+2, killed, 1, sc.raw(i+1))
		h.single = true
		h.key = "self"
		return h, i + 2, true
	}
	if (w == "took" || w == "taking" || w == "takes") && (sc.w(i+1) == "his" || sc.w(i+1) == "her") && sc.w(i+2) == "own" && sc.w(i+3) == "life" {
		h := newHit(sc, i, i+4, killed, 1, sc.raw(i+1))
		h.single = true
		h.key = "self"
		return h, i + 4, true
	}
	// "a man's body was found"
	if w == "body" && i > sc.lo {
		k := i + 1
		for k < sc.hi && k < i+4 && chainWords[sc.w(k)] && sc.w(k) != "found" {
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
	// a count
	if sc.canStartNumber(i) {
		if h, e, ok := countAt(sc, i); ok {
			return h, e, true
		}
		// money or another figure: skip it whole
	}
	// an active casualty verb and its victim: "killed a man", "wounded her brother and 4-year-old daughter"
	if t, ok := triggers[w]; ok && t.before && i > sc.lo && !unrealized(sc, i) {
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
			return h, j, true
		}
		// "shot him in the back and killed him", "fatally shot her": a victim for the toll, not a figure of the text
		if o := sc.w(i + 1); (o == "him" || o == "her") && (t.kind == killed && w != "kill" || w == "shot" && sc.w(i-1) == "fatally") {
			switch sc.w(i - 1) {
			case "would", "could", "will", "might", "may", "to", "not", "n't", "never", "did":
			default:
				h := newHit(sc, i, i+2, killed, 1, "")
				h.single, h.hidden, h.key = true, true, "pronoun"
				return h, i + 2, true
			}
		}
		// "jailed former deputy prime minister Alpaslan Turkes", "kidnapped Terry Waite"
		if p := sc.w(i - 1); w != "shot" && w != "struck" && w != "hurt" && !auxWords[p] && !isDeterminer(p) &&
			p != "with" && p != "without" && p != "for" && p != "of" && p != "including" && p != "by" && p != "," {
			k := i + 1
			for n := 0; n < 4 && k < sc.hi && isTitleWord(sc.raw(k)); n++ {
				k++
			}
			if e, name, n, _, ok := nameNP(sc, k, ents); ok && n == 1 && e-k >= 2 {
				h := newHit(sc, i, e, t.kind, 1, name)
				h.single, h.key = true, name
				return h, e, true
			}
		}
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
	// a described or named victim: "a 17-year-old girl was shot", "Woman killed", "Terry Waite was taken hostage"
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
	return casHit{}, i + 1, false
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

// unrealized reports an active casualty verb at token k that did not
// happen: "nearly killing the trooper", "possibly killing him", "tried to
// kill a guard", "threatened to kill 100 hostages".
func unrealized(sc *numScan, k int) bool {
	p := k - 1
	if p < sc.lo {
		return false
	}
	switch sc.w(p) {
	case "nearly", "almost", "possibly", "narrowly", "potentially":
		return true
	case "to":
		if p-1 >= sc.lo {
			switch sc.w(p - 1) {
			case "tried", "trying", "tries", "try", "attempted", "attempting", "attempt", "threatened", "threatening",
				"threatens", "threaten", "plotted", "plotting", "planned", "planning", "vowed", "wanted", "intent", "conspiracy":
				return true
			}
		}
	}
	return false
}

// newHit makes a hit over tokens [i, j).
func newHit(sc *numScan, i, j int, kind string, n float64, who string) casHit {
	h := casHit{}
	h.Start, h.End = sc.toks[i].Start, sc.toks[j-1].End
	h.Kind, h.Count, h.Who = contract.CasualtyKind(kind), n, who
	return h
}

// zeroAt reads "no one was hurt", "nobody was killed", "no injuries", "No one is in custody".
func zeroAt(sc *numScan, i int) (casHit, int, bool) {
	j := i + 1
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
		if t, ok := triggers[sc.w(i+2)]; ok && t.kind == killed {
			return killed
		}
	case "to":
		if sc.w(i+2) == "death" {
			return killed
		}
	}
	return injured
}

// triggerAt reads a casualty phrase standing after its victims at token j:
// "killed", "shot dead", "shot and killed", "lost their lives", "taken
// hostage", "in custody", "in critical condition", "forced to flee their
// homes", "suffered a gunshot wound", "taken to hospital". It returns the
// kind and the token after the phrase.
func triggerAt(sc *numScan, j int) (string, int, bool) {
	w := sc.w(j)
	switch w {
	case "shot":
		switch sc.w(j + 1) {
		case "dead":
			return killed, j + 2, true
		case "and", ",", "&":
			k := j + 2
			switch sc.w(k) {
			case "later", "subsequently", "eventually", "then":
				k++
			}
			if t, ok := triggers[sc.w(k)]; ok && (t.kind == killed || t.kind == injured) {
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
	case "beaten":
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
	case "lost":
		if (sc.w(j+1) == "their" || sc.w(j+1) == "his" || sc.w(j+1) == "her") && (sc.w(j+2) == "lives" || sc.w(j+2) == "life") {
			return killed, j + 3, true
		}
		return "", j, false
	case "taken", "held":
		if sc.w(j+1) == "hostage" || sc.w(j+1) == "captive" {
			return kidnapped, j + 2, true
		}
		if w == "taken" && sc.w(j+1) == "into" && sc.w(j+2) == "custody" {
			return detained, j + 3, true
		}
		if w == "taken" {
			return toHospital(sc, j)
		}
		return "", j, false
	case "transported", "rushed", "airlifted", "driven", "flown":
		return toHospital(sc, j)
	case "in":
		switch sc.w(j + 1) {
		case "custody", "jail", "detention":
			return detained, j + 2, true
		case "critical", "serious", "stable", "fair", "grave", "good":
			if sc.w(j+2) == "condition" {
				return injured, j + 3, true
			}
		}
		return "", j, false
	case "listed":
		if sc.w(j+1) == "in" {
			return triggerAt(sc, j+1)
		}
		return "", j, false
	case "pronounced":
		if sc.w(j+1) == "dead" {
			return killed, j + 2, true
		}
		return "", j, false
	case "suffered", "suffering", "sustained", "received", "with":
		// "suffered a gunshot wound", "suffering from a gunshot wound", "sustained injuries"
		for k := j + 1; k < j+6 && k < sc.hi; k++ {
			switch sc.w(k) {
			case "wound", "wounds", "injuries", "injury":
				return injured, k + 1, true
			case ".", ",", ";":
				return "", j, false
			}
		}
		return "", j, false
	case "treated":
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
	if t, ok := triggers[w]; ok && t.after {
		if w == "missing" && sc.w(j+1) == "out" {
			return "", j, false
		}
		if sc.w(j+1) == "to" && sc.w(j+2) == "death" {
			return killed, j + 3, true // "stabbed to death", "beaten to death"
		}
		return t.kind, j + 1, true
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
		if k+1 < sc.hi && sc.w(k) == "medical" && (sc.w(k+1) == "center" || sc.w(k+1) == "centre") {
			return injured, k + 2, true
		}
	}
	return "", j, false
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
	// an apposition or relative clause: ", who was", ", 17 and 23 years old,"
	appos := false
	if sc.w(k) == "," && n == 1 && who != "" {
		if _, ok := triggers[sc.w(k+1)]; ok {
			if _, _, ok := triggerAt(sc, k+1); ok {
				k++ // "Terry Waite, missing in Beirut"
				appos = true
			}
		}
	}
	if sc.w(k) == "," && !appos {
		if sc.w(k+1) == "who" && (auxWords[sc.w(k+2)] || chainWords[sc.w(k+2)]) {
			k += 2
		} else {
			// up to two comma groups: ", 45, of Dayton, was"
			c := k
			for groups := 0; groups < 2 && sc.w(c) == ","; groups++ {
				e := c + 1
				for e < sc.hi && e < c+9 && sc.w(e) != "," {
					e++
				}
				if sc.w(e) != "," || e == c+1 || !appositionStart(sc, c+1) {
					break
				}
				if w := sc.w(e + 1); w == "were" || w == "was" || w == "is" || w == "are" || w == "had" || w == "has" {
					k = e + 1
					break
				}
				if sc.w(e+1) == "who" && auxWords[sc.w(e+2)] && sc.w(e+2) != "who" {
					k = e + 2 // "Jon Hale, 51, who was shot and killed"
					break
				}
				// the casualty word right after: "Ana Cruz, a 19-year-old student, died", "Man, 29, fatally shot"
				t := e + 1
				for t < sc.hi && t < e+4 && chainWords[sc.w(t)] && !auxWords[sc.w(t)] {
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
	// a short phrase after the victims: "Five people in Yunnan were arrested", "a man in his 20s was shot"
	switch sc.w(k) {
	case "in", "from", "at", "of", "on", "near", "inside", "outside", "aboard", "with":
		person := false // "two of the suitcases were missing": after a bare count, "of" must name people
		for b := k + 1; b < sc.hi && b <= k+6; b++ {
			w := sc.w(b)
			if lexicon.IsVictimNoun(w) {
				person = true
			}
			if w == "," || w == "." || w == ";" || w == "and" || w == "who" || w == "where" || w == "when" || w == "after" || w == "before" {
				break
			}
			if auxWords[w] && w != "to" && w != "left" && w != "found" {
				if sc.w(k) != "of" || who != "" || person {
					k = b
				}
				break
			}
		}
	}
	if sc.w(k) == "who" {
		switch sc.w(k + 1) {
		case "was", "were", "is", "are", "had", "has", "have":
			k++
		}
	}
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
		if auxWords[w] && !chained && n == 1 && who != "" && isCapWord(who) && !singleNoun(lexicon.Lower(who)) {
			switch w {
			case "were", "are", "have":
				return casHit{}, i + 1, false // "five people in Yunnan were arrested": the name is not the subject
			}
		}
		if auxWords[w] {
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
			if both && n == 1 {
				n = 2 // "Gascoigne and Platt are both injured"
			}
			if t, ok := triggers[sc.w(k)]; activeAux && ok && t.before {
				return casHit{}, i + 1, false // "Mitsubishi has struck a deal", "Europe would hurt"
			}
			if !chained && activeUse(sc, k) {
				return casHit{}, i + 1, false // "Harbin killed 45 workers": the subject did it
			}
			if needChain && !chained {
				return casHit{}, i + 1, false
			}
			if n == 1 && (kind == displaced) {
				return casHit{}, i + 1, false // one person who fled is a suspect, not the displaced
			}
			if kind == missing && !missingPerson(sc, j, k, e, n == 1) {
				return casHit{}, i + 1, false // "Pires is missing from the squad"
			}
			if neg {
				n = 0
			}
			if !chained && activeUse(sc, e-1) && e-1 > k {
				return casHit{}, i + 1, false // "a boy accidentally shot and killed his sister"
			}
			if fatal && kind == injured {
				kind = killed
			}
			h := newHit(sc, i, e, kind, n, who)
			if kind == injured {
				h.generic = !explicitInjury(sc, k, e) && !aliveLater(sc, e)
				if diedLater(sc, e) {
					h.Kind = killed
				}
			}
			// "was killed along with Heriberto Corpus", "were wounded along with two others"
			if n >= 1 && !neg && sc.w(e) == "along" && sc.w(e+1) == "with" && (h.Kind == killed || h.Kind == injured) {
				if e2, n2, ok := companions(sc, e+2); ok {
					h.Count += n2
					h.End = sc.toks[e2-1].End
					e = e2
				}
			}
			// "Two officers were shot, one fatally": that one is killed, the others injured
			if h.Kind == injured && n >= 2 && sc.w(e) == "," && sc.canStartNumber(e+1) {
				if m, ok := sc.number(e + 1); ok && m.n.Kind == contract.KindFigure && !m.n.Vague && !m.n.Range && m.n.Value < n && m.end == sc.toks[m.tokEnd-1].End && sc.w(m.tokEnd) == "fatally" {
					f := newHit(sc, e+1, m.tokEnd+1, killed, m.n.Value, "")
					f.explicit = true
					h.also = &f
					h.fatal = m.n.Value
					e = m.tokEnd + 1
				}
			}
			return h, e, true
		}
		if !chainWords[w] {
			break
		}
		k++
	}
	return casHit{}, i + 1, false
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

// auxWords are the verbs of a passive or a state: "were (killed)", "got (shot)", "remain (missing)".
var auxWords = map[string]bool{
	"were": true, "was": true, "are": true, "is": true, "have": true, "has": true, "had": true, "been": true,
	"be": true, "being": true, "got": true, "getting": true, "will": true, "would": true, "may": true,
	"might": true, "could": true, "left": true, "found": true, "remain": true, "remained": true, "remains": true,
	"who": true, "to": true,
}

// missingPerson reports a "missing" that means a person lost, not absent:
// "reported missing", "went missing", "still missing", "missing since
// January", "missing in Beirut"; the chain runs over tokens [j, k) and the
// casualty word ends before e.
func missingPerson(sc *numScan, j, k, e int, single bool) bool {
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
	return false
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

// activeUse reports a casualty verb at token k used actively: an object follows ("killed 45 workers", "shot a man").
func activeUse(sc *numScan, k int) bool {
	t, ok := triggers[sc.w(k)]
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
	case "a", "an", "the", "his", "her", "their", "him", "them", "two", "three", "four", "five", "dozens", "hundreds", "thousands", "scores":
		return true
	}
	// a name after the verb is its object, unless the headline capitalises every word ("Teen Shot To Death")
	return sc.canStartNumber(n) && textdoc.StartsWithDigit(sc.raw(n)) || isCapWord(sc.raw(n)) && !lineStart(sc.text, sc.toks, n) && !isCapWord(sc.raw(k))
}

// objectQualifiers may stand between an active casualty verb and the count
// of its object.
var objectQualifiers = map[string]bool{"nearly": true, "almost": true, "about": true, "around": true, "some": true,
	"roughly": true, "approximately": true, "over": true}

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
	if m.n.Kind != contract.KindFigure || m.n.Range && m.n.Max > 1e9 {
		return casHit{}, m.tokEnd, false
	}
	if m.end != sc.toks[m.tokEnd-1].End || m.several || m.n.Value != float64(int64(m.n.Value)) && !m.n.Vague {
		return casHit{}, m.tokEnd, false
	}
	// "Paul Rayer, 51, was shot", "Smith, 45, of Westmoreland": an age between commas
	if m.qtok == m.tok && m.tok-1 > sc.lo && sc.w(m.tok-1) == "," && isCapWord(sc.raw(m.tok-2)) && (sc.w(m.tokEnd) == "," || sc.w(m.tokEnd) == "and") && m.digits && m.n.Value < 120 {
		return casHit{}, m.tokEnd, false
	}
	// "kids under the age of 12", "children aged 5 to 9": an age, not a count
	if p := m.qtok - 1; p >= sc.lo && (sc.w(p) == "aged" || sc.w(p) == "ages" || sc.w(p) == "age" ||
		sc.w(p) == "of" && p-1 >= sc.lo && (sc.w(p-1) == "age" || sc.w(p-1) == "ages")) {
		return casHit{}, m.tokEnd, false
	}
	w0 := sc.w(m.tok)
	if (w0 == "one" || w0 == "a" || w0 == "an") && (sc.w(m.tokEnd) == "of" || m.tok > sc.lo && isPronounDet(sc.w(m.tok-1))) {
		return casHit{}, m.tokEnd, false // "one of the", "which one"
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
		if who == "" && m.n.Vague {
			who = "people"
		}
		h := newHit(sc, start, end, kind, count, who)
		h.Vague, h.Qualifier, h.explicit = m.n.Vague, q, true
		return h
	}
	j := m.tokEnd
	// "the bodies of three men", "claimed the lives of 14 people"
	if m.qtok-2 >= sc.lo && sc.w(m.qtok-1) == "of" && (sc.w(m.qtok-2) == "bodies" || sc.w(m.qtok-2) == "lives" || sc.w(m.qtok-2) == "remains") {
		e, who, _ := victimNoun(sc, j)
		if who != "" || !nonVictimNext(sc, j) {
			h := mk(maxInt(e, j), killed, who)
			h.Start = sc.toks[m.qtok-2].Start
			return h, maxInt(e, j), true
		}
	}
	// "four of them", "two of whom": part of a count already given
	if sc.w(j) == "of" {
		switch sc.w(j + 1) {
		case "them", "whom", "those", "these", "which":
			return casHit{}, j, false
		case "the":
			// "94,000 of the 140,000 confirmed deaths"
			if sc.canStartNumber(j + 2) {
				if h2, _, ok := countAt(sc, j+2); ok {
					h := mk(m.tokEnd, string(h2.Kind), "")
					h.part = true
					return h, m.tokEnd, true
				}
			}
		}
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
	// "holding 25 hostages", "freed 12 hostages"
	if lexicon.Lower(who) == "hostages" && j > 0 {
		return mk(j, kidnapped, who), j, true
	}
	// a count that is a death by itself: "140,000 deaths", "up to 140 bodies", "150,000 dead"
	if kind, ok := deathNouns[sc.w(j)]; ok && who == "" {
		if sc.w(j) == "lives" && !(start > sc.lo && (sc.w(start-1) == "claimed" || sc.w(start-1) == "claiming")) {
			return casHit{}, j, false
		}
		if sc.w(j) != "death" && sc.w(j) != "injured" && sc.w(j) != "wounded" {
			return mk(j+1, kind, ""), j + 1, true
		}
	}
	// "confirmed deaths": one modifier then a death noun
	if who == "" && j+1 < sc.hi {
		if kind, ok := deathNouns[sc.w(j+1)]; ok && (sc.w(j) == "confirmed" || sc.w(j) == "reported" || sc.w(j) == "civilian" || sc.w(j) == "more" || sc.w(j) == "other") && sc.w(j+1) != "lives" {
			return mk(j+2, kind, ""), j + 2, true
		}
	}
	if notCountNouns[sc.w(j)] {
		return casHit{}, j, false
	}
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
	// a casualty verb before the count: "killed 45 workers", "killing thousands of Iranians"
	if p := m.qtok - 1; p >= sc.lo {
		pw := sc.w(p)
		if t, ok := triggers[pw]; ok && t.before && !(pw == "shot" && (who == "" || !lexicon.IsVictimNoun(lexicon.Lower(who)))) && !unrealized(sc, p) {
			kind := t.kind
			if pw == "shot" {
				kind = shotKind(sc, p, j)
			}
			if !nonVictimNext(sc, j) || who != "" {
				if who == "" && m.n.Vague {
					who = "people"
				}
				// "killed two women and five children": one count of both
				if who != "" && sc.w(j) == "and" && sc.canStartNumber(j+1) {
					if m2, ok := sc.number(j + 1); ok && m2.n.Kind == contract.KindFigure && !m2.n.Range && !m2.n.Vague && m2.end == sc.toks[m2.tokEnd-1].End {
						if e2, who2, ok := victimNoun(sc, m2.tokEnd); ok {
							count += m2.n.Value
							who += " and " + who2
							j = e2
						}
					}
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
	// victims then their casualty phrase
	if who == "" && m.n.Vague {
		who = "people"
	}
	if h, e, ok := victimsThen(sc, start, j, count, who); ok {
		if who != "" && !lexicon.IsVictimNoun(lexicon.Lower(who)) && !strings.Contains(who, " and ") && ambiguousCue(sc, j, e) {
			return casHit{}, m.tokEnd, false // "seventy search warrants were executed", "two spells in jail"
		}
		h.Vague, h.Qualifier, h.explicit = m.n.Vague, q, true
		return h, e, true
	}
	return casHit{}, m.tokEnd, false
}

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
	verb := false
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
			"hit", "grew", "gone":
			verb = true
			continue
		case "to", "at", "of", "now", "up", "officially", "final", "later", "then", "since", "further", "again":
			continue
		}
		if verb && k < p-1 {
			continue // words of the phrase after "toll": "the earthquake", "Monday's blast"
		}
		return 0, false
	}
	return 0, false
}

// victimNoun reads an optional modifier or three and a victim noun at token
// k: "people", "young children", "British tourists", "17-year-old girls",
// "Iraqis". It returns the token after the noun and the noun.
func victimNoun(sc *numScan, k int) (int, string, bool) {
	for mods := 0; mods <= 3 && k < sc.hi; mods++ {
		w := sc.w(k)
		if otherPlural(sc, k) {
			// a plural noun not in the lists ("schoolgirls", "families"), when a casualty phrase or a verb follows
			n := sc.w(k + 1)
			if _, _, ok := triggerAt(sc, k+1); ok || auxWords[n] || chainWords[n] || n == "," || n == "." || n == "and" || n == "from" || n == "in" || n == "" {
				return k + 1, sc.raw(k), true
			}
		}
		if lexicon.IsVictimNoun(w) {
			// "police officers": take the last noun
			if lexicon.IsVictimNoun(sc.w(k + 1)) {
				return k + 2, sc.raw(k + 1), true
			}
			// "passengers and crew"
			if sc.w(k+1) == "and" && lexicon.IsVictimNoun(sc.w(k+2)) {
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
		if !modifierWord(sc, k) {
			return k, "", false
		}
		k++
	}
	return k, "", false
}

// modifierWord reports a word that can stand between a count and its victim noun.
func modifierWord(sc *numScan, k int) bool {
	r := sc.raw(k)
	if r == "" {
		return false
	}
	w := sc.w(k)
	if _, ok := triggers[w]; ok {
		return false
	}
	if chainWords[w] || notCountNouns[w] {
		return false
	}
	switch w {
	case "and", "or", "of", "in", "on", "at", "the", "a", "an", "to", "from", "by", "with", "for", "as", "that", "which", "than", "this", "their", "his", "her":
		return false
	}
	if strings.HasSuffix(w, "-year-old") || strings.HasSuffix(w, "-month-old") || strings.HasSuffix(w, "-year") && textdoc.StartsWithDigit(w) {
		return true // "17-year-old", and "27-year old" written apart
	}
	c := r[0]
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
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
		if isAgeWord(w) && !lexicon.IsVictimNoun(sc.w(k+1)) && !modifierWord(sc, k+1) {
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
			if singleNoun(sc.w(k2)) {
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
			if singleNoun(w) && (i == sc.lo || lineStart(sc.text, sc.toks, i) || sc.w(i-1) == "," && bareVictim(sc, i)) {
				k = i
				break
			}
			return nameNP(sc, i, ents)
		}
		if singleNoun(w) && (i == sc.lo || sc.w(i-1) == "," && bareVictim(sc, i)) {
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
			if _, _, ok := triggerAt(sc, k+1); ok || auxWords[sc.w(k+1)] {
				return k + 1, "", 1, true, true
			}
			// "a second man, aged 41, was arrested": a further victim
			another = true
			k++
			start = k
		}
		if w == "another" && auxWords[sc.w(k)] && sc.w(k) != "to" {
			return k, "", 1, true, true
		}
	}
	for mods := 0; mods <= 3 && k < sc.hi; mods++ {
		w := sc.w(k)
		if singleNoun(w) && singleNoun(sc.w(k+1)) {
			k++ // "a male victim", "a police officer": the last noun heads
			w = sc.w(k)
		}
		if singleNoun(w) {
			who := sc.raw(k)
			e := k + 1
			n := 1
			// "daughter and brother", "a man and an 18-year-old woman"
			if sc.w(e) == "and" && singleNoun(sc.w(e+1)) {
				who += " and " + sc.raw(e+1)
				e += 2
				n = 2
			} else if sc.w(e) == "and" && isAgeWord(sc.w(e+1)) {
				// "the man and 4-year-old", "a woman and 6-year-old girl"
				e += 2
				if singleNoun(sc.w(e)) {
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
		if isAgeWord(w) && (k == start || k > start) && !lexicon.IsVictimNoun(sc.w(k+1)) && !modifierWord(sc, k+1) {
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
	if k == i+1 && (i == sc.lo || lineStart(sc.text, sc.toks, i)) && !surnameOfPerson(sc, i, ents) {
		return i, "", 0, false, false
	}
	switch sc.w(i) {
	case "police", "officials", "authorities", "the", "he", "she", "they", "it", "officers", "witnesses", "sheriff", "investigators", "state", "federal":
		return i, "", 0, false, false
	}
	if k == i+1 && (numMonths[sc.w(i)] || weekday(sc.w(i))) || i > sc.lo && sc.raw(i-1) == "the" {
		return i, "", 0, false, false // "in Gastonia Monday was injured", "anyone at the Walmart was injured"
	}
	for n := i; n < k; n++ {
		w := sc.w(n)
		if lexicon.IsVictimNoun(w) || isCommonCapWord(w) {
			return i, "", 0, false, false
		}
		if _, ok := triggers[w]; ok {
			return i, "", 0, false, false
		}
		if _, ok := smallNumbers[w]; ok {
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
	if sc.w(k) == "and" && singleNoun(sc.w(k+1)) {
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
	for mods := 0; mods < 3 && k < sc.hi && !lexicon.IsVictimNoun(sc.w(k)); mods++ {
		if !modifierWord(sc, k) {
			return i, "", 0, false
		}
		k++
	}
	if !lexicon.IsVictimNoun(sc.w(k)) || singleNoun(sc.w(k)) {
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
	for mods := 0; mods < 3 && k < sc.hi && !lexicon.IsVictimNoun(sc.w(k)); mods++ {
		if !modifierWord(sc, k) {
			return i, "", 0, false
		}
		k++
	}
	if !lexicon.IsVictimNoun(sc.w(k)) || singleNoun(sc.w(k)) || sc.w(k+1) != "," {
		return i, "", 0, false
	}
	who := sc.raw(k)
	n, e := enumeratedVictims(sc, k+2)
	if n < 2 || sc.w(e) != "," {
		return i, "", 0, false
	}
	return e + 1, who, n, true
}

// enumeratedVictims counts the people of a list such as "an 8-year-old girl,
// twin 5-year-old girls and twin 2-year-old boys" (5) starting at token k:
// one for each singular item, two for "twin", the number for "three sons".
// It returns the count and the token after the list.
func enumeratedVictims(sc *numScan, k int) (int, int) {
	total, last := 0, k
	for k < sc.hi {
		n := 0
		switch w := sc.w(k); {
		case w == "a" || w == "an" || w == "one" || w == "his" || w == "her" || w == "their":
			n = 1
			k++
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
			if v, ok := smallNumbers[w]; ok && v > 1 {
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
		for mods := 0; mods < 4 && k < sc.hi && !lexicon.IsVictimNoun(sc.w(k)); mods++ {
			if !modifierWord(sc, k) {
				break
			}
			k++
		}
		if !lexicon.IsVictimNoun(sc.w(k)) {
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

// casualtyCues are the words without which a segment holds no casualty: every
// casualty phrase ends with or contains one.
var casualtyCues = func() map[string]bool {
	m := map[string]bool{}
	for w := range triggers {
		m[w] = true
	}
	for w := range deathNouns {
		m[w] = true
	}
	for w := range expelVerbs {
		m[w] = true
	}
	for _, w := range strings.Fields(`custody jail detention condition hospital hospitals clinic medical toll hostage captive
		wound wounds injuries injury released homes home homeless flee fled himself herself life body murder slaying homicide
		death dead lives treated suffered suffering sustained pronounced`) {
		m[w] = true
	}
	return m
}()

// hasCasualtyCue reports whether the segment has a word a casualty needs (a cheap test before the patterns).
func hasCasualtyCue(sc *numScan) bool {
	for i := sc.lo; i < sc.hi; i++ {
		if casualtyCues[sc.w(i)] {
			return true
		}
	}
	return false
}

// bareStart reports a place where a headline starts a victim with no
// determiner: the start of a segment or line, or after ",", ":", "|", a
// dash, "after", "as", "when", "while".
func bareStart(sc *numScan, i int) bool {
	if i == sc.lo || lineStart(sc.text, sc.toks, i) {
		return true
	}
	switch sc.w(i - 1) {
	case ",", ":", "|", "-", "\u2013", "\u2014", ";", "after", "as", "when", "while":
		return true
	}
	return false
}

// bareNoun reports up to two modifiers and a singular person noun at token i
// followed straight by a casualty phrase: "Young person hurt", "Boston Police Officer Shot".
func bareNoun(sc *numScan, i int) bool {
	k := i
	for mods := 0; mods <= 2 && k < sc.hi; mods++ {
		if singleNoun(sc.w(k)) {
			t := k + 1
			for n := 0; n < 3 && chainWords[sc.w(t)] && !auxWords[sc.w(t)]; n++ {
				t++ // "Teen Found Shot", "Man Fatally Shot"
			}
			if sc.w(t) == "found" {
				t++
			}
			_, _, ok := triggerAt(sc, t)
			return ok && !activeUse(sc, t)
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
	if lexicon.IsNonPersonNoun(w) || notCountNouns[w] || lexicon.IsVictimNoun(w) || chainWords[w] || auxWords[w] {
		return false
	}
	if _, ok := triggers[w]; ok {
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

// ambiguousCue reports a casualty phrase in tokens [j, e) that may not be
// about people ("executed", "shot", "struck", "in jail", "with … injuries"):
// after a plural noun outside the victim lists it does not count.
func ambiguousCue(sc *numScan, j, e int) bool {
	for k := j; k < e; k++ {
		switch sc.w(k) {
		case "executed", "shot", "struck", "hurt", "grazed", "stabbed", "treated", "recovering", "in", "with",
			"suffered", "suffering", "sustained", "received", "taken", "held", "listed", "left", "fled", "flee":
			return true
		}
	}
	return false
}
