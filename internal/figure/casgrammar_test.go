package figure

import (
	"testing"

	"github.com/newsparse/newsparse/internal/contract"
	"github.com/newsparse/newsparse/internal/entity"
	"github.com/newsparse/newsparse/internal/textdoc"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// casBrief is an expected casualty by its text, kind and count.
type casBrief struct {
	text  string
	kind  string
	count float64
}

// checkBrief compares the casualties of text with want by text, kind and count.
func checkBrief(t *testing.T, text string, want []casBrief) {
	t.Helper()
	d := textdoc.Analyze(text)
	ents := entity.Extract(d)
	checkGrammarReach(t, d, ents)
	got := New(d, ents).Casualties()
	var have []casBrief
	for _, c := range got {
		require.Equal(t, c.Text, text[c.Start:c.End])
		have = append(have, casBrief{c.Text, string(c.Kind), c.Count})
	}
	assert.Equal(t, want, have, "%q", text)
}

// TestVictimPhrases has one sentence per form of victim phrase the grammar
// reads, as subject of a predicate.
func TestVictimPhrases(t *testing.T) {
	cases := []struct {
		name, text string
		want       []casBrief
	}{
		{"pronoun after its victim", "Ana Cruz was walking home when she was wounded in the leg.", []casBrief{{"she was wounded", injured, 1}}},
		{"pronoun alone", "Police said he was wounded in the leg.", nil},
		{"pronoun after the same pronoun", "He told Ana Cruz he was leaving, and minutes later he was wounded.", nil},
		{"determiner and noun", "The cashier was stabbed during the robbery.", []casBrief{{"The cashier was stabbed", injured, 1}}},
		{"age as the person", "A 19-year-old was hurt in the crash on Friday.", []casBrief{{"A 19-year-old was hurt", injured, 1}}},
		{"possessive", "Officers said the landlord's nephew was stabbed.", []casBrief{{"landlord's nephew was stabbed", injured, 1}}},
		{"name", "Marta Oliveira was wounded in the attack.", []casBrief{{"Marta Oliveira was wounded", injured, 1}}},
		{"age and name", "Witnesses said 31-year-old Marta Oliveira was wounded.", []casBrief{{"Marta Oliveira was wounded", injured, 1}}},
		{"title and name", "Sergeant Paulo Reis was wounded near the depot.", []casBrief{{"Paulo Reis was wounded", injured, 1}}},
		{"both", "Both were wounded when the wall fell.", []casBrief{{"Both were wounded", injured, 2}}},
		{"both and noun", "Both brothers were wounded in the blast.", []casBrief{{"Both brothers were wounded", injured, 2}}},
		{"determiner and count", "The three guards were hurt in the riot.", []casBrief{{"three guards were hurt", injured, 3}}},
		{"headline glued to its lede", "KXAN: 17-year-old found dead in park | Austin", []casBrief{{"17-year-old found dead", killed, 1}}},
		{"coordination", "A nurse and her son were wounded in the shelling.", []casBrief{{"A nurse and her son were wounded", injured, 2}}},
		{"list of names", "Tomas Pena, Ines Vidal and a neighbour were evacuated.", []casBrief{{"Tomas Pena, Ines Vidal and a neighbour were evacuated", displaced, 3}}},
		{"headline bare noun", "Cyclist hurt in crash", []casBrief{{"Cyclist hurt", injured, 1}}},
		{"headline age", "19-year-old found dead", []casBrief{{"19-year-old found dead", killed, 1}}},
		{"the last noun heads", "Nurses met a young stabbing victim who had walked into a hospital.", []casBrief{{"a young stabbing victim who had walked into a hospital", injured, 1}}},
		{"plural says no count", "The guards were wounded in the attack.", nil},
		{"plural stated none", "The guards were not hurt in the attack.", []casBrief{{"The guards were not hurt", injured, 0}}},
		{"no one else", "No one else was hurt.", []casBrief{{"No one else was hurt", injured, 0}}},
		{"a bare age in a coordination", "The woman and 6-year-old were taken to St Luke's.", []casBrief{{"The woman and 6-year-old were taken to St Luke's", injured, 2}}},
		{"another", "One man fled and another is in custody.", []casBrief{{"another is in custody", detained, 1}}},
		{"a partitive count", "Three of the passengers were treated at a hospital.", []casBrief{{"Three of the passengers were treated at a hospital", injured, 3}}},
		{"an apposition is no list", "One of the guards, Lev Horn, was hurt.", []casBrief{{"One of the guards, Lev Horn, was hurt", injured, 1}}},
		{"a one-word name in apposition", "Her brother, Teo, was stabbed in May.", []casBrief{{"Her brother, Teo, was stabbed", injured, 1}}},
		{"a participle in apposition", "A Dutch nurse, held hostage for a month, spoke on Friday.", []casBrief{{"A Dutch nurse, held hostage", kidnapped, 1}}},
		{"ages inside a coordination", "Ina Roth, 34, and Eva Mack, 35, were found dead.", []casBrief{{"Ina Roth, 34, and Eva Mack, 35, were found dead", killed, 2}}},
		{"twins", "He shot their 2-year-old twins.", []casBrief{{"shot their 2-year-old twins", injured, 2}}},
		{"counted by what befell them", "Medics treated five gunshot victims near the stadium.", []casBrief{{"five gunshot victims", injured, 5}}},
		{"no and a noun", "No officers were injured, police said.", []casBrief{{"No officers were injured", injured, 0}}},
		{"nobody in custody", "There is nobody in custody.", []casBrief{{"nobody in custody", detained, 0}}},
		{"not arrested anyone", "Police have not arrested anyone.", []casBrief{{"arrested anyone", detained, 0}}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) { checkBrief(t, c.text, c.want) })
	}
}

