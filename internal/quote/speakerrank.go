package quote

import (
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/newsparse/newsparse/internal/contract"
	"github.com/newsparse/newsparse/internal/coref"
	"github.com/newsparse/newsparse/internal/lexicon"
	"github.com/newsparse/newsparse/internal/speaker"
	"github.com/newsparse/newsparse/internal/textdoc"
)

// The learned speaker choice. Once the rules have attributed every
// quotation (run), each quotation they gave a speaker gathers candidates:
// the rules' choice, the subjects of its reporting cues (names, pronouns,
// descriptions, resolved as the rules resolve them) and the names of people
// and bodies in its sentence, the sentence after and the three before (in
// news, about its paragraph and the two before): each entity's two
// mentions nearest before the quotation and its first after. Each
// candidate is described by the features below and internal/speaker's
// model, trained on PolNeAR train's fit part and the tune part of the
// project's BBC+GVDB annotation, ranks them; the best speaks. The rules
// stay as features: which rule chose the candidate, and how.

// Features of a candidate speaker, one dimension each; rankNames names them
// for the model file.
const (
	fRule            = iota // the rules' choice (the same mention)
	fRuleEntity             // another mention of the rules' choice
	fRuleInSent             // the rules' choice, by a cue of the quotation's own sentence
	fRuleExplicit           // the rules' choice, by a cue anywhere
	fRuleSubj               // the rules' choice, as the subject of the writer's sentence
	fRuleFollows            // the rules' choice, inherited from the quotation before
	fRuleColon              // the rules' choice, by a colon or a transcript label
	fRuleNoCue              // the rules' choice, without a cue
	fRulePron               // the rules' choice is a pronoun
	fRuleRole               // the rules' choice is a description
	fCue0                   // subject of a cue right after the quotation's own punctuation
	fCue1                   // subject of a cue before the quotation
	fCue2                   // subject of another cue after it
	fCueFirst               // subject of the first cue found
	fName                   // a name
	fPron                   // a pronoun
	fRole                   // a description
	fPerson                 // an entity of type PERSON
	fOrg                    // ORG
	fPlace                  // GPE, LOC or FAC
	fGroup                  // NORP
	fNoEntity               // no entity
	fInQuote                // inside the quotation itself
	fInOther                // inside another quotation
	fBefore                 // before the quotation
	fAfter                  // after the quotation
	fSent0                  // in the quotation's sentence
	fSentPrev1              // in the sentence before
	fSentPrev2              // two sentences before
	fSentPrev3              // three or more before
	fSentNext               // in the sentence after
	fSamePara               // in the quotation's paragraph
	fPrevPara               // in the paragraph before
	fPrev2Para              // two paragraphs before
	fTokNear                // within 3 tokens of the quotation
	fTokMid                 // 4 to 10 tokens
	fTokFar                 // 11 to 30
	fTokFarther             // more
	fNearestBefore          // the nearest candidate before the quotation
	fNearestAfter           // the nearest candidate after it
	fSubject                // a verb follows: the subject of its clause
	fSaidAfter              // a reporting cue follows: "X said"
	fSaidBefore             // a reporting cue stands before: "said X"
	fAfterPrep              // a preposition stands before
	fPossessive             // "X's"
	fObject                 // the object of tell, ask, thank, describe …
	fSentStart              // opens its sentence
	fPrevSpeaker            // the speaker of the quotation before
	fPrevSpeakerPara        // … in the same paragraph
	fTurn                   // the quotation opens its paragraph, which has no cue, and continues the speaker of the paragraph before
	fParaStart              // the quotation opens its paragraph
	fMentions1              // the entity is mentioned once
	fMentions2              // two or three times
	fMentions4              // four times or more
	fTopPerson              // the person mentioned most
	fTimePlace              // a time word or a place
	fDocNoun                // a document or statement ("the report")
	fPartial                // the quotation is a fragment of the writer's sentence
	fSent0Subject           // in the quotation's sentence and a subject
	fSent0Said              // in the quotation's sentence with a cue after or before
	fPrevParaSpeaker        // in the paragraph before and the speaker before
	fPronCue                // a pronoun that is a cue's subject
	fRuleCue                // the rules' choice and a cue's subject
	fPartialSubject         // a fragment's quotation, and the subject of its sentence
	fUnknownHead            // a description whose head is no word for someone who speaks ("his expertise", "a few")
	fBareName               // a name no entity holds ("Audiences")
	fCommonWord             // one capitalised common word
	fInBrackets             // inside brackets: "(R-Ohio)"
	fCueNear                // the subject of a cue within 5 tokens of the quotation
	fNoRule                 // the rules found no speaker for the quotation
	fPossessor              // the possessor of the quoted words: "his “revolution”"
	fMainSubject            // the subject of the quotation's sentence, before it
	fCueIntro               // the subject of a cue after the quotation that introduces another one ("…," X said: "…")
	numRankFeatures
)

// rankNames are the features' names in the model file.
var rankNames = [numRankFeatures]string{"rule", "rule_entity", "rule_in_sentence", "rule_explicit", "rule_subject",
	"rule_follows", "rule_colon", "rule_no_cue", "rule_pronoun", "rule_description", "cue_after_own_punct",
	"cue_before", "cue_after", "cue_first", "name", "pronoun", "description", "person", "org", "place", "group",
	"no_entity", "in_quote", "in_other_quote", "before", "after", "sentence_0", "sentence_-1", "sentence_-2",
	"sentence_-3", "sentence_+1", "paragraph_0", "paragraph_-1", "paragraph_-2", "tokens_3", "tokens_10",
	"tokens_30", "tokens_far", "nearest_before", "nearest_after", "subject", "said_after", "said_before",
	"after_preposition", "possessive", "object", "sentence_start", "previous_speaker", "previous_speaker_paragraph",
	"turn", "quote_opens_paragraph", "mentions_1", "mentions_2", "mentions_4", "top_person", "time_or_place",
	"document", "partial", "sentence_0_subject", "sentence_0_said", "paragraph_-1_previous_speaker",
	"pronoun_cue", "rule_cue", "partial_subject", "unknown_head", "bare_name", "common_word", "in_brackets",
	"cue_near", "no_rule", "possessor", "main_subject", "cue_introduces_next"}

// RankFeatureNames returns the names of the speaker model's features, in
// the order of a candidate's vector.
func RankFeatureNames() []string { return rankNames[:] }

var (
	rankOnce   sync.Once
	rankScorer *speaker.Scorer
)

// rankCand is a candidate speaker of one quotation.
type rankCand struct {
	n     qnp
	sp    contract.Speaker
	ent   int // entity index, or -1
	x     []float32
	cue   int // best cue class of which it is the subject (0, 1, 2), or -1
	cueF  bool
	cueD  int  // the least distance in tokens from one of its cues to the quotation
	poss  bool // the possessor of the quoted words
	intro bool // the subject of a cue after the quotation that introduces another
	main  bool // the subject of the quotation's sentence, before it
}

// RankSet is the candidates of one quotation, for training the speaker
// model: the quotation's span and, per candidate, its mention, the name it
// resolves to and its features.
type RankSet struct {
	Start, End int
	Rule       bool // the rules gave the quotation a speaker, the first candidate
	Kept       bool // the quotation is output (not a scare quote, title or headline)
	Cands      []RankCand
}

// RankCand is one candidate of a RankSet.
type RankCand struct {
	Start, End int
	Name, Text string
	X          []float32
}

