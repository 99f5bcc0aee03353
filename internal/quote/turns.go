package quote

import (
	"strings"

	"github.com/newsparse/newsparse/internal/contract"
)

// Turns of one speaker that no cue marks: the article's focus, whom an
// interview or a profile quotes throughout in words with no reporting
// clause of their own.

// focusPerson returns the index of the article's focus, or -1: the person
// mentioned most, at least focusMentions times and half again as often as
// any other person.
func (a *qattributor) focusPerson() int {
	if a.focus == 0 {
		a.focus = -1
		best, n1, n2 := -1, 0, 0
		for i, e := range a.ents {
			if e.Type != contract.Person {
				continue
			}
			switch n := len(e.Mentions); {
			case n > n1:
				best, n1, n2 = i, n, n1
			case n > n2:
				n2 = n
			}
		}
		if best >= 0 && n1 >= focusMentions && 2*n1 >= 3*n2 {
			a.focus = best + 1
		}
	}
	if a.focus < 0 {
		return -1
	}
	return a.focus - 1
}

// focusMentions is how often the article's focus is mentioned at least.
const focusMentions = 3

// focusSpeaker attributes quotation q, which nothing else attributes, to
// the article's focus by its last mention before q: words in the first
// person, a sentence or more, in an article that names one person far more
// often than any other ("“I was on a cruise when …”" in a profile of the
// one who speaks).
func (a *qattributor) focusSpeaker(q qspan) (qattribution, bool) {
	f := a.focusPerson()
	if f < 0 || a.partial(q) || !a.firstPerson(q) && !a.firstPersonNext(q) {
		return qattribution{}, false
	}
	for k := a.mentFrom(q.os) - 1; k >= 0; k-- {
		if m := a.ments[k]; m.idx == f {
			if a.quoteAt(m.s) >= 0 {
				continue // named inside a quotation: not the writer's mention
			}
			e := a.ents[f]
			sp := &contract.Speaker{Entity: e.ID, Name: e.Name, Start: m.s, End: m.e, Text: a.text[m.s:m.e]}
			return qattribution{sp: sp}, true
		}
	}
	return qattribution{}, false
}

// firstPerson reports whether quotation q speaks in the first person: "I",
// "me", "my", "we", "us" or "our" among its words.
func (a *qattributor) firstPerson(q qspan) bool {
	for k := a.tokAt(q.cs); k < len(a.d.Toks) && a.d.Toks[k].Start < q.ce; k++ {
		switch a.lowTok(k) {
		case "i", "me", "my", "we", "us", "our":
			return true
		}
	}
	return false
}

// writersQuestion reports whether sentence si is the writer's question, a
// sentence outside quotation marks that ends in a question mark: the
// quotation after it answers it, and whoever its cues name ("So is the
// party's aim to win, as its founder once declared? “No. …”") asks or is
// asked about, not answering.
func (a *qattributor) writersQuestion(si int) bool {
	st := a.d.Sents[si]
	k := st.TokEnd - 1
	if k < st.TokStart || a.d.Tok(k) != "?" || a.inQuote(k) || a.quoteAt(st.Start) >= 0 {
		return false
	}
	return !a.inQuote(st.TokStart)
}

// firstPersonNext reports whether the quotation right after q, with only
// space between them in one paragraph, speaks in the first person: one
// speaker's words printed in two.
func (a *qattributor) firstPersonNext(q qspan) bool {
	i := a.quoteAt(q.os)
	if i < 0 || i+1 >= len(a.qs) {
		return false
	}
	n := a.qs[i+1]
	if n.para != q.para || n.os < q.oe || strings.TrimSpace(a.text[q.oe:n.os]) != "" || a.partial(n) {
		return false
	}
	return a.firstPerson(n)
}

// askedBefore reports whether candidate c is named, outside quotation
// marks, in the writer's question (writersQuestion) that stands right
// before quotation q: the quotation answers it, and the one the question
// names does not.
func (a *qattributor) askedBefore(c rankCand, q qspan) bool {
	if c.sp.End > q.os {
		return false
	}
	si, cs := a.d.SentOf(q.os), a.d.SentOf(c.sp.Start)
	return cs >= 0 && cs == si-1 && a.d.Sents[cs].Para >= q.para-1 && a.quoteAt(c.sp.Start) < 0 && a.writersQuestion(cs)
}
