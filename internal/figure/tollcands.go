package figure

import (
	"slices"
	"sort"
	"strconv"
	"strings"

	"github.com/newsparse/newsparse/internal/contract"
	"github.com/newsparse/newsparse/internal/lexicon"
)

// Toll candidates: for the killed and the injured, every total the article
// could be read to give (the rule toll's answer, each casualty hit's count,
// the victims counted one by one, the count of the title and of the first
// sentence, the largest count, none), each described by features of the
// hits that propose it. A chooser (a linear model over these features,
// internal/figure/tolltrain) picks one; the same features measure how far
// the rule toll (toll.go) holds on articles it was not fitted to.

// TollCandidate is one total the article could give for a kind of casualty,
// with the features of what proposes it.
type TollCandidate struct {
	Value    float64
	Features []string
}

// TollChoice holds the candidates for the two kinds a toll is judged on.
type TollChoice struct {
	Killed, Injured []TollCandidate
}

// TollCandidates returns the candidates of the toll given recs, the records
// Casualties listed (as TollOf takes them). Each value stands once; a value
// several sources propose carries the features of each.
func (f *Figures) TollCandidates(recs []contract.Casualty) TollChoice {
	rule := f.TollOf(recs)
	var ch TollChoice
	if f.d == nil {
		return ch
	}
	hits := statedHits(f.casualtyHits())
	year := f.tollYear(hits)
	death := f.deathReported()
	var dead float64 // the largest count of killed in the story's event
	for _, kind := range []string{killed, injured} {
		c := &tollCands{vals: map[float64]map[string]bool{}}
		rv := rule.Killed
		if kind == injured {
			rv = rule.Injured
		}
		r := 0.0
		if rv != nil {
			r = *rv
		}
		c.add(r, "src=rule")
		c.add(0, "src=zero")
		f.hitCandidates(c, kind, hits, year)
		if kind == killed {
			dead = c.largest
			if death {
				c.add(1, "src=deathword") // "He died overnight": one dead where no hit counts the dead
			}
		} else if dead > 0 && c.largest > dead {
			c.add(c.largest-dead, "src=minusdead") // "Three shot, one dead": two hurt
		}
		segs := newSegmentsAt(f.segments())
		for _, rc := range recs {
			if string(rc.Kind) == kind && rc.Count > 0 {
				s := segs.sentAt(rc.Start)
				pos := "body"
				switch {
				case s < 0:
					pos = "title"
				case s < 3:
					pos = "early"
				}
				fs := []string{"src=record", "record@" + pos}
				if pronounVictim(lexicon.Lower(rc.Who)) || rc.Who == "" {
					fs = append(fs, "record&nowho")
				}
				if s >= -1 && f.years.historical(f.d, casHit{Casualty: rc, sent: s}, year) {
					fs = append(fs, "record&historical")
				}
				c.add(rc.Count, fs...)
			}
		}
		out := c.list(r, death, kind)
		if kind == killed {
			ch.Killed = out
		} else {
			ch.Injured = out
		}
	}
	return ch
}

// tollCands gathers candidate values with their features.
type tollCands struct {
	vals    map[float64]map[string]bool
	hitsN   int     // the kind's hits of the story's event
	largest float64 // the largest count of those hits
}

func (c *tollCands) add(v float64, feats ...string) {
	if v < 0 {
		return
	}
	m := c.vals[v]
	if m == nil {
		m = map[string]bool{}
		c.vals[v] = m
	}
	for _, x := range feats {
		m[x] = true
	}
	m["n:"+feats[0]] = true
}

// hitCandidates adds the counts of the kind's hits, the victims counted one
// by one, and the sums the hits make.
func (f *Figures) hitCandidates(c *tollCands, kind string, hits []casHit, year int) {
	singles := 0.0
	said := map[string]bool{}
	sum := 0.0
	first := true
	for _, h := range hits {
		if string(h.Kind) != kind || h.Count <= 0 {
			continue
		}
		hist := f.years.historical(f.d, h, year)
		fs := f.hitFeatures(h, hist)
		v := h.Count - h.fatal
		if h.single {
			if k := lexicon.Lower(h.Text); !said[k] && !hist {
				said[k] = true
				singles++
			}
			c.add(1, append([]string{"src=single", "single&" + fs[0]}, fs...)...)
			continue
		}
		c.add(v, append([]string{"src=hit", "hit&" + fs[0]}, fs...)...)
		if first {
			c.add(v, "src=firsthit")
			first = false
		}
		if !hist && !h.subset && !h.part {
			c.hitsN++
			c.largest = max(c.largest, v)
			sum += v
		}
	}
	if singles > 0 {
		c.add(singles, "src=singles")
		if c.largest > 0 {
			c.add(c.largest+singles, "src=largest+singles")
		}
	}
	if c.largest > 0 {
		c.add(c.largest, "src=largest")
	}
	if sum > c.largest {
		c.add(sum, "src=sum")
	}
}

