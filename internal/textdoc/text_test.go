package textdoc

import (
	"strings"
	"testing"

	"github.com/newsparse/newsparse/internal/contract"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func tokensOf(text string) []string {
	var out []string
	for _, s := range Tokenize(text, contract.Span{Start: 0, End: len(text)}, nil) {
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
	d := Analyze(text)
	var out []string
	for _, s := range d.Sents {
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
