package figure

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"golang.org/x/text/currency"
)

// TestCurrencyCodesValid checks every ISO code the tables give against golang.org/x/text/currency.
func TestCurrencyCodesValid(t *testing.T) {
	codes := map[string]bool{}
	for _, c := range currencyMarks {
		codes[c] = true
	}
	for _, c := range dollarPrefixes {
		codes[c] = true
	}
	for _, c := range currencyNames {
		codes[c[:3]] = true
	}
	for _, c := range centNames {
		codes[c] = true
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
