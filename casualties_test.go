package newsparse

import (
	"fmt"
	"math"
	"os"
	"path/filepath"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// casWant is one expected casualty: its text, kind, count, vague flag, qualifier and victims.
type casWant struct {
	text  string
	kind  CasualtyKind
	count float64
	vague bool
	q     Qualifier
	who   string
}

func checkCasualties(t *testing.T, text string, want []casWant) {
	t.Helper()
	got := must(Casualties(text))
	require.Len(t, got, len(want), "%q: %+v", text, got)
	for i, w := range want {
		g := got[i]
		assert.Equal(t, w.text, g.Text)
		assert.Equal(t, w.text, text[g.Start:g.End])
		assert.Equal(t, w.kind, g.Kind, w.text)
		assert.Equal(t, w.count, g.Count, w.text)
		assert.Equal(t, w.vague, g.Vague, w.text)
		assert.Equal(t, w.q, g.Qualifier, w.text)
		assert.Equal(t, w.who, g.Who, w.text)
	}
}

// TestCasualtyForms has one test sentence for each count shape of the
// evaluation's FORMS table (rows 21–40), written anew.
func TestCasualtyForms(t *testing.T) {
	cases := []struct {
		name, text string
		want       []casWant
	}{
		{"21 more than, year", "More than 120,000 people have been killed since 2014.",
			[]casWant{{"More than 120,000 people have been killed", Killed, 120000, false, MoreThan, "people"}}},
		{"22 toll update", "The death toll rose to 37 on Tuesday.",
			[]casWant{{"death toll rose to 37", Killed, 37, false, "", ""}}},
		{"23 two kinds", "Gunmen opened fire, killing at least 9 and wounding dozens.",
			[]casWant{{"killing at least 9", Killed, 9, false, AtLeast, ""}, {"wounding dozens", Injured, 12, true, AtLeast, "people"}}},
		{"24 flee", "Millions have been forced to flee their homes.",
			[]casWant{{"Millions have been forced to flee their homes", Displaced, 1e6, true, AtLeast, "people"}}},
		{"25 number word", "Three marines were killed in the raid.",
			[]casWant{{"Three marines were killed", Killed, 3, false, "", "marines"}}},
		{"26 a dozen", "A dozen villagers were wounded.",
			[]casWant{{"A dozen villagers were wounded", Injured, 12, false, "", "villagers"}}},
		{"27 strength", "The 3,000-strong brigade pulled back.", nil},
		{"28 N others plus one", "A 14-year-old was in critical condition after he and two others were shot.",
			[]casWant{{"A 14-year-old was in critical condition", Injured, 1, false, "", ""}, {"he and two others were shot", Injured, 3, false, "", "others"}}},
		{"29 ages listed", "The other victims, ages 15, 18 and 22, were treated for minor injuries.",
			[]casWant{{"The other victims, ages 15, 18 and 22, were treated for minor injuries", Injured, 3, false, "", "victims"}}},
		{"31 victims and perpetrators", "At least 11 dead in mall shooting; two gunmen killed",
			[]casWant{{"At least 11 dead", Killed, 11, false, AtLeast, ""}, {"two gunmen killed", Killed, 2, false, "", "gunmen"}}},
		{"32 left dead", "Police revised the count of the blaze that has left at least four people dead.",
			[]casWant{{"at least four people dead", Killed, 4, false, AtLeast, "people"}}},
		{"33 subset", "3 wounded, 2 critically, in shooting",
			[]casWant{{"3 wounded", Injured, 3, false, "", ""}}},
		{"34 at least two others", "A 10-year-old girl is in critical condition following a stabbing that wounded at least three others.",
			[]casWant{{"A 10-year-old girl is in critical condition following a stabbing that wounded at least three others", Injured, 4, false, AtLeast, "girl"}}},
		{"35 both", "Both were taken to Riverside hospital by boat.",
			[]casWant{{"Both were taken to Riverside hospital", Injured, 2, false, "", ""}}},
		{"36 responders", "Dozens of deputies searched the woods.", nil},
		{"37 subset of injured", "Five people died and 31 were injured, six of them seriously.",
			[]casWant{{"Five people died", Killed, 5, false, "", "people"}, {"31 were injured", Injured, 31, false, "", ""}}},
		{"38 affected is not a kind", "The floods have affected 2.4 million people and displaced 450,000.",
			[]casWant{{"displaced 450,000", Displaced, 450000, false, "", ""}}},
		{"39 historical", "The 2008 siege that killed 166 people is still remembered.",
			[]casWant{{"killed 166 people", Killed, 166, false, "", "people"}}},
		{"40 none killed", "Nobody was killed.",
			[]casWant{{"Nobody was killed", Killed, 0, false, "", ""}}},
		{"40 projection", "Officials fear the toll could rise to 200.", nil},
		{"40 feared dead", "Hundreds are feared dead.",
			[]casWant{{"Hundreds are feared dead", Killed, 100, true, AtLeast, "people"}}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) { checkCasualties(t, c.text, c.want) })
	}
}

