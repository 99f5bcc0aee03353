package quote

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsparse/newsparse/internal/contract"
	"github.com/newsparse/newsparse/internal/coref"
	"github.com/newsparse/newsparse/internal/lexicon"
	"github.com/newsparse/newsparse/internal/textdoc"
)

// Speakers: a mention read in subjects.go becomes a Speaker. Names are
// matched to entities and to their fullest form in the text; pronouns,
// relative pronouns and roles are resolved to an earlier person or
// organisation.

// entityAt returns the index of the entity with a mention overlapping [s, e), or -1.
func (a *qattributor) entityAt(s, e int) int {
	i := a.mentFrom(e)
	best := -1
	for k := i - 1; k >= 0 && k >= i-8; k-- {
		m := a.ments[k]
		if m.e > s && m.s < e {
			if best < 0 || a.ents[m.idx].Type == contract.Person {
				best = m.idx
			}
		}
	}
	return best
}

// mentFrom returns the index of the first entity mention that starts at
// or after off (sort.Search without its closure: this runs on every token).
func (a *qattributor) mentFrom(off int) int {
	ms := a.ments
	lo, hi := 0, len(ms)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if ms[m].s >= off {
			hi = m
		} else {
			lo = m + 1
		}
	}
	return lo
}

// buildNames scans the text once for full personal names, for canonical
// names and role resolution when no entity covers a speaker.
func (a *qattributor) buildNames() {
	if a.built {
		return
	}
	a.built = true
	a.names = map[string]string{}
	a.titled = map[string][]string{}
	d := a.d
	n := len(d.Toks)
	listed := len(a.people)
	for i := 0; i < n; {
		if lowerOrMark(d.Tok(i)) || !a.nameWord(i) {
			i++
			continue
		}
		j := i
		for j < n && (a.nameWord(j) || qNameConnectors[d.Tok(j)] && j+1 < n && a.nameWord(j+1)) {
			if j > i && d.Toks[j].Start-d.Toks[j-1].End > 1 {
				break
			}
			j++
		}
		// strip phrase openers and titles, remembering the titles
		k := i
		var titles []string
		for t := j - 2; t > k; t-- {
			if w := a.lowTok(t); lexicon.IsTitle(w) || lexicon.IsTitle(strings.TrimSuffix(w, ".")) {
				// "Deputy Prime Minister John Prescott": every word through the last title
				for x := k; x <= t; x++ {
					if w := strings.TrimSuffix(a.lowTok(x), "."); !qCapStop[w] {
						titles = append(titles, w)
					}
				}
				k = t + 1
				break
			}
		}
		for k < j-1 {
			w := a.lowTok(k)
			if lexicon.IsTitle(w) || lexicon.IsTitle(strings.TrimSuffix(w, ".")) {
				titles = append(titles, strings.TrimSuffix(w, "."))
				k++
				continue
			}
			if qCapStop[w] || len(titles) == 0 && k+2 < j && a.nameWord(k+1) && lexicon.IsTitle(a.lowTok(k+1)) {
				k++ // "Iranian Defence Minister Amir Hatami": modifiers of a title
				continue
			}
			if qNameConnectors[w] && len(titles) > 0 {
				k += 2
				continue
			}
			break
		}
		if k < j {
			if k > 0 && k == i {
				// a lower-case title before the name: "counterpart Ali Abdullah Ayyoub"
				if w := a.lowTok(k - 1); lexicon.IsTitle(w) {
					titles = append(titles, w)
				}
			}
			full := d.Text[d.Toks[k].Start:d.Toks[j-1].End]
			if j-k >= 2 && j-k <= 4 {
				key := lowerSurnameKey(a.lowTok(j - 1))
				if _, ok := a.names[key]; !ok {
					a.names[key] = full
				}
			}
			if len(titles) > 0 && j-k <= 4 {
				name := a.canonical(full)
				a.titled[name] = append(a.titled[name], titles...)
				if a.quoteAt(d.Toks[k].Start) < 0 && len(a.ents) == 0 {
					a.people = append(a.people, qcand{s: d.Toks[k].Start, e: d.Toks[j-1].End, name: name, titles: titles})
				}
				for _, t := range titles {
					switch t {
					case "mr", "sir", "lord", "king", "prince", "father", "brother", "sheikh":
						a.gender[name] = 'm'
					case "mrs", "ms", "miss", "lady", "dame", "queen", "princess", "sister", "baroness":
						a.gender[name] = 'f'
					}
				}
			}
		}
		i = j
		if i == k && i < n {
			i++
		}
	}
	if len(a.people) > listed { // the people listed before are in order already
		sort.SliceStable(a.people, func(i, j int) bool { return a.people[i].s < a.people[j].s })
	}
}

// lowerOrMark reports, without reading its flags (tokFlags), that the
// word t is no name word: a mark of punctuation, or a lower-case ASCII word
// without the hyphen of "al-Assad" in its first four bytes. buildNames reads
// every token of the article, and most are such.
func lowerOrMark(t string) bool {
	if t == "" || t[0] >= 0x80 {
		return false
	}
	c := t[0]
	if 'a' <= c && c <= 'z' {
		return strings.IndexByte(t[:min(len(t), 4)], '-') < 0
	}
	return !('A' <= c && c <= 'Z' || '0' <= c && c <= '9')
}

// surnameKey returns the look-up key of a surname: lower case, without an
// article prefix ("al-Assad" → "assad").
func surnameKey(w string) string { return lowerSurnameKey(lexicon.Lower(w)) }

// lowerSurnameKey is surnameKey of a word in lower case already.
func lowerSurnameKey(w string) string {
	if i := strings.LastIndexByte(w, '-'); i > 0 && i <= 3 && i < len(w)-1 {
		w = w[i+1:]
	}
	return w
}

// canonical returns the fullest form of a name written in the text: a
// surname alone ("Hatami", "Ayoub") becomes the full name introduced
// elsewhere ("Amir Hatami", "Ali Abdullah Ayyoub").
func (a *qattributor) canonical(name string) string {
	if strings.IndexByte(name, ' ') >= 0 {
		return name
	}
	a.buildNames()
	key := surnameKey(name)
	if full, ok := a.names[key]; ok {
		return full
	}
	if utf8.RuneCountInString(key) < 5 {
		return name
	}
	best := ""
	for k, full := range a.names {
		if k[0] == key[0] && lexicon.WithinOneEdit(k, key) && (best == "" || full < best) {
			best = full
		}
	}
	if best != "" {
		return best
	}
	return name
}