// TestCasualtyPredicates has one sentence per kind of predicate the grammar reads.
func TestCasualtyPredicates(t *testing.T) {
	cases := []struct {
		name, text string
		want       []casBrief
	}{
		// after the victims
		{"gunned down", "Karl Moss was gunned down outside a bar.", []casBrief{{"Karl Moss was gunned down", killed, 1}}},
		{"being held", "The driver is being held without bail.", []casBrief{{"The driver is being held", detained, 1}}},
		{"held not detention", "She held a news conference on Tuesday.", nil},
		{"booked", "The driver was booked into the county jail.", []casBrief{{"The driver was booked into the county jail", detained, 1}}},
		{"behind bars", "The landlord is behind bars tonight.", []casBrief{{"The landlord is behind bars", detained, 1}}},
		{"in police custody", "The gunman is in police custody.", []casBrief{{"The gunman is in police custody", detained, 1}}},
		{"critical", "The boy is critical, a spokesman said.", []casBrief{{"The boy is critical", injured, 1}}},
		{"gunshot wound", "A courier arrived suffering from a gunshot wound.", nil},
		{"with wounds", "The man had gunshot wounds to the arm.", []casBrief{{"The man had gunshot wounds", injured, 1}}},
		{"hospital by name", "The woman was taken to Mercy General with a wound.", []casBrief{{"The woman was taken to Mercy General", injured, 1}}},
		{"turned in", "The teenager turned himself in on Monday.", []casBrief{{"The teenager turned himself in", detained, 1}}},
		{"sentenced", "The driver was sentenced to nine years in prison.", []casBrief{{"The driver was sentenced to nine years in prison", detained, 1}}},
		{"unharmed", "The baby was unharmed.", []casBrief{{"The baby was unharmed", injured, 0}}},
		// before the victims
		{"active pronoun", "A stray bullet hit him in the shoulder.", []casBrief{{"hit him", injured, 1}}},
		{"active name", "The robber shot Dana Pike before fleeing.", []casBrief{{"shot Dana Pike", injured, 1}}},
		{"active titled name", "He is accused of killing officer Dana Pike.", []casBrief{{"killing officer Dana Pike", killed, 1}}},
		{"fatally", "He is charged with fatally shooting a guard.", []casBrief{{"fatally shooting a guard", killed, 1}}},
		{"into custody", "Deputies took the driver into custody.", []casBrief{{"took the driver into custody", detained, 1}}},
		{"modal is no harm", "He said he would shoot her.", nil},
		{"attempt is no harm", "She tried to kill the guard.", nil},
		{"things are no victims", "The truck hit a lamppost and a fence.", nil},
		{"adjective before a name", "The club will miss the injured Dana Pike.", nil},
		// harm nouns
		{"noun of", "Police are investigating the slaying of a cab driver.", []casBrief{{"slaying of a cab driver", killed, 1}}},
		{"shooting of", "Nobody saw the shooting of a teenager.", []casBrief{{"shooting of a teenager", injured, 1}}},
		{"possessive noun", "Relatives mourned Dana Pike's death.", []casBrief{{"Dana Pike's death", killed, 1}}},
		{"pronoun possessive", "Nobody was charged after his death.", nil},
		{"an arrest", "Police made an arrest late on Sunday.", []casBrief{{"an arrest", detained, 1}}},
		{"ordinal arrest", "Detectives announced a third arrest.", []casBrief{{"a third arrest", detained, 1}}},
		{"arrest warrant", "A judge issued an arrest warrant.", nil},
		{"possessor without a person", "Nobody has explained the guard's shooting.", []casBrief{{"the guard's shooting", injured, 1}}},
		{"a shooting death", "Detectives are looking into a shooting death in the park.", []casBrief{{"a shooting death", killed, 1}}},
		{"body of", "Divers recovered the body of a hiker.", []casBrief{{"body of a hiker", killed, 1}}},
		{"of and a bare person", "He admitted the murder of Lakeside woman.", []casBrief{{"murder of Lakeside woman", killed, 1}}},
		{"of an age and a titled name", "He faces trial for the slaying of 41-year-old Deputy Rosa Lind.", []casBrief{{"slaying of 41-year-old Deputy Rosa Lind", killed, 1}}},
		{"headline bare object", "Farmer accused of killing police officer", []casBrief{{"killing police officer", killed, 1}}},
		{"headline in capitals names no victim", "Shooting Closes Harbor Road And Mill Lane", nil},
		{"none with any", "Detectives have not made any arrests.", []casBrief{{"any arrests", detained, 0}}},
		{"none in custody", "Investigators do not yet have any suspects in custody.", []casBrief{{"any suspects in custody", detained, 0}}},
		{"found with wounds", "The clerk was found behind the counter with gunshot wounds.", []casBrief{{"The clerk was found behind the counter with gunshot wounds", injured, 1}}},
		{"relative that", "Medics treated a suspect that was shot by a guard.", []casBrief{{"a suspect that was shot", injured, 1}}},
		{"a pronoun acts without an auxiliary", "Police say he shot at the car twice.", nil},
		{"a participle tells the harm again", "The guard shot him, striking Ivo Mar in the leg.", []casBrief{{"shot him", injured, 1}}},
		{"a sports injury shaken off", "The winger has shaken off his ankle injury.", nil},
		{"a copula then and was", "The man was a volunteer and was killed in May.", []casBrief{{"The man was a volunteer and was killed", killed, 1}}},
		{"nobody hit", "Nobody was hit by the bullets.", []casBrief{{"Nobody was hit", injured, 0}}},
		{"by a named service", "Lev Horn was flown by Life Flight to a trauma hospital.", []casBrief{{"Lev Horn was flown by Life Flight to a trauma hospital", injured, 1}}},
		{"taken with an injury", "A waiter was taken with a leg injury to Mercy Hospital.", []casBrief{{"A waiter was taken with a leg injury", injured, 1}}},
		{"went to a hospital", "A fourth victim later went to a hospital.", []casBrief{{"A fourth victim later went to a hospital", injured, 1}}},
		{"ordered held", "Lev Horn was ordered held without bond.", []casBrief{{"Lev Horn was ordered held", detained, 1}}},
		{"be gunshot victims", "Her sons Marco and Luis were gunshot victims.", []casBrief{{"Marco and Luis were gunshot victims", injured, 2}}},
		{"a time is no object", "Dispatchers got calls about a person shot around 3 a.m. on Friday.", []casBrief{{"a person shot", injured, 1}}},
		{"has since undergone surgery", "The boy has since undergone surgery.", []casBrief{{"The boy has since undergone surgery", injured, 1}}},
		{"in surgery", "The cashier was in surgery on Friday night.", []casBrief{{"The cashier was in surgery", injured, 1}}},
		{"remained in a named jail", "The suspect remained in the Polk County Jail on Monday.", []casBrief{{"The suspect remained in the Polk County Jail", detained, 1}}},
		{"taken to a named jail", "Lev Horn was taken to the Polk County Jail.", []casBrief{{"Lev Horn was taken to the Polk County Jail", detained, 1}}},
		{"one of them", "One had a stab wound and was flown to a trauma center.", []casBrief{{"One had a stab wound", injured, 1}}},
		{"found far away with a wound", "A second victim was found two blocks away at Elm and Main streets with a gunshot wound.",
			[]casBrief{{"A second victim was found two blocks away at Elm and Main streets with a gunshot wound", injured, 1}}},
		{"no and modifiers", "No registered guests were injured.", []casBrief{{"No registered guests were injured", injured, 0}}},
		{"an age then a past verb", "The 15-year-old turned himself in on Friday.", []casBrief{{"The 15-year-old turned himself in", detained, 1}}},
		{"a jail term", "Man given 12-year jail term", []casBrief{{"Man given 12-year jail term", detained, 1}}},
		{"a place then a reduced passive", "55-year-old Ivo Marek of Dayton shot to death", []casBrief{{"55-year-old Ivo Marek of Dayton shot to death", killed, 1}}},
		{"put in the hospital", "A fight put a bouncer in the hospital.", []casBrief{{"put a bouncer in the hospital", injured, 1}}},
		{"to and a gerund is a deed", "He admitted to killing Tom Vale in May.", []casBrief{{"killing Tom Vale", killed, 1}}},
		{"passive hit", "The 30-year-old courier was hit twice.", []casBrief{{"The 30-year-old courier was hit", injured, 1}}},
		{"stable at a hospital", "The cashier is stable at a hospital.", []casBrief{{"The cashier is stable", injured, 1}}},
		{"sitting behind bars", "One woman is sitting behind bars this week.", []casBrief{{"One woman is sitting behind bars", detained, 1}}},
		{"coordinated participles", "The driver was quickly caught and arrested.", []casBrief{{"The driver was quickly caught and arrested", detained, 1}}},
		{"a clause of the subject's own then the passive", "Tom Vale walked into the shop with a bat and was shot.",
			[]casBrief{{"Tom Vale walked into the shop with a bat and was shot", injured, 1}}},
		{"a relative clause then the passive", "The man who robbed the shop was arrested.",
			[]casBrief{{"The man who robbed the shop was arrested", detained, 1}}},
		{"the object pronoun her before a verb", "The boy who shot her was not charged.", []casBrief{{"shot her", injured, 1}}},
		{"she's in the hospital", "Ana Cruz said she's in the hospital with a broken arm.", []casBrief{{"she's in the hospital", injured, 1}}},
		{"a pronoun alone names no victim", "She's in the hospital with a broken arm. He died on Sunday.", nil},
		{"a reduced passive after a name", "Tom Vale shot in the arm on Friday.", []casBrief{{"Tom Vale shot", injured, 1}}},
		{"a description before a name", "Gunmen murdered Dutch film-maker Theo Brandt.", []casBrief{{"murdered Dutch film-maker Theo Brandt", killed, 1}}},
		{"a verb is no description", "Relatives mourned Dana Pike.", nil},
		{"an adjective is no description", "The show is a hit musical Anna Karsten wrote.", nil},
		{"a modal tells no harm", "Doctors said the patient would not have died.", nil},
		{"a capitalised headline names no victim", "Fire Closes Harbor Road And Mill Lane | KXAN", nil},
		{"one of them", "One of the robbers, Lev Horn, was shot and killed.", []casBrief{{"One of the robbers, Lev Horn, was shot and killed", killed, 1}}},
		{"the other", "One man pulled a knife and stabbed the other.", []casBrief{{"stabbed the other", injured, 1}}},
		{"a relative clause then is", "The boy who fired the gun is in police custody.", []casBrief{{"The boy who fired the gun is in police custody", detained, 1}}},
		{"a long apposition", "Lev Horn, a 23-year-old cook from the 400 block of Elm Street in Dayton, was arrested.",
			[]casBrief{{"Lev Horn, a 23-year-old cook from the 400 block of Elm Street in Dayton, was arrested", detained, 1}}},
		{"a place after the name", "Nia Vale of Gary died from a stab wound.", []casBrief{{"Nia Vale of Gary died", killed, 1}}},
		{"a long phrase after the subject", "The driver of the other truck in the crash was not hurt.",
			[]casBrief{{"The driver of the other truck in the crash was not hurt", injured, 0}}},
		{"into police custody", "Lev Horn, 52, was taken into police custody.", []casBrief{{"Lev Horn, 52, was taken into police custody", detained, 1}}},
		{"by helicopter to a hospital", "The cashier was transported by helicopter to a nearby hospital.", []casBrief{{"The cashier was transported by helicopter to a nearby hospital", injured, 1}}},
		{"in fair condition to a hospital", "The courier was taken in fair condition to Mercy Hospital.", []casBrief{{"The courier was taken in fair condition to Mercy Hospital", injured, 1}}},
		{"an active transport", "Medics rushed the cyclist to Mercy General on Friday.", []casBrief{{"rushed the cyclist to Mercy General", injured, 1}}},
		{"a headline transport with a count", "Crash sends 2 people to the hospital", []casBrief{{"sends 2 people to the hospital", injured, 2}}},
		{"he'd been", "Ana Cruz said she'd been shot.", []casBrief{{"she'd been shot", injured, 1}}},
		{"harm adjective in the noun phrase", "The injured courier was driven to a hospital.", []casBrief{{"The injured courier was driven to a hospital", injured, 1}}},
		{"harm adjective alone", "A man was shot on Friday. Friends mourned the fallen officer.", []casBrief{{"A man was shot", killed, 1}, {"the fallen officer", killed, 1}}}, // the outcome rule: a death and no survivor
		{"harm adjective in sport", "The club will field the injured striker.", nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) { checkBrief(t, c.text, c.want) })
	}
}

