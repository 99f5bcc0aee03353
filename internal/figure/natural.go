package figure

import (
	"strings"

	"github.com/newsparse/newsparse/internal/contract"
	"github.com/newsparse/newsparse/internal/lexicon"
)

// Deaths from illness or old age: the death of one person of a cause that
// no one did and no disaster brought ("the singer died of cancer aged 71")
// is no casualty; deaths in an epidemic or a disaster are. A death is
// natural when its sentence gives such a cause (an age, an illness, "in his
// sleep"), or when the article is an obituary: it gives such
// a cause for a death somewhere and tells of no violence, accident or
// disaster anywhere. Only a death word names it (died, death, dead): one
// killed, shot or murdered was harmed.

// harmCauseWords tell of a death that someone or something caused: violence,
// accidents and disasters.
var harmCauseWords = func() map[string]bool {
	m := map[string]bool{}
	for w := range violenceWords {
		m[w] = w != "police" && w != "hospital" && w != "arrested" // no cause of death
	}
	for _, w := range strings.Fields(`shooting shootings gunman gunmen gunfire stabbing murdered murders killing killings
		slain homicide assault assaulted beaten robbery suicide overdose drowned flood floods flooding earthquake quake
		tsunami storm hurricane cyclone typhoon tornado avalanche disaster epidemic outbreak famine massacre
		collision derailed wreck bombing terror terrorist soldiers militants rebels`) {
		m[w] = true
	}
	return m
}()

// illnessWords name a cause of death or of care that no one did: "died of
// cancer", "was admitted with a blood clot", "flu-like symptoms".
var illnessWords = map[string]bool{"cancer": true, "illness": true, "disease": true, "pneumonia": true, "leukaemia": true,
	"leukemia": true, "aids": true, "stroke": true, "heart": true, "natural": true, "complications": true, "old": true,
	"dementia": true, "tumour": true, "tumor": true, "flu": true, "influenza": true, "symptoms": true, "heartbeat": true,
	"dizziness": true, "clot": true, "infection": true, "fever": true, "exhaustion": true, "asthma": true,
	"diabetes": true}

// illnessWord reports w as a word of illness, or a compound that opens with one ("flu-like").
func illnessWord(w string) bool {
	if illnessWords[w] {
		return true
	}
	if k := strings.IndexByte(w, '-'); k > 0 {
		return illnessWords[w[:k]]
	}
	return false
}

// harmAt reports token i of seg as a word of harm (harmCauseWords), but
// not the attack of an illness ("a heart attack", "an asthma attack") nor
// a capitalised word inside a body sentence, which is part of a name ("the
// hit Ring of Fire", "the film The Killing Fields").
func harmAt(text string, seg segment, i int) bool {
	w := seg.w(i)
	if !harmCauseWords[w] {
		return false
	}
	if w == "attack" && i > seg.lo && (illnessWords[seg.w(i-1)] || seg.w(i-1) == "panic") {
		return false
	}
	if w == "shooting" && filmShoot(seg, i) {
		return false // "had been shooting the film": a camera's work
	}
	if seg.sent >= 0 && i > seg.lo && !lineStart(text, seg.toks, i) && isTitleCase(text[seg.toks[i].Start:seg.toks[i].End]) {
		return !mostlyLower(text, seg)
	}
	return true
}

// filmShoot reports a "shooting" at token i whose object, after at most two
// words, is a picture being made: "shooting the film", "shooting scenes for
// the series".
func filmShoot(seg segment, i int) bool {
	for k := i + 1; k < seg.hi && k <= i+3; k++ {
		if filmWords[seg.w(k)] {
			return true
		}
	}
	return false
}

// filmWords are the pictures a camera shoots.
var filmWords = map[string]bool{"film": true, "films": true, "movie": true, "movies": true, "scene": true, "scenes": true,
	"footage": true, "video": true, "videos": true, "documentary": true, "episode": true, "episodes": true,
	"series": true, "sequel": true, "pilot": true, "advert": true, "commercial": true, "photographs": true}

// mostlyLower reports a segment most of whose words open in small letters:
// running text, not a headline written in capitals.
func mostlyLower(text string, seg segment) bool {
	low, words := 0, 0
	for i := seg.lo; i < seg.hi; i++ {
		c := text[seg.toks[i].Start]
		switch {
		case c >= 'a' && c <= 'z':
			low++
			words++
		case c >= 'A' && c <= 'Z':
			words++
		}
	}
	return 2*low > words
}

// deathOnlyWords are the words that tell a death and not its cause.
var deathOnlyWords = map[string]bool{"died": true, "dies": true, "die": true, "dying": true, "death": true, "dead": true,
	"deceased": true, "passed": true, "passing": true}

// naturalCause reports a cause of death that no one did in tokens [lo, hi)
// of toks: "aged 91", "at the age of 87", "of lung cancer", "after a long
// illness", "in his sleep" ("passed away" is said of the shot as well).
func naturalCause(text string, toks []contract.Span, lo, hi int) bool {
	w := func(i int) string {
		if i < lo || i >= hi {
			return ""
		}
		return lexicon.Lower(text[toks[i].Start:toks[i].End])
	}
	for i := lo; i < hi; i++ {
		switch w(i) {
		case "aged":
			if t := w(i + 1); t != "" && t[0] >= '0' && t[0] <= '9' {
				return true
			}
		case "age":
			if w(i+1) == "of" && w(i-1) == "the" && w(i-2) == "at" {
				return true
			}
		case "of", "from", "after":
			for k := i + 1; k <= i+4; k++ {
				if illnessWord(w(k)) {
					return true
				}
			}
		case "sleep":
			return w(i-2) == "in"
		case "peacefully":
			return true
		}
	}
	return false
}