// newSpeaker returns a new Speaker holding v, cut from an array of a few
// (spChunk): the speakers of an article's quotations are many small
// allocations otherwise. Each is a Speaker of its own, as from new; the
// arrays are the article's, never reused, so the results may keep them.
func (a *qattributor) newSpeaker(v contract.Speaker) *contract.Speaker {
	if len(a.spChunk) == cap(a.spChunk) {
		a.spChunk = make([]contract.Speaker, 0, 16)
	}
	a.spChunk = append(a.spChunk, v)
	return &a.spChunk[len(a.spChunk)-1]
}

// speakerOf turns a mention into a Speaker, resolving pronouns, relative
// pronouns and roles to an earlier person.
func (a *qattributor) speakerOf(n qnp) *contract.Speaker {
	if n.kind == qnNone || n.s < 0 || n.e > len(a.text) || n.s >= n.e {
		return nil
	}
	sp := a.newSpeaker(contract.Speaker{Start: n.s, End: n.e, Text: a.text[n.s:n.e]})
	switch n.kind {
	case qnName:
		if ei := a.entityAt(n.s, n.e); ei >= 0 && a.describes(n, ei) {
			sp.Name = a.text[a.d.Toks[a.tokAt(n.s)-1].Start:n.e] // "the Australian said": a person described, not the nationality
			if pi := a.coref().Resolve(n.s, n.e); pi >= 0 && a.ents[pi].Type == contract.Person {
				sp.Entity, sp.Name = a.ents[pi].ID, a.ents[pi].Name // the person in focus
			}
		} else if pi := a.epithetOf(n, ei); pi >= 0 {
			sp.Entity, sp.Name = a.ents[pi].ID, a.ents[pi].Name // "“…,” said the Birchfield Harrier": the runner in focus
		} else if ei >= 0 {
			sp.Entity, sp.Name = a.ents[ei].ID, a.ents[ei].Name
		} else {
			if a.commonOpener(n) || a.cannotSpeak(n) {
				pi := a.personBySurname(sp.Text)
				if pi < 0 {
					return nil // hook: cannotSpeak in inverted.go
				}
				sp.Entity, sp.Name = a.ents[pi].ID, a.ents[pi].Name // a common word a person bears as surname: "May wrote"
			} else {
				sp.Name = a.canonical(sp.Text)
			}
		}
		c := qcand{s: n.s, e: n.e, name: sp.Name, ent: sp.Entity}
		k := sort.Search(len(a.spk), func(i int) bool { return a.spk[i].s >= c.s })
		if k == len(a.spk) || a.spk[k].s != c.s {
			a.spk = append(a.spk, qcand{})
			copy(a.spk[k+1:], a.spk[k:])
			a.spk[k] = c
			a.learnt()
		}
	case qnWho:
		if n.ante != nil {
			if as := a.speakerOf(*n.ante); as != nil {
				sp.Entity, sp.Name = as.Entity, as.Name
				return sp
			}
		}
		sp.Name = sp.Text
	case qnPron:
		sp.Name = sp.Text
		if qPronouns[n.head] == 'n' {
			// "it said": the organisation in focus, which a chain of
			// "the company", "the firm", "it" carries
			if ei := a.coref().Resolve(n.s, n.e); ei >= 0 {
				sp.Entity, sp.Name = a.ents[ei].ID, a.ents[ei].Name
				return sp
			}
		}
		if qPronouns[n.head] == 'p' && n.head == "they" {
			if c, ok := a.pluralAntecedent(n.s); ok {
				sp.Name = c.name
				if ei := a.coref().Resolve(c.s, c.e); ei >= 0 {
					sp.Entity, sp.Name = a.ents[ei].ID, a.ents[ei].Name // "Police … they said": the force named
				}
				return sp
			}
		}
		if c, ok := a.antecedent(n.s, qPronouns[n.head]); ok {
			sp.Entity, sp.Name = c.ent, c.name
			if g := qPronouns[n.head]; (g == 'm' || g == 'f') && a.gender[c.name] == 0 {
				a.gender[c.name] = g
				a.learnt()
			}
		}
	case qnRole:
		sp.Name = sp.Text
		if ei := a.issuer(n); ei >= 0 {
			sp.Entity, sp.Name = a.ents[ei].ID, a.ents[ei].Name // "a letter from the American Legion"
			return sp
		}
		if x := a.statementMaker(n); x.kind != qnNone {
			if o := a.speakerOf(x); o != nil {
				sp.Entity, sp.Name = o.Entity, o.Name // "In a statement, his family said … the statement said"
				return sp
			}
		}
		if ei := a.entityAt(n.e-len(n.head), n.e); ei >= 0 && a.ents[ei].Type != contract.Person && strings.HasPrefix(strings.ToLower(sp.Text), "the ") {
			sp.Entity, sp.Name = a.ents[ei].ID, a.ents[ei].Name
			return sp
		}
		if ei := a.namedNext(n); ei >= 0 {
			sp.Entity, sp.Name = a.ents[ei].ID, a.ents[ei].Name // "A bookmaker has … William Hill made the move"
			return sp
		}
		if strings.HasPrefix(strings.ToLower(sp.Text), "the ") || n.s == n.e {
			if c, ok := a.roleAntecedent(n.s, n.head, sp.Text); ok {
				sp.Entity, sp.Name = c.ent, c.name
			}
		}
	}
	a.corefSpeaker(sp, n) // hook: pronouns and descriptions left without an entity (coref.go)
	return sp
}

