package figure

import "testing"

// TestFormedPersons has one sentence per way a noun outside the victim
// lists is read as a person: by its form, beside a predicate only people take.
func TestFormedPersons(t *testing.T) {
	cases := []struct {
		name, text string
		want       []casBrief
	}{
		{"agent suffix subject", "A motorcyclist was killed on the ring road.", []casBrief{{"A motorcyclist was killed", killed, 1}}},
		{"demonym subject", "A Palestinian was killed near the crossing.", []casBrief{{"A Palestinian was killed", killed, 1}}},
		{"agent suffix object", "Gunmen abducted a professor on his way home.", []casBrief{{"abducted a professor", kidnapped, 1}}},
		{"died", "An elderly pensioner died in the flames.", []casBrief{{"An elderly pensioner died", killed, 1}}},
		{"plural after a count", "The kidnappers of four professors demanded a ransom.", []casBrief{{"kidnappers of four professors", kidnapped, 4}}},
		{"a thing is no person", "The merger was killed by the regulator.", nil},
		{"a thing that died", "The engine died on the motorway.", nil},
		{"a person's form without a harm", "A motorcyclist was fined on the ring road.", nil},
		{"an acting subject", "A motorcyclist killed two pedestrians on Sunday.", []casBrief{{"killed two pedestrians", killed, 2}}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) { checkBrief(t, c.text, c.want) })
	}
}

// TestSubjectClauses has one sentence per clause of the subject's own
// between a victim and its predicate.
func TestSubjectClauses(t *testing.T) {
	cases := []struct {
		name, text string
		want       []casBrief
	}{
		{"participle", "A man walking his dog was shot early on Sunday.", []casBrief{{"A man walking his dog was shot", injured, 1}}},
		{"participle and a second predicate", "A man sitting in his car was shot and killed.", []casBrief{{"A man sitting in his car was shot and killed", killed, 1}}},
		{"relative with its own auxiliary", "A woman who was sitting on her porch was struck by a bullet.", []casBrief{{"A woman who was sitting on her porch was struck", injured, 1}}},
		{"with", "The man with the knife was shot by a guard.", []casBrief{{"The man with the knife was shot", injured, 1}}},
		{"a participle without harm", "A man walking his dog was questioned by police.", nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) { checkBrief(t, c.text, c.want) })
	}
}

// TestStatementsOfNone has one sentence per statement that nobody was harmed
// the grammar reads beside those of TestVictimPhrases.
func TestStatementsOfNone(t *testing.T) {
	cases := []struct {
		name, text string
		want       []casBrief
	}{
		{"no casualties", "No casualties were reported after the blast.", []casBrief{{"No casualties", killed, 0}, {"No casualties", injured, 0}}},
		{"without an arrest", "The stand-off ended without an arrest.", []casBrief{{"an arrest", detained, 0}}},
		{"detainees", "Guards released about a hundred detainees.", []casBrief{{"about a hundred detainees", detained, 100}}},
		{"yet in the chain", "Nobody has yet been arrested over the fire.", []casBrief{{"Nobody has yet been arrested", detained, 0}}},
		{"modifiers before the noun", "No rail maintenance workers were hurt.", []casBrief{{"No rail maintenance workers were hurt", injured, 0}}},
		{"the verb cut short", "No one's in custody after the raid.", []casBrief{{"No one's in custody", detained, 0}}},
		{"the verb cut short then a chain", "Nobody's been injured so far.", []casBrief{{"Nobody's been injured", injured, 0}}},
		{"no and modifiers of a thing", "No further details were released.", nil},
		{"people by the noun's form, none hurt", "She said the trespassers were not hurt.", []casBrief{{"the trespassers were not hurt", injured, 0}}},
		{"people by the noun's form, uncounted", "The trespassers were hurt.", nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) { checkBrief(t, c.text, c.want) })
	}
}

