package figure

import (
	"slices"
	"strings"
	"testing"

	"github.com/newsparse/newsparse/internal/contract"

	"github.com/newsparse/newsparse/internal/entity"
	"github.com/newsparse/newsparse/internal/textdoc"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestParseFallbackModel reads weights, skips malformed lines, and gives a
// model that keeps nothing for an empty text.
func TestParseFallbackModel(t *testing.T) {
	m := ParseFallbackModel("bias -1\nthreshold 0.6\nw=shot 2.5\nbroken\nkind=killed x\n")
	assert.Equal(t, -1.0, m.bias)
	assert.Equal(t, 0.6, m.threshold)
	assert.Equal(t, map[string]float64{"w=shot": 2.5}, m.w)
	assert.InDelta(t, 0.8176, m.score([]string{"w=shot"}), 1e-3)
	assert.Greater(t, ParseFallbackModel("").threshold, 1.0)
	assert.NotNil(t, defaultFallback())
}

// TestFallbackCandidates has one sentence per way a candidate takes its
// victims, and the model's keeping or leaving it.
func TestFallbackCandidates(t *testing.T) {
	cases := []struct {
		name, text string
		kind       string
		count      float64
		span       string
		grammar    bool // the grammar reads the casualty itself
	}{
		{"victim before", "Witnesses said the courier was badly hurt.", injured, 1, "the courier was badly hurt", true},
		{"victims before", "Both brothers were hurt.", injured, 2, "Both brothers were hurt", true},
		{"victim after", "The blast injured a courier.", injured, 1, "injured a courier", true},
		{"number before", "Reports spoke of 3 dead.", killed, 3, "3 dead", true},
		{"word alone", "Officers spoke of a shooting at the depot.", injured, 1, "shooting", false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d := textdoc.Analyze(c.text)
			f := New(d, entity.Extract(d))
			cands := f.Candidates(nil) // every casualty word proposes when nothing is listed
			require.NotEmpty(t, cands)
			got := cands[0]
			assert.Equal(t, c.kind, got.Kind)
			assert.Equal(t, c.count, got.Count)
			assert.Equal(t, c.span, c.text[got.Start:got.End])
			keep := ParseFallbackModel("bias 5\nthreshold 0.5\n")
			assert.Len(t, f.fallbackHits(nil, keep), 1)
			none := ParseFallbackModel("bias -5\nthreshold 0.5\n")
			assert.Empty(t, f.fallbackHits(nil, none))
			if c.grammar {
				assert.Empty(t, f.fallbackHits(f.GrammarCasualties(), keep), "the grammar's casualties cover the word")
			} else {
				assert.Len(t, f.fallbackHits(f.GrammarCasualties(), keep), 1)
			}
		})
	}
}

// TestSubjectShape has one sentence per shape of the word before a
// casualty word's auxiliaries, and the gate that drops a thing.
func TestSubjectShape(t *testing.T) {
	cases := []struct{ text, word, shape string }{
		{"The merger was killed by the regulator.", "killed", "thing"},
		{"The courier was killed on Monday.", "killed", "person"},
		{"He was later killed.", "killed", "pronoun"},
		{"Dana Pike was killed.", "killed", "name"},
		{"He fled after being shot.", "shot", "other"},
		{"Shot in the leg, he crawled home.", "shot", "none"},
	}
	for _, c := range cases {
		t.Run(c.text, func(t *testing.T) {
			d := textdoc.Analyze(c.text)
			f := New(d, entity.Extract(d))
			seg := f.segments()[0]
			sc := numScan{text: d.Text, toks: seg.toks, lo: seg.lo, hi: seg.hi, low: *seg.low}
			k := sc.lo
			for k < sc.hi && sc.w(k) != c.word {
				k++
			}
			require.Less(t, k, sc.hi)
			assert.Equal(t, c.shape, subjectShape(&sc, k))
		})
	}
	d := textdoc.Analyze("The merger was killed by the regulator.")
	assert.Empty(t, New(d, entity.Extract(d)).Candidates(nil), "a thing is no victim")
}

