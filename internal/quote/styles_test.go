package quote

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/newsparse/newsparse/internal/entity"
	"github.com/newsparse/newsparse/internal/textdoc"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The same article printed in the styles of the web must give the same
// quotations and speakers: straight or curly marks, paragraphs parted by a
// blank line or by a single newline, and a page's furniture (a picture's
// credit, a link to another story, a related headline, a byline) between
// paragraphs. The article is made up for the test.

var styleParas = []string{
	"Harbour plan divides Lakeside council",
	"Lakeside's council voted on Tuesday to fund a new harbour wall, ending a dispute that had run for two years.",
	`"This is the best deal the town could get," said Mayor Ana Ruiz, who proposed the plan. "We have waited long enough."`,
	`Councillor Tom Bell said the wall would cost far more than planned. He added: "Nobody has shown us the full bill."`,
	`Local fishers were divided. Maria Costa, who runs a boat from the old pier, said: "The storms get worse every winter.`,
	`"Without the wall we lose the pier, and without the pier we lose our work."`,
	`"I will keep asking questions," Bell said.`,
	"The promise of a review was not enough for Bell, who voted against the plan.",
	`"Someone has to read the numbers," he said.`,
	"Construction is due to begin in the spring, the council said in a statement.",
}

// styleWant is each quotation's first four words and its speaker's surname.
var styleWant = [][2]string{
	{"This is the best", "Ruiz"}, {"We have waited long", "Ruiz"}, {"Nobody has shown us", "Bell"},
	{"The storms get worse", "Costa"}, {"Without the wall we", "Costa"}, {"I will keep asking", "Bell"},
	{"Someone has to read", "Bell"},
}

// curly prints straight marks as curly ones by the space before them.
func curly(s string) string {
	var b strings.Builder
	prev := ' '
	for _, r := range s {
		open := prev == ' ' || prev == '\n' || prev == '"' || prev == '\u201c'
		switch {
		case r == '"' && open:
			r = '\u201c'
		case r == '"':
			r = '\u201d'
		case r == '\'' && open:
			r = '\u2018'
		case r == '\'':
			r = '\u2019'
		}
		b.WriteRune(r)
		prev = r
	}
	return b.String()
}

// withFurniture inserts line after paragraph i of paras.
func withFurniture(paras []string, i int, line string) []string {
	out := append([]string{}, paras[:i+1]...)
	out = append(out, line)
	return append(out, paras[i+1:]...)
}

// styleQuotes returns the first words and speaker's surname of each
// quotation of text.
func styleQuotes(text string) [][2]string {
	d := textdoc.Analyze(text)
	var out [][2]string
	for _, q := range Extract(d, entity.Extract(d)) {
		words := strings.Fields(strings.NewReplacer("\u2019", "'").Replace(q.Text))
		who := ""
		if q.Speaker != nil {
			f := strings.Fields(q.Speaker.Name)
			who = f[len(f)-1]
		}
		out = append(out, [2]string{strings.Join(words[:min(len(words), 4)], " "), who})
	}
	return out
}

func TestQuotesHoldAcrossStyles(t *testing.T) {
	want := styleWant
	styles := map[string]string{
		"straight, blank lines":       strings.Join(styleParas, "\n\n"),
		"curly, blank lines":          curly(strings.Join(styleParas, "\n\n")),
		"straight, single lines":      strings.Join(styleParas, "\n"),
		"curly, single lines":         curly(strings.Join(styleParas, "\n")),
		"blank lines and single ones": strings.Join(styleParas[:4], "\n") + "\n\n" + strings.Join(styleParas[4:7], "\n") + "\n\n" + strings.Join(styleParas[7:], "\n"),
		"a picture's credit":          strings.Join(withFurniture(styleParas, 2, "Photo: Lena Marsh/The Harbour Press"), "\n\n"),
		"a credit in brackets":        strings.Join(withFurniture(styleParas, 5, "(Photo by Lena Marsh/Getty Images)"), "\n"),
		"a link to a story":           strings.Join(withFurniture(styleParas, 4, "READ MORE: Lakeside approves its parks budget"), "\n\n"),
		"two links, as labels":        strings.Join(withFurniture(withFurniture(styleParas, 4, "READ MORE: Pier repairs stall"), 2, "READ MORE: Ferry fares rise"), "\n\n"),
		"a related headline":          strings.Join(withFurniture(styleParas, 4, "Storm Damage Closes Coastal Road For A Week"), "\n\n"),
		"a byline":                    strings.Join(withFurniture(styleParas, 0, "By Jane Doe and Omar Said, The Lakeside Star"), "\n\n"),
		"a headline, single lines":    strings.Join(withFurniture(styleParas, 3, "Fishing Fleet Shrinks Again As Prices Fall"), "\n"),
	}
	for name, text := range styles {
		t.Run(name, func(t *testing.T) {
			assert.Equal(t, want, styleQuotes(text), "%s", text)
		})
	}
}

