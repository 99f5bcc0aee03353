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
