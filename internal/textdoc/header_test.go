package textdoc

import (
	"strings"

	"testing"

	"github.com/newsparse/newsparse/internal/contract"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestSplitHeader(t *testing.T) {
	tests := []struct {
		name     string
		in       string
		body     string // the text of the body span
		title    string
		date     *contract.Date
		fields   []string // key=value, in order
		dateline *contract.Dateline
		author   string
		source   string
		url      string
	}{
		{
			name:   "inline date and body on one line",
			in:     " date 2018-08 Rain fell on Tuesday.",
			body:   "Rain fell on Tuesday.",
			date:   &contract.Date{Text: "2018-08", Year: 2018, Month: 8, Precision: contract.PrecisionMonth},
			fields: []string{"date=2018-08"},
		},
		{
			name: "a standfirst, then byline, outlet and date each in a paragraph of its own",
			in: "Parents demand answers on school repairs\n\nProvince says the work is \"still a priority,\" but the board says funding will wait\n\n" +
				"By Kevin Marsh\n\nPrairie Sun\n\nPublished Sep 24, 2026\n\nParents gathered outside the school on Wednesday.",
			body:  "Parents gathered outside the school on Wednesday.",
			title: "Parents demand answers on school repairs",
			date:  &contract.Date{Text: "Sep 24, 2026", Year: 2026, Month: 9, Day: 24, Precision: contract.PrecisionDay},
			fields: []string{"title=Parents demand answers on school repairs",
				"standfirst=Province says the work is \"still a priority,\" but the board says funding will wait",
				"author=Kevin Marsh", "source=Prairie Sun", "date=Sep 24, 2026"},
			author: "Kevin Marsh",
			source: "Prairie Sun",
		},
		{
			name:     "an outlet's line above a date line",
			in:       "Skip wins semifinal\n\nThe Canadian Press\nPublished Saturday, March 8, 2025 10:47PM EST\n\nKAMLOOPS, B.C. — The skip won.",
			body:     "The skip won.",
			title:    "Skip wins semifinal",
			date:     &contract.Date{Text: "March 8, 2025", Year: 2025, Month: 3, Day: 8, Precision: contract.PrecisionDay},
			fields:   []string{"title=Skip wins semifinal", "source=The Canadian Press", "date=March 8, 2025"},
			source:   "The Canadian Press",
			dateline: &contract.Dateline{Place: "KAMLOOPS, B.C.", Start: 87, End: 105},
		},
		{
			// web copy puts no-break spaces after "By" and around a dateline's dash
			name:     "a byline and a dateline with no-break spaces",
			in:       "Ferry fares to rise\n\nBy\u00a0Maren Holt\n\nSAINT\u00a0JOHN\u00a0\u2014\u00a0The board voted on Tuesday.",
			body:     "The board voted on Tuesday.",
			title:    "Ferry fares to rise",
			fields:   []string{"title=Ferry fares to rise", "author=Maren Holt"},
			author:   "Maren Holt",
			dateline: &contract.Dateline{Place: "SAINT\u00a0JOHN", Start: 37, End: 53},
		},
		{
			name:   "key value block",
			in:     "Title: Dam opens\nDate: 2019-03-04\nSource: Example Wire\nByline: By Jo Smith\nURL: https://example.com/a\nSection: World\nDesk: Metro\n\nThe dam opened.",
			body:   "The dam opened.",
			title:  "Dam opens",
			date:   &contract.Date{Text: "2019-03-04", Year: 2019, Month: 3, Day: 4, Precision: contract.PrecisionDay},
			fields: []string{"title=Dam opens", "date=2019-03-04", "source=Example Wire", "byline=By Jo Smith", "url=https://example.com/a", "section=World", "desk=Metro"},
			author: "Jo Smith",
			source: "Example Wire",
			url:    "https://example.com/a",
		},
		{
			name:   "headline over a blank line",
			in:     "Storm batters coast\n\nA storm hit the coast on Monday.\n\nPower was cut.",
			body:   "A storm hit the coast on Monday.\n\nPower was cut.",
			title:  "Storm batters coast",
			fields: []string{"title=Storm batters coast"},
		},
		{
			name:     "dateline with agency",
			in:       "BEIRUT (Reuters) - Talks resumed on Friday.",
			body:     "Talks resumed on Friday.",
			dateline: &contract.Dateline{Place: "BEIRUT", Agency: "Reuters", Start: 0, End: 18},
		},
		{
			name:     "dateline with a date",
			in:       "WASHINGTON, March 3 - The Senate voted.",
			body:     "The Senate voted.",
			dateline: &contract.Dateline{Place: "WASHINGTON", Start: 0, End: 21},
		},
		{
			name:     "dateline with an em dash",
			in:       "LONDON \u2014 Markets fell.",
			body:     "Markets fell.",
			dateline: &contract.Dateline{Place: "LONDON", Start: 0, End: 10},
		},
		{
			name:     "two-word place",
			in:       "NEW YORK (AP) -- Stocks rose.",
			body:     "Stocks rose.",
			dateline: &contract.Dateline{Place: "NEW YORK", Agency: "AP", Start: 0, End: 16},
		},
		{
			name:     "headline then dateline on its own line",
			in:       "ENVOY FREED AFTER TALKS\nLONDON, March 23 -\n\nThe envoy was freed.",
			body:     "The envoy was freed.",
			title:    "ENVOY FREED AFTER TALKS",
			fields:   []string{"title=ENVOY FREED AFTER TALKS"},
			dateline: &contract.Dateline{Place: "LONDON", Start: 24, End: 42},
		},
		{
			name:   "a byline block under the headline's blank line",
			in:     "Hosts beaten at home\n\nBy James Whitfield\n\nThe hosts lost 2-1 on Sunday.",
			body:   "The hosts lost 2-1 on Sunday.",
			title:  "Hosts beaten at home",
			fields: []string{"title=Hosts beaten at home", "author=James Whitfield"},
			author: "James Whitfield",
		},
		{
			name: "a heading in capitals after a dash is no dateline",
			in:   "SOCCER - HOSTS WIN OPENING MATCH\nThe hosts won 2-0 on Friday.",
			body: "SOCCER - HOSTS WIN OPENING MATCH\nThe hosts won 2-0 on Friday.",
		},
		{
			name: "body that only looks like a header",
			in:   "Date palms grow well here. They need water.",
			body: "Date palms grow well here. They need water.",
		},
		{
			name: "title races as a body",
			in:   "Title races are tight this year: three teams are level.\n\nMore follows.",
			body: "Title races are tight this year: three teams are level.\n\nMore follows.",
		},
		{
			name: "a colon line that is not a known field",
			in:   "Warning: the bridge is closed.\n\nDrivers should take the ring road.",
			body: "Warning: the bridge is closed.\n\nDrivers should take the ring road.",
		},
		{
			name: "a single line is body, not headline",
			in:   "Markets were closed",
			body: "Markets were closed",
		},
		{
			name:     "web headline with byline, date and URL lines over a wire dateline",
			in:       "Biden signs $1.2 trillion spending bill\nBy Jane Smith and Tom Lee\nMarch 14, 2024\nhttps://example.com/news/biden-bill\n\nWASHINGTON, March 14 (Reuters) - President Joe Biden signed the bill.",
			body:     "President Joe Biden signed the bill.",
			title:    "Biden signs $1.2 trillion spending bill",
			date:     &contract.Date{Text: "March 14, 2024", Year: 2024, Month: 3, Day: 14, Precision: contract.PrecisionDay},
			fields:   []string{"title=Biden signs $1.2 trillion spending bill", "author=Jane Smith and Tom Lee", "date=March 14, 2024", "url=https://example.com/news/biden-bill"},
			author:   "Jane Smith and Tom Lee",
			url:      "https://example.com/news/biden-bill",
			dateline: &contract.Dateline{Place: "WASHINGTON", Agency: "Reuters", Start: 118, End: 150},
		},
		{
			name:   "header lines in another order, a dated time, CRLF line ends",
			in:     "Dam opens at last\r\nhttp://example.org/dam\r\nThursday, March 14, 2024 10:32 AM EST\r\nBy J.R. O'Neil, Reuters\r\n\r\nThe dam opened.",
			body:   "The dam opened.",
			title:  "Dam opens at last",
			date:   &contract.Date{Text: "March 14, 2024", Year: 2024, Month: 3, Day: 14, Precision: contract.PrecisionDay},
			fields: []string{"title=Dam opens at last", "url=http://example.org/dam", "date=March 14, 2024", "author=J.R. O'Neil", "source=Reuters"},
			author: "J.R. O'Neil",
			source: "Reuters",
			url:    "http://example.org/dam",
		},
		{
			name:     "a byline's agency after a middle dot, over a dateline with an em dash",
			in:       "Rink deal stalls\n\nBy Jane Morrow \u00b7 The Prairie Wire\nPosted: Dec 5, 2026 10:14 PM ET\n\nREGINA \u2014 Talks on a new rink stalled.",
			body:     "Talks on a new rink stalled.",
			title:    "Rink deal stalls",
			date:     &contract.Date{Text: "Dec 5, 2026", Year: 2026, Month: 12, Day: 5, Precision: contract.PrecisionDay},
			fields:   []string{"title=Rink deal stalls", "author=Jane Morrow", "source=The Prairie Wire", "date=Dec 5, 2026"},
			author:   "Jane Morrow",
			source:   "The Prairie Wire",
			dateline: &contract.Dateline{Place: "REGINA", Start: 86, End: 96},
		},
		{
			name:   "a byline's role is no source, and a place after the agency is not part of it",
			in:     "Rink deal stalls\nBy Jane Morrow and Li Wei, staff writers\nBy Ann Lee | Harbour News, Halifax\n\nTalks stalled.",
			body:   "Talks stalled.",
			title:  "Rink deal stalls",
			fields: []string{"title=Rink deal stalls", "author=Jane Morrow and Li Wei", "author=Ann Lee", "source=Harbour News"},
			author: "Jane Morrow and Li Wei",
			source: "Harbour News",
		},
		{
			name: "a separator with nothing after it is no byline",
			in:   "Rink deal stalls\nBy Jane Morrow |\n\nTalks stalled.",
			body: "Rink deal stalls\nBy Jane Morrow |\n\nTalks stalled.",
		},
		{
			name:     "header lines ended by a line opening with a dateline",
			in:       "Storm batters coast\nBy Ann Lee\n2024-03-14\nLONDON (Reuters) - A storm hit the coast.",
			body:     "A storm hit the coast.",
			title:    "Storm batters coast",
			date:     &contract.Date{Text: "2024-03-14", Year: 2024, Month: 3, Day: 14, Precision: contract.PrecisionDay},
			fields:   []string{"title=Storm batters coast", "author=Ann Lee", "date=2024-03-14"},
			author:   "Ann Lee",
			dateline: &contract.Dateline{Place: "LONDON", Agency: "Reuters", Start: 42, End: 60},
		},
		{
			name:   "month precision kept, updated prefix and clock time after 'at'",
			in:     "Prices climb\nUpdated August 2024 at 9:05 p.m. ET\n\nPrices rose.",
			body:   "Prices rose.",
			title:  "Prices climb",
			date:   &contract.Date{Text: "August 2024", Year: 2024, Month: 8, Precision: contract.PrecisionMonth},
			fields: []string{"title=Prices climb", "date=August 2024"},
		},
		{
			name:   "a clock time after a bullet",
			in:     "Prices climb\n14 March 2024 \u2022 14:30 GMT\n\nPrices rose.",
			body:   "Prices rose.",
			title:  "Prices climb",
			date:   &contract.Date{Text: "14 March 2024", Year: 2024, Month: 3, Day: 14, Precision: contract.PrecisionDay},
			fields: []string{"title=Prices climb", "date=14 March 2024"},
		},
		{
			name:     "a dateline line over a date line is no headline",
			in:       "LONDON - Markets fell\nMarch 14, 2024\n\nMore.",
			body:     "Markets fell\nMarch 14, 2024\n\nMore.",
			dateline: &contract.Dateline{Place: "LONDON", Start: 0, End: 8},
		},
		{
			name:     "a byline alone is the author, not the title",
			in:       "By Jane Smith\n\nLONDON (Reuters) - Markets fell.",
			body:     "Markets fell.",
			fields:   []string{"author=Jane Smith"},
			author:   "Jane Smith",
			dateline: &contract.Dateline{Place: "LONDON", Agency: "Reuters", Start: 15, End: 33},
		},
		{
			name:   "byline, date and URL with no headline",
			in:     "  By Mary-Kate de la Cruz  \n3 March 2023\nhttps://example.com/x\n\nThe vote was held.",
			body:   "The vote was held.",
			date:   &contract.Date{Text: "3 March 2023", Year: 2023, Month: 3, Day: 3, Precision: contract.PrecisionDay},
			fields: []string{"author=Mary-Kate de la Cruz", "date=3 March 2023", "url=https://example.com/x"},
			author: "Mary-Kate de la Cruz",
			url:    "https://example.com/x",
		},
		{
			name: "a sentence opening with 'By' is body",
			in:   "By the close of the month, rents rose.\n\nThey fell again in May.",
			body: "By the close of the month, rents rose.\n\nThey fell again in May.",
		},
		{
			name: "a sentence opening with 'By' under a headline is body",
			in:   "Prices climb\nBy the close of the month, rents rose.\n\nThey fell again in May.",
			body: "Prices climb\nBy the close of the month, rents rose.\n\nThey fell again in May.",
		},
		{
			name:  "a title-case phrase opening with 'By' stays a headline",
			in:    "By The Numbers\n\nThree teams are level.",
			body:  "Three teams are level.",
			title: "By The Numbers",

			fields: []string{"title=By The Numbers"},
		},
		{
			name:  "'By' and a month stays a headline",
			in:    "By March Prices Will Rise\n\nEconomists say so.",
			body:  "Economists say so.",
			title: "By March Prices Will Rise",

			fields: []string{"title=By March Prices Will Rise"},
		},
		{
			name: "a byline ending in a sentence period is body",
			in:   "By Jane Smith.\n\nMore text.",
			body: "By Jane Smith.\n\nMore text.",
		},
		{
			name: "a sentence opening with a date is body",
			in:   "March 14, 2024 was a cold day.\n\nSnow fell.",
			body: "March 14, 2024 was a cold day.\n\nSnow fell.",
		},
		{
			name: "a sentence opening with a date under a headline is body",
			in:   "Cold snap\nMarch 14, 2024 was a cold day.\n\nSnow fell.",
			body: "Cold snap\nMarch 14, 2024 was a cold day.\n\nSnow fell.",
		},
		{
			name: "a bare year is no date line",
			in:   "Cold snap\n2024\n\nSnow fell.",
			body: "Cold snap\n2024\n\nSnow fell.",
		},
		{
			name: "a date followed by words that are not a time is body",
			in:   "Cold snap\nMarch 14, 2024 10:32 was cold\n\nSnow fell.",
			body: "Cold snap\nMarch 14, 2024 10:32 was cold\n\nSnow fell.",
		},
		{
			name: "a URL inside a sentence is body",
			in:   "Cold snap\nhttps://example.com/a is the source\n\nSnow fell.",
			body: "Cold snap\nhttps://example.com/a is the source\n\nSnow fell.",
		},
		{
			name: "header lines with nothing after them are body",
			in:   "Cold snap\nBy Jane Smith\nMarch 14, 2024",
			body: "Cold snap\nBy Jane Smith\nMarch 14, 2024",
		},
		{
			name: "one line that is not a header line breaks the block",
			in:   "Cold snap\nBy Jane Smith\nUpdated 3 hours ago\n\nSnow fell.",
			body: "Cold snap\nBy Jane Smith\nUpdated 3 hours ago\n\nSnow fell.",
		},
		{
			name:     "dateline glued to a station's name",
			in:       "Two hurt in crash | WXYZ NEWS9DAYTON, Ohio- Two people were hurt on Sunday.",
			body:     "Two hurt in crash | WXYZ NEWS9DAYTON, Ohio- Two people were hurt on Sunday.",
			dateline: &contract.Dateline{Place: "DAYTON, Ohio", Start: 30, End: 43},
		},
		{
			name:     "dateline glued to a site, with a call sign",
			in:       "Fire at warehouse « KXYZ DallasDALLAS (KXYZ9) — Crews fought a fire.",
			body:     "Fire at warehouse « KXYZ DallasDALLAS (KXYZ9) — Crews fought a fire.",
			dateline: &contract.Dateline{Place: "DALLAS", Agency: "KXYZ9", Start: 32, End: 50},
		},
		{
			name: "words in Title Case glued together are no dateline",
			in:   "Boy Hurt At Toy ShopOhio boy, 7, was hurt - police said.",
			body: "Boy Hurt At Toy ShopOhio boy, 7, was hurt - police said.",
		},
		{
			name: "a call sign counts only in a glued dateline",
			in:   "DAYTON (WXYZ) - Two people were hurt.",
			body: "DAYTON (WXYZ) - Two people were hurt.",
		},
		{
			name:     "a headline ending in a period over an agency's dateline",
			in:       "Mayor and rival differ on taxes.\n\nCHICAGO (AP) — The mayor spoke.",
			body:     "The mayor spoke.",
			title:    "Mayor and rival differ on taxes.",
			fields:   []string{"title=Mayor and rival differ on taxes."},
			dateline: &contract.Dateline{Place: "CHICAGO", Agency: "AP", Start: 34, End: 50},
		},
		{
			name:     "a dateline with its date in brackets",
			in:       "Crash on the east side | Fox 9DAYTON, Ohio (Dec. 10, 2015) – A man was hurt.",
			body:     "Crash on the east side | Fox 9DAYTON, Ohio (Dec. 10, 2015) – A man was hurt.",
			dateline: &contract.Dateline{Place: "DAYTON, Ohio", Agency: "", Start: 30, End: 62},
		},
		{
			name:     "a site's name for the agency",
			in:       "Robbery at a bank « KXYZ Dallas / Fort WorthDALLAS (KXYZDFW.COM) – A bank was robbed.",
			body:     "Robbery at a bank « KXYZ Dallas / Fort WorthDALLAS (KXYZDFW.COM) – A bank was robbed.",
			dateline: &contract.Dateline{Place: "DALLAS", Agency: "KXYZDFW.COM", Start: 45, End: 69},
		},
		{
			name:     "a dateline's double dash glued to its place",
			in:       "Carjacker caught | wxyz8.comCLEVELAND-- A man was caught.",
			body:     "Carjacker caught | wxyz8.comCLEVELAND-- A man was caught.",
			dateline: &contract.Dateline{Place: "CLEVELAND", Agency: "", Start: 28, End: 39},
		},
		{
			name:     "a glued dash before the body",
			in:       "Shooting | WXYZ NEWS9DAYTON, Ohio.–A man was hurt.",
			body:     "Shooting | WXYZ NEWS9DAYTON, Ohio.–A man was hurt.",
			dateline: &contract.Dateline{Place: "DAYTON, Ohio.", Agency: "", Start: 21, End: 37},
		},
		{name: "empty", in: "", body: ""},
		{name: "white space only", in: " \n\t\n", body: ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			m, body := SplitHeader(tc.in)
			assert.Equal(t, tc.body, tc.in[body.Start:body.End])
			assert.Equal(t, tc.title, m.Title)
			assert.Equal(t, tc.author, m.Author)
			assert.Equal(t, tc.source, m.Source)
			assert.Equal(t, tc.url, m.URL)
			if tc.date == nil {
				assert.Nil(t, m.Date)
			} else if assert.NotNil(t, m.Date) {
				assert.Equal(t, *tc.date, *m.Date)
			}
			assert.Equal(t, tc.dateline, m.Dateline)
			var got []string
			for _, f := range m.Fields {
				got = append(got, f.Key+"="+f.Value)
				assert.Equal(t, f.Value, tc.in[f.Start:f.End], "field offsets")
			}
			assert.Equal(t, tc.fields, got)
		})
	}
}

