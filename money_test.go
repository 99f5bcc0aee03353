package newsparse

import (
	"fmt"
	"math"
	"testing"

	"github.com/newsparse/newsparse/internal/figure"
	"github.com/newsparse/newsparse/internal/textdoc"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// moneyWant is one expected amount: its text, value (or range), code and qualifier.
type moneyWant struct {
	text     string
	value    float64 // -1: no value (a range, or "several hundred million")
	min, max float64
	code     string
	q        Qualifier
}

func checkMoney(t *testing.T, text string, want []moneyWant) {
	t.Helper()
	got := must(MoneyIn(text))
	require.Len(t, got, len(want), "%q: %+v", text, got)
	for i, w := range want {
		g := got[i]
		assert.Equal(t, w.text, g.Text)
		assert.Equal(t, w.text, text[g.Start:g.End])
		assert.Equal(t, w.code, g.Currency, w.text)
		assert.Equal(t, w.q, g.Qualifier, w.text)
		if w.value >= 0 {
			require.NotNil(t, g.Value, w.text)
			assert.InDelta(t, w.value, *g.Value, 1e-9*math.Max(1, w.value), w.text)
		} else {
			assert.Nil(t, g.Value, w.text)
		}
		if w.max > 0 {
			require.NotNil(t, g.Min, w.text)
			require.NotNil(t, g.Max, w.text)
			assert.InDelta(t, w.min, *g.Min, 1e-9*w.min)
			assert.InDelta(t, w.max, *g.Max, 1e-9*w.max)
		} else {
			assert.Nil(t, g.Min, w.text)
			assert.Nil(t, g.Max, w.text)
		}
	}
}

// TestMoneyForms has one test sentence for each money shape of the
// evaluation's FORMS table (rows 1–20), written anew.
func TestMoneyForms(t *testing.T) {
	cases := []struct {
		name, text string
		want       []moneyWant
	}{
		{"1 bn suffix", "The group booked sales of $388bn in the year.", []moneyWant{{"$388bn", 388e9, 0, 0, "USD", ""}}},
		{"2 US$", "The school received a US$1.2 million grant from donors.", []moneyWant{{"US$1.2 million", 1.2e6, 0, 0, "USD", ""}}},
		{"3 lowercase m", "Chelsea paid £50m for the defender.", []moneyWant{{"£50m", 50e6, 0, 0, "GBP", ""}}},
		{"4 euro billion", "Brussels pledged €3 billion for the region.", []moneyWant{{"€3 billion", 3e9, 0, 0, "EUR", ""}}},
		{"5 rials in Iran", "Iran's parliament approved 1.5 trillion rials for the dams.", []moneyWant{{"1.5 trillion rials", 1.5e12, 0, 0, "IRR", ""}}},
		{"6 crore", "The state will spend Rs 50 crore on new roads.", []moneyWant{{"Rs 50 crore", 5e8, 0, 0, "INR", ""}}},
		{"7 range", "Insurers put the damage at $2-3bn.", []moneyWant{{"$2-3bn", -1, 2e9, 3e9, "USD", ""}}},
		{"8 approximately", "The new bridge cost approximately $4.5 million.", []moneyWant{{"$4.5 million", 4.5e6, 0, 0, "USD", About}}},
		{"9 more than", "Markets lost more than $1 trillion in a week.", []moneyWant{{"$1 trillion", 1e12, 0, 0, "USD", MoreThan}}},
		{"10 nearly", "The city spent nearly 700 million dollars on transit.", []moneyWant{{"700 million dollars", 7e8, 0, 0, "USD", About}}},
		{"11 vague", "The floods did hundreds of millions of dollars of harm to farms.", []moneyWant{{"hundreds of millions of dollars", 1e8, 0, 0, "USD", ""}}},
		{"12 spaced hk $", "profit fell to hk $ 10.05 billion from a year earlier", []moneyWant{{"hk $ 10.05 billion", 10.05e9, 0, 0, "HKD", ""}}},
		{"13 spaced c $", "the bank took the c $ 300 million charge in march", []moneyWant{{"c $ 300 million", 3e8, 0, 0, "CAD", ""}}},
		{"14 name after", "It sold 125 million australian dollars of bonds.", []moneyWant{{"125 million australian dollars", 1.25e8, 0, 0, "AUD", ""}}},
		{"15 words and yen", "Eight cabinet ministers had taken five million yen.", []moneyWant{{"five million yen", 5e6, 0, 0, "JPY", ""}}},
		{"16 tn", "Congress passed a $1.2tn stimulus.", []moneyWant{{"$1.2tn", 1.2e12, 0, 0, "USD", ""}}},
		{"17 per unit", "Households can claim up to £1,000 each.", []moneyWant{{"£1,000", 1000, 0, 0, "GBP", AtMost}}},
		{"18 conversion", "The deal was worth 2.5bn yuan ($350m).", []moneyWant{{"2.5bn yuan", 2.5e9, 0, 0, "CNY", ""}, {"$350m", 3.5e8, 0, 0, "USD", ""}}},
		{"19 hyphenated", "She won a 10-million-dollar settlement.", []moneyWant{{"10-million-dollar", 1e7, 0, 0, "USD", ""}}},
		{"20 naira", "Lagos set aside ₦50bn for roads.", []moneyWant{{"₦50bn", 50e9, 0, 0, "NGN", ""}}},
		{"20 shilling", "Nairobi county got KSh 2 billion this year.", []moneyWant{{"KSh 2 billion", 2e9, 0, 0, "KES", ""}}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) { checkMoney(t, c.text, c.want) })
	}
}

