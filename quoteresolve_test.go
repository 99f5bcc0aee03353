package newsparse

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestSpeakerReference covers speakers named by a pronoun or a description,
// one row per class, in sentences written for the test: want lists, per
// quotation, the canonical name of the entity its speaker refers to.
func TestSpeakerReference(t *testing.T) {
	cases := []speakerCase{
		{"a subject pronoun continues its chain past a person it names",
			"Oscar Lindqvist told the inquiry he had signed every contract himself. He portrayed Ian Moss, an engineer who built the first plant in a rented barn and later ran the largest division, as careless with money. \"He never read a single invoice,\" he said.",
			[]string{"Oscar Lindqvist"}},
		{"the nationality word opening the sentence is the person in focus",
			"Tereza Dvorakova went out to Mia Santos in the Lisbon semi-final. The Czech, seeded first before the event, flies to Vienna next week. \"My serve let me down today,\" she said.",
			[]string{"Tereza Dvorakova"}},
		{"the nationality word as the cue's subject, not the person its sentence names",
			"Sprinter Ana Costa has attacked the federation over its new rules.\n\nAsked about a letter from federation president Hugo Brandt, the Brazilian said: \"Nobody asked the athletes.\"",
			[]string{"Ana Costa"}},
		{"a possessor's role in apposition to a name: the name speaks",
			"The museum reopened on Monday after the flood. \"Nothing of value was lost,\" said the museum's managing director, Helen Marsh.",
			[]string{"Helen Marsh"}},
		{"a possessor ending in s written with an apostrophe alone",
			"The bakery stayed shut all week. \"My uncle loved that oven,\" said Jonas' neighbour, Rita Gomez.",
			[]string{"Rita Gomez"}},
		{"a document speaks for the owner a phrase after it names",
			"Singer Dana Reyes has called off her autumn tour.\n\n\"Dana is resting on her doctors' advice,\" a notice on her website said.",
			[]string{"Dana Reyes"}},
		{"a role whose words run on past a role of its own: the whole phrase",
			"Ruth Aldane left the Treasury in 2004.\n\nThe plan met her rule \"with some room to spare\", according to her former chief economic adviser.",
			[]string{"her former chief economic adviser"}},
		{"words the next paragraph says someone said, those words",
			"The hearing closed on Friday. Nora Quist died in the hallway in March.\n\n\u201cWe let her down. I will not pretend otherwise.\u201d\n\nThe nurse in charge that evening, Dr. Elias Brandt, said those words to the panel last month.",
			[]string{"Elias Brandt"}},
		{"words whose owner the next paragraph names: the owner over a name before",
			"The hearing closed on Friday. Nora Quist died in the hallway in March.\n\n\u201cWe let her down. I will not pretend otherwise.\u201d\n\nThose were the words of Dr. Elias Brandt, the nurse in charge that evening.",
			[]string{"Elias Brandt"}},
		{"how an honorific and a name put it",
			"The hearing closed on Friday. Nora Quist died in the hallway in March.\n\n\u201cWe let her down. I will not pretend otherwise.\u201d\n\nThat is how Dr. Elias Brandt, the nurse in charge that evening, put it.",
			[]string{"Elias Brandt"}},
		{"a notice a possessive gives was sent to its possessor, who does not speak it",
			"Omar Velez has rented the flat for 11 years.\n\nHis eviction notice says the unit is needed \"for the owner's family.\"",
			[]string{"His eviction notice"}},
		{"those words as the subject of what someone said: not the one who said it",
			"Councillor Dan Pruitt turned to a colleague during the meeting.\n\n\u201cYou are a disgrace to this council.\u201d\n\nMayor Lisa Grant said those words had no place in the chamber.",
			[]string{"Dan Pruitt"}},
		{"a document whose second participle names who obtained it, not who wrote it",
			"Three schools will close in June.\n\nThe letter, sent to parents on Monday and obtained by the Valley Courier, says the closures are \"unavoidable.\"",
			[]string{"The letter"}},
		{"a team's name before a player's role: the player, not the team",
			"The Harbour Kings beat the Steelheads 3-2 on Saturday.\n\nLuc Moreau, who had a goal and an assist, agreed with his coach.\n\n\"We let them back in,\" said the Steelheads forward.",
			[]string{"Luc Moreau"}},
		{"he is no team a town's name stands for",
			"The Sudbury Nickel Kings lost again on Saturday.\n\nThe Nickel Kings have lost four straight. Coach Ray Lachance said he was not worried. Sudbury went 0-for-4 on the power play.\n\n\"Our power play let us down,\" he said.",
			[]string{"Ray Lachance"}},
		{"a surname that opens a body's name is still the person's for he or she",
			"Michael Bloomberg will give $40 million to rural clinics, Bloomberg Philanthropies said on Tuesday.\n\nBloomberg made the announcement in Regina.\n\n\"No one should have to drive three hours to see a doctor,\" he said.",
			[]string{"Bloomberg"}}, // the man's own mention (typed a body), not "Bloomberg Philanthropies"
		{"a court case that is the subject of its finding speaks as a ruling does",
			"The appeal court ruled for the tenants in March.\n\nHale v. Morrow found the city \"owed a duty of care to its tenants.\"",
			[]string{"Hale v. Morrow"}},
		{"a document a possessive gives speaks for its possessor",
			"Sprinter Lena Vogt has sued the federation over her ban.\n\nHer lawsuit says she \"never took a banned substance in her career\" and asks for damages.",
			[]string{"Lena Vogt"}},
		{"'it said' is the organisation a chain of descriptions carries",
			"Orvian Systems is recalling two million chargers for its Lumo phones. The company said five chargers in a million had overheated. The recall covers phones that Northway Retail sold before 2019.\n\nIn a statement, it added: \"No one has been hurt.\"",
			[]string{"Orvian Systems"}},
		{"an apposition that no second comma closes runs to the verb: the name before it is the subject",
			"Martin Ochs, executive partner of Harland Price said the firm would open a second office. He added: \"Ruth has decided that the move should be made now.\"",
			[]string{"Martin Ochs"}},
		{"an apposition naming a body in a list runs to the verb too",
			"Dr Andrew Kent, associate director of the Institute for Play, Games and Learning moved to reassure parents. \"Games deserve critical study in schools,\" he said.",
			[]string{"Andrew Kent"}},
		{"'he' after a spokesman for a body: the body, not a title named before",
			"Sunset Garden won two prizes but lost to The Aviator. Sunset Garden also earned a nomination for its design. A spokesman for the Arts Council said: \"It is a pity there were not more winners.\" He added: \"Twenty nominees was a fine result.\"",
			[]string{"Arts Council", "Arts Council"}},
		{"a participle coordinated after a no-break space takes the main clause's subject",
			"Leeds Is Not The Grimmest Town In England, Mark Ruiz.\n\nLEEDS \u2014 Mayoral candidate Mark Ruiz claimed that Leeds, Yorkshire, has more crime than some of the grimmest places.\nIn an interview with The Courier published online Wednesday, Ruiz was asked, \u201cWhat is the worst town you have seen?\u201d\nRuiz joked that Bradford was his answer,\u00a0but went on to say, \u201cThere are places in England that are grim.\u201d",
			[]string{"Mark Ruiz", "Mark Ruiz"}},
		{"a speech printed over paragraphs keeps the speaker the model gave its first, not names it mentions",
			"Governor Ann Lowell spoke to supporters in Dayton on Tuesday night after winning the primary.\n\nTranscript as follows:\n\n\"Tonight we drove to the hall, and people started to cheer. I want to thank the people of this great state. I love you.\n\n\"We are now up forty thousand jobs. We have lowered fees further than any other state, and Frank Moreno said it could not be done. We leave no one behind.\n\n\"I grew up in a little town called Pine Rocks, and I know these streets. Thank you and God bless!\"",
			[]string{"Ann Lowell", "Ann Lowell", "Ann Lowell"}},
		{"'he' after a sentence whose last clause, opened by 'but', has a person of its own: the one who answers",
			"Carl Berg said he had had enough of the slow courts but Tennis Norway chief Petter Lunde rejected his complaint. \"We did ask for faster courts,\" he said.",
			[]string{"Petter Lunde"}},
		{"a body's name in apposition with no determiner and no second comma: the name before it speaks",
			"Hotel owners fear a quiet summer in the resort.\n\nMaria Lindqvist, Northport Hotel Association said: \"We are doing all we can to win them back.\"",
			[]string{"Maria Lindqvist"}},
		{"a bare description after a body's name in apposition: the name before it speaks",
			"Waiting times rose again in March.\n\nTomas Greer, Green Party health spokesman said: \"She set this very target years ago.\"",
			[]string{"Tomas Greer"}},
		{"a comma after the verb makes the body's clause one put in: the body speaks",
			"Hotel owners fear a quiet summer in the resort.\n\nMaria Lindqvist, Northport Hotel Association said, had \"never missed a payment\" in ten years.",
			[]string{"Northport Hotel Association"}},
		{"'he said' after the words it reports stands for no name in them",
			"Campaign chief Alan Reeve set out the plans on Monday. The campaign would be run from the regions. And Peter Marsh would lead that effort on the ground, he said. \"He will lead the debate,\" he promised.",
			[]string{"Alan Reeve"}},
		{"a reporting clause after the words it reports holds the sentence's subject for the pronoun after",
			"Chancellor Gordon Brown presented the Budget on Wednesday. Opposition leader Mark Holt attacked the plan. Mr Brown liked to talk about balanced books, the opposition leader said. \"This is a dodgy plan,\" he said.",
			[]string{"Mark Holt"}},
		{"a reporting verb its own clause follows reports no words before it: the pronoun may stand for the name",
			"Critics have attacked Tom Reed over the delay. As for Reed, he said he was not worried. \"We will finish in May,\" he said.",
			[]string{"Tom Reed"}},
		{"'he' stands for no group: not a party the sentence before has as its subject",
			"Opposition leader Mark Holt spoke in Leeds on Friday. The Tories had failed the country for a decade. \"We can win this election,\" he said.",
			[]string{"Mark Holt"}},
		{"a word of nationality that is a person's surname may be 'he'",
			"Billionaire Mark Cuban spoke to students in Dallas on Friday. Cuban has said he will not run for office. \"I like my job too much,\" he said.",
			[]string{"Cuban"}},
		{"a reporting clause a participle continues still ends the words it reports",
			"Councillor Alan Reeve spoke on Monday. Mayor Tom Reed has failed to fix the roads, he claimed, saying the council had run out of money. \"It is a scandal,\" he said.",
			[]string{"Alan Reeve"}},
		{"a speaker brought in by a cue between two quotations of a paragraph speaks the second",
			"Lib Dem spokesman Mark Olsen said: \"It would be prudent to wait.\" Chief constable Andrew Hale conceded that drinking was a worry. \"Walk through the centre on a Saturday night and you will see it.\"",
			[]string{"Mark Olsen", "Andrew Hale"}},
		{"a verb before 'to' between two quotations reports no words: the speaker before goes on",
			"Police spokesman Lt. Dan Ortiz said: \"We know one of the two shooters fled.\" Officers responded to the bar just after midnight. \"What we could establish is that one of them fled.\"",
			[]string{"Dan Ortiz", "Dan Ortiz"}},
		{"a participle between two quotations reports no words: the speaker before goes on",
			"Midfielder Sean Finn said: \"Our passing was poor today.\" Ireland seem to hold the upper hand after earning away draws in Oslo and Rome. \"In Rome, we looked good.\"",
			[]string{"Sean Finn", "Sean Finn"}},
		{"an official of a body a nationality qualifies speaks for the body",
			"The bond sale went ahead on Friday. \"The reserves will not be touched,\" a senior Brazilian Trade Ministry official said.",
			[]string{"Trade Ministry"}},
	}
	checkSpeakerNames(t, cases)
}

