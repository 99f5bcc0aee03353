package coref

import (
	"strings"
	"unicode"

	"github.com/newsparse/newsparse/internal/lexicon"
)

// The headline: a news headline names its subject by surname, often after
// a role ("Prop Evans ready for battle"), and the story's first sentence
// then calls that person by a description ("The prime minister has
// defended …" under "Blair defends …"). The headline is in the article's
// header (Meta.Title), outside the body the entities are read from.

// headlineWords returns the words of the article's headline, without the
// punctuation around them.
func (c *Resolver) headlineWords() []string {
	if c.hw != nil {
		return *c.hw
	}
	c.hw = new([]string)
	if c.d.Meta.Title == "" {
		return nil
	}
	out := make([]string, 0, 12)
	for w := range strings.FieldsSeq(c.d.Meta.Title) {
		if w = strings.TrimFunc(w, notWordRune); w != "" {
			out = append(out, w)
		}
	}
	*c.hw = out
	return out
}

func notWordRune(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }

// surname returns the last word of person i's name.
func (c *Resolver) surname(i int) string {
	name := strings.TrimSpace(c.ents[i].Name)
	j := strings.LastIndexAny(name, " \t\n")
	if j < 0 {
		return ""
	}
	return name[j+1:]
}

// headlineAt returns where person i's surname stands among the headline's
// words hw, or -1.
func (c *Resolver) headlineAt(i int, hw []string) int {
	sur := c.surname(i)
	if sur == "" {
		return -1
	}
	for j, w := range hw {
		if w == sur {
			return j
		}
	}
	return -1
}

// headlineRoles gives each person whose surname the headline holds the
// words before it that describe them: "Prop Evans ready for battle" makes
// Owen Evans a prop.
func (c *Resolver) headlineRoles() {
	hw := c.headlineWords()
	if len(hw) == 0 {
		return
	}
	for i := range c.info {
		if c.info[i].kind != 'p' {
			continue
		}
		at := c.headlineAt(i, hw)
		for j := at - 1; j >= 0 && j >= at-3; j-- {
			w := lower(hw[j])
			if len(w) < 2 || lexicon.IsFunctionWord(w) || lexicon.IsDeterminer(w) || lexicon.IsPreposition(w) || lexicon.VerbLike(w) {
				break
			}
			if _, ok := lexicon.LookupPlace(w); ok {
				break // "Wales prop": the place qualifies the role
			}
			c.info[i].words = append(c.info[i].words, w)
			if j < at-1 {
				c.info[i].mods = append(c.info[i].mods, w) // "Rugby prop Evans": no rugby
			}
		}
	}
}

// headlinePerson returns, for a description of a person at offset off
// that no person named in the body before it can be, the one person whose
// surname the headline holds and ok accepts, or -1.
func (c *Resolver) headlinePerson(off int, ok func(int) bool) int {
	for k := range c.ments.len() {
		m := c.ments.at(k)
		if m.s >= off {
			break
		}
		if m.s >= c.d.Body.Start && c.info[m.ent].kind == 'p' {
			return -1
		}
	}
	hw := c.headlineWords()
	if len(hw) == 0 {
		return -1
	}
	found := -1
	for i := range c.info {
		if c.info[i].kind != 'p' || c.headlineAt(i, hw) < 0 {
			continue
		}
		if found >= 0 || !ok(i) {
			return -1 // two people in the headline, or one who does not agree
		}
		found = i
	}
	return found
}

// namedAfter returns, for a description at offset off that nothing before
// it resolves, the person ok accepts whom the next two sentences name
// first, if no mention of that person comes before off; or -1.
func (c *Resolver) namedAfter(off int, ok func(int) bool) int {
	si := c.d.SentOf(off)
	if si < 0 {
		return -1
	}
	k := c.ments.from(off)
	for ; k < c.ments.len() && c.ments.at(k).sent <= si+2; k++ {
		m := *c.ments.at(k)
		if m.ref || !ok(m.ent) {
			continue
		}
		if f := c.info[m.ent].first; f > 0 && f-1 < off {
			return -1 // named before: salience had its chance
		}
		return m.ent
	}
	return -1
}