// hitFeatures describes one hit: where it stands, its flags, its predicate.
func (f *Figures) hitFeatures(h casHit, hist bool) []string {
	pos := "body"
	switch {
	case h.sent < 0:
		pos = "title"
	case h.sent == 0:
		pos = "lede"
	case h.sent < 3:
		pos = "early"
	case h.sent >= len(f.d.Sents)-2:
		pos = "last"
	}
	fs := []string{"pos=" + pos}
	flag := func(b bool, name string) {
		if b {
			fs = append(fs, name)
		}
	}
	flag(hist, "historical")
	flag(h.subset, "subset")
	flag(h.part, "part")
	flag(h.generic, "generic")
	flag(h.explicit, "explicit")
	flag(h.both, "both")
	flag(h.another, "another")
	flag(h.fatal > 0, "fatal")
	flag(h.Who == "others", "others")
	flag(h.grammar, "grammar")
	flag(f.inQuotation(h), "quote")
	flag(strings.Contains(" "+lexicon.Lower(h.Text)+" ", " at least "), "atleast")
	if !hist && !h.subset && !h.part {
		fs = append(fs, "event@"+pos)
	}
	return fs
}

// inQuotation reports a hit inside a quotation of its sentence (an odd
// number of quotation marks before it).
func (f *Figures) inQuotation(h casHit) bool {
	if h.sent < 0 || h.sent >= len(f.d.Sents) {
		return false
	}
	marks, ok := f.quoteMarks[h.sent]
	if !ok {
		st := f.d.Sents[h.sent]
		for i := st.TokStart; i < st.TokEnd; i++ {
			switch f.d.Tok(i) {
			case "\"", "\u201c", "\u201d", "``", "''":
				marks = append(marks, f.d.Toks[i].Start)
			}
		}
		if f.quoteMarks == nil {
			f.quoteMarks = map[int][]int{}
		}
		f.quoteMarks[h.sent] = marks
	}
	return sort.SearchInts(marks, h.Start)%2 == 1 // the marks that start before the hit
}

// list returns the candidates with the features that relate each to the
// others: its size, its relation to the rule's answer, how many sources
// agree on it, and what the article tells of deaths.
func (c *tollCands) list(rule float64, death bool, kind string) []TollCandidate {
	vals := make([]float64, 0, len(c.vals))
	for v := range c.vals {
		vals = append(vals, v)
	}
	slices.Sort(vals)
	out := make([]TollCandidate, 0, len(vals))
	for _, v := range vals {
		m := c.vals[v]
		srcs := 0
		for x := range m {
			if strings.HasPrefix(x, "n:") && x != "n:src=rule" {
				srcs++
			}
		}
		size := "v=" + strconv.Itoa(int(min(v, 3)))
		if v > 5 {
			size = "v>5"
		}
		rel := "rule=same"
		switch {
		case v < rule:
			rel = "rule=below"
		case v > rule:
			rel = "rule=above"
		}
		extra := []string{size, rel, "srcs=" + strconv.Itoa(min(srcs, 4)), "death=" + strconv.FormatBool(death),
			"hits=" + strconv.Itoa(min(c.hitsN, 3)), "bias"}
		if v == c.largest && v > 0 {
			extra = append(extra, "is-largest")
		}
		if m["n:src=record"] && srcs == 1 {
			extra = append(extra, "only-record", "only-record&"+size)
		}
		feats := make([]string, 0, len(m)+len(extra)+4)
		for x := range m {
			if !strings.HasPrefix(x, "n:") {
				feats = append(feats, x)
			}
		}
		feats = append(feats, extra...)
		feats = append(feats, rel+"&"+size, rel+"&hits="+strconv.Itoa(min(c.hitsN, 3)), size+"&death="+strconv.FormatBool(death),
			size+"&hits="+strconv.Itoa(min(c.hitsN, 3)))
		slices.Sort(feats)
		for k := range feats {
			feats[k] = kind[:1] + ":" + feats[k]
		}
		out = append(out, TollCandidate{Value: v, Features: feats})
	}
	return out
}
