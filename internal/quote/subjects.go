package quote

import (
	"strings"

	"github.com/newsparse/newsparse/internal/contract"
	"github.com/newsparse/newsparse/internal/coref"
	"github.com/newsparse/newsparse/internal/lexicon"
	"github.com/newsparse/newsparse/internal/textdoc"
)

// Subjects: the speaker mention of a reporting cue, read from the clause
// around it (the subject before the verb, the noun phrase after an inverted
// verb or "according to"), and the noun-phrase readers of names, roles,
// pronouns and appositions those readings share. speakers.go turns the
// mention into a Speaker.

// subject returns the speaker mention of cue c.
func (a *qattributor) subject(c qcue) qnp {
	s := a.d.Sents[c.si]
	lo, hi := s.TokStart, s.TokEnd
	if c.base == "according to" || strings.HasSuffix(c.base, " by") {
		return a.npAfter(c.tok+2, hi)
	}
	if c.base == "quote" {
		if n := a.quotedAsSaying(c, hi); n.kind != qnNone {
			return n
		}
	}
	t := a.d.Tok(c.tok)
	if strings.HasSuffix(t, "ing") {
		// "footage of Clinton asking", "Trump reportedly saying": the name
		// right before the participle
		if j := a.skipBack(c.tok-1, lo); j >= lo && !a.inQuote(j) {
			if w := a.d.Tok(j); lexicon.IsNameWord(w) {
				if n := a.npBefore(j, lo); n.kind == qnName && !a.bodyObject(n, lo) {
					return n
				}
			}
		}
		if n := a.perceivedSubject(c.tok, lo); n.kind != qnNone {
			return n // "they saw Vale in the yard screaming, “…”"
		}
		if n := a.withSubject(c.tok, lo); n.kind != qnNone {
			return n // "…, with the Daily Ledger newspaper describing it as “…”"
		}
		if n := a.withChain(c.tok, lo); n.kind != qnNone {
			return n // "…, with Ann Ruiz marching up to him, saying “…”"
		}
		// "…, saying": the subject of the main clause
		st := a.clauseStart(lo, c.tok)
		if n := a.mainClauseSubject(lo, st, c.tok); n.kind != qnNone {
			return n // hook: past a complement clause (inverted.go)
		}
		if n := a.mainSubject(st, c.tok); n.kind != qnNone {
			return n
		}
		if n := a.clauseSubject(st, c.tok); n.kind != qnNone {
			return n
		}
		// "Adding, “…”": a participle opening its sentence speaks for the
		// subject of the sentence before
		if st == lo && c.si > 0 && a.d.Sents[c.si-1].Para == s.Para {
			ps := a.d.Sents[c.si-1]
			return a.mainSubject(ps.TokStart, ps.TokEnd)
		}
		return qnp{}
	}
	j := a.skipBack(c.tok-1, lo)
	if j >= lo {
		if w := a.d.Tok(j); w == "and" || w == "but" || w == "or" || w == "to" {
			if n := a.invertedBefore(lo, j); n.kind != qnNone {
				return n // "…," said X, who …, and described it as "…"
			}
			// "X met Y and said": the subject of the coordinated clause
			if n := a.coordinatedMain(lo, j); n.kind != qnNone {
				return n
			}
			st := a.clauseStart(lo, j)
			if n := a.mainSubject(st, j); n.kind != qnNone {
				return n
			}
			return a.clauseSubject(st, j)
		}
	}
	if j >= lo && a.inQuote(j) {
		// a closing mark glued to the name after it: `…,”Clinton said`
		qi := a.quoteAt(a.d.Toks[j].Start)
		if e := a.d.Toks[j].End; e > a.qs[qi].oe && lexicon.IsNameWord(a.text[a.qs[qi].oe:e]) {
			return qnp{kind: qnName, s: a.qs[qi].oe, e: e}
		}
	}
	if j < lo || a.inQuote(j) || (a.d.Tok(j) == "," && (j-1 < lo || a.inQuote(j-1))) {
		if objectVerbs[c.base] && !invertingObjectVerbs[c.base] {
			return qnp{} // inverted speech is said, not described: "…," said X
		}
		if n := a.npAfter(c.tok+c.n, hi); n.kind != qnNone {
			return n
		}
		return qnp{}
	}
	if n := a.quantitySubject(j, lo); n.kind != qnNone {
		return n // "Several said", "Yet another said": a part of the people just named
	}
	if n := a.npBefore(j, lo); n.kind != qnNone {
		if p := a.pollSpeaker(n, lo); p.kind != qnNone {
			return p // "the poll finds that 37 percent of voters say"
		}
		if r := a.relativeObject(n, lo); r.kind != qnNone {
			n = r
		}
		n = a.partitiveBefore(a.nameBeforeRole(a.pastReducedRelative(n, lo), lo, c.tok+c.n), lo)
		return a.affiliationBefore(n, lo, c.tok+c.n)
	}
	if objectVerbs[c.base] {
		return qnp{} // the one told, asked, thanked or described does not speak
	}
	return a.npAfter(c.tok+c.n, hi)
}

// bodyObject reports whether name n, right before a participle, is a body
// or a place that a verb before it takes as its object ("Ruiz left Labour
// saying …"): the participle goes with the clause's subject, as it does
// not after a preposition or a verb of perception or report ("footage of
// Clinton asking", "saw Vale screaming", "quoted Vale saying").
func (a *qattributor) bodyObject(n qnp, lo int) bool {
	if ei := a.entityAt(n.s, n.e); ei < 0 || a.ents[ei].Type == contract.Person {
		return false
	}
	k := a.tokAt(n.s) - 1
	if k > lo && lexicon.IsDeterminer(a.lowTok(k)) {
		k--
	}
	if k <= lo || a.inQuote(k) || !a.lowerTok(k) || !a.verbLikeTok(k) {
		return false
	}
	w := a.lowTok(k)
	return !lexicon.IsPreposition(w) && !lexicon.IsDeterminer(w) && !perceptionVerbs[w] && lexicon.ReportingBase(w) == ""
}

// relativeObject returns, for name n that a verb and "who" after a comma
// stand before, the one the relative clause describes: in "Ms Dunn, who
// presents The Late Hour tells Webb" the clause's closing comma is missing
// and The Late Hour is only what Dunn presents. No phrase otherwise.
func (a *qattributor) relativeObject(n qnp, lo int) qnp {
	k := a.tokAt(n.s)
	for k-1 > lo && !a.lowerTok(k-1) && lexicon.IsNameWord(a.d.Tok(k-1)) {
		k-- // the whole name: "The Late Hour", not "Hour"
	}
	if n.kind != qnName || k-4 < lo || !a.lowerTok(k-1) || !a.verbLikeTok(k-1) ||
		a.lowTok(k-2) != "who" || a.d.Tok(k-3) != "," || a.inQuote(k-4) {
		return qnp{}
	}
	if r := a.npBefore(k-4, lo); r.kind == qnName {
		return r
	}
	return qnp{}
}

// quotedAsSaying returns the object of "quoted" that "as" and a
// participle follow: "the paper quoted Mr Lund as saying": Lund speaks, the
// paper only reports it. No phrase otherwise.
func (a *qattributor) quotedAsSaying(c qcue, hi int) qnp {
	n, k := a.npAfter0(c.tok+c.n, hi)
	if n.kind == qnNone || k+1 >= hi || a.lowTok(k) != "as" || !strings.HasSuffix(a.lowTok(k+1), "ing") {
		return qnp{}
	}
	return n
}

// invertedBefore returns, for a verb coordinated by the conjunction at
// token j with an inverted reporting clause before it ("“…,” said a former
// official who oversaw the cases and described it as …"), the speaker
// after that inverted verb; no phrase otherwise.
func (a *qattributor) invertedBefore(lo, j int) qnp {
	for x := j - 1; x > lo && x > j-25; x-- {
		if a.inQuote(x) {
			return qnp{}
		}
		if !a.lowerTok(x) || lexicon.ReportingBase(a.lowTok(x)) == "" {
			continue
		}
		closing := func(k int) bool { return k >= lo && (a.inQuote(k) || qIsQuoteRune(firstRune(a.d.Tok(k)))) }
		if !closing(x-1) && !(a.d.Tok(x-1) == "," && closing(x-2)) {
			return qnp{} // only right after the quotation: "…," said X
		}
		return a.npAfter(x+1, j)
	}
	return qnp{}
}

// pastReducedRelative returns, for a subject n that is the agent of a
// participle modifying the phrase before it ("A letter from the Legion
// obtained by The Associated Press warns"), that phrase; n otherwise.
func (a *qattributor) pastReducedRelative(n qnp, lo int) qnp {
	d := a.d
	k := a.tokAt(n.s) - 1
	if k > lo && lexicon.IsDeterminer(a.lowTok(k)) {
		k--
	}
	if k-2 < lo || a.lowTok(k) != "by" || a.inQuote(k-1) {
		return n
	}
	if p := d.Tok(k - 1); !qIsLower(p) || !strings.HasSuffix(p, "ed") && !pastParticiples[p] {
		return n
	}
	if m := a.npBefore(k-2, lo); m.kind == qnName || m.kind == qnRole {
		return m
	}
	return n
}

// nameBeforeRole returns, for an indefinite role n read back from a verb
// ("an analyst at Nomura told", or a bare one: "senior fellow at the
// Nomura Institute told"), the person named before it and a comma
// when that name opens the clause, right after a quotation or at the
// start of the sentence with no comma after the verb (token after): "“…,”
// Ann Ruiz, an analyst at Kestrel told the paper" and "Ann Ruiz, an analyst
// at Kestrel told the paper that …" are appositions no second comma
// closes, Ruiz speaks. n otherwise.
func (a *qattributor) nameBeforeRole(n qnp, lo, after int) qnp {
	if p := a.tokAt(n.s) - 1; n.kind == qnName && p-1 > lo {
		if a.lowTok(p) == "the" && p-2 > lo {
			p-- // "a fellow at the Lorne Institute told"
		}
		// "Tom Vale, a trader at Lorne Bank said": the body the role's
		// preposition governs
		if complementPrep(a.lowTok(p)) {
			if r := a.npBefore(p-1, lo); r.kind == qnRole {
				if m := a.nameBeforeRole(r, lo, after); m.kind == qnName {
					return m
				}
			} else if k := a.bareRoleStart(p, lo); k >= 0 {
				// "Tom Vale, head of research at the Lorne Institute told"
				return a.nameBeforeComma(n, k, lo, after)
			}
		}
		return n
	}
	if n.kind != qnRole {
		return n
	}
	k := a.tokAt(n.s)
	if w := a.lowTok(k); w != "a" && w != "an" {
		// a bare role: "Ann Ruiz, senior research fellow at Kestrel told"
		for x := k - 1; x > lo && x >= k-3 && a.lowerTok(x) && !a.inQuote(x) && !a.verbLikeTok(x) && !lexicon.IsDeterminer(a.lowTok(x)); x-- {
			k = x
		}
		if k == a.tokAt(n.s) && !lexicon.IsSpeakerNoun(a.lowTok(k)) || lexicon.IsDeterminer(a.lowTok(k)) {
			return n
		}
	}
	return a.nameBeforeComma(n, k, lo, after)
}

// bareRoleStart returns, for a preposition at token p that a role of a
// person's own words stands before, without a determiner and back to a
// comma ("head of research at", "managing partner of"), the role's first
// token; -1 otherwise.
func (a *qattributor) bareRoleStart(p, lo int) int {
	person := false
	for x := p - 1; x > lo && x >= p-8; x-- {
		if a.inQuote(x) {
			return -1
		}
		w := a.lowTok(x)
		if a.d.Tok(x-1) == "," {
			if !a.lowerTok(x) || lexicon.IsDeterminer(w) || !person && !a.personHead(w) && w != "head" {
				return -1
			}
			return x
		}
		switch {
		case !a.lowerTok(x) || lexicon.IsDeterminer(w) || lexicon.IsRelPronoun(w) || w == "and":
			return -1
		case w == "of" || w == "at" || w == "for":
		case a.verbLikeTok(x):
			return -1
		case a.personHead(w) || w == "head" && a.lowTok(x+1) == "of":
			person = true
		}
	}
	return -1
}

