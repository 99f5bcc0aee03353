package entity

import (
	"testing"

	"github.com/newsparse/newsparse/internal/textdoc"
	"github.com/stretchr/testify/assert"
)

func TestPartyTag(t *testing.T) {
	assert.True(t, partyTag("D-N.C."))
	assert.False(t, partyTag("Al-Qaeda"))
	assert.False(t, partyTag("Rep. Gail Hartley"))
}

func TestNameTokens(t *testing.T) {
	assert.Equal(t, []string{"martin", "luther", "king"}, nameTokens("Martin Luther King Jr."))
}

// mentionsOf returns "TYPE:text" for every mention Extract finds in text.
func mentionsOf(text string) []string {
	var got []string
	for _, e := range Extract(textdoc.Analyze(text)) {
		for _, m := range e.Mentions {
			got = append(got, string(e.Type)+":"+m.Text)
		}
	}
	return got
}

func TestPlaceOpeningAQuotation(t *testing.T) {
	// the tagger's ORG at the start of a quotation is the article's place…
	got := mentionsOf("Government forces shelled villages near Idlib on Monday.\n\n\"Idlib will return to the state,\" the minister said.")
	assert.Equal(t, []string{"GPE:Idlib", "GPE:Idlib"}, got)
	// …but not in a report that names its teams by their cities
	got = mentionsOf("Boston beat Baltimore 4-2 on Sunday. Baltimore had won six games in a row.\n\n" +
		"\"Boston played well,\" the Baltimore manager said. Fans in Boston celebrated.")
	assert.Contains(t, got, "ORG:Boston")
	assert.NotContains(t, got, "GPE:Baltimore")
}

func TestNameInCapitals(t *testing.T) {
	es := Extract(textdoc.Analyze("CHRIS WALLACE, HOST: Welcome back.\n\nANA KANE: Thank you, Chris.\n\nWALLACE: Will it pass?"))
	if assert.NotEmpty(t, es) {
		assert.Equal(t, "Chris Wallace", es[0].Name, "a person's name the article writes only in capitals, each word as another mention spells it or in title case")
	}
}
