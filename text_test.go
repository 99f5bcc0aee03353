package newsparse

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// sharedDir returns the evaluation folder beside the checkout, or skips the test.
func sharedDir(t testing.TB, parts ...string) string {
	t.Helper()
	p := filepath.Join(append([]string{"..", "shared"}, parts...)...)
	if _, err := os.Stat(p); err != nil {
		t.Skipf("%s not present (the shared evaluation data sits beside the checkout): %v", p, err)
	}
	return p
}

func tokensOf(text string) []string {
	var out []string
	for _, s := range tokenize(text, Span{0, len(text)}, nil) {
		out = append(out, text[s.Start:s.End])
	}
	return out
}

func TestTokenize(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Iran's top official met Syria's President.", "Iran|'s|top|official|met|Syria|'s|President|."},
		{"The U.S. and Mr. Smith don't agree.", "The|U.S.|and|Mr.|Smith|do|n't|agree|."},
		{`"We're ready," he said.`, `"|We|'re|ready|,|"|he|said|.`},
		{"\u201cYes\u201d, she said \u2014 twice.", "\u201c|Yes|\u201d|,|she|said|\u2014|twice|."},
		{"It cost $388bn (\u00a3300m), up 1.5%.", "It|cost|$|388bn|(|\u00a3|300m|)|,|up|1.5%|."},
		{"More than 350,000 people in the '90s.", "More|than|350,000|people|in|the|'90s|."},
		{"Iran-backed groups (ISIL, also known as ISIS) fought.", "Iran-backed|groups|(|ISIL|,|also|known|as|ISIS|)|fought|."},
		{"the countries' ties", "the|countries|'|ties"},
		{"J. R. Smith and O'Donnell", "J.|R.|Smith|and|O'Donnell"},
		{"war\u2014and peace 2\u20133 times", "war|\u2014|and|peace|2\u20133|times"},
		{"Wait...", "Wait|..."},
		{"he said,\u201cLook here\u201d and left.Then", "he|said|,|\u201c|Look|here|\u201d|and|left|.|Then"},
		{`she said,"No"`, `she|said|,|"|No|"`},
		{"1,200 people;others a,b really?Yes", "1,200|people|;|others|a|,|b|really|?|Yes"},
		{"example.com and U.S.-led and a.m.The", "example.com|and|U.S.-led|and|a.m.The"},
	}
	for _, tc := range tests {
		assert.Equal(t, tc.want, strings.Join(tokensOf(tc.in), "|"), tc.in)
	}
}

func sentencesOf(text string) []string {
	d := analyze(text)
	var out []string
	for _, s := range d.sents {
		out = append(out, text[s.Start:s.End])
	}
	return out
}

func TestSentences(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"Gen. Smith arrived in the U.S. on Jan. 5. He left.", []string{"Gen. Smith arrived in the U.S. on Jan. 5.", "He left."}},
		{"Prices rose 1.5 percent. Analysts were surprised.", []string{"Prices rose 1.5 percent.", "Analysts were surprised."}},
		{`"It is over," said Jones, in a statement. Talks end.`, []string{`"It is over," said Jones, in a statement.`, "Talks end."}},
		{`"It is over. We leave," he said.`, []string{`"It is over.`, `We leave," he said.`}},
		{`He asked: "Why?" Nobody answered.`, []string{`He asked: "Why?"`, "Nobody answered."}},
		{"J. K. Rowling wrote it. It sold.", []string{"J. K. Rowling wrote it.", "It sold."}},
		{"Troops left the U.S. The war ended.", []string{"Troops left the U.S.", "The war ended."}},
		{"Shares of Acme Inc. rose. Others fell.", []string{"Shares of Acme Inc. rose.", "Others fell."}},
		{"Is it true? yes, it is.", []string{"Is it true? yes, it is."}},
		{"Hale said: \u201cNo.\u201d Lena Ortiz was asked next.", []string{"Hale said: \u201cNo.\u201d", "Lena Ortiz was asked next."}},
		{"The U.S.\u2019 Pacific fleet sailed.", []string{"The U.S.\u2019 Pacific fleet sailed."}},
	}
	for _, tc := range tests {
		assert.Equal(t, tc.want, sentencesOf(tc.in), tc.in)
	}
}

