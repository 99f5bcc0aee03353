package quote

import (
	"sort"
	"strings"

	"github.com/newsparse/newsparse/internal/contract"
	"github.com/newsparse/newsparse/internal/coref"
	"github.com/newsparse/newsparse/internal/lexicon"
	"github.com/newsparse/newsparse/internal/textdoc"
)

// Speakers and coreference: a speaker read from a pronoun or a description
// ("he", "the company", "a Vodafone spokesman") that the attribution left
// without an entity takes the one internal/coref resolves it to; the
// speaker's mention keeps pointing at the words in the text.

// coref returns the article's coreference, built on first use.
func (a *qattributor) coref() *coref.Resolver {
	if a.co == nil {
		a.co = coref.New(a.d, a.ents, func(off int) bool { return a.quoteAt(off) >= 0 })
	}
	return a.co
}

// corefSpeaker gives a speaker read from a pronoun or a description, which
// the attribution left without an entity, the entity it refers to.
func (a *qattributor) corefSpeaker(sp *contract.Speaker, n qnp) {
	if sp == nil || sp.Entity != "" || n.kind != qnPron && n.kind != qnRole {
		return
	}
	if n.kind == qnPron && sp.Name != sp.Text {
		// the rules gave the pronoun a phrase ("A spokesman for the
		// council said … He added"): it refers to what the phrase does,
		// before whoever coreference finds for the pronoun alone
		if a.describedSpeaker(sp, n) || a.newcomer(sp.Name, n) {
			return
		}
		if i := strings.LastIndex(a.text[max(0, n.s-2000):n.s], sp.Name); i >= 0 {
			// "The man, now 29, testified … he told the commissioner": as the article introduced him
			s := max(0, n.s-2000) + i
			if name := a.introducedAs(s, sp.Name, lastWord(lexicon.Lower(sp.Name))); name != "" {
				sp.Name = name
				return
			}
		}
	}
	resolve := a.coref().Resolve
	if a.speakingDescription(n) {
		resolve = a.speakingResolve
	}
	if ei := resolve(n.s, n.e); ei >= 0 {
		if a.namedInQuote(ei, n) {
			// the one the quotation's words name seldom speaks them: the
			// next antecedent, if there is one
			if ej := a.coref().ResolveExcept(n.s, n.e, ei); ej >= 0 && ej != ei {
				ei = ej
			}
		}
		sp.Entity, sp.Name = a.ents[ei].ID, a.ents[ei].Name
		return
	}
	if name := a.unnamedBody(n); name != "" {
		sp.Name = name
		return
	}
	if n.kind == qnRole {
		if name := a.introducedAs(n.s, a.text[n.s:n.e], n.head); name != "" {
			sp.Name = name // "the man replied": "A former junior hockey player", as the article introduced him
		}
	}
}

// genericPerson are nouns that may stand for any person the story
// introduced: "the man" for "a former junior hockey player".
var genericPerson = map[string]bool{"man": true, "woman": true, "person": true, "boy": true, "girl": true,
	"teen": true, "teenager": true, "youth": true}

// introducedAs returns, for a definite description of a person at offset
// off that names no one ("the man", "the witness"; phrase its text, head
// its last noun), the indefinite phrase that introduced that person as a
// sentence's subject in the ten sentences before, within three paragraphs,
// counted from the last subject that goes on with the chain ("the man",
// "he"):
// "A former junior hockey player told an inquiry … The man, now 29,
// testified … “…,” the man replied". The phrase's head must name a person
// and not another sex. It returns "" when there is none.
func (a *qattributor) introducedAs(off int, phrase, head string) string {
	if !strings.HasPrefix(strings.ToLower(phrase), "the ") || !(lexicon.IsPersonNoun(head) || coref.PersonNoun(head)) ||
		strings.Contains(phrase, "'s") || strings.Contains(phrase, "\u2019s") {
		return "" // not "the victim's brother", someone of another's
	}
	si := a.d.SentOf(off)
	if si < 0 {
		return ""
	}
	g := coref.NounGender(head)
	last := si // the last sentence whose subject goes on with the chain: "The man …", "He …"
	for s := si - 1; s >= 0 && s >= last-10 && a.d.Sents[last].Para-a.d.Sents[s].Para <= 3; s-- {
		st := a.d.Sents[s]
		m := a.mainSubject(st.TokStart, st.TokEnd)
		if m.kind == qnPron && (g == 0 || qPronouns[strings.ToLower(m.head)] == g) ||
			m.kind == qnRole && m.head == head && strings.HasPrefix(strings.ToLower(a.text[m.s:m.e]), "the ") {
			last = s
			continue
		}
		if m.kind != qnRole || a.quoteAt(m.s) >= 0 {
			continue
		}
		t := a.text[m.s:m.e]
		if !indefinitePhrase(t) || !(lexicon.IsPersonNoun(m.head) || coref.PersonNoun(m.head) || lexicon.IsSpeakerNoun(m.head)) {
			continue
		}
		if m.head != head && !genericPerson[head] {
			continue // "the manager" is not "a masked gunman"; "the man" may be "a former player"
		}
		if mg := coref.NounGender(m.head); g != 0 && mg != 0 && mg != g {
			continue
		}
		return t
	}
	return ""
}