func TestParseDate(t *testing.T) {
	tests := []struct {
		in   string
		want contract.Date
	}{
		{"2018", contract.Date{Text: "2018", Year: 2018, Precision: contract.PrecisionYear}},
		{"2018-08", contract.Date{Text: "2018-08", Year: 2018, Month: 8, Precision: contract.PrecisionMonth}},
		{"2018-08-05", contract.Date{Text: "2018-08-05", Year: 2018, Month: 8, Day: 5, Precision: contract.PrecisionDay}},
		{"2018-08-05T14:03:00Z", contract.Date{Text: "2018-08-05T14:03:00Z", Year: 2018, Month: 8, Day: 5, Precision: contract.PrecisionDay}},
		{"2018-08-05T14:03:00+02:00", contract.Date{Text: "2018-08-05T14:03:00+02:00", Year: 2018, Month: 8, Day: 5, Precision: contract.PrecisionDay}},
		{"March 3, 1987", contract.Date{Text: "March 3, 1987", Year: 1987, Month: 3, Day: 3, Precision: contract.PrecisionDay}},
		{"3 March 2018", contract.Date{Text: "3 March 2018", Year: 2018, Month: 3, Day: 3, Precision: contract.PrecisionDay}},
		{"Aug. 5, 2018", contract.Date{Text: "Aug. 5, 2018", Year: 2018, Month: 8, Day: 5, Precision: contract.PrecisionDay}},
		{"August 2018", contract.Date{Text: "August 2018", Year: 2018, Month: 8, Precision: contract.PrecisionMonth}},
	}
	for _, tc := range tests {
		d, n, ok := parseDate(tc.in)
		require.True(t, ok, tc.in)
		assert.Equal(t, len(tc.in), n, tc.in)
		assert.Equal(t, tc.want, d, tc.in)
	}
	for _, bad := range []string{"", "20180", "2018-13", "May", "Date palms", "12345", "32 March 2018"} {
		d, n, ok := parseDate(bad)
		if ok {
			assert.NotEqual(t, len(bad), n, "%q parsed whole as %+v", bad, d)
		}
	}
}

// TestHeadlineOverLines checks that a text printed one paragraph a line,
// without blank lines, keeps its first line as the title, as the same
// text with blank lines does.
func TestHeadlineOverLines(t *testing.T) {
	prose := "The council voted on Tuesday to fund a new harbour wall after a dispute that ran for two years."
	cases := []struct {
		text, title string
	}{
		{"Harbour wall wins council vote\n\n" + prose + "\n\nWork starts in spring.", "Harbour wall wins council vote"},
		{"Harbour wall wins council vote\n" + prose + "\nWork starts in spring.", "Harbour wall wins council vote"},
		// not under a headline: a sentence, a short line, or blank lines further on
		{"The council voted on Tuesday.\n" + prose + "\nWork starts in spring.", ""},
		{"Harbour wall wins council vote\nWork starts in spring.\n" + prose, ""},
		{"Harbour wall wins council vote\n" + prose + "\n\nWork starts in spring.", ""},
	}
	for _, c := range cases {
		m, body := SplitHeader(c.text)
		assert.Equal(t, c.title, m.Title, "%q", c.text)
		if c.title != "" {
			assert.True(t, strings.HasPrefix(c.text[body.Start:body.End], "The council voted"), "%q", c.text)
		}
	}
}