func TestMoneyMore(t *testing.T) {
	cases := []struct {
		name, text string
		want       []moneyWant
	}{
		{"wire dlrs", "Operating profit reached 412.6 mln dlrs, against 388.1 mln dlrs.", []moneyWant{{"412.6 mln dlrs", 412.6e6, 0, 0, "USD", ""}, {"388.1 mln dlrs", 388.1e6, 0, 0, "USD", ""}}},
		{"per share", "The bidder offered 34 dlrs a share.", []moneyWant{{"34 dlrs", 34, 0, 0, "USD", ""}}},
		{"stg", "The bank gave the market 183 mln stg of help.", []moneyWant{{"183 mln stg", 183e6, 0, 0, "GBP", ""}}},
		{"capitals", "MARKET GIVEN 183 MLN STG HELP", []moneyWant{{"183 MLN STG", 183e6, 0, 0, "GBP", ""}}},
		{"pence", "Shares closed at 235.75 pence.", []moneyWant{{"235.75 pence", 2.3575, 0, 0, "GBP", ""}}},
		{"cents", "The price rose 12.5 cents to 6.705 dlrs.", []moneyWant{{"12.5 cents", 0.125, 0, 0, "USD", ""}, {"6.705 dlrs", 6.705, 0, 0, "USD", ""}}},
		{"code before", "The fund raised USD 5m and EUR3bn.", []moneyWant{{"USD 5m", 5e6, 0, 0, "USD", ""}, {"EUR3bn", 3e9, 0, 0, "EUR", ""}}},
		{"two conversions and qualifier", "Sales were about 7.5bn yen ($71.5m; £38.4m).", []moneyWant{{"7.5bn yen", 7.5e9, 0, 0, "JPY", About}, {"$71.5m", 71.5e6, 0, 0, "USD", About}, {"£38.4m", 38.4e6, 0, 0, "GBP", About}}},
		{"elided currency", "The shortage was 550 mln stg, revised up from 400 mln.", []moneyWant{{"550 mln stg", 550e6, 0, 0, "GBP", ""}, {"400 mln", 400e6, 0, 0, "GBP", ""}}},
		{"range in words", "Only \"six or seven million\" pounds had been spent.", []moneyWant{{"six or seven million\" pounds", -1, 6e6, 7e6, "GBP", ""}}},
		{"several", "It will cost several hundred million pounds.", []moneyWant{{"several hundred million pounds", -1, 0, 0, "GBP", ""}}},
		{"yen below", "The ticket price slipped below 142 yen.", []moneyWant{{"142 yen", 142, 0, 0, "JPY", LessThan}}},
		{"share sale hyphen", "Nasdaq plans a $100m-share sale.", []moneyWant{{"$100m", 1e8, 0, 0, "USD", ""}}},
		{"market fraction", "The issue traded at 20-20/32 stg.", []moneyWant{{"20-20/32 stg", 20.625, 0, 0, "GBP", ""}}},
		{"article a is no dollar", "He repaid a $900m loan.", []moneyWant{{"$900m", 9e8, 0, 0, "USD", ""}}},
		{"change is not a range", "Shares rose 3p to 245p.", []moneyWant{{"3p", 0.03, 0, 0, "GBP", ""}, {"245p", 2.45, 0, 0, "GBP", ""}}},
		{"plus something else", "He joined for £35 million plus add-ons.", []moneyWant{{"£35 million", 35e6, 0, 0, "GBP", ""}}},
		{"between marks", "Tickets cost between $50 and $200.", []moneyWant{{"$50 and $200", -1, 50, 200, "USD", ""}}},
		{"Ugandan shillings", "Uganda pays USh 20bn.", []moneyWant{{"USh 20bn", 20e9, 0, 0, "UGX", ""}}},
		{"weight is not money", "Customs found 18 kg (40 pounds) of tobacco and 12 pounds of tea; the penalty was 7,500 pounds.", []moneyWant{{"7,500 pounds", 7500, 0, 0, "GBP", ""}}},
		{"any ISO code", "It raised MYR 2.5bn and SEK30m and GHS 4,500.", []moneyWant{{"MYR 2.5bn", 2.5e9, 0, 0, "MYR", ""}, {"SEK30m", 30e6, 0, 0, "SEK", ""}, {"GHS 4,500", 4500, 0, 0, "GHS", ""}}},
		{"code before a small number", "Upgrade to PHP 7 and the XXX 5 series.", nil},
		{"A$", "The miner earned A$2bn.", []moneyWant{{"A$2bn", 2e9, 0, 0, "AUD", ""}}},
		{"yuan context for yen sign", "China's Beijing firm paid ¥300m to the Chinese bank.", []moneyWant{{"¥300m", 3e8, 0, 0, "CNY", ""}}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) { checkMoney(t, c.text, c.want) })
	}
}

