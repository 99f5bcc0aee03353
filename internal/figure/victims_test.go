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
