package figure

import (
	"slices"
	"sort"
	"strings"

	"github.com/newsparse/newsparse/internal/contract"
	"github.com/newsparse/newsparse/internal/lexicon"
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
	segs := newSegmentsAt(f.segments())
	var hurt map[[2]int]bool // the spans of the pattern hits of injured, made when a record of killed asks
	for _, c := range recs {
		if c.Count <= 0 {
			continue
		}
		s := segs.sentAt(c.Start)
		r := eventRecord{Casualty: c, sent: s}
		if c.Kind == killed {
			if hurt == nil {
				hurt = map[[2]int]bool{}
				for _, h := range f.casualtyHits() {
					if h.Kind == injured {
						hurt[[2]int{h.Start, h.End}] = true
					}
				}
			}
			r.moved = hurt[[2]int{c.Start, c.End}]
		}
		if s >= -1 && f.years.historical(f.d, casHit{Casualty: c, sent: s}, year) {
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
func recordsOutcome(t *contract.Toll, recs []eventRecord, text string) {
	recordsDeath(t, recs)
	recordsFurther(t, recs, text)
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

// segmentsAt finds the segment that holds a byte: the title's first, then
// the sentence's, found by halving (the sentences' tokens follow in order).
type segmentsAt struct {
	title []segment // the segments before the body's sentences (the title)
	body  []segment // the body's sentences, each holding a token, in order
}

func newSegmentsAt(segs []segment) segmentsAt {
	k := 0
	for k < len(segs) && segs[k].sent < 0 {
		k++
	}
	x := segmentsAt{title: segs[:k], body: segs[k:]}
	for n, seg := range x.body {
		if seg.sent < 0 || seg.hi <= seg.lo || n > 0 && seg.toks[seg.lo].Start < x.body[n-1].toks[x.body[n-1].hi-1].End {
			return segmentsAt{title: segs} // empty or out of order: every segment is asked in turn
		}
	}
	return x
}

// sentAt returns the sentence of the first segment that holds byte b (-1
// for the title), or -2 when none holds it.
func (x segmentsAt) sentAt(b int) int {
	for _, seg := range x.title {
		if seg.hi > seg.lo && seg.toks[seg.lo].Start <= b && b < seg.toks[seg.hi-1].End {
			return seg.sent
		}
	}
	// the first sentence that ends after b is the only one that may hold it
	k := sort.Search(len(x.body), func(k int) bool { return x.body[k].toks[x.body[k].hi-1].End > b })
	if k < len(x.body) && x.body[k].toks[x.body[k].lo].Start <= b {
		return x.body[k].sent
	}
	return -2
}

// recordsFurther raises the killed and the injured of t to the victims the
// records add one after another: a record of a victim another party's act
// is said to add ("the deputy also shot and killed a bystander", "deputies
// also found a boy fatally stabbed"), a victim whose noun or name no record
// before named, adds its count to the largest before it. "Also" within the
// record's own words may tell more of a victim already counted ("Smith also
// had a wound to the leg"), and a victim named by a pronoun alone may be
// one already counted: neither adds.
func recordsFurther(t *contract.Toll, recs []eventRecord, text string) {
	for _, kind := range []contract.CasualtyKind{killed, injured} {
		run, added := 0.0, false
		named := map[string]bool{} // the words of the records before, parted by spaces
		for _, r := range recs {
			if r.Kind != kind || r.moved {
				continue
			}
			who := lexicon.Lower(r.Who)
			if run > 0 && who != "" && !pronounVictim(who) && alsoBefore(text, r.Casualty) && !namedBefore(named, who) {
				run += r.Count
				added = true
			} else {
				run = max(run, r.Count)
			}
			for _, w := range strings.Split(lexicon.Lower(r.Text), " ") {
				named[w] = true
			}
		}
		if !added {
			continue
		}
		p := &t.Killed
		if kind == injured {
			p = &t.Injured
		}
		if *p == nil || **p < run {
			v := run
			*p = &v
		}
	}
}

// namedBefore reports a victim's words of which one stands in a record
// before (named holds their texts' words): "Woods" after "Mario Woods was
// shot".
func namedBefore(named map[string]bool, who string) bool {
	for _, w := range strings.Fields(who) {
		if named[w] {
			return true
		}
	}
	return false
}

// alsoBefore reports "also" in the clause before a record's words, at most
// four words before them: the subject's further act ("the deputy also shot
// and killed a bystander").
func alsoBefore(text string, c contract.Casualty) bool {
	if c.Start <= 0 || c.Start > len(text) {
		return false
	}
	before := text[max(0, c.Start-80):c.Start]
	if k := strings.LastIndexAny(before, ".!?,;:\n\"“”"); k >= 0 {
		before = before[k+1:]
	}
	w := strings.Fields(lexicon.Lower(before))
	k := slices.Index(w, "also")
	return k >= 0 && len(w)-k-1 <= 4 // "also mistakenly shot and", not "also urged ... to release"
}

// pronounVictim reports a victim named by a pronoun alone.
func pronounVictim(who string) bool {
	switch who {
	case "he", "she", "him", "her", "they", "them", "it", "himself", "herself", "themselves":
		return true
	}
	return false
}