// nameBeforeComma returns, for a role n whose first token is k, the person
// named before it and a comma, when that name follows a quotation or opens
// the sentence with no comma after the verb (token after); n otherwise.
func (a *qattributor) nameBeforeComma(n qnp, k, lo, after int) qnp {
	if k-2 < lo || a.d.Tok(k-1) != "," || a.inQuote(k-2) {
		return n
	}
	m := a.npBefore(k-2, lo)
	if m.kind != qnName {
		return n
	}
	if ei := a.entityAt(m.s, m.e); ei < 0 || a.ents[ei].Type != contract.Person {
		return n
	}
	if b := a.tokAt(m.s) - 1; b >= lo && !a.inQuote(b) && !qIsQuoteRune(firstRune(a.d.Tok(b))) {
		return n
	}
	if a.tokAt(m.s) <= lo && (after >= len(a.d.Toks) || a.d.Tok(after) == ",") {
		return n // "Clinton, a top aide said, “…”": a clause put in, the aide speaks
	}
	return m
}

// affiliationBefore returns, for a subject n read back from a verb that is
// a body's name or a bare description ("Hotel Association said", "health
// spokesman said"), the person named before it and a comma when that name
// opens its sentence and the words between name no one else: "Ann Ruiz,
// Kestrel Hotel Association said: …" and "Ann Ruiz, Green Party health
// spokesman said" are appositions no determiner opens and no second comma
// closes, Ruiz speaks. A comma right after the verb (token after) makes the
// clause one put in ("Ruiz, Kestrel said, will …"), and n speaks; so does a
// person's name in the apposition when no description ends it ("Ruiz, Lee
// said"). n otherwise.
func (a *qattributor) affiliationBefore(n qnp, lo, after int) qnp {
	if n.kind != qnName && n.kind != qnRole || after < len(a.d.Toks) && a.d.Tok(after) == "," {
		return n
	}
	if ei := a.entityAt(n.s, n.e); n.kind == qnName && (ei < 0 || a.ents[ei].Type == contract.Person) {
		return n
	}
	k := a.tokAt(n.s) - 1
	for x := k; x > lo && x > k-6 && a.d.Tok(x) != ","; x-- {
		w := a.lowTok(x)
		if a.inQuote(x) || lexicon.IsDeterminer(w) || a.lowerTok(x) && a.verbLikeTok(x) || qPronouns[w] != 0 || !a.nameWord(x) && !a.lowerTok(x) {
			return n
		}
		if a.nameWord(x) && n.kind == qnName {
			if ei := a.entityAt(a.d.Toks[x].Start, a.d.Toks[x].End); ei >= 0 && a.ents[ei].Type == contract.Person {
				return n
			}
		}
		k = x - 1
	}
	if k <= lo || a.d.Tok(k) != "," || a.inQuote(k-1) {
		return n
	}
	m := a.npBefore(k-1, lo)
	if b := a.tokAt(m.s) - 1; m.kind != qnName || b >= lo && !a.afterTitleTok(lo, b+1) && !a.inQuote(b) && !qIsQuoteRune(firstRune(a.d.Tok(b))) {
		return n // the name opens its sentence, or follows a quotation
	}
	if ei := a.entityAt(m.s, m.e); ei < 0 || a.ents[ei].Type != contract.Person {
		return n
	}
	return m
}

// afterTitleTok reports whether only titles stand in tokens [lo, i): "Dr
// Ann Ruiz" opens its sentence.
func (a *qattributor) afterTitleTok(lo, i int) bool {
	for x := lo; x < i; x++ {
		if w := a.lowTok(x); !lexicon.IsTitle(w) && w != "." {
			return false
		}
	}
	return i > lo
}

// pastParticiples are irregular participles that modify a noun with "by":
// "a letter written by", "a memo seen by".
var pastParticiples = map[string]bool{"written": true, "seen": true, "given": true, "taken": true, "shown": true,
	"sent": true, "made": true, "held": true, "led": true, "read": true, "drawn": true, "known": true}

// coordinatedMain returns, for a verb coordinated after a comma with the
// clause before it ("X said that Y had won, but went on to add"),
// the subject of the main clause when the clause before is a complement
// clause, which the coordinated verb does not continue; j is the token
// before the cue ("and", "but", "or", "to"). No phrase otherwise.
func (a *qattributor) coordinatedMain(lo, j int) qnp {
	for k := j; k >= lo && k > j-5; k-- {
		w := a.lowTok(k)
		if w != "and" && w != "but" {
			if k < j && !a.lowerTok(k) {
				return qnp{} // only verbs and particles between: "but went on to"
			}
			continue
		}
		if k-1 < lo || a.d.Tok(k-1) != "," {
			return qnp{}
		}
		return a.mainClauseSubject(lo, a.clauseStart(lo, k), k)
	}
	return qnp{}
}

// objectOf reports whether a verb of objectVerbs stands among tokens
// [lo, j), so that a noun phrase at j is its object.
func (a *qattributor) objectOf(lo, j int) bool {
	for k := max(lo, j-cueWindow); k < j; k++ {
		if a.objVerbTok(k) {
			return true
		}
	}
	return false
}

// objectVerbs are reporting verbs whose noun phrase after them is the one
// spoken to or about, never the speaker: "thanked Obama for …".
var objectVerbs = map[string]bool{"tell": true, "ask": true, "urge": true, "inform": true, "assure": true,
	"thank": true, "describe": true, "call": true, "praise": true, "blast": true, "accuse": true, "criticize": true,
	"criticise": true, "label": true, "brand": true, "dub": true, "mock": true, "quote": true, "cite": true,
	"congratulate": true, "credit": true, "blame": true, "warn": true, "question": true, "tease": true,
	"exhort": true, "implore": true, "advise": true}

// invertingObjectVerbs among objectVerbs also stand before their speaker
// after a quotation: "…?" asked Lee; "…," warned Lee.
var invertingObjectVerbs = map[string]bool{"ask": true, "warn": true, "urge": true, "question": true, "tease": true, "assure": true,
	"exhort": true, "implore": true}

// timeWords are words of a time phrase that may stand between a speaker and the verb ("who in 2010 said").
var timeWords = map[string]bool{"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true,
	"saturday": true, "sunday": true, "january": true, "february": true, "march": true, "april": true, "may": true,
	"june": true, "july": true, "august": true, "september": true, "october": true, "november": true, "december": true,
	"week": true, "month": true, "year": true, "night": true, "morning": true, "evening": true, "afternoon": true,
	"statement": true, "interview": true, "speech": true, "letter": true, "email": true, "tweet": true, "2015": true,
	"past": true, "time": true, "days": true, "weeks": true, "months": true, "years": true, "today": true,
	"yesterday": true, "tonight": true, "weekend": true}

// nounsInLy are nouns that end like adverbs.
var nounsInLy = map[string]bool{"family": true, "assembly": true, "supply": true, "monopoly": true, "anomaly": true,
	"rally": true, "ally": true, "reply": true, "bully": true, "italy": true, "july": true, "daily": true,
	"weekly": true, "monthly": true, "quarterly": true, "homily": true}

// perceptionVerbs are the verbs whose object a participle after it has as
// its subject: "heard him shouting", "saw Vale in the yard screaming".
var perceptionVerbs = map[string]bool{"saw": true, "see": true, "sees": true, "seen": true, "seeing": true,
	"heard": true, "hear": true, "hears": true, "hearing": true, "watched": true, "watch": true, "spotted": true,
	"noticed": true}

// objectPronouns are the object pronouns a perception verb's object may be,
// with the subject pronoun they resolve as.
var objectPronouns = map[string]string{"him": "he", "her": "she", "them": "they"}

// perceivedSubject returns the object of a perception verb at most eight
// tokens before the participle at token i (no comma, quotation or other
// verb of perception between), the participle's subject; or none.
func (a *qattributor) perceivedSubject(i, lo int) qnp {
	d := a.d
	for k := i - 1; k >= lo && k >= i-8; k-- {
		if t := d.Tok(k); t == "," || t == ";" || a.inQuote(k) {
			return qnp{}
		}
		if !perceptionVerbs[a.lowTok(k)] || k+1 >= i {
			continue
		}
		if h, ok := objectPronouns[a.lowTok(k+1)]; ok {
			return qnp{kind: qnPron, s: d.Toks[k+1].Start, e: d.Toks[k+1].End, head: h}
		}
		if n, _ := a.npAfter0(k+1, i); n.kind == qnName || n.kind == qnRole {
			return n
		}
		return qnp{}
	}
	return qnp{}
}

// skipBack skips, going back from token j, the adverbs, auxiliaries and
// time phrases between a speaker and the verb ("has also", "in 2010",
// "on Tuesday"); it returns the token before them.
func (a *qattributor) skipBack(j, lo int) int {
	for j >= lo {
		w := a.lowTok(j)
		if lexicon.IsCueSkip(w) && !a.lowerTok(j) && a.surnameAlone(j, lo) {
			break // "…," May wrote: a surname, not the modal nor the month
		}
		if lexicon.IsCueSkip(w) || len(w) > 5 && strings.HasSuffix(w, "ly") && !nounsInLy[w] {
			j-- // "Gorka similarly warned"
			continue
		}
		if j-1 >= lo && (timeWords[w] || textdoc.IsDigitByte(w[0])) {
			if p := a.lowTok(j - 1); p == "later" || p == "earlier" || p == "late" || p == "early" {
				j -= 2 // "Priebus later Thursday told"
				continue
			}
			k := j - 1
			if k >= lo && (lexicon.IsDeterminer(a.lowTok(k)) || a.lowTok(k) == "last") {
				k--
			}
			if k >= lo {
				if p := a.lowTok(k); p == "in" || p == "on" || p == "at" || p == "last" || p == "this" {
					j = k - 1
					continue
				}
			}
		}
		break
	}
	return j
}

// clauseBoundaries open a subordinate clause with its own subject.
var clauseBoundaries = map[string]bool{"after": true, "before": true, "when": true, "while": true, "because": true,
	"since": true, "although": true, "though": true, "if": true, "that": true, "where": true, "whereas": true,
	"unless": true, "until": true, ";": true, "once": true, "whether": true}

// clauseStart returns the first token of the clause that holds token j:
// the token after the nearest subordinating word, or lo.
func (a *qattributor) clauseStart(lo, j int) int {
	lo = max(lo, j-cueWindow)
	for k := j - 1; k > lo; k-- {
		if a.inQuote(k) {
			continue // a quotation inside the sentence is no clause boundary
		}
		if w := a.lowTok(k); clauseBoundaries[w] {
			switch w {
			case "after", "before", "since", "until", "once", "that":
				// a preposition as often as a conjunction: "went after Bush"
				n, e := a.npAfter0(k+1, j)
				if n.kind != qnNone && e+1 < j && a.d.Tok(e) == "," {
					// "after a senior diplomat, ambassador William Roebuck, visited"
					if m, e2 := a.npAfter0(e+1, j); m.kind == qnName && e2 < j && a.d.Tok(e2) == "," {
						e = e2 + 1
					}
				}
				if n.kind == qnNone || e >= j || !(a.lowerTok(e) && a.verbLikeTok(e)) {
					continue
				}
			}
			return k + 1
		}
	}
	return lo
}

// startsSubject reports whether token i (at or after lo) can open a
// subject noun phrase: a capitalised word, a determiner or a personal
// pronoun, not governed by a preposition or a possessive ("In a statement to
// the Observer, …").
func (a *qattributor) startsSubject(lo, i int) bool {
	if a.datelineTok(i) {
		return false // "WASHINGTON —" opens the story, "DECATUR, Ill. — Sen. Ted Cruz …" a paragraph: no speaker (canspeak.go)
	}
	w := a.d.Tok(i)
	lw := a.lowTok(i)
	_, pron := qPronouns[lw]
	if !(lexicon.IsNameWord(w) && !a.capStop(i) || lexicon.IsDeterminer(lw) || pron && lw != "it" && lw != "you") {
		return false
	}
	if i > lo {
		if p := a.lowTok(i - 1); lexicon.IsPreposition(p) || p == "'s" || p == "\u2019s" ||
			p == "the" && i-1 > lo && lexicon.IsPreposition(a.lowTok(i-2)) {
			return false
		}
	}
	return !a.placeApposition(lo, i) && !a.listGoverned(lo, i)
}

// listGoverned reports whether the name at token i is an item of a list
// of names that "including" or "like" governs: "beat rivals including
// Ana Cruz, Bo Lee and Tom Kemp for the title" (none of them the
// subject). A place a preposition governs may stand before a subject
// ("In Dayton, Ohio, Hale said").
func (a *qattributor) listGoverned(lo, i int) bool {
	if i > lo && a.d.Tok(i-1) == "," && !a.listGoesOn(i) {
		return false // "Like Corker, Menendez rejected": the phrase set off ends there
	}
	for k := i - 1; k >= lo && k > i-30; k-- {
		w := a.lowTok(k)
		switch {
		case listGovernors[w]:
			return true
		case w == "," || w == "and" || w == "or":
			if k == i-1 || a.nameWord(k+1) {
				continue
			}
			return false
		case a.nameWord(k) && !a.capStop(k) && k < i-1:
			continue // an earlier item
		default:
			return false
		}
	}
	return false
}

