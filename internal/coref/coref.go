// Package coref resolves, for people and organisations, the entity that a pronoun
// ("he", "its"), a definite description ("the company", "the minister",
// "the 34-year-old"), a spokesperson ("a Vodafone spokesman", "the
// ministry's spokeswoman") or a possessive ("his lawyer") stands for. It is
// one mechanism for every extractor that names who: quotation speakers use
// it, and casualty victims and figure sources can.
//
// An entity's salience at a place is the sum, over its mentions before that
// place in the paragraph and the two before it, of a weight (a subject, or
// the source "according to" names, twice an object, a mention inside a
// quotation little), halved for each
// sentence between (Lappin and Leass's salience, simplified). A pronoun
// takes the most salient entity that agrees with it: "he" and "she" a person
// of that gender (given names, titles, gendered role words, a gendered noun
// the text predicates of the name: "Henley is the second son", "Doe, a
// mother of three"; pronouns resolved before), "it" and "its" an organisation, "they" an organisation or group
// that is a subject nearby; "he" in a clause that opens its sentence with
// a subordinator, the person whose name opens the main clause ("After he
// left, Mayor Tom Reyes …"); "he" opening its sentence before anyone is
// named, the person its sentence names after it ("He called it …, and now
// Premier Scott Moe …"). A name tagged a body is a person when a noun
// only a person is called comes right before it ("star Ann Roy"). A description takes, by its head noun: a person
// whose titles hold its words ("the prime minister"; past the name of a
// place that qualifies the title, "the Ealing North MP", and if need be past
// a body's, "the Labour MP"; far back, the one person of the story who holds
// the title), whose age the article gives ("the 34-year-old", after "Jane
// Doe, 34,"; when it gives no one that age, the salient subject it gives no
// other age, else the person it names most, unless "a 34-year-old man"
// introduced someone new), whom it describes with that noun ("Doe, a rookie
// defenceman, … the defenceman"; "The NDP critic, Ana Ruiz, … the
// critic"; "Veteran goaltender Jo Lin … the veteran", a soft word that
// heads the description alone), or for a noun that any person may be
// called ("the businessman", "the actress", a rank such as "the world number
// one") the most salient person of its gender, reaching past the quoted
// sentences between; one whose head lower-case nouns modify, the person
// called by the head ("corporate speaker Ann Roy … the conference
// speaker"); for a noun no list holds,
// the person or body the article calls so right before a name ("Wales prop
// Owen Evans", "artists Hale & Moss", or the headline's "Prop Evans …"),
// not by a word that only qualifies that noun ("deal maker Ann Cole" is
// no "the deal"), nor by a subject and its verb ("the lawmaker wants Ann
// Cole …" does not call Cole a lawmaker); a description of a person is
// never a person named in the clause it is the subject of, up to a comma
// ("the defender believes Ruiz is suited": not Ruiz);
// when nothing before it resolves a description that opens the story, the
// one person the headline names ("Hale defends plans / The prime minister
// has defended …"), else the person with its words whom the next two
// sentences name ("the economy minister said … said economy minister Ken
// Sato"); "our correspondent" is
// definite, and an emphatic pronoun ("the chancellor himself") no word of
// the description; an organisation whose name holds the noun
// ("the ministry" → the Defence Ministry) or that the article calls so
// before its name ("bookmaker Ladbrokes … the bookmaker", "US magazine
// Lark … the magazine"), or for a noun that any body may be
// called ("the company", "the firm", "the club") the most salient
// organisation, which for a business ("the company", "the firm") is no
// body whose name marks it as a union, a party, a public body or a force
// ("Teamsters Canada Rail Conference", "Securities Commission"), and for
// "the union" one whose name marks it so, "union" or not ("the
// Teamsters"). A person called by the nation ("the Austrian", "the
// 55-year-old Frenchman") is the one in focus of the nation the article
// gives them ("Austrian Ann Roy", "France's Ann Roy", "Ann Roy (France)"),
// else one whose nation it leaves open; an age it never gives, failing
// all else, the one person named nearby. "its co-chairman" is the person
// the article gives that role, else the one the next two sentences name
// first whom it gives no other. "the researchers", "the team" are the body
// a group of that kind was given before ("the research team, from the
// Kestrel Institute"). An acronym and its full name are one entity already
// (internal/entity). A spokesperson, an office or a document speaks for whoever
// owns it: "Clinton's spokesman", "a spokesman for the club", "its statement",
// "its developers"; "the Lib Dem spokesman", the person the article named
// with that role of that body ("Lib Dem spokesman Vince Cable", "Tom
// Vale, the Labour spokesman,"), a body's spokesperson otherwise;
// "the spokesman" again, whom the spokesperson just
// named spoke for ("Marsh's spokesman … the spokesman"); a document also for whoever "by" names as its author ("the
// report by the Tax Institute", "the lawsuit filed by Ann Cole"), or who
// issued one of its kind before it ("Orbis filed a lawsuit … The complaint
// said"); a report, study or statement no one is
// said to have issued, for the body in focus, and "a new report" for the
// subject of its own sentence ("Green Aid warned in a new report"). A title does not match the holder of a
// lesser office of that name, nor its former holder: a word of
// lesserOffices (deputy, vice, shadow, acting, assistant, junior, former)
// before it ("the prime minister" is not the deputy prime minister). A
// description whose head names an office (lexicon.IsOffice: "the
// minister", "the critic") is no person whom the article gives another
// office and none that may name the same post (lexicon.SameOffice:
// "Maria Lopez, the executive director of …" is not "the critic"), but
// one given none may be it. A
// definite description that the caller knows to speak (ResolveSpeaker: the
// subject of a speech verb) and whose head no list holds ("the Waterford
// man", "the Edmonton native") reads as a noun any person may be called:
// the person in focus, not one its own sentence names, unless an
// indefinite phrase just introduced someone new.
package coref

import (
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
	"unicode"

	"github.com/newsparse/newsparse/internal/contract"
	"github.com/newsparse/newsparse/internal/lexicon"
	"github.com/newsparse/newsparse/internal/textdoc"
)

// Resolver resolves the pronouns and descriptions of one article.
type Resolver struct {
	d     *textdoc.Doc
	ents  []contract.Entity
	info  []corefEnt
	ments mentions // entity mentions and resolved references, by start
	quote func(off int) bool
	score []float64 // scratch, one per entity
	// subjects makes salience count mostly subjects: "it" and "the
	// company" continue a subject, seldom the body something was told to
	subjects bool
	seen     map[[2]int]int
	passed   int  // the sentence before which the pass has run (see Resolve)
	exclude  int  // an entity ResolveExcept leaves out, or -1
	speaking bool // ResolveSpeaker is resolving: the mention speaks
	skipAges bool // description reads an age before the head as no word to match
	// notNamedIn is, while personDescribed reads a description that
	// speaks as a noun anyone may be called (ResolveSpeaker), its
	// sentence, whose names it passes over; else -1
	notNamedIn int
	appos      bool      // ensureAppositions has run
	hw         *[]string // the headline's words, once read (headlineWords)
	legal      *[]int    // the tokens that name a legal document, once read (legalToks)
}

// corefEnt is what coreference knows of an entity.
type corefEnt struct {
	kind   byte     // 'p' person, 'o' organisation, 'g' place, 'n' group
	gender byte     // 'm', 'f' or 0
	words  []string // lower-case words of its titles, of the roles the article gives it and (organisations, places) of its names
	ages   []int
	given  []string // organisations: the words the article puts before a name ("artists Hale & Moss"), read by ensureAppositions
	mods   []string // of the words before a name, those that qualify the one nearest it ("deal" of "deal maker Ann Cole")
	nation string   // people: the country the article gives them ("France's Ann Roy", "Austrian Ann Roy"), read by ensureAppositions
	named  bool     // the words of its names are in words
	first  int      // 1 + the offset of its first mention, by name or resolved (add); 0 none
	named1 []int    // the offsets of its mentions by name, in order (protagonist)
}

// corefMention is a mention of entity ent in sentence sent, with its weight.
type corefMention struct {
	s, e, ent int
	sent      int
	w         float64 // 0 until weight reads it
	ref       bool    // a pronoun or description resolved, not a name
}

// New indexes the entity mentions of an article; quote reports the
// offsets inside quotations (nil: none).
func New(d *textdoc.Doc, ents []contract.Entity, quote func(off int) bool) *Resolver {
	c, _ := resolverPool.Get().(*Resolver)
	if c == nil {
		c = &Resolver{seen: map[[2]int]int{}}
	}
	*c = Resolver{d: d, ents: ents, info: zeroed(c.info, len(ents)), quote: quote, score: zeroed(c.score, len(ents)),
		seen: c.seen, exclude: -1, notNamedIn: -1}
	if c.quote == nil {
		c.quote = func(int) bool { return false }
	}
	n := 0
	for _, e := range ents {
		n += len(e.Mentions)
	}
	// one per mention, and room for the references resolved later (add):
	// no growth by doubling of a list as long as the article's mentions
	ments := slices.Grow(c.ments.buf[:0], n+n/8+8)
	for i, e := range ents {
		inf := &c.info[i]
		switch e.Type {
		case contract.Person:
			inf.kind = 'p'
		case contract.Org:
			inf.kind = 'o'
			if g, ok := c.personCalled(e); ok {
				inf.kind, inf.gender = 'p', g // "star Selenis Leyva", tagged a body
			}
		case contract.GPE:
			inf.kind = 'g'
		case contract.NORP:
			inf.kind = 'n'
		}
		for _, t := range e.Titles {
			for _, w := range strings.Fields(strings.ToLower(t)) {
				w = strings.TrimSuffix(w, ".")
				inf.words = append(inf.words, w)
				inf.words = append(inf.words, lexicon.TitleForms(w)...) // "Cst." is "the constable"
			}
		}
		if inf.kind == 'p' {
			if f, more := firstField(e.Name); more {
				inf.gender = lexicon.NameGender(lexicon.Key(f))
			}
			for _, w := range inf.words {
				if g := corefGender[w]; g != 0 {
					inf.gender = g
				}
			}
			for _, m := range e.Mentions {
				if inf.gender == 0 && m.Start >= 0 && m.End <= len(d.Text) && !c.quote(m.Start) {
					inf.gender = PredicateGender(d, m.Start, m.End)
				}
			}
		}
		for _, m := range e.Mentions {
			if m.Start < 0 || m.End > len(d.Text) || m.Start >= m.End {
				continue
			}
			si := d.SentOf(m.Start)
			if si < 0 {
				continue
			}
			// the weight is read on first use (weight), the appositions
			// when a description asks (wordsOf, byAge)
			ments = append(ments, corefMention{s: m.Start, e: m.End, ent: i, sent: si})
		}
	}
	sort.Slice(ments, func(i, j int) bool { return ments[i].s < ments[j].s })
	c.ments.set(ments)
	c.indexNamed()
	return c
}

// resolverPool keeps the Resolvers that Release gave back, for their lists.
var resolverPool sync.Pool

// Release gives c's lists back for the Resolver of a next article; c is
// not used after. The lists are only ever cut to a length and cleared
// (zeroed), so that clearing the entities' information to its length
// leaves the whole array clear of the article.
func (c *Resolver) Release() {
	clear(c.info)
	clear(c.seen)
	*c = Resolver{info: c.info[:0], score: c.score[:0], ments: mentions{buf: c.ments.buf[:0]}, seen: c.seen}
	resolverPool.Put(c)
}

// zeroed returns s cut or grown to n zero elements, reusing its array.
func zeroed[E any](s []E, n int) []E {
	if cap(s) < n {
		return make([]E, n)
	}
	s = s[:n]
	clear(s)
	return s
}

// indexNamed fills each entity's first mention and its offsets by name
// (named1) from the sorted mentions, all the lists cut from one array.
func (c *Resolver) indexNamed() {
	count := make([]int, len(c.info))
	for k := range c.ments.len() {
		count[c.ments.at(k).ent]++
	}
	buf := make([]int, c.ments.len())
	for i, n := range count {
		c.info[i].named1, buf = buf[:0:n], buf[n:]
	}
	for k := range c.ments.len() {
		m := c.ments.at(k)
		inf := &c.info[m.ent]
		if inf.first == 0 {
			inf.first = m.s + 1
		}
		inf.named1 = append(inf.named1, m.s)
	}
}

// personCalled reports whether an entity tagged an organisation is a
// person that the article calls by a noun only a person is called right
// before the name ("actress Ann Roy", "journalist Tom Vale", "Orange
// star Selenis Leyva"), with the gender the noun gives, when the name
// reads as a person's (personShaped).
func (c *Resolver) personCalled(e contract.Entity) (byte, bool) {
	d := c.d
	for _, m := range e.Mentions {
		if m.Start <= 0 || m.End > len(d.Text) || m.Start >= m.End {
			continue
		}
		k := sort.Search(len(d.Toks), func(i int) bool { return d.Toks[i].End > m.Start }) - 1
		if k < 0 || d.Toks[k].End > m.Start {
			continue
		}
		w := d.Tok(k)
		if len(w) < 4 || w[0] < 'A' || w[0] > 'z' {
			continue
		}
		if si := d.SentOf(d.Toks[k].Start); !isLower(w) && (si < 0 || d.Sents[si].TokStart != k) {
			continue // "Journalist Tom Vale" opens a sentence
		}
		if w = lower(w); corefHumanNoun(w) && personShaped(e.Name) {
			return corefGender[w], true
		}
	}
	return 0, false
}

// personShaped reports whether a name reads as a person's: two or three
// capitalised words, none a body's.
func personShaped(name string) bool {
	f := strings.Fields(name)
	if len(f) < 2 || len(f) > 3 {
		return false
	}
	for _, w := range f {
		if isLower(w) || !unicode.IsUpper(rune(w[0])) || lexicon.IsOrgHead(lexicon.Key(w)) || lexicon.IsOrgNoun(lexicon.Key(w)) {
			return false
		}
	}
	return true
}

// corefHumanNoun reports a noun that names only a person: one of a
// gender ("actress", "congressman"), a practitioner in -ist
// ("journalist"), or a performer ("singer", "star").
func corefHumanNoun(w string) bool {
	return corefGender[w] != 0 || strings.HasSuffix(w, "ist") && agentNoun(w) || corefPerformers[w]
}

// corefPerformers are the performers and writers a name follows: "singer
// Ann Roy".
var corefPerformers = map[string]bool{"singer": true, "star": true, "rapper": true, "comedian": true,
	"novelist": true, "poet": true, "playwright": true, "presenter": true, "anchor": true, "chef": true,
	"actor": true, "actress": true, "songwriter": true, "author": true, "writer": true}

// weight returns the weight of mention k, reading it on first use: a
// subject 100, a mention inside a quotation 10, any other 50.
func (c *Resolver) weight(k int) float64 {
	m := c.ments.at(k)
	if m.w == 0 {
		m.w = 50
		if c.quote(m.s) {
			m.w = 10
		} else if c.subject(m.s, m.e, m.sent) {
			m.w = 100
		}
	}
	return m.w
}

