package textdoc

import (
	"strings"
	"testing"
	"unicode/utf8"
	"unsafe"

	"github.com/stretchr/testify/assert"
	"golang.org/x/text/encoding/charmap"
)

// damaged returns text with every character beyond ASCII written as its
// UTF-8 bytes read as Windows-1252, the bytes it leaves undefined as the C1
// controls Latin-1 reads them as.
func damaged(text string) string {
	var b strings.Builder
	for _, c := range text {
		if c < utf8.RuneSelf {
			b.WriteRune(c)
			continue
		}
		var buf [utf8.UTFMax]byte
		for _, x := range buf[:utf8.EncodeRune(buf[:], c)] {
			r := charmap.Windows1252.DecodeByte(x)
			if r == utf8.RuneError {
				r = rune(x)
			}
			b.WriteRune(r)
		}
	}
	return b.String()
}

func TestMojibake(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"nothing to read here", "nothing to read here"},
		{"â€œWe will,â€\u009d she said.", "\u201cWe will,\u201d she said."},
		{"Itâ€™s MontrÃ©al, not Ã©cole", "It\u2019s Montr\u00e9al, not \u00e9cole"},
		{"Â£5m and â‚¬3bn â€” rising", "\u00a35m and \u20ac3bn \u2014 rising"},
		{"Ã‰tienne and Å\u0081Ã³dÅº", "\u00c9tienne and \u0141\u00f3d\u017a"}, // 0x81 read as its C1 control
		{"ðŸ˜€ and ä¸­æ–‡", "\U0001F600 and \u4e2d\u6587"},                    // four and three bytes
		{"Ã\u0081", "\u00c1"}, // Latin-1's C1 control
		// real accented text, mixed with mojibake: the runs are read, the letters stay
		{"Zoé in Montréal, SÃ£o Paulo, Ãlvaro", "Zo\u00e9 in Montr\u00e9al, S\u00e3o Paulo, \u00c3lvaro"},
		// a lead alone, without all its continuations, or invalid as UTF-8
		{"Ã", "Ã"}, {"Â alone", "Â alone"}, {"Ã and Â.", "Ã and Â."}, {"â€", "â€"}, {"â€ said", "â€ said"},
		{"Ã€", "\u00c0"}, {"Ã\u0080", "\u00c0"},
		{"à€€", "à€€"}, // E0 80 80: overlong
		{"í €", "í €"}, // ED A0 80: a surrogate
		{"ô€€€", "\U00100000"},
		{"õ€€€", "õ€€€"}, // F5: no lead
		{"ÃƒÂ©", "Ã©"},   // one level only
	} {
		got, runs := Mojibake(c.in)
		assert.Equal(t, c.want, got, "%q", c.in)
		assert.Equal(t, got == c.in, runs == nil, "%q: Offsets only when a run was read", c.in)
	}
}

// Every character beyond ASCII, written as mojibake, is read back.
func TestMojibakeRoundTrip(t *testing.T) {
	var b strings.Builder
	for c := rune(0x80); c < 0x3000; c++ {
		if utf8.ValidRune(c) {
			b.WriteRune(c)
		}
	}
	b.WriteString("\U0001F600\U0010FFFF\uFFFD\uFEFF")
	clean := b.String()
	got, _ := Mojibake(damaged(clean))
	assert.Equal(t, clean, got)
}

func TestMojibakeNoCopy(t *testing.T) {
	for _, in := range []string{"plain ASCII", "curly \u201cmarks\u201d and \u2014 dashes", "Zoé à Montréal", "Ãlvaro"} {
		got, runs := Mojibake(in)
		assert.Nil(t, runs)
		assert.Same(t, unsafe.StringData(in), unsafe.StringData(got), "%q is returned without a copy", in)
	}
}

func TestMojibakeOffsets(t *testing.T) {
	in := "â€œDealâ€\u009d, MontrÃ©al said."
	work, runs := Mojibake(in)
	assert.Equal(t, "\u201cDeal\u201d, Montr\u00e9al said.", work)
	span := func(s, e int) string { s, e = runs.Span(s, e); return in[s:e] }
	at := func(sub string) (int, int) {
		i := strings.Index(work, sub)
		return i, i + len(sub)
	}
	assert.Equal(t, "â€œDealâ€\u009d", span(at("\u201cDeal\u201d")))
	assert.Equal(t, "Deal", span(at("Deal")))
	assert.Equal(t, "MontrÃ©al", span(at("Montr\u00e9al")))
	assert.Equal(t, " said.", span(at(" said.")))
	i, _ := at("\u00e9")
	assert.Equal(t, "Ã©", span(i+1, i+2), "a span inside a run covers the run")
	assert.Equal(t, len(in), runs.End(len(work)))
}

// References then mojibake: one map back, whichever step read a run, and
// mojibake written as references read too.
func TestOffsetsThen(t *testing.T) {
	in := "&ldquo;CafÃ©&rdquo; &Atilde;&copy; Ã&copy; &amp; â€™"
	mid, refs := References(in)
	work, runs := Mojibake(mid)
	assert.Equal(t, "\u201cCaf\u00e9\u201d \u00e9 \u00e9 & \u2019", work)
	back := refs.Then(runs)
	span := func(s, e int) string { s, e = back.Span(s, e); return in[s:e] }
	for _, c := range []struct{ work, in string }{
		{"\u201c", "&ldquo;"}, {"Caf\u00e9", "CafÃ©"}, {"\u00e9\u201d", "Ã©&rdquo;"},
		{" \u00e9 ", " &Atilde;&copy; "}, {"\u00e9 &", "Ã&copy; &amp;"}, {"\u2019", "â€™"},
	} {
		i := strings.Index(work, c.work)
		assert.Equal(t, c.in, span(i, i+len(c.work)), "%q", c.work)
	}
	// composed, the map agrees with the two steps one after the other
	bounds := []int{len(work)}
	for i := range work {
		bounds = append(bounds, i)
	}
	for _, s := range bounds {
		for _, e := range bounds {
			gs, ge := back.Span(s, e)
			ms, me := runs.Span(s, e)
			ws, we := refs.Span(ms, me)
			assert.Equal(t, [2]int{ws, we}, [2]int{gs, ge}, "[%d, %d)", s, e)
		}
	}
	var none *Offsets
	assert.Same(t, refs, refs.Then(none))
	assert.Same(t, runs, none.Then(runs))
}

// FuzzMojibake checks that any text written as mojibake is read back, and
// that the Offsets of any text map every span of the result onto character
// boundaries of the input, in order.
func FuzzMojibake(f *testing.F) {
	for _, s := range []string{"", "“We will,” she said.", "Montréal £5m €3bn — it’s", "Ã Â Ãlvaro", "â€\u009d", "ÃƒÂ©", "ô€€€ à€€ Ã\u0080"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) {
			return
		}
		if got, _ := Mojibake(damaged(s)); got != s {
			t.Fatalf("%q: damaged and read back as %q", s, got)
		}
		work, runs := Mojibake(s)
		checkReadOffsets(t, s, work, runs)
		if e := runs.End(len(work)); e != len(s) {
			t.Fatalf("%q: the end of %q maps to %d", s, work, e) // mojibake reads no run as nothing
		}
	})
}