// naturalDeaths returns, for an article, whether it is an obituary and the
// sentences that give a natural cause beside a death; built once. An
// obituary gives a natural cause in its title or first sentences ("Actor
// dies aged 87"), or somewhere when no word of violence, accident or
// disaster stands anywhere.
func (f *Figures) naturalDeaths() (bool, map[int]bool) {
	if f.natural != nil {
		return f.obituary, f.natural
	}
	d := f.d
	f.natural = map[int]bool{}
	harm, cause, lede := false, false, false
	for _, seg := range f.segments() {
		death, harmHere := false, false
		for i := seg.lo; i < seg.hi; i++ {
			harmHere = harmHere || harmAt(d.Text, seg, i)
			death = death || deathOnlyWords[seg.w(i)]
		}
		harm = harm || harmHere
		if death && !harmHere && naturalCause(d.Text, seg.toks, seg.lo, seg.hi) {
			f.natural[seg.sent] = true
			cause = true
			lede = lede || seg.sent < 2
		}
	}
	f.obituary = lede || cause && !harm
	return f.obituary, f.natural
}

// fallVerbs tell a fall that kills: "fell to her death" (statePredicate).
var fallVerbs = map[string]bool{"fell": true, "falls": true, "plunged": true, "plunges": true, "jumped": true,
	"jumps": true, "leapt": true, "tumbled": true}

// naturalDeath reports a death of one person in tokens of sentence sent
// over bytes [s, e) that is natural (see above): the words tell a death and
// no harm, and the sentence gives a natural cause or the article is an
// obituary.
func (f *Figures) naturalDeath(sent, s, e int) bool {
	obituary, natural := f.naturalDeaths()
	if !obituary && !natural[sent] {
		return false
	}
	death := false
	for _, seg := range f.segments() {
		if seg.sent != sent {
			continue
		}
		for i := seg.lo; i < seg.hi; i++ {
			w, harm := seg.w(i), harmAt(f.d.Text, seg, i)
			if !natural[sent] && harm {
				return false // an obituary's sentence that tells of harm: "his son was killed in the war"
			}
			if seg.toks[i].Start < s || seg.toks[i].End > e {
				continue
			}
			if harm || triggers.at(w).kind != "" && !deathOnlyWords[w] || fallVerbs[w] {
				return false // "was shot dead", "killed", "fell to her death": harm done
			}
			death = death || deathOnlyWords[w] || w == "body" // "his body was found": an obituary's death
		}
	}
	return death
}

// illnessCare reports the care of one person in tokens of sentence sent
// over bytes [s, e) that an illness brought and no harm: "was treated at a
// hospital for heart disease", "is in hospital after suffering a mild
// stroke". The care names no casualty; a word of harm in the sentence ("was
// shot", "the crash") keeps it one. A headline's care ("Coach hospitalised",
// the title or a line in capitals) is an illness's when the headline names
// none and the two sentences after it give an illness and tell of no harm.
func (f *Figures) illnessCare(sent, s, e int) bool {
	ill, harm := f.careCause(sent, s, e)
	if ill || harm || !f.headlineSentence(sent) {
		return ill && !harm
	}
	for k := sent + 1; k <= sent+2; k++ {
		i, h := f.careCause(k, -1, -1)
		if h {
			return false
		}
		ill = ill || i
	}
	return ill
}

// headlineSentence reports sentence sent as the title or a line written in capitals.
func (f *Figures) headlineSentence(sent int) bool {
	if sent < 0 {
		return true
	}
	for _, seg := range f.segments() {
		if seg.sent == sent {
			return !mostlyLower(f.d.Text, seg)
		}
	}
	return false
}

// careCause reports whether sentence sent gives an illness as a cause of
// care ("for pneumonia", "with a blood clot") and whether it tells of harm:
// a word of harm or of an accident anywhere, or a casualty word other than
// a stay in hospital over bytes [s, e) ("was injured", "was shot").
func (f *Figures) careCause(sent, s, e int) (ill, harm bool) {
	for _, seg := range f.segments() {
		if seg.sent != sent {
			continue
		}
		for i := seg.lo; i < seg.hi; i++ {
			w := seg.w(i)
			if harmAt(f.d.Text, seg, i) || crashWords[w] {
				return ill, true
			}
			if seg.toks[i].Start >= s && seg.toks[i].End <= e && triggers.at(w).kind != "" && w != "hospitalized" && w != "hospitalised" {
				return ill, true // "was injured", "was shot": harm done
			}
			switch w {
			case "for", "of", "from", "after", "with":
				for k := i + 1; k <= i+4 && k < seg.hi; k++ {
					v := seg.w(k)
					ill = ill || illnessWord(v) && v != "old" && v != "natural"
				}
			}
		}
	}
	return ill, false
}

// crashWords tell of an accident that may bring care with an illness named beside it.
var crashWords = map[string]bool{"crash": true, "accident": true, "fall": true, "fell": true, "fire": true, "blast": true, "explosion": true}