// listGoesOn reports whether another item of a list of names follows the
// name at token i: ", Jamie Foxx", "and Alan Alda".
func (a *qattributor) listGoesOn(i int) bool {
	k := i
	for k < len(a.d.Toks) && a.nameWord(k) && !a.capStop(k) {
		k++
	}
	if k+1 >= len(a.d.Toks) || k == i {
		return false
	}
	switch a.lowTok(k) {
	case ",", "and", "or":
		return a.nameWord(k+1) && !a.capStop(k+1)
	}
	return false
}

// listGovernors govern a list of names as a preposition does.
var listGovernors = map[string]bool{"including": true, "like": true, "besides": true, "alongside": true,
	"excluding": true, "featuring": true}

// datelineAt reports whether token i, in capitals, opens a dateline that
// the header split did not take: a place and a comma, then a dash within a
// few words ("DECATUR, Ill. —", "MINEOLA, N.Y. (AP) —").
func (a *qattributor) datelineAt(i int) bool {
	d := a.d
	t := d.Tok(i)
	if len(t) < 3 || !lexicon.IsAllCaps(t) || i+2 >= len(d.Toks) || d.Tok(i+1) != "," {
		return false
	}
	for k := i + 2; k < len(d.Toks) && k < i+8; k++ {
		switch d.Tok(k) {
		case "\u2014", "\u2013", "--", "-":
			return true
		}
	}
	return false
}

// placeApposition reports whether the name at token i is a place in
// apposition to a place a preposition governs, so governed too: "in
// Halifax, Nova Scotia, the premier said" (Nova Scotia does not speak).
func (a *qattributor) placeApposition(lo, i int) bool {
	d := a.d
	ns := i // the name's first word
	for ns-1 >= lo && ns > i-3 && a.nameWord(ns-1) && !a.capStop(ns-1) {
		ns--
	}
	if ns-2 < lo || d.Tok(ns-1) != "," || !a.nameWord(ns-2) {
		return false
	}
	e := i
	for e+1 < len(d.Toks) && e+1 < ns+4 && a.nameWord(e+1) {
		e++
	}
	if !a.isPlace(ns, e) {
		return false
	}
	k := ns - 2
	for k-1 >= lo && a.nameWord(k-1) && !a.capStop(k-1) {
		k--
	}
	if k-1 < lo || !a.isPlace(k, ns-2) {
		return false
	}
	p := a.lowTok(k - 1)
	if p == "the" && k-2 >= lo {
		p = a.lowTok(k - 2)
	}
	return lexicon.IsPreposition(p)
}

// oneName reports whether one entity's mention holds tokens i and k: "the
// Organisation for Security and Cooperation in Europe" is one name.
func (a *qattributor) oneName(i, k int) bool {
	ei := a.entityAt(a.d.Toks[i].Start, a.d.Toks[i].End)
	return ei >= 0 && ei == a.entityAt(a.d.Toks[k].Start, a.d.Toks[k].End)
}

// governed reports whether a preposition governs the phrase that opens at
// token i: "of the Organisation", "in Halifax".
func (a *qattributor) governed(lo, i int) bool {
	k := i - 1
	if k >= lo && lexicon.IsDeterminer(a.lowTok(k)) {
		k--
	}
	return k >= lo && lexicon.IsPreposition(a.lowTok(k))
}

// isPlace reports whether the name of tokens [i, e] is a place: an entity
// of a place (GPE, LOC, FAC) holds it, or the place list knows it.
func (a *qattributor) isPlace(i, e int) bool {
	s, end := a.d.Toks[i].Start, a.d.Toks[e].End
	if ei := a.entityAt(s, end); ei >= 0 {
		switch a.ents[ei].Type {
		case contract.GPE, contract.Location, contract.Facility:
			return true
		}
	}
	_, ok := lexicon.LookupPlace(lexicon.Key(a.text[s:end]))
	return ok
}

// commaSubject returns the noun phrase that opens a chain of commas before
// token j: "Clinton, during a town hall in Columbus, Ohio, said".
func (a *qattributor) commaSubject(lo, j int) qnp {
	lo = max(lo, j-cueWindow)
	ofRole := false // a role's complement is being read: "The head of" + "the Pine Ridge Tenants Union"
	for i := lo; i < j; {
		if a.inQuote(i) {
			return qnp{}
		}
		if !a.startsSubject(lo, i) {
			i++
			continue
		}
		n, k := a.npAfter0(i, j)
		if n.kind == qnNone || k <= i {
			i++
			continue
		}
		if k < j && a.d.Tok(k) == "," {
			if n.kind == qnRole || n.kind == qnName && (a.endsInTitle(n) || ofRole || a.complementOfRole(i, n)) {
				// "her chief of staff, Omar Reyes, said"; "The Transport Secretary, Ruth Ellis, said";
				// "The mayor of the Municipality of Colchester, Tom Kavanagh, said"
				if m, k2 := a.npAfter0(k+1, j); m.kind == qnName && k2 == j {
					return m
				}
			}
			return n
		}
		if k < j && a.lowerTok(k) && a.verbLikeTok(k) {
			return qnp{} // a clause of its own comes first
		}
		ofRole = ofRole || n.kind == qnRole && k < j && complementPrep(a.lowTok(k)) || a.titleOfIn(i, k)
		i = k
	}
	return qnp{}
}

// complementOfRole reports whether name n, read from token i, is the complement of
// a role before it: "The mayor of the Municipality of Colchester", where
// a preposition ("of", "for", "at") and perhaps "the" stand before the name.
func (a *qattributor) complementOfRole(i int, n qnp) bool {
	p := a.tokAt(n.s) - 1
	for q := p; p > i && p > q-3 && a.nameWord(p); p-- {
		// capitalised words the name read left out: "Pine" of "Pine Ridge Tenants Union"
	}
	if p > i && a.lowTok(p) == "the" {
		p--
	}
	if p <= i {
		return false
	}
	return complementPrep(a.lowTok(p))
}

// titleOfIn reports whether tokens [i, k) hold a title and a preposition
// that opens its complement: "B.C.'s Minister of" (Indigenous Relations).
func (a *qattributor) titleOfIn(i, k int) bool {
	for x := i + 1; x < k; x++ {
		if complementPrep(a.lowTok(x)) && (lexicon.IsTitle(a.lowTok(x-1)) || lexicon.IsSpeakerNoun(a.lowTok(x-1))) {
			return true
		}
	}
	return false
}

// complementPrep reports a preposition that opens a role's complement:
// "mayor of", "spokesperson for", "chief at".
func complementPrep(w string) bool {
	return w == "of" || w == "for" || w == "at" || w == "with" || w == "from"
}

// mainSubject returns the subject of the clause in tokens [lo, hi): the
// first noun phrase that no preposition governs and that a verb-like word
// follows ("Speaking in Dayton, Ohio, Hale went after Moss": Hale).
func (a *qattributor) mainSubject(lo, hi int) qnp {
	lo = max(lo, hi-cueWindow)
	if a.subjMemo == nil {
		return a.mainSubject0(lo, hi)
	}
	// the same clauses are read again for every quotation and pronoun
	// near them; what they hold does not change within run
	key := uint64(lo)<<32 | uint64(uint32(hi))
	if n, ok := a.subjMemo[key]; ok {
		return n
	}
	n := a.mainSubject0(lo, hi)
	a.subjMemo[key] = n
	return n
}

// mainSubject0 is mainSubject without its memory; lo is bounded already.
func (a *qattributor) mainSubject0(lo, hi int) qnp {
	if e := a.openingClauseEnd(lo, hi); e > lo {
		if n := a.mainSubject0(e, hi); n.kind != qnNone {
			return n // "Asked whether he was comfortable …, Mr Hale told"
		}
	}
	var comma qnp // a phrase followed by a comma, the last resort
	if e := a.proportionEnd(lo, hi); e > lo && e < hi && a.lowerTok(e) && a.verbLikeTok(e) {
		return qnp{kind: qnRole, s: a.d.Toks[lo].Start, e: a.d.Toks[e-1].End, head: a.lowTok(e - 1)} // "About four in 10 said"
	}
	for i := lo; i < hi; {
		if a.inQuote(i) {
			i++
			continue
		}
		if !a.startsSubject(lo, i) {
			for a.nameWord(i) && !a.capStop(i) && i+1 < hi && a.nameWord(i+1) && !a.capStop(i+1) {
				i++ // the rest of a name a preposition governs: "for the Arts Council"
			}
			i++
			continue
		}
		n, k := a.npAfter0(i, hi)
		if n.kind == qnNone || k <= i {
			i++
			continue
		}
		n, k = a.withPrepPhrase(n, k, hi)
		if n.kind == qnRole && k+1 < hi && a.d.Tok(k) == "," {
			// "a senior diplomat, ambassador William Roebuck, visited"
			if m, k2 := a.npAfter0(k+1, hi); m.kind == qnName && k2 < hi && a.d.Tok(k2) == "," {
				n, k = m, k2+1
			}
		}
		if k >= hi {
			break
		}
		if (n.kind == qnName || n.kind == qnRole) && comma.kind == qnNone && k+1 < hi && a.d.Tok(k) == "," &&
			lexicon.IsRelPronoun(a.lowTok(k+1)) && a.afterRelative(k+1, hi) > k {
			// "one trader, who asked not to be named, told": a relative
			// clause runs to the verb; not past a phrase set off before
			// ("Parry, speaking to reporters, admits Gerrard, who …, will")
			return n
		}
		if n.kind == qnRole && comma.kind == qnNone && a.lowTok(k) == "who" && a.afterRelative(k, hi) > k {
			return n // "A woman who lives nearby, and asked not to be named, says": the relative clause runs to the verb
		}
		if v := a.appositionEnd(n, k, hi); v > k {
			return n // "Ann Ruiz, managing partner of Ruiz Price said": the apposition runs to the verb
		}
		if emphatic[a.lowTok(k)] && k+1 < hi {
			k++ // "Sanders himself has toned down …"
		}
		if a.d.Tok(k) == "(" && n.kind == qnName {
			if c := a.bracketEnd(k, hi); c > 0 {
				k = c // "Sen. Ann Ruiz (D-Ohio) spoke up"
			}
		}
		if k+2 < hi && a.lowTok(k) == "on" && weekdays[a.lowTok(k+1)] {
			k += 2 // "Sen. Ann Ruiz on Monday played down …"
		}
		if n.kind == qnRole && (a.lowerTok(k) && timeWords[a.lowTok(k)] || a.d.Toks[k-1].Start >= n.e && a.lowerTok(k-1) && timeWords[a.lowTok(k-1)]) {
			i = k // "a few days later, Ruiz said": a time, not a subject
			continue
		}
		nx := a.lowTok(k)
		if lexicon.IsCueSkip(nx) || a.lowerTok(k) && a.verbLikeTok(k) {
			return n
		}
		if a.d.Tok(k) == "," && comma.kind == qnNone && !a.loneWord(n) && !a.fronted(n, lo, k, hi) {
			comma = n
		}
		i = k
	}
	return comma
}

// fronted reports whether phrase n, one word opening the clause at lo
// that a comma at token k follows, is set off before a personal pronoun
// (or the end of what is read, hi): "Backstage, he said" opens with an
// adverb the recogniser may have taken for a name, not a subject.
func (a *qattributor) fronted(n qnp, lo, k, hi int) bool {
	if a.tokAt(n.s) != lo || a.tokAt(n.e-1) != lo || k != lo+1 {
		return false
	}
	if k+1 >= hi {
		return true
	}
	g, ok := qPronouns[a.lowTok(k+1)]
	return ok && g != 'n'
}

// governedBefore reports whether candidate c stands in the sentence of a
// pronoun at off, before it, governed by a preposition: "Of Hepburn, she
// said", "After meeting Ruiz, he said" (the pronoun is someone else).
func (a *qattributor) governedBefore(c qcand, off int) bool {
	si := a.d.SentOf(off)
	if si < 0 || c.s < a.d.Sents[si].Start || c.s >= off {
		return false
	}
	k := a.tokAt(c.s)
	if k < 0 || a.d.Toks[k].Start != c.s {
		return false
	}
	lo := a.d.Sents[si].TokStart
	if lexicon.IsPreposition(a.lowTok(k)) {
		return true // "Of Caron" read as one name
	}
	return a.governed(lo, k)
}

