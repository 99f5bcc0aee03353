package entity

import (
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsparse/newsparse/internal/contract"
	"github.com/newsparse/newsparse/internal/lexicon"
)

// Clustering, the last stage of Extract (see its comment in
// entities.go): the candidates are grouped into one entity per referent, and
// each entity gets its type by vote, its canonical name and its titles.

// ent is an entity being built by cluster.
type ent struct {
	typ     contract.EntityType
	members []int
	first   [2]int // members' storage while they are few
	keys    strset
	surname strset // persons: normalised last names
	initial strset // organisations: initials of multi-word names
	last    int    // index of the latest member
}

// strset is a set of strings kept in order: a list while small, with a map
// once it grows, so that a name said in many ways stays cheap.
type strset struct {
	l     []string
	m     map[string]struct{}
	first [1]string // l's storage for its first string
}

func (s *strset) has(x string) bool {
	if s.m != nil {
		_, ok := s.m[x]
		return ok
	}
	return slices.Contains(s.l, x)
}

// add adds x and reports whether it was new.
func (s *strset) add(x string) bool {
	if s.has(x) {
		return false
	}
	if s.l == nil {
		s.l = s.first[:0]
	}
	s.l = append(s.l, x)
	if s.m != nil {
		s.m[x] = struct{}{}
	} else if len(s.l) > 16 {
		s.m = make(map[string]struct{}, 2*len(s.l))
		for _, y := range s.l {
			s.m[y] = struct{}{}
		}
	}
	return true
}

func (s *strset) len() int { return len(s.l) }

// placeClass groups the types that one place may be given.
func placeClass(t contract.EntityType) contract.EntityType {
	switch t {
	case contract.GPE, contract.Location, contract.Facility:
		return contract.GPE
	}
	return t
}

// cluster groups the candidates into entities and builds the output.
func (x *entx) cluster() []contract.Entity {
	x.surnames()
	x.vote()
	x.articleNames()
	sc := x.sc
	if sc.byKey == nil {
		sc.byKey = make(map[ckey]int, len(x.cands))
	}
	if sc.firstAt == nil {
		sc.firstAt = make(map[int]int, len(x.cands))
	}
	sc.of = grownInts(sc.of, len(x.cands))
	cl := &clusterer{x: x, of: sc.of, byKey: sc.byKey, alt: map[string]int{},
		pix: newPersonIndex(), byIni: map[iniKey][]int{}, firstAt: sc.firstAt,
		ents: sc.ents[:0], store: sc.store[:0]}
	if cap(cl.store) < len(x.cands) {
		cl.store = make([]ent, 0, len(x.cands))
	}
	if cap(cl.ents) < len(x.cands) {
		cl.ents = make([]*ent, 0, len(x.cands))
	}
	defer func() { sc.store, sc.ents = cl.store, cl.ents }()
	for k, c := range x.cands {
		cl.firstAt[c.bs] = k
	}
	for k := range x.cands {
		cl.place(k)
	}
	out := make([]contract.Entity, 0, len(cl.ents))
	ms := make([]contract.Mention, len(x.cands)) // the entities' mentions, cut from one array
	for _, en := range cl.ents {
		n := len(en.members)
		if n > len(ms) {
			ms = make([]contract.Mention, n)
		}
		out = append(out, x.build(en, ms[:0:n]))
		ms = ms[n:]
	}
	return renumber(out)
}

// ckey is an entity's class and one of its keys.
type ckey struct {
	cls contract.EntityType
	key string
}

// clusterer is the state of cluster: the entities so far and the indexes
// a new candidate is looked up in.
type clusterer struct {
	x       *entx
	ents    []*ent
	store   []ent            // the entities' storage, one per candidate at most, so never moved
	of      []int            // candidate -> entity
	byKey   map[ckey]int     // class and key -> entity
	alt     map[string]int   // short forms of organisation names -> entity
	pix     *personIndex     // people's name tokens
	byIni   map[iniKey][]int // initials of organisation names -> entities
	firstAt map[int]int      // a candidate's start -> the candidate
}