// ensureAppositions reads, once, the ages and roles the article gives its
// people next to their mentions.
func (c *Resolver) ensureAppositions() {
	if c.appos {
		return
	}
	c.appos = true
	for k := range c.ments.len() {
		m := *c.ments.at(k)
		if m.ref {
			continue
		}
		switch c.info[m.ent].kind {
		case 'p':
			c.appositions(m.ent, m.s, m.e, m.sent)
			if c.info[m.ent].nation == "" {
				c.nationality(m.ent, m.s, m.e, m.sent)
			}
		case 'o':
			inf := &c.info[m.ent]
			inf.given = c.preName(inf.given, inf, m.s, m.sent) // "artists Hale & Moss", "rival carmaker Velto"
		}
	}
	c.headlineRoles()
}

// corefGender are role words that tell a person's gender.
var corefGender = map[string]byte{"mr": 'm', "sir": 'm', "lord": 'm', "king": 'm', "prince": 'm', "father": 'm',
	"brother": 'm', "sheikh": 'm', "spokesman": 'm', "chairman": 'm', "congressman": 'm', "businessman": 'm',
	"man": 'm', "boy": 'm', "husband": 'm', "son": 'm', "actor": 'm', "assemblyman": 'm', "councilman": 'm',
	"mrs": 'f', "ms": 'f', "miss": 'f', "lady": 'f', "dame": 'f', "queen": 'f', "princess": 'f', "sister": 'f',
	"baroness": 'f', "spokeswoman": 'f', "chairwoman": 'f', "congresswoman": 'f', "businesswoman": 'f',
	"woman": 'f', "girl": 'f', "wife": 'f', "daughter": 'f', "mother": 'f', "actress": 'f', "assemblywoman": 'f',
	"councilwoman": 'f', "widow": 'f', "grandmother": 'f', "grandfather": 'm', "uncle": 'm', "aunt": 'f'}

// NounGender returns the gender of a gendered noun for a person ("man",
// "actress", "chairman"): 'm', 'f' or 0.
func NounGender(w string) byte { return corefGender[w] }

// PredicateGender returns the gender of a gendered noun that the text
// predicates of the mention [s, e) of a person, by a copula or an
// apposition: "Henley is the second son she has buried", "Jane Doe, a
// mother of three, …" ('m', 'f' or 0).
func PredicateGender(d *textdoc.Doc, s, e int) byte {
	k := sort.Search(len(d.Toks), func(i int) bool { return d.Toks[i].Start >= e })
	if k+1 >= len(d.Toks) || s >= e {
		return 0
	}
	if w := lower(d.Tok(k)); w != "is" && w != "was" && w != "," {
		return 0
	}
	for j := k + 1; j < len(d.Toks) && j <= k+5; j++ {
		t := d.Tok(j)
		w := lower(t)
		if g := corefGender[w]; g != 0 {
			return g
		}
		if t != w || !lexicon.IsDeterminer(w) && (j == k+1 || lexicon.VerbLike(w) || lexicon.IsPreposition(w)) {
			return 0 // only a determiner and modifiers before the noun: "the second son"
		}
	}
	return 0
}

// subject reports whether the mention [s, e) of sentence si is the subject
// of its clause: a verb follows it, after an apposition or a bracket, or a
// finite "be" with no verb after it; or the source that "according to"
// names.
func (c *Resolver) subject(s, e, si int) bool {
	d := c.d
	st := d.Sents[si]
	if k0 := sort.Search(len(d.Toks), func(i int) bool { return d.Toks[i].End > s }); k0-2 >= st.TokStart {
		if j := k0 - 1; lower(d.Tok(j)) == "the" && j-2 >= st.TokStart {
			k0 = j
		}
		if lower(d.Tok(k0-1)) == "to" && lower(d.Tok(k0-2)) == "according" {
			return true // "According to the sheriff's office, …": the source speaks as a subject does
		}
	}
	k := sort.Search(len(d.Toks), func(i int) bool { return d.Toks[i].Start >= e })
	for steps := 0; k < st.TokEnd && steps < 3; steps++ {
		t := d.Tok(k)
		switch {
		case t == "," || t == "(":
			close := ","
			if t == "(" {
				close = ")"
			}
			j := k + 1
			for j < st.TokEnd && j < k+24 && d.Tok(j) != close {
				j++
			}
			if j >= st.TokEnd || d.Tok(j) != close {
				return false
			}
			k = j + 1
			continue
		case t == "'s" || t == "\u2019s":
			return false
		}
		lw := lower(t)
		for k < st.TokEnd && lexicon.IsCueSkip(lower(d.Tok(k))) {
			if finiteBe(lower(d.Tok(k))) && isLower(d.Tok(k)) {
				// "Doe was on the ice", "Doe is the coach": the copula is the
				// verb; not of "The mother of Sam Ford is a nurse", whose
				// subject is the phrase the preposition's object ends
				return !c.afterPreposition(s, st)
			}
			k++
		}
		if k < st.TokEnd {
			lw = lower(d.Tok(k))
		}
		return isLower(d.Tok(min(k, st.TokEnd-1))) && lexicon.VerbLike(lw)
	}
	return false
}

// afterPreposition reports whether the mention starting at byte s of
// sentence st is a preposition's object: the word before it (before its
// determiner) is a preposition ("the mother of Sam Ford", "for the team").
func (c *Resolver) afterPreposition(s int, st textdoc.Sentence) bool {
	d := c.d
	k := sort.Search(len(d.Toks), func(i int) bool { return d.Toks[i].End > s }) - 1
	if k >= st.TokStart && lexicon.IsDeterminer(lower(d.Tok(k))) {
		k--
	}
	return k >= st.TokStart && lexicon.IsPreposition(lower(d.Tok(k)))
}

// finiteBe reports a finite form of "be": a verb of its own after a
// subject, whatever follows it ("Doe was on the ice"). Other auxiliaries
// are left to the verb after them.
func finiteBe(w string) bool {
	switch w {
	case "is", "was", "are", "were", "am":
		return true
	}
	return false
}

// appositions records what the article calls person ent next to a mention:
// "Jane Doe, 34," and "Doe (34)" give an age; "Doe, a rookie defenceman,"
// and "rookie defenceman Jane Doe" give the words "rookie", "defenceman".
func (c *Resolver) appositions(ent, s, e, si int) {
	d := c.d
	st := d.Sents[si]
	inf := &c.info[ent]
	k := sort.Search(len(d.Toks), func(i int) bool { return d.Toks[i].Start >= e })
	if k+2 < st.TokEnd && (d.Tok(k) == "," || d.Tok(k) == "(") {
		if n, err := strconv.Atoi(d.Tok(k + 1)); err == nil && n > 0 && n < 120 {
			if x := d.Tok(k + 2); x == "," || x == ")" || x == "." {
				inf.ages = append(inf.ages, n)
			}
		} else if d.Tok(k) == "," {
			// "Doe, a rookie defenceman, said": the words of the apposition
			j := k + 1
			if w := lower(d.Tok(j)); w == "a" || w == "an" || w == "the" {
				c.appositionWords(inf, j+1, min(st.TokEnd, k+8))
			}
		}
	}
	if k < st.TokEnd && (d.Tok(k) == "," || k == st.TokEnd-1 && d.Tok(k) == ".") {
		c.descriptionBefore(inf, s, si) // "…, Ann Cole, said", "led by the coroner, Ann Cole."
	}
	inf.words = c.preName(inf.words, inf, s, si)
}

// descriptionBefore records the words of a description that stands in
// apposition before a mention at s of sentence si, which a comma closes
// after it: "The NDP critic, Ana Ruiz, said", "Her lawyer, Tom Vale,
// told", "said the team's captain, Jo Lin, on Monday" give "critic",
// "lawyer", "captain". The description opens its sentence or follows a
// verb, so that a phrase a preposition governs ("In the third period,
// Lin scored") gives nothing; its words run from its determiner, or
// from after a possessor, to the comma.
func (c *Resolver) descriptionBefore(inf *corefEnt, s, si int) {
	d := c.d
	st := d.Sents[si]
	b := sort.Search(len(d.Toks), func(i int) bool { return d.Toks[i].End > s }) - 1
	for b > st.TokStart && !isLower(d.Tok(b)) && lexicon.IsTitle(strings.TrimSuffix(lower(d.Tok(b)), ".")) {
		b-- // an honorific the mention leaves out: "the chief coroner, Dr. Ann Cole,"
	}
	if b-2 < st.TokStart || d.Tok(b) != "," {
		return
	}
	for j := b - 1; j >= st.TokStart && j >= b-6; j-- {
		t := d.Tok(j)
		if t == "," || t == ";" || t == ":" || t == "(" || t == ")" {
			return
		}
		open := j // the first token of the description
		if isPossessive(t) && j > st.TokStart && !isLower(d.Tok(j-1)) {
			// a named possessor opens it: "Ontario's chief coroner, Ann
			// Cole,", "by the province's health minister, Ann Cole,"
			for open = j - 1; open > st.TokStart && !isLower(d.Tok(open-1)) && !isPossessive(d.Tok(open-1)) && d.Tok(open-1) != ","; open-- {
			}
		} else if !descOpener(t) {
			continue
		}
		if open > st.TokStart {
			if p := d.Tok(open - 1); !isLower(p) || !lexicon.VerbLike(p) && p != "by" && p != "to" {
				return // not "In the third period, Lin scored"
			}
		}
		from := j + 1
		for x := from; x < b; x++ {
			if isPossessive(d.Tok(x)) {
				from = x + 1 // "the team's captain": the possessor is another's name
			}
		}
		if from < b && isLower(d.Tok(b-1)) {
			c.appositionWords(inf, from, b)
		}
		return
	}
}

// isPossessive reports whether token t is a possessive ending: "'s", "’s",
// or an apostrophe alone ("Jonas'").
func isPossessive(t string) bool {
	return t == "'s" || t == "\u2019s" || t == "'" || t == "\u2019"
}

// descOpener reports whether t is a determiner that opens a description
// in apposition before a name, in either case (read without lowering).
func descOpener(t string) bool {
	switch t {
	case "the", "The", "a", "A", "an", "An", "his", "His", "her", "Her", "their", "Their", "its", "Its", "our", "Our":
		return true
	}
	return false
}

// preName returns words with the lower-case words right before a mention
// at s of sentence si that describe its entity added: "rookie defenceman
// Jane Doe", "artists Hale & Moss"; and records an age in inf:
// "34-year-old Jane Doe".
func (c *Resolver) preName(words []string, inf *corefEnt, s, si int) []string {
	d := c.d
	st := d.Sents[si]
	b := sort.Search(len(d.Toks), func(i int) bool { return d.Toks[i].End > s }) - 1
	for j := b; j >= st.TokStart && j > b-4; j-- {
		w := d.Tok(j)
		if n, ok := yearsOld(w); ok {
			inf.ages = append(inf.ages, n)
			break
		}
		if j == st.TokStart && j < b && !isLower(w) && c.openingModifier(j) {
			w = lower(w) // "Veteran goaltender Mike Smith": a word the sentence's start put in capitals
		}
		if !isLower(w) || lexicon.IsDeterminer(w) || lexicon.IsPreposition(w) || lexicon.IsFunctionWord(w) || lexicon.VerbLike(w) && !corefPersonNouns[w] && !lexicon.IsSpeakerNoun(w) && !pluralNoun(w) {
			break
		}
		if j == b && j > st.TokStart && c.verbAfterNoun(w, d.Tok(j-1)) {
			break // "the defender believes Jo Lin": a subject and its verb, not "twin brothers Tom and Jo Lin"
		}
		words = append(words, w)
		if j < b {
			inf.mods = append(inf.mods, w)
		}
	}
	return words
}

// openingModifier reports whether token j, which opens its sentence in
// capitals, is a lower-case word there only by its place: a lower-case
// word follows it before the name ("Veteran goaltender Mike Smith",
// "Rookie defenceman Jo Lin"), and it names no place or body ("Toronto
// goaltender Mike Smith") and is no title ("Prime Minister").
func (c *Resolver) openingModifier(j int) bool {
	d := c.d
	w := lower(d.Tok(j))
	return j+1 < len(d.Toks) && isLower(d.Tok(j+1)) && !lexicon.IsTitle(w) && !lexicon.IsTitleModifier(w) &&
		!c.placeWord(j) && !c.bodyWord(j) && c.entityIn(d.Toks[j].Start, d.Toks[j].End) < 0
}

// verbAfterNoun reports whether w, a lower-case word in -s right before a
// name, is a verb in the third person whose subject ends in the singular
// noun prev ("the defender believes Jo Lin", "the coach rates Jo Lin"):
// a plural noun before a name names people ("twin brothers Tom and Jo
// Lin", "fellow artists Hale & Moss"), and a singular noun before it is no
// modifier of a plural that names none.
func (c *Resolver) verbAfterNoun(w, prev string) bool {
	st, ok := strings.CutSuffix(w, "s")
	if !ok || strings.HasSuffix(st, "s") || len(st) < 3 || !isLower(prev) || strings.HasSuffix(prev, "s") {
		return false
	}
	p := lower(prev)
	if lexicon.IsDeterminer(p) || lexicon.IsFunctionWord(p) || lexicon.IsPreposition(p) || lexicon.VerbLike(p) {
		return false
	}
	return !PersonNoun(st) && !lexicon.IsPersonNoun(w) && !lexicon.IsTitle(st) && corefGender[st] == 0
}

// modifierOnly reports whether words, an entity's, hold the head of a
// description only as the word before another noun before its name
// (mods): "deal maker Ann Cole" is no deal.
func modifierOnly(words, mods []string, head string) bool {
	n := 0
	for _, x := range words {
		if sameNoun(x, head) {
			n++
		}
	}
	for _, x := range mods {
		if sameNoun(x, head) {
			n--
		}
	}
	return n <= 0
}

// pluralNoun reports whether a word shaped like a verb in -s is the plural
// of a noun no verb shares: "artists", "architects", not "says" or "beats".
func pluralNoun(w string) bool {
	st, ok := strings.CutSuffix(w, "s")
	return ok && len(st) > 3 && !strings.HasSuffix(st, "s") && !lexicon.VerbLike(st)
}

// appositionWords adds to inf the words of an apposition's description
// from token j (before end): its lower-case words and titles, past the
// name of a place or body that qualifies them ("Tony Lloyd, the
// Manchester Central MP,": "mp"), up to a preposition, "who" or a comma.
func (c *Resolver) appositionWords(inf *corefEnt, j, end int) {
	d := c.d
	for ; j < end; j++ {
		t := d.Tok(j)
		w := lower(t)
		if lexicon.IsPreposition(w) || w == "who" || !isLower(t) && !textdoc.IsDigitByte(t[0]) && !lexicon.IsTitle(strings.TrimSuffix(w, ".")) && !c.placeWord(j) && !c.bodyWord(j) {
			return
		}
		if isLower(t) || lexicon.IsTitle(strings.TrimSuffix(w, ".")) && !c.placeWord(j) && !c.bodyWord(j) {
			inf.words = append(inf.words, strings.TrimSuffix(w, "."))
		}
		if n, ok := yearsOld(w); ok {
			inf.ages = append(inf.ages, n) // "Ruiz, a 41-year-old accountant,": no other age's
		}
	}
}