// TestFallbackExtraWords has one sentence per kind of the words only the
// fallback reads, with the source feature each candidate carries, and a
// word the grammar reads for contrast.
func TestFallbackExtraWords(t *testing.T) {
	cases := []struct{ text, word, kind, src string }{
		{"Mourners gathered for the funeral on Sunday.", "funeral", killed, "extra"},
		{"The driver suffered head injuries.", "injuries", injured, "extra"},
		{"Two clerks were held overnight at the station.", "held", detained, "extra"},
		{"The gang released the hostages at dawn.", "hostages", kidnapped, "extra"},
		{"Refugees crowded the border crossing.", "refugees", displaced, "extra"},
		{"The courier was killed on Monday.", "killed", killed, "trig"},
	}
	for _, c := range cases {
		t.Run(c.word, func(t *testing.T) {
			kind, src, ok := fallbackKind(c.word)
			require.True(t, ok)
			assert.Equal(t, c.kind, kind)
			assert.Equal(t, c.src, src)
			d := textdoc.Analyze(c.text)
			cands := New(d, entity.Extract(d)).Candidates(nil)
			var got *Candidate
			for k := range cands {
				if strings.Contains(strings.ToLower(c.text[cands[k].Start:cands[k].End]), c.word) {
					got = &cands[k]
					break
				}
			}
			require.NotNil(t, got, "a candidate over %q", c.word)
			assert.Equal(t, c.kind, got.Kind)
			assert.Contains(t, got.Features, "src="+c.src)
			assert.Contains(t, got.Features, "src+kind="+c.src+"|"+c.kind)
		})
	}
	_, _, ok := fallbackKind("picnic")
	assert.False(t, ok)
}

// TestFallbackCoordination takes the whole coordination before a casualty
// word as its victims, with their count, not only the last conjunct.
func TestFallbackCoordination(t *testing.T) {
	cases := []struct {
		text, span string
		count      float64
	}{
		{"Police said a farmer and a teacher were abducted near the river.", "a farmer and a teacher were abducted", 2},
		{"Police said a farmer was abducted near the river.", "a farmer was abducted", 1},
	}
	for _, c := range cases {
		t.Run(c.span, func(t *testing.T) {
			d := textdoc.Analyze(c.text)
			cands := New(d, entity.Extract(d)).Candidates(nil)
			require.NotEmpty(t, cands)
			assert.Equal(t, c.span, c.text[cands[0].Start:cands[0].End])
			assert.Equal(t, c.count, cands[0].Count)
		})
	}
}

// TestFallbackVictimSeen marks a candidate whose named victim a listed
// casualty already holds, and leaves one whose victim is another.
func TestFallbackVictimSeen(t *testing.T) {
	text := "Officers said Dana Pike was hurt. Hours later the gang shot Pike again."
	listed := []contract.Casualty{{Start: 14, End: 32, Text: text[14:32], Kind: contract.Injured, Count: 1}}
	d := textdoc.Analyze(text)
	f := New(d, entity.Extract(d))
	cands := f.Candidates(listed)
	require.NotEmpty(t, cands)
	assert.Equal(t, "shot Pike", text[cands[0].Start:cands[0].End])
	assert.Contains(t, cands[0].Features, "vseen")
	other := []contract.Casualty{{Start: 14, End: 32, Text: "Lee Moss was hurt", Kind: contract.Injured, Count: 1}}
	assert.NotContains(t, f.Candidates(other)[0].Features, "vseen")
}

// TestFallbackNegation proposes nothing for a casualty word after a
// negation, "none" and "nobody" among them (unstated), and proposes the
// word of a plain sentence, with no negation marked.
func TestFallbackNegation(t *testing.T) {
	cases := []struct {
		text string
		neg  bool
	}{
		{"Police said none of them was hurt.", true},
		{"Police said nobody was hurt.", true},
		{"Police said the guard was not hurt.", true},
		{"Police said the guard was hurt.", false},
	}
	for _, c := range cases {
		t.Run(c.text, func(t *testing.T) {
			d := textdoc.Analyze(c.text)
			cands := New(d, entity.Extract(d)).Candidates(nil)
			if c.neg {
				assert.Empty(t, cands)
				return
			}
			require.NotEmpty(t, cands)
			assert.Equal(t, injured, cands[0].Kind) // the plain sentence's harm is proposed
		})
	}
}

