package newsparse

import "testing"

// TestQuoteTurns covers who speaks in conversational structures, one row
// per class, in sentences written for the test: an interview's alternating
// turns, a paragraph or quotation that goes on with the speaker before,
// and the main reporting clause of a sentence that reports another's
// words. want lists, per quotation kept, its words and the speaker's
// canonical name.
func TestQuoteTurns(t *testing.T) {
	cases := []quoteClass{
		{"an answer after a question, its cue opening a long sentence",
			"Host Dana Ortiz pressed the mayor on the budget.\n\n\"Will you cut the parks?\" Ortiz asked.\n\n\"I would never do that to this city, would I?\" Tom Hale replied, pointing to the new playground the council had opened beside the river last spring.",
			[]q{{"Will you cut the parks?", "Dana Ortiz", ""}, {"I would never do that to this city, would I?", "Tom Hale", ""}}},
		{"the main clause of a sentence that reports another's promise speaks the paragraph's next quotation",
			"Transport spokesman Ravi Shah said instead of the fast trains the Kestrel Party had promised, there had been delays on every line. \"Passengers deserve better than this.\"",
			[]q{{"Passengers deserve better than this.", "Ravi Shah", ""}}},
		{"a quotation reopened in the next paragraph goes on before a cue later in that paragraph",
			"Housing spokeswoman Ann Holt said: \"The plan will build homes nobody can afford.\n\n\"We would scrap it on the first day.\" Finance spokesman Carl Webb said the costs were unclear.",
			[]q{{"The plan will build homes nobody can afford.", "Ann Holt", ""}, {"We would scrap it on the first day.", "Ann Holt", ""}}},
		{"a profile quotes its focus in the first person without a cue",
			"Mara Quinn has run the harbour ferry for thirty years. Quinn started as a deckhand at sixteen. Critics call Quinn stubborn, and Quinn agrees.\n\nThe town council approved a new bridge in March. Its engineers expect it to open in 2030. The budget is large. Tolls will pay for most of it.\n\n\"I think the bridge will empty the town within a decade.\"",
			[]q{{"I think the bridge will empty the town within a decade.", "Mara Quinn", ""}}},
		{"the one the writer's question names does not answer it",
			"Mara Quinn has run the harbour ferry for thirty years. Quinn started as a deckhand at sixteen. Critics call Quinn stubborn, and Quinn agrees.\n\nSo is the ferry finished, as harbour master Tom Reyes once claimed? \"No. I will run it until the day I die.\"",
			[]q{{"No. I will run it until the day I die.", "Mara Quinn", ""}}},
		{"a speaker's pronoun goes on past the people his report speaks of",
			"Party chairman Alan Reed opened the campaign on Monday.\n\nNobody, he claimed, could picture rival leader Tom Vale in Downing Street. They could, however, picture Prime Minister Sam Ford doing it. And Ford would be in the front line of the campaign, he said. \"We will campaign in every town and village,\" he promised.",
			[]q{{"We will campaign in every town and village,", "Alan Reed", ""}}},
	}
	checkQuoteClasses(t, cases)
}
