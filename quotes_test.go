package newsparse

import (
	"os"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/newsparse/newsparse/internal/entity"
	"github.com/newsparse/newsparse/internal/quote"
	"github.com/newsparse/newsparse/internal/textdoc"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// wantQuote is what a table test expects of one quotation: its words, the
// last word of the speaker's name (or "" for no speaker), the mention text
// when it matters, the cue and the partial flag.
type wantQuote struct {
	text    string
	surname string
	mention string
	cue     string
	partial bool
}

func checkQuotes(t *testing.T, text string, want []wantQuote) {
	t.Helper()
	got := must(Quotes(text))
	checkQuoteSpans(t, text, got)
	var gotText []string
	for _, q := range got {
		gotText = append(gotText, q.Text)
	}
	var wantText []string
	for _, w := range want {
		wantText = append(wantText, w.text)
	}
	require.Equal(t, wantText, gotText, "quotations of %q", text)
	for i, w := range want {
		q := got[i]
		if w.surname == "" {
			assert.Nil(t, q.Speaker, "speaker of %q", w.text)
		} else if assert.NotNil(t, q.Speaker, "speaker of %q", w.text) {
			assert.True(t, strings.HasSuffix(q.Speaker.Name, w.surname), "speaker of %q: got name %q, want …%s", w.text, q.Speaker.Name, w.surname)
			if w.mention != "" {
				assert.Equal(t, w.mention, q.Speaker.Text, "speaker mention of %q", w.text)
			}
			assert.Equal(t, q.Speaker.Text, text[q.Speaker.Start:q.Speaker.End])
		}
		if w.cue != "" {
			assert.Equal(t, w.cue, q.Cue, "cue of %q", w.text)
		}
		assert.Equal(t, w.partial, q.Partial, "partial of %q", w.text)
	}
}

// quotesChecked returns the quotations of text, after checking that Quotes
// gives no error and that their spans hold their text (checkQuoteSpans); ok
// is false when it gave an error.
func quotesChecked(t testing.TB, text string) (got []Quote, ok bool) {
	t.Helper()
	got, err := Quotes(text)
	if !assert.NoError(t, err) {
		return nil, false
	}
	checkQuoteSpans(t, text, got)
	return got, true
}

// checkQuoteSpans checks the invariants every quotation list keeps: spans
// inside the text on rune boundaries, text equal to the span, in order and
// without overlaps, speaker spans inside the text.
func checkQuoteSpans(t testing.TB, text string, qs []Quote) {
	t.Helper()
	prevEnd := -1
	for _, q := range qs {
		if q.Start < 0 || q.End > len(text) || q.Start >= q.End {
			t.Fatalf("quote span [%d,%d) outside text of %d bytes", q.Start, q.End, len(text))
		}
		if !utf8.RuneStart(text[q.Start]) || q.End < len(text) && !utf8.RuneStart(text[q.End]) {
			t.Fatalf("quote span [%d,%d) not on rune boundaries", q.Start, q.End)
		}
		if q.Text != text[q.Start:q.End] {
			t.Fatalf("quote text %q is not text[%d:%d] = %q", q.Text, q.Start, q.End, text[q.Start:q.End])
		}
		if q.Start < prevEnd {
			t.Fatalf("quote [%d,%d) overlaps the one before (ends %d)", q.Start, q.End, prevEnd)
		}
		prevEnd = q.End
		if sp := q.Speaker; sp != nil {
			if sp.Start < 0 || sp.End > len(text) || sp.Start > sp.End || sp.Text != text[sp.Start:sp.End] {
				t.Fatalf("speaker span [%d,%d) %q does not fit the text", sp.Start, sp.End, sp.Text)
			}
		}
	}
}

func TestQuotesPairing(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []wantQuote
	}{
		{"straight marks", `"We will rebuild the bridge by spring," said Mayor Lena Ortiz.`,
			[]wantQuote{{text: "We will rebuild the bridge by spring,", surname: "Ortiz", cue: "said"}}},
		{"curly marks", "\u201cThe water is falling at last,\u201d Ortiz said on Tuesday.",
			[]wantQuote{{text: "The water is falling at last,", surname: "Ortiz", cue: "said"}}},
		{"nested single marks stay inside", "\u201cHe told me \u2018never again\u2019 and walked out of the hall,\u201d Ortiz said.",
			[]wantQuote{{text: "He told me \u2018never again\u2019 and walked out of the hall,", surname: "Ortiz"}}},
		{"nested curly marks of the same style", "\u201cThey moved us into what the landlord calls \u201cthe annex\u201d and then left town,\u201d said Pablo Reyes.",
			[]wantQuote{{text: "They moved us into what the landlord calls \u201cthe annex\u201d and then left town,", surname: "Reyes"}}},
		{"straight outer, curly inner", `"They read us the question: “Do you trust them?” and we said no," said Reyes.`,
			[]wantQuote{{text: `They read us the question: “Do you trust them?” and we said no,`, surname: "Reyes"}}},
		{"British single marks outside", "\u2018We are ready for the storm and the floods,\u2019 the council leader said.",
			[]wantQuote{{text: "We are ready for the storm and the floods,", surname: "leader", mention: "the council leader"}}},
		{"a plural possessive inside a British quotation", "\u2018We will not stop,\u2019 said Health Secretary Wes Streeting. \u2018The patients\u2019 needs come first.\u2019",
			[]wantQuote{{text: "We will not stop,", surname: "Streeting", cue: "said"}, {text: "The patients\u2019 needs come first.", surname: "Streeting"}}},
		{"a possessive and a nested scare quote in straight single marks", "A spokesman for the party told Sky News: 'It's the doctors' choice, and he's furious about the 'leaks' from No 10.'",
			[]wantQuote{{text: "It's the doctors' choice, and he's furious about the 'leaks' from No 10.", surname: "spokesman for the party", mention: "A spokesman for the party", cue: "told"}}},
		{"a scare quote in single marks mid-sentence closes at once", "The council's 'robust' approach to the floods drew a crowd on Monday.", nil},
		{"apostrophes are not marks", "Iran's envoy heard the '90s band play rock 'n' roll at Ayoub's house and the workers' hall.", nil},
		{"curly apostrophes are not marks", "Iran\u2019s envoy heard the \u201990s band play rock \u2019n\u2019 roll at Ayoub\u2019s house.", nil},
		{"two backquotes open and two apostrophes close", "``The plan is not reform,'' said Dana Holt, an economist.",
			[]wantQuote{{text: "The plan is not reform,", surname: "Holt"}}},
		{"tokenized text's spaced backquotes and apostrophes", "`` The plan is not reform , '' said Dana Holt , an economist .",
			[]wantQuote{{text: "The plan is not reform ,", surname: "Holt"}}},
		{"tokenized text's backquotes reopening the quotation at each sentence", "`` The river rose at night . `` By dawn it was gone , '' said Dana Holt .",
			[]wantQuote{{text: "The river rose at night .", surname: "Holt"}, {text: "By dawn it was gone ,", surname: "Holt", cue: "said"}}},
		{"tokenized text's spaced straight marks", "\" The plan is not reform , \" said Dana Holt , an economist .",
			[]wantQuote{{text: "The plan is not reform ,", surname: "Holt"}}},
		{"two apostrophes close a quotation a straight mark opened", "\"The child was put down before the shot,'' Capt. Ray Dunn said. \"No officer fired.''",
			[]wantQuote{{text: "The child was put down before the shot,", surname: "Dunn", cue: "said"}, {text: "No officer fired.", surname: "Dunn"}}},
		{"one capitalised word after called is a nickname", "The girl, who is affectionately called \"Bean,\" has had two operations, according to friends of the family.", nil},
		{"a nickname after 'call' or 'known ... as' is left out", "The Kings' centre, known around the league as \"Gramps,\" scored twice. His teammates call the goalie \"The Vault.\"", nil},
		{"a title beside the noun for the work is left out", "Adeyemi has written a memoir of her years on the prairie, \"Long Winters,\" which a Regina publisher will release.", nil},
		{"a paragraph of sentences in marks with no final stop is a post, no headline",
			"On social media, the Rovers' account posted a photo of the team.\n\n\u201cProud of this group. Thank you, fans. See you in May #RoversFC\u201d\n\nThe season starts in May.",
			[]wantQuote{{text: "Proud of this group. Thank you, fans. See you in May #RoversFC", surname: "Rovers"}}},
		{"two apostrophes alone are not marks by default", "''The plan is not reform,'' said Dana Holt, an ''economist''.", nil},
		{"a name inside the writer's noun phrase is left out", `Ortiz stressed her budget plans at a "River Valley Town Hall" hosted by the paper.`, nil},
		{"a title before the noun naming the work is left out", "Holt answered listeners on her \"Straight Talk Tonight\" radio show.", nil},
		{"scare quotes and titles are left out", `The so-called "sex tape" was discussed on "Meet the Press" and in "The Daily Show" last week.`, nil},
		{"a scare quote attributed by the sentence stays", `Roebuck said the embassy was "focused" on the talks.`,
			[]wantQuote{{text: "focused", surname: "Roebuck", cue: "said", partial: true}}},
		{"a sentence-case headline in single marks over a body in double marks is left out",
			"Flynn says plan 'absolutely right' for the army.\n\nRetired Gen. Michael Flynn said the plan was \"absolutely right\" on Monday.",
			[]wantQuote{{text: "absolutely right", surname: "Flynn", cue: "said", partial: true}}},
		{"a British lead in single marks stays", "\u2018We are ready for the floods,\u2019 the council leader, Jo Hale, said.\n\n\u2018Nobody will be left behind,\u2019 she added.",
			[]wantQuote{{text: "We are ready for the floods,", surname: "Hale", cue: "said"}, {text: "Nobody will be left behind,", surname: "Hale", mention: "she", cue: "added"}}},
		{"headline quotes are left out", "Mayor: \u2018We Will Rebuild\u2019 After Flood\n\n\u201cWe will rebuild every house,\u201d said Lena Ortiz.",
			[]wantQuote{{text: "We will rebuild every house,", surname: "Ortiz"}}},
		{"each sentence reopening the quotation (BBC style)", `"The plan is a retreat. "It is now a bill to restrict the trade," said Jo Hale.`,
			[]wantQuote{{text: "The plan is a retreat.", surname: "Hale"}, {text: "It is now a bill to restrict the trade,", surname: "Hale", cue: "said"}}},
		{"a closing mark opening a paragraph opens", "\u201dThe town will not forget this week.\u201d \u2015 Maria Lopez",
			[]wantQuote{{text: "The town will not forget this week.", surname: "Lopez", mention: "Maria Lopez"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkQuotes(t, tt.text, tt.want) })
	}
}

func TestQuotesApostropheOption(t *testing.T) {
	text := "''The plan is not reform,'' said Dana Holt, an economist. ''It is tinkering.''\n\nThe show ''Night Desk'' ran late."
	assert.Empty(t, must(NewParser().Quotes(text)), "two apostrophes are not marks by default")
	got := must(NewParser(WithApostropheQuotes()).Quotes(text))
	checkQuoteSpans(t, text, got)
	require.Len(t, got, 2, "%+v", got)
	assert.Equal(t, "The plan is not reform,", got[0].Text)
	assert.Equal(t, "It is tinkering.", got[1].Text)
	for _, q := range got {
		require.NotNil(t, q.Speaker)
		assert.Equal(t, "Dana Holt", q.Speaker.Name)
	}
	a, err := NewParser(WithApostropheQuotes()).Parse(text)
	require.NoError(t, err)
	assert.Len(t, a.Quotes, 2)
}

func TestQuotesAcrossParagraphs(t *testing.T) {
	// a quotation carried over two paragraphs, reopening without closing
	text := "Ortiz spoke to reporters on Monday.\n\n" +
		"\u201cThe first thing we need is clean water for every family in the valley.\n\n" +
		"\u201cThe second thing is time, and we will not get much of it,\u201d said Lena Ortiz."
	got := must(Quotes(text))
	checkQuoteSpans(t, text, got)
	require.Len(t, got, 2)
	assert.Equal(t, "The first thing we need is clean water for every family in the valley.", got[0].Text)
	assert.Equal(t, "The second thing is time, and we will not get much of it,", got[1].Text)
	for _, q := range got {
		require.NotNil(t, q.Speaker)
		assert.True(t, strings.HasSuffix(q.Speaker.Name, "Ortiz"), q.Speaker.Name)
		assert.False(t, q.Partial)
	}
}

func TestQuotesAcrossLines(t *testing.T) {
	// the same carried over lines of one block, each line reopening the mark
	text := "Intro line of the story here.\n" +
		"\u201cThe levee held this time, but the next flood will be worse. We need the money now.\n" +
		"\u201cNobody in this town can wait another year,\u201d said Mayor Lena Ortiz.\n" +
		"\u201cWe are ready,\u201d said Karl Brandt."
	got := must(Quotes(text))
	checkQuoteSpans(t, text, got)
	require.Len(t, got, 3)
	assert.Equal(t, "The levee held this time, but the next flood will be worse. We need the money now.", got[0].Text)
	for i, want := range []string{"Ortiz", "Ortiz", "Brandt"} {
		require.NotNil(t, got[i].Speaker, got[i].Text)
		assert.True(t, strings.HasSuffix(got[i].Speaker.Name, want), "%q: %q", got[i].Text, got[i].Speaker.Name)
	}
}

func TestQuotesMissingClosingMark(t *testing.T) {
	// a closing mark lost by mistake: the quotation keeps its first sentence
	text := "Intro.\n\n\"I am giving my prize money to the flood victims. Her donation comes after similar offers from three teammates, the club said.\n\nNext paragraph."
	got := must(Quotes(text))
	checkQuoteSpans(t, text, got)
	require.Len(t, got, 1)
	assert.Equal(t, "I am giving my prize money to the flood victims.", got[0].Text)
}

func TestQuotesUnbalanced(t *testing.T) {
	// a mark that never closes spoils only its own paragraph
	text := "He wrote \"this never closes and runs on\n\n" +
		"\u201cWe are fine,\u201d said Lena Ortiz.\n\n" +
		"An odd \u201d and a \" and a \u2018 stand alone."
	got := must(Quotes(text))
	checkQuoteSpans(t, text, got)
	var found bool
	for _, q := range got {
		if q.Text == "We are fine," {
			found = true
			require.NotNil(t, q.Speaker)
			assert.True(t, strings.HasSuffix(q.Speaker.Name, "Ortiz"))
		}
	}
	assert.True(t, found, "the balanced quotation after an unclosed one is found: %+v", got)
}

func TestQuotesAttribution(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []wantQuote
	}{
		{"name said", `"The road is closed," Hatami said.`,
			[]wantQuote{{text: "The road is closed,", surname: "Hatami", mention: "Hatami", cue: "said"}}},
		{"said name", `"The road is closed," said Defence Minister Amir Hatami.`,
			[]wantQuote{{text: "The road is closed,", surname: "Hatami", mention: "Amir Hatami", cue: "said"}}},
		{"X told Y: the teller speaks", `Ortiz told reporters on Friday that the town was "safe again".`,
			[]wantQuote{{text: "safe again", surname: "Ortiz", cue: "told", partial: true}}},
		{"X told Y after the quotation", `"We need more boats," Ortiz told the governor.`,
			[]wantQuote{{text: "We need more boats,", surname: "Ortiz", cue: "told"}}},
		{"apposition", `"We will stay as long as it takes," Anna Berg, a senior diplomat, said.`,
			[]wantQuote{{text: "We will stay as long as it takes,", surname: "Berg", cue: "said"}}},
		{"parenthesis", `"This is a dark day for the state," Rep. Jo Hale (D-Ohio) said Friday.`,
			[]wantQuote{{text: "This is a dark day for the state,", surname: "Hale", cue: "said"}}},
		{"according to", `The company lost "a great deal of trust" this year, according to analyst Mark Chen.`,
			[]wantQuote{{text: "a great deal of trust", surname: "Chen", cue: "according to", partial: true}}},
		{"colon introduction", `Ortiz said: "The bridge will open in May."`,
			[]wantQuote{{text: "The bridge will open in May.", surname: "Ortiz", cue: "said"}}},
		{"colon introduction in the paragraph before", "Lena Ortiz added:\n\n\"The bridge will open in May, and the ferry will stop.\"",
			[]wantQuote{{text: "The bridge will open in May, and the ferry will stop.", surname: "Ortiz", cue: "added"}}},
		{"split quotation", `"We have the money," Ortiz said, "but we do not have the workers."`,
			[]wantQuote{{text: "We have the money,", surname: "Ortiz"}, {text: "but we do not have the workers.", surname: "Ortiz"}}},
		{"question then short attribution sentence", "\u201cHow many times must this happen?\u201d Clinton asked. \u201cNot once more.\u201d",
			[]wantQuote{{text: "How many times must this happen?", surname: "Clinton", cue: "asked"}, {text: "Not once more.", surname: "Clinton"}}},
		{"previous sentence", "Mayor Lena Ortiz said on Monday that the town was safe. \u201cWe are ready for anything the river brings.\u201d",
			[]wantQuote{{text: "We are ready for anything the river brings.", surname: "Ortiz"}}},
		{"continuation paragraph", "\u201cWe will not leave,\u201d said Lena Ortiz.\n\n\u201cThis valley has been our home for two hundred years and it will stay so.\u201d",
			[]wantQuote{{text: "We will not leave,", surname: "Ortiz"}, {text: "This valley has been our home for two hundred years and it will stay so.", surname: "Ortiz"}}},
		{"pronoun", "Mayor Lena Ortiz visited the site on Monday. \u201cIt is a disaster,\u201d she said.",
			[]wantQuote{{text: "It is a disaster,", surname: "Ortiz", mention: "she"}}},
		{"role", "Defence Minister Karl Brandt arrived in the capital on Monday. \u201cWe will help,\u201d the minister said.",
			[]wantQuote{{text: "We will help,", surname: "Brandt", mention: "the minister"}}},
		{"role with its full title", "Prime Minister Anna Voss and Deputy Prime Minister Karl Brandt met on Monday. \u201cWe are united,\u201d the prime minister said.",
			[]wantQuote{{text: "We are united,", surname: "Voss", mention: "the prime minister"}}},
		{"organisation", "\u201cThe plant is safe and the leak is contained,\u201d the ministry said in a note to reporters.",
			[]wantQuote{{text: "The plant is safe and the leak is contained,", surname: "ministry", mention: "the ministry"}}},
		{"'it' for an organisation", `The national weather service said more rain was expected. It called the situation "critical but manageable".`,
			[]wantQuote{{text: "critical but manageable", surname: "service", mention: "It", partial: true}}},
		{"relative pronoun", `The bill was backed by Senator Ruth Kane, who said it was "long overdue".`,
			[]wantQuote{{text: "long overdue", surname: "Kane", mention: "who", partial: true}}},
		{"participle after the main clause", `Minister Ayoub praised the treaty, saying that "our relations are a model for the region".`,
			[]wantQuote{{text: "our relations are a model for the region", surname: "Ayoub", cue: "saying", partial: true}}},
		{"coordinated verb", `On Sunday, Amir Hatami met his counterpart and said the deal brought "presence and assistance" to the region.`,
			[]wantQuote{{text: "presence and assistance", surname: "Hatami", cue: "said", partial: true}}},
		{"tweeted", `"Great crowd tonight in Ohio!" Trump tweeted.`,
			[]wantQuote{{text: "Great crowd tonight in Ohio!", surname: "Trump", cue: "tweeted"}}},
		{"transcript", "KANE: \"We have no plans to leave the coalition this year.\"",
			[]wantQuote{{text: "We have no plans to leave the coalition this year.", surname: "KANE"}}},
		{"transcript quoted whole", "The exchange went as follows:\n\n\"HOST: Will you leave the coalition this year?\"\n\n\"KANE: We have no plans to.\"",
			[]wantQuote{{text: "Will you leave the coalition this year?", surname: "Host", mention: "HOST"}, {text: "We have no plans to.", surname: "Kane", mention: "KANE"}}},
		{"a colon after the object: the subject speaks", "Governor Gavin Newsom spoke on Monday. Newsom's office later issued a statement: \"The governor stands by his remarks.\"",
			[]wantQuote{{text: "The governor stands by his remarks.", surname: "Newsom", mention: "Newsom's office", cue: ":"}}},
		{"colon introduction without a verb", "The timing does not surprise pollster Dana Shaw: \u201cLate entrants always gain in the early contests.\u201d",
			[]wantQuote{{text: "Late entrants always gain in the early contests.", surname: "Shaw"}}},
		{"colon introduction in the paragraph before, without a verb", "On Monday, Kane made the following remark:\n\n\u201cNo party can govern alone this year.\u201d",
			[]wantQuote{{text: "No party can govern alone this year.", surname: "Kane"}}},
		{"went on", "\u201cSo we pick ourselves up and try again next spring,\u201d Ortiz went on.",
			[]wantQuote{{text: "So we pick ourselves up and try again next spring,", surname: "Ortiz", cue: "went on"}}},
		{"head of a comma chain", `Clinton, during a town hall in Columbus, Ohio, said the plan was "a path back to work".`,
			[]wantQuote{{text: "a path back to work", surname: "Clinton", partial: true}}},
		{"an opening adverb is not a speaker", "Governor Lena Ortiz was humble on Monday. Instead, she spent the evening boasting about \"record crowds\" on Tuesday.",
			[]wantQuote{{text: "record crowds", surname: "Ortiz", mention: "she", partial: true}}},
		{"the dateline is not a speaker", "WASHINGTON \u2014 Sen. Chuck Grassley on Wednesday said the ruling was \"a wise and fair choice\" for the state.",
			[]wantQuote{{text: "a wise and fair choice", surname: "Grassley", cue: "said", partial: true}}},
		{"a nationality qualifies the role", "Foreign Minister Javad Zarif met Kerry. \"We are close,\" the Iranian foreign minister said.",
			[]wantQuote{{text: "We are close,", surname: "Zarif", mention: "the Iranian foreign minister", cue: "said"}}},
		{"the one described does not speak", `Will described Brandt as "a relic of a colder age in politics" on Sunday.`,
			[]wantQuote{{text: "a relic of a colder age in politics", cue: "described", partial: true}}},
		{"a common word opening the sentence is not a speaker", `Do enough work in the suburbs to "stand a real chance against the incumbent" in the race.`,
			[]wantQuote{{text: "stand a real chance against the incumbent", partial: true}}},
		{"a group noun opening the sentence speaks", `Police say they have "enough officers" to guard the stadium.`,
			[]wantQuote{{text: "enough officers", surname: "Police", cue: "say", partial: true}}},
		{"a short whole sentence continues the speaker's quotation", "Opposition leader Andrew Scheer disagreed. \u201cThis is a failure,\u201d he told reporters.\n\n\u201cWe deserve better.\u201d",
			[]wantQuote{{text: "This is a failure,", surname: "Scheer", mention: "he", cue: "told"}, {text: "We deserve better.", surname: "Scheer", mention: "he", cue: "told"}}},
		{"a transcript printed without marks: one quotation per turn",
			"Interview\n\nSenator Ana Kane spoke to Chris Wallace on Sunday.\n\nWALLACE: Why would he do that?\n\nKANE: Well, look, this is serious business.\n\nUPDATE: This story was changed.",
			[]wantQuote{{text: "Why would he do that?", surname: "Wallace", mention: "WALLACE", cue: ":"}, {text: "Well, look, this is serious business.", surname: "Kane", mention: "KANE", cue: ":"}}},
		{"a transcript with no introduction: full-name labels, then surnames",
			"CHRIS WALLACE, HOST: Welcome back.\n\nMIKE PENCE: Thank you, Chris.\n\nWALLACE: Will the tariffs stay?\n\nPENCE: They will.",
			[]wantQuote{{text: "Welcome back.", surname: "Chris Wallace", mention: "CHRIS WALLACE", cue: ":"}, {text: "Thank you, Chris.", surname: "Mike Pence", mention: "MIKE PENCE", cue: ":"},
				{text: "Will the tariffs stay?", surname: "Chris Wallace", mention: "WALLACE", cue: ":"}, {text: "They will.", surname: "Mike Pence", mention: "PENCE", cue: ":"}}},
		{"headings in capitals that name no person are no transcript", "Polls moved on Monday.\n\nPOLLWATCH: A shift among voters in the state.\n\nSTAT OF THE WEEK: Ten percent of voters moved.", nil},
		{"a single label is no transcript", "UPDATE: This story was changed on Monday to add the mayor's reply.\n\nThe bridge opened.", nil},
		{"a first name that is also a verb", `"It is a costly plan for the town," said Will Harlan, a lecturer in history at a college in Maine.`,
			[]wantQuote{{text: "It is a costly plan for the town,", surname: "Harlan", mention: "Will Harlan", cue: "said"}}},
		{"a byline in a paragraph of its own under the quotation", "\"Most large companies pay no tax at all.\"\n\n- Senator Ana Kane.\n\nThe figure is out of date.",
			[]wantQuote{{text: "Most large companies pay no tax at all.", surname: "Kane"}}},
		{"a role with its complement, then the name in apposition", "The Labour MP for Leeds, Rachel Reeves, told Sky News: \"It is the doctors' choice, not ours.\"",
			[]wantQuote{{text: "It is the doctors' choice, not ours.", surname: "Reeves", mention: "Rachel Reeves", cue: "told"}}},
		{"a pronoun after a sentence whose subject is an unnamed role", "Dr. Anna Lee, a virologist, warned: \"This is the beginning.\" Her colleague disagreed. \"It is overblown,\" he said.",
			[]wantQuote{{text: "This is the beginning.", surname: "Lee", cue: "warned"}, {text: "It is overblown,", surname: "Her colleague", mention: "he", cue: "said"}}},
		{"a capitalised title, then the name in apposition", "Labour has a new plan. The Home Secretary, Yvette Cooper, said: \u2018We will act now.\u2019",
			[]wantQuote{{text: "We will act now.", surname: "Cooper", mention: "Yvette Cooper", cue: "said"}}},
		{"a nationality after 'the' is a person described, not the nationality: the person in focus", "Ange Postecoglou watched from the touchline. \"I thought we deserved a point,\" the Australian said.",
			[]wantQuote{{text: "I thought we deserved a point,", surname: "Postecoglou", mention: "Australian", cue: "said"}}},
		{"a given name tells the pronoun's gender", "Fed chair Jerome Powell met Senator Elizabeth Warren on Tuesday. \"We disagree on rates,\" she said. \"We agree on jobs,\" he said.",
			[]wantQuote{{text: "We disagree on rates,", surname: "Warren", mention: "she", cue: "said"}, {text: "We agree on jobs,", surname: "Powell", mention: "he", cue: "said"}}},
		{"an adverb heads no speaker phrase", "Following a hastily called session, the Security Council released a note calling the launch \"a grave provocation\" against its members.",
			[]wantQuote{{text: "a grave provocation", surname: "Security Council", cue: "calling", partial: true}}},
		{"pronoun resolves to the sentence's subject", `Commissioner Lena Ortiz denounced what she called a "reckless gamble" with the pension fund.`,
			[]wantQuote{{text: "reckless gamble", surname: "Ortiz", mention: "she", partial: true}}},
		{"passive with its agent", `Rubio was asked by moderator Gerard Baker whether the plan would be "another costly program".`,
			[]wantQuote{{text: "another costly program", surname: "Baker", partial: true}}},
		{"person before 'of' an organisation", `"The merger is finished," Martin Keel of The Ledger wrote.`,
			[]wantQuote{{text: "The merger is finished,", surname: "Keel"}}},
		{"verbs that are not speech are rejected", `The survey shows "a sharp rise in costs across the whole region" this year.`,
			[]wantQuote{{text: "a sharp rise in costs across the whole region", partial: true}}},
		{"a passive names no speaker", `It was agreed that the rebuilding would bring "a new start for all of the people".`,
			[]wantQuote{{text: "a new start for all of the people", partial: true}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkQuotes(t, tt.text, tt.want) })
	}
}

