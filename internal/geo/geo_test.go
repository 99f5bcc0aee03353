package geo

import (
	"strconv"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/newsparse/newsparse/internal/contract"
	"github.com/newsparse/newsparse/internal/entity"
	"github.com/newsparse/newsparse/internal/textdoc"
)

// placeOf parses text and returns the place of the entity with a mention of name.
func placeOf(t *testing.T, text, name string) *contract.Place {
	t.Helper()
	d := textdoc.Analyze(text)
	ents := Resolve(d, entity.Extract(d))
	for _, e := range ents {
		for _, m := range e.Mentions {
			if m.Text == name {
				return e.Place
			}
		}
	}
	t.Fatalf("no entity mentioned as %q in %q", name, text)
	return nil
}

func TestResolve(t *testing.T) {
	for _, tc := range []struct {
		name, text, mention string
		country, admin1     string // want; admin1 "" when not checked
		feature             string
	}{
		{"qualifier names the state", "The mayor of Paris, Texas, said the town's water was safe to drink again.", "Paris", "US", "US-TX", "P.PPLA2"},
		{"the capital without context", "Thousands of people marched through Paris on Saturday against the new pension law.", "Paris", "FR", "", "P.PPLC"},
		{"AP state abbreviation", "Two men were arrested in Springfield, Ill., after a robbery at a petrol station.", "Springfield", "US", "US-IL", ""},
		{"metonymy stays the capital", "Moscow denied the report on Tuesday, and officials in Russia called it a provocation.", "Moscow", "RU", "", "P.PPLC"},
		{"the country by a city of it", "Fighting broke out in Georgia, near Tbilisi, the defence ministry said.", "Georgia", "GE", "", "A.PCLI"},
		{"the state by a city of it", "Georgia's governor signed the bill in Atlanta, the state capital, on Monday.", "Georgia", "US", "US-GA", "A.ADM1"},
		{"province of", "Government troops shelled villages in the northwest province of Idlib overnight.", "Idlib", "SY", "SY-ID", "A.ADM1"},
		{"a country", "Iran said it would keep its military advisers in Syria.", "Syria", "SY", "", "A.PCLI"},
		{"a country's short name", "The U.S. imposed new sanctions on Friday.", "U.S.", "US", "", "A.PCLI"},
		{"an exonym of a city far larger than the towns of that name", "The health agency's office in Geneva said cases fell.",
			"Geneva", "CH", "", ""},
		{"a city written with City", "The virus was first detected in Wuhan City, in central China.", "Wuhan City", "CN", "", "P.PPLA"},
		{"a capital news names short", "Washington warned Moscow on Tuesday that new sanctions would follow.", "Washington", "US", "US-DC", "P.PPLC"},
		{"a capital news names short", "Reporting by Ann Lee in Washington; editing by Tom Hale.", "Washington", "US", "US-DC", "P.PPLC"},
		{"the state of the same name by its towns", "Wildfires spread across Washington and Oregon, and smoke reached Seattle and Spokane.",
			"Washington", "US", "US-WA", "A.ADM1"},
		{"a city news names short", "Floods hit Rio and Sao Paulo on Monday, and Brazil declared an emergency.", "Rio", "BR", "", ""},
		{"a county of one name", "Officials confirmed a case in Pinellas County on Monday.", "Pinellas County", "US", "US-FL", "A.ADM2"},
		{"a constituency of two places, by its first", "She won the Grantham and Stamford seat for the Tories in 1997.",
			"Grantham and Stamford", "GB", "GB-ENG", ""},
		{"a constituency of two places, by its second when the first is unknown", "She won the Haltemprice and Howden seat in 2010.",
			"Haltemprice and Howden", "GB", "GB-ENG", ""},
		{"a county named in a list before counties", "Flood warnings covered Polk, Hardin and Tyler counties in east Texas.",
			"Tyler", "US", "US-TX", "A.ADM2"},
		{"a state by its nickname", "Candidates crossed the Granite State before the primary.", "Granite State", "US", "US-NH", "A.ADM1"},
		{"a county among twelve, by a town near it", "Deputies in Lake County arrested a man from Waukegan after a fight at a bar.",
			"Lake County", "US", "US-IL", "A.ADM2"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p := placeOf(t, tc.text, tc.mention)
			require.NotNil(t, p, "no place for %q", tc.mention)
			assert.Equal(t, tc.country, p.Country, "%+v", p)
			if tc.admin1 != "" {
				assert.Equal(t, tc.admin1, p.Admin1, "%+v", p)
			}
			if tc.feature != "" {
				assert.Equal(t, tc.feature, p.Feature, "%+v", p)
			}
		})
	}
}

