package quote

import (
	"testing"

	"github.com/newsparse/newsparse/internal/contract"
	"github.com/newsparse/newsparse/internal/entity"
	"github.com/newsparse/newsparse/internal/textdoc"
	"github.com/stretchr/testify/assert"
)

// TestContinued checks which quotations reopen, without a cue, the one the
// paragraph before left open, so that the model keeps their speaker. The
// sentences are made up for the test.
func TestContinued(t *testing.T) {
	cases := []struct {
		name, text string
		want       bool // for the last quotation
	}{
		{"a quotation reopened in the next paragraph without a cue",
			"Managing director David Monroe says his firm leads the field.\n\n\"There are a few basic technologies out there.\n\n\"No-one has tried to make proper positional audio.\" Sonotek works with Docomo.",
			true},
		{"a reopened quotation with a cue of its own",
			"Managing director David Monroe says his firm leads the field.\n\n\"There are a few basic technologies out there.\n\n\"No-one has tried to make proper positional audio,\" said Ann Holt.",
			false},
		{"a quotation closed in the paragraph before",
			"Managing director David Monroe says his firm leads the field.\n\n\"There are a few basic technologies out there.\"\n\n\"No-one has tried to make proper positional audio.\" Sonotek works with Docomo.",
			false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d := textdoc.Analyze(c.text)
			a := newQAttributor(d, entity.Extract(d), pairQuotes(d))
			if !assert.Len(t, a.qs, 2) {
				return
			}
			for _, q := range a.qs {
				a.rememberCues(q, a.findCues(q, nil))
			}
			sp := &contract.Speaker{Name: "David Monroe"}
			assert.Equal(t, c.want, a.continued(1, sp, []*contract.Speaker{sp, nil}))
		})
	}
}

// TestCueReportingItsOwnClause checks quotations that a later reporting
// verb does not attribute because it reports a clause of its own ("Vale
// insisted he is fit", "Cole said she had been told by …"): the speaker
// of the paragraph before goes on, and no cue inside that clause ("told
// by") speaks instead. The sentences are made up for the test; want lists
// the speaker names of the quotations in order.
func TestCueReportingItsOwnClause(t *testing.T) {
	cases := []speakersCase{
		{"a verb and a pronoun after a quotation that ends its sentence",
			"Ann Ruiz will meet Tom Vale in the final. The Swede made the semi-finals with a win over Carl Berg. \"I felt I was hitting the ball much better,\" said Ruiz.\n\n\"I felt I had a lot of chances, and I took most of them. \"That was the key to the set.\" Vale shrugged off the loss and insisted he is thinking only of the Open.",
			[]string{"Ann Ruiz", "Ann Ruiz", "Ann Ruiz"}},
		{"a passive's agent inside the clause a later verb reports",
			"Ann Cole, from the Parents Trust, said the plan \"lacked teeth\".\n\n\"We would like to see a plan agreed by both sides. \"Otherwise, people make deals which fall apart.\" Ms Cole said she had been told by the minister Jo Hale there was no time left.",
			[]string{"Ann Cole", "Ann Cole", "Ann Cole"}},
		{"'according to' in a later sentence gives its own clause's source",
			"Phones sell well, said the firm. \"Buyers here have long cared how a phone looks,\" said Ms Ruiz.\n\n\"Buyers want a handset that looks good, and music matters to them as well. \"This year music will play a part.\" The market for music downloads was worth $20 million in 2004, according to Kestrel Research.",
			[]string{"Ruiz", "Ruiz", "Ruiz"}},
		{"a later verb that reports nothing after it still speaks",
			"Ann Ruiz will meet Tom Vale in the final. \"I felt I was hitting the ball much better,\" said Ruiz.\n\n\"I had a lot of chances. \"That was the key.\" Vale said.",
			[]string{"Ann Ruiz", "Tom Vale", "Tom Vale"}},
	}
	checkSpeakers(t, cases)
}
