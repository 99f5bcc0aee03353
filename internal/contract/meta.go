package contract

import (
	"strings"
)

// Meta is the header of an article: the fields found above the body, the
// common ones given their own names.
type Meta struct {
	Date     *Date     `json:"date,omitempty"`
	Title    string    `json:"title,omitempty"`
	Source   string    `json:"source,omitempty"`
	Author   string    `json:"author,omitempty"`
	URL      string    `json:"url,omitempty"`
	Fields   []Field   `json:"fields"`
	Dateline *Dateline `json:"dateline,omitempty"`
}

// Get returns the value of the first header field named key (case-insensitive), or "".
func (m Meta) Get(key string) string {
	for _, f := range m.Fields {
		if strings.EqualFold(f.Key, key) {
			return f.Value
		}
	}
	return ""
}

// Field is one header field as written: its key (lower case), its value, and
// the byte offsets of the value in the input.
type Field struct {
	Key   string `json:"key"`
	Value string `json:"value"`
	Start int    `json:"start"`
	End   int    `json:"end"`
}

// Precision says how much of a date was written.
type Precision string

// The precisions a Date can have.
const (
	PrecisionYear  Precision = "year"
	PrecisionMonth Precision = "month"
	PrecisionDay   Precision = "day"
)

// Date is a calendar date with the precision it was written with; Month and
// Day are 0 when the text did not give them.
type Date struct {
	Text      string    `json:"text"`
	Year      int       `json:"year"`
	Month     int       `json:"month"`
	Day       int       `json:"day"`
	Precision Precision `json:"precision"`
}

// Dateline is the place and news agency that open a wire story
// ("BEIRUT (Reuters) - "), with the byte offsets of the whole dateline.
type Dateline struct {
	Place  string `json:"place"`
	Agency string `json:"agency"`
	Start  int    `json:"start"`
	End    int    `json:"end"`
}
