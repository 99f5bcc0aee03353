package figure

import (
	"strings"

	"github.com/newsparse/newsparse/internal/lexicon"
)

// wordClass holds the word lists a lower-cased token belongs to, among the
// lists the extractors test at every token of a segment: one look-up in
// wordClasses answers them all, and the article's per-token flags keep the
// answer (tokFlag), so each token is classed once per article (newLowMemo).
type wordClass uint32

const (
	clsCasualtyCue wordClass = 1 << (8 + iota) // casualtyCues
	clsGrammarCue                              // grammarCues
	clsGrammarSkip                             // grammarSkip
	clsSport                                   // sportWords
	clsViolence                                // violenceWords
	clsNumberWord                              // a word that may begin a number (canStartNumber, past its first letter)
	clsMoneyWord                               // a currency word or a scale header's magnitude (hasMoneyCue)
	clsMoneyStart                              // a dollar prefix ("hk") or a currency's adjective ("australian") (mayStartMoney)
	clsFallback                                // a word fallbackKind knows (fallbackWords)
	clsModStop                                 // triggers, chainWords or notCountNouns: no word between a count and its noun (modifierWord)
	clsVictimOpen                              // victimPronouns, victimDeterminers or smallNumbers (victimHead)
	clsActiveVerb                              // activeVerbs
	clsCaptureVerb                             // captureVerbs (agentCaptures)
	clsUnstated                                // unstatedWords, "a" or "an" (unstatedHead)
	clsKnown                                   // the token is classed
)

// wordClasses joins the lists of wordClass, built once at declaration.
var wordClasses = func() map[string]wordClass {
	m := map[string]wordClass{}
	add := func(c wordClass, set map[string]bool) {
		for w, ok := range set {
			if ok {
				m[w] |= c
			}
		}
	}
	add(clsCasualtyCue, casualtyCues)
	add(clsGrammarCue, grammarCues)
	add(clsGrammarSkip, grammarSkip)
	add(clsSport, sportWords)
	add(clsViolence, violenceWords)
	for w := range triggers {
		m[w] |= clsModStop
	}
	add(clsModStop, chainWords)
	add(clsModStop, notCountNouns)
	for w := range victimPronouns {
		m[w] |= clsVictimOpen
	}
	add(clsVictimOpen, victimDeterminers)
	for w := range smallNumbers {
		m[w] |= clsVictimOpen
	}
	for w := range activeVerbs {
		m[w] |= clsActiveVerb
	}
	add(clsCaptureVerb, captureVerbs)
	add(clsUnstated, unstatedWords)
	m["a"] |= clsUnstated
	m["an"] |= clsUnstated
	for w := range qualifierPhrases {
		m[w] |= clsNumberWord
	}
	for w := range smallNumbers {
		m[w] |= clsNumberWord
	}
	for w := range vagueWords {
		m[w] |= clsNumberWord
	}
	for _, w := range []string{"a", "an", "half", "several", "dozen", "hundred", "thousand", "million", "billion", "between", "from", "few"} {
		m[w] |= clsNumberWord
	}
	for w, v := range headerScales {
		if v > 0 {
			m[w] |= clsMoneyWord
		}
	}
	for w := range fallbackWords {
		m[w] |= clsFallback
	}
	lexicon.MoneyWords(func(w string, currency bool) {
		if currency {
			m[w] |= clsMoneyWord
		} else {
			m[w] |= clsMoneyStart
		}
	})
	return m
}()

// classTable holds wordClasses open-addressed by classHash, a quarter
// full: classOf finds a word's classes, or the empty slot that tells it is
// in no list, in a probe or two, cheaper than the map.
var classTable = func() []classSlot {
	n := 1
	for n < 4*len(wordClasses) {
		n *= 2
	}
	t := make([]classSlot, n)
	for w, c := range wordClasses {
		if w == "" {
			continue // listedClasses reads it from the map
		}
		h := classHash(w) & uint32(n-1)
		for t[h].w != "" {
			h = (h + 1) & uint32(n-1)
		}
		t[h] = classSlot{w, c}
	}
	return t
}()

// classSlot is a word of classTable and its classes.
type classSlot struct {
	w string
	c wordClass
}

// classHash mixes the length and the first, middle and last bytes of w, a
// word of one byte or more.
func classHash(w string) uint32 {
	n := uint32(len(w))
	h := n*0x9e3779b1 ^ uint32(w[0])*0x85ebca6b ^ uint32(w[n/2])*0xc2b2ae35 ^ uint32(w[n-1])*0x27d4eb2f
	return h ^ h>>15
}

// listedClasses returns wordClasses[w], read from classTable.
func listedClasses(w string) wordClass {
	if w == "" {
		return wordClasses[w]
	}
	mask := uint32(len(classTable) - 1)
	for h := classHash(w) & mask; ; h = (h + 1) & mask {
		if s := &classTable[h]; s.w == w {
			return s.c
		} else if s.w == "" {
			return 0
		}
	}
}

// classOf returns the classes of the lower-cased word w, with clsKnown.
func classOf(w string) wordClass {
	c := listedClasses(w) | clsKnown
	if c&clsNumberWord == 0 {
		if k := strings.IndexByte(w, '-'); k > 0 {
			if _, ok := smallNumbers[w[:k]]; ok {
				c |= clsNumberWord // "twenty-five"
			}
		}
	}
	return c
}

// class returns the classes of token i of the memo's tokens.
func (l lowMemo) class(i int) wordClass { return wordClass(l.flags[i] &^ flagOwn) }

// cls returns the classes of token i of s (those of "" outside the scan).
func (s *numScan) cls(i int) wordClass {
	if uint(i-s.lo) < uint(s.hi-s.lo) {
		return wordClass(s.low.flags[i] &^ flagOwn) // every scan reads a memo of its tokens (newLowMemo)
	}
	return noClass
}

// noClass holds the classes of no word, those of a position outside a scan.
var noClass = classOf("")

// is reports token i of s in every class of c.
func (s *numScan) is(i int, c wordClass) bool { return s.cls(i)&c == c }
