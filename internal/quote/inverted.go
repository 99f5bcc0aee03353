package quote

import (
	"strings"

	"github.com/newsparse/newsparse/internal/lexicon"
)

// invertedCue reads a capitalised reporting verb in the past tense that
// opens its sentence before its speaker ("Stated Stone:", "Warned the
// minister: …", "Recalled Smith, …") as the cue it is, in lower case; any
// other word t comes back as it was.
func (a *qattributor) invertedCue(i, hi int, t string) string {
	if len(t) < 5 || !strings.HasSuffix(t, "ed") || i+1 >= hi {
		return t
	}
	w := strings.ToLower(t)
	if lexicon.ReportingBase(w) == "" {
		return t
	}
	// the speaker follows: a name, a pronoun or a determiner's phrase, then a colon or comma
	n := a.d.Tok(i + 1)
	if _, pron := qPronouns[lexicon.Lower(n)]; !(lexicon.IsNameWord(n) || pron || lexicon.IsDeterminer(lexicon.Lower(n))) {
		return t
	}
	for k := i + 1; k < hi && k < i+8; k++ {
		if x := a.d.Tok(k); x == ":" || x == "," {
			return w
		}
	}
	return t
}

// cannotSpeak reports whether a name that no entity holds is one
// capitalised word that names no one: a common word ("Doing", "Amid",
// "Audiences") or an adjective of nationality or party ("Democratic").
func (a *qattributor) cannotSpeak(n qnp) bool {
	k := a.tokAt(n.s)
	if k >= len(a.d.Toks) || a.d.Toks[k].End < n.e {
		return false // more than one word
	}
	w := a.d.Tok(k)
	key := lexicon.Key(w)
	if _, demonym := lexicon.Demonym(key); demonym && !strings.HasSuffix(w, "s") {
		return true
	}
	if lexicon.IsSpeakerNoun(key) || lexicon.IsPersonNoun(key) {
		return false // "Officials said", "Police say"
	}
	if si := a.d.SentOf(n.s); si >= 0 && a.d.Sents[si].TokStart == k && len(key) > 4 {
		// opening its sentence: a gerund ("Doing so …") or the plural of a
		// common noun ("Audiences will …")
		stem := strings.TrimSuffix(key, "s")
		if strings.HasSuffix(key, "ing") || stem != key && lexicon.IsCommonWord(stem) && !qCapStop[stem] && !lexicon.IsDeterminer(stem) {
			return true
		}
	}
	return partyAdjectives[key] || cardinals[key] || lexicon.IsCommonWord(key) && !lexicon.IsAllCaps(w)
}

// cardinals are number words that open a phrase in capitals ("Ten years of
// …", "Thousands of fans …") and name no one alone.
var cardinals = map[string]bool{"two": true, "three": true, "four": true, "five": true, "six": true, "seven": true,
	"eight": true, "nine": true, "ten": true, "eleven": true, "twelve": true, "fifteen": true, "twenty": true,
	"thirty": true, "forty": true, "fifty": true, "hundred": true, "hundreds": true, "thousand": true,
	"thousands": true, "millions": true, "dozens": true, "dozen": true, "scores": true, "tens": true}

// mainClauseSubject returns the subject of the clause a participle after a
// comma belongs to when clauseStart put it in a complement clause: that
// clause opens no clause of its own for the participle, the one before it
// does ("Ortiz, the mayor, repeated claims that Hale reads from the same
// script, calling her a “gifted talker”": Ortiz calls). st is the
// start clauseStart gave for the participle at token i; no phrase when the
// participle is not in such a clause.
func (a *qattributor) mainClauseSubject(lo, st, i int) qnp {
	if i-1 < lo || st-1 <= lo || a.lowTok(st-1) != "that" {
		return qnp{}
	}
	// the comma before the participle, or a quotation's own comma: "…,” stating
	before := strings.TrimRight(a.text[a.d.Toks[max(lo, i-3)].Start:a.d.Toks[i].Start], " \t\n\u00a0\"'\u201d\u2019")
	if !strings.HasSuffix(before, ",") {
		return qnp{}
	}
	return a.mainSubject(a.clauseStart(lo, st-1), st-1)
}