func TestCasualtySingles(t *testing.T) {
	cases := []struct {
		name, text string
		want       []casWant
	}{
		{"described", "A 19-year-old man was shot in the leg.", []casWant{{"A 19-year-old man was shot", Injured, 1, false, "", "man"}}},
		{"shot dead", "A woman was shot dead outside her home.", []casWant{{"A woman was shot dead", Killed, 1, false, "", "woman"}}},
		{"shot and killed", "His older brother was shot and killed on Friday.", []casWant{{"His older brother was shot and killed", Killed, 1, false, "", "brother"}}},
		{"headline", "Teen critically wounded in drive-by", []casWant{{"Teen critically wounded", Injured, 1, false, "", "Teen"}}},
		{"named", "Police said Marcus Reed was shot and killed in an alley.", []casWant{{"Marcus Reed was shot and killed", Killed, 1, false, "", "Marcus Reed"}}},
		{"named relative", "They identified Ana Ruiz, who was fatally shot.", []casWant{{"Ana Ruiz, who was fatally shot", Killed, 1, false, "", "Ana Ruiz"}}},
		{"active", "The gunman killed a cashier before fleeing.", []casWant{{"killed a cashier", Killed, 1, false, "", "cashier"}}},
		{"active two", "The blast wounded her son and 6-year-old daughter.", []casWant{{"wounded her son and 6-year-old daughter", Injured, 2, false, "", "son and daughter"}}},
		{"active voice is not passive", "Harbin killed 45 workers.", []casWant{{"killed 45 workers", Killed, 45, false, "", "workers"}}},
		{"not injured", "The driver was not injured.", []casWant{{"The driver was not injured", Injured, 0, false, "", "driver"}}},
		{"no injuries", "No injuries were reported.", []casWant{{"No injuries", Injured, 0, false, "", ""}}},
		{"custody", "A suspect is in custody.", []casWant{{"A suspect is in custody", Detained, 1, false, "", "suspect"}}},
		{"hostage", "Terry Blake was taken hostage by gunmen.", []casWant{{"Terry Blake was taken hostage", Kidnapped, 1, false, "", "Terry Blake"}}},
		{"died later", "The guard was shot in the hip on Friday and rushed to a hospital, where he later died.", []casWant{{"The guard was shot", Killed, 1, false, "", "guard"}}},
		{"death of", "A family is mourning the death of a son.", []casWant{{"death of a son", Killed, 1, false, "", "son"}}},
		{"shooter is not a victim", "The farmer accidentally shot and killed his cousin.", []casWant{{"killed his cousin", Killed, 1, false, "", "cousin"}}},
		{"who shot", "Police arrested the man who shot a clerk.", []casWant{{"arrested the man", Detained, 1, false, "", "man"}, {"shot a clerk", Injured, 1, false, "", "clerk"}}},
		{"fled suspect", "The 16-year-old fled on foot.", nil},
		{"demonym", "Troops killed over 300 Iraqis.", []casWant{{"killed over 300 Iraqis", Killed, 300, false, MoreThan, "Iraqis"}}},
		{"bodies", "Divers found up to 90 bodies in the hull.", []casWant{{"up to 90 bodies", Killed, 90, false, AtMost, ""}}},
		{"part of total", "Chile had 61,000 of the 85,000 confirmed deaths.", []casWant{{"61,000", Killed, 61000, false, "", ""}, {"85,000 confirmed deaths", Killed, 85000, false, "", ""}}},
		{"plural not listed", "Gunmen abducted 20 schoolgirls from a school.", []casWant{{"abducted 20 schoolgirls", Kidnapped, 20, false, "", "schoolgirls"}}},
		{"families evacuated", "Officials said 3,000 families had been evacuated.", []casWant{{"3,000 families had been evacuated", Displaced, 3000, false, "", "families"}}},
		{"remain missing", "Up to 300 people remain missing.", []casWant{{"Up to 300 people remain missing", Missing, 300, false, AtMost, "people"}}},
		{"victims listed", "The victims, a 23-year-old man and his 19-year-old son, were shot in the legs.", []casWant{{"The victims, a 23-year-old man and his 19-year-old son, were shot", Injured, 2, false, "", "victims"}}},
		{"twins listed", "Police said the victims, twin 5-year-old girls and a 3-year-old boy, were killed.", []casWant{{"the victims, twin 5-year-old girls and a 3-year-old boy, were killed", Killed, 3, false, "", "victims"}}},
		{"two nouns", "All 150 passengers and crew were killed.", []casWant{{"150 passengers and crew were killed", Killed, 150, false, "", "passengers and crew"}}},
		{"toll from", "The death toll from the earthquake has risen to more than 2,000.", []casWant{{"death toll from the earthquake has risen to more than 2,000", Killed, 2000, false, MoreThan, ""}}},
		{"being treated", "Officials said 35 people were being treated.", []casWant{{"35 people were being treated", Injured, 35, false, "", "people"}}},
		{"hostages", "Rebels are holding 25 hostages.", []casWant{{"25 hostages", Kidnapped, 25, false, "", "hostages"}}},
		{"two described", "A 26-year-old man and a 19-year-old woman were killed.", []casWant{{"A 26-year-old man and a 19-year-old woman were killed", Killed, 2, false, "", "man and woman"}}},
		{"two named", "Trainers said Okafor and Lindqvist are both injured.", []casWant{{"Okafor and Lindqvist are both injured", Injured, 2, false, "", "Okafor and Lindqvist"}}},
		{"a place is not the subject", "Five people in Yunnan were arrested.", []casWant{{"Five people in Yunnan were arrested", Detained, 5, false, "", "people"}}},
		{"two groups", "The shelling killed three men and four boys.", []casWant{{"killed three men and four boys", Killed, 7, false, "", "men and boys"}}},
		{"stabbed to death", "Police said Stefan Reed, who was stabbed to death, was 14.", []casWant{{"Stefan Reed, who was stabbed to death", Killed, 1, false, "", "Stefan Reed"}}},
		{"plural without a count", "The brothers were arrested in April.", nil},
		{"perfect active", "A man of loose character has hurt the church.", nil},
		{"active and a name", "A tribunal jailed former finance minister Ivo Maric for 9 years.", []casWant{{"jailed former finance minister Ivo Maric", Detained, 1, false, "", "Ivo Maric"}}},
		{"adjective before a name", "Wales will be without the injured Gareth Lewis.", nil},
		{"bodies of", "Police found the bodies of three men in the river.", []casWant{{"bodies of three men", Killed, 3, false, "", "men"}}},
		{"number of dead", "The number of dead rose to 87 on Friday.", []casWant{{"number of dead rose to 87", Killed, 87, false, "", ""}}},
		{"lives of", "The crash claimed the lives of 14 people.", []casWant{{"lives of 14 people", Killed, 14, false, "", "people"}}},
		{"one fatally", "Two officers were shot, one fatally.", []casWant{{"Two officers were shot", Injured, 2, false, "", "officers"}, {"one fatally", Killed, 1, false, "", ""}}},
		{"found with a wound", "Rangers found a woman with a stab wound.", []casWant{{"a woman with a stab wound", Injured, 1, false, "", "woman"}}},
		{"recovering", "The 44-year old victim is recovering with family.", []casWant{{"The 44-year old victim is recovering", Injured, 1, false, "", "victim"}}},
		{"two nouns head", "A female victim was stabbed in the hand.", []casWant{{"A female victim was stabbed", Injured, 1, false, "", "victim"}}},
		{"longer phrase", "The owner of a Tucson corner bakery was shot.", []casWant{{"The owner of a Tucson corner bakery was shot", Injured, 1, false, "", "owner"}}},
		{"beaten to death", "A man was beaten to death outside a bar.", []casWant{{"A man was beaten to death", Killed, 1, false, "", "man"}}},
		{"surname opens the sentence", "Police named the victim as Omar Haddad, 31, of Fresno. Haddad was pronounced dead at a clinic.", []casWant{{"Haddad was pronounced dead", Killed, 1, false, "", "Haddad"}}},
		{"apposition then died", "Ana Cruz, a 19-year-old student, died on Friday.", []casWant{{"Ana Cruz, a 19-year-old student, died", Killed, 1, false, "", "Ana Cruz"}}},
		{"age then who", "Neighbors remembered Jon Hale, 63, who was shot and killed outside a pharmacy.", []casWant{{"Jon Hale, 63, who was shot and killed", Killed, 1, false, "", "Jon Hale"}}},
		{"headline age", "Man, 29, fatally shot outside diner\n\nThe shooting happened at noon.", []casWant{{"Man, 29, fatally shot", Killed, 1, false, "", "Man"}}},
		{"apposition then an active verb", "Police said Lee Park, 45, shot a man in the leg.", []casWant{{"shot a man", Injured, 1, false, "", "man"}}},
		{"found a name shot", "Deputies found Lena Ortiz shot to death in her car.", []casWant{{"found Lena Ortiz shot to death", Killed, 1, false, "", "Lena Ortiz"}}},
		{"left a name dead", "The crash left 31-year-old Omar Haddad dead.", []casWant{{"left 31-year-old Omar Haddad dead", Killed, 1, false, "", "Omar Haddad"}}},
		{"found two names", "Officers found 40-year-old Rosa Lind and 12-year-old Mia Lind dead in the house.", []casWant{{"found 40-year-old Rosa Lind and 12-year-old Mia Lind dead", Killed, 2, false, "", "Rosa Lind and Mia Lind"}}},
		{"death of an aged name", "She faces charges in the stabbing death of 38-year-old Carla Brandt.", []casWant{{"death of 38-year-old Carla Brandt", Killed, 1, false, "", "Carla Brandt"}}},
		{"found a name well", "The jury found Omar Haddad guilty of fraud.", nil},
		{"deceased", "Officers found a man and a woman deceased inside the home.", []casWant{{"a man and a woman deceased", Killed, 2, false, "", "man and woman"}}},
		{"both and a plural noun", "Both sisters were rushed to a hospital, where they later died.", []casWant{{"Both sisters were rushed to a hospital", Killed, 2, false, "", "sisters"}}},
		{"a later death of another subject", "Two were wounded and a 20-year-old man died.", []casWant{{"Two were wounded", Injured, 2, false, "", ""}, {"a 20-year-old man died", Killed, 1, false, "", "man"}}},
		{"a victim and an age", "The man and 4-year-old were taken to a hospital.", []casWant{{"The man and 4-year-old were taken to a hospital", Injured, 2, false, "", "man and 4-year-old"}}},
		{"a victim and an aged victim", "A woman and 6-year-old girl were wounded.", []casWant{{"A woman and 6-year-old girl were wounded", Injured, 2, false, "", "woman and girl"}}},
		{"along with a name", "Rafael Ortiz, 29, was killed along with Tomas Reyes, 20, in the attack.", []casWant{{"Rafael Ortiz, 29, was killed along with Tomas Reyes", Killed, 2, false, "", "Rafael Ortiz"}}},
		{"along with others", "Three soldiers were wounded along with two civilians.", []casWant{{"Three soldiers were wounded along with two civilians", Injured, 5, false, "", "soldiers"}}},
		{"along with a dog", "A man was killed along with his dog.", []casWant{{"A man was killed", Killed, 1, false, "", "man"}}},
		{"age apposition", "Lee Park, 45, of Dayton, was arrested.", []casWant{{"Lee Park, 45, of Dayton, was arrested", Detained, 1, false, "", "Lee Park"}}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) { checkCasualties(t, c.text, c.want) })
	}
}