// RankCandidates attributes the quotations of an analysed article by the
// rules and returns, for each quotation they gave a speaker, its
// candidates; internal/speaker/train fits the model on them.
func RankCandidates(d *textdoc.Doc, ents []contract.Entity) []RankSet {
	qs := pairQuotes(d)
	a := newQAttributor(d, ents, qs)
	defer a.release()
	a.addTurns()
	if len(a.qs) == 0 {
		return nil
	}
	var out []RankSet
	a.collect = &out
	a.run()
	return out
}

// rankSpeakers lets the model choose among the candidates of each
// quotation the rules gave a speaker. With a.collect set it records the
// candidates and changes nothing.
func (a *qattributor) rankSpeakers(attrs []qattribution) {
	r, ok := rankPool.Get().(*rank)
	if ok {
		cues := a.cuesAt // remembered by attribute, before the buffers came
		a.rank = *r
		a.rank.reset()
		a.cuesAt = cues
	} else {
		r = new(rank)
	}
	// the buffers go back with the attributor's (release), not when the
	// ranking is done: run reads the ranking's answers (assigned, mute,
	// cueMention) after it, and a holder in the pool is another article's
	a.rankFrom = r
	var w *speaker.Scorer
	if a.collect == nil {
		if a.scorer == nil {
			a.scorer = defaultRankScorer() // kept with the buffers, its own buffer grown once
		}
		w = a.scorer
		if w == nil {
			return
		}
	}
	final := make([]*contract.Speaker, len(a.qs)) // the rules' speakers of the quotations before
	changed := make([]bool, len(a.qs))            // the model changed the rules' speaker
	for qi := range a.qs {
		rule := attrs[qi].sp
		if f := attrs[qi].from - 1; a.collect == nil && f >= 0 && f < qi && changed[f] && sameSpeaker(rule, final[f]) {
			// the turn of an earlier quotation goes on, without a cue of
			// its own: it takes the speaker the model chose there
			final[qi], changed[qi] = rule, true
			attrs[qi].sp = attrs[f].sp
			continue
		}
		if a.collect == nil && (a.settled(qi, attrs[qi]) || a.continued(qi, rule, final) || a.splitTurn(qi, attrs, final, changed) || attrs[qi].exchange && !changed[attrs[qi].from-1]) {
			final[qi] = rule
			continue
		}
		if a.collect == nil && rule == nil && a.continuesAssigned(qi) {
			a.assigned[qi] = a.assigned[qi-1] // the model's speaker of the paragraph before goes on
			continue
		}
		cands := a.candidates(qi, attrs, final)
		final[qi] = rule // the rules' choice, as in training
		if rule != nil && (len(cands) == 0 || cands[0].x[fRule] == 0) && a.collect == nil {
			a.muteRule(qi) // the rules' choice cannot speak (canspeak.go)
		}
		if len(cands) == 0 {
			continue
		}
		if a.collect != nil {
			set := RankSet{Start: a.qs[qi].cs, End: a.qs[qi].ce, Rule: rule != nil && cands[0].x[fRule] == 1, Kept: a.keep(a.qs[qi], attrs[qi])}
			for _, c := range cands {
				set.Cands = append(set.Cands, RankCand{Start: c.sp.Start, End: c.sp.End, Name: c.sp.Name, Text: c.sp.Text, X: append([]float32(nil), c.x...)})
			}
			*a.collect = append(*a.collect, set)
			continue
		}
		best := a.bestCand(w, cands, rule == nil, a.qs[qi])
		if best < 0 || cands[best].x[fRule] == 1 {
			continue
		}
		sp := cands[best].sp
		if rule != nil && attrs[qi].explicit && attrs[qi].inSent && (a.documentOverPeople(rule, &sp) || a.agentOfSubject(rule, &sp) || a.relativeReporter(rule, &sp, a.qs[qi])) {
			continue // "The post was shared, with many fans urging the team to “…”": the fans, not the post
		}
		a.unmute(qi)
		if rule != nil && rule.Entity != "" && attrs[qi].explicit && attrs[qi].inSent && sameSpeaker(rule, &sp) && describes(rule.Text) && !describes(sp.Text) {
			// a name for the description that is the subject of a cue of
			// its sentence: the output keeps the description, which says
			// who speaks for the body ("according to its developers")
			if a.cueMention == nil {
				a.cueMention = make([]*contract.Speaker, len(a.qs))
			}
			a.cueMention[qi] = rule
		}
		if rule != nil {
			attrs[qi].sp = &sp
			changed[qi] = true
			continue
		}
		// the rules found no one: the quotation is kept or left out as
		// without a speaker, and speaks with the model's choice
		if a.assigned == nil {
			a.assigned = make([]*contract.Speaker, len(a.qs))
		}
		a.assigned[qi] = &sp
	}
}

// bestCand returns the index of the candidate of quotation q the model
// scores highest among those it may choose, or -1; noRule says the rules
// found no one. A lone candidate it may choose is chosen unscored.
func (a *qattributor) bestCand(w *speaker.Scorer, cands []rankCand, noRule bool, q qspan) int {
	first, n := -1, 0
	for i := range cands {
		if a.mayChoose(cands[i], noRule, q) {
			if n++; n > 1 {
				break
			}
			first = i
		}
	}
	if n < 2 {
		return first
	}
	best, bs := -1, 0.0
	for i, c := range cands[first:] {
		if i > 0 && !a.mayChoose(c, noRule, q) {
			continue
		}
		if s := w.Score(c.x); best < 0 || s > bs {
			best, bs = first+i, s
		}
	}
	return best
}

// mayChoose reports whether the model may give quotation q to candidate c;
// noRule says the rules found no one.
func (a *qattributor) mayChoose(c rankCand, noRule bool, q qspan) bool {
	if noRule && (c.x[fObject] == 1 && c.x[fSent0] == 1 || c.x[fUnknownHead] == 1 || c.x[fTimePlace] == 1 || c.x[fDocNoun] == 1 && !cueDocument(c) ||
		a.quoteAt(c.sp.Start) >= 0) {
		// where the rules found no one, the model does not give the
		// words to the one told, asked or described in their sentence,
		// nor to what cannot speak, nor to a document that is no cue's
		// subject, nor to a name said inside quoted words ("Tonight we
		// arrived in Easton"): it is what someone spoke of
		return false
	}
	return !a.askedBefore(c, q) // not one named in the writer's question the quotation answers
}

// describes reports whether a mention's words are a description: a
// determiner or possessive, then words ending in a lower-case noun ("its
// developers", "a spokesman for the club"), not a pronoun nor a name.
func describes(text string) bool {
	f := strings.Fields(text)
	if len(f) < 2 || !lexicon.IsDeterminer(lexicon.Lower(f[0])) && qPronouns[lexicon.Lower(f[0])] == 0 {
		return false
	}
	return qIsLower(f[len(f)-1]) || len(f) > 2
}

// continuesAssigned reports whether quotation qi, which the rules left
// without a speaker, reopens without a cue the quotation the paragraph
// before left open, to which the model gave a speaker: one speech printed
// over paragraphs has one speaker.
func (a *qattributor) continuesAssigned(qi int) bool {
	q := a.qs[qi]
	if qi == 0 || a.assigned == nil || a.assigned[qi-1] == nil || !q.cont || !a.qs[qi-1].unclosed || a.qs[qi-1].para != q.para-1 {
		return false
	}
	cues, ok := a.cueMemoOf(q)
	return ok && len(cues) == 0
}

