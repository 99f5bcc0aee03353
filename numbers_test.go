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

func TestParseNumberFigures(t *testing.T) {
	cases := []struct {
		in   string
		want Number
	}{
		// digits, separators, decimals
		{"350,000", Number{Value: 350000}},
		{"1.5", Number{Value: 1.5}},
		{"1,234.5", Number{Value: 1234.5}},
		// digits grouped by the spaces typesetting puts there
		{"12\u202f500", Number{Value: 12500}},
		{"1\u00a0250\u00a0000", Number{Value: 1250000}},
		{"4\u2009075.25", Number{Value: 4075.25}},
		{"7", Number{Value: 7}},
		// magnitudes as suffixes and words
		{"388bn", Number{Value: 388e9}},
		{"50m", Number{Value: 50e6}},
		{"1.2tn", Number{Value: 1.2e12}},
		{"5k", Number{Value: 5000}},
		{"1.5 mln", Number{Value: 1.5e6}},
		{"2.3 bln", Number{Value: 2.3e9}},
		{"4 million", Number{Value: 4e6}},
		{"50 crore", Number{Value: 5e8}},
		{"3 lakh", Number{Value: 3e5}},
		{"21 thousand", Number{Value: 21000}},
		// words
		{"eight", Number{Value: 8}},
		{"twenty-three", Number{Value: 23}},
		{"a hundred and five", Number{Value: 105}},
		{"two hundred and fifty thousand", Number{Value: 250000}},
		{"Twenty-one thousand", Number{Value: 21000}},
		{"a dozen", Number{Value: 12}},
		{"two dozen", Number{Value: 24}},
		{"half a million", Number{Value: 500000}},
		{"five million", Number{Value: 5e6}},
		// vague quantities
		{"dozens", Number{Value: 12, Vague: true}},
		{"scores", Number{Value: 20, Vague: true}},
		{"hundreds", Number{Value: 100, Vague: true}},
		{"thousands", Number{Value: 1000, Vague: true}},
		{"tens of thousands", Number{Value: 10000, Vague: true}},
		{"hundreds of thousands", Number{Value: 100000, Vague: true}},
		{"hundreds of millions", Number{Value: 1e8, Vague: true}},
		{"millions", Number{Value: 1e6, Vague: true}},
		{"several hundred million", Number{Value: 1e8, Vague: true}},
		// ranges: the multiplier applies to both ends
		{"2-3bn", Number{Value: 2e9, Min: 2e9, Max: 3e9, Range: true}},
		{"between 10 and 20", Number{Value: 10, Min: 10, Max: 20, Range: true}},
		{"from 5 to 7 million", Number{Value: 5e6, Min: 5e6, Max: 7e6, Range: true}},
		{"six or seven million", Number{Value: 6e6, Min: 6e6, Max: 7e6, Range: true}},
		{"five to 10", Number{Value: 5, Min: 5, Max: 10, Range: true}},
		// qualifiers
		{"approximately 4.5 million", Number{Value: 4.5e6, Qualifier: About}},
		{"nearly 700 million", Number{Value: 7e8, Qualifier: About}},
		{"some 45 million", Number{Value: 45e6, Qualifier: About}},
		{"roughly 30", Number{Value: 30, Qualifier: About}},
		{"an estimated 150,000", Number{Value: 150000, Qualifier: About}},
		{"more than 350,000", Number{Value: 350000, Qualifier: MoreThan}},
		{"over 2,400", Number{Value: 2400, Qualifier: MoreThan}},
		{"above 150", Number{Value: 150, Qualifier: MoreThan}},
		{"at least 12", Number{Value: 12, Qualifier: AtLeast}},
		{"1,000 or more", Number{Value: 1000, Qualifier: AtLeast}},
		{"less than 5", Number{Value: 5, Qualifier: LessThan}},
		{"under 40", Number{Value: 40, Qualifier: LessThan}},
		{"below 150", Number{Value: 150, Qualifier: LessThan}},
		{"up to 140", Number{Value: 140, Qualifier: AtMost}},
		{"no more than 3", Number{Value: 3, Qualifier: AtMost}},
		{"100+", Number{Value: 100, Qualifier: MoreThan}},
		// market fractions
		{"20-20/32", Number{Value: 20.625}},
	}
	for _, c := range cases {
		t.Run(c.in, func(t *testing.T) {
			got, ok := ParseNumber(c.in)
			require.True(t, ok)
			assert.Equal(t, c.want.Kind, got.Kind)
			assert.InDelta(t, c.want.Value, got.Value, 1e-6*math.Max(1, c.want.Value))
			assert.InDelta(t, c.want.Min, got.Min, 1e-6*math.Max(1, c.want.Min))
			assert.InDelta(t, c.want.Max, got.Max, 1e-6*math.Max(1, c.want.Max))
			assert.Equal(t, c.want.Range, got.Range)
			assert.Equal(t, c.want.Vague, got.Vague)
			assert.Equal(t, c.want.Qualifier, got.Qualifier)
		})
	}
}

