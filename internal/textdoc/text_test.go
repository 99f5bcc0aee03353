package textdoc

import (
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

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
		// digits grouped by a no-break, narrow no-break, thin or figure space
		// are one number, as with commas; a plain space and a year part them
		{"Some 12\u202f500 fled and \u00a31\u00a0200\u00a0000 was paid", "Some|12\u202f500|fled|and|\u00a3|1\u00a0200\u00a0000|was|paid"},
		{"(4\u2009150) and 7\u2007005.5", "(|4\u2009150|)|and|7\u2007005.5"},
		{"12 500 people in 2019\u00a0500 and 5\u00a01000 and 1\u00a025 and A1\u00a0500", "12|500|people|in|2019|500|and|5|1000|and|1|25|and|A1|500"},
		{"3\u00a0400\u00a050 and 1,2\u00a0000", "3\u00a0400|50|and|1,2|000"},
		// a day after its month is no group: "March 12" then a count
		{"On March\u00a012\u00a0500 fled, on Sept. 3\u00a0100 more", "On|March|12|500|fled|,|on|Sept.|3|100|more"},
		// unless the group after it opens with a zero, which no number does
		{"By March 10\u00a0000 had fled", "By|March|10\u00a0000|had|fled"},
		// a hyphen, slash or colon joins the digits to those before: no group
		{"In 2020-21\u00a0400 died, on 12/03\u00a0500 fled, at 10:30\u00a0600 left", "In|2020-21|400|died|,|on|12/03|500|fled|,|at|10:30|600|left"},
		{"Iran-backed groups (ISIL, also known as ISIS) fought.", "Iran-backed|groups|(|ISIL|,|also|known|as|ISIS|)|fought|."},
		{"the countries' ties", "the|countries|'|ties"},
		{"J. R. Smith and O'Donnell", "J.|R.|Smith|and|O'Donnell"},
		{"war\u2014and peace 2\u20133 times", "war|\u2014|and|peace|2\u20133|times"},
		{"Wait...", "Wait|..."},
		{"he said,\u201cLook here\u201d and left.Then", "he|said|,|\u201c|Look|here|\u201d|and|left|.|Then"},
		{`she said,"No"`, `she|said|,|"|No|"`},
		// a closing curly mark glued to the next word, as the straight one is
		{"\u201cIt is bad,\u201dClinton said.", "\u201c|It|is|bad|,|\u201d|Clinton|said|."},
		// the possessive after a curly apostrophe, or a left mark misprinted for one
		{"Ana Ruiz\u2019s plan and Tom Bell\u2018s", "Ana|Ruiz|\u2019s|plan|and|Tom|Bell|\u2018s"},
		{"1,200 people;others a,b really?Yes", "1,200|people|;|others|a|,|b|really|?|Yes"},
		{"example.com and U.S.-led and a.m.The", "example.com|and|U.S.-led|and|a.m.The"},
		// a scraped page's site name glued to the next word; an address goes on whole
		{"Storm hits coast | wkrn.comThree boats sank", "Storm|hits|coast|||wkrn.com|Three|boats|sank"},
		{"Fire at plant | kxan.comA worker was hurt", "Fire|at|plant|||kxan.com|A|worker|was|hurt"},
		{"see www.Council.example.org/Plans today", "see|www.Council.example.org/Plans|today"},
		// a host name without a scheme, capitals and all, is one token
		{"the editor of Rally.Fans.Org, said", "the|editor|of|Rally.Fans.Org|,|said"},
		{"(see Valley.Herald.com.)", "(|see|Valley.Herald.com|.|)"},
		// an article glued to the last word of a headline or a site's name; a word alone stays whole
		{"Boat sinks near harbourA fisherman drowned", "Boat|sinks|near|harbour|A|fisherman|drowned"},
		{"Crash on ridge road | Valley HeraldThe driver fled", "Crash|on|ridge|road|||Valley|Herald|The|driver|fled"},
		{"Storm nears | Coast NewsAn alert was issued", "Storm|nears|||Coast|News|An|alert|was|issued"},
		{"It was the XA and the MiA models", "It|was|the|XA|and|the|MiA|models"},
		{"a word at the end: harbourA", "a|word|at|the|end|:|harbourA"},
		// an amount glued to the word or amount before it, and a rate as an equation
		{"raised 9bn pesos($70m) and 4bn rand ($260m:£190m) for sub-$50 phones", "raised|9bn|pesos|(|$|70m|)|and|4bn|rand|(|$|260m|:|£|190m|)|for|sub|-|$|50|phones"},
		{"( $ 1=7.25 kroner ) ( $ =850 Malian francs )", "(|$|1|=|7.25|kroner|)|(|$|=|850|Malian|francs|)"},
		{"worth $1.4bn/£760m at 60 km/h", "worth|$|1.4bn|/|£|760m|at|60|km/h"},
		{"at 10:30 and q&a=fun", "at|10:30|and|q&a=fun"},
		// tokenized news: clitics written apart are the clitics, `` and '' whole marks
		{"Mora 's boat and the crew 's , and do n't", "Mora|'s|boat|and|the|crew|'s|,|and|do|n't"},
		{"they 're sure it 'll rain ; we 've heard", "they|'re|sure|it|'ll|rain|;|we|'ve|heard"},
		{"the sailors ' union , he said ''", "the|sailors|'|union|,|he|said|''"},
		{"`` We left , '' she said .", "``|We|left|,|''|she|said|."},
		{"he said 'sure' twice", "he|said|'|sure|'|twice"},
		{"'s mine", "'|s|mine"},
		{"the end of it--", "the|end|of|it|--"},
		{"paid $ 6.0-$ 6.5 or $6.0-$6.5", "paid|$|6.0|-|$|6.5|or|$|6.0-$6.5"},
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
		// tokenized text: closing marks after white space stay with their sentence
		{"`` The ferry sank . '' Nobody swam .", []string{"`` The ferry sank . ''", "Nobody swam ."}},
		{`He said : " The ferry sank . " Nobody swam .`, []string{`He said : " The ferry sank . "`, "Nobody swam ."}},
		{`The ferry sank . " Nobody swam , " he said .`, []string{"The ferry sank .", `" Nobody swam , " he said .`}},
		{"Two died ( in 1996 . ) Four swam .", []string{"Two died ( in 1996 . )", "Four swam ."}},
		{`" We sang ' home at last . ' " They left .`, []string{`" We sang ' home at last . ' "`, "They left ."}},
		{"The ferry sank . ' Nobody swam ' was the title .", []string{"The ferry sank .", "' Nobody swam ' was the title ."}},
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
		{"a currency mark keeps its period before a number", "They paid Rs. 40,000 for it. The rest was Rs. He left.",
			[]string{"They paid Rs. 40,000 for it.", "The rest was Rs.", "He left."}},
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
		{"p.m. before an abbreviated month", "The shots came around 2 a.m. Feb. 3 near the bridge.",
			[]string{"The shots came around 2 a.m. Feb. 3 near the bridge."}},
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
	// a body parted by blank lines whose block holds lines too long to be
	// wrapped: a single line break parts paragraphs too, unless the next
	// line goes on in lower case
	web := "Harbour Plan Wins Council Vote\nThe council voted on Tuesday to fund a new harbour wall after a two-year dispute over its cost.\n" +
		"\"We have waited long enough,\" said Mayor Ana Ruiz, who said the work would start in the spring and\nend before the next winter storms.\n\nOther news."
	assert.Equal(t, []string{"Harbour Plan Wins Council Vote",
		"The council voted on Tuesday to fund a new harbour wall after a two-year dispute over its cost.",
		"\"We have waited long enough,\" said Mayor Ana Ruiz, who said the work would start in the spring and\nend before the next winter storms.",
		"Other news."}, para(web))
	// short lines in such a body are wrapped: they join
	assert.Equal(t, []string{"The council voted on Tuesday\nto fund a new wall.", "Other news."}, para("The council voted on Tuesday\nto fund a new wall.\n\nOther news."))
	assert.Equal(t, []string{"The Council Votes\nA new wall is funded.", "Other news."}, para("The Council Votes\nA new wall is funded.\n\nOther news."))
	// sentences run across the line breaks of wrapped copy
	assert.Equal(t, []string{"The minister said on Monday that the talks would resume\nnext week in Geneva.", "Officials gave no date for the\nsecond round."}, sentencesOf(wire))
}