// speakingDescription reports whether the speaker n is a definite
// description that coreference may read as someone who speaks whatever its
// head ("“…,” said the Edmonton native"): speakingHead holds, and a speech
// verb stands next to it in a sentence that holds a quotation.
func (a *qattributor) speakingDescription(n qnp) bool {
	if !a.speakingHead(n) {
		return false
	}
	si := a.d.SentOf(n.s)
	if si < 0 || !a.quoteInSentence(si) {
		return false
	}
	k0, k1 := a.tokAt(n.s), a.tokAt(n.e-1)
	hi := a.d.Sents[si].TokEnd
	return k0 > 0 && a.isCue(k0-1, hi) && a.clauseEnds(k1+1, hi) || a.cueAfter(k1, hi)
}

// clauseEnds reports whether an inverted speech verb's subject that ends
// before token k ends its clause there ("…,” said the Waterford man.",
// "… man on Monday", "… man, who"): punctuation or a preposition follows,
// not a verb of a clause it opens ("has said the referendum could …").
func (a *qattributor) clauseEnds(k, hi int) bool {
	if k >= hi {
		return true
	}
	w := a.d.Tok(k)
	return !qIsLower(w) && !lexicon.IsNameWord(w) || lexicon.IsPreposition(a.lowTok(k))
}

// speakingResolve resolves a definite description that speaks
// (speakingDescription): as coreference resolves it when its head says who
// ("the rookie defenceman"), else the speaker of the turn it continues
// (turnSpeaker), else the one coreference reads it as (ResolveSpeaker).
func (a *qattributor) speakingResolve(s, e int) int {
	if ei := a.coref().Resolve(s, e); ei >= 0 {
		return ei
	}
	if ei := a.turnSpeaker(s, e); ei >= 0 {
		return ei
	}
	return a.coref().ResolveSpeaker(s, e)
}

// turnSpeaker returns the person whose turn a definite description that
// speaks at [s, e) continues: the speaker named last before it, outside
// quotations, in the three sentences before it within its paragraph and
// the one before, not in its own, which names someone else ("“…,” Strachan told the BBC. … The former Scotland
// international added that …"), of the gender its head gives and whom
// the article gives no other office than the one its head names
// (coref.OfficeFits: the executive director is not "the critic"); or -1.
func (a *qattributor) turnSpeaker(s, e int) int {
	si := a.d.SentOf(s)
	if si < 0 {
		return -1
	}
	para := a.d.Sents[si].Para
	g := coref.NounGender(lastWord(lexicon.Lower(a.text[s:e])))
	k := sort.Search(len(a.spk), func(i int) bool { return a.spk[i].s >= s }) - 1
	for ; k >= 0; k-- {
		c := a.spk[k]
		cs := a.d.SentOf(c.s)
		if cs < 0 || si-cs > 3 || para-a.d.Sents[cs].Para > 1 {
			return -1
		}
		if a.quoteAt(c.s) >= 0 || c.ent == "" {
			continue
		}
		if cs == si {
			return -1 // "Berg went on while a heckler shouted": another
		}
		if ei := a.entityIndex(c.ent); ei >= 0 && a.ents[ei].Type == contract.Person && (g == 0 || a.genderAgrees(c, g)) && a.coref().OfficeFits(ei, s, e) {
			return ei
		}
	}
	return -1
}

