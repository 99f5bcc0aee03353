package figure

import (
	"testing"

	"github.com/newsparse/newsparse/internal/entity"
	"github.com/newsparse/newsparse/internal/textdoc"
	"github.com/stretchr/testify/assert"
)

// TestCountedCoordination: counted victims joined by "and" are one mention
// of their sum when both counts are exact, and two mentions when either
// carries a qualifier or is vague; a count's place ("from Leeds") does not
// break the coordination, nor does one more victim after it.
func TestCountedCoordination(t *testing.T) {
	cases := []struct{ text, want string }{
		{"Two policemen and three soldiers were killed in the ambush.", "killed:5"},
		{"Four nurses and two doctors were wounded when the clinic was shelled.", "injured:6"},
		{"Three miners and one guard died in the collapse.", "killed:4"},
		{"Six men from Bradford and another man from Derby have been arrested.", "detained:7"},
		{"Eleven students and a teacher were taken hostage.", "kidnapped:12"},
		{"About 40 villagers and more than 10 soldiers were killed.", "killed:40 killed:10"},
		{"Dozens of protesters and two policemen were hurt.", "injured:12 injured:2"},
	}
	for _, c := range cases {
		checkCounts(t, c.text, c.want)
	}
}

// TestPeoplePlurals: a nationality or a religious or ethnic group named in
// the plural heads a count of victims ("Kurds", "Chinese", "Jews") unless a
// noun follows it.
func TestPeoplePlurals(t *testing.T) {
	cases := []struct{ text, want string }{
		{"The ministry said about 60 Iraqi Kurds were killed in the shelling.", "killed:60"},
		{"Historians estimate 20 million Chinese died in the war.", "killed:20000000"},
		{"Officials said 14 Serbs were wounded in the clashes.", "injured:14"},
		{"Nine Swiss were injured when the coach overturned.", "injured:9"},
		{"Two Chinese climbers were killed by an avalanche.", "killed:2"},
		{"The senator met 40 Democrats and 12 Republicans on Tuesday.", ""},
	}
	for _, c := range cases {
		checkCounts(t, c.text, c.want)
	}
}

// TestKillingOfCount: a noun of killing whose "of" names a counted or vague
// number of dead ("the massacre of 300 villagers", "the slaughter of
// millions of Jews") is a mention of that many killed.
func TestKillingOfCount(t *testing.T) {
	cases := []struct{ text, want string }{
		{"The tribunal heard evidence of the massacre of 250 villagers.", "killed:250"},
		{"The film recounts the slaughter of thousands of prisoners.", "killed:1000"},
		{"He denied the genocide of hundreds of thousands of people.", "killed:100000"},
		{"The killing of 31 protesters sparked a general strike.", "killed:31"},
		{"Rights groups condemned the executions of 12 men.", "killed:12"},
		{"The massacre of the village was never investigated.", ""},
	}
	for _, c := range cases {
		checkCounts(t, c.text, c.want)
	}
}

// TestWeaponOnSelf: a weapon turned on oneself is a self-inflicted harm, a
// death unless the sentence says the person lived; an attempt is none.
func TestWeaponOnSelf(t *testing.T) {
	cases := []struct{ text, want string }{
		{"The gunman then turned the gun on himself.", "killed:1"},
		{"Investigators said Ray Dunn stabbed his neighbour before turning the knife on himself.", "injured:1 killed:1"},
		{"A woman turned her own rifle on herself inside the farmhouse.", "killed:1"},
		{"The shooter turned the weapon on himself and remains in critical condition.", "injured:1"},
		{"He tried to turn the gun on himself but deputies wrestled it away.", ""},
		{"The coach turned the tables on himself with a late substitution.", ""},
	}
	for _, c := range cases {
		checkCounts(t, c.text, c.want)
	}
}

// TestDoneInfinitive: an infinitive after "managed", "able" or "proceeded"
// tells a deed done, not a purpose.
func TestDoneInfinitive(t *testing.T) {
	cases := []struct{ text, want string }{
		{"The toddler found a loaded pistol and managed to shoot himself in the hand.", "injured:1"},
		{"The attackers were able to kill two guards before fleeing.", "killed:2"},
		{"Militants then proceeded to kill 14 villagers.", "killed:14"},
		{"The gang wanted to kill two guards.", ""},
		{"He threatened to shoot himself.", ""},
	}
	for _, c := range cases {
		checkCounts(t, c.text, c.want)
	}
}

// TestReflexiveVictims: a reflexive object is its subject harmed by its own
// hand, listed when the subject is named in its clause and no other harm
// of the sentence names it; a headline's self-harm glued to the lede does
// not silence the lede's.
func TestReflexiveVictims(t *testing.T) {
	cases := []struct{ text, want string }{
		{"Deputies are investigating how a four-year-old girl found a revolver and shot herself.", "injured:1"},
		{"Boy shoots himself at campsite\nDeputies said a seven-year-old boy managed to shoot himself in the leg.", "injured:1 injured:1"},
		{"A teenager accidentally shooting himself in the leg prompted the review.", "injured:1"},
	}
	for _, c := range cases {
		checkCounts(t, c.text, c.want)
	}
}