// TestUnderArrest: "under arrest" is a custody phrase like "into custody",
// its verb before the object ("placed both cousins under arrest") or a
// passive or a state before it; "placed" and "put" alone are none.
func TestUnderArrest(t *testing.T) {
	cases := []struct {
		name, text string
		want       []casBrief
	}{
		{"under arrest, active", "Troopers placed both cousins under arrest.", []casBrief{{"placed both cousins under arrest", detained, 2}}},
		{"under arrest, put", "A deputy put the cyclist under arrest.", []casBrief{{"put the cyclist under arrest", detained, 1}}},
		{"under arrest, passive", "The nurse was placed under arrest at noon.", []casBrief{{"The nurse was placed under arrest", detained, 1}}},
		{"under arrest, state", "A third suspect is under arrest.", []casBrief{{"A third suspect is under arrest", detained, 1}}},
		{"placed, no arrest", "The firm placed an order for ten jets and was placed under review.", nil},
		{"put, no arrest", "She put the parcel under the counter.", nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) { checkBrief(t, c.text, c.want) })
	}
}

// TestOutcomeRule: a victim the story reports dead is killed in every mention of the harm.
func TestOutcomeRule(t *testing.T) {
	cases := []struct {
		name, text string
		want       []casBrief
	}{
		{"name then death", "Dana Pike was shot outside the store. Pike died at the scene.",
			[]casBrief{{"Dana Pike was shot", killed, 1}, {"Pike died", killed, 1}}},
		{"pronoun follows the victim", "A clerk was shot on Friday. She was taken to a hospital. She died on Saturday.",
			[]casBrief{{"A clerk was shot", killed, 1}}},
		{"a pronoun's death tells the outcome", "Police said a clerk was shot. An autopsy found she died of the wound.",
			[]casBrief{{"a clerk was shot", killed, 1}}},
		{"a survivor keeps injured", "A clerk was killed and a guard was wounded. The guard was shot in the arm.",
			[]casBrief{{"A clerk was killed", killed, 1}, {"a guard was wounded", injured, 1}, {"The guard was shot", injured, 1}}},
		{"a count shot in a story of as many dead", "Two brothers were found dead on Sunday. A neighbour shot both men in the night.",
			[]casBrief{{"Two brothers were found dead", killed, 2}, {"shot both men", killed, 2}}},
		{"an indefinite victim after a death is another", "A clerk was shot dead in a robbery on Monday. Hours later the same men wounded a clerk at a second store.",
			[]casBrief{{"A clerk was shot dead", killed, 1}, {"wounded a clerk", injured, 1}}},
		{"a death of an earlier year moves no one", "Dana Pike was shot on Monday near the park. In 2015, a man was shot dead on the same corner.",
			[]casBrief{{"Dana Pike was shot", injured, 1}, {"a man was shot dead", killed, 1}}},
		{"same sentence pronoun", "The cashier was shot and rushed to a hospital, where he later died.",
			[]casBrief{{"The cashier was shot", killed, 1}}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) { checkBrief(t, c.text, c.want) })
	}
}