// tenureWord reports a word for how long someone has held their job,
// which the article seldom gives before: "sixth-year" (receiver),
// "second-year" (centre), "first-term" (MP), "12-season" (veteran). How
// often someone has won ("two-time champion") stays a word to match: it
// tells one champion from another.
func tenureWord(w string) bool {
	i := strings.LastIndexByte(w, '-')
	if i <= 0 {
		return false
	}
	switch w[i+1:] {
	case "year", "season", "term":
	default:
		return false
	}
	n := w[:i]
	if textdoc.IsDigitByte(n[0]) || lexicon.IsOrdinal(n) {
		return true
	}
	switch n {
	case "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve":
		return true
	}
	return false
}

// yearsOld reads "34-year-old" as 34.
func yearsOld(w string) (int, bool) {
	i := strings.Index(w, "-year-old")
	if i <= 0 {
		return 0, false
	}
	n, err := strconv.Atoi(w[:i])
	return n, err == nil && n > 0 && n < 120
}

// corefPersonNouns are nouns that can name any person in the story: the
// most salient person of the gender they allow is the one meant.
var corefPersonNouns = map[string]bool{"businessman": true, "businesswoman": true, "tycoon": true, "billionaire": true,
	"teammate": true, "team-mate": true, "classmate": true, "roommate": true, "housemate": true, "flatmate": true,
	"bandmate": true, "schoolmate": true, "cellmate": true, "seed": true,
	"fan": true, "commenter": true, "viewer": true, "reader": true, "listener": true, "caller": true, "voter": true,
	"follower": true, "spectator": true, "onlooker": true, "bystander": true, "passerby": true, "patron": true,
	"millionaire": true, "actress": true, "actor": true, "singer": true, "star": true, "rookie": true, "veteran": true,
	"player": true, "striker": true, "defenceman": true, "defenseman": true, "goalkeeper": true, "goalie": true,
	"midfielder": true, "defender": true, "forward": true, "winger": true, "pitcher": true, "quarterback": true,
	"boss": true, "executive": true, "entrepreneur": true, "investor": true, "founder": true, "candidate": true,
	"nominee": true, "frontrunner": true, "front-runner": true, "incumbent": true, "challenger": true,
	"politician": true, "lawmaker": true, "legislator": true, "senator": true, "congressman": true,
	"congresswoman": true, "governor": true, "mayor": true, "president": true, "minister": true, "premier": true,
	"chancellor": true, "leader": true, "chief": true, "chairman": true, "chairwoman": true, "director": true,
	"manager": true, "coach": true, "novelist": true, "artist": true, "peer": true, "councillor": true,
	"councilor": true, "councilman": true, "councilwoman": true, "alderman": true, "backbencher": true,
	"musician": true, "rapper": true, "comedian": true, "filmmaker": true, "director-general": true,
	"secretary": true, "spokesman": true, "spokeswoman": true, "spokesperson": true, "official": true,
	"economist": true, "analyst": true, "professor": true, "scientist": true, "researcher": true, "doctor": true,
	"surgeon": true, "lawyer": true, "attorney": true, "judge": true, "justice": true, "prosecutor": true, "officer": true,
	"detective": true, "sheriff": true, "athlete": true, "champion": true, "runner": true, "golfer": true,
	"cyclist": true, "swimmer": true, "boxer": true, "skater": true, "driver": true, "rider": true,
	"captain": true, "mogul": true, "magnate": true, "financier": true, "banker": true, "trader": true, "owner": true,
	"activist": true, "campaigner": true, "diplomat": true, "ambassador": true, "envoy": true, "general": true,
	"commander": true, "republican": true, "democrat": true, "conservative": true, "liberal": true,
	"star's": true, "ex-president": true, "presenter": true, "host": true, "anchor": true, "journalist": true,
	"reporter": true, "columnist": true, "commentator": true, "pundit": true, "celebrity": true, "model": true,
	"designer": true, "chef": true, "priest": true, "pastor": true, "cleric": true, "bishop": true,
	"archbishop": true, "pope": true, "king": true, "queen": true, "prince": true, "princess": true,
	"monarch": true, "dictator": true, "strongman": true, "hopeful": true, "contender": true, "nominee's": true,
	"ceo": true, "chief-executive": true, "founder's": true, "superstar": true, "legend": true, "winner": true,
	"loser": true, "mother": true, "father": true, "wife": true, "husband": true, "son": true,
	"daughter": true, "widow": true, "fighter": true, "batsman": true, "bowler": true, "cricketer": true,
	"footballer": true, "tennis": true, "scorer": true, "frontman": true, "vocalist": true, "guitarist": true,
	"drummer": true, "producer": true, "playwright": true, "poet": true, "novice": true, "newcomer": true,
	"editor": true, "writer": true, "author": true, "critic": true, "correspondent": true}

// corefPersonOpen are person nouns a new person is often introduced by,
// so that "the man" after "a man" is that man, not the named person before.
var corefPersonOpen = map[string]bool{"man": true, "woman": true, "boy": true, "girl": true, "teenager": true,
	"suspect": true, "victim": true, "witness": true, "driver": true, "officer": true, "youngster": true,
	"defendant": true, "accused": true, "plaintiff": true, "owner": true, "mother": true, "father": true}

// corefOrgNouns are nouns that any organisation of their kind may be called:
// the most salient organisation is the one meant, when no name holds the noun.
var corefOrgNouns = map[string]bool{"company": true, "firm": true, "group": true, "giant": true, "maker": true,
	"manufacturer": true, "carmaker": true, "automaker": true, "retailer": true, "supermarket": true, "chain": true,
	"airline": true, "carrier": true, "lender": true, "bank": true, "insurer": true, "operator": true,
	"conglomerate": true, "corporation": true, "business": true, "start-up": true, "startup": true, "brand": true,
	"publisher": true, "studio": true, "label": true, "producer": true, "developer": true, "utility": true,
	"monopoly": true, "team": true, "club": true, "side": true, "franchise": true, "organisation": true,
	"organization": true, "body": true, "charity": true, "agency": true, "regulator": true, "watchdog": true,
	"ministry": true, "department": true, "administration": true, "authority": true, "council": true,
	"committee": true, "commission": true, "board": true, "union": true, "federation": true, "association": true,
	"league": true, "party": true, "campaign": true, "organizers": true, "organisers": true, "institute": true,
	"university": true, "college": true, "school": true, "hospital": true, "foundation": true, "movement": true,
	"coalition": true, "alliance": true, "service": true, "railway": true, "railroad": true,
	"office": true, "force": true, "unit": true, "bureau": true, "exchange": true, "fund": true,
	"think-tank": true, "tank": true, "court": true, "tribunal": true, "police": true, "army": true,
	"military": true, "militia": true, "government": true, "cabinet": true, "parliament": true, "senate": true,
	"legislature": true, "assembly": true, "embassy": true, "consulate": true, "mission": true, "ngo": true,
	"society": true, "trust": true, "plant": true, "mine": true, "outfit": true, "squad": true}

// corefFirmNouns are the nouns of corefOrgNouns for a business: "the
// company" is no union, party, ministry or police force (firmFits).
var corefFirmNouns = map[string]bool{"company": true, "firm": true, "giant": true, "maker": true, "manufacturer": true,
	"carmaker": true, "automaker": true, "retailer": true, "supermarket": true, "chain": true, "airline": true,
	"lender": true, "insurer": true, "conglomerate": true, "corporation": true, "business": true, "start-up": true,
	"startup": true, "brand": true, "publisher": true, "studio": true, "label": true, "developer": true}

// corefBodyWords are words whose place in an organisation's name marks it
// as a public body, a members' body or a force, which no noun of
// corefFirmNouns calls: "Teamsters Canada Rail Conference", "Ontario
// Securities Commission", "Liberal Party".
var corefBodyWords = map[string]bool{"union": true, "unions": true, "teamsters": true, "association": true,
	"federation": true, "conference": true, "congress": true, "council": true, "committee": true, "commission": true,
	"ministry": true, "department": true, "agency": true, "authority": true, "party": true, "government": true,
	"police": true, "court": true, "parliament": true, "senate": true, "assembly": true, "league": true,
	"coalition": true, "alliance": true, "society": true, "foundation": true, "charity": true, "university": true,
	"college": true, "school": true, "church": true, "army": true, "navy": true, "regulator": true, "tribunal": true,
	"ombudsman": true, "watchdog": true}

// firmFits reports whether organisation i may be what a noun of
// corefFirmNouns calls it: no word of its names marks it as another kind
// of body (corefBodyWords). Other nouns fit any organisation.
func (c *Resolver) firmFits(i int, head string) bool {
	if !corefFirmNouns[head] {
		return true
	}
	for _, w := range c.wordsOf(i) {
		if corefBodyWords[w] {
			return false
		}
	}
	return true
}

// corefKindWords are, for a noun of corefOrgNouns, other words that mark
// a name as that kind of body: "the union" is the Teamsters or the
// Federation of Nurses whose names do not say "union".
var corefKindWords = map[string][]string{
	"union": {"teamsters", "unifor", "federation", "workers", "employees", "brotherhood", "guild", "syndicate"},
}

// kindNamed reports whether a word of organisation i's names marks it as
// the kind of body head names (corefKindWords).
func (c *Resolver) kindNamed(i int, head string) bool {
	for _, k := range corefKindWords[head] {
		if c.hasWords(i, k) {
			return true
		}
	}
	if head == "union" && c.hasWords(i, "association") {
		// an association of working people is a union: the "Ontario
		// Nurses' Association", the "Junior Players' Association"; not the
		// "Bar Association"
		for _, w := range c.wordsOf(i) {
			if w = strings.TrimRight(w, "'\u2019"); strings.HasSuffix(w, "ers") || strings.HasSuffix(w, "s") && lexicon.IsPersonNoun(strings.TrimSuffix(w, "s")) {
				return true
			}
		}
	}
	return false
}

// corefOrgNamed are organisation nouns that stand for an organisation only
// when the name of one in the story holds them ("the police" is the Ventura
// Police Department, never the company in focus).
var corefOrgNamed = map[string]bool{"police": true, "army": true, "military": true, "government": true,
	"court": true, "tribunal": true, "parliament": true, "senate": true, "legislature": true, "assembly": true,
	"cabinet": true, "embassy": true, "consulate": true, "mission": true, "plant": true, "mine": true,
	"exchange": true, "fund": true, "school": true, "hospital": true, "university": true, "college": true,
	"party": true, "office": true, "service": true, "force": true, "unit": true, "militia": true}

// corefPlaceNouns name the place in focus: "the country", "the city".
var corefPlaceNouns = map[string]bool{"country": true, "nation": true, "city": true, "state": true, "province": true,
	"town": true, "region": true, "island": true, "capital": true, "kingdom": true, "republic": true, "village": true}

// corefSpeaksFor are nouns of a person or thing that speaks for whoever
// owns it: "a Vodafone spokesman", "the ministry's statement", "his lawyer".
var corefSpeaksFor = map[string]bool{"spokesman": true, "spokeswoman": true, "spokesperson": true,
	"spokesmen": true, "spokeswomen": true, "spokespeople": true, "spokespersons": true, "representative": true,
	"representatives": true, "official": true, "officials": true, "source": true, "sources": true,
	"statement": true, "statements": true, "release": true, "announcement": true, "letter": true, "website": true,
	"office": true, "campaign": true, "spokesteam": true, "team": true, "aide": true, "aides": true,
	"lawyer": true, "lawyers": true, "attorney": true, "attorneys": true, "account": true, "twitter": true,
	"feed": true, "report": true, "filing": true, "memo": true, "minutes": true, "press": true,
	"communications": true, "staff": true, "camp": true, "people": true,
	// what someone wrote or said: "Ray's fundraising email", "in Forbes' words"
	"email": true, "emails": true, "e-mail": true, "words": true, "remarks": true, "comments": true,
	"dictum": true, "message": true, "messages": true, "tweet": true, "tweets": true, "post": true, "posts": true,
	"blog": true, "column": true, "op-ed": true, "memoir": true, "book": true, "speech": true, "interview": true,
	"ad": true, "ads": true, "advert": true, "video": true, "note": true, "notes": true, "petition": true,
	"newsletter": true, "claim": true, "claims": true}

// corefOrgOwned are the people and parts of an organisation that speak for
// it, though not for a person: "its chief" is the company's, "his chief" is
// not him.
var corefOrgOwned = map[string]bool{"chief": true, "boss": true, "director": true, "executive": true,
	"executives": true, "board": true, "management": true, "leadership": true, "chairman": true,
	"chairwoman": true, "head": true, "president": true, "founder": true, "owner": true, "owners": true,
	"founders": true, "maker": true, "makers": true, "developer": true, "developers": true, "authors": true,
	"designers": true, "creators": true, "organisers": true, "organizers": true, "publishers": true}

// corefMediaNouns name a news organisation: the most salient one whose name
// reads like a newspaper's or broadcaster's.
var corefMediaNouns = map[string]bool{"newspaper": true, "paper": true, "magazine": true, "broadcaster": true,
	"network": true, "station": true, "channel": true, "outlet": true, "tabloid": true, "daily": true, "weekly": true,
	"website": true, "publication": true}

// corefMediaWords mark the names of news organisations.
var corefMediaWords = map[string]bool{"news": true, "times": true, "post": true, "journal": true, "herald": true,
	"tribune": true, "telegraph": true, "guardian": true, "gazette": true, "mail": true, "magazine": true,
	"daily": true, "press": true, "radio": true, "tv": true, "television": true, "broadcasting": true,
	"chronicle": true, "observer": true, "review": true, "weekly": true, "bbc": true, "cnn": true, "abc": true,
	"nbc": true, "cbs": true, "fox": true, "msnbc": true, "reuters": true, "star": true, "sun": true,
	"independent": true, "express": true, "mirror": true, "economist": true, "globe": true, "record": true,
	"inquirer": true, "examiner": true, "bulletin": true, "courier": true, "dispatch": true, "register": true,
	"politico": true, "bloomberg": true, "blaze": true, "breitbart": true, "huffington": true, "atlantic": true,
	"newsweek": true, "time": true, "cbc": true, "ctv": true, "itv": true, "sky": true, "npr": true, "pbs": true}

// media reports whether organisation i is named like a news organisation.
func (c *Resolver) media(i int) bool {
	for _, w := range c.wordsOf(i) {
		if corefMediaWords[strings.Trim(w, ".'’")] {
			return true
		}
	}
	return false
}

// corefPron are the personal pronouns coreference resolves, with the
// agreement they ask: 'm', 'f', 'n' (it) or 'p' (they).
var corefPron = map[string]byte{"he": 'm', "him": 'm', "his": 'm', "himself": 'm', "she": 'f', "her": 'f',
	"hers": 'f', "herself": 'f', "it": 'n', "its": 'n', "itself": 'n', "they": 'p', "them": 'p', "their": 'p',
	"themselves": 'p'}

