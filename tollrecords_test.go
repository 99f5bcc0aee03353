package newsparse

import (
	"fmt"
	"math"
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestTollRecordsOutcome: the casualty records decide the injured when
// every victim they list as harmed died (the toll's hits read a "shot"
// that the story later reports dead).
var nan = math.NaN()

func TestTollRecordsOutcome(t *testing.T) {
	for _, c := range []struct {
		text            string
		killed, injured float64 // NaN for none
	}{
		// the one shot died: no one is left injured
		{"A man was shot and taken to a hospital in critical condition on Saturday. He died Sunday morning.", nan, 0},
		{"A delivery driver was wounded in a shooting on Fifth Avenue. The driver later died of his injuries, police said.", 1, 0},
		{"Eli Brandt was shot twice in the stomach. Brandt was listed in critical condition. Brandt died on Friday.", nan, 0},
		// a victim left alive keeps the injured
		{"A man was shot and wounded on Oak Street. He is expected to survive.", nan, 1},
		{"A man was shot on Oak Street. He died at the scene. His brother was wounded and taken to a hospital.", nan, 1},
		// a death in an earlier year tells nothing of this victim
		{"date 2019-03\n\nA woman was shot in the arm on Monday. In 2015, a man was shot dead on the same corner.", nan, 1},
	} {
		tl := tollOf(t, c.text)
		assert.Equal(t, fmt.Sprint(c.killed), fmt.Sprint(val(tl.Killed)), c.text)
		assert.Equal(t, fmt.Sprint(c.injured), fmt.Sprint(val(tl.Injured)), c.text)
	}
}

// orZero is the value of p, 0 when there is none.
func orZero(p *float64) float64 {
	if p == nil {
		return 0
	}
	return *p
}

// TestTollStories: short reports of one shooting each, in the shapes news
// tells them (the dead and the wounded in one clause or apart, a victim
// who died later, the perpetrator's own death, a historical or unrelated
// death beside the event), with the killed and injured of the event.
func TestTollStories(t *testing.T) {
	for _, c := range []struct {
		text            string
		killed, injured float64
	}{
		{"A woman was shot in the leg on Tuesday night. Officers found her on the porch and she was taken to County General. Her injuries are not life-threatening.", 0, 1},
		{"A 24-year-old man was shot several times on Harlan Avenue. He was pronounced dead at the scene.", 1, 0},
		{"A teenager was killed and his cousin was wounded when someone opened fire on their car Sunday.", 1, 1},
		{"Four people were shot, one fatally, at a house party in Millbrook overnight.", 1, 3},
		{"Two people were hurt in a shooting on Route 9. Both were treated at Mercy Hospital and released.", 0, 2},
		{"Police are investigating the death of a 30-year-old man found with a gunshot wound in his apartment. Neighbours heard shots around midnight.", 1, 0},
		{"Shooting leaves one dead, two injured\n\nA gunman opened fire outside a nightclub on Friday. A 22-year-old man was killed. Two women were hit by gunfire and are recovering.", 1, 2},
		{"A man shot his wife and then turned the gun on himself, police said. Both were dead when officers arrived.", 2, 0},
		{"A store clerk was shot and killed during a robbery on Monday. A customer was also shot and is in critical condition.", 1, 1},
		{"An off-duty officer was grazed by a bullet on Saturday. In 2014, two officers were killed in the same neighbourhood.", 0, 1},
		{"A man died after he was shot in the chest Thursday evening. The victim was taken to St. Luke's, where he later died.", 1, 0},
		{"Three men were wounded in a drive-by shooting on Oak Street. Their conditions were not released. No arrests have been made.", 0, 3},
		{"Marcus Hill, 19, was shot and killed. His friend Dante Reyes, 20, was shot in the arm and survived.", 1, 1},
		{"The victim, identified as Jalen Price, 17, was shot in the back. He died two days later at the hospital.", 1, 0},
		{"A 6-year-old boy accidentally shot himself with his father's handgun. He is expected to recover.", 0, 1},
		{"Gunfire erupted at a birthday party, killing a 16-year-old girl and wounding two boys.", 1, 2},
		{"Three people were killed in a shooting at an apartment complex. Police said a 40-year-old man shot his neighbours before fleeing.", 3, 0},
		{"A man was shot in the hand while cleaning his rifle. He drove himself to the hospital.", 0, 1},
		{"A deputy shot and killed a man who pointed a rifle at officers on Wednesday. No deputies were hurt.", 1, 0},
		{"Two people died and a third was wounded in a shooting at a gas station late Monday.", 2, 1},
		{"A father and son were shot while sitting on their porch. The father was hit in the shoulder and the son in the leg.", 0, 2},
		{"Woman killed in shooting\n\nA 45-year-old woman was shot inside her home on Main Street. She was pronounced dead at the hospital.", 1, 0},
		{"Two men were shot on Pine Street on Saturday night. One man died at the scene and the other was taken to a hospital.", 1, 1},
		{"A man who was shot last week has died, police said Tuesday. Ray Dobbs, 52, was shot outside his store on Thursday and died Monday.", 1, 0},
		{"A 19-year-old was shot on Friday. Police said on Saturday that he had died of his wounds.", 1, 0},
		{"A police officer was shot in the arm during a traffic stop. The suspect was arrested a short time later.", 0, 1},
		{"A man was killed in a shooting on Friday night, the city's 40th homicide of the year. Last year, 52 people were killed in the city.", 1, 0},
		{"A man was shot to death and a woman was wounded in an apartment on Cedar Road. The woman was treated for a gunshot wound to the arm.", 1, 1},
		{"Two teenagers were shot near a basketball court. A 16-year-old was shot in the foot and a 17-year-old was shot in the hand.", 0, 2},
		{"Officers responded to reports of gunfire and found a man suffering from gunshot wounds. He was rushed to the hospital, where he was pronounced dead.", 1, 0},
		{"Police arrested a man who fired several shots into the air outside a bar on Saturday. No one was hurt.", 0, 0},
		{"A gunman killed one person and injured two others at a grocery store on Wednesday before he was taken into custody.", 1, 2},
		{"A 71-year-old man died after being shot during a home invasion, police said.", 1, 0},
		{"A woman was shot by her ex-boyfriend on Monday. She was listed in critical condition.", 0, 1},
		{"Two people were killed and two were injured when a gunman opened fire at a party. The wounded were taken to the hospital.", 2, 2},
		{"A man was fatally shot on Monday in a dispute over a parking space, police said. The shooter fled in a silver car.", 1, 0},
		{"Gunfire wounded three people outside a club early Sunday. All three are expected to survive.", 0, 3},
		{"Police identify man killed on Birch Lane\n\nThe man who died after a shooting on Birch Lane on Saturday was identified as Owen Park, 27. Officers found Park lying in the street with several gunshot wounds.", 1, 0},
		{"A bartender was shot in the shoulder when a fight spilled outside on Friday. \"I thought he was going to kill all of us,\" a witness said. The bartender was released from the hospital on Saturday.", 0, 1},
		{"A 13-year-old girl was struck by a bullet that came through her bedroom window on Monday. She was treated and released. Police recovered four shell casings.", 0, 1},
		{"Gunman kills two at warehouse\n\nA former employee opened fire at a warehouse on Thursday, killing a supervisor and a forklift driver. The gunman was arrested at the scene.", 2, 0},
		{"A man was shot dead in his car at a red light on Tuesday. Detectives said the victim, 38, was hit at least five times.", 1, 0},
		{"A mother and her son were injured when shots were fired into their home. Both are expected to recover, police said.", 0, 2},
		{"A man was killed and a woman injured in a shooting at a motel. The woman, 26, was hit in the leg.", 1, 1},
		{"Officers shot and killed an armed robbery suspect on Monday after he fired at them, police said. None of the officers were struck.", 1, 0},
		{"A man accidentally shot himself in the thigh while showing a pistol to a friend on Sunday. He was taken to a hospital with non-life-threatening injuries.", 0, 1},
		{"Police found a woman dead inside a home on Walnut Street. She had a gunshot wound to the head. Her death was ruled a homicide.", 1, 0},
		{"A security guard was shot in the foot during an attempted robbery at a pharmacy. The robber fled with cash.", 0, 1},
		{"Teen dies after shooting\n\nA 16-year-old boy who was shot on Friday died at the hospital on Sunday, police said.", 1, 0},
		{"Four people were wounded when a man opened fire outside a restaurant. Two of them are in critical condition.", 0, 4},
		{"A woman and her boyfriend were shot and killed at their apartment on Sunday. Police have not named a suspect.", 2, 0},
		{"Two officers were shot and wounded while serving a warrant on Tuesday. The suspect was killed by a police sniper. ", 1, 2},
		{"A man was shot to death in a parking lot on Friday. Hours later, in an unrelated shooting, a woman was wounded on Green Street.", 1, 1},
	} {
		tl := tollOf(t, c.text)
		assert.Equal(t, c.killed, orZero(tl.Killed), "killed: "+c.text)
		assert.Equal(t, c.injured, orZero(tl.Injured), "injured: "+c.text)
	}
}
