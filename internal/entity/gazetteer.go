package entity

// This file holds the finds from the lexicon's tables (internal/lexicon:
// countries, nationalities, groups, well-known organisations) that the
// recogniser left out, and the places of a wire dateline.

import (
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsparse/newsparse/internal/contract"
	"github.com/newsparse/newsparse/internal/lexicon"
	"github.com/newsparse/newsparse/internal/ner"
	"github.com/newsparse/newsparse/internal/textdoc"
)

// datelinePlace adds the places of a wire dateline ("BEIRUT (Reuters) -",
// "KOCHI, India (Reuters) -"), which stand before the body, as mentions: of
// the entity the body names that way, or of a new place. The first part names
// a place by the convention of datelines even when the lexicon does not know
// it (an agency, or a first part the gazetteer knows as a town, shows it one);
// a later part ("India", "D.C.") counts only when the lexicon knows it.
// Ids follow the order of first mentions again afterwards.
func datelinePlace(d *textdoc.Doc, ents []contract.Entity) []contract.Entity {
	dl := d.Meta.Dateline
	if dl == nil || !strings.HasPrefix(d.Text[dl.Start:], dl.Place) {
		return ents
	}
	// an unknown first part names a place only in a dateline that shows
	// itself one: an agency, or a later part the lexicon knows ("KOCHI,
	// India"); "SOCCER -" over a sports table is a heading
	anchored := dl.Agency != "" || knownTown(strings.Split(dl.Place, ",")[0])
	if i := strings.IndexByte(dl.Place, ','); i > 0 && !anchored {
		for part := range strings.SplitSeq(dl.Place[i+1:], ",") {
			if _, ok := lexicon.LookupPlace(lexicon.Key(strings.TrimSpace(part))); ok {
				anchored = true
			}
		}
	}
	added := false
	off := 0
	for part := range strings.SplitSeq(dl.Place, ",") {
		start := dl.Start + off
		off += len(part) + 1
		name := strings.TrimSpace(part)
		if name == "" {
			continue
		}
		start += strings.Index(part, name)
		m := contract.Mention{Start: start, End: start + len(name), Text: name}
		known, _ := lexicon.LookupPlace(lexicon.Key(name))
		if known.Kind == 0 && (start != dl.Start || !anchored) && placeEntity(ents, lexicon.Key(name)) < 0 {
			continue // no place to add: the tagger's places inside it stay
		}
		var dropped bool
		if ents, dropped = dropPlacesInside(ents, m); dropped {
			added = true // a mention gone: order and number the entities again
		}
		if overlapsMention(ents, m) {
			continue // the tagger's already, in this form or another ("LONDON-")
		}
		if i := placeEntity(ents, lexicon.Key(name)); i >= 0 {
			ents[i].Mentions = append([]contract.Mention{m}, ents[i].Mentions...)
			added = true
			continue
		}
		typ, canon := contract.GPE, TitleCase(name)
		if p, ok := lexicon.LookupPlace(lexicon.Key(name)); ok {
			canon = p.Name
			if !p.GPE() {
				typ = contract.Location
			}
		} else if start != dl.Start || !anchored {
			continue
		}
		ents = append(ents, contract.Entity{Type: typ, Name: canon, Mentions: []contract.Mention{m}, Titles: []string{}})
		added = true
	}
	if !added {
		return ents
	}
	return renumber(ents)
}

// clearDateline drops the candidates that overlap the place of the
// dateline but are not places, which datelinePlace then adds: the tagger's
// organisation "NEW YORK" in "NEW YORK (AP) —", or a station's name the
// page ran into it ("WXYZ NEWS9DAYTON, Ohio-").
func (x *entx) clearDateline() {
	dl := x.d.Meta.Dateline
	if dl == nil {
		return
	}
	ps, pe := dl.Start, dl.Start+len(dl.Place)
	dropped := false
	for k := range x.cands {
		c := &x.cands[k]
		if c.bs >= pe || c.be <= ps || (c.typ == contract.GPE || c.typ == contract.Location) && c.bs >= ps {
			continue
		}
		c.drop, dropped = true, true
	}
	if dropped {
		x.sortCands()
	}
}

