package figure

import (
	"strings"
	"testing"

	"github.com/newsparse/newsparse/internal/contract"
	"github.com/newsparse/newsparse/internal/textdoc"
	"github.com/stretchr/testify/assert"
)

// moneyBrief is an expected amount by its text, value (min and max for a
// range), currency and qualifier ("" for an amount as stated).
type moneyBrief struct {
	text      string
	value     float64
	min, max  float64
	currency  string
	qualifier contract.Qualifier
}

// moneyOf reads the amounts of text and checks that each one's span is its text.
func moneyOf(t *testing.T, text string) []moneyBrief {
	d := textdoc.Analyze(text)
	var out []moneyBrief
	for _, m := range New(d, nil).Money() {
		if assert.True(t, m.Start >= 0 && m.Start <= m.End && m.End <= len(text), "span %d-%d of %q", m.Start, m.End, m.Text) {
			assert.Equal(t, m.Text, text[m.Start:m.End], "span of %q", m.Text)
		}
		b := moneyBrief{text: m.Text, currency: m.Currency, qualifier: m.Qualifier}
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
			[]moneyBrief{{"$0.40", 0.4, 0, 0, "USD", ""}, {"$12.10", 12.1, 0, 0, "USD", ""}}},
		{"a change by", "The fare rose by £2 to £15.", []moneyBrief{{"£2", 2, 0, 0, "GBP", ""}, {"£15", 15, 0, 0, "GBP", ""}}},
		{"a range with the mark on both ends", "Analysts expect $24-$26 a share.", []moneyBrief{{"$24-$26", 0, 24, 26, "USD", ""}}},
		{"a range with to", "Tickets cost €30 to €45.", []moneyBrief{{"€30 to €45", 0, 30, 45, "EUR", ""}}},
		{"dateline dollar", "WELLINGTON, May 4 (Reuters) - The dairy group earned 41.2 mln dlrs.",
			[]moneyBrief{{"41.2 mln dlrs", 41.2e6, 0, 0, "NZD", ""}}},
		{"wire dateline line", "Miner reports profit\nTORONTO 1996-05-04\nThe miner earned 8.1 mln dlrs.",
			[]moneyBrief{{"8.1 mln dlrs", 8.1e6, 0, 0, "CAD", ""}}},
		{"an earlier explicit dollar", "The utility raised 150 mln Canadian dlrs. It will spend 20 mln dlrs on lines.",
			[]moneyBrief{{"150 mln Canadian dlrs", 150e6, 0, 0, "CAD", ""}, {"20 mln dlrs", 20e6, 0, 0, "CAD", ""}}},
		{"US dollars stay", "The utility raised 150 mln Canadian dlrs and 20 mln U.S. dlrs.",
			[]moneyBrief{{"150 mln Canadian dlrs", 150e6, 0, 0, "CAD", ""}, {"20 mln U.S. dlrs", 20e6, 0, 0, "USD", ""}}},
		{"a comparison inherits the magnitude", "Net income was 71.4 mln dlrs vs 65.9.",
			[]moneyBrief{{"71.4 mln dlrs", 71.4e6, 0, 0, "USD", ""}, {"65.9", 65.9e6, 0, 0, "USD", ""}}},
		{"a comparison from", "The orchard cooperative's turnover grew to 6.4 billion euros from 5.7 a year ago.",
			[]moneyBrief{{"6.4 billion euros", 6.4e9, 0, 0, "EUR", ""}, {"5.7", 5.7e9, 0, 0, "EUR", ""}}},
		{"no money after a unit", "Sales were 400 mln dlrs vs 12 pct growth.", []moneyBrief{{"400 mln dlrs", 400e6, 0, 0, "USD", ""}}},
		{"multi-billion", "The bank won a multi-billion dollar mandate.", []moneyBrief{{"multi-billion dollar", 1e9, 0, 0, "USD", ""}}},
		{"a table row with a wider label", "Acme results\nTotal revenue $ 12,400 $ 11,900\nSoftware revenue 2,310 1,870\n",
			[]moneyBrief{{"$ 12,400", 12400, 0, 0, "USD", ""}, {"$ 11,900", 11900, 0, 0, "USD", ""}, {"2,310", 2310, 0, 0, "USD", ""}, {"1,870", 1870, 0, 0, "USD", ""}}},
		{"a row of shares is no money", "Acme results\nNet income $ 4,100 $ 3,900\nShares outstanding 12,000 11,500\n",
			[]moneyBrief{{"$ 4,100", 4100, 0, 0, "USD", ""}, {"$ 3,900", 3900, 0, 0, "USD", ""}}},
		{"one unit a time", "Pedal boats rent for a buck a lap.", []moneyBrief{{"a buck", 1, 0, 0, "USD", ""}}},
		{"one unit each", "Tickets were sold at one pound each.", []moneyBrief{{"one pound", 1, 0, 0, "GBP", ""}}},
		{"the currency itself is no amount", "A dollar rally lifted shares.", nil},
		{"cents take the dateline's dollar", "WELLINGTON, May 4 (Reuters) - Its shares rose 12 cents to 3.50 dlrs.",
			[]moneyBrief{{"12 cents", 0.12, 0, 0, "NZD", ""}, {"3.50 dlrs", 3.5, 0, 0, "NZD", ""}}},
		{"cents take the amount they stand with", "The bauxite explorer's stock slipped 17 cents to A$2.64.",
			[]moneyBrief{{"17 cents", 0.17, 0, 0, "AUD", ""}, {"A$2.64", 2.64, 0, 0, "AUD", ""}}},
		{"cents per share in a dateline's dollar", "TORONTO, June 1 (Reuters) - Inco earned 40 mln dlrs, or 35 cts a share.",
			[]moneyBrief{{"40 mln dlrs", 40e6, 0, 0, "CAD", ""}, {"35 cts", 0.35, 0, 0, "CAD", ""}}},
		{"cents before the euro amount", "The shares fell 20 cents to 12.50 euros.",
			[]moneyBrief{{"20 cents", 0.2, 0, 0, "EUR", ""}, {"12.50 euros", 12.5, 0, 0, "EUR", ""}}},
		{"cents beside a conversion", "Profit was A$1.2 billion (US$950 million) and earnings fell to 40 cents a share.",
			[]moneyBrief{{"A$1.2 billion", 1.2e9, 0, 0, "AUD", ""}, {"US$950 million", 950e6, 0, 0, "USD", ""}, {"40 cents", 0.4, 0, 0, "AUD", ""}}},
		{"US cents stay", "TORONTO, June 1 (Reuters) - The fee is 35 U.S. cents a share.", []moneyBrief{{"35 U.S. cents", 0.35, 0, 0, "USD", ""}}},
		{"cents of a rand amount", "The gold miner earned 820 million rand, or 61 cents a share.",
			[]moneyBrief{{"820 million rand", 820e6, 0, 0, "ZAR", ""}, {"61 cents", 0.61, 0, 0, "ZAR", ""}}},
		{"cents of a Sri Lankan rupee amount", "The tea estate paid 45 million Sri Lankan rupees, or 30 cents a share, in dividends.",
			[]moneyBrief{{"45 million Sri Lankan rupees", 45e6, 0, 0, "LKR", ""}, {"30 cents", 0.3, 0, 0, "LKR", ""}}},
		{"a short wire dollar", "The dairy group earned 12 mln N.Z. dlrs. It will spend 3 mln dlrs on plant.",
			[]moneyBrief{{"12 mln N.Z. dlrs", 12e6, 0, 0, "NZD", ""}, {"3 mln dlrs", 3e6, 0, 0, "NZD", ""}}},
		{"short dollar names", "Sales reached 40 mln Hong Kong dlrs and 2.5 mln Aust dlrs.",
			[]moneyBrief{{"40 mln Hong Kong dlrs", 40e6, 0, 0, "HKD", ""}, {"2.5 mln Aust dlrs", 2.5e6, 0, 0, "AUD", ""}}},
		{"US dollars in the sentence keep a bare $", "HONG KONG, May 3 (Reuters) - The trader bought pepper at US$4,150 per lot and resold it for $4,480.",
			[]moneyBrief{{"US$4,150", 4150, 0, 0, "USD", ""}, {"$4,480", 4480, 0, 0, "USD", ""}}},
		{"the dateline's dollar past the sentence", "HONG KONG, May 3 (Reuters) - The trader bought pepper at US$4,150 per lot. Its shop earned $6 million.",
			[]moneyBrief{{"US$4,150", 4150, 0, 0, "USD", ""}, {"$6 million", 6e6, 0, 0, "HKD", ""}}},
		{"crowns by their country", "The order is worth 500 mln Swedish crowns.", []moneyBrief{{"500 mln Swedish crowns", 500e6, 0, 0, "SEK", ""}}},
		{"markka", "The Tampere paper mill's exports climbed to 2.64 billion markka from 2.19 billion.",
			[]moneyBrief{{"2.64 billion markka", 2.64e9, 0, 0, "FIM", ""}, {"2.19 billion", 2.19e9, 0, 0, "FIM", ""}}},
		{"korunas", "The brewery was fined 7 million korunas.", []moneyBrief{{"7 million korunas", 7e6, 0, 0, "CZK", ""}}},
		{"a scale header with its currency", "Lindqvist Bau half-year\n(in million marks unless noted)\nOperating profit 212 vs 174\nNet profit 103 vs 91\n",
			[]moneyBrief{{"212", 212e6, 0, 0, "DEM", ""}, {"174", 174e6, 0, 0, "DEM", ""}, {"103", 103e6, 0, 0, "DEM", ""}, {"91", 91e6, 0, 0, "DEM", ""}}},
		{"a scale header in dollars, per share apart", "Hollin Tools year\n(in thousands of dlrs)\nShr 0.84 vs 0.77\nNet 6,318 vs 5,902\n",
			[]moneyBrief{{"0.84", 0.84, 0, 0, "USD", ""}, {"0.77", 0.77, 0, 0, "USD", ""}, {"6,318", 6.318e6, 0, 0, "USD", ""}, {"5,902", 5.902e6, 0, 0, "USD", ""}}},
		{"thousands omitted", "Pellam Foods\n(000s omitted)\nNet income $ 2,731 $ 2,488\n", []moneyBrief{{"$ 2,731", 2.731e6, 0, 0, "USD", ""}, {"$ 2,488", 2.488e6, 0, 0, "USD", ""}}},
		{"thousands omitted without brackets", "Pellam Foods\n000s omitted\nNet income $ 2,731 $ 2,488\n", []moneyBrief{{"$ 2,731", 2.731e6, 0, 0, "USD", ""}, {"$ 2,488", 2.488e6, 0, 0, "USD", ""}}},
		{"a row's own scale", "Korvel Werf half\n(millions of guilders)\n- Orders in hand (billions) 2.36 vs 2.12\n- Sales 648 vs 611\n",
			[]moneyBrief{{"2.36", 2.36e9, 0, 0, "NLG", ""}, {"2.12", 2.12e9, 0, 0, "NLG", ""}, {"648", 648e6, 0, 0, "NLG", ""}, {"611", 611e6, 0, 0, "NLG", ""}}},
		{"a header after a lead word", "Savings survey\nAMOUNTS IN $ MILLION March 2001 Feb 2001\nHousehold deposits 8,412.3 8,207.9\n",
			[]moneyBrief{{"8,412.3", 8412.3e6, 0, 0, "USD", ""}, {"8,207.9", 8207.9e6, 0, 0, "USD", ""}}},
		{"a header after another lead word", "Lune Shipping\nData in thousands\nNet income 7,214 vs 6,880\n",
			[]moneyBrief{{"7,214", 7.214e6, 0, 0, "USD", ""}, {"6,880", 6.88e6, 0, 0, "USD", ""}}},
		{"a comparison past a modifier", "Earnings slipped to 18.6 million guilders from a restated 22.9.",
			[]moneyBrief{{"18.6 million guilders", 18.6e6, 0, 0, "NLG", ""}, {"22.9", 22.9e6, 0, 0, "NLG", ""}}},
		{"a comparison before an adverb", "The vineyard group made 64 million rand against 52 million earlier.",
			[]moneyBrief{{"64 million rand", 64e6, 0, 0, "ZAR", ""}, {"52 million", 52e6, 0, 0, "ZAR", ""}}},
		{"a price change to a bare price", "Padma Jute gained 4.35 taka to 96.40 by the close.",
			[]moneyBrief{{"4.35 taka", 4.35, 0, 0, "BDT", ""}, {"96.40", 96.4, 0, 0, "BDT", ""}}},
		{"cents in a table compared", "Shr 22 cts vs 19\n", []moneyBrief{{"22 cts", 0.22, 0, 0, "USD", ""}, {"19", 0.19, 0, 0, "USD", ""}}},
		{"no price change to a whole number", "Tickets rose 3 dlrs to 40 this year.", []moneyBrief{{"3 dlrs", 3, 0, 0, "USD", ""}}},
		{"no comparison of another unit", "Sales were 400 mln dlrs, from 300 mln shares.", []moneyBrief{{"400 mln dlrs", 400e6, 0, 0, "USD", ""}}},
		{"a rate quote's label", "Closing rates\nDollar / yen ...\n108.42 ( 107.96 )\nPound / dollar ..\n$ 1.6215\n",
			[]moneyBrief{{"108.42", 108.42, 0, 0, "JPY", ""}, {"107.96", 107.96, 0, 0, "JPY", ""}, {"$ 1.6215", 1.6215, 0, 0, "USD", ""}}},
		{"a field of money", "Note offering\nIssuer : Brenner Township\nSale Amount : 1,875,000\nAttendance : 4,200\n",
			[]moneyBrief{{"1,875,000", 1.875e6, 0, 0, "USD", ""}}},
		{"a rate in marks", "Late in the day the dollar stood at 1.5236 marks, down from 1.5301 marks.",
			[]moneyBrief{{"1.5236 marks", 1.5236, 0, 0, "DEM", ""}, {"1.5301 marks", 1.5301, 0, 0, "DEM", ""}}},
		{"marks and crowns counted are no money", "She won three crowns and got 8 marks out of 10.", nil},
		{"a continued amount is not the conversion", "The state plan grew to 3,240 billion rupees ($38.9bn; £31.2bn) from 2,870 billion.",
			[]moneyBrief{{"3,240 billion rupees", 3.24e12, 0, 0, "INR", ""}, {"$38.9bn", 38.9e9, 0, 0, "USD", ""}, {"£31.2bn", 31.2e9, 0, 0, "GBP", ""}, {"2,870 billion", 2.87e12, 0, 0, "INR", ""}}},
		{"a header after a bracket on its line", "Sorano Motors\n( Parent ) ( in billions of yen )\nRevenue 4.18 vs 3.92\n",
			[]moneyBrief{{"4.18", 4.18e9, 0, 0, "JPY", ""}, {"3.92", 3.92e9, 0, 0, "JPY", ""}}},
		{"a magnitude adjective", "She bought a million-dollar home and a billion-pound firm.",
			[]moneyBrief{{"million-dollar", 1e6, 0, 0, "USD", ""}, {"billion-pound", 1e9, 0, 0, "GBP", ""}}},
		{"a price for a unit, hyphenated", "He backs a $12-an-hour wage at a $500-a-plate dinner.",
			[]moneyBrief{{"$12", 12, 0, 0, "USD", ""}, {"$500", 500, 0, 0, "USD", ""}}},
		{"a price per unit, hyphenated", "The council wants a $5-per-night levy on hotel rooms.",
			[]moneyBrief{{"$5", 5, 0, 0, "USD", ""}}},
		{"a bare $ past the sentence is no other dollar", "The levy climbed to 45 Canadian dollars a tonne. Barley sold for $310 a tonne in Chicago.",
			[]moneyBrief{{"45 Canadian dollars", 45, 0, 0, "CAD", ""}, {"$310", 310, 0, 0, "USD", ""}}},
		{"a bare $ beside an other dollar", "The levy climbed to 45 Canadian dollars, about $33 a tonne.",
			[]moneyBrief{{"45 Canadian dollars", 45, 0, 0, "CAD", ""}, {"$33", 33, 0, 0, "USD", contract.About}}},
		{"a row's own scale and currency", "Airline unit\nSeats flown ( million ) 1,742 up 6 pct\nHandling costs ( Dm million ) 274 up 11 pct\n",
			[]moneyBrief{{"274", 274e6, 0, 0, "DEM", ""}}},
		{"short marks glued to large amounts", "The state spends R5bn, the bank lent KSh500 million and Sh2 billion, and it sold for Dh5 million.",
			[]moneyBrief{{"R5bn", 5e9, 0, 0, "ZAR", ""}, {"KSh500 million", 500e6, 0, 0, "KES", ""}, {"Sh2 billion", 2e9, 0, 0, "KES", ""}, {"Dh5 million", 5e6, 0, 0, "AED", ""}}},
		{"short marks before small numbers are no money", "He drove an R5 on the R2 road and gave Sh 1 to SR 10.", nil},
		{"a real", "It cost R$ 5 million.", []moneyBrief{{"R$ 5 million", 5e6, 0, 0, "BRL", ""}}},
		{"a bare figure compared with a plain amount", "She now earns 62,000 euros a year, up from 58,500.",
			[]moneyBrief{{"62,000 euros", 62000, 0, 0, "EUR", ""}, {"58,500", 58500, 0, 0, "EUR", ""}}},
		{"cents compared", "It made 28 cents a share, against 24 a year earlier.",
			[]moneyBrief{{"28 cents", 0.28, 0, 0, "USD", ""}, {"24", 0.24, 0, 0, "USD", ""}}},
		{"no comparison of people", "Tickets cost $50, bought from 300 sellers.", []moneyBrief{{"$50", 50, 0, 0, "USD", ""}}},
		{"a comparison of another quantity", "Average rents eased to £1,240, while flats took 47 days to let from 39 in spring.",
			[]moneyBrief{{"£1,240", 1240, 0, 0, "GBP", ""}}},
		{"a name after the link", "The charity got $150,000 from 50 Cent.", []moneyBrief{{"$150,000", 150000, 0, 0, "USD", ""}}},
		{"a year between keeps the comparison", "Revenue climbed to 8.7 mln dlrs in 2003 from 7.9 mln.",
			[]moneyBrief{{"8.7 mln dlrs", 8.7e6, 0, 0, "USD", ""}, {"7.9 mln", 7.9e6, 0, 0, "USD", ""}}},
		{"a rate of change between keeps the comparison", "Farm credit stood at 212.4 billion taka, up 1.4 percent from 209.5 billion.",
			[]moneyBrief{{"212.4 billion taka", 212.4e9, 0, 0, "BDT", ""}, {"209.5 billion", 209.5e9, 0, 0, "BDT", ""}}},
		{"a header with the mark after the magnitude, rows of any label", "PERTH, Feb 11 (Reuters) - Half-year\n( million A$ unless noted )\nAmortisation 1.84 vs 1.62\nShr ( cents ) 5.17 vs 4.96\nRecord date Mar 20\n",
			[]moneyBrief{{"1.84", 1.84e6, 0, 0, "AUD", ""}, {"1.62", 1.62e6, 0, 0, "AUD", ""}, {"5.17", 0.0517, 0, 0, "AUD", ""}, {"4.96", 0.0496, 0, 0, "AUD", ""}}},
		{"a row's unit", "Interim\n( in millions of guilders )\nNet per shr ( guilders ) 2.91 vs 2.56\nShr ( H.K. cents ) 41.27 vs 38.05\n",
			[]moneyBrief{{"2.91", 2.91, 0, 0, "NLG", ""}, {"2.56", 2.56, 0, 0, "NLG", ""}, {"41.27", 0.4127, 0, 0, "HKD", ""}, {"38.05", 0.3805, 0, 0, "HKD", ""}}},
		{"a header with no currency", "Quarter\n(in thousands)\nNet income 4,870 vs 4,615\n",
			[]moneyBrief{{"4,870", 4.87e6, 0, 0, "USD", ""}, {"4,615", 4.615e6, 0, 0, "USD", ""}}},
		{"the name before the number", "Timber exports reached Canadian dollar 14.6bn, and the loss was yen 3.8 billion.",
			[]moneyBrief{{"Canadian dollar 14.6bn", 14.6e9, 0, 0, "CAD", ""}, {"yen 3.8 billion", 3.8e9, 0, 0, "JPY", ""}}},
		{"no name before a bare number", "The euro 1.12 level held, and the yen 3 points down.", nil},
		{"euro cents named", "The brewer raised its payout to 48 euro cents from 41 euro cents.",
			[]moneyBrief{{"48 euro cents", 0.48, 0, 0, "EUR", ""}, {"41 euro cents", 0.41, 0, 0, "EUR", ""}}},
		{"a price in pence like a year", "The insurer's stock ended at 1462 pence.", []moneyBrief{{"1462 pence", 14.62, 0, 0, "GBP", ""}}},
		{"pounds of weight with their kilos after", "He shed six pounds (2.7 kilos) in training camp.", nil},
		{"currency adjectives", "It cost 64.20 Japanese yen, 8,300 South Korean won and 20 million Guinean francs.",
			[]moneyBrief{{"64.20 Japanese yen", 64.2, 0, 0, "JPY", ""}, {"8,300 South Korean won", 8300, 0, 0, "KRW", ""}, {"20 million Guinean francs", 20e6, 0, 0, "GNF", ""}}},
		{"an exchange rate is money in the currency priced", "The baht slid to 25.87 per US dollar, and the forint's rate was 214.6 to the dollar.",
			[]moneyBrief{{"25.87", 25.87, 0, 0, "THB", ""}, {"214.6", 214.6, 0, 0, "HUF", ""}}},
		{"the base of an earlier rate is not the currency priced", "The zloty firmed to 3.9140 against the dollar but eased to 2.6630 against the Swiss franc.",
			[]moneyBrief{{"3.9140", 3.914, 0, 0, "PLN", ""}, {"2.6630", 2.663, 0, 0, "PLN", ""}}},
		{"ratios are no rates", "The team won 2.5 points per game, and the ratio rose to 1.25 to 1.", nil},
		{"a bank's rows", "Harbor Savings qtr\nAssets 2.7 billion vs 2.4 billion\nDeposits 640.2 mln vs 598.7 mln\n",
			[]moneyBrief{{"2.7 billion", 2.7e9, 0, 0, "USD", ""}, {"2.4 billion", 2.4e9, 0, 0, "USD", ""}, {"640.2 mln", 640.2e6, 0, 0, "USD", ""}, {"598.7 mln", 598.7e6, 0, 0, "USD", ""}}},
		{"a two-word country before cents", "TORONTO, June 1 (Reuters) - The bridge toll will be 25 United States cents higher.",
			[]moneyBrief{{"25 United States cents", 0.25, 0, 0, "USD", ""}}},
		{"a comparison past an amount per share", "The deficit shrank to 2.6 mln dlrs, or 9 cts a share, from 4.1 mln, or 15 cts.",
			[]moneyBrief{{"2.6 mln dlrs", 2.6e6, 0, 0, "USD", ""}, {"9 cts", 0.09, 0, 0, "USD", ""}, {"4.1 mln", 4.1e6, 0, 0, "USD", ""}, {"15 cts", 0.15, 0, 0, "USD", ""}}},
		{"a magnitude with plus", "Analysts value the studio's film library at $2 billion-plus to a buyer.",
			[]moneyBrief{{"$2 billion-plus", 2e9, 0, 0, "USD", contract.MoreThan}}},
		{"a figure with plus", "Courtside seats go for $90-plus at the door.",
			[]moneyBrief{{"$90-plus", 90, 0, 0, "USD", contract.MoreThan}}},
		{"a mark with its period", "She paid Rs. 15,500 and Ksh. 750 in fees.",
			[]moneyBrief{{"Rs. 15,500", 15500, 0, 0, "INR", ""}, {"Ksh. 750", 750, 0, 0, "KES", ""}}},
		{"a row with a currency name and a loss", "LONDON, Oct 9 - Barrow plc half\nNet 2.3 mln stg vs loss 410,000\nTax 615,000 vs 95,000\n",
			[]moneyBrief{{"2.3 mln stg", 2.3e6, 0, 0, "GBP", ""}, {"410,000", 410000, 0, 0, "GBP", ""}, {"615,000", 615000, 0, 0, "GBP", ""}, {"95,000", 95000, 0, 0, "GBP", ""}}},
		{"a bare figure with its magnitude later in the sentence", "Renwick receives 2bn euros now and a further 700m in March, plus 3.1 million shares.",
			[]moneyBrief{{"2bn euros", 2e9, 0, 0, "EUR", ""}, {"700m", 700e6, 0, 0, "EUR", ""}}},
		{"no magnitude before a capitalised unit", "It spent 3bn rupees in a region of 40 million Marathi-speaking voters.",
			[]moneyBrief{{"3bn rupees", 3e9, 0, 0, "INR", ""}}},
		{"a bare figure before the amount it is compared with", "CALGARY, June 1 (Reuters) - Revenue climbed to 34 mln from 29 mln dlrs, and it issued 5 mln shares, against 4 mln dlrs.",
			[]moneyBrief{{"34 mln", 34e6, 0, 0, "CAD", ""}, {"29 mln dlrs", 29e6, 0, 0, "CAD", ""}, {"4 mln dlrs", 4e6, 0, 0, "CAD", ""}}},
		{"a bare figure before an amount past its target", "The miner trimmed its output budget to 710 billion from an earlier plan of 780 billion rupiah.",
			[]moneyBrief{{"710 billion", 710e9, 0, 0, "IDR", ""}, {"780 billion rupiah", 780e9, 0, 0, "IDR", ""}}},
		{"pounds in a description are weight", "The missing climber is 1.85 metres tall, 175 pounds, and has short grey hair.", nil},
		{"pounds after building are money", "The club will build a 300 million pounds stadium.", []moneyBrief{{"300 million pounds", 300e6, 0, 0, "GBP", ""}}},
		{"a quarter of a million", "They spent a quarter of a million pounds.", []moneyBrief{{"a quarter of a million pounds", 250000, 0, 0, "GBP", ""}}},
		{"a quarter is no number", "A quarter of the money went to a fund worth £5m.", []moneyBrief{{"£5m", 5e6, 0, 0, "GBP", ""}}},
		{"a dateline with its region", "VANCOUVER, British Columbia, March 3 - The miner earned 12 mln dlrs.",
			[]moneyBrief{{"12 mln dlrs", 12e6, 0, 0, "CAD", ""}}},
		{"a dateline with its country", "AUCKLAND, New Zealand, March 3 - The firm earned 12 mln dlrs.",
			[]moneyBrief{{"12 mln dlrs", 12e6, 0, 0, "NZD", ""}}},
		{"a dateline city of a region", "WINNIPEG, Manitoba, March 3 - The firm earned 12 mln dlrs.",
			[]moneyBrief{{"12 mln dlrs", 12e6, 0, 0, "CAD", ""}}},
		{"a capitalised opening is no dateline", "ACME, a maker of tools, said - on Monday - it earned 12 mln dlrs.",
			[]moneyBrief{{"12 mln dlrs", 12e6, 0, 0, "USD", ""}}},
		{"a row of figures with magnitudes", "Acme results\nRecurring profit 512 million 476 million\n",
			[]moneyBrief{{"512 million", 512e6, 0, 0, "USD", ""}, {"476 million", 476e6, 0, 0, "USD", ""}}},
		{"a scale in prose is no header", "The fund lost in millions of dollars.", []moneyBrief{{"millions of dollars", 1e6, 0, 0, "USD", ""}}},
		{"multimillion glued", "It is a multimillion-pound scheme.", []moneyBrief{{"multimillion-pound", 1e6, 0, 0, "GBP", ""}}},
		{"a magnitude glued to a currency adjective", "Auditors found a 6bn-euro gap in a 90bn-rupee plan.",
			[]moneyBrief{{"6bn-euro", 6e9, 0, 0, "EUR", ""}, {"90bn-rupee", 90e9, 0, 0, "INR", ""}}},
		{"a currency name glued to what follows", "The lender sold 3bn euros-worth of loans, bid 320 pence-a-share and will pay 15 million stg-plus.",
			[]moneyBrief{{"3bn euros", 3e9, 0, 0, "EUR", ""}, {"320 pence", 3.2, 0, 0, "GBP", ""}, {"15 million stg", 15e6, 0, 0, "GBP", contract.MoreThan}}},
		{"no currency in a hyphened word", "The 5 p-values and 12 dollar-signs.", nil},
		{"amounts glued by punctuation", "The sale raised 9bn pesos($70m), or 4bn rand ($260m:£40m).",
			[]moneyBrief{{"9bn pesos", 9e9, 0, 0, "MXN", ""}, {"$70m", 70e6, 0, 0, "USD", ""}, {"4bn rand", 4e9, 0, 0, "ZAR", ""}, {"$260m", 260e6, 0, 0, "USD", ""}, {"£40m", 40e6, 0, 0, "GBP", ""}}},
		{"a rate as an equation", "Prices in the capital\n( $ 1=7.25 kroner )\n",
			[]moneyBrief{{"$ 1", 1, 0, 0, "USD", ""}, {"7.25 kroner", 7.25, 0, 0, "DKK", ""}}},
		{"a range glued with one mark", "It expects $560m-580m in sales.", []moneyBrief{{"$560m-580m", 0, 560e6, 580e6, "USD", ""}}},
		{"coordinated magnitudes", "The banks sold notes for 250 million and 400 million Swiss francs, respectively.",
			[]moneyBrief{{"250 million", 250e6, 0, 0, "CHF", ""}, {"400 million Swiss francs", 400e6, 0, 0, "CHF", ""}}},
		{"no coordination past a unit", "It shipped 3 million units and 40 million dollars of parts.",
			[]moneyBrief{{"40 million dollars", 40e6, 0, 0, "USD", ""}}},
		{"a Taiwan dollar and the ecu", "The rate closed at T$ 27.61, and wheat sold at 112.40 Ecus a tonne.",
			[]moneyBrief{{"T$ 27.61", 27.61, 0, 0, "TWD", ""}, {"112.40 Ecus", 112.4, 0, 0, "XEU", ""}}},
		{"a footer gives the rows above their scale", "Tern Mining quarter\nShr C$ 0.06 C$ 0.02\nNet income ( loss ) 1,310 ( 420 )\nRevs 8,412 7,905\n( All figures above in thousands of dollars except per share )\n",
			[]moneyBrief{{"C$ 0.06", 0.06, 0, 0, "CAD", ""}, {"C$ 0.02", 0.02, 0, 0, "CAD", ""}, {"1,310", 1.31e6, 0, 0, "CAD", ""}, {"420", 420e3, 0, 0, "CAD", ""}, {"8,412", 8.412e6, 0, 0, "CAD", ""}, {"7,905", 7.905e6, 0, 0, "CAD", ""}}},
		{"a footer needs above", "Tern Mining quarter\nNet income 1,310 1,120\n( in thousands )\n",
			[]moneyBrief{{"1,310", 1310, 0, 0, "USD", ""}, {"1,120", 1120, 0, 0, "USD", ""}}},
		{"a header after a lead word and in", "Selected Data in 000s : 2003 2002\n- Sales $ 9,210 $ 8,470\n- Net Income ( loss ) $ 612 ( $ 95 )\n",
			[]moneyBrief{{"$ 9,210", 9.21e6, 0, 0, "USD", ""}, {"$ 8,470", 8.47e6, 0, 0, "USD", ""}, {"$ 612", 612e3, 0, 0, "USD", ""}, {"$ 95", 95e3, 0, 0, "USD", ""}}},
		{"a price after a grade", "Dealers quoted scrap prices.\nRefined grade 2.50-3.00 cents / pound\n",
			[]moneyBrief{{"2.50-3.00 cents", 0, 0.025, 0.03, "USD", ""}}},
		{"a grade is a label", "Pupils in grade 3 paid 40 cents.", []moneyBrief{{"40 cents", 0.4, 0, 0, "USD", ""}}},
		{"a vague amount as a verb's object", "Shoppers will spend millions on gifts, and the crash lost savers billions.",
			[]moneyBrief{{"millions", 1e6, 0, 0, "USD", ""}, {"billions", 1e9, 0, 0, "USD", ""}}},
		{"a vague amount takes the sentence's currency", "The state owes €40bn to banks and billions borrowed abroad, and wasted tens of millions on roads.",
			[]moneyBrief{{"€40bn", 40e9, 0, 0, "EUR", ""}, {"billions", 1e9, 0, 0, "EUR", ""}, {"tens of millions", 1e7, 0, 0, "EUR", ""}}},
		{"no vague amount of people", "The final was watched by millions, and the firm lost millions of customers.", nil},
		{"no vague amount as the subject of a verb of money", "Critics say millions lost their jobs.", nil},
		{"a vague amount repeated is read whole", "Lobbies spend millions and millions of dollars.", []moneyBrief{{"millions of dollars", 1e6, 0, 0, "USD", ""}}},
		{"a price's new level after a direction", "Halvers closed 2.40 guilders down at 80.70, and Brix lost 3,000 lire to 67,000.",
			[]moneyBrief{{"2.40 guilders", 2.4, 0, 0, "NLG", ""}, {"80.70", 80.7, 0, 0, "NLG", ""}, {"3,000 lire", 3000, 0, 0, "ITL", ""}, {"67,000", 67000, 0, 0, "ITL", ""}}},
		{"no new level at a whole number", "Tickets rose 3 dlrs at 40 stores.", []moneyBrief{{"3 dlrs", 3, 0, 0, "USD", ""}}},
		{"coordinated figures", "He demanded 60 and 80 zlotys from the shop.",
			[]moneyBrief{{"60", 60, 0, 0, "PLN", ""}, {"80 zlotys", 80, 0, 0, "PLN", ""}}},
		{"no coordination of counts", "They had 3 and 4 children and 50 dollars.", []moneyBrief{{"50 dollars", 50, 0, 0, "USD", ""}}},
		{"two figures under a header that names its currency", "Treasury balances\n( BILLIONS OF DLRS )\nMar 3 Mar 2\nFed acct 6.108 5.925\n",
			[]moneyBrief{{"6.108", 6.108e9, 0, 0, "USD", ""}, {"5.925", 5.925e9, 0, 0, "USD", ""}}},
		{"no row of two figures under a bare scale", "Stocks\nAll figures in thousands of tonnes :\nGasoline 400 425\n", nil},
		{"rows with nil and a loss", "Kanto Seiki forecast\nOSAKA 2003-05-04\n( in billions of yen unless specified )\nSales 4.10 4.02\nCurrent prft 5 mln loss 212 mln\nNet nil loss 318 mln\n",
			[]moneyBrief{{"4.10", 4.1e9, 0, 0, "JPY", ""}, {"4.02", 4.02e9, 0, 0, "JPY", ""}, {"5 mln", 5e6, 0, 0, "JPY", ""}, {"212 mln", 212e6, 0, 0, "JPY", ""}, {"318 mln", 318e6, 0, 0, "JPY", ""}}},
		{"rows of one figure and its change", "Ostbahn half\n( in millions of marks unless stated )\nGroup sales 9,300 up 2.1 pct\nRevenue from parcels 1,700 down 4.2 pct\nGroup staff on May 31 120,114 down 1.2 pct\n",
			[]moneyBrief{{"9,300", 9.3e9, 0, 0, "DEM", ""}, {"1,700", 1.7e9, 0, 0, "DEM", ""}}},
		{"a label of known and other words", "Pell Systems\n( In Thousands , except per share data )\nEarnings Per Share 0.42 0.37\n",
			[]moneyBrief{{"0.42", 0.42, 0, 0, "USD", ""}, {"0.37", 0.37, 0, 0, "USD", ""}}},
		{"a header at a line's start after a line of words", "Pell Systems forecast\n( in billions of yen )\nSales 3.25 3.10\n",
			[]moneyBrief{{"3.25", 3.25e9, 0, 0, "JPY", ""}, {"3.10", 3.1e9, 0, 0, "JPY", ""}}},
		{"pound adjectives of weight", "The 8-pound, 2-ounce boy was born, and a 250-pound man paid a 20-pound fine.",
			[]moneyBrief{{"20-pound", 20, 0, 0, "GBP", ""}}},
		{"a wire dateline with its country", "Parrot smuggler jailed\nDARWIN , Australia 2001-03-09\nThe birds were sold for 900 dlrs each.",
			[]moneyBrief{{"900 dlrs", 900, 0, 0, "AUD", ""}}},
		{"pounds of the dateline's country", "Relics seized\nALEXANDRIA 2001-03-09\nThe men sought two million pounds ( $ 600,000 ) for the relics.",
			[]moneyBrief{{"two million pounds", 2e6, 0, 0, "EGP", ""}, {"$ 600,000", 600000, 0, 0, "USD", ""}}},
		{"sterling is no dateline's pound", "Hotel sold\nBEIRUT 2001-03-09\nThe group paid 40 million pounds sterling and £5m in fees.",
			[]moneyBrief{{"40 million pounds sterling", 40e6, 0, 0, "GBP", ""}, {"£5m", 5e6, 0, 0, "GBP", ""}}},
		{"a few units", "Chargers sell for a few dollars, and adapters for just a few pounds.",
			[]moneyBrief{{"a few dollars", 0, 0, 0, "USD", ""}, {"a few pounds", 0, 0, 0, "GBP", ""}}},
		{"a few pounds of weight", "He lost a few pounds before the fight.", nil},
		{"a price's change before its direction and new level", "Vonk ended 0.35 up at 48.10 guilders, and Tarn closed 1.50 lower at 240.50 pence.",
			[]moneyBrief{{"0.35", 0.35, 0, 0, "NLG", ""}, {"48.10 guilders", 48.1, 0, 0, "NLG", ""}, {"1.50", 0.015, 0, 0, "GBP", ""}, {"240.50 pence", 2.405, 0, 0, "GBP", ""}}},
		{"no change of a score before a level", "The side was 3 up at 5 pm and won 40 dollars.", []moneyBrief{{"40 dollars", 40, 0, 0, "USD", ""}}},
		{"a header after a label that ends its line", "Customs data\nTrade balance ( million markka ) :\nImports 9,412 9,380 37,220\nExports 12,105 11,950 48,310\n",
			[]moneyBrief{{"9,412", 9.412e9, 0, 0, "FIM", ""}, {"9,380", 9.38e9, 0, 0, "FIM", ""}, {"37,220", 37.22e9, 0, 0, "FIM", ""},
				{"12,105", 12.105e9, 0, 0, "FIM", ""}, {"11,950", 11.95e9, 0, 0, "FIM", ""}, {"48,310", 48.31e9, 0, 0, "FIM", ""}}},
		{"a further amount in the next sentence", "The bank lent 12.2 billion francs to dealers. It lent a further 28.5 billion to banks.",
			[]moneyBrief{{"12.2 billion francs", 12.2e9, 0, 0, "CHF", ""}, {"28.5 billion", 28.5e9, 0, 0, "CHF", ""}}},
		{"no further amount of another unit", "The mill sold 3 million tonnes. It sold a further 2 million to China.", nil},
		{"a price's earlier level after from and of", "The rand was at 4.52 per dollar, up from its close on Monday of 4.55.",
			[]moneyBrief{{"4.52", 4.52, 0, 0, "ZAR", ""}, {"4.55", 4.55, 0, 0, "ZAR", ""}}},
		{"a range with the name on both ends", "It sees earnings of 1.90 dlrs to 2.05 dlrs a share, and fines of between 100 euros and 250 euros.",
			[]moneyBrief{{"1.90 dlrs to 2.05 dlrs", 0, 1.9, 2.05, "USD", ""}, {"100 euros and 250 euros", 0, 100, 250, "EUR", ""}}},
		{"a change to a level in names", "Profit fell from 20 mln dlrs to 15 mln dlrs and rose 10 cents to 2.45 dlrs.",
			[]moneyBrief{{"20 mln dlrs", 20e6, 0, 0, "USD", ""}, {"15 mln dlrs", 15e6, 0, 0, "USD", ""}, {"10 cents", 0.1, 0, 0, "USD", ""}, {"2.45 dlrs", 2.45, 0, 0, "USD", ""}}},
		{"a range after a verb of ranging", "Bids ranged from $6.10 to $6.45 a share.", []moneyBrief{{"$6.10 to $6.45", 0, 6.1, 6.45, "USD", ""}}},
		{"by a change to a level, or by a range", "Sales will grow by €300m to €2.1bn, and the levy will cut profit by $2.8m to $3.5m.",
			[]moneyBrief{{"€300m", 300e6, 0, 0, "EUR", ""}, {"€2.1bn", 2.1e9, 0, 0, "EUR", ""}, {"$2.8m to $3.5m", 0, 2.8e6, 3.5e6, "USD", ""}}},
		{"a fraction without its zero", "The mill paid $ .8450 over the March contract.", []moneyBrief{{"$ .8450", 0.845, 0, 0, "USD", ""}}},
		{"no money in a bare fraction", "The team played .500 ball.", nil},
		{"an amount as a subject later in the sentence", "A surplus of 2.1 billion kuna remained after 60 million were repaid.",
			[]moneyBrief{{"2.1 billion kuna", 2.1e9, 0, 0, "HRK", ""}, {"60 million", 60e6, 0, 0, "HRK", ""}}},
		{"a pound weight before its noun", "The car was hit by a 4 thousand pound truck, and he pays forty pound a week.",
			[]moneyBrief{{"forty pound", 40, 0, 0, "GBP", ""}}},
		{"a near amount in the next sentence", "The franc fell to 1.2840 per euro. It later recovered to 1.2795. Profit was 2.35 billion rand. Analysts had expected 2.41 billion.",
			[]moneyBrief{{"1.2840", 1.284, 0, 0, "CHF", ""}, {"1.2795", 1.2795, 0, 0, "CHF", ""}, {"2.35 billion rand", 2.35e9, 0, 0, "ZAR", ""}, {"2.41 billion", 2.41e9, 0, 0, "ZAR", ""}}},
		{"no near amount of an index or far in value", "Brix fell 300 lira to 8,600. The index lost 0.5 percent to 8,512.40. The group earned 2 billion lira. It has 3.5 billion in assets.",
			[]moneyBrief{{"300 lira", 300, 0, 0, "TRY", ""}, {"8,600", 8600, 0, 0, "TRY", ""}, {"2 billion lira", 2e9, 0, 0, "TRY", ""}}},
		{"a change after the price and a comma", "Kanto shares closed at 1,230 yen, down 20, and Tarn at 545 pence, up 4 percent.",
			[]moneyBrief{{"1,230 yen", 1230, 0, 0, "JPY", ""}, {"20", 20, 0, 0, "JPY", ""}, {"545 pence", 5.45, 0, 0, "GBP", ""}}},
		{"pence glued before what they are for", "It paid a 5p-a-share dividend.", []moneyBrief{{"5p", 0.05, 0, 0, "GBP", ""}}},
		{"a plural magnitude after digits", "The party found £30 billions worth of savings.", []moneyBrief{{"£30 billions", 30e9, 0, 0, "GBP", ""}}},
		{"a difference and the amount it is taken from", "It lent 12.1 billion francs, 2.4 billion less than the 14.5 billion maturing on Friday.",
			[]moneyBrief{{"12.1 billion francs", 12.1e9, 0, 0, "CHF", ""}, {"2.4 billion", 2.4e9, 0, 0, "CHF", ""}, {"14.5 billion", 14.5e9, 0, 0, "CHF", ""}}},
		{"no difference of another unit", "It lent 12.1 billion francs to 2.4 million more savers than before.", []moneyBrief{{"12.1 billion francs", 12.1e9, 0, 0, "CHF", ""}}},
		{"a half in words", "The repairs cost one and a half million pounds and two and a half dollars a head.",
			[]moneyBrief{{"one and a half million pounds", 1.5e6, 0, 0, "GBP", ""}, {"two and a half dollars", 2.5, 0, 0, "USD", ""}}},
		{"an earlier close after compares with", "The bid of 31 dlrs a share compares with Monday's close of 27-3/4.",
			[]moneyBrief{{"31 dlrs", 31, 0, 0, "USD", ""}, {"27-3/4", 27.75, 0, 0, "USD", ""}}},
		{"a quote's bid and offer", "The dollar ended at 1.4410/20 marks and 104.35/45 yen.",
			[]moneyBrief{{"1.4410/20 marks", 1.441, 0, 0, "DEM", ""}, {"104.35/45 yen", 104.35, 0, 0, "JPY", ""}}},
		{"amounts with a slash", "It was worth $1.4bn/£760m and pays €2,000/month and 40,000 euros/year. Copper trades at 92 cents/lb.",
			[]moneyBrief{{"$1.4bn", 1.4e9, 0, 0, "USD", ""}, {"£760m", 760e6, 0, 0, "GBP", ""}, {"€2,000", 2000, 0, 0, "EUR", ""}, {"40,000 euros", 40000, 0, 0, "EUR", ""}, {"92 cents", 0.92, 0, 0, "USD", ""}}},
		{"Scandinavian crown marks", "Turnover was Dkr 4.1bn, Skr 2.2bn and Nkr 900m.",
			[]moneyBrief{{"Dkr 4.1bn", 4.1e9, 0, 0, "DKK", ""}, {"Skr 2.2bn", 2.2e9, 0, 0, "SEK", ""}, {"Nkr 900m", 900e6, 0, 0, "NOK", ""}}},
		{"a personal computer is no percentage", "A sub-$150 PC goes on sale.", []moneyBrief{{"$150", 150, 0, 0, "USD", ""}}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) { assert.Equal(t, c.want, moneyOf(t, c.text), c.text) })
	}
}

