package figure

import (
	"fmt"
	"os"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/newsparse/newsparse/internal/entity"
	"github.com/newsparse/newsparse/internal/textdoc"
)

// The casualty grid: the annotation guide's casualty words per kind, crossed
// with its kinds of victim phrase and the forms a news sentence puts them in,
// each cell with the kind and count the guide gives it. The cells are made
// here, not written out, so that a form the grammar misses shows as a whole
// row or column of failures rather than as one sentence.

// gridVictim is one kind of victim phrase: how it reads as a subject and as
// an object, the count the guide gives it, whether its verb is plural, and
// the pronoun that refers back to it.
type gridVictim struct {
	class, subj, obj string
	n                int
	plural           bool
	poss             string
}

var gridVictims = []gridVictim{
	{"words", "three people", "three people", 3, true, "their"},
	{"digits", "12 villagers", "12 villagers", 12, true, "their"},
	{"vague", "dozens of people", "dozens of people", 12, true, "their"},
	{"age", "a 19-year-old", "a 19-year-old", 1, false, "his"},
	{"man", "a man", "a man", 1, false, "his"},
	{"kin", "his daughter", "his daughter", 1, false, "her"},
	{"role", "the driver", "the driver", 1, false, "his"},
	{"name", "Tom Reyes", "Tom Reyes", 1, false, "his"},
	{"coord", "a woman and her son", "a woman and her son", 2, true, "their"},
	{"others", "two others", "two others", 2, true, "their"},
	{"both", "both", "", 2, true, "their"},
	{"age-noun", "a 19-year-old man", "a 19-year-old man", 1, false, "his"},
	{"name-age", "Tom Reyes, 34,", "Tom Reyes, 34,", 1, false, "his"},
	{"partitive", "two of his children", "two of his children", 2, true, "their"},
	{"officer", "a police officer", "a police officer", 1, false, "his"},
	{"qualified", "at least five people", "at least five people", 5, true, "their"},
	{"one", "one person", "one person", 1, false, "their"},
	{"kin-age", "his 7-year-old daughter", "his 7-year-old daughter", 1, false, "her"},
	{"nationals", "two Britons", "two Britons", 2, true, "their"},
	{"suspect", "the suspect", "the suspect", 1, false, "his"},
	{"pedestrian", "a pedestrian", "a pedestrian", 1, false, "his"},
	{"mother-kids", "a mother and her two children", "a mother and her two children", 3, true, "their"},
	{"wife-daughters", "his wife and two daughters", "his wife and two daughters", 3, true, "their"},
	{"couple", "an elderly couple", "an elderly couple", 2, true, "their"},
	{"teen-boy", "a teenage boy", "a teenage boy", 1, false, "his"},
	{"named-pair", "Ana Cruz and Eva Mack", "Ana Cruz and Eva Mack", 2, true, "their"},
}

// gridPred is one casualty word of the guide in the forms it takes: pass
// after its victim ({be}, {have}, {is} and {poss} agree with the victim),
// act with its agent before {o}, ing as a participle after a clause, adj
// after "left {o}", noun a sentence holding the victim as {o}, sg and pl
// choosing the singular or plural noun; only limits the victims it takes.
type gridPred struct {
	kind, word          string
	pass, act, ing, adj string
	noun                string
	only                string
}

