package newsparse

import (
	"github.com/newsparse/newsparse/internal/contract"
	"github.com/newsparse/newsparse/internal/entity"
	"github.com/newsparse/newsparse/internal/geo"
)

// The entities of an article, found by internal/entity. The types are
// declared in internal/contract with their JSON names; these are the same
// types.

// EntityType is the kind of thing an entity is.
type EntityType = contract.EntityType

// The entity types newsparse recognises (the OntoNotes names spaCy uses).
const (
	Person   = contract.Person   // people, real or fictional
	Org      = contract.Org      // companies, agencies, institutions, armed groups
	GPE      = contract.GPE      // countries, cities, states
	Location = contract.Location // other places: rivers, regions, mountains
	Facility = contract.Facility // buildings, airports, roads, bridges
	NORP     = contract.NORP     // nationalities, religious and political groups
	Event    = contract.Event    // named events: wars, storms, games
)

// Entity is one referent named in the article, with every mention of it.
type Entity = contract.Entity

// Mention is one place where the text names an entity.
type Mention = contract.Mention

// Entities returns the entities named in text, with the default Parser.
// Invalid input gives an error, as for Parse.
func Entities(text string) ([]Entity, error) { return Default().Entities(text) }

// Entities returns the entities named in text, or an error for invalid input
// (invalid UTF-8, or over the size limit).
func (p *Parser) Entities(text string) ([]Entity, error) {
	d, r, err := p.prepare(text)
	if err != nil {
		return nil, err
	}
	ents := geo.Resolve(d, entity.Extract(d))
	r.restoreText(ents, nil, nil, nil)
	return ents, nil
}