// TestSentenceClasses covers the classes of boundary the splitter once got
// wrong, one row per class, in sentences written for the test.
func TestSentenceClasses(t *testing.T) {
	tests := []struct {
		class, in string
		want      []string
	}{
		{"e-mail address", "Send tips to Tom.Reilly@newsdesk.example.org. The desk reads them.",
			[]string{"Send tips to Tom.Reilly@newsdesk.example.org.", "The desk reads them."}},
		{"web address", "The filing is at https://www.Registry.example.net/cases/Doc.pdf. Lawyers have seen it.",
			[]string{"The filing is at https://www.Registry.example.net/cases/Doc.pdf.", "Lawyers have seen it."}},
		{"web address without scheme", "Details are on www.Council.example.gov.uk today. Residents can comment.",
			[]string{"Details are on www.Council.example.gov.uk today.", "Residents can comment."}},
		{"page reference", "The clause appears on p. 14 of the treaty. Both sides signed it.",
			[]string{"The clause appears on p. 14 of the treaty.", "Both sides signed it."}},
		{"pages and figures", "See pp. 3-9 and Fig. 2 for the data. The trend is clear.",
			[]string{"See pp. 3-9 and Fig. 2 for the data.", "The trend is clear."}},
		{"number sign", "The family moved to No. 12 Mill Lane. Neighbours welcomed them.",
			[]string{"The family moved to No. 12 Mill Lane.", "Neighbours welcomed them."}},
		{"citation in parentheses", "The effect was small (see Vol. 3). Later work agreed.",
			[]string{"The effect was small (see Vol. 3).", "Later work agreed."}},
		{"numbered list with period and parenthesis", "1.) Close the border 2.) Open talks 3.) Hold a vote",
			[]string{"1.) Close the border", "2.) Open talks", "3.) Hold a vote"}},
		{"numbered list with parenthesis", "1) Close the border. 2) Open talks.",
			[]string{"1) Close the border.", "2) Open talks."}},
		{"numbered list with period", "1. Close the border 2. Open talks 3. Hold a vote",
			[]string{"1. Close the border", "2. Open talks", "3. Hold a vote"}},
		{"lettered list", "a. Raise rates b. Cut spending c. Do nothing",
			[]string{"a. Raise rates", "b. Cut spending", "c. Do nothing"}},
		{"bulleted numbers", "\u2022 4. The fourth demand \u2022 5. The fifth demand",
			[]string{"\u2022 4. The fourth demand", "\u2022 5. The fifth demand"}},
		{"list marker on its own line", "The demands:\na. Stay in the union\nb. Hold a vote",
			[]string{"The demands:", "a. Stay in the union", "b. Hold a vote"}},
		{"pronoun I ends a sentence", "Nobody was angrier than I. Then the vote came.",
			[]string{"Nobody was angrier than I.", "Then the vote came."}},
		{"initial I inside a name", "We spoke to Henry I. Walsh at the port.",
			[]string{"We spoke to Henry I. Walsh at the port."}},
		{"P.M. ends a sentence", "The polls closed at 9 P.M. Counting began at once.",
			[]string{"The polls closed at 9 P.M.", "Counting began at once."}},
		{"p.m. before a title", "The court rose at 4 p.m. Mr. Dale left first.",
			[]string{"The court rose at 4 p.m.", "Mr. Dale left first."}},
		{"p.m. before a day", "The talks resume at 10 a.m. Tuesday in Oslo.",
			[]string{"The talks resume at 10 a.m. Tuesday in Oslo."}},
		{"a.m. opening a clause after a dateline", "OSLO \u2014 On May 2 around 6 a.m. Police found the boat.",
			[]string{"On May 2 around 6 a.m. Police found the boat."}}, // the dateline is no part of the sentence
		{"p.m. before a time zone that ends the sentence", "The polls close at 8 p.m. EST. Counting starts later.",
			[]string{"The polls close at 8 p.m. EST.", "Counting starts later."}},
		{"p.m. before a dotted time zone", "Coverage starts at 9 p.m. E.T. on the website.",
			[]string{"Coverage starts at 9 p.m. E.T. on the website."}},
		{"spaced ellipsis inside", "The mayor said the plan . . . would wait. Nobody objected.",
			[]string{"The mayor said the plan . . . would wait.", "Nobody objected."}},
		{"spaced ellipsis at the end", "The letter trailed off. . . . Its author never finished it.",
			[]string{"The letter trailed off. . . .", "Its author never finished it."}},
		{"citation after a quotation", `"The harbour was never rebuilt." (Harlow 112). Later accounts differ.`,
			[]string{`"The harbour was never rebuilt." (Harlow 112).`, "Later accounts differ."}},
	}
	for _, tc := range tests {
		assert.Equal(t, tc.want, sentencesOf(tc.in), tc.class)
	}
}