// place puts candidate k in the entity it names, or in a new one.
func (cl *clusterer) place(k int) {
	x := cl.x
	c := &x.cands[k]
	cls := placeClass(c.typ)
	var ptoks []string
	var key string
	if cls == contract.Person {
		ptoks = nameTokens(x.text(c))
		key = strings.Join(ptoks, " ")
	} else {
		key = x.clusterKey(c)
	}
	var alts []string
	if cls == contract.Org {
		alts = orgAlternates(key)
	}
	e := cl.find(k, c, cls, key, ptoks, alts)
	if e < 0 {
		cl.store = append(cl.store, ent{typ: c.typ})
		cl.ents = append(cl.ents, &cl.store[len(cl.store)-1])
		e = len(cl.ents) - 1
	}
	en := cl.ents[e]
	if en.members == nil {
		en.members = en.first[:0]
	}
	en.members = append(en.members, k)
	en.last = k
	en.keys.add(key)
	cl.byKey[ckey{cls, key}] = e
	if cls == contract.Person && len(ptoks) > 0 {
		cl.pix.add(e, ptoks, en.surname.add(ptoks[len(ptoks)-1]))
	}
	if cls == contract.Org {
		acr := isAcronym(x.text(c))
		for _, ini := range orgInitials(x.text(c)) {
			if en.initial.add(ini) {
				cl.byIni[iniKey{ini, acr}] = append(cl.byIni[iniKey{ini, acr}], e)
			}
		}
		for _, a := range alts {
			cl.alt[a] = e
		}
	}
	cl.of[k] = e
}

// find returns the entity candidate k names, or -1: its alias's, its key's,
// a person's or organisation's by name, a short form's, a full name after
// its short form.
func (cl *clusterer) find(k int, c *cand, cls contract.EntityType, key string, ptoks, alts []string) int {
	x := cl.x
	if h, ok := cl.firstAt[c.alias]; ok && c.alias >= 0 && h < k {
		return cl.of[h]
	}
	if i, ok := cl.byKey[ckey{cls, key}]; ok {
		return i
	}
	switch cls {
	case contract.Person:
		return x.matchPerson(ptoks, cl.ents, cl.pix)
	case contract.Org:
		if e := x.matchOrg(c, cl.ents, cl.byIni); e >= 0 {
			return e
		}
		// a short form of a name already seen: "the Bank", "Reserve Bank"
		if i, ok := cl.alt[key]; ok {
			return i
		}
		return cl.fullAfterShort(alts)
	}
	return -1
}

// fullAfterShort returns the organisation whose every key is one of alts,
// the short forms of a full name seen after them, or -1.
func (cl *clusterer) fullAfterShort(alts []string) int {
	for _, a := range alts {
		i, ok := cl.byKey[ckey{contract.Org, a}]
		if !ok {
			continue
		}
		short := true
		for _, k2 := range cl.ents[i].keys.l {
			short = short && slices.Contains(alts, k2)
		}
		if short {
			return i
		}
	}
	return -1
}

// clusterKey returns the key under which a candidate is merged with others of its class.
func (x *entx) clusterKey(c *cand) string {
	k := x.ckey(c)
	switch placeClass(c.typ) {
	case contract.GPE:
		if c.canon != "" {
			return lexicon.Key(c.canon)
		}
	case contract.Org:
		if c.canon != "" {
			return lexicon.Key(c.canon)
		}
		return k
	case contract.NORP:
		if country, ok := lexicon.Demonym(k); ok {
			return "of " + lexicon.Key(country)
		}
		// a party's members by any of its names: "Tories" and
		// "Conservatives", "Democrat" and "Democrats"
		for _, n := range [2]string{k, k + "s"} {
			if org, ok := lexicon.KnownOrg(n); ok {
				return "party " + lexicon.Key(org)
			}
		}
		return strings.TrimSuffix(k, "s")
	case contract.Person:
		return strings.Join(nameTokens(x.text(c)), " ")
	}
	return k
}

// nameTokens returns the lower-case words of a person's name without
// particles and generational suffixes ("Bashar al-Assad" → "bashar", "assad").
func nameTokens(name string) []string {
	k := lexicon.Key(name)
	out := make([]string, 0, strings.Count(k, " ")+1)
	for w := range strings.FieldsSeq(k) {
		if i := strings.IndexByte(w, '-'); i > 0 && lexicon.IsParticle(w[:i]) {
			w = w[i+1:]
		}
		w = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "'")
		if w == "" || lexicon.IsParticle(w) {
			continue
		}
		out = append(out, w)
	}
	// generational suffixes are not surnames: "Martin Luther King Jr."
	for len(out) > 1 {
		switch out[len(out)-1] {
		case "jr", "sr", "ii", "iii", "iv":
			out = out[:len(out)-1]
			continue
		}
		break
	}
	return out
}