// TestCurlyReopen checks that a curly mark opening a sentence inside an open
// quotation reopens it, as a straight one does (paragraphs of one speaker
// printed run together), while a quotation nested in another stays inside;
// and that a closing mark glued to the next word opens a quotation as a
// straight mark there does.
func TestCurlyReopen(t *testing.T) {
	cases := []struct {
		name, text string
		want       []string
	}{
		{"a sentence reopens", "“The town waited. “Now we build,” she said.", []string{"The town waited.", "Now we build,"}},
		{"the same, straight", `"The town waited. "Now we build," she said.`, []string{"The town waited.", "Now we build,"}},
		{"a nested quotation closed twice", "“I asked him. “Why now?” and he left.” she said.", []string{"I asked him. “Why now?” and he left."}},
		{"a mark inside a sentence nests", "“He called it “a disgrace” on Monday,” she said.", []string{"He called it “a disgrace” on Monday,"}},
		// a closing mark glued to the word after it, with none open, opens
		{"a glued closing mark opens", "Ana Ruiz said,”We waited long enough.” Then she left.", []string{"We waited long enough."}},
		{"a mark glued inside a word does not", "It DOESN”T matter, she said.", nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d := textdoc.Analyze(c.text)
			var got []string
			for _, q := range pairQuotes(d) {
				got = append(got, c.text[q.cs:q.ce])
			}
			require.Equal(t, c.want, got)
		})
	}
}

func TestFurnitureLine(t *testing.T) {
	cases := []struct {
		line string
		want bool
	}{
		{"READ MORE: Council approves new budget for parks", true},
		{"Related | Ferry fares rise again", true},
		{"Photo: Lena Marsh/The Harbour Press", true},
		{"(Photo: Lena Marsh/Getty Images)", true},
		{"Photo by Lena Marsh", true},
		{"Image credit: Lena Marsh", true},
		{"The harbour wall at Lakeside on Monday. Omar Haddad/The Lakeside Star", true},
		{"Mayor Ana Ruiz speaks to reporters on Monday. (Omar Haddad/Reuters)", true},
		{"Ana Ruiz said the deal was worth it. Omar Haddad/Reuters disagreed.", false},
		{"The vote was 5/4 on Monday.", false},
		{"By Jane Doe, The Lakeside Star", true},
		{"By Jane Doe and Omar Said", true},
		{"Storm Damage Closes Coastal Road For A Week", true},
		{"Mayor Says City Will Review Budget After \"Serious Concerns\"", true},
		// a post embedded in the page, with its signature
		{"What a night for this team pic.twitter.com/x7Yz \u2014 Ana Ruiz (@ana_ruiz) March 3, 2019", true},
		{"What a night for this team\n\u2014 Ana Ruiz (@ana_ruiz) March 3, 2019", true},
		{"\u2014 Ana Ruiz (@ana_ruiz) March 3, 2019", true},
		{"A post shared by Ana Ruiz (@ana_ruiz) on Mar 3, 2019 at 5:02pm PST", true},
		// prose and lines that carry a speaker's words or name
		{"\u201cWe won,\u201d the coach wrote. \u2014 Ana Ruiz (@ana_ruiz) March 3, 2019", false},
		{"Fans can reach the club's account (@lakeside_fc) for tickets.", false},
		{"By Tuesday the road was open again.", false},
		{"Mayor says city will review budget after \u201cserious concerns\u201d", false},
		{"Continues below", false},
		{"Photographs of the storm were shared widely.", false},
		{"\u2014 Ana Ruiz, Mayor Of Lakeside", false},
		{"The Storms Get Worse Every Winter.", false},
		{"Ana Ruiz", false},
		{"Councillor Tom Bell said the wall would cost far more than planned.\nHe added more.", false},
	}
	for _, c := range cases {
		assert.Equal(t, c.want, furnitureLine(c.line), "%q", c.line)
	}
}