// TestMorePredicates has one sentence per predicate and coordination added
// beside those of TestCasualtyPredicates.
func TestMorePredicates(t *testing.T) {
	cases := []struct {
		name, text string
		want       []casBrief
	}{
		{"objects coordinated", "The gunman killed his wife and two children.", []casBrief{{"killed his wife and two children", killed, 3}}},
		{"counted objects coordinated", "Police arrested two men and a woman on Tuesday.", []casBrief{{"arrested two men and a woman", detained, 3}}},
		{"succumbed", "The cyclist succumbed to his injuries on Friday.", []casBrief{{"The cyclist succumbed to his injuries", killed, 1}}},
		{"succumbed to no harm", "The minister succumbed to pressure on Friday.", nil},
		{"apprehended", "The driver was apprehended two streets away.", []casBrief{{"The driver was apprehended", detained, 1}}},
		{"apprehended, active", "Deputies apprehended Tomas Vidal near the depot.", []casBrief{{"apprehended Tomas Vidal", detained, 1}}},
		{"turned himself into police", "The driver turned himself into police on Sunday.", []casBrief{{"turned himself into police", detained, 1}}},
		{"a part of the injured", "Four of the injured were taken to a clinic.", []casBrief{{"Four of the injured were taken to a clinic", injured, 4}}},
		{"expected to survive", "The cashier is expected to survive.", []casBrief{{"The cashier is expected to survive", injured, 1}}},
		{"expected to no harm", "The cashier is expected to testify.", nil},
		{"and another", "The blast left one guard dead and another wounded.", []casBrief{{"one guard dead", killed, 1}, {"another wounded", injured, 1}}},
		{"fled and was taken", "The driver fled on foot and was later taken into custody.", []casBrief{{"The driver fled on foot and was later taken into custody", detained, 1}}},
		{"a second predicate of custody", "The teen was charged with robbery and is being held at the county jail.", []casBrief{{"The teen was charged with robbery and is being held", detained, 1}}},
		{"headline without auxiliary", "Teen hit by car on Harbor Road", []casBrief{{"Teen hit", injured, 1}}},
		{"headline custody", "Driver booked after crash on Harbor Road", []casBrief{{"Driver booked", detained, 1}}},
		{"headline person by form", "Motorcyclist killed in crash on Harbor Road", []casBrief{{"Motorcyclist killed", killed, 1}}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) { checkBrief(t, c.text, c.want) })
	}
}

// TestHarmAfterBeing has one sentence per reading of a harm told after the
// subject's own clause, a treatment, and the outcome of named victims.
func TestHarmAfterBeing(t *testing.T) {
	cases := []struct {
		name, text string
		want       []casBrief
	}{
		{"after being shot", "A 40-year-old man has been charged with burglary after being shot by a neighbour.", []casBrief{{"A 40-year-old man has been charged with burglary after being shot", injured, 1}}},
		{"survived being shot", "A deputy who survived being shot spoke on Friday.", []casBrief{{"A deputy who survived being shot", injured, 1}}},
		{"after being asked is no harm", "A 40-year-old man left after being asked to.", nil},
		{"treated for", "Paramedics treated the cashier for a gunshot wound.", []casBrief{{"treated the cashier for a gunshot wound", injured, 1}}},
		{"treated for no harm", "Doctors treated the cashier for the flu.", nil},
		{"kin with a prefix", "The gunman's ex-wife was wounded.", []casBrief{{"gunman's ex-wife was wounded", injured, 1}}},
		{"named victims who died", "Ina Roth and Eva Mack were found dead. Roth and Mack had gunshot wounds.",
			[]casBrief{{"Ina Roth and Eva Mack were found dead", killed, 2}, {"Roth and Mack had gunshot wounds", killed, 2}}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) { checkBrief(t, c.text, c.want) })
	}
}