// ResolveExcept resolves the mention [s, e) as Resolve does, but never to
// entity ent: a quotation's speaker is seldom the one its words name ("“It
// would be fantastic to have Jenna in the team,” said the champion").
func (c *Resolver) ResolveExcept(s, e, ent int) int {
	if s < 0 || e > len(c.d.Text) || s >= e {
		return -1
	}
	if si := c.d.SentOf(s); si > c.passed {
		c.pass(max(c.passed, si-passBack), si)
		c.passed = si
	}
	c.exclude = ent
	defer func() { c.exclude = -1 }()
	return c.resolve0(s, e) // not remembered: the answer holds for this question only
}

// Resolve returns the index of the entity that the mention [s, e) refers
// to, or -1: a name's entity, a pronoun's or description's antecedent.
func (c *Resolver) Resolve(s, e int) int {
	if s < 0 || e > len(c.d.Text) || s >= e {
		return -1
	}
	if si := c.d.SentOf(s); si > c.passed {
		c.pass(max(c.passed, si-passBack), si)
		c.passed = si
	}
	return c.resolve(s, e)
}

// ResolveSpeaker resolves the mention [s, e) as Resolve does, for a
// mention the caller knows to speak: the subject of a speech verb, which
// selects someone who speaks. A definite description whose head noun no
// list holds ("the Waterford man", "the Edmonton native") is anaphoric and
// then refers as a noun any person may be called does: to the person in
// focus of its gender; not when an indefinite phrase introduced someone by
// that noun ("a local man … the local man"), nor for a plural head (a
// group). A head that names a body, a document, a place or a news
// organisation resolves as Resolve resolves it.
func (c *Resolver) ResolveSpeaker(s, e int) int {
	r := c.Resolve(s, e)
	if r >= 0 || s < 0 || e > len(c.d.Text) || s >= e || c.exclude >= 0 {
		return r
	}
	c.speaking = true
	r = c.resolve0(s, e)
	c.speaking = false
	if r >= 0 {
		c.seen[[2]int{s, e}] = r
		c.add(s, e, r)
	}
	return r
}

// passBack is how many sentences before a place the pass resolves before
// resolving there.
const passBack = 3

// resolve is Resolve once the pass has gone before [s, e).
func (c *Resolver) resolve(s, e int) int {
	if c.exclude >= 0 {
		return c.resolve0(s, e) // ResolveExcept's answers are not remembered
	}
	if r, ok := c.seen[[2]int{s, e}]; ok {
		return r
	}
	r := c.resolve0(s, e)
	c.seen[[2]int{s, e}] = r
	if r >= 0 {
		c.add(s, e, r)
	}
	return r
}

// add records that [s, e) mentions entity ent, for the salience of later places.
func (c *Resolver) add(s, e, ent int) {
	k := c.ments.from(s)
	if k < c.ments.len() && c.ments.at(k).s == s {
		return
	}
	si := c.d.SentOf(s)
	if si < 0 {
		return
	}
	c.ments.insert(k, corefMention{s: s, e: e, ent: ent, sent: si, ref: true})
	if inf := &c.info[ent]; inf.first == 0 || s < inf.first-1 {
		inf.first = s + 1
	}
}

func (c *Resolver) resolve0(s, e int) int {
	d := c.d
	k0 := sort.Search(len(d.Toks), func(i int) bool { return d.Toks[i].End > s })
	k1 := sort.Search(len(d.Toks), func(i int) bool { return d.Toks[i].Start >= e }) // tokens [k0, k1)
	if k0 >= k1 {
		return -1
	}
	first, last := lower(d.Tok(k0)), lower(strings.TrimSuffix(d.Tok(k1-1), "."))
	if k1-k0 == 1 {
		if g, ok := corefPron[first]; ok {
			return c.pronoun(s, g)
		}
	}
	if c.demonym(k0, k1) {
		return c.national(s, k0, k1)
	}
	// a name, or a phrase holding one: "a Vodafone spokesman", "the
	// ministry's statement", "Clinton's lawyer"
	prep := -1 // "a spokesman for the club", "a woman in Easton" (not "Orbis Telecom in Calgary"): the preposition after the head
	for k := k0 + 1; k < k1-1; k++ {
		if w := lower(d.Tok(k)); w == "for" || w == "at" || w == "of" || w == "from" || w == "with" || w == "in" && isLower(d.Tok(k-1)) {
			prep = k
			break
		}
	}
	if ei := c.entityIn(s, e); ei >= 0 {
		inf := c.info[ei]
		if prep < 0 && inf.kind != 'p' && c.titleAfter(k0, k1) {
			// "the Ealing North MP": the person who holds the title
			return c.description(s, k0, k1, last)
		}
		if prep < 0 && !isLower(d.Tok(k1-1)) {
			return ei // the phrase is the name: "the White House", "Defence Minister Amir Hatami"
		}
		if prep < 0 && corefSpeaksFor[last] && (inf.kind == 'o' || inf.kind == 'p' || inf.kind == 'g') && !c.former(k0, k1) {
			if first == "the" && inf.kind != 'p' {
				if pi := c.bodysRole(s, ei, last); pi >= 0 {
					return pi // "Lib Dem spokesman Vince Cable … the Lib Dem spokesman": the person named so
				}
			}
			return ei // "a Vodafone spokesman", not "a former U.S. official"
		}
	}
	if prep < 0 && (corefSpeaksFor[last] || corefDocNouns[last]) {
		// "a statement on her website", "a message from the club": the
		// phrase goes on past the words given
		if ei, ok := c.ownerAfter(k1); ok && ei >= 0 {
			return ei
		}
	}
	if prep > 0 {
		if corefSpeaksFor[lower(d.Tok(prep-1))] {
			return c.resolve(d.Toks[prep+1].Start, e)
		}
		return -1 // "an analyst at Nomura" speaks for no one
	}
	// a possessor: "his lawyer", "the company's statement", "its chief"
	for k := k0; k < k1-1; k++ {
		if isPossessive(d.Tok(k+1)) && (corefSpeaksFor[last] || corefOrgOwned[last]) {
			ei := c.resolve(d.Toks[k0].Start, d.Toks[k].End)
			if ei >= 0 && (corefSpeaksFor[last] || c.info[ei].kind == 'o') {
				return ei
			}
			return -1
		}
	}
	if g, ok := corefPron[first]; ok && k1-k0 >= 2 && (first == "his" || first == "her" || first == "its" || first == "their") {
		if g == 'n' && !corefSpeaksFor[last] && (lexicon.IsTitle(last) || corefPersonNouns[last] || agentNoun(last)) {
			if ei := c.roleHolder(s, k0, k1); ei >= 0 {
				return ei // "its co-chairman": the person who holds the role
			}
		}
		if corefSpeaksFor[last] || corefDocNouns[last] && !corefDocsReceived[last] || g == 'n' && corefOrgOwned[last] {
			return c.pronoun(s, g) // "his lawyer", "her lawsuit", "its chief"
		}
		if kinNouns[last] && k1-k0 == 2 {
			// "his son said": the one the article named as someone's son
			// ("his son Greg Kuzyk", "Her son, Ian MacIsaac,")
			c.ensureAppositions()
			kin := func(i int) bool {
				return c.info[i].kind == 'p' && c.hasWords(i, last) && (corefGender[last] == 0 || c.info[i].gender == 0 || c.info[i].gender == corefGender[last])
			}
			if ei := c.salient(s, kin, 12); ei >= 0 {
				return ei
			}
			return c.latestBefore(s, kin)
		}
		return -1
	}
	// "a ministry spokesman", "a company spokeswoman": the body the
	// modifier names
	if corefSpeaksFor[last] && k1-k0 >= 3 {
		if m := d.Tok(k1 - 2); isLower(m) && corefOrgNouns[m] {
			return c.salient(s, func(i int) bool { return c.info[i].kind == 'o' && (c.hasWords(i, m) || !corefOrgNamed[m]) }, 6)
		}
	}
	if !isLower(d.Tok(k1-1)) && !textdoc.IsDigitByte(last[0]) {
		return -1
	}
	if corefSpeaksFor[last] {
		if w := c.namedOwner(k0, k1); w != "" {
			// "a Conservative spokeswoman", "a Tory official": the name
			// before the noun says whom the phrase speaks for, a body
			// whose name holds it, never another body in focus
			return c.salient(s, func(i int) bool { return c.info[i].kind == 'o' && c.hasWords(i, w) }, 6)
		}
	}
	// "a spokesman", "the spokeswoman": for whoever the spokesperson just
	// named spoke for ("the prime minister's spokesman said … the
	// spokesman said"), else for the organisation in focus
	if corefSpokes[last] && k1-k0 <= 3 {
		return c.spokesperson(s, k0, last)
	}
	// "our correspondent": the writer's paper's, named nearby
	definite := first == "the" || first == "this" || first == "that" || first == "our"
	if !definite {
		if (first == "a" || first == "an") && corefPublished[last] {
			return c.publishedBy(s, k1) // "Christian Aid warned in a new report"
		}
		return -1 // "a businessman" is someone new
	}
	return c.description(s, k0, k1, last)
}

// roleHolder returns, for "its" and a person's role in tokens [k0, k1)
// at offset s ("its co-chairman", "its chief executive"), when "its"
// refers to a body: the person in focus whom the article gives the role,
// else the person the next two sentences name first, whom it gives no
// other role; or -1.
func (c *Resolver) roleHolder(s, k0, k1 int) int {
	d := c.d
	if c.pronoun(s, 'n') < 0 {
		return -1
	}
	var want []string
	for k := k0 + 1; k < k1; k++ {
		if w := strings.TrimSuffix(lower(d.Tok(k)), "."); w != "" && !lexicon.IsSoftRole(w) {
			want = append(want, w)
		}
	}
	if len(want) == 0 {
		return -1
	}
	holder := func(i int) bool { return c.info[i].kind == 'p' && c.hasWords(i, want...) && !c.lesserOffice(i, want) }
	if ei := c.salient(s, holder, 12); ei >= 0 {
		return ei
	}
	if ei := c.protagonist(s, holder); ei >= 0 {
		return ei
	}
	return c.namedAfter(s, func(i int) bool { return c.info[i].kind == 'p' && !c.otherRole(i, want) })
}

// otherRole reports whether the article gives person i a role of a
// person's noun that want does not hold: "analyst Tom Reyes" is no
// company's chief executive.
func (c *Resolver) otherRole(i int, want []string) bool {
	for _, w := range c.wordsOf(i) {
		if (corefPersonNouns[w] || agentNoun(w)) && !holds(want, []string{w}) {
			return true
		}
	}
	return false
}

// corefResearchers are the nouns of a group of people that works for a
// body: "the researchers" are the body the article gave them.
var corefResearchers = map[string]bool{"researchers": true, "scientists": true, "academics": true, "team": true,
	"investigators": true, "engineers": true}

// groupBody returns, for a group of corefResearchers at token k0, the body
// the sentences before give a group of that kind: the body named before
// its noun ("Kestrel Institute researchers") or after it by "from", "at"
// or "of", past a comma ("The research team, from the Kestrel Institute,
// said"); or -1.
func (c *Resolver) groupBody(k0 int) int {
	d := c.d
	from, ok := c.sentsBack(k0, 6)
	if !ok {
		return -1
	}
	for j := k0 - 1; j >= from; j-- {
		if !corefResearchers[lower(d.Tok(j))] || c.quote(d.Toks[j].Start) {
			continue
		}
		if j-1 >= from {
			if ei := c.bodyAt(j - 1); ei >= 0 {
				return ei // "Kestrel Institute researchers"
			}
		}
		k := j + 1
		if k < len(d.Toks) && d.Tok(k) == "," {
			k++
		}
		if k >= len(d.Toks) {
			continue
		}
		if w := lower(d.Tok(k)); w != "from" && w != "at" && w != "of" {
			continue
		}
		for x := k + 1; x < len(d.Toks) && x <= k+8 && d.Tok(x) != "," && d.Tok(x) != "."; x++ {
			if ei := c.bodyAt(x); ei >= 0 {
				return ei
			}
		}
	}
	return -1
}

// publishedBy returns who published the document of a phrase at s ending
// before token k1 that introduces it ("a new report"): the one "by" names
// after it, else the subject of its own sentence before it, or -1.
func (c *Resolver) publishedBy(s, k1 int) int {
	if ei := c.byAuthor(k1); ei >= 0 || c.agentNamed(k1) {
		return ei
	}
	si := c.d.SentOf(s)
	km := c.ments.from(s) - 1
	for ; km >= 0 && c.ments.at(km).sent == si; km-- {
		if m := *c.ments.at(km); c.weight(km) >= 100 && (c.info[m.ent].kind == 'p' || c.info[m.ent].kind == 'o') && !m.ref {
			return m.ent
		}
	}
	return -1
}

// description resolves the definite description of tokens [k0, k1) at
// offset s, of last word last, by its head noun: a country for a
// government, the author of a document, a place, a news organisation, an
// organisation or a person of its kind.
func (c *Resolver) description(s, k0, k1 int, last string) int {
	ei := c.description0(s, k0, k1, last)
	if ei >= 0 || c.skipAges {
		return ei
	}
	// an age before the head ("the 27-year-old captain") that the article
	// gives no one: the one the head describes
	for k := k0 + 1; k < k1-1; k++ {
		if _, age := yearsOld(lower(c.d.Tok(k))); age {
			c.skipAges = true
			defer func() { c.skipAges = false }()
			return c.description0(s, k0, k1, last)
		}
	}
	return ei
}

