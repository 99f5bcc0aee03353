package newsparse

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestSplitHeader(t *testing.T) {
	tests := []struct {
		name     string
		in       string
		body     string // the text of the body span
		title    string
		date     *Date
		fields   []string // key=value, in order
		dateline *Dateline
		author   string
		source   string
		url      string
	}{
		{
			name:   "inline date and body on one line",
			in:     " date 2018-08 Rain fell on Tuesday.",
			body:   "Rain fell on Tuesday.",
			date:   &Date{Text: "2018-08", Year: 2018, Month: 8, Precision: PrecisionMonth},
			fields: []string{"date=2018-08"},
		},
		{
			name:   "key value block",
			in:     "Title: Dam opens\nDate: 2019-03-04\nSource: Example Wire\nByline: By Jo Smith\nURL: https://example.com/a\nSection: World\nDesk: Metro\n\nThe dam opened.",
			body:   "The dam opened.",
			title:  "Dam opens",
			date:   &Date{Text: "2019-03-04", Year: 2019, Month: 3, Day: 4, Precision: PrecisionDay},
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
			dateline: &Dateline{Place: "BEIRUT", Agency: "Reuters", Start: 0, End: 18},
		},
		{
			name:     "dateline with a date",
			in:       "WASHINGTON, March 3 - The Senate voted.",
			body:     "The Senate voted.",
			dateline: &Dateline{Place: "WASHINGTON", Start: 0, End: 21},
		},
		{
			name:     "dateline with an em dash",
			in:       "LONDON \u2014 Markets fell.",
			body:     "Markets fell.",
			dateline: &Dateline{Place: "LONDON", Start: 0, End: 10},
		},
		{
			name:     "two-word place",
			in:       "NEW YORK (AP) -- Stocks rose.",
			body:     "Stocks rose.",
			dateline: &Dateline{Place: "NEW YORK", Agency: "AP", Start: 0, End: 16},
		},
		{
			name:     "headline then dateline on its own line",
			in:       "ENVOY FREED AFTER TALKS\nLONDON, March 23 -\n\nThe envoy was freed.",
			body:     "The envoy was freed.",
			title:    "ENVOY FREED AFTER TALKS",
			fields:   []string{"title=ENVOY FREED AFTER TALKS"},
			dateline: &Dateline{Place: "LONDON", Start: 24, End: 42},
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
		want Date
	}{
		{"2018", Date{Text: "2018", Year: 2018, Precision: PrecisionYear}},
		{"2018-08", Date{Text: "2018-08", Year: 2018, Month: 8, Precision: PrecisionMonth}},
		{"2018-08-05", Date{Text: "2018-08-05", Year: 2018, Month: 8, Day: 5, Precision: PrecisionDay}},
		{"2018-08-05T14:03:00Z", Date{Text: "2018-08-05T14:03:00Z", Year: 2018, Month: 8, Day: 5, Precision: PrecisionDay}},
		{"2018-08-05T14:03:00+02:00", Date{Text: "2018-08-05T14:03:00+02:00", Year: 2018, Month: 8, Day: 5, Precision: PrecisionDay}},
		{"March 3, 1987", Date{Text: "March 3, 1987", Year: 1987, Month: 3, Day: 3, Precision: PrecisionDay}},
		{"3 March 2018", Date{Text: "3 March 2018", Year: 2018, Month: 3, Day: 3, Precision: PrecisionDay}},
		{"Aug. 5, 2018", Date{Text: "Aug. 5, 2018", Year: 2018, Month: 8, Day: 5, Precision: PrecisionDay}},
		{"August 2018", Date{Text: "August 2018", Year: 2018, Month: 8, Precision: PrecisionMonth}},
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