// TestDeathReferred has one sentence per death noun that refers to a victim
// the story tells of, and the compounds that name something else.
func TestDeathReferred(t *testing.T) {
	cases := []struct {
		name, text string
		want       []casBrief
	}{
		{"definite", "Detectives are reviewing the death, a spokeswoman said.", []casBrief{{"the death", killed, 1}}},
		{"definite before a place", "Neighbours left flowers at the scene of the death near the canal.", []casBrief{{"the death", killed, 1}}},
		{"whose", "Relatives of Mira Stanek, whose death shocked the town, held a vigil.", []casBrief{{"whose death", killed, 1}}},
		{"indefinite past a modifier", "Troopers are looking into an unexplained death on the ring road.", []casBrief{{"an unexplained death", killed, 1}}},
		{"of something", "Critics mourned the death of the local newspaper.", nil},
		{"the verb's own object", "The legend says the farmer died a quiet death.", []casBrief{{"the farmer died", killed, 1}}},
		{"penalty", "Prosecutors will not seek the death penalty.", nil},
		{"a death alone", "The mayor received a death threat by mail.", nil},
		{"whose without a comma", "It is a case whose death count is unknown.", nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) { checkBrief(t, c.text, c.want) })
	}
}

// TestHeldNouns has one sentence per way a count of people held by a noun
// (hostages, captives, detainees, prisoners) is read: the noun alone, a part
// of them, and a predicate that tells another harm.
func TestHeldNouns(t *testing.T) {
	cases := []struct {
		name, text string
		want       []casBrief
	}{
		{"prisoners alone", "Officials said 31 prisoners were moved to the capital.", []casBrief{{"31 prisoners", detained, 31}}},
		{"a part of the detainees", "A lawyer for six of the detainees spoke to reporters.", []casBrief{{"six of the detainees", detained, 6}}},
		{"a part of the hostages", "Five of the hostages were seen on a video.", []casBrief{{"Five of the hostages", kidnapped, 5}}},
		{"a part then a harm", "Two of the captives were killed during the raid.", []casBrief{{"Two of the captives were killed", killed, 2}}},
		{"the count then a harm", "Nine hostages were wounded in the rescue.", []casBrief{{"Nine hostages were wounded", injured, 9}}},
		{"a part of others", "Four of the guards spoke to reporters.", nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) { checkBrief(t, c.text, c.want) })
	}
}

