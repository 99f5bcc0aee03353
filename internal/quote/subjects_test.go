package quote

import (
	"testing"

	"github.com/newsparse/newsparse/internal/entity"
	"github.com/newsparse/newsparse/internal/textdoc"
	"github.com/stretchr/testify/assert"
)

// TestCueSubject checks the subject the rules read for the first cue of
// the first quotation, one class of clause per case. The sentences are
// made up for the test.
func TestCueSubject(t *testing.T) {
	cases := []struct{ name, text, want string }{
		{"the agent of a participle modifying the subject does not speak",
			"A Feb. 1 letter from the Veterans League obtained by The Daily Ledger warns that \"any further contact will be through our attorney.\"",
			"letter from the Veterans League"},
		{"a subject without a participle after it",
			"The Daily Ledger warns that \"any further contact will be through our attorney.\"",
			"Daily Ledger"},
		{"a time phrase with a quantifier opening the sentence is no subject",
			"But a few days later, Mark Ruiz reversed himself again, telling the radio station that the rules \"are settled and must stay that way.\"",
			"Mark Ruiz"},
		{"the subject of a clause that 'as' opens is that clause's own",
			"Carl Ruiz kept talking as the heckler yelled: \"Nobody believes you!\"",
			"the heckler"},
		{"one person's two roles joined by 'and', a name qualifying the second",
			"\"America is built on the car,\" the rapper and Tall Tales producer later said.",
			"the rapper"},
		{"an apposition between dashes before the verb",
			"Jason Moss \u2014 a teacher from Dover \u2014 says he made a late choice to vote for Ana Ruiz, and that Mayor Bo Ray's support was \u201ca big deal.\u201d",
			"Jason Moss"},
		{"a name in apposition between dashes to a description before it",
			"A former Senate candidate -- Tom Hale, who lost the 2010 race -- said the plan \"offered nothing new.\"",
			"Tom Hale"},
		{"a participle after 'with' and a name qualifying a noun",
			"The Larkins drew eight million viewers, with the Daily Ledger newspaper describing the series as \"a cross between two sitcoms\".",
			"Daily Ledger"},
		{"a participle after 'with' and a description",
			"The Larkins drew eight million viewers, with one critic describing the series as \"a cross between two sitcoms\".",
			"one critic"},
		{"a reflexive after the subject",
			"Senator Bo Ray himself has softened his attacks on Governor Ann Holt, admitting that his \"grand coalition\" will fail.",
			"Bo Ray"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d := textdoc.Analyze(c.text)
			a := newQAttributor(d, entity.Extract(d), pairQuotes(d))
			if !assert.NotEmpty(t, a.qs) {
				return
			}
			cues := a.findCues(a.qs[0], nil)
			if !assert.NotEmpty(t, cues) {
				return
			}
			n := a.subject(cues[0])
			assert.Equal(t, c.want, c.text[n.s:n.e])
		})
	}
}

// TestMainSubjectApposition checks the subject of a sentence whose name
// an apposition follows, for the pronouns and descriptions that go back to
// it. The sentences are made up for the test.
func TestMainSubjectApposition(t *testing.T) {
	cases := []struct{ name, text, want string }{
		{"an apposition of 'the head of' a body before the verb",
			"Anna Vries, the head of Polder Films until last year, told a radio show that the industry was struggling.",
			"Anna Vries"},
		{"a name and a relative clause inside the clause a set-off subject governs",
			"But Ruiz, speaking to the radio station, also admits Lowe, who has been linked with the Hawks, will decide his own future.",
			"Ruiz"},
		{"an apposition holding a relative clause before the verb",
			"Dr Tomas Wirth, a researcher at the Oslo Institute of Science who studies music networks, said Zentra was the next step.",
			"Tomas Wirth"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d := textdoc.Analyze(c.text)
			a := newQAttributor(d, entity.Extract(d), pairQuotes(d))
			st := d.Sents[0]
			n := a.mainSubject(st.TokStart, st.TokEnd)
			if assert.NotEqual(t, qnNone, n.kind) {
				assert.Equal(t, c.want, c.text[n.s:n.e])
			}
		})
	}
}

// TestPronounAfterRoleWithRelative checks that "he" goes back to a
// description of a person the sentence before opens, past the relative
// clause after it, not to a person named earlier. The sentences are made up
// for the test.
func TestPronounAfterRoleWithRelative(t *testing.T) {
	text := "\"It is a fine result,\" said Tom Vale, an analyst at Kestrel Bank. However, one trader, who asked not to be named, told the paper the sales were poor. \"The whole sector has had a hard winter,\" he said."
	d := textdoc.Analyze(text)
	a := newQAttributor(d, entity.Extract(d), pairQuotes(d))
	st := d.Sents[1]
	n := a.mainSubject(st.TokStart, st.TokEnd)
	if assert.Equal(t, qnRole, n.kind) {
		assert.Equal(t, "one trader", text[n.s:n.e])
	}
	c, ok := a.antecedent(len(text)-8, 'm')
	if assert.True(t, ok) {
		assert.Equal(t, "one trader", c.name)
	}
}

// TestPluralQualifiesTitle checks a speaker named after a body and a title
// that a plural noun qualifies, shaped like a verb in the third person
// ("sales chief", "standards officer"): the person speaks, not the body.
// The sentences are made up for the test; want is the last quotation's
// speaker name.
func TestPluralQualifiesTitle(t *testing.T) {
	checkLastSpeakers(t, []speakerCase{
		{"a plural before a title, after an inverted cue",
			"Shops in the town were fined. \"This is a scandal,\" said Kent trading standards officer Tom Vale.",
			"Tom Vale"},
		{"a plural before a title, a place before it",
			"Wales lost to Italy in the final. \"We have the will to win this cup,\" said Wales sevens coach Tom Vale.",
			"Tom Vale"},
		{"a plural before a title, a body before it",
			"The firm lost money again. \"It has been a hard year,\" said Acme sales chief Ann Ruiz.",
			"Ann Ruiz"},
		{"a title without a plural before it",
			"The firm lost money again. \"It has been a hard year,\" said Acme chief executive Ann Ruiz.",
			"Ann Ruiz"},
	})
}

// TestWithChain checks a participle of speech after a comma that closes a
// clause "with" and a noun phrase open: it goes on with that phrase, the
// first participle's subject, not the main clause's. The sentences are
// made up for the test; want is the last quotation's speaker name.
func TestWithChain(t *testing.T) {
	checkLastSpeakers(t, []speakerCase{
		{"a second participle after a with-clause",
			"The trouble began on the morning show, with Ann Ruiz marching up to him, saying \"Tom, this is nonsense\" while she tried to object.",
			"Ann Ruiz"},
		{"a second participle after a participle clause without 'with'",
			"Ann Ruiz left the stage on Monday, waving to the crowd, saying \"we will be back\" as she went.",
			"Ann Ruiz"},
	})
}
