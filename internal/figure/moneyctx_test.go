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
		{"cents take the dateline's dollar", "WELLINGTON, May 4 (Reuters) - Its shares rose 12 cents to 3.50 dlrs.",
			[]moneyBrief{{"12 cents", 0.12, 0, 0, "NZD"}, {"3.50 dlrs", 3.5, 0, 0, "NZD"}}},
		{"cents take the amount they stand with", "The miner's shares rose 38 cents to A$3.75.",
			[]moneyBrief{{"38 cents", 0.38, 0, 0, "AUD"}, {"A$3.75", 3.75, 0, 0, "AUD"}}},
		{"cents per share in a dateline's dollar", "TORONTO, June 1 (Reuters) - Inco earned 40 mln dlrs, or 35 cts a share.",
			[]moneyBrief{{"40 mln dlrs", 40e6, 0, 0, "CAD"}, {"35 cts", 0.35, 0, 0, "CAD"}}},
		{"euro cents", "The shares fell 20 cents to 12.50 euros.",
			[]moneyBrief{{"20 cents", 0.2, 0, 0, "EUR"}, {"12.50 euros", 12.5, 0, 0, "EUR"}}},
		{"cents beside a conversion", "Profit was A$1.2 billion (US$950 million) and earnings fell to 40 cents a share.",
			[]moneyBrief{{"A$1.2 billion", 1.2e9, 0, 0, "AUD"}, {"US$950 million", 950e6, 0, 0, "USD"}, {"40 cents", 0.4, 0, 0, "AUD"}}},
		{"US cents stay", "TORONTO, June 1 (Reuters) - The fee is 35 U.S. cents a share.", []moneyBrief{{"35 U.S. cents", 0.35, 0, 0, "USD"}}},
		{"a short wire dollar", "The dairy group earned 12 mln N.Z. dlrs. It will spend 3 mln dlrs on plant.",
			[]moneyBrief{{"12 mln N.Z. dlrs", 12e6, 0, 0, "NZD"}, {"3 mln dlrs", 3e6, 0, 0, "NZD"}}},
		{"short dollar names", "Sales reached 40 mln Hong Kong dlrs and 2.5 mln Aust dlrs.",
			[]moneyBrief{{"40 mln Hong Kong dlrs", 40e6, 0, 0, "HKD"}, {"2.5 mln Aust dlrs", 2.5e6, 0, 0, "AUD"}}},
		{"US dollars in the sentence keep a bare $", "HONG KONG, May 3 (Reuters) - It was sold at US$2,700 a tonne and bought at $2,200.",
			[]moneyBrief{{"US$2,700", 2700, 0, 0, "USD"}, {"$2,200", 2200, 0, 0, "USD"}}},
		{"the dateline's dollar past the sentence", "HONG KONG, May 3 (Reuters) - It was sold at US$2,700 a tonne. The firm earned $5 million.",
			[]moneyBrief{{"US$2,700", 2700, 0, 0, "USD"}, {"$5 million", 5e6, 0, 0, "HKD"}}},
		{"crowns by their country", "The order is worth 500 mln Swedish crowns.", []moneyBrief{{"500 mln Swedish crowns", 500e6, 0, 0, "SEK"}}},
		{"markka", "The surplus rose to 3.83 billion markka from 3.43 billion.",
			[]moneyBrief{{"3.83 billion markka", 3.83e9, 0, 0, "FIM"}, {"3.43 billion", 3.43e9, 0, 0, "FIM"}}},
		{"korunas", "It paid 3 million korunas.", []moneyBrief{{"3 million korunas", 3e6, 0, 0, "CZK"}}},
		{"a scale header with its currency", "Acme results\n(in millions of marks unless stated)\nPre-tax profit 188 vs 160\nNet profit 94 vs 80\n",
			[]moneyBrief{{"188", 188e6, 0, 0, "DEM"}, {"160", 160e6, 0, 0, "DEM"}, {"94", 94e6, 0, 0, "DEM"}, {"80", 80e6, 0, 0, "DEM"}}},
		{"a scale header in dollars, per share apart", "Acme year\n(in thousands of dlrs)\nShr 1.20 vs 1.05\nNet 4,120 vs 3,900\n",
			[]moneyBrief{{"1.20", 1.2, 0, 0, "USD"}, {"1.05", 1.05, 0, 0, "USD"}, {"4,120", 4.12e6, 0, 0, "USD"}, {"3,900", 3.9e6, 0, 0, "USD"}}},
		{"thousands omitted", "Acme year\n(000s omitted)\nNet income $ 4,100 $ 3,900\n", []moneyBrief{{"$ 4,100", 4.1e6, 0, 0, "USD"}, {"$ 3,900", 3.9e6, 0, 0, "USD"}}},
		{"a row's own scale", "Acme half\n(millions of guilders unless otherwise stated)\n- Order book (billions) 1.07 vs 0.98\n- Turnover 756 vs 829\n",
			[]moneyBrief{{"1.07", 1.07e9, 0, 0, "NLG"}, {"0.98", 0.98e9, 0, 0, "NLG"}, {"756", 756e6, 0, 0, "NLG"}, {"829", 829e6, 0, 0, "NLG"}}},
		{"a header after a lead word", "Reserves\nFIGURES IN $ MILLION June 1996 May 1996\nForeign assets 13,256.5 12,855.7\n",
			[]moneyBrief{{"13,256.5", 13256.5e6, 0, 0, "USD"}, {"12,855.7", 12855.7e6, 0, 0, "USD"}}},
		{"a comparison past a modifier", "Profit fell to 27.5 million guilders from a year-earlier 41.4 million.",
			[]moneyBrief{{"27.5 million guilders", 27.5e6, 0, 0, "NLG"}, {"41.4 million", 41.4e6, 0, 0, "NLG"}}},
		{"a comparison before an adverb", "The group earned 176 million rand against 281 million previously.",
			[]moneyBrief{{"176 million rand", 176e6, 0, 0, "ZAR"}, {"281 million", 281e6, 0, 0, "ZAR"}}},
		{"a price change to a bare price", "Delta Bank rose 12.71 taka to 228.70 on the day.",
			[]moneyBrief{{"12.71 taka", 12.71, 0, 0, "BDT"}, {"228.70", 228.7, 0, 0, "BDT"}}},
		{"cents in a table compared", "Shr 35 cts vs 30\n", []moneyBrief{{"35 cts", 0.35, 0, 0, "USD"}, {"30", 0.3, 0, 0, "USD"}}},
		{"no price change to a whole number", "Tickets rose 3 dlrs to 40 this year.", []moneyBrief{{"3 dlrs", 3, 0, 0, "USD"}}},
		{"no comparison of another unit", "Sales were 400 mln dlrs, from 300 mln shares.", []moneyBrief{{"400 mln dlrs", 400e6, 0, 0, "USD"}}},
		{"a rate quote's label", "Currencies\nDollar / mark ...\n1.4871 ( 1.4935 )\nPound / dollar ..\n$ 1.5520\n",
			[]moneyBrief{{"1.4871", 1.4871, 0, 0, "DEM"}, {"1.4935", 1.4935, 0, 0, "DEM"}, {"$ 1.5520", 1.552, 0, 0, "USD"}}},
		{"a field of money", "Bond sale\nIssuer : Acme County\nSale Amount : 2,450,000\nAttendance : 5,000\n",
			[]moneyBrief{{"2,450,000", 2.45e6, 0, 0, "USD"}}},
		{"a rate in marks", "The dollar closed at 1.4871 marks, up from 1.4810 marks.",
			[]moneyBrief{{"1.4871 marks", 1.4871, 0, 0, "DEM"}, {"1.4810 marks", 1.481, 0, 0, "DEM"}}},
		{"marks and crowns counted are no money", "She won three crowns and got 8 marks out of 10.", nil},
		{"a continued amount is not the conversion", "The budget rose to 1,546 trillion rials ($175.6bn; £93.6bn) from 1,070 trillion.",
			[]moneyBrief{{"1,546 trillion rials", 1.546e15, 0, 0, "IRR"}, {"$175.6bn", 175.6e9, 0, 0, "USD"}, {"£93.6bn", 93.6e9, 0, 0, "GBP"}, {"1,070 trillion", 1.07e15, 0, 0, "IRR"}}},
		{"a header after a bracket on its line", "Acme\n( Group ) ( in billions of yen unless specified )\nSales 8.67 vs 9.33\n",
			[]moneyBrief{{"8.67", 8.67e9, 0, 0, "JPY"}, {"9.33", 9.33e9, 0, 0, "JPY"}}},
		{"a magnitude adjective", "She bought a million-dollar home and a billion-pound firm.",
			[]moneyBrief{{"million-dollar", 1e6, 0, 0, "USD"}, {"billion-pound", 1e9, 0, 0, "GBP"}}},
		{"a price for a unit, hyphenated", "He backs a $15-an-hour wage at a $350-a-plate dinner.",
			[]moneyBrief{{"$15", 15, 0, 0, "USD"}, {"$350", 350, 0, 0, "USD"}}},
		{"a bare $ past the sentence is no other dollar", "The tax rose to 30 Canadian dollars a ton. Oil would cost $350 a barrel.",
			[]moneyBrief{{"30 Canadian dollars", 30, 0, 0, "CAD"}, {"$350", 350, 0, 0, "USD"}}},
		{"a bare $ beside an other dollar", "The tax rose to 30 Canadian dollars, about $22 a ton.",
			[]moneyBrief{{"30 Canadian dollars", 30, 0, 0, "CAD"}, {"$22", 22, 0, 0, "USD"}}},
		{"a row's own scale and currency", "Cargo results\nFreight kilometres ( million ) 2,389 up 4 pct\nStaff costs ( Dm million ) 116 up 8 pct\n",
			[]moneyBrief{{"116", 116e6, 0, 0, "DEM"}}},
		{"short marks glued to large amounts", "The state spends R5bn, the bank lent KSh500 million and Sh2 billion, and it sold for Dh5 million.",
			[]moneyBrief{{"R5bn", 5e9, 0, 0, "ZAR"}, {"KSh500 million", 500e6, 0, 0, "KES"}, {"Sh2 billion", 2e9, 0, 0, "KES"}, {"Dh5 million", 5e6, 0, 0, "AED"}}},
		{"short marks before small numbers are no money", "He drove an R5 on the R2 road and gave Sh 1 to SR 10.", nil},
		{"a real", "It cost R$ 5 million.", []moneyBrief{{"R$ 5 million", 5e6, 0, 0, "BRL"}}},
		{"a bare figure compared with a plain amount", "He earns 50,000 euros a year, up from 45,000.",
			[]moneyBrief{{"50,000 euros", 50000, 0, 0, "EUR"}, {"45,000", 45000, 0, 0, "EUR"}}},
		{"cents compared", "It earned 45 cents a share, against 37 a year earlier.",
			[]moneyBrief{{"45 cents", 0.45, 0, 0, "USD"}, {"37", 0.37, 0, 0, "USD"}}},
		{"no comparison of people", "Tickets cost $50, bought from 300 sellers.", []moneyBrief{{"$50", 50, 0, 0, "USD"}}},
		{"a comparison of another quantity", "Prices fell to £189,733, while sales took 81 days from 53 in the summer.",
			[]moneyBrief{{"£189,733", 189733, 0, 0, "GBP"}}},
		{"a name after the link", "The charity got $150,000 from 50 Cent.", []moneyBrief{{"$150,000", 150000, 0, 0, "USD"}}},
		{"a year between keeps the comparison", "Sales rose to 12.5 mln dlrs in 1995 from 10.1 mln.",
			[]moneyBrief{{"12.5 mln dlrs", 12.5e6, 0, 0, "USD"}, {"10.1 mln", 10.1e6, 0, 0, "USD"}}},
		{"a rate of change between keeps the comparison", "Money rose to 456.8 billion taka after a 0.27 percent rise to 439.9 billion.",
			[]moneyBrief{{"456.8 billion taka", 456.8e9, 0, 0, "BDT"}, {"439.9 billion", 439.9e9, 0, 0, "BDT"}}},
		{"a header with the mark after the magnitude, rows of any label", "SYDNEY, Aug 29 (Reuters) - Results\n( million A$ unless stated )\nDepreciation 3.25 vs 2.79\nShr ( cents ) 8.63 vs 7.23\nPay date Nov 25\n",
			[]moneyBrief{{"3.25", 3.25e6, 0, 0, "AUD"}, {"2.79", 2.79e6, 0, 0, "AUD"}, {"8.63", 0.0863, 0, 0, "AUD"}, {"7.23", 0.0723, 0, 0, "AUD"}}},
		{"a row's unit", "Results\n( in millions of guilders unless otherwise stated )\nNet per shr ( guilders ) 4.38 vs 3.70\nShr ( H.K. cents ) 65.61 vs 63.87\n",
			[]moneyBrief{{"4.38", 4.38, 0, 0, "NLG"}, {"3.70", 3.7, 0, 0, "NLG"}, {"65.61", 0.6561, 0, 0, "HKD"}, {"63.87", 0.6387, 0, 0, "HKD"}}},
		{"a header with no currency", "Results\n(in thousands)\nNet income 4,100 vs 3,900\n",
			[]moneyBrief{{"4,100", 4.1e6, 0, 0, "USD"}, {"3,900", 3.9e6, 0, 0, "USD"}}},
		{"the name before the number", "The deficit hit a record Australian dollar 29.4bn, and profit was yen 5.2 billion.",
			[]moneyBrief{{"Australian dollar 29.4bn", 29.4e9, 0, 0, "AUD"}, {"yen 5.2 billion", 5.2e9, 0, 0, "JPY"}}},
		{"no name before a bare number", "The dollar 1.45 rate held, and the yen 2 points up.", nil},
		{"euro cents", "It lifted its dividend to 70 euro cents from 55 euro cents.",
			[]moneyBrief{{"70 euro cents", 0.7, 0, 0, "EUR"}, {"55 euro cents", 0.55, 0, 0, "EUR"}}},
		{"a price in pence like a year", "Shares were down at 1218 pence.", []moneyBrief{{"1218 pence", 12.18, 0, 0, "GBP"}}},
		{"pounds of weight with their kilos after", "She lost eight pounds (3.5 kilos) before the race.", nil},
		{"currency adjectives", "It paid 79.75 Japanese yen, 5,000 South Korean won and 50 million Guinean francs.",
			[]moneyBrief{{"79.75 Japanese yen", 79.75, 0, 0, "JPY"}, {"5,000 South Korean won", 5000, 0, 0, "KRW"}, {"50 million Guinean francs", 50e6, 0, 0, "GNF"}}},
		{"an exchange rate is money in the currency priced", "The rupee climbed to 43.305 per US dollar, and the leu's rate was 3,161 to the dollar.",
			[]moneyBrief{{"43.305", 43.305, 0, 0, "INR"}, {"3,161", 3161, 0, 0, "ROL"}}},
		{"the base of an earlier rate is not the currency priced", "The kuna was stronger at 5.2420 against the dollar and weaker at 3.5486 against the German mark.",
			[]moneyBrief{{"5.2420", 5.242, 0, 0, "HRK"}, {"3.5486", 3.5486, 0, 0, "HRK"}}},
		{"ratios are no rates", "The team won 2.5 points per game, and the ratio rose to 1.25 to 1.", nil},
		{"a bank's rows", "Acme Bancorp qtr net\nAssets 1.2 billion vs 1.1 billion\nDeposits 900.5 mln vs 812.3 mln\n",
			[]moneyBrief{{"1.2 billion", 1.2e9, 0, 0, "USD"}, {"1.1 billion", 1.1e9, 0, 0, "USD"}, {"900.5 mln", 900.5e6, 0, 0, "USD"}, {"812.3 mln", 812.3e6, 0, 0, "USD"}}},
		{"a two-word country before cents", "TORONTO, June 1 (Reuters) - A gallon costs 19 United States cents more.",
			[]moneyBrief{{"19 United States cents", 0.19, 0, 0, "USD"}}},
		{"a comparison past an amount per share", "The loss narrowed to 1.2 mln dlrs, or 12 cts a share, from 3.4 mln, or 34 cts.",
			[]moneyBrief{{"1.2 mln dlrs", 1.2e6, 0, 0, "USD"}, {"12 cts", 0.12, 0, 0, "USD"}, {"3.4 mln", 3.4e6, 0, 0, "USD"}, {"34 cts", 0.34, 0, 0, "USD"}}},
		{"a magnitude with plus", "It had $1 billion-plus in sales.", []moneyBrief{{"$1 billion-plus", 1e9, 0, 0, "USD"}}},
		{"a mark with its period", "They paid Rs. 40,000 and Ksh. 500 for it.",
			[]moneyBrief{{"Rs. 40,000", 40000, 0, 0, "INR"}, {"Ksh. 500", 500, 0, 0, "KES"}}},
		{"a row with a currency name and a loss", "LONDON, March 3 - Acme plc year\nNet 1.2 mln stg vs loss 300,000\nTax 450,000 vs 120,000\n",
			[]moneyBrief{{"1.2 mln stg", 1.2e6, 0, 0, "GBP"}, {"300,000", 300000, 0, 0, "GBP"}, {"450,000", 450000, 0, 0, "GBP"}, {"120,000", 120000, 0, 0, "GBP"}}},
		{"a bare figure with its magnitude later in the sentence", "Fiat gets 1bn euros now, with another 550m to follow, and 4.2 million shares.",
			[]moneyBrief{{"1bn euros", 1e9, 0, 0, "EUR"}, {"550m", 550e6, 0, 0, "EUR"}}},
		{"no magnitude before a capitalised unit", "It paid 2bn rupees in a state of 50 million Tamil-speaking people.",
			[]moneyBrief{{"2bn rupees", 2e9, 0, 0, "INR"}}},
		{"a bare figure before the amount it is compared with", "TORONTO, June 1 (Reuters) - Sales rose to 20 mln from 15 mln dlrs, and it sold 3 mln shares, against 2 mln dlrs.",
			[]moneyBrief{{"20 mln", 20e6, 0, 0, "CAD"}, {"15 mln dlrs", 15e6, 0, 0, "CAD"}, {"2 mln dlrs", 2e6, 0, 0, "CAD"}}},
		{"a bare figure before an amount past its target", "They cut the profit forecast to 46 billion from a target of 50 billion rupiah.",
			[]moneyBrief{{"46 billion", 46e9, 0, 0, "IDR"}, {"50 billion rupiah", 50e9, 0, 0, "IDR"}}},
		{"pounds in a description are weight", "The suspect is described as a white male, 5'11\" tall, 160 pounds, with a slim build.", nil},
		{"pounds after building are money", "The club will build a 300 million pounds stadium.", []moneyBrief{{"300 million pounds", 300e6, 0, 0, "GBP"}}},
		{"a quarter of a million", "They spent a quarter of a million pounds.", []moneyBrief{{"a quarter of a million pounds", 250000, 0, 0, "GBP"}}},
		{"a quarter is no number", "A quarter of the money went to a fund worth £5m.", []moneyBrief{{"£5m", 5e6, 0, 0, "GBP"}}},
		{"a dateline with its region", "VANCOUVER, British Columbia, March 3 - The miner earned 12 mln dlrs.",
			[]moneyBrief{{"12 mln dlrs", 12e6, 0, 0, "CAD"}}},
		{"a dateline with its country", "AUCKLAND, New Zealand, March 3 - The firm earned 12 mln dlrs.",
			[]moneyBrief{{"12 mln dlrs", 12e6, 0, 0, "NZD"}}},
		{"a dateline city of a region", "WINNIPEG, Manitoba, March 3 - The firm earned 12 mln dlrs.",
			[]moneyBrief{{"12 mln dlrs", 12e6, 0, 0, "CAD"}}},
		{"a capitalised opening is no dateline", "ACME, a maker of tools, said - on Monday - it earned 12 mln dlrs.",
			[]moneyBrief{{"12 mln dlrs", 12e6, 0, 0, "USD"}}},
		{"a row of figures with magnitudes", "Acme results\nCurrent profit 400 million 329 million\n",
			[]moneyBrief{{"400 million", 400e6, 0, 0, "USD"}, {"329 million", 329e6, 0, 0, "USD"}}},
		{"a scale in prose is no header", "The fund lost in millions of dollars.", []moneyBrief{{"millions of dollars", 1e6, 0, 0, "USD"}}},
		{"multimillion glued", "It is a multimillion-pound scheme.", []moneyBrief{{"multimillion-pound", 1e6, 0, 0, "GBP"}}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) { assert.Equal(t, c.want, moneyOf(c.text), c.text) })
	}
}
