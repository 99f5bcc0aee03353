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