// defaultRankScorer returns a scorer with the embedded model's weights
// (nil when there is no model: the rules decide). Each call gives its own
// scorer, sharing the weights.
func defaultRankScorer() *speaker.Scorer {
	if rankScorerEmpty() {
		return nil
	}
	return rankScorer.Clone()
}

// sameSpeaker reports whether two speakers are one: the same entity, or
// the same name without one.
func sameSpeaker(x, y *contract.Speaker) bool {
	if x == nil || y == nil {
		return false
	}
	if x.Entity != "" || y.Entity != "" {
		return x.Entity == y.Entity
	}
	return strings.EqualFold(x.Name, y.Name)
}

// candidates gathers and describes the candidate speakers of quotation qi.
func (a *qattributor) candidates(qi int, attrs []qattribution, final []*contract.Speaker) []rankCand {
	q := a.qs[qi]
	rule := attrs[qi]
	l := candList{a: a, c: a.rbuf[:0]}
	defer func() { a.rbuf = l.c[:0] }()
	// the rules' choice first
	if rule.sp != nil {
		a.ruleCand(&l, rule.sp)
	}
	// the subjects of the quotation's cues, read without changing what the
	// rules learnt (named speakers, genders)
	spk := append(a.spkBuf[:0], a.spk...)
	a.spkBuf = spk
	genders := a.genderBuf[:0]
	for k := range a.gender {
		genders = append(genders, k)
	}
	a.genderBuf = genders
	gen := a.gen
	a.cueCands(&l, q, rule.sp)
	a.possessorCand(&l, q)
	a.mainSubjectCand(&l, q)
	a.spk = append(a.spk[:0], spk...)
	a.restoreGenders(genders)
	if a.gen != gen {
		a.learnt() // what was learnt is restored, under a generation of its own
	}
	a.nearbyCands(&l, q)
	return a.canSpeak(a.describe(qi, l.c, attrs, final))
}

// candList is the candidates of one quotation as they are gathered.
type candList struct {
	a *qattributor
	c []rankCand
}

// add adds the candidate of mention n, speaker sp and entity index ent (or
// -1: found from sp) unless sp is nil or a candidate has its span already;
// it returns the candidate's index, or -1.
func (l *candList) add(n qnp, sp *contract.Speaker, ent int) int {
	if sp == nil {
		return -1
	}
	for i := range l.c {
		if l.c[i].sp.Start == sp.Start && l.c[i].sp.End == sp.End {
			if l.c[i].n.head == "" && l.c[i].n.kind == n.kind {
				l.c[i].n.head = n.head // the rules' choice, read again as a cue's subject
			}
			return i
		}
	}
	if ent < 0 && sp.Entity != "" {
		ent = l.a.entityIndex(sp.Entity)
	}
	l.c = append(l.c, rankCand{n: n, sp: *sp, ent: ent, cue: -1, cueD: 1 << 30})
	return len(l.c) - 1
}

// ruleCand adds the rules' choice sp, of the kind its words show.
func (a *qattributor) ruleCand(l *candList, sp *contract.Speaker) {
	d := a.d
	ruleKind := qnName
	if i := a.tokAt(sp.Start); i < len(d.Toks) && d.Toks[i].Start == sp.Start && sp.End == d.Toks[i].End {
		if _, ok := qPronouns[a.lowTok(i)]; ok {
			ruleKind = qnPron
		}
	}
	if ruleKind != qnPron && qIsLower(sp.Text) || strings.HasPrefix(sp.Text, "The ") || strings.HasPrefix(sp.Text, "A ") {
		ruleKind = qnRole
	}
	l.add(qnp{kind: ruleKind, s: sp.Start, e: sp.End}, sp, -1)
}

// cueCands adds the subjects of quotation q's cues, each with the class of
// its cue (0 right after the quotation's own punctuation, 1 before it, 2
// another after it), its distance and whether it introduces another
// quotation; rule is the rules' choice, read already.
func (a *qattributor) cueCands(l *candList, q qspan, rule *contract.Speaker) {
	d := a.d
	cues, ok := a.cueMemoOf(q)
	if !ok {
		cues = a.findCues(q, a.rcues)
		a.rcues = cues
	}
	for ci, c := range cues {
		n := a.subject(c)
		if n.kind == qnNone {
			continue
		}
		cls := 2
		switch {
		case c.tok < a.tokAt(q.os):
			cls = 1
		case ci == 0 && c.tok > a.tokAt(q.os):
			cls = 0
		}
		var sp *contract.Speaker
		if rule != nil && n.s == rule.Start && n.e == rule.End {
			sp = rule // read already
		} else {
			sp = a.speakerOf(n)
		}
		i := l.add(n, sp, -1)
		if i < 0 {
			continue
		}
		cands := l.c
		if cands[i].cue < 0 || cls < cands[i].cue {
			cands[i].cue = cls
		}
		cands[i].cueF = cands[i].cueF || ci == 0
		dist := a.tokAt(q.os) - c.tok
		if c.tok > a.tokAt(q.os) {
			dist = c.tok - a.tokAt(max(q.oe-1, q.os))
		}
		cands[i].cueD = min(cands[i].cueD, dist)
		if c.tok > a.tokAt(q.os) && c.tok+c.n < len(d.Toks) {
			if nx := d.Tok(c.tok + c.n); nx == ":" || qIsQuoteRune(firstRune(nx)) {
				cands[i].intro = true
			}
		}
	}
}

// punctOnly reports whether tokens [i, j) are at most two marks of
// punctuation (a colon, a comma).
func (a *qattributor) punctOnly(i, j int) bool {
	if j < i || j-i > 2 {
		return false
	}
	for k := i; k < j; k++ {
		if t := a.d.Tok(k); t != ":" && t != "," && !qIsQuoteRune(firstRune(t)) {
			return false
		}
	}
	return true
}

// reportOpeners are the words that may open the clause a reporting verb
// reports, between the verb and the clause's subject.
var reportOpeners = map[string]bool{"as": true, "while": true, "when": true, "after": true, "before": true,
	"until": true, "that": true, "like": true, ",": true}

// clauseOpeners are the conjunctions that open a clause of time at any
// distance from the verb before them.
var clauseOpeners = map[string]bool{"as": true, "while": true, "when": true, "after": true, "before": true, "until": true}

// opensReport reports whether tokens [i, j) are at most two of
// reportOpeners, or none, or end with one of clauseOpeners and hold no
// quotation: the clause of j is what the verb ending at i reports, or
// stands beside it ("said as the heckler", "said that he", "said he",
// "told the crowd about jobs while a worker").
func (a *qattributor) opensReport(i, j int) bool {
	if j > i && clauseOpeners[a.lowTok(j-1)] && !a.quoteBetween(i-1, j) {
		return true
	}
	if j < i || j-i > 2 {
		return false
	}
	for k := i; k < j; k++ {
		if !reportOpeners[a.lowTok(k)] {
			return false
		}
	}
	return true
}

// quoteBetween reports whether a token between tokens i and j is quoted.
func (a *qattributor) quoteBetween(i, j int) bool {
	for k := i + 1; k < j; k++ {
		if a.inQuote(k) {
			return true
		}
	}
	return false
}

