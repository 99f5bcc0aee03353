package newsparse

import (
	"math/rand/v2"
	"strings"
	"testing"
	"unicode/utf8"
	"unsafe"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/encoding/charmap"
)

// Text that was UTF-8, decoded once as Windows-1252 or Latin-1 on its way
// and encoded again (mojibake) gives the quotations, speakers, entities and
// figures of the text it stands for, and every result shows the input as
// given at its offsets.
func TestMojibakeText(t *testing.T) {
	checkReadings(t, []readingCase{
		{"curly marks, the closing one with Latin-1's C1 control",
			"â€œWe will finish the bridge by spring,â€\u009d said Mayor Helena Kowalski.",
			readingWant{quote: "We will finish the bridge by spring,", speaker: "Helena Kowalski"}},
		{"an apostrophe inside the quotation, accented names",
			"â€œIt isnâ€™t cheap,â€\u009d said AmÃ©lie Fortin, the mayor of MontrÃ©al.",
			readingWant{quote: "It isnâ€™t cheap,", speaker: "Amélie Fortin", entity: "Montréal", mention: "MontrÃ©al"}},
		{"pounds",
			"The council will spend Â£5m on the pier, its leader Gareth Pryce said.",
			readingWant{entity: "Gareth Pryce", mention: "Gareth Pryce", money: "Â£5m", currency: "GBP"}},
		{"euros",
			"Siemens agreed to pay â‚¬3bn for the unit, chief executive Anke Vogel told reporters.",
			readingWant{entity: "Anke Vogel", mention: "Anke Vogel", money: "â‚¬3bn", currency: "EUR"}},
		{"a dash after the dateline",
			"HALIFAX â€” Fire chief Omar Haddad said two people were injured.",
			readingWant{entity: "Omar Haddad", mention: "Omar Haddad", casualty: "two people were injured"}},
		{"Latin-1's reading: every continuation a C1 control",
			"\u00e2\u0080\u009cWe are not leaving,\u00e2\u0080\u009d union leader Tomas Berg said.",
			readingWant{quote: "We are not leaving,", speaker: "Tomas Berg"}},
		{"real accented letters beside mojibake",
			"â€œÃ‡a suffit,â€\u009d said union leader Marc Dubé in Montréal.",
			readingWant{quote: "Ã‡a suffit,", speaker: "Marc Dubé", entity: "Marc Dubé", mention: "Marc Dubé"}},
		{"mojibake written as character references",
			"&acirc;&euro;&oelig;Not today,&acirc;&euro;&#157; said Councillor Raj Patel.",
			readingWant{quote: "Not today,", speaker: "Raj Patel"}},
	})
}

// Real accented text, and the letters mojibake begins with standing alone,
// are read as written: the text is its own reading, without a copy, and a
// name keeps its letters.
func TestMojibakeRealText(t *testing.T) {
	for _, in := range []string{
		"“We didn’t take this lightly,” said board chair Colette Arsenault — twice.",
		"Café owner Zoé Lam of Montréal said São Paulo’s Ãlvaro Núñez paid £5m and €3bn.",
		"The sign read Â and Ã and â, nothing more. « Ça suffit », dit Marc Dubé.",
	} {
		r := read(in)
		assert.Nil(t, r.back, "%q", in)
		assert.Same(t, unsafe.StringData(in), unsafe.StringData(r.work), "%q is its own reading", in)
	}
	in := "Café owner Zoé Lam met Ãlvaro Núñez in Montréal on Monday. Lam said the deal was done."
	a, err := Parse(in)
	require.NoError(t, err)
	checkSpans(t, "real", in, a)
	for _, name := range []string{"Zoé Lam", "Montréal"} {
		e := entityNamed(a.Entities, name)
		require.NotNil(t, e, "no entity %q in %+v", name, a.Entities)
		assert.Equal(t, name, e.Mentions[0].Text)
	}
}

// withMojibake returns text with characters beyond ASCII picked at random
// written as mojibake (their UTF-8 bytes read as Windows-1252, the bytes it
// leaves undefined as Latin-1's C1 controls), and the offset in the result
// of each offset of text that starts a character.
func withMojibake(r *rand.Rand, text string, share float64) (string, []int) {
	var b strings.Builder
	at := make([]int, len(text)+1)
	for i, c := range text {
		at[i] = b.Len()
		if c < utf8.RuneSelf || r.Float64() >= share {
			b.WriteRune(c)
			continue
		}
		for _, x := range []byte(string(c)) {
			d := charmap.Windows1252.DecodeByte(x)
			if d == utf8.RuneError {
				d = rune(x)
			}
			b.WriteRune(d)
		}
	}
	at[len(text)] = b.Len()
	return b.String(), at
}

// Every result of a text written partly or wholly as mojibake is the result
// of the text it stands for, at the offsets its characters moved to, with
// the input's bytes at them as its text; on texts plain and escaped once too
// often, and with the mojibake's characters written as references too.
func TestMojibakeProperty(t *testing.T) {
	r := rand.New(rand.NewPCG(18, 1252))
	checkMovedReadings(t, func(round int, base string) (string, []int) {
		in, at := withMojibake(r, base, []float64{0.3, 1}[round%2])
		if round%3 == 2 { // and then some characters as references
			var at2 []int
			in, at2 = withReferences(r, in, 0.3)
			for i, p := range at {
				at[i] = at2[p]
			}
		}
		return in, at
	})
}

// A header, byline and dateline written as mojibake keep their fields as
// given, and the title and author are the fields' values as given.
func TestMojibakeHeader(t *testing.T) {
	in := "MontrÃ©al boardâ€™s â€œlast wordâ€\u009d on fares\nBy SeÃ¡n Oâ€™Brien\n\nHALIFAX â€” The board voted on Tuesday.\n\nâ€œWe didnâ€™t take this lightly,â€\u009d said board chair Colette Arsenault."
	a, err := Parse(in)
	require.NoError(t, err)
	checkSpans(t, "header", in, a)
	assert.Equal(t, "MontrÃ©al boardâ€™s â€œlast wordâ€\u009d on fares", a.Meta.Title)
	assert.Equal(t, "SeÃ¡n Oâ€™Brien", a.Meta.Author)
	require.NotNil(t, a.Meta.Dateline)
	assert.Equal(t, "HALIFAX", a.Meta.Dateline.Place)
	assert.True(t, strings.HasPrefix(in[a.Meta.Dateline.Start:a.Meta.Dateline.End], "HALIFAX â€”"))
	require.Len(t, a.Quotes, 1)
	assert.Equal(t, "We didnâ€™t take this lightly,", a.Quotes[0].Text)
	assert.Equal(t, "Colette Arsenault", a.Quotes[0].Speaker.Name)
	require.Len(t, a.Paragraphs, 2)
	var toks []string
	for _, tk := range a.SentenceTokens(1) {
		toks = append(toks, tk.Text)
	}
	assert.Equal(t, []string{"â€œ", "We", "did", "nâ€™t", "take", "this", "lightly", ",", "â€\u009d", "said", "board", "chair", "Colette", "Arsenault", "."}, toks)
}