func TestWeaponsAreNotVictims(t *testing.T) {
	for _, c := range must(Casualties("A man carrying two pistols was shot and killed.")) {
		assert.NotEqual(t, 2.0, c.Count, c.Text)
	}
}

func TestAgesAreNotCounts(t *testing.T) {
	for _, s := range []string{"In the province, at least 300 pupils under the age of 12 drowned in floods after 2012.",
		"Children aged 9 were wounded in the blast."} {
		for _, c := range must(Casualties(s)) {
			assert.NotEqual(t, 12.0, c.Count, c.Text)
			assert.NotEqual(t, 9.0, c.Count, c.Text)
		}
	}
}

func TestCasualtyNegatives(t *testing.T) {
	for _, s := range []string{
		"The 36-year-old was seen at 4 p.m. near 2810 W. Arkansas 32; call 252-972-1411.",
		"Officers searched the 1000 block of McFarland Avenue and Route 66.",
		"It was the second attack since MH17 and the 9/11-style plot of 7/7.",
		"The disease killed 40% of the herd.",
		"They won 3-1 and one of the men asked which one.",
		"The company had 45 workers in 2019.",
		"Shots were fired at the vehicle, striking it three times.",
		"The carmaker has struck a deal with its lenders.",
		"When he came back, three of the crates were missing.",
		"The Prozac was missing.",
		"Federer was beaten in the final, and Scotland could have beaten Wales.",
		"Seventy search warrants were executed and he served two spells in jail.",
		"She sat out almost two whole seasons with ankle injuries.",
		"A weaker currency would hurt exporters.",
		"The director, who has shot two films in Kenya, spoke on Monday.",
		"The round missed his head by inches, nearly killing the driver.",
		"The rally planned for Monday was hurt by the rain, and the crowd at the Walmart was hurt by the heat.",
		"The man had threatened to kill 20 people and tried to kill a guard.",
		"",
	} {
		assert.Empty(t, must(Casualties(s)), s)
	}
}