// possessorCand adds the possessor of the quoted words ("his “political
// revolution”", "Trump's “very big” wall").
func (a *qattributor) possessorCand(l *candList, q qspan) {
	d := a.d
	b := a.tokAt(q.os) - 1
	if b < 0 || a.inQuote(b) {
		return
	}
	w := a.lowTok(b)
	var n qnp
	switch {
	case w == "his" || w == "her" || w == "their" || w == "its":
		n = qnp{kind: qnPron, s: d.Toks[b].Start, e: d.Toks[b].End, head: map[string]string{"his": "he", "her": "she", "their": "they", "its": "it"}[w]}
	case (w == "'s" || w == "\u2019s") && b > 0:
		n = a.npBefore(b-1, max(0, b-6))
	}
	if n.kind == qnName || n.kind == qnPron {
		if i := l.add(n, a.speakerOf(n), -1); i >= 0 {
			l.c[i].poss = true
		}
	}
}

// mainSubjectCand adds the subject of the quotation's sentence, before it.
func (a *qattributor) mainSubjectCand(l *candList, q qspan) {
	d := a.d
	si := d.SentOf(q.os)
	if si < 0 {
		return
	}
	st := d.Sents[si]
	if qa := a.tokAt(q.os); qa > st.TokStart {
		n := a.mainSubject(st.TokStart, qa)
		if n.kind == qnName || n.kind == qnRole || n.kind == qnPron {
			if i := l.add(n, a.speakerOf(n), -1); i >= 0 {
				l.c[i].main = true
			}
		}
	}
}

// nearbyCands adds the names around quotation q: in its sentence, the
// sentence after in its paragraph and rankWindow before, each entity's two
// mentions nearest before the quotation and its first after (more say
// nothing new).
func (a *qattributor) nearbyCands(l *candList, q qspan) {
	d := a.d
	si := d.SentOf(q.os)
	se := d.SentOf(max(q.oe-1, q.os))
	if si < 0 || se < 0 {
		return
	}
	lo := si
	for lo > 0 && si-lo < rankWindow && d.Sents[lo-1].Para >= q.para-2 {
		lo--
	}
	hi := se
	if hi+1 < len(d.Sents) && d.Sents[hi+1].Para == q.para {
		hi++
	}
	from, to := d.Sents[lo].Start, d.Sents[hi].End
	k0 := a.mentFrom(from)
	k1 := a.mentFrom(q.os)
	var sp contract.Speaker
	seen := a.seenBuf[:0]
	count := func(ent int) int {
		n := 0
		for _, e := range seen {
			if e == ent {
				n++
			}
		}
		return n
	}
	for k := k1 - 1; k >= k0; k-- {
		m := a.ments[k]
		e := a.ents[m.idx]
		if e.Type == contract.Event || count(m.idx) >= 2 {
			continue
		}
		seen = append(seen, m.idx)
		sp = contract.Speaker{Entity: e.ID, Name: e.Name, Start: m.s, End: m.e, Text: a.text[m.s:m.e]}
		l.add(qnp{kind: qnName, s: m.s, e: m.e}, &sp, m.idx)
	}
	seen = seen[:0]
	for k := k1; k < len(a.ments) && a.ments[k].s < to; k++ {
		m := a.ments[k]
		e := a.ents[m.idx]
		if e.Type == contract.Event || count(m.idx) >= 1 {
			continue
		}
		seen = append(seen, m.idx)
		sp = contract.Speaker{Entity: e.ID, Name: e.Name, Start: m.s, End: m.e, Text: a.text[m.s:m.e]}
		l.add(qnp{kind: qnName, s: m.s, e: m.e}, &sp, m.idx)
	}
	a.seenBuf = seen
}

// entityIndex returns the index of the entity with id, or -1. The
// entities of entity.Extract are numbered in order ("e1", "e2", …): when
// all are, the number is the index; else a map of the ids, built once.
func (a *qattributor) entityIndex(id string) int {
	if a.idOrder == 0 {
		a.idOrder = -1
		if idsInOrder(a.ents) {
			a.idOrder = 1
		}
	}
	if a.idOrder > 0 {
		if n, ok := entityNumber(id); ok && n <= len(a.ents) {
			return n - 1
		}
		return -1
	}
	if a.entIdx == nil {
		a.entIdx = make(map[string]int, len(a.ents))
		for i, e := range a.ents {
			a.entIdx[e.ID] = i
		}
	}
	if i, ok := a.entIdx[id]; ok {
		return i
	}
	return -1
}

// idsInOrder reports whether the id of each entity is "e" and its
// position from 1 in decimal, as entity.Extract numbers them.
func idsInOrder(ents []contract.Entity) bool {
	for i, e := range ents {
		if n, ok := entityNumber(e.ID); !ok || n != i+1 {
			return false
		}
	}
	return true
}

// entityNumber reads an id of the form "e" and a number from 1 in decimal
// without leading zeros ("e12" → 12): one number has one such id.
func entityNumber(id string) (int, bool) {
	if len(id) < 2 || len(id) > 10 || id[0] != 'e' || id[1] == '0' {
		return 0, false
	}
	n := 0
	for i := 1; i < len(id); i++ {
		c := id[i]
		if c < '0' || c > '9' {
			return 0, false
		}
		n = n*10 + int(c-'0')
	}
	return n, true
}

// restoreGenders forgets the genders learnt since keys were the map's keys.
func (a *qattributor) restoreGenders(keys []string) {
	if len(a.gender) == len(keys) {
		return
	}
	keep := make(map[string]bool, len(keys))
	for _, k := range keys {
		keep[k] = true
	}
	for k := range a.gender {
		if !keep[k] {
			delete(a.gender, k)
		}
	}
}

// describe fills the feature vectors of the candidates of quotation qi.
func (a *qattributor) describe(qi int, cands []rankCand, attrs []qattribution, final []*contract.Speaker) []rankCand {
	need := len(cands) * numRankFeatures
	if cap(a.xbuf) < need {
		a.xbuf = make([]float32, need)
	}
	xs := a.xbuf[:need]
	clear(xs)
	dc := a.descContext(qi, cands, attrs, final)
	for i := range cands {
		c := &cands[i]
		x := xs[i*numRankFeatures : (i+1)*numRankFeatures]
		c.x = x
		a.describeCand(&dc, i, c, x)
	}
	return cands
}

// descCtx is what the features of a quotation's candidates read of the
// quotation itself.
type descCtx struct {
	q            qspan
	rule         qattribution
	qs, qe       int // the quotation's first and last tokens
	si, se       int // its first and last sentences
	prev         *contract.Speaker
	prevPara     bool // the quotation before, of speaker prev, is in the same paragraph
	paraStart    bool // the quotation opens its paragraph
	turn         bool // … which has no cue of its own, and continues prev's turn
	partial      bool
	top          int // the index of the person mentioned most, or -1
	nearB, nearA int // the candidates nearest before and after the quotation, or -1
}

