package entity

// This file finds the titles given to people: before a name ("Defence
// Minister Amir Hatami"), inside it, and in an apposition after it.

import (
	"sort"

	"github.com/newsparse/newsparse/internal/lexicon"
)

// titledName reports a person's name the recogniser took for an
// organisation's or a place's: a given name and one or two more
// capitalised words, no head of an organisation's or a place's name among
// them, after a person's title ("Sen. Elizabeth Warren", whose words are
// also two cities).
func (x *entx) titledName(c *cand) bool {
	if c.drop || c.class != cORG && c.class != cLOC || c.caps || c.e-c.s < 2 || c.e-c.s > 3 || c.title != "" {
		return false
	}
	if lexicon.NameGender(x.key1(c.s)) == 0 {
		return false
	}
	for i := c.s; i < c.e; i++ {
		k := x.key1(i)
		if !lexicon.IsCapitalized(x.word(i)) || lexicon.IsOrgHead(k) || lexicon.IsLocationHead(k) || lexicon.IsFacilityHead(k) || lexicon.StrongHead(k) != 0 {
			return false
		}
	}
	if _, ok := lexicon.KnownOrg(x.ckey(c)); ok {
		return false
	}
	return x.titleBefore(c.s, x.d.Sents[c.si].TokStart) < c.s
}

// apposBefore returns the title of an apposition that introduces a name
// starting at token s: "Apple's chief executive, Tim Cook, said" and "The
// governor, Gavin Newsom," give "chief executive" and "governor".
func (x *entx) apposBefore(s, lo int) string {
	i := s - 1
	if i-1 < lo || x.word(i) != "," {
		return ""
	}
	j := i - 1
	start := -1
	for n := 3; n >= 1; n-- {
		if j-n+1 >= lo && lexicon.Lower(x.word(j-n+1)) != "the" && lexicon.IsTitleHead(x.key(j-n+1, j+1)) {
			start = j - n + 1
			break
		}
	}
	if start < 0 {
		return ""
	}
	for start-1 >= lo && lexicon.IsTitleModifier(x.key1(start-1)) {
		start--
	}
	if start-1 < lo {
		return ""
	}
	switch p := lexicon.Lower(x.word(start - 1)); p {
	case "the", "its", "his", "her", "their", "'s", "\u2019s":
		// "The Chancellor, Rachel Reeves,": the title is no entity of its own
		// (candidates are sorted: the few that end before the name)
		for k := sort.Search(len(x.cands), func(k int) bool { return x.cands[k].e > start }); k < len(x.cands) && x.cands[k].s <= j; k++ {
			if c := &x.cands[k]; c.s >= start && c.e <= j+1 {
				c.drop = true
			}
		}
		return x.raw(start, j+1)
	}
	return ""
}

// titleAfter returns the title in an apposition after a name ending before
// token i: "Amir Hatami, Iran's defence minister, said" gives "defence
// minister"; "Jo Bloggs, a spokeswoman for the council" gives "spokeswoman".
func (x *entx) titleAfter(i, end int) string {
	if i+1 >= end || x.word(i) != "," {
		return ""
	}
	j := i + 1
	switch w := x.word(j); w {
	case "the", "a", "an", "its", "his", "her", "their":
		j++
	}
	// a possessive: "Iran's", "the company's", "the United Nations'"
	for k := j; k < end && k < j+4; k++ {
		if isPossessive(x.word(k)) {
			if k > j {
				j = k + 1
			}
			break
		}
		if w := x.word(k); w == "," || isCut(w) {
			break
		}
	}
	start := j
	head := -1
	for j < end && j < start+5 {
		w := x.word(j)
		k := x.key1(j)
		if lexicon.IsTitleHead(k) && !strongLowerExclude[k] {
			head = j
			j++
			continue
		}
		if head < 0 && (lexicon.IsTitleModifier(k) || lexicon.IsTitleHead(k)) && !lexicon.IsCapitalized(w) {
			j++
			continue
		}
		break
	}
	if head < 0 {
		return ""
	}
	// the title ends the apposition or takes a complement
	if head+1 < end {
		switch x.word(head + 1) {
		case ",", ".", "of", "for", "at", "to", "and", ")", "said", "says", "told", "in", "on", "with", "who":
		default:
			return ""
		}
	}
	return x.d.Text[x.d.Toks[start].Start:x.d.Toks[head].End]
}