// TestDetachedAndFurther has one sentence per predicate read apart from its
// subject, per further count ("three more"), per acting subject before a
// count, and per unharmed apposition.
func TestDetachedAndFurther(t *testing.T) {
	cases := []struct {
		name, text string
		want       []casBrief
	}{
		{"turned himself in far from the subject", "The driver accused of killing a cyclist turned himself in.",
			[]casBrief{{"killing a cyclist", killed, 1}, {"turned himself in", detained, 1}}},
		{"a singular auxiliary far from the subject", "A man who fled after the murder of his landlord has been jailed for life.",
			[]casBrief{{"murder of his landlord", killed, 1}, {"has been jailed", detained, 1}}},
		{"a plural auxiliary says no count", "Men who fled after the murder of a landlord were jailed.", []casBrief{{"murder of a landlord", killed, 1}}},
		{"a future is no custody", "A man who fled after the murder of a landlord is to be jailed.", []casBrief{{"murder of a landlord", killed, 1}}},
		{"more after a count", "Two were killed and three more were injured.", []casBrief{{"Two were killed", killed, 2}, {"three more were injured", injured, 3}}},
		{"more after an active verb", "Police arrested two more on Friday.", []casBrief{{"arrested two more", detained, 2}}},
		{"more years is no victim", "The killer got two more years.", nil},
		{"an acting subject before one", "Police said the gunman killed one man.", []casBrief{{"killed one man", killed, 1}}},
		{"a list with semicolons", "Ina Roth, 34; Eva Mack, 35; and Lea Hahn, 30, were hurt.", []casBrief{{"Ina Roth, 34; Eva Mack, 35; and Lea Hahn, 30, were hurt", injured, 3}}},
		{"unharmed in apposition", "The boy, unharmed by the blast, was carried to an ambulance.", []casBrief{{"The boy, unharmed", injured, 0}}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) { checkBrief(t, c.text, c.want) })
	}
}

// TestNoHarmDone has one sentence per reading that tells of no harm done:
// an infinitive of purpose, a figure of speech, a count of shots.
func TestNoHarmDone(t *testing.T) {
	cases := []struct {
		name, text string
		want       []casBrief
	}{
		{"infinitive of purpose", "His former partner said he was looking to kill a guard.", nil},
		{"figure of speech", "The party keeps shooting itself in the foot.", nil},
		{"an accident is harm", "He shot himself in the foot while cleaning a rifle.", []casBrief{{"shot himself", injured, 1}}},
		{"shots fired", "One officer fired one shot at the driver.", nil},
		{"one shot dead", "One shot dead, two wounded in harbour brawl", []casBrief{{"One shot dead", killed, 1}, {"two wounded", injured, 2}}},
		{"the decedent", "A man was shot on Elm Street. Police identified the decedent as Carl Moe.", []casBrief{{"A man was shot", killed, 1}, {"the decedent", killed, 1}}},
		{"the deceased without harm told", "The family of the deceased asked for privacy.", nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) { checkBrief(t, c.text, c.want) })
	}
}

// TestHeadlinesAndCounts has one sentence per headline subject with a phrase
// of its own, headline object with a place, plural person by form after a
// count, and count with an "including" apposition before "have".
func TestHeadlinesAndCounts(t *testing.T) {
	cases := []struct {
		name, text string
		want       []casBrief
	}{
		{"plural person by form", "The state hanged two smugglers on Sunday.", []casBrief{{"hanged two smugglers", killed, 2}}},
		{"headline subject with a phrase", "Suspect in harbour stabbing brought to police", []casBrief{{"Suspect in harbour stabbing brought to police", detained, 1}}},
		{"headline subject with a place", "Third cousin from same village killed", []casBrief{{"Third cousin from same village killed", killed, 1}}},
		{"headline object with a place", "Farmer accused of fatally shooting Dorset officer", []casBrief{{"fatally shooting Dorset officer", killed, 1}}},
		{"including before have", "About 900 people, including 40 tourists, have been killed.", []casBrief{{"About 900 people, including 40 tourists, have been killed", killed, 900}}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) { checkBrief(t, c.text, c.want) })
	}
}

