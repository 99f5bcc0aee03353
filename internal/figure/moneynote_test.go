package figure

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestMoneyTableNotes reads tables whose rows name no money and whose scale
// and currency a note under or above them states, as wire copy prints
// divisional breakdowns, and the forecast ranges of a result.
func TestMoneyTableNotes(t *testing.T) {
	cases := []struct {
		name, text string
		want       []moneyBrief
	}{
		{"a note under the rows gives their scale and currency",
			"Harbour Media breakdown .\nAMSTERDAM 1997-03-04\nRevenue Profit\nMagazines 412 55\nRadio 96 7 loss\nPrinting --- 12\nNOTE - Revenue and profit are stated in millions of guilders .\n",
			[]moneyBrief{{"412", 412e6, 0, 0, "NLG", ""}, {"55", 55e6, 0, 0, "NLG", ""}, {"96", 96e6, 0, 0, "NLG", ""},
				{"7", 7e6, 0, 0, "NLG", ""}, {"12", 12e6, 0, 0, "NLG", ""}}},
		{"a bracketed note under the rows",
			"Fjord Lines by division\nFerries 1,240 1,105\nCargo 388 402\n( All figures in millions of Swedish crowns )\n",
			[]moneyBrief{{"1,240", 1240e6, 0, 0, "SEK", ""}, {"1,105", 1105e6, 0, 0, "SEK", ""}, {"388", 388e6, 0, 0, "SEK", ""}, {"402", 402e6, 0, 0, "SEK", ""}}},
		{"a note under money rows scales them",
			"Karoo Mills year\nNet profit 45.2 vs 39.1\nSales 310.5 vs 290.0\nFigures in millions of rand .\n",
			[]moneyBrief{{"45.2", 45.2e6, 0, 0, "ZAR", ""}, {"39.1", 39.1e6, 0, 0, "ZAR", ""}, {"310.5", 310.5e6, 0, 0, "ZAR", ""}, {"290.0", 290e6, 0, 0, "ZAR", ""}}},
		{"a note of dollars under rows in a story from a country of another currency",
			"Mine output\nJOHANNESBURG 1997-03-04\nGold 412 380\nPlatinum 96 88\nNOTE - Sales are given in millions of dollars .\n",
			[]moneyBrief{{"412", 412e6, 0, 0, "USD", ""}, {"380", 380e6, 0, 0, "USD", ""}, {"96", 96e6, 0, 0, "USD", ""}, {"88", 88e6, 0, 0, "USD", ""}}},
		{"a note above the rows",
			"Grain board receipts\nNOTE - figures are in thousands of Australian dollars\nWheat 1,200 1,150\nBarley 840 790\n",
			[]moneyBrief{{"1,200", 1.2e6, 0, 0, "AUD", ""}, {"1,150", 1.15e6, 0, 0, "AUD", ""}, {"840", 840e3, 0, 0, "AUD", ""}, {"790", 790e3, 0, 0, "AUD", ""}}},
		{"no money of rows under a note of tonnes",
			"Oil stocks\nGasoline 512 498\nDiesel 301 322\nFigures in thousands of tonnes .\n", nil},
		{"no money of standings under a note",
			"Standings\nRovers 5 3 1 1 9 4 10\nCity 5 2 2 1 7 6 8\nNote : the top two teams qualify .\n", nil},
		{"no money of rows far above a note",
			"Attendance\nRovers 12 10\nCity 9 11\nThe club said the stands were rebuilt .\nFigures in millions of pounds .\n", nil},
		{"no money of scores under a note of a currency alone",
			"Golf scores\nAnna Berg 70 68 71\nLisa Holt 72 69 70\n( Prize money in U.S. dollars )\n", nil},
		{"no row of a table's dates",
			"Year to June 30 , 1996\n( million NZ$ unless stated )\nSales 410.2 vs 388.1\n",
			[]moneyBrief{{"410.2", 410.2e6, 0, 0, "NZD", ""}, {"388.1", 388.1e6, 0, 0, "NZD", ""}}},
		{"a note of a currency alone under money rows",
			"Hallmark Foods year\nNet profit 123.4 mln vs 110.2 mln\nNOTE - All figures in Australian dollars .\n",
			[]moneyBrief{{"123.4 mln", 123.4e6, 0, 0, "AUD", ""}, {"110.2 mln", 110.2e6, 0, 0, "AUD", ""}}},
		{"a header of cents per share in a story from a country of cents",
			"Results forecast .\nJOHANNESBURG 1997-02-10\nAnalysts expect the following ( all figures cents per share ) :\nMON Karoo Mills YR EPS 45.5 44.0-47.0 40.1\n",
			[]moneyBrief{{"45.5", 0.455, 0, 0, "ZAR", ""}, {"44.0-47.0", 0, 0.44, 0.47, "ZAR", ""}, {"40.1", 0.401, 0, 0, "ZAR", ""}}},
		{"rows without a currency take the dateline's",
			"Hoshino Corp results\nTOKYO 1997-02-10\n( in billions unless specified )\nSales 1,234 vs 1,100\n",
			[]moneyBrief{{"1,234", 1.234e12, 0, 0, "JPY", ""}, {"1,100", 1.1e12, 0, 0, "JPY", ""}}},
		{"rows under a header of dollars keep them whatever the dateline",
			"Hungary debt\nBUDAPEST 1997-02-10\nFIGURES IN $ MILLION June May\nGross foreign debt 27,535.5 27,246.5\n",
			[]moneyBrief{{"27,535.5", 27535.5e6, 0, 0, "USD", ""}, {"27,246.5", 27246.5e6, 0, 0, "USD", ""}}},
		{"a note after a comma closing the sentence gives bare figures their currency",
			"Costs were 45.6 million , revenue 50.1 million , all in euros .",
			[]moneyBrief{{"45.6 million", 45.6e6, 0, 0, "EUR", ""}, {"50.1 million", 50.1e6, 0, 0, "EUR", ""}}},
		{"no note of a place after a comma", "Costs were 45.6 million , revenue 50.1 million , all in Paris .", nil},
		{"a header line of a magnitude and a currency alone",
			"Results\nMILLIONS OF DOLLARS\nNet income 4.1 vs 3.9\n",
			[]moneyBrief{{"4.1", 4.1e6, 0, 0, "USD", ""}, {"3.9", 3.9e6, 0, 0, "USD", ""}}},
		{"a header of a unit in brackets",
			"Results\n( Unit : million yuan )\nNet profit 412.5 380.1\n",
			[]moneyBrief{{"412.5", 412.5e6, 0, 0, "CNY", ""}, {"380.1", 380.1e6, 0, 0, "CNY", ""}}},
		{"a header of a unit on its line, won after a magnitude",
			"Results\nUnit : billion won\nNet profit 412.5 380.1\n",
			[]moneyBrief{{"412.5", 412.5e9, 0, 0, "KRW", ""}, {"380.1", 380.1e9, 0, 0, "KRW", ""}}},
		{"no header of a line that goes on",
			"Millions of dollars lost in fraud\nThe bank said it would repay them .\n",
			[]moneyBrief{{"Millions of dollars", 1e6, 0, 0, "USD", ""}}},
		{"a row's own unit in brackets names money",
			"Results\nCash balance ( $ mln ) 12.4 11.9\nNAV per share ( cents ) 45.2 vs 38.1\nTotal dividend ( pence ) 12.5 vs 11.0\nAvg price per tonne ( dlrs ) 412.50 380.10\n",
			[]moneyBrief{{"12.4", 12.4e6, 0, 0, "USD", ""}, {"11.9", 11.9e6, 0, 0, "USD", ""}, {"45.2", 0.452, 0, 0, "USD", ""}, {"38.1", 0.381, 0, 0, "USD", ""},
				{"12.5", 0.125, 0, 0, "GBP", ""}, {"11.0", 0.11, 0, 0, "GBP", ""}, {"412.50", 412.5, 0, 0, "USD", ""}, {"380.10", 380.1, 0, 0, "USD", ""}}},
		{"no money of a row's own magnitude alone", "Results\nPopulation ( mln ) 12.4 11.9\n", nil},
		{"a row's own currency code in brackets and a period before its figures",
			"Key data for Ruritania\nTrade gap ( EUR ) Jan-Mar 4.1 bln ( Jan-Feb 2.9 bln )\nState debt ( CZK ) end-May 310 bln\nTax take ( PLN ) Q2 18.5 bln\n",
			[]moneyBrief{{"4.1 bln", 4.1e9, 0, 0, "EUR", ""}, {"2.9 bln", 2.9e9, 0, 0, "EUR", ""}, {"310 bln", 310e9, 0, 0, "CZK", ""}, {"18.5 bln", 18.5e9, 0, 0, "PLN", ""}}},
		{"no money of a row's own unit of counts before a period",
			"Key data for Ruritania\nJobless ( pct ) May 10.2 ( April 10.4 )\nSteel output ( tonnes ) Jan-Mar 4.1 mln ( Jan-Feb 2.9 mln )\nVisitors ( mln ) June 1.2\n", nil},
		{"no period read as a row's without a month",
			"Key data for Ruritania\nTrade gap ( EUR ) end 4.1 bln\n", nil},
		{"a forecast range after an amount",
			"Profit rose to 1.52 billion crowns , just under the 1.55-1.60 billion forecast range .",
			[]moneyBrief{{"1.52 billion crowns", 1.52e9, 0, 0, "SEK", ""}, {"1.55-1.60 billion", 0, 1.55e9, 1.6e9, "SEK", ""}}},
		{"no forecast of a count after an amount",
			"The carrier spent $2 billion and beat its 40 million passengers target .",
			[]moneyBrief{{"$2 billion", 2e9, 0, 0, "USD", ""}}},
		{"an estimate after a range in the sentence before",
			"Analysts expected 1.50-1.60 billion crowns . The result was 1.52 billion .",
			[]moneyBrief{{"1.50-1.60 billion crowns", 0, 1.5e9, 1.6e9, "SEK", ""}, {"1.52 billion", 1.52e9, 0, 0, "SEK", ""}}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			assert.Equal(t, c.want, moneyOf(t, c.text))
		})
	}
}

