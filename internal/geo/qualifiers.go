package geo

import (
	"sort"
	"strconv"
	"strings"

	"github.com/newsparse/newsparse/internal/contract"
	"github.com/newsparse/newsparse/internal/gazetteer"
)

// AddQualifiers makes the qualifiers that follow place names places too:
// "Ill." in "Springfield, Ill.", "Texas" in "Paris, Texas" when the
// recogniser left it out, and the state of a party tag ("Sen. Lindsey Graham
// (R-S.C.)"). Each becomes a mention of the entity that names the same state
// or country, or of a new GPE entity; the entities are then ordered by first
// mention and numbered again, as the entity extractor numbers them.
func AddQualifiers(text string, ents []contract.Entity) []contract.Entity {
	type add struct {
		start, end int
		code       string
	}
	var adds []add
	for i := range ents {
		if !isPlace(&ents[i]) {
			continue
		}
		for _, m := range ents[i].Mentions {
			codes, s, e := QualifierAt(text, m.End)
			if len(codes) == 1 {
				adds = append(adds, add{s, e, codes[0]})
			}
		}
	}
	// party tags: "(R-S.C.)", "(D-Texas)", "R-Ky."
	for off := 0; ; {
		k := strings.Index(text[off:], "-")
		if k < 0 {
			break
		}
		k += off
		off = k + 1
		if k < 1 || !strings.ContainsRune("RDI", rune(text[k-1])) || k >= 2 && !strings.ContainsRune("( ,", rune(text[k-2])) {
			continue
		}
		e := k + 1
		for e < len(text) && (text[e] >= 'A' && text[e] <= 'Z' || text[e] >= 'a' && text[e] <= 'z' || text[e] == '.') {
			e++
		}
		if e < len(text) && text[e] == ' ' && e+1 < len(text) && text[e+1] >= 'A' && text[e+1] <= 'Z' {
			// "R-New York", "D-South Carolina"
			e2 := e + 1
			for e2 < len(text) && (text[e2] >= 'a' && text[e2] <= 'z' || text[e2] >= 'A' && text[e2] <= 'Z') {
				e2++
			}
			if codes := qualifierCodes(text[k+1 : e2]); len(codes) == 1 && strings.HasPrefix(codes[0], "US-") {
				adds = append(adds, add{k + 1, e2, codes[0]})
				continue
			}
		}
		if e > k+1 {
			if codes := qualifierCodes(text[k+1 : e]); len(codes) == 1 && strings.HasPrefix(codes[0], "US-") {
				adds = append(adds, add{k + 1, e, codes[0]})
			}
		}
	}
	if len(adds) == 0 {
		return ents
	}
	covered := func(s, e int) bool {
		for i := range ents {
			for _, m := range ents[i].Mentions {
				if m.Start < e && s < m.End {
					return true
				}
			}
		}
		return false
	}
	changed := false
	for _, a := range adds {
		if covered(a.start, a.end) {
			continue
		}
		area, ok := gazetteer.AreaByCode(a.code)
		if !ok {
			continue
		}
		m := contract.Mention{Start: a.start, End: a.end, Text: text[a.start:a.end]}
		target := -1
		for i := range ents {
			if ents[i].Type != contract.GPE {
				continue
			}
			for _, c := range Candidates(ents[i].Name) {
				if c.Exact && (c.isADM1() && c.Division == a.code || c.isCountry() && c.Country == a.code) {
					target = i
				}
			}
			if target >= 0 {
				break
			}
		}
		if target < 0 {
			name := area.Name
			ents = append(ents, contract.Entity{Type: contract.GPE, Name: name, Mentions: []contract.Mention{m}, Titles: []string{}})
		} else {
			ms := append(ents[target].Mentions, m)
			sort.Slice(ms, func(i, j int) bool { return ms[i].Start < ms[j].Start })
			ents[target].Mentions = ms
		}
		changed = true
	}
	if !changed {
		return ents
	}
	sort.SliceStable(ents, func(i, j int) bool { return ents[i].Mentions[0].Start < ents[j].Mentions[0].Start })
	for i := range ents {
		ents[i].ID = "e" + strconv.Itoa(i+1)
	}
	return ents
}