func TestQuotesEntityLinking(t *testing.T) {
	// the speaker's mention links to the entity whose mention overlaps it
	text := "Defence Minister Amir Hatami visited Damascus. \"We will help,\" Hatami said. \"It is a new stage,\" the minister added.\n\n" +
		"\"The talks went well,\" the ministry said."
	d := textdoc.Analyze(text)
	at := func(s string) Mention {
		i := strings.Index(text, s)
		return Mention{Start: i, End: i + len(s), Text: s}
	}
	last := func(s string) Mention {
		i := strings.LastIndex(text, s)
		return Mention{Start: i, End: i + len(s), Text: s}
	}
	ents := []Entity{
		{ID: "e1", Type: Person, Name: "Amir Hatami", Mentions: []Mention{at("Amir Hatami"), last("Hatami")}, Titles: []string{"Defence Minister"}},
		{ID: "e2", Type: GPE, Name: "Damascus", Mentions: []Mention{at("Damascus")}},
	}
	got := quote.Extract(d, ents)
	checkQuoteSpans(t, text, got)
	require.Len(t, got, 3)
	require.NotNil(t, got[0].Speaker)
	assert.Equal(t, Speaker{Entity: "e1", Name: "Amir Hatami", Start: last("Hatami").Start, End: last("Hatami").End, Text: "Hatami"}, *got[0].Speaker)
	require.NotNil(t, got[1].Speaker)
	assert.Equal(t, "e1", got[1].Speaker.Entity, "the minister resolves through the entity's titles")
	assert.Equal(t, "the minister", got[1].Speaker.Text)
	assert.Equal(t, "added", got[1].Cue)
	require.NotNil(t, got[2].Speaker)
	assert.Equal(t, "", got[2].Speaker.Entity, "an organisation with no entity keeps its mention as its name")
	assert.Equal(t, "the ministry", got[2].Speaker.Name)
}

