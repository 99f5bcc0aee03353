package newsparse

// Casualty is a count of people killed, injured, displaced, missing, detained or kidnapped.
type Casualty struct {
	Start     int       `json:"start"`
	End       int       `json:"end"`
	Text      string    `json:"text"`
	Kind      string    `json:"kind"`
	Count     float64   `json:"count"`
	Vague     bool      `json:"vague"`
	Qualifier Qualifier `json:"qualifier"`
	Who       string    `json:"who"`
	Source    *Source   `json:"source,omitempty"`
}

// Toll is the article's own best figure for each kind of casualty about the
// event it reports; a nil member means the article states none.
type Toll struct {
	Killed    *float64 `json:"killed,omitempty"`
	Injured   *float64 `json:"injured,omitempty"`
	Displaced *float64 `json:"displaced,omitempty"`
	Missing   *float64 `json:"missing,omitempty"`
	Detained  *float64 `json:"detained,omitempty"`
	Kidnapped *float64 `json:"kidnapped,omitempty"`
}

// Casualties returns the casualty counts stated in text, with the default Parser.
// Invalid input gives an empty list.
func Casualties(text string) []Casualty { return Default().Casualties(text) }

// Casualties returns the casualty counts stated in text. Invalid input gives an empty list.
func (p *Parser) Casualties(text string) []Casualty {
	d, err := p.prepare(text)
	if err != nil {
		return []Casualty{}
	}
	return extractCasualties(d, extractEntities(d))
}

func extractCasualties(d *doc, ents []Entity) []Casualty { return []Casualty{} }

func computeToll(d *doc, cs []Casualty) Toll { return Toll{} }
