package figure

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestMoneyForms reads money as news of many countries writes it: marks,
// codes and names before and after the figure, magnitudes, cents, ranges,
// qualifiers, and the currency a story's place or earlier amounts give.
func TestMoneyForms(t *testing.T) {
	cases := []struct {
		name, text string
		want       []moneyBrief
	}{
		{"a dateline in capitals settles pesos", "MANILA, May 5 (Reuters) - The water utility raised 3 billion pesos from bonds.",
			[]moneyBrief{{"3 billion pesos", 3e9, 0, 0, "PHP", ""}}},
		{"a dateline settles crowns", "OSLO, May 5 (Reuters) - The oil group's profit fell to 4.1 billion crowns.",
			[]moneyBrief{{"4.1 billion crowns", 4.1e9, 0, 0, "NOK", ""}}},
		{"a dateline settles francs", "BRUSSELS, May 5 (Reuters) - The chemicals group earned 4.5 billion francs.",
			[]moneyBrief{{"4.5 billion francs", 4.5e9, 0, 0, "BEF", ""}}},
		{"a dateline settles rupees", "KARACHI, April 4 - The power utility owes Rs 80 billion to fuel suppliers.",
			[]moneyBrief{{"Rs 80 billion", 80e9, 0, 0, "PKR", ""}}},
		{"a wire dateline line settles crowns", "Brewer profit\nCOPENHAGEN 1997-05-05\nThe brewer earned 1.9 billion crowns.",
			[]moneyBrief{{"1.9 billion crowns", 1.9e9, 0, 0, "DKK", ""}}},
		{"the dateline outweighs a passing mention", "MANILA, May 5 - The bottler, which also sells in Mexico, earned 2 billion pesos.",
			[]moneyBrief{{"2 billion pesos", 2e9, 0, 0, "PHP", ""}}},
		{"a row's bare figure takes the magnitude before vs", "Orchard Foods year\nNet profit 889.5 mln vs 903.2\nTurnover 4.12 bln vs 3.87\n",
			[]moneyBrief{{"889.5 mln", 889.5e6, 0, 0, "USD", ""}, {"903.2", 903.2e6, 0, 0, "USD", ""},
				{"4.12 bln", 4.12e9, 0, 0, "USD", ""}, {"3.87", 3.87e9, 0, 0, "USD", ""}}},
		{"a row's figure grouped in thousands keeps its size", "Orchard Foods year\nNet profit 1.2 mln vs 940,000\n",
			[]moneyBrief{{"1.2 mln", 1.2e6, 0, 0, "USD", ""}, {"940,000", 940000, 0, 0, "USD", ""}}},
		{"a dollar's country after the $", "The deal values the brewer at about $US2.3 billion, and the loan at $A500 million.",
			[]moneyBrief{{"$US2.3 billion", 2.3e9, 0, 0, "USD", "about"}, {"$A500 million", 500e6, 0, 0, "AUD", ""}}},
		{"a US dollar after the $ in a dateline's story", "SYDNEY, May 5 - The miner earned $1.2 billion, or $US900 million.",
			[]moneyBrief{{"$1.2 billion", 1.2e9, 0, 0, "AUD", ""}, {"$US900 million", 900e6, 0, 0, "USD", ""}}},
		{"no dollar's country apart from the $", "The float raised $ NZ 80m.", nil},
		{"a magnitude glued to a rate", "The union wants a £1 billion-a-year fund and cut a $200 million-per-year plan.",
			[]moneyBrief{{"£1 billion", 1e9, 0, 0, "GBP", ""}, {"$200 million", 200e6, 0, 0, "USD", ""}}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			assert.Equal(t, c.want, moneyOf(t, c.text))
		})
	}
}
