package newsparse

import (
	"encoding/json"
	"sort"
	"strings"
	"testing"
	"unicode/utf8"
)

// fuzzSeeds are the starting corpus of the fuzz targets; crashers found by
// fuzzing are kept under testdata/fuzz as regression cases.
func fuzzSeeds(f *testing.F) {
	b, err := readSeedFile()
	if err == nil {
		f.Add(b)
	}
	for _, s := range []string{
		"",
		" date 2018-08 Body here.",
		"Title: A\nDate: 2019-02-30\n\nBody.",
		"HEADLINE\nLONDON, March 3 -\n\nText.",
		"BEIRUT (Reuters) - \"Unbalanced quote, he said.",
		"\"a\" 'b' \u201cc\u201d \u2018d\u2019 \"\"\"",
		"caf\xe9 invalid",
		"\x00\x00\uFEFF\r\n\r\n",
		"The \u0645\u0631\u062d\u0628\u0627 minister \U0001F600 said \u201cyes.\u201d",
		"It cost $2-3bn, about \u00a3388m or 1.5 mln dlrs; 350,000 people were killed.",
		"U.S. Gen. J. Smith Jr. met Mr. O'Neil at 5 p.m. He left.",
		`Mayor says \"no\"\n\nBy Ann Lee\n\n\"We can't,\" she said.\r\n\tC:\\new \`,
		"&ldquo;Yes,&rdquo; said AT&amp;T&rsquo;s Ann&nbsp;Lee. Q&A &#8220;no&#x201D; &notit; &#0; &fjlig; &",
		"â€œYes,â€\u009d said MontrÃ©alâ€™s Ã‰lodie Roy: Â£5m, â‚¬3bn â€” Ã, Â, Ãlvaro, Ã\u0080, â€, ô€€€, à€€, &Atilde;&copy;",
		"<h1>Fares rise</h1><p>“Yes,” said <a href=\"/x\" title='a>b'>Ann&nbsp;Lee</a>.<br>Three were <em>killed</em><!-- c --></p>\n<p>It cost <strong>$5m</strong>, a < b, <5% <tweet tweet-id=\"1\"> &lt;p&gt;<script>x<y</script><p",
		"# Fares ##\n\n> “We will,” **[Ann Lee](https://a.example/al)** said. ![x](/a.jpg) *em* __s__ [1] [sic] #MeToo f*** x* [![l](a.png)](https://a.example)\n>\n**a\n\nb**",
	} {
		f.Add(s)
	}
}

func readSeedFile() (string, error) {
	b, err := readFileString("testdata/seed.txt")
	return b, err
}

// FuzzParse checks Parse's properties: no panic; every span inside the input
// on rune boundaries with its text; mentions and quotes never overlap; the
// same input gives the same JSON.
func FuzzParse(f *testing.F) {
	fuzzSeeds(f)
	f.Fuzz(func(t *testing.T, in string) {
		a, err := Parse(in)
		if err != nil {
			if utf8.ValidString(in) && len(in) <= DefaultMaxBytes {
				t.Fatalf("error on valid input: %v", err)
			}
			return
		}
		checkSpans(t, "fuzz", in, a)
		var ms []Mention
		for _, e := range a.Entities {
			ms = append(ms, e.Mentions...)
		}
		sort.Slice(ms, func(i, j int) bool { return ms[i].Start < ms[j].Start })
		for i := 1; i < len(ms); i++ {
			if ms[i].Start < ms[i-1].End {
				t.Errorf("mentions overlap: %+v %+v", ms[i-1], ms[i])
			}
		}
		for i := 1; i < len(a.Quotes); i++ {
			if a.Quotes[i].Start < a.Quotes[i-1].End {
				t.Errorf("quotes overlap: %+v %+v", a.Quotes[i-1], a.Quotes[i])
			}
		}
		b1, err := json.Marshal(a)
		if err != nil {
			t.Fatal(err)
		}
		a2, _ := Parse(in)
		b2, _ := json.Marshal(a2)
		if string(b1) != string(b2) {
			t.Errorf("not deterministic")
		}
	})
}

// FuzzSplitHeader checks that the header split never panics and that its
// spans fit the input.
func FuzzSplitHeader(f *testing.F) {
	fuzzSeeds(f)
	f.Fuzz(func(t *testing.T, in string) {
		m, body := SplitHeader(in)
		if body.Start < 0 || body.Start > body.End || body.End > len(in) {
			t.Fatalf("body %v outside %d bytes", body, len(in))
		}
		for _, fl := range m.Fields {
			if fl.Start < 0 || fl.End > len(in) || in[fl.Start:fl.End] != fl.Value {
				t.Fatalf("field %+v does not match the input", fl)
			}
		}
		// a dateline ends where the body starts, or, run into a station's
		// or site's name ("FOX43YORK, Pa. –"), stands inside its first line
		if dl := m.Dateline; dl != nil && dl.End > body.Start &&
			(dl.Start < body.Start || dl.End > body.End || strings.ContainsRune(in[body.Start:dl.End], '\n')) {
			t.Fatalf("dateline %+v neither before the body %v nor inside its first line", dl, body)
		}
	})
}