// descContext reads what describe needs of quotation qi.
func (a *qattributor) descContext(qi int, cands []rankCand, attrs []qattribution, final []*contract.Speaker) descCtx {
	q := a.qs[qi]
	d := a.d
	dc := descCtx{q: q, rule: attrs[qi], nearB: -1, nearA: -1}
	dc.qs, dc.qe = a.tokAt(q.os), a.tokAt(max(q.oe-1, q.os))
	dc.si, dc.se = d.SentOf(q.os), d.SentOf(max(q.oe-1, q.os))
	if qi > 0 && final[qi-1] != nil && a.qs[qi-1].para >= q.para-1 {
		dc.prev = final[qi-1]
		dc.prevPara = a.qs[qi-1].para == q.para
	}
	dc.paraStart = strings.TrimSpace(a.text[d.Paras[q.para].Start:q.os]) == ""
	// a paragraph without a cue of its own that opens with the quotation
	if dc.paraStart && q.para > 0 && dc.prev != nil && !dc.prevPara {
		dc.turn = true
		p := d.Paras[q.para]
		for s := d.SentOf(p.Start); s >= 0 && s < len(d.Sents) && d.Sents[s].Para == q.para && dc.turn; s++ {
			dc.turn = len(a.cuesIn(s, false)) == 0
		}
	}
	// the person mentioned most
	if a.topPerson == 0 {
		a.topPerson = -1
		topN := 0
		for i, e := range a.ents {
			if e.Type == contract.Person && len(e.Mentions) > topN {
				a.topPerson, topN = i+1, len(e.Mentions)
			}
		}
	}
	dc.top = a.topPerson - 1
	for i, c := range cands {
		if c.sp.End <= q.os && (dc.nearB < 0 || c.sp.End > cands[dc.nearB].sp.End) && a.quoteAt(c.sp.Start) < 0 {
			dc.nearB = i
		}
		if c.sp.Start >= q.oe && (dc.nearA < 0 || c.sp.Start < cands[dc.nearA].sp.Start) && a.quoteAt(c.sp.Start) < 0 {
			dc.nearA = i
		}
	}
	dc.partial = a.partial(q)
	return dc
}

// describeCand fills x, the features of candidate i of a quotation.
func (a *qattributor) describeCand(dc *descCtx, i int, c *rankCand, x []float32) {
	sp := &c.sp
	rule := dc.rule
	isRule := rule.sp != nil && sp.Start == rule.sp.Start && sp.End == rule.sp.End
	ruleFeatures(rule, c, isRule, x)
	a.entityFeatures(dc, c, x)
	ks, ke := a.placeFeatures(dc, i, c, x)
	a.lexicalFeatures(dc, c, ks, ke, x)
	if isRule && c.cue >= 0 {
		x[fRuleCue] = 1
	}
}

// ruleFeatures sets the features of the rules' choice and of the cues whose
// subject the candidate is.
func ruleFeatures(rule qattribution, c *rankCand, isRule bool, x []float32) {
	if rule.sp == nil {
		x[fNoRule] = 1
	}
	if isRule {
		x[fRule] = 1
		if rule.inSent {
			x[fRuleInSent] = 1
		}
		if rule.explicit {
			x[fRuleExplicit] = 1
		}
		if rule.subj {
			x[fRuleSubj] = 1
		}
		if rule.follows {
			x[fRuleFollows] = 1
		}
		if rule.cue == ":" || rule.cue == "\u2015" {
			x[fRuleColon] = 1
		}
		if rule.cue == "" {
			x[fRuleNoCue] = 1
		}
		if c.n.kind == qnPron {
			x[fRulePron] = 1
		}
		if c.n.kind == qnRole {
			x[fRuleRole] = 1
		}
	} else if sameSpeaker(&c.sp, rule.sp) {
		x[fRuleEntity] = 1
	}
	switch c.cue {
	case 0:
		x[fCue0] = 1
	case 1:
		x[fCue1] = 1
	case 2:
		x[fCue2] = 1
	}
	if c.cueF {
		x[fCueFirst] = 1
	}
}

// entityFeatures sets the features of the candidate's kind of mention and
// of its entity.
func (a *qattributor) entityFeatures(dc *descCtx, c *rankCand, x []float32) {
	switch c.n.kind {
	case qnPron:
		x[fPron] = 1
	case qnRole, qnWho:
		x[fRole] = 1
	default:
		x[fName] = 1
	}
	if c.ent < 0 {
		x[fNoEntity] = 1
		return
	}
	switch a.ents[c.ent].Type {
	case contract.Person:
		x[fPerson] = 1
	case contract.Org:
		x[fOrg] = 1
	case contract.NORP:
		x[fGroup] = 1
	default:
		x[fPlace] = 1
	}
	n := len(a.ents[c.ent].Mentions)
	switch {
	case n >= 4:
		x[fMentions4] = 1
	case n >= 2:
		x[fMentions2] = 1
	default:
		x[fMentions1] = 1
	}
	if c.ent == dc.top {
		x[fTopPerson] = 1
	}
}

// placeFeatures sets the features of where the candidate stands from the
// quotation (side, tokens, sentences, paragraphs), of its mention's
// context (mentionFeatures), and of the speaker before; it returns the
// candidate's first and last tokens.
func (a *qattributor) placeFeatures(dc *descCtx, i int, c *rankCand, x []float32) (int, int) {
	d, q, sp := a.d, dc.q, &c.sp
	switch {
	case sp.Start >= q.cs && sp.End <= q.ce:
		x[fInQuote] = 1
	case a.quoteAt(sp.Start) >= 0:
		x[fInOther] = 1
	}
	ks, ke := a.tokAt(sp.Start), a.tokAt(max(sp.End-1, sp.Start))
	dist := 0
	switch {
	case sp.End <= q.os:
		x[fBefore] = 1
		dist = dc.qs - ke
	case sp.Start >= q.oe:
		x[fAfter] = 1
		dist = ks - dc.qe
	}
	switch {
	case dist <= 3:
		x[fTokNear] = 1
	case dist <= 10:
		x[fTokMid] = 1
	case dist <= 30:
		x[fTokFar] = 1
	default:
		x[fTokFarther] = 1
	}
	if i == dc.nearB {
		x[fNearestBefore] = 1
	}
	if i == dc.nearA {
		x[fNearestAfter] = 1
	}
	cs := d.SentOf(sp.Start)
	switch {
	case cs >= dc.si && cs <= dc.se:
		x[fSent0] = 1
	case cs == dc.si-1:
		x[fSentPrev1] = 1
	case cs == dc.si-2:
		x[fSentPrev2] = 1
	case cs < dc.si:
		x[fSentPrev3] = 1
	default:
		x[fSentNext] = 1
	}
	if cs >= 0 {
		switch q.para - d.Sents[cs].Para {
		case 0:
			x[fSamePara] = 1
		case 1:
			x[fPrevPara] = 1
		default:
			x[fPrev2Para] = 1
		}
		a.mentionFeatures(cs, ks, ke, x)
	}
	if dc.prev != nil && sameSpeaker(sp, dc.prev) {
		x[fPrevSpeaker] = 1
		if dc.prevPara {
			x[fPrevSpeakerPara] = 1
		}
		if dc.turn {
			x[fTurn] = 1
		}
		if x[fPrevPara] == 1 {
			x[fPrevParaSpeaker] = 1
		}
	}
	if dc.paraStart {
		x[fParaStart] = 1
	}
	return ks, ke
}

