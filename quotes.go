package newsparse

import (
	"github.com/newsparse/newsparse/internal/contract"
	"github.com/newsparse/newsparse/internal/entity"
	"github.com/newsparse/newsparse/internal/quote"
)

// Quotes returns the direct quotations in text, with the default Parser.
// Invalid input gives an empty list.
func Quotes(text string) []Quote { return Default().Quotes(text) }

// Quotes returns the direct quotations in text. Invalid input gives an empty list.
func (p *Parser) Quotes(text string) []Quote {
	d, err := p.prepare(text)
	if err != nil {
		return []Quote{}
	}
	return quote.Extract(d, entity.Extract(d))
}

// Quote is a direct quotation: the words inside the marks, who said them, and the reporting cue.
type Quote = contract.Quote

// Speaker is who a quotation is attributed to: the entity (its id and
// canonical name; an empty id when no entity was found) and the mention that
// attributed it.
type Speaker = contract.Speaker