var gridPreds = []gridPred{
	{kind: "killed", word: "killed", pass: "{be} killed in the attack", act: "Gunmen killed {o} in the attack", ing: "A bomb exploded in the market, killing {o}", noun: "Officials condemned the killing of {o}"},
	{kind: "killed", word: "died", pass: "died in the attack"},
	{kind: "killed", word: "dead", pass: "{be} dead after the attack", adj: "dead"},
	{kind: "killed", word: "death", noun: "Police are investigating the {death|deaths} of {o}"},
	{kind: "killed", word: "'s death", noun: "Police are investigating {o}'s death", only: "age man kin role name"},
	{kind: "killed", word: "shooting death", noun: "Police are investigating the shooting {death|deaths} of {o}"},
	{kind: "killed", word: "slain", pass: "{be} slain in the attack"},
	{kind: "killed", word: "murdered", pass: "{be} murdered in the attack", act: "A gang murdered {o} last week", noun: "Police are investigating the murder of {o}"},
	{kind: "killed", word: "assassinated", pass: "{be} assassinated last week", only: "man role name"},
	{kind: "killed", word: "executed", pass: "{be} executed last week", act: "The regime executed {o} last week"},
	{kind: "killed", word: "lost lives", pass: "lost {poss} {life|lives} in the attack"},
	{kind: "killed", word: "bodies found", noun: "The {body|bodies} of {o} {be} found on Sunday"},
	{kind: "killed", word: "fatally shot", pass: "{be} fatally shot on Sunday", act: "A gunman fatally shot {o} on Sunday"},
	{kind: "killed", word: "pronounced dead", pass: "{be} pronounced dead at the scene"},
	{kind: "injured", word: "wounded", pass: "{be} wounded in the attack", act: "Gunmen wounded {o} in the attack", ing: "Gunmen opened fire on a bus, wounding {o}", adj: "wounded"},
	{kind: "injured", word: "injured", pass: "{be} injured in the crash", act: "The blast injured {o} on Sunday", ing: "The roof collapsed, injuring {o}", adj: "injured"},
	{kind: "injured", word: "hurt", pass: "{be} hurt in the crash"},
	{kind: "injured", word: "shot", pass: "{be} shot on Sunday", act: "A gunman shot {o} on Sunday"},
	{kind: "injured", word: "struck", pass: "{be} struck by a car on Sunday", act: "A car struck {o} on Sunday"},
	{kind: "injured", word: "hit", pass: "{be} hit by a bullet outside a bar"},
	{kind: "injured", word: "grazed", pass: "{be} grazed by a bullet on Sunday"},
	{kind: "injured", word: "gunshot wound", pass: "suffered {a gunshot wound|gunshot wounds} on Sunday"},
	{kind: "injured", word: "critical condition", pass: "{is} in critical condition after the shooting"},
	{kind: "injured", word: "serious condition", pass: "{is} in serious condition after the crash"},
	{kind: "injured", word: "stable condition", pass: "{is} in stable condition after the shooting"},
	{kind: "injured", word: "surgery", pass: "underwent surgery after the shooting"},
	{kind: "injured", word: "treated released", pass: "{be} treated and released after the crash"},
	{kind: "injured", word: "taken to hospital", pass: "{be} taken to hospital after the crash"},
	{kind: "injured", word: "rushed to hospital", pass: "{be} rushed to hospital after the shooting"},
	{kind: "injured", word: "airlifted", pass: "{be} airlifted to a hospital after the crash"},
	{kind: "injured", word: "transported", pass: "{be} transported to a hospital after the crash"},
	{kind: "injured", word: "recovering", pass: "{is} recovering in hospital after the shooting"},
	{kind: "detained", word: "arrested", pass: "{be} arrested on Sunday", act: "Police arrested {o} on Sunday", ing: "Police raided the house, arresting {o}", noun: "Police announced the arrest of {o}"},
	{kind: "detained", word: "detained", pass: "{be} detained on Sunday", act: "Police detained {o} on Sunday", noun: "Officials ordered the detention of {o}"},
	{kind: "detained", word: "in custody", pass: "{is} in custody after the shooting"},
	{kind: "detained", word: "jailed", pass: "{be} jailed on Sunday", act: "A court jailed {o} on Sunday"},
	{kind: "detained", word: "imprisoned", pass: "{be} imprisoned last year"},
	{kind: "detained", word: "booked", pass: "{be} booked into the county jail"},
	{kind: "detained", word: "taken to jail", pass: "{be} taken to jail after the fight"},
	{kind: "detained", word: "held by police", pass: "{be} held by police after the fight"},
	{kind: "kidnapped", word: "kidnapped", pass: "{be} kidnapped on Sunday", act: "Gunmen kidnapped {o} on Sunday", noun: "Officials condemned the kidnapping of {o}"},
	{kind: "kidnapped", word: "abducted", pass: "{be} abducted on Sunday", act: "Rebels abducted {o} on Sunday", ing: "Rebels stormed the village, abducting {o}", noun: "Officials condemned the abduction of {o}"},
	{kind: "kidnapped", word: "taken hostage", pass: "{be} taken hostage on Sunday", act: "Gunmen took {o} hostage on Sunday"},
	{kind: "missing", word: "missing", pass: "{is} missing after the storm", adj: "missing"},
	{kind: "missing", word: "unaccounted for", pass: "{is} unaccounted for after the storm"},
	{kind: "killed", word: "'s body", noun: "Police found {o}'s body on Sunday", only: "age man kin role name officer one kin-age teen-boy pedestrian suspect"},
	{kind: "killed", word: "'s murder", noun: "A man was charged with {o}'s murder", only: "age man kin role name officer one kin-age teen-boy pedestrian suspect"},
	{kind: "killed", word: "'s killing", noun: "Police are investigating {o}'s killing", only: "age man kin role name officer one kin-age teen-boy pedestrian suspect"},
	{kind: "killed", word: "fatal shooting of", noun: "Police are investigating the fatal shooting of {o}"},
	{kind: "killed", word: "victim of fatal", pass: "{be} the {victim|victims} of a fatal shooting on Sunday"},
	{kind: "injured", word: "shooting of", noun: "Detectives are looking into the shooting of {o}, who survived"},
	{kind: "killed", word: "stabbed to death", pass: "{be} stabbed to death on Sunday", act: "A man stabbed {o} to death on Sunday"},
	{kind: "killed", word: "shot and killed", pass: "{be} shot and killed on Sunday", act: "A gunman shot and killed {o} on Sunday"},
	{kind: "killed", word: "shot to death", pass: "{be} shot to death on Sunday"},
	{kind: "killed", word: "gunned down", pass: "{be} gunned down on Sunday", act: "Gunmen gunned down {o} on Sunday"},
	{kind: "killed", word: "perished", pass: "perished in the fire"},
	{kind: "killed", word: "succumbed", pass: "succumbed to {poss} {injury|injuries} on Sunday"},
	{kind: "killed", word: "found dead", pass: "{be} found dead on Sunday"},
	{kind: "killed", word: "run over", pass: "{be} run over and killed by a truck"},
	{kind: "injured", word: "stabbed", pass: "{be} stabbed on Sunday", act: "A man stabbed {o} on Sunday"},
	{kind: "injured", word: "beaten", pass: "{be} beaten by a mob on Sunday"},
	{kind: "injured", word: "critically injured", pass: "{be} critically injured in the crash"},
	{kind: "injured", word: "seriously wounded", pass: "{be} seriously wounded in the attack"},
	{kind: "injured", word: "sustained injuries", pass: "sustained {a serious injury|serious injuries} in the crash"},
	{kind: "injured", word: "minor injuries", pass: "suffered minor injuries in the crash"},
	{kind: "injured", word: "hospitalized", pass: "{be} hospitalized after the crash"},
	{kind: "injured", word: "treated for", pass: "{be} treated for {a gunshot wound|gunshot wounds} at a local hospital"},
	{kind: "detained", word: "taken into custody", pass: "{be} taken into custody on Sunday", act: "Police took {o} into custody on Sunday"},
	{kind: "detained", word: "apprehended", pass: "{be} apprehended on Sunday"},
	{kind: "detained", word: "rounded up", pass: "{be} rounded up by police on Sunday", act: "Police rounded up {o} on Sunday"},
	{kind: "detained", word: "behind bars", pass: "{is} behind bars after the fight"},
	{kind: "kidnapped", word: "held hostage", pass: "{be} held hostage for a week"},
	{kind: "kidnapped", word: "seized", pass: "{be} seized by gunmen on Sunday"},
	{kind: "missing", word: "went missing", pass: "went missing on Sunday"},
	{kind: "missing", word: "reported missing", pass: "{be} reported missing on Sunday"},
	{kind: "displaced", word: "fled homes", pass: "fled {poss} {home|homes} during the fighting", only: "words digits vague coord"},
	{kind: "displaced", word: "forced to flee", pass: "{have} been forced to flee the fighting", only: "words digits vague coord"},
	{kind: "displaced", word: "displaced", pass: "{have} been displaced by the floods", act: "The floods displaced {o}", only: "words digits vague coord"},
	{kind: "displaced", word: "homeless", pass: "{be} left homeless by the floods", adj: "homeless", only: "words digits vague coord"},
	{kind: "displaced", word: "forced from homes", pass: "{be} forced from {poss} {home|homes} by the floods", only: "words digits vague coord"},
	{kind: "displaced", word: "evacuated", pass: "{be} evacuated before the floods", act: "Authorities evacuated {o} before the floods", only: "words digits vague coord"},
}