// antecedent finds the person a pronoun of gender g at offset off refers
// to: in its own sentence the nearest earlier person, in the sentences
// before it the first (the subject) of each, back to two paragraphs.
func (a *qattributor) antecedent(off int, g byte) (qcand, bool) {
	if g != 'm' && g != 'f' && g != 's' && g != 'n' {
		return qcand{}, false
	}
	a.buildNames()
	// a pronoun that opens its sentence continues the chain of the one
	// before ("… he said. … he said."): every question about it is asked
	// again for every later pronoun of the chain, and its answer holds
	// while the speakers and genders learnt so far stay the same
	key := anteKey{off: off, g: g}
	if r, ok := a.anteMemo[key]; ok && r.gen == a.gen {
		return r.c, r.ok
	}
	c, ok := a.antecedent0(off, g)
	if a.anteMemo == nil {
		a.anteMemo = map[anteKey]anteAnswer{}
	}
	a.anteMemo[key] = anteAnswer{c: c, ok: ok, gen: a.gen}
	return c, ok
}

// qualifiesNoun reports whether name c stands between "a" or "an" and a
// noun in lower case, qualifying the noun rather than naming one who acts:
// "a Tom Brady strike", "an Ann Roy song".
func (a *qattributor) qualifiesNoun(c qcand) bool {
	k0, k1 := a.tokAt(c.s), a.tokAt(c.e-1)+1
	if k0 == 0 || k1 >= len(a.d.Toks) || a.d.Toks[k0].Start != c.s {
		return false
	}
	if w := a.lowTok(k0 - 1); w != "a" && w != "an" {
		return false
	}
	w := a.d.Tok(k1)
	return len(w) > 1 && w[0] >= 'a' && w[0] <= 'z' && !a.inQuote(k1)
}

// anteKey is a question to antecedent: a pronoun's offset and gender.
type anteKey struct {
	off int
	g   byte
}

// anteAnswer is antecedent's answer, with the generation of what the
// attribution had learnt (qattributor.gen) when it was given.
type anteAnswer struct {
	c   qcand
	ok  bool
	gen int
}

// learnt records that the speakers or genders learnt have changed, which
// antecedent's remembered answers depend on.
func (a *qattributor) learnt() {
	a.genNext++
	a.gen = a.genNext
}

// antecedent0 is antecedent without its memory; g is a gender it reads.
func (a *qattributor) antecedent0(off int, g byte) (qcand, bool) {
	si := a.d.SentOf(off)
	if si < 0 {
		return qcand{}, false
	}
	a.buildNames()
	para := a.d.Sents[si].Para
	lists := [][]qcand{a.people, a.spk}
	if g == 'n' {
		// "it said", "what it called": an organisation
		lists = [][]qcand{a.orgs}
	}
	ok := func(c qcand) bool {
		if c.s >= off || c.org != (g == 'n') || a.quoteAt(c.s) >= 0 {
			return false
		}
		if c.ent != "" && a.quoteAt(off) < 0 && a.namedInQuote(a.entityIndex(c.ent), qnp{s: off}) {
			return false // "“Sam was brilliant,” he said": not Sam
		}
		if (g == 'm' || g == 'f') && c.ent != "" && a.noPerson(a.entityIndex(c.ent)) {
			return false // "… Wimbledon said … “…,” he said": not the event
		}
		if (g == 'm' || g == 'f') && (a.governedBefore(c, off) || a.qualifiesNoun(c)) {
			return false // "Of Hepburn, she said": not the one the preposition governs; nor "a Tom Brady strike"
		}
		cg := a.gender[c.name]
		return g == 's' || cg == 0 || cg == g
	}
	for s := si; s >= 0 && s > si-8 && para-a.d.Sents[s].Para <= 2; s-- {
		st := a.d.Sents[s]
		if s == si && a.reportsSentence(s, off) {
			continue // "Reed will lead the campaign, he said", "Mr Blair has “…”, he said": not Reed, not Blair
		}
		if s == si && a.openingClauseEnd(st.TokStart, st.TokEnd) == a.tokAt(off) {
			// "Asked about the call against Marc Roy, he was blunt": the
			// opening clause's names are not the subject it describes
			continue
		}
		n := a.anteSubject(s, si, off, g, ok)
		if (g == 'm' || g == 'f') && s < si && a.namesJoined(n) {
			continue // "Reed, Dunn and Lowe have all won medals. “…,” he said": not one of them
		}
		if g == 'n' && n.kind == qnRole && n.s < off && !lexicon.IsPersonNoun(n.head) && !lexicon.IsTitle(n.head) {
			// "The national weather service said … It called …": a body named by a common noun
			return qcand{s: n.s, e: n.e, name: a.text[n.s:n.e], org: true}, true
		}
		if (g == 'm' || g == 'f') && n.kind == qnPron && n.s < off && qPronouns[strings.ToLower(n.head)] == g && a.quoteAt(n.s) < 0 {
			// "He portrayed Mr Ebbers as … “…,” he said.": a subject
			// pronoun of the same gender continues its chain, whoever else
			// the sentence names
			return a.antecedent(n.s, g)
		}
		if (g == 'm' || g == 'f') && s < si && n.kind == qnRole && n.s < off && a.quoteAt(n.s) < 0 && !pluralHead(n.head) {
			if c, ok := a.roleSubject(n, g); ok {
				return c, true
			}
		}
		if n.kind == qnName && n.s < off && a.quoteAt(n.s) < 0 {
			if c := a.subjectCand(n, g); ok(c) {
				return c, true
			}
		}
		c, found := firstInSentence(lists, st, ok)
		if found && !a.verbSubject(c) {
			// "Smith's team lost, but Jones insisted …", "Staff looked for
			// Fabian when he was away, Hernandez said": the first person
			// who is the subject of a verb before a possessor or an object
			if v, ok2 := firstInSentence(lists, st, func(c qcand) bool { return ok(c) && a.verbSubject(c) }); ok2 {
				c = v
			}
		}
		if found && s < si && (g == 'm' || g == 'f') && !a.verbSubject(c) && a.reportsSentence(si, off) {
			// "Nobody, he claimed, could picture X. They could picture Y
			// doing it. … Z would lead, he said.": the one the words
			// before report goes on speaking; X and Y are what he spoke of
			if p, ok2 := a.reporterPronounBefore(s, g); ok2 {
				return a.antecedent(p, g)
			}
		}
		if found {
			if p, coord := a.coordinatedPronoun(qnp{kind: qnName, s: c.s, e: c.e}, g); coord && (g == 'm' || g == 'f') {
				return a.antecedent(p.s, g) // "back home, she and Anton Reed founded …"
			}
			return c, true
		}
	}
	return qcand{}, false
}

