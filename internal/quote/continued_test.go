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
