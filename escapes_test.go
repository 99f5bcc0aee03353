package newsparse

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// An article escaped once too often (its line breaks and marks written as
// \n and \") gives the quotations, speakers, entities and figures of the
// article it came from, and every text shows the input as given.
func TestEscapedArticle(t *testing.T) {
	plain := strings.Join([]string{
		"Harbour board delays ferry terminal vote",
		"By Maren Holt",
		"HALIFAX — The harbour board put off a vote on the $40-million ferry terminal on Tuesday.",
		"\"We need another month,\" said board chair Colette Arsenault. \"Nobody wants to rush this.\"",
		"Dock worker Peter Vaughn, who has opposed the plan for two years, was not surprised.",
		"\"They always find a reason to wait,\" he said.",
		"Two workers were injured at the old terminal in March.",
	}, "\n\n")
	escaped := strings.NewReplacer("\n", `\n`, "\"", `\"`).Replace(plain)

	pa, err := Parse(plain)
	require.NoError(t, err)
	ea, err := Parse(escaped)
	require.NoError(t, err)
	checkSpans(t, "escaped", escaped, ea)
	assert.Equal(t, escaped, ea.Text())

	require.Len(t, ea.Quotes, len(pa.Quotes))
	require.Len(t, pa.Quotes, 3)
	speakers := func(a *Article) (out []string) {
		for _, q := range a.Quotes {
			if q.Speaker != nil {
				out = append(out, q.Speaker.Name)
			}
		}
		return out
	}
	assert.Equal(t, []string{"Colette Arsenault", "Colette Arsenault", "Peter Vaughn"}, speakers(pa))
	assert.Equal(t, speakers(pa), speakers(ea))
	assert.Equal(t, pa.Meta.Title, ea.Meta.Title)
	require.Len(t, ea.Money, 1)
	assert.Equal(t, pa.Money[0].Value, ea.Money[0].Value)
	require.Len(t, ea.Casualties, len(pa.Casualties))

	// a headline with quotation marks, as given
	ha, err := Parse(`Mayor says \"no\" to stadium\n\nBy Ann Lee\n\nThe mayor rejected the plan on Monday.`)
	require.NoError(t, err)
	assert.Equal(t, `Mayor says \"no\" to stadium`, ha.Meta.Title)

	// the functions of one extractor read it the same way
	qs, err := Quotes(escaped)
	require.NoError(t, err)
	require.Len(t, qs, 3)
	for _, q := range qs {
		assert.Equal(t, escaped[q.Start:q.End], q.Text)
	}
}
