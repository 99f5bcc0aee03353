package newsparse

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestQuotePrecision covers what is no quotation though it stands in
// quotation marks, one row per class, in sentences written for the test,
// with rows of quotations that look alike and stay. want lists the words
// of the quotations kept.
func TestQuotePrecision(t *testing.T) {
	cases := []struct {
		class, text string
		want        []string
	}{
		{"a long title capitalises every word",
			"The crowd queued for hours outside the Rialto to watch Dan Cole's \"Night of the Long Harbour: The Fishermen's Strike\" on Friday.",
			nil},
		{"a long title after the noun of its work",
			"Her memoir, \"Winter Roads and the Northern Highway: A Trucker's Life,\" sold out within a week.",
			nil},
		{"a quoted sentence is not a title",
			"\"We will rebuild every house on this street before the winter comes,\" Mayor Ann Holt said.",
			[]string{"We will rebuild every house on this street before the winter comes,"}},
		{"a headline line with its byline",
			"The week in the city.\n\nPOOL NEWS\u2014\u201cCouncil to close the Elm Street pool in May,\u201d by the Herald's Ann Ray: \u201cThe pool has lost money for years.\u201d\n\nMore next week.",
			[]string{"The pool has lost money for years."}},
		{"a fragment in the writer's sentence with a comma before \"by\" stays",
			"Mayor Ann Holt said the remarks were \"careless and cruel,\" by Monday evening.",
			[]string{"careless and cruel,"}},
		{"a slogan dated in brackets",
			"The party's posters drew complaints.\n\n\u201cJobs for our own first\u201d (2011) \u2014 \u201cNo to the new tax!\u201d (2014).\n\nBoth were withdrawn.",
			nil},
		{"a slogan named by its noun",
			"The party, its leaders said, will fight the election under the slogan \"Our town is working\" this spring.",
			nil},
		{"a term in the writer's noun phrase after its",
			"Factory orders at Hartwell Steel fell in March, and its \"export demand\" index dropped to 50.2.",
			nil},
		{"a term in the writer's noun phrase after a quantifier",
			"Dr Lena Fox runs several \"hubs of innovation\" which the university set up with local firms.",
			nil},
		{"a fragment a reporting verb governs is a mixed quotation",
			"Mayor Ann Holt described the plan as a \"reckless gamble\" on Monday.",
			[]string{"reckless gamble"}},
		{"a fragment in a sentence with a noun of speech",
			"Senator Bo Ray stood by his accusation that the mayor ran a \"secret budget\" for years.",
			[]string{"secret budget"}},
		{"a fragment ending in a preposition is no noun phrase",
			"Governor Nina Park will take a \"hard look at\" the contracts this week.",
			[]string{"hard look at"}},
		{"the title of a show before a role and a name",
			"The festival opened in Halifax on Friday.\n\n\"Nobody Sleeps in Harbour Town\" star Ana Ruiz said the crowd was the warmest she had seen.",
			nil},
		{"the title of a band before a role and a name",
			"The tour is off. \"Gulls over the water\" singer Tom Beck said on Monday that he had broken a wrist.",
			nil},
		{"words said before their attribution end in their own comma and stay",
			"\"We gave everything tonight,\" coach Tom Hale said after the loss.",
			[]string{"We gave everything tonight,"}},
		{"attribute values inside a markup tag left in the text",
			"Mayor Ann Holt posted a reply on Monday.\n\n<tweet pic=\"\" author=\"annholt\" timestamp=\"1448038800\" tweet_id=\"667777348029292544\">I didn\u2019t suggest a database-a reporter did. We must fix the roads & the parks, including the east side.</tweet>\n\n\"It is overdue,\" Holt said.",
			[]string{"It is overdue,"}},
		{"single marks in an article that quotes in double ones hold a term",
			"Nurse Ada Quinn said the ward was full. \"We had patients in the corridors,\" she said. \"Some waited all night.\" Staff call the night shift 'the long watch' among themselves.",
			[]string{"We had patients in the corridors,", "Some waited all night."}},
		{"single marks in an article that quotes in single ones stay",
			"Striker Jack Dunn was delighted. 'We were the better side,' said Dunn. 'The fans deserved that.'",
			[]string{"We were the better side,", "The fans deserved that."}},
		{"a title coordinated with a title",
			"The sketch went viral.\nReyes, who\u2019s starred in \u201cHarbour Lights\u201d and \u201cGuardians of the Night Shift,\u201d posted the clip to YouTube on Thursday.",
			nil},
		{"words coordinated with a title are still words said",
			"She starred in \"Harbour Lights\" and said the cast was \"a family to me\" for years.",
			[]string{"a family to me"}},
		{"a show told in a title's capitals is the one told",
			"\"The bridge will be finished by June,\" Mayor Ann Holt told \"Morning Edition,\" adding that the cost had doubled.",
			[]string{"The bridge will be finished by June,"}},
		{"words told to someone in a sentence's own capitals stay",
			"Mayor Ann Holt told reporters: \"We Will Not Back Down.\"",
			[]string{"We Will Not Back Down."}},
		{"a thing named after \"called\" in a sentence with a verb of writing",
			"Nadia Brook, 41, made her name in housing, writing a book called \u201cA roof for every family\u201d in 2019.",
			nil},
		{"a group named after \"called\" before its clause's verb of saying",
			"Cole, who set up a group called \u201cNeighbours for Quieter Roads,\u201d said the plan was rushed.",
			nil},
		{"words a speaker called something stay",
			"It was what the minister called \u201ca shameful delay\u201d in a statement on Monday.",
			[]string{"a shameful delay"}},
		{"what a document called something is its words, and stays",
			"Auditor Rhea Banner released her report on Tuesday. Staff at the agency kept their files in what an internal review called \u201cutter chaos,\u201d Banner said.",
			[]string{"utter chaos,"}},
		{"words called out after \"called\" are said, not a name",
			"Searchers combed the ravine for hours. Then a voice called \u201cDown here!\u201d from the trees, said volunteer Ben Akers.",
			[]string{"Down here!"}},
		{"a body calling something, its object after the words, stays",
			"The union called \u201cdeeply unfair\u201d the decision to cut the night shift.",
			[]string{"deeply unfair"}},
		{"a fragment describing someone, as others call them",
			"Many voters see Governor Ruth Okafor as the \"steady hand\" the party needs.",
			[]string{"steady hand"}},
	}
	for _, c := range cases {
		t.Run(c.class, func(t *testing.T) {
			got, ok := quotesChecked(t, c.text)
			if !ok {
				return
			}
			var texts []string
			for _, g := range got {
				texts = append(texts, g.Text)
			}
			assert.Equal(t, c.want, texts)
		})
	}
}

// TestGluedLineClosesSingleQuote: a scraped line that runs into the next
// without a space ends its single quotation at the mark before the capital,
// and the quotations after it are paired on their own.
func TestGluedLineClosesSingleQuote(t *testing.T) {
	text := "Council admits bridge \u2018oversight\u2019Officials said on Monday that repairs would start in May. " +
		"\u201cWe failed the town,\u201d Mayor Ann Holt said. Critics called it a \u2018rushed\u2019 plan."
	got, ok := quotesChecked(t, text)
	if !ok {
		return
	}
	var texts []string
	for _, g := range got {
		assert.NotContains(t, g.Text, "Officials")
		texts = append(texts, g.Text)
	}
	assert.Contains(t, texts, "We failed the town,")
}