// TestCurrencyOfTheDay checks that a currency whose ISO code changed with a
// new issue is coded as it was in the story's year: the wire dateline's date,
// else the latest year the story names; a story that names no year keeps
// today's code.
func TestCurrencyOfTheDay(t *testing.T) {
	cases := []struct{ name, text, currency string }{
		{"wire dateline of 1996", "Bond sale .\nIZMIR 1996-07-14\nThe Treasury raised 40 trillion lira at the auction .\n", "TRL"},
		{"year named after the change", "The central bank said in 2007 that bread cost two lira.", "TRY"},
		{"year named before the change", "In 1999 the minister said a loaf cost 300,000 lira.", "TRL"},
		{"no year", "A loaf costs two lira in the capital.", "TRY"},
		{"bolivar of 2010", "In 2010 the airline lost 90 million bolivars.", "VEF"},
		{"a later year is no date of a dated story", "Bond sale .\nIZMIR 1996-07-14\nThe Treasury raised 40 trillion lira, to be repaid by 2010 .\n", "TRL"},
		{"rouble keeps its code", "Bond sale .\nOMSK 1996-07-14\nThe region borrowed 50 billion roubles .\n", "RUB"},
	}
	for _, c := range cases {
		got := moneyOf(t, c.text)
		if assert.Len(t, got, 1, c.name) {
			assert.Equal(t, c.currency, got[0].currency, c.name)
		}
	}
}