// TestAmongTheDead has one sentence per way of naming victims by the harm
// group they belong to, and per particle before an object.
func TestAmongTheDead(t *testing.T) {
	cases := []struct {
		name, text string
		want       []casBrief
	}{
		{"were among the dead", "Four guards were among the dead.", []casBrief{{"Four guards were among the dead", killed, 4}}},
		{"among those injured", "A nurse was among those injured.", []casBrief{{"A nurse was among those injured", injured, 1}}},
		{"among the dead were", "Among the dead were two children.", []casBrief{{"Among the dead were two children", killed, 2}}},
		{"the dead included", "The dead included a police officer.", []casBrief{{"The dead included a police officer", killed, 1}}},
		{"the dead without victims", "The dead were buried on Sunday.", nil},
		{"shot dead before the object", "Soldiers shot dead a youth on Friday.", []casBrief{{"shot dead a youth", killed, 1}}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) { checkBrief(t, c.text, c.want) })
	}
}

// TestAllBeforeCount has one sentence per "all" between a casualty verb and its count.
func TestAllBeforeCount(t *testing.T) {
	checkBrief(t, "The plane crashed, killing all 104 people on board.", []casBrief{{"killing all 104 people", killed, 104}})
	checkBrief(t, "The fire killed all three.", []casBrief{{"killed all three", killed, 3}})
}

// TestCarePredicates has one sentence per predicate of care or condition
// added, per statement of none with "neither", and per relative clause that
// tells an object died.
func TestCarePredicates(t *testing.T) {
	cases := []struct {
		name, text string
		want       []casBrief
	}{
		{"rushed into surgery", "The courier was rushed into surgery.", []casBrief{{"The courier was rushed into surgery", injured, 1}}},
		{"showed up at a hospital", "The cyclist showed up at a hospital on Sunday with two broken ribs.", []casBrief{{"The cyclist showed up at a hospital", injured, 1}}},
		{"showed up elsewhere", "The courier showed up at a party.", nil},
		{"victim of a shooting", "The courier was the victim of a shooting in May.", []casBrief{{"The courier was the victim of a shooting", injured, 1}}},
		{"victim of a fatal stabbing", "The courier was the victim of a fatal stabbing.", []casBrief{{"The courier was the victim of a fatal stabbing", killed, 1}}},
		{"victim of a scam", "The courier was the victim of a scam.", nil},
		{"serious but stable", "A 15-year-old boy is in serious but stable condition.", []casBrief{{"A 15-year-old boy is in serious but stable condition", injured, 1}}},
		{"treated at the scene", "The third victim was treated at the scene.", []casBrief{{"The third victim was treated", injured, 1}}},
		{"treated unfairly", "The courier was treated unfairly.", nil},
		{"neither and a noun", "Neither guard was hurt.", []casBrief{{"Neither guard was hurt", injured, 0}}},
		{"neither of", "Neither of the guards was hurt.", []casBrief{{"Neither of the guards was hurt", injured, 0}}},
		{"an object who died", "Deputies shot the driver, who died at the scene.", []casBrief{{"shot the driver, who died", killed, 1}}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) { checkBrief(t, c.text, c.want) })
	}
}

// TestBareObjects has one sentence per object a headline verb takes bare: a
// count alone, a family of a number.
func TestBareObjects(t *testing.T) {
	cases := []struct {
		name, text string
		want       []casBrief
	}{
		{"count alone", "Car bomb wounds 12 in port city", []casBrief{{"wounds 12", injured, 12}}},
		{"count alone in custody", "Police detain 70 in raids", []casBrief{{"detain 70", detained, 70}}},
		{"count of times", "The man was shot 3 times in the leg.", []casBrief{{"The man was shot", injured, 1}}},
		{"family of", "Fire kills family of six", []casBrief{{"kills family of six", killed, 6}}},
		{"a family of", "The blast injured a family of four.", []casBrief{{"injured a family of four", injured, 4}}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) { checkBrief(t, c.text, c.want) })
	}
}