// TestWhoThenIntransitive has one sentence per relative clause whose verb
// takes no object, which makes its noun the victims, and one whose verb
// does, whose noun acts.
func TestWhoThenIntransitive(t *testing.T) {
	cases := []struct {
		name, text string
		want       []casBrief
	}{
		{"a count who died", "A plaque names the eleven miners who died in the flood.", []casBrief{{"eleven miners who died", killed, 11}}},
		{"an adverb before", "The hiker who later died had fallen from the ridge.", []casBrief{{"The hiker who later died", killed, 1}}},
		{"lost their lives", "Relatives of the 38 passengers who lost their lives gathered.", []casBrief{{"38 passengers who lost their lives", killed, 38}}},
		{"fled", "Some 9,000 villagers who fled the floods are in camps.", []casBrief{{"Some 9,000 villagers who fled", displaced, 9000}}},
		{"a verb with an object", "Guards found the two men who stabbed the porter.", nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) { checkBrief(t, c.text, c.want) })
	}
}

// TestNounHit has one sentence per "hit" that names a success before its
// title, or that a thing does, and the verb of a person or a vehicle.
func TestNounHit(t *testing.T) {
	cases := []struct {
		name, text string
		want       []casBrief
	}{
		{"a number before", "The band closed with their 1994 hit Paper Lanterns.", nil},
		{"a noun before", "The channel bought the cable hit Harbour Lights last year.", nil},
		{"a preposition before", "She won an award for hit Golden Hour on Friday.", nil},
		{"a thing as subject", "Rising costs hit Brantwell, the grocer said.", nil},
		{"a vehicle as subject", "Witnesses said a van hit Lena Ortiz near the school.", []casBrief{{"hit Lena Ortiz", injured, 1}}},
		{"a person as subject", "Police said the gunman hit Omar Haddad twice.", []casBrief{{"hit Omar Haddad", injured, 1}}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) { checkBrief(t, c.text, c.want) })
	}
}

// TestTitleCaseWords has one sentence per casualty word that belongs to a
// name in Title Case, after a first sentence, and the harm told in lower case.
func TestTitleCaseWords(t *testing.T) {
	cases := []struct {
		name, text string
		want       []casBrief
	}{
		{"a film", "The prizes were given on Monday. The jury preferred Night of the Dead Birds to the other films.", nil},
		{"the harm in lower case", "The prizes were given on Monday. Nora Bell was killed in a crash last year.", []casBrief{{"Nora Bell was killed", killed, 1}}},
		{"a word in capitals", "The prizes were given on Monday. Reports said 4 KILLED near the border.", []casBrief{{"4 KILLED", killed, 4}}},
		{"a place's name", "Police were called at noon. Later a man walked into Mercy Hospital with a wound.", []casBrief{{"a man walked into Mercy Hospital", injured, 1}}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) { checkBrief(t, c.text, c.want) })
	}
}

// TestTitleWordCandidate checks that the fallback proposes no candidate for
// a casualty word of a name in Title Case, and does for the same word in
// lower case.
func TestTitleWordCandidate(t *testing.T) {
	for _, c := range []struct {
		text string
		n    int
	}{
		{"The label grew fast. He later sold Death Valley Records to a rival.", 0},
		{"The label grew fast. He later mourned the death of a rival.", 1},
	} {
		d := textdoc.Analyze(c.text)
		assert.Len(t, New(d, entity.Extract(d)).Candidates(nil), c.n, c.text)
	}
}

// TestThingsAndEngagements has one sentence per reading of a casualty word
// whose subject or object is a thing, a booking or the care of a child, and
// the harm beside it.
func TestThingsAndEngagements(t *testing.T) {
	cases := []struct {
		name, text string
		want       []casBrief
	}{
		{"a headline's thing hits a firm", "Strong pound hits Calloway", nil},
		{"a headline's person hits a name", "Gunman hits Ivo Maric", []casBrief{{"hits Ivo Maric", injured, 1}}},
		{"booked for roles", "The two actors have been booked for guest roles.", nil},
		{"booked for a crime", "Police said the driver was booked for manslaughter.", []casBrief{{"the driver was booked", detained, 1}}},
		{"it imprisoned", "He said the country had broken a habit it was imprisoned in for years.", nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) { checkBrief(t, c.text, c.want) })
	}
}

// TestCustodyOfSomeone checks that the fallback proposes no candidate for
// the care of a child, and does for custody by the police.
func TestCustodyOfSomeone(t *testing.T) {
	for _, c := range []struct {
		text string
		n    int
	}{
		{"Her lawyers said she had regained custody of her son.", 0},
		{"The lawyers spoke of a long custody battle.", 0},
		{"The lawyers said custody was the only choice.", 1},
	} {
		d := textdoc.Analyze(c.text)
		assert.Len(t, New(d, entity.Extract(d)).Candidates(nil), c.n, c.text)
	}
}

