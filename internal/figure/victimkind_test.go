package figure

import (
	"slices"
	"strings"
	"testing"

	"github.com/newsparse/newsparse/internal/entity"
	"github.com/newsparse/newsparse/internal/lexicon"
	"github.com/newsparse/newsparse/internal/textdoc"
	"github.com/stretchr/testify/assert"
)

// candidateOf returns the fallback's first candidate over word in text, or nil.
func candidateOf(text, word string) *Candidate {
	d := textdoc.Analyze(text)
	cands := New(d, entity.Extract(d)).Candidates(nil)
	for k := range cands {
		if strings.Contains(text[cands[k].Start:cands[k].End], word) {
			return &cands[k]
		}
	}
	return nil
}

// TestVictimClass has one sentence per position of the victim's noun and
// per class of it: a candidate whose victim is a known thing proposes
// nothing, one of a person or of a noun unknown keeps its class as a feature.
func TestVictimClass(t *testing.T) {
	cases := []struct {
		text, word, class string // class "" when no candidate is left
	}{
		{"A long frost has killed crops and ruined orchards across the valley.", "killed", ""},
		{"The blight killed the vines on every terrace.", "killed", ""},
		{"Rangers said the number of badgers killed had risen.", "killed", ""},
		{"The takeover was killed by the regulator in March.", "killed", ""},
		{"Two horses were injured when the barn caught fire.", "injured", ""},
		{"Neighbours said the lorry was hit twice.", "hit", ""},
		{"A stray bullet hit the local pharmacist outside the market.", "hit", "person"},
		{"Witnesses said the driver of the ferry was hurt.", "hurt", "none"},
		{"The fall injured the goalkeeper's knee.", "injured", "unknown"},
	}
	for _, c := range cases {
		t.Run(c.text, func(t *testing.T) {
			got := candidateOf(c.text, c.word)
			if c.class == "" {
				assert.Nil(t, got)
				return
			}
			if assert.NotNil(t, got) {
				assert.Contains(t, got.Features, "vk="+c.class)
			}
		})
	}
}

// TestWishedHarm has one sentence per verb of wishing, calling for or
// threatening before a harm, which proposes nothing, and the sentences
// that look like them and report a harm done.
func TestWishedHarm(t *testing.T) {
	cases := []struct {
		text, word string
		wished     bool
	}{
		{"The pamphlets called for the bankers to be shot.", "shot", true},
		{"Fans of the rival club wanted him killed.", "killed", true},
		{"The gang threatened to have the informer beaten.", "beaten", true},
		{"The sect urged its followers to see the elders jailed.", "jailed", true},
		{"A lorry driver called Ian Moss was killed on the bypass.", "killed", false},
		{"The family wanted answers after the courier was killed.", "killed", false},
		// a harm feared or escaped, as a passive gerund
		{"Many villagers fear being killed if the militia returns.", "killed", true},
		{"Reporters said they were afraid of being arrested.", "arrested", true},
		{"The cyclist narrowly avoided being hit by the lorry.", "hit", true},
		{"The courier died after being hit by a lorry.", "hit", false},
		{"Two climbers were feared killed in the avalanche.", "killed", false},
	}
	for _, c := range cases {
		t.Run(c.text, func(t *testing.T) {
			d := textdoc.Analyze(c.text)
			f := New(d, entity.Extract(d))
			found := false
			for _, seg := range f.segments() {
				sc := numScan{text: d.Text, toks: seg.toks, lo: seg.lo, hi: seg.hi, low: *seg.low}
				for i := sc.lo; i < sc.hi; i++ {
					if sc.w(i) == c.word {
						found = true
						assert.Equal(t, c.wished, wishedHarm(&sc, i))
					}
				}
			}
			assert.True(t, found)
			got := candidateOf(c.text, c.word)
			if c.wished {
				assert.Nil(t, got)
			} else if got != nil {
				assert.False(t, slices.Contains(got.Features, "wish"))
			}
		})
	}
}

// TestNonHumanNoun reads the classes in either number and leaves people.
func TestNonHumanNoun(t *testing.T) {
	for _, w := range []string{"crops", "crop", "foxes", "fox", "badgers", "companies", "puppies", "buses", "vines", "mice", "takeover"} {
		assert.True(t, lexicon.IsNonHumanNoun(w), w)
	}
	for _, w := range []string{"farmers", "man", "children", "seals", "hawks", "wells", "bullfighter", "guards"} {
		assert.False(t, lexicon.IsNonHumanNoun(w), w)
	}
}