// description0 is description, reading an age before the head as a word
// the one described must have unless skipAges is set.
func (c *Resolver) description0(s, k0, k1 int, last string) int {
	d := c.d
	// "the government", "the Indian government": the country it governs
	if corefGovernment[last] {
		return c.country(s, k0, k1)
	}
	// the words of the description, without determiners and soft words
	var want, core []string // core: without the words of a body's name
	for k := k0 + 1; k < k1; k++ {
		w := strings.TrimSuffix(lower(d.Tok(k)), ".")
		if _, age := yearsOld(w); age && k < k1-1 && c.skipAges {
			continue // the second reading of "the 27-year-old captain": the captain
		}
		if w == "" || (lexicon.IsSoftRole(w) || tenureWord(w)) && k < k1-1 || lexicon.IsDeterminer(w) || emphatic[w] {
			continue // "the chancellor himself"; a soft word is the head of "the veteran"
		}
		if c.placeWord(k) {
			continue // "the Iranian foreign minister", "the Ealing North MP"
		}
		if isPossessive(d.Tok(k)) {
			want, core = want[:0], core[:0] // "the province's chief coroner": the role after its possessor
			continue
		}
		want = append(want, w)
		if isLower(d.Tok(k)) || !c.bodyWord(k) {
			core = append(core, w)
		}
	}
	if len(want) == 0 {
		return -1
	}
	head := want[len(want)-1]
	// "the world number one", "the British number two": a rank any
	// person of the story may hold
	rank := k1-k0 >= 3 && numberWords[last] && lower(d.Tok(k1-2)) == "number"
	if n, ok := yearsOld(head); ok {
		if c.ageIntroduced(k0, head) {
			return -1 // "a 23-year-old man was hurt … the 23-year-old": someone new
		}
		return c.byAge(s, n)
	}
	if corefDocNouns[head] {
		if ei := c.byAuthor(k1); ei >= 0 {
			return ei // "the report, by the Tax Institute, said"
		}
		if ei := c.author(k0, head); ei >= 0 || !corefPublished[head] {
			return ei
		}
		// "The audit office urged … It said … The report said": the
		// body in focus published it
		c.subjects = true
		defer func() { c.subjects = false }()
		return c.salient(s, func(i int) bool { return c.info[i].kind == 'o' }, 2)
	}
	if corefResearchers[head] {
		// "A team from the Kestrel Institute … the researchers said"
		if ei := c.groupBody(k0); ei >= 0 || head != "team" {
			return ei
		}
	}
	switch {
	case corefPlaceNouns[head]:
		return c.salient(s, func(i int) bool { return c.info[i].kind == 'g' }, 3)
	case corefMediaNouns[head]:
		c.ensureAppositions()
		return c.salient(s, func(i int) bool {
			return c.info[i].kind == 'o' && (c.media(i) || holds(c.info[i].given, want[len(want)-1:]))
		}, 12)
	case corefOrgNouns[head]:
		c.ensureAppositions()
		kind := func(i int) bool {
			return c.info[i].kind == 'o' && (c.hasWords(i, head) || c.kindNamed(i, head) || holds(c.info[i].given, want[len(want)-1:]))
		}
		named := c.salient(s, kind, 12)
		if named < 0 {
			named = c.latestBefore(s, kind) // "the union" paragraphs after "the Junior Players' Association"
		}
		if named >= 0 || corefOrgNamed[head] {
			return named
		}
		if w := c.namedOwner(k0, k1); w != "" {
			// "the Democrat convention committee": the body whose name
			// holds the capitalised word, not the one in focus
			if ei := c.salient(s, func(i int) bool { return c.info[i].kind == 'o' && c.hasWords(i, w) }, 12); ei >= 0 {
				return ei
			}
		}
		c.subjects = true
		defer func() { c.subjects = false }()
		return c.salient(s, func(i int) bool { return c.info[i].kind == 'o' && c.firmFits(i, head) }, 3)
	case rank || lexicon.IsTitle(head) || corefPersonNouns[head] || lexicon.IsSpeakerNoun(head) && lexicon.IsPersonNoun(head) || agentNoun(head):
		return c.personDescribed(s, k0, k1, want, core, rank)
	}
	if head == "authors" {
		return c.docAuthors(k0) // "A study of the floods, from the Kestrel Institute, found … the authors say"
	}
	// a noun no list holds, which the article gives someone: "Wales prop
	// Owen Evans … the prop", "artists Hale & Moss … the artists"
	c.ensureAppositions()
	// a word that only qualifies the noun before a name describes no one
	// ("deal maker Ann Cole … the deal"), unless the phrase goes on with
	// that noun past the words given ("The seventh | seed")
	next := ""
	if k1 < len(d.Toks) && isLower(d.Tok(k1)) {
		next = lower(d.Tok(k1))
	}
	ei := c.salient(s, func(i int) bool {
		switch inf := &c.info[i]; inf.kind {
		case 'p':
			return c.hasWords(i, want...) && (!modifierOnly(c.wordsOf(i), inf.mods, head) || next != "" && c.hasWords(i, next))
		case 'o':
			return holds(inf.given, want) && (!modifierOnly(inf.given, inf.mods, head) || next != "" && holds(inf.given, []string{next}))
		}
		return false
	}, 12)
	if ei < 0 && c.speaking && !pluralNoun(head) && !corefSpeaksFor[head] && !c.newcomerBefore(k0) {
		// "“…,” said the Edmonton native": one who speaks, whom the
		// article has named, though not in the description's own
		// sentence ("Berg went on while a heckler shouted")
		c.notNamedIn = d.SentOf(s)
		defer func() { c.notNamedIn = -1 }()
		return c.personDescribed(s, k0, k1, want, core, false)
	}
	return ei
}

// namedIn reports whether sentence si names entity i outside quotations.
func (c *Resolver) namedIn(i, si int) bool {
	if si < 0 {
		return false
	}
	st := c.d.Sents[si]
	for k := c.ments.from(st.Start); k < c.ments.len() && c.ments.at(k).s < st.End; k++ {
		if m := *c.ments.at(k); m.ent == i && !m.ref && !c.quote(m.s) {
			return true
		}
	}
	return false
}

// newcomerBefore reports whether an indefinite phrase outside quotations
// introduces someone new in the sentence of token k before it or in the
// sentence before: "a" or "an" and a noun for a person ("a young woman")
// or a phrase a relative clause follows ("a young child, who said"). A
// description that speaks after it is that newcomer, whom no name holds.
func (c *Resolver) newcomerBefore(k int) bool {
	d := c.d
	from, ok := c.sentsBack(k, 1)
	if !ok {
		return false
	}
	for j := from; j < k; j++ {
		if w := lower(d.Tok(j)); w != "a" && w != "an" || c.quote(d.Toks[j].Start) {
			continue
		}
		for x := j + 1; x < k && x < j+6; x++ {
			t := d.Tok(x)
			w := lower(t)
			if w == "who" {
				return x > j+1 // "a protester who", "a young child, who"
			}
			if lexicon.IsPersonNoun(w) || PersonNoun(w) || corefGender[w] != 0 || lexicon.IsTitle(w) {
				return true // "a young woman"
			}
			if t != "," && (!isLower(t) || lexicon.IsFunctionWord(w)) {
				break
			}
		}
	}
	return false
}

// personDescribed resolves a description of a person at offset s whose
// words are want (core without a body's name, "the Labour MP"; rank: a
// rank such as "number one"): the latest person whose titles or roles
// hold its words, all of them, else those of core; else, for a noun any
// person may be called, the most salient person of its gender.
func (c *Resolver) personDescribed(s, k0, k1 int, want, core []string, rank bool) int {
	head := want[len(want)-1]
	g := corefGender[head]
	argued := c.clauseNames(k1)
	agree := func(i int) bool {
		return c.info[i].kind == 'p' && (g == 0 || c.info[i].gender == 0 || c.info[i].gender == g) && !c.namedIn(i, c.notNamedIn) && c.officeFits(i, head) &&
			!slices.Contains(argued, i)
	}
	if ei := c.salient(s, func(i int) bool { return agree(i) && c.hasWords(i, want...) && !c.lesserOffice(i, want) }, 12); ei >= 0 {
		return ei
	}
	if len(core) > 0 && len(core) < len(want) {
		if ei := c.salient(s, func(i int) bool { return agree(i) && c.hasWords(i, core...) && !c.lesserOffice(i, core) }, 12); ei >= 0 {
			return ei
		}
	}
	if ei := c.nounModified(s, k0, want, agree); ei >= 0 {
		return ei
	}
	if lexicon.IsTitle(head) {
		// "the chancellor" long after "Chancellor Gordon Brown": the one
		// person of the story who holds the title
		if ei := c.protagonist(s, func(i int) bool { return agree(i) && c.hasWords(i, core...) && !c.lesserOffice(i, core) }); ei >= 0 {
			return ei
		}
	}
	if c.introduced(k0, head) {
		return -1
	}
	if ei := c.headlinePerson(s, agree); ei >= 0 {
		// "Blair defends school plans / The prime minister has defended"
		return ei
	}
	if ei := c.namedAfter(s, func(i int) bool { return agree(i) && c.hasWords(i, want...) && !c.lesserOffice(i, want) }); ei >= 0 {
		return ei // "“…,” the economy minister said. “…,” said economy minister Heizo Takenaka."
	}
	if !rank && !corefPersonNouns[head] && !agentNoun(head) && c.notNamedIn < 0 {
		return -1
	}
	if ei := c.salient(s, agree, 2); ei >= 0 {
		return ei
	}
	// "“…,” Hale said. “…” “…” Later the candidate said": quoted
	// sentences between do not push the person back
	if q := c.quotedBefore(s, 4); q > 0 {
		return c.salient(s, agree, 2+q)
	}
	return -1
}

// clauseNames returns the entities named, outside quotations, in the rest
// of the sentence of a description that ends before token k1 when a verb
// follows the description: the description is the subject of that verb,
// and a name in its clause is someone else ("the defender believes Ruiz is
// suited", "the coach praised Ruiz": not Ruiz); none when an apposition,
// a possessive or a name follows it instead.
func (c *Resolver) clauseNames(k1 int) []int {
	d := c.d
	if k1 >= len(d.Toks) {
		return nil
	}
	w := d.Tok(k1)
	if !isLower(w) || w == "'s" || w == "\u2019s" || lexicon.IsPreposition(lower(w)) || lower(w) == "and" || lower(w) == "or" || lexicon.IsRelPronoun(lower(w)) {
		return nil
	}
	si := d.SentOf(d.Toks[k1].Start)
	if si < 0 {
		return nil
	}
	// the clause ends at the first mark that may close it or open an
	// adjunct: "the governor said, before adding that he, Christie, …"
	end := d.Sents[si].End
	for k := k1 + 1; k < d.Sents[si].TokEnd; k++ {
		if t := d.Tok(k); t == "," || t == ";" || t == ":" || t == "(" || t == "\u2014" || t == "--" || t == "-" || c.quote(d.Toks[k].Start) {
			end = d.Toks[k].Start
			break
		}
	}
	var out []int
	for k := c.ments.from(d.Toks[k1].Start); k < c.ments.len() && c.ments.at(k).s < end; k++ {
		if m := *c.ments.at(k); !m.ref && c.info[m.ent].kind == 'p' {
			out = append(out, m.ent)
		}
	}
	return out
}

// OfficeFits reports whether the description [s, e) may refer to person
// ent by the office its last word names (officeFits): a caller that
// picks the referent of a description by other means, such as the
// speaker of the turn it continues, asks it.
func (c *Resolver) OfficeFits(ent, s, e int) bool {
	if ent < 0 || ent >= len(c.info) || s < 0 || e > len(c.d.Text) || s >= e {
		return true
	}
	head, _ := lastField(c.d.Text[s:e])
	return c.officeFits(ent, strings.TrimSuffix(lower(head), "."))
}

// lastField returns the last white-space separated field of s.
func lastField(s string) (string, bool) {
	f := strings.Fields(s)
	if len(f) == 0 {
		return "", false
	}
	return f[len(f)-1], true
}

// officeFits reports whether person i may hold the office a description's
// head names (lexicon.IsOffice): the article states no office of theirs,
// or one that may name the same post (lexicon.SameOffice: "Families
// Minister Jean Tremblay" is "the minister", "Prime Minister Ann Roy" "the
// leader"). One the article calls something else ("Maria Lopez, the
// executive director of …") is not "the critic" nor "the minister", whom
// a reader takes for someone new. A head no office ("the man", "the
// 34-year-old", "the billionaire") fits anyone.
func (c *Resolver) officeFits(i int, head string) bool {
	if !lexicon.IsOffice(head) {
		return true
	}
	stated := false
	for _, w := range c.wordsOf(i) {
		if w = strings.TrimSuffix(w, "s"); !lexicon.IsOffice(w) {
			continue
		}
		if lexicon.SameOffice(w, head) {
			return true
		}
		stated = true
	}
	return !stated
}

// quotedBefore counts the sentences, among the n before the one at offset
// s, that open inside a quotation.
func (c *Resolver) quotedBefore(s, n int) int {
	d := c.d
	si := d.SentOf(s)
	q := 0
	for x := si - 1; x >= 0 && x >= si-n; x-- {
		st := d.Sents[x]
		k := st.TokStart
		if t := d.Tok(k); k+1 < st.TokEnd && t != "" && !unicode.IsLetter(rune(t[0])) && !textdoc.IsDigitByte(t[0]) {
			k++ // past the opening mark
		}
		if k < st.TokEnd && c.quote(d.Toks[k].Start) {
			q++
		}
	}
	return q
}

// nounModified returns, for a description whose head lower-case words
// modify ("the conference speaker", "the campaign strategist"), the person
// nearby the article calls by the head alone ("corporate speaker Lance
// Wallnau"), unless a word of it names another office ("the deputy
// speaker"); or -1.
func (c *Resolver) nounModified(s, k0 int, want []string, agree func(int) bool) int {
	d := c.d
	if len(want) < 2 {
		return -1
	}
	head := want[len(want)-1]
	for k := k0 + 1; k < len(d.Toks) && lower(d.Tok(k)) != head; k++ {
		if !isLower(d.Tok(k)) {
			return -1
		}
	}
	for _, w := range want[:len(want)-1] {
		if lesserOffices[w] || lexicon.IsTitleModifier(w) || lexicon.IsTitle(w) {
			return -1
		}
	}
	return c.salient(s, func(i int) bool {
		return agree(i) && c.hasWords(i, head) && !c.lesserOffice(i, want[len(want)-1:])
	}, 2)
}

// titleAfter reports whether tokens [k0, k1) are "the", the name of a
// place or a body and a title that no name follows: "the Ealing North
// MP", "the Labour MP".
func (c *Resolver) titleAfter(k0, k1 int) bool {
	d := c.d
	if k1-k0 < 3 || lower(d.Tok(k0)) != "the" || isLower(d.Tok(k1-1)) || !lexicon.IsTitle(strings.TrimSuffix(lower(d.Tok(k1-1)), ".")) {
		return false // not "the M&S spokesman", who speaks for the body
	}
	for k := k0 + 1; k < k1-1; k++ {
		if isLower(d.Tok(k)) || c.entityIn(d.Toks[k].Start, d.Toks[k].End) < 0 && !c.placeWord(k) && !c.bodyWord(k) {
			return false
		}
	}
	return !c.placeWord(k1-1) && !c.bodyWord(k1-1)
}

// bodyWord reports whether token k is a word of an organisation's name.
func (c *Resolver) bodyWord(k int) bool { return c.bodyAt(k) >= 0 }

// bodyAt returns the organisation whose name holds token k, or -1.
func (c *Resolver) bodyAt(k int) int {
	s, e := c.d.Toks[k].Start, c.d.Toks[k].End
	j := c.ments.from(s+1) - 1
	for ; j >= 0 && c.ments.at(j).s > s-200; j-- {
		if m := *c.ments.at(j); m.s <= s && m.e >= e && !m.ref && c.info[m.ent].kind == 'o' {
			return m.ent
		}
	}
	return -1
}

// emphatic are the reflexive pronouns that may follow a description: "the
// chancellor himself".
var emphatic = map[string]bool{"himself": true, "herself": true, "itself": true, "themselves": true}

// numberWords are the ranks "number" takes: "the world number one".
var numberWords = map[string]bool{"one": true, "two": true, "three": true, "four": true, "five": true, "1": true,
	"2": true, "3": true, "4": true, "5": true}

// placeWord reports whether token k is a word of the name of a place or a
// nationality: "Iranian" in "the Iranian foreign minister", "North" in
// "the Ealing North MP". The description's words are the person's, not
// the place's.
func (c *Resolver) placeWord(k int) bool {
	s, e := c.d.Toks[k].Start, c.d.Toks[k].End
	j := c.ments.from(s+1) - 1
	for ; j >= 0 && c.ments.at(j).s > s-200; j-- {
		m := *c.ments.at(j)
		if m.s <= s && m.e >= e && !m.ref && (c.info[m.ent].kind == 'g' || c.info[m.ent].kind == 'n') {
			return true
		}
	}
	return false
}

