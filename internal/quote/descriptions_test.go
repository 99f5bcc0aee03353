package quote

import (
	"testing"
)

// TestDescriptionSpeakers checks speakers named by a description or a
// name with what qualifies it: an age, a title after a place or a body,
// titles coordinated before a name, a body in apposition to a person, the
// paper's own correspondent and an emphatic description. The sentences are
// made up for the test; want is the last quotation's speaker name.
func TestDescriptionSpeakers(t *testing.T) {
	cases := []struct{ name, text, want string }{
		{"an age no one is given: the person in focus, not a scorer with a count in brackets",
			"Tomas Ruiz says his old team can win the cup again.\n\nFormer Leeds captain Ruiz, who now plays in Spain, believes the squad is stronger. In 2001 they lost to goals from Luis Ortega (2) and Paulo Dias. \"They have more belief now,\" the 34-year-old said.",
			"Tomas Ruiz"},
		{"a description in apposition before a name gives that person the role",
			"Vancouver recovered from a 2-0 deficit and beat Calgary 4-3 on Saturday. Their rookie defenceman, Jo Lindqvist, set up the winner in overtime.\n\nCoach Tom Vale praised the power play. \"It won us the game,\" Vale said.\n\n\"We just kept pushing,\" said the rookie defenceman.",
			"Jo Lindqvist"},
		{"a soft word heads the description, which the start of a sentence put in capitals before the name",
			"Edmonton beat Winnipeg 3-2 in a shootout on Tuesday, with Leon Draisaitl scoring the winner.\n\nVeteran goaltender Mike Smith made 31 saves for Edmonton.\n\n\"I felt good out there,\" said the veteran.",
			"Mike Smith"},
		{"the company is no union, even the one named last",
			"Northline Rail Inc. and the Teamsters Canada Rail Conference reached a deal on Tuesday, ending a strike by the Teamsters Canada Rail Conference.\n\n\"We are pleased to have an agreement,\" the company said in a news release.",
			"Northline Rail Inc."},
		{"'the' and a party's spokesman: the person the article named so, not the party",
			"Green Party spokeswoman Ana Ruiz said the budget was unfair to renters. Labour spokesman Tom Vale defended it. Rents have risen for five years.\n\nThe Green Party spokeswoman said the plan would make things worse. She called it \"a tax on the young\".",
			"Ana Ruiz"},
		{"the spokesperson again, for a person a title names after 'for'",
			"The premier's office defended the cost of her trip to India on Monday.\n\nA spokesperson for Opposition Leader Ann Cole called the trip a failure.\n\n\"Taxpayers are paying for a photo op,\" the spokesperson said.",
			"Ann Cole"},
		{"a statement whose maker no entity holds speaks for that maker, not the body in focus",
			"A teenager died Friday after his car was struck from behind near Kingston, OPP said.\n\nIn a statement, his family said he was a gifted musician. \"He lit up every room he walked into,\" the statement said.",
			"his family"},
		{"a document speaks for whom its participle's phrase says sent it",
			"The University of Elm will cut 14 programs, according to an internal email.\n\nThe email, sent to deans on Friday by provost Dr. Thea Quist, says the closures are required to \"protect the long-term future of the institution.\"",
			"Thea Quist"},
		{"an age an indefinite phrase gave someone new",
			"Police officer Dan Ross said a car left the road on Friday night. A 23-year-old man was hurt in the crash. \"It was terrifying,\" the 23-year-old said.",
			"the 23-year-old"},
		{"a title after a place is the person who holds it, not the place",
			"Labour MP Jane Holt has spoken about her recovery.\n\nMs Holt, who has two children, said the treatment had been hard. \"I was lucky to have such support,\" said the Leeds West MP.",
			"Jane Holt"},
		{"titles coordinated before a name: the name speaks",
			"Arcon Systems has cut its forecast again. \"We have a clear plan for the year,\" said Arcon president and chief executive Dana Whitfield.",
			"Dana Whitfield"},
		{"a person with a body in apposition after a comma, before the verb",
			"Crowds gathered for the annual fair in Berlin. \"Phones will rule the show this season,\" Tom Keller, from the Retail Technology Federation (RTF) told reporters.",
			"Tom Keller"},
		{"a person with a body's name in apposition",
			"The party will hold its conference in Leeds next year.\n\nTom Baxter, Seaford Hotel Association said: \"We are very disappointed.\"",
			"Tom Baxter"},
		{"the paper's correspondent, named before",
			"Gordon Brown has given a speech to the conference. Before the speech, BBC correspondent Jim Hale said Mr Brown would draw lines with the Tories. \"Mr Brown will set out his credentials as a reformer,\" our correspondent said.",
			"Jim Hale"},
		{"an emphatic description",
			"Chancellor Gordon Brown has set out his plan for growth. Nothing as arcane as \"neo-classical supply shock models\" which the chancellor himself once cited, yet a plain idea.",
			"Gordon Brown"},
	}
	checkLastSpeakers(t, cases)
}

