package newsparse

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsparse/newsparse/internal/lexicon"
)

// Attribution: each quotation paired in quotes.go is given its speaker from
// the reporting cues, subjects, pronouns and roles around it, in the order
// of evidence described at the top of quotes.go.

// qnpKind is the kind of noun phrase that names a speaker.
type qnpKind int

const (
	qnNone qnpKind = iota
	qnName         // a proper name: "Hatami", "the White House"
	qnPron         // a personal pronoun: "he", "they"
	qnWho          // a relative pronoun whose antecedent is ante
	qnRole         // a common noun phrase: "the minister", "a spokesman for the ministry"
)

// np is a speaker mention found in the text.
type qnp struct {
	kind qnpKind
	s, e int    // byte span of the mention
	head string // lower-case head word (roles, pronouns)
	ante *qnp   // antecedent of a relative pronoun
}

// qcand is an earlier mention a pronoun or role can resolve to.
type qcand struct {
	s, e   int
	name   string
	ent    string
	titles []string // lower-case title words
	org    bool
}

// qentMention is one mention of an entity, for overlap look-ups.
type qentMention struct {
	s, e int
	idx  int
}

// attribution is what the attributor decided for one quotation.
type qattribution struct {
	sp       *Speaker
	cue      string
	inSent   bool // attributed by a cue in the quotation's own sentence
	explicit bool // attributed by a cue anywhere (not inherited)
	subj     bool // attributed to the subject of the writer's sentence, without a cue
	follows  bool // inherited from an attributed quotation earlier in the same paragraph
}

type qattributor struct {
	d      *doc
	text   string
	qs     []qspan
	ents   []Entity
	ments  []qentMention // sorted by start
	people []qcand       // sorted by start: person-like mentions outside the attribution
	orgs   []qcand       // sorted by start: organisation entities' mentions
	spk    []qcand       // named speakers found so far, in document order
	gender map[string]byte
	names  map[string]string // surname key -> fullest name (fallback when no entity)
	titled map[string][]string
	built  bool
	cbuf   []qcue
	head   int // 0 unknown, 1 the first paragraph is a headline, 2 it is not

	personAt   map[int]bool      // tokens that open a person's mention though they are capStop words ("Will Doyle")
	labelNames map[string]string // transcript labels: surname → the fullest label, title-cased ("WALLACE" → "Chris Wallace")
}

func newQAttributor(d *doc, ents []Entity, qs []qspan) *qattributor {
	a := &qattributor{d: d, text: d.text, qs: qs, ents: ents, gender: map[string]byte{}}
	n := 0
	for _, e := range ents {
		n += len(e.Mentions)
	}
	if n > 0 {
		a.ments = make([]qentMention, 0, n)
	}
	for i, e := range ents {
		var titles []string // shared by the entity's mentions
		for _, t := range e.Titles {
			titles = append(titles, strings.ToLower(t))
		}
		for _, m := range e.Mentions {
			if m.Start < 0 || m.End > len(d.text) || m.Start >= m.End {
				continue
			}
			a.ments = append(a.ments, qentMention{m.Start, m.End, i})
			c := qcand{s: m.Start, e: m.End, name: e.Name, ent: e.ID, titles: titles}
			switch e.Type {
			case Person:
				a.people = append(a.people, c)
			case Org, GPE, NORP:
				c.org = true
				a.orgs = append(a.orgs, c)
			}
		}
	}
	for _, m := range a.ments {
		if e := ents[m.idx]; e.Type == Person {
			if k := a.tokAt(m.s); k < len(d.toks) && d.toks[k].Start == m.s && k+1 < len(d.toks) && d.toks[k+1].Start < m.e && isCapStop(d.tok(k)) {
				if a.personAt == nil {
					a.personAt = map[int]bool{}
				}
				a.personAt[k] = true
			}
		}
	}
	for _, e := range ents {
		// "Jerome Powell" is a he, "Elizabeth Warren" a she
		if e.Type == Person && a.gender[e.Name] == 0 {
			if i := strings.IndexByte(e.Name, ' '); i > 0 {
				if g := lexicon.NameGender(lexicon.Key(e.Name[:i])); g != 0 {
					a.gender[e.Name] = g
				}
			}
		}
	}
	sort.Slice(a.ments, func(i, j int) bool { return a.ments[i].s < a.ments[j].s })
	sort.Slice(a.orgs, func(i, j int) bool { return a.orgs[i].s < a.orgs[j].s })
	sort.Slice(a.people, func(i, j int) bool { return a.people[i].s < a.people[j].s })
	return a
}

// capStop reports whether token k is a capitalised word that opens no
// name ("The", "Will" as a verb), unless a person's mention starts with it
// ("Will Doyle").
func (a *qattributor) capStop(k int) bool {
	return !a.personAt[k] && isCapStop(a.d.tok(k))
}

