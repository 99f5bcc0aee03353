package figure

import (
	"testing"

	"github.com/newsparse/newsparse/internal/contract"
	"github.com/newsparse/newsparse/internal/entity"
	"github.com/newsparse/newsparse/internal/textdoc"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// unstatedOf returns the casualties of text whose count is unstated, as
// "kind:text:who".
func unstatedOf(t *testing.T, text string) []string {
	t.Helper()
	d := textdoc.Analyze(text)
	var out []string
	for _, c := range New(d, entity.Extract(d)).Casualties() {
		if !c.Unstated {
			continue
		}
		require.Equal(t, c.Text, text[c.Start:c.End])
		assert.Zero(t, c.Count, "an unstated count holds no figure: %q", c.Text)
		assert.True(t, c.Vague, "an unstated count is vague: %q", c.Text)
		assert.Equal(t, contract.Exact, c.Qualifier, "no figure, no qualifier: %q", c.Text)
		out = append(out, string(c.Kind)+":"+c.Text+":"+c.Who)
	}
	return out
}

// TestUnstatedCounts: victims opened by a vague word that gives no figure,
// as subject, object, headline or bare word, are casualties with their count
// unstated; the rules that keep a count of people from being a casualty
// (people sent, harm feared or threatened, a part of victims told before,
// things harmed) keep these too.
func TestUnstatedCounts(t *testing.T) {
	for _, c := range []struct {
		text string
		want []string
	}{
		// subjects
		{"Several suspects were held overnight under the new anti-terror law.", []string{"detained:Several suspects were held:suspects"}},
		{"Many villagers were killed when the militia returned.", []string{"killed:Many villagers were killed:villagers"}},
		{"Some passengers were hurt when the tram braked.", []string{"injured:Some passengers were hurt:passengers"}},
		{"A number of protesters were arrested outside the embassy.", []string{"detained:A number of protesters were arrested:protesters"}},
		{"Numerous residents have fled their homes since the floods.", []string{"displaced:Numerous residents have fled their homes:residents"}},
		{"Countless refugees have died crossing the desert.", []string{"killed:Countless refugees have died:refugees"}},
		{"A handful of miners are still missing after the collapse.", []string{"missing:A handful of miners are still missing:miners"}},
		{"Several hundred people were left homeless by the fire.", []string{"displaced:Several hundred people were left homeless:people"}},
		// bare vague subjects and objects
		{"Several were injured when the stand collapsed.", []string{"injured:Several were injured:"}},
		{"The landslide left many dead and several missing.", []string{"killed:many dead:", "missing:several missing:"}},
		{"The explosion killed many, including two firefighters.", []string{"killed:killed many:"}},
		{"Several injured as bus overturns on motorway", []string{"injured:Several injured:"}},
		// objects of an active verb, and of a harm noun
		{"Soldiers killed an unspecified number of fighters near the border.", []string{"killed:killed an unspecified number of fighters:fighters"}},
		{"The militia attacked a convoy, wounding some drivers.", []string{"injured:wounding some drivers:drivers"}},
		{"Officers sealed off the street, detaining several teenagers for questioning.", []string{"detained:detaining several teenagers:teenagers"}},
		{"The abduction of several aid workers was condemned by the agency.", []string{"kidnapped:abduction of several aid workers:workers"}},
		{"Police made several arrests after the match.", []string{"detained:several arrests:"}},
		// beside a stated count: each its own mention
		{"Four guards were killed and several others were wounded.", []string{"injured:several others were wounded:others"}},
		{"At least nine people died and many more were hurt in the crash.", []string{"injured:many more were hurt:"}},
		// not mentions
		{"Several officers were sent to the scene of the fire.", nil},
		{"Many residents fear being killed if the rebels return.", nil},
		{"Some analysts said the raid had killed 12 fighters.", nil},
		{"Many homes were damaged and several cars were hit by debris.", nil},
		{"The driver suffered several injuries to his legs.", nil},
		{"It is unclear how many people were killed in the attack.", nil},
		{"Several people were not hurt, the fire service said.", nil},
		{"Several passengers were unhurt, the airline said.", nil},
		{"Many prisoners were not held in the old wing.", nil},
		{"The rebels threatened to kill several hostages.", nil},
		{"Dozens of people were hurt, many of them seriously.", nil},
		{"Some of the injured were taken to hospital by helicopter.", nil},
		{"Another 14 passengers were injured, many cut by glass.", nil},
		{"The mayor said she would welcome some refugees in the spring.", nil},
		{"Interrogation of some foreign prisoners is under review.", nil},
		{"She was one of several people injured in the blast.", nil},
		{"A storm of that strength could leave many dead.", nil},
		{"The reform will better the lives of many pupils.", nil},
		{"The ministry freed the inmates, including some it called dangerous, on Friday.", nil},
		{"The mudslide claimed the lives of many residents.", []string{"killed:lives of many residents:residents"}},
	} {
		assert.Equal(t, c.want, unstatedOf(t, c.text), "%q", c.text)
	}
}

// TestUnstatedToll: the toll counts figures and leaves an unstated count
// out; it never reads one as none.
func TestUnstatedToll(t *testing.T) {
	for _, c := range []struct {
		text      string
		killed    *float64
		killedSet bool
	}{
		{text: "Many villagers were killed when the militia returned."},
		{text: "Several were injured when the stand collapsed. Nobody was killed.", killed: ptr(0), killedSet: true},
		{text: "At least 23 passengers were killed and several injured when a ferry capsized.", killed: ptr(23), killedSet: true},
		{text: "Several people were shot on Friday night, one fatally, police said.", killed: ptr(1), killedSet: true},
	} {
		tl := tollOfText(c.text)
		assert.Equal(t, c.killedSet, tl.Killed != nil, "killed stated: %q", c.text)
		if c.killedSet && tl.Killed != nil {
			assert.Equal(t, *c.killed, *tl.Killed, "%q", c.text)
		}
		assert.Nil(t, tl.Injured, "an unstated injured count is no toll: %q", c.text)
	}
	// the vague words that stand for a figure still give it
	tl := tollOfText("Dozens of people remain in detention after the protests.")
	require.NotNil(t, tl.Detained)
	assert.Equal(t, 12.0, *tl.Detained)
}

// ptr returns a pointer to v.
func ptr(v float64) *float64 { return &v }

// TestLivesAndDangers: "the lives of" counts the dead only when a verb
// takes them ("claimed the lives of 14"), and "could leave 300 homeless"
// tells of a danger, with a figure as with a vague word.
func TestLivesAndDangers(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"The blast claimed the lives of 14 workers.", "killed:14"},
		{"The crash cost the lives of three climbers.", "killed:3"},
		{"The charity aims to improve the lives of 40 children.", ""},
		{"The decision put the lives of thousands of soldiers at risk.", ""},
		{"A flood of that size could leave 300 people homeless.", ""},
		{"The flood left 300 people homeless.", "displaced:300"},
	} {
		checkCounts(t, c.text, c.want)
	}
}

// TestHarmCauseMemo: the scan's answer for a word of harm's cause is kept
// for its tokens, and read again when a view of the scan narrows them.
func TestHarmCauseMemo(t *testing.T) {
	text := "Ana Cruz, who died, was a painter; a gunman opened fire nearby."
	d := textdoc.Analyze(text)
	sc := scanOf(text, d.Toks)
	assert.True(t, sc.harmCause(), "the gunman's fire")
	assert.True(t, sc.harmCause(), "asked again")
	narrow := sc
	narrow.hi = 8 // "Ana Cruz, who died, was a painter"
	assert.False(t, narrow.harmCause(), "no cause in the narrower view")
	assert.True(t, sc.harmCause())
}
