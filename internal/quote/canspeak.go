package quote

import (
	"strings"

	"github.com/newsparse/newsparse/internal/coref"
	"github.com/newsparse/newsparse/internal/lexicon"
)

// What can speak. A quotation's speaker is someone or something that can
// utter or print words: a person, an organisation, a group of people ("the
// crowd", "protesters") or a document or medium that carries words ("the
// statement", "a poll", "the ad", "a sign"). A place speaks only as the
// subject of a cue or of the rules' clause ("Moscow said", "Beijing has
// warned …"), never from a dateline nor governed by a preposition ("in
// Orlando") nor as the subject of a clause that reports no one ("Orlando
// was on everyone's mind, with marchers … chanting"); a description speaks
// when a cue reports it, or its head or another of its words is a word for
// one of these or a name ("a person close", "one Republican involved"); a
// lone capitalised word no entity holds that opens its sentence as the
// plural of a common noun ("Frustrations at …") names no one. The speaker
// choice (speakerrank.go) drops the candidates that cannot speak before
// the model ranks the rest; a document that is the subject of a cue of the
// quotation's sentence may speak where the rules found no one.

// pluralAgrees reports whether a bare reporting verb t (of base form base)
// after a determiner and the lower-case word lp agrees with lp as its
// subject: a base form needs a plural ("the officials claim"), a form in -s
// a singular ("the mayor notes"). "the caustic chant" is a noun phrase.
func pluralAgrees(t, base, lp string) bool {
	if t != base {
		return true
	}
	return strings.HasSuffix(lp, "s") || lp == "people" || lp == "police" || lp == "staff" || lp == "public"
}

// crowdNouns are heads of descriptions of groups of people that chant,
// shout or sing words: "the crowd", "the audience", "marchers".
var crowdNouns = map[string]bool{"crowd": true, "crowds": true, "audience": true, "audiences": true,
	"marchers": true, "spectators": true, "attendees": true, "delegates": true, "fans": true, "supporters": true,
	"demonstrators": true, "protesters": true, "protestors": true, "chanters": true, "onlookers": true,
	"participants": true, "user": true, "users": true, "viewers": true, "readers": true, "listeners": true,
	"callers": true, "commenters": true, "netizens": true, "students": true, "children": true, "kids": true, "voice": true, "voices": true,
	"narrator": true, "announcer": true, "voice-over": true, "voiceover": true, "panel": true, "jury": true}

// printNouns are heads of things that carry words besides docNouns: a sign
// or banner reads, a headline or caption says, a ruling or order states.
var printNouns = map[string]bool{"sign": true, "signs": true, "banner": true, "banners": true, "placard": true,
	"placards": true, "poster": true, "posters": true, "headline": true, "caption": true, "slogan": true,
	"ruling": true, "order": true, "footnote": true, "survey": true, "polls": true, "ads": true, "advertisement": true,
	"commercial": true, "spot": true, "flyer": true, "leaflet": true, "mailer": true, "petition": true,
	"textbook": true, "manifesto": true, "platform": true, "notice": true, "readout": true, "cable": true, "column": true,
	"emails": true, "messages": true, "tweets": true, "posts": true, "letters": true, "reports": true, "studies": true}

// legalCase reports whether a name is a court case's: two parties joined
// by "v.", "v" or "vs." ("Roe v. Wade", "R. v. Jordan", "Brown v Board").
func legalCase(name string) bool {
	return strings.Contains(name, " v. ") || strings.Contains(name, " vs. ") || strings.Contains(name, " v ")
}

// headSpeaks reports whether a description's head h (lower case) names
// someone or something that can speak.
func headSpeaks(h string) bool {
	if headSpeaks1(h) || cardinals[h] || strings.HasSuffix(h, "-year-old") || strings.HasSuffix(h, "-year-olds") {
		return true // "the two", "the 46-year-old"
	}
	if m, ok := strings.CutSuffix(h, "men"); ok {
		return headSpeaks1(m + "man") // "the committee chairmen"
	}
	if one, ok := strings.CutSuffix(h, "s"); ok && len(one) > 2 {
		return headSpeaks1(one) // "the authors"
	}
	return false
}

// headSpeaks1 is headSpeaks for the word as written.
func headSpeaks1(h string) bool {
	return lexicon.IsSpeakerNoun(h) || lexicon.IsPersonNoun(h) || coref.PersonNoun(h) || lexicon.IsTitle(h) ||
		docNouns[h] || printNouns[h] || crowdNouns[h] || lexicon.IsSpeakerOrgHead(h) || quantityPronouns[h]
}

// candSpeaks reports whether candidate c (of features x, its mention's
// tokens [ks, ke]) can speak.
func (a *qattributor) candSpeaks(c *rankCand, ks, ke int, x []float32) bool {
	if a.datelineTok(ks) {
		return false // "WASHINGTON — …"
	}
	if c.n.kind == qnPron {
		return true
	}
	if x[fPlace] == 1 && c.n.kind == qnName {
		// a place speaks only as a subject: "Moscow said"
		if x[fAfterPrep] == 1 || x[fPossessive] == 1 {
			return false
		}
		return c.cue >= 0 || x[fRule] == 1 && x[fSubject] == 1
	}
	if c.n.kind == qnName && c.cue < 0 && x[fRule] == 0 && legalCase(c.sp.Name) {
		return false // "Roe v. Wade" named in the words or before them: a case speaks as a ruling does, as the rules' choice or a cue's subject
	}
	if c.n.kind == qnName && c.ent < 0 && ks == ke && x[fSentStart] == 1 {
		w := lexicon.Lower(a.d.Tok(ks))
		if !headSpeaks(w) && (x[fCommonWord] == 1 || a.plainNoun(w)) {
			return false // "Frustrations at …", "Boos rained down"
		}
	}
	if c.n.kind == qnRole && c.ent < 0 && x[fUnknownHead] == 1 && c.cue < 0 && !c.main && !headSpeaks(a.roleHead(c)) && !a.namesSomeone(ks, ke) {
		return false // "its first salvo", "her personal": no one; not "the prop" that coreference gave a name
	}
	return true
}