func TestParseNumberNotFigures(t *testing.T) {
	cases := []struct {
		in   string
		kind NumberKind
	}{
		{"2011", KindYear},
		{"1990s", KindYear},
		{"12-year-old", KindAge},
		{"36-year-old", KindAge},
		{"two-month-old", KindAge},
		{"40%", KindPercent},
		{"5 percent", KindPercent},
		{"3.5 per cent", KindPercent},
		{"9 pct", KindPercent},
		{"4 p.m.", KindTime},
		{"4pm", KindTime},
		{"8:20", KindTime},
		{"8th", KindOrdinal},
		{"2nd", KindOrdinal},
		{"two-thirds", KindFraction},
		{"1,200-strong", KindStrength},
		{"252-972-1411", KindPhone},
		{"3-1", KindMeasure}, // a score
		{"9/11", KindMeasure},
		{"7/7", KindMeasure},
		{"five-year", KindMeasure},
		{"9mm", KindMeasure},
	}
	for _, c := range cases {
		t.Run(c.in, func(t *testing.T) {
			got, ok := ParseNumber(c.in)
			require.True(t, ok)
			assert.Equal(t, c.kind, got.Kind)
		})
	}
	for _, s := range []string{"", "   ", "hello", "second", "the", "a", "MH17", "one two three four five six seven eight nine ten eleven twelve apples", "$", "-", "between 10", "from", "tens"} {
		_, ok := ParseNumber(s)
		assert.False(t, ok, s)
	}
}

// FuzzParseNumber checks that the grammar never panics and keeps its values sane.
func FuzzParseNumber(f *testing.F) {
	for _, s := range []string{"350,000", "388bn", "2-3bn", "between 10 and 20", "a hundred and five", "tens of thousands",
		"12-year-old", "20-20/32", "252-972-1411", "more than 1,000 or more", "six or seven million", "half a",
		"1,", ",000", "9-", "1-2-", "1e9", "0.5.5", "1,2,3", "\u20132", "1\u2013", "twenty-", "-year-old", "a dozen dozen"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		n, ok := ParseNumber(s)
		if !ok {
			return
		}
		if math.IsNaN(n.Value) || math.IsInf(n.Value, 0) {
			t.Fatalf("%q: value %v", s, n.Value)
		}
		if n.Range && !(n.Min < n.Max) {
			t.Fatalf("%q: range %v-%v", s, n.Min, n.Max)
		}
	})
}

// BenchmarkNumbers measures the figure extractors (money, casualties, toll)
// on the analysed BBC corpus; MB/s counts the articles' bytes.
func BenchmarkNumbers(b *testing.B) {
	texts := corpusTexts(b)
	docs := make([]*textdoc.Doc, len(texts))
	var n int64
	for i, t := range texts {
		docs[i] = textdoc.Analyze(t)
		n += int64(len(t))
	}
	b.SetBytes(n)
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		for _, d := range docs {
			f := figure.New(d, nil)
			f.Money()
			f.Casualties()
			f.Toll()
		}
	}
}

// TestCorpusFiguresInvariants runs the figure extractors over the corpus and
// checks that every record's offsets and text agree.
func TestCorpusFiguresInvariants(t *testing.T) {
	if testing.Short() {
		t.Skip("short")
	}
	texts := corpusTexts(t)
	for i, text := range texts {
		if i%5 != 0 {
			continue
		}
		f := figure.New(textdoc.Analyze(text), nil)
		for _, m := range f.Money() {
			require.True(t, m.Start >= 0 && m.Start < m.End && m.End <= len(text), "money offsets")
			require.Equal(t, text[m.Start:m.End], m.Text)
			require.NotEmpty(t, m.Currency, m.Text)
		}
		for _, c := range f.Casualties() {
			require.True(t, c.Start >= 0 && c.Start < c.End && c.End <= len(text), "casualty offsets")
			require.Equal(t, text[c.Start:c.End], c.Text)
			require.GreaterOrEqual(t, c.Count, 0.0)
		}
	}
}

