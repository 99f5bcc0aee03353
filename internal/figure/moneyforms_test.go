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
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			assert.Equal(t, c.want, moneyOf(t, c.text))
		})
	}
}