// parenthetical reports whether the pronoun at off is the subject of a
// reporting clause put after a comma ("…, he said"): what its sentence
// says before it is what was said, and no name there is the pronoun's
// ("Mr Reed is as keen as he ever was, he said" is not Reed's).
func (a *qattributor) parenthetical(off int) bool {
	k := a.tokAt(off)
	if k < 1 || k+1 >= len(a.d.Toks) || a.d.Toks[k].Start != off || a.d.Tok(k-1) != "," {
		return false
	}
	if si := a.d.SentOf(off); si < 0 || a.d.Sents[si].TokStart >= k-1 {
		return false
	}
	return lexicon.ReportingBase(a.lowTok(k+1)) != "" || a.lowTok(k+1) == "added"
}

// closingReporter returns the subject of a reporting clause that follows
// what a sentence reports, after a comma or a quotation ("Mr Brown's
// Budget was not about the country, but “…,” the Tory leader said after
// …", "The minister's zeal is undimmed, Ray Hale told …"):
// the one the sentence is about, whom a later pronoun continues, not the
// subject of what was said. No phrase when there is none.
func (a *qattributor) closingReporter(st textdoc.Sentence) qnp {
	si := a.d.SentOf(a.d.Toks[st.TokStart].Start)
	for k := st.TokEnd - 1; k > st.TokStart+2; k-- {
		if a.inQuote(k) || !a.lowerTok(k) || lexicon.ReportingBase(a.lowTok(k)) == "" {
			continue
		}
		n, base := a.sentCueAt(k, st)
		if n == 0 {
			continue
		}
		if k+n < st.TokEnd && a.d.Tok(k-1) == "," && !objectVerbs[base] {
			// "…, argued Mr Hale.": a report of the writer's own words
			// before the comma, its inverted verb's subject ending the
			// sentence, whatever the subject reader makes of the report
			if m := a.npAfter(k+n, st.TokEnd); m.kind != qnNone && a.titlesOnly(k+n, a.tokAt(m.s)) && (m.kind == qnName || m.kind == qnRole && a.personHead(m.head)) &&
				a.clauseEnds(a.tokAt(m.e-1)+1, st.TokEnd) {
				return m
			}
		}
		sub := a.subject(qcue{tok: k, n: n, base: base, si: si})
		if sub.kind != qnName && sub.kind != qnPron && sub.kind != qnRole {
			continue
		}
		if sub.s >= a.d.Toks[k].Start {
			// inverted: "…, said Ann Ruiz, an analyst at Kestrel.", the
			// verb right after the comma or quotation that ends the
			// report, its subject ending the clause (not "…, says the
			// noise woke her")
			if b := k - 1; k+n < st.TokEnd && sub.s == a.d.Toks[k+n].Start && (a.d.Tok(b) == "," || a.inQuote(b) || qIsQuoteRune(firstRune(a.d.Tok(b)))) &&
				a.clauseEnds(a.tokAt(sub.e-1)+1, st.TokEnd) && (sub.kind == qnName || a.personHead(sub.head)) {
				return sub
			}
			continue
		}
		b := a.tokAt(sub.s) - 1
		for b > st.TokStart && (lexicon.IsTitle(strings.TrimSuffix(a.lowTok(b), ".")) || a.lowTok(b) == "the") {
			b-- // "…, Mr Howard said", "…, the Tory leader said"
		}
		if sub.kind == qnRole && b > st.TokStart+1 && a.d.Tok(b) == "," {
			// "…, Ray Hale, Labour's campaign chief told": the
			// person the apposition describes
			if m := a.npBefore(b-1, st.TokStart); m.kind == qnName && a.personName(m) {
				sub, b = m, a.tokAt(m.s)-1
			}
		}
		if b > st.TokStart && (a.d.Tok(b) == "," || a.inQuote(b) || qIsQuoteRune(firstRune(a.d.Tok(b)))) {
			return sub
		}
	}
	return qnp{}
}

// titlesOnly reports whether tokens [i, j) are at most two titles ("Mr",
// "Dr."): what may stand between a verb and the name after it.
func (a *qattributor) titlesOnly(i, j int) bool {
	if j < i || j-i > 2 {
		return false
	}
	for k := i; k < j; k++ {
		if !lexicon.IsTitle(strings.TrimSuffix(a.lowTok(k), ".")) {
			return false
		}
	}
	return true
}

// personHead reports whether a role's head noun names a person or one who
// speaks: "analyst", "spokesman", "minister".
func (a *qattributor) personHead(h string) bool {
	return lexicon.IsSpeakerNoun(h) || lexicon.IsPersonNoun(h) || lexicon.IsTitle(h) || coref.PersonNoun(h)
}

// frontedOnly reports whether a person's one mention is a single word
// fronted before a pronoun at the start of its sentence (fronted): an
// adverb the recogniser took for a name.
func (a *qattributor) frontedOnly(e contract.Entity) bool {
	if len(e.Mentions) != 1 || strings.IndexByte(e.Name, ' ') >= 0 {
		return false
	}
	m := e.Mentions[0]
	si := a.d.SentOf(m.Start)
	if si < 0 || a.d.Sents[si].Start != m.Start {
		return false
	}
	lo := a.d.Sents[si].TokStart
	if lo+2 >= a.d.Sents[si].TokEnd || a.d.Tok(lo+1) != "," {
		return false
	}
	return a.fronted(qnp{kind: qnName, s: m.Start, e: m.End}, lo, lo+1, a.d.Sents[si].TokEnd)
}

// openingClauseEnd returns, for a clause at lo that opens with a
// participle or a subordinating word ("Asked whether he was comfortable
// with …, Mr Hale told", "If she wins, Ruiz will"), the token after the
// comma that ends that opening clause, where a subject and its verb
// follow; -1 otherwise. The opening clause's own subject is not the
// sentence's.
func (a *qattributor) openingClauseEnd(lo, hi int) int {
	if lo >= hi || lo >= len(a.d.Toks) {
		return -1
	}
	w := a.lowTok(lo)
	if !openers[w] && !a.participleOpener(lo) {
		return -1
	}
	for k := lo + 1; k+1 < hi && k < lo+40; k++ {
		if a.inQuote(k) {
			return -1
		}
		if a.d.Tok(k) != "," {
			continue
		}
		n, e := a.npAfter0(k+1, hi)
		if n.kind != qnNone && e < hi && (lexicon.IsCueSkip(a.lowTok(e)) || a.lowerTok(e) && a.verbLikeTok(e)) {
			return k + 1
		}
	}
	return -1
}

// participleOpener reports whether token k is a participle opening a
// clause in capitals, "Asked", "Speaking", and no name's word.
func (a *qattributor) participleOpener(k int) bool {
	t := a.d.Tok(k)
	w := a.lowTok(k)
	if w == t || len(w) < 5 || !strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "ing") || !lexicon.VerbLike(w) && !strings.HasSuffix(w, "ing") {
		return false
	}
	return a.entityAt(a.d.Toks[k].Start, a.d.Toks[k].End) < 0 && lexicon.NameGender(lexicon.Key(t)) == 0
}

// openers are the subordinating words that open a clause before the main one.
var openers = map[string]bool{"if": true, "when": true, "while": true, "although": true, "though": true,
	"because": true, "after": true, "before": true, "since": true, "once": true, "unless": true, "until": true,
	"whether": true, "whenever": true}

// bracketEnd returns the token after the bracket that closes the one
// opening at token k, within a few words and before hi, or -1.
func (a *qattributor) bracketEnd(k, hi int) int {
	for x := k + 1; x < hi && x < k+8; x++ {
		if a.d.Tok(x) == ")" {
			if x+1 < hi {
				return x + 1
			}
			return -1
		}
	}
	return -1
}

// givenNamed reports whether name has two words or more, the first a given name.
func givenNamed(name string) bool {
	f := strings.Fields(name)
	return len(f) > 1 && lexicon.NameGender(lexicon.Key(f[0])) != 0
}

// oneOf reads "one of those nurses", "one of the residents": one person
// of a group of people, a description whose head is the group's noun made
// singular; and the token after it. It returns i when token i opens no such
// phrase.
func (a *qattributor) oneOf(i, hi int) (qnp, int) {
	if a.lowTok(i) != "one" || i+2 >= hi || a.lowTok(i+1) != "of" {
		return qnp{}, i
	}
	k := i + 2
	if w := a.lowTok(k); lexicon.IsDeterminer(w) || w == "those" || w == "these" || w == "his" || w == "her" || w == "their" {
		k++
	}
	for ; k < hi && k < i+6 && a.lowerTok(k); k++ {
		w := a.lowTok(k)
		if len(w) > 3 && strings.HasSuffix(w, "s") && peopleNoun(w) {
			return qnp{kind: qnRole, s: a.d.Toks[i].Start, e: a.d.Toks[k].End, head: strings.TrimSuffix(w, "s")}, k + 1
		}
	}
	return qnp{}, i
}

// peopleNoun reports a plural noun for people: one the lexicons know, in
// the plural or the singular ("residents", "nurses"), or an agent noun
// ("teachers", "protesters", "economists").
func peopleNoun(w string) bool {
	one := strings.TrimSuffix(w, "s")
	for _, x := range [...]string{w, one} {
		if lexicon.IsPersonNoun(x) || coref.PersonNoun(x) || lexicon.IsSpeakerNoun(x) || lexicon.IsTitle(x) {
			return true
		}
	}
	return lexicon.AgentShaped(one)
}

// withPrepPhrase returns, for a phrase n ending before token k that a
// prepositional phrase and a verb follow ("A spokesman for the Arts Council
// said", "Officials at the embassy said", "Ann Ruiz of Ruiz Price said"), or
// a relative clause before the verb ("A nurse at the hospital, who …, said"),
// the subject with that phrase: a description takes it in ("a spokesman
// for the Arts Council" speaks for the council), a name stays itself;
// and the token after it. n and k otherwise.
func (a *qattributor) withPrepPhrase(n qnp, k, hi int) (qnp, int) {
	if n.kind != qnRole && n.kind != qnName || k+1 >= hi {
		return n, k
	}
	switch a.lowTok(k) {
	case "of", "for", "at", "from", "with":
	default:
		return n, k
	}
	m, k2 := a.npAfter0(k+1, hi)
	// a verb follows, or a relative clause that runs to one: "A nurse at
	// the hospital, who gave only her first name, said"
	relative := k2+1 < hi && a.d.Tok(k2) == "," && lexicon.IsRelPronoun(a.lowTok(k2+1)) && a.afterRelative(k2+1, hi) > k2
	if m.kind != qnName && m.kind != qnRole || k2 >= hi || !(lexicon.IsCueSkip(a.lowTok(k2)) || a.lowerTok(k2) && a.verbLikeTok(k2) || relative) {
		return n, k
	}
	if n.kind == qnRole {
		return qnp{kind: qnRole, s: n.s, e: m.e, head: n.head}, k2
	}
	return n, k2
}

// appositionEnd returns, for a name n followed at token k by a comma and a
// description of a role ("Ann Ruiz, managing partner of Ruiz Price said",
// "Dr Tom Hale, associate director of the Centre for Film, Media and Games
// moved"), the verb that ends the apposition, whether or not a second comma
// closes it: the names inside the apposition do not speak, n does. It
// returns -1 when the words after the comma are no role (a clause, a list
// of names, a relative clause) or no verb follows before hi.
func (a *qattributor) appositionEnd(n qnp, k, hi int) int {
	d := a.d
	if n.kind != qnName || k+2 >= hi || d.Tok(k) != "," || !a.lowerTok(k+1) || a.verbLikeTok(k+1) && !lexicon.IsDeterminer(a.lowTok(k+1)) {
		return -1
	}
	if ei := a.entityAt(n.s, n.e); ei >= 0 && a.ents[ei].Type != contract.Person || ei < 0 && !givenNamed(a.text[n.s:n.e]) {
		return -1 // "In downtown Oslo, a group dressed in white marched": a place is no one
	}
	if i := a.tokAt(n.s); i > 0 && (a.nameWord(i-1) && !lexicon.IsTitle(a.lowTok(i-1)) || a.governed(0, i)) {
		return -1 // the end of a name a preposition governs: "by Joe Arpaio, the sheriff, Trump"
	}
	role := false
	for x := k + 1; x < hi && x <= k+30; x++ {
		if a.inQuote(x) {
			return -1
		}
		w := a.lowTok(x)
		switch {
		case lexicon.IsRelPronoun(w) && role:
			// "Tom Hale, a researcher at the institute who studies
			// networks, said": the relative clause ends at a comma before the verb
			return a.afterRelative(x, hi)
		case lexicon.IsRelPronoun(w) || w == ";" || w == ":" || w == "and" && !role:
			return -1
		case lexicon.IsSpeakerNoun(w) || lexicon.IsTitle(w) || lexicon.IsPersonNoun(w) || w == "head" && a.lowTok(x+1) == "of":
			if a.lowerTok(x) { // "head of": "Ann Ruiz, the head of Ruiz Films until May, said"
				role = true
			}
			continue
		}
		if !role || !a.lowerTok(x) || !a.verbLikeTok(x) || lexicon.IsDeterminer(w) {
			continue
		}
		if p := a.lowTok(x - 1); lexicon.IsPreposition(p) || lexicon.IsDeterminer(p) || p == "'s" || p == "\u2019s" {
			continue // a noun governed: "of public affairs"
		}
		if x+1 < len(d.Toks) && d.Tok(x+1) == "," && (a.lowTok(k+1) == "a" || a.lowTok(k+1) == "an") {
			return -1 // a clause put in: "Novak, an adviser said, “is quite sure”"
		}
		return x
	}
	return -1
}