func tollOf(t *testing.T, text string) Toll {
	t.Helper()
	a, err := Parse(text)
	require.NoError(t, err)
	return a.Toll
}

func val(p *float64) float64 {
	if p == nil {
		return math.NaN()
	}
	return *p
}

func TestToll(t *testing.T) {
	tl := tollOf(t, "Three people died and 27 were injured, four of them seriously. The death toll later rose to 5.")
	assert.Equal(t, 5.0, val(tl.Killed))
	assert.Equal(t, 27.0, val(tl.Injured))
	assert.Nil(t, tl.Displaced)

	// victims counted one by one
	tl = tollOf(t, "A 15-year-old girl was shot in the hip. Another 15-year-old girl was grazed in the hand. A 19-year-old man was shot in the foot.")
	assert.Equal(t, 3.0, val(tl.Injured))

	// a historical total does not count
	tl = tollOf(t, "date 2019-03\n\nTwo people were killed on Monday. The 2015 attack killed 130 people.")
	assert.Equal(t, 2.0, val(tl.Killed))

	// with no date, figures in sentences naming no year are the story's, and a named year is before it
	tl = tollOf(t, "At least 12 people were killed and 30 injured in a landslide on Saturday. The toll later rose to 17.\n\nIn 2015, an earthquake killed nearly 9,000 people in the region.")
	assert.Equal(t, 17.0, val(tl.Killed))
	assert.Equal(t, 30.0, val(tl.Injured))
	tl = tollOf(t, "An air strike killed 23 people on Tuesday, rescue workers said. A monitor put the death toll at 27.\n\nMore than 350,000 people have been killed since the war began in 2011, and about 12 million have been displaced.")
	assert.Equal(t, 27.0, val(tl.Killed))
	assert.Nil(t, tl.Displaced)
	// an undated story about a year's event keeps it
	tl = tollOf(t, "In 2015, an earthquake killed nearly 9,000 people in the region.")
	assert.Equal(t, 9000.0, val(tl.Killed))

	// "in the summer of 2012" is as historical as "in 2012"
	tl = tollOf(t, "date 2019-03\n\nA student was shot and killed on Sunday. A gunman killed three men at the same bar in the summer of 2012.")
	assert.Equal(t, 1.0, val(tl.Killed))

	// a year after a month, and a "when" clause about an earlier year
	tl = tollOf(t, "date 2019-03\n\nTwo people were killed on Monday. In March 2015, a bombing there killed 40 people.")
	assert.Equal(t, 2.0, val(tl.Killed))
	tl = tollOf(t, "date 2019-03\n\nA man was shot dead on Monday. It is the most killings in a month since 2009, when 31 were killed.")
	assert.Equal(t, 1.0, val(tl.Killed))

	// a tally of the year is not the event's toll
	tl = tollOf(t, "A police officer was shot and wounded on Monday. Nine officers have been killed in the state this year.")
	assert.Nil(t, tl.Killed)
	assert.Equal(t, 1.0, val(tl.Injured))

	// the one shot is the one who died
	tl = tollOf(t, "Man shot on east side\n\nA man was shot on Sunday night. He died at the hospital.")
	assert.Equal(t, 1.0, val(tl.Killed))
	assert.Nil(t, tl.Injured)

	// a victim still in hospital is not the one a "murder" elsewhere in the story was about
	tl = tollOf(t, "Driver shot in parking dispute still hospitalized\n\nThe driver was shot on Monday and remains in critical condition. Police said a murder charge is possible.")
	assert.Nil(t, tl.Killed)
	assert.Equal(t, 1.0, val(tl.Injured))

	// two members of a family counted one by one are two victims; the same one twice is one
	tl = tollOf(t, "The mother was shot twice in the arm during the robbery. The daughter was taken to a hospital with cuts to her face.")
	assert.Equal(t, 2.0, val(tl.Injured))
	tl = tollOf(t, "The mother was shot twice in the arm during the robbery. The mother was then taken to a hospital in stable condition.")
	assert.Equal(t, 1.0, val(tl.Injured))

	// "N others" adds to the victim already named
	tl = tollOf(t, "A 12-year-old boy is in critical condition after a shooting that wounded at least two others.")
	assert.Equal(t, 3.0, val(tl.Injured))

	// "others" beside the dead are others than the dead: the injured named later are among them
	tl = tollOf(t, "One man was killed and two others were wounded on Friday. Maria Lopez, 35, was taken to Grace Hospital with cuts.")
	assert.Equal(t, 1.0, val(tl.Killed))
	assert.Equal(t, 2.0, val(tl.Injured))

	// "Three shot, one dead": the people shot hold the dead
	tl = tollOf(t, "Three shot, one dead in park shooting\n\nPolice are looking for the gunman.")
	assert.Equal(t, 1.0, val(tl.Killed))
	assert.Equal(t, 2.0, val(tl.Injured))
	tl = tollOf(t, "Four people were shot on Sunday night. A 20-year-old man died at the hospital.")
	assert.Equal(t, 1.0, val(tl.Killed))
	assert.Equal(t, 3.0, val(tl.Injured))
	// but not the people said to be wounded
	tl = tollOf(t, "One man was killed and three people were wounded.")
	assert.Equal(t, 3.0, val(tl.Injured))

	// "two were shot, one fatally": one killed, one injured
	tl = tollOf(t, "Two officers were shot, one fatally.")
	assert.Equal(t, 1.0, val(tl.Killed))
	assert.Equal(t, 1.0, val(tl.Injured))

	// nobody hurt
	tl = tollOf(t, "No one was hurt in the fire.")
	assert.Equal(t, 0.0, val(tl.Injured))

	// no date: the latest year named is the story's
	tl = tollOf(t, "A woman was shot and killed on Jan. 3, 2016. Her brother was killed in 2009.")
	assert.Equal(t, 1.0, val(tl.Killed))

	// a capitalised headline
	tl = tollOf(t, "Local Teen Found Stabbed Near Canal Dies\n\nThe family asked for privacy.")
	assert.Equal(t, 1.0, val(tl.Killed))

	// "a deadly weapon" is a charge, not a death: the man shot stays injured
	tl = tollOf(t, "Suspect shot by deputies\n\nA man was shot by deputies after a chase. He was charged with assault with a deadly weapon.")
	assert.Nil(t, tl.Killed)
	assert.Equal(t, 1.0, val(tl.Injured))

	// "both were shot" in a story of two deaths tells how they died
	tl = tollOf(t, "Two brothers were killed on Monday. Both were shot in the head.")
	assert.Equal(t, 2.0, val(tl.Killed))
	assert.Nil(t, tl.Injured)

	// a victim killed as a pronoun object; a threat is no death
	tl = tollOf(t, "A bystander was struck and fell. The gunman then walked over to him and killed him.")
	assert.Equal(t, 1.0, val(tl.Killed))
	assert.Nil(t, tl.Injured)
	tl = tollOf(t, "The caller said the man would kill her if she left.")
	assert.Nil(t, tl.Killed)

	// a victim told only by a pronoun still gives the toll
	tl = tollOf(t, "Relatives gathered on Friday. She was killed at the bakery where she worked.")
	assert.Equal(t, 1.0, val(tl.Killed))

	tl = tollOf(t, "")
	assert.Nil(t, tl.Killed)
}

