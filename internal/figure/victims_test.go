package figure

import "testing"

// TestCoordinatedVictims: a conjunct that names a person only by the form of
// its noun ("their interpreter") joins the count; a list of names goes on
// past an "and" that a comma and a further name follow; a name set off by
// commas after a described person is that person.
func TestCoordinatedVictims(t *testing.T) {
	cases := []struct{ text, want string }{
		{"Four activists and their interpreter were killed in the ambush.", "killed:5"},
		{"Sam Reed, from Leeds, and Tom Hill, Joe Marsh and Al Kent were detained at the border.", "detained:4"},
		{"Ann Pike, 51, and Rose Dunn, 40, Paul Kerr, 33, and Luke Otieno, 29, were detained in a camp.", "detained:4"},
		{"Ann Pike and Rose Dunn, Paul Kerr and Luke Otieno were detained in a camp.", "detained:4"},
		{"He was cleared of the killings of his former partner, Jane Doyle, and her neighbour in 1994.", "killed:2"},
		{"A guard, Ana Cruz, and a driver were shot at the gate.", "injured:2"},
		{"Ann Pike, 51, and Rose Dunn, 40, were detained in a camp.", "detained:2"},
	}
	for _, c := range cases {
		checkCounts(t, c.text, c.want)
	}
}

// TestFormedPersonShot: a person known only by the form of the noun is
// shot or stabbed when an auxiliary comes before the word; a "shot" that
// a place or a time follows may be a film's, unless a part of the body
// does.
func TestFormedPersonShot(t *testing.T) {
	cases := []struct{ text, want string }{
		{"A spectator was shot outside the arena on Sunday night.", "injured:1"},
		{"A motorcyclist was shot in the leg near the bridge.", "injured:1"},
		{"The thriller was shot in Prague last winter.", ""},
		{"The blockbuster was shot on location in Morocco.", ""},
	}
	for _, c := range cases {
		checkCounts(t, c.text, c.want)
	}
}

// TestAgedFormedPerson: an age before a noun that is a person by its form
// is one victim ("a 16-year-old intruder").
func TestAgedFormedPerson(t *testing.T) {
	cases := []struct{ text, want string }{
		{"The farmer was jailed for shooting dead a 16-year-old intruder in 2001.", "detained:1 killed:1"},
		{"A 40-year-old labourer was stabbed outside the pub.", "injured:1"},
		{"The 16-year-old computer was stolen from the school.", ""},
	}
	for _, c := range cases {
		checkCounts(t, c.text, c.want)
	}
}

// TestHeadlineCommaList: a headline's bare person nouns joined by a comma
// alone are coordinated, each one a victim; a body's comma list of names is
// an apposition, and a possessive after the list names no victim.
func TestHeadlineCommaList(t *testing.T) {
	cases := []struct{ text, want string }{
		{"Guard, driver injured in depot shootout", "injured:2"},
		{"Father, daughter killed in barn fire", "killed:2"},
		{"Clerk, customer shot during store robbery", "injured:2"},
		{"Nurse, 3 others hurt in minibus crash", "injured:4"},
		{"Guard, driver's van damaged in depot crash", ""},
		{"One of the guards, Tom Vale, was shot at the depot.", "injured:1"},
	}
	for _, c := range cases {
		checkCounts(t, c.text, c.want)
	}
}

// TestCompanionCoordination: "as well as", "along with" and "together
// with" join victims as "and" does, after an active verb, in a subject and
// set off by commas; a clause after "as well as" or a thing after "along
// with" adds no victim.
func TestCompanionCoordination(t *testing.T) {
	cases := []struct{ text, want string }{
		{"The gunman killed his three brothers as well as his mother.", "killed:4"},
		{"The gunman killed his three brothers along with his mother.", "killed:4"},
		{"The pilot, along with two passengers, was killed in the crash.", "killed:3"},
		{"She, together with her husband, was detained at the border.", "detained:2"},
		{"A guard as well as two cleaners were wounded in the blast.", "injured:3"},
		{"The storm killed four hikers as well as cutting power to the valley.", "killed:4"},
		{"The blast killed the farmer along with his cattle.", "killed:1"},
		{"The mayor praised the nurse as well as the paramedics.", ""},
	}
	for _, c := range cases {
		checkCounts(t, c.text, c.want)
	}
}

// TestPartitiveCount: a part of a counted whole of people counts the part
// ("9 of the 30 miners", "six out of 40 pupils", "one of the four men");
// the whole, when a noun of people, is no mention of its own. A whole of
// things, of deaths or of people held, and "one of the" before anything but
// people, keep their readings; a part of victims counted before is no
// mention of its own, nor is a part whose participle tells of the whole
// ("one of three people killed in the crash").
func TestPartitiveCount(t *testing.T) {
	cases := []struct{ text, want string }{
		{"Rescuers said 9 of the 30 miners in the shaft died.", "killed:9"},
		{"Nine of the 30 miners in the shaft were killed.", "killed:9"},
		{"Six out of 40 pupils were injured when the roof fell.", "injured:6"},
		{"One of the four men died in hospital.", "killed:1"},
		{"Two of the three were arrested at the port.", "detained:2"},
		{"Officials said one of the four drowned.", "killed:1"},
		{"Officials said one of the four is a teacher.", ""},
		{"Nine of the 30 seats on the ferry were damaged.", ""},
		{"It was one of the deadliest floods in the valley's history.", ""},
		{"Two of the 12 hostages were killed.", "killed:2"},
		{"Four men were shot, two of them seriously.", "injured:4"},
		{"Police said the teacher was one of three people killed in the crash.", "killed:3"},
		{"The victim, Ned Ash, was one of two men fatally stabbed outside the club.", "killed:2"},
	}
	for _, c := range cases {
		checkCounts(t, c.text, c.want)
	}
}