// TestSentOfBlocks checks the sentence found from its offset's block
// against a search of all sentences, at every offset of a text and past
// both its ends, and on a Doc that Analyze did not build.
func TestSentOfBlocks(t *testing.T) {
	text := "Title line\n\nThe mayor spoke first.   Then the crowd left, slowly, into the cold evening air.\n\n\n\nA last word. And one more, a longer sentence that runs on past sixty-four bytes of text."
	d := Analyze(text)
	want := func(off int) int {
		for i, s := range d.Sents {
			if s.Start <= off && off < s.End {
				return i
			}
		}
		return -1
	}
	require.Greater(t, len(d.Sents), 3)
	for off := -5; off <= len(text)+100; off++ {
		assert.Equal(t, want(off), d.SentOf(off), "offset %d", off)
	}
	bare := &Doc{Text: text, Sents: d.Sents}
	for off := -5; off <= len(text)+100; off++ {
		assert.Equal(t, want(off), bare.SentOf(off), "offset %d without blocks", off)
	}
}

// TestLongRunsOfSpacedMarks: a paragraph of many marks set apart, which
// tokenized text may run into, splits as a short one does; each mark is
// read a bounded number of times (a straight mark's count of the marks
// before it is kept, and a run of marks that ends no sentence is not read
// again from each of its terminals).
func TestLongRunsOfSpacedMarks(t *testing.T) {
	for _, c := range []struct {
		unit    string
		perUnit int // sentences per unit
	}{
		{`A b . " `, 1}, // "A b ." then `" A b . "`: the marks pair, a sentence a unit
		{". ", 0},       // a run of periods before a lower-case word ends no sentence
	} {
		for _, n := range []int{4, 3000} {
			d := Analyze(strings.Repeat(c.unit, n) + "x")
			assert.Equal(t, max(1, c.perUnit*n), len(d.Sents), "%d of %q", n, c.unit)
		}
	}
}