func TestSeedFigures(t *testing.T) {
	a := seedArticle(t)
	require.Len(t, a.Money, 1)
	m := a.Money[0]
	assert.Equal(t, "$388bn", m.Text)
	assert.Equal(t, 388e9, val(m.Value))
	assert.Equal(t, "USD", m.Currency)
	assert.Equal(t, About, m.Qualifier)
	require.NotNil(t, m.Source)
	assert.Equal(t, "Economic and Social Commission for Western Asia", m.Source.Name)

	require.Len(t, a.Casualties, 2)
	c := a.Casualties[0]
	assert.Equal(t, "more than 350,000 people have been killed", c.Text)
	assert.Equal(t, Killed, c.Kind)
	assert.Equal(t, 350000.0, c.Count)
	assert.Equal(t, MoreThan, c.Qualifier)
	c = a.Casualties[1]
	assert.Equal(t, "millions forced to flee their homes", c.Text)
	assert.Equal(t, Displaced, c.Kind)
	assert.Equal(t, 1e6, c.Count)
	assert.True(t, c.Vague)
	assert.Equal(t, AtLeast, c.Qualifier)
	assert.Equal(t, "people", c.Who)
}

// seedArticle parses the seed article of testdata.
func seedArticle(t *testing.T) *Article {
	t.Helper()
	b, err := readTestdata("seed.txt")
	require.NoError(t, err)
	a, err := Parse(string(b))
	require.NoError(t, err)
	return a
}