// initials returns the capital initials of a multi-word name, skipping small
// words ("Islamic State of Iraq and the Levant" → "isil") and a "The"
// opening it, or the name itself when it is an acronym.
func initials(name string) string {
	if isAcronym(name) {
		return strings.ToLower(strings.ReplaceAll(name, ".", ""))
	}
	n := 0
	for range strings.FieldsSeq(name) {
		n++
	}
	if n < 2 {
		return ""
	}
	var b strings.Builder
	i := 0
	for w := range strings.FieldsSeq(name) {
		i++
		if lexicon.IsFunctionWord(w) || i == 1 && w == "The" {
			continue // "The International Association of Rowing Clubs" → IARC
		}
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) {
			return ""
		}
		b.WriteRune(unicode.ToLower(r))
	}
	return b.String()
}

// orgInitials returns the initials an acronym of an organisation's name may
// use: those of the whole name, of the name without a leading place ("U.S.
// Centers for Disease Control" → CDC) and without a last "and …" part
// ("Centers for Disease Control and Prevention" → CDC).
func orgInitials(name string) []string {
	ini := initials(name)
	if ini == "" || isAcronym(name) {
		if ini == "" {
			return nil
		}
		return []string{ini}
	}
	out := []string{ini}
	f := strings.Fields(name)
	if len(f) > 2 {
		k := lexicon.Key(f[0])
		_, place := lexicon.LookupPlace(k)
		_, dem := lexicon.Demonym(k)
		if place || dem {
			f = f[1:]
			if v := initials(strings.Join(f, " ")); v != "" {
				out = append(out, v)
			}
		}
	}
	for i := max(len(f)-3, 2); i < len(f)-1; i++ {
		if f[i] == "and" {
			if v := initials(strings.Join(f[:i], " ")); len(v) >= 2 {
				out = append(out, v)
			}
			break
		}
	}
	return out
}

// matchPerson finds the person entity a mention belongs to: a surname or
// first mention of a full name, or a spelling variant of it.
func (x *entx) matchPerson(toks []string, ents []*ent, ix *personIndex) int {
	if len(toks) == 0 {
		return -1
	}
	sur := toks[len(toks)-1]
	best := -1
	for _, i := range ix.candidates(sur, toks[0]) {
		en := ents[i]
		if en.typ != contract.Person {
			continue
		}
		ok := false
		if len(toks) == 1 {
			ok = en.surname.has(sur)
		} else if en.keys.len() == 1 && en.keys.has(toks[0]) && !en.surname.has(sur) {
			// a full name after the first name alone: "Sharon" ... "Sharon Osbourne"
			ok = true
		} else {
			// a full name after its surname alone
			ok = (en.keys.has(sur) || en.surname.has(sur)) && x.firstCompatible(toks, en)
		}
		// the person the article names most, then the latest
		if ok && (best < 0 || len(en.members) > len(ents[best].members) ||
			len(en.members) == len(ents[best].members) && en.last > ents[best].last) {
			best = i
		}
	}
	if best >= 0 {
		return best
	}
	// a first name alone, when one person of the article has it: "Ozzy"
	if len(toks) == 1 {
		for _, i := range ix.first[sur] {
			if ents[i].typ != contract.Person {
				continue
			}
			if best >= 0 && best != i {
				return -1 // more than one
			}
			best = i
		}
		if best >= 0 {
			return best
		}
	}
	// spelling variants: "Ayoub" and "Ayyoub"
	if utf8.RuneCountInString(sur) < 5 || !alphabetic(sur) {
		return -1
	}
	for _, i := range ix.variants(sur) {
		en := ents[i]
		if en.typ != contract.Person {
			continue
		}
		for _, s := range en.surname.l {
			if s[0] == sur[0] && utf8.RuneCountInString(s) >= 5 && lexicon.WithinOneEdit(s, sur) {
				if len(toks) == 1 || x.firstCompatible(toks, en) {
					if best < 0 || en.last > ents[best].last {
						best = i
					}
				}
			}
		}
	}
	return best
}

