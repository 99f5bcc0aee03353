package figure

import (
	"strings"

	"github.com/newsparse/newsparse/internal/contract"
)

// The toll read against the casualty records the article lists (Casualties:
// the pattern reader's hits and the grammar's, after the outcome rule that
// gives a victim the story reports dead the kind killed, and the fallback's).
// The count comes from the pattern hits (toll.go); the records decide where
// the two tell the event's victims apart differently.

// eventRecord is a listed casualty with the sentence it stands in (-1 for
// the title, -2 when none holds it).
type eventRecord struct {
	contract.Casualty
	sent  int
	moved bool // a pattern hit of injured the outcome rule made killed: it tells of no death itself
}

// eventRecords returns the listed records recs that count victims (a count
// above 0) of the story's own event: not in a sentence about an earlier
// year (historical).
func (f *Figures) eventRecords(recs []contract.Casualty, year int) []eventRecord {
	var out []eventRecord
	segs := f.segments()
	for _, c := range recs {
		if c.Count <= 0 {
			continue
		}
		s := -2
		for _, seg := range segs {
			if seg.hi > seg.lo && seg.toks[seg.lo].Start <= c.Start && c.Start < seg.toks[seg.hi-1].End {
				s = seg.sent
				break
			}
		}
		r := eventRecord{Casualty: c, sent: s}
		for _, h := range f.casualtyHits() {
			if h.Start == c.Start && h.End == c.End && h.Kind == injured && c.Kind == killed {
				r.moved = true
			}
		}
		if s >= -1 && historical(f.d, casHit{Casualty: c, sent: s}, year) {
			continue
		}
		out = append(out, r)
	}
	return out
}

// recordsOutcome applies to t what the records tell of the victims'
// outcome: when the pattern hits count injured but every victim the records
// list as harmed is among the dead (the outcome rule moved each "shot" to
// killed: "A man was shot … He died at the hospital"), no one is left
// injured. A death must be told in the event's own words: a record the
// outcome rule moved to killed tells of none by itself.
func recordsOutcome(t *contract.Toll, recs []eventRecord) {
	recordsDeath(t, recs)
	if t.Injured == nil || *t.Injured == 0 {
		return
	}
	dead := false
	for _, r := range recs {
		switch r.Kind {
		case injured:
			return
		case killed:
			dead = dead || !r.moved
		}
	}
	if dead {
		v := 0.0
		t.Injured = &v
	}
}

// recordsDeath gives t the one dead a record lists when the pattern hits
// count none: a victim the grammar reads "shot and killed" or "fatally"
// harmed ("A man who had a knife was shot and killed by police") is the
// event's. A record the outcome rule moved tells of no death itself, and
// a bare death word ("his death") may be an earlier one's.
func recordsDeath(t *contract.Toll, recs []eventRecord) {
	if t.Killed != nil {
		return
	}
	n := 0.0
	for _, r := range recs {
		if r.Kind == killed && !r.moved && r.Count == 1 && (strings.Contains(r.Text, " and killed") || strings.Contains(r.Text, "fatally")) {
			n = max(n, r.Count)
		}
	}
	if n > 0 {
		t.Killed = &n
	}
}