func TestMoneyDatelineDollar(t *testing.T) {
	got := must(MoneyIn("SYDNEY, March 3 (Reuters) - The miner earned $2bn and US$1bn last year."))
	require.Len(t, got, 2)
	assert.Equal(t, "AUD", got[0].Currency)
	assert.Equal(t, "USD", got[1].Currency)
	got = must(MoneyIn("LONDON, March 3 (Reuters) - The miner earned $2bn last year."))
	require.Len(t, got, 1)
	assert.Equal(t, "USD", got[0].Currency)
}

func TestMoneyVague(t *testing.T) {
	got := must(MoneyIn("It will cost hundreds of millions of dollars, or several hundred million pounds, or £5m."))
	require.Len(t, got, 3)
	assert.True(t, got[0].Vague)
	assert.True(t, got[1].Vague)
	assert.Nil(t, got[1].Value)
	assert.False(t, got[2].Vague)
}

func TestMoneyEarningsTable(t *testing.T) {
	text := "ACME CORP <ACM> 1ST QTR NET\n\nShr 35 cts vs 30 cts\n    Net 882,000 vs 82,000\n    Revs 12.5 mln vs 10.1 mln\n    Avg shrs 4,218,903 vs 4,050,000\n"
	got := must(MoneyIn(text))
	var texts []string
	for _, m := range got {
		texts = append(texts, m.Text)
		assert.Equal(t, "USD", m.Currency, m.Text)
	}
	assert.Equal(t, []string{"35 cts", "30 cts", "882,000", "82,000", "12.5 mln", "10.1 mln"}, texts)
	assert.InDelta(t, 0.35, *got[0].Value, 1e-9)
	assert.InDelta(t, 12.5e6, *got[4].Value, 1e-3)
}

func TestMoneyProseIsNoTable(t *testing.T) {
	got := must(MoneyIn("Half-year earnings to June climbed 17% to A$312.7m.\nOutput in 1998 was 9 times lower."))
	require.Len(t, got, 1)
	assert.Equal(t, "A$312.7m", got[0].Text)
}