// TestFallbackGates has one sentence per candidate the fallback does not
// propose (a plural auxiliary with no victims, a thing for an object, a
// duty still to come: "is to be"), each beside a sentence it proposes.
func TestFallbackGates(t *testing.T) {
	cases := []struct {
		text, word  string
		kept, modal bool
	}{
		{"Police said the looters were jailed.", "jailed", false, false},
		{"Police said they have been jailed.", "jailed", false, false},
		{"Police said the looter was jailed.", "jailed", true, false},
		{"The storm killed 30 sheep overnight.", "killed", false, false},
		{"The storm killed a shepherd overnight.", "killed", true, false},
		{"The frost killed 60% of the crop.", "killed", false, false},
		{"The frost killed two-thirds of the crop.", "killed", false, false},
		{"A clerk who stole from the till is to be jailed.", "jailed", false, true},
		{"A clerk who stole from the till was jailed.", "jailed", true, false},
	}
	for _, c := range cases {
		t.Run(c.text, func(t *testing.T) {
			got := lastCandidateOver(c.text, c.word)
			if !c.kept {
				assert.Nil(t, got)
				return
			}
			require.NotNil(t, got)
			assert.Equal(t, c.modal, slices.Contains(got.Features, "modal"))
		})
	}
}

// TestFallbackFarCount takes the figure that opens the subject of a plural
// auxiliary as the count, however long the subject, and no figure that
// counts no people.
func TestFallbackFarCount(t *testing.T) {
	cases := []struct {
		text, span string
		count      float64
		ok         bool
	}{
		{"Officials said 40 villagers from the hills above the lake were evacuated.", "40 villagers from the hills above the lake were evacuated", 40, true},
		{"Officials said at least 12 pupils under the age of ten have been hurt.", "12 pupils under the age of ten have been hurt", 12, true},
		{"Officials said 40 homes near the lake and the villagers were evacuated.", "", 0, false},
	}
	for _, c := range cases {
		t.Run(c.text, func(t *testing.T) {
			d := textdoc.Analyze(c.text)
			cands := New(d, entity.Extract(d)).Candidates(nil)
			if !c.ok {
				for _, cd := range cands {
					assert.NotContains(t, cd.Features, "v=farnumber")
				}
				return
			}
			require.NotEmpty(t, cands)
			assert.Equal(t, c.span, c.text[cands[0].Start:cands[0].End])
			assert.Equal(t, c.count, cands[0].Count)
			assert.Contains(t, cands[0].Features, "v=farnumber")
		})
	}
}

// TestShapeWord keeps the words of closed classes and gives every open-class
// word its shape, so no weight falls on a word of the training articles.
func TestShapeWord(t *testing.T) {
	cases := []struct{ w, want string }{
		{"was", "was"}, {"his", "his"}, {"by", "by"}, {"the", "the"}, {"and", "and"}, {"not", "not"},
		{"they", "they"}, {"'s", "'s"}, {",", ","}, {"<s>", "<s>"},
		{"hot", "word"}, {"gig", "word"}, {"bakery", "word"},
		{"officers", "VICTIM"}, {"12", "NUM"}, {"3,000", "NUM"},
		{"painted", "-ed"}, {"running", "-ing"}, {"quickly", "-ly"},
	}
	for _, c := range cases {
		assert.Equal(t, c.want, shapeWord(c.w), c.w)
	}
}