func TestParagraphs(t *testing.T) {
	para := func(text string) []string {
		_, body := SplitHeader(text)
		var out []string
		for _, p := range paragraphs(text, body) {
			out = append(out, text[p.Start:p.End])
		}
		return out
	}
	// blank lines
	assert.Equal(t, []string{"One here.", "Two there."}, para("One here.\n\n\nTwo there.\n"))
	// no blank line: one paragraph per line
	assert.Equal(t, []string{"One here.", "Two there."}, para("One here.\nTwo there."))
	// CRLF line ends
	assert.Equal(t, []string{"One here.", "Two there."}, para("One here.\r\n\r\nTwo there.\r\n"))
	// hard-wrapped wire copy: indented lines start paragraphs, wrapped lines join
	wire := "    The minister said on Monday that the talks would resume\nnext week in Geneva.\n    Officials gave no date for the\nsecond round."
	got := para(wire)
	require.Len(t, got, 2)
	assert.Equal(t, "The minister said on Monday that the talks would resume\nnext week in Geneva.", got[0])
	assert.Equal(t, "Officials gave no date for the\nsecond round.", got[1])
	// sentences run across the line breaks of wrapped copy
	assert.Equal(t, []string{"The minister said on Monday that the talks would resume\nnext week in Geneva.", "Officials gave no date for the\nsecond round."}, sentencesOf(wire))
}

// seedSentences are the 16 sentences of the seed article's 15 paragraphs, by their first words.
var seedSentences = []string{
	"Iran's top defence official has met",
	"Tehran has provided steady political",
	"On Sunday, Iranian Defence Minister",
	`"Syria is at a very, very important juncture.`,
	"It is passing through the critical stage",
	"Since it erupted in 2011",
	"Last month, President Assad said",
	"World powers, who long called",
	"According to comments carried by the state media",
	"Minister Ayoub also championed",
	"The two countries have had strong ties",
	"Iran-backed armed groups",
	"With help from them and Russian warplanes",
	`"Idlib will return to the nation's bosom`,
	`"The Americans are looking for a way`,
	"The comments came a day after",
}

func TestSeedSentences(t *testing.T) {
	text := readSeed(t)
	a, err := Parse(text)
	require.NoError(t, err)
	assert.Len(t, a.Paragraphs, 15)
	require.Len(t, a.Sentences, len(seedSentences))
	for i, s := range a.Sentences {
		assert.True(t, strings.HasPrefix(text[s.Start:s.End], seedSentences[i]), "sentence %d: %q", i, text[s.Start:s.End])
	}
	// the fourth paragraph holds two sentences; the one ending inside quote marks goes on to "said Hatami"
	assert.True(t, strings.HasSuffix(text[a.Sentences[4].Start:a.Sentences[4].End], "state broadcaster IRIB."))
}

