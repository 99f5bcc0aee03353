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
)

// respaced returns text as tokenized news copy writes it (the Reuters
// stories of CoNLL): every token set apart by a space ("Mora 's death .",
// "( $ 5 million )"), line breaks kept; with ptb, a double quote mark that
// opens is written as two backquotes and one that closes as two
// apostrophes.
func respaced(text string, ptb bool) string {
	toks := textdoc.Tokenize(text, contract.Span{Start: 0, End: len(text)}, nil)
	var b strings.Builder
	prev := 0
	for k, s := range toks {
		gap := text[prev:s.Start]
		switch {
		case strings.ContainsRune(gap, '\n'):
			b.WriteString(gap)
		case k > 0:
			b.WriteByte(' ')
		}
		tok := text[s.Start:s.End]
		if ptb && (tok == `"` || tok == "\u201c" || tok == "\u201d") {
			opens := s.End < len(text) && text[s.End] != ' ' && text[s.End] != '\n' && (s.Start == 0 || text[s.Start-1] == ' ' || text[s.Start-1] == '\n')
			if opens || tok == "\u201c" {
				tok = "``"
			} else {
				tok = "''"
			}
		}
		b.WriteString(tok)
		prev = s.End
	}
	return b.String()
}

// figuresBrief lists the casualties of text as kind:count and its amounts
// of money as value+currency (min-max+currency for a range), each list
// sorted and joined by spaces.
func figuresBrief(text string) (cas, money string) {
	d := textdoc.Analyze(text)
	f := New(d, entity.Extract(d))
	var cs, ms []string
	for _, c := range f.Casualties() {
		cs = append(cs, string(c.Kind)+":"+strconv.FormatFloat(c.Count, 'f', -1, 64))
	}
	for _, m := range f.Money() {
		v := ""
		switch {
		case m.Value != nil:
			v = strconv.FormatFloat(*m.Value, 'f', -1, 64)
		case m.Min != nil && m.Max != nil:
			v = strconv.FormatFloat(*m.Min, 'f', -1, 64) + "-" + strconv.FormatFloat(*m.Max, 'f', -1, 64)
		}
		ms = append(ms, v+m.Currency)
	}
	sort.Strings(cs)
	sort.Strings(ms)
	return strings.Join(cs, " "), strings.Join(ms, " ")
}

// checkSpacings checks that text gives the casualties and money wanted
// (as figuresBrief lists them) in ordinary spacing and in the spacing of
// tokenized copy, with straight quote marks and with the doubled marks.
func checkSpacings(t *testing.T, text, wantCas, wantMoney string) {
	t.Helper()
	spaced, ptb := respaced(text, false), respaced(text, true)
	assert.NotEqual(t, text, spaced, "the row must change under respacing")
	for _, form := range []string{text, spaced, ptb} {
		cas, money := figuresBrief(form)
		assert.Equal(t, wantCas, cas, "casualties of %q", form)
		assert.Equal(t, wantMoney, money, "money of %q", form)
	}
}

// TestRespaced checks the test's own respacing.
func TestRespaced(t *testing.T) {
	assert.Equal(t, "`` We lost Mora 's boat , '' he said .\nIt sank ( twice ) .",
		respaced("\"We lost Mora's boat,\" he said.\nIt sank (twice).", true))
	assert.Equal(t, `" We lost it , " he said .`, respaced(`"We lost it," he said.`, false))
}

// TestSpacings has sentences whose casualties and money must not depend on
// how they are spaced: possessive and negative clitics, quote marks,
// brackets, commas, currency marks and a wire headline over its dateline.
func TestSpacings(t *testing.T) {
	cases := []struct{ text, cas, money string }{
		// clitics
		{"Police are investigating Ana Mora's death.", "killed:1", ""},
		{"Police charged a neighbour with Ana Cruz's murder.", "killed:1", ""},
		{"The guard's shooting shocked the town.", "injured:1", ""},
		{"Colombia's army said 11 guerrillas were killed in the raid.", "killed:11", ""},
		{"The ferry's captain said 14 passengers drowned.", "killed:14", ""},
		{"The workers' bus overturned, injuring 23 people.", "injured:23", ""},
		{"Police haven't made any arrests, a spokesman said.", "detained:0", ""},
		{"Two men weren't hurt when the bus hit a wall.", "injured:0", ""},
		{"The gunmen's two hostages, a nurse and a driver, were freed on Monday.", "kidnapped:2", ""},
		{"They've arrested 40 protesters, police said.", "detained:40", ""},
		{"Gunmen killed nine farmers in Colombia's northwest, the army said.", "killed:9", ""},
		// commas, brackets and quote marks
		{"Three girls, all under 16, were stabbed outside the school.", "injured:3", ""},
		{"The storm killed 12 people (eight of them children) in the valley.", "killed:12", ""},
		{"\"We found four bodies in the house,\" the fire chief said.", "killed:4", ""},
		{"\u201cTwo officers were wounded,\u201d the mayor told reporters.", "injured:2", ""},
		{"The army said at least 20 soldiers died in the \"cowardly\" ambush.", "killed:20", ""},
		// money
		{"The company paid $5 million (4.1 million euros) in damages.", "", "4100000EUR 5000000USD"},
		{"The bank's net profit rose to 340 million marks.", "", "340000000DEM"},
		{"It raised U.S. $25 million in the offering.", "", "25000000USD"},
		{"The fine was £2.5m, the regulator's spokesman said.", "", "2500000GBP"},
		{"Sales rose to 1.5 mln dlrs from 1.2 mln dlrs, the firm said.", "", "1200000USD 1500000USD"},
		{"The loss was 2.6 million marks (1.7 mln dlrs), the bank said.", "", "1700000USD 2600000DEM"},
		{"The firm sees a dividend of $1.2-$1.4 a share next year.", "", "1.2-1.4USD"},
		{"The minister said \"hundreds of millions\" of pounds had been wasted.", "", "100000000GBP"},
		{"The state's $1.2 billion budget gap worries the governor.", "", "1200000000USD"},
		// a wire headline over its dateline
		{"Shark kills Dutch swimmer.\nDARWIN 1997-03-04\nA shark attacked a man off the beach on Monday.", "killed:1", ""},
		{"Police hold 41 after riot.\nLAGOS 1997-03-04\nThe riot broke out on Monday.", "detained:41", ""},
	}
	for _, c := range cases {
		checkSpacings(t, c.text, c.cas, c.money)
	}
}