// roleSubject returns the one a description that is the subject of a
// sentence before a pronoun of gender g stands for: "Her colleague
// disagreed. “…,” he said.": the person the role names, else the one
// coreference gives a definite description ("the Olympic champion went
// down …"), else the role itself when it names a person.
func (a *qattributor) roleSubject(n qnp, g byte) (qcand, bool) {
	if m := a.copulaName(n); m.kind == qnName {
		if c := a.subjectCand(m, g); a.genderAgrees(c, g) {
			return c, true // "The director is Tom Reed. “…,” he said": Reed
		}
	}
	personal := lexicon.IsPersonNoun(n.head) || lexicon.IsTitle(n.head) || coref.PersonNoun(n.head)
	if c, ok := a.roleAntecedent(n.s, n.head, a.text[n.s:n.e]); personal && ok && a.genderAgrees(c, g) {
		return c, true
	}
	if c, ok := a.definiteSubject(n); ok && a.genderAgrees(c, g) {
		return c, true
	}
	if personal {
		return qcand{s: n.s, e: n.e, name: a.text[n.s:n.e]}, true
	}
	return qcand{}, false
}

// copulaName returns the person a copula after the description n names:
// "The new director is Tom Reed", "Its founder was Ann Ruiz". No phrase
// otherwise.
func (a *qattributor) copulaName(n qnp) qnp {
	k := a.tokAt(n.e-1) + 1
	if k+1 >= len(a.d.Toks) || a.d.Toks[k].Start < n.e {
		return qnp{}
	}
	if w := a.lowTok(k); w != "is" && w != "was" || a.inQuote(k+1) {
		return qnp{}
	}
	si := a.d.SentOf(n.s)
	m, _ := a.npAfter0(k+1, a.d.Sents[si].TokEnd)
	if ei := a.entityAt(m.s, m.e); m.kind != qnName || m.s != a.d.Toks[k+1].Start || ei < 0 || a.ents[ei].Type != contract.Person {
		return qnp{}
	}
	return m
}

// trailingReporter returns the subject of a reporting clause that ends
// sentence si after a comma, the words before it reported speech: "Reed
// will lead the campaign, the party leader said." (the leader),
// "…, said Ann Ruiz on Monday." A few words may follow the verb ("told
// reporters", "in a statement"), no quotation, "that", comma, pronoun nor
// verb, up to a participle after a comma ("…, he claimed, saying …"), and
// a verb stands before the comma. The clause's subject, not the
// reported one's, is the sentence's subject.
func (a *qattributor) trailingReporter(si int) (qnp, bool) {
	if a.trailMemo == nil {
		return a.trailingReporter0(si)
	}
	if r, ok := a.trailMemo[si]; ok {
		return r.n, r.ok
	}
	n, ok := a.trailingReporter0(si)
	a.trailMemo[si] = trailAnswer{n: n, ok: ok}
	return n, ok
}

// trailAnswer is trailingReporter's answer for a sentence.
type trailAnswer struct {
	n  qnp
	ok bool
}

// trailingReporter0 is trailingReporter without its memory.
func (a *qattributor) trailingReporter0(si int) (qnp, bool) {
	st := a.d.Sents[si]
	a.trailBuf = a.appendCues(a.trailBuf[:0], si, true)
	cs := a.trailBuf
	if len(cs) == 0 {
		return qnp{}, false
	}
	c := cs[len(cs)-1]
	if x := len(cs) - 2; x >= 0 && strings.HasSuffix(a.d.Tok(c.tok), "ing") && a.d.Tok(c.tok-1) == "," {
		c = cs[x] // "…, he claimed, saying …": the verb the participle follows
	}
	if c.base == "according to" || strings.HasSuffix(c.base, " by") || strings.HasSuffix(a.d.Tok(c.tok), "ing") {
		return qnp{}, false
	}
	n := a.subject(c)
	if n.kind == qnNone || n.kind == qnWho {
		return qnp{}, false
	}
	first, tail := c.tok, c.tok+c.n
	if ns := a.tokAt(n.s); ns < first {
		first = ns
		first = a.appositionStart(first, st.TokStart)
	} else {
		tail = max(tail, a.tokAt(max(n.e-1, n.s))+1)
	}
	if first-2 < st.TokStart || a.d.Tok(first-1) != "," || a.inQuote(first-1) || a.inQuote(first-2) {
		return qnp{}, false
	}
	for k := tail; k < st.TokEnd; k++ {
		w := a.lowTok(k)
		if w == "," && k+1 < st.TokEnd && a.lowerTok(k+1) && strings.HasSuffix(a.lowTok(k+1), "ing") {
			break // "…, he claimed, saying …": a participle of the reporting clause
		}
		if k-tail > 6 || a.inQuote(k) || w == "that" || w == "," || w == ":" || qPronouns[w] != 0 || w == "it" ||
			lexicon.IsBeVerb(w) || tailAuxiliaries[w] || a.lowerTok(k) && lexicon.ReportingBase(w) != "" {
			return qnp{}, false // "As for Reed, he said he is not worried": what he said follows
		}
	}
	for k := first - 2; k >= st.TokStart; k-- {
		if a.inQuote(k) || a.lowerTok(k) && a.verbLikeTok(k) {
			return n, true // a clause or a quotation stands before the comma, the words reported
		}
	}
	return qnp{}, false
}

// tailAuxiliaries open the verb of a clause after a reporting verb: "he
// said Reed would win".
var tailAuxiliaries = map[string]bool{"has": true, "have": true, "had": true, "would": true, "will": true, "could": true,
	"might": true, "may": true, "should": true, "must": true, "can": true, "did": true, "does": true, "do": true}

// appositionStart returns the token that opens the subject phrase holding
// token i, past a title and a name in front of it; i itself when none.
func (a *qattributor) appositionStart(i, lo int) int {
	for i > lo && (a.nameWord(i-1) || lexicon.IsTitle(a.lowTok(i-1))) && !a.inQuote(i-1) {
		i--
	}
	return i
}