// namesSomeone reports whether a word of the description in tokens [ks,
// ke] after its first names people or a body: a noun for someone ("a person
// close", cut before "to the family") or a name ("one Republican involved").
func (a *qattributor) namesSomeone(ks, ke int) bool {
	for k := ks + 1; k <= ke && k < len(a.d.Toks); k++ {
		if a.nameWord(k) && !a.capStop(k) || a.lowerTok(k) && headSpeaks(a.lowTok(k)) {
			return true
		}
	}
	return false
}

// plainNoun reports whether w, a capitalised word opening its sentence,
// is the plural of a common noun ("frustrations", "boos", "estimates"):
// its singular is a common word, or it ends in a suffix of abstract nouns.
func (a *qattributor) plainNoun(w string) bool {
	stem := strings.TrimSuffix(w, "s")
	if stem == w || len(stem) < 3 {
		return false
	}
	if lexicon.IsCommonWord(stem) || lexicon.IsCommonWord(strings.TrimSuffix(stem, "e")) {
		return true
	}
	for _, suf := range abstractSuffixes {
		if strings.HasSuffix(stem, suf) {
			return true
		}
	}
	return false
}

// abstractSuffixes end nouns of things and states, not people: "frustration", "estimate", "payment".
var abstractSuffixes = []string{"tion", "sion", "ment", "ness", "ity", "ance", "ence", "ate", "oo"}

// datelineTok reports whether token i is the place of a dateline: the
// article's own, or one left in the text at the start of a paragraph, in
// capitals before a dash ("WASHINGTON —", "DECATUR, Ill. —").
func (a *qattributor) datelineTok(i int) bool {
	d := a.d
	if i < 0 || i >= len(d.Toks) {
		return false
	}
	if dl := d.Meta.Dateline; dl != nil && d.Toks[i].Start < dl.End && d.Toks[i].End > dl.Start {
		return true
	}
	if a.datelineAt(i) {
		return true
	}
	t := d.Tok(i)
	if len(t) < 3 || !lexicon.IsAllCaps(t) {
		return false
	}
	si := d.SentOf(d.Toks[i].Start)
	if si < 0 || d.Sents[si].TokStart != i || d.Paras[d.Sents[si].Para].Start != d.Toks[i].Start {
		return false
	}
	for k := i + 1; k < len(d.Toks) && k < i+6; k++ {
		switch w := d.Tok(k); {
		case w == "\u2014" || w == "\u2013" || w == "--" || w == "-":
			return true
		case qIsLower(w):
			return false
		}
	}
	return false
}

// canSpeak keeps, in place, the candidates that can speak.
func (a *qattributor) canSpeak(cands []rankCand) []rankCand {
	out := cands[:0]
	for i := range cands {
		c := &cands[i]
		ks, ke := a.tokAt(c.sp.Start), a.tokAt(max(c.sp.End-1, c.sp.Start))
		if a.candSpeaks(c, ks, ke, c.x) {
			out = append(out, *c)
		}
	}
	return out
}

// muteRule marks quotation qi's speaker, the rules' choice, as one that
// cannot speak: it is output without one unless the model chooses another.
func (a *qattributor) muteRule(qi int) {
	if a.mute == nil {
		a.mute = make([]bool, len(a.qs))
	}
	a.mute[qi] = true
}

// unmute forgets muteRule's mark: the model chose a speaker for qi.
func (a *qattributor) unmute(qi int) {
	if a.mute != nil {
		a.mute[qi] = false
	}
}

// roleHead returns the head of description c, as lexicalFeatures reads it:
// its last word, or the head before a phrase after it ("a woman in Easton").
func (a *qattributor) roleHead(c *rankCand) string {
	lt := lexicon.Lower(c.sp.Text)
	h := lastWord(lt)
	if c.n.head != "" && strings.Contains(lt, " "+c.n.head+" ") {
		h = c.n.head
	}
	return h
}

// cueDocument reports whether candidate c is a document that is the
// subject of a cue of the quotation's own sentence ("the ad says", "a
// poll found"): it reports the words though the rules found no one.
func cueDocument(c rankCand) bool {
	return c.cue >= 0 && c.n.kind == qnRole && c.x[fSent0] == 1 && c.x[fDocNoun] == 1
}

// peopleBetween reads tokens [i, k) as a bare plural of people, alone or
// coordinated ("marchers and spectators"), whose last word is a head that
// can speak; it returns the phrase and k, or no phrase.
func (a *qattributor) peopleBetween(i, k int) (qnp, int) {
	if i >= k || k-i > 5 || !headSpeaks(a.lowTok(k-1)) {
		return qnp{}, i
	}
	for x := i; x < k; x++ {
		w := a.lowTok(x)
		if !a.lowerTok(x) || a.inQuote(x) || (w != "and" && w != "or") && (a.verbLikeTok(x) && !headSpeaks(w) || lexicon.IsPreposition(w)) {
			return qnp{}, i
		}
	}
	return qnp{kind: qnRole, s: a.d.Toks[i].Start, e: a.d.Toks[k-1].End, head: a.lowTok(k - 1)}, k
}