// namedBefore reports whether entity ent is named in the sentence of off,
// before it.
func (c *Resolver) namedBefore(ent, off int) bool {
	si := c.d.SentOf(off)
	k := c.ments.from(off) - 1
	for ; k >= 0 && c.ments.at(k).sent == si; k-- {
		if c.ments.at(k).ent == ent && !c.ments.at(k).ref {
			return true
		}
	}
	return false
}

// demonym reports whether tokens [k0, k1) end in a nationality word in the
// singular ("Belgian", "Scot", not "Belgians") after "the", directly or
// past an age ("the 31-year-old Scot"), the mention the nationality word
// alone or the phrase: a person called by the nation.
func (c *Resolver) demonym(k0, k1 int) bool {
	d := c.d
	last := d.Tok(k1 - 1)
	if isLower(last) || strings.HasSuffix(last, "s") {
		return false
	}
	j, lim := k1-2, k0-1
	if j >= k0 && j > 0 && !isLower(d.Tok(j)) && lower(d.Tok(j-1)) == "the" {
		if _, ok := lexicon.Demonym(lexicon.Key(d.Text[d.Toks[j].Start:d.Toks[k1-1].End])); ok {
			j-- // a nationality of two words: "the New Zealander"
		}
	}
	ei := c.entityIn(d.Toks[j+1].Start, d.Toks[k1-1].End)
	if ei < 0 || c.info[ei].kind != 'n' {
		return false
	}
	if j >= 0 && j >= lim {
		if _, ok := yearsOld(d.Tok(j)); ok {
			j--
			lim--
		}
	}
	return j >= 0 && j >= lim && lower(d.Tok(j)) == "the"
}

// national resolves a person called by the nation, tokens [k0, k1) at
// offset s ("the Belgian", "the 55-year-old Frenchman"): the one in focus
// of that nation, else the one in focus whose nation and age the article
// leaves open or gives alike; not one its own sentence names before it
// ("Asked about a letter from Hugo Brandt, the Brazilian said").
func (c *Resolver) national(s, k0, k1 int) int {
	d := c.d
	c.ensureAppositions()
	nation := nationOf(d.Tok(k1 - 1))
	if k1-k0 >= 2 && nation == "" {
		nation = nationOf(d.Text[d.Toks[k1-2].Start:d.Toks[k1-1].End]) // "the New Zealander"
	}
	age := -1
	for k := k0; k < k1-1; k++ {
		if n, ok := yearsOld(d.Tok(k)); ok {
			age = n
		}
	}
	fits := func(i int) bool {
		inf := &c.info[i]
		return inf.kind == 'p' && !c.namedBefore(i, s) && (age < 0 || len(inf.ages) == 0 || slices.Contains(inf.ages, age))
	}
	if nation != "" {
		if ei := c.salient(s, func(i int) bool { return fits(i) && c.info[i].nation == nation }, 12); ei >= 0 {
			return ei
		}
	}
	return c.salient(s, func(i int) bool { return fits(i) && (c.info[i].nation == "" || nation == "") }, 12)
}

// nationOf returns the country a nationality word names ("Austrian",
// "Frenchman": France), or "".
func nationOf(w string) string {
	k := lexicon.Key(w)
	if n, ok := lexicon.Demonym(k); ok {
		return n
	}
	for _, suf := range []string{"man", "woman"} {
		if st, ok := strings.CutSuffix(k, suf); ok && len(st) > 2 {
			if n, ok := lexicon.Demonym(st); ok {
				return n // "Frenchman", "Dutchwoman"
			}
		}
	}
	return ""
}

// nationality records the country the article gives person ent at a
// mention [s, e) of sentence si: a nationality word or a country's
// possessive right before the name ("Austrian Ann Roy", "France's Ann
// Roy"), or a country in brackets after it ("Ann Roy (France)").
func (c *Resolver) nationality(ent, s, e, si int) {
	d := c.d
	st := d.Sents[si]
	inf := &c.info[ent]
	b := sort.Search(len(d.Toks), func(i int) bool { return d.Toks[i].End > s }) - 1
	if b >= st.TokStart && (d.Tok(b) == "'s" || d.Tok(b) == "\u2019s") {
		b--
	}
	if b >= st.TokStart {
		if ei := c.entityIn(d.Toks[b].Start, d.Toks[b].End); ei >= 0 && (c.info[ei].kind == 'n' || c.info[ei].kind == 'g') {
			if n := c.nationName(ei, d.Tok(b)); n != "" {
				inf.nation = n
				return
			}
		}
	}
	k := sort.Search(len(d.Toks), func(i int) bool { return d.Toks[i].Start >= e })
	if k+2 < st.TokEnd && d.Tok(k) == "(" && d.Tok(k+2) == ")" {
		if ei := c.entityIn(d.Toks[k+1].Start, d.Toks[k+1].End); ei >= 0 && c.info[ei].kind == 'g' {
			inf.nation = c.nationName(ei, d.Tok(k+1))
		}
	}
}

// nationName returns the country entity ei stands for, by the word w of
// its mention: a nationality word's country, or a country's own name.
func (c *Resolver) nationName(ei int, w string) string {
	if c.info[ei].kind == 'n' {
		return nationOf(w)
	}
	if p, ok := lexicon.LookupPlace(lexicon.Key(c.ents[ei].Name)); ok && p.Kind == lexicon.Country {
		return p.Name
	}
	return ""
}

// ownerAfter resolves the owner a document or spokesperson phrase ending
// before token k names after it: "on her website", "from the MPAA", "for
// the club" (a preposition, then a phrase of up to five words without a
// verb). ok is false when no such phrase follows.
func (c *Resolver) ownerAfter(k int) (ei int, ok bool) {
	d := c.d
	si := d.SentOf(d.Toks[k-1].Start)
	if si < 0 || k >= d.Sents[si].TokEnd {
		return -1, false
	}
	switch lower(d.Tok(k)) {
	case "on", "from", "by", "for", "of":
	default:
		return -1, false
	}
	end := k + 1
	for end < d.Sents[si].TokEnd && end < k+6 {
		w := d.Tok(end)
		if isLower(w) && lexicon.VerbLike(w) && !corefSpeaksFor[lower(w)] && !corefMediaNouns[lower(w)] || w == "," || w == "." || c.quote(d.Toks[end].Start) {
			break
		}
		end++
	}
	if end == k+1 {
		return -1, false
	}
	return c.resolve(d.Toks[k+1].Start, d.Toks[end-1].End), true
}

// namedOwner returns, lower-cased, the capitalised word that qualifies the
// noun ending tokens [k0, k1) where the phrase names no person, body or
// place (resolve0 has read those) and the word names someone all the
// same: a group the recogniser found ("a Conservative spokeswoman") or a
// word of a body's name ("a Tory official" beside the Tory Party). It
// names whom the phrase speaks for. A title ("a Senior Official") or a
// portfolio no entity holds ("a Pensions spokeswoman") names no one; ""
// when there is none.
func (c *Resolver) namedOwner(k0, k1 int) string {
	d := c.d
	for k := k0; k < k1-1; k++ {
		t := d.Tok(k)
		w := lower(t)
		if isLower(t) || t == w || lexicon.IsDeterminer(w) || lexicon.IsFunctionWord(w) || textdoc.IsDigitByte(t[0]) ||
			lexicon.IsTitle(w) || lexicon.IsTitleModifier(w) {
			continue
		}
		if c.entityIn(d.Toks[k].Start, d.Toks[k].End) >= 0 {
			return w
		}
		for i := range c.info {
			if c.info[i].kind == 'o' && c.hasWords(i, w) {
				return w
			}
		}
	}
	return ""
}

// former reports whether tokens [k0, k1) say "former" or "ex-": no one
// speaks for what they have left.
func (c *Resolver) former(k0, k1 int) bool {
	for k := k0; k < k1; k++ {
		if w := lower(c.d.Tok(k)); w == "former" || strings.HasPrefix(w, "ex-") {
			return true
		}
	}
	return false
}

// corefSpokes are the nouns of a spokesperson, who speaks for the
// organisation in focus when the phrase names none.
var corefSpokes = map[string]bool{"spokesman": true, "spokeswoman": true, "spokesperson": true,
	"spokesmen": true, "spokeswomen": true, "spokespeople": true}

// spokesperson resolves "a spokesman", "the spokeswoman" at offset s
// (token k0; last its noun): the same spokesperson again (sameSpokes),
// else for the organisation in focus.
func (c *Resolver) spokesperson(s, k0 int, last string) int {
	if ei := c.sameSpokes(s, k0, last); ei >= 0 {
		return ei
	}
	c.subjects = true
	defer func() { c.subjects = false }()
	return c.salient(s, func(i int) bool { return c.info[i].kind == 'o' }, 3)
}

// sameSpokes returns, for "the spokesman" at offset s (token k0), the
// entity that a spokesperson of that noun resolved within the sentence
// and the two before it speaks for: the same spokesperson again; or -1.
func (c *Resolver) sameSpokes(s, k0 int, last string) int {
	d := c.d
	if lower(d.Tok(k0)) != "the" {
		return -1
	}
	si := d.SentOf(s)
	for i := c.ments.len() - 1; i >= 0; i-- {
		m := *c.ments.at(i)
		if m.s >= s {
			continue
		}
		if m.sent < si-2 {
			break
		}
		if c.spokesFor(m, last) {
			return m.ent
		}
	}
	return -1
}

// spokesFor reports whether mention m is a spokesperson called last
// ("the spokesman") or the name of whom one speaks for ("Marsh's
// spokesman", "a spokesman for Orbis").
func (c *Resolver) spokesFor(m corefMention, last string) bool {
	d := c.d
	k := sort.Search(len(d.Toks), func(j int) bool { return d.Toks[j].Start >= m.e })
	if k > 0 && lower(d.Tok(k-1)) == last {
		return true
	}
	if m.ref {
		return false // "the prime minister's spokesman": a guess on a guess
	}
	if k+1 < len(d.Toks) && (d.Tok(k) == "'s" || d.Tok(k) == "\u2019s") && lower(d.Tok(k+1)) == last {
		return true
	}
	k0 := sort.Search(len(d.Toks), func(j int) bool { return d.Toks[j].End > m.s })
	for n := 0; n < 3 && k0 >= 3 && d.Tok(k0 - 1)[0] >= 'A' && d.Tok(k0 - 1)[0] <= 'Z'; n++ {
		k0-- // "a spokesperson for Conservative Leader Andrew Scheer": past the title before the name
	}
	return k0 >= 2 && lower(d.Tok(k0-1)) == "for" && lower(d.Tok(k0-2)) == last
}

// corefGovernment are the nouns of a government, which speaks for its country.
var corefGovernment = map[string]bool{"government": true, "administration": true, "authorities": true,
	"cabinet": true, "regime": true}

// country returns the country a government phrase in tokens [k0, k1)
// governs: a place or a nationality it names ("the Indian government"),
// else the country in focus; -1 when there is none.
func (c *Resolver) country(off, k0, k1 int) int {
	d := c.d
	isCountry := func(i int) bool {
		if c.info[i].kind != 'g' {
			return false
		}
		p, ok := lexicon.LookupPlace(lexicon.Key(c.ents[i].Name))
		return ok && p.Kind == lexicon.Country
	}
	for k := k0; k < k1; k++ {
		ei := c.entityIn(d.Toks[k].Start, d.Toks[k].End)
		if ei < 0 {
			continue
		}
		if isCountry(ei) {
			return ei
		}
		if c.info[ei].kind == 'n' {
			// "Indian": the country of the nationality, when the article names it
			if country, ok := lexicon.Demonym(lexicon.Key(d.Tok(k))); ok {
				for i := range c.ents {
					if isCountry(i) && lexicon.Key(c.ents[i].Name) == lexicon.Key(country) {
						return i
					}
				}
			}
			return -1
		}
	}
	return c.salient(off, isCountry, 6)
}

// corefPublished are the documents a body publishes: with no author
// given, the body in focus.
var corefPublished = map[string]bool{"report": true, "study": true, "survey": true, "statement": true, "release": true, "announcement": true}

// corefDocNouns are things written or said that speak for their author:
// "the statement", "the report" is whoever issued it.
var corefDocNouns = map[string]bool{"statement": true, "report": true, "letter": true, "memo": true,
	"release": true, "post": true, "tweet": true, "email": true, "e-mail": true, "filing": true,
	"complaint": true, "lawsuit": true, "study": true, "survey": true, "announcement": true, "message": true,
	"ruling": true, "decision": true, "order": true, "notice": true, "document": true, "documents": true,
	"speech": true, "remarks": true, "interview": true, "op-ed": true, "editorial": true, "video": true, "ad": true, "book": true,
	"submission": true, "suit": true, "advert": true, "advertisement": true, "petition": true}

// corefParticiples are past participles that end in no "-ed": another
// participle's phrase, whose "by" names no author of the document.
var corefParticiples = map[string]bool{"seen": true, "shown": true, "given": true, "taken": true, "read": true,
	"heard": true, "known": true, "held": true, "made": true, "kept": true, "found": true, "got": true, "gotten": true}

// corefDocsReceived are the documents of corefDocNouns that a possessive
// more often gives to the one who received them than to their author:
// "his eviction notice", "her court order", "his parole decision".
var corefDocsReceived = map[string]bool{"notice": true, "order": true, "decision": true, "document": true,
	"documents": true}

// corefDocKinds group the documents of one kind, any of which an article
// may call the same document by: "Apple filed a lawsuit … The complaint
// said", "fans took out an ad … the advert said".
var corefDocKinds = map[string]byte{"complaint": 'l', "lawsuit": 'l', "suit": 'l', "claim": 'l', "submission": 'l',
	"filing": 'l', "petition": 'l', "writ": 'l', "action": 'l',
	"ad": 'a', "advert": 'a', "advertisement": 'a', "commercial": 'a',
	"statement": 's', "release": 's', "announcement": 's',
	"report": 'r', "study": 'r', "survey": 'r'}

// sameDoc reports whether the word w names a document of the kind head
// names: head itself, its plural, or a word of its kind.
func sameDoc(w, head string) bool {
	if w == head || w == head+"s" {
		return true
	}
	k := corefDocKinds[head]
	return k != 0 && (corefDocKinds[w] == k || corefDocKinds[strings.TrimSuffix(w, "s")] == k)
}

// issueVerbs are the participles between a document and the "by" that
// names who issued it: "the lawsuit filed by Ann Cole".
var issueVerbs = map[string]bool{"filed": true, "issued": true, "released": true, "lodged": true, "placed": true,
	"submitted": true, "brought": true, "published": true, "written": true, "signed": true, "sent": true}