// reportsSentence reports whether the pronoun at offset off is the subject
// of a reporting clause that follows, in its sentence si, the words it
// reports ("Reed will lead the campaign, he said."): the pronoun cannot
// stand for a name in those words, which its verb governs. A reporting
// verb right after the pronoun and a comma before it (parenthetical) says
// so at once; else the clause must end the sentence (trailingReporter).
func (a *qattributor) reportsSentence(si, off int) bool {
	if a.parenthetical(off) {
		return true
	}
	n, ok := a.trailingReporter(si)
	return ok && n.kind == qnPron && n.s == off
}

// anteSubject returns the subject of sentence s (before off when s is
// the pronoun's own sentence si) that a pronoun of gender g at off looks
// at first: "Ortiz denounced what she called …"; for he or she, the
// subject of a reporting clause after what the sentence reports, or of a
// last clause "but" opens, and a pronoun coordinated with the subject.
func (a *qattributor) anteSubject(s, si, off int, g byte, ok func(qcand) bool) qnp {
	st := a.d.Sents[s]
	end := st.TokEnd
	if s == si {
		end = a.tokAt(off)
	}
	n := a.mainSubject(st.TokStart, end)
	if s < si && (g == 'm' || g == 'f') {
		if m := a.closingReporter(st); m.kind != qnNone && m.s > n.s {
			n = m // "Mr Blair has “…”, he said. … He said": the one who said it
		}
		if m := a.butClauseSubject(st.TokStart, end); m.kind == qnName {
			if c := a.subjectCand(m, g); ok(c) && a.personEntity(c.ent) {
				n = m // "Hewitt had complained, but Pollard rejected his comments. “…,” he said": the one who answers
			}
		}
	}
	if (g == 'm' || g == 'f') && n.kind == qnName {
		if p, ok := a.coordinatedPronoun(n, g); ok {
			n = p // "she and Anton Reed founded …": her chain, not Reed
		}
	}
	return n
}

// noPerson reports whether entity ei can be no one "he" or "she" stands
// for: an event, a facility or a group (NORP), a body or place whose name ends in a word
// of events ("Boat Show"), or one whose name is a word of an event's or a
// facility's name ("Wimbledon" beside "the Wimbledon Championships").
func (a *qattributor) noPerson(ei int) bool {
	if ei < 0 {
		return false
	}
	e := a.ents[ei]
	switch e.Type {
	case contract.Event, contract.Facility:
		return true
	case contract.NORP:
		return !a.surnameOfPerson(e.Name) // a nationality or a party is a group, unless a person's surname ("Mark Cuban")
	case contract.Person:
		return a.frontedOnly(e) // "Backstage, he said"
	case contract.Org, contract.GPE:
	default:
		return false
	}
	if f := strings.Fields(e.Name); len(f) > 1 && lexicon.IsEventWord(lexicon.Key(f[len(f)-1])) {
		return true // "the Harbour Boat Show", "the Kestrel Open": an event the recogniser called a body
	}
	for i, o := range a.ents {
		if i == ei || o.Type != contract.Event && o.Type != contract.Facility {
			continue
		}
		for _, w := range strings.Fields(o.Name) {
			if w == e.Name {
				return true
			}
		}
	}
	return false
}

// surnameOfPerson reports whether name is the last word of the name of a
// person of the article: "Cuban" beside "Mark Cuban".
func (a *qattributor) surnameOfPerson(name string) bool {
	return a.personBySurname(name) >= 0
}

// personBySurname returns the first person whose name ends in the word
// name, or -1.
func (a *qattributor) personBySurname(name string) int {
	for i, o := range a.ents {
		if sp := strings.LastIndexByte(o.Name, ' '); o.Type == contract.Person && sp > 0 && o.Name[sp+1:] == name {
			return i
		}
	}
	return -1
}

// butClauseSubject returns the subject of the last clause of tokens [lo,
// hi) that "but" opens ("…, but Pollard rejected his comments"), when a
// name opens it and a verb follows; no phrase otherwise.
func (a *qattributor) butClauseSubject(lo, hi int) qnp {
	for k := hi - 2; k > lo; k-- {
		if a.inQuote(k) {
			continue
		}
		if a.d.Tok(k) != "but" {
			continue
		}
		n, e := a.npAfter0(k+1, hi)
		if n.kind != qnName || e >= hi || !(a.lowerTok(e) && a.verbLikeTok(e)) {
			return qnp{}
		}
		return n
	}
	return qnp{}
}

// personEntity reports whether the entity of id is a person.
func (a *qattributor) personEntity(id string) bool {
	ei := a.entityIndex(id)
	return ei >= 0 && a.ents[ei].Type == contract.Person
}

// namedNext returns, for an indefinite description opening the first
// sentence of a story's paragraph ("A bookmaker has stopped taking bets
// …"), the person or body the next sentence names as its subject ("William
// Hill made the move …"), when the story has not named it before: news
// introduces its subject by what it is, then by name. -1 otherwise; a
// spokesman or an official is someone else.
func (a *qattributor) namedNext(n qnp) int {
	d := a.d
	k := a.tokAt(n.s)
	if k >= len(d.Toks) || d.Toks[k].Start != n.s {
		return -1
	}
	if w := a.lowTok(k); w != "a" && w != "an" || n.head == "" || pluralHead(n.head) ||
		speakerHeads[n.head] || docNouns[n.head] {
		return -1
	}
	si := d.SentOf(n.s)
	if si < 0 || si+1 >= len(d.Sents) || d.Sents[si].Start != n.s && !a.closingSubject(n, si) || d.Sents[si].Para > 2 ||
		si > 0 && d.Sents[si-1].Para == d.Sents[si].Para {
		return -1
	}
	nx := d.Sents[si+1]
	m := a.mainSubject(nx.TokStart, nx.TokEnd)
	if m.kind != qnName || a.tokAt(m.s) > nx.TokStart+1 {
		return -1
	}
	ei := a.entityAt(m.s, m.e)
	if ei < 0 || a.ents[ei].Type != contract.Person && a.ents[ei].Type != contract.Org {
		return -1
	}
	for _, x := range a.ents[ei].Mentions {
		if x.Start < n.s {
			return -1
		}
	}
	return ei
}

