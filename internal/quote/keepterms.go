package quote

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsparse/newsparse/internal/contract"
	"github.com/newsparse/newsparse/internal/lexicon"
)

// Terms and titles: quoted words that stand in the writer's own noun phrase
// or name a work, which nobody is said to have said.
//
// A title capitalises every word it does not leave small: up to six words
// most of them ("Face the Nation"), a longer one all of them ("Backfire: The
// Inside Story of Hewlett-Packard"), which a quoted sentence never does.
//
// A held term is a short fragment the writer quotes inside a noun phrase of
// his own, after a quantifier, "its" or the possessive of a thing ("its
// "prices paid" index", "several "centres of excellence""),
// in a sentence that reports nobody's words: no reporting verb, no noun of
// speech ("accusation", "remarks"), no cue. With a cue ("she called it a
// "disgrace"", "his "atrocious" behaviour, the lawsuit says") the same words
// are a mixed quotation and stay.

// titleCased reports whether a quotation's words read as a title: words is
// the count of its words, content those a title capitalises, caps the
// capitalised ones among them.
func titleCasedQuote(words, content, caps int) bool {
	if content == 0 {
		return false
	}
	if words <= 6 {
		return caps*10 >= content*8
	}
	return words <= 16 && content >= 4 && caps == content
}

// heldTerm reports whether a quotation attributed only to its sentence's
// subject, without a cue, is a term held in the writer's noun phrase.
func (a *qattributor) heldTerm(q qspan, at qattribution, words int) bool {
	if !at.subj || at.inSent || at.explicit || words > 4 || a.endsSentence(q) {
		return false
	}
	qa := a.tokAt(q.os)
	pi := qa - 1
	if pi < 0 || a.quoteAt(a.d.Toks[pi].Start) >= 0 {
		return false
	}
	if !a.thingsPhrase(pi) || pi > 0 && predicative(a.lowTok(pi-1)) {
		return false
	}
	// a noun phrase ends in its noun, not in a preposition: took a "look into" it
	if li := a.tokAt(max(q.ce-1, q.cs)); li < len(a.d.Toks) && lexicon.IsPreposition(a.lowTok(li)) {
		return false
	}
	si := a.d.SentOf(q.os)
	if si < 0 {
		return false
	}
	st := a.d.Sents[si]
	for i := st.TokStart; i < st.TokEnd; i++ {
		if a.inQuote(i) {
			continue
		}
		w := a.lowTok(i)
		if lexicon.ReportingBase(w) != "" || speechWords[w] || w == "according" {
			return false
		}
	}
	return true
}

// thingsPhrase reports whether token pi, right before a quotation, opens a
// noun phrase that the quotation continues and that no one's words fill: a
// quantifier ("several", "some"), "its", or the possessive of a thing ("the
// survey's"). An article opens descriptions quoted from someone as often
// ("the "steady hand""), and a person's possessive marks the person's own
// words (his "people's budget", Ray's "fair deal").
func (a *qattributor) thingsPhrase(pi int) bool {
	switch w := a.lowTok(pi); w {
	case "several", "some", "many", "other", "both", "each", "another", "its":
		return true
	case "'s", "\u2019s":
		if pi == 0 || a.inQuote(pi-1) {
			return false
		}
		owner := a.d.Toks[pi-1]
		if qIsLower(a.d.Tok(pi - 1)) {
			return true // the survey's
		}
		e := a.entityAt(owner.Start, owner.End)
		return e >= 0 && a.ents[e].Type != contract.Person
	}
	return false
}

// predicative reports whether w, before the determiner, makes the noun
// phrase describe someone, as the words others use of them do: cast as a
// "change warrior", naming him the "angry enforcer", is the "caring" man.
func predicative(w string) bool {
	return w == "as" || lexicon.IsBeVerb(w) || lexicon.ReportingBase(w) != "" || w == "naming" || w == "named"
}

