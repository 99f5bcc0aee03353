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

// nameOf returns the name of the speaker an attribution gives, "" for none.
func nameOf(at qattribution, ok bool) string {
	if !ok || at.sp == nil {
		return ""
	}
	return at.sp.Name
}