// TestCliticLenFilter: the test on the apostrophe's place in cliticLen
// leaves its answer as the full reading gives it.
func TestCliticLenFilter(t *testing.T) {
	for _, w := range []string{"Smith's", "Smith\u2019s", "Trump\u2018s", "don't", "don\u2019t", "DON'T", "they're",
		"we\u2019ve", "I'm", "I\u2019d", "she'll", "O'Donnell", "'s", "\u2019s", "rock'n'roll", "dogs'", "'90s",
		"word", "a", "", "it'", "n't", "ma'am", "you\u2019RE", "THEY'LL"} {
		assert.Equal(t, apostropheClitic(w), cliticLen(w), "%q", w)
	}
}

// TestSpanEndBlocks checks SpanEndBlocks against EndBlocks of the same
// spans' ends, for the tokens of a few texts and block widths.
func TestSpanEndBlocks(t *testing.T) {
	for _, text := range []string{"", "Hi.", "“We will not back down,” said Ana Ruiz, the mayor.\n\nShe    left   at noon;  nobody followed her out of the long, quiet hall."} {
		d := Analyze(text)
		for _, shift := range []uint{0, 2, 5} {
			want := EndBlocks(len(text), shift, len(d.Toks), func(i int) int { return d.Toks[i].End }, nil)
			got := SpanEndBlocks(len(text), shift, d.Toks, make([]int32, 3))
			if !slices.Equal(got, want) {
				t.Errorf("shift %d of %q: %v, want %v", shift, text, got, want)
			}
		}
	}
}

// TestMoreRunes checks moreRunes against a count of every rune, on lines
// around the limit in ASCII, in runes of two to four bytes and in bytes
// that are no UTF-8.
func TestMoreRunes(t *testing.T) {
	for _, unit := range []string{"a", "é", "—", "😀", "\xff", "a\xe2\x80"} {
		for n := 0; n < 400; n++ {
			s := strings.Repeat(unit, n)
			for _, lim := range []int{0, 1, 80} {
				if got, want := moreRunes(s, lim), utf8.RuneCountInString(s) > lim; got != want {
					t.Errorf("moreRunes(%d × %q, %d) = %v, want %v", n, unit, lim, got, want)
				}
			}
		}
	}
}

// TestGroupedDigitsLinear: a long run of digit groups is read in time linear
// in its length (each group asks only whether the one before it was
// joined). Read group by group back to the first, a million groups (5 MB)
// would take hours and the test its timeout; read so, they take
// milliseconds.
func TestGroupedDigitsLinear(t *testing.T) {
	const n = 1000000
	text := "Some 1" + strings.Repeat("\u00a0000", n) + " people fled."
	toks := Tokenize(text, contract.Span{Start: 0, End: len(text)}, nil)
	if len(toks) != 5 || toks[1].End-toks[1].Start != 1+5*n {
		t.Fatalf("the run is not one token: %d tokens", len(toks))
	}
}