// gotPassive are the casualty words news also writes with "got": "got shot".
var gotPassive = map[string]bool{"killed": true, "shot": true, "hurt": true, "injured": true, "arrested": true, "wounded": true, "stabbed": true, "kidnapped": true}

// gridCell is one sentence of the grid, its class and its expected counts.
type gridCell struct {
	pred, form, victim string
	text, want         string
}

func (c gridCell) class() string { return c.pred + " | " + c.form + " | " + c.victim }

// agree fills a predicate's template for a victim.
func agree(tpl string, v gridVictim) string {
	be, have, is := "was", "has", "is"
	if v.plural {
		be, have, is = "were", "have", "are"
	}
	r := strings.NewReplacer("{be}", be, "{have}", have, "{is}", is, "{poss}", v.poss, "{o}", v.obj)
	s := r.Replace(tpl)
	for {
		i := strings.Index(s, "{")
		j := strings.Index(s, "}")
		if i < 0 || j < i {
			return s
		}
		alt := strings.SplitN(s[i+1:j], "|", 2)
		pick := alt[0]
		if v.plural || v.n > 1 {
			pick = alt[len(alt)-1]
		}
		s = s[:i] + pick + s[j+1:]
	}
}

// titleCase capitalises every word of s.
func titleCase(s string) string {
	f := strings.Fields(s)
	for i, w := range f {
		f[i] = capital(w)
	}
	return strings.Join(f, " ")
}

