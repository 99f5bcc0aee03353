package geo

import (
	"sort"

	"github.com/newsparse/newsparse/internal/contract"
	"github.com/newsparse/newsparse/internal/textdoc"
)

// PlaceFigures ties every casualty count to the place where it happened: the
// most specific resolved place (a town before a division, a division before
// a country) that its sentence names, nearest the count among equals; else
// its paragraph's; else the dateline's. The toll takes the place of the
// count it reports (killed first, then the other kinds in contract order),
// else the dateline's.
func PlaceFigures(d *textdoc.Doc, ents []contract.Entity, cs []contract.Casualty, t *contract.Toll) {
	if d == nil {
		return
	}
	type pm struct {
		start, ent, rank int
	}
	n := 0
	for i := range ents {
		if ents[i].Place != nil {
			n += len(ents[i].Mentions)
		}
	}
	if n == 0 {
		return
	}
	ms := make([]pm, 0, n)
	dlEnt := -1
	for i := range ents {
		p := ents[i].Place
		if p == nil {
			continue
		}
		r := specificity(p.Feature)
		for _, m := range ents[i].Mentions {
			ms = append(ms, pm{m.Start, i, r})
			if dl := d.Meta.Dateline; dl != nil && m.Start == dl.Start {
				dlEnt = i
			}
		}
	}
	if len(ms) == 0 {
		return
	}
	sort.Slice(ms, func(a, b int) bool { return ms[a].start < ms[b].start })
	ref := func(i int) *contract.PlaceRef {
		return &contract.PlaceRef{Entity: ents[i].ID, GeoNamesID: ents[i].Place.GeoNamesID}
	}
	// pick returns the best place mention in [lo, hi) for a figure at off, -1 when none.
	pick := func(lo, hi, off int) int {
		a := sort.Search(len(ms), func(k int) bool { return ms[k].start >= lo })
		best, bd := -1, 0
		for k := a; k < len(ms) && ms[k].start < hi && k < a+256; k++ { // bounded: a sentence of a million names
			dist := ms[k].start - off
			if dist < 0 {
				dist = -dist
			}
			if best < 0 || ms[k].rank > ms[best].rank || ms[k].rank == ms[best].rank && dist < bd {
				best, bd = k, dist
			}
		}
		if best < 0 {
			return -1
		}
		return ms[best].ent
	}
	for i := range cs {
		c := &cs[i]
		e := -1
		if si := d.SentOf(c.Start); si >= 0 {
			s := d.Sents[si]
			e = pick(s.Start, s.End, c.Start)
			if e < 0 && s.Para >= 0 && s.Para < len(d.Paras) {
				p := d.Paras[s.Para]
				e = pick(p.Start, p.End, c.Start)
			}
		}
		if e < 0 {
			e = dlEnt
		}
		if e >= 0 {
			c.Place = ref(e)
		}
	}
	if t == nil {
		return
	}
	for _, k := range []struct {
		kind contract.CasualtyKind
		v    *float64
	}{{contract.Killed, t.Killed}, {contract.Injured, t.Injured}, {contract.Displaced, t.Displaced},
		{contract.Missing, t.Missing}, {contract.Detained, t.Detained}, {contract.Kidnapped, t.Kidnapped}} {
		if k.v == nil {
			continue
		}
		for i := range cs {
			if cs[i].Kind == k.kind && !cs[i].Unstated && cs[i].Count == *k.v && cs[i].Place != nil {
				p := *cs[i].Place
				t.Place = &p
				return
			}
		}
	}
	if dlEnt >= 0 && (t.Killed != nil || t.Injured != nil || t.Displaced != nil || t.Missing != nil || t.Detained != nil || t.Kidnapped != nil) {
		t.Place = ref(dlEnt)
	}
}

// specificity ranks places: towns above divisions above countries above regions.
func specificity(feature string) int {
	switch {
	case len(feature) > 2 && feature[:2] == "P.":
		return 3
	case feature == "A.ADM1" || feature == "A.ADM2":
		return 2
	case feature == "A.PCLI":
		return 1
	}
	return 0
}