// TestPistolWhip has one sentence per form of a pistol-whipping: active,
// hyphenated or written apart, and passive.
func TestPistolWhip(t *testing.T) {
	cases := []struct {
		name, text string
		want       []casBrief
	}{
		{"active, apart", "The robbers pistol whipped a cashier and fled.", []casBrief{{"pistol whipped a cashier", injured, 1}}},
		{"active, hyphenated", "Police said a man pistol-whipped the clerk.", []casBrief{{"pistol-whipped the clerk", injured, 1}}},
		{"passive, apart", "The clerk was pistol whipped by a masked man.", []casBrief{{"The clerk was pistol whipped", injured, 1}}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) { checkBrief(t, c.text, c.want) })
	}
}

// TestCountedPlurals has one sentence per count after a verb only people
// take whose noun no list names, and "shot dead" before a count.
func TestCountedPlurals(t *testing.T) {
	cases := []struct {
		name, text string
		want       []casBrief
	}{
		{"a plural no list names", "Soldiers killed four smugglers near the border.", []casBrief{{"killed four smugglers", killed, 4}}},
		{"a thing", "The flood killed 30 cattle near the river.", nil},
		{"a cleric", "Gunmen killed a visiting bishop near the cathedral.", []casBrief{{"killed a visiting bishop", killed, 1}}},
		{"the killers of a victim", "Police are hunting the killers of a nurse.", []casBrief{{"killers of a nurse", killed, 1}}},
		{"the killers of a count", "Police are hunting the murderers of two guards.", []casBrief{{"murderers of two guards", killed, 2}}},
		{"shot dead and a count", "Troops shot dead three guerrillas.", []casBrief{{"shot dead three guerrillas", killed, 3}}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) { checkBrief(t, c.text, c.want) })
	}
}

// TestTitleCaseHeadlines has one headline in Title Case per form: an age as
// the object, a participle after its subject, a harm noun without article.
func TestTitleCaseHeadlines(t *testing.T) {
	cases := []struct {
		name, text string
		want       []casBrief
	}{
		{"an age as the object", "Neighbour Shoots 9-Year-Old Inside Garage", []casBrief{{"Shoots 9-Year-Old", injured, 1}}},
		{"a participle after its subject", "Guitarist Killed Following Show", []casBrief{{"Guitarist Killed", killed, 1}}},
		{"a harm noun without article", "Stabbing Death Under Review In Hull", []casBrief{{"Stabbing Death", killed, 1}}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) { checkBrief(t, c.text, c.want) })
	}
}

// TestObjectLists has one sentence per list of victims after an active verb
// or a harm noun that the grammar reads whole.
func TestObjectLists(t *testing.T) {
	cases := []struct {
		name, text string
		want       []casBrief
	}{
		{"a list with commas", "The gunman wounded his brother, his brother's wife and a neighbour.", []casBrief{{"wounded his brother, his brother's wife and a neighbour", injured, 3}}},
		{"a harm noun and a shared determiner", "He was charged with the killing of the nurse and 12-year-old niece.", []casBrief{{"killing of the nurse and 12-year-old niece", killed, 2}}},
		{"a comma that ends the object", "He shot the cashier, the police said, and fled.", []casBrief{{"shot the cashier", injured, 1}}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) { checkBrief(t, c.text, c.want) })
	}
}

// TestObjectOfHarm has one sentence per object of a harm verb that a
// predicate follows: the predicate is not the object's.
func TestObjectOfHarm(t *testing.T) {
	cases := []struct {
		name, text string
		want       []casBrief
	}{
		{"accused of harming", "A lodger accused of stabbing his landlord was arrested on Sunday.",
			[]casBrief{{"stabbing his landlord", injured, 1}, {"was arrested", detained, 1}}},
		{"a subject", "His landlord was arrested on Sunday.", []casBrief{{"His landlord was arrested", detained, 1}}},
		{"the charge between subject and predicate", "A farmer accused of stabbing his neighbour is now in custody.",
			[]casBrief{{"A farmer accused of stabbing his neighbour is now in custody", detained, 1}, {"stabbing his neighbour", injured, 1}}},
		{"a headline's charge", "Driver suspected in hit-and-run taken into custody",
			[]casBrief{{"Driver suspected in hit-and-run taken into custody", detained, 1}}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) { checkBrief(t, c.text, c.want) })
	}
}

// TestTitleLine has wire stories whose headline line ends in a period,
// set apart or not, read as a headline, and a first sentence that is not.
func TestTitleLine(t *testing.T) {
	cases := []struct {
		name, text string
		want       []casBrief
	}{
		{"a wire headline", "Crocodile kills Malagasy boy .\nMAHAJANGA 1996-08-20\nThe boy died .",
			[]casBrief{{"kills Malagasy boy", killed, 1}, {"The boy died", killed, 1}}},
		{"a wire headline, its period glued", "Crocodile kills Malagasy boy.\nMAHAJANGA 1996-08-20\nThe boy died.",
			[]casBrief{{"kills Malagasy boy", killed, 1}, {"The boy died", killed, 1}}},
		{"not on a line of its own", "Crocodile kills Malagasy boy . The boy died .", []casBrief{{"The boy died", killed, 1}}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) { checkBrief(t, c.text, c.want) })
	}
}

// TestFurtherVictim checks that a victim told apart by "second" or "other"
// keeps its harm when one named by the same noun died.
func TestFurtherVictim(t *testing.T) {
	checkBrief(t, "The first victim died at the scene. The second victim was wounded in the leg.",
		[]casBrief{{"The first victim died", killed, 1}, {"The second victim was wounded", injured, 1}})
}

