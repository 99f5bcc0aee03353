package newsparse

import (
	"github.com/newsparse/newsparse/internal/contract"
	"github.com/newsparse/newsparse/internal/entity"
	"github.com/newsparse/newsparse/internal/figure"
	"github.com/newsparse/newsparse/internal/geo"
)

// The figures of an article: amounts of money, casualty counts and the toll,
// read by one number grammar (internal/figure). The types are declared in
// internal/contract with their JSON names; these are the same types.

// NumberKind says what a number measures. Only figures (the empty kind) are
// counts or amounts; the other kinds are recognised so that they are not
// mistaken for them.
type NumberKind = contract.NumberKind

// The kinds of number the grammar recognises.
const (
	KindFigure   = contract.KindFigure   // a count or an amount: "350,000", "388bn", "a dozen", "millions"
	KindYear     = contract.KindYear     // "2011", "the 1990s"
	KindAge      = contract.KindAge      // "12-year-old", "aged 36"
	KindPercent  = contract.KindPercent  // "40%", "3.5 per cent", "9 pct"
	KindTime     = contract.KindTime     // "4 p.m.", "8:20", "4pm"
	KindOrdinal  = contract.KindOrdinal  // "2nd", "8th"
	KindFraction = contract.KindFraction // "two-thirds", "7/8"
	KindStrength = contract.KindStrength // "1,200-strong"
	KindMeasure  = contract.KindMeasure  // "five-year", "9mm", "10-day": a number inside a unit adjective
	KindPhone    = contract.KindPhone    // "252-972-1411"
	KindDate     = contract.KindDate     // "January 20", "20 January"
)

// Number is a quantity read by the number grammar.
type Number = contract.Number

// Qualifier says how a figure relates to the true quantity.
type Qualifier = contract.Qualifier

// The qualifiers a figure can carry.
const (
	Exact    = contract.Exact    // as stated
	About    = contract.About    // approximately, nearly, some, an estimated
	MoreThan = contract.MoreThan // more than, over, above
	AtLeast  = contract.AtLeast  // at least
	LessThan = contract.LessThan // less than, under, below
	AtMost   = contract.AtMost   // up to, no more than
)

// Source is who a figure is attributed to in its sentence: the entity (its
// id, or "" when the name is not among the entities) and the name as written.
type Source = contract.Source

// Money is an amount of money stated in the text.
type Money = contract.Money

// Casualty is a count of people killed, injured, displaced, missing, detained or kidnapped.
type Casualty = contract.Casualty

// CasualtyKind is what a casualty count counts; it is written in the JSON as
// its string ("killed").
type CasualtyKind = contract.CasualtyKind

// The kinds of casualty.
const (
	Killed    = contract.Killed
	Injured   = contract.Injured
	Displaced = contract.Displaced
	Missing   = contract.Missing
	Detained  = contract.Detained
	Kidnapped = contract.Kidnapped
)

// Toll is the article's own best figure for each kind of casualty about the
// event it reports; a nil member means the article states none.
type Toll = contract.Toll

// MoneyIn returns the amounts of money stated in text, with the default Parser
// (the type Money takes the shorter name). Invalid input gives an error, as
// for Parse.
func MoneyIn(text string) ([]Money, error) { return Default().Money(text) }

// Money returns the amounts of money stated in text, or an error for invalid
// input (invalid UTF-8, or over the size limit).
func (p *Parser) Money(text string) ([]Money, error) {
	d, r, err := p.prepare(text)
	if err != nil {
		return nil, err
	}
	ms := figure.New(d, entity.Extract(d)).Money()
	r.restoreText(nil, nil, ms, nil)
	return ms, nil
}

// Casualties returns the casualty counts stated in text, with the default
// Parser. Invalid input gives an error, as for Parse.
func Casualties(text string) ([]Casualty, error) { return Default().Casualties(text) }

// Casualties returns the casualty counts stated in text, or an error for
// invalid input (invalid UTF-8, or over the size limit).
func (p *Parser) Casualties(text string) ([]Casualty, error) {
	d, r, err := p.prepare(text)
	if err != nil {
		return nil, err
	}
	ents := geo.Resolve(d, entity.Extract(d))
	cs := figure.New(d, ents).Casualties()
	geo.PlaceFigures(d, ents, cs, nil)
	r.restoreText(nil, nil, nil, cs)
	return cs, nil
}

// ParseNumber reads s as one number phrase: digits with separators and
// decimals ("350,000", "1,234.5"), magnitudes as words and suffixes ("1.5 mln",
// "388bn", "50 crore"), number words ("twenty-three", "a hundred and five",
// "a dozen"), vague quantities ("dozens", "tens of thousands"), ranges
// ("2-3bn", "between 10 and 20") and a leading or trailing qualifier ("more
// than", "at least", "or more"). It returns the number and true when all of s
// is one such phrase. Years, ages, percentages, times, ordinals, fractions,
// dates and phone numbers parse too, with their Kind set, so that callers can
// tell them from counts and amounts.
func ParseNumber(s string) (Number, bool) { return figure.ParseNumber(s) }