// TestDocContextFeatures reads what a story's listed casualties tell a
// candidate: the kinds already counted, a story of one victim, and how far
// the nearest listed casualty stands.
func TestDocContextFeatures(t *testing.T) {
	one := []contract.Casualty{{Start: 100, End: 120, Kind: contract.Injured, Count: 1}}
	many := append(slices.Clone(one), contract.Casualty{Start: 500, End: 520, Kind: contract.Killed, Count: 4})
	cases := []struct {
		name   string
		listed []contract.Casualty
		c      Candidate
		has    []string
		hasNot []string
	}{
		{"none listed", nil, Candidate{Start: 10, End: 15, Kind: injured}, []string{"near=none"}, []string{"kindseen", "docsingle"}},
		{"beside one victim", one, Candidate{Start: 125, End: 130, Kind: injured}, []string{"near=80", "kindseen", "docsingle"}, nil},
		{"a sentence away", one, Candidate{Start: 300, End: 310, Kind: killed}, []string{"near=300", "docsingle"}, []string{"kindseen"}},
		{"paragraphs away", one, Candidate{Start: 900, End: 910, Kind: injured}, []string{"near=1000"}, nil},
		{"far off", one, Candidate{Start: 3000, End: 3010, Kind: injured}, []string{"near=far"}, nil},
		{"before a count of four", many, Candidate{Start: 400, End: 410, Kind: killed}, []string{"near=300", "kindseen"}, []string{"docsingle"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := newDocContext(c.listed).features(c.c, "trig")
			for _, f := range c.has {
				assert.Contains(t, got, f)
			}
			for _, f := range c.hasNot {
				assert.NotContains(t, got, f)
			}
		})
	}
}

// TestGuideWords proposes a candidate for the guide's words of care and
// harm that the grammar reads only in phrases of its own.
func TestGuideWords(t *testing.T) {
	cases := []struct{ w, kind string }{
		{"airlifted", injured}, {"transported", injured}, {"treated", injured}, {"condition", injured},
		{"beaten", injured}, {"pronounced", killed}, {"lives", killed}, {"captured", detained},
	}
	for _, c := range cases {
		k, src, ok := fallbackKind(c.w)
		assert.True(t, ok, c.w)
		assert.Equal(t, c.kind, k, c.w)
		assert.Equal(t, "extra", src, c.w)
	}
	_, _, ok := fallbackKind("painted")
	assert.False(t, ok)
}

// TestUnstatedHarm proposes nothing for a harm the words before it deny
// or leave to come, whatever the model would keep.
func TestUnstatedHarm(t *testing.T) {
	keep := ParseFallbackModel("bias 5\nthreshold 0.5\n")
	for _, text := range []string{
		"Officers said the courier was never hurt.",
		"The gang threatened to shoot the courier.",
		"Officials said the drought could kill thousands.",
		"A clerk who lied to the inquiry is to be jailed.",
	} {
		d := textdoc.Analyze(text)
		f := New(d, entity.Extract(d))
		assert.Empty(t, f.fallbackHits(nil, keep), text)
	}
	d := textdoc.Analyze("A clerk who lied to the inquiry was jailed.")
	f := New(d, entity.Extract(d))
	assert.NotEmpty(t, f.fallbackHits(nil, keep), "the harm stated")
}

// TestFarVictim describes the nearest victim phrase before a casualty word
// that has no victim of its own beside it, however far back in its sentence.
func TestFarVictim(t *testing.T) {
	cases := []struct{ text, word, want string }{
		{"A 40-year-old man has been charged with theft after being shot by a guard.", "shot", "one"},
		{"Dana Pike, who runs a bakery on the corner, was later treated for burns.", "burns", "name"},
		{"The report said a single shot rang out at the depot.", "shot", "none"},
	}
	for _, c := range cases {
		t.Run(c.text, func(t *testing.T) {
			d := textdoc.Analyze(c.text)
			var got []string
			for _, cd := range New(d, entity.Extract(d)).Candidates(nil) {
				if strings.Contains(c.text[cd.Start:cd.End], c.word) {
					got = cd.Features
				}
			}
			require.NotNil(t, got)
			assert.Contains(t, got, "vfar="+c.want)
		})
	}
}

// TestDeathSentence proposes no death for a court's sentence of death, and
// a death for a killing "to death".
func TestDeathSentence(t *testing.T) {
	cases := []struct {
		text string
		want bool
	}{
		{"A judge sentenced the poisoner to death.", true},
		{"The smuggler was condemned to death in May.", true},
		{"The poisoner was beaten to death.", false},
		{"The death of the clerk shocked the town.", false},
	}
	for _, c := range cases {
		d := textdoc.Analyze(c.text)
		sc := scanOf(d.Text, d.Toks)
		got := false
		for i := range d.Toks {
			if sc.w(i) == "death" {
				got = deathSentence(&sc, i)
			}
		}
		assert.Equal(t, c.want, got, c.text)
	}
}

