package quote

import (
	"testing"
)

// TestPronounSalience checks the person a speaker's pronoun stands for
// when its sentence or the one before names others: a list that
// "including" governs, an adverb opening the sentence that the recogniser
// may take for a name, a name a preposition governs, the subject of a
// clause that opens the sentence before the main one, and a rank that
// describes the person in focus. The sentences are made up for the test;
// want is the last quotation's speaker name.
func TestPronounSalience(t *testing.T) {
	cases := []struct{ name, text, want string }{
		{"not an object inside an 'including' list",
			"Peter Lane won the prize for best actor on Sunday.\n\nPeter Lane beat actors including Colin Hart, Mark Bell and Alan Gray to the prize for best actor. He thanked his director and praised the film as \"a gift to us all\".",
			"Peter Lane"},
		{"a phrase set off by a comma after 'like' ends before the subject",
			"Tom Vale and Ann Ruiz spoke on Monday. Like Vale, Ann Ruiz rejected the plan, arguing there is \"room for a deal\" in it.",
			"Ann Ruiz"},
		{"an adverb opening the sentence is no one",
			"Peter Lane won the prize for best actor on Sunday. He thanked his director. Backstage, he said: \"I never expected this.\"",
			"Peter Lane"},
		{"not the name a preposition governs before the pronoun",
			"Jane Morrow won the award for best actress on Sunday. Jane Morrow, who won for her role as the late singer Edith Caron in The Voice, said her award was \"a surprise\". Of Caron, she said: \"Her voice still moves everyone.\"",
			"Jane Morrow"},
		{"not the subject of a clause opening the sentence before",
			"Party leader Tom Hale has rejected claims about his policy.\n\nUnion leader Ned Gray told the Courier he expected some voters to switch. Asked if he was at ease with the claim that the two parties had the same voters, Mr Hale told the paper: \"That is simply wrong.\" He said he found the union's ideas \"shocking\" but he said the country had to change.",
			"Tom Hale"},
		{"the rank of the person in focus, not the opponent it played",
			"Top seed Paul Brandt had to save three match points before beating Marco Ruiz at the Doha Open.\n\nThe world number one took three hours to earn his victory. Brandt was not worried despite needing three sets once more. The world number one also needed the full distance against Ivan Petrov in the Paris final and against Tom Weiss in the first round. \"I had a slow start again,\" he said.",
			"Paul Brandt"},
	}
	checkLastSpeakers(t, cases)
}

// TestSingularHeadInSs checks a pronoun after a description that is the
// subject of the sentence before, whose head ends in ss ("boss",
// "actress"): a singular, so the pronoun continues it, not a name of the
// sentence before that. The sentences are made up for the test; want is
// the last quotation's speaker name.
func TestSingularHeadInSs(t *testing.T) {
	checkLastSpeakers(t, []speakerCase{
		{"a head in ss",
			"Hale talks to Leeds\n\nLeeds boss Tom Hale said he tried to sign the striker, but Morton were not ready to sell.\n\nThe former Derby boss also hopes to add new faces when the season is over. \"I want three or four new players,\" he said.",
			"Tom Hale"},
	})
}

// TestNamedOwnerSpokesperson checks a pronoun after a spokesperson whom a
// capitalised word ties to a body ("a Conservative spokeswoman"): the
// pronoun is that spokesperson, who speaks for no other body in focus,
// whether or not the article names the body. The sentences are made up
// for the test; want is the last quotation's speaker name.
func TestNamedOwnerSpokesperson(t *testing.T) {
	cases := []struct{ name, text, want string }{
		{"a party the article names only as an adjective",
			"A Liberal Party spokesman told reporters the party kept clear of the lists. \"That is not marketing,\" he said.\n\nA Conservative spokeswoman said the party obeyed the rules. She said: \"We follow the law.\"",
			"A Conservative spokeswoman"},
		{"the party the article names",
			"The Harbour Authority raised its fees on Monday, and the Tory Party objected.\n\nA Tory official said the rise was unfair. \"It hits the small boats hardest,\" he said.",
			"Tory Party"},
	}
	checkLastSpeakers(t, cases)
}

// TestLedeCataphor checks a pronoun that opens a story's first sentence,
// before anyone is named, and speaks a fragment: the person its sentence
// names after it. The sentences are made up for the test; want is the
// last quotation's speaker name.
func TestLedeCataphor(t *testing.T) {
	cases := []struct{ name, text, want string }{
		{"the person named later in the lede",
			"Premier back on the road\n\nHe called it his \"summer of listening\" last year, and now Premier Scott Moe is heading back out to rural Saskatchewan.\n\nMoe will visit 20 towns in two weeks.",
			"Scott Moe"},
	}
	checkLastSpeakers(t, cases)
}
