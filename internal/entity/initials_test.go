package entity

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestInitials checks the initials an acronym of a name spells, one row per
// class, with names written for the test.
func TestInitials(t *testing.T) {
	cases := []struct{ class, name, want string }{
		{"small words are skipped", "Federation of Rowing and Sculling Associations", "frsa"},
		{"a 'The' opening the name is no initial", "The International Federation of Rowing Associations", "ifra"},
		{"an acronym is its own initials", "I.F.R.A.", "ifra"},
		{"a lower-case word that is no small word spells none", "Federation for rowing Associations", ""},
		{"one word has none", "Federation", ""},
	}
	for _, c := range cases {
		t.Run(c.class, func(t *testing.T) {
			assert.Equal(t, c.want, initials(c.name))
		})
	}
}