// TestUnsaidPlurals covers victims more than one and of no number beside a
// lone casualty word ("those arrested", "several people had been held"):
// the fallback lists none rather than one, while one victim told by the
// same words is listed; a vague word of no figure ("several people") is
// the grammar's, listed with its count null (unstated.go).
func TestUnsaidPlurals(t *testing.T) {
	cases := []struct{ text, want string }{
		{"Nine people were arrested in raids on Monday. Those arrested are accused of smuggling fuel.", "detained:9"},
		{"Nine people were arrested in raids on Monday. Officials said several people had also been arrested in a port.", "detained:9 detained:null"},
		{"Villagers say the militia killed more civilians than the army did.", ""},
		{"Five British detainees were freed in March. Activists urged ministers to free men indefinitely detained abroad without trial.", "detained:5"},
		{"Nine people were arrested in raids on Monday. Also arrested were a farmer and members of his family.", "detained:9"},
		{"Nine people were arrested in raids on Monday. A farmer was arrested on Friday.", "detained:9 detained:1"},
		// a participle coordinated with others shares their plural subject
		{"Aid workers were robbed, killed and abducted during the conflict, the envoy said.", ""},
		{"Monitors were harassed, beaten, and killed near the border, the report said.", ""},
		// "the number killed" is an amount the words do not give
		{"Rescuers warned that the number killed in the flood could climb steeply.", ""},
		{"Officials said the number arrested would be released on Friday.", ""},
	}
	for _, c := range cases {
		checkCounts(t, c.text, c.want)
	}
}

// TestFigurativeHit: a "hit" whose subject opens the sentence as a common
// noun no entity covers, or is an abbreviation of a thing, strikes nobody
// ("Outrage hits Smith campaign"); a vehicle or a person hitting someone
// still injures.
func TestFigurativeHit(t *testing.T) {
	cases := []struct{ text, want string }{
		{"Outrage hits Smith campaign at a bad time.", ""},
		{"Rumour hits Jones family again.", ""},
		{"The actor of stage and TV hits Night of the Hunter next spring.", ""},
		{"Car hits Ana Cruz outside her school. She was treated for a broken leg.", "injured:1"},
	}
	for _, c := range cases {
		checkCounts(t, c.text, c.want)
	}
}

// TestToDeathFeature tells the "to" of a result ("mauled to death", feature
// todeath) from the "to" of an infinitive ("tried to kill", feature to): the
// first reports a death, the second mostly an intent.
func TestToDeathFeature(t *testing.T) {
	cases := []struct{ text, word, has, hasNot string }{
		{"A stray dog mauled to death a six-year-old boy.", "death", "todeath", "to"},
		{"The gang set out to kill a rival dealer.", "kill", "to", "todeath"},
		{"Police came to arrest a courier.", "arrest", "to", "todeath"},
		{"The funeral of the courier was held on Sunday; his death shocked the town.", "death", "", "todeath"},
	}
	for _, c := range cases {
		t.Run(c.text, func(t *testing.T) {
			got := lastCandidateOver(c.text, c.word)
			require.NotNil(t, got)
			if c.has != "" {
				assert.Contains(t, got.Features, c.has)
			}
			assert.NotContains(t, got.Features, c.hasNot)
		})
	}
}

// TestBodyCandidate: a "body" that modifies the noun after it proposes no
// corpse; the body of a person does, with "of" after it or a possessive
// before it.
func TestBodyCandidate(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{"Her body language told the jury she was afraid.", false},
		{"The guard wore body armour under his coat.", false},
		{"Divers recovered the body of a fisherman missing since Sunday.", true},
		{"The hiker's body lay in a ravine.", true},
	} {
		assert.Equal(t, c.want, candidateOf(c.text, "body") != nil, "%q", c.text)
	}
}

// lastCandidateOver returns the last fallback candidate of text whose span
// holds word, or nil.
func lastCandidateOver(text, word string) *Candidate {
	d := textdoc.Analyze(text)
	var got *Candidate
	cands := New(d, entity.Extract(d)).Candidates(nil)
	for k := range cands {
		if strings.Contains(text[cands[k].Start:cands[k].End], word) {
			got = &cands[k]
		}
	}
	return got
}
