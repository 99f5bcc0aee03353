package lexicon

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"golang.org/x/text/currency"
)

// TestCurrencyCodesValid checks every ISO code the tables give against
// golang.org/x/text/currency, and that no lookup that answers "" for "none"
// holds an empty code.
func TestCurrencyCodesValid(t *testing.T) {
	codes := map[string]bool{}
	for _, m := range []map[string]string{currencyMarks, localMarks, dollarPrefixes, centNames, datelinePounds, datelineDollars} {
		for w, c := range m {
			assert.NotEmpty(t, c, w)
			codes[c] = true
		}
	}
	for w, c := range currencyNames {
		assert.NotEmpty(t, c, w)
		codes[c[:3]] = true
	}
	for _, c := range nameAdjectives {
		if c != "" {
			codes[c] = true
		}
	}
	for _, alts := range contextCurrencies {
		for _, a := range alts {
			codes[a.Code] = true
		}
	}
	for c := range codes {
		_, err := currency.ParseISO(c)
		assert.NoError(t, err, c)
	}
}

// TestCurrencyReadings checks that the readings of an ambiguous mark are a
// copy: changing them changes no later answer.
func TestCurrencyReadings(t *testing.T) {
	r := CurrencyReadings("JPY")
	if assert.Len(t, r, 2) {
		assert.Equal(t, "JPY", r[0].Code)
		r[0].Code, r[0].Words[0] = "XXX", "Mars"
	}
	assert.Equal(t, []CurrencyCue{{"JPY", []string{"Japan", "Tokyo", "Japanese"}}, {"CNY", []string{"China", "Chinese", "Beijing", "yuan"}}}, CurrencyReadings("JPY"))
	assert.Nil(t, CurrencyReadings("EUR"))
}

func TestCodeInYear(t *testing.T) {
	cases := []struct {
		code string
		year int
		want string
	}{
		{"TRY", 1996, "TRL"}, {"TRY", 2005, "TRY"}, {"TRL", 2010, "TRY"}, {"TRY", 0, "TRY"},
		{"VEB", 2010, "VEF"}, {"VEB", 2019, "VES"}, {"VES", 2001, "VEB"}, {"VEF", 2012, "VEF"},
		{"RUB", 1996, "RUB"}, {"USD", 1950, "USD"}, {"", 1996, ""},
	}
	for _, c := range cases {
		assert.Equal(t, c.want, CodeInYear(c.code, c.year), "%s in %d", c.code, c.year)
	}
}