// author returns the entity that, in the sentences before token k,
// issued the document a definite description names (or one of its kind,
// sameDoc): the subject of the sentence where it first appears ("Ivy Lam
// issued a statement … the statement said"), or its possessor ("the
// ministry's statement"), or -1. A mention that tells none of these
// ("The lawsuit, against a former worker, comes …") sends the search to
// the one before it.
func (c *Resolver) author(k int, head string) int {
	d := c.d
	si := d.SentOf(d.Toks[k].Start)
	if si < 0 {
		return -1
	}
	if corefDocKinds[head] == 'l' {
		return c.legalAuthor(k) // the story's one suit, however far back it was brought
	}
	for s := si; s >= 0 && s >= si-6; s-- {
		st := d.Sents[s]
		end := st.TokEnd
		if s == si {
			end = k
		}
		for j := end - 1; j >= st.TokStart; j-- {
			if !sameDoc(lower(d.Tok(j)), head) || c.quote(d.Toks[j].Start) {
				continue
			}
			if ei, ok := c.introducer(j, st); ok {
				return ei
			}
		}
	}
	return -1
}

// legalAuthor is author for a legal document at token k: who issued the
// last one before k whose mention tells it, among the legalBack mentions
// of one right before k, else the legalFirst that open the story (where
// the suit is brought: "Ann Cole has filed a lawsuit …"). It reads only
// the tokens that name a legal document (legalToks), so that a long
// story's every "the suit" costs no pass over its words nor over every
// suit before it.
func (c *Resolver) legalAuthor(k int) int {
	d := c.d
	toks := c.legalToks()
	at := sort.SearchInts(toks, k)
	for x := at - 1; x >= 0; x-- {
		if x < at-legalBack && x >= legalFirst {
			x = legalFirst // the story's first: where the suit was brought
			continue
		}
		j := toks[x]
		si := d.SentOf(d.Toks[j].Start)
		if si < 0 || c.quote(d.Toks[j].Start) {
			continue
		}
		if ei, ok := c.introducer(j, d.Sents[si]); ok {
			return ei
		}
	}
	return -1
}

// legalBack and legalFirst are how many mentions of a legal document
// before a description legalAuthor reads: the last ones, then the story's
// first.
const legalBack, legalFirst = 16, 4

// legalToks returns, in order, the tokens of sentences that name a legal
// document ("lawsuit", "complaints"; corefDocKinds 'l').
func (c *Resolver) legalToks() []int {
	if c.legal != nil {
		return *c.legal
	}
	d := c.d
	var toks []int
	for _, st := range d.Sents {
		for j := st.TokStart; j < st.TokEnd; j++ {
			w := lower(d.Tok(j))
			if corefDocKinds[w] == 'l' || corefDocKinds[strings.TrimSuffix(w, "s")] == 'l' {
				toks = append(toks, j)
			}
		}
	}
	c.legal = &toks
	return toks
}

// introducer returns who issued the document whose word is token j of
// sentence st: the author "by" names after it, its possessor, else the
// subject before it ("Apple has filed a lawsuit", "She is seeking damages
// in a claim"); ok is false when the mention tells none of these.
func (c *Resolver) introducer(j int, st textdoc.Sentence) (int, bool) {
	d := c.d
	if ei := c.byAuthor(j + 1); ei >= 0 || c.agentNamed(j+1) {
		// "the report by the Tax Institute … the report concludes"; "a
		// lawsuit brought by its workers" names who brought it, not the
		// sentence's subject
		return ei, true
	}
	if j-1 >= st.TokStart {
		if p := lower(d.Tok(j - 1)); p == "its" || p == "his" || p == "her" || p == "their" {
			ei := c.pronoun(d.Toks[j-1].Start, corefPron[p])
			return ei, ei >= 0
		}
		if p := d.Tok(j - 1); p == "'s" || p == "\u2019s" {
			if j-2 >= st.TokStart {
				if ei := c.entityIn(d.Toks[max(st.TokStart, j-5)].Start, d.Toks[j-2].End); ei >= 0 {
					return ei, true
				}
			}
		}
	}
	km := c.ments.from(d.Toks[j].Start) - 1
	for ; km >= 0 && c.ments.at(km).s >= st.Start; km-- {
		if m := *c.ments.at(km); c.weight(km) >= 100 && (c.info[m.ent].kind == 'p' || c.info[m.ent].kind == 'o') {
			return m.ent, true
		}
	}
	// a pronoun subject opening the sentence: "She is seeking damages in a claim"
	if p := lower(d.Tok(st.TokStart)); st.TokStart < j && (p == "he" || p == "she" || p == "it" || p == "they") {
		if ei := c.resolve(d.Toks[st.TokStart].Start, d.Toks[st.TokStart].End); ei >= 0 {
			return ei, true
		}
	}
	return -1, false
}

// byAuthor returns, for a document phrase ending before token k that "by"
// or "from" follows ("The book, by the journalist Ann Holt, said"), or a
// participle of issuing whose phrase holds "by" ("The email, sent to deans
// on Friday by provost Ann Holt, says"), the person "by"
// names before the next comma, else the body it names, else -1.
func (c *Resolver) byAuthor(k int) int {
	d := c.d
	if k < len(d.Toks) && d.Tok(k) == "," {
		k++
	}
	if k+1 < len(d.Toks) && issueVerbs[lower(d.Tok(k))] {
		// "the lawsuit filed by Ann Cole", "the email, sent to deans on
		// Friday by provost Ann Cole,": "by" in the participle's phrase,
		// not in a second participle's ("and obtained by CBC News", "in a
		// journal edited by", "seen by")
		participle := func(j int) bool {
			w := lower(d.Tok(j))
			return isLower(d.Tok(j)) && (strings.HasSuffix(w, "ed") || issueVerbs[w] || corefParticiples[w])
		}
		for j := k + 1; j < len(d.Toks) && j <= k+8; j++ {
			w := lower(d.Tok(j))
			if w == "," || w == ";" || w == "." || c.quote(d.Toks[j].Start) || participle(j) ||
				(w == "and" || w == "or") && j+1 < len(d.Toks) && participle(j+1) {
				break
			}
			if w == "by" {
				k = j
				break
			}
		}
	}
	if k >= len(d.Toks) || lower(d.Tok(k)) != "by" && lower(d.Tok(k)) != "from" {
		return -1
	}
	end := k + 1
	for end < len(d.Toks) && end <= k+8 && d.Tok(end) != "," && d.Tok(end) != ";" && !c.quote(d.Toks[end].Start) {
		end++
	}
	if end == k+1 {
		return -1
	}
	from, to := d.Toks[k+1].Start, d.Toks[end-1].End
	body := -1
	for km := c.ments.from(from); km < c.ments.len() && c.ments.at(km).e <= to; km++ {
		switch m := *c.ments.at(km); c.info[m.ent].kind {
		case 'p':
			return m.ent
		case 'o':
			if body < 0 {
				body = m.ent
			}
		}
	}
	return body
}

// agentNamed reports whether "by", past a comma or an issuing participle,
// follows a document phrase ending before token k: the phrase names who
// issued it ("a lawsuit brought by its workers"), whether or not byAuthor
// knows them as an entity.
func (c *Resolver) agentNamed(k int) bool {
	d := c.d
	if k < len(d.Toks) && d.Tok(k) == "," {
		k++
	}
	if k < len(d.Toks) && issueVerbs[lower(d.Tok(k))] {
		k++
	}
	return k < len(d.Toks) && lower(d.Tok(k)) == "by"
}

// docAuthors returns, for "the authors" at token k0, who issued the
// document of the sentences before it: the one "by" or "from" names after
// it, past an "of" complement ("A study of the floods, from the Kestrel
// Institute, found"), else its author as author finds it; or -1.
func (c *Resolver) docAuthors(k0 int) int {
	d := c.d
	from, ok := c.sentsBack(k0, 3)
	if !ok {
		return -1
	}
	for j := k0 - 1; j >= from; j-- {
		w := lower(d.Tok(j))
		if !corefPublished[w] && w != "paper" || c.quote(d.Toks[j].Start) {
			continue
		}
		k := j + 1
		if k < len(d.Toks) && lower(d.Tok(k)) == "of" {
			for k < len(d.Toks) && k < j+10 && d.Tok(k) != "," {
				k++
			}
		}
		if ei := c.byAuthor(k); ei >= 0 {
			return ei
		}
		return c.author(j+1, w)
	}
	return -1
}

// introduced reports whether an indefinite phrase with head ("a man")
// stands in the sentences before token k: "the man" is that new person.
func (c *Resolver) introduced(k int, head string) bool {
	if !corefPersonOpen[head] && !agentNoun(head) && c.notNamedIn < 0 {
		return false
	}
	d := c.d
	from, ok := c.sentsBack(k, 3)
	if !ok {
		return false
	}
	for j := k - 1; j > from; j-- {
		if lower(d.Tok(j)) == head {
			for x := j - 1; x >= from && x > j-4; x-- {
				if w := lower(d.Tok(x)); w == "a" || w == "an" || w == "one" || w == "another" {
					return true
				}
			}
		}
	}
	return false
}

// wordsOf returns entity i's words, adding those of its names (for an
// organisation or a place) on first use.
func (c *Resolver) wordsOf(i int) []string {
	if c.info[i].kind == 'p' {
		c.ensureAppositions()
	}
	inf := &c.info[i]
	if !inf.named {
		inf.named = true
		if inf.kind == 'o' || inf.kind == 'g' {
			for _, m := range c.ents[i].Mentions {
				for _, w := range strings.Fields(strings.ToLower(m.Text)) {
					inf.words = append(inf.words, w)
				}
			}
		}
	}
	return inf.words
}

// hasWords reports whether entity i's words hold every word of want.
func (c *Resolver) hasWords(i int, want ...string) bool {
	return holds(c.wordsOf(i), want)
}

// sameNoun reports whether x is w, in the singular or the plural.
func sameNoun(x, w string) bool { return x == w || x == w+"s" || w == x+"s" }

// holds reports whether words hold every word of want, either in the
// singular or the plural.
func holds(words, want []string) bool {
	for _, w := range want {
		ok := false
		for _, x := range words {
			if sameNoun(x, w) {
				ok = true
				break
			}
		}
		if !ok {
			return false
		}
	}
	return true
}

// lesserOffices are the words that, before a title, name another office:
// the deputy prime minister is not the prime minister.
var lesserOffices = map[string]bool{"deputy": true, "vice": true, "shadow": true, "former": true, "acting": true, "assistant": true, "junior": true}

// lesserOffice reports whether person i's titles put a word of
// lesserOffices right before the first word of want, which want itself
// lacks, and hold want's first word nowhere else.
func (c *Resolver) lesserOffice(i int, want []string) bool {
	words := c.wordsOf(i)
	lesser := false
	for j, w := range words {
		if w != want[0] {
			continue
		}
		if j == 0 || !lesserOffices[words[j-1]] {
			return false
		}
		lesser = true
	}
	if !lesser {
		return false
	}
	for _, w := range want {
		if lesserOffices[w] {
			return false
		}
	}
	return true
}

// entityIn returns the entity with a mention inside [s, e), by kindRank
// (a person first), or -1.
func (c *Resolver) entityIn(s, e int) int {
	k := c.ments.from(s)
	best := -1
	for ; k < c.ments.len() && c.ments.at(k).s < e; k++ {
		m := *c.ments.at(k)
		if m.e > e {
			continue
		}
		if best < 0 || kindRank(c.info[m.ent].kind) > kindRank(c.info[best].kind) {
			best = m.ent
		}
	}
	return best
}

// kindRank orders the kinds of entity a phrase may hold by how likely the
// phrase stands for it: "a Japanese Finance Ministry official" speaks for
// the ministry, not for the Japanese.
func kindRank(k byte) int {
	switch k {
	case 'p':
		return 4
	case 'o':
		return 3
	case 'g':
		return 2
	case 'n':
		return 1
	}
	return 0
}

// byAge returns the person the article gives age n, or else the most
// salient person whom it gives no other age, else the person it names most
// (the one in focus: "Desailly, who now plays in Qatar, says … the
// 36-year-old said"); -1 when there is none.
func (c *Resolver) byAge(off, n int) int {
	c.ensureAppositions()
	for i := range c.info {
		if c.info[i].kind == 'p' && slices.Contains(c.info[i].ages, n) {
			return i
		}
	}
	ok := func(i int) bool { return c.info[i].kind == 'p' && len(c.info[i].ages) == 0 }
	c.subjects = true // the person in focus, not one a phrase governs
	defer func() { c.subjects = false }()
	if ei := c.salient(off, ok, 2); ei >= 0 {
		return ei
	}
	if ei := c.protagonist(off, ok); ei >= 0 {
		return ei
	}
	return c.onlyOne(off, func(i int) bool { return c.info[i].kind == 'p' }, 12)
}

// kinNouns are the words for a relative a possessive gives: "his son",
// "her husband".
var kinNouns = map[string]bool{"son": true, "daughter": true, "wife": true, "husband": true, "mother": true, "father": true,
	"brother": true, "sister": true, "partner": true, "widow": true, "widower": true, "grandson": true, "granddaughter": true,
	"grandmother": true, "grandfather": true, "niece": true, "nephew": true, "aunt": true, "uncle": true, "cousin": true,
	"fiancee": true, "fiancé": true, "fiancée": true, "girlfriend": true, "boyfriend": true, "stepfather": true, "stepmother": true}

// latestBefore returns the entity ok accepts whose mention comes last
// before offset off, among the 200 mentions before it (a bound that keeps
// an article of many descriptions linear); -1 when none does.
func (c *Resolver) latestBefore(off int, ok func(int) bool) int {
	k0 := c.ments.from(off) - 1
	for k := k0; k >= 0 && k > k0-200; k-- {
		if m := c.ments.at(k); m.e <= off && m.ent != c.exclude && ok(m.ent) {
			return m.ent
		}
	}
	return -1
}

// onlyOne returns the one entity ok accepts that the sentence of off and
// the span sentences before name, within its paragraph and the two before,
// when they name no other that ok accepts; -1 otherwise.
func (c *Resolver) onlyOne(off int, ok func(int) bool, span int) int {
	d := c.d
	si := d.SentOf(off)
	if si < 0 {
		return -1
	}
	para := d.Sents[si].Para
	one := -1
	for k := c.ments.from(off) - 1; k >= 0; k-- {
		m := *c.ments.at(k)
		if si-m.sent > span || para-d.Sents[m.sent].Para > 2 {
			break
		}
		if m.e > off || !ok(m.ent) || m.ent == c.exclude {
			continue
		}
		if one >= 0 && one != m.ent {
			return -1
		}
		one = m.ent
	}
	return one
}

// ageIntroduced reports whether an indefinite phrase of the age word w
// ("a 23-year-old man") stands in the sentences before token k: the
// description is that person, whom no name may stand for.
func (c *Resolver) ageIntroduced(k int, w string) bool {
	d := c.d
	from, ok := c.sentsBack(k, 6)
	if !ok {
		return false
	}
	for j := k - 1; j > from; j-- {
		if d.Tok(j) == w {
			if p := lower(d.Tok(j - 1)); (p == "a" || p == "an") && !(j >= 3 && d.Tok(j-2) == "," && !isLower(d.Tok(j-3))) {
				return true // not "Jane Doe, a 34-year-old teacher": her apposition
			}
		}
	}
	return false
}