// lexicalFeatures sets the features of the candidate's words (a time, a
// place, a document, a head no one speaks as, a bare or common word,
// brackets) and those combining features set before.
func (a *qattributor) lexicalFeatures(dc *descCtx, c *rankCand, ks, ke int, x []float32) {
	d, sp := a.d, &c.sp
	lt := sp.Text
	if c.n.kind != qnName || ks == ke && c.ent < 0 {
		lt = lexicon.Lower(lt) // a name with an entity is no time word nor common word
	}
	if timeWords[lt] || strings.HasPrefix(lt, "this ") || strings.HasPrefix(lt, "last ") || x[fPlace] == 1 {
		x[fTimePlace] = 1
	}
	if h := lastWord(lt); c.n.kind == qnRole && docNouns[h] {
		x[fDocNoun] = 1
	}
	if dc.partial {
		x[fPartial] = 1
		if x[fSent0] == 1 && x[fSubject] == 1 {
			x[fPartialSubject] = 1
		}
	}
	if x[fSent0] == 1 && x[fSubject] == 1 {
		x[fSent0Subject] = 1
	}
	if x[fSent0] == 1 && (x[fSaidAfter] == 1 || x[fSaidBefore] == 1) {
		x[fSent0Said] = 1
	}
	if c.n.kind == qnPron && c.cue >= 0 {
		x[fPronCue] = 1
	}
	if c.cueD <= 5 {
		x[fCueNear] = 1
	}
	if c.poss {
		x[fPossessor] = 1
	}
	if c.main {
		x[fMainSubject] = 1
	}
	if c.intro {
		x[fCueIntro] = 1
	}
	if c.n.kind == qnRole {
		h := lastWord(lt)
		if c.n.head != "" && strings.Contains(lt, " "+c.n.head+" ") {
			h = c.n.head // "a woman in Easton": the head before the phrase after it
		}
		if !lexicon.IsSpeakerNoun(h) && !quantityPronouns[h] && !lexicon.IsPersonNoun(h) && !lexicon.IsTitle(h) && !docNouns[h] && !lexicon.IsSpeakerOrgHead(h) {
			x[fUnknownHead] = 1
		}
	}
	if c.n.kind == qnName && c.ent < 0 {
		x[fBareName] = 1
		if ks == ke && lexicon.IsCommonWord(lt) {
			x[fCommonWord] = 1
		}
	}
	if ks > 0 && d.Tok(ks-1) == "(" {
		x[fInBrackets] = 1
	} else if p := lastByte(a.text[max(0, sp.Start-40):sp.Start], '('); p >= 0 && !strings.Contains(a.text[max(0, sp.Start-40)+p:sp.Start], ")") {
		x[fInBrackets] = 1
	}
}

// mentionFeatures sets in x the features of the mention of tokens [ks, ke]
// in sentence si that do not depend on the quotation, computed once per
// mention: opening its sentence, a verb or a cue after it, a cue or a
// preposition before it, a possessive, the object of a verb of telling.
func (a *qattributor) mentionFeatures(si, ks, ke int, x []float32) {
	if n := len(a.d.Toks); len(a.mbits) != n {
		if cap(a.mbits) >= n {
			a.mbits = a.mbits[:n]
			clear(a.mbits)
		} else {
			a.mbits = make([]uint8, n)
		}
	}
	b := a.mbits[ks]
	if b == 0 {
		b = 1 | a.mentionBits(si, ks, ke)
		a.mbits[ks] = b
	}
	for i, f := range mentionBitFeatures {
		if b&(2<<i) != 0 {
			x[f] = 1
		}
	}
}

// mentionBitFeatures are the features mentionBits sets, bit 1 onwards.
var mentionBitFeatures = [...]int{fSentStart, fSaidAfter, fSubject, fPossessive, fSaidBefore, fAfterPrep, fObject}

// mentionBits computes what mentionFeatures caches, one bit per feature
// of mentionBitFeatures from bit 1.
func (a *qattributor) mentionBits(si, ks, ke int) uint8 {
	d := a.d
	st := d.Sents[si]
	var out uint8
	set := func(f int) {
		for i, g := range mentionBitFeatures {
			if g == f {
				out |= 2 << i
			}
		}
	}
	if ks == st.TokStart {
		set(fSentStart)
	}
	// what stands after the mention: an apposition, then a verb or a cue
	k := ke + 1
	for k < st.TokEnd && (d.Tok(k) == "," || d.Tok(k) == "(") {
		end := ","
		if d.Tok(k) == "(" {
			end = ")"
		}
		j := k + 1
		for j < st.TokEnd && j < k+14 && d.Tok(j) != end {
			j++
		}
		if j >= st.TokEnd || j == k+14 {
			break
		}
		k = j + 1
	}
	for k < st.TokEnd && lexicon.IsCueSkip(a.lowTok(k)) {
		k++
	}
	if k < st.TokEnd && !a.inQuote(k) {
		if a.isCue(k, st.TokEnd) {
			set(fSaidAfter)
		}
		if a.lowerTok(k) && a.verbLikeTok(k) {
			set(fSubject)
		}
		if w := d.Tok(k); w == "'s" || w == "\u2019s" {
			set(fPossessive)
		}
	}
	if ks-1 >= st.TokStart {
		p := ks - 1
		if d.Tok(p) == "," && p-1 >= st.TokStart {
			p--
		}
		if a.isCue(p, st.TokEnd) && !a.inQuote(p) {
			set(fSaidBefore)
		}
		if lexicon.IsPreposition(a.lowTok(ks - 1)) {
			set(fAfterPrep)
		}
	}
	if a.objectVerbBefore(si, ks) {
		set(fObject)
	}
	return out
}

// settled reports whether quotation qi's speaker is beyond doubt, so that
// no candidates need gathering: "…," X said, X a named person or body, the
// only cue of the quotation's sentences, right after its own punctuation,
// and no other entity named in its sentence outside the quotation. On
// PolNeAR train the model never overrode such a choice (1,358 quotations).
// So is the agent of a passive verb of naming ("called “…” by X"), the
// owner of the words that introduce it ("in X's words, “…”"), and the one
// a verb of perception has speak ("heard men shouting “…”").
func (a *qattributor) settled(qi int, at qattribution) bool {
	q := a.qs[qi]
	if (at.passive || at.owner || at.perceived) && at.sp != nil {
		return true // the agent of a passive verb of naming, the owner of the words, one heard or seen speaking: grammar leaves no doubt
	}
	if at.sp != nil && at.inSent && at.explicit && at.sp.End <= q.os && a.embeddedBefore(q, at.sp) {
		return true // the words of a report inside another's, right before them: "X said as Y yelled: …"
	}
	if at.sp != nil && at.inSent && at.explicit && at.sp.Entity != "" && at.sp.End <= q.os && a.colonIntroduced(q, at.sp) {
		return true // "…, but Lane explained: “…”": the subject of the clause the colon ends introduces the words
	}
	if at.sp == nil || !at.inSent || !at.explicit || at.sp.Entity == "" || at.sp.Start < q.oe {
		return false
	}
	cues, ok := a.cueMemoOf(q)
	if !ok || len(cues) != 1 {
		return false
	}
	c := cues[0]
	qb := a.tokAt(max(q.oe-1, q.os))
	if c.tok <= qb || c.tok-qb > 3 || a.d.Toks[c.tok].Start > at.sp.Start && a.tokAt(at.sp.Start)-(c.tok+c.n) > 3 {
		return false
	}
	if r, _ := utf8.DecodeLastRuneInString(a.text[q.cs:q.ce]); r != ',' && r != '?' && r != '!' {
		return false // not a quotation that ends with its own punctuation
	}
	ei := a.entityIndex(at.sp.Entity)
	if ei < 0 || a.ents[ei].Type != contract.Person && a.ents[ei].Type != contract.Org {
		return false
	}
	si, se := a.d.SentOf(q.os), a.d.SentOf(max(q.oe-1, q.os))
	if si < 0 || se < 0 {
		return false
	}
	from, to := a.d.Sents[si].Start, a.d.Sents[se].End
	k := a.mentFrom(from)
	for ; k < len(a.ments) && a.ments[k].s < to; k++ {
		if m := a.ments[k]; m.idx != ei && a.quoteAt(m.s) < 0 {
			return false
		}
	}
	return true
}