// TestHeadlineGrammar: headlines drop auxiliaries and articles and
// capitalise every word: two verbs sharing an object ("Shoots, Kills
// Man"), a bare noun before a capitalised preposition ("Kills Man In
// Standoff"), a shortened passive "held" after a count or a person ("41
// held", "Rebel leader held"), one of a nation as the victim ("One
// Romanian dies").
func TestHeadlineGrammar(t *testing.T) {
	const body = "\nThe incident happened on Monday, officials said in a statement to reporters."
	cases := []struct{ text, want string }{
		{"Ranger Shoots, Kills Man Who Fired At Hikers" + body, "killed:1"},
		{"Police Kill Gunman After Chase On Interstate" + body, "killed:1"},
		{"Guard Shoots Teen Near Mall Entrance" + body, "injured:1"},
		{"Police say 23 held after stadium riot" + body, "detained:23"},
		{"Militia commander held in border raid" + body, "detained:1"},
		{"Summit held in Geneva as talks resume" + body, ""},
		{"ONE BRITON DIES IN FERRY FIRE" + body, "killed:1"},
		{"One American kidnapped in Yemen" + body, "kidnapped:1"},
	}
	for _, c := range cases {
		checkCounts(t, c.text, c.want)
	}
}

// TestIdentifiedVictim: a sentence that identifies a described victim by
// name ("identified the victim as Tom Reyes", "the victim has been
// identified as Tom Reyes") lets the outcome rule follow one person: the
// victim's mentions are killed when Reyes died, and stay injured when the
// identification names no one.
func TestIdentifiedVictim(t *testing.T) {
	const harm = "The victim was shot twice outside a bar and remains in critical condition. A second man suffered minor injuries. "
	const died = " Reyes died on Sunday, a hospital spokesman said."
	cases := []struct{ text, want string }{
		{harm + "Police identified the victim as 31-year-old Tom Reyes." + died, "killed:1 injured:1 killed:1"},
		{harm + "The victim has been identified as Tom Reyes of Dayton." + died, "killed:1 injured:1 killed:1"},
		{harm + "Detectives identified the victim as Hispanic." + died, "injured:1 injured:1 killed:1"},
		{harm + "Police identified the victim as Tom Reyes and the gunman as Ed Moss." + " Moss died on Sunday, a hospital spokesman said.", "injured:1 injured:1 killed:1"},
	}
	for _, c := range cases {
		checkCounts(t, c.text, c.want)
	}
}

// TestSentencesToPrison: a sentence to prison is detention, in the active
// ("sentenced Ana Cruz on Monday to four years in prison") as in the
// passive with a long court between ("was sentenced in the county's
// district court to two years in jail"); so is a verb that puts its object
// in jail ("landed a pensioner in jail", "sent two brothers to prison"),
// a headline's "Briton in jail" and a named prison ("remain in Gisenyi
// prison"). A purpose or a threat ("to put him behind bars", "could land
// her in jail") and a sentence to death or served in absentia are none.
func TestSentencesToPrison(t *testing.T) {
	const body = "\nThe incident happened on Monday, officials said in a statement to reporters."
	cases := []struct{ text, want string }{
		{"A tribunal sentenced former mayor Ivo Rask on Friday to six years in prison.", "detained:1"},
		{"The court sentenced 14 smugglers to 20 years in jail.", "detained:14"},
		{"Dunn, 41, of Leeds, was sentenced in the county's busy district court yesterday to two years in jail.", "detained:1"},
		{"A forged-stamp racket landed a retired postman in jail.", "detained:1"},
		{"The fraud sent two brothers to prison for a decade.", "detained:2"},
		{"Pensioner in jail over unpaid fine" + body, "detained:1"},
		{"Three of the suspects remain in Kigali prison.", "detained:3"},
		{"Prosecutors hoped to put Rask behind bars before the election.", ""},
		{"The new charges could land her in jail.", ""},
		{"A judge sentenced the poisoner to death.", ""},
		{"The court sentenced Ivo Rask in absentia to five years in prison.", ""},
	}
	for _, c := range cases {
		checkCounts(t, c.text, c.want)
	}
}

// TestBothCountsTwo: "both" after a list of victims says there are two,
// even when the list was read from a source's name before them.
func TestBothCountsTwo(t *testing.T) {
	cases := []struct{ text, want string }{
		{"According to County Coroner Ruth Vale, Ina Roth, 23, and Eva Mack, 29, were both pronounced dead at the scene.", "killed:2"},
		{"Officials said Tom Hale and Ed Moss were both taken to hospital.", "injured:2"},
		{"Ina Roth, Eva Mack and Lea Hahn were all shot.", "injured:3"},
	}
	for _, c := range cases {
		checkCounts(t, c.text, c.want)
	}
}

