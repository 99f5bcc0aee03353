package figure

import (
	"testing"

	"github.com/newsparse/newsparse/internal/textdoc"
	"github.com/stretchr/testify/assert"
)

// moneyBrief is an expected amount by its text, value (min and max for a range) and currency.
type moneyBrief struct {
	text     string
	value    float64
	min, max float64
	currency string
}

func moneyOf(text string) []moneyBrief {
	d := textdoc.Analyze(text)
	var out []moneyBrief
	for _, m := range New(d, nil).Money() {
		b := moneyBrief{text: m.Text, currency: m.Currency}
		if m.Value != nil {
			b.value = *m.Value
		}
		if m.Min != nil {
			b.min = *m.Min
		}
		if m.Max != nil {
			b.max = *m.Max
		}
		out = append(out, b)
	}
	return out
}

// TestMoneyContext has one sentence per rule of money context.
func TestMoneyContext(t *testing.T) {
	cases := []struct {
		name, text string
		want       []moneyBrief
	}{
		{"a change then a level", "Shares of Acme were up $0.40 to $12.10 on Monday.",
			[]moneyBrief{{"$0.40", 0.4, 0, 0, "USD"}, {"$12.10", 12.1, 0, 0, "USD"}}},
		{"a change by", "The fare rose by £2 to £15.", []moneyBrief{{"£2", 2, 0, 0, "GBP"}, {"£15", 15, 0, 0, "GBP"}}},
		{"a range with the mark on both ends", "Analysts expect $24-$26 a share.", []moneyBrief{{"$24-$26", 0, 24, 26, "USD"}}},
		{"a range with to", "Tickets cost €30 to €45.", []moneyBrief{{"€30 to €45", 0, 30, 45, "EUR"}}},
		{"dateline dollar", "WELLINGTON, May 4 (Reuters) - The dairy group earned 41.2 mln dlrs.",
			[]moneyBrief{{"41.2 mln dlrs", 41.2e6, 0, 0, "NZD"}}},
		{"wire dateline line", "Miner reports profit\nTORONTO 1996-05-04\nThe miner earned 8.1 mln dlrs.",
			[]moneyBrief{{"8.1 mln dlrs", 8.1e6, 0, 0, "CAD"}}},
		{"an earlier explicit dollar", "The utility raised 150 mln Canadian dlrs. It will spend 20 mln dlrs on lines.",
			[]moneyBrief{{"150 mln Canadian dlrs", 150e6, 0, 0, "CAD"}, {"20 mln dlrs", 20e6, 0, 0, "CAD"}}},
		{"US dollars stay", "The utility raised 150 mln Canadian dlrs and 20 mln U.S. dlrs.",
			[]moneyBrief{{"150 mln Canadian dlrs", 150e6, 0, 0, "CAD"}, {"20 mln U.S. dlrs", 20e6, 0, 0, "USD"}}},
		{"a comparison inherits the magnitude", "Net income was 71.4 mln dlrs vs 65.9.",
			[]moneyBrief{{"71.4 mln dlrs", 71.4e6, 0, 0, "USD"}, {"65.9", 65.9e6, 0, 0, "USD"}}},
		{"a comparison from", "Sales rose to 3.1 billion euros from 2.8 a year ago.",
			[]moneyBrief{{"3.1 billion euros", 3.1e9, 0, 0, "EUR"}, {"2.8", 2.8e9, 0, 0, "EUR"}}},
		{"no money after a unit", "Sales were 400 mln dlrs vs 12 pct growth.", []moneyBrief{{"400 mln dlrs", 400e6, 0, 0, "USD"}}},
		{"multi-billion", "The bank won a multi-billion dollar mandate.", []moneyBrief{{"multi-billion dollar", 1e9, 0, 0, "USD"}}},
		{"a table row with a wider label", "Acme results\nTotal revenue $ 12,400 $ 11,900\nSoftware revenue 2,310 1,870\n",
			[]moneyBrief{{"$ 12,400", 12400, 0, 0, "USD"}, {"$ 11,900", 11900, 0, 0, "USD"}, {"2,310", 2310, 0, 0, "USD"}, {"1,870", 1870, 0, 0, "USD"}}},
		{"a row of shares is no money", "Acme results\nNet income $ 4,100 $ 3,900\nShares outstanding 12,000 11,500\n",
			[]moneyBrief{{"$ 4,100", 4100, 0, 0, "USD"}, {"$ 3,900", 3900, 0, 0, "USD"}}},
		{"one unit a time", "Rides cost a buck an hour.", []moneyBrief{{"a buck", 1, 0, 0, "USD"}}},
		{"one unit each", "Tickets were sold at one pound each.", []moneyBrief{{"one pound", 1, 0, 0, "GBP"}}},
		{"the currency itself is no amount", "A dollar rally lifted shares.", nil},
		{"multimillion glued", "It is a multimillion-pound scheme.", []moneyBrief{{"multimillion-pound", 1e6, 0, 0, "GBP"}}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) { assert.Equal(t, c.want, moneyOf(c.text), c.text) })
	}
}
