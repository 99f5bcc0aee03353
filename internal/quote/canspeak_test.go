package quote

import (
	"strings"
	"testing"

	"github.com/newsparse/newsparse/internal/textdoc"
	"github.com/stretchr/testify/assert"
)

// TestDatelineTok checks that a place in capitals opening a paragraph
// before a dash is a dateline, wherever the paragraph stands, and that a
// word in capitals elsewhere is not. The sentences are made up for the
// test.
func TestDatelineTok(t *testing.T) {
	cases := []struct {
		text, word string
		want       bool
	}{
		{"Budget talks stalled again this week.\n\nSPRINGFIELD — Sen. Ann Holt spoke on Monday.", "SPRINGFIELD", true},
		{"The mayor spoke first.\n\nDECATUR, Ill. — Sen. Ann Holt spoke on Monday.", "DECATUR", true},
		{"The mayor spoke first.\n\nNASA said the launch — the third this year — went well.", "NASA", false},
		{"The mayor spoke first. SPRINGFIELD — the city — is broke.", "SPRINGFIELD", false},
	}
	for _, c := range cases {
		d := textdoc.Analyze(c.text)
		a := newQAttributor(d, nil, nil)
		i := a.tokAt(strings.Index(c.text, c.word))
		assert.Equal(t, c.want, a.datelineTok(i), "%q in %q", c.word, c.text)
	}
}

// TestHeadSpeaks checks the heads of descriptions that can speak (people,
// groups of people, bodies, documents and media) against those that name
// no one.
func TestHeadSpeaks(t *testing.T) {
	for _, w := range []string{"spokesman", "crowd", "marchers", "sign", "ad", "poll", "statement", "letter", "email",
		"friend", "experts", "strategist", "chairmen", "authors", "two", "46-year-old", "voice-over", "column"} {
		assert.True(t, headSpeaks(w), w)
	}
	for _, w := range []string{"salvo", "personal", "ahead", "clear", "frustration", "hat", "cycle", "evidence"} {
		assert.False(t, headSpeaks(w), w)
	}
}

// TestLegalCase checks that a court case's name, two parties joined by
// "v." or "vs.", is told from the names of people and bodies.
func TestLegalCase(t *testing.T) {
	for _, n := range []string{"Roe v. Wade", "R. v. Jordan", "Hale vs. Morrow", "Brown v Board"} {
		assert.True(t, legalCase(n), n)
	}
	for _, n := range []string{"Ana Ruiz", "Victoria Holt", "V. S. Naipaul", "Guy Verhofstadt", "Lumen v2 Labs"} {
		assert.False(t, legalCase(n), n)
	}
}

// TestPluralAgrees checks that a bare reporting verb after a determiner
// and a word is a verb only when the word can be its plural subject.
func TestPluralAgrees(t *testing.T) {
	assert.True(t, pluralAgrees("claim", "claim", "officials"))
	assert.True(t, pluralAgrees("notes", "note", "mayor"))
	assert.True(t, pluralAgrees("say", "say", "police"))
	assert.False(t, pluralAgrees("chant", "chant", "bitter"))
	assert.False(t, pluralAgrees("claim", "claim", "new"))
}

// TestNamesSomeone checks that a description whose last word names no one
// still can speak when another of its words does ("a person close", cut
// before "to the family"; "one Republican involved"), and not otherwise.
func TestNamesSomeone(t *testing.T) {
	cases := []struct {
		text, phrase string
		want         bool
	}{
		{"Ann Holt met a person close to the family on Monday.", "a person close", true},
		{"Ann Holt met one Republican involved in the plan on Monday.", "one Republican involved", true},
		{"The campaign began its first salvo on Monday.", "its first salvo", false},
		{"Ann Holt faced the tough fight ahead on Monday.", "the tough fight ahead", false},
	}
	for _, c := range cases {
		d := textdoc.Analyze(c.text)
		a := newQAttributor(d, nil, nil)
		s := strings.Index(c.text, c.phrase)
		ks, ke := a.tokAt(s), a.tokAt(s+len(c.phrase)-1)
		assert.Equal(t, c.want, a.namesSomeone(ks, ke), c.phrase)
	}
}
