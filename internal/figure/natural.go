package figure

import (
	"strings"

	"github.com/newsparse/newsparse/internal/contract"
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

// illnessWords name a cause of death that no one did: "died of cancer".
var illnessWords = map[string]bool{"cancer": true, "illness": true, "disease": true, "pneumonia": true, "leukaemia": true,
	"leukemia": true, "aids": true, "stroke": true, "heart": true, "natural": true, "complications": true, "old": true,
	"dementia": true, "tumour": true, "tumor": true}

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
		return strings.ToLower(text[toks[i].Start:toks[i].End])
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
				if illnessWords[w(k)] {
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
			w := seg.w(d.Text, i)
			harmHere = harmHere || harmCauseWords[w]
			death = death || deathOnlyWords[w]
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
			w := seg.w(f.d.Text, i)
			if !natural[sent] && harmCauseWords[w] {
				return false // an obituary's sentence that tells of harm: "his son was killed in the war"
			}
			if seg.toks[i].Start < s || seg.toks[i].End > e {
				continue
			}
			if harmCauseWords[w] || triggers[w].kind != "" && !deathOnlyWords[w] {
				return false // "was shot dead", "killed": harm done
			}
			death = death || deathOnlyWords[w]
		}
	}
	return death
}

// illnessCare reports the care of one person in tokens of sentence sent
// over bytes [s, e) that an illness brought and no harm: "was treated at a
// hospital for heart disease", "is in hospital after suffering a mild
// stroke". The care names no casualty; a word of harm in the sentence ("was
// shot", "the crash") keeps it one.
func (f *Figures) illnessCare(sent, s, e int) bool {
	ill := false
	for _, seg := range f.segments() {
		if seg.sent != sent {
			continue
		}
		for i := seg.lo; i < seg.hi; i++ {
			w := seg.w(f.d.Text, i)
			if harmCauseWords[w] || crashWords[w] {
				return false
			}
			if seg.toks[i].Start >= s && seg.toks[i].End <= e && triggers[w].kind != "" && w != "hospitalized" && w != "hospitalised" {
				return false // "was injured", "was shot": harm done
			}
			switch w {
			case "for", "of", "from", "after", "with":
				for k := i + 1; k <= i+4 && k < seg.hi; k++ {
					ill = ill || illnessWords[seg.w(f.d.Text, k)] && seg.w(f.d.Text, k) != "old" && seg.w(f.d.Text, k) != "natural"
				}
			}
		}
	}
	return ill
}

// crashWords tell of an accident that may bring care with an illness named beside it.
var crashWords = map[string]bool{"crash": true, "accident": true, "fall": true, "fell": true, "fire": true, "blast": true, "explosion": true}