func capital(s string) string { return strings.ToUpper(s[:1]) + s[1:] }

func takes(p gridPred, v gridVictim) bool {
	return p.only == "" || strings.Contains(" "+p.only+" ", " "+v.class+" ")
}

// gridSentences makes the body sentences of the grid.
func gridSentences() []gridCell {
	var cells []gridCell
	add := func(p gridPred, form string, v gridVictim, text string) {
		cells = append(cells, gridCell{p.kind + ":" + p.word, form, v.class, text, p.kind + ":" + strconv.Itoa(v.n)})
	}
	for _, p := range gridPreds {
		for _, v := range gridVictims {
			if !takes(p, v) {
				continue
			}
			if p.pass != "" {
				add(p, "subject", v, capital(v.subj)+" "+agree(p.pass, v)+".")
				add(p, "subject-said", v, capital(v.subj)+" "+agree(p.pass, v)+", police said.")
				for _, fr := range []struct{ form, lead string }{{"said-that", "Police said "}, {"fronted", "On Sunday night, "}, {"according", "According to police, "}} {
					add(p, fr.form, v, fr.lead+v.subj+" "+agree(p.pass, v)+".")
				}
				if strings.HasPrefix(p.pass, "{be}") {
					add(p, "subject-perfect", v, capital(v.subj)+" "+agree("{have} been"+p.pass[4:], v)+".")
					if gotPassive[p.word] {
						add(p, "subject-got", v, capital(v.subj)+" "+agree("got"+p.pass[4:], v)+".")
					}
				}
				if v.class != "both" && v.class != "others" {
					add(p, "relative", v, "Police identified "+relativeHead(v)+" who "+agree(p.pass, v)+".")
				}
				if v.class != "both" && v.class != "others" && v.class != "vague" {
					add(p, "apposition", v, appositionHead(v)+", "+strings.TrimSuffix(v.obj, ",")+", "+agree(p.pass, v)+".")
				}
			}
			if v.obj == "" {
				continue
			}
			for _, f := range []struct{ form, tpl string }{{"active", p.act}, {"participle", p.ing}, {"noun", p.noun}} {
				if f.tpl != "" {
					add(p, f.form, v, agree(f.tpl, v)+".")
				}
			}
			if p.act != "" {
				// the agent a pronoun: "He shot a man", "Police said they kidnapped three people"
				for _, agent := range []string{"Gunmen ", "A gang ", "The regime ", "A gunman ", "Police ", "A court ", "Rebels ", "A man ", "A car "} {
					if strings.HasPrefix(p.act, agent) {
						add(p, "active-pronoun", v, "Police said he "+agree(p.act[len(agent):], v)+".")
					}
				}
			}
			if p.adj != "" {
				add(p, "left-adj", v, agree("The storm left {o} "+p.adj, v)+".")
			}
		}
	}
	return cells
}

