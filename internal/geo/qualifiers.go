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
	var adds []qualAdd
	for i := range ents {
		if !isPlace(&ents[i]) {
			continue
		}
		for _, m := range ents[i].Mentions {
			codes, s, e := QualifierAt(text, m.End)
			if len(codes) == 1 {
				adds = append(adds, qualAdd{s, e, codes[0]})
			}
		}
	}
	adds = append(adds, partyTags(text)...)
	if len(adds) == 0 {
		return ents
	}
	// the mentions by start, to tell by binary search whether a span is taken
	type span struct{ s, e int }
	var taken []span
	for i := range ents {
		for _, m := range ents[i].Mentions {
			taken = append(taken, span{m.Start, m.End})
		}
	}
	sort.Slice(taken, func(i, j int) bool { return taken[i].s < taken[j].s })
	maxLen := 0
	for _, t := range taken {
		maxLen = max(maxLen, t.e-t.s)
	}
	covered := func(s, e int) bool {
		k := sort.Search(len(taken), func(k int) bool { return taken[k].s >= e })
		for k--; k >= 0 && taken[k].s > s-maxLen; k-- {
			if taken[k].s < e && s < taken[k].e {
				return true
			}
		}
		return false
	}
	// the GPE entity that names each state or country, found once
	byCode := map[string]int{}
	for i := len(ents) - 1; i >= 0; i-- {
		if ents[i].Type != contract.GPE {
			continue
		}
		for _, c := range Candidates(ents[i].Name) {
			if c.Exact && c.isADM1() && !c.County {
				byCode[c.Division] = i
			} else if c.Exact && c.isCountry() {
				byCode[c.Country] = i
			}
		}
	}
	changed := false
	sorted := map[int]bool{}
	sort.Slice(adds, func(i, j int) bool { return adds[i].start < adds[j].start })
	for k, a := range adds {
		if k > 0 && a.start < adds[k-1].end || covered(a.start, a.end) {
			continue // the same qualifier found twice, or a span already named
		}
		area, ok := gazetteer.AreaByCode(a.code)
		if !ok {
			continue
		}
		m := contract.Mention{Start: a.start, End: a.end, Text: text[a.start:a.end]}
		target, ok := byCode[a.code]
		if !ok {
			target = -1
		}
		if target < 0 {
			byCode[a.code] = len(ents)
			ents = append(ents, contract.Entity{Type: contract.GPE, Name: area.Name, Mentions: []contract.Mention{m}, Titles: []string{}})
		} else {
			ents[target].Mentions = append(ents[target].Mentions, m)
			sorted[target] = false
		}
		changed = true
	}
	if !changed {
		return ents
	}
	for i, ok := range sorted {
		if !ok {
			ms := ents[i].Mentions
			sort.Slice(ms, func(a, b int) bool { return ms[a].Start < ms[b].Start })
		}
	}
	sort.SliceStable(ents, func(i, j int) bool { return ents[i].Mentions[0].Start < ents[j].Mentions[0].Start })
	for i := range ents {
		ents[i].ID = "e" + strconv.Itoa(i+1)
	}
	return ents
}

// qualAdd is a qualifier to make a place mention: its span and the ISO code
// it names.
type qualAdd struct {
	start, end int
	code       string
}

// partyTags returns the states of the party tags of the text: "(R-S.C.)",
// "(D-Texas)", "R-Ky.", "R-New York".
func partyTags(text string) []qualAdd {
	var adds []qualAdd
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
				adds = append(adds, qualAdd{k + 1, e2, codes[0]})
				continue
			}
		}
		if e > k+1 {
			if codes := qualifierCodes(text[k+1 : e]); len(codes) == 1 && strings.HasPrefix(codes[0], "US-") {
				adds = append(adds, qualAdd{k + 1, e, codes[0]})
			}
		}
	}
	return adds
}
