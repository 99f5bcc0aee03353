package newsparse

import (
	"github.com/newsparse/newsparse/internal/contract"
	"github.com/newsparse/newsparse/internal/entity"
	"github.com/newsparse/newsparse/internal/quote"
)

// The quotations of an article, found and attributed by internal/quote (its
// package comment tells how). The types are declared in internal/contract
// with their JSON names; these are the same types.

// Quote is a direct quotation: the words inside the marks, who said them, and the reporting cue.
type Quote = contract.Quote

// Speaker is who a quotation is attributed to: the entity (its id and
// canonical name; an empty id when no entity was found) and the mention that
// attributed it.
type Speaker = contract.Speaker

// Quotes returns the direct quotations in text, with the default Parser.
// Invalid input gives an error, as for Parse.
func Quotes(text string) ([]Quote, error) { return Default().Quotes(text) }

// Quotes returns the direct quotations in text, or an error for invalid input
// (invalid UTF-8, or over the size limit).
func (p *Parser) Quotes(text string) ([]Quote, error) {
	d, r, err := p.prepare(text)
	if err != nil {
		return nil, err
	}
	qs := quote.Extract(d, entity.Extract(d))
	r.restoreText(nil, qs, nil, nil)
	return qs, nil
}
