package newsparse

// Quote is a direct quotation: the words inside the marks, who said them, and the reporting cue.
type Quote struct {
	Start   int      `json:"start"`
	End     int      `json:"end"`
	Text    string   `json:"text"`
	Partial bool     `json:"partial"`
	Speaker *Speaker `json:"speaker"`
	Cue     string   `json:"cue"`
}

// Speaker is who a quotation is attributed to: the entity (its id and
// canonical name; an empty id when no entity was found) and the mention that
// attributed it.
type Speaker struct {
	Entity string `json:"entity"`
	Name   string `json:"name"`
	Start  int    `json:"start"`
	End    int    `json:"end"`
	Text   string `json:"text"`
}

// Quotes returns the direct quotations in text, with the default Parser.
// Invalid input gives an empty list.
func Quotes(text string) []Quote { return Default().Quotes(text) }

// Quotes returns the direct quotations in text. Invalid input gives an empty list.
func (p *Parser) Quotes(text string) []Quote {
	d, err := p.prepare(text)
	if err != nil {
		return []Quote{}
	}
	return extractQuotes(d, extractEntities(d))
}

// extractQuotes pairs quotation marks and attributes each quotation.
func extractQuotes(d *doc, ents []Entity) []Quote {
	return []Quote{}
}