// isCapStop reports whether w, in any case, is a word of qCapStop. It
// lower-cases the word in a buffer: this runs on every capitalised token.
func isCapStop(w string) bool {
	var buf [16]byte
	if len(w) > len(buf) {
		return false // no stop word is that long
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= 0x80 {
			return qCapStop[strings.ToLower(w)]
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	return qCapStop[string(buf[:len(w)])]
}

// tokAt returns the index of the first token that ends after off.
func (a *qattributor) tokAt(off int) int {
	return sort.Search(len(a.d.toks), func(i int) bool { return a.d.toks[i].End > off })
}

// quoteAt returns the index of the quotation whose outer span holds off, or -1.
func (a *qattributor) quoteAt(off int) int {
	i := sort.Search(len(a.qs), func(i int) bool { return a.qs[i].oe > off })
	if i < len(a.qs) && a.qs[i].os <= off {
		return i
	}
	return -1
}

// inQuote reports whether token i lies inside a quotation (marks included).
func (a *qattributor) inQuote(i int) bool { return a.quoteAt(a.d.toks[i].Start) >= 0 }

func qIsCap(t string) bool {
	r, _ := utf8.DecodeRuneInString(t)
	if unicode.IsUpper(r) || unicode.IsTitle(r) {
		return true
	}
	// "al-Assad", "el-Sisi", "bin-Salman": a particle joined to a name
	if h := strings.IndexByte(t, '-'); h > 0 && h <= 3 && h+1 < len(t) {
		r2, _ := utf8.DecodeRuneInString(t[h+1:])
		return unicode.IsLower(r) && unicode.IsUpper(r2)
	}
	return false
}

func qIsLower(t string) bool {
	r, _ := utf8.DecodeRuneInString(t)
	return unicode.IsLower(r)
}

// qLower returns t in lower case, without allocating for words already lower-case ASCII.
func qLower(t string) string {
	for i := 0; i < len(t); i++ {
		if c := t[i]; c >= 'A' && c <= 'Z' || c >= 0x80 {
			return strings.ToLower(t)
		}
	}
	return t
}

var qPronouns = map[string]byte{"he": 'm', "she": 'f', "they": 'p', "we": 'p', "i": 's', "you": 's', "it": 'n'}

var qRelPronouns = map[string]bool{"who": true, "which": true, "that": true}

// qNameConnectors join the words of a proper name ("Secretary of State", "Osama bin Laden").
var qNameConnectors = map[string]bool{"of": true, "de": true, "da": true, "del": true, "della": true, "di": true, "du": true,
	"van": true, "von": true, "der": true, "den": true, "la": true, "le": true, "bin": true, "ibn": true, "al": true,
	"el": true, "&": true, "y": true, "dos": true, "das": true, "ter": true, "st.": true, "for": true}

// qCapStop are capitalised words that begin sentences or phrases but never names.
var qCapStop = map[string]bool{"the": true, "a": true, "an": true, "but": true, "and": true, "or": true, "in": true, "on": true,
	"at": true, "for": true, "so": true, "yet": true, "then": true, "when": true, "while": true, "after": true, "before": true,
	"also": true, "meanwhile": true, "however": true, "still": true, "now": true, "this": true, "that": true, "these": true,
	"those": true, "his": true, "her": true, "their": true, "its": true, "our": true, "my": true, "it": true, "he": true,
	"she": true, "they": true, "we": true, "i": true, "you": true, "as": true, "if": true, "though": true, "although": true,
	"because": true, "since": true, "last": true, "earlier": true, "later": true, "speaking": true, "asked": true,
	"former": true, "late": true, "by": true, "with": true, "from": true, "to": true, "of": true, "said": true, "says": true,
	"according": true, "monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true,
	"saturday": true, "sunday": true, "today": true, "yesterday": true, "tonight": true, "there": true, "here": true,
	"what": true, "who": true, "why": true, "how": true, "where": true, "one": true, "two": true, "some": true, "many": true,
	"all": true, "both": true, "each": true, "every": true, "no": true, "not": true, "is": true, "was": true, "will": true,
	"would": true, "hours": true, "days": true, "minutes": true, "weeks": true, "months": true, "years": true,
	"moments": true, "more": true, "most": true, "less": true, "few": true, "several": true, "such": true,
	"another": true, "any": true, "much": true, "other": true, "january": true, "february": true, "march": true, "april": true, "june": true, "july": true,
	"august": true, "september": true, "october": true, "november": true, "december": true}

// qDeterminers open a common noun phrase.
var qDeterminers = map[string]bool{"the": true, "a": true, "an": true, "his": true, "her": true, "its": true, "their": true,
	"our": true, "this": true, "that": true, "these": true, "those": true, "another": true, "one": true, "two": true,
	"three": true, "several": true, "some": true, "many": true, "other": true, "both": true, "each": true}

// qCueSkip are words that may stand between a speaker and the reporting verb ("he also said", "she has said").
var qCueSkip = map[string]bool{"also": true, "later": true, "then": true, "previously": true, "recently": true, "once": true,
	"again": true, "repeatedly": true, "reportedly": true, "further": true, "simply": true, "only": true, "just": true,
	"has": true, "have": true, "had": true, "was": true, "is": true, "were": true, "are": true, "would": true, "will": true,
	"did": true, "does": true, "do": true, "flatly": true, "quickly": true, "publicly": true,
	"privately": true, "openly": true, "initially": true, "first": true, "often": true, "frequently": true, "even": true,
	"never": true, "always": true, "already": true, "subsequently": true, "finally": true, "immediately": true,
	"could": true, "might": true, "may": true, "should": true, "must": true, "can": true, "not": true, "n't": true,
	"been": true, "being": true, "be": true, "allegedly": true, "angrily": true, "bluntly": true,
	"candidly": true, "defiantly": true, "famously": true, "jokingly": true, "memorably": true, "succinctly": true,
	"tersely": true, "curtly": true, "sarcastically": true, "proudly": true, "confidently": true, "emphatically": true,
	"meanwhile": true, "however": true, "though": true, "too": true, "instead": true, "separately": true,
	"today": true, "yesterday": true, "tonight": true, "earlier": true}

// qNounPreceders mark the next word as a noun, not a verb ("in comments", "the report").
var qNounPreceders = map[string]bool{"the": true, "a": true, "an": true, "in": true, "his": true, "her": true, "their": true,
	"its": true, "of": true, "our": true, "my": true, "your": true, "these": true, "those": true, "this": true,
	"'s": true, "\u2019s": true, "such": true, "no": true, "any": true, "whose": true, "for": true, "with": true}

// cueAt reports whether token i is a reporting cue, returning its length in
// tokens and its base form ("according to" for the phrase).
func (a *qattributor) cueAt(i, hi int) (int, string) {
	t := a.d.tok(i)
	if t == "According" {
		t = "according"
	} else if qIsCap(t) && (i == 0 || a.d.sentOf(a.d.toks[i].Start) >= 0 && a.d.sents[a.d.sentOf(a.d.toks[i].Start)].tokStart == i) {
		switch t {
		case "Said", "Says", "Added", "Asked", "Wrote", "Tweeted", "Replied", "Continued", "Explained", "Recalled",
			"Adding", "Saying", "Asking", "Writing", "Noting", "Explaining":
			t = strings.ToLower(t) // "Said Ellis: …"
		}
	}
	if (t == "put" || t == "puts") && i+1 < hi && a.d.tok(i+1) == "it" {
		return 2, "put it"
	}
	if (t == "went" || t == "goes" || t == "go") && i+1 < hi && a.d.tok(i+1) == "on" && (i+2 >= hi || !qIsLower(a.d.tok(i+2)) || a.d.tok(i+2) == "to") {
		return 2, "go on" // "…," Trump went on.
	}
	if !qIsLower(t) {
		return 0, ""
	}
	if t == "according" {
		if i+1 < hi && a.d.tok(i+1) == "to" {
			return 2, "according to"
		}
		return 0, ""
	}
	base, ok := lexicon.ReportingVerbs[t]
	if !ok {
		return 0, ""
	}
	if (t == base || t[len(t)-1] == 's') && !strings.HasSuffix(t, "ed") && !presentCues[base] {
		// "the mental state", "his claims": more often nouns, unless a name
		// stands before and the clause ends after ("…," Conway notes.)
		ok := false
		if i > 0 && i+1 < hi {
			p, n := a.d.tok(i-1), a.d.tok(i+1)
			lp := qLower(p)
			if (qIsCap(p) && !qCapStop[lp] || lp == "he" || lp == "she" || lp == "it" ||
				qIsLower(p) && i > 1 && qDeterminers[qLower(a.d.tok(i-2))] && (n == "that" || qIsQuoteRune(firstRune(n)))) &&
				(n == "." || n == "," || n == ":" || n == "that" || qIsQuoteRune(firstRune(n))) {
				ok = true
			}
		}
		if !ok {
			return 0, ""
		}
	}
	if i > 0 && (qNounPreceders[qLower(a.d.tok(i-1))] || a.d.tok(i-1) == "than") {
		return 0, "" // "in comments", "rather than respond"
	}
	if t != base && !strings.HasSuffix(t, "ing") && !strings.HasSuffix(t, "s") {
		// a passive ("it was agreed", "he was told") reports no speaker as its subject
		k := i - 1
		for k >= 0 && k > i-3 && qCueSkip[a.d.tok(k)] && !beVerbs[a.d.tok(k)] {
			k--
		}
		if k >= 0 && beVerbs[a.d.tok(k)] {
			if nx := qLower(a.d.tok(min(i+2, hi-1))); i+2 < hi && a.d.tok(i+1) == "by" &&
				(qIsCap(a.d.tok(i+2)) || qDeterminers[nx] || lexicon.SpeakerNouns[nx] || lexicon.Titles[nx]) {
				return 2, base + " by" // "Rubio was asked by moderator Gerard Baker"
			}
			return 0, ""
		}
	}
	if base == "put" {
		return 0, ""
	}
	if i+1 < hi {
		n := a.d.tok(i + 1)
		switch base {
		case "charge", "report", "post", "text", "shoot", "read":
			if n == "for" || n == "on" || n == "with" || n == "off" || n == "up" || n == "out" {
				if !(base == "shoot" && n == "back") {
					return 0, ""
				}
			}
		}
		if base == "shoot" && n != "back" || base == "continue" && n == "to" {
			return 0, ""
		}
	}
	return 1, base
}

// presentCues are reporting verbs whose present forms are seldom nouns ("they say", "she tells").
var presentCues = map[string]bool{"say": true, "tell": true, "add": true, "write": true, "ask": true, "insist": true,
	"warn": true, "explain": true, "argue": true, "admit": true, "read": true, "declare": true, "predict": true,
	"suggest": true, "acknowledge": true, "recall": true, "concede": true, "contend": true, "maintain": true,
	"complain": true, "reply": true, "respond": true, "wonder": true, "continue": true, "conclude": true,
	"assert": true, "observe": true, "recount": true, "urge": true, "allege": true, "announce": true, "caution": true,
	"describe": true, "accuse": true, "call": true, "agree": true, "boast": true, "muse": true, "quip": true, "testify": true, "joke": true}

var beVerbs = map[string]bool{"was": true, "were": true, "is": true, "are": true, "been": true, "be": true, "being": true, "am": true}

// qcue is one reporting cue found in a sentence.
type qcue struct {
	tok, n int
	base   string
	si     int
}

// findCues returns the reporting cues of quotation q's own sentences,
// best first: a cue right after a quotation that ends with its own
// punctuation ("…," she said; "…?" asked Hatami), then cues before the
// quotation, nearest first, then other cues after it. The sentence after
// the quotation counts when the quotation ends its sentence ("…?" Clinton said.).
func (a *qattributor) findCues(q qspan, buf []qcue) []qcue {
	buf = buf[:0]
	sa := a.d.sentOf(q.os)
	sb := a.d.sentOf(max(q.oe-1, q.os))
	if sb < 0 {
		sb = a.d.sentOf(max(q.ce-1, q.os)) // a quotation closed by the next one's opening mark
	}
	if sa < 0 || sb < 0 {
		return buf
	}
	qa := a.tokAt(q.os)
	qb := a.tokAt(max(q.oe-1, q.os))
	// does the quotation end with its own punctuation, ready for an attribution after it?
	ownPunct := false
	if r, _ := utf8.DecodeLastRuneInString(a.text[q.cs:q.ce]); r == ',' || r == '?' || r == '!' || r == '\u2026' || r == '\u2014' || r == '-' {
		ownPunct = true
	}
	if qb+1 < len(a.d.toks) {
		if t := a.d.tok(qb + 1); t == "," || t == "\u2014" || t == "--" {
			ownPunct = true
		}
	}
	last := sb
	if sb+1 < len(a.d.sents) && a.d.sents[sb+1].para == a.d.sents[sb].para && a.d.sents[sb].tokEnd-1 <= qb+1 &&
		a.d.sents[sb+1].tokEnd-a.d.sents[sb+1].tokStart <= 12 && a.quoteAt(a.d.sents[sb+1].Start) < 0 && ownPunct {
		// "…?" Clinton said.
		last = sb + 1
	}
	type ranked struct {
		c          qcue
		class, dst int
	}
	var rk [16]ranked
	n := 0
	for si := sa; si <= last; si++ {
		s := a.d.sents[si]
		end := s.tokEnd
		if si > sb && end > s.tokStart+10 {
			end = s.tokStart + 10
		}
		// attributions stand near their quotation: a window keeps long
		// sentences with many quotations linear
		start := max(s.tokStart, qa-cueWindow)
		end = min(end, qb+cueWindow+1)
		for i := start; i < end; i++ {
			if qi := a.quoteAt(a.d.toks[i].Start); qi >= 0 {
				// skip to the end of that quotation
				for i+1 < end && a.d.toks[i+1].Start < a.qs[qi].oe {
					i++
				}
				continue
			}
			cl, base := a.cueAt(i, s.tokEnd)
			if cl == 0 {
				continue
			}
			r := ranked{c: qcue{tok: i, n: cl, base: base, si: si}}
			switch {
			case i < qa:
				r.class, r.dst = 1, qa-i
			case ownPunct && i-qb <= 12 && !a.boundaryBetween(qb+1, i):
				r.class, r.dst = 0, i-qb
			default:
				r.class, r.dst = 2, i-qb
			}
			if n < len(rk) {
				rk[n] = r
				n++
			}
		}
	}
	// insertion sort by class, then distance
	for x := 1; x < n; x++ {
		for y := x; y > 0 && (rk[y].class < rk[y-1].class || rk[y].class == rk[y-1].class && rk[y].dst < rk[y-1].dst); y-- {
			rk[y], rk[y-1] = rk[y-1], rk[y]
		}
	}
	for x := 0; x < n; x++ {
		buf = append(buf, rk[x].c)
	}
	return buf
}

// firstRune returns the first rune of s.
func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}

// boundaryBetween reports whether a clause boundary or conjunction stands
// between tokens i and j ("…," while 73 percent said).
func (a *qattributor) boundaryBetween(i, j int) bool {
	for k := i; k < j; k++ {
		w := qLower(a.d.tok(k))
		if clauseBoundaries[w] || w == "and" || w == "but" || w == "as" || w == "which" || w == "who" {
			return true
		}
	}
	return false
}

// cueWindow is how many tokens around a quotation, or at the end of a
// sentence, the search for cues and subjects reads.
const cueWindow = 60

// cuesIn returns the cues of sentence si outside quotations: those in its
// last cueWindow tokens when last is set, else in its first.
func (a *qattributor) cuesIn(si int, last bool) []qcue {
	var out []qcue
	s := a.d.sents[si]
	from, to := s.tokStart, s.tokEnd
	if last {
		from = max(from, to-cueWindow)
	} else {
		to = min(to, from+cueWindow)
	}
	for i := from; i < to; i++ {
		if a.inQuote(i) {
			continue
		}
		if n, base := a.cueAt(i, s.tokEnd); n > 0 {
			out = append(out, qcue{tok: i, n: n, base: base, si: si})
		}
	}
	return out
}

// subject returns the speaker mention of cue c.
func (a *qattributor) subject(c qcue) qnp {
	s := a.d.sents[c.si]
	lo, hi := s.tokStart, s.tokEnd
	if c.base == "according to" || strings.HasSuffix(c.base, " by") {
		return a.npAfter(c.tok+2, hi)
	}
	t := a.d.tok(c.tok)
	if strings.HasSuffix(t, "ing") {
		// "footage of Clinton asking", "Trump reportedly saying": the name
		// right before the participle
		if j := a.skipBack(c.tok-1, lo); j >= lo && !a.inQuote(j) {
			if w := a.d.tok(j); qIsCap(w) {
				if n := a.npBefore(j, lo); n.kind == qnName {
					return n
				}
			}
		}
		// "…, saying": the subject of the main clause
		st := a.clauseStart(lo, c.tok)
		if n := a.mainSubject(st, c.tok); n.kind != qnNone {
			return n
		}
		if n := a.clauseSubject(st, c.tok); n.kind != qnNone {
			return n
		}
		// "Adding, “…”": a participle opening its sentence speaks for the
		// subject of the sentence before
		if st == lo && c.si > 0 && a.d.sents[c.si-1].para == s.para {
			ps := a.d.sents[c.si-1]
			return a.mainSubject(ps.tokStart, ps.tokEnd)
		}
		return qnp{}
	}
	j := a.skipBack(c.tok-1, lo)
	if j >= lo {
		if w := a.d.tok(j); w == "and" || w == "but" || w == "or" || w == "to" {
			// "X met Y and said": the subject of the coordinated clause
			st := a.clauseStart(lo, j)
			if n := a.mainSubject(st, j); n.kind != qnNone {
				return n
			}
			return a.clauseSubject(st, j)
		}
	}
	if j >= lo && a.inQuote(j) {
		// a closing mark glued to the name after it: `…,”Clinton said`
		qi := a.quoteAt(a.d.toks[j].Start)
		if e := a.d.toks[j].End; e > a.qs[qi].oe && qIsCap(a.text[a.qs[qi].oe:e]) {
			return qnp{kind: qnName, s: a.qs[qi].oe, e: e}
		}
	}
	if j < lo || a.inQuote(j) || (a.d.tok(j) == "," && (j-1 < lo || a.inQuote(j-1))) {
		if objectVerbs[c.base] && !invertingObjectVerbs[c.base] {
			return qnp{} // inverted speech is said, not described: "…," said X
		}
		if n := a.npAfter(c.tok+c.n, hi); n.kind != qnNone {
			return n
		}
		return qnp{}
	}
	if n := a.npBefore(j, lo); n.kind != qnNone {
		return n
	}
	if objectVerbs[c.base] {
		return qnp{} // the one told, asked, thanked or described does not speak
	}
	return a.npAfter(c.tok+c.n, hi)
}

// objectOf reports whether a verb of objectVerbs stands among tokens
// [lo, j), so that a noun phrase at j is its object.
func (a *qattributor) objectOf(lo, j int) bool {
	for k := lo; k < j; k++ {
		if w := a.d.tok(k); qIsLower(w) && objectVerbs[lexicon.ReportingVerbs[w]] {
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
	"congratulate": true, "credit": true, "blame": true, "warn": true, "question": true, "tease": true}

// invertingObjectVerbs among objectVerbs also stand before their speaker
// after a quotation: "…?" asked Lee; "…," warned Lee.
var invertingObjectVerbs = map[string]bool{"ask": true, "warn": true, "urge": true, "question": true, "tease": true}

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

// skipBack skips, going back from token j, the adverbs, auxiliaries and
// time phrases between a speaker and the verb ("has also", "in 2010",
// "on Tuesday"); it returns the token before them.
func (a *qattributor) skipBack(j, lo int) int {
	for j >= lo {
		w := qLower(a.d.tok(j))
		if qCueSkip[w] || len(w) > 5 && strings.HasSuffix(w, "ly") && !nounsInLy[w] {
			j-- // "Gorka similarly warned"
			continue
		}
		if j-1 >= lo && (timeWords[w] || isDigitByte(w[0])) {
			if p := qLower(a.d.tok(j - 1)); p == "later" || p == "earlier" || p == "late" || p == "early" {
				j -= 2 // "Priebus later Thursday told"
				continue
			}
			k := j - 1
			if k >= lo && (qDeterminers[qLower(a.d.tok(k))] || qLower(a.d.tok(k)) == "last") {
				k--
			}
			if k >= lo {
				if p := qLower(a.d.tok(k)); p == "in" || p == "on" || p == "at" || p == "last" || p == "this" {
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
		if w := qLower(a.d.tok(k)); clauseBoundaries[w] {
			switch w {
			case "after", "before", "since", "until", "once", "that":
				// a preposition as often as a conjunction: "went after Bush"
				n, e := a.npAfter0(k+1, j)
				if n.kind == qnNone || e >= j || !(qIsLower(a.d.tok(e)) && verbLike(qLower(a.d.tok(e)))) {
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
	if dl := a.d.meta.Dateline; dl != nil && a.d.toks[i].Start < dl.End && a.d.toks[i].End > dl.Start {
		return false // "WASHINGTON —" opens the story, it does not speak
	}
	w := a.d.tok(i)
	lw := qLower(w)
	_, pron := qPronouns[lw]
	if !(qIsCap(w) && !a.capStop(i) || qDeterminers[lw] || pron && lw != "it" && lw != "you") {
		return false
	}
	if i > lo {
		if p := qLower(a.d.tok(i - 1)); qIsPrep(p) || p == "'s" || p == "\u2019s" ||
			p == "the" && i-1 > lo && qIsPrep(qLower(a.d.tok(i-2))) {
			return false
		}
	}
	return true
}

// commaSubject returns the noun phrase that opens a chain of commas before
// token j: "Clinton, during a town hall in Columbus, Ohio, said".
func (a *qattributor) commaSubject(lo, j int) qnp {
	lo = max(lo, j-cueWindow)
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
		if k < j && a.d.tok(k) == "," {
			if n.kind == qnRole || n.kind == qnName && a.endsInTitle(n) {
				// "her senior policy adviser, Jake Sullivan, said"; "The Home Secretary, Yvette Cooper, said"
				if m, k2 := a.npAfter0(k+1, j); m.kind == qnName && k2 == j {
					return m
				}
			}
			return n
		}
		if k < j && qIsLower(a.d.tok(k)) && verbLike(qLower(a.d.tok(k))) {
			return qnp{} // a clause of its own comes first
		}
		i = k
	}
	return qnp{}
}

// commonVerbs are frequent irregular past forms and auxiliaries that mark the
// word before them as a clause's subject.
var commonVerbs = map[string]bool{"went": true, "came": true, "made": true, "took": true, "gave": true, "got": true,
	"told": true, "said": true, "met": true, "saw": true, "ran": true, "won": true, "lost": true, "left": true,
	"kept": true, "held": true, "brought": true, "thought": true, "began": true, "became": true, "wrote": true,
	"spoke": true, "sent": true, "spent": true, "stood": true, "felt": true, "found": true, "heard": true, "led": true,
	"paid": true, "put": true, "set": true, "hit": true, "let": true, "cut": true, "struck": true, "sought": true,
	"fought": true, "bought": true, "built": true, "drew": true, "drove": true, "knew": true,
	"grew": true, "threw": true, "chose": true, "broke": true, "rose": true, "fell": true, "shot": true, "sang": true,
	"can": true, "knows": true, "wants": true, "needs": true, "gets": true, "goes": true, "makes": true, "takes": true}

// verbLike reports whether a lower-case word looks like a finite verb.
func verbLike(w string) bool {
	if commonVerbs[w] || qCueSkip[w] || beVerbs[w] || lexicon.ReportingVerbs[w] != "" {
		return true
	}
	if qIsPrep(w) || qDeterminers[w] || qRelPronouns[w] || w == "and" || w == "or" {
		return false
	}
	return len(w) > 3 && (strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "ous"))
}

// mainSubject returns the subject of the clause in tokens [lo, hi): the
// first noun phrase that no preposition governs and that a verb-like word
// follows ("Speaking in Salem, New Hampshire, Trump went after Bush": Trump).
func (a *qattributor) mainSubject(lo, hi int) qnp {
	lo = max(lo, hi-cueWindow)
	var comma qnp // a phrase followed by a comma, the last resort
	for i := lo; i < hi; {
		if a.inQuote(i) {
			i++
			continue
		}
		if !a.startsSubject(lo, i) {
			i++
			continue
		}
		n, k := a.npAfter0(i, hi)
		if n.kind == qnNone || k <= i {
			i++
			continue
		}
		if n.kind == qnRole && k+1 < hi && a.d.tok(k) == "," {
			// "a senior diplomat, ambassador William Roebuck, visited"
			if m, k2 := a.npAfter0(k+1, hi); m.kind == qnName && k2 < hi && a.d.tok(k2) == "," {
				n, k = m, k2+1
			}
		}
		if k >= hi {
			break
		}
		nx := qLower(a.d.tok(k))
		if qCueSkip[nx] || qIsLower(a.d.tok(k)) && verbLike(nx) {
			return n
		}
		if a.d.tok(k) == "," && comma.kind == qnNone && !a.loneWord(n) {
			comma = n
		}
		i = k
	}
	return comma
}

// commonOpener reports whether n is only a common word that opens its
// sentence in capitals, such as "Do well enough …" or "Ironically, …".
func (a *qattributor) commonOpener(n qnp) bool {
	if a.tokAt(n.s) != a.tokAt(n.e-1) {
		return false
	}
	if si := a.d.sentOf(n.s); si < 0 || a.d.sents[si].Start != n.s {
		return false
	}
	w := qLower(a.text[n.s:n.e])
	if lexicon.SpeakerNouns[w] {
		return false // "Police say …"
	}
	return lexicon.IsCommonWord(lexicon.Key(w)) || len(w) > 5 && strings.HasSuffix(w, "ly") && !nounsInLy[w]
}

// describes reports whether name n, covered by entity ei, is a nationality
// or group word after "the" that stands for one person: "the Australian".
func (a *qattributor) describes(n qnp, ei int) bool {
	k := a.tokAt(n.s)
	return a.ents[ei].Type == NORP && k > 0 && qLower(a.d.tok(k-1)) == "the" && k == a.tokAt(n.e-1) &&
		!strings.HasSuffix(a.d.tok(k), "s")
}

// endsInTitle reports whether the last word of n is a title: "Home Secretary".
func (a *qattributor) endsInTitle(n qnp) bool {
	w := strings.TrimSuffix(qLower(a.d.tok(a.tokAt(n.e-1))), ".")
	return lexicon.Titles[w]
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
		w := qLower(a.d.tok(i))
		if qCapStop[w] || w == "during" || w == "despite" || w == "following" || w == "amid" || w == "under" {
			comma := false
			for k := i; k < hi && k < i+12; k++ {
				if a.d.tok(k) == "," {
					i, comma = k+1, true
					break
				}
			}
			if !comma && qIsPrep(w) {
				// "On September 27 they said": skip the phrase's words
				k := i + 1
				for k < hi && k < i+6 && (qIsCap(a.d.tok(k)) || isDigitByte(a.d.tok(k)[0]) || qDeterminers[qLower(a.d.tok(k))]) {
					k++
				}
				i = k
			}
		}
	}
	if i < hi {
		if w := qLower(a.d.tok(i)); w == "but" || w == "and" || w == "so" || w == "yet" {
			i++
		}
	}
	if i+1 < hi && a.d.tok(i+1) == "," && a.entityAt(a.d.toks[i].Start, a.d.toks[i].End) < 0 {
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
	t := d.tok(j)
	if t == ")" {
		// "Rep. Gwen Moore (D-Wis.) said"
		k := j - 1
		for k >= lo && k > j-8 && d.tok(k) != "(" {
			k--
		}
		if k >= lo && d.tok(k) == "(" {
			return a.npBefore(k-1, lo)
		}
		return qnp{}
	}
	if t == "," {
		// "X, a senior diplomat, said" / "X, who ..., said"
		if n := a.commaSubject(a.clauseStart(lo, j), j); n.kind == qnName || n.kind == qnRole {
			return n
		}
		k := j - 1
		for k >= lo && k > j-30 && d.tok(k) != "," {
			if qi := a.quoteAt(d.toks[k].Start); qi >= 0 {
				if a.qs[qi].oe-a.qs[qi].os > 30 {
					break // a nickname may stand in the apposition, a quotation not
				}
			}
			k--
		}
		if k < lo || d.tok(k) != "," || k == j-1 {
			return qnp{}
		}
		allCap := j-k <= 6
		for x := k + 1; x < j && allCap; x++ {
			allCap = qIsCap(d.tok(x)) || qNameConnectors[d.tok(x)] || lexicon.Titles[qLower(d.tok(x))]
		}
		if allCap && j-k >= 2 {
			// "his wife, Gabriela Violeta Lazar, wrote": the name in apposition
			if n := a.npBefore(j-1, k+1); n.kind == qnName {
				return n
			}
		}
		f := qLower(d.tok(k + 1))
		roleIn := false
		for x := k + 1; x < j && !roleIn; x++ {
			roleIn = lexicon.SpeakerNouns[d.tok(x)] || lexicon.Titles[d.tok(x)]
		}
		if f == "who" || qDeterminers[f] || qIsLower(d.tok(k+1)) || lexicon.Titles[f] || j-k <= 3 || roleIn && j-k <= 10 {
			// "X, a senior diplomat, said"; "McConnell, R-Ky., said"; "Jones, 25, said"
			return a.npBefore(k-1, lo)
		}
		return qnp{}
	}
	lw := qLower(t)
	if g, ok := qPronouns[lw]; ok && g != 'n' || lw == "it" {
		return qnp{kind: qnPron, s: d.toks[j].Start, e: d.toks[j].End, head: lw}
	}
	if qRelPronouns[lw] {
		n := qnp{kind: qnWho, s: d.toks[j].Start, e: d.toks[j].End, head: lw}
		k := j - 1
		if k >= lo && d.tok(k) == "," {
			k--
		}
		if ante := a.npBefore(k, lo); ante.kind == qnName || ante.kind == qnRole {
			if ante.kind == qnRole {
				// "McConnell, now the Senate majority leader, who said": the name before the apposition
				c := a.tokAt(ante.s) - 1
				for c > lo && c > a.tokAt(ante.s)-3 && qIsLower(d.tok(c)) {
					c--
				}
				if c > lo && d.tok(c) == "," {
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
	if qIsCap(t) && !a.capStop(j) {
		k := j
		for k-1 >= lo && !a.inQuote(k-1) {
			p := d.tok(k - 1)
			if qIsCap(p) && !a.capStop(k-1) || qNameConnectors[p] && k-2 >= lo && qIsCap(d.tok(k-2)) {
				k--
				continue
			}
			break
		}
		// "a spokesman for the White House": the role is the speaker
		if k-1 >= lo {
			p := qLower(d.tok(k - 1))
			if p == "the" && k-2 >= lo {
				p = qLower(d.tok(k - 2))
				if p == "for" || p == "of" || p == "at" || p == "from" {
					if r := a.roleBefore(k-3, lo); r.kind == qnRole && lexicon.SpeakerNouns[r.head] {
						r.e = d.toks[j].End
						return r
					}
				}
			} else if p == "for" || p == "of" || p == "at" || p == "from" {
				if r := a.roleBefore(k-2, lo); r.kind == qnRole && lexicon.SpeakerNouns[r.head] {
					r.e = d.toks[j].End
					return r
				}
			}
		}
		// "George Zornick of The Nation wrote": the person before the organisation
		if b := k - 1; b > lo {
			if qLower(d.tok(b)) == "the" {
				b--
			}
			if p := qLower(d.tok(b)); b > lo && (p == "of" || p == "at" || p == "from") && qIsCap(d.tok(b-1)) && !qCapStop[qLower(d.tok(b-1))] {
				if n := a.npBefore(b-1, lo); n.kind == qnName {
					return n
				}
			}
		}
		return a.nameSpan(k, j+1)
	}
	if qIsLower(t) || isDigitByte(t[0]) {
		r := a.roleBefore(j, lo)
		if r.kind != qnRole {
			return r
		}
		// "Protesters marching through the streets chanted": skip the
		// prepositional phrase and the participle before it
		k := a.tokAt(r.s) - 1
		if k > lo && qIsPrep(qLower(d.tok(k))) && qLower(d.tok(k)) != "of" && qLower(d.tok(k)) != "for" {
			k--
			for k > lo && qIsLower(d.tok(k)) && (strings.HasSuffix(d.tok(k), "ing") || strings.HasSuffix(d.tok(k), "ed")) {
				k--
			}
			if n := a.npBefore(k, lo); n.kind == qnName || n.kind == qnRole {
				return n
			}
			if !lexicon.SpeakerNouns[r.head] {
				return qnp{}
			}
		}
		return r
	}
	return qnp{}
}

// roleBefore reads a common noun phrase ending at token j: "the minister",
// "Iranian officials", "the country's defence ministry".
func (a *qattributor) roleBefore(j, lo int) qnp {
	d := a.d
	if j < lo || !qIsLower(d.tok(j)) && !(isDigitByte(d.tok(j)[0]) && j-1 >= lo && qDeterminers[qLower(d.tok(j-1))]) {
		return qnp{}
	}
	head := qLower(d.tok(j))
	known := lexicon.SpeakerNouns[head]
	k := j
	det := false
	for k-1 >= lo && k > j-5 && !a.inQuote(k-1) {
		p := d.tok(k - 1)
		lp := qLower(p)
		if qDeterminers[lp] {
			k--
			det = true
			break
		}
		if lp == "'s" || lp == "\u2019s" {
			// "Clinton's spokesman", "the campaign's statement": the possessor belongs to the phrase
			k--
			if k-1 >= lo && !a.inQuote(k-1) {
				if qIsCap(d.tok(k - 1)) {
					for k-1 >= lo && qIsCap(d.tok(k-1)) && !a.inQuote(k-1) {
						k--
					}
				} else if r := a.roleBefore(k-1, lo); r.kind == qnRole {
					k = a.tokAt(r.s)
				}
			}
			det = true
			break
		}
		if qIsCap(p) && !qCapStop[lp] || qIsLower(p) && !qCueSkip[lp] && !qNounPreceders[lp] && !qRelPronouns[lp] && lexicon.ReportingVerbs[lp] == "" && lp != "and" && lp != "or" {
			k--
			continue
		}
		break
	}
	if !known && !det {
		return qnp{}
	}
	if !known && k == j {
		return qnp{}
	}
	if !det {
		// a bare phrase: keep only the head and the modifiers that are names or known nouns
		k = j
		for k-1 >= lo && !a.inQuote(k-1) && (qIsCap(d.tok(k-1)) && !a.capStop(k-1)) {
			k--
		}
	}
	if p := qLower(d.tok(max(k-1, 0))); k-2 >= lo && (p == "for" || p == "of" || p == "at") && !a.inQuote(k-1) {
		// "a spokesman for the party": the person who speaks for it
		if outer := a.roleBefore(k-2, lo); outer.kind == qnRole && personNouns[outer.head] {
			return qnp{kind: qnRole, s: outer.s, e: d.toks[j].End, head: outer.head}
		}
	}
	return qnp{kind: qnRole, s: d.toks[k].Start, e: d.toks[j].End, head: head}
}

// npAfter reads the noun phrase that starts at token i (stopping before hi);
// a role followed by a name in apposition gives the name ("a senior
// diplomat, ambassador William Roebuck, said").
func (a *qattributor) npAfter(i, hi int) qnp {
	n, k := a.npAfter0(i, hi)
	if n.kind == qnRole && k+1 < hi && a.d.tok(k) == "," {
		if m, k2 := a.npAfter0(k+1, hi); m.kind == qnName && (k2 >= hi || a.d.tok(k2) == "," || a.d.tok(k2) == ".") {
			return m
		}
	}
	return n
}

// npAfter0 is npAfter without apposition; it also returns the token where the phrase stopped.
func (a *qattributor) npAfter0(i, hi int) (qnp, int) {
	d := a.d
	if i >= hi || a.inQuote(i) {
		return qnp{}, i
	}
	t := d.tok(i)
	lw := qLower(t)
	if g, ok := qPronouns[lw]; ok && g != 'n' {
		return qnp{kind: qnPron, s: d.toks[i].Start, e: d.toks[i].End, head: lw}, i + 1
	}
	if lw == "that" {
		return qnp{}, i // "warned that …": a complementiser opens a clause, not a speaker
	}
	if lw == "this" || lw == "these" || lw == "those" {
		if i+1 < hi && qIsLower(d.tok(i+1)) {
			if _, pron := qPronouns[qLower(d.tok(i+1))]; pron || qDeterminers[qLower(d.tok(i+1))] {
				return qnp{}, i // "stated that he …": a complementiser
			}
		}
	}
	// collect a phrase: determiner, modifiers, role nouns, names
	k := i
	lastName, nameStart := -1, -1
	roleEnd := -1
	poss := false // the phrase opened with a possessor: "Clinton's right-hand woman"
	for k < hi && k < i+12 && !a.inQuote(k) {
		w := d.tok(k)
		lw := qLower(w)
		switch {
		case k == i && qDeterminers[lw]:
		case k > i && timeWords[lw] && qDeterminers[qLower(d.tok(i))]:
			// "a Wednesday editorial"
		case qIsCap(w) && !(a.capStop(k) && k > i):
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
		case qNameConnectors[w] && lastName == k-1 && k+1 < hi && qIsCap(d.tok(k+1)):
			lastName = k
		case lw == "'s" || lw == "\u2019s":
			if lastName != k-1 {
				goto done
			}
			lastName, nameStart = -1, -1
			poss = true
		case qIsLower(w) && !qCueSkip[lw] && !qRelPronouns[lw] && (lexicon.ReportingVerbs[lw] == "" || k == i+1 && qDeterminers[qLower(d.tok(i))]) && !qIsPrep(lw) && lw != "and" && lw != "or":
			if lastName >= 0 && lastName == k-1 {
				// "Ayoub who", "Hatami in comments": the name is done; a lower-case
				// word after a name ends the phrase unless it is a role noun or
				// the name only qualifies one: "the Democratic presidential candidate"
				if !lexicon.SpeakerNouns[lw] && !a.qualifier(i, nameStart, lastName) {
					goto done
				}
			}
			if roleEnd >= 0 && (lexicon.SpeakerNouns[qLower(d.tok(roleEnd))] && !lexicon.SpeakerNouns[lw] ||
				strings.HasSuffix(lw, "ed") || k-i > 6 && !lexicon.SpeakerNouns[lw]) && !a.nameAhead(k, hi) {
				goto done // "the minister met …": the phrase ended with its head
			}
			roleEnd = k
			lastName, nameStart = -1, -1
		case (lw == "for" || lw == "of" || lw == "at" || lw == "from") && roleEnd == k-1 && lexicon.SpeakerNouns[qLower(d.tok(roleEnd))]:
		case isDigitByte(w[0]) && lastName < 0:
			// "said 9/11 widow Terry Strada", "said the 46-year-old"
			roleEnd = k
		default:
			goto done
		}
		k++
	}
done:
	if lastName >= 0 && nameStart >= 0 && (roleEnd < 0 || roleEnd < nameStart) {
		// the phrase ends in a name: "Defence Minister Amir Hatami", "the minister Amir Hatami"
		return a.nameSpan(nameStart, lastName+1), k
	}
	if roleEnd >= 0 {
		e := roleEnd
		if lastName > e {
			e = lastName
		}
		head := qLower(d.tok(roleEnd))
		if !lexicon.SpeakerNouns[head] && !qDeterminers[qLower(d.tok(i))] && !poss {
			return qnp{}, k
		}
		if len(head) > 4 && strings.HasSuffix(head, "ly") && !nounsInLy[head] {
			return qnp{}, k // "a swiftly convened meeting": an adverb heads no speaker
		}
		return qnp{kind: qnRole, s: d.toks[i].Start, e: d.toks[e].End, head: head}, k
	}
	return qnp{}, k
}

// qualifier reports whether the name in tokens [ns, ne] of a phrase opening
// at token i qualifies the words after it rather than naming the speaker:
// an adjective of nationality or party ("Iranian", "Democratic"), or a place
// after a determiner ("the U.S. ambassador").
func (a *qattributor) qualifier(i, ns, ne int) bool {
	if w := a.d.tok(ne); ns == ne && !strings.HasSuffix(w, "s") {
		// one adjective: "Democratic" qualifies, "Democrats" is a group
		if _, demonym := lexicon.Demonym(lexicon.Key(w)); demonym || lexicon.IsGroup(lexicon.Key(w)) || partyAdjectives[qLower(w)] {
			return true
		}
	}
	ei := a.entityAt(a.d.toks[ns].Start, a.d.toks[ne].End)
	return ei >= 0 && a.ents[ei].Type == GPE && ns > i && qDeterminers[qLower(a.d.tok(i))]
}

// partyAdjectives qualify a role by party: "the Democratic senator".
var partyAdjectives = map[string]bool{"democratic": true, "republican": true, "conservative": true, "liberal": true,
	"socialist": true, "communist": true, "progressive": true, "libertarian": true, "nationalist": true, "centrist": true}

// nameAhead reports whether a few lower-case words from token k lead to a
// name: "deputy enforcement director Linda Thomsen".
func (a *qattributor) nameAhead(k, hi int) bool {
	for x := k; x < hi && x < k+4; x++ {
		w := a.d.tok(x)
		if qIsCap(w) && !qCapStop[qLower(w)] {
			return x > k
		}
		if !qIsLower(w) || qIsPrep(w) || verbLike(w) && !lexicon.SpeakerNouns[w] {
			return false
		}
	}
	return false
}

func qIsPrep(w string) bool {
	switch w {
	case "in", "on", "at", "to", "for", "of", "from", "with", "by", "during", "after", "before", "about", "as",
		"when", "while", "than", "into", "over", "under", "through", "since", "until", "without", "against", "via":
		return true
	}
	return false
}

// nameSpan makes a name mention of tokens [k, e), dropping leading titles
// and phrase-opening words ("President Assad" → "Assad").
func (a *qattributor) nameSpan(k, e int) qnp {
	d := a.d
	for t := e - 2; t > k; t-- {
		if w := qLower(d.tok(t)); lexicon.Titles[w] || lexicon.Titles[strings.TrimSuffix(w, ".")] {
			k = t // "Iranian Defence Minister Amir Hatami": everything through the last title
			break
		}
	}
	start := k
	title := ""
	for k < e-1 {
		w := qLower(d.tok(k))
		// "Secretary of State John Kerry": drop the title's complement
		if qNameConnectors[w] && k > start && lexicon.Titles[qLower(d.tok(k-1))] {
			title = qLower(d.tok(k - 1))
			k += 2
			continue
		}
		if a.capStop(k) || lexicon.Titles[w] || lexicon.Titles[strings.TrimSuffix(w, ".")] {
			k++
			continue
		}
		break
	}
	if k >= e {
		if title != "" {
			// "the MP for Leeds": a title and its complement, no name
			return qnp{kind: qnRole, s: d.toks[start].Start, e: d.toks[e-1].End, head: title}
		}
		return qnp{}
	}
	// a title left alone at the end is a role: "said the President"
	w := qLower(d.tok(k))
	if e-k == 1 && (lexicon.Titles[w] || lexicon.Titles[strings.TrimSuffix(w, ".")]) {
		return qnp{kind: qnRole, s: d.toks[k].Start, e: d.toks[k].End, head: w}
	}
	return qnp{kind: qnName, s: d.toks[k].Start, e: d.toks[e-1].End}
}

// entityAt returns the index of the entity with a mention overlapping [s, e), or -1.
func (a *qattributor) entityAt(s, e int) int {
	i := sort.Search(len(a.ments), func(i int) bool { return a.ments[i].s >= e })
	best := -1
	for k := i - 1; k >= 0 && k >= i-8; k-- {
		m := a.ments[k]
		if m.e > s && m.s < e {
			if best < 0 || a.ents[m.idx].Type == Person {
				best = m.idx
			}
		}
	}
	return best
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
	n := len(d.toks)
	for i := 0; i < n; {
		if !qIsCap(d.tok(i)) {
			i++
			continue
		}
		j := i
		for j < n && (qIsCap(d.tok(j)) || qNameConnectors[d.tok(j)] && j+1 < n && qIsCap(d.tok(j+1))) {
			if j > i && d.toks[j].Start-d.toks[j-1].End > 1 {
				break
			}
			j++
		}
		// strip phrase openers and titles, remembering the titles
		k := i
		var titles []string
		for t := j - 2; t > k; t-- {
			if w := qLower(d.tok(t)); lexicon.Titles[w] || lexicon.Titles[strings.TrimSuffix(w, ".")] {
				// "Deputy Prime Minister John Prescott": every word through the last title
				for x := k; x <= t; x++ {
					if w := strings.TrimSuffix(qLower(d.tok(x)), "."); !qCapStop[w] {
						titles = append(titles, w)
					}
				}
				k = t + 1
				break
			}
		}
		for k < j-1 {
			w := qLower(d.tok(k))
			if lexicon.Titles[w] || lexicon.Titles[strings.TrimSuffix(w, ".")] {
				titles = append(titles, strings.TrimSuffix(w, "."))
				k++
				continue
			}
			if qCapStop[w] || len(titles) == 0 && k+2 < j && qIsCap(d.tok(k+1)) && lexicon.Titles[qLower(d.tok(k+1))] {
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
				if w := qLower(d.tok(k - 1)); lexicon.Titles[w] {
					titles = append(titles, w)
				}
			}
			full := d.text[d.toks[k].Start:d.toks[j-1].End]
			if j-k >= 2 && j-k <= 4 {
				key := surnameKey(d.tok(j - 1))
				if _, ok := a.names[key]; !ok {
					a.names[key] = full
				}
			}
			if len(titles) > 0 && j-k <= 4 {
				name := a.canonical(full)
				a.titled[name] = append(a.titled[name], titles...)
				if a.quoteAt(d.toks[k].Start) < 0 && len(a.ents) == 0 {
					a.people = append(a.people, qcand{s: d.toks[k].Start, e: d.toks[j-1].End, name: name, titles: titles})
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
	sort.SliceStable(a.people, func(i, j int) bool { return a.people[i].s < a.people[j].s })
}

// surnameKey returns the look-up key of a surname: lower case, without an
// article prefix ("al-Assad" → "assad").
func surnameKey(w string) string {
	w = qLower(w)
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
		if k[0] == key[0] && editDistance1(k, key) && (best == "" || full < best) {
			best = full
		}
	}
	if best != "" {
		return best
	}
	return name
}

// editDistance1 reports whether a and b differ by at most one insertion,
// deletion or substitution.
func editDistance1(a, b string) bool {
	if len(a) < len(b) {
		a, b = b, a
	}
	if len(a)-len(b) > 1 {
		return false
	}
	i := 0
	for i < len(b) && a[i] == b[i] {
		i++
	}
	if i == len(b) {
		return true
	}
	if len(a) == len(b) {
		return a[i+1:] == b[i+1:]
	}
	return a[i+1:] == b[i:]
}

// speakerOf turns a mention into a Speaker, resolving pronouns, relative
// pronouns and roles to an earlier person.
func (a *qattributor) speakerOf(n qnp) *Speaker {
	if n.kind == qnNone || n.s < 0 || n.e > len(a.text) || n.s >= n.e {
		return nil
	}
	sp := &Speaker{Start: n.s, End: n.e, Text: a.text[n.s:n.e]}
	switch n.kind {
	case qnName:
		if ei := a.entityAt(n.s, n.e); ei >= 0 && a.describes(n, ei) {
			sp.Name = a.text[a.d.toks[a.tokAt(n.s)-1].Start:n.e] // "the Australian said": a person described, not the nationality
		} else if ei >= 0 {
			sp.Entity, sp.Name = a.ents[ei].ID, a.ents[ei].Name
		} else {
			if a.commonOpener(n) {
				return nil
			}
			sp.Name = a.canonical(sp.Text)
		}
		c := qcand{s: n.s, e: n.e, name: sp.Name, ent: sp.Entity}
		k := sort.Search(len(a.spk), func(i int) bool { return a.spk[i].s >= c.s })
		if k == len(a.spk) || a.spk[k].s != c.s {
			a.spk = append(a.spk, qcand{})
			copy(a.spk[k+1:], a.spk[k:])
			a.spk[k] = c
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
		if c, ok := a.antecedent(n.s, qPronouns[n.head]); ok {
			sp.Entity, sp.Name = c.ent, c.name
			if g := qPronouns[n.head]; (g == 'm' || g == 'f') && a.gender[c.name] == 0 {
				a.gender[c.name] = g
			}
		}
	case qnRole:
		sp.Name = sp.Text
		if ei := a.entityAt(n.e-len(n.head), n.e); ei >= 0 && a.ents[ei].Type != Person && strings.HasPrefix(strings.ToLower(sp.Text), "the ") {
			sp.Entity, sp.Name = a.ents[ei].ID, a.ents[ei].Name
			return sp
		}
		if strings.HasPrefix(strings.ToLower(sp.Text), "the ") || n.s == n.e {
			if c, ok := a.roleAntecedent(n.s, n.head, sp.Text); ok {
				sp.Entity, sp.Name = c.ent, c.name
			}
		}
	}
	return sp
}

// antecedent finds the person a pronoun of gender g at offset off refers
// to: in its own sentence the nearest earlier person, in the sentences
// before it the first (the subject) of each, back to two paragraphs.
func (a *qattributor) antecedent(off int, g byte) (qcand, bool) {
	if g != 'm' && g != 'f' && g != 's' && g != 'n' {
		return qcand{}, false
	}
	si := a.d.sentOf(off)
	if si < 0 {
		return qcand{}, false
	}
	a.buildNames()
	para := a.d.sents[si].para
	lists := [][]qcand{a.people, a.spk}
	if g == 'n' {
		// "it said", "what it called": an organisation
		lists = [][]qcand{a.orgs}
	}
	ok := func(c qcand) bool {
		if c.s >= off || c.org != (g == 'n') || a.quoteAt(c.s) >= 0 {
			return false
		}
		cg := a.gender[c.name]
		return g == 's' || cg == 0 || cg == g
	}
	for s := si; s >= 0 && s > si-8 && para-a.d.sents[s].para <= 2; s-- {
		st := a.d.sents[s]
		// the subject of the sentence first: "Ban Ki-moon condemned what he called …"
		end := st.tokEnd
		if s == si {
			end = a.tokAt(off)
		}
		n := a.mainSubject(st.tokStart, end)
		if g == 'n' && n.kind == qnRole && n.s < off && !personNouns[n.head] && !lexicon.Titles[n.head] {
			// "The national weather service said … It called …": a body named by a common noun
			return qcand{s: n.s, e: n.e, name: a.text[n.s:n.e], org: true}, true
		}
		if (g == 'm' || g == 'f') && s < si && n.kind == qnRole && n.s < off && a.quoteAt(n.s) < 0 &&
			(personNouns[n.head] || lexicon.Titles[n.head]) && !strings.HasSuffix(n.head, "s") {
			// "Her colleague disagreed. “…,” he said.": the person the role
			// names, else the role itself
			if c, ok := a.roleAntecedent(n.s, n.head, a.text[n.s:n.e]); ok && a.genderAgrees(c, g) {
				return c, true
			}
			return qcand{s: n.s, e: n.e, name: a.text[n.s:n.e]}, true
		}
		if n.kind == qnName && n.s < off && a.quoteAt(n.s) < 0 {
			c := qcand{s: n.s, e: n.e}
			if ei := a.entityAt(n.s, n.e); ei >= 0 {
				c.name, c.ent = a.ents[ei].Name, a.ents[ei].ID
				switch a.ents[ei].Type {
				case Person:
				case Org, NORP:
					// a subject that he or she refers back to is a person the
					// recogniser may have mistyped; "it" keeps organisations
					c.org = g == 'n' || orgHeads[qLower(a.d.tok(a.tokAt(n.e-1)))]
				default:
					c.org = true
				}
			} else {
				c.name = a.canonical(a.text[n.s:n.e])
				c.org = orgHeads[qLower(a.d.tok(a.tokAt(n.e-1)))]
			}
			if ok(c) {
				return c, true
			}
		}
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
		if found {
			return best, true
		}
	}
	return qcand{}, false
}

// genderAgrees reports whether candidate c may be what a pronoun of gender g refers to.
func (a *qattributor) genderAgrees(c qcand, g byte) bool {
	cg := a.gender[c.name]
	return cg == 0 || cg == g
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

// softRole are words of a role phrase that a title need not repeat ("the
// top diplomat", "the senior minister").
var softRole = map[string]bool{"top": true, "senior": true, "new": true, "current": true, "then": true, "veteran": true,
	"country's": true, "nation's": true, "own": true, "same": true, "latter": true}

// personNouns head phrases that name people, whom "it" cannot stand for.
var personNouns = map[string]bool{"spokesman": true, "spokeswoman": true, "spokesperson": true, "official": true,
	"officials": true, "man": true, "woman": true, "person": true, "people": true, "resident": true, "residents": true,
	"witness": true, "witnesses": true, "expert": true, "experts": true, "analyst": true, "analysts": true,
	"source": true, "sources": true, "aide": true, "aides": true, "adviser": true, "advisor": true, "lawyer": true,
	"father": true, "mother": true, "wife": true, "husband": true, "son": true, "daughter": true, "friend": true,
	"neighbour": true, "neighbor": true, "teacher": true, "student": true, "worker": true, "victim": true,
	"colleague": true, "partner": true, "brother": true, "sister": true, "boy": true, "girl": true, "doctor": true,
	"nurse": true, "officer": true, "owner": true, "manager": true, "director": true, "survivor": true}

// orgHeads end the names of organisations rather than people.
var orgHeads = map[string]bool{"house": true, "department": true, "ministry": true, "council": true, "committee": true,
	"party": true, "office": true, "agency": true, "times": true, "post": true, "news": true, "journal": true,
	"group": true, "company": true, "corporation": true, "bank": true, "union": true, "court": true, "government": true,
	"administration": true, "commission": true, "association": true, "institute": true, "foundation": true,
	"university": true, "service": true, "board": true, "campaign": true, "network": true, "magazine": true}

// roleAntecedent finds the nearest earlier person or organisation whose
// titles or name hold the role word head ("the minister" → "Defence
// Minister Amir Hatami"; "the ministry" → "the Defence Ministry").
func (a *qattributor) roleAntecedent(off int, head, mention string) (qcand, bool) {
	a.buildNames()
	// the words the candidate's titles must hold: "the prime minister" → prime, minister
	var want []string
	for t := a.tokAt(off); t >= 0 && t < len(a.d.toks) && a.d.toks[t].End <= off+len(mention); t++ {
		w := strings.TrimSuffix(qLower(a.d.tok(t)), ".")
		if w == "" || qDeterminers[w] || softRole[w] || w == "'s" || w == "\u2019s" || !unicode.IsLetter(firstRune(w)) {
			continue
		}
		if t+1 < len(a.d.toks) && (a.d.tok(t+1) == "'s" || a.d.tok(t+1) == "\u2019s") {
			continue // the possessor: "Clinton's spokesman"
		}
		if ei := a.entityAt(a.d.toks[t].Start, a.d.toks[t].End); ei >= 0 && (a.ents[ei].Type == NORP || a.ents[ei].Type == GPE) {
			continue // "the Iranian foreign minister": the titles need not say Iranian
		}
		want = append(want, w)
	}
	if len(want) == 0 {
		want = []string{head}
	}
	var best qcand
	found := false
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
					if has(w) && !strings.Contains(strings.ToLower(mention), w) {
						match = false // the deputy prime minister is not the prime minister
					}
				}
			}
			if !match && c.org {
				for _, w := range strings.Fields(strings.ToLower(c.name)) {
					if w == head {
						match = true
					}
				}
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

// attribute finds the cue and speaker of a quotation within its own
// sentences.
func (a *qattributor) attribute(q qspan) (qattribution, bool) {
	a.cbuf = a.findCues(q, a.cbuf)
	if len(a.cbuf) == 0 {
		return qattribution{}, false
	}
	for _, c := range a.cbuf {
		if sp := a.speakerOf(a.subject(c)); sp != nil {
			return qattribution{sp: sp, cue: a.cueText(c), inSent: true, explicit: true}, true
		}
	}
	c := a.cbuf[0]
	return qattribution{cue: a.cueText(c), inSent: true}, true
}

// cueText returns the cue as written.
func (a *qattributor) cueText(c qcue) string {
	return a.text[a.d.toks[c.tok].Start:a.d.toks[c.tok+c.n-1].End]
}

// fromSentence attributes through the first cue with a speaker in sentence
// si, reading from its end when last is set.
func (a *qattributor) fromSentence(si int, last bool) (qattribution, bool) {
	cs := a.cuesIn(si, last)
	if last {
		for i, j := 0, len(cs)-1; i < j; i, j = i+1, j-1 {
			cs[i], cs[j] = cs[j], cs[i]
		}
	}
	for _, c := range cs {
		if sp := a.speakerOf(a.subject(c)); sp != nil {
			return qattribution{sp: sp, cue: a.cueText(c), explicit: true}, true
		}
	}
	return qattribution{}, false
}

// dashSpeaker returns the name that follows a quotation after a dash at the
// end of its paragraph ("…" — Jane Doe).
func (a *qattributor) dashSpeaker(q qspan) *Speaker {
	p := a.d.paras[q.para]
	from := q.oe
	if strings.TrimSpace(a.text[q.oe:p.End]) == "" && q.para+1 < len(a.d.paras) {
		// the byline as a paragraph of its own under the quotation: "- Bernie Sanders."
		p = a.d.paras[q.para+1]
		if p.End-p.Start > 80 {
			return nil
		}
		from = p.Start
	}
	end := min(p.End, from+120)
	if nl := strings.IndexByte(a.text[from:end], '\n'); nl >= 0 {
		end = from + nl // a line of its own inside the paragraph
	}
	lead := len(a.text[from:end]) - len(strings.TrimLeft(a.text[from:end], " \t\u00a0"))
	rest := strings.TrimSpace(a.text[from+lead : end])
	r, size := utf8.DecodeRuneInString(rest)
	if !(isDash(r) || r == '\u2015' || r == '-') || len(rest) > 80 {
		return nil
	}
	i := a.tokAt(from + lead + size)
	if i >= len(a.d.toks) || a.d.toks[i].Start >= end {
		return nil
	}
	si := a.d.sentOf(a.d.toks[i].Start)
	if si < 0 {
		return nil
	}
	n, _ := a.npAfter0(i, a.d.sents[si].tokEnd)
	if n.kind != qnName {
		return nil
	}
	return a.speakerOf(n)
}

// transcriptSpeaker returns the name before the colon of a paragraph
// written as an interview transcript ("WALLACE: ...").
func (a *qattributor) transcriptSpeaker(pi int) *Speaker {
	p := a.d.paras[pi]
	sp, _ := a.labelAt(p.Start, p.End)
	return sp
}

// labelAt reads a transcript label ("WALLACE:", "SEN. KANE:") at offset
// start, returning its speaker and the offset after the colon.
func (a *qattributor) labelAt(start, end int) (*Speaker, int) {
	s := a.text[start:min(end, start+72)]
	c := strings.IndexByte(s, ':')
	if c <= 1 || c > 70 {
		return nil, 0
	}
	label := s[:c]
	name := label
	if k := strings.IndexByte(label, ','); k > 0 {
		name = label[:k] // "CHRIS WALLACE, FOX NEWS SUNDAY HOST"
	}
	name = strings.TrimRight(name, " ")
	letters := 0
	for _, r := range label {
		if unicode.IsUpper(r) {
			letters++
		} else if !(r == ' ' || r == '.' || r == '\'' || r == '-' || r == '\u2019' || r == ',' && len(name) < len(label)) {
			return nil, 0
		}
	}
	if letters < 2 || len(name) < 2 || len(name) > 40 || strings.Count(name, " ") > 3 || labelStop[strings.TrimSpace(name)] {
		return nil, 0
	}
	sp := &Speaker{Start: start, End: start + len(name), Text: name, Name: name}
	ei := a.entityAt(sp.Start, sp.End)
	if ei < 0 || a.ents[ei].Type != Person {
		// a label in capitals is often mistyped: "WALLACE" is Chris Wallace,
		// or names a person the article names nowhere else
		ei = a.entityBySurname(name)
	}
	if ei >= 0 {
		sp.Entity, sp.Name = a.ents[ei].ID, a.ents[ei].Name
	} else if full, ok := a.labelNames[labelSurname(name)]; ok {
		sp.Name = full
	} else {
		sp.Name = titleCase(name)
	}
	return sp, start + c + 1
}

// labelSurname returns the last word of a transcript label, upper-cased.
func labelSurname(label string) string {
	label = strings.TrimSpace(label)
	if i := strings.LastIndexByte(label, ' '); i >= 0 {
		label = label[i+1:]
	}
	return strings.ToUpper(label)
}

// addTurns adds the turns of an interview transcript printed without
// quotation marks, each a paragraph opened by its speaker's label:
//
//	WALLACE: Why would he do that?
//	PENCE: Well, look, this is serious business.
//
// A label counts when the article has two such paragraphs or more and the
// label names a person of the article or opens two turns. The quotations
// paired inside a turn are nested in it and give way to it; a turn whose
// paragraph opens with a quotation mark is left to the pairing.
func (a *qattributor) addTurns() {
	type turn struct {
		p     Span
		pi    int
		label string
		named bool
	}
	var turns []turn
	count := map[string]int{}
	for pi, p := range a.d.paras {
		if p.Start < 0 || p.End > len(a.text) || p.Start >= p.End {
			continue
		}
		c := trimSpan(a.text, p)
		sp, after := a.labelAt(c.Start, c.End)
		if sp == nil || trimSpan(a.text, Span{after, c.End}).Len() == 0 {
			continue
		}
		// "CHRIS WALLACE:" then "WALLACE:" are turns of one speaker
		label := labelSurname(sp.Text)
		ei := a.entityAt(sp.Start, sp.End)
		named := a.entityBySurname(sp.Text) >= 0 || ei >= 0 && a.ents[ei].Type == Person
		turns = append(turns, turn{c, pi, label, named})
		count[label]++
		if strings.IndexByte(strings.TrimSpace(sp.Text), ' ') > 0 && len(sp.Text) > len(a.labelNames[label]) {
			if a.labelNames == nil {
				a.labelNames = map[string]string{}
			}
			a.labelNames[label] = titleCase(strings.TrimSpace(sp.Text))
		}
	}
	kept := turns[:0]
	for _, t := range turns {
		if t.named || count[t.label] >= 2 {
			kept = append(kept, t)
		}
	}
	if len(kept) < 2 {
		return
	}
	out := make([]qspan, 0, len(a.qs)+len(kept))
	k := 0
	for _, t := range kept {
		for k < len(a.qs) && a.qs[k].os < t.p.Start {
			out = append(out, a.qs[k])
			k++
		}
		if k < len(a.qs) && a.qs[k].para == t.pi && a.qs[k].os == t.p.Start {
			continue // "WALLACE: … in marks of its own: the pairing has it
		}
		for k < len(a.qs) && a.qs[k].os < t.p.End {
			k++ // nested in the turn
		}
		out = append(out, qspan{os: t.p.Start, oe: t.p.End, cs: t.p.Start, ce: t.p.End, para: t.pi, turn: true})
	}
	out = append(out, a.qs[k:]...)
	a.qs = out
}

// labelStop are capitalised labels that introduce no speaker.
var labelStop = map[string]bool{"NOTE": true, "UPDATE": true, "CORRECTION": true, "BREAKING": true, "WATCH": true,
	"VIDEO": true, "PHOTOS": true, "PHOTO": true, "READ": true, "MORE": true, "RELATED": true, "EDITOR'S NOTE": true,
	"EDITOR\u2019S NOTE": true, "UPDATED": true, "ALSO": true, "SEE": true, "LISTEN": true, "CLARIFICATION": true,
	"PREVIOUSLY": true, "WASHINGTON": true, "LONDON": true, "NEW YORK": true}

// entityBySurname returns the person entity whose name ends in the word w,
// compared without case ("WALLACE" → "Chris Wallace"), or -1.
func (a *qattributor) entityBySurname(w string) int {
	w = strings.TrimSpace(w)
	if i := strings.LastIndexByte(w, ' '); i >= 0 {
		w = w[i+1:]
	}
	for i, e := range a.ents {
		if e.Type != Person {
			continue
		}
		n := e.Name
		if k := strings.LastIndexByte(n, ' '); k >= 0 {
			n = n[k+1:]
		}
		if strings.EqualFold(n, w) {
			return i
		}
	}
	return -1
}

// run attributes every quotation and builds the output.
func (a *qattributor) run() []Quote {
	out := make([]Quote, 0, len(a.qs))
	attrs := make([]qattribution, len(a.qs))
	for qi, q := range a.qs {
		// a transcript quoted whole: "WALLACE: Let's start with …"
		if sp, after := a.labelAt(q.cs, q.ce); sp != nil {
			if c := trimSpan(a.text, Span{after, q.ce}); c.Len() > 0 {
				a.qs[qi].cs = c.Start
				attrs[qi] = qattribution{sp: sp, cue: ":", inSent: true}
				continue
			}
		}
		at, ok := a.attribute(q)
		if !ok {
			at = a.fallback(qi, attrs, false)
		} else if at.sp == nil {
			// a cue without a speaker we can read: only the evidence of the sentence itself
			if fb := a.fallback(qi, attrs, true); fb.sp != nil {
				at = fb
			}
		}
		attrs[qi] = at
	}
	// the first paragraphs of a quotation carried over several take the
	// speaker named at its end
	for qi := len(a.qs) - 2; qi >= 0; qi-- {
		if attrs[qi].sp == nil && a.qs[qi].unclosed && a.qs[qi+1].cont && attrs[qi+1].sp != nil {
			attrs[qi] = attrs[qi+1]
			attrs[qi].inSent, attrs[qi].follows = false, true
		}
	}
	for qi, q := range a.qs {
		at := attrs[qi]
		if !a.keep(q, at) {
			continue
		}
		out = append(out, Quote{
			Start:   q.cs,
			End:     q.ce,
			Text:    a.text[q.cs:q.ce],
			Partial: a.partial(q),
			Speaker: at.sp,
			Cue:     at.cue,
		})
	}
	return out
}

// fallback attributes a quotation with no cue in its own sentence: the
// previous quotation of its paragraph, a transcript name, a cue elsewhere in
// the paragraph, a colon introduction or a continuation of the paragraph before.
func (a *qattributor) fallback(qi int, attrs []qattribution, hasCue bool) qattribution {
	q := a.qs[qi]
	none := qattribution{}
	// a fragment quoted in the writer's sentence, or a quotation it
	// introduces with a comma or colon: the sentence's subject
	if si := a.d.sentOf(q.os); si >= 0 && (a.partial(q) || a.introduced(q)) {
		st := a.d.sents[si]
		if qa := a.tokAt(q.os); qa > st.tokStart {
			n := a.mainSubject(st.tokStart, qa)
			if n.kind == qnNone {
				n = a.clauseSubject(st.tokStart, qa)
			}
			if n.kind != qnNone && a.objectOf(st.tokStart, a.tokAt(n.s)) {
				n = qnp{} // "Will described Trump as “…”": Trump is described, not speaking
			}
			if n.kind == qnName || n.kind == qnPron {
				if sp := a.speakerOf(n); sp != nil {
					return qattribution{sp: sp, subj: true}
				}
			}
		}
	}
	// a colon introduction without a reporting verb: "pollster Daron Shaw: “…”",
	// "The ad claims: “…”"
	if ci := a.tokAt(q.os) - 1; ci > 0 && a.d.tok(ci) == ":" && a.quoteAt(a.d.toks[ci].Start) < 0 && a.d.toks[ci].Start >= a.d.paras[q.para].Start {
		if si := a.d.sentOf(a.d.toks[ci].Start); si >= 0 && a.d.sents[si].tokStart < ci {
			lo := a.d.sents[si].tokStart
			n := a.npBefore(ci-1, lo)
			if ms := a.mainSubject(lo, ci); n.kind != qnName && n.kind != qnRole ||
				(ms.kind == qnName || ms.kind == qnRole && (lexicon.SpeakerNouns[ms.head] || personNouns[ms.head])) && ms.e <= n.s {
				n = ms // "Newsom's office issued a statement: …": the subject, not its object
			}
			if sp := a.speakerOf(n); sp != nil {
				return qattribution{sp: sp, cue: ":", inSent: true}
			}
		}
	}
	// a byline after a dash: "…" ― Adriana Rodarte
	if q.oe < len(a.text) {
		if sp := a.dashSpeaker(q); sp != nil {
			return qattribution{sp: sp, cue: "\u2015", inSent: true}
		}
	}
	if hasCue {
		return none
	}
	// the previous quotation in the same paragraph
	if qi > 0 && a.qs[qi-1].para == q.para && attrs[qi-1].sp != nil {
		at := attrs[qi-1]
		at.inSent = false
		at.follows = attrs[qi-1].explicit
		return at
	}
	if sp := a.transcriptSpeaker(q.para); sp != nil {
		return qattribution{sp: sp, cue: ":"}
	}
	si := a.d.sentOf(q.os)
	if si < 0 {
		return none
	}
	p := a.d.paras[q.para]
	// a cue elsewhere in the paragraph: the sentences before, then after
	for s := si - 1; s >= 0 && s >= si-3 && a.d.sents[s].para == q.para; s-- {
		if at, ok := a.fromSentence(s, true); ok {
			return at
		}
	}
	for s := si + 1; s < len(a.d.sents) && s <= si+2 && a.d.sents[s].para == q.para; s++ {
		if a.d.sents[s].Start >= p.End {
			break
		}
		if at, ok := a.fromSentence(s, false); ok {
			return at
		}
	}
	// the paragraph before: a colon introduction, a continued quotation, the last speaker
	if q.para > 0 && q.os-p.Start < 4 {
		pp := a.d.paras[q.para-1]
		prevQ := -1
		for k := qi - 1; k >= 0; k-- {
			if a.qs[k].para == q.para-1 {
				prevQ = k
				break
			}
			if a.qs[k].para < q.para-1 {
				break
			}
		}
		colon := strings.HasSuffix(strings.TrimSpace(a.text[pp.Start:pp.End]), ":")
		if prevQ >= 0 && attrs[prevQ].sp != nil && (q.cont || !colon) {
			at := attrs[prevQ]
			at.inSent, at.follows, at.subj = false, false, false
			return at
		}
		ls := a.d.sentOf(pp.End - 1)
		if colon && ls >= 0 {
			// "Sanders made the following comment:" and the quotation below
			st := a.d.sents[ls]
			if at, ok := a.fromSentence(ls, true); ok {
				return at
			}
			if sp := a.speakerOf(a.mainSubject(st.tokStart, st.tokEnd)); sp != nil {
				return qattribution{sp: sp, cue: ":"}
			}
		}
		for s := ls; s >= 0 && a.d.sents[s].para == q.para-1 && s > ls-3; s-- {
			if at, ok := a.fromSentence(s, true); ok {
				at.inSent = false
				return at
			}
		}
	}
	return none
}

// introduced reports whether text of the writer's sentence stands before the
// quotation and ends in a comma or colon: "X reacted to the deal, “…”".
func (a *qattributor) introduced(q qspan) bool {
	si := a.d.sentOf(q.os)
	if si < 0 {
		return false
	}
	before := strings.TrimSpace(a.text[a.d.sents[si].Start:q.os])
	return len(before) > 0 && (before[len(before)-1] == ',' || before[len(before)-1] == ':')
}

// keep decides whether a paired quotation is a quotation of speech or
// writing rather than a scare quote, a title or a nickname.
func (a *qattributor) keep(q qspan, at qattribution) bool {
	if q.para == 0 && !q.turn {
		if a.head == 0 {
			a.head = 2
			if a.headline() {
				a.head = 1
			}
		}
		if a.head == 1 {
			return false
		}
	}
	// count the words, and the capitalised ones among those a title
	// capitalises (not "the", "of", "and" …)
	words, content, caps := 0, 0, 0
	for i := q.cs; i < q.ce; {
		r, size := utf8.DecodeRuneInString(a.text[i:q.ce])
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			i += size
			continue
		}
		j := i
		for j < q.ce {
			r2, s2 := utf8.DecodeRuneInString(a.text[j:q.ce])
			if !unicode.IsLetter(r2) && !unicode.IsDigit(r2) && r2 != '\'' && r2 != '\u2019' && r2 != '-' {
				break
			}
			j += s2
		}
		words++
		if !titleSmallWords[a.text[i:j]] {
			content++
			if unicode.IsUpper(r) || unicode.IsDigit(r) {
				caps++
			}
		}
		i = j
	}
	if words == 0 {
		return false
	}
	titled := words <= 6 && content > 0 && caps*10 >= content*8
	if words <= 2 && a.nickname(q) {
		return false
	}
	if q.os > 0 && a.text[q.os-1] == '=' {
		return false // markup: author="…"
	}
	// titles of works and names: on "Meet the Press", the book "Backfire",
	// known as "Guccifer"
	if pi := a.tokAt(q.os) - 1; pi >= 0 && a.quoteAt(a.d.toks[pi].Start) < 0 {
		p := qLower(a.d.tok(pi))
		if p == "," && pi > 0 {
			p = qLower(a.d.tok(pi - 1))
		}
		if namingWords[p] || pi > 0 && p == "as" && qLower(a.d.tok(pi-1)) == "known" {
			return false
		}
		if titled && (workNouns[p] || p == "on" || p == "of" || p == "in" || p == "'s" || p == "\u2019s") {
			return false
		}
		// a name standing in the writer's noun phrase: a "Commander-in-Chief
		// Forum", his "Keepin' It Real" program
		if titled && (qDeterminers[p] || p == "his" || p == "her" || p == "their" || p == "its" || p == "our") && !a.endsSentence(q) {
			return false
		}
	}
	// the title of a work named by the noun after it: the "Keepin' It Real" radio program
	if titled {
		j := a.tokAt(max(q.oe-1, q.os)) + 1
		for k := j; k < len(a.d.toks) && k < j+3 && a.quoteAt(a.d.toks[k].Start) < 0; k++ {
			w := qLower(a.d.tok(k))
			if workNouns[w] {
				return false
			}
			if !qIsLower(a.d.tok(k)) {
				break
			}
		}
	}
	if at.inSent && at.sp != nil {
		return true
	}
	if at.follows && !a.partial(q) {
		return true // "…," she said. "The Donald. Big Daddy."
	}
	if at.sp != nil && words >= 2 && !titled && !a.partial(q) && a.endsSentence(q) {
		return true // a whole sentence of a speaker's: "We deserve better."
	}
	if words >= 5 && !titled {
		return true
	}
	if titled {
		return false
	}
	return at.subj && words >= 2
}

// endsSentence reports whether a quotation closes with the sentence's own
// final punctuation inside its marks: "… a “Total Disaster.”"
func (a *qattributor) endsSentence(q qspan) bool {
	r, _ := utf8.DecodeLastRuneInString(a.text[q.cs:q.ce])
	return r == '.' || r == '!' || r == '?'
}

// titleSmallWords stay lower-case in titles ("Face the Nation", "Fox and Friends").
var titleSmallWords = map[string]bool{"the": true, "a": true, "an": true, "of": true, "and": true, "or": true,
	"in": true, "on": true, "at": true, "to": true, "for": true, "with": true, "by": true, "from": true, "as": true}

// namingWords introduce a name or title rather than words someone said.
var namingWords = map[string]bool{"so-called": true, "titled": true, "entitled": true, "nicknamed": true,
	"hashtag": true, "dubbed": true, "codenamed": true, "code-named": true, "named": true, "headlined": true}

// workNouns are works whose titles stand in quotation marks.
var workNouns = map[string]bool{"book": true, "film": true, "movie": true, "show": true, "program": true, "programme": true,
	"song": true, "album": true, "series": true, "documentary": true, "article": true, "column": true, "play": true,
	"novel": true, "op-ed": true, "ad": true, "video": true, "slogan": true, "episode": true, "memoir": true, "report": true,
	"essay": true, "poem": true, "painting": true, "exhibition": true, "podcast": true, "hashtag": true, "segment": true,
	"headline": true, "magazine": true, "newspaper": true, "blog": true, "sitcom": true, "opera": true, "musical": true}

// nickname reports whether a short quotation stands between the parts of a
// name: Marcia "Cia" Price.
func (a *qattributor) nickname(q qspan) bool {
	i := a.tokAt(q.os) - 1
	j := a.tokAt(max(q.oe-1, q.os)) + 1
	return i >= 0 && j < len(a.d.toks) && qIsCap(a.d.tok(i)) && qIsCap(a.d.tok(j)) &&
		!qCapStop[qLower(a.d.tok(i))] && a.quoteAt(a.d.toks[i].Start) < 0 && a.quoteAt(a.d.toks[j].Start) < 0
}

// headline reports whether the first paragraph of the body is a title: one
// short line, most of its words capitalised.
func (a *qattributor) headline() bool {
	if len(a.d.paras) < 2 {
		return false
	}
	p := a.d.paras[0]
	t := a.text[p.Start:p.End]
	if len(t) > 300 || strings.IndexByte(t, '\n') >= 0 {
		return false
	}
	// quoted in single marks while the body quotes in double ones: the
	// headline style of American papers ("Flynn says Trump 'absolutely right'")
	single, double := false, false
	for _, q := range a.qs {
		switch {
		case q.para == 0 && q.single:
			single = true
		case q.para > 0 && q.single:
			return a.titleCased(t)
		case q.para > 0:
			double = true
		}
	}
	if single && double {
		return true
	}
	return a.titleCased(t)
}

// titleCased reports whether most words of t are capitalised.
func (a *qattributor) titleCased(t string) bool {
	words, caps := 0, 0
	for _, w := range strings.Fields(t) {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsLetter(r) {
			continue
		}
		words++
		if unicode.IsUpper(r) {
			caps++
		}
	}
	return words > 0 && caps*10 >= words*6
}

// partial reports whether a quotation is a fragment inside the writer's own
// sentence rather than a whole quoted sentence.
func (a *qattributor) partial(q qspan) bool {
	if q.cont {
		return false
	}
	si := a.d.sentOf(q.os)
	if si < 0 {
		return false
	}
	st := a.d.sents[si]
	from := st.Start
	if nl := strings.LastIndexByte(a.text[st.Start:q.os], '\n'); nl >= 0 {
		from = st.Start + nl + 1 // a quotation opening a line opens its sentence
	}
	before := strings.TrimSpace(a.text[from:q.os])
	// the second half of a quotation split by its attribution:
	// "My hope," he said, "is that …"
	if strings.HasSuffix(before, ",") || strings.HasSuffix(before, ":") {
		if pq := a.quoteAt(q.os - 1); pq < 0 {
			k := sort.Search(len(a.qs), func(i int) bool { return a.qs[i].os >= q.os }) - 1
			if k >= 0 && a.qs[k].oe <= q.os && a.qs[k].oe >= from && q.os-a.qs[k].oe <= 80 {
				if r, _ := utf8.DecodeLastRuneInString(a.text[a.qs[k].cs:a.qs[k].ce]); r == ',' || r == '\u2014' || r == '-' {
					return false
				}
			}
		}
	}
	r, _ := utf8.DecodeRuneInString(a.text[q.cs:q.ce])
	if unicode.IsLower(r) {
		return true
	}
	// a fragment opening the writer's sentence: "Dubious" assumptions about …
	if last, _ := utf8.DecodeLastRuneInString(a.text[q.cs:q.ce]); !unicode.IsPunct(last) && q.oe < len(a.text) {
		rest := strings.TrimLeft(a.text[q.oe:min(len(a.text), q.oe+40)], " ")
		if nx, _ := utf8.DecodeRuneInString(rest); unicode.IsLower(nx) {
			if w := qLeadingWord(rest); lexicon.ReportingVerbs[w] == "" && w != "he" && w != "she" && w != "they" && w != "it" {
				return true
			}
		}
	}
	if before == "" || strings.HasSuffix(before, ":") || strings.HasSuffix(before, ",") || strings.HasSuffix(before, "\u2014") {
		return false
	}
	ti := a.tokAt(q.os) - 1
	if ti >= st.tokStart {
		w := qLower(a.d.tok(ti))
		if w == "that" || lexicon.ReportingVerbs[w] != "" {
			return false
		}
	}
	return true
}
