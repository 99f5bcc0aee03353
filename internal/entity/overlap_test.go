package entity

import (
	"testing"

	"github.com/newsparse/newsparse/internal/contract"
	"github.com/newsparse/newsparse/internal/textdoc"
	"github.com/stretchr/testify/require"
)

// TestAddedPlacesNeverOverlap: the dateline's and the headline's places are
// added only where no mention of any entity lies already, whatever form that
// mention has ("LONDON-" held by an entity the lexicon key does not match).
func TestAddedPlacesNeverOverlap(t *testing.T) {
	text := "Bridge reopens in London\n\nLONDON (Reuters) - The bridge over the river in London reopened."
	d := textdoc.Analyze(text)
	require.NotNil(t, d.Meta.Dateline, "the test needs a dateline")
	dl := d.Meta.Dateline.Start
	body := len(text) - len("London reopened.")
	title := len("Bridge reopens in ")
	odd := func() []contract.Entity {
		return []contract.Entity{
			{ID: "e1", Type: contract.GPE, Name: "LONDON-", Titles: []string{},
				Mentions: []contract.Mention{{Start: dl, End: dl + 7, Text: text[dl : dl+7]}}},
			{ID: "e2", Type: contract.Org, Name: "Bridge", Titles: []string{},
				Mentions: []contract.Mention{{Start: title, End: title + 6, Text: "London"}}},
			{ID: "e3", Type: contract.GPE, Name: "London", Titles: []string{},
				Mentions: []contract.Mention{{Start: body, End: body + 6, Text: "London"}}},
		}
	}
	for name, ents := range map[string][]contract.Entity{
		"dateline": datelinePlace(d, odd()),
		"title":    titlePlaces(d, odd()),
	} {
		var ms []contract.Mention
		for _, e := range ents {
			ms = append(ms, e.Mentions...)
		}
		for i := range ms {
			for j := range i {
				require.False(t, ms[i].Start < ms[j].End && ms[j].Start < ms[i].End, "%s: %+v overlaps %+v", name, ms[i], ms[j])
			}
		}
	}
}

// TestDatelinePlaceSupersedesPartOfIt: a place the tagger found inside the
// dateline's place ("LOUIS" of "ST. LOUIS") gives way to the whole of it.
func TestDatelinePlaceSupersedesPartOfIt(t *testing.T) {
	text := "Man shot in north county\n\nST. LOUIS (AP) - A man was shot in the county on Friday."
	d := textdoc.Analyze(text)
	require.NotNil(t, d.Meta.Dateline, "the test needs a dateline")
	dl := d.Meta.Dateline.Start
	part := []contract.Entity{{ID: "e1", Type: contract.GPE, Name: "LOUIS", Titles: []string{},
		Mentions: []contract.Mention{{Start: dl + 4, End: dl + 9, Text: "LOUIS"}}}}
	ents := datelinePlace(d, part)
	require.NotEmpty(t, ents)
	require.Equal(t, "St. Louis", ents[0].Name)
	require.Equal(t, []contract.Mention{{Start: dl, End: dl + 9, Text: "ST. LOUIS"}}, ents[0].Mentions)
	for _, e := range ents {
		require.NotEqual(t, "LOUIS", e.Name)
	}
}

// TestDatelineNotAddedDropsNothing: a dateline's first part that names no
// known place and shows itself no dateline (no agency) is not added, and so
// takes no place mention of the tagger's inside it away.
func TestDatelineNotAddedDropsNothing(t *testing.T) {
	text := "Bridge reopens\n\nKESTREL HARBOUR - The bridge over the river reopened on Monday."
	d := textdoc.Analyze(text)
	require.NotNil(t, d.Meta.Dateline, "the test needs a dateline")
	require.Empty(t, d.Meta.Dateline.Agency, "the test needs a dateline without an agency")
	dl := d.Meta.Dateline.Start
	inner := []contract.Entity{{ID: "e1", Type: contract.GPE, Name: "Harbour", Titles: []string{},
		Mentions: []contract.Mention{{Start: dl + 8, End: dl + 15, Text: "HARBOUR"}}}}
	ents := datelinePlace(d, inner)
	require.Len(t, ents, 1)
	require.Equal(t, []contract.Mention{{Start: dl + 8, End: dl + 15, Text: "HARBOUR"}}, ents[0].Mentions)
}

// TestTitleCase: a place given in capitals is written as a name, its words
// parted by any space, a no-break one too.
func TestTitleCase(t *testing.T) {
	for in, want := range map[string]string{
		"NEW YORK":        "New York",
		"SAINT\u00a0JOHN": "Saint John",
		"WINSTON-SALEM":   "Winston-Salem",
		"St. Louis":       "St. Louis",
	} {
		if got := TitleCase(in); got != want {
			t.Errorf("TitleCase(%q) = %q, want %q", in, got, want)
		}
	}
}