// epithetOf returns, for a name n of entity ei that "the" opens and a
// speech verb stands next to, in a sentence that holds a quotation, the
// person it stands for when it is an epithet, no name: the article names
// ei nowhere else, and the speaker of the turn it continues
// (turnSpeaker), else the person who is the subject of the sentence
// before, is someone else ("Then Lewis-Francis ran the last leg. “…,”
// said the Birchfield Harrier"); -1 otherwise.
func (a *qattributor) epithetOf(n qnp, ei int) int {
	k0, k1 := a.tokAt(n.s), a.tokAt(n.e-1)
	if ei < 0 || k0 < 1 || a.lowTok(k0-1) != "the" || len(a.ents[ei].Mentions) != 1 || a.ents[ei].Type != contract.Person {
		return -1
	}
	si := a.d.SentOf(n.s)
	if si < 1 || !a.quoteInSentence(si) {
		return -1
	}
	hi := a.d.Sents[si].TokEnd
	if !(k0 > 1 && a.isCue(k0-2, hi) && a.clauseEnds(k1+1, hi) || a.cueAfter(k1, hi)) {
		return -1
	}
	s := a.d.Toks[k0-1].Start
	if pi := a.turnSpeaker(s, n.e); pi >= 0 && pi != ei {
		return pi
	}
	st := a.d.Sents[si-1]
	m := a.mainSubject(st.TokStart, st.TokEnd)
	if m.kind != qnName || a.quoteAt(m.s) >= 0 {
		return -1
	}
	if pi := a.entityAt(m.s, m.e); pi >= 0 && pi != ei && a.ents[pi].Type == contract.Person {
		return pi
	}
	return -1
}

// cueAfter reports whether a speech verb follows token k in its sentence
// (ending before token hi): k ends the verb's subject.
func (a *qattributor) cueAfter(k, hi int) bool {
	return k+1 < hi && a.isCue(k+1, hi)
}

// speakingHead reports whether n is "the" and a singular head that names
// no time, no document or other thing that carries words, no crowd, no
// body and no abstract thing ("the decision", "the ruling"), with no
// possessor ("the virus' subject line"), and a name or an age that
// anchors it among its modifiers ("the Waterford man", "the Edmonton
// native", "the 41-year-old chart-topper"): an epithet, which as a speech
// verb's subject is someone who speaks. A bare "the slide", "the piece"
// or "the man" is as likely a thing or someone new.
func (a *qattributor) speakingHead(n qnp) bool {
	if n.kind != qnRole || !strings.HasPrefix(lexicon.Lower(a.text[n.s:n.e]), "the ") {
		return false
	}
	h := lastWord(lexicon.Lower(a.text[n.s:n.e]))
	if len(h) < 3 || !qIsLower(lastWord(a.text[n.s:n.e])) || h != n.head || pluralHead(h) || strings.HasSuffix(h, "men") ||
		lexicon.IsFunctionWord(h) || lexicon.IsCueSkip(h) || lexicon.IsNonHumanNoun(h) || cardinals[h] || timeWords[h] || docNouns[h] || printNouns[h] || crowdNouns[h] ||
		lexicon.IsOrgNoun(h) || lexicon.IsSpeakerOrgHead(h) {
		return false
	}
	for _, suf := range abstractSuffixes {
		if strings.HasSuffix(h, suf) {
			return false
		}
	}
	anchored := false
	for k := a.tokAt(n.s) + 1; k < a.tokAt(n.e-1); k++ {
		t := a.d.Tok(k)
		if t == "'" || t == "\u2019" || t == "'s" || t == "\u2019s" {
			return false
		}
		if qIsLower(t) && strings.HasSuffix(t, "s") && !strings.HasSuffix(t, "ss") {
			return false // "the ones State now says": a plural, and a clause after it
		}
		anchored = anchored || lexicon.IsNameWord(t) || textdoc.IsDigitByte(t[0])
	}
	return anchored
}

// quoteInSentence reports whether a quotation overlaps sentence si.
func (a *qattributor) quoteInSentence(si int) bool {
	st := a.d.Sents[si]
	qi := sort.Search(len(a.qs), func(i int) bool { return a.qs[i].ce > st.Start })
	return qi < len(a.qs) && a.qs[qi].cs < st.End
}