func readSeed(t testing.TB) string {
	b, err := os.ReadFile(filepath.Join("testdata", "seed.txt"))
	require.NoError(t, err)
	return string(b)
}

func TestTags(t *testing.T) {
	a, err := Parse("The minister said the talks would resume.")
	require.NoError(t, err)
	tags := a.Tags(0)
	require.Len(t, tags, len(a.SentenceTokens(0)))
	assert.Equal(t, []string{"DT", "NN", "VBD", "DT", "NNS", "MD", "VB", "."}, tags)
	assert.Nil(t, a.Tags(5))
	// curly quotes and clitics keep the alignment
	a, err = Parse("\u201cIt\u2019s done,\u201d Iran\u2019s minister said.")
	require.NoError(t, err)
	assert.Len(t, a.Tags(0), len(a.SentenceTokens(0)))
}

// checkSpans asserts the offset invariants of an article: every span inside
// the input on rune boundaries, text equal to the input slice, sentences
// inside paragraphs inside the body.
func checkSpans(t testing.TB, id, in string, a *Article) {
	t.Helper()
	ok := func(s, e int, what string) bool {
		if !(0 <= s && s <= e && e <= len(in)) {
			t.Errorf("%s: %s span [%d,%d) outside input of %d bytes", id, what, s, e, len(in))
			return false
		}
		if s < len(in) && !utf8.RuneStart(in[s]) || e < len(in) && !utf8.RuneStart(in[e]) {
			t.Errorf("%s: %s span [%d,%d) not on rune boundaries", id, what, s, e)
			return false
		}
		return true
	}
	ok(a.Body.Start, a.Body.End, "body")
	for _, f := range a.Meta.Fields {
		if ok(f.Start, f.End, "field") && in[f.Start:f.End] != f.Value {
			t.Errorf("%s: field %q value %q != input %q", id, f.Key, f.Value, in[f.Start:f.End])
		}
	}
	pi := 0
	for _, s := range a.Sentences {
		ok(s.Start, s.End, "sentence")
		for pi < len(a.Paragraphs) && a.Paragraphs[pi].End < s.End {
			pi++
		}
		if pi == len(a.Paragraphs) || s.Start < a.Paragraphs[pi].Start {
			t.Errorf("%s: sentence [%d,%d) not inside a paragraph", id, s.Start, s.End)
		}
	}
	for _, p := range a.Paragraphs {
		ok(p.Start, p.End, "paragraph")
		if p.Start < a.Body.Start || p.End > a.Body.End {
			t.Errorf("%s: paragraph [%d,%d) outside body %v", id, p.Start, p.End, a.Body)
		}
	}
	for _, tk := range a.Tokens() {
		ok(tk.Start, tk.End, "token")
	}
	for _, e := range a.Entities {
		for _, m := range e.Mentions {
			if ok(m.Start, m.End, "mention") && in[m.Start:m.End] != m.Text {
				t.Errorf("%s: mention text %q != input %q", id, m.Text, in[m.Start:m.End])
			}
		}
	}
	for _, q := range a.Quotes {
		if ok(q.Start, q.End, "quote") && in[q.Start:q.End] != q.Text {
			t.Errorf("%s: quote text %q != input %q", id, q.Text, in[q.Start:q.End])
		}
		if q.Speaker != nil && q.Speaker.End > 0 && ok(q.Speaker.Start, q.Speaker.End, "speaker") && in[q.Speaker.Start:q.Speaker.End] != q.Speaker.Text {
			t.Errorf("%s: speaker text %q != input %q", id, q.Speaker.Text, in[q.Speaker.Start:q.Speaker.End])
		}
	}
	for _, m := range a.Money {
		if ok(m.Start, m.End, "money") && in[m.Start:m.End] != m.Text {
			t.Errorf("%s: money text %q != input %q", id, m.Text, in[m.Start:m.End])
		}
	}
	for _, c := range a.Casualties {
		if ok(c.Start, c.End, "casualty") && in[c.Start:c.End] != c.Text {
			t.Errorf("%s: casualty text %q != input %q", id, c.Text, in[c.Start:c.End])
		}
	}
}