func TestMoneyNegatives(t *testing.T) {
	for _, s := range []string{
		"Eight ministers and 2011 people gathered in 2019.",
		"The dollar fell against the euro.",
		"The 36-year-old was shot at 4 p.m. on Route 66.",
		"Prices rose 40% and 3.5 per cent in the second quarter.",
		"Call 252-972-1411 or visit 2810 W. Arkansas 32.",
		"They won 3-1 at home.",
		"One of the men said which one.",
		"He picked all 23 Euro 96 veterans.",
		"",
	} {
		assert.Empty(t, must(MoneyIn(s)), s)
	}
}

func TestMoneySource(t *testing.T) {
	text := "The war has cost approximately $388bn, according to the United Nations' Economic and Social Commission for Western Asia."
	got := must(MoneyIn(text))
	require.Len(t, got, 1)
	require.NotNil(t, got[0].Source)
	assert.Equal(t, "Economic and Social Commission for Western Asia", got[0].Source.Name)
	// with entities, the source is the entity whose mention heads the name
	d := textdoc.Analyze(text)
	start := len("The war has cost approximately $388bn, according to the United Nations' ")
	ents := []Entity{{ID: "e7", Type: "ORG", Name: "Economic and Social Commission for Western Asia",
		Mentions: []Mention{{Start: start, End: len(text) - 1, Text: text[start : len(text)-1]}}}}
	ms := figure.New(d, ents).Money()
	require.Len(t, ms, 1)
	assert.Equal(t, &Source{Entity: "e7", Name: "Economic and Social Commission for Western Asia"}, ms[0].Source)

	// a figure after the verb is no source: "said HK$300 million …"
	for _, m := range must(MoneyIn("Officials said HK$300 million had been set aside, with 5 million dollars from donors.")) {
		assert.Nil(t, m.Source, "%s", m.Text)
	}
}

// FuzzMoney checks that amounts always point at their own text and carry a value or a range.
func FuzzMoney(f *testing.F) {
	for _, s := range []string{"approximately $388bn", "US$1.2 million", "hk $ 10.05 billion", "2.5bn yuan ($350m)",
		"Shr 35 cts vs 30 cts\nNet 882,000 vs 82,000", "$", "$ $ $", "£-", "between $5 and", "₦", "EUR", "1m euros",
		"10-million-dollar-", "a $", "\"six or seven million\" pounds", "US$", "c $", "Rs."} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		ms, err := MoneyIn(s)
		ms, ok := fuzzed(t, s, ms, err)
		if !ok {
			return
		}
		for _, m := range ms {
			if m.Start < 0 || m.End > len(s) || m.Start >= m.End || s[m.Start:m.End] != m.Text {
				t.Fatalf("%q: bad span %+v", s, m)
			}
			if m.Value != nil && (math.IsNaN(*m.Value) || math.IsInf(*m.Value, 0)) {
				t.Fatalf("%q: value %v", s, *m.Value)
			}
		}
	})
}

func ExampleMoneyIn() {
	text := "The war has cost approximately $388bn (£300bn), according to the Economic Commission."
	ms, err := MoneyIn(text)
	if err != nil {
		panic(err) // invalid UTF-8, or too large
	}
	for _, m := range ms {
		fmt.Printf("%s %g %s %s source=%s\n", m.Text, *m.Value, m.Currency, m.Qualifier, m.Source.Name)
	}
	// Output:
	// $388bn 3.88e+11 USD about source=Economic Commission
	// £300bn 3e+11 GBP about source=Economic Commission
}

func TestMoneyRangesWithTheCurrencyTwice(t *testing.T) {
	for text, want := range map[string][3]float64{ // min, max, and 0 for a range
		"Fees of £1.5m-£2m apply to the club.":            {1.5e6, 2e6},
		"The deal is worth $10bn-$12bn to the group.":     {10e9, 12e9},
		"Repairs will cost €3bn to €4bn over ten years.":  {3e9, 4e9},
		"Bids of $5 million to $7 million were expected.": {5e6, 7e6},
	} {
		ms := must(MoneyIn(text))
		require.Len(t, ms, 1, "%s: %+v", text, ms)
		require.NotNil(t, ms[0].Min, text)
		assert.Equal(t, want[0], *ms[0].Min, text)
		assert.Equal(t, want[1], *ms[0].Max, text)
		assert.Nil(t, ms[0].Value, text)
	}
	// from one amount to another is a change, two amounts
	assert.Len(t, must(MoneyIn("Sales rose from $5m to $7m last year.")), 2)
}