// closingSubject reports whether description n, after a comma, is the
// subject of a reporting verb that ends sentence si: "…, a leading banker
// has said."
func (a *qattributor) closingSubject(n qnp, si int) bool {
	d := a.d
	k := a.tokAt(n.s)
	if k <= d.Sents[si].TokStart || d.Tok(k-1) != "," {
		return false
	}
	j := a.tokAt(n.e - 1)
	if j < 0 {
		return false
	}
	j++
	if w := a.lowTok(j); w == "has" || w == "have" || w == "had" {
		j++
	}
	if j >= d.Sents[si].TokEnd || lexicon.ReportingBase(a.lowTok(j)) == "" {
		return false
	}
	return j+1 == d.Sents[si].TokEnd || j+2 == d.Sents[si].TokEnd && d.Tok(j+1) == "."
}

// speakerHeads are descriptions of people who speak for someone else, whom
// the next sentence's subject is not: "a spokesman said … Acme …".
var speakerHeads = map[string]bool{"spokesman": true, "spokeswoman": true, "spokesperson": true, "official": true,
	"source": true, "witness": true, "neighbour": true, "neighbor": true, "friend": true, "relative": true}

// pluralAntecedent finds the people "they" at off stands for: the
// subject of its sentence before it or of the sentence before, when a
// plural common noun for people heads it ("Witnesses told officers …
// They said", "Officials said … “…,” they added").
func (a *qattributor) pluralAntecedent(off int) (qcand, bool) {
	si := a.d.SentOf(off)
	for s := si; s >= 0 && s >= si-1 && a.d.Sents[s].Para == a.d.Sents[si].Para; s-- {
		st := a.d.Sents[s]
		end := st.TokEnd
		if s == si {
			end = a.tokAt(off)
		}
		if end <= st.TokStart {
			continue
		}
		n := a.mainSubject(st.TokStart, end)
		if n.kind == qnNone {
			continue
		}
		head := n.head
		if n.kind == qnName && a.tokAt(n.s) == a.tokAt(n.e-1) && a.entityAt(n.s, n.e) < 0 {
			head = lexicon.Lower(a.text[n.s:n.e]) // "Witnesses" opening the sentence
		} else if n.kind != qnRole {
			head = ""
		}
		if n.s < off && a.quoteAt(n.s) < 0 && pluralSpeakers(head) {
			return qcand{s: n.s, e: n.e, name: a.text[n.s:n.e]}, true
		}
		return qcand{}, false // another subject: not these people
	}
	return qcand{}, false
}

// pluralSpeakers reports whether head names people in the plural, who
// "they" may stand for: "witnesses", "officials", "police".
func pluralSpeakers(head string) bool {
	if head == "police" || head == "people" {
		return true
	}
	return pluralHead(head) && (lexicon.IsSpeakerNoun(head) || lexicon.IsPersonNoun(head))
}

// pluralHead reports whether a lower-case head noun is shaped like a
// plural: it ends in s but not in ss ("officials", not "boss", "actress").
func pluralHead(head string) bool {
	return strings.HasSuffix(head, "s") && !strings.HasSuffix(head, "ss")
}

// issuer returns the person or body a document phrase names as its
// source ("a letter from the American Legion", "the report by the
// ministry"), or -1.
func (a *qattributor) issuer(n qnp) int {
	if !docNouns[n.head] {
		return -1
	}
	d := a.d
	for k := a.tokAt(n.s); k+1 < len(d.Toks) && d.Toks[k+1].Start < n.e; k++ {
		if a.lowTok(k) != n.head {
			continue
		}
		if w := a.lowTok(k + 1); w != "from" && w != "by" && w != "of" {
			return -1
		}
		for x := k + 2; x < len(d.Toks) && d.Toks[x].Start < n.e && x <= k+4; x++ {
			if ei := a.entityAt(d.Toks[x].Start, d.Toks[x].End); ei >= 0 && (a.ents[ei].Type == contract.Person || a.ents[ei].Type == contract.Org) {
				return ei
			}
		}
		return -1
	}
	return -1
}

// statementMaker returns, for "the statement" (or another document noun)
// n, the subject of the sentence that said whose it is, in the three
// sentences before n within its paragraph and the one before: "In a
// statement, his family said …", "the party said in a statement" (the
// clause's reporting verb and the noun within a few words of each other,
// "in a" or "issued a" before the noun). Such a maker may be a
// description no entity holds, which then speaks as it is written, not the
// body in focus. No phrase otherwise.
func (a *qattributor) statementMaker(n qnp) qnp {
	if !docNouns[n.head] || !strings.HasPrefix(lexicon.Lower(a.text[n.s:n.e]), "the ") {
		return qnp{}
	}
	si := a.d.SentOf(n.s)
	if si < 0 {
		return qnp{}
	}
	para := a.d.Sents[si].Para
	for s := si - 1; s >= 0 && s >= si-3 && para-a.d.Sents[s].Para <= 1; s-- {
		st := a.d.Sents[s]
		for k := st.TokStart + 2; k < st.TokEnd; k++ {
			if a.lowTok(k) != n.head || a.inQuote(k) || a.lowTok(k-1) != "a" {
				continue
			}
			if p := a.lowTok(k - 2); p != "in" && p != "issued" && p != "released" {
				continue
			}
			if m := a.mainSubject(st.TokStart, st.TokEnd); m.kind == qnName || m.kind == qnRole || m.kind == qnPron {
				if m.s != n.s && !docNouns[m.head] {
					return m
				}
			}
			return qnp{}
		}
	}
	return qnp{}
}

// definiteSubject returns the person a definite description n, a
// sentence's subject, refers to by coreference ("the Olympic champion").
func (a *qattributor) definiteSubject(n qnp) (qcand, bool) {
	if !strings.HasPrefix(lexicon.Lower(a.text[n.s:n.e]), "the ") {
		return qcand{}, false
	}
	pi := a.coref().Resolve(n.s, n.e)
	if si := a.d.SentOf(n.s); pi < 0 && si >= 0 && a.speakingHead(n) && a.cueAfter(a.tokAt(n.e-1), a.d.Sents[si].TokEnd) {
		// "The former Wales international added that …": a speech
		// verb's subject is someone who speaks
		pi = a.speakingResolve(n.s, n.e)
	}
	if pi < 0 || a.ents[pi].Type != contract.Person {
		return qcand{}, false
	}
	return qcand{s: n.s, e: n.e, name: a.ents[pi].Name, ent: a.ents[pi].ID}, true
}