// TestUndoneHarm: active harm verbs that name no victim harmed: a headline
// glued to the body in Title Case, a gerund naming a perpetrator's role, a
// threat, wish or command.
func TestUndoneHarm(t *testing.T) {
	cases := []struct {
		name, text string
		want       []casBrief
	}{
		{"glued title case object", "Driver In Custody After Deputy Sees Him Shooting Rifle Into The Sky « KXYZ NewsDOVER, Del. – A driver is in custody.",
			[]casBrief{{"Driver In Custody", detained, 1}, {"A driver is in custody", detained, 1}}},
		{"street names in a title", "DPD: Officer Involved Shooting Closes Pine Blvd. and Oak Ave.DOVER, Del. – Deputies shot and killed a man who held a knife.",
			[]casBrief{{"killed a man", killed, 1}}},
		{"gerund naming a role", "Neighbours said shooting suspect Karl Ostrow kept to himself.", nil},
		{"gerund and a victim", "Nurses said shooting victim Karl Ostrow was awake.", []casBrief{{"shooting victim Karl Ostrow", injured, 1}}},
		{"a threat", "\"I will kill him,\" the caller told a dispatcher.", nil},
		{"a wish", "The man wanted to shoot the landlord, prosecutors said.", nil},
		{"a threat reported", "The caller said he would shoot the landlord.", nil},
		{"a command", "He yelled at the deputies to go ahead and shoot him.", nil},
		{"a preposition's gerund did it", "The driver admitted to killing Karl Ostrow.", []casBrief{{"killing Karl Ostrow", killed, 1}}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) { checkBrief(t, c.text, c.want) })
	}
}

// TestCountsApart: victims counted apart from a count given before them (an
// ordinal, one of them who died) and ages in apposition that count no one.
func TestCountsApart(t *testing.T) {
	cases := []struct {
		name, text string
		want       []casBrief
	}{
		{"an ordinal object", "The gunman killed three people and wounded a fourth.",
			[]casBrief{{"killed three people", killed, 3}, {"wounded a fourth", injured, 1}}},
		{"an ordinal subject with a noun", "Two men died and a third person was hurt.",
			[]casBrief{{"Two men died", killed, 2}, {"a third person was hurt", injured, 1}}},
		{"a fraction is no ordinal victim", "A third of the residents were evacuated.", nil},
		{"one of them died", "Two men were shot on Friday. One of them died.",
			[]casBrief{{"Two men were shot", injured, 2}, {"One of them died", killed, 1}}},
		{"one of them otherwise harmed is part of the count", "Two men were shot. One of them was taken to hospital.",
			[]casBrief{{"Two men were shot", injured, 2}}},
		{"a victim and others harmed alike", "Police said a 9-year-old girl is in critical condition after a crash that injured at least three others.",
			[]casBrief{{"a 9-year-old girl is in critical condition after a crash that injured at least three others", injured, 4}}},
		{"others counted with the victim's pronoun", "A 15-year-old was in critical condition after he and two others were shot.",
			[]casBrief{{"A 15-year-old was in critical condition", injured, 1}, {"he and two others were shot", injured, 3}}},
		{"others harmed otherwise stay apart", "A woman was killed and three others were wounded.",
			[]casBrief{{"A woman was killed", killed, 1}, {"three others were wounded", injured, 3}}},
		{"coordinated counts are two mentions", "An estimated 9,000 residents and more than 40 foreigners have been killed since 2011.",
			[]casBrief{{"An estimated 9,000 residents and more than 40 foreigners have been killed", killed, 9000}, {"more than 40 foreigners have been killed", killed, 40}}},
		{"ages in apposition", "The older brother, 34, and the younger, 29, had each been shot.",
			[]casBrief{{"The older brother, 34, and the younger, 29, had each been shot", injured, 2}}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) { checkBrief(t, c.text, c.want) })
	}
}

// TestHarmInsideCharge: a harm a charge names inside another casualty's
// phrase is a mention of its own victim.
func TestHarmInsideCharge(t *testing.T) {
	cases := []struct {
		name, text string
		want       []casBrief
	}{
		{"accused of inside custody", "A Dover man accused of shooting his wife on Friday is now in police custody.",
			[]casBrief{{"A Dover man accused of shooting his wife on Friday is now in police custody", detained, 1}, {"shooting his wife", injured, 1}}},
		{"suspected of after an arrest", "Police arrested a man suspected of stabbing two women.",
			[]casBrief{{"arrested a man", detained, 1}, {"stabbing two women", injured, 2}}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) { checkBrief(t, c.text, c.want) })
	}
}

// TestHeldReadings: "held" is custody, a kidnapping where the sentence tells
// of one, and no casualty at gunpoint.
func TestHeldReadings(t *testing.T) {
	cases := []struct {
		name, text string
		want       []casBrief
	}{
		{"custody", "The driver was held without bail.", []casBrief{{"The driver was held", detained, 1}}},
		{"a kidnapping's captives", "The two were held for a month until their families paid a ransom.",
			[]casBrief{{"The two were held", kidnapped, 2}}},
		{"at gunpoint", "A cashier was held at gunpoint while the men emptied the till.", nil},
		{"in high esteem", "The retired judge was a fierce critic of the treaty and was held in high esteem abroad.", nil},
		{"in contempt", "The minister was held in contempt of parliament.", nil},
		{"in a cell", "The farmer was held in a cell for two days.", []casBrief{{"The farmer was held", detained, 1}}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) { checkBrief(t, c.text, c.want) })
	}
}