func TestQuotesPartial(t *testing.T) {
	tests := []struct {
		text    string
		partial bool
	}{
		{`Ortiz said the deal was "fair and balanced" for both sides.`, true},
		{`Ortiz said: "The deal is fair to both sides."`, false},
		{`"The deal is fair to both sides," Ortiz said.`, false},
		{`Ortiz said that "Northern towns will gain the most from the deal".`, false},
		{`Ortiz called the deal "A Good Start" for the towns.`, true},
		{`"We have the money," Ortiz said, "but not the workers."`, false}, // the second half of a split quotation
		{`"Dubious" figures about health spending explain the gap, the report warned.`, true},
		{"Intro.\n\u201cThe deal is fair to both sides.\u201d \u2015 Lena Ortiz", false},
	}
	for _, tt := range tests {
		got := must(Quotes(tt.text))
		require.NotEmpty(t, got, tt.text)
		assert.Equal(t, tt.partial, got[len(got)-1].Partial, tt.text)
	}
}

func TestQuotesSeed(t *testing.T) {
	b, err := os.ReadFile("testdata/seed.txt")
	if err != nil {
		t.Skip("no seed article")
	}
	want := []struct {
		text, speaker string
		partial       bool
	}{
		{"presence, participation and assistance", "Hatami", true},
		{"and no third party will be influential in this issue", "Hatami", true},
		{"top priority", "Assad", true},
		{"long-term cooperation plans", "Assad", true},
		{"prepared to stay", "Roebuck", true},
		{"focused", "Roebuck", true},
	}
	got := must(Quotes(string(b)))
	checkQuoteSpans(t, string(b), got)
	for _, w := range want {
		var q *Quote
		for i := range got {
			if got[i].Text == w.text {
				q = &got[i]
			}
		}
		if assert.NotNil(t, q, w.text) && assert.NotNil(t, q.Speaker, w.text) {
			assert.Contains(t, q.Speaker.Name, w.speaker, w.text)
			assert.Equal(t, w.partial, q.Partial, w.text)
		}
	}
}