// TestPlacesDollar gives a bare "$" the dollar of the country a story with
// no dateline names all its places in, three times or more, when it marks
// none of its dollars with a country.
func TestPlacesDollar(t *testing.T) {
	place := func(text, name, iso string) contract.Entity {
		var ms []contract.Mention
		for from := 0; ; {
			k := strings.Index(text[from:], name)
			if k < 0 {
				break
			}
			ms = append(ms, contract.Mention{Start: from + k, End: from + k + len(name), Text: name})
			from += k + len(name)
		}
		return contract.Entity{Type: contract.GPE, Name: name, Mentions: ms, Place: &contract.Place{Name: name, Country: iso}}
	}
	currencies := func(text string, places ...[2]string) []string {
		var ents []contract.Entity
		for _, p := range places {
			ents = append(ents, place(text, p[0], p[1]))
		}
		var out []string
		for _, m := range New(textdoc.Analyze(text), ents).Money() {
			out = append(out, m.Text+" "+m.Currency)
		}
		return out
	}
	local := "Renters in Surrey and Burnaby will pay less. The Surrey council will spend $5 million on new homes."
	assert.Equal(t, []string{"$5 million CAD"}, currencies(local, [2]string{"Surrey", "CA"}, [2]string{"Burnaby", "CA"}))
	assert.Equal(t, []string{"$5 million USD"}, currencies(local, [2]string{"Surrey", "CA"}, [2]string{"Burnaby", "US"}),
		"a place abroad: maybe a foreign outlet's story")
	assert.Equal(t, []string{"$5 million USD"}, currencies("Renters in Surrey will pay less. The council will spend $5 million on new homes.",
		[2]string{"Surrey", "CA"}), "one mention tells too little")
	assert.Equal(t, []string{"C$7 million CAD", "$5 million USD"},
		currencies("Renters in Surrey and Burnaby will pay less. The Surrey council has C$7 million, or $5 million.",
			[2]string{"Surrey", "CA"}, [2]string{"Burnaby", "CA"}), "a story that marks its dollars")
	assert.Equal(t, []string{"$5 million USD"}, currencies("LONDON - Renters in Surrey and Burnaby will pay less. The Surrey council will spend $5 million.",
		[2]string{"Surrey", "CA"}, [2]string{"Burnaby", "CA"}), "a dateline says where the story is")
}
