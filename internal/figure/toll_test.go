package figure

import (
	"slices"
	"testing"

	"github.com/newsparse/newsparse/internal/contract"
	"github.com/newsparse/newsparse/internal/entity"
	"github.com/newsparse/newsparse/internal/textdoc"
	"github.com/stretchr/testify/assert"
)

// tollOfText is the toll of text read as an article.
func tollOfText(text string) contract.Toll {
	d := textdoc.Analyze(text)
	return New(d, entity.Extract(d)).Toll()
}

// orNone is the value of p, 0 when there is none.
func orNone(p *float64) float64 {
	if p == nil {
		return 0
	}
	return *p
}

// TestTollShapes: short invented gun-violence reports in the shapes a
// toll must read apart (the dead and the hurt, a suspect the police kill,
// a victim who dies later, a roundup of several shootings with its total,
// an earlier event's total at the end, no one hurt), with the killed and
// injured of the story's own event.
func TestTollShapes(t *testing.T) {
	for _, c := range []struct {
		text            string
		killed, injured float64
	}{
		// one dead, one hurt
		{"A 34-year-old man was killed and a woman was wounded when gunfire broke out at a cookout on Elm Street on Sunday afternoon.", 1, 1},
		// a death the grammar reads past a relative clause, and one of two shot fatally
		{"A man who had been waving a knife was shot and killed by police on Monday. Officers said he lunged at them.", 1, 0},
		{"Two men were shot outside a bar early Sunday, one of them fatally, police said.", 1, 1},
		// a suspect killed by police, no officer hurt
		{"Deputies shot and killed a man who fired at them from a pickup truck on Tuesday. No deputies were injured, the sheriff's office said.", 1, 0},
		// a victim who died later in hospital: one dead, no one left hurt
		{"A 27-year-old woman was shot in the chest outside a laundromat on Friday. She was taken to Riverside Medical Center, where she died early Saturday.", 1, 0},
		// several shootings in one roundup, with its total
		{"Weekend violence left two people dead and five wounded across the city. On Friday, a man was shot and killed on Grove Street. Early Saturday, three men were wounded outside a bar. On Sunday, a teenager was killed and two women were hurt in a drive-by.", 2, 5},
		// an earlier event's total in the last paragraph does not count
		{"date 2021-06-11\n\nTwo people were shot and wounded outside a convenience store on Maple Avenue on Thursday night. Both are expected to survive.\n\nIn 2017, a shooting at the same store killed three people.", 0, 2},
		{"date 2020-02-03\n\nA man was shot dead in a parking garage on Sunday night. Police have no suspect.\n\nThe garage was the scene of a 2016 shooting that killed two people and injured four.", 1, 0},
		// a tally of other events since an earlier incident does not count
		{"A 6-year-old boy was killed when a gun went off in a car on Monday. Since the deadly February 2018 rampage at a school in Parkland, at least 210 children have been killed by stray gunfire.", 1, 0},
		// a further victim of the same act ("also"), named by no record before, adds
		{"A deputy fatally shot Marcus Hale, who was waving a hammer. The deputy also shot and killed a bystander by mistake, 61-year-old Ruth Abbott.", 2, 0},
		{"A gunman shot and killed a clerk at a gas station on Friday. Police said he also wounded a customer.", 1, 1},
		// "also" far before the record, about another act, or before a pronoun or a victim named before, adds none
		{"Mario Diaz, 30, was shot dead by police on Friday. Activists also urged the city to release more about what led to Diaz's death.", 1, 0},
		{"Police fatally shot a man on Main Street on Friday. An officer also shot him in the back, witnesses said.", 1, 0},
		{"A woman was shot and killed in her home on Friday. Her neighbors said the gunman also killed the woman, not only robbed her.", 1, 0},
		// no one hurt
		{"Someone fired at least a dozen rounds into an empty house on Cedar Court early Wednesday. No one was hurt, police said.", 0, 0},
		{"Shots were fired during a fight outside a movie theater on Saturday, but no one was struck. Two men were later arrested.", 0, 0},
	} {
		tl := tollOfText(c.text)
		assert.Equal(t, c.killed, orNone(tl.Killed), "killed: "+c.text)
		assert.Equal(t, c.injured, orNone(tl.Injured), "injured: "+c.text)
	}
}

// TestTollCandidates: the totals a toll chooser is offered, with the rule
// toll's answer, none, and an earlier event's total marked historical.
func TestTollCandidates(t *testing.T) {
	text := "date 2021-06-11\n\nTwo people were shot and wounded outside a convenience store on Maple Avenue on Thursday night.\n\nIn 2017, a shooting at the same store killed three people."
	d := textdoc.Analyze(text)
	f := New(d, entity.Extract(d))
	ch := f.TollCandidates(f.Casualties())
	values := func(cs []TollCandidate, feat string) (all, with []float64) {
		for _, c := range cs {
			all = append(all, c.Value)
			if slices.Contains(c.Features, feat) {
				with = append(with, c.Value)
			}
		}
		return all, with
	}
	all, rule := values(ch.Killed, "k:src=rule")
	assert.Equal(t, []float64{0, 3}, all)
	assert.Equal(t, []float64{0}, rule)
	_, hist := values(ch.Killed, "k:historical")
	assert.Equal(t, []float64{3}, hist)
	all, rule = values(ch.Injured, "i:src=rule")
	assert.Equal(t, []float64{0, 2}, all)
	assert.Equal(t, []float64{2}, rule)
	_, lede := values(ch.Injured, "i:event@lede")
	assert.Equal(t, []float64{2}, lede)

	// a total only a listed record proposes (the pattern hits count none) is marked so,
	// and one the hits propose too is not
	text = "Broken glass injured him and he stopped the car on the highway."
	d = textdoc.Analyze(text)
	f = New(d, entity.Extract(d))
	ch = f.TollCandidates(f.Casualties())
	all, only := values(ch.Injured, "i:only-record")
	assert.Equal(t, []float64{0, 1}, all)
	assert.Equal(t, []float64{1}, only)
	_, only = values(ch.Killed, "k:only-record")
	assert.Empty(t, only)
	d = textdoc.Analyze("Two people were shot and wounded outside a bar on Friday.")
	f = New(d, entity.Extract(d))
	_, only = values(f.TollCandidates(f.Casualties()).Injured, "i:only-record")
	assert.Empty(t, only)

	// no article: no candidates
	assert.Empty(t, New(nil, nil).TollCandidates(nil).Killed)
}

// TestYearOf: a four-digit token or an ISO date names a year; a code
// shaped like a date, a year out of range and other numbers name none.
func TestYearOf(t *testing.T) {
	for _, c := range []struct {
		tok  string
		want int
	}{
		{"1996", 1996}, {"1996-08-22", 1996}, {"2007-11-30", 2007},
		{"1996-XB-12", 0}, {"1996-08-2A", 0}, {"3000", 0}, {"1850-01-01", 0}, {"19960", 0}, {"12,000", 0},
	} {
		assert.Equal(t, c.want, yearOf(c.tok), c.tok)
	}
}