// TestMoneyPressForms reads the forms of amounts that 1990s wire copy and
// British news write, and the neighbours that make a currency's word no
// amount.
func TestMoneyPressForms(t *testing.T) {
	cases := []struct {
		name, text string
		want       []moneyBrief
	}{
		{"cents on their own line in a story of rand",
			"Karoo Mills year\nNet profit 25.5 mln rand vs 20.1 mln\nShr 45.2 cents vs 38.1 cents\n",
			[]moneyBrief{{"25.5 mln rand", 25.5e6, 0, 0, "ZAR", ""}, {"20.1 mln", 20.1e6, 0, 0, "ZAR", ""}, {"45.2 cents", 0.452, 0, 0, "ZAR", ""}, {"38.1 cents", 0.381, 0, 0, "ZAR", ""}}},
		{"cents on their own line in a story of yen stay the dollar's",
			"Hoshino results\nNet profit 25.5 billion yen vs 20.1 billion\nADR 45.2 cents vs 38.1 cents\n",
			[]moneyBrief{{"25.5 billion yen", 25.5e9, 0, 0, "JPY", ""}, {"20.1 billion", 20.1e9, 0, 0, "JPY", ""}, {"45.2 cents", 0.452, 0, 0, "USD", ""}, {"38.1 cents", 0.381, 0, 0, "USD", ""}}},
		{"a fraction without its zero before a currency's name", "Gold closed at $ 390.10 . ( $ 1 = .6125 sterling )",
			[]moneyBrief{{"$ 390.10", 390.1, 0, 0, "USD", ""}, {"$ 1", 1, 0, 0, "USD", ""}, {".6125 sterling", 0.6125, 0, 0, "GBP", ""}}},
		{"a press mark after an amount with a magnitude", "The central bank drained 4.2 bln Ffr and lent 800 mln DM .",
			[]moneyBrief{{"4.2 bln Ffr", 4.2e9, 0, 0, "FRF", ""}, {"800 mln DM", 800e6, 0, 0, "DEM", ""}}},
		{"no press mark after a small count", "The team scored 3 DM goals .", nil},
		{"no pounds of a weight converted in glued kilograms", "The van was 450 pounds (204kg) over its limit, and the fine was 90 pounds.",
			[]moneyBrief{{"90 pounds", 90, 0, 0, "GBP", ""}}},
		{"no dollar of the currency itself", "Traders looking for a dollar depreciation sold, and a coffee cost a dollar more.",
			[]moneyBrief{{"a dollar", 1, 0, 0, "USD", ""}}},
		{"a vague amount in a story of Britain takes the pound",
			"Rivals of the UK telecoms group are investing millions in new exchanges. Britain's regulator welcomed it, and UK homes will benefit.",
			[]moneyBrief{{"millions", 1e6, 0, 0, "GBP", ""}}},
		{"no pound for a state of Australia named by a word of Wales",
			"New South Wales is investing millions in new rail lines. New South Wales commuters will benefit.",
			[]moneyBrief{{"millions", 1e6, 0, 0, "USD", ""}}},
		{"no pound for a province of Canada named by 'British'",
			"British Columbia is spending millions on wildfire crews, and British Columbia towns are ready.",
			[]moneyBrief{{"millions", 1e6, 0, 0, "USD", ""}}},
		{"no pound for a region of the US named by 'England'",
			"Utilities in New England are investing millions in the grid, as New England winters grow wetter.",
			[]moneyBrief{{"millions", 1e6, 0, 0, "USD", ""}}},
		{"Latin American names are not the US's against the pound",
			"Latin American lenders and Latin American banks are investing millions in Britain, the UK regulator said.",
			[]moneyBrief{{"millions", 1e6, 0, 0, "GBP", ""}}},
		{"no pound for a story of another country that names Britain twice",
			"India will spend billions on new ports, India's minister said after talks in Britain. Indian officials said Britain would lend its help.",
			[]moneyBrief{{"billions", 1e9, 0, 0, "USD", ""}}},
		{"a table in a town of a US state named after a foreign capital counts in dollars",
			"MOSCOW, Idaho (AP) - Palouse Grain posted its results on Monday.\n\nNet profit 4.5 mln vs 3.9 mln\n",
			[]moneyBrief{{"4.5 mln", 4.5e6, 0, 0, "USD", ""}, {"3.9 mln", 3.9e6, 0, 0, "USD", ""}}},
		{"a table in the foreign capital counts in its currency",
			"MOSCOW (Reuters) - Volga Grain posted its results on Monday.\n\nNet profit 4.5 mln vs 3.9 mln\n",
			[]moneyBrief{{"4.5 mln", 4.5e6, 0, 0, "RUB", ""}, {"3.9 mln", 3.9e6, 0, 0, "RUB", ""}}},
		{"a vague amount in a town of a US state by its abbreviation",
			"LONDON, Ky. (AP) - The county is investing millions in new roads, officials said.",
			[]moneyBrief{{"millions", 1e6, 0, 0, "USD", ""}}},
		{"a sentence's opening 'New' before the UK is no place of its own",
			"New UK rules are costing lenders millions, the Bank of England said.",
			[]moneyBrief{{"millions", 1e6, 0, 0, "GBP", ""}}},
		{"Northern Ireland is the UK's, not a rival country",
			"Stormont is investing millions in Northern Ireland schools, and Northern Ireland councils welcomed it, a UK minister said.",
			[]moneyBrief{{"millions", 1e6, 0, 0, "GBP", ""}}},
		{"a vague amount in a story of both takes the dollar",
			"US and UK firms are investing millions in the venture, American officials said.",
			[]moneyBrief{{"millions", 1e6, 0, 0, "USD", ""}}},
		{"a vague amount in quotes before a passive verb of money",
			`The bishop said "billions" have been spent on the war.`,
			[]moneyBrief{{"billions", 1e9, 0, 0, "USD", ""}}},
		{"no vague amount of people before a passive verb", "Millions have been displaced by the floods.", nil},
		{"a vague amount after a verb of money and its beneficiary", "Piracy has cost the recording industry millions every year.",
			[]moneyBrief{{"millions", 1e6, 0, 0, "USD", ""}}},
		{"a vague amount of a noun of money", "The new discs will bring in billions of revenue for the studios.",
			[]moneyBrief{{"billions", 1e9, 0, 0, "USD", ""}}},
		{"a vague amount generated", "Phone games are generating billions for the networks.",
			[]moneyBrief{{"billions", 1e9, 0, 0, "USD", ""}}},
		{"a vague amount a bill runs into", "The singer may be left with a legal bill running into millions.",
			[]moneyBrief{{"millions", 1e6, 0, 0, "USD", ""}}},
		{"no vague amount of people", "The final was watched by millions of viewers, and he spent time with millions of fans.", nil},
		{"no vague amount of crowds running into it", "Crowds running into the millions lined the streets.", nil},
		{"no vague amount after a preposition", "The band paid tribute to millions.", nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			assert.Equal(t, c.want, moneyOf(t, c.text))
		})
	}
}