func relativeHead(v gridVictim) string {
	if v.class == "name" {
		return v.obj + ", 34,"
	}
	return v.obj
}

func appositionHead(v gridVictim) string {
	if v.plural {
		return "The victims"
	}
	return "The victim"
}

// gridHeadlines makes the headline cells: a headline's bare victim and
// shortened verb, then a body sentence that states no casualty.
func gridHeadlines() []gridCell {
	const body = "\nThe incident happened on Monday, officials said in a statement to reporters."
	victims := []struct {
		class, text string
		n           int
	}{{"noun", "Teen", 1}, {"age", "Man, 45,", 1}, {"digits", "3 men", 3}, {"others", "Toddler, 4 others", 5}, {"coord", "Woman, son", 2}, {"role", "Driver", 1}}
	preds := []struct{ kind, word string }{
		{"killed", "killed"}, {"killed", "dead"}, {"killed", "slain"}, {"killed", "shot dead"},
		{"injured", "shot"}, {"injured", "hurt"}, {"injured", "wounded"}, {"injured", "injured"},
		{"injured", "critical"}, {"injured", "in critical condition"}, {"injured", "hospitalized"}, {"detained", "in custody"},
		{"detained", "arrested"}, {"detained", "held"}, {"kidnapped", "kidnapped"}, {"kidnapped", "abducted"}, {"missing", "missing"},
	}
	var cells []gridCell
	for _, p := range preds {
		for _, v := range victims {
			text := v.text + " " + p.word + " in Oak Park " + [...]string{"shooting", "crash", "fight"}[len(cells)%3] + body
			cells = append(cells, gridCell{p.kind + ":" + p.word, "headline", v.class, text, p.kind + ":" + strconv.Itoa(v.n)})
			// the same headline in Title Case: "Teen Shot In Oak Park Shooting"
			title := titleCase(v.text + " " + p.word + " in Oak Park shooting")
			cells = append(cells, gridCell{p.kind + ":" + p.word, "headline-title", v.class, title + body, p.kind + ":" + strconv.Itoa(v.n)})
		}
	}
	cells = append(cells,
		gridCell{"killed+injured", "headline-list", "digits", "Gunman kills 2, wounds 3 at bar" + body, "killed:2 injured:3"},
		gridCell{"killed+injured", "headline-list", "digits", "Shooting leaves 2 dead, 3 wounded" + body, "killed:2 injured:3"},
		gridCell{"killed+injured", "headline-list", "digits", "Killed 2, Wounded 3: a night of gunfire" + body, "killed:2 injured:3"},
	)
	return cells
}

