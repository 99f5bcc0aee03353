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
	clsModStop                                 // triggers, chainWords, notCountNouns or modifierStops: no word between a count and its noun (modifierWord)
	clsVictimOpen                              // victimPronouns, victimDeterminers or smallNumbers (victimHead)
	clsActiveVerb                              // activeVerbs
	clsCaptureVerb                             // captureVerbs (agentCaptures)
	clsUnstated                                // unstatedWords, "a" or "an" (unstatedHead)
	clsDeath                                   // deathWords (readDeath)
	clsGrammarOpen                             // grammarOpeners (grammarOpens)
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
	add(clsGrammarOpen, grammarOpeners)
	add(clsSport, sportWords)
	add(clsViolence, violenceWords)
	for w := range triggers.m {
		m[w] |= clsModStop
	}
	add(clsModStop, chainWords.m)
	add(clsModStop, notCountNouns)
	for _, w := range modifierStops {
		m[w] |= clsModStop
	}
	for w := range victimPronouns.m {
		m[w] |= clsVictimOpen
	}
	add(clsVictimOpen, victimDeterminers.m)
	for w := range smallNumbers.m {
		m[w] |= clsVictimOpen
	}
	for w := range activeVerbs.m {
		m[w] |= clsActiveVerb
	}
	add(clsCaptureVerb, captureVerbs)
	add(clsUnstated, unstatedWords)
	m["a"] |= clsUnstated
	for w := range deathWords {
		m[w] |= clsDeath
	}
	m["an"] |= clsUnstated
	for w := range qualifierPhrases.m {
		m[w] |= clsNumberWord
	}
	for w := range smallNumbers.m {
		m[w] |= clsNumberWord
	}
	for w := range vagueWords.m {
		m[w] |= clsNumberWord
	}
	for _, w := range []string{"a", "an", "half", "several", "dozen", "hundred", "thousand", "million", "billion", "between", "from", "few"} {
		m[w] |= clsNumberWord
	}
	for w, v := range headerScales.m {
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

// classTable holds wordClasses in a lexicon.WordTable, which finds a word's
// classes, or tells it is in no list, from a line or two of memory, less
// than the map reads.
var classTable = func() lexicon.WordTable {
	m := make(map[string]uint32, len(wordClasses))
	for w, c := range wordClasses {
		m[w] = uint32(c)
	}
	return lexicon.NewWordTable(m)
}()

// listedClasses returns wordClasses[w], read from classTable.
func listedClasses(w string) wordClass {
	if w == "" {
		return wordClasses[w] // the table leaves "" out
	}
	return wordClass(classTable.Get(w))
}

// byteClasses holds listedClasses of each word of one byte: a fifth of
// an article's tokens are punctuation or "a", classed from it with no
// look-up in classTable.
var byteClasses = func() (t [256]wordClass) {
	for c := range t {
		t[c] = listedClasses(string([]byte{byte(c)}))
	}
	return t
}()

// classOf returns the classes of the lower-cased word w, with clsKnown.
func classOf(w string) wordClass { return classOfBytes(w, rawBytes(w)) }

// classOfBytes is classOf of w, the kinds of whose bytes are b (rawBytes):
// only a word with a hyphen is looked for one.
func classOfBytes(w string, b byteKind) wordClass {
	var c wordClass
	if len(w) == 1 {
		c = byteClasses[w[0]] // "," ".", "a": no look-up
	} else {
		c = listedClasses(w)
	}
	c |= clsKnown
	if c&clsNumberWord == 0 && b&byteHyphen != 0 {
		if k := strings.IndexByte(w, '-'); k > 0 {
			if _, ok := smallNumbers.get(w[:k]); ok {
				c |= clsNumberWord // "twenty-five"
			}
		}
	}
	return c
}

// class returns the classes of token i of the memo's tokens.
func (l lowMemo) class(i int) wordClass { return wordClass(l.flags[i] &^ flagsNotClass) }

// cls returns the classes of token i of s (those of "" outside the scan).
func (s *numScan) cls(i int) wordClass {
	if uint(i-s.lo) < uint(s.hi-s.lo) {
		return wordClass(s.low.flags[i] &^ flagsNotClass) // every scan reads a memo of its tokens (newLowMemo)
	}
	return noClass
}

// noClass holds the classes of no word, those of a position outside a scan.
var noClass = classOf("")

// is reports token i of s in every class of c.
func (s *numScan) is(i int, c wordClass) bool { return s.cls(i)&c == c }