// afterRelative returns, for a relative clause that the relative pronoun at
// token x opens inside an apposition, the verb right after the comma that
// ends it ("…, a researcher who studies networks, said"), or -1.
func (a *qattributor) afterRelative(x, hi int) int {
	for y := x + 1; y+1 < hi && y <= x+20; y++ {
		if a.inQuote(y) {
			return -1
		}
		switch w := a.lowTok(y); w {
		case ";", ":", "\"", "\u201c", "\u201d":
			return -1
		case ",":
			if v := y + 1; a.lowerTok(v) && a.verbLikeTok(v) && !lexicon.IsDeterminer(a.lowTok(v)) && !lexicon.IsRelPronoun(a.lowTok(v)) {
				return v
			}
			if c := a.lowTok(y + 1); (c == "and" || c == "but") && a.lowerTok(y+2) && !lexicon.IsDeterminer(a.lowTok(y+2)) {
				if _, pron := qPronouns[a.lowTok(y+2)]; !pron {
					y++ // "who lives nearby, and asked not to be named, said": the clause goes on
					continue
				}
			}
			return -1
		}
	}
	return -1
}

// withSubject returns, for a participle at token k that "with" and a noun
// phrase lead to ("with the Daily Ledger newspaper describing"), that
// phrase: the participle's own subject, not the main clause's. No phrase
// otherwise.
func (a *qattributor) withSubject(k, lo int) qnp {
	for w := k - 2; w >= lo && w >= k-8; w-- {
		if a.inQuote(w) {
			return qnp{}
		}
		switch t := a.lowTok(w); {
		case t == "with":
			n, e := a.npAfter0(w+1, k)
			if n.kind != qnName && n.kind != qnRole {
				n, e = a.peopleBetween(w+1, k)
			}
			if n.kind != qnName && n.kind != qnRole || e < k-2 {
				return qnp{}
			}
			for x := e; x < k; x++ {
				if w := a.lowTok(x); (w == "and" || w == "or") && x+1 < k && headSpeaks(a.lowTok(x+1)) {
					n.e = a.d.Toks[x+1].End // "with marchers and spectators chanting": people coordinated
					x++
					continue
				}
				if !a.lowerTok(x) || a.verbLikeTok(x) || lexicon.IsPreposition(a.lowTok(x)) {
					return qnp{} // only a noun the name qualifies: "the Daily Ledger newspaper"
				}
			}
			return n
		case t == "," || t == ";" || t == ":" || lexicon.IsPreposition(t) || lexicon.IsRelPronoun(t):
			return qnp{}
		}
	}
	return qnp{}
}

// withChain returns, for a participle at token k after a comma that
// closes a participle clause "with" and a noun phrase open ("with Ann
// Ruiz marching up to him, saying"), that phrase: the second participle
// goes on with the first one's subject. No phrase otherwise.
func (a *qattributor) withChain(k, lo int) qnp {
	if k-2 <= lo || a.d.Tok(k-1) != "," {
		return qnp{}
	}
	for p := k - 2; p > lo && p >= k-10; p-- {
		t := a.d.Tok(p)
		if a.inQuote(p) || t == "," || t == ";" || t == ":" {
			return qnp{}
		}
		if len(t) > 4 && strings.HasSuffix(t, "ing") && a.lowerTok(p) {
			return a.withSubject(p, lo)
		}
	}
	return qnp{}
}

// weekdays are the days a time adverbial between a subject and its verb
// names: "Ruiz on Monday said".
var weekdays = map[string]bool{"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true,
	"saturday": true, "sunday": true}

// emphatic are the reflexive pronouns that may follow a subject before
// its verb: "Sanders himself has …".
var emphatic = map[string]bool{"himself": true, "herself": true, "itself": true, "themselves": true}

// commonOpener reports whether n is only a common word that opens its
// sentence in capitals, such as "Do well enough …" or "Ironically, …".
func (a *qattributor) commonOpener(n qnp) bool {
	if a.tokAt(n.s) != a.tokAt(n.e-1) {
		return false
	}
	if si := a.d.SentOf(n.s); si < 0 || a.d.Sents[si].Start != n.s {
		return false
	}
	w := lexicon.Lower(a.text[n.s:n.e])
	if lexicon.IsSpeakerNoun(w) {
		return false // "Police say …"
	}
	return lexicon.IsCommonWord(lexicon.Key(w)) || len(w) > 5 && strings.HasSuffix(w, "ly") && !nounsInLy[w]
}

// describes reports whether name n, covered by entity ei, is a nationality
// or group word after "the", directly or past an age, that stands for one
// person: "the Australian", "the 55-year-old Frenchman", "the New
// Zealander" (a nationality of two words).
func (a *qattributor) describes(n qnp, ei int) bool {
	k, last := a.tokAt(n.s), a.tokAt(n.e-1)
	j := k - 1
	if j > 0 && strings.Contains(a.d.Tok(j), "-year-old") {
		j-- // "the 55-year-old Frenchman"
	}
	if k != last {
		if _, demonym := lexicon.Demonym(lexicon.Key(a.text[n.s:n.e])); !demonym || last != k+1 {
			return false
		}
	}
	return a.ents[ei].Type == contract.NORP && j >= 0 && a.lowTok(j) == "the" &&
		!strings.HasSuffix(a.d.Tok(last), "s")
}

// endsInTitle reports whether the last word of n is a title: "Home Secretary".
func (a *qattributor) endsInTitle(n qnp) bool {
	w := strings.TrimSuffix(a.lowTok(a.tokAt(n.e-1)), ".")
	return lexicon.IsTitle(w)
}

// loneWord reports whether n is a single capitalised word that no entity
// covers: "Instead," or "Ironically," opening a sentence, not a speaker.
func (a *qattributor) loneWord(n qnp) bool {
	return n.kind == qnName && a.tokAt(n.s) == a.tokAt(n.e-1) && a.entityAt(n.s, n.e) < 0
}

// clauseSubject returns the first noun phrase of the clause that starts at
// token lo, skipping an opening adverbial ("On Sunday, ...").
func (a *qattributor) clauseSubject(lo, hi int) qnp {
	i := max(lo, hi-cueWindow)
	for i < hi && a.inQuote(i) {
		i++
	}
	if i < hi {
		w := a.lowTok(i)
		if qCapStop[w] || w == "during" || w == "despite" || w == "following" || w == "amid" || w == "under" {
			comma := false
			for k := i; k < hi && k < i+12; k++ {
				if a.d.Tok(k) == "," {
					i, comma = k+1, true
					break
				}
			}
			if !comma && lexicon.IsPreposition(w) {
				// "On September 27 they said": skip the phrase's words
				k := i + 1
				for k < hi && k < i+6 && (a.nameWord(k) || textdoc.IsDigitByte(a.d.Tok(k)[0]) || lexicon.IsDeterminer(a.lowTok(k))) {
					k++
				}
				i = k
			}
		}
	}
	if i < hi {
		if w := a.lowTok(i); w == "but" || w == "and" || w == "so" || w == "yet" {
			i++
		}
	}
	if i+1 < hi && a.d.Tok(i+1) == "," && a.entityAt(a.d.Toks[i].Start, a.d.Toks[i].End) < 0 {
		i += 2 // "Ironically, …": an opening adverb
	}
	if i >= hi {
		return qnp{}
	}
	return a.npAfter(i, hi)
}

// npBefore reads the noun phrase that ends at token j (going back no further than lo).
func (a *qattributor) npBefore(j, lo int) qnp {
	d := a.d
	if j < lo {
		return qnp{}
	}
	t := d.Tok(j)
	switch {
	case t == ")":
		return a.npBeforeBracket(j, lo)
	case t == ",":
		return a.npBeforeComma(j, lo)
	case t == "\u2014" || t == "--" || t == "\u2013":
		return a.npBeforeDash(j, lo)
	}
	lw := a.lowTok(j)
	if g, ok := qPronouns[lw]; ok && g != 'n' || lw == "it" {
		return qnp{kind: qnPron, s: d.Toks[j].Start, e: d.Toks[j].End, head: lw}
	}
	if lexicon.IsRelPronoun(lw) {
		return a.npBeforeWho(j, lo)
	}
	if lexicon.IsNameWord(t) && (!a.capStop(j) || a.surnameAlone(j, lo)) {
		return a.npBeforeName(j, lo)
	}
	if qIsLower(t) || textdoc.IsDigitByte(t[0]) {
		return a.npBeforeRole(j, lo)
	}
	return qnp{}
}

// surnameAlone reports whether the word at token j, one that opens no name
// on its own (a month: "May"), stands alone before the verb as the surname
// of a person the article names: "…," May wrote. A word before it in
// lower case ("in May", "since May") makes it a date.
func (a *qattributor) surnameAlone(j, lo int) bool {
	if j > lo && !a.inQuote(j-1) && a.lowerTok(j-1) || j+1 >= len(a.d.Toks) || !a.lowerTok(j+1) {
		return false
	}
	return a.surnameOfPerson(a.d.Tok(j))
}

// npBeforeDash reads the subject before an apposition between dashes that
// ends at token j: "Jason Sims — a teacher from Dover — says"; a name in
// apposition to a description before it: "A former candidate -- John
// McCain, who lost in 2008 -- said".
func (a *qattributor) npBeforeDash(j, lo int) qnp {
	t := a.d.Tok(j)
	for k := j - 1; k > lo && k > j-16; k-- {
		if a.inQuote(k) {
			return qnp{}
		}
		if a.d.Tok(k) == t {
			n := a.npBefore(k-1, lo)
			if m, _ := a.npAfter0(k+1, j); n.kind == qnRole && m.kind == qnName {
				return m // "A former candidate -- John McCain, who lost in 2008 -- said"
			}
			if n.kind == qnName || n.kind == qnRole {
				return n
			}
			return qnp{}
		}
	}
	return qnp{}
}

// npBeforeBracket reads the phrase before brackets that end at token j:
// "Rep. Gwen Moore (D-Wis.) said".
func (a *qattributor) npBeforeBracket(j, lo int) qnp {
	d := a.d
	k := j - 1
	for k >= lo && k > j-8 && d.Tok(k) != "(" {
		k--
	}
	if k >= lo && d.Tok(k) == "(" {
		return a.npBefore(k-1, lo)
	}
	return qnp{}
}

// npBeforeComma reads the subject before a comma at token j: an
// apposition ("X, a senior diplomat, said"), a relative clause ("X, who
// …, said") or brackets the comma closes.
func (a *qattributor) npBeforeComma(j, lo int) qnp {
	d := a.d
	if j-1 > lo && d.Tok(j-1) == ")" {
		// "Gov. Mark Dunn (R-NS), said": the comma closes the brackets,
		// unless a preposition governs the name ("the chairman of the
		// Organisation for Security (OSCE), told")
		if n := a.npBefore(j-1, lo); n.kind == qnName && !a.governed(lo, a.tokAt(n.s)) {
			return n
		}
	}
	// "X, a senior diplomat, said" / "X, who ..., said"
	if n := a.commaSubject(a.clauseStart(lo, j), j); n.kind == qnName || n.kind == qnRole {
		return n
	}
	if n := a.personOfBody(j, lo); n.kind != qnNone {
		return n
	}
	k := j - 1
	for k >= lo && k > j-30 && d.Tok(k) != "," {
		if qi := a.quoteAt(d.Toks[k].Start); qi >= 0 {
			if a.qs[qi].oe-a.qs[qi].os > 30 {
				break // a nickname may stand in the apposition, a quotation not
			}
		}
		k--
	}
	if k < lo || d.Tok(k) != "," || k == j-1 {
		return qnp{}
	}
	allCap := j-k <= 6
	for x := k + 1; x < j && allCap; x++ {
		allCap = a.nameWord(x) || qNameConnectors[d.Tok(x)] || lexicon.IsTitle(a.lowTok(x))
	}
	if allCap && j-k >= 2 {
		// "his sister, Nadia Petrescu, wrote": the name in apposition
		if n := a.npBefore(j-1, k+1); n.kind == qnName {
			if k-1 > lo && a.nameWord(k-1) && a.isPlace(k-1, k-1) && a.isPlace(a.tokAt(n.s), a.tokAt(n.e-1)) {
				return a.npBefore(k-1, lo) // "A woman in Dover, Delaware, said": the state places the town
			}
			return n
		}
	}
	f := a.lowTok(k + 1)
	roleIn := false
	for x := k + 1; x < j && !roleIn; x++ {
		roleIn = lexicon.IsSpeakerNoun(d.Tok(x)) || lexicon.IsTitle(d.Tok(x))
	}
	if f == "who" || lexicon.IsDeterminer(f) || a.lowerTok(k+1) || lexicon.IsTitle(f) || j-k <= 3 || roleIn && j-k <= 10 {
		// "X, a senior diplomat, said"; "McConnell, R-Ky., said"; "Jones, 25, said"
		return a.npBefore(k-1, lo)
	}
	return qnp{}
}