// personIndex finds the person entities that may own a name without
// scanning them all: by surname, one-word name and first name, and by the
// first letter and length of surnames for spelling variants.
type personIndex struct {
	word  map[string][]int  // surname or one-word name -> entities
	first map[string][]int  // first name of a full name -> entities
	near  map[nearKey][]int // first byte and length of a surname -> entities
	buf   []int
}

func newPersonIndex() *personIndex {
	return &personIndex{word: map[string][]int{}, first: map[string][]int{}, near: map[nearKey][]int{}}
}

// addTo appends e to m[k] once.
func addTo(m map[string][]int, k string, e int) {
	if l := m[k]; len(l) == 0 || l[len(l)-1] != e {
		if !slices.Contains(l, e) {
			m[k] = append(l, e)
		}
	}
}

// add indexes entity e under a person's name tokens; newSurname says the
// entity had not that surname yet.
func (ix *personIndex) add(e int, toks []string, newSurname bool) {
	if len(toks) == 0 {
		return
	}
	sur := toks[len(toks)-1]
	addTo(ix.word, sur, e)
	if len(toks) > 1 {
		addTo(ix.first, toks[0], e)
		addTo(ix.word, toks[0], e) // "Sharon" ... "Sharon Osbourne"
	}
	if newSurname && alphabetic(sur) && len(sur) >= 5 {
		addTo2(ix.near, nearKey{sur[0], len(sur)}, e)
	}
}

// candidates returns the entities indexed under a surname or first name.
func (ix *personIndex) candidates(sur, first string) []int {
	ix.buf = append(ix.buf[:0], ix.word[sur]...)
	for _, e := range ix.word[first] {
		if !slices.Contains(ix.buf, e) {
			ix.buf = append(ix.buf, e)
		}
	}
	return ix.buf
}

// variants returns the entities with a surname of sur's first letter and
// about its length, which may be one edit from it.
func (ix *personIndex) variants(sur string) []int {
	ix.buf = ix.buf[:0]
	for n := len(sur) - 1; n <= len(sur)+1; n++ {
		b := ix.near[nearKey{sur[0], n}]
		ix.buf = append(ix.buf, b[max(0, len(b)-64):]...) // the latest few: variants sit close together
	}
	slices.Sort(ix.buf)
	return slices.Compact(ix.buf)
}

// nearKey buckets surnames by first byte and length.
type nearKey struct {
	first byte
	n     int
}

// addTo2 appends e to m[k] once.
func addTo2(m map[nearKey][]int, k nearKey, e int) {
	if !slices.Contains(m[k], e) {
		m[k] = append(m[k], e)
	}
}

// alphabetic reports whether s has only letters.
func alphabetic(s string) bool {
	for _, r := range s {
		if !unicode.IsLetter(r) {
			return false
		}
	}
	return s != ""
}

// firstCompatible reports whether a full name's first name agrees with the
// entity's full names (or the entity has none).
func (x *entx) firstCompatible(toks []string, en *ent) bool {
	full := false
	for _, k := range en.keys.l {
		f, ok := firstWord(k)
		if !ok {
			continue
		}
		full = true
		if f == toks[0] {
			return true
		}
	}
	return !full
}

// firstWord returns the first word of a multi-word key, and false for a one-word key.
func firstWord(k string) (string, bool) {
	i := strings.IndexByte(k, ' ')
	if i < 0 {
		return k, false
	}
	return k[:i], true
}