// titlePlaces adds the places the body names that the headline names too,
// as mentions ("India unveils budget" over "India is to boost…"): the
// headline sits in the header, outside the text the tagger reads. A name
// counts as a whole word in the same letters; ids follow the order of first
// mentions again afterwards.
func titlePlaces(d *textdoc.Doc, ents []contract.Entity) []contract.Entity {
	var title contract.Field
	for _, f := range d.Meta.Fields {
		if f.Key == "title" {
			title = f
			break
		}
	}
	if title.End <= title.Start || title.End > len(d.Text) || d.Text[title.Start:title.End] != title.Value {
		return ents
	}
	added := false
	for i := range ents {
		e := &ents[i]
		if e.Type != contract.GPE && e.Type != contract.Location || e.Mentions[0].Start < title.End {
			continue
		}
		var adds []contract.Mention
		for f := -1; f < len(e.Mentions); f++ {
			form := e.Name
			if f >= 0 {
				form = e.Mentions[f].Text
			}
			if len(form) < 2 || f >= 0 && form == e.Name || f > 0 && form == e.Mentions[f-1].Text {
				continue // a form seen just before: the text is searched once for most
			}
			adds = titleMatches(title, form, adds)
		}
		if len(adds) == 0 {
			continue
		}
		sort.Slice(adds, func(a, b int) bool { return adds[a].Start < adds[b].Start })
		adds = slices.CompactFunc(adds, func(a, b contract.Mention) bool { return a.Start == b.Start })
		adds = slices.DeleteFunc(adds, func(m contract.Mention) bool { return overlapsMention(ents, m) })
		if len(adds) == 0 {
			continue
		}
		e.Mentions = append(adds, e.Mentions...)
		added = true
	}
	ents, more := titleHeadPlaces(title, ents)
	if !added && !more {
		return ents
	}
	return renumber(ents)
}

// titleHeadPlaces adds the state or country the lexicon knows that opens a
// phrase of a headline before a word for people, which the body need not
// name again: "Tennessee Boy, 7, Killed", "Ohio Man Charged In Crash". It
// reports whether it added any.
func titleHeadPlaces(title contract.Field, ents []contract.Entity) ([]contract.Entity, bool) {
	words := strings.Fields(title.Value)
	starts := make([]int, len(words))
	off := 0
	for i, w := range words {
		off += strings.Index(title.Value[off:], w)
		starts[i] = off
		off += len(w)
	}
	added := false
	for j := 1; j < len(words); j++ {
		noun := strings.ToLower(strings.TrimRight(words[j], ",:;"))
		if !lexicon.IsVictimNoun(noun) && !lexicon.IsSpeakerNoun(noun) {
			continue
		}
		for n := min(3, j); n >= 1; n-- {
			s, e := starts[j-n], starts[j-1]+len(words[j-1])
			name := title.Value[s:e]
			p, ok := lexicon.LookupPlace(lexicon.Key(name))
			if !ok || p.Kind != lexicon.State && p.Kind != lexicon.Country || !lexicon.IsCapitalized(name) {
				continue
			}
			ents = addPlaceMention(ents, p, contract.Mention{Start: title.Start + s, End: title.Start + e, Text: name})
			added = true
			break
		}
	}
	return ents, added
}

// addPlaceMention adds mention m of place p to the place entity of that
// name, or as a new one; a mention already there is left alone.
func addPlaceMention(ents []contract.Entity, p lexicon.Place, m contract.Mention) []contract.Entity {
	if overlapsMention(ents, m) {
		return ents
	}
	if i := placeEntity(ents, lexicon.Key(m.Text)); i >= 0 {
		ents[i].Mentions = append([]contract.Mention{m}, ents[i].Mentions...)
		return ents
	}
	return append(ents, contract.Entity{Type: contract.GPE, Name: p.Name, Mentions: []contract.Mention{m}, Titles: []string{}})
}

// titleMatches appends to adds the whole-word occurrences of form in the
// headline field.
func titleMatches(title contract.Field, form string, adds []contract.Mention) []contract.Mention {
	for off := 0; ; {
		k := strings.Index(title.Value[off:], form)
		if k < 0 {
			return adds
		}
		s, e := off+k, off+k+len(form)
		off = e
		if wordAt(title.Value, s, e) {
			adds = append(adds, contract.Mention{Start: title.Start + s, End: title.Start + e, Text: form})
		}
	}
}

