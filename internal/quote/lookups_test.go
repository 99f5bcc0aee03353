package quote

import (
	"math/rand"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/newsparse/newsparse/internal/contract"
	"github.com/newsparse/newsparse/internal/lexicon"
	"github.com/newsparse/newsparse/internal/textdoc"
	"github.com/stretchr/testify/assert"
)

// TestMaxTitleSmallWord checks that no word of titleSmallWords is longer
// than the length wordCounts skips the look-up beyond.
func TestMaxTitleSmallWord(t *testing.T) {
	for w := range titleSmallWords {
		assert.LessOrEqual(t, len(w), maxTitleSmallWord, w)
	}
}

// TestLowerOrMark checks that a word lowerOrMark rules out is no name word,
// and that it rules out the plain lower-case words and marks.
func TestLowerOrMark(t *testing.T) {
	for _, w := range []string{"", "said", "al-Assad", "ul-Haq", "abc-De", "abcd-Ef", "co-founder", "a-", "x-Ray", "eBay", "iPhone",
		",", "(", "\u201c", "Hatami", "4Cast", "7-Eleven", "2004", "\u00e9lise", "\u00c9lise", "'s", "--"} {
		if lowerOrMark(w) {
			assert.False(t, lexicon.IsNameWord(w), "%q ruled out but a name word", w)
		}
	}
	for _, w := range []string{"said", "the", "cofounder", "eBay", ",", "(", "'s", "--"} {
		assert.True(t, lowerOrMark(w), w)
	}
}

// TestEntityIndex checks the index read from an entity's number against
// the entity holding the id, for ids numbered in order and not.
func TestEntityIndex(t *testing.T) {
	d := textdoc.Analyze("Ana Ruiz spoke.")
	for _, ids := range [][]string{{"e1", "e2", "e3"}, {"e1", "e3", "e2"}, {"x", "e2"}, {"e1", "e1"}, {"e01", "e2"}, {}} {
		ents := make([]contract.Entity, len(ids))
		for i, id := range ids {
			ents[i].ID = id
		}
		a := newQAttributor(d, ents, nil)
		for _, id := range []string{"e1", "e2", "e3", "e01", "e4", "x", "e", "", "e0", "e-1"} {
			want := -1
			for i, e := range ents {
				if e.ID == id {
					want = i // the last holder, as a map of the ids keeps it
				}
			}
			assert.Equal(t, want, a.entityIndex(id), "%q in %v", id, ids)
		}
	}
}

// TestLowTok checks a token's lower case, asked twice (the second time
// from its flags), against lexicon.Lower of the token.
func TestLowTok(t *testing.T) {
	d := textdoc.Analyze("“We Will Go,” said Mayor ÉLISE Ruiz-Díaz of NEW YORK. The Mayor left; the mayor, Ruiz-Díaz, WILL return.")
	a := newQAttributor(d, nil, nil)
	defer a.release()
	for round := 0; round < 2; round++ {
		for k := range d.Toks {
			assert.Equal(t, lexicon.Lower(d.Tok(k)), a.lowTok(k), "token %d %q, round %d", k, d.Tok(k), round)
		}
	}
	assert.Less(t, len(a.lowList), len(d.Toks), "one lower case per distinct word")
}

// TestClosedTwiceAhead checks the answer read from a paragraph's marks
// (curlyAhead) against reading the rest of the paragraph, at every offset
// of paragraphs of curly marks, straight marks and words.
func TestClosedTwiceAhead(t *testing.T) {
	parts := []string{"\u201c", "\u201d", "\u201c", "\u201d", "a ", "Why? ", "\"", "\u2019", "\n"}
	r := rand.New(rand.NewSource(7))
	for n := 0; n < 3000; n++ {
		var b strings.Builder
		b.WriteString("x ")
		for k := r.Intn(14); k > 0; k-- {
			b.WriteString(parts[r.Intn(len(parts))])
		}
		text := b.String()
		m := pairer{text: text, p: contract.Span{Start: 2, End: len(text)}}
		for x := 2; x <= len(text); x++ {
			if !utf8.RuneStart(text[x%len(text)]) && x < len(text) {
				continue
			}
			assert.Equal(t, closedTwiceAheadIn(text[x:]), m.closedTwiceAhead(x), "%q from %d", text, x)
		}
	}
	text := "\u201cHe asked: \u201cWhy?\u201d and left.\u201d"
	m := pairer{text: text, p: contract.Span{End: len(text)}}
	assert.True(t, m.closedTwiceAhead(len("\u201cHe asked: \u201c")), "a nested quotation, then the outer one closed")
}
