package quote

import (
	"strings"

	"github.com/newsparse/newsparse/internal/lexicon"
)

// Polls: a share of the people a poll asked does not speak for itself
// ("The Acme poll finds that 37 percent of voters say …", "In a Kestrel
// survey, 31% of Republicans said …"): the poll that the sentence names
// before that share reports the words, and speaks.

// pollSpeaker returns, for the subject n that a cue's clause reads back
// from the verb, the poll or survey that reports it when n is a share of a
// group ("37 percent of Americans", "31% of Republicans and independents")
// and the sentence names such a study before that share, outside any
// quotation; no phrase otherwise.
func (a *qattributor) pollSpeaker(n qnp, lo int) qnp {
	if n.kind == qnNone {
		return qnp{}
	}
	k := a.tokAt(n.s)
	b := a.shareOfStart(k, lo)
	if b < 0 {
		return qnp{}
	}
	for i := b - 1; i >= lo; i-- {
		if a.inQuote(i) {
			continue
		}
		if w := a.lowTok(i); w == "poll" || w == "survey" {
			return qnp{kind: qnRole, s: a.d.Toks[a.pollPhraseStart(i, lo)].Start, e: a.d.Toks[i].End, head: w}
		}
	}
	return qnp{}
}

// shareOfStart returns the first token of a share that "of" brings before
// the phrase opening at token k ("37 percent of", "31% of", "a majority
// of"), with at most a few words of a coordinated group between ("31% of
// Republicans and Republican-leaning voters"); -1 otherwise.
func (a *qattributor) shareOfStart(k, lo int) int {
	for i := k - 1; i >= lo && i >= k-8; i-- {
		if a.inQuote(i) {
			return -1
		}
		w := a.lowTok(i)
		if w != "of" {
			if w == "," || w == ";" || w == ":" || lexicon.IsPreposition(w) {
				return -1
			}
			continue
		}
		if i-1 < lo {
			return -1
		}
		p := a.lowTok(i - 1)
		switch {
		case p == "percent" || p == "%" || (len(p) > 1 && strings.HasSuffix(p, "%")):
			if p == "percent" || p == "%" {
				return i - 2
			}
			return i - 1
		case p == "majority" || p == "minority":
			return i - 1
		}
		return -1
	}
	return -1
}

// pollPhraseStart returns the first token of the noun phrase that ends
// with the poll's noun at token i: back over its modifiers ("a national
// Acme/Kestrel", "Wednesday's Kestrel") to a determiner, a preposition, a
// punctuation mark or the clause's start.
func (a *qattributor) pollPhraseStart(i, lo int) int {
	b := i
	for j := i - 1; j >= lo && j >= i-5; j-- {
		w := a.lowTok(j)
		if lexicon.IsDeterminer(w) {
			return j
		}
		if a.inQuote(j) || lexicon.IsPreposition(w) || !isLowerWord(w) || w == "that" || w == "and" || w == "or" {
			break
		}
		b = j
	}
	return b
}

// isLowerWord reports whether w is a word of letters, digits, hyphens or
// slashes (a modifier of a noun: "national", "CNN/ORC", "fresh").
func isLowerWord(w string) bool {
	if w == "" {
		return false
	}
	for _, r := range w {
		if !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r == '-' || r == '/' || r == '\'' || r == '’') {
			return false
		}
	}
	return true
}