// speakerCase is a text and the names of its quotations' speakers, in order.
type speakerCase struct {
	class, text string
	want        []string
}

// checkSpeakerNames checks the speakers of each case's quotations.
func checkSpeakerNames(t *testing.T, cases []speakerCase) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.class, func(t *testing.T) {
			got, ok := quotesChecked(t, c.text)
			if !ok {
				return
			}
			if !assert.Len(t, got, len(c.want)) {
				return
			}
			for i, w := range c.want {
				if assert.NotNil(t, got[i].Speaker, "speaker of %q", got[i].Text) {
					assert.Equal(t, w, got[i].Speaker.Name, "speaker of %q", got[i].Text)
				}
			}
		})
	}
}

// TestSpeakerMention covers the words a speaker's mention spans, one row
// per class, in sentences written for the test.
func TestSpeakerMention(t *testing.T) {
	cases := []struct{ class, text, want string }{
		{"a role a preposition joins to two names joined by 'and' spans both",
			"The fund lost money for a third year. \"We will not sell,\" a spokesman for Kestrel and Lorne said.",
			"a spokesman for Kestrel and Lorne"},
		{"a proportion of the people just named speaks on its own: 'four in 10'",
			"More than 6 in 10 farmers who took part called themselves worried. About four in 10 said the ministry had \"betrayed\" them.",
			"About four in 10"},
		{"a proportion of the people just named speaks on its own: 'half'",
			"More than 6 in 10 farmers who took part called themselves worried. Nearly half said the ministry had \"betrayed\" them.",
			"Nearly half"},
		{"a proportion after the quotation it reports",
			"Voters in the county were asked about the new tax. \"It is far too high,\" more than a third said.",
			"more than a third"},
		{"a name after 'and' that no preposition governs stays itself",
			"The fund lost money for a third year. \"We will not sell,\" Ruiz and Price said.",
			"Price"},
	}
	for _, c := range cases {
		t.Run(c.class, func(t *testing.T) {
			got, ok := quotesChecked(t, c.text)
			if !ok || !assert.Len(t, got, 1) || !assert.NotNil(t, got[0].Speaker) {
				return
			}
			assert.Equal(t, c.want, got[0].Speaker.Text)
		})
	}
}

// TestGuillemetSeparator: a « or » without its partner in the paragraph
// separates a page's title or breadcrumbs and opens no quotation.
func TestGuillemetSeparator(t *testing.T) {
	text := "Storm closes valley roads « Valley News Today: Crews worked through the night. " +
		"\u201cWe have never seen the river this high,\u201d said Chief Ana Lopes of the fire service.\n\nHome » News » Local"
	got, ok := quotesChecked(t, text)
	if !ok {
		return
	}
	if assert.Len(t, got, 1) {
		assert.Equal(t, "We have never seen the river this high,", got[0].Text)
		if assert.NotNil(t, got[0].Speaker) {
			assert.Equal(t, "Ana Lopes", got[0].Speaker.Name)
		}
	}
}