// TestGrammarNoPersonHarm has one sentence per gate on the grammar's
// casualties (noPersonHarm): a known thing for the victim or for what the
// count counts, a harm wished, planned or attempted, a harm noun of an
// attempt or a demand, a harm nearly done, a counterfactual; each with the
// look-alikes that report people harmed and keep their casualties.
func TestGrammarNoPersonHarm(t *testing.T) {
	cases := []struct {
		name, text string
		want       []casBrief
	}{
		{"count of things", "The board killed four schemes before the vote.", nil},
		{"count of things beside people", "The quake destroyed nine bridges and injured 40 villagers.",
			[]casBrief{{"injured 40 villagers", injured, 40}}},
		{"things then deaths", "Officers logged more than 8,200 stolen cars and 35 road deaths last winter.",
			[]casBrief{{"35 road deaths", killed, 35}}},
		{"count of people with a thing after them", "Inspectors detained 1,400 pupils skipping school.",
			[]casBrief{{"detained 1,400 pupils", detained, 1400}}},
		{"count of people named by a thing's noun", "The derailment killed 17 train passengers.",
			[]casBrief{{"killed 17 train passengers", killed, 17}}},
		{"headline count of things", "Crash Kills 4 Cows, Injures Driver\n\nThe lorry overturned on the bypass.",
			[]casBrief{{"Injures Driver", injured, 1}}},
		{"headline count of people", "Crash Kills 4 Farmers\n\nThe lorry overturned on the bypass.",
			[]casBrief{{"Kills 4 Farmers", killed, 4}}},
		{"bare count", "A car bomb wounded 12 in the capital.", []casBrief{{"wounded 12", injured, 12}}},
		{"people beside things", "Two porters were shot dead and three horses injured.", []casBrief{{"Two porters were shot dead", killed, 2}}},
		{"wished participle", "The mob wanted the magistrate killed.", nil},
		{"planned participle", "The broker plotted to have his rival stabbed.", nil},
		{"attempted participle", "She tried to have her stepson poisoned and drowned.", nil},
		{"a wish before a harm of its own", "The crew tried to reach the hikers but a climber died.",
			[]casBrief{{"a climber died", killed, 1}}},
		{"active verb after a wish", "The gang that wanted the land killed two tenants.",
			[]casBrief{{"killed two tenants", killed, 2}}},
		{"attempted murder", "He was charged with the attempted murder of three wardens.", nil},
		{"murder charged", "He was charged with the murder of three wardens.", []casBrief{{"murder of three wardens", killed, 3}}},
		{"arrest demanded", "Villagers demanded the arrest of the two foremen.", nil},
		{"arrest sought", "Detectives are seeking the arrest of two brothers.", nil},
		{"execution called for", "The crowd called for the execution of the four smugglers.", nil},
		{"arrest made", "Detectives announced the arrest of two brothers.", []casBrief{{"arrest of two brothers", detained, 2}}},
		{"almost killed, no victim phrase", "A teacher was almost killed by a falling branch.", nil},
		{"nearly killed", "Three cyclists were nearly killed when the scaffolding fell.", nil},
		{"escaped being shot", "The guards narrowly escaped being shot.", nil},
		{"survived being shot", "Two guards survived being shot in the raid.", []casBrief{{"Two guards survived being shot", injured, 2}}},
		{"nearly as a count", "Nearly 60 miners were killed in the collapse.", []casBrief{{"Nearly 60 miners were killed", killed, 60}}},
		{"could have been killed", "Nine pupils could have been killed if the roof had given way.", nil},
		{"may have been killed", "Up to 70 villagers may have been killed in the mudslide.",
			[]casBrief{{"Up to 70 villagers may have been killed", killed, 70}}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkBrief(t, c.text, c.want)
		})
	}
}

// TestHarmlessImpact covers a passive hit whose agent harms no one (a
// bucket of slurry, tragedy, a bill) beside hits by a vehicle, a shot, a
// weapon, falling debris or a person, which the guide counts as injuries.
func TestHarmlessImpact(t *testing.T) {
	cases := []struct{ text, want string }{
		{"The mayor was hit by a tin of paint hurled by a heckler.", ""},
		{"The family was hit by misfortune the following spring.", ""},
		{"The mayor was also hit by the custard.", ""},
		{"The mayor was hit with a fine of 500 pounds.", ""},
		{"A boy was hit by a car on Friday.", "injured:1"},
		{"The officer was hit by a stray bullet.", "injured:1"},
		{"The guard was hit with a baseball bat.", "injured:1"},
		{"Two people were hit by falling debris.", "injured:2"},
		{"Ana Cruz was hit by her husband.", "injured:1"},
		{"A cyclist was struck by a van.", "injured:1"},
	}
	for _, c := range cases {
		checkCounts(t, c.text, c.want)
	}
}

// TestPurposeAndBooking covers harm a phrase of purpose governs ("aimed at
// killing"), which is no deed, and a booking that is no custody ("booked
// for an interview"), beside the deed and the booking into jail.
func TestPurposeAndBooking(t *testing.T) {
	cases := []struct{ text, want string }{
		{"Each rifle the militia buys is a tool aimed chiefly at killing an unarmed villager.", ""},
		{"The raid was aimed at arresting two smugglers.", ""},
		{"Gunmen bent on killing police opened fire on the station.", ""},
		{"The gunmen opened fire, killing two policemen.", "killed:2"},
		{"Police said three people were arrested on Friday. The minister is booked for a similar interview next week.", "detained:3"},
		{"Ana Cruz was booked into the county jail.", "detained:1"},
	}
	for _, c := range cases {
		checkCounts(t, c.text, c.want)
	}
}

