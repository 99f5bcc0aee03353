package newsparse

import (
	"github.com/newsparse/newsparse/internal/contract"
	"github.com/newsparse/newsparse/internal/entity"
)

// Entities returns the entities named in text, with the default Parser.
// Invalid input gives an empty list.
func Entities(text string) []Entity { return Default().Entities(text) }

// Entities returns the entities named in text. Invalid input gives an empty list.
func (p *Parser) Entities(text string) []Entity {
	d, err := p.prepare(text)
	if err != nil {
		return []Entity{}
	}
	return entity.Extract(d)
}

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
