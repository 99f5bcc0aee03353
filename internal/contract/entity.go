package contract

// EntityType is the kind of thing an entity is.
type EntityType string

// The entity types newsparse recognises (the OntoNotes names spaCy uses).
const (
	Person   EntityType = "PERSON" // people, real or fictional
	Org      EntityType = "ORG"    // companies, agencies, institutions, armed groups
	GPE      EntityType = "GPE"    // countries, cities, states
	Location EntityType = "LOC"    // other places: rivers, regions, mountains
	Facility EntityType = "FAC"    // buildings, airports, roads, bridges
	NORP     EntityType = "NORP"   // nationalities, religious and political groups
	Event    EntityType = "EVENT"  // named events: wars, storms, games
)

// Entity is one referent named in the article, with every mention of it.
type Entity struct {
	ID       string     `json:"id"`
	Type     EntityType `json:"type"`
	Name     string     `json:"name"`
	Mentions []Mention  `json:"mentions"`
	Titles   []string   `json:"titles"`
	// Place is the gazetteer entry a GPE, LOC or FAC entity names, nil when
	// no candidate is confident enough (internal/geo).
	Place *Place `json:"place,omitempty"`
}

// Mention is one place where the text names an entity.
type Mention struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
}