// memberTitles follow a party's name: "Labour MP", "Tory MEPs".
var memberTitles = map[string]bool{"MP": true, "MPs": true, "MEP": true, "MEPs": true, "MSP": true, "MSPs": true,
	"AM": true, "AMs": true, "MLA": true, "MLAs": true, "TD": true, "TDs": true}

// titleIn returns the first token after a title that opens tokens [s, e), or s.
func (x *entx) titleIn(s, e int) int {
	best := s
	for i := s; i < e-1; i++ {
		k := x.key(s, i+1)
		w := x.key1(i)
		if nameLikeTitle[w] {
			break
		}
		if lexicon.IsTitleHead(k) || lexicon.IsTitleHead(w) {
			if lexicon.IsCapitalized(x.word(i + 1)) {
				best = i + 1
			}
			continue
		}
		if !lexicon.IsTitleModifier(w) {
			break
		}
	}
	// a title needs a name after it
	return best
}

// nameLikeTitle are title words that are also given names or name parts
// ("Dean Jones", "Major League"), never taken out of a recognised name.
var nameLikeTitle = map[string]bool{"dean": true, "major": true, "king": true, "prince": true, "duke": true, "baron": true,
	"lord": true, "sultan": true, "khan": true, "shah": true, "rajah": true, "raja": true, "emir": true, "sheikh": true,
	"brother": true, "sister": true, "father": true, "saint": true, "star": true, "private": true, "general": true,
	"justice": true, "judge": true, "rev": true, "sen": true, "rep": true, "gov": true, "cardinal": true, "pastor": true, "chief": true}

// titleBefore returns the first token of a title that ends just before token
// s (not before sentence start lo), or s when there is none.
func (x *entx) titleBefore(s, lo int) int {
	i := s - 1
	if i < lo {
		return s
	}
	w := x.word(i)
	if w == "." && i-1 >= lo { // "Mr ."
		i--
		w = x.word(i)
	}
	// multi-word heads: "Secretary of State", "Prime Minister"
	start := -1
	for n := 3; n >= 1; n-- {
		if i-n+1 < lo {
			continue
		}
		if lexicon.IsTitleHead(x.key(i-n+1, i+1)) && (lexicon.IsCapitalized(x.word(i-n+1)) || lowerTitleOK(x.key1(i))) {
			start = i - n + 1
			break
		}
	}
	if start < 0 {
		return s
	}
	for start-1 >= lo && lexicon.IsCapitalized(x.word(start-1)) && lexicon.IsTitleModifier(x.key1(start-1)) {
		start--
	}
	// lower-case modifiers before a lower-case head: "defence minister"
	for start-1 >= lo && !lexicon.IsCapitalized(x.word(start)) && lexicon.IsTitleModifier(x.key1(start-1)) &&
		!lexicon.IsCapitalized(x.word(start-1)) {
		start--
	}
	return start
}

// strongLowerExclude are title words too common in lower case before a name
// that is not their holder ("the father Tom", "the head Ann").
var strongLowerExclude = map[string]bool{"father": true, "mother": true, "head": true, "star": true, "player": true,
	"lock": true, "prop": true, "hooker": true, "centre": true, "forward": true, "runner": true, "trainer": true,
	"official": true, "owner": true, "critic": true, "champion": true, "officer": true, "doctor": true, "private": true,
	"chair": true, "saint": true, "brother": true, "sister": true, "vice": true, "deputy": true, "senior": true}

// lowerTitleOK reports title heads that count in lower case ("ambassador William Roebuck").
func lowerTitleOK(k string) bool {
	if k != "" && lexicon.IsTitleHead(k) && !strongLowerExclude[k] {
		return true
	}
	switch k {
	case "president", "minister", "ambassador", "envoy", "secretary", "chancellor", "premier", "senator", "governor",
		"mayor", "judge", "general", "colonel", "captain", "lieutenant", "sergeant", "commander", "spokesman", "spokeswoman",
		"spokesperson", "chairman", "chairwoman", "chair", "director", "prosecutor", "coach", "manager", "striker", "midfielder",
		"defender", "goalkeeper", "king", "queen", "prince", "princess", "sheikh", "ayatollah", "imam", "pope", "cardinal",
		"bishop", "archbishop", "rabbi", "lawyer", "attorney", "inspector", "detective", "officer", "leader", "chief", "emir":
		return true
	}
	return false
}