// colonIntroduced reports whether sp, the rules' choice for quotation q,
// a named person or body, is the subject of a cue whose clause a colon
// ends right before the quotation: the subject right before the verb
// (an adverb between), at most four words after the verb and none of
// them a comma or a quotation ("Lane explained:", "Ruiz told reporters
// on Monday:"), and the quotation whole. Print leaves no doubt whose the
// words are, whoever else the sentence names ("He accused the club of
// …, but Lane explained: “…”": Lane).
func (a *qattributor) colonIntroduced(q qspan, sp *contract.Speaker) bool {
	if a.partial(q) {
		return false
	}
	ei := a.entityIndex(sp.Entity)
	if ei < 0 || a.ents[ei].Type != contract.Person && a.ents[ei].Type != contract.Org {
		return false
	}
	cues, ok := a.cueMemoOf(q)
	if !ok {
		return false
	}
	qa := a.tokAt(q.os)
	if qa < 1 || a.d.Tok(qa-1) != ":" {
		return false
	}
	for _, c := range cues {
		e := c.tok + c.n
		if c.tok >= qa || qa-1-e > 4 {
			continue
		}
		clean := true
		for k := e; k < qa-1; k++ {
			if t := a.d.Tok(k); t == "," || t == ";" || qIsQuoteRune(firstRune(t)) || a.inQuote(k) {
				clean = false
			}
		}
		if !clean {
			continue
		}
		n := a.subject(c)
		return n.s == sp.Start && n.e == sp.End && n.kind == qnName && n.ante == nil && c.tok-a.tokAt(max(n.e-1, n.s)) <= 2
	}
	return false
}

// embeddedBefore reports whether sp, the rules' choice for quotation q, is
// the subject of a cue whose verb stands right before the quotation (no
// more than a colon or a comma between) and right after its subject, and
// that cue stands inside the report of another cue of the same sentence
// ("Vale said as a heckler yelled: “…”", "Ruiz said a guard shouted:
// “…”"), and the quotation is whole: it is the nearer cue's object.
func (a *qattributor) embeddedBefore(q qspan, sp *contract.Speaker) bool {
	cues, ok := a.cueMemoOf(q)
	if !ok || len(cues) < 2 || a.partial(q) {
		return false
	}
	qa := a.tokAt(q.os)
	for _, c := range cues {
		if c.tok >= qa || !a.punctOnly(c.tok+c.n, qa) {
			continue
		}
		n := a.subject(c)
		if n.s != sp.Start || n.e != sp.End || n.ante != nil || c.tok-a.tokAt(max(n.e-1, n.s)) > 2 {
			return false // not the subject right before the verb, or a relative pronoun's
		}
		for _, m := range cues {
			if m.tok < c.tok && m.si == c.si && a.opensReport(m.tok+m.n, a.tokAt(n.s)) {
				if o := a.subject(m); o.kind != qnNone && o.s < n.s {
					return true
				}
			}
		}
		return false
	}
	return false
}

// continued reports whether quotation qi reopens, at the start of its
// paragraph, a quotation the paragraph before left open, without a cue of
// its own, and the rules gave it that quotation's speaker: by the
// convention of print one speaker's words go on.
func (a *qattributor) continued(qi int, rule *contract.Speaker, final []*contract.Speaker) bool {
	q := a.qs[qi]
	if qi == 0 || rule == nil || !q.cont || !a.qs[qi-1].unclosed || a.qs[qi-1].para != q.para-1 || !sameSpeaker(rule, final[qi-1]) {
		return false
	}
	cues, ok := a.cueMemoOf(q)
	return ok && len(cues) == 0
}

// documentOverPeople reports whether the model's choice sp is a document
// or post named by a common noun ("The post", "the report") while the
// rules' speaker, read from a cue of the quotation's own sentence, is
// people ("many fans", "one resident"): a document speaks only when no
// one is said to.
func (a *qattributor) documentOverPeople(rule, sp *contract.Speaker) bool {
	if sp.Entity != "" || a.entityAt(sp.Start, sp.End) >= 0 || !docNouns[lastWord(lexicon.Lower(sp.Text))] {
		return false
	}
	h := lastWord(lexicon.Lower(rule.Text))
	return rule.Entity != "" || a.entityAt(rule.Start, rule.End) >= 0 || headSpeaks1(h) && !docNouns[h] && !printNouns[h] || headSpeaks(h) && !docNouns[strings.TrimSuffix(h, "s")]
}

// agentOfSubject reports whether the model's choice sp is the agent of a
// participle that modifies the rules' speaker, read from a cue of the
// quotation's own sentence ("A letter from the League obtained by the
// Daily Star warns that “…”"): the phrase the participle modifies is the
// cue's subject (pastReducedRelative), the agent only handled the words.
func (a *qattributor) agentOfSubject(rule, sp *contract.Speaker) bool {
	if sp.Start < rule.End || a.d.SentOf(sp.Start) != a.d.SentOf(rule.Start) {
		return false
	}
	k := a.tokAt(sp.Start) - 1
	if k > 0 && lexicon.IsDeterminer(a.lowTok(k)) {
		k--
	}
	if k < 2 || a.lowTok(k) != "by" || a.d.Toks[k-2].End != rule.End {
		return false
	}
	p := a.d.Tok(k - 1)
	return qIsLower(p) && (strings.HasSuffix(p, "ed") || pastParticiples[p])
}

// relativeReporter reports whether the rules' speaker, read from a cue of
// quotation q's own sentence, opens a relative clause that reports the
// words ("the fund, which an audit said was “…”") and the model's choice
// sp stands before that clause: the clause's subject speaks, not the main
// clause's.
func (a *qattributor) relativeReporter(rule, sp *contract.Speaker, q qspan) bool {
	if rule.End > q.os || sp.End > rule.Start || a.d.SentOf(rule.Start) != a.d.SentOf(q.os) {
		return false
	}
	k := a.tokAt(rule.Start) - 1
	if k < 0 || a.d.SentOf(a.d.Toks[k].Start) != a.d.SentOf(rule.Start) {
		return false
	}
	switch a.lowTok(k) {
	case "which", "whom": // not "that", which as often opens a complement clause the model reads better
		return sp.End <= a.d.Toks[k].Start
	}
	return false
}

// splitTurn reports whether quotation qi is the second part of a
// quotation its attribution clause splits in one paragraph ("“…,” one
// commenter wrote. “…”"), spoken by someone the article does not name:
// the part before, attributed by a cue in its own sentence and left by the
// model to the rules, has the speaker the rules gave qi, and only that
// short clause stands between them. The model, which prefers names, would
// give the second part to a body named nearby.
func (a *qattributor) splitTurn(qi int, attrs []qattribution, final []*contract.Speaker, changed []bool) bool {
	if qi == 0 || !attrs[qi].follows || attrs[qi].sp == nil || attrs[qi].sp.Entity != "" || a.entityAt(attrs[qi].sp.Start, attrs[qi].sp.End) >= 0 {
		return false // a named speaker the model weighs as it does any name
	}
	if head := lastWord(lexicon.Lower(attrs[qi].sp.Text)); !lexicon.IsPersonNoun(head) && !coref.PersonNoun(head) {
		return false // a document ("the newsletter") speaks for a body the model may find
	}
	p, q := a.qs[qi-1], a.qs[qi]
	if p.para != q.para || p.unclosed || changed[qi-1] || !attrs[qi-1].inSent || !attrs[qi-1].explicit || !sameSpeaker(attrs[qi].sp, final[qi-1]) {
		return false
	}
	between := a.text[p.oe:q.os]
	return len(between) < 120 && strings.Count(between, ".") <= 1
}