// pronoun resolves a pronoun at off asking agreement g.
func (c *Resolver) pronoun(off int, g byte) int {
	switch g {
	case 'm', 'f':
		agree := func(i int) bool {
			return c.info[i].kind == 'p' && (c.info[i].gender == 0 || c.info[i].gender == g)
		}
		ei := c.cataphor(off, agree)
		if ei < 0 {
			ei = c.salient(off, agree, 8)
		}
		if ei < 0 {
			ei = c.protagonist(off, agree)
		}
		if ei < 0 {
			ei = c.forwardOpening(off, agree)
		}
		if ei >= 0 && c.info[ei].gender == 0 {
			c.info[ei].gender = g
		}
		return ei
	case 'n':
		c.subjects = true
		defer func() { c.subjects = false }()
		return c.salient(off, func(i int) bool { return c.info[i].kind == 'o' }, 3)
	case 'p':
		// "they" for a body that is the subject just before, with no
		// plural noun between: "Acme said they …", not "Acme said its
		// prices … they"
		d := c.d
		si := d.SentOf(off)
		k := c.ments.from(off) - 1
		for ; k >= 0 && c.ments.at(k).sent >= si-1; k-- {
			m := *c.ments.at(k)
			if c.weight(k) < 100 {
				continue
			}
			if c.info[m.ent].kind != 'o' && c.info[m.ent].kind != 'n' {
				return -1
			}
			a := sort.Search(len(d.Toks), func(i int) bool { return d.Toks[i].Start >= m.e })
			if a+1 < len(d.Toks) && d.Tok(a) == "," && lexicon.IsDeterminer(lower(d.Tok(a+1))) {
				// an apposition describes the body itself: "The Valley
				// Ultras, the supporters' group that …, said they"
				for j := a + 2; j < len(d.Toks) && d.Toks[j].Start < off && d.SentOf(d.Toks[j].Start) == m.sent; j++ {
					if d.Tok(j) == "," {
						a = j + 1
						break
					}
				}
			}
			for j := a; j < len(d.Toks) && d.Toks[j].Start < off; j++ {
				if c.quote(d.Toks[j].Start) {
					continue // the words quoted are not the reporter's
				}
				if w := d.Tok(j); len(w) > 3 && isLower(w) && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !lexicon.VerbLike(w) ||
					lexicon.IsPersonNoun(w) && strings.HasSuffix(w, "s") {
					return -1
				}
			}
			return m.ent
		}
		return -1
	}
	return -1
}

// bodysRole returns, for "the" and body ei's person of role head at
// offset s ("the Lib Dem spokesman"), the person the article named with
// that role of that body before s: "Lib Dem spokesman Vince Cable" (the
// body's name, at most two lower-case words with the role, then the
// person's name), or "Vince Cable, the Lib Dem spokesman,"; the latest
// such person, or -1.
func (c *Resolver) bodysRole(s, ei int, head string) int {
	d := c.d
	best := -1
	for k := 0; k < c.ments.len() && c.ments.at(k).s < s; k++ {
		m := *c.ments.at(k)
		if m.ent != ei || m.ref {
			continue
		}
		j := sort.Search(len(d.Toks), func(i int) bool { return d.Toks[i].Start >= m.e })
		role := false
		for n := 0; n < 3 && j < len(d.Toks) && isLower(d.Tok(j)); n, j = n+1, j+1 {
			role = role || sameNoun(lower(d.Tok(j)), head)
		}
		if !role || j >= len(d.Toks) {
			continue
		}
		if pi := c.personAt(d.Toks[j].Start); pi >= 0 {
			best = pi // "Lib Dem spokesman Vince Cable"
			continue
		}
		// "Vince Cable, the Lib Dem spokesman,": the name before the comma before "the"
		b := sort.Search(len(d.Toks), func(i int) bool { return d.Toks[i].End > m.s }) - 1
		if b >= 2 && lower(d.Tok(b)) == "the" && d.Tok(b-1) == "," {
			if pi := c.personEndingAt(d.Toks[b-1].Start); pi >= 0 {
				best = pi
			}
		}
	}
	return best
}

// personAt returns the person whose name mention starts at offset off, or -1.
func (c *Resolver) personAt(off int) int {
	for k := c.ments.from(off); k < c.ments.len() && c.ments.at(k).s == off; k++ {
		if m := c.ments.at(k); !m.ref && c.info[m.ent].kind == 'p' {
			return m.ent
		}
	}
	return -1
}

// personEndingAt returns the person whose name mention ends at offset off, or -1.
func (c *Resolver) personEndingAt(off int) int {
	for k := c.ments.from(off) - 1; k >= 0 && k >= c.ments.from(off)-3; k-- {
		if m := c.ments.at(k); m.e == off && !m.ref && c.info[m.ent].kind == 'p' {
			return m.ent
		}
	}
	return -1
}

// forwardOpening returns, for a pronoun at off that opens its sentence and
// that no person named before it in the article can be ("He called it his
// “summer of listening”, and now Premier Scott Moe …", a lede that names
// its subject late), the first person who agrees named after it in its
// sentence, outside quotations; or -1. A pronoun inside the sentence is
// cataphor's to read ("After he left, the crowd cheered Tom Reyes": no one).
func (c *Resolver) forwardOpening(off int, agree func(int) bool) int {
	si := c.d.SentOf(off)
	if si < 0 || c.d.Toks[c.d.Sents[si].TokStart].Start != off {
		return -1
	}
	k := c.ments.from(off)
	for j := 0; j < k; j++ {
		if c.info[c.ments.at(j).ent].kind == 'p' {
			return -1
		}
	}
	end := c.d.Sents[si].End
	for ; k < c.ments.len() && c.ments.at(k).s < end; k++ {
		m := *c.ments.at(k)
		if m.s > off && !m.ref && agree(m.ent) && (c.quote == nil || !c.quote(m.s)) {
			return m.ent
		}
	}
	return -1
}

// cataphor returns, for a pronoun at off in a clause that opens its
// sentence with a subordinator ("After he blasted the film, Pastor Kevin
// Swanson turned on …"), the person who agrees whose name opens the main
// clause after the comma; or -1.
func (c *Resolver) cataphor(off int, agree func(int) bool) int {
	d := c.d
	si := d.SentOf(off)
	if si < 0 {
		return -1
	}
	st := d.Sents[si]
	if !corefSubordinators[lower(d.Tok(st.TokStart))] {
		return -1
	}
	k := sort.Search(len(d.Toks), func(i int) bool { return d.Toks[i].Start >= off })
	for ; k < st.TokEnd && d.Tok(k) != ","; k++ {
	}
	if k+1 < st.TokEnd && (d.Tok(k+1) == "\u201d" || d.Tok(k+1) == "\"") {
		k++ // "for being too “pro-gay,” Pastor Kevin Swanson"
	}
	if k+1 >= st.TokEnd {
		return -1
	}
	after := d.Toks[k+1].Start
	m := c.ments.from(after)
	if m >= c.ments.len() || c.ments.at(m).ref || !agree(c.ments.at(m).ent) || c.ments.at(m).ent == c.exclude {
		return -1
	}
	// the name opens the main clause, past a title: "Pastor Kevin Swanson"
	for j := k + 1; d.Toks[j].Start < c.ments.at(m).s; j++ {
		if isLower(d.Tok(j)) || j > k+3 {
			return -1
		}
	}
	return c.ments.at(m).ent
}

// corefSubordinators open a clause that may come before the main one.
var corefSubordinators = map[string]bool{"after": true, "before": true, "when": true, "while": true,
	"although": true, "though": true, "since": true, "because": true, "once": true, "until": true, "as": true}

// pass resolves, in the order of the text, the pronouns and definite
// descriptions outside quotations of sentences [from, to), so that a chain
// ("The company … It added …") carries its entity's salience forward. Resolve
// runs it over the few sentences before the place it is asked about, once.
func (c *Resolver) pass(from, to int) {
	d := c.d
	for _, st := range d.Sents[from:to] {
		for k := st.TokStart; k < st.TokEnd; k++ {
			t := d.Tok(k)
			if len(t) < 2 || len(t) > 10 || !isLower(t) && k != st.TokStart {
				continue
			}
			switch t[0] {
			case 'h', 'H', 's', 'S', 'i', 'I', 't', 'T':
			default:
				continue // no pronoun, no "the"
			}
			w := lower(t)
			if _, ok := corefPron[w]; ok {
				if c.quote(d.Toks[k].Start) {
					continue
				}
				if (w == "it" || w == "they") && k+1 < st.TokEnd {
					if nx := lower(d.Tok(k + 1)); lexicon.IsBeVerb(nx) || nx == "'s" || nx == "\u2019s" || nx == "seems" || nx == "appears" || nx == "remains" || nx == "takes" {
						continue // "it is possible": no one
					}
				}
				c.resolve(d.Toks[k].Start, d.Toks[k].End)
				continue
			}
			if w != "the" || c.quote(d.Toks[k].Start) {
				continue
			}
			j := k + 1
			for j < st.TokEnd && j < k+5 {
				x := d.Tok(j)
				if !isLower(x) && !textdoc.IsDigitByte(x[0]) || lexicon.IsPreposition(x) || lexicon.IsDeterminer(x) || x == "and" || x == "or" {
					break
				}
				if lexicon.VerbLike(x) && !corefPersonNouns[x] && !corefOrgNouns[x] && !lexicon.IsSpeakerNoun(x) {
					break
				}
				j++
			}
			if j == k+1 {
				continue
			}
			head := lower(d.Tok(j - 1))
			if corefPersonNouns[head] || corefOrgNouns[head] || corefMediaNouns[head] || lexicon.IsTitle(head) {
				c.resolve(d.Toks[k].Start, d.Toks[j-1].End)
			}
			k = j - 1
		}
	}
}

// protagonist returns, when no one agreeing with a pronoun at off is
// named nearby, the person the article has named most before it, if that
// person is named at least twice and more than any other who agrees; -1
// otherwise.
func (c *Resolver) protagonist(off int, ok func(int) bool) int {
	var count [64]int
	best, second := -1, -1
	for i := range min(len(c.ents), len(count)) {
		// its mentions by name before off, counted without a walk over
		// every mention before it
		if n := sort.SearchInts(c.info[i].named1, off); n > 0 && ok(i) {
			count[i] = n
		}
	}
	for i := range min(len(c.ents), len(count)) {
		switch {
		case best < 0 || count[i] > count[best]:
			best, second = i, best
		case second < 0 || count[i] > count[second]:
			second = i
		}
	}
	if best < 0 || count[best] < 2 || second >= 0 && count[second] == count[best] {
		return -1
	}
	return best
}

// salient returns the entity accepted by ok with the greatest salience at
// offset off, from the mentions of its sentence and the span sentences
// before, within its paragraph and the two before, or -1.
func (c *Resolver) salient(off int, ok func(int) bool, span int) int {
	d := c.d
	si := d.SentOf(off)
	if si < 0 {
		return -1
	}
	para := d.Sents[si].Para
	k := c.ments.from(off) - 1
	best := -1
	var touched [64]int
	nt := 0
	for ; k >= 0; k-- {
		m := *c.ments.at(k)
		if si-m.sent > span || para-d.Sents[m.sent].Para > 2 {
			break
		}
		if m.e > off || !ok(m.ent) || m.ent == c.exclude {
			continue
		}
		w := c.weight(k)
		if c.subjects && w < 100 {
			w /= 4
		}
		for x := m.sent; x < si; x++ {
			w /= 2
		}
		if c.score[m.ent] == 0 && nt < len(touched) {
			touched[nt] = m.ent
			nt++
		}
		c.score[m.ent] += w
		if best < 0 || c.score[m.ent] > c.score[best] {
			best = m.ent // ties go to the latest
		}
	}
	for _, i := range touched[:nt] {
		c.score[i] = 0
	}
	if nt == len(touched) {
		clear(c.score)
	}
	return best
}

// PersonNoun reports whether a singular head noun names a person by what
// they are or do: "peer", "councillor", "tycoon", "photographer".
func PersonNoun(w string) bool { return corefPersonNouns[w] || agentNoun(w) }

// agentNoun reports whether a singular head noun names a person by its
// shape, a doer or a practitioner the lists do not hold: "neurosurgeon",
// "photographer", "netminder", "narrator", "pollster", "engineer",
// "fireman". Any person of the story may be called so, as by
// corefPersonNouns.
func agentNoun(w string) bool {
	if len(w) < 5 || corefNotAgents[w] || corefDocNouns[w] || corefOrgNouns[w] || corefPlaceNouns[w] || corefMediaNouns[w] {
		return false
	}
	if _, ok := lexicon.Demonym(w); ok {
		return false // "the Australian" is read as a group word
	}
	for _, suf := range agentSuffixes {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// agentSuffixes end nouns of doers and practitioners.
var agentSuffixes = []string{"ist", "eon", "ician", "man", "woman", "person", "ator", "grapher", "eer", "ster",
	"minder", "liner", "backer", "fielder", "keeper", "rider", "runner", "trainer", "teacher", "worker",
	"writer", "farmer", "builder", "dealer", "seller", "buyer", "leader", "owner", "maker", "fighter",
	"player", "skier", "jumper", "shooter", "hunter", "officer", "manager", "organizer", "organiser",
	"supporter", "protester", "resident", "student", "parent", "tenant", "consultant", "assistant",
	"lieutenant", "sergeant", "servant", "immigrant", "migrant", "applicant", "participant", "defendant"}

// corefNotAgents are nouns shaped like agentSuffixes that name no person.
var corefNotAgents = map[string]bool{"german": true, "roman": true, "ottoman": true, "cayman": true,
	"register": true, "canister": true, "semester": true, "disaster": true, "cluster": true,
	"roster": true, "blockbuster": true, "monster": true, "oyster": true, "lobster": true, "poster": true,
	"headliner": true, "eyeliner": true, "airliner": true, "liner": true, "career": true,
	"calculator": true, "indicator": true, "elevator": true, "generator": true, "radiator": true,
	"refrigerator": true, "ventilator": true, "accelerator": true, "incubator": true, "escalator": true,
	"alligator": true, "equator": true, "regulator": true, "simulator": true,
	"exist": true, "wrist": true, "twist": true, "list": true, "mist": true, "fist": true, "gist": true,
	"checklist": true, "playlist": true, "shortlist": true, "wishlist": true, "blacklist": true, "whitelist": true,
	"pigeon": true, "dungeon": true, "luncheon": true, "bludgeon": true, "puncheon": true,
	"reminder": true, "walkman": true}

// sentsBack returns the first token of the sentence n sentences before the
// one holding token k (or of the first sentence), false when token k is in
// no sentence.
func (c *Resolver) sentsBack(k, n int) (int, bool) {
	d := c.d
	si := d.SentOf(d.Toks[k].Start)
	if si < 0 {
		return 0, false
	}
	return d.Sents[max(0, si-n)].TokStart, true
}

// firstField returns the first of strings.Fields(s) and whether another
// follows it, without building the list.
func firstField(s string) (string, bool) {
	s = strings.TrimLeftFunc(s, unicode.IsSpace)
	i := strings.IndexFunc(s, unicode.IsSpace)
	if i < 0 {
		return s, false
	}
	return s[:i], strings.TrimLeftFunc(s[i:], unicode.IsSpace) != ""
}