// personOfBody reads, before the comma at token j, a person named with
// the body they belong to: "Kirsten Pfeifer from the Consumer Electronics
// Association, told", "David Page, of Investec, said" is commaSubject's.
func (a *qattributor) personOfBody(j, lo int) qnp {
	d := a.d
	body := a.npBefore(j-1, lo)
	if body.kind != qnName {
		return qnp{}
	}
	if ei := a.entityAt(body.s, body.e); ei >= 0 && a.ents[ei].Type == contract.Person && body.e < d.Toks[j-1].Start {
		// the name read already skips the body after it
		if b := a.tokAt(body.s) - 1; b < lo || a.inQuote(b) || d.Tok(b) == "," {
			return body
		}
		return qnp{}
	}
	p := a.tokAt(body.s) - 1
	if p > lo && a.lowTok(p) == "the" {
		p--
	}
	if p <= lo {
		return qnp{}
	}
	if w := a.lowTok(p); w != "from" && w != "of" && w != "at" && w != "with" {
		return qnp{}
	}
	n := a.npBefore(p-1, lo)
	if n.kind != qnName {
		return qnp{}
	}
	if ei := a.entityAt(n.s, n.e); ei < 0 || a.ents[ei].Type != contract.Person {
		return qnp{}
	}
	if b := a.tokAt(n.s) - 1; b >= lo && !a.inQuote(b) && d.Tok(b) != "," {
		return qnp{} // the person opens the clause, or follows the quotation
	}
	return n
}

// npBeforeWho reads a relative pronoun at token j with the phrase it
// stands for: "McConnell, who said".
func (a *qattributor) npBeforeWho(j, lo int) qnp {
	d := a.d
	lw := a.lowTok(j)
	n := qnp{kind: qnWho, s: d.Toks[j].Start, e: d.Toks[j].End, head: lw}
	k := j - 1
	if k >= lo && d.Tok(k) == "," {
		k--
	}
	if ante := a.npBefore(k, lo); ante.kind == qnName || ante.kind == qnRole {
		if ante.kind == qnRole {
			// "Okafor, now the party's chief whip, who said": the name before the apposition
			c := a.tokAt(ante.s) - 1
			for c > lo && c > a.tokAt(ante.s)-3 && a.lowerTok(c) {
				c--
			}
			if c > lo && d.Tok(c) == "," {
				if nm := a.npBefore(c-1, lo); nm.kind == qnName {
					ante = nm
				}
			}
		}
		n.ante = &ante
		return n
	}
	return qnp{}
}

// coordinatedNameStart returns, for a name opening at token k after "and"
// and another name ("the MP for Kestrel and Lorne said", "a lawyer for
// Ruiz and Price said"), the first word of the name before "and" when a
// preposition governs it, so that the role before both speaks; k
// otherwise.
func (a *qattributor) coordinatedNameStart(k, lo int) int {
	if k-2 < lo || a.lowTok(k-1) != "and" && a.d.Tok(k-1) != "&" || !a.nameWord(k-2) || a.capStop(k-2) || a.inQuote(k-2) {
		return k
	}
	b := k - 2
	for b-1 >= lo && a.nameWord(b-1) && !a.capStop(b-1) && !a.inQuote(b-1) {
		b--
	}
	if p := b - 1; p >= lo && (a.lowTok(p) == "the" && p-1 >= lo && lexicon.IsPreposition(a.lowTok(p-1)) || lexicon.IsPreposition(a.lowTok(p))) {
		return b
	}
	return k
}

// roleOfBody returns the role a preposition joins to the name of tokens
// [k, j]: "a spokesman for the White House", "an analyst at Ruiz"; no
// phrase otherwise.
func (a *qattributor) roleOfBody(k, j, lo int) qnp {
	if k-1 < lo {
		return qnp{}
	}
	p, at := a.lowTok(k-1), k-2
	if p == "the" && k-2 >= lo {
		p, at = a.lowTok(k-2), k-3
	}
	if p != "for" && p != "of" && p != "at" && p != "from" {
		return qnp{}
	}
	if r := a.roleBefore(at, lo); r.kind == qnRole && lexicon.IsSpeakerNoun(r.head) {
		r.e = a.d.Toks[j].End
		return r
	}
	return qnp{}
}

// nameStartBefore returns the first token of the name that ends at token j,
// through its connectors ("Bank of England").
func (a *qattributor) nameStartBefore(j, lo int) int {
	k := j
	for k-1 >= lo && !a.inQuote(k-1) {
		p := a.d.Tok(k - 1)
		if lexicon.IsNameWord(p) && !a.capStop(k-1) || qNameConnectors[p] && k-2 >= lo && a.nameWord(k-2) {
			k--
			continue
		}
		break
	}
	return k
}

// npBeforeName reads a name that ends at token j, or the role it qualifies
// ("a spokesman for the White House"), the body a place locates ("police
// in Moncton") or the person before an organisation ("X of The Nation").
func (a *qattributor) npBeforeName(j, lo int) qnp {
	d := a.d
	k := a.nameStartBefore(j, lo)
	// "a spokesman for the White House": the role is the speaker
	cs := a.coordinatedNameStart(k, lo)
	if r := a.roleOfBody(cs, j, lo); r.kind == qnRole {
		return r
	}
	if b := a.nameStartBefore(cs, lo); cs < k && b < cs && qNameConnectors[d.Tok(cs-1)] {
		k = b // "The MP for Easton and Wexley said": both places are the title's complement
	}
	// "police in Moncton said", "RCMP in Nova Scotia say": the place
	// locates the body before it, which speaks
	if b := k - 1; b > lo && a.isPlace(k, j) && !a.inQuote(b-1) && !a.oneName(b-1, k) {
		if p := a.lowTok(b); p == "in" || p == "at" || p == "near" || p == "across" {
			if n := a.npBefore(b-1, lo); n.kind == qnRole || n.kind == qnName && !a.isPlace(a.tokAt(n.s), a.tokAt(n.e-1)) {
				if n.kind == qnRole {
					n.e = d.Toks[j].End
				}
				return n
			}
		}
	}
	// a comma after the verb makes the clause one put in: "Ruiz, Kestrel
	// Hotel Association said, had …": the body speaks
	putIn := j+2 < len(d.Toks) && d.Tok(j+2) == ","
	if n := a.personBeforeBody(k, lo, putIn); n.kind == qnName {
		return n
	}
	return a.nameSpan(k, j+1)
}

// personBeforeBody returns the person named before the name of a body
// that opens at token k: "Lena Marsh of The Ledger wrote"; past a comma,
// a person the recogniser knows, "Jo Lin, from the Retail Federation
// (RF) told", "Jo Lin, Retail Federation, said", unless putIn (a comma
// after the verb: the clause is put in, the body speaks). No phrase
// otherwise.
func (a *qattributor) personBeforeBody(k, lo int, putIn bool) qnp {
	b := k - 1
	if b <= lo {
		return qnp{}
	}
	if a.lowTok(b) == "the" {
		b--
	}
	if p := a.lowTok(b); b > lo && (p == "of" || p == "at" || p == "from") {
		c := b - 1
		comma := c > lo && a.d.Tok(c) == ","
		if comma && putIn {
			return qnp{}
		}
		if comma {
			c--
		}
		if a.nameWord(c) && !qCapStop[a.lowTok(c)] {
			if n := a.npBefore(c, lo); n.kind == qnName && (!comma || a.personName(n)) {
				return n
			}
		}
		return qnp{}
	}
	if !putIn && b == k-1 && a.d.Tok(b) == "," && b-1 > lo && a.nameWord(b-1) && a.isBody(k) {
		if n := a.npBefore(b-1, lo); n.kind == qnName && a.personName(n) {
			return n
		}
	}
	return qnp{}
}

// personName reports whether an entity of a person covers name n.
func (a *qattributor) personName(n qnp) bool {
	ei := a.entityAt(n.s, n.e)
	return ei >= 0 && a.ents[ei].Type == contract.Person
}

// isBody reports whether an organisation's mention opens at token k.
func (a *qattributor) isBody(k int) bool {
	ei := a.entityAt(a.d.Toks[k].Start, a.d.Toks[k].End)
	return ei >= 0 && a.ents[ei].Type == contract.Org
}

// npBeforeRole reads a common noun phrase that ends at token j: "the
// minister", skipping a prepositional phrase after its head ("Protesters
// marching through the streets chanted").
func (a *qattributor) npBeforeRole(j, lo int) qnp {
	d := a.d
	r := a.roleBefore(j, lo)
	if r.kind != qnRole {
		return r
	}
	// "Workers waiting at the gates shouted": skip the
	// prepositional phrase and the participle before it; a word that
	// opens a clause opens no such phrase ("… said as the heckler
	// yelled", "when the crowd shouted": the clause's own subject)
	k := a.tokAt(r.s) - 1
	if w := a.lowTok(max(k, 0)); k > lo && lexicon.IsPreposition(w) && w != "of" && w != "for" && w != "as" && !clauseBoundaries[w] {
		k--
		for k > lo && a.lowerTok(k) && (strings.HasSuffix(d.Tok(k), "ing") || strings.HasSuffix(d.Tok(k), "ed")) {
			k--
		}
		if n := a.npBefore(k, lo); n.kind == qnName || n.kind == qnRole {
			return n
		}
		if !lexicon.IsSpeakerNoun(r.head) {
			return qnp{}
		}
	}
	return r
}

// roleBefore reads a common noun phrase ending at token j: "the minister",
// "Iranian officials", "the country's defence ministry".
func (a *qattributor) roleBefore(j, lo int) qnp {
	d := a.d
	if j < lo || !a.lowerTok(j) && !(textdoc.IsDigitByte(d.Tok(j)[0]) && j-1 >= lo && lexicon.IsDeterminer(a.lowTok(j-1))) {
		return qnp{}
	}
	head := a.lowTok(j)
	if clauseBoundaries[head] || lexicon.IsRelPronoun(head) || head == "same" {
		return qnp{} // "the same words when asked", "asked if she would do the same, replied": no noun ends there
	}
	known := lexicon.IsSpeakerNoun(head)
	k := j
	det := false
	for k-1 >= lo && k > j-5 && !a.inQuote(k-1) {
		p := d.Tok(k - 1)
		lp := a.lowTok(k - 1)
		if lexicon.IsDeterminer(lp) {
			k--
			det = true
			break
		}
		if lp == "'s" || lp == "\u2019s" || (lp == "'" || lp == "\u2019") && k-2 >= lo && endsInS(d.Tok(k-2)) {
			// "Clinton's spokesman", "the campaign's statement", "Sanders' email": the possessor belongs to the phrase
			k--
			if k-1 >= lo && !a.inQuote(k-1) {
				if a.nameWord(k - 1) {
					for k-1 >= lo && a.nameWord(k-1) && !a.inQuote(k-1) {
						k--
					}
				} else if r := a.roleBefore(k-1, lo); r.kind == qnRole {
					k = a.tokAt(r.s)
				}
			}
			det = true
			break
		}
		if lexicon.IsNameWord(p) && !qCapStop[lp] || qIsLower(p) && !lexicon.IsCueSkip(lp) && !qNounPreceders[lp] && !lexicon.IsRelPronoun(lp) && lexicon.ReportingBase(lp) == "" && lp != "and" && lp != "or" ||
			textdoc.IsDigitByte(p[0]) && (strings.Contains(lp, "-year-old") || strings.Contains(lp, "-foot")) { // "the 27-year-old captain", "the 6-foot-4 centre"
			k--
			continue
		}
		break
	}
	if !known && !det {
		// "the rapper and film producer": one person's two roles
		if r := a.conjoinedRole(k, j, lo); r.kind == qnRole {
			return r
		}
		return qnp{}
	}
	if !known && k == j {
		return qnp{}
	}
	if r := a.conjoinedRole(k, j, lo); !det && r.kind == qnRole {
		return r
	}
	if !det {
		// a bare phrase: keep only the head and the modifiers that are names or known nouns
		k = j
		for k-1 >= lo && !a.inQuote(k-1) && (a.nameWord(k-1) && !a.capStop(k-1)) {
			k--
		}
	}
	if p := a.lowTok(max(k-1, 0)); k-2 >= lo && (p == "for" || p == "of" || p == "at") && !a.inQuote(k-1) {
		// "a spokesman for the party": the person who speaks for it
		if outer := a.roleBefore(k-2, lo); outer.kind == qnRole && lexicon.IsPersonNoun(outer.head) {
			return qnp{kind: qnRole, s: outer.s, e: d.Toks[j].End, head: outer.head}
		}
	}
	return qnp{kind: qnRole, s: d.Toks[k].Start, e: d.Toks[j].End, head: head}
}

