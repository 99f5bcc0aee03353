package entity

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/newsparse/newsparse/internal/textdoc"
)

// TestAliases merges another name of an organisation or a party with it:
// a party's members by any name a lexicon gives the party, a short form of
// each word. Each
// case names an entity's canonical name and the mentions it must hold.
func TestAliases(t *testing.T) {
	cases := []struct {
		text, name string
		mentions   []string
	}{
		{"The Tories promised a cap on rents. Later the Conservatives said the cap was fair.",
			"Conservatives", []string{"Tories", "Conservatives"}},
		{"A Democrat and two Democrats spoke against the bill.", "Democrats", []string{"Democrat", "Democrats"}},
		{"The Lib Dems branded the budget a sticking plaster.", "Liberal Democrats", []string{"Lib Dems"}},
	}
	for _, c := range cases {
		var got []string
		for _, e := range Extract(textdoc.Analyze(c.text)) {
			if e.Name != c.name {
				continue
			}
			for _, m := range e.Mentions {
				got = append(got, m.Text)
			}
		}
		assert.Equal(t, c.mentions, got, "%s in %q", c.name, c.text)
	}
}
