package quote

import (
	"testing"

	"github.com/newsparse/newsparse/internal/entity"
	"github.com/newsparse/newsparse/internal/textdoc"
	"github.com/stretchr/testify/assert"
)

// TestFocusPerson checks which person an article is about: the one named
// most, often enough and well ahead of the next. The sentences are made
// up for the test.
func TestFocusPerson(t *testing.T) {
	cases := []struct {
		name, text, want string // want: the focus's name, or "" for none
	}{
		{"one person named far more than any other",
			"Mara Quinn runs the ferry. Quinn started young. Critics call Quinn stubborn. Tom Reyes disagrees.", "Mara Quinn"},
		{"two people named about as often",
			"Mara Quinn runs the ferry. Quinn started young. Critics call Quinn stubborn. Tom Reyes disagrees. Reyes says Reyes knows best.", ""},
		{"a person named twice is no focus",
			"Mara Quinn runs the ferry. Quinn started young.", ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d := textdoc.Analyze(c.text)
			a := newQAttributor(d, entity.Extract(d), pairQuotes(d))
			got := ""
			if f := a.focusPerson(); f >= 0 {
				got = a.ents[f].Name
			}
			assert.Equal(t, c.want, got)
		})
	}
}

// TestWritersQuestion checks which sentences are the writer's questions,
// which a quotation after them answers. The sentences are made up for the
// test.
func TestWritersQuestion(t *testing.T) {
	cases := []struct {
		name, text string
		want       bool // for the first sentence
	}{
		{"the writer asks", "So is the ferry finished, as Tom Reyes claimed? \"No.\"", true},
		{"a quotation asks", "\"Is the ferry finished?\" \"No.\"", false},
		{"a statement", "The ferry is finished, Tom Reyes claimed. \"No.\"", false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d := textdoc.Analyze(c.text)
			a := newQAttributor(d, entity.Extract(d), pairQuotes(d))
			assert.Equal(t, c.want, a.writersQuestion(0))
		})
	}
}