// TestFigureInName: a figure that ends a name ("Doom 3", "Apollo 13") is
// no count of victims, though a verb of harm follows it; a count after a
// place or a day still is.
func TestFigureInName(t *testing.T) {
	cases := []struct{ text, want string }{
		{"The sequel Quake 4 shot to the top of the download charts.", ""},
		{"Critics said Halo 2 hit the shelves too late for Christmas.", ""},
		{"On Sunday 3 people were shot near the market.", "injured:3"},
		{"Across Ohio 40 people were killed on the roads in May.", "killed:40"},
	}
	for _, c := range cases {
		checkCounts(t, c.text, c.want)
	}
}

// TestForceBeforeTitle: up to three capitalised words of a place or a
// force may stand before the title of a named victim ("Danville Police
// Officer Tom Cott", "Houston Police Sgt. Ana Cruz").
func TestForceBeforeTitle(t *testing.T) {
	cases := []struct{ text, want string }{
		{"Crowds lined the route after the shooting death of Danville Police Officer Tom Cott.", "killed:1"},
		{"Jones pleaded not guilty to the murder of Houston Police Sgt. Ana Cruz.", "killed:1"},
		{"Mourners recalled the killing of Polk County Sheriff's Deputy Ed Moss.", "killed:1"},
		{"The Lake County Fire Department praised the crew.", ""},
	}
	for _, c := range cases {
		checkCounts(t, c.text, c.want)
	}
}

// TestVictimsBoundedByAge: an age range after the victims ("under the age
// of 12", "aged 18 to 25", "between the ages of 20 and 30") is part of
// their noun phrase, and its bounds are no counts.
func TestVictimsBoundedByAge(t *testing.T) {
	cases := []struct{ text, want string }{
		{"At least 40 children under the age of 10 have been killed this year.", "killed:40"},
		{"Nine men between the ages of 19 and 34 were arrested in the raids.", "detained:9"},
		{"Twelve women aged 18 to 25 were rescued after being kidnapped.", "kidnapped:12"},
		{"Patients between the ages of 20 and 30 were studied.", ""},
	}
	for _, c := range cases {
		checkCounts(t, c.text, c.want)
	}
}

// TestReportedRelative: a source and its verb of saying set into a
// relative clause ("the man who police said was shot") leave the victim
// the clause's subject.
func TestReportedRelative(t *testing.T) {
	cases := []struct{ text, want string }{
		{"The teenager who police said was shot in the leg is recovering.", "injured:1"},
		{"A woman who witnesses say was stabbed outside the bar has died.", "killed:1"},
		{"The clerk who officers believe was abducted on Monday has not been found.", "kidnapped:1"},
	}
	for _, c := range cases {
		checkCounts(t, c.text, c.want)
	}
}

// TestTallySinceEarlierEvent: a tally since an earlier event named by its
// year ("since the December 2012 rampage, at least 400 children have been
// killed") is a mention but not the story's toll.
func TestTallySinceEarlierEvent(t *testing.T) {
	text := "A boy, 6, was killed when his brother found a loaded pistol in a parked car. " +
		"Since the deadly March 2013 rampage at a mall, at least 400 children have been killed by guns, a study found."
	checkCounts(t, text, "killed:1 killed:400")
	assert.Equal(t, 1.0, orNone(tollOfText(text).Killed))
}

// TestSentencedObjectIsHeld: in an active "sentenced", the object goes to
// prison, not the judge or court that is the subject; the passive and a
// reduced "a man sentenced to" still read the noun before the verb.
func TestSentencedObjectIsHeld(t *testing.T) {
	cases := []struct{ text, want string }{
		{"The judge sentenced Ana Cruz on Monday to four years in prison.", "sentenced Ana Cruz on Monday to four years in prison"},
		{"A court sentenced 14 smugglers to 20 years in jail.", "sentenced 14 smugglers to 20 years in jail"},
		{"The driver was sentenced to nine years in prison.", "The driver was sentenced to nine years in prison"},
		{"A woman sentenced 10 years ago to 20 years in jail was freed.", "A woman sentenced 10 years ago to 20 years in jail"},
	}
	for _, c := range cases {
		d := textdoc.Analyze(c.text)
		cs := New(d, entity.Extract(d)).Casualties()
		if assert.Len(t, cs, 1, "%q", c.text) {
			assert.Equal(t, c.want, cs[0].Text, "%q", c.text)
			assert.Equal(t, detained, string(cs[0].Kind), "%q", c.text)
		}
	}
}