// rememberCues keeps the cues attribute found for quotation q, for the
// speaker choice to read without finding them again.
func (a *qattributor) rememberCues(q qspan, cues []qcue) {
	if a.collect == nil && rankScorerEmpty() {
		return // no model: no speaker choice to read them
	}
	if a.cuesAt == nil {
		a.cuesAt = map[int][]qcue{}
	}
	if len(cues) == 0 {
		a.cuesAt[q.os] = a.cuesAt[q.os][:0] // kept: none
		return
	}
	// the lists are cut one after another from cueArena (pooled); a list
	// kept again is cut anew, the old one left as it was
	s := len(a.cueArena)
	a.cueArena = append(a.cueArena, cues...)
	a.cuesAt[q.os] = a.cueArena[s:len(a.cueArena):len(a.cueArena)]
}

// cueMemoOf returns the cues rememberCues kept for q.
func (a *qattributor) cueMemoOf(q qspan) ([]qcue, bool) {
	c, ok := a.cuesAt[q.os]
	return c, ok
}

// rankScorerEmpty reports whether there is no speaker model, loading the
// embedded one on first use.
func rankScorerEmpty() bool {
	rankOnce.Do(func() {
		rankScorer = speaker.DefaultScorer(rankNames[:])
		if rankScorer.Empty() {
			rankScorer = nil // no model: the rules decide
		}
	})
	return rankScorer == nil
}

// objectVerbBefore reports whether a token of sentence si before token ks
// is a verb of telling, asking or describing (objectVerbs): a mention at
// ks is its object. The sentence is read once, and only as far as asked:
// objVerb keeps, per sentence, the first such verb found (as its token plus
// 2) or how far none was (as minus that token, minus 1); 0 is unread.
func (a *qattributor) objectVerbBefore(si, ks int) bool {
	if n := len(a.d.Sents); len(a.objVerb) != n {
		if cap(a.objVerb) >= n {
			a.objVerb = a.objVerb[:n]
			clear(a.objVerb)
		} else {
			a.objVerb = make([]int32, n)
		}
	}
	st := a.d.Sents[si]
	v := a.objVerb[si]
	if v > 0 {
		return int(v)-2 < ks
	}
	from := st.TokStart
	if v < 0 {
		from = int(-v) - 1
	}
	to := min(ks, st.TokEnd)
	for k := from; k < to; k++ {
		if a.objVerbTok(k) {
			a.objVerb[si] = int32(k + 2)
			return true
		}
	}
	a.objVerb[si] = int32(-max(from, to) - 1)
	return false
}

// isCue reports whether token k (of a sentence ending at token hi) is a
// reporting cue, remembering the answer per token: the mentions of an
// article ask about the same few tokens again and again.
func (a *qattributor) isCue(k, hi int) bool {
	if n := len(a.d.Toks); len(a.cueMemo) != n {
		if cap(a.cueMemo) >= n {
			a.cueMemo = a.cueMemo[:n]
			clear(a.cueMemo)
		} else {
			a.cueMemo = make([]int8, n)
		}
	}
	if m := a.cueMemo[k]; m != 0 {
		return m > 0
	}
	w := a.d.Tok(k)
	if !qIsLower(w) && !lexicon.IsNameWord(w) {
		a.cueMemo[k] = -1
		return false
	}
	n, _ := a.cueAt(k, hi)
	a.cueMemo[k] = -1
	if n > 0 {
		a.cueMemo[k] = 1
	}
	return n > 0
}

// lastWord returns the last space-separated word of s.
func lastWord(s string) string {
	if i := strings.LastIndexByte(s, ' '); i >= 0 {
		return s[i+1:]
	}
	return s
}

// docNouns are things written, not people: they report words only when no
// one is named.
var docNouns = map[string]bool{"report": true, "statement": true, "post": true, "letter": true, "memo": true,
	"document": true, "documents": true, "filing": true, "release": true, "study": true, "survey": true,
	"poll": true, "article": true, "editorial": true, "ad": true, "advert": true, "video": true, "tweet": true,
	"email": true, "e-mail": true, "minutes": true, "book": true, "transcript": true, "complaint": true,
	"lawsuit": true, "motion": true, "budget": true, "paper": true, "website": true, "message": true, "note": true}

var rankPool sync.Pool

// reset forgets the article a rank's buffers served, keeping their memory.
func (r *rank) reset() {
	r.rbuf, r.xbuf, r.rcues, r.spkBuf, r.genderBuf, r.seenBuf = r.rbuf[:0], r.xbuf[:0], r.rcues[:0], r.spkBuf[:0], r.genderBuf[:0], r.seenBuf[:0]
	r.entIdx = nil
	r.idOrder = 0
	r.topPerson = 0
	r.mbits = r.mbits[:0]
	r.cueMemo = r.cueMemo[:0]
	r.objVerb = r.objVerb[:0]
	r.cuesAt = nil
	r.assigned = nil
	r.cueMention = nil
	r.mute = nil
}

// clearHeld clears the buffers of what they hold of the article (the
// strings of candidates, names and cues, past their lengths too; the
// speakers chosen, which the output holds) before they go back to
// rankPool: reset cuts them, and a pooled holder must keep no article
// alive.
func (r *rank) clearHeld() {
	clear(r.rbuf[:cap(r.rbuf)])
	clear(r.rcues[:cap(r.rcues)])
	clear(r.spkBuf[:cap(r.spkBuf)])
	clear(r.genderBuf[:cap(r.genderBuf)])
	r.reset()
}

// rank holds the buffers the speaker ranking reuses from quotation to quotation.
type rank struct {
	rbuf      []rankCand
	xbuf      []float32
	rcues     []qcue
	spkBuf    []qcand
	genderBuf []string
	entIdx    map[string]int
	idOrder   int8                // entityIndex: 1 the ids number the entities in order, -1 they do not, 0 unread
	mbits     []uint8             // mentionFeatures by first token
	cueMemo   []int8              // isCue by token: 1 a cue, -1 none, 0 unknown
	objVerb   []int32             // objectVerbBefore's reading by sentence
	cuesAt    map[int][]qcue      // rememberCues by the quotation's outer start
	assigned  []*contract.Speaker // speakers the model gives quotations the rules left without one
	// cueMention: the mention of a cue's subject the output shows where the
	// model chose another mention of the same entity
	cueMention []*contract.Speaker
	mute       []bool // the rules' choice cannot speak and the model chose no one else: no speaker
	seenBuf    []int
	topPerson  int             // 1 + the index of the person mentioned most; 0 unknown, -1 none
	scorer     *speaker.Scorer // the speaker model's scorer, nil until first used
}

// rankWindow is how many sentences before a quotation its candidates come
// from (in news, about its paragraph and the two before).
var rankWindow = 3