// TestMoneyDroppedMagnitude reads the magnitude an amount's writer left off
// from its conversion in brackets, and only between currencies of near worth.
func TestMoneyDroppedMagnitude(t *testing.T) {
	cases := []struct {
		name, text string
		want       []moneyBrief
	}{
		{"a bare dollar amount before pounds in millions",
			"The sequel earned $8.2 (£4.4m) on its opening weekend.",
			[]moneyBrief{{"$8.2", 8.2e6, 0, 0, "USD", ""}, {"£4.4m", 4.4e6, 0, 0, "GBP", ""}}},
		{"a bare conversion after euros in billions",
			"The carrier lost €2.1bn ($2.6) last year.",
			[]moneyBrief{{"€2.1bn", 2.1e9, 0, 0, "EUR", ""}, {"$2.6", 2.6e9, 0, 0, "USD", ""}}},
		{"no magnitude for prices converted without one",
			"A ticket cost $12 (£6.50) and the studio spent $80m (£43m).",
			[]moneyBrief{{"$12", 12, 0, 0, "USD", ""}, {"£6.50", 6.5, 0, 0, "GBP", ""}, {"$80m", 80e6, 0, 0, "USD", ""}, {"£43m", 43e6, 0, 0, "GBP", ""}}},
		{"no magnitude from a currency of other worth",
			"The console sells for 19,500 yen ($1.9m) in Tokyo.",
			[]moneyBrief{{"19,500 yen", 19500, 0, 0, "JPY", ""}, {"$1.9m", 1.9e6, 0, 0, "USD", ""}}},
		{"no magnitude for a price per unit in brackets",
			"The mayor spent $85 million ($210 a vote) on the race.",
			[]moneyBrief{{"$85 million", 85e6, 0, 0, "USD", ""}, {"$210", 210, 0, 0, "USD", ""}}},
		{"no magnitude for amounts far apart",
			"The fund paid $6 (£300m) to its members.",
			[]moneyBrief{{"$6", 6, 0, 0, "USD", ""}, {"£300m", 300e6, 0, 0, "GBP", ""}}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			assert.Equal(t, c.want, moneyOf(t, c.text))
		})
	}
}

