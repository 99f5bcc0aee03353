package quote

import (
	"testing"

	"github.com/newsparse/newsparse/internal/entity"
	"github.com/newsparse/newsparse/internal/textdoc"
	"github.com/stretchr/testify/assert"
)

// TestReportingClauseOverModel checks quotations whose reporting clause
// grammar settles against the learned choice, which prefers a name nearby:
// the agent of a participle that modifies the cue's subject only handled
// the words, and a relative clause's subject reports them rather than the
// main clause's. The sentences are made up for the test; want is the last
// quotation's speaker name.
func TestReportingClauseOverModel(t *testing.T) {
	cases := []speakerCase{
		{"the agent of a participle modifying the subject is not the speaker",
			"Senator Ann Dole criticised the housing fund on Monday.\n\nTwo economists, Paul Reed and Lisa Marsh, found in 2019 that the bank is well run.\n\nA March 3 letter from the Veterans League obtained by the Daily Star warns that \"any further use will lead to legal action.\"",
			"Veterans League"},
		{"a relative clause that reports the words speaks for its own subject",
			"Senator Ann Dole criticised the housing fund, which an audit said was \"badly managed\" but not corrupt.",
			"an audit"},
		{"'in which' opens a relative clause too",
			"\"Tom Hale has changed his story every week,\" Ben Rivera said.\n\nRivera's campaign also went on the attack, emailing a video of Hale on a talk show from 2004, in which Hale called himself \"a friend of the unions\" and said he would raise taxes.",
			"Tom Hale"},
	}
	checkLastSpeakers(t, cases)
}

// TestCopulaSubject checks a name before a finite "be" with no verb after
// it, which is its clause's subject ("Verhoeven was on the ice"), unless a
// preposition takes it ("The mother of Sam Ford is a nurse"). The
// sentences are made up for the test; want is the last quotation's
// speaker name.
func TestCopulaSubject(t *testing.T) {
	cases := []speakerCase{
		{"a preposition's object is no subject",
			"Judge Owen Pratt sentenced the driver to six years on Monday. The mother of Leo Grant is a nurse.\n\n\"Nothing can excuse what you did,\" he told the driver.",
			"Owen Pratt"},
	}
	checkLastSpeakers(t, cases)
}

// TestSpeechNounCopula checks words a copula equates with a noun of speech
// and its possessor, a comma or colon before them as before speech, and
// words that judge what someone said, with no such mark. The sentences are
// made up for the test; want is the last quotation's speaker name.
func TestSpeechNounCopula(t *testing.T) {
	cases := []speakerCase{
		{"the possessor of the noun of speech, past an aside in brackets",
			"When Ruiz was at journalism school, he studied under Walter Grant, the veteran reporter who uncovered many scandals; Grant’s rule for his interns (told to me many times) was, “It’s not a real story until someone threatens to sue.”",
			"Walter Grant"},
		{"a judgement of what someone said is the judge's",
			"Nora Quinn, head of the Tenants Union, said Mayor Tom Reyes's comments were \"deeply unhelpful\" to renters.",
			"Nora Quinn"},
	}
	checkLastSpeakers(t, cases)
}

// TestMoreReportingVerbs checks verbs of speech that report the words
// before them as "said" does ("confided"). Verbs that as often
// take a scare quote or a mentioned word as their object ("laughed at the
// senator's “plan”", "inquired about the “private” trip", "instructed the
// jury to disregard the word “murderer”") are not among them. The
// sentences are made up for the test; want is the last quotation's
// speaker name.
func TestMoreReportingVerbs(t *testing.T) {
	cases := []speakerCase{
		{"confided",
			"Rita Okafor ran the shelter for a decade before handing it to Dan Mills.\n\n\"Some winters I slept in the office,\" Mills said.\n\n\"I was exhausted long before I left,\" Okafor confided.",
			"Rita Okafor"},
	}
	checkLastSpeakers(t, cases)
	for _, text := range []string{
		"Voters laughed at the senator's \"plan\" to fix the roads.",
		"Reporters inquired about the minister's \"private\" trip to Paris.",
		"The judge instructed the jury to disregard the word \"murderer\".",
	} {
		d := textdoc.Analyze(text)
		for _, q := range Extract(d, entity.Extract(d)) {
			assert.Nil(t, q.Speaker, "%s: %q", text, q.Text)
		}
	}
}

// TestFragmentInThatClause checks a fragment quoted in a clause that
// "that" opens after the main clause's verb, with no verb of saying: the
// main clause's subject found or held the words, not the clause's own
// subject they describe. The sentence is made up for the test.
func TestFragmentInThatClause(t *testing.T) {
	checkLastSpeakers(t, []speakerCase{
		{"found that … is “…”",
			"Two economists, Paul Reed and Lisa Marsh, found in 2019 that the Harbour Bank is \"the best run lender in the country\" and should expand.",
			"Two economists"},
	})
}
