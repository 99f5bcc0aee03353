package entity

import (
	"strconv"
	"testing"

	"github.com/newsparse/newsparse/internal/textdoc"
	"github.com/stretchr/testify/assert"
)

// issue15 holds the classes of toponyms missed or wrongly found, in sentences
// written for this test, run through the whole of Extract: each names the
// mentions ("TYPE:text@start") that must be found and those that must not.
var issue15 = []struct {
	class, text string
	want, not   []string
}{
	{"glued dateline", "Two hurt in crash | WXYZ NEWS9DAYTON, Ohio- Two people were hurt on Sunday in Dayton.",
		[]string{"GPE:DAYTON@30", "GPE:Dayton@78"}, []string{"ORG:WXYZ NEWS9DAYTON@19", "GPE:NEWS9DAYTON@24"}},
	{"glued dateline", "Fire at warehouse « KXYZ DallasDALLAS (KXYZ9) — Crews fought a fire.",
		[]string{"GPE:DALLAS@32"}, []string{"ORG:KXYZ DallasDALLAS@21"}},
	{"agency dateline under a headline", "Mayor and rival differ on taxes.\n\nCHICAGO (AP) — The mayor of Chicago spoke.",
		[]string{"GPE:CHICAGO@34"}, []string{"ORG:CHICAGO@34"}},
	{"headline", "Kenya raises taxes on fuel\n\nKenya will raise taxes on fuel, the treasury said.",
		[]string{"GPE:Kenya@0", "GPE:Kenya@28"}, nil},
	{"headline", "Kenyans pay more for fuel\n\nKenya will raise taxes on fuel, the treasury said.",
		[]string{"GPE:Kenya@27"}, []string{"GPE:Kenya@0"}},
}

func TestIssue15Classes(t *testing.T) {
	for _, tc := range issue15 {
		got := mentionsAt(tc.text)
		for _, w := range tc.want {
			assert.Contains(t, got, w, "%s: %s", tc.class, tc.text)
		}
		for _, w := range tc.not {
			assert.NotContains(t, got, w, "%s: %s", tc.class, tc.text)
		}
	}
}

// mentionsAt returns every mention of Extract as "TYPE:text@start".
func mentionsAt(text string) []string {
	var got []string
	for _, e := range Extract(textdoc.Analyze(text)) {
		for _, m := range e.Mentions {
			got = append(got, string(e.Type)+":"+m.Text+"@"+strconv.Itoa(m.Start))
		}
	}
	return got
}