// TestCountedObjects has one sentence per counted object of an active verb
// the pattern reader leaves, and per phrasal verb of custody.
func TestCountedObjects(t *testing.T) {
	cases := []struct {
		name, text string
		want       []casBrief
	}{
		{"rounded up", "Police rounded up 300 people after the riots.", []casBrief{{"rounded up 300 people", detained, 300}}},
		{"more after a present verb", "Series of blasts kills one, injures three more | News", []casBrief{{"kills one", killed, 1}, {"injures three more", injured, 3}}},
		{"a count of things", "The batsman hit five centuries last season.", nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) { checkBrief(t, c.text, c.want) })
	}
}

// TestNewSplitClasses has one sentence per class read from the second
// round of tune errors: statements of none, coordinations with a bare last
// noun, counted victims standing alone, someone, and conditions.
func TestNewSplitClasses(t *testing.T) {
	cases := []struct {
		name, text string
		want       []casBrief
	}{
		{"no arrest", "Police said no arrest has been made.", []casBrief{{"no arrest", detained, 0}}},
		{"arrests have not been made", "Arrests have not been made in the case.", []casBrief{{"Arrests have not been made", detained, 0}}},
		{"no-one", "Luckily no-one was injured.", []casBrief{{"no-one was injured", injured, 0}}},
		{"a bare last noun", "Troopers still seek a motive for the stabbing deaths of a farmer and wife.", []casBrief{{"deaths of a farmer and wife", killed, 2}}},
		{"the two alone", "The two were held for a week.", []casBrief{{"The two were held", detained, 2}}},
		{"someone", "Someone else got hurt in the crush.", []casBrief{{"Someone else got hurt", injured, 1}}},
		{"one of person plural", "Guards detained one of the intruders.", []casBrief{{"detained one of the intruders", detained, 1}}},
		{"in a condition", "The woman was in a serious condition overnight.", []casBrief{{"The woman was in a serious condition", injured, 1}}},
		{"pistol-whipped", "The clerk was pistol-whipped during the robbery.", []casBrief{{"The clerk was pistol-whipped", injured, 1}}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) { checkBrief(t, c.text, c.want) })
	}
}

// TestExpelledJailedFled has one sentence per expulsion of a people, custody
// told apart from its subject with "in", and a flight of few from a scene.
func TestExpelledJailedFled(t *testing.T) {
	cases := []struct {
		name, text string
		want       []casBrief
	}{
		{"expels a people", "The state expels 28 refugees.", []casBrief{{"expels 28 refugees", displaced, 28}}},
		{"expels one envoy", "The state expelled the ambassador.", nil},
		{"was in jail apart", "A driver charged with fatally stabbing a stranger who had offered him a lift, was in jail by Friday.",
			[]casBrief{{"fatally stabbing a stranger", killed, 1}, {"was in jail", detained, 1}}},
		{"few fled", "Both robbers later ran off through the park.", nil},
		{"many fled", "Hundreds of villagers fled.", []casBrief{{"Hundreds of villagers fled", displaced, 100}}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) { checkBrief(t, c.text, c.want) })
	}
}

// TestMultipleHarm has one sentence per word that counts the dead of one harm.
func TestMultipleHarm(t *testing.T) {
	checkBrief(t, "Police are investigating a double homicide on Elm Street.", []casBrief{{"double homicide", killed, 2}})
	checkBrief(t, "He was convicted of the triple murder.", []casBrief{{"triple murder", killed, 3}})
	checkBrief(t, "The team scored a double in the final.", nil)
}

// TestSportStory has one story of sport whose injuries are no casualties,
// and one of sport that tells of violence.
func TestSportStory(t *testing.T) {
	checkBrief(t, "The striker injured his ankle in the cup match. The coach said the squad would miss him for the league game.", nil)
	checkBrief(t, "The striker was injured when a gunman fired at the team bus after the cup match. The driver was unhurt.",
		[]casBrief{{"The striker was injured", injured, 1}, {"The driver was unhurt", injured, 0}})
}
