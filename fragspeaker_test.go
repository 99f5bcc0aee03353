package newsparse

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestFragmentSpeaker checks that the speaker of words quoted inside the
// writer's sentence is the subject of the verb that governs them, read by
// grammar, not the main clause's subject nor the nearest name. The
// sentences are made up for the test.
func TestFragmentSpeaker(t *testing.T) {
	cases := []struct {
		class, text, words, name string
	}{
		{"an infinitive of naming hangs on a participle whose subject 'with' brings",
			"The Hale campaign has denied the report, with spokesman Rob Tandy taking to Twitter to call the reporter \"a known fabulist\" on Monday.",
			"a known fabulist", "Rob Tandy"},
		{"an infinitive of naming hangs on a participle with its own subject",
			"Governor Ann Holt stayed silent, with her rival Senator Bo Ray rushing onto the stage to describe the budget as \"a slow-motion disaster\" before noon.",
			"a slow-motion disaster", "Bo Ray"},
		{"a verb referring to its object as the words, after a main clause of its own",
			"The vote passed easily, though Senator Bo Ray referred to the levy as \"a quiet theft\" in the debate.",
			"a quiet theft", "Bo Ray"},
		{"a verb of naming inside a reported clause: the reporter speaks",
			"At the forum Governor Ann Holt said that Senator Bo Ray now describes the plan as \"free money for all\" in his ads.",
			"free money for all", "Ann Holt"},
		{"a verb of telling reports a clause past its listener: the reporter speaks",
			"Governor Ann Holt told the committee that Senator Bo Ray describes the plan as \"free money for all\" in his ads.",
			"free money for all", "Ann Holt"},
		{"'point out' reports a clause whose verb of naming another's subject governs the words",
			"When Governor Ann Holt pointed out that Senator Bo Ray refers to the plan as \"free money for all,\" the audience laughed.",
			"free money for all,", "Ann Holt"},
		{"a copula after a noun of speech's clause judges the claim: the reporter speaks",
			"The two camps traded blows on Friday. Holt spokeswoman Dana Ruiz said Thursday that Ray's claim that Holt favours new taxes is \"simply not true.\" Holt has backed tax cuts.",
			"simply not true.", "Dana Ruiz"},
		{"a past copula after a charge's clause judges the charge: the reporter speaks",
			"Council leader Omar Diaz spoke to reporters on Monday. Diaz said that Mayor Lena Cho's charge that the council wasted money was \"pure fiction\" and promised an audit.",
			"pure fiction", "Omar Diaz"},
		{"a copula of a relative clause inside the claim's clause: the claim's source speaks (guard)",
			"Voters cheered Senator Bo Ray's claim that Holt favours a plan that is \"a sham\" at the rally.",
			"a sham", "Bo Ray"},
		{"a possessive before a noun of speech",
			"Voters cheered Senator Bo Ray's call for \"a fair wage for every worker\" at the rally in Dayton, where Governor Ann Holt spoke first.",
			"a fair wage for every worker", "Bo Ray"},
	}
	for _, c := range cases {
		t.Run(c.class, func(t *testing.T) {
			if sp, ok := speakerOfWords(t, c.text, c.words); ok && assert.NotNil(t, sp, "speaker of %q", c.words) {
				assert.Equal(t, c.name, sp.Name, "speaker of %q", c.words)
			}
		})
	}
}

// speakerOfWords returns the speaker of text's quotation whose words are
// words, and false (the test failed) when there is no such quotation.
func speakerOfWords(t *testing.T, text, words string) (*Speaker, bool) {
	t.Helper()
	got, ok := quotesChecked(t, text)
	if !ok {
		return nil, false
	}
	for _, g := range got {
		if g.Text == words {
			return g.Speaker, true
		}
	}
	for _, g := range got {
		t.Logf("got %q %+v", g.Text, g.Speaker)
	}
	t.Errorf("no quotation %q", words)
	return nil, false
}
