package quote

import (
	"testing"

	"github.com/newsparse/newsparse/internal/entity"
	"github.com/newsparse/newsparse/internal/textdoc"
	"github.com/stretchr/testify/assert"
)

// speakerCase is a made-up text and the name of its last quotation's
// speaker.
type speakerCase = struct{ name, text, want string }

// checkLastSpeakers runs Extract on each case's text and checks the name
// of the speaker of its last quotation.
func checkLastSpeakers(t *testing.T, cases []speakerCase) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d := textdoc.Analyze(c.text)
			qs := Extract(d, entity.Extract(d))
			if assert.NotEmpty(t, qs) && assert.NotNil(t, qs[len(qs)-1].Speaker) {
				assert.Equal(t, c.want, qs[len(qs)-1].Speaker.Name)
			}
		})
	}
}

// speakersCase is a made-up text and the names of its quotations'
// speakers, in order.
type speakersCase = struct {
	name, text string
	want       []string
}

// checkSpeakers runs Extract on each case's text and checks that it finds
// as many quotations as the case names speakers, each with that speaker.
func checkSpeakers(t *testing.T, cases []speakersCase) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d := textdoc.Analyze(c.text)
			qs := Extract(d, entity.Extract(d))
			if !assert.Len(t, qs, len(c.want)) {
				return
			}
			for i, w := range c.want {
				if assert.NotNil(t, qs[i].Speaker, "speaker of %q", qs[i].Text) {
					assert.Equal(t, w, qs[i].Speaker.Name, "speaker of %q", qs[i].Text)
				}
			}
		})
	}
}

// nameOf returns the name of the speaker an attribution gives, "" for none.
func nameOf(at qattribution, ok bool) string {
	if !ok || at.sp == nil {
		return ""
	}
	return at.sp.Name
}