// FuzzCasualties checks that casualties always point at their own text with a sane count.
func FuzzCasualties(f *testing.F) {
	for _, s := range []string{"More than 350,000 people have been killed", "killing at least 12 and wounding dozens",
		"he and three others were shot", "The other victims, ages 13, 17 and 19, were treated for minor injuries",
		"No one was hurt", "Man killed, son and uncle wounded", "61,000 of the 85,000 confirmed deaths",
		"shot", "killed killed killed", "no", "both", ", who was", "the death of", "a man's body was found",
		"Name, 51,", "ages ,", "the toll of", "taken to"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		cs, err := Casualties(s)
		cs, ok := fuzzed(t, s, cs, err)
		if !ok {
			return
		}
		for _, c := range cs {
			if c.Start < 0 || c.End > len(s) || c.Start >= c.End || s[c.Start:c.End] != c.Text {
				t.Fatalf("%q: bad span %+v", s, c)
			}
			if c.Count < 0 || math.IsNaN(c.Count) || math.IsInf(c.Count, 0) {
				t.Fatalf("%q: count %v", s, c.Count)
			}
		}
	})
}

// readTestdata reads a file of testdata.
func readTestdata(name string) ([]byte, error) { return os.ReadFile(filepath.Join("testdata", name)) }

func TestCasualtySource(t *testing.T) {
	cases := []struct{ text, name string }{
		{"The Interior Ministry says 14 soldiers were killed.", "Interior Ministry"},
		{"Nine people were killed, according to the Red Crescent.", "Red Crescent"},
		{"Four people were injured, said Mayor Ann Lee.", "Mayor Ann Lee"},
		{"Amnesty reported that 30 protesters were detained.", "Amnesty"},
	}
	for _, c := range cases {
		got := must(Casualties(c.text))
		require.Len(t, got, 1, c.text)
		require.NotNil(t, got[0].Source, c.text)
		// with the entity extractor the name is the entity's canonical name ("Amnesty International")
		assert.Contains(t, got[0].Source.Name, c.name, c.text)
	}
	for _, s := range []string{"He said 5 people were killed.", "Two people were killed, police said.",
		"Mr Lee said rebuilding was a priority in the region, where 3,000 people have been killed."} {
		got := must(Casualties(s))
		require.Len(t, got, 1, s)
		assert.Nil(t, got[0].Source, s)
	}
}

