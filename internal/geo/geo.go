package geo

import (
	"github.com/newsparse/newsparse/internal/contract"
	"github.com/newsparse/newsparse/internal/gazetteer"
	"github.com/newsparse/newsparse/internal/textdoc"
)

// Resolve gives every place entity (GPE, LOC, FAC) of an analysed article
// whose best candidate is confident enough its Place, and returns the
// entities: the states and countries that qualify place names ("Ill." in
// "Springfield, Ill.") or party tags ("R-S.C.") become mentions of their
// entity, or new entities, first (ids are numbered again then).
func Resolve(d *textdoc.Doc, ents []contract.Entity) []contract.Entity {
	if d == nil || len(ents) == 0 {
		return ents
	}
	ents = AddQualifiers(d.Text, ents)
	x, _ := contextPool.Get().(*Context)
	if x == nil {
		x = &Context{}
	}
	x = analyse(d.Text, ents, d.Meta.Dateline, nil, x)
	for i := range ents {
		c, p, ok := x.Best(i)
		if !ok || p < Threshold {
			continue
		}
		ents[i].Place = c.Place() // a new Place: nothing of x outlives the call
	}
	x.release()
	return ents
}

// Place returns the contract form of a candidate.
func (c Cand) Place() *contract.Place {
	p := &contract.Place{GeoNamesID: c.ID, Name: c.Name, Country: c.Country, Admin1: c.Admin1,
		Lat: round5(c.Lat), Lon: round5(c.Lon), Feature: c.Feature}
	if c.Division != "" {
		p.Admin1 = c.Division
	}
	return p
}

func round5(v float64) float64 {
	if v < 0 {
		return -float64(int64(-v*1e5+0.5)) / 1e5
	}
	return float64(int64(v*1e5+0.5)) / 1e5
}

// Prefetch starts loading the gazetteer in the background (see
// gazetteer.Preload), so that a Parser's first article does not wait for it
// after the other models.
func Prefetch() { gazetteer.Preload() }