// speechWords are nouns (and verbs) of speech and writing whose forms the reporting
// verbs do not share: a sentence that holds one reports someone's words.
var speechWords = map[string]bool{"accusation": true, "accusations": true, "admission": true, "criticism": true,
	"description": true, "statement": true, "statements": true, "remark": true, "words": true, "phrase": true,
	"interview": true, "speech": true, "complaint": true, "warning": true, "plea": true, "appeal": true,
	"assertion": true, "allegation": true, "allegations": true, "testimony": true, "rhetoric": true, "letter": true,
	"message": true, "pledge": true, "vowed": true, "quoted": true, "quote": true, "dubbed": true, "branded": true,
	"labelled": true, "labeled": true, "termed": true, "talk": true, "talks": true, "talked": true, "talking": true,
	"referenced": true, "references": true, "characterizes": true, "characterized": true, "characterises": true,
	"characterised": true, "dictum": true}

// citedWork reports whether a quotation is cited as a work rather than
// said: it opens its line (after a label in capitals at most), its words
// end in a comma and a byline follows ("NEW POOL—“Council to close the
// pool,” by the Herald's Ann Ray"), or a year in brackets dates it
// ("“Jobs for all” (2011)", "“Night Train” (Orbis Films, 1998)").
func (a *qattributor) citedWork(q qspan) bool {
	rest := strings.TrimLeft(a.text[q.oe:min(len(a.text), q.oe+80)], " \u00a0")
	if strings.HasPrefix(rest, "by ") {
		last := strings.TrimRight(a.text[q.cs:q.ce], " ")
		by := strings.TrimLeft(rest[3:], " ")
		if strings.HasPrefix(by, "the ") {
			by = by[4:] // by the Herald's Ann Ray
		}
		r, _ := utf8.DecodeRuneInString(by)
		return strings.HasSuffix(last, ",") && unicode.IsUpper(r) && a.opensLine(q)
	}
	if !strings.HasPrefix(rest, "(") {
		return false
	}
	end := strings.IndexByte(rest, ')')
	if end < 0 || strings.IndexByte(rest[:end], '\n') >= 0 {
		return false
	}
	inner := strings.TrimSpace(rest[1:end])
	if len(inner) < 4 {
		return false
	}
	year := inner[len(inner)-4:]
	if len(inner) > 4 && inner[len(inner)-5] != ' ' && inner[len(inner)-5] != ',' {
		return false
	}
	return (strings.HasPrefix(year, "19") || strings.HasPrefix(year, "20")) && isDigits(year)
}

// isDigits reports whether s is all ASCII digits.
func isDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

// opensLine reports whether nothing but a label in capitals, a dash or
// punctuation stands between a quotation and the start of its line.
func (a *qattributor) opensLine(q qspan) bool {
	ls := a.lastByte('\n', q.os) + 1
	for _, r := range a.text[ls:q.os] {
		if unicode.IsLower(r) {
			return false
		}
	}
	return true
}

// namingNouns are nouns whose quoted complement is a name for something,
// never someone's words in a story: the slogan "Jobs First", the
// nickname "The Wall".
var namingNouns = map[string]bool{"slogan": true, "slogans": true, "motto": true, "catchphrase": true,
	"tagline": true, "nickname": true, "codename": true, "watchword": true, "trademark": true, "brand": true}

// namedByNoun reports whether a naming noun stands right before a
// quotation, a comma between them at most.
func (a *qattributor) namedByNoun(q qspan) bool {
	pi := a.tokAt(q.os) - 1
	if pi >= 0 && a.d.Tok(pi) == "," {
		pi--
	}
	return pi >= 0 && !a.inQuote(pi) && namingNouns[a.lowTok(pi)]
}

// roleOf reports whether a quotation names what a person's role belongs
// to, a show, a film or a band, before the role and the name: the "Harbour
// Lights" star Ana Ruiz, "Night Shift" host Tom Hale. Words said end in
// their own punctuation before an attribution ("We will win," coach Tom
// Hale said) and carry no role after them.
func (a *qattributor) roleOf(q qspan) bool {
	if r, _ := utf8.DecodeLastRuneInString(a.text[q.cs:q.ce]); unicode.IsPunct(r) {
		return false
	}
	j := a.tokAt(max(q.oe-1, q.os)) + 1
	for j < len(a.d.Toks) && a.d.Toks[j].Start < q.oe {
		j++
	}
	if j+1 >= len(a.d.Toks) || a.inQuote(j) || a.inQuote(j+1) {
		return false
	}
	role := a.d.Tok(j)
	return qIsLower(role) && lexicon.IsSpeakerNoun(role) && lexicon.IsNameWord(a.d.Tok(j+1)) &&
		!qCapStop[a.lowTok(j+1)]
}