// coordinatedPronoun returns the pronoun of gender g that opens a
// subject coordinated with the name n ("she and Anton Reed founded"): the
// pronoun's chain goes on through the sentence.
func (a *qattributor) coordinatedPronoun(n qnp, g byte) (qnp, bool) {
	k := a.tokAt(n.s)
	if k < 2 || k >= len(a.d.Toks) || a.d.Toks[k].Start != n.s || a.lowTok(k-1) != "and" {
		return qnp{}, false
	}
	w := a.lowTok(k - 2)
	if qPronouns[w] != g || a.quoteAt(a.d.Toks[k-2].Start) >= 0 {
		return qnp{}, false
	}
	t := a.d.Toks[k-2]
	return qnp{kind: qnPron, s: t.Start, e: t.End, head: w}, true
}

// namesJoined reports whether the name n is the last of names that "and"
// joins into a plural subject ("Reed, Carl Dunn and Mark Lowe have"), for
// which no singular pronoun stands.
func (a *qattributor) namesJoined(n qnp) bool {
	k := a.tokAt(n.s)
	if n.kind != qnName || k < 2 || a.d.Toks[k].Start != n.s || a.lowTok(k-1) != "and" || a.inQuote(k-2) {
		return false
	}
	return a.nameWord(k-2) && a.entityAt(a.d.Toks[k-2].Start, a.d.Toks[k-2].End) >= 0
}

// subjectCand returns the candidate antecedent of a pronoun of gender g
// that the name n, a sentence's subject, gives: its entity (a nationality
// word's person), and whether it stands for a body.
func (a *qattributor) subjectCand(n qnp, g byte) qcand {
	c := qcand{s: n.s, e: n.e}
	if ei := a.entityAt(n.s, n.e); ei >= 0 {
		c.name, c.ent = a.ents[ei].Name, a.ents[ei].ID
		if a.ents[ei].Type == contract.NORP {
			// "And the Belgian, who …, faces …": the person the
			// nationality word stands for
			if pi := a.coref().Resolve(n.s, n.e); pi >= 0 && a.ents[pi].Type == contract.Person {
				ei = pi
				c.name, c.ent = a.ents[ei].Name, a.ents[ei].ID
			}
		}
		switch a.ents[ei].Type {
		case contract.Person:
			// "Wimpey said … “…,” it added": a one-word name with no
			// given name nor gender that "it" refers back to is a body
			// the recogniser took for a person
			c.org = g == 'n' && !strings.Contains(c.name, " ") && a.gender[c.name] == 0 &&
				lexicon.NameGender(lexicon.Key(c.name)) == 0
		case contract.Org, contract.NORP:
			// a subject that he or she refers back to is a person the
			// recogniser may have mistyped, if it reads like one: one
			// word, or a given name first ("Tods Murray", "Sunset
			// Garden" are bodies); "it" keeps organisations
			c.org = g == 'n' || lexicon.IsSpeakerOrgHead(a.lowTok(a.tokAt(n.e-1))) ||
				(g == 'm' || g == 'f') && (!personLike(a.ents[ei]) || a.opensOrgName(ei)) && !a.afterTitle(n.s)
		default:
			c.org = true
		}
	} else {
		c.name = a.canonical(a.text[n.s:n.e])
		c.org = lexicon.IsSpeakerOrgHead(a.lowTok(a.tokAt(n.e - 1)))
	}
	return c
}

// afterTitle reports whether a title stands right before offset off: "Senator Kent Conrad".
func (a *qattributor) afterTitle(off int) bool {
	k := a.tokAt(off)
	return k > 0 && k < len(a.d.Toks) && a.d.Toks[k].Start == off && lexicon.IsTitle(strings.TrimSuffix(a.lowTok(k-1), "."))
}

// opensOrgName reports whether the one-word name of entity ei opens the
// name of another body of the article and is no person's surname there:
// "Sudbury" of the "Sudbury Nickel Kings", a short form of the team, not
// a person the recogniser mistyped.
func (a *qattributor) opensOrgName(ei int) bool {
	name := a.ents[ei].Name
	if strings.ContainsRune(name, ' ') || a.surnameOfPerson(name) {
		return false // "Bloomberg" of "Michael Bloomberg" and of "Bloomberg Philanthropies" is the man
	}
	for i, o := range a.ents {
		if i != ei && o.Type == contract.Org && len(o.Name) > len(name)+1 && strings.HasPrefix(o.Name, name) && o.Name[len(name)] == ' ' {
			return true
		}
	}
	return false
}

// personLike reports whether an organisation may be a person the
// recogniser mistyped: a title given to it ("President Kim"), a name of one
// word that is no acronym, a given name first, or else a name that no word
// marks as a body's ("Columbia Journalism School", "Sunset Garden",
// "Centre for Youth and Media" are bodies).
func personLike(e contract.Entity) bool {
	if len(e.Titles) > 0 {
		return true
	}
	f := strings.Fields(e.Name)
	switch {
	case len(f) == 0:
		return false
	case len(f) == 1:
		return !lexicon.IsAllCaps(f[0])
	case lexicon.NameGender(lexicon.Key(f[0])) != 0:
		return true
	}
	if _, ok := lexicon.KnownOrg(lexicon.Key(e.Name)); ok {
		return false
	}
	for _, w := range f {
		k := lexicon.Key(w)
		if k == "and" || k == "for" || w == "&" || lexicon.IsOrgHead(k) || lexicon.IsFacilityHead(k) || lexicon.IsLocationHead(k) || lexicon.IsCompanySuffix(k) {
			return false
		}
	}
	return true
}

// firstInSentence returns the first candidate of the lists (each sorted
// by start) in sentence st that ok accepts.
func firstInSentence(lists [][]qcand, st textdoc.Sentence, ok func(qcand) bool) (qcand, bool) {
	var best qcand
	found := false
	for _, list := range lists {
		lo := sort.Search(len(list), func(i int) bool { return list[i].s >= st.Start })
		for i := lo; i < len(list) && list[i].s < st.End; i++ {
			c := list[i]
			if !ok(c) {
				continue
			}
			if !found || c.s < best.s {
				best, found = c, true
			}
		}
	}
	return best, found
}