// wordAt reports whether s[i:j] stands as a whole word: no letter or digit
// touches it on either side.
func wordAt(s string, i, j int) bool {
	if i > 0 {
		r, _ := utf8.DecodeLastRuneInString(s[:i])
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return false
		}
	}
	if j < len(s) {
		r, _ := utf8.DecodeRuneInString(s[j:])
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return false
		}
	}
	return true
}

// knownTown reports whether the gazetteer knows a name as a country, a
// first-level division or a town of 10,000 people or more ("DAYTON" in
// "NEWS9DAYTON -").
func knownTown(name string) bool {
	kinds, band := ner.Default().PlaceKinds(strings.Fields(name))
	return kinds&(ner.GeoCountry|ner.GeoSubdivision) != 0 || kinds&ner.GeoCity != 0 && band >= 1
}

// overlapsMention reports whether m overlaps a mention of any of ents:
// mentions never overlap, whichever entity holds them.
func overlapsMention(ents []contract.Entity, m contract.Mention) bool {
	for i := range ents {
		for _, o := range ents[i].Mentions {
			if o.Start < m.End && m.Start < o.End {
				return true
			}
		}
	}
	return false
}

// dropPlacesInside removes the place mentions that lie inside m but are
// shorter, and the entities left with none: the dateline's "ST. LOUIS"
// supersedes the tagger's "LOUIS" within it. It reports whether it removed any.
func dropPlacesInside(ents []contract.Entity, m contract.Mention) ([]contract.Entity, bool) {
	inside := func(o contract.Mention) bool {
		return o.Start >= m.Start && o.End <= m.End && o.End-o.Start < m.End-m.Start
	}
	out, dropped := ents[:0], false
	for _, e := range ents {
		if (e.Type == contract.GPE || e.Type == contract.Location) && slices.ContainsFunc(e.Mentions, inside) {
			e.Mentions = slices.DeleteFunc(e.Mentions, inside)
			dropped = true
			if len(e.Mentions) == 0 {
				continue
			}
		}
		out = append(out, e)
	}
	return out, dropped
}

// placeEntity returns the index of the place entity named or mentioned by key, or -1.
func placeEntity(ents []contract.Entity, key string) int {
	for i := range ents {
		if ents[i].Type != contract.GPE && ents[i].Type != contract.Location {
			continue
		}
		if lexicon.Key(ents[i].Name) == key {
			return i
		}
		for _, em := range ents[i].Mentions {
			if lexicon.Key(em.Text) == key {
				return i
			}
		}
	}
	return -1
}

// TitleCase writes a place given in capitals as a name: "NEW YORK" → "New York";
// a no-break space between its words is a space ("SAINT\u00a0JOHN" → "Saint John").
func TitleCase(s string) string {
	if strings.ToUpper(s) != s {
		return s
	}
	b := []rune(strings.ToLower(s))
	up := true
	for i, r := range b {
		if unicode.IsSpace(r) {
			b[i] = ' '
		}
		if up && unicode.IsLetter(r) {
			b[i] = unicode.ToUpper(r)
		}
		up = unicode.IsSpace(r) || r == '-' || r == '.'
	}
	return string(b)
}

// longOrgs adds the names of three words or more that the organisation
// lexicon knows, in place of the recogniser's fragments inside them:
// "Islamic State of Iraq and the Levant fighters" holds no nationality,
// country or region. It reports whether it added any.
func (x *entx) longOrgs() bool {
	added := false
	n0 := len(x.cands) // x.cands[:n0] is sorted by start and apart, as repair leaves it; finds go after
	capital := x.capitals()
	for si, s := range x.d.Sents {
		if x.caps[si] {
			continue
		}
		for i := s.TokStart; i < s.TokEnd; i++ {
			if !capital[i] {
				continue
			}
			for n := min(lexicon.MaxWords(x.key1(i)), 12); n >= 2; n-- {
				e := i + n
				if e > s.TokEnd || !lexicon.IsCapitalized(x.word(e-1)) {
					continue
				}
				k := x.key(i, e)
				if _, ok := lexicon.KnownOrg(k); !ok || lexicon.IsAmbiguousOrg(k) {
					continue
				}
				// the candidates overlapping the name: a binary search, then the few after it
				first := sort.Search(n0, func(k int) bool { return x.cands[k].e > i })
				inside := true // a candidate reaching out of the name keeps it
				for k := first; k < n0 && x.cands[k].s < e; k++ {
					if c := &x.cands[k]; !c.drop && (c.s < i || c.e > e) {
						inside = false
						break
					}
				}
				if !inside {
					continue
				}
				for k := first; k < n0 && x.cands[k].s < e; k++ {
					x.cands[k].drop = true
				}
				x.add(i, e, si, cORG)
				x.cands[len(x.cands)-1].forced = true
				added = true
				i = e - 1
				break
			}
		}
	}
	return added
}