func ExampleCasualties() {
	text := "Three people died and 27 were injured, four of them seriously."
	cs, err := Casualties(text)
	if err != nil {
		panic(err) // invalid UTF-8, or too large
	}
	for _, c := range cs {
		if c.Kind == Killed {
			fmt.Print("(a death toll) ")
		}
		fmt.Printf("%s: %s %g %s\n", c.Text, c.Kind, c.Count, c.Who)
	}
	// Output:
	// (a death toll) Three people died: killed 3 people
	// 27 were injured: injured 27
}

func ExampleToll() {
	text := "Three people died and 27 were injured, four of them seriously. Later the death toll rose to 5."
	a, err := Parse(text)
	if err != nil {
		panic(err)
	}
	fmt.Println("killed", *a.Toll.Killed, "injured", *a.Toll.Injured)
	// Output:
	// killed 5 injured 27
}

// TestTollConcurrent checks that articles parsed at the same time keep their own tolls
// (each parse has its own figure state, and its toll reads the hits its own
// casualty extraction found).
func TestTollConcurrent(t *testing.T) {
	texts := []string{
		"Three people died and 27 were injured.",
		"A man was shot dead on Sunday.",
		"No one was hurt in the fire.",
		"Gunmen killed 12 villagers and abducted 30 schoolgirls.",
		"At least 40 people were killed and 100 wounded.",
	}
	want := make([]Toll, len(texts))
	for i, s := range texts {
		want[i] = tollOf(t, s)
	}
	var wg sync.WaitGroup
	errs := make(chan string, 100)
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for r := 0; r < 50; r++ {
				i := (g + r) % len(texts)
				a, err := Parse(texts[i])
				if err != nil {
					errs <- err.Error()
					return
				}
				if val(a.Toll.Killed) != val(want[i].Killed) && !(a.Toll.Killed == nil && want[i].Killed == nil) ||
					val(a.Toll.Injured) != val(want[i].Injured) && !(a.Toll.Injured == nil && want[i].Injured == nil) {
					errs <- texts[i]
					return
				}
			}
		}(g)
	}
	wg.Wait()
	close(errs)
	for e := range errs {
		t.Error("toll differs under concurrency:", e)
	}
}