// TestFurnitureIsNoAntecedent checks that a pronoun after a page's furniture
// stands for the person of the story's paragraph before, not for the name a
// credit or a byline carries.
func TestFurnitureIsNoAntecedent(t *testing.T) {
	before := "Harbour plan divides Lakeside council\n\nLakeside council voted on Tuesday to fund a new harbour wall after a dispute that ran for two years.\n\n" +
		"The promise of a review was not enough for councillor Tom Bell.\n\n"
	after := "\"Someone has to read the numbers,\" he said."
	for _, line := range []string{"", "(Photo: Omar Haddad/Getty Images)\n\n", "Photo: Omar Haddad/Reuters\n\n", "By Omar Haddad, The Lakeside Star\n\n"} {
		assert.Equal(t, [][2]string{{"Someone has to read", "Bell"}}, styleQuotes(before+line+after), "%q", line)
	}
}

// TestNoticeIsNoTurn checks that a page's notice between a speaker's
// paragraph and the next quotation, which continues that speaker's turn,
// neither speaks nor parts the turn.
func TestNoticeIsNoTurn(t *testing.T) {
	text := "Harbour plan divides Lakeside council\n\nLakeside council voted on Tuesday to fund a new harbour wall.\n\n" +
		"\"We have waited two years for this,\" councillor Tom Bell said after the vote.\n\n" +
		"Story continues below advertisement\n\n" +
		"\"Nobody on this council wanted another winter of flooding.\""
	assert.Equal(t, [][2]string{{"We have waited two", "Bell"}, {"Nobody on this council", "Bell"}}, styleQuotes(text))
}

// TestPostIsNoAntecedent checks that a post embedded between paragraphs,
// its author's name in its signature, is no antecedent of the story's
// pronouns.
func TestPostIsNoAntecedent(t *testing.T) {
	text := "Arena vote splits Lakeside council\n\nCouncillor Dana Price voted against the arena on Tuesday.\n\n" +
		"Big night at council tonight. The arena is finally a go, and I want to thank every single resident who came out to speak for it! pic.twitter.com/q1W2e3 \u2014 Gina Mears (@ginamears) April 9, 2019\n\n" +
		"\"Nobody asked the people who live next to it,\" she said."
	assert.Equal(t, [][2]string{{"Nobody asked the people", "Price"}}, styleQuotes(text))
}

