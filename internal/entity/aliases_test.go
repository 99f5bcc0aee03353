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

// TestPlaceLedNames merges an organisation named after a place with its name
// without the place, before or after it: a team by its nickname, a paper by
// its title; a party's regional branch stays apart from the party.
func TestPlaceLedNames(t *testing.T) {
	cases := []struct {
		text     string
		mentions map[string][]string // canonical name: its mentions
	}{
		{"The Edmonton Oilers beat the Halifax Gulls 4-1. The Oilers led from the start and the Gulls never caught up.",
			map[string][]string{"Edmonton Oilers": {"Edmonton Oilers", "Oilers"}, "Halifax Gulls": {"Halifax Gulls", "Gulls"}}},
		{"The San Antonio Drovers traded two players on Friday. Drovers fans were angry.",
			map[string][]string{"San Antonio Drovers": {"San Antonio Drovers", "Drovers"}}},
		{"The Ohio Republican Party backed the plan, though the Republican Party in Washington did not.",
			map[string][]string{"Ohio Republican Party": {"Ohio Republican Party"}}},
	}
	for _, c := range cases {
		got := map[string][]string{}
		for _, e := range Extract(textdoc.Analyze(c.text)) {
			if _, ok := c.mentions[e.Name]; !ok {
				continue
			}
			for _, m := range e.Mentions {
				got[e.Name] = append(got[e.Name], m.Text)
			}
		}
		assert.Equal(t, c.mentions, got, "%q", c.text)
	}
}
