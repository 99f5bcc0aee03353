package newsparse

import (
	"encoding/json"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/newsparse/newsparse/internal/lexicon"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// invisibles are the characters web text leaves inside words, inserted in
// turn by withInvisibles.
var invisibles = [...]string{"\u00ad", "\u200b", "\u200c", "\u200d", "\u2060", "\ufeff"}

// withInvisibles returns text with an invisible character after the second
// letter of every word of five letters or more, and shift, which gives the
// offset in the new text of each offset of text (len(text)+1 entries).
func withInvisibles(text string) (string, []int) {
	var b strings.Builder
	shift := make([]int, len(text)+1)
	n, run := 0, 0
	for i := 0; i < len(text); {
		r, size := utf8.DecodeRuneInString(text[i:])
		if unicode.IsLetter(r) {
			run++
		} else {
			run = 0
		}
		for k := 0; k < size; k++ {
			shift[i+k] = b.Len() + k
		}
		b.WriteString(text[i : i+size])
		i += size
		if run == 2 && wordLen(text, i-2) >= 5 {
			b.WriteString(invisibles[n%len(invisibles)])
			n++
		}
	}
	shift[len(text)] = b.Len()
	return b.String(), shift
}

// wordLen returns the number of letters of the word starting at text[i].
func wordLen(text string, i int) int {
	n := 0
	for _, r := range text[i:] {
		if !unicode.IsLetter(r) {
			break
		}
		n++
	}
	return n
}

// articleJSON returns the parse of text as generic JSON.
func articleJSON(t *testing.T, text string) any {
	t.Helper()
	a, err := Parse(text)
	require.NoError(t, err)
	raw, err := json.Marshal(a)
	require.NoError(t, err)
	var v any
	require.NoError(t, json.Unmarshal(raw, &v))
	return v
}

// mapOffsets rewrites, in the JSON v, every "start" and "end" by shift and
// every string without invisible characters.
func mapOffsets(v any, shift []int) any {
	switch x := v.(type) {
	case map[string]any:
		for k, e := range x {
			if f, ok := e.(float64); ok && (k == "start" || k == "end") && shift != nil {
				x[k] = float64(shift[int(f)])
				continue
			}
			x[k] = mapOffsets(e, shift)
		}
	case []any:
		for i, e := range x {
			x[i] = mapOffsets(e, shift)
		}
	case string:
		return lexicon.DropInvisible(x)
	}
	return v
}

func TestInvisibleCharactersInsideWords(t *testing.T) {
	texts := []string{
		"Police said he shot his neighbor twice. One slug struck the victim.",
		"Three people were killed and seven others wounded when gunmen opened fire on a market in northern Nigeria, officials said.",
		`"We will rebuild every school," Governor Amanda Whitfield said on Tuesday in Sacramento.`,
		"The company agreed to pay $4.5 million to settle the lawsuit, and Microsoft will invest 200 million euros in Ireland.",
		"Detective Sergeant Paul Brennan told reporters the gunman, a 34-year-old teacher, surrendered to officers in Manchester.",
		`Prime Minister Justin Trudeau said Canada would send troops. "This is not a decision we take lightly," he told parliament in Ottawa.`,
		"Two firefighters died and a resident was injured in the blaze, according to the Dayton fire service.",
	}
	for _, plain := range texts {
		inv, shift := withInvisibles(plain)
		require.NotEqual(t, plain, inv)
		want := mapOffsets(articleJSON(t, plain), shift)
		got := mapOffsets(articleJSON(t, inv), nil)
		assert.Equal(t, want, got, "%q", inv)
	}
}

// TestInvisibleSpansKeepInput checks that every span of a text with
// invisible characters covers the input's bytes and stands on rune bounds.
func TestInvisibleSpansKeepInput(t *testing.T) {
	text := "Police said he shot his neigh\u00adbor twice. One slug struck the vic\u00adtim.\n\n" +
		"Gov\u200bernor Amanda Whit\u2060field said:\u200b\"We will re\u200dbuild.\" Mi\u200ccrosoft will pay $4.5 mil\u00adlion."
	a, err := Parse(text)
	require.NoError(t, err)
	require.Len(t, a.Casualties, 2)
	assert.Equal(t, "neigh\u00adbor", a.Casualties[0].Who)
	assert.Equal(t, "vic\u00adtim", a.Casualties[1].Who)
	require.Len(t, a.Money, 1)
	assert.Equal(t, "$4.5 mil\u00adlion", text[a.Money[0].Start:a.Money[0].End])
	require.NotNil(t, a.Money[0].Value)
	assert.Equal(t, 4.5e6, *a.Money[0].Value)
	names := map[string]bool{}
	for _, e := range a.Entities {
		names[e.Name] = true
		for _, m := range e.Mentions {
			assert.True(t, utf8.ValidString(text[m.Start:m.End]), "%q", text[m.Start:m.End])
			assert.Equal(t, m.Text, text[m.Start:m.End])
		}
	}
	assert.True(t, names["Amanda Whit\u2060field"], "%v", names)
	require.Len(t, a.Quotes, 1)
	assert.Equal(t, "We will re\u200dbuild.", a.Quotes[0].Text)
}