// TestLabelLines checks a page's short labels between paragraphs, which
// neither speak nor part a speaker's turn, against a person's name on a
// line of its own and a colon that introduces the quotation after it.
func TestLabelLines(t *testing.T) {
	for _, c := range []struct {
		line string
		want bool
	}{
		{"Advertisement", true}, {"SHARE", true}, {"Related Stories", true},
		{"Open this photo in gallery:", true}, {"Also on HuffPost:", true},
		{"The vote passed.", false}, {"\u201cNo.\u201d", false},
		{"Council will vote on the wall next month, the clerk said", false},
	} {
		assert.Equal(t, c.want, labelLine(c.line), "%q", c.line)
	}
	for _, c := range []struct {
		line string
		want bool
	}{
		// a line in sentence case with no final stop: a related headline or
		// the page's notice, not the story's prose, which ends its sentences
		{"Storm damage closes coastal road for a week", true},
		{"Story continues below advertisement", true},
		{"Before the week was out, three boats had sunk", true},
		{"Mayor says city will review budget after \u201cserious concerns\u201d", false},
		{"The storm closed the road.", false},
		{"Continues below", false},
	} {
		assert.Equal(t, c.want, noteLine(c.line), "%q", c.line)
	}
	// a section's title that names a person is the story's
	sub := "Council approves arena\n\nLakeside council approved the new arena on Tuesday after a long debate.\n\n" +
		"Mayor Ann Cole defends the cost\n\n\"This is the best deal the town could get,\" she said."
	assert.Equal(t, [][2]string{{"This is the best", "Cole"}}, styleQuotes(sub))
	before := "Harbour plan divides Lakeside council\n\nLakeside council voted on Tuesday to fund a new harbour wall.\n\n" +
		"\"We have waited two years for this,\" councillor Tom Bell said after the vote.\n\n"
	after := "\"Nobody on this council wanted another winter of flooding.\""
	for _, label := range []string{"Advertisement\n\n", "SHARE\n\n", "Open this photo in gallery:\n\nThe harbour wall at Lakeside on Monday. Omar Haddad/The Lakeside Star\n\n"} {
		assert.Equal(t, [][2]string{{"We have waited two", "Bell"}, {"Nobody on this council", "Bell"}}, styleQuotes(before+label+after), "%q", label)
	}
	// an interview's section title introduces the answer after it and
	// stays; a photo's label before its caption goes
	for _, c := range []struct {
		text string
		kept int
	}{
		{"Runner Ana Ruiz won the marathon on Sunday.\n\nOn the last mile:\n\n\"I could not feel my legs.\"", 3},
		{"Runner Ana Ruiz won the marathon on Sunday.\n\nOpen this photo in gallery:\n\nThe finish line on Sunday.", 2},
	} {
		d := textdoc.Analyze(c.text)
		nd, _ := withoutFurniture(d, entity.Extract(d))
		assert.Len(t, nd.Paras, c.kept, "%q", c.text)
	}
}

// TestLineBreaksPartParagraphs checks that a speaker's name opening a line
// is not read with a headline on the line before, when the page parts some
// paragraphs by a blank line and others by a single line break.
func TestLineBreaksPartParagraphs(t *testing.T) {
	body := "Council Backs Harbour Wall Despite Cost Fears\nAna Ruiz welcomed the vote on the wall after a dispute that ran for two years over its cost.\n" +
		"\"This is the best deal the town could get,\" Ruiz said."
	for _, text := range []string{
		"Lakeside votes on harbour wall\n\n" + body + "\n\nOther news follows here.",
		"Lakeside votes on harbour wall\n" + body + "\nOther news follows here.",
	} {
		d := textdoc.Analyze(text)
		qs := Extract(d, entity.Extract(d))
		require.Len(t, qs, 1)
		require.NotNil(t, qs[0].Speaker)
		assert.Equal(t, "Ana Ruiz", qs[0].Speaker.Name, "%q", text)
	}
}

// TestLinkLabelLineByFirst checks linkLabelLine, which compares a line
// only with the labels of its first letter, against every label.
func TestLinkLabelLineByFirst(t *testing.T) {
	every := func(line string) bool {
		for _, l := range linkLabels {
			if len(line) >= len(l) && strings.EqualFold(line[:len(l)], l) {
				rest := strings.TrimLeft(line[len(l):], " \t")
				if r, _ := utf8.DecodeRuneInString(rest); r == ':' || r == '|' || r == '\u00bb' || r == '>' || r == '\u2013' || r == '\u2014' {
					return true
				}
			}
		}
		return false
	}
	for _, line := range []string{"", "READ MORE: the vote", "Read more | x", "WATCH \u2013 the goal", "watch: ", "More: y", "MORE",
		"Editor\u2019s Picks: z", "Don't miss > it", "Subscribe: now", "\u00c9dito: x", "[Related: x]", "@watch: x", "Sign up: a", "sign up:b",
		"Trending \u00bb one", "\u212aore: x", "The mayor said: \u201cwe will\u201d", "Analysis | Why the vote failed", "analysis"} {
		assert.Equal(t, every(line), linkLabelLine(line), "%q", line)
	}
}