// orgAlternates returns the short forms an organisation's name (a key) may
// be mentioned by: the words before "of" or "for" ("reserve bank" of
// "reserve bank of australia"), its head word when that is an organisation
// head ("bank"), the name without a company suffix or a leading place.
func orgAlternates(key string) []string {
	f := strings.Fields(key)
	if len(f) < 2 {
		return nil
	}
	var out []string
	pre := f
	for i, w := range f {
		if (w == "of" || w == "for") && i > 0 {
			pre = f[:i]
			out = append(out, strings.Join(pre, " "))
			break
		}
	}
	if len(f) > 1 && lexicon.IsCompanySuffix(f[len(f)-1]) {
		out = append(out, strings.Join(f[:len(f)-1], " "))
		// "Northgate" of "Northgate Pharmacies Ltd.": a company's first
		// word, when it is no common word, place or people's name
		if w := f[0]; len(f) > 2 && len(w) > 2 && !lexicon.IsCommonWord(w) && !lexicon.IsFunctionWord(w) && !lexicon.IsTitleModifier(w) {
			_, place := lexicon.LookupPlace(w)
			_, dem := lexicon.Demonym(w)
			if !place && !dem {
				out = append(out, w)
			}
		}
	}
	if n := placePrefix(f); n > 0 && f[len(f)-1] != "party" {
		// "Oilers" of "Edmonton Oilers", "Lakers" of "Los Angeles Lakers";
		// not "Republican Party" of "Ohio Republican Party", a branch
		out = append(out, strings.Join(f[n:], " "))
	} else if _, ok := lexicon.Demonym(f[0]); ok && len(f) > 2 {
		out = append(out, strings.Join(f[1:], " "))
	}
	if h := pre[len(pre)-1]; len(pre) > 1 && lexicon.IsOrgHead(h) && !lexicon.IsCompanySuffix(h) {
		out = append(out, h)
	}
	// "the Treasury" for the "US Treasury Department"
	if n := len(f); n >= 2 && (f[n-1] == "department" || f[n-1] == "ministry") {
		g := f[:n-1]
		if _, ok := lexicon.LookupPlace(g[0]); ok && len(g) > 1 {
			g = g[1:]
		}
		if len(g) == 1 && !lexicon.IsFunctionWord(g[0]) {
			out = append(out, g[0])
		}
	}
	return out
}

// placePrefix returns how many of a name's first words (at most three,
// leaving at least one) name a place the lexicon knows, longest first, or 0.
func placePrefix(f []string) int {
	for n := min(3, len(f)-1); n >= 1; n-- {
		if _, ok := lexicon.LookupPlace(strings.Join(f[:n], " ")); ok {
			return n
		}
	}
	return 0
}

// matchOrg finds the organisation entity a mention belongs to through an acronym.
func (x *entx) matchOrg(c *cand, ents []*ent, byIni map[iniKey][]int) int {
	ini := initials(x.text(c))
	if ini == "" {
		return -1
	}
	// an acronym finds a long name with its initials, a long name an acronym
	acr := isAcronym(x.text(c))
	best := -1
	for _, i := range byIni[iniKey{ini, !acr}] {
		if en := ents[i]; en.typ == contract.Org && (best < 0 || en.last > ents[best].last) {
			best = i
		}
	}
	return best
}

// iniKey indexes organisations by initials, apart for acronyms and long names.
type iniKey struct {
	ini string
	acr bool
}

// surnames makes a one-word name that is the first or last name of a person
// named in full elsewhere in the article a person ("Obama" after "Barack Obama"),
// unless a lexicon knows the word as a place, organisation or nationality.
// articleNames types as an organisation a one-word "person" (after the
// vote) that is no person's name in the article and follows "the", "a" or "an" in
// half its mentions or more, with no title anywhere, and in one of them
// surely names a thing: after "a" or "an" before a participle ("a Brier
// held in Regina", not "a Reagan Democrat", "a Reagan appointee" or "a
// Ronaldo masterclass", where a person's name qualifies a noun), or at the end of its
// phrase after "the" ("won the Brier."). A person's name seldom takes an
// article, and "the Obama administration" alone proves nothing.
func (x *entx) articleNames() {
	type count struct {
		n, det int
		sure   bool
	}
	var counts map[string]*count
	var sur map[string]bool
	for k := range x.cands {
		c := &x.cands[k]
		if c.typ == contract.Person && c.e-c.s > 1 {
			if toks := nameTokens(x.text(c)); len(toks) >= 2 {
				if sur == nil {
					sur = map[string]bool{}
				}
				sur[toks[len(toks)-1]] = true
				sur[toks[0]] = true
			}
		}
	}
	for k := range x.cands {
		c := &x.cands[k]
		if c.typ != contract.Person || c.e-c.s != 1 || x.caps[c.si] {
			continue
		}
		key := x.ckey(c)
		if sur[key] {
			continue
		}
		if counts == nil {
			counts = map[string]*count{}
		}
		n := counts[key]
		if n == nil {
			n = &count{}
			counts[key] = n
		}
		if c.forced || c.title != "" || c.appos != "" {
			n.n = -1 << 20 // a title or apposition makes it a person
			continue
		}
		n.n++
		if det := x.determined(c.s, x.d.Sents[c.si].TokStart); det != 0 {
			n.det++
			// a thing's name for sure: "a Brier held in Regina", "the Brier."
			if end := x.d.Sents[c.si].TokEnd; c.e >= end || !lexicon.IsCapitalized(x.word(c.e)) &&
				(det == 'a' && lexicon.VerbLike(x.low(c.e)) && !personNoun(x.low(c.e)) || !isWordToken(x.word(c.e))) {
				n.sure = true
			}
		}
	}
	if counts == nil {
		return
	}
	for k := range x.cands {
		c := &x.cands[k]
		if c.typ != contract.Person || c.e-c.s != 1 {
			continue
		}
		if n := counts[x.ckey(c)]; n != nil && n.sure && n.n >= 2 && 2*n.det >= n.n {
			c.typ = contract.Org
		}
	}
}