func TestCountyWithoutSupport(t *testing.T) {
	// twelve Lake Counties and nothing in the text to choose among them: no place
	p := placeOf(t, "Deputies in Lake County arrested a man after a fight at a bar.", "Lake County")
	assert.Nil(t, p, "%+v", p)
	// a county's town when nothing says which county: "Cumberland County" near Cumberland
	cs := Candidates("Cumberland County")
	towns := 0
	for _, c := range cs {
		if c.isCity() && c.Partial {
			towns++
		}
	}
	assert.Positive(t, towns, "%+v", cs)
}

func TestExonymOfABuildingOrRiver(t *testing.T) {
	// "White House" is another name of Casablanca: a building keeps only the
	// places of exactly its name
	p := placeOf(t, "Tourists photographed the White House from the park across the road.", "White House")
	if p != nil {
		assert.NotEqual(t, "MA", p.Country, "%+v", p)
	}
	// "Black River" is another name of Lorain, Ohio, far more populous than
	// the towns of that very name: such an exonym counts as the name of a
	// GPE ("Geneva" is Genève), not of a river
	for _, tc := range []struct {
		text, mention string
		typ           contract.EntityType
		cand          string
		exact         float64
	}{
		{"Canoeists paddled down the Black River after the rain.", "Black River", contract.Location, "Lorain", 0},
		{"The health agency's office in Geneva said cases fell.", "Geneva", contract.GPE, "Genève", 1},
	} {
		d := textdoc.Analyze(tc.text)
		ents := entity.Extract(d)
		x := Analyse(d.Text, ents, d.Meta.Dateline, nil)
		found := false
		for i, e := range ents {
			if len(e.Mentions) == 0 || e.Mentions[0].Text != tc.mention {
				continue
			}
			require.Equal(t, tc.typ, e.Type, "%+v", e)
			cs, fs := x.Features(i)
			for j, c := range cs {
				if c.Name == tc.cand {
					found = true
					assert.Equal(t, tc.exact, fs[j][fExact], "%s: %+v", tc.text, c)
				}
			}
		}
		require.True(t, found, "%s: no candidate %s", tc.text, tc.cand)
	}
}

func TestCountyIsNoState(t *testing.T) {
	// "Wis." is Wisconsin, not the county in it that the text names after it
	d := textdoc.Analyze("MADISON, Wis. — A Dane County judge ruled on Tuesday.")
	ents := Resolve(d, entity.Extract(d))
	for _, e := range ents {
		for _, m := range e.Mentions {
			switch m.Text {
			case "Wis.":
				assert.Equal(t, "Wisconsin", e.Name)
			case "Dane County":
				assert.Len(t, e.Mentions, 1, "%+v", e)
			}
		}
	}
}