// conjoinedRole returns, for a role ending at token j whose words from
// token k follow "and" ("the Liberal senator and former minister"), the
// definite role before "and" when both are one person's roles: the
// phrase describes one person twice, and the first conjunct carries its
// determiner.
func (a *qattributor) conjoinedRole(k, j, lo int) qnp {
	head := a.lowTok(j)
	if k-2 < lo || a.lowTok(k-1) != "and" || a.inQuote(k-2) || pluralHead(head) ||
		!lexicon.IsPersonNoun(head) && !lexicon.IsTitle(head) && !coref.PersonNoun(head) {
		return qnp{}
	}
	r := a.roleBefore(k-2, lo)
	personal := lexicon.IsPersonNoun(r.head) || lexicon.IsTitle(r.head) || coref.PersonNoun(r.head)
	if r.kind != qnRole || strings.HasSuffix(r.head, "s") || !personal ||
		a.lowTok(a.tokAt(r.s)) != "the" {
		return qnp{}
	}
	return r
}

// npAfter reads the noun phrase that starts at token i (stopping before hi);
// a role followed by a name in apposition gives the name ("a senior
// diplomat, ambassador William Roebuck, said").
func (a *qattributor) npAfter(i, hi int) qnp {
	n, k := a.partitiveAfter(i, hi) // "…," said one of the witnesses
	if n.kind == qnNone {
		n, k = a.npAfter0(i, hi)
	}
	if n.kind == qnRole {
		// the role may go on past where its phrase stopped, to the comma
		// before the name it describes: "said BA director of commercial
		// planning, Robert Boyle"
		k = a.roleRunsOn(k, hi)
	}
	if n.kind == qnRole && k+1 < hi && a.d.Tok(k) == "," {
		if m, k2 := a.npAfter0(k+1, hi); m.kind == qnName && (k2 >= hi || a.d.Tok(k2) == "," || a.d.Tok(k2) == ".") {
			return m
		}
	}
	return n
}

// roleRunsOn returns, for a role whose phrase stopped at token k, the
// comma that a few more words of the role lead to (lower-case words and
// names joined by prepositions: "of commercial planning", "at the Arts
// Council"), or k when no comma ends them: a verb, a quotation or a
// clause boundary comes first.
func (a *qattributor) roleRunsOn(k, hi int) int {
	for j := k; j < hi && j < k+7 && !a.inQuote(j); j++ {
		w := a.d.Tok(j)
		lw := a.lowTok(j)
		switch {
		case w == ",":
			return j
		case lexicon.IsPreposition(lw) || lexicon.IsDeterminer(lw) || lw == "and" || lw == "&":
		case lexicon.IsNameWord(w) && !a.capStop(j):
		case qIsLower(w) && !lexicon.IsRelPronoun(lw) && !clauseBoundaries[lw] && lexicon.ReportingBase(lw) == "" &&
			(!lexicon.VerbLike(lw) || lexicon.IsSpeakerNoun(lw)):
		default:
			return k
		}
	}
	return k
}

// npAfter0 is npAfter without apposition; it also returns the token where the phrase stopped.
func (a *qattributor) npAfter0(i, hi int) (qnp, int) {
	d := a.d
	if i >= hi || a.inQuote(i) {
		return qnp{}, i
	}
	lw := a.lowTok(i)
	if g, ok := qPronouns[lw]; ok && g != 'n' {
		return qnp{kind: qnPron, s: d.Toks[i].Start, e: d.Toks[i].End, head: lw}, i + 1
	}
	if lw == "that" {
		return qnp{}, i // "warned that …": a complementiser opens a clause, not a speaker
	}
	if n, k := a.oneOf(i, hi); k > i {
		return n, k
	}
	if lw == "this" || lw == "these" || lw == "those" {
		if i+1 < hi && a.lowerTok(i+1) {
			if _, pron := qPronouns[a.lowTok(i+1)]; pron || lexicon.IsDeterminer(a.lowTok(i+1)) {
				return qnp{}, i // "stated that he …": a complementiser
			}
		}
	}
	// collect a phrase: determiner, modifiers, role nouns, names
	k := i
	lastName, nameStart := -1, -1
	roleEnd := -1
	poss := false // the phrase opened with a possessor: "Clinton's right-hand woman"
	prep := -1    // a preposition after a role noun: "a spokesman for the council"
	for k < hi && k < i+12 && !a.inQuote(k) {
		w := d.Tok(k)
		lw := a.lowTok(k)
		switch {
		case k == i && lexicon.IsDeterminer(lw):
		case k > i && timeWords[lw] && lexicon.IsDeterminer(a.lowTok(i)):
			// "a Wednesday editorial"
		case lexicon.IsNameWord(w) && !(a.capStop(k) && k > i):
			if a.capStop(k) && k == i {
				if lw != "the" {
					goto done
				}
				break
			}
			if lastName < 0 || lastName != k-1 {
				nameStart = k
			}
			lastName = k
		case qNameConnectors[w] && lastName == k-1 && k+1 < hi && a.nameWord(k+1):
			lastName = k
		case lw == "'s" || lw == "\u2019s" || (lw == "'" || lw == "\u2019") && k > i && endsInS(d.Tok(k-1)):
			// a possessor, named or not: "Clinton's spokesman", "the
			// festival's director", "Mills' sister"
			if lastName != k-1 && roleEnd != k-1 {
				goto done
			}
			lastName, nameStart, roleEnd = -1, -1, -1
			poss = true
		case qIsLower(w) && (!lexicon.IsCueSkip(lw) || k > i && lexicon.IsDeterminer(a.lowTok(k-1)) && k+1 < hi && partOfPeople(a.lowTok(k+1))) && !lexicon.IsRelPronoun(lw) && !clauseBoundaries[lw] && (lexicon.ReportingBase(lw) == "" || k == i+1 && lexicon.IsDeterminer(a.lowTok(i))) && !lexicon.IsPreposition(lw) && lw != "and" && lw != "or":
			if lastName >= 0 && lastName == k-1 {
				// "Ayoub who", "Hatami in comments": the name is done; a lower-case
				// word after a name ends the phrase unless it is a role noun or
				// the name only qualifies one: "the Democratic presidential candidate"
				if !lexicon.IsSpeakerNoun(lw) && !coref.PersonNoun(lw) && !a.qualifier(i, nameStart, lastName) && !a.titleAhead(k, hi) {
					goto done
				}
			}
			if roleEnd >= 0 && (lexicon.IsSpeakerNoun(a.lowTok(roleEnd)) && !lexicon.IsSpeakerNoun(lw) && !a.roleHeadAhead(k, hi) ||
				strings.HasSuffix(lw, "ed") || lexicon.IsCommonVerb(lw) || lexicon.IsBeVerb(lw) || qPronouns[lw] != 0 || k-i > 6 && !lexicon.IsSpeakerNoun(lw)) && !a.nameAhead(k, hi) {
				goto done // "the minister met …": the phrase ended with its head
			}
			roleEnd = k
			lastName, nameStart = -1, -1
		case (lw == "for" || lw == "of" || lw == "at" || lw == "from") && roleEnd == k-1 && lexicon.IsSpeakerNoun(a.lowTok(roleEnd)):
			prep = k
		case (lw == "and" || lw == "&") && k+1 < hi && a.secondTitle(i, k, roleEnd, nameStart, lastName, hi):
			// "Acme president and chief executive Jo Lin", "former Olympian
			// and TV pundit Jo Lin": two titles, one person
		case textdoc.IsDigitByte(w[0]) && lastName < 0:
			// "said 2004 champion Lena Ortiz", "said the 52-year-old"
			roleEnd = k
		case textdoc.IsDigitByte(w[0]) && lastName == k-1 && nameStart == k-1 && k+1 < hi && qIsLower(d.Tok(k+1)) && lexicon.IsSpeakerNoun(a.lowTok(k+1)) && a.nameAhead(k+1, hi):
			// "said Grade 3 teacher Simone Abara": a capitalised word and a
			// number qualify the role noun and the name after them (not
			// "About 500 officials")
			lastName, nameStart, roleEnd = -1, -1, k
		default:
			goto done
		}
		k++
	}
done:
	return a.npAfterPhrase(i, k, nameStart, lastName, roleEnd, prep, poss), k
}

// roleHeadAhead reports whether the lower-case word at token k modifies a
// role noun one or two words on: "chief economic adviser", "senior
// policy adviser", where "chief" and "senior" are roles of their own.
func (a *qattributor) roleHeadAhead(k, hi int) bool {
	if lw := a.lowTok(k); strings.HasSuffix(lw, "ed") || lexicon.IsCommonVerb(lw) || lexicon.IsBeVerb(lw) || qPronouns[lw] != 0 || lexicon.IsDeterminer(lw) || lexicon.IsPreposition(lw) {
		return false
	}
	for j := k + 1; j < hi && j <= k+2 && !a.inQuote(j); j++ {
		lw := a.lowTok(j)
		if !qIsLower(a.d.Tok(j)) || lexicon.IsPreposition(lw) || lexicon.IsDeterminer(lw) || lexicon.IsCommonVerb(lw) || lexicon.IsBeVerb(lw) || lexicon.ReportingBase(lw) != "" {
			return false
		}
		if lexicon.IsSpeakerNoun(lw) {
			return true
		}
	}
	return false
}

// partitiveAfter returns the phrase of a part of a group of people
// opening at token i ("one of the witnesses", "two of the officers") and
// the token where it stopped, or no phrase: a cue's subject read forwards.
func (a *qattributor) partitiveAfter(i, hi int) (qnp, int) {
	if i+2 >= hi || !partitives[a.lowTok(i)] || a.lowTok(i+1) != "of" || !lexicon.IsDeterminer(a.lowTok(i+2)) {
		return qnp{}, i
	}
	m, k := a.npAfter0(i+2, hi)
	if m.kind != qnRole || !partOfPeople(m.head) {
		return qnp{}, i
	}
	m.s = a.d.Toks[i].Start
	return m, k
}

// partitiveBefore returns, for a role n read back from a verb ("the
// neighbours said"), the part of it that a quantity and "of" before it
// name ("several of the neighbours said"); n otherwise.
func (a *qattributor) partitiveBefore(n qnp, lo int) qnp {
	if n.kind != qnRole {
		return n
	}
	k := a.tokAt(n.s)
	if k-2 < lo || a.lowTok(k-1) != "of" || !partitives[a.lowTok(k-2)] || !lexicon.IsDeterminer(a.lowTok(k)) || !partOfPeople(n.head) {
		return n
	}
	n.s = a.d.Toks[k-2].Start
	return n
}

// quantitySubject returns the quantity at token j that stands alone as a
// verb's subject at the start of its clause ("Several said", "Yet another
// said", "Others say"): part of a group the text has just named, which
// speaks as that part. No phrase otherwise.
func (a *qattributor) quantitySubject(j, lo int) qnp {
	w := a.lowTok(j)
	b := j
	if !quantityPronouns[w] {
		if b = a.proportionStart(j, lo); b < 0 {
			return qnp{}
		}
	}
	if p := b - 1; p >= lo && !a.inQuote(p) && !qIsQuoteRune(firstRune(a.d.Tok(p))) {
		if q := a.lowTok(p); q != "," && q != "yet" && q != "but" && q != "and" && q != "while" {
			return qnp{}
		}
	}
	return qnp{kind: qnRole, s: a.d.Toks[b].Start, e: a.d.Toks[j].End, head: w}
}