// unnamedBody returns, for "the company" or "the firm" that coreference
// left without an organisation, a name the recogniser missed that a
// sentence before shows to be a body: the subject that "its" refers back
// to ("Boots has said its profit will fall … the company said"). "" when
// there is none.
func (a *qattributor) unnamedBody(n qnp) string {
	if n.kind != qnRole || !lexicon.IsOrgNoun(n.head) || !strings.HasPrefix(strings.ToLower(a.text[n.s:n.e]), "the ") {
		return ""
	}
	si := a.d.SentOf(n.s)
	if si < 0 {
		return ""
	}
	for s := si - 1; s >= 0 && s >= si-4; s-- {
		st := a.d.Sents[s]
		m := a.mainSubject(st.TokStart, st.TokEnd)
		if m.kind != qnName || a.tokAt(m.s) != st.TokStart || a.entityAt(m.s, m.e) >= 0 {
			continue
		}
		for k := a.tokAt(m.e-1) + 1; k < st.TokEnd && k <= a.tokAt(m.e-1)+4 && !a.inQuote(k); k++ {
			if a.lowTok(k) == "its" {
				return a.canonical(a.text[m.s:m.e])
			}
		}
	}
	return ""
}

// newcomer reports whether the phrase name the rules gave pronoun n is an
// indefinite description (indefinitePhrase) that no one named in its own
// sentence rivals: "One trader, who asked not to be named, told … “…,” he
// said" is that trader, not a person named sentences before; "A reporter
// asked Ruiz how she felt. She replied" may be Ruiz, whom coreference
// weighs.
func (a *qattributor) newcomer(name string, n qnp) bool {
	if !indefinitePhrase(name) {
		return false
	}
	i := strings.LastIndex(a.text[max(0, n.s-2000):n.s], name)
	if i < 0 {
		return false
	}
	si := a.d.SentOf(max(0, n.s-2000) + i)
	ei := a.coref().Resolve(n.s, n.e)
	if si < 0 || ei < 0 {
		return true
	}
	st := a.d.Sents[si]
	for k := a.mentFrom(st.Start); k < len(a.ments) && a.ments[k].s < st.End; k++ {
		if a.ments[k].idx == ei {
			return false
		}
	}
	return true
}

// indefinitePhrase reports whether s is an indefinite description ("one
// dealer", "a woman who lives nearby"): a person it introduces, whom no
// earlier name stands for.
func indefinitePhrase(s string) bool {
	f := strings.Fields(s)
	if len(f) < 2 || !qIsLower(f[len(f)-1]) {
		return false
	}
	switch lexicon.Lower(f[0]) {
	case "a", "an", "one", "another":
		return true
	}
	return false
}

// describedSpeaker gives a pronoun the rules gave a phrase without an
// entity ("It" → "The Cruz campaign", "he" → "A spokesman for the
// council") the entity that phrase stands for, and reports whether it did.
func (a *qattributor) describedSpeaker(sp *contract.Speaker, n qnp) bool {
	if i := strings.LastIndex(a.text[max(0, n.s-2000):n.s], sp.Name); i >= 0 {
		s := max(0, n.s-2000) + i
		if ei := a.coref().Resolve(s, s+len(sp.Name)); ei >= 0 {
			sp.Entity, sp.Name = a.ents[ei].ID, a.ents[ei].Name
			return true
		}
	}
	return false
}

// namedInQuote reports whether entity ei is named inside a quotation of
// the sentence of mention n, the one n speaks: "“It would be fantastic to
// have Jenna in the team,” said the champion".
func (a *qattributor) namedInQuote(ei int, n qnp) bool {
	si := a.d.SentOf(n.s)
	if si < 0 {
		return false
	}
	st := a.d.Sents[si]
	for qi := sort.Search(len(a.qs), func(i int) bool { return a.qs[i].ce > st.Start }); qi < len(a.qs) && a.qs[qi].cs < st.End; qi++ {
		q := a.qs[qi]
		k := a.mentFrom(q.cs)
		for ; k < len(a.ments) && a.ments[k].s < q.ce; k++ {
			if a.ments[k].idx == ei {
				return true
			}
		}
	}
	return false
}