func TestExpelledCounts(t *testing.T) {
	checkCasualties(t, "The storm forced more than 20,000 from their homes on the coast.", []casWant{
		{text: "forced more than 20,000 from their homes", kind: "displaced", count: 20000, q: MoreThan, who: "people"}})
	checkCasualties(t, "Shelling drove thousands of families to flee the town.", []casWant{
		{text: "drove thousands of families to flee the town", kind: "displaced", count: 1000, vague: true, q: AtLeast, who: "families"}})
	checkCasualties(t, "The fighting has forced 3,500 residents out of their villages.", []casWant{
		{text: "forced 3,500 residents out of their villages", kind: "displaced", count: 3500, who: "residents"}})
	// not an expulsion: forcing a number of anything else
	checkCasualties(t, "The rules forced 12 firms to close.", nil)
}

func TestCasualtiesAgentsBeforeQualifiedObject(t *testing.T) {
	// those who kill are no casualty, with or without a qualifier before the count of their victims
	for text, want := range map[string]float64{
		"Three gunmen killed at least two villagers on Monday.":      2,
		"Two storms killed nearly 40 people in the region.":          40,
		"Four attackers killed as many as 12 guards at the station.": 12,
		"Three gunmen killed two villagers on Monday.":               2,
	} {
		cs := must(Casualties(text))
		require.Len(t, cs, 1, "%s: %+v", text, cs)
		assert.Equal(t, want, cs[0].Count, text)
	}
	// "shot at" is a place, not a qualifier
	cs := must(Casualties("Four shot at a motel on the east side, police said."))
	require.Len(t, cs, 1)
	assert.Equal(t, 4.0, cs[0].Count)
}

func TestTollPhrasesFarFromTheirNumber(t *testing.T) {
	tl := tollOf(t, "The death toll from a powerful earthquake that struck the western mountains late Friday rose to 157 on Sunday.")
	assert.Equal(t, 157.0, val(tl.Killed))
	tl = tollOf(t, "By Saturday, authorities had put the number of dead at 128.")
	assert.Equal(t, 128.0, val(tl.Killed))
}

func TestTollFurtherArrests(t *testing.T) {
	// arrests told as they happen add up; a phrase said twice counts once
	tl := tollOf(t, "Police arrested a 23-year-old man on Friday. A second man, aged 41, was arrested on Saturday. Two other people were detained briefly.")
	assert.Equal(t, 4.0, val(tl.Detained))
	tl = tollOf(t, "Three men were detained on Monday. Another two were arrested on Tuesday.")
	assert.Equal(t, 5.0, val(tl.Detained))
	tl = tollOf(t, "A second suspect is now in custody. Officers said a woman was killed on Saturday. A second suspect is now in custody, officers said.")
	assert.Equal(t, 1.0, val(tl.Detained))
	// victims counted one by one: a second man is a second victim
	tl = tollOf(t, "A driver was shot in the leg on Sunday. A second driver was shot in the arm.")
	assert.Equal(t, 2.0, val(tl.Injured))
}
