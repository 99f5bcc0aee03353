package newsparse

// Qualifier says how a figure relates to the true quantity.
type Qualifier string

// The qualifiers a figure can carry.
const (
	Exact    Qualifier = ""          // as stated
	About    Qualifier = "about"     // approximately, nearly, some, an estimated
	MoreThan Qualifier = "more_than" // more than, over, above
	AtLeast  Qualifier = "at_least"  // at least
	LessThan Qualifier = "less_than" // less than, under, below
	AtMost   Qualifier = "at_most"   // up to, no more than
)

// Source is who a figure is attributed to in its sentence.
type Source struct {
	Entity string `json:"entity"`
	Name   string `json:"name"`
}

// Money is an amount of money stated in the text.
type Money struct {
	Start     int       `json:"start"`
	End       int       `json:"end"`
	Text      string    `json:"text"`
	Value     *float64  `json:"value"`
	Min       *float64  `json:"min"`
	Max       *float64  `json:"max"`
	Currency  string    `json:"currency"`
	Qualifier Qualifier `json:"qualifier"`
	Source    *Source   `json:"source,omitempty"`
}

// MoneyIn returns the amounts of money stated in text, with the default Parser
// (the type Money takes the shorter name).
// Invalid input gives an empty list.
func MoneyIn(text string) []Money { return Default().Money(text) }

// Money returns the amounts of money stated in text. Invalid input gives an empty list.
func (p *Parser) Money(text string) []Money {
	d, err := p.prepare(text)
	if err != nil {
		return []Money{}
	}
	return extractMoney(d, extractEntities(d))
}

func extractMoney(d *doc, ents []Entity) []Money { return []Money{} }