// TestBleeding: a victim told bleeding is injured.
func TestBleeding(t *testing.T) {
	checkBrief(t, "The boy was bleeding from the arm when deputies arrived.", []casBrief{{"The boy was bleeding", injured, 1}})
	checkBrief(t, "Bleeding continued for hours after the surgery.", nil)
}

// TestCountedNouns: a noun of people that carries its number ("couple",
// "twins", "triplets", "pair") counts that many as subject, object or a
// headline's bare noun; followed by "of" it is no person ("a couple of
// days"), and "a couple of people" counts two, about.
func TestCountedNouns(t *testing.T) {
	cases := []struct {
		name, text string
		want       []casBrief
	}{
		{"couple subject", "A Dutch couple was kidnapped in the north on Monday.", []casBrief{{"A Dutch couple was kidnapped", kidnapped, 2}}},
		{"couple headline", "Dutch couple kidnapped", []casBrief{{"Dutch couple kidnapped", kidnapped, 2}}},
		{"couple headline in title case", "Elderly Couple Found Dead In Home", []casBrief{{"Elderly Couple Found Dead", killed, 2}}},
		{"twins subject", "The twins were shot in the attack.", []casBrief{{"The twins were shot", injured, 2}}},
		{"twins object", "The gunman shot their 18-month-old twins.", []casBrief{{"shot their 18-month-old twins", injured, 2}}},
		{"twins headline", "Twins hurt in crash", []casBrief{{"Twins hurt", injured, 2}}},
		{"twins headline in title case", "Twins Hurt In Crash", []casBrief{{"Twins Hurt", injured, 2}}},
		{"a headline couple and a name", "Couple Smith Wins Award", nil},
		{"triplets headline", "Triplets injured as van overturns", []casBrief{{"Triplets injured", injured, 3}}},
		{"pair subject", "The pair were arrested on Friday.", []casBrief{{"The pair were arrested", detained, 2}}},
		{"pair object", "Police arrested the pair at the border.", []casBrief{{"arrested the pair", detained, 2}}},
		{"pair headline", "Pair arrested after brawl", []casBrief{{"Pair arrested", detained, 2}}},
		{"a pair of people", "A pair of climbers died on the mountain.", []casBrief{{"A pair of climbers died", killed, 2}}},
		{"a couple of people", "A couple of people were hurt in the crash.", []casBrief{{"A couple of people were hurt", injured, 2}}},
		{"a couple of days", "He was held for a couple of days.", nil},
		{"a couple of officers sent", "A couple of officers were sent to the house.", nil},
		{"a pair of shoes", "He bought a pair of shoes for the wedding.", nil},
		{"a headline couple of", "Couple of shoes stolen from porch", nil},
		{"a couple not harmed", "Couple sues police over raid", nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) { checkBrief(t, c.text, c.want) })
	}
}

// TestCoupleOfIsAbout: "a couple of" counts two with the qualifier about.
func TestCoupleOfIsAbout(t *testing.T) {
	text := "A couple of people were hurt in the crash."
	d := textdoc.Analyze(text)
	got := New(d, entity.Extract(d)).Casualties()
	require.Len(t, got, 1)
	assert.Equal(t, contract.About, got[0].Qualifier)
	assert.Equal(t, 2.0, got[0].Count)
}

// TestArrestsMade: a bare "arrest" or "arrests" opening a headline, or a
// sentence with its passive "made", is one person held or people of no
// stated number; a determiner or number counts it, a negation makes it
// none, and other uses of the noun are no custody.
func TestArrestsMade(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"Arrest made in shooting", "detained:1"},
		{"Arrest Made In Fatal Shooting", "detained:1"},
		{"Police: Arrest made after man stabbed", "detained:1 injured:1"},
		{"Arrests made after brawl", "detained:null"},
		{"Arrests were made after the brawl, police said.", "detained:null"},
		{"2 arrests made", "detained:2"},
		{"An arrest was made on Tuesday.", "detained:1"},
		{"No arrest has been made.", "detained:0"},
		{"Arrests have not been made.", "detained:0"},
		{"Nobody has been arrested.", "detained:0"},
		{"2nd suspect in custody", "detained:1"},
		{"Man critical after shooting", "injured:1"},
		{"Arrest warrant issued for driver", ""},
		{"Police said arrests made by the unit rose last year.", ""},
	} {
		checkCounts(t, c.text, c.want)
	}
}

// TestOrdinalDigits: an ordinal in digits modifies a victim noun like its
// word ("2nd suspect", "the third victim").
func TestOrdinalDigits(t *testing.T) {
	for _, c := range []struct {
		w    string
		want bool
	}{{"2nd", true}, {"3rd", true}, {"21st", true}, {"4th", true}, {"2", false}, {"nd", false}, {"2ndly", false}, {"1990s", false}} {
		assert.Equal(t, c.want, ordinalDigits(c.w), c.w)
	}
	checkBrief(t, "Police said the 3rd victim died on Monday.", []casBrief{{"the 3rd victim died", killed, 1}})
	checkBrief(t, "He lives on 2nd street and was not hurt.", nil)
}

// TestRelativeClauseSubject: a relative clause that tells no casualty is
// skipped to the subject's own verb ("a couple who manage a farm have been
// kidnapped"); a clause with a casualty word keeps its own casualty.
func TestRelativeClauseSubject(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"A couple who manage a farm have been kidnapped, police said.", "kidnapped:2"},
		{"A man who ran the shop was shot on Monday.", "injured:1"},
		{"A man who killed his wife was arrested.", "killed:1 detained:1"},
		{"A woman who lives nearby was not hurt.", "injured:0"},
		{"The man who owns the store said he was shocked.", ""},
		{"A nurse who does not work nights was praised.", ""},
	} {
		checkCounts(t, c.text, c.want)
	}
}