// possessor reports whether candidate c owns the noun after it ("Rick
// Tocchet's team", "the Williams' side"): in a sentence that names another
// person, the possessor is seldom the one a later pronoun stands for.
func (a *qattributor) possessor(c qcand) bool {
	k := a.tokAt(c.e - 1)
	if k < 0 || k+1 >= len(a.d.Toks) || a.d.Toks[k].End != c.e {
		return false
	}
	switch a.d.Tok(k + 1) {
	case "'s", "\u2019s", "'", "\u2019":
		return a.d.Toks[k+1].Start == c.e
	}
	return false
}

// verbSubject reports whether a verb follows candidate c: "Jones insisted".
func (a *qattributor) verbSubject(c qcand) bool {
	k := a.tokAt(c.e - 1)
	if k < 0 || k >= len(a.d.Toks) || a.d.Toks[k].End != c.e {
		return false
	}
	for k++; k < len(a.d.Toks) && lexicon.IsCueSkip(a.lowTok(k)); k++ {
	}
	if k >= len(a.d.Toks) {
		return false
	}
	w := a.d.Tok(k)
	if w == "," && k+1 < len(a.d.Toks) && lexicon.IsDeterminer(a.lowTok(k+1)) {
		return true // "Jan Koller, the leader of the union …": a subject and its apposition
	}
	return a.lowerTok(k) && a.verbLikeTok(k)
}

// genderAgrees reports whether candidate c may be what a pronoun of gender g refers to.
func (a *qattributor) genderAgrees(c qcand, g byte) bool {
	cg := a.gender[c.name]
	return cg == 0 || cg == g
}

// hasLowerWord reports whether a word of s, in lower case, is w: whether
// strings.Fields(strings.ToLower(s)) holds w, read without building either,
// as the role resolution asks it of every body before the role.
func hasLowerWord(s, w string) bool {
	for f := range strings.FieldsSeq(s) {
		if lowerEquals(f, w) {
			return true
		}
	}
	return false
}

// lowerEquals reports whether strings.ToLower(f) == w, comparing an ASCII
// word byte by byte.
func lowerEquals(f, w string) bool {
	for i := 0; i < len(f); i++ {
		if f[i] >= 0x80 {
			return strings.ToLower(f) == w
		}
	}
	if len(f) != len(w) {
		return false
	}
	for i := 0; i < len(f); i++ {
		c := f[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != w[i] {
			return false
		}
	}
	return true
}

// hasWord reports whether the space-separated words of s (a lower-case
// title, periods dropped) include w.
func hasWord(s, w string) bool {
	for s != "" {
		i := strings.IndexByte(s, ' ')
		f := s
		if i >= 0 {
			f, s = s[:i], s[i+1:]
		} else {
			s = ""
		}
		if strings.TrimSuffix(f, ".") == w {
			return true
		}
	}
	return false
}

// roleAntecedent finds the nearest earlier person or organisation whose
// titles or name hold the role word head ("the minister" → "Defence
// Minister Amir Hatami"; "the ministry" → "the Defence Ministry").
func (a *qattributor) roleAntecedent(off int, head, mention string) (qcand, bool) {
	a.buildNames()
	// the words the candidate's titles must hold: "the prime minister" → prime, minister
	var want []string
	for t := a.tokAt(off); t >= 0 && t < len(a.d.Toks) && a.d.Toks[t].End <= off+len(mention); t++ {
		w := strings.TrimSuffix(a.lowTok(t), ".")
		if w == "" || lexicon.IsDeterminer(w) || lexicon.IsSoftRole(w) || w == "'s" || w == "\u2019s" || !unicode.IsLetter(firstRune(w)) {
			continue
		}
		if t+1 < len(a.d.Toks) && (a.d.Tok(t+1) == "'s" || a.d.Tok(t+1) == "\u2019s") {
			continue // the possessor: "Clinton's spokesman"
		}
		if ei := a.entityAt(a.d.Toks[t].Start, a.d.Toks[t].End); ei >= 0 && (a.ents[ei].Type == contract.NORP || a.ents[ei].Type == contract.GPE) {
			continue // "the Iranian foreign minister": the titles need not say Iranian
		}
		want = append(want, w)
	}
	if len(want) == 0 {
		want = []string{head}
	}
	var best qcand
	found := false
	lowMention := strings.ToLower(mention)
	try := func(list []qcand) {
		last := sort.Search(len(list), func(i int) bool { return list[i].s >= off })
		for i := last - 1; i >= 0 && i >= last-200; i-- {
			c := list[i]
			if found && c.s <= best.s {
				continue
			}
			titled := a.titled[c.name]
			has := func(w string) bool {
				for _, t := range c.titles {
					if hasWord(t, w) {
						return true
					}
				}
				for _, t := range titled {
					if t == w {
						return true
					}
				}
				return false
			}
			match := len(c.titles)+len(titled) > 0
			for _, w := range want {
				if match && !has(w) {
					match = false
				}
			}
			if match {
				for _, w := range []string{"deputy", "vice", "shadow", "former", "acting", "assistant"} {
					if has(w) && !strings.Contains(lowMention, w) {
						match = false // the deputy prime minister is not the prime minister
					}
				}
			}
			if !match && c.org && hasLowerWord(c.name, head) {
				match = true
			}
			if match {
				best, found = c, true
				return
			}
		}
	}
	try(a.people)
	try(a.spk)
	try(a.orgs)
	return best, found
}

// reporterPronounBefore returns the offset of a pronoun of gender g that is
// the subject of a reporting clause in one of the two sentences before
// sentence s in its paragraph ("Nobody, he claimed, could …", "…, she
// said."): the speaker whose report the sentences after go on with.
func (a *qattributor) reporterPronounBefore(s int, g byte) (int, bool) {
	para := a.d.Sents[s].Para
	for t := s - 1; t >= 0 && t >= s-2 && a.d.Sents[t].Para == para; t-- {
		st := a.d.Sents[t]
		for k := st.TokStart; k < st.TokEnd; k++ {
			if qPronouns[a.lowTok(k)] != g || a.inQuote(k) {
				continue
			}
			if off := a.d.Toks[k].Start; a.reportsSentence(t, off) {
				return off, true
			}
		}
	}
	return 0, false
}
