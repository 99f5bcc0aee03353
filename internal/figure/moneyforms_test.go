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
		{"cents glued as c take the story's dollar", "SYDNEY, May 5 - The bus fare will rise 25c to $4.10, and the levy is 10c a trip.",
			[]moneyBrief{{"25c", 0.25, 0, 0, "AUD", ""}, {"$4.10", 4.1, 0, 0, "AUD", ""}, {"10c", 0.1, 0, 0, "AUD", ""}}},
		{"a c alone in a story is no price", "The Orion model 3c was a pocket organiser.", nil},
		{"a capital C is a temperature", "It cost $2 to get in, and it was 25C in the shade.", []moneyBrief{{"$2", 2, 0, 0, "USD", ""}}},
		{"the naira glued as N", "ABUJA, May 5 - The senate passed a N21.8 trillion budget and set aside N2,500 a pupil.",
			[]moneyBrief{{"N21.8 trillion", 21.8e12, 0, 0, "NGN", ""}, {"N2,500", 2500, 0, 0, "NGN", ""}}},
		{"no naira in a mask or a road", "Nurses wore N95 masks on the N7 road.", nil},
		{"no naira in a bracketed letter", "Standings\nRovers ( N ) 5 2 1 2 8 7 7\nCity ( B ) 5 1 2 2 6 9 5\n", nil},
		{"shillings as Shs, by the country", "KAMPALA, May 5 - The ministry lost Shs 3 billion to ghost workers.",
			[]moneyBrief{{"Shs 3 billion", 3e9, 0, 0, "UGX", ""}}},
		{"the cedi's mark", "The road tender was worth GH¢2 million.", []moneyBrief{{"GH¢2 million", 2e6, 0, 0, "GHS", ""}}},
		{"sen", "The planter paid a dividend of 12 sen a share.", []moneyBrief{{"12 sen", 0.12, 0, 0, "MYR", ""}}},
		{"no sen of a senator", "The bill passed 52 to 48 and Sen Jones abstained.", nil},
		{"whole marks a share", "The brewer will pay a dividend of 12 marks per share and 3 crowns each.",
			[]moneyBrief{{"12 marks", 12, 0, 0, "DEM", ""}, {"3 crowns", 3, 0, 0, "SEK", ""}}},
		{"no marks of a test", "She got 8 marks out of 10 and won three crowns.", nil},
		{"a fraction of a cent after cents", "Oats rose 2-1/4 cents to 1.62-3/4 dlrs a bushel.",
			[]moneyBrief{{"2-1/4 cents", 0.0225, 0, 0, "USD", ""}, {"1.62-3/4 dlrs", 1.6275, 0, 0, "USD", ""}}},
		{"a whole fraction", "The stock rose 1-1/4 dlrs to 45-3/8 dlrs.",
			[]moneyBrief{{"1-1/4 dlrs", 1.25, 0, 0, "USD", ""}, {"45-3/8 dlrs", 45.375, 0, 0, "USD", ""}}},
		{"one unit after a word of price", "A loaf costs a dollar more, and the trust bought the mill for a pound.",
			[]moneyBrief{{"a dollar", 1, 0, 0, "USD", ""}, {"a pound", 1, 0, 0, "GBP", ""}}},
		{"no unit of a thing", "He paid for a pound of butter with a pound coin at a dollar store.", nil},
		{"a whole price in pence after its change", "Tarn closed up 12 pence at 345, and Brix fell 3p to 188.",
			[]moneyBrief{{"12 pence", 0.12, 0, 0, "GBP", ""}, {"345", 3.45, 0, 0, "GBP", ""}, {"3p", 0.03, 0, 0, "GBP", ""}, {"188", 1.88, 0, 0, "GBP", ""}}},
		{"a decimal level after a change in pence is in pounds", "Brix fell 3p to 1.45.",
			[]moneyBrief{{"3p", 0.03, 0, 0, "GBP", ""}, {"1.45", 1.45, 0, 0, "GBP", ""}}},
		{"no whole price of something else", "Tickets rose 3 pence at 40 stores.", []moneyBrief{{"3 pence", 0.03, 0, 0, "GBP", ""}}},
		{"a comparison in pence", "The payout was raised to 5.5p from 4.8.",
			[]moneyBrief{{"5.5p", 0.055, 0, 0, "GBP", ""}, {"4.8", 0.048, 0, 0, "GBP", ""}}},
		{"a code after the amount", "The deal is worth 1.2bn USD, the fine was 20,000 CHF and seats cost 500 EUR per head.",
			[]moneyBrief{{"1.2bn USD", 1.2e9, 0, 0, "USD", ""}, {"20,000 CHF", 20000, 0, 0, "CHF", ""}, {"500 EUR", 500, 0, 0, "EUR", ""}}},
		{"no code of a name before its noun", "The plant makes 300 CAD models for 2 ALL members.", nil},
		{"a price's span after from", "Tickets cost from £20 to £35, and seats are priced from $40 to $90.",
			[]moneyBrief{{"£20 to £35", 0, 20, 35, "GBP", ""}, {"$40 to $90", 0, 40, 90, "USD", ""}}},
		{"a change from one level to another", "The fare rose from £20 to £35.",
			[]moneyBrief{{"£20", 20, 0, 0, "GBP", ""}, {"£35", 35, 0, 0, "GBP", ""}}},
		{"a part of a magnitude in one word", "They raised a quarter-million dollars and a half-billion euros.",
			[]moneyBrief{{"a quarter-million dollars", 250000, 0, 0, "USD", ""}, {"a half-billion euros", 5e8, 0, 0, "EUR", ""}}},
		{"no part of a race", "He ran a half-marathon for 20 dollars.", []moneyBrief{{"20 dollars", 20, 0, 0, "USD", ""}}},
		{"a country's own marks", "The project cost QR500m, the lender earned KD 45 million, the club paid TL 45 million and the state spent Tk 500 crore.",
			[]moneyBrief{{"QR500m", 500e6, 0, 0, "QAR", ""}, {"KD 45 million", 45e6, 0, 0, "KWD", ""}, {"TL 45 million", 45e6, 0, 0, "TRY", ""},
				{"Tk 500 crore", 5e9, 0, 0, "BDT", ""}}},
		{"no own mark before a small number", "The MK 2 tank and the BD 7 bus passed RO 5 and TL 3.", nil},
		{"no own mark in small letters", "The club paid tl 45 million.", nil},
		{"a row's scale as a mark and a short magnitude", "Results\nRevenue (£m) 1,234 1,100\nOperating profit (€m) 145 120\n",
			[]moneyBrief{{"1,234", 1.234e9, 0, 0, "GBP", ""}, {"1,100", 1.1e9, 0, 0, "GBP", ""}, {"145", 145e6, 0, 0, "EUR", ""}, {"120", 120e6, 0, 0, "EUR", ""}}},
		{"a table's scale as a mark and a short magnitude", "Results (£m)\nRevenue 1,234 vs 1,100\n",
			[]moneyBrief{{"1,234", 1.234e9, 0, 0, "GBP", ""}, {"1,100", 1.1e9, 0, 0, "GBP", ""}}},
		{"no scale of a short magnitude alone", "Results\nDistance (m) 1,234 1,100\n", nil},
		{"a vague amount in a noun of money", "The hospital faces millions in damages, and Congress approved billions in federal aid.",
			[]moneyBrief{{"millions", 1e6, 0, 0, "USD", ""}, {"billions", 1e9, 0, 0, "USD", ""}}},
		{"no vague amount of people in a place", "Millions in the region lack water, and millions in Britain watched.", nil},
		{"crore cut to cr", "The lender raised Rs 500 cr through bonds, and the airline lost ₹5,000 cr.",
			[]moneyBrief{{"Rs 500 cr", 5e9, 0, 0, "INR", ""}, {"₹5,000 cr", 5e10, 0, 0, "INR", ""}}},
		{"a hyphened cent adjective", "SYDNEY, May 5 - The 20-cent coin goes, and a 5-pence rise hit commuters.",
			[]moneyBrief{{"20-cent", 0.2, 0, 0, "AUD", ""}, {"5-pence", 0.05, 0, 0, "GBP", ""}}},
		{"no cent adjective of a name", "The 50-Cent tour sold out.", nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			assert.Equal(t, c.want, moneyOf(t, c.text))
		})
	}
}
