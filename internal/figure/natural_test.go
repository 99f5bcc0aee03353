package figure

import "testing"

// TestNaturalDeaths has one article per way a death is told to be natural
// (a cause in its sentence, an obituary's headline), and deaths of harm
// beside them.
func TestNaturalDeaths(t *testing.T) {
	cases := []struct {
		name, text string
		want       []casBrief
	}{
		{"an illness in the sentence", "Police said the courier was shot dead on Friday. His aunt died of pneumonia last spring.",
			[]casBrief{{"the courier was shot dead", killed, 1}}},
		{"an obituary", "Painter Ida Welles dies aged 88\n\nThe painter Ida Welles has died at her home in Porto. Her husband died in 2001.", nil},
		{"an obituary tells of a war", "Painter Ida Welles dies aged 88\n\nThe painter Ida Welles has died at her home. Her brother was killed in the war in 1944.",
			[]casBrief{{"Her brother was killed", killed, 1}}},
		{"a disaster", "Four villagers died in the floods, aged between 6 and 70.", []casBrief{{"Four villagers died", killed, 4}}},
		{"no cause given", "A cyclist died on the ring road on Monday.", []casBrief{{"A cyclist died", killed, 1}}},
		{"an obituary's body found", "Veteran singer Lou Marsh found dead\n\nVeteran singer Lou Marsh was found dead on Tuesday, aged 91. Marsh's body was found by his nephew at a hotel in Leeds.", nil},
		{"an obituary's body found where a film was shot", "Veteran singer Lou Marsh found dead\n\nVeteran singer Lou Marsh was found dead on Tuesday, aged 91. Marsh's body was found by his nephew at a hotel in Leeds, where the singer had been shooting a film about his life.", nil},
		{"a murder's body found", "Woman found dead in flat\n\nA woman was found dead in her flat on Sunday. Police said she had been stabbed. Her body was found by a neighbour.",
			[]casBrief{{"Woman found dead", killed, 1}, {"A woman was found dead", killed, 1}, {"body was found", killed, 1}}},
		{"passed away tells no cause", "Student dies\n\nThe student passed away on Friday, police said.", []casBrief{{"Student dies", killed, 1}}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) { checkBrief(t, c.text, c.want) })
	}
}

// TestIllnessCauses covers deaths and care an illness brought, told by the
// attack of an illness, a symptom or a capitalised name holding a word of
// harm, beside harm told in the same shapes.
func TestIllnessCauses(t *testing.T) {
	cases := []struct{ text, want string }{
		{"Police said the courier was shot dead on Friday. The band's drummer died on tour of a heart attack.", "killed:1"},
		{"A guard died after an attack on the depot.", "killed:1"},
		{"Police said the courier was shot dead on Friday. The writer of the stage musical Under Fire has died of kidney failure aged 80.", "killed:1"},
		{"A firefighter died in the fire, aged 45.", "killed:1"},
		{"Police said the courier was shot dead on Friday. The 61-year-old Tom Kemp was hospitalized after experiencing dizziness.", "killed:1"},
		{"The band cancelled its tour after guitarist Tom Kemp was taken to hospital with \"acute flu-like symptoms\".", ""},
		{"The rider was taken to hospital with a fever after the crash.", "injured:1"},
		{"BASEBALL - COACH TOM KEMP HOSPITALIZED .\nThe 61-year-old Kemp was hospitalized after experiencing dizziness .", ""},
		{"SKIER HOSPITALISED .\nThe skier , with a fever , was taken to hospital following a fall on the slopes .", "injured:1 injured:1"},
	}
	for _, c := range cases {
		checkCounts(t, c.text, c.want)
	}
}

// TestDroppedPronounHits covers a hit told by a pronoun that names no
// casualty (a sport story's knock): the rule that lists pronoun hits with
// no victim before them does not bring it back.
func TestDroppedPronounHits(t *testing.T) {
	cases := []struct{ text, want string }{
		{"Rovers will be without striker Tom Kemp for the cup match on Saturday. The coach said Kemp was left out after he had a groin injury in training. The players face a tough league season.", ""},
		{"Police said the driver was taken to hospital. He had a head injury.", "injured:1"},
	}
	for _, c := range cases {
		checkCounts(t, c.text, c.want)
	}
}

// TestAthleticsStories covers a story of athletics, whose injured are
// athletes out of a meeting, and the shot put, which is no shot.
func TestAthleticsStories(t *testing.T) {
	cases := []struct{ text, want string }{
		{"Tom Kemp won the shot put title at the indoor championships with a throw of 17.5m. Without the injured Welsh champion Ray Hale, the Olympic medallist took the title. The sprinter Ana Cole won her heats to reach the qualifying mark.", ""},
		{"Tom Kemp won the shot put title at the indoor championships. The Olympic medallist was later injured when a gunman opened fire on his car.", "injured:1"},
	}
	for _, c := range cases {
		checkCounts(t, c.text, c.want)
	}
}