// determined returns, for token s after a determiner with or without an
// ordinal between ("the Brier", "his second Brier title", "a 92nd
// Brier") in the sentence that starts at token lo, 'a' for an indefinite
// article and 'd' for another determiner; 0 when none is there.
func (x *entx) determined(s, lo int) byte {
	j := s - 1
	if j >= lo && ordinalWord(x.low(j)) {
		j--
	}
	if j < lo {
		return 0
	}
	switch w := x.word(j); x.low(j) {
	case "a", "an":
		if w[0] == 'A' && j > lo {
			return 0 // "A Brown": an initial
		}
		return 'a'
	case "the", "his", "her", "its", "their", "this", "that", "our", "my", "your":
		return 'd'
	}
	return 0
}

// personNoun reports a noun for a person: one the lexicon knows
// ("supporter") or one in -ee ("appointee", "nominee").
func personNoun(w string) bool {
	return lexicon.IsPersonNoun(w) || len(w) >= 6 && strings.HasSuffix(w, "ee")
}

// isWordToken reports a token that begins with a letter or digit.
func isWordToken(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// ordinalWord reports an ordinal in words or figures, "next" or "last":
// "second", "92nd".
func ordinalWord(w string) bool {
	return w == "next" || w == "last" || lexicon.IsOrdinal(w)
}

func (x *entx) surnames() {
	sur := map[string]bool{}
	for k := range x.cands {
		c := &x.cands[k]
		if c.typ == contract.Person && c.e-c.s > 1 {
			if toks := nameTokens(x.text(c)); len(toks) >= 2 {
				sur[toks[len(toks)-1]] = true
				sur[toks[0]] = true
			}
		}
	}
	// a company's first word, for the company: "Northgate" of "Northgate
	// Pharmacies Ltd."
	var short map[string]bool
	for k := range x.cands {
		c := &x.cands[k]
		if c.typ != contract.Org || c.e-c.s < 3 {
			continue
		}
		for _, a := range orgAlternates(x.ckey(c)) {
			if !strings.Contains(a, " ") {
				if short == nil {
					short = map[string]bool{}
				}
				short[a] = true
			}
		}
	}
	// a one-word "person" that is a known organisation or a company's
	// short name, and no person's name in the article: "Chelsea" in a
	// football report, not after "Chelsea Clinton"
	for k := range x.cands {
		c := &x.cands[k]
		if c.typ != contract.Person || c.forced || c.title != "" || c.e-c.s != 1 {
			continue
		}
		key := x.ckey(c)
		if _, ok := lexicon.KnownOrg(key); (ok || short[key]) && !sur[key] {
			c.typ = contract.Org
		}
	}
	if len(sur) == 0 {
		return
	}
	for k := range x.cands {
		c := &x.cands[k]
		if c.typ == contract.Person || c.forced || x.caps[c.si] || c.e-c.s != 1 {
			continue
		}
		key := x.ckey(c)
		if !sur[key] {
			continue
		}
		if _, ok := lexicon.KnownOrg(key); ok {
			continue
		}
		if _, ok := lexicon.Demonym(key); ok {
			continue
		}
		if _, ok := lexicon.LookupPlace(key); ok {
			if !x.speaks(c) {
				continue
			}
			c.own = true
		}
		c.typ = contract.Person
	}
}

// speaks reports a candidate that a verb of speech follows ("Paris said")
// or that ends a clause after one (", said Paris."): with a person of that
// name in the article, the person speaks, not the place.
func (x *entx) speaks(c *cand) bool {
	lo, hi := x.d.Sents[c.si].TokStart, x.d.Sents[c.si].TokEnd
	if c.e < hi && speechVerbs[lexicon.ReportingBase(x.word(c.e))] {
		return true
	}
	if c.s-1 <= lo || !speechVerbs[lexicon.ReportingBase(x.word(c.s-1))] {
		return false
	}
	if c.e < hi && !strings.Contains(".,;:", x.word(c.e)) {
		return false
	}
	p := x.word(c.s - 2)
	return p == "," || isQuote(p)
}

// vote gives every unforced mention of the same words the type most of
// them have, so that one name is not a company here and a person there.
// Headlines and tables in capitals neither vote nor change: there a city's
// name is often its team.
func (x *entx) vote() {
	if x.sc.votes == nil {
		x.sc.votes = map[string]*tally{}
	}
	t := x.sc.votes
	store := x.sc.tallies[:0] // the tallies, one per candidate at most, so never moved
	if cap(store) < len(x.cands) {
		store = make([]tally, 0, len(x.cands))
	}
	defer func() { x.sc.tallies = store }()
	for k := range x.cands {
		c := &x.cands[k]
		if c.caps || c.own {
			continue
		}
		ti := typeIndex(c.typ)
		key := x.text(c)
		v := t[key]
		if v == nil {
			store = append(store, tally{first: int32(ti), force: -1})
			v = &store[len(store)-1]
			t[key] = v
		}
		if v.n[ti] == 0 {
			v.kinds++
		}
		v.n[ti]++
		if c.forced && v.force < 0 {
			v.force = int32(ti)
		}
	}
	teams := x.cityTeams(t)
	for k := range x.cands {
		c := &x.cands[k]
		// a Title Case heading does not vote, but follows the vote
		if c.forced || c.own || x.caps[c.si] {
			continue
		}
		v := t[x.text(c)]
		if v == nil || v.kinds < 2 {
			continue
		}
		best, bn := int(v.first), v.n[v.first]
		if v.force >= 0 {
			best, bn = int(v.force), v.n[v.force]+1
		}
		for ti, n := range v.n {
			if n > bn {
				best, bn = ti, n
			}
		}
		// a city's name is also its team's: the vote leaves that choice to
		// the recogniser, but for a name opening a sentence or quotation
		// in an article that names no teams by their cities
		nt := typeOrder[best]
		if !(placeClass(nt) == contract.GPE && c.typ == contract.Org || nt == contract.Org && placeClass(c.typ) == contract.GPE) {
			c.typ = nt
		} else if c.typ == contract.Org && c.e-c.s == 1 && teams <= 1 && x.sentenceInitial(c.s, c.si) {
			if pt, ok := v.place(); ok {
				c.typ = pt
			}
		}
	}
}

// place returns the place type most mentions of a name have, if any has one.
func (v *tally) place() (contract.EntityType, bool) {
	best, bn := -1, int32(0)
	for ti, n := range v.n {
		if placeClass(typeOrder[ti]) == contract.GPE && n > bn {
			best, bn = ti, n
		}
	}
	if best < 0 {
		return "", false
	}
	return typeOrder[best], true
}

// cityTeams counts the one-word names that the article gives both as a
// place and as an organisation: two or more are teams named by their
// cities ("Boston beat Baltimore"), one may be the tagger's guess at a
// place it saw without the evidence of casing ("\"Idlib will return").
func (x *entx) cityTeams(t map[string]*tally) int {
	seen := map[string]bool{}
	for k := range x.cands {
		c := &x.cands[k]
		if c.caps || c.typ != contract.Org || c.e-c.s != 1 || seen[x.text(c)] {
			continue
		}
		if _, ok := t[x.text(c)].place(); ok {
			seen[x.text(c)] = true
		}
	}
	return len(seen)
}

// tally counts the types the mentions of one name were given.
type tally struct {
	n     [len(typeOrder)]int32 // int32: half the room, for counts of an article's candidates
	first int32
	force int32
	kinds int32
}

// typeOrder fixes an order of the types for tallies.
var typeOrder = [...]contract.EntityType{contract.Person, contract.Org, contract.GPE, contract.Location, contract.Facility, contract.NORP, contract.Event}

func typeIndex(t contract.EntityType) int {
	for i, x := range typeOrder {
		if x == t {
			return i
		}
	}
	return 0
}

// build makes the output Entity of a cluster, its mentions appended to ms
// (empty, with room for them all).
func (x *entx) build(en *ent, ms []contract.Mention) contract.Entity {
	e := contract.Entity{Type: en.typ, Mentions: ms, Titles: []string{}}
	sort.Ints(en.members)
	var counts [len(typeOrder)]int
	name, nameToks, canon := "", 0, ""
	for _, k := range en.members {
		c := &x.cands[k]
		t := x.text(c)
		e.Mentions = append(e.Mentions, contract.Mention{Start: c.bs, End: c.be, Text: t})
		counts[typeIndex(c.typ)]++
		n := oneLine(t)
		nt := strings.Count(n, " ") + 1
		// the fullest name, written in capitals only when the article has it no other way
		if nt > nameToks || nt == nameToks && (len(n) > len(name) || lexicon.IsAllCaps(name) && !lexicon.IsAllCaps(n)) {
			name, nameToks = n, nt
		}
		if c.canon != "" && canon == "" {
			canon = c.canon
		}
		for _, t := range [2]string{c.title, c.appos} {
			// one title once, however it is written: "Mr." and "Mr"
			if t = oneLine(t); t != "" && !slices.ContainsFunc(e.Titles, func(u string) bool { return lexicon.Key(u) == lexicon.Key(t) }) {
				e.Titles = append(e.Titles, t)
			}
		}
	}
	best := typeIndex(e.Type)
	for ti, n := range counts {
		if n > counts[best] {
			best = ti
		}
	}
	e.Type = typeOrder[best]
	if e.Type == contract.Person && lexicon.IsAllCaps(name) {
		name = x.caseName(en, name)
	}
	switch {
	case canon != "" && placeClass(e.Type) == contract.GPE:
		name = canon
	case canon != "" && e.Type == contract.Org && (isAcronym(name) || len(canon) > len(name) && (nameToks == 1 || shortForm(name, canon))):
		name = canon
	}
	e.Name = name
	return e
}

// shortForm reports whether name shortens each word of canon, word for
// word, keeping a plural's s: "Lib Dems" of "Liberal Democrats".
func shortForm(name, canon string) bool {
	a, b := strings.Fields(lexicon.Key(name)), strings.Fields(lexicon.Key(canon))
	if len(a) != len(b) || len(a) < 2 {
		return false
	}
	for i, w := range a {
		if st, ok := strings.CutSuffix(w, "s"); ok && strings.HasSuffix(b[i], "s") {
			w = st
		}
		if !strings.HasPrefix(b[i], w) {
			return false
		}
	}
	return true
}

// caseName writes a person's name that the article gives in capitals only
// (a transcript's speaker label, "CHRIS WALLACE") as a name: each word as
// another mention writes it ("Chris"), or in title case ("Wallace").
func (x *entx) caseName(en *ent, name string) string {
	spelled := map[string]string{}
	for _, k := range en.members {
		for _, w := range strings.Fields(x.text(&x.cands[k])) {
			if !lexicon.IsAllCaps(w) {
				spelled[strings.ToUpper(w)] = w
			}
		}
	}
	words := strings.Fields(name)
	for i, w := range words {
		if s, ok := spelled[w]; ok {
			words[i] = s
		} else {
			words[i] = TitleCase(w)
		}
	}
	return strings.Join(words, " ")
}

// oneLine returns s with every run of white space as one space.
func oneLine(s string) string {
	clean := true
	for i := 0; i < len(s); i++ {
		if b := s[i]; b == '\n' || b == '\t' || b == '\r' || (b == ' ' && (i == 0 || s[i-1] == ' ')) || b >= 0x80 {
			clean = false
			break
		}
	}
	if clean {
		return s
	}
	return strings.Join(strings.Fields(s), " ")
}

// speechVerbs are the reporting verbs (base forms) that only a person does
// in news, not a city standing for its people ("Orlando mourned").
var speechVerbs = map[string]bool{"say": true, "tell": true, "add": true, "explain": true, "write": true,
	"ask": true, "reply": true, "recall": true}

// isQuote reports a quotation mark token.
func isQuote(w string) bool {
	return w == "\"" || w == "\u201c" || w == "\u201d" || w == "''" || w == "``"
}