// readCorpus returns the {id, text} records of the BBC corpus, or skips.
func readCorpus(t testing.TB) []struct{ ID, Text string } {
	p := sharedDir(t, "eval", "corpus", "bbc.jsonl")
	f, err := os.Open(p)
	require.NoError(t, err)
	defer f.Close()
	var out []struct{ ID, Text string }
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for sc.Scan() {
		var r struct{ ID, Text string }
		require.NoError(t, json.Unmarshal(sc.Bytes(), &r))
		out = append(out, r)
	}
	require.NoError(t, sc.Err())
	return out
}

// corpusTexts returns the texts of the BBC corpus, or skips when it is absent.
func corpusTexts(tb testing.TB) []string {
	docs := readCorpus(tb)
	out := make([]string, len(docs))
	for i, d := range docs {
		out[i] = d.Text
	}
	return out
}

func TestCorpusInvariants(t *testing.T) {
	docs := readCorpus(t)
	if testing.Short() {
		docs = docs[:200]
	}
	for _, r := range docs {
		a, err := Parse(r.Text)
		require.NoError(t, err, r.ID)
		checkSpans(t, r.ID, r.Text, a)
		if len(a.Sentences) == 0 {
			t.Errorf("%s: no sentences", r.ID)
		}
	}
}

func TestBadInput(t *testing.T) {
	a, err := Parse("")
	require.NoError(t, err)
	b, err := json.Marshal(a)
	require.NoError(t, err)
	assert.JSONEq(t, `{"meta":{"fields":[]},"body":{"start":0,"end":0},"paragraphs":[],"sentences":[],"entities":[],"quotes":[],"money":[],"casualties":[],"toll":{}}`, string(b))

	_, err = Parse("caf\xe9 au lait")
	var ue *InvalidUTF8Error
	require.ErrorAs(t, err, &ue)
	assert.Equal(t, 3, ue.Offset)
	assert.Contains(t, err.Error(), "byte offset 3")

	_, err = NewParser(WithMaxBytes(10)).Parse("This text is longer than ten bytes.")
	require.ErrorIs(t, err, ErrTooLarge)

	// NUL bytes, a byte-order mark, tabs and CRLF: handled, offsets into the original bytes
	in := "\uFEFFStorm hits coast\r\n\r\nA storm\x00 hit\tthe coast.\r\n\r\nPower was cut.\r\n"
	a, err = Parse(in)
	require.NoError(t, err)
	assert.Equal(t, "Storm hits coast", a.Meta.Title)
	checkSpans(t, "crlf", in, a)
	require.Len(t, a.Sentences, 2)
	assert.Equal(t, "A storm\x00 hit\tthe coast.", in[a.Sentences[0].Start:a.Sentences[0].End])
	assert.Equal(t, "Power was cut.", in[a.Sentences[1].Start:a.Sentences[1].End])
}

func readFileString(p string) (string, error) {
	b, err := os.ReadFile(p)
	return string(b), err
}

// skipTool skips a test that needs a missing tool, with the message saying
// how to install it; under CI (NEWSPARSE_CI set, as .ci/run does) the test
// fails instead, so CI never skips it.
func skipTool(t testing.TB, msg string) {
	t.Helper()
	if os.Getenv("NEWSPARSE_CI") != "" {
		t.Fatal(msg + " (NEWSPARSE_CI is set: CI must run this check)")
	}
	t.Skip(msg)
}