// gridSpecial holds the guide's forms that are not a predicate after its
// victim: counted arrests, detainees, hostages, kidnappers of, and the
// guide's not-mentions, which must give nothing.
func gridSpecial() []gridCell {
	rows := []struct{ pred, form, victim, text, want string }{
		{"detained:arrests", "noun", "digits", "Police made 14 arrests after the match.", "detained:14"},
		{"detained:arrests", "noun", "words", "Officers made three arrests on Sunday.", "detained:3"},
		{"detained:detainees", "noun", "words", "Three detainees were moved to a prison in the north.", "detained:3"},
		{"kidnapped:hostages", "noun", "words", "Gunmen are still holding four hostages.", "kidnapped:4"},
		{"kidnapped:hostages", "noun", "digits", "The rebels freed 12 hostages on Sunday.", "kidnapped:12"},
		{"kidnapped:kidnappers of", "noun", "words", "The kidnappers of four professors demanded a ransom.", "kidnapped:4"},
		{"displaced:fled", "subject", "digits", "About 3,000 people fled the fighting on Sunday.", "displaced:3000"},
		{"displaced:refugees", "noun", "digits", "The war has created 40,000 refugees.", "displaced:40000"},
		{"killed:none", "subject", "none", "No one was killed in the attack.", "killed:0"},
		{"injured:none", "subject", "none", "Nobody was hurt in the crash.", "injured:0"},
		{"detained:none", "subject", "none", "Nobody has been arrested.", "detained:0"},
		{"killed+injured", "coordinated", "words", "Three people died and 27 were injured, four of them seriously.", "killed:3 injured:27"},
		{"injured:others", "subject", "others", "A 12-year-old was in critical condition after he and three others were shot.", "injured:1 injured:4"},
	}
	negs := []string{
		"Gunmen tried to kill three officials on Sunday.",
		"The virus could kill hundreds of people.",
		"He threatened to shoot two officers.",
		"Dozens of officers were sent to the scene.",
		"Police said the 36-year-old lives in the 1000 block of Elm Street.",
		"The company hired 300 workers in 2019.",
		"Police are seeking two suspects in the shooting.",
		"Two men are wanted by police for questioning.",
		"The plot to kill three judges was foiled.",
		"If convicted, the three men could be jailed for life.",
		"The 1,200-strong battalion withdrew on Sunday.",
		"The team won 3-1 on Sunday.",
		"The storm could leave thousands homeless.",
		"Rebels threatened to abduct foreign workers.",
		"A 45-year-old man spoke to reporters at 4 p.m.",
		"The novel is about a spirit living in a stranger's body.",
		"The driver's body language suggested he was nervous.",
		"Markets critical after vote\nThe vote happened on Monday, officials said in a statement to reporters.",
	}
	var cells []gridCell
	for _, r := range rows {
		cells = append(cells, gridCell{r.pred, r.form, r.victim, r.text, r.want})
	}
	for _, n := range negs {
		cells = append(cells, gridCell{"none", "negative", "-", n, ""})
	}
	return cells
}

