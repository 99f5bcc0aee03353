package newsparse

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestSpeakerCanSpeak checks, one row per class, that a quotation's
// speaker is someone or something that can speak (a person, a body, a
// group of people, a document or medium that carries words) and that the
// subject of the cue verb speaks when it is a description or a document.
// mention is the speaker's words; "" for no speaker; notMention is words
// that must not be the speaker, notCue a word that is no cue. The sentences are made up for the test.
func TestSpeakerCanSpeak(t *testing.T) {
	cases := []struct {
		class, text, quote, mention, notMention string
		notCue                                  string
	}{
		{"a dateline left in the text is no subject",
			"Budget talks stalled again this week.\n\nSPRINGFIELD — Sen. Ann Holt (D-Ill.) on Monday played down the mayor's attack on the plan — a fight that has split the party all week — and said it was \"a gift to developers.\"",
			"a gift to developers.", "Ann Holt", "SPRINGFIELD", ""},
		{"a day between the subject and its verb: the subject of the verb coordinated after a dash's aside speaks",
			"Budget talks stalled again this week.\n\nSPRINGFIELD — Sen. Ann Holt (D-Ill.) on Wednesday played down the mayor's attack on a federal judge — a row that has split the party all week — and said it was just like Justice Bo Ray referring to himself as \"a friend of builders.\"",
			"a friend of builders.", "Ann Holt", "Justice", ""},
		{"a crowd chants",
			"Mayor Tom Reyes spoke for an hour in Dover. At one point the crowd chanted \"Four more years!\"",
			"Four more years!", "the crowd", "", ""},
		{"a sign reads",
			"Outside the hall on Monday, a sign read \"Save our library.\"",
			"Save our library.", "a sign", "", ""},
		{"an ad says",
			"The union released a new ad on Monday. \"Ann Holt has failed this state,\" the ad says.",
			"Ann Holt has failed this state,", "the ad", "", ""},
		{"people coordinated after 'with' chant, not the place that opens the sentence",
			"Orlando was on everyone's mind, with marchers and spectators chanting \"Disarm hate.\"",
			"Disarm hate.", "marchers and spectators", "Orlando", ""},
		{"the plural of an abstract noun opening the sentence is no one",
			"Frustrations at the mayor's slide in the polls, combined with a report in the Daily Ledger about his campaign \"running out of cash,\" have begun to spread.",
			"running out of cash,", "", "Frustrations", ""},
		{"a noun after a determiner and an adjective is no cue: 'the bitter chant'",
			"Mayor Tom Reyes took the stage in Dover, and at one point the crowd reprised the bitter chant \"Lock him up!\"",
			"Lock him up!", "", "the bitter", "chant"},
	}
	for _, c := range cases {
		t.Run(c.class, func(t *testing.T) {
			qs, err := Quotes(c.text)
			if !assert.NoError(t, err) {
				return
			}
			for _, q := range qs {
				if q.Text != c.quote {
					continue
				}
				if c.notCue != "" {
					assert.NotEqual(t, c.notCue, q.Cue)
				}
				if c.notMention != "" && q.Speaker != nil {
					assert.NotEqual(t, c.notMention, q.Speaker.Text)
				}
				if c.mention != "" && assert.NotNil(t, q.Speaker, "speaker of %q", q.Text) {
					assert.Equal(t, c.mention, q.Speaker.Text)
				}
				return
			}
			if c.mention != "" {
				t.Errorf("no quotation %q in %+v", c.quote, qs)
			}
		})
	}
}