func TestQuotesBadInput(t *testing.T) {
	for _, s := range []string{"", "\"", "\u201c", "'", "\"\"", "\u201c\u201d", "''", "``", "\"a\"b\"c\"d\"",
		"\u2018\u2019\u2018", "said", "according to", "\"x,\" said", "\"x,\" said the", ", said \"", "\n\n\"\n\n\"\n\n",
		strings.Repeat("\"", 1000), strings.Repeat("\u201c said ", 300), "\xff\"bad\"", "KANE: ", ":",
		// long sentences full of marks stay linear: the cue search reads a window around each quotation
		strings.Repeat(`He said " and then `, 2000), strings.Repeat(`"a" , `, 4000), strings.Repeat("\u201cline\n", 2000),
		strings.Repeat("Minister Karl Brandt arrived. \"We will help,\" the minister said. ", 500)} {
		assert.NotPanics(t, func() {
			qs, err := Quotes(s)
			if utf8.ValidString(s) {
				require.NoError(t, err)
				checkQuoteSpans(t, s, qs)
			} else {
				assert.Error(t, err)
			}
		}, "%q", s)
	}
}

func FuzzQuotes(f *testing.F) {
	for _, s := range []string{
		`"We will rebuild," said Mayor Lena Ortiz.`,
		"\u201cHe said \u2018no\u2019 twice,\u201d she said.\n\n\u201cThen he left.",
		"Iran's '90s rock 'n' roll",
		"''Two apostrophes,'' he said.",
		"``Backquotes,'' he said. ''Then '' apostrophes ``",
		"\u201dBackwards\u201c marks \u2015 Name",
		`"a "b" c "d`,
		"KANE: \"Yes.\"",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) {
			return
		}
		for _, apos := range []bool{false, true} {
			d := textdoc.Analyze(s)
			d.AposQuotes = apos
			checkQuoteSpans(t, s, quote.Extract(d, nil))
		}
	})
}

// BenchmarkQuotes measures pairing and attribution on the BBC corpus given
// the analysis and the entities, which are computed before the timer starts.
func BenchmarkQuotes(b *testing.B) {
	texts := corpusTexts(b)
	docs := make([]*textdoc.Doc, len(texts))
	ents := make([][]Entity, len(texts))
	var n int64
	for i, t := range texts {
		docs[i] = textdoc.Analyze(t)
		ents[i] = entity.Extract(docs[i])
		n += int64(len(t))
	}
	b.SetBytes(n)
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		for i, d := range docs {
			quote.Extract(d, ents[i])
		}
	}
}
