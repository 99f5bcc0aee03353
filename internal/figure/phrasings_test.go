package figure

import (
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/newsparse/newsparse/internal/contract"
	"github.com/newsparse/newsparse/internal/entity"
	"github.com/newsparse/newsparse/internal/textdoc"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// checkCounts compares the casualties of text with want, a space-separated
// list of kind:count (kind:null for a count unstated), in any order; every
// casualty's text must be its span.
func checkCounts(t *testing.T, text, want string) {
	t.Helper()
	d := textdoc.Analyze(text)
	ents := entity.Extract(d)
	checkGrammarReach(t, d, ents)
	var have []string
	for _, c := range New(d, ents).Casualties() {
		require.Equal(t, c.Text, text[c.Start:c.End])
		n := strconv.FormatFloat(c.Count, 'f', -1, 64)
		if c.Unstated {
			n = "null"
		}
		have = append(have, string(c.Kind)+":"+n)
	}
	exp := strings.Fields(want)
	sort.Strings(have)
	sort.Strings(exp)
	assert.Equal(t, strings.Join(exp, " "), strings.Join(have, " "), "%q", text)
}

// checkGrammarReach checks that the casualty grammar reads nothing at a
// position more than grammarReach tokens past its segment's last cue, nor
// with a reader grammarOpens rules out at the position (a word of
// grammarSkip aside, which grammarHits reads apart): the positions and
// readers grammarHits leaves unread.
func checkGrammarReach(t *testing.T, d *textdoc.Doc, ents []contract.Entity) {
	t.Helper()
	f := New(d, ents)
	for _, seg := range f.segments() {
		sc := numScan{text: d.Text, toks: seg.toks, lo: seg.lo, hi: seg.hi, title: seg.sent < 0, ix: f.mentions(), grammar: true, low: *seg.low, vm: &victimMemo{}}
		last := seg.lo - 1
		for i := seg.lo; i < seg.hi; i++ {
			if sc.is(i, clsGrammarCue) {
				last = i
			}
		}
		for i := seg.lo; i < seg.hi; i++ {
			h, e, ok := grammarAt(&sc, i, ents, openWord|openPhrase)
			if ok && !sc.is(i, clsGrammarSkip) {
				// the readers grammarOpens leaves out read nothing here
				if g, ge, gok := grammarAt(&sc, i, ents, grammarOpens(&sc, i, ents)); !gok || g.Start != h.Start || g.End != h.End || ge != e {
					t.Errorf("grammar hit %q read at %q, which grammarOpens rules out", d.Text[h.Start:h.End], sc.w(i))
				}
			}
			if i <= last+grammarReach {
				continue
			}
			if !ok {
				h, _, ok = detachedCustody(&sc, i)
			}
			if ok {
				t.Errorf("grammar hit %q read at %q, past the segment's last cue", d.Text[h.Start:h.End], sc.w(i))
			}
		}
	}
}

// TestNewsPhrasings is a stress suite of news sentences in the phrasing of
// wire copy, local crime news and conflict and disaster reports: verbs of
// harm in both voices, count words, headlines, coordinations, statements of
// none, and sentences that state no casualty. Each row gives the counts an
// annotator following the annotation guide would give.
func TestNewsPhrasings(t *testing.T) {
	cases := []struct{ text, want string }{
		{"Three people were killed when a bus plunged into a ravine.", "killed:3"},
		{"Two policemen were slain in an ambush near the border.", "killed:2"},
		{"Four men were shot dead at a checkpoint on Sunday.", "killed:4"},
		{"A shopkeeper was gunned down outside his store.", "killed:1"},
		{"Seven miners died after a tunnel collapsed.", "killed:7"},
		{"Dozens of migrants perished when their boat capsized.", "killed:12"},
		{"Eleven people lost their lives in the fire.", "killed:11"},
		{"The blast claimed the lives of 14 workers.", "killed:14"},
		{"The storm left at least 20 people dead.", "killed:20"},
		{"The death toll rose to 63 on Tuesday.", "killed:63"},
		{"The toll stood at 41, officials said.", "killed:41"},
		{"Rebels killed 12 villagers overnight.", "killed:12"},
		{"A car bomb exploded in a market, killing nine people.", "killed:9"},
		{"Gunmen opened fire on a wedding party, killing three and wounding 15.", "killed:3 injured:15"},
		{"Killed were two teachers and a student.", "killed:3"},
		{"Among the dead were four children.", "killed:4"},
		{"The dead included a police officer.", "killed:1"},
		{"Five dead, 12 hurt in highway pile-up", "killed:5 injured:12"},
		{"Police said 23 bodies had been recovered from the river.", "killed:23"},
		{"Nearly 300 people have died in the fighting since March.", "killed:300"},
		{"More than 1,000 people were killed in the earthquake.", "killed:1000"},
		{"An estimated 5,000 civilians have been killed.", "killed:5000"},
		{"Hundreds of people were killed in the clashes.", "killed:100"},
		{"Scores of protesters were killed by security forces.", "killed:20"},
		{"A further six soldiers died of their wounds.", "killed:6"},
		{"Two more people died in hospital overnight.", "killed:2"},
		{"The attack killed a 45-year-old father of three.", "killed:1"},
		{"The 17-year-old was pronounced dead at the scene.", "killed:1"},
		{"A woman was found dead in her apartment.", "killed:1"},
		{"A man drowned while swimming off the pier.", "killed:1"},
		{"One person died and two others were injured.", "killed:1 injured:2"},
		{"The crash killed the driver and injured his two passengers.", "killed:1 injured:2"},
		{"Fighting has killed at least 150 people this week.", "killed:150"},
		{"At least 30 people are dead after a ferry sank.", "killed:30"},
		{"Six people are feared dead after a landslide.", "killed:6"},
		{"Both men died at the scene.", "killed:2"},
		{"The victim, a 32-year-old mother, died on Saturday.", "killed:1"},
		{"Troops shot dead a gunman near the crossing.", "killed:1"},
		{"Police shot and killed a man who charged at officers with a knife.", "killed:1"},
		{"The bodies of three hikers were found on Monday.", "killed:3"},
		{"Two journalists were murdered in the capital last year.", "killed:2"},
		{"The former minister was assassinated in 1995.", "killed:1"},
		{"Four prisoners were executed on Wednesday.", "killed:4"},
		{"Fifteen people were wounded in the attack.", "injured:15"},
		{"Two officers were hurt during the protest.", "injured:2"},
		{"Eight people were injured when a bus overturned.", "injured:8"},
		{"A teenager was seriously injured in the crash.", "injured:1"},
		{"Three children suffered injuries in the fire.", "injured:3"},
		{"Two men are in critical condition after a shooting.", "injured:2"},
		{"Twelve people were hospitalised with smoke inhalation.", "injured:12"},
		{"Nine people were treated for minor injuries.", "injured:9"},
		{"At least 40 people were wounded.", "injured:40"},
		{"The blast wounded dozens of shoppers.", "injured:12"},
		{"A 16-year-old boy was shot in the leg.", "injured:1"},
		{"A woman was struck by a car on Main Street.", "injured:1"},
		{"The bomb maimed four soldiers.", "injured:4"},
		{"A pedestrian was hit by a stray bullet.", "injured:1"},
		{"Seven people were taken to hospital.", "injured:7"},
		{"A firefighter was rushed to hospital with burns.", "injured:1"},
		{"Two people were airlifted to a trauma centre.", "injured:2"},
		{"The driver was treated and released.", "injured:1"},
		{"The girl is recovering in hospital.", "injured:1"},
		{"A man is in stable condition after being stabbed.", "injured:1"},
		{"More than 200 people were injured in the quake.", "injured:200"},
		{"Hundreds were hurt in the stampede.", "injured:100"},
		{"Another five people were wounded on Friday.", "injured:5"},
		{"Gunmen shot and wounded a police officer.", "injured:1"},
		{"Police said a second man was also shot.", "injured:1"},
		{"A 24-year-old woman and a 36-year-old man were shot.", "injured:2"},
		{"His wife suffered a gunshot wound to the arm.", "injured:1"},
		{"The boy underwent surgery on Sunday.", "injured:1"},
		{"A bystander was grazed by a bullet.", "injured:1"},
		{"Police arrested three men on Tuesday.", "detained:3"},
		{"Two suspects were detained at the airport.", "detained:2"},
		{"A 20-year-old man was taken into custody.", "detained:1"},
		{"The suspect was booked into the county jail.", "detained:1"},
		{"He was charged with murder.", ""},
		{"Dozens of protesters were arrested.", "detained:12"},
		{"Police have made six arrests.", "detained:6"},
		{"More than 100 people have been detained since the protests began.", "detained:100"},
		{"No arrests have been made.", "detained:0"},
		{"A man has been arrested in connection with the stabbing.", "detained:1"},
		{"The gunman was jailed for life.", "detained:1"},
		{"The officers arrested the driver.", "detained:1"},
		{"Three suspects are in custody.", "detained:3"},
		{"Gunmen abducted 12 schoolgirls.", "kidnapped:12"},
		{"Two aid workers were kidnapped in the north.", "kidnapped:2"},
		{"The rebels are holding 30 hostages.", "kidnapped:30"},
		{"Pirates took 18 crew members hostage.", "kidnapped:18"},
		{"At least 15 people are missing after the flood.", "missing:15"},
		{"Dozens remain unaccounted for.", "missing:12"},
		{"Two fishermen are still missing.", "missing:2"},
		{"The floods displaced 50,000 people.", "displaced:50000"},
		{"Thousands have fled their homes.", "displaced:1000"},
		{"Some 2,000 residents were evacuated.", "displaced:2000"},
		{"The fire left 300 people homeless.", "displaced:300"},
		{"More than a million people have been forced from their homes.", "displaced:1000000"},
		{"No casualties were reported.", "killed:0 injured:0"},
		{"No one was injured in the blaze.", "injured:0"},
		{"Nobody was killed.", "killed:0"},
		{"There were no reports of injuries.", "injured:0"},
		{"No one has been arrested.", "detained:0"},
		{"Teen shot in drive-by", "injured:1"},
		{"Man, 45, killed in crash", "killed:1"},
		{"Toddler, 3 others hurt in fire", "injured:4"},
		{"Gunman kills 5 at office", "killed:5"},
		{"2 dead, 3 wounded in shooting", "killed:2 injured:3"},
		{"Woman stabbed to death in park", "killed:1"},
		{"Driver arrested after crash", "detained:1"},
		{"Bomb blast kills 30 in market", "killed:30"},
		{"A woman and her two daughters were killed.", "killed:3"},
		{"Two soldiers and a civilian were wounded.", "injured:3"},
		{"Police killed two gunmen and arrested a third.", "killed:2 detained:1"},
		{"Three people were killed and 11 others injured.", "killed:3 injured:11"},
		{"The 36-year-old was arrested on Friday.", "detained:1"},
		{"The 1,500-strong force arrived on Monday.", ""},
		{"Police responded at 4 p.m. to the 1400 block of Elm Street.", ""},
		{"The army said it killed 40 militants.", "killed:40"},
		{"The shooting left one man dead and two others injured.", "killed:1 injured:2"},
		{"The collision left four people injured.", "injured:4"},
		{"The attack left dozens wounded.", "injured:12"},
		{"The bombing injured 27 people.", "injured:27"},
		{"Landmines have maimed thousands of children.", "injured:1000"},
		{"A sniper shot two soldiers.", "injured:2"},
		{"Two of the injured later died.", "killed:2"},
		{"A third victim died in hospital on Monday.", "killed:1"},
		{"The child died from his injuries.", "killed:1"},
		{"The deaths of three climbers have shocked the town.", "killed:3"},
		{"The killing of two aid workers drew condemnation.", "killed:2"},
		{"Protests followed the shooting of an unarmed teenager.", "injured:1"},
		{"Police announced the arrest of a 19-year-old.", "detained:1"},
		{"The abduction of five tourists was condemned.", "kidnapped:5"},
		{"Twenty-two people were killed.", "killed:22"},
		{"One hundred and twenty people died.", "killed:120"},
		{"A dozen people were injured.", "injured:12"},
		{"Half a dozen soldiers were wounded.", "injured:6"},
		{"About 60 people were hurt.", "injured:60"},
		{"Roughly 1.2 million people have been displaced.", "displaced:1200000"},
		{"Guerrillas killed 11 soldiers in an ambush in the southern province, the army said on Tuesday.", "killed:11"},
		{"Seven people were killed and 24 wounded when a bomb exploded on a bus in the capital, police said.", "killed:7 injured:24"},
		{"Police said four people had been detained in connection with the attack.", "detained:4"},
		{"At least 17 people were killed and dozens injured in clashes between rival factions.", "killed:17 injured:12"},
		{"Security forces shot dead six suspected militants.", "killed:6"},
		{"Two soldiers were wounded by a roadside bomb.", "injured:2"},
		{"Officers found a man bleeding from a gunshot wound.", "injured:1"},
		{"The victim was transported to a local hospital.", "injured:1"},
		{"Deputies arrested the 28-year-old shooter at his home.", "detained:1"},
		{"The suspect remains in custody.", "detained:1"},
		{"The woman was listed in critical condition.", "injured:1"},
		{"A man was shot and killed Saturday night.", "killed:1"},
		{"The cyclone killed at least 138 people and left 500,000 homeless.", "killed:138 displaced:500000"},
		{"Some 40 people were still missing late on Wednesday.", "missing:40"},
		{"The floods have forced 10,000 people to flee.", "displaced:10000"},
		{"Two children were among those killed.", "killed:2"},
		{"Of the 40 passengers, 12 died.", "killed:12"},
		{"Rescuers recovered five bodies from the wreckage.", "killed:5"},
		{"Nine people were reported killed in the raid.", "killed:9"},
		{"The number of dead has climbed to 214.", "killed:214"},
		{"Officials put the death toll at 88.", "killed:88"},
		{"At least 60 people have been confirmed dead.", "killed:60"},
		{"Six civilians were among the wounded.", "injured:6"},
		{"A policeman was killed and four others were wounded.", "killed:1 injured:4"},
		{"Militants stormed the hotel and took 40 guests hostage.", "kidnapped:40"},
		{"The kidnappers released two of the hostages.", "kidnapped:2"},
		{"Police detained a dozen activists outside parliament.", "detained:12"},
		{"Tens of thousands of people were left homeless.", "displaced:10000"},
		{"The violence has displaced more than 200,000 people.", "displaced:200000"},
		{"Two men were stabbed outside a nightclub early Saturday.", "injured:2"},
		{"A motorcyclist was killed in a collision with a truck.", "killed:1"},
		{"Six people suffered minor injuries.", "injured:6"},
		{"The man sustained serious injuries.", "injured:1"},
		{"A nurse was among the injured.", "injured:1"},
		{"The bus driver was killed instantly.", "killed:1"},
		{"Police said the gunman killed his wife and two children.", "killed:3"},
		{"Two firefighters were injured battling the blaze.", "injured:2"},
		{"A 15-year-old girl was abducted on her way to school.", "kidnapped:1"},
		{"Three tourists remain missing.", "missing:3"},
		{"The crash injured 14 and killed two.", "injured:14 killed:2"},
		{"A gunman opened fire inside a crowded restaurant on Friday night, leaving three people dead and at least eight others wounded, authorities said.", "killed:3 injured:8"},
		{"Police say a 22-year-old Springfield man is dead after a shooting on the city's east side late Tuesday.", "killed:1"},
		{"Authorities identified the victim as Marcus Hill, 27, of Dayton.", ""},
		{"A second victim, a woman in her 30s, was listed in stable condition.", "injured:1"},
		{"Investigators said the woman's boyfriend, 34-year-old Derek Lyle, was taken into custody without incident.", "detained:1"},
		{"Troops killed a gunman who had opened fire on a patrol near the border, the army said.", "killed:1"},
		{"Government troops killed 23 rebels in fierce fighting in the north, the military said on Sunday.", "killed:23"},
		{"The quake, which measured 6.1 on the Richter scale, killed at least 40 people and injured hundreds.", "killed:40 injured:100"},
		{"A train carrying 300 passengers derailed on Monday, killing 12 and injuring 40, railway officials said.", "killed:12 injured:40"},
		{"Police in riot gear arrested 45 demonstrators after clashes outside the embassy.", "detained:45"},
		{"A man in his 50s was taken to hospital with life-threatening injuries.", "injured:1"},
		{"A 14-year-old boy has died after being hit by a car in east London.", "killed:1"},
		{"Three people, including a child, were injured in the explosion.", "injured:3"},
		{"Five people, among them two police officers, were killed.", "killed:5"},
		{"Gunfire wounded two bystanders.", "injured:2"},
		{"Paramedics took the injured man to hospital.", "injured:1"},
		{"Officers arrested Jamal Ortiz, 31, on suspicion of murder.", "detained:1"},
		{"Two Americans held captive for a month were released on Friday.", "kidnapped:2"},
		{"Forty people were reported missing after the landslide buried a village.", "missing:40"},
		{"The blaze killed an elderly couple.", "killed:2"},
		{"The attack killed a mother and her baby.", "killed:2"},
		{"The fighting killed dozens, including women and children.", "killed:12"},
		{"A policeman was killed and two were wounded when a roadside bomb exploded.", "killed:1 injured:2"},
		{"A missile strike killed four people in the city, the regional governor said.", "killed:4"},
		{"The clashes left 11 people dead.", "killed:11"},
		{"The police killed three suspected robbers in a shootout.", "killed:3"},
		{"A shootout between police and robbers left three suspects dead and an officer wounded.", "killed:3 injured:1"},
		{"One woman was trampled to death and 20 people were hurt.", "killed:1 injured:20"},
		{"A boy was mauled to death by a dog.", "killed:1"},
		{"Two workers were electrocuted.", "killed:2"},
		{"Three climbers were swept to their deaths by an avalanche.", "killed:3"},
		{"A man has died in hospital after being stabbed in Leeds.", "killed:1"},
		{"A woman in her 20s was killed when her car hit a tree.", "killed:1"},
		{"A 43-year-old man has been charged with murder after a woman was found dead at a house.", "killed:1"},
		{"The pilot suffered burns and was airlifted to hospital.", "injured:1"},
		{"Two were killed and one wounded.", "killed:2 injured:1"},
		{"Nine dead as train hits bus", "killed:9"},
		{"Fifty hurt in Lagos riots", "injured:50"},
		{"Soldier among four killed in blast", "killed:4"},
		{"Death toll in quake climbs to 1,100", "killed:1100"},
		{"Storm leaves 12 dead", "killed:12"},
		{"Gunmen kill 7 in village raid", "killed:7"},
		{"3 arrested in connection with stabbing", "detained:3"},
		{"Shooting leaves 1 dead, 2 injured", "killed:1 injured:2"},
		{"Security forces killed three suspected militants in an overnight raid and arrested 14 others.", "killed:3 detained:14"},
		{"The dead included six children and a pregnant woman.", "killed:7"},
		{"Among those killed were two police officers.", "killed:2"},
		{"Around 2,000 troops have been killed on each side.", "killed:2000"},
		{"The death toll from Sunday's bombing has risen to 27.", "killed:27"},
		{"The toll from the floods reached 312.", "killed:312"},
		{"A police spokesman said 13 people had been arrested.", "detained:13"},
		{"Police detained 30 people suspected of links to the group.", "detained:30"},
		{"Police rounded up 200 suspects.", "detained:200"},
		{"Guards shot and wounded an inmate who tried to escape.", "injured:1"},
		{"The woman's 5-year-old son was also injured.", "injured:1"},
		{"Her husband was killed in the 2004 tsunami.", "killed:1"},
		{"The child's mother died at the scene, and her father was critically injured.", "killed:1 injured:1"},
		{"Three people were found shot to death in a home.", "killed:3"},
		{"An off-duty officer was shot multiple times.", "injured:1"},
		{"Two men suffered stab wounds.", "injured:2"},
		{"Nobody was hurt in the incident.", "injured:0"},
		{"There were no immediate reports of casualties.", "killed:0 injured:0"},
		{"No one was reported hurt.", "injured:0"},
		{"No deaths were reported.", "killed:0"},
		{"Police have not made any arrests.", "detained:0"},
		{"The suspect fled the scene and remains at large.", ""},
		{"Police are searching for two gunmen.", ""},
		{"The bomb could have killed hundreds.", ""},
		{"The company laid off 300 workers.", ""},
		{"The 1994 genocide killed 800,000 people.", "killed:800000"},
		{"Authorities evacuated 3,500 people from the area.", "displaced:3500"},
		{"Five people were rescued and three others remain missing.", "missing:3"},
		{"Three crew members drowned and two are missing.", "killed:3 missing:2"},
		{"The bombing wounded at least 16 people, four of them seriously.", "injured:16"},
		{"A 60-year-old man died of his injuries on Tuesday.", "killed:1"},
		{"Ten people were hurt, two of them critically.", "injured:10"},
		{"Residents said at least five people were killed.", "killed:5"},
		{"Six policemen and a civilian were killed.", "killed:7"},
		{"Palestinian medical sources said 12 people were wounded.", "injured:12"},
		{"Two others were treated at the scene.", "injured:2"},
		{"Fourteen people remain in hospital.", "injured:14"},
		{"The injured were taken to three hospitals.", ""},
		{"Dozens were injured, some seriously.", "injured:12"},
		{"The fire killed a firefighter and injured three residents.", "killed:1 injured:3"},
		{"Witnesses said soldiers fired on the crowd, killing at least four.", "killed:4"},
		{"Two fishermen are missing.", "missing:2"},
		{"Four fishermen were hurt in the attack.", "injured:4"},
		{"Two nurses are missing.", "missing:2"},
		{"Four nurses were hurt in the attack.", "injured:4"},
		{"Two crewmen are missing.", "missing:2"},
		{"Four crewmen were hurt in the attack.", "injured:4"},
		{"Homeowners died off or moved away as the district declined.", ""},
		{"Two miners died of their injuries.", "killed:2"},
		{"Many of the old shopkeepers have died out.", ""},
		{"The death toll from the floods reached 312.", "killed:312"},
		{"The death toll climbs to 1,100.", "killed:1100"},
		{"Quake death toll tops 2,000", "killed:2000"},
		{"The death toll in the mine blast has risen to 19.", "killed:19"},
		{"A hiker was gored to death by a bull.", "killed:1"},
		{"The prisoner was put to death by lethal injection.", "killed:1"},
		{"He was sentenced to death in absentia.", ""},
		{"I was scared to death, she said.", ""},
		{"Two children were crushed to death in the stampede.", "killed:2"},
		{"A man was hacked to death with a machete.", "killed:1"},
		{"The militants assassinated a provincial governor.", "killed:1"},
		{"A stray dog mauled to death a six-year-old boy.", "killed:1"},
		{"A pedestrian was struck and killed by a train.", "killed:1"},
		{"A woman was stabbed and killed in her home on Friday.", "killed:1"},
		{"The boy was hit and killed by a car.", "killed:1"},
		{"A jogger was run over and killed by a bus.", "killed:1"},
		{"Teen hit by stray bullet", "injured:1"},
		{"Man shoots, injures brother during argument", "injured:1"},
		{"Driver booked on DUI charges", "detained:1"},
		{"Police: Woman shot, killed outside bar", "killed:1"},
		{"Two teens wounded in drive-by shooting", "injured:2"},
		{"Gunman wounds 3 at mall", "injured:3"},
		{"Man charged after stabbing", ""},
		{"Off-duty officer shot in leg", "injured:1"},
		{"Clerk shot during robbery, suspect arrested", "injured:1 detained:1"},
		{"A gunman shot his neighbour in the chest on Sunday.", "injured:1"},
		{"Someone fired into the car, striking a 7-year-old girl in the arm.", "injured:1"},
		{"The bullet struck his son in the back.", "injured:1"},
		{"The 12-year-old was taken to Children's Hospital.", "injured:1"},
		{"His daughter underwent surgery and is expected to survive.", "injured:1"},
		{"A teenage girl suffered a gunshot wound to the hand.", "injured:1"},
		{"The woman was treated and released from a local hospital.", "injured:1"},
		{"The boy is recovering at home.", "injured:1"},
		{"Lee's death was ruled a homicide.", "killed:1"},
		{"Police are investigating the shooting death of a teenager.", "killed:1"},
		{"Six arrests have been made so far.", "detained:6"},
		{"The teen remains in custody at the juvenile detention center.", "detained:1"},
		{"The woman was jailed on Tuesday.", "detained:1"},
		{"No casualties were reported in the blast.", "killed:0 injured:0"},
		{"No one else was hurt.", "injured:0"},
		{"A 24-year-old woman and a 36-year-old man were shot Saturday.", "injured:2"},
		{"Police found a man and a woman with gunshot wounds.", "injured:2"},
		{"Both victims were taken to the hospital.", "injured:2"},
		{"The victims, a 19-year-old man and a 20-year-old woman, were both shot in the legs.", "injured:2"},
		{"Officers arrested the boy's father.", "detained:1"},
		{"Deputies later arrested his 17-year-old cousin.", "detained:1"},
		{"The shooter, identified as Carl Dunn, 22, was arrested at the scene.", "detained:1"},
		{"Dunn was booked into the Harris County Jail on a murder charge.", "detained:1"},
		{"The suspect is being held without bond.", "detained:1"},
		{"Two men were taken into custody after a brief chase.", "detained:2"},
		{"A third suspect remains at large.", ""},
		{"Police have arrested a man in connection with the shooting.", "detained:1"},
		{"No arrests have been made in the case.", "detained:0"},
		{"The case remains unsolved and no one has been arrested.", "detained:0"},
		{"A 16-year-old boy was shot and killed Friday night in Southwest Philadelphia.", "killed:1"},
		{"A woman was killed and her husband wounded when gunmen opened fire on their car.", "killed:1 injured:1"},
		{"The gunman killed himself.", "killed:1"},
		{"The shooter then killed himself.", "killed:1"},
		{"A man who was shot in the head on Monday has died.", "killed:1"},
		{"The victim was pronounced dead at a hospital.", "killed:1"},
		{"Police found the body of a 30-year-old man in a ditch.", "killed:1"},
		{"A pregnant woman was among those wounded.", "injured:1"},
		{"Two police officers were among the injured.", "injured:2"},
		{"The attack left 5 people dead and 12 wounded.", "killed:5 injured:12"},
		{"Gunmen in a pickup truck sprayed a crowd with bullets, killing four and wounding nine.", "killed:4 injured:9"},
		{"Ten people were hurt when a bus and a lorry collided.", "injured:10"},
		{"A cyclist died after being hit by a van.", "killed:1"},
		{"A 9-year-old boy was struck by a hit-and-run driver.", "injured:1"},
		{"Firefighters pulled two people from the burning home; both died.", "killed:2"},
		{"Four members of the same family were found dead.", "killed:4"},
		{"A father and his two sons drowned.", "killed:3"},
		{"The couple's three children were unharmed.", "injured:0"},
		{"Two guards were taken hostage by inmates.", "kidnapped:2"},
		{"About 150 families have been displaced by the floods.", "displaced:150"},
		{"Some 7,000 people were evacuated from their homes.", "displaced:7000"},
		{"The earthquake left thousands homeless.", "displaced:1000"},
		{"Five people are still missing.", "missing:5"},
		{"Two suspects have since been arrested.", "detained:2"},
		{"He underwent treatment for cancer.", ""},
		{"Police said the fatal shooting of a taxi driver remains unsolved.", "killed:1"},
		{"The blast left 30 people injured and four people arrested.", "injured:30 detained:4"},
		{"The girl was accidentally shot by her brother.", "injured:1"},
		{"A man arriving at the funeral was critically wounded.", "injured:1"},
		{"The rebels killed the pedestrian and fled.", "killed:1"},
		{"The bomb wounded a guard, a soldier and a child.", "injured:3"},
		{"The bomb wounded a guard, two soldiers and a child.", "injured:4"},
		{"The bomb wounded two soldiers and a child.", "injured:3"},
		{"A guard, two soldiers and a child were wounded.", "injured:4"},
		{"Two soldiers and a child were wounded.", "injured:3"},
		{"Gunmen killed a driver, three passengers and a guard.", "killed:5"},
		{"A teacher and two others were arrested.", "detained:3"},
		{"Toddler, 4 others hurt in house fire", "injured:5"},
		{"Woman, 2 others wounded in shooting", "injured:3"},
		{"Police arrested Omar Haddad and two others.", "detained:3"},
		{"A 12-year-old and three others were shot.", "injured:4"},
		{"Teen, two others shot near park", "injured:3"},
		{"A man was arrested, and two others were hurt.", "detained:1 injured:2"},
		{"There were no reports of injuries.", "injured:0"},
		{"There were no immediate reports of casualties.", "killed:0 injured:0"},
		{"Police said there was no sign of injuries.", "injured:0"},
		{"There were no reports of damage.", ""},
		{"The bomb could have killed hundreds.", ""},
		{"The blast could kill hundreds of people.", ""},
		{"Officials said the fire would have killed dozens if the alarm had failed.", ""},
		{"The virus might have infected thousands.", ""},
		{"The storm may have killed 300 people.", "killed:300"},
		{"The suspect was taken to jail.", "detained:1"},
		{"Two people were airlifted to a trauma centre.", "injured:2"},
		{"The man was flown to a trauma center in critical condition.", "injured:1"},
		{"A firefighter was rushed to the regional burns unit.", "injured:1"},
		{"The exhibits were taken to a medical center for study.", ""},
		{"Killed were two teachers and a student.", "killed:3"},
		{"Those killed included a police officer and his wife.", "killed:2"},
		{"Those arrested were two brothers from the town.", "detained:2"},
		{"Injured was a 40-year-old bus driver.", "injured:1"},
		{"Hostages were freed on Sunday.", ""},
		{"Those injured were taken to hospital.", ""},
		{"Militants took 40 people hostage.", "kidnapped:40"},
		{"Militants took 40 guests hostage.", "kidnapped:40"},
		{"The gunman took a clerk hostage.", "kidnapped:1"},
		{"Rebels took two workers captive.", "kidnapped:2"},
		{"Rebels took two aid workers hostage.", "kidnapped:2"},
		{"Pirates took 18 crew members hostage.", "kidnapped:18"},
		{"Militants stormed the hotel and took 40 guests hostage.", "kidnapped:40"},
		{"The gunman took a bank clerk hostage.", "kidnapped:1"},
		{"Rebels took two aid workers captive.", "kidnapped:2"},
		{"She took the children to school.", ""},
		{"Two children were trampled to death.", "killed:2"},
		{"Two children were crushed to death.", "killed:2"},
		{"A child was crushed to death.", "killed:1"},
		{"Two children were crushed to death in the stampede.", "killed:2"},
		{"Two men were beaten to death in the stampede.", "killed:2"},
		{"A stray dog mauled to death a six-year-old boy.", "killed:1"},
		{"The dog mauled to death two lambs.", ""},
		{"Fourteen people remain in hospital.", "injured:14"},
		{"Two men are in hospital.", "injured:2"},
		{"The boy was still in hospital on Monday.", "injured:1"},
		{"Two men are in the hospital.", "injured:2"},
	}
	for _, c := range cases {
		t.Run(c.text, func(t *testing.T) { checkCounts(t, c.text, c.want) })
	}
}

// TestCaptureAndSubsetPhrasings covers captures told by who holds the
// captives (the law detains, kidnappers kidnap), a bare count taken "over"
// a crime, and a fatal one among the shot told "one of them fatally".
func TestCaptureAndSubsetPhrasings(t *testing.T) {
	cases := []struct{ text, want string }{
		{"Authorities are holding four people in connection with the fire.", "detained:4"},
		{"Police hold three after raid on warehouse", "detained:3"},
		{"Police arrest five over jewellery heist", "detained:5"},
		{"Kidnappers seized three oil workers from a platform.", "kidnapped:3"},
		{"Troops captured 20 rebels near the border.", "detained:20"},
		{"Police held the driver overnight.", "detained:1"},
		{"Police seized 20 kilos of cocaine at the port.", ""},
		{"The police officers are holding a press conference today.", ""},
		{"Fans were holding banners outside the stadium.", ""},
		{"Two men were shot, one of them fatally.", "injured:2 killed:1"},
		{"Four hikers were shot, two of them fatally.", "injured:4 killed:2"},
	}
	for _, c := range cases {
		checkCounts(t, c.text, c.want)
	}
}

// TestPronounCoordinationPhrasings covers a pronoun coordinated with
// victims told apart ("He and two others", "He and his wife"): the
// coordination is listed with every member counted; a pronoun alone is not.
func TestPronounCoordinationPhrasings(t *testing.T) {
	cases := []struct{ text, want string }{
		{"She and six others were killed when the ferry sank.", "killed:7"},
		{"He and two others were arrested at the border.", "detained:3"},
		{"He and his wife were shot outside their home.", "injured:2"},
		{"The gunman shot him and two others before fleeing.", "injured:3"},
		{"They were arrested on Monday.", ""},
		{"He was taken to hospital.", ""},
	}
	for _, c := range cases {
		checkCounts(t, c.text, c.want)
	}
}

// TestCareAndBodiesPhrasings covers predicates of care and harm beyond
// the verbs of harm: surgeries counted or graded, escaping with injuries,
// being caught in crossfire and harmed, a survivor's condition, a passive
// round-up, the bodies or remains of people, and a victim said to have
// lived in a story of deaths.
func TestCareAndBodiesPhrasings(t *testing.T) {
	cases := []struct{ text, want string }{
		{"Maria Lopez has undergone two surgeries since the attack.", "injured:1"},
		{"The boy underwent a second emergency surgery on Friday.", "injured:1"},
		{"The senator underwent heart surgery last week.", ""},
		{"Both passengers escaped with minor injuries.", "injured:2"},
		{"The bus driver escaped with burns to his hands.", "injured:1"},
		{"A man was caught in the crossfire and wounded.", "injured:1"},
		{"The council was caught in the crossfire of the dispute.", ""},
		{"The sole survivor, a 9-year-old girl, was in serious condition.", "injured:1"},
		{"Seventeen people were rounded up after the riot.", "detained:17"},
		{"The bodies of a man and a woman were discovered in the flat.", "killed:2"},
		{"Investigators examined the remains of the pilot.", "killed:1"},
		{"The club announced the passing of Tomas Reyl, its groundsman.", "killed:1"},
		{"The passing of the bill was delayed again.", ""},
		{"Two brothers died in the attack. A third brother was taken to hospital with minor wounds.", "killed:2 injured:1"},
	}
	for _, c := range cases {
		checkCounts(t, c.text, c.want)
	}
}

// TestAppositionInCoordination covers a coordination of victims where a
// member carries a description set off by commas: the description is the
// member's apposition, not a victim of its own.
func TestAppositionInCoordination(t *testing.T) {
	cases := []struct{ text, want string }{
		{"Ana Cruz, a 15-year-old girl, and Bo Lee, a 17-year-old youth, were shot on Main Street.", "injured:2"},
		{"A 15-year-old girl, Ana Cruz, and a 17-year-old boy, Bo Lee, were shot.", "injured:2"},
		{"Ana Cruz, Eva Cruz and a neighbour were shot.", "injured:3"},
		{"A man, a woman and a child were killed in the blast.", "killed:3"},
	}
	for _, c := range cases {
		checkCounts(t, c.text, c.want)
	}
}

// TestSelfAndRelativeWounds covers a headline's reflexive "self" as the
// victim of an active verb of harm, and a victim object whose relative
// clause tells the wound ("took the woman, who suffered …, to a hospital").
func TestSelfAndRelativeWounds(t *testing.T) {
	cases := []struct{ text, want string }{
		{"Man, 45, accidentally shoots self at gun range", "injured:1"},
		{"Hunter shoots self in foot", "injured:1"},
		{"A neighbour drove the woman, who suffered two stab wounds, to a clinic.", "injured:1"},
		{"Officers found the driver, who sustained a gunshot wound, near the car.", "injured:1"},
		{"The mayor, who suffered a defeat in May, resigned.", ""},
	}
	for _, c := range cases {
		checkCounts(t, c.text, c.want)
	}
}

// TestIllnessCare covers care an illness brought, which names no casualty,
// beside care after harm, which does.
func TestIllnessCare(t *testing.T) {
	cases := []struct{ text, want string }{
		{"The former president was treated at a city hospital for pneumonia.", ""},
		{"The singer is in hospital after suffering a mild stroke.", ""},
		{"A man was shot and is in hospital with heart problems.", "injured:1"},
		{"The driver was taken to hospital after the crash.", "injured:1"},
	}
	for _, c := range cases {
		checkCounts(t, c.text, c.want)
	}
}

// TestDeathsToCome covers a death still to come (a sentence, a prognosis),
// which counts no one, beside a death inferred, which does.
func TestDeathsToCome(t *testing.T) {
	cases := []struct{ text, want string }{
		{"Two men to die for bombing a market", ""},
		{"Three rebels to be executed for treason", ""},
		{"Five people are feared to have died.", "killed:5"},
		{"Three people were believed to be dead.", "killed:3"},
	}
	for _, c := range cases {
		checkCounts(t, c.text, c.want)
	}
}

// TestAttackersAsVictims covers those who did harm counted when harm befalls
// them in turn (arrested, killed), and victims named by a kidnapping.
func TestAttackersAsVictims(t *testing.T) {
	cases := []struct{ text, want string }{
		{"Four of the suspected kidnappers were detained at a checkpoint.", "detained:4"},
		{"Three of the attackers were killed by guards.", "killed:3"},
		{"The attackers fled before police arrived.", ""},
		{"Police freed two kidnap victims in a raid.", "kidnapped:2"},
	}
	for _, c := range cases {
		checkCounts(t, c.text, c.want)
	}
}

// TestCustodyPlaces covers custody told by the place a person stays in: a
// jail or prison with a word of its kind before it, and "remain in prison".
func TestCustodyPlaces(t *testing.T) {
	cases := []struct{ text, want string }{
		{"Three men are now in a city prison.", "detained:3"},
		{"The nine men remain in prison.", "detained:9"},
		{"Two suspects remained in county jail on Friday.", "detained:2"},
		{"She works as a nurse in a county jail.", ""},
	}
	for _, c := range cases {
		checkCounts(t, c.text, c.want)
	}
}

// TestPartWithPredicate covers a part of a group with a predicate of its
// own ("one of whom died", "two of them were arrested"), a mention of its
// kind; a part of the harmed told hurt again, or a part with an adverb
// alone ("four of them seriously"), is none.
func TestPartWithPredicate(t *testing.T) {
	cases := []struct{ text, want string }{
		{"Six hikers were caught in a rockfall, one of whom died.", "killed:1"},
		{"Police questioned nine men, three of whom were later jailed.", "detained:3"},
		{"Eleven crew were rescued; two of them died in hospital.", "killed:2"},
		{"Gunmen seized a minibus with 14 aboard, five of whom were abducted.", "kidnapped:5"},
		{"Seven people were hurt, two of them seriously.", "injured:7"},
		{"Among the wounded were four guards, one of whom was shot in the leg.", "injured:4"},
		{"One of them said the road was closed.", ""},
	}
	for _, c := range cases {
		checkCounts(t, c.text, c.want)
	}
}

// TestHarmNounOfCount covers a noun of harm and a count of people after
// "of", whatever the size of the count ("the abduction of 312 pupils"), and
// nouns of people formed as closed compounds ("schoolgirls").
func TestHarmNounOfCount(t *testing.T) {
	cases := []struct{ text, want string }{
		{"The abduction of 312 pupils from a boarding school shocked the region.", "kidnapped:312"},
		{"The killing of 145 villagers was condemned by the UN.", "killed:145"},
		{"Investigators studied the deaths of 1,200 prisoners in the camp.", "killed:1200"},
		{"Bandits kidnapped 80 schoolboys and 12 schoolgirls.", "kidnapped:92"},
		{"The kidnapping of 43 steelworkers ended after a week.", "kidnapped:43"},
		{"The pilot engaged the autopilot and 120 passengers slept.", ""},
		{"The minister apologised for the wrongful jailing of seven men.", "detained:7"},
		{"Police reopened the file on the disappearance of three hikers.", "missing:3"},
		{"Police reopened the file on the disappearance of the paintings.", ""},
	}
	for _, c := range cases {
		checkCounts(t, c.text, c.want)
	}
}

// TestHeldHostage covers a captor that holds people hostage in the active
// voice, beside "took … hostage".
func TestHeldHostage(t *testing.T) {
	cases := []struct{ text, want string }{
		{"The robbers held four tellers hostage for two hours.", "kidnapped:4"},
		{"Pirates are holding 19 sailors hostage off the coast.", "kidnapped:19"},
		{"Militants hold a French engineer captive.", "kidnapped:1"},
		{"The council held a meeting on Tuesday.", ""},
	}
	for _, c := range cases {
		checkCounts(t, c.text, c.want)
	}
}

// TestModifiedDeathCounts covers a count of deaths with a noun modifier
// between the count and the noun ("14 traffic fatalities", "88 heat
// deaths"), and leaves a count of other things alone.
func TestModifiedDeathCounts(t *testing.T) {
	cases := []struct{ text, want string }{
		{"The state recorded 62 traffic fatalities in March.", "killed:62"},
		{"Officials reported 88 heat deaths during the week.", "killed:88"},
		{"The county counted 140 opioid deaths last year.", "killed:140"},
		{"Officials logged 212 storm-related deaths across the state.", "killed:212"},
		{"The city saw 96 fentanyl overdose deaths in 2023.", "killed:96"},
		{"The league handed out 14 yellow cards.", ""},
	}
	for _, c := range cases {
		checkCounts(t, c.text, c.want)
	}
}

// TestParticipleClauseSubject covers a counted subject with a participle
// clause of its own before its predicate ("4,500 people living near the
// volcano were evacuated").
func TestParticipleClauseSubject(t *testing.T) {
	cases := []struct{ text, want string }{
		{"Some 2,300 people living beside the dam were evacuated overnight.", "displaced:2300"},
		{"About 40 miners working the night shift were killed.", "killed:40"},
		{"Nearly 120 migrants crossing the desert were detained by border guards.", "detained:120"},
		{"Two women waiting at the bus stop were struck by the car.", "injured:2"},
		{"Many people living here say they are afraid.", ""},
	}
	for _, c := range cases {
		checkCounts(t, c.text, c.want)
	}
}

// TestNoneCoordinated covers a statement of none whose subject joins
// further people with "or": "No guards or anyone else was hurt".
func TestNoneCoordinated(t *testing.T) {
	cases := []struct{ text, want string }{
		{"No firefighters or residents were injured in the blaze.", "injured:0"},
		{"No deputies or anyone else was hurt, the sheriff said.", "injured:0"},
		{"No bystanders or officers were struck by the gunfire.", "injured:0"},
		{"No tourists or guides were reported missing.", "missing:0"},
	}
	for _, c := range cases {
		checkCounts(t, c.text, c.want)
	}
}

// TestCustodyPlaceNamed covers custody told by a jail or prison with words
// of its kind or its name before it ("in Evin prison", "in a military
// detention centre").
func TestCustodyPlaceNamed(t *testing.T) {
	cases := []struct{ text, want string }{
		{"Four journalists are now in Insein prison.", "detained:4"},
		{"Two activists remain in a military detention centre.", "detained:2"},
		{"Six protesters were in a maximum-security jail on Monday.", "detained:6"},
		{"Three nurses work in a state prison.", ""},
	}
	for _, c := range cases {
		checkCounts(t, c.text, c.want)
	}
}

// TestAppositionsInVictimLists covers appositions inside a coordination of
// victims: a description with a place after it ("a student from Troy"),
// one after the last member, and names that name the members of a group
// counted before them ("their twins, Ana and Eva"), which add no victims.
func TestAppositionsInVictimLists(t *testing.T) {
	cases := []struct{ text, want string }{
		{"Lia Moreno, a nurse from Salem, and Ty Okafor were wounded.", "injured:2"},
		{"Lia Moreno and Ty Okafor, a cook from Albany, were wounded.", "injured:2"},
		{"Lia Moreno, a nurse from Salem, and Ty Okafor, a cook from Albany, were killed.", "killed:2"},
		{"The gunman shot his two stepsons, Kai and Rio, in the garage.", "injured:2"},
		{"Fire killed their three children, Ava, Leo and Max.", "killed:3"},
	}
	for _, c := range cases {
		checkCounts(t, c.text, c.want)
	}
}

// TestCapturedByAgent covers a passive verb of capture whose agent after
// "by" gives the kind: captors and armed groups kidnap, the law detains.
func TestCapturedByAgent(t *testing.T) {
	cases := []struct{ text, want string }{
		{"Two surveyors were seized by bandits near the quarry.", "kidnapped:2"},
		{"Four aid workers are being held by insurgents.", "kidnapped:4"},
		{"Nine fishermen were captured by pirates.", "kidnapped:9"},
		{"Three smugglers were captured by border troops.", "detained:3"},
		{"The cargo was seized by customs officers.", ""},
	}
	for _, c := range cases {
		checkCounts(t, c.text, c.want)
	}
}

// TestWoundNounsAndConditions covers the nouns of a wound a victim has or
// is treated for ("a scalp laceration", "burns"), and a patient's condition
// told by its adjective alone ("is stable", "remains critical", a
// headline's "Girl, 9, critical after fire").
func TestWoundNounsAndConditions(t *testing.T) {
	cases := []struct{ text, want string }{
		{"Deputies found a 40-year-old man with a scalp laceration behind the store.", "injured:1"},
		{"A firefighter with burns to both hands was taken to hospital.", "injured:1"},
		{"Medics treated two hikers for fractures.", "injured:2"},
		{"A 19-year-old woman is stable after the stabbing.", "injured:1"},
		{"The toddler remains critical at a children's hospital.", "injured:1"},
		{"Girl, 9, critical after house fire", "injured:1"},
		{"The senator is critical of the new budget.", ""},
		{"Fuel prices were stable in May.", ""},
	}
	for _, c := range cases {
		checkCounts(t, c.text, c.want)
	}
}

// TestVictimPhrasePrepositions covers a phrase of age or place between a
// counted subject and its predicate ("children under the age of 12",
// "people across the region"), and the end of an age range, which counts
// no one.
func TestVictimPhrasePrepositions(t *testing.T) {
	cases := []struct{ text, want string }{
		{"At least 31 children under the age of 5 have died of cholera.", "killed:31"},
		{"Eighteen pupils aged 11 to 14 were hurt when the roof fell in.", "injured:18"},
		{"Nine girls aged between 12 and 15 were abducted.", "kidnapped:9"},
		{"About 800 villagers across the valley were evacuated.", "displaced:800"},
		{"Sixty residents along the riverbank remain missing.", "missing:60"},
	}
	for _, c := range cases {
		checkCounts(t, c.text, c.want)
	}
}

// TestCaptorsActing covers captures told by captors and armed groups in the
// active voice ("Guerrillas seized three aid workers", "Kidnappers snatched
// a boy"), and captivity as a state ("after 40 days in captivity").
func TestCaptorsActing(t *testing.T) {
	cases := []struct{ text, want string }{
		{"Bandits snatched two traders on the highway.", "kidnapped:2"},
		{"Separatists are holding four engineers.", "kidnapped:4"},
		{"Two pilots spent a year in captivity.", ""},
		{"Two pilots were in captivity for a year.", "kidnapped:2"},
		{"The rebels seized the airport.", ""},
		{"Police snatched a bag from the thief.", ""},
	}
	for _, c := range cases {
		checkCounts(t, c.text, c.want)
	}
}

// TestIdentifiedVictimOutcome covers a victim first told by a noun and
// later named ("identified the victim as …", "was identified as …"): when
// the name dies, every mention of the noun's harm is a death, though
// another victim of the story lived.
func TestIdentifiedVictimOutcome(t *testing.T) {
	cases := []struct{ text, want string }{
		{"A clerk was wounded in the hand. The guard was in surgery overnight. Police identified the guard as Omar Reyes, 51. Reyes died on Monday.", "injured:1 killed:1 killed:1"},
		{"A clerk was wounded in the hand. The guard was in surgery overnight. The guard was identified as 51-year-old Omar Reyes. Reyes died on Monday.", "injured:1 killed:1 killed:1"},
		{"A clerk was wounded in the hand. The guard was in surgery overnight. Omar Reyes, a customer, died on Monday.", "injured:1 injured:1 killed:1"},
	}
	for _, c := range cases {
		checkCounts(t, c.text, c.want)
	}
}

// TestMissingPeople covers "missing" before a noun of people with a count
// ("4 missing divers"), and people who disappeared; things that go missing
// are none.
func TestMissingPeople(t *testing.T) {
	cases := []struct{ text, want string }{
		{"Divers resumed the search for 4 missing fishermen on Friday.", "missing:4"},
		{"Two missing climbers were found alive on the ridge.", "missing:2"},
		{"At least 300 activists have disappeared in the north since 2019.", "missing:300"},
		{"Three missing paintings were recovered.", ""},
		{"The files disappeared from the server.", ""},
	}
	for _, c := range cases {
		checkCounts(t, c.text, c.want)
	}
}

// TestModalStates covers a modal before "be" and a word of an event, which
// tells of what may happen ("could be jailed", none), against a modal
// before a state that holds and goes on ("will remain in custody"), a word
// of a state that may be so now ("might be injured", possibleOnly) and an
// uncertain report of a deed ("may have been killed"), which all count.
func TestModalStates(t *testing.T) {
	cases := []struct{ text, want string }{
		{"The four defendants could be jailed for up to ten years.", ""},
		{"Two deserters will be executed, the court said.", ""},
		{"The six suspects will remain in custody until the hearing.", "detained:6"},
		{"Eight climbers may have been killed by the avalanche.", "killed:8"},
		{"Two hikers might be injured, rescuers said.", "injured:2"},
	}
	for _, c := range cases {
		checkCounts(t, c.text, c.want)
	}
}

// TestShoutedHeadlines covers nouns of people by their form in a wire
// headline written in capitals, where capitals mark no name.
func TestShoutedHeadlines(t *testing.T) {
	cases := []struct{ text, want string }{
		{"GUNMEN SEIZE THREE SURVEYORS IN NORTH .", "kidnapped:3"},
		{"MORTAR KILLS FOUR BAKERS IN MARKET .", "killed:4"},
		{"FIVE LABOURERS HURT IN BLAST .", "injured:5"},
	}
	for _, c := range cases {
		checkCounts(t, c.text, c.want)
	}
}

// TestProbePhrasings holds probe sentences written for the project by a
// writer who never saw the reader, each a class the reader came to read:
// a part with its own predicate, held hostage, the slain victim, a harm
// noun and a large count, counts of deaths with modifiers, missing before
// its noun, a headline's condition, people who disappeared.
//
// Known gaps among the probe's sentences, left unread: a second predicate
// of a subject already counted ("… suffered minor burns and were treated at
// the scene" as a mention of its own), "N refugees" as displaced (it lowered
// the check figure), vague counts without a number ("Several people were
// injured", count null), and pronoun subjects ("She died of her injuries").
func TestProbePhrasings(t *testing.T) {
	cases := []struct{ text, want string }{
		{"An avalanche on Mont Blanc buried a party of four climbers, one of whom died, the gendarmerie said.", "killed:1"},
		{"The gunman held three bank employees hostage for nearly six hours before surrendering to a SWAT team.", "kidnapped:3"},
		{"The slain journalist had been investigating links between local officials and drug cartels.", "killed:1"},
		{"The kidnapping of 276 schoolgirls from Chibok in 2014 drew worldwide condemnation.", "kidnapped:276"},
		{"Maricopa County recorded 645 heat-related deaths last year, a record, county health officials said.", "killed:645"},
		{"Search resumes for 3 missing hikers in Cairngorms", "missing:3"},
		{"Boy, 13, critical after Bronx shooting", "injured:1"},
		{"The crash was one of 14 traffic fatalities in Travis County this month.", "killed:14"},
		{"The county recorded 312 fentanyl overdose deaths last year, up from the year before.", "killed:312"},
		{"Rights groups say more than 100,000 people have disappeared in Syria's prisons since 2011.", "missing:100000"},
		{"The blast caused injuries to 27 people, police said.", "injured:27"},
	}
	for _, c := range cases {
		checkCounts(t, c.text, c.want)
	}
}

// TestInjuriesTo covers injuries or wounds and the people they befell after
// "to" ("caused injuries to 14 workers"), not a part of the body.
func TestInjuriesTo(t *testing.T) {
	cases := []struct{ text, want string }{
		{"The collapse caused injuries to 14 workers.", "injured:14"},
		{"The fall caused serious injuries to the driver.", "injured:1"},
		{"The storm caused damage to 40 homes.", ""},
	}
	for _, c := range cases {
		checkCounts(t, c.text, c.want)
	}
}