// proportionStart returns, for a proportion of people that ends at token j
// and stands alone ("four in 10", "About four in 10", "nearly half",
// "more than a third"), its first token; -1 otherwise.
func (a *qattributor) proportionStart(j, lo int) int {
	w := a.lowTok(j)
	b := -1
	switch {
	case (w == "10" || w == "ten") && j-2 >= lo && a.lowTok(j-1) == "in" && countWord(a.lowTok(j-2)):
		b = j - 2 // "four in 10"
	case w == "half":
		b = j
	case (w == "third" || w == "thirds" || w == "quarter" || w == "quarters") && j-1 >= lo && (a.lowTok(j-1) == "a" || countWord(a.lowTok(j-1))):
		b = j - 1 // "a third", "two thirds"
	default:
		return -1
	}
	if b-1 >= lo && proportionAdverbs[a.lowTok(b-1)] {
		b-- // "about", "nearly"
	}
	if b-2 >= lo && a.lowTok(b-1) == "than" && (a.lowTok(b-2) == "more" || a.lowTok(b-2) == "fewer" || a.lowTok(b-2) == "less") {
		b -= 2 // "more than"
	}
	return b
}

// proportionEnd returns the token after a proportion of people that opens
// at token i ("About four in 10", "nearly half"), whose first token
// proportionStart gives back; -1 when none opens there.
func (a *qattributor) proportionEnd(i, hi int) int {
	for e := i + 1; e <= i+5 && e < hi; e++ {
		if a.inQuote(e - 1) {
			return -1
		}
		if a.proportionStart(e-1, i) == i {
			return e
		}
	}
	return -1
}

// countWord reports whether w is a count under ten: "4" or "four".
func countWord(w string) bool {
	switch w {
	case "1", "2", "3", "4", "5", "6", "7", "8", "9", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine":
		return true
	}
	return false
}

// proportionAdverbs may open a proportion of people: "about four in 10".
var proportionAdverbs = map[string]bool{"about": true, "nearly": true, "almost": true, "roughly": true, "some": true,
	"over": true, "just": true, "around": true}

// quantityPronouns are the quantities that stand for people without a noun.
var quantityPronouns = map[string]bool{"several": true, "many": true, "some": true, "others": true, "another": true,
	"most": true, "few": true, "both": true}

// partitives are the quantities that "of" and a group of people follow
// in a speaker's phrase: "one of the witnesses", "two of the officers".
var partitives = map[string]bool{"one": true, "two": true, "three": true, "some": true, "several": true, "many": true,
	"each": true, "both": true, "most": true, "another": true}

// partOfPeople reports whether a partitive's head names people, singular
// or plural ("witnesses", "officers", "protesters"): "one of the items"
// speaks no words.
func partOfPeople(head string) bool {
	sg := strings.TrimSuffix(head, "s")
	return lexicon.IsPersonNoun(head) || lexicon.IsSpeakerNoun(head) || lexicon.IsTitle(sg) || coref.PersonNoun(sg) || lexicon.IsPersonNoun(sg)
}

// npAfterPhrase is the phrase npAfter0 collected from token i up to k: the
// name it ends in (tokens nameStart to lastName), the role of head roleEnd
// with a name after a preposition at prep, or the role alone; poss: it
// opened with a possessor.
func (a *qattributor) npAfterPhrase(i, k, nameStart, lastName, roleEnd, prep int, poss bool) qnp {
	d := a.d
	if prep > i && lastName > prep && lexicon.IsPersonNoun(a.lowTok(prep-1)) {
		// "a spokesman for the Arts Council": someone who speaks for the
		// body named, not the body; coreference gives the body's entity
		return qnp{kind: qnRole, s: d.Toks[i].Start, e: d.Toks[lastName].End, head: a.lowTok(prep - 1)}
	}
	if lastName >= 0 && nameStart >= 0 && (roleEnd < 0 || roleEnd < nameStart) {
		// the phrase ends in a name: "Defence Minister Amir Hatami", "the minister Amir Hatami"
		return a.nameSpan(nameStart, lastName+1)
	}
	if roleEnd >= 0 {
		e := roleEnd
		if lastName > e {
			e = lastName
		}
		head := a.lowTok(roleEnd)
		if !lexicon.IsSpeakerNoun(head) && !lexicon.IsDeterminer(a.lowTok(i)) && !poss {
			return qnp{}
		}
		if len(head) > 4 && strings.HasSuffix(head, "ly") && !nounsInLy[head] {
			return qnp{} // "a swiftly convened meeting": an adverb heads no speaker
		}
		return qnp{kind: qnRole, s: d.Toks[i].Start, e: d.Toks[e].End, head: head}
	}
	return qnp{}
}

// qualifier reports whether the name in tokens [ns, ne] of a phrase opening
// at token i qualifies the words after it rather than naming the speaker:
// an adjective of nationality or party ("Iranian", "Democratic"), or a place
// after a determiner ("the U.S. ambassador").
func (a *qattributor) qualifier(i, ns, ne int) bool {
	if ns < 0 || ne < ns {
		return false // a connector ("de", "van") taken for the name's last word, with no name before it
	}
	if w := a.d.Tok(ne); ns == ne && !strings.HasSuffix(w, "s") {
		// one adjective: "Democratic" qualifies, "Democrats" is a group
		if _, demonym := lexicon.Demonym(lexicon.Key(w)); demonym || lexicon.IsGroup(lexicon.Key(w)) || partyAdjectives[lexicon.Lower(w)] {
			return true
		}
	}
	ei := a.entityAt(a.d.Toks[ns].Start, a.d.Toks[ne].End)
	return ei >= 0 && a.ents[ei].Type == contract.GPE && ns > i && lexicon.IsDeterminer(a.lowTok(i))
}

// partyAdjectives qualify a role by party: "the Democratic senator".
var partyAdjectives = map[string]bool{"democratic": true, "republican": true, "conservative": true, "liberal": true,
	"socialist": true, "communist": true, "progressive": true, "libertarian": true, "nationalist": true, "centrist": true}

// nameAhead reports whether a few lower-case words from token k lead to a
// name: "deputy enforcement director Linda Thomsen". A word shaped like a
// verb stops them unless a title or person noun follows it, which makes it
// a plural noun qualifying the title: "sales" in "Acme sales chief Jo
// Lin", "standards" in "trading standards officer Jo Lin".
func (a *qattributor) nameAhead(k, hi int) bool {
	for x := k; x < hi && x < k+4; x++ {
		w := a.d.Tok(x)
		if lexicon.IsNameWord(w) && !qCapStop[lexicon.Lower(w)] {
			return x > k
		}
		if !qIsLower(w) || lexicon.IsPreposition(w) || lexicon.VerbLike(w) && !lexicon.IsSpeakerNoun(w) && !coref.PersonNoun(w) && !a.qualifiesTitle(x, hi) {
			return false // not "seed" in "Top seed Paul Brandt", shaped like a past tense
		}
	}
	return false
}

// qualifiesTitle reports whether token x, a lower-case plural shaped like
// a verb in the third person ("sales", "sevens"), qualifies the title or
// person noun right after it: a verb is followed by its object or
// complement, never by a bare title that a name then follows.
func (a *qattributor) qualifiesTitle(x, hi int) bool {
	w := a.lowTok(x)
	if x+1 >= hi || !strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ss") || lexicon.ReportingBase(w) != "" || lexicon.IsBeVerb(w) || lexicon.IsCommonVerb(w) || !a.lowerTok(x+1) {
		return false
	}
	n := a.lowTok(x + 1)
	return lexicon.IsTitle(n) || lexicon.IsPersonNoun(n) || coref.PersonNoun(n)
}

// secondTitle reports whether "and" at token k joins a second title to
// the first of one person: the phrase so far (opening at token i) ends in a
// role noun or in a name that is no person ("former Olympian"), and a
// title that a name follows comes after it, maybe qualified by a body's
// name ("and BBC pundit Jo Lin").
func (a *qattributor) secondTitle(i, k, roleEnd, nameStart, lastName, hi int) bool {
	switch {
	case roleEnd == k-1:
	case lastName == k-1 && nameStart >= i:
		if ei := a.entityAt(a.d.Toks[nameStart].Start, a.d.Toks[lastName].End); ei >= 0 && a.ents[ei].Type == contract.Person {
			return false // "said Smith and BBC pundit Jo Lin": two people
		}
	default:
		return false
	}
	x := k + 1
	for x < hi && x < k+4 && a.nameWord(x) && !a.capStop(x) {
		x++ // "BBC" in "and BBC pundit Jo Lin"
	}
	return a.titleAhead(x, hi)
}

// titleAhead reports whether the lower-case words from token k are a
// title or role that a name follows: after "Toronto" in "Toronto head
// coach Craig Berube", "Acme chief executive Jo Lin" or "former NBA
// teammate Carl Dorsey", the place or body only qualifies the person's role.
func (a *qattributor) titleAhead(k, hi int) bool {
	if !a.nameAhead(k, hi) {
		return false
	}
	for x := k; x < hi && a.lowerTok(x); x++ {
		if w := a.lowTok(x); lexicon.IsTitle(w) || lexicon.IsPersonNoun(w) || coref.PersonNoun(w) {
			return true
		}
	}
	return false
}

// nameSpan makes a name mention of tokens [k, e), dropping leading titles
// and phrase-opening words ("President Assad" → "Assad").
func (a *qattributor) nameSpan(k, e int) qnp {
	d := a.d
	for t := e - 2; t > k; t-- {
		if w := a.lowTok(t); lexicon.IsTitle(w) || lexicon.IsTitle(strings.TrimSuffix(w, ".")) {
			k = t // "Iranian Defence Minister Amir Hatami": everything through the last title
			break
		}
	}
	start := k
	title := ""
	for k < e-1 {
		w := a.lowTok(k)
		// "Secretary of State John Kerry": drop the title's complement
		if qNameConnectors[w] && k > start && lexicon.IsTitle(a.lowTok(k-1)) {
			title = a.lowTok(k - 1)
			k += 2
			for k+1 < e && a.lowTok(k) == "and" && a.nameWord(k+1) {
				k += 2 // "the MP for Easton and Wexley": the complement goes on
			}
			continue
		}
		if a.capStop(k) || lexicon.IsTitle(w) || lexicon.IsTitle(strings.TrimSuffix(w, ".")) {
			k++
			continue
		}
		break
	}
	if k >= e {
		if title != "" {
			// "the MP for Leeds": a title and its complement, no name
			return qnp{kind: qnRole, s: d.Toks[start].Start, e: d.Toks[e-1].End, head: title}
		}
		return qnp{}
	}
	// a title left alone at the end is a role: "said the President"
	w := a.lowTok(k)
	if e-k == 1 && (lexicon.IsTitle(w) || lexicon.IsTitle(strings.TrimSuffix(w, "."))) {
		return qnp{kind: qnRole, s: d.Toks[k].Start, e: d.Toks[k].End, head: w}
	}
	if a.placeTitle(k, e) {
		// "said the Ealing North MP": the person who holds the title
		from := k
		if k > 0 && a.lowTok(k-1) == "the" {
			from = k - 1
		}
		return qnp{kind: qnRole, s: d.Toks[from].Start, e: d.Toks[e-1].End, head: a.lowTok(e - 1)}
	}
	return qnp{kind: qnName, s: d.Toks[k].Start, e: d.Toks[e-1].End}
}

// placeTitle reports whether tokens [k, e) are a title after the name of a
// place or a body that qualifies it, "Ealing North MP", "Labour MP": no
// name of a person, but the person who holds the title.
func (a *qattributor) placeTitle(k, e int) bool {
	if e-k < 2 || !lexicon.IsTitle(strings.TrimSuffix(a.lowTok(e-1), ".")) {
		return false
	}
	ei := a.entityAt(a.d.Toks[k].Start, a.d.Toks[e-2].End)
	if ei < 0 || a.ents[ei].Type == contract.Person {
		return false
	}
	for _, m := range a.ents[ei].Mentions {
		if m.Start <= a.d.Toks[k].Start && m.End >= a.d.Toks[e-2].End {
			return m.End < a.d.Toks[e-1].End // the title is no word of the name
		}
	}
	return false
}

// endsInS reports whether w ends in s or S, so that an apostrophe after it
// marks a plural or sibilant possessive: "Sanders' email", "PBS' director".
func endsInS(w string) bool {
	return strings.HasSuffix(w, "s") || strings.HasSuffix(w, "S")
}