func ExampleParseNumber() {
	for _, s := range []string{"more than 350,000", "2-3bn", "tens of thousands", "a hundred and five", "12-year-old"} {
		n, ok := ParseNumber(s)
		fmt.Printf("%-20s ok=%v value=%g range=%v [%g, %g] vague=%v qualifier=%q kind=%q\n",
			s, ok, n.Value, n.Range, n.Min, n.Max, n.Vague, n.Qualifier, n.Kind)
	}
	// Output:
	// more than 350,000    ok=true value=350000 range=false [0, 0] vague=false qualifier="more_than" kind=""
	// 2-3bn                ok=true value=2e+09 range=true [2e+09, 3e+09] vague=false qualifier="" kind=""
	// tens of thousands    ok=true value=10000 range=false [0, 0] vague=true qualifier="" kind=""
	// a hundred and five   ok=true value=105 range=false [0, 0] vague=false qualifier="" kind=""
	// 12-year-old          ok=true value=12 range=false [0, 0] vague=false qualifier="" kind="age"
}

// TestGroupedDigits: digits grouped in threes by the spaces typesetting and
// the web put there (no-break U+00A0, narrow no-break U+202F, thin U+2009)
// read as one number wherever a comma would, as money and as casualties;
// a four-digit year before a count still parts the two.
func TestGroupedDigits(t *testing.T) {
	t.Run("money", func(t *testing.T) {
		checkMoney(t, "The charity raised \u00a312\u202f500 at the gala.", []moneyWant{{"\u00a312\u202f500", 12500, 0, 0, "GBP", ""}})
		checkMoney(t, "The province will pay $1\u00a0200\u00a0000 to the families.", []moneyWant{{"$1\u00a0200\u00a0000", 1.2e6, 0, 0, "USD", ""}})
		checkMoney(t, "Fares rose to \u20ac2\u2009450.50 a year.", []moneyWant{{"\u20ac2\u2009450.50", 2450.5, 0, 0, "EUR", ""}})
	})
	t.Run("casualties", func(t *testing.T) {
		checkCasualties(t, "Floods displaced 3\u202f400 people in the valley.", []casWant{{"displaced 3\u202f400 people", Displaced, 3400, false, "", "people"}})
		checkCasualties(t, "The agency said 1\u00a0250 civilians were killed last year.", []casWant{{"1\u00a0250 civilians were killed", Killed, 1250, false, "", "civilians"}})
	})
	t.Run("parted", func(t *testing.T) {
		checkCasualties(t, "In 2019\u00a0500 people were hurt in crashes.", []casWant{{"500 people were hurt", Injured, 500, false, "", "people"}})
		// a hyphen joins the digits to those before it: a season, then a count
		checkCasualties(t, "In 2020-21\u00a0400 people died on the roads.", []casWant{{"400 people died", Killed, 400, false, "", "people"}})
	})
	t.Run("after a month", func(t *testing.T) {
		// a day after its month is no group, but no count opens with a zero
		checkCasualties(t, "On March\u00a012\u00a0500 people were evacuated.", []casWant{{"500 people were evacuated", Displaced, 500, false, "", "people"}})
		checkCasualties(t, "By March 10\u00a0000 people had fled the city.", []casWant{{"10\u00a0000 people had fled", Displaced, 10000, false, "", "people"}})
	})
	t.Run("written as references", func(t *testing.T) {
		// &nbsp; reads as the no-break space it stands for, and groups digits as it does
		checkMoney(t, "The council set aside &pound;12&nbsp;500 for the repairs.", []moneyWant{{"&pound;12&nbsp;500", 12500, 0, 0, "GBP", ""}})
		checkCasualties(t, "Floods displaced 3&#160;400 people in the valley.", []casWant{{"displaced 3&#160;400 people", Displaced, 3400, false, "", "people"}})
	})
}