// TestTakenToNamedPlace covers "taken to" a name: a hospital by its name is
// care after harm, a city or a place of another kind is a transfer.
func TestTakenToNamedPlace(t *testing.T) {
	cases := []struct{ text, want string }{
		{"The prisoner was taken to Baghdad.", ""},
		{"The suspect was taken to Guantanamo Bay in 2002.", ""},
		{"The activist was taken to Bagram Air Base.", ""},
		{"The victim was taken to Grady Memorial.", "injured:1"},
		{"The driver was taken to Mercy Hospital.", "injured:1"},
	}
	for _, c := range cases {
		checkCounts(t, c.text, c.want)
	}
}

// TestSharedObject covers a casualty verb and a second verb that share the
// object ("arrested and charged two men"): the object is the victims, and
// the subject that acts is none, beside a second verb of harm.
func TestSharedObject(t *testing.T) {
	cases := []struct{ text, want string }{
		{"Police arrested and charged two farmers on Monday.", "detained:2"},
		{"Officers have arrested and questioned a taxi driver.", "detained:1"},
		{"Rebels kidnapped and tortured three aid workers.", "kidnapped:3"},
		{"The gunman shot and killed a guard.", "killed:1"},
	}
	for _, c := range cases {
		checkCounts(t, c.text, c.want)
	}
}

// TestAlongWith covers victims counted after "along with" or "together
// with", joined to the hit before them, beside a pronoun that adds none
// the text counts.
func TestAlongWith(t *testing.T) {
	cases := []struct{ text, want string }{
		{"Tom Kemp was arrested along with guitarist Ray Hale and three other crew members of his.", "detained:5"},
		{"The courier was arrested along with two other men.", "detained:3"},
		{"Ana Cruz was killed together with her two children.", "killed:3"},
		{"The pilot was killed along with his brother.", "killed:2"},
		{"Two soldiers were killed in the ambush.", "killed:2"},
	}
	for _, c := range cases {
		checkCounts(t, c.text, c.want)
	}
}

// TestDescribedNameAfterThe covers a victim named after "the" and a
// description ("the singer Ana Cruz", "the Dutch film maker Tom Kemp").
func TestDescribedNameAfterThe(t *testing.T) {
	cases := []struct{ text, want string }{
		{"He condemned the killing of the Danish painter Tom Kemp.", "killed:1"},
		{"Fans gathered a year after the death of the singer Tom Kemp.", "killed:1"},
		{"He starred in the hit musical Mamma Mia.", ""},
	}
	for _, c := range cases {
		checkCounts(t, c.text, c.want)
	}
}

// TestFellToDeath covers a fall to one's death, which kills the subject,
// beside a fall of a price.
func TestFellToDeath(t *testing.T) {
	cases := []struct{ text, want string }{
		{"A worker fell to his death from the scaffolding.", "killed:1"},
		{"A guest died after a heart attack at the hotel, and a student fell to her death from a window.", "killed:1"},
		{"Two climbers plunged to their deaths on the north face.", "killed:2"},
		{"The index fell to its weakest point this year.", ""},
	}
	for _, c := range cases {
		checkCounts(t, c.text, c.want)
	}
}

// TestTimeInJail covers a stay in custody told by the time spent ("spent
// two years in prison", "served a 10-month jail term"), beside time spent
// elsewhere.
func TestTimeInJail(t *testing.T) {
	cases := []struct{ text, want string }{
		{"The man spent three weeks in jail.", "detained:1"},
		{"The suspect served an 18-month prison term.", "detained:1"},
		{"Ana Cruz spent a night behind bars.", "detained:1"},
		{"The man spent two years in Paris.", ""},
	}
	for _, c := range cases {
		checkCounts(t, c.text, c.want)
	}
}

// TestRefugeeCounts covers a count of refugees, displaced by the word
// alone ("40,000 refugees", "thousands of refugees"), beside refugees a
// casualty word counts as something else.
func TestRefugeeCounts(t *testing.T) {
	cases := []struct{ text, want string }{
		{"Aid agencies are feeding 2.3 million Sudanese refugees in Chad.", "displaced:2300000"},
		{"The camp holds 40,000 refugees.", "displaced:40000"},
		{"Two refugees were arrested at the border.", "detained:2"},
		{"The refugee council met on Monday.", ""},
	}
	for _, c := range cases {
		checkCounts(t, c.text, c.want)
	}
}

// TestHeadlinePlural covers a headline's bare plural victims ("Passengers
// injured"), whose number is unsaid and who are not one, beside a bare
// singular and a counted plural.
func TestHeadlinePlural(t *testing.T) {
	cases := []struct{ text, want string }{
		{"Passengers injured in ferry fire", ""},
		{"Soldier killed in ambush", "killed:1"},
		{"Two soldiers killed in ambush", "killed:2"},
	}
	for _, c := range cases {
		checkCounts(t, c.text, c.want)
	}
}