func TestQualifierAt(t *testing.T) {
	text := "in Springfield, Ill. and Paris, Texas, and Hama (Syria) or Rome, a city"
	codes, _, _ := QualifierAt(text, len("in Springfield"))
	assert.Equal(t, []string{"US-IL"}, codes)
	codes, _, _ = QualifierAt(text, len("in Springfield, Ill. and Paris"))
	assert.Equal(t, []string{"US-TX"}, codes)
	i := len("in Springfield, Ill. and Paris, Texas, and Hama")
	codes, _, _ = QualifierAt(text, i)
	assert.Equal(t, []string{"SY"}, codes)
	codes, _, _ = QualifierAt(text, len(text)-len(", a city"))
	assert.Empty(t, codes)
	// a dateline's dash after the state: "DAYTON, Ohio- Two people…"
	dl := "WXYZ NEWS9DAYTON, Pa- Two people were hurt."
	codes, s, e := QualifierAt(dl, len("WXYZ NEWS9DAYTON"))
	assert.Equal(t, []string{"US-PA"}, codes)
	assert.Equal(t, "Pa", dl[s:e])
	// a hyphen inside a word stays: "Wilkes-Barre" is no "Wilkes"
	codes, _, _ = QualifierAt("in Scranton, Wilkes-Barre and Erie", len("in Scranton"))
	assert.NotEqual(t, []string{"US-WA"}, codes)
}

func TestPlaceFigures(t *testing.T) {
	text := "Five people were killed in Aleppo on Sunday, rescuers said.\n\nIn a separate attack, two soldiers were wounded."
	d := textdoc.Analyze(text)
	ents := Resolve(d, entity.Extract(d))
	var aleppo string
	for _, e := range ents {
		if e.Name == "Aleppo" && e.Place != nil {
			aleppo = e.ID
		}
	}
	require.NotEmpty(t, aleppo)
	five := 5.0
	cs := []contract.Casualty{{Start: 0, End: 23, Kind: "killed", Count: 5}, {Start: 83, End: 108, Kind: "injured", Count: 2}}
	toll := contract.Toll{Killed: &five}
	PlaceFigures(d, ents, cs, &toll)
	require.NotNil(t, cs[0].Place)
	assert.Equal(t, aleppo, cs[0].Place.Entity)
	assert.Nil(t, cs[1].Place, "no place in its sentence or paragraph, and no dateline")
	require.NotNil(t, toll.Place)
	assert.Equal(t, aleppo, toll.Place.Entity)
}

func TestQualifierMentions(t *testing.T) {
	text := "Sen. Tim Scott (R-S.C.) spoke on Friday. Two people were hurt in Portland, Ore., police said."
	d := textdoc.Analyze(text)
	ents := Resolve(d, entity.Extract(d))
	byText := map[string]*contract.Entity{}
	for i := range ents {
		for _, m := range ents[i].Mentions {
			byText[m.Text] = &ents[i]
			assert.Equal(t, m.Text, text[m.Start:m.End])
		}
	}
	for _, q := range []struct{ mention, admin1 string }{{"S.C.", "US-SC"}} {
		e := byText[q.mention]
		require.NotNil(t, e, "no mention %q", q.mention)
		require.NotNil(t, e.Place, "no place for %q", q.mention)
		assert.Equal(t, q.admin1, e.Place.Admin1)
		assert.Equal(t, "A.ADM1", e.Place.Feature)
	}
	if p := byText["Portland"]; assert.NotNil(t, p) && assert.NotNil(t, p.Place) {
		assert.Equal(t, "US-OR", p.Place.Admin1, "Portland, Ore. is in Oregon")
	}
	for i, e := range ents {
		assert.Equal(t, "e"+strconv.Itoa(i+1), e.ID, "ids in order of first mention")
	}
}

func TestDivisionID(t *testing.T) {
	// a first-level division carries its GeoNames entry (Idlib Governorate)
	p := placeOf(t, "Government troops shelled villages in the northwest province of Idlib overnight.", "Idlib")
	if assert.NotNil(t, p) {
		assert.Equal(t, int64(169387), p.GeoNamesID, "%+v", p)
	}
}

func TestNameWithSpacedParticles(t *testing.T) {
	// GeoNames writes "Sharm el-Sheikh": the name written with a space finds it too
	p := placeOf(t, "Holidaymakers flew home from Sharm el Sheikh on Friday.", "Sharm el Sheikh")
	require.NotNil(t, p)
	assert.Equal(t, "EG", p.Country)
	assert.Empty(t, Candidates("Zorblax el Qwerty"))
}