// TestMoneyColumns reads the bare figures of table rows under a row whose
// cell names its currency, as wire copy prints ranked lists of earnings,
// and leaves alone the columns of counts, scores and votes.
func TestMoneyColumns(t *testing.T) {
	cases := []struct {
		name, text string
		want       []moneyBrief
	}{
		{"a ranked list whose first row names the currency",
			"Top earners on the circuit ( United States unless stated ) :\n1. Anna Berg 52,400 dollars\n2. Lisa Holt ( Canada ) 48,150\n3. Mia Dahl 39,900\n",
			[]moneyBrief{{"52,400 dollars", 52400, 0, 0, "USD", ""}, {"48,150", 48150, 0, 0, "USD", ""}, {"39,900", 39900, 0, 0, "USD", ""}}},
		{"a column of dollars marked before the first figure, names with small particles",
			"Season purses\n1. Anna Berg $ 52,400\n2. Luis da Costa ( Brazil ) 48,150\n3. Pieter van der Wal 39,900\n",
			[]moneyBrief{{"$ 52,400", 52400, 0, 0, "USD", ""}, {"48,150", 48150, 0, 0, "USD", ""}, {"39,900", 39900, 0, 0, "USD", ""}}},
		{"a column in a magnitude",
			"Fees paid by the clubs\n1. Rovers 12.5 mln pounds\n2. Athletic 9.8\n3. Wanderers 7.25\n",
			[]moneyBrief{{"12.5 mln pounds", 12.5e6, 0, 0, "GBP", ""}, {"9.8", 9.8e6, 0, 0, "GBP", ""}, {"7.25", 7.25e6, 0, 0, "GBP", ""}}},
		{"a money cell among cells of counts",
			"Tour table ( events , earnings )\n1. Anna Berg 14 52,400 dollars\n2. Lisa Holt 12 48,150\n",
			[]moneyBrief{{"52,400 dollars", 52400, 0, 0, "USD", ""}, {"48,150", 48150, 0, 0, "USD", ""}}},
		{"a column takes the dollar the story gives its first row",
			"Curling purses\nWINNIPEG 1996-03-04\n1. Anna Berg 52,400 dlrs\n2. Lisa Holt 48,150\n",
			[]moneyBrief{{"52,400 dlrs", 52400, 0, 0, "CAD", ""}, {"48,150", 48150, 0, 0, "CAD", ""}}},
		{"an unranked list of prices under a named one",
			"Metals at the close\nGold 385.50 dlrs\nSilver 5.12\nPlatinum 402.75\n",
			[]moneyBrief{{"385.50 dlrs", 385.5, 0, 0, "USD", ""}, {"5.12", 5.12, 0, 0, "USD", ""}, {"402.75", 402.75, 0, 0, "USD", ""}}},
		{"a row naming its own currency heads its own column",
			"1. Anna Berg 52,400 dollars\n2. Lisa Holt 31,000 euros\n3. Mia Dahl 29,500\n",
			[]moneyBrief{{"52,400 dollars", 52400, 0, 0, "USD", ""}, {"31,000 euros", 31000, 0, 0, "EUR", ""}, {"29,500", 29500, 0, 0, "EUR", ""}}},
		{"no money of scores under a sentence naming the prize",
			"Anna Berg won 52,400 dollars\nLisa Holt 68\nMia Dahl 71\n",
			[]moneyBrief{{"52,400 dollars", 52400, 0, 0, "USD", ""}}},
		{"no money of votes written alike under a sentence naming money",
			"Anna Berg raised 52,400 dollars\nLisa Holt 41,200\nMia Dahl 38,900\n",
			[]moneyBrief{{"52,400 dollars", 52400, 0, 0, "USD", ""}}},
		{"no money of ages in a ranked list under a prize in running text",
			"The winner took home 52,400 dollars\n1. Anna Berg 34\n2. Lisa Holt 29\n",
			[]moneyBrief{{"52,400 dollars", 52400, 0, 0, "USD", ""}}},
		{"no money of figures written unlike the money cell",
			"1. Anna Berg 52,400 dollars\n2. Lisa Holt 68\n3. Mia Dahl 71.5\n",
			[]moneyBrief{{"52,400 dollars", 52400, 0, 0, "USD", ""}}},
		{"no money of a column of votes with no money row",
			"Votes cast\n1. Anna Berg 52,400\n2. Lisa Holt 48,150\n", nil},
		{"no money of rows after a line of another shape",
			"1. Anna Berg 52,400 dollars\nThe rest of the field\n2. Lisa Holt 48,150\n",
			[]moneyBrief{{"52,400 dollars", 52400, 0, 0, "USD", ""}}},
		{"no money of a column of percentages or of counts by label",
			"1. Anna Berg 52,400 dollars\n2. Lisa Holt 48.5 pct\nShares 41,000\n",
			[]moneyBrief{{"52,400 dollars", 52400, 0, 0, "USD", ""}}},
		{"no money of rows of another count of cells",
			"1. Anna Berg 52,400 dollars\n2. Lisa Holt 12 48,150\n",
			[]moneyBrief{{"52,400 dollars", 52400, 0, 0, "USD", ""}}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			assert.Equal(t, c.want, moneyOf(t, c.text))
		})
	}
}
