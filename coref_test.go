package newsparse

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestCorefSpeakers checks that a speaker read from a pronoun, a
// description, a spokesperson or a possessive keeps its words as the
// mention and gains the entity it refers to, one class per case. The
// sentences are made up for the test.
func TestCorefSpeakers(t *testing.T) {
	cases := []struct {
		name, text    string
		mention, want string // the speaker's text and the entity's canonical name ("" for none)
	}{
		{"pronoun by gender", "Maria Lopez met Peter Hall on Monday. Hall left early.\n\n\"We will rebuild the bridge,\" she said.",
			"she", "Maria Lopez"},
		{"pronoun by salience", "Greg Olsen spoke to reporters after the vote. \"The result is clear,\" he said.",
			"he", "Greg Olsen"},
		{"it for an organisation", "Northwind Energy cut 300 jobs on Tuesday. \"Demand has collapsed,\" it said in a statement.",
			"it", "Northwind Energy"},
		{"company in focus", "Shares in Halvorsen Shipping Inc fell 4% after the profit warning.\n\n\"Freight rates remain weak,\" the company said.",
			"the company", "Halvorsen Shipping Inc"},
		{"security firm", "Brightline Security lost a contract with the city. \"We are disappointed,\" the security firm said.",
			"the security firm", "Brightline Security"},
		{"ministry by its name", "The Defence Ministry denied the claim on Friday.\n\n\"No troops crossed the border,\" the ministry said.",
			"the ministry", "Defence Ministry"},
		{"minister by title", "Finance Minister Anna Berg presented the budget. Opposition leaders walked out.\n\n\"This budget protects families,\" the minister said.",
			"the minister", "Anna Berg"},
		{"age", "Tom Reyes, 34, was hired in March. Police arrested a neighbour.\n\n\"I never expected this,\" the 34-year-old said.",
			"the 34-year-old", "Tom Reyes"},
		{"role from apposition", "Lucas Moreau, a rookie defenceman, scored twice on Saturday.\n\n\"It was a lucky night,\" the defenceman said.",
			"the defenceman", "Lucas Moreau"},
		{"a practitioner's noun by its shape", "Ben Ortiz spoke to supporters in Moncton on Monday.\n\n\"We have to rebuild these neighbourhoods,\" the retired neurosurgeon said.",
			"the retired neurosurgeon", "Ben Ortiz"},
		{"a sports role by its shape", "Sam Reid stopped 40 shots for the visitors on Saturday. \"I felt great,\" the netminder said.",
			"the netminder", "Sam Reid"},
		{"a practitioner introduced as new stays new", "Ben Ortiz opened the clinic. A neurosurgeon from Halifax joined him.\n\n\"The wait lists are too long,\" the neurosurgeon said.",
			"the neurosurgeon", ""},
		{"a description ends before a common verb", "Victor Salas spoke in Ames on Monday. The billionaire businessman began his speech with a joke: \"I love this state.\"",
			"The billionaire businessman", "Victor Salas"},
		{"a gendered noun predicated of a name tells its gender", "Neighbours lit candles on Friday for Henley, shot outside a bar last month. Henley is the second son she has buried.\n\n\"He carried this family,\" she said.",
			"she", ""},
		{"a document speaks for the body it comes from", "The Veterans League has twice complained to the campaign. A letter from the Veterans League warns that \"any further contact will be through our attorney.\"",
			"A letter from the Veterans League", "Veterans League"},
		{"generic person noun", "Victor Salas bought the newspaper in 2019.\n\n\"Print is not dead,\" the businessman said.",
			"the businessman", "Victor Salas"},
		{"spokesperson for a named body", "\"We are reviewing the decision,\" a Vodafone spokesman said.",
			"a Vodafone spokesman", "Vodafone"},
		{"spokesperson for a description", "Riverside United sacked its manager on Monday. \"The board acted quickly,\" a spokesman for the club said.",
			"a spokesman for the club", "Riverside United"},
		{"possessive", "Senator Ruth Adler was charged on Monday. \"She denies every count,\" her lawyer said.",
			"her lawyer", "Ruth Adler"},
		{"what someone wrote speaks for its author", "Leo Brandt is seeking a second term. Brandt's fundraising email to his backers notes that Judge Amy Cole \"has never bent the rules.\"",
			"Brandt's fundraising email", "Leo Brandt"},
		{"a plural possessive with a bare apostrophe", "Paul Marques is seeking a second term. Marques’ fundraising email to his backers notes that Judge Amy Cole “has never bent the rules.”",
			"Marques’ fundraising email", "Paul Marques"},
		{"it for a body the recogniser took for a person", "Harwood said demand for new homes in Scotland fell in the spring. \"Buyers waited to see where rates would go,\" it added.",
			"it", "Harwood"},
		{"its chief", "Orbis Telecom reported a loss. \"We expected a hard year,\" its chief said.",
			"its chief", "Orbis Telecom"},
		{"a new person stays new", "Anna Berg opened the fair. A man was later arrested.\n\n\"I did nothing wrong,\" the man said.",
			"the man", ""},
		{"indefinite description stays unresolved", "Anna Berg opened the fair. \"It was a mess,\" a businessman said.",
			"a businessman", ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			qs, err := Quotes(c.text)
			if !assert.NoError(t, err) {
				return
			}
			if !assert.Len(t, qs, 1) || !assert.NotNil(t, qs[0].Speaker) {
				return
			}
			sp := qs[0].Speaker
			assert.Equal(t, c.mention, sp.Text)
			assert.Equal(t, sp.Text, c.text[sp.Start:sp.End])
			if c.want == "" {
				assert.Empty(t, sp.Entity, "entity of %q", sp.Text)
				return
			}
			assert.NotEmpty(t, sp.Entity, "entity of %q", sp.Text)
			assert.Equal(t, c.want, sp.Name)
		})
	}
}
