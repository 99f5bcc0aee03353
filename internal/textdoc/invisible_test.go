package textdoc

import (
	"strings"
	"testing"

	"github.com/newsparse/newsparse/internal/contract"
	"github.com/stretchr/testify/assert"
)

// TestInvisibleInsideWords: an invisible character inside a word stays in
// the word's token, which Tok reads without it; at a word's edge it belongs
// to no token; a zero-width space or byte-order mark parts words unless it
// stands between two letters.
func TestInvisibleInsideWords(t *testing.T) {
	tests := []struct{ in, spans, words string }{
		{"his neigh\u00adbor twice.", "his|neigh\u00adbor|twice|.", "his|neighbor|twice|."},
		{"the vic\u200dtim, Mr.\u200c Hale", "the|vic\u200dtim|,|Mr.|Hale", "the|victim|,|Mr.|Hale"},
		{"Whit\u2060field's car", "Whit\u2060field|'s|car", "Whitfield|'s|car"},
		{"re\u200bbuild and re\ufeffbuild", "re\u200bbuild|and|re\ufeffbuild", "rebuild|and|rebuild"},
		// a zero-width space or BOM next to anything but two letters is a space
		{"said.\u200bThe 40\u200bmen \u200bnow", "said|.|The|40|men|now", "said|.|The|40|men|now"},
		{"\ufeffPolice said", "Police|said", "Police|said"},
		// a soft hyphen at a word's edge is outside its token
		{"a \u00adword\u00ad here", "a|word|here", "a|word|here"},
	}
	for _, tc := range tests {
		d := Analyze(tc.in)
		var spans, words []string
		for i, s := range d.Toks {
			spans = append(spans, tc.in[s.Start:s.End])
			words = append(words, d.Tok(i))
		}
		assert.Equal(t, tc.spans, strings.Join(spans, "|"), "%q", tc.in)
		assert.Equal(t, tc.words, strings.Join(words, "|"), "%q", tc.in)
	}
}

// TestTokByte maps a byte of a token's word back to the text.
func TestTokByte(t *testing.T) {
	text := "New Yo\u00adrk-based firm"
	d := Analyze(text)
	assert.Equal(t, "York-based", d.Tok(1))
	k := strings.IndexByte(d.Tok(1), '-')
	assert.Equal(t, "-based", text[d.TokByte(1, k):d.Toks[1].End])
	assert.Equal(t, d.Toks[1].End, d.TokByte(1, len(d.Tok(1))))
	assert.Equal(t, "rk-based", text[d.TokByte(1, 2):d.Toks[1].End]) // past the hyphenation point
	plain := Analyze("New York-based firm")
	assert.Equal(t, plain.Toks[1].Start+4, plain.TokByte(1, 4))
}

// TestLowTokAndWords: LowTok is strings.ToLower of Tok, for ASCII words,
// words past ASCII and words with invisible characters; AppendWords gives
// Tok's words.
func TestLowTokAndWords(t *testing.T) {
	for _, text := range []string{
		"The Mayor of ÉVORA met KELVIN Hale in Zürich.",
		"His NEIGH\u00adBOR, Ms. Ōta, said: \u201cFine.\u201d",
	} {
		d := Analyze(text)
		words := d.AppendWords([]string{"x"}, 0, len(d.Toks))
		assert.Equal(t, len(d.Toks)+1, len(words))
		for i := range d.Toks {
			assert.Equal(t, strings.ToLower(d.Tok(i)), d.LowTok(i), "%q", d.Tok(i))
			assert.Equal(t, d.Tok(i), words[i+1])
		}
	}
	d := &Doc{Text: "Hale SAID", Toks: []contract.Span{{Start: 0, End: 4}, {Start: 5, End: 9}}}
	assert.Equal(t, "said", d.LowTok(1)) // a Doc not built by Analyze
}

// TestInvisibleOnlyToken: a bracketed invisible character gives a token
// whose word is empty, which the sentence splitter reads as any other.
func TestInvisibleOnlyToken(t *testing.T) {
	d := Analyze("He paused (\u00ad) and left. Then he came back.")
	assert.Len(t, d.Sents, 2)
}