// known1 reports whether a lexicon knows token i as a place, nationality,
// group or organisation.
func (x *entx) known1(i int) bool {
	return x.known(&cand{s: i, e: i + 1})
}

// known reports whether a lexicon knows a candidate's words as a place,
// nationality, group or organisation.
func (x *entx) known(c *cand) bool {
	k := x.key(c.s, c.e)
	if _, ok := lexicon.LookupPlace(k); ok {
		return true
	}
	if _, ok := lexicon.Demonym(k); ok {
		return true
	}
	if _, ok := lexicon.KnownOrg(k); ok {
		return true
	}
	return lexicon.IsGroup(k)
}

// addLexicon adds the countries, demonyms, groups and well-known
// organisations the recogniser left out.
func (x *entx) addLexicon() {
	d := x.d
	added := x.longOrgs()
	covered, capital := x.covered(), x.capitals()
	for si, s := range d.Sents {
		if x.caps[si] {
			continue
		}
		for i := s.TokStart; i < s.TokEnd; i++ {
			if covered[i] || !capital[i] {
				continue
			}
			maxN := lexicon.MaxWords(x.key1(i))
			for n := min(maxN, 4); n >= 1; n-- {
				e := i + n
				if e > s.TokEnd {
					continue
				}
				ok := true
				for j := i; j < e; j++ {
					if covered[j] {
						ok = false
					}
				}
				if !ok || !lexicon.IsCapitalized(x.word(e-1)) {
					continue
				}
				k := x.key(i, e)
				class := cNone
				if p, ok := lexicon.LookupPlace(k); ok && p.Kind == lexicon.Country {
					class = cLOC
				} else if _, ok := lexicon.Demonym(k); ok {
					class = cMISC
				} else if lexicon.IsGroup(k) && n == 1 {
					class = cMISC
				} else if _, ok := lexicon.KnownOrg(k); ok && !lexicon.IsAmbiguousOrg(k) && (n > 1 || len(k) > 3 || lexicon.IsAllCaps(x.word(i))) {
					class = cORG
				}
				if class == cNone {
					continue
				}
				if k == "us" && x.word(i) != "US" && x.word(i) != "U.S." {
					continue
				}
				// a capitalised word after it makes a longer name the
				// recogniser chose to leave out: "Jordan Henderson", "Georgia Tech"
				if e < s.TokEnd && lexicon.IsCapitalized(x.word(e)) && !isPossessive(x.word(e)) {
					continue
				}
				x.add(i, e, si, class)
				x.cands[len(x.cands)-1].forced = true
				for j := i; j < e; j++ {
					covered[j] = true
				}
				added = true
				i = e - 1
				break
			}
		}
	}
	if added {
		x.sortCands()
	}
}

// byFirstMention orders entities by their first mention.
type byFirstMention []contract.Entity

func (s byFirstMention) Len() int           { return len(s) }
func (s byFirstMention) Swap(i, j int)      { s[i], s[j] = s[j], s[i] }
func (s byFirstMention) Less(i, j int) bool { return s[i].Mentions[0].Start < s[j].Mentions[0].Start }

// renumber orders entities by their first mention and numbers them again
// ("e1", "e2", …).
func renumber(ents []contract.Entity) []contract.Entity {
	sort.Stable(byFirstMention(ents))
	for i := range ents {
		ents[i].ID = "e" + strconv.Itoa(i+1)
	}
	return ents
}