// TestSpeakingDescriptions checks a definite description that is the
// subject of a speech verb next to a quotation, whose head is a noun for
// a person no list holds and which a name or an age anchors: it speaks as
// the person in focus, unless an indefinite phrase introduced someone new.
// The sentences are made up.
func TestSpeakingDescriptions(t *testing.T) {
	cases := []speakerCase{
		{"after the verb",
			"Nina Park came fourth in the final on Sunday. \"I am proud of the result,\" said the Regina local.",
			"Nina Park"},
		{"before the verb",
			"Dan Hale has fished the lake for forty years. He says the trout have gone. \"It is empty now,\" the Kerry man told reporters.",
			"Dan Hale"},
		{"a bare description no name or age anchors may be someone new",
			"Tom Reid spoke at the rally in Leeds. \"Go home!\" shouted the man.",
			"the man"},
		{"a newcomer introduced just before",
			"Nina Park came fourth in the final. A young supporter waved a flag. \"I am proud of her,\" said the Regina local.",
			"the Regina local"},
	}
	checkLastSpeakers(t, cases)
}

// TestAppositionAfterVerb checks a role after a speech verb that runs on
// past its head to a comma and the name it describes: the name speaks,
// not the role nor a body named in it. The sentences are made up.
func TestAppositionAfterVerb(t *testing.T) {
	cases := []speakerCase{
		{"a role with a prepositional phrase, then the name",
			"Northline said fares would rise. \"We have no choice,\" said Northline director of network planning, Maria Dorn.",
			"Maria Dorn"},
		{"a role naming a body after a preposition, then the name",
			"The council voted on Monday. \"It is a sad day,\" said the chairman of the planning committee at Easton council, Tom Reid.",
			"Tom Reid"},
	}
	checkLastSpeakers(t, cases)
}

// TestSpeakingDescriptionChain checks "he" after a sentence whose subject
// is a description that speaks ("The former Wales international added
// that …"): the description continues the turn of the speaker named
// before, and "he" follows it, not a person named in between or inside
// its clause. The sentences are made up.
func TestSpeakingDescriptionChain(t *testing.T) {
	cases := []speakerCase{
		{"the speaker of the turn before, not the subject named in between",
			"Ward rejects Hull\n\nFormer Leeds boss Ian Ward has turned down the chance to manage Hull.\n\nThe Welshman was the first choice of chairman Sam Cole. \"It is a great job for anyone,\" Ward told reporters. Club director Tom Hale held talks with Ward on Monday. The former Wales international added that the move would be unwise. \"It has everything but I have too many memories,\" he said.",
			"Ian Ward"},
		{"the person in focus, not one named in the description's clause",
			"Kevin Moss will miss the derby. The former Wales international told reporters that coach Alan Price had asked him to rest. \"My knee is still sore,\" he said.",
			"Kevin Moss"},
	}
	checkLastSpeakers(t, cases)
}

// TestEpithetSpeakers checks "the" and a capitalised phrase the article
// uses nowhere else as a name, after a speech verb ("said the Thornbury
// Harrier"): an epithet for the person in focus, the subject of the
// sentence before, when there is one. The sentences are made up.
func TestEpithetSpeakers(t *testing.T) {
	cases := []speakerCase{
		{"the subject of the sentence before",
			"The final was run in heavy rain. Then Owen Pratt held off the champion on the last bend. \"This was the best race of my life,\" said the Thornbury Harrier.",
			"Owen Pratt"},
		{"the speaker of the turn before",
			"Owen Pratt won the final. \"I am delighted,\" Pratt told reporters. The race was run in heavy rain. \"It was hard work,\" said the Thornbury Harrier.",
			"Owen Pratt"},
	}
	checkLastSpeakers(t, cases)
}

// TestOfficeSpeakers checks a description that names an office and speaks
// after someone whom the article gives another office: a new, unnamed
// person, not the speaker of the turn before; one given that office or
// none is. The sentences are made up for the test; want is the last
// quotation's speaker name.
func TestOfficeSpeakers(t *testing.T) {
	cases := []struct{ name, text, want string }{
		{"a critic after an executive director",
			"The province will spend $12 million on rinks.\n\n\"Every town asked for this,\" said Helen Achterberg, the executive director of the Prairie Rink Society. \"They need it now.\"\n\nIn a statement, the opposition critic said the money \"will not last a winter.\"",
			"the opposition critic"},
		{"a minister after an executive director",
			"The province will spend $12 million on rinks.\n\n\"Every town asked for this,\" said Helen Achterberg, the executive director of the Prairie Rink Society.\n\nThe minister said the plan \"is only a start.\"",
			"The minister"},
		{"a minister after one given that office",
			"The province will spend $12 million on rinks, Sports Minister Helen Achterberg said on Monday.\n\n\"Every town asked for this,\" Achterberg said.\n\nThe minister said the plan \"is only a start.\"",
			"Helen Achterberg"},
		{"a critic after one given no office",
			"The province will spend $12 million on rinks.\n\n\"Every town asked for this,\" said Helen Achterberg. \"They need it now.\"\n\nIn a statement, the critic said the money \"will not last a winter.\"",
			"Helen Achterberg"},
	}
	checkLastSpeakers(t, cases)
}