// gridOpen lists the classes (predicate | form, or predicate | form |
// victim) the grammar does not read yet or that the guide leaves open, each
// with its reason; a failing cell of one is counted, not failed. A listed
// class that no longer fails fails the test, so the list only shrinks.
var gridOpen = map[string]string{
	"kidnapped:taken hostage | active | name-age":             "an age set off by commas inside \"took … hostage\": the object is read up to \"hostage\" and a comma ends it",
	"detained:taken into custody | active | name-age":         "an age set off by commas inside \"took … into custody\": the custody frame reads a name with no apposition",
	"killed:stabbed to death | active | name-age":             "an age set off by commas between the object and \"to death\" (\"stabbed Tom Reyes, 34, to death\"): rare in news, left to the wounded reading",
	"kidnapped:taken hostage | active-pronoun | name-age":     "as kidnapped:taken hostage | active | name-age",
	"detained:taken into custody | active-pronoun | name-age": "as detained:taken into custody | active | name-age",
	"killed:stabbed to death | active-pronoun | name-age":     "as killed:stabbed to death | active | name-age",
	"injured:critical | headline-title":                       "a Title Case headline's verbless condition (\"Teen Critical In Crash\"): the capitalised noun is read as part of a name before \"Critical\"",
	"killed:found dead | apposition | name":                   "\"The victim, Tom Reyes, was found dead\": a name in apposition to \"the victim\" before a verb of finding is not read yet",
	"missing:went missing | apposition":                       "\"The victims, two Britons, went missing\": an apposition before \"went\" is not read yet",
	"injured:beaten | subject":                                "the guide lists no beating among the injuries (wounded, injured, hurt, shot, struck or hit and alive); whether \"was beaten\" alone is an injury is left to the guide",
	"injured:beaten | subject-said":                           "as injured:beaten | subject",
	"injured:beaten | subject-perfect":                        "as injured:beaten | subject",
	"injured:beaten | said-that":                              "as injured:beaten | subject",
	"injured:beaten | fronted":                                "as injured:beaten | subject",
	"injured:beaten | according":                              "as injured:beaten | subject",
	"injured:beaten | relative":                               "as injured:beaten | subject",
	"injured:beaten | apposition":                             "as injured:beaten | subject",
}

// gridHave returns the casualties of text as a sorted "kind:count" list.
func gridHave(text string) string {
	d := textdoc.Analyze(text)
	var have []string
	for _, c := range New(d, entity.Extract(d)).Casualties() {
		have = append(have, string(c.Kind)+":"+strconv.FormatFloat(c.Count, 'f', -1, 64))
	}
	sort.Strings(have)
	return strings.Join(have, " ")
}

func sortedWant(w string) string {
	f := strings.Fields(w)
	sort.Strings(f)
	return strings.Join(f, " ")
}

// TestCasualtyGrid runs every cell of the grid; GRID_TABLE=1 prints the
// failures by class (predicate, form, victim) and by each of the three.
func TestCasualtyGrid(t *testing.T) {
	cells := append(append(gridSentences(), gridHeadlines()...), gridSpecial()...)
	fails := map[string][]string{}
	byAxis := [3]map[string][2]int{{}, {}, {}}
	nfail := 0
	stillOpen := map[string]bool{}
	for _, c := range cells {
		have, want := gridHave(c.text), sortedWant(c.want)
		ok := have == want
		for i, k := range []string{c.pred, c.form, c.victim} {
			n := byAxis[i][k]
			n[1]++
			if !ok {
				n[0]++
			}
			byAxis[i][k] = n
		}
		if ok {
			continue
		}
		nfail++
		fails[c.class()] = append(fails[c.class()], fmt.Sprintf("%q want %q have %q", c.text, want, have))
		if _, open := gridOpen[c.pred+" | "+c.form]; open {
			stillOpen[c.pred+" | "+c.form] = true
			continue
		}
		if _, open := gridOpen[c.class()]; open {
			stillOpen[c.class()] = true
			continue
		}
		t.Errorf("%s: %q want %q have %q", c.class(), c.text, want, have)
	}
	for k := range gridOpen {
		if !stillOpen[k] {
			t.Errorf("open class %q fails in no cell: take it off gridOpen", k)
		}
	}
	if os.Getenv("GRID_TABLE") == "" {
		return
	}
	fmt.Printf("grid: %d cells, %d fail\n", len(cells), nfail)
	for i, axis := range []string{"predicate", "form", "victim"} {
		var keys []string
		for k := range byAxis[i] {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		fmt.Printf("\nby %s (fail/cells):\n", axis)
		for _, k := range keys {
			if n := byAxis[i][k]; n[0] > 0 {
				fmt.Printf("  %-32s %3d/%d\n", k, n[0], n[1])
			}
		}
	}
	var keys []string
	for k := range fails {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	fmt.Println("\nfailing cells:")
	for _, k := range keys {
		for _, f := range fails[k] {
			fmt.Printf("  %-50s %s\n", k, f)
		}
	}
}
