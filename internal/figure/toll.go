package figure

import (
	"slices"
	"strings"

	"github.com/newsparse/newsparse/internal/contract"
	"github.com/newsparse/newsparse/internal/lexicon"
	"github.com/newsparse/newsparse/internal/textdoc"
)

// The toll: from the casualty hits of Casualties, the article's own figure
// for each kind of casualty (see Toll), read against the records Casualties
// lists (tollrecords.go).

// Toll returns the article's own figure for each kind of casualty: the
// largest explicit count about the event it reports, or the victims counted
// one by one; historical totals and subsets do not count. It reads the
// casualty hits Casualties found (finding them when Casualties has not run),
// and the records Casualties lists (TollOf).
func (f *Figures) Toll() contract.Toll {
	return f.TollOf(f.Casualties())
}

// TollOf is Toll given recs, the records Casualties listed for the article
// (with the mentions of a victim named by a pronoun alone, which Casualties
// read but did not list: "He died Sunday morning" tells the outcome).
func (f *Figures) TollOf(recs []contract.Casualty) contract.Toll {
	t := f.hitsToll()
	if f.d != nil {
		// the pronoun hits Casualties left unlisted ("He died Sunday") tell the outcome too
		if len(f.silent) > 0 {
			recs = slices.SortedFunc(slices.Values(append(slices.Clip(recs), f.silent...)), func(a, b contract.Casualty) int { return a.Start - b.Start })
		}
		recordsOutcome(&t, f.eventRecords(recs, f.tollYear(f.casualtyHits())), f.d.Text)
	}
	return t
}

// hitsToll is the toll counted from the pattern reader's hits.
func (f *Figures) hitsToll() contract.Toll {
	var t contract.Toll
	d := f.d
	if d == nil {
		return t
	}
	hits := statedHits(f.casualtyHits())
	year := f.tollYear(hits)
	best := map[string]float64{}
	seen := map[string]bool{}
	singles := map[string]float64{}
	ages := map[string]map[int]bool{}
	kin := map[string]string{}
	said1 := map[string]bool{} // the single victims' phrases already counted
	kinSeen := map[string]bool{}
	woundedBest := 0.0 // the largest count of injured said to be hurt, not only shot
	anyKilled := f.killedOrShotDead(hits, year)
	others := newKindsBefore(hits)
	for _, h := range hits {
		if h.subset || h.part || f.years.historical(d, h, year) {
			continue
		}
		if h.Kind == injured && (h.single || h.both) && h.generic && anyKilled {
			continue // "Man shot" in an article about his death; "Both were shot" about the two who died
		}
		seen[string(h.Kind)] = true
		if h.single && h.Count > 0 {
			countSingle(h, singles, said1, kin, kinSeen, ages)
			continue
		}
		if c := h.Count - h.fatal; c > best[string(h.Kind)] {
			best[string(h.Kind)] = c
		}
		if h.Kind == injured && (!h.generic || h.fatal > 0) && h.Count-h.fatal > woundedBest {
			woundedBest = h.Count - h.fatal
		}
	}
	// "Three shot, one dead": a count of people shot, with no word of injury, holds the dead
	if k := max(best[killed], singles[killed]); k > 0 && best[injured] > woundedBest {
		best[injured] = max(woundedBest, best[injured]-k)
	}
	for _, h := range hits {
		// "a stabbing that wounded at least three others": the others and the victim already named
		if h.Who == "others" && !strings.Contains(h.Text, " and ") && !h.subset && !f.years.historical(d, h, year) && singles[string(h.Kind)] > 0 && h.Count+singles[string(h.Kind)] > best[string(h.Kind)] && !others.anotherKind(h) {
			best[string(h.Kind)] = h.Count + singles[string(h.Kind)]
		}
	}
	f.addFurtherCounts(hits, others, year, best, singles)
	set := func(kind string) *float64 {
		if !seen[kind] {
			return nil
		}
		v := best[kind]
		if singles[kind] > v {
			v = singles[kind]
		}
		return &v
	}
	t.Killed, t.Injured, t.Displaced = set(killed), set(injured), set(displaced)
	t.Missing, t.Detained, t.Kidnapped = set(missing), set(detained), set(kidnapped)
	return t
}

// statedHits returns a copy of hits without those whose count is unstated
// ("several were killed"): the toll counts figures, and no figure is not
// none.
func statedHits(hits []casHit) []casHit {
	out := make([]casHit, 0, len(hits))
	for _, h := range hits {
		if !h.Unstated {
			out = append(out, h)
		}
	}
	return out
}

// tollYear returns the year of the story's event for historical: the
// story's year, or one more when the story has no date and its figures also
// stand in sentences that name no year.
func (f *Figures) tollYear(hits []casHit) int {
	d := f.d
	year := f.storyYear()
	if d.Meta.Date == nil || d.Meta.Date.Year == 0 {
		// no date: when figures also stand in sentences that name no year,
		// the story's event is after every year it names ("In 2015, an
		// earthquake killed 9,000" beside "12 were killed on Saturday")
		for _, h := range hits {
			if h.Count > 0 && h.sent >= 0 && !f.years.namesYear(d, h.sent) {
				year++
				break
			}
		}
	}
	return year
}

// killedOrShotDead reports whether the story tells of anyone killed (not
// historically). When it tells of no death and of no injury that leaves a
// victim alive, but reports a death, it first relabels as killed, in hits,
// each single victim only said to be shot ("Man shot" ... "He died
// overnight").
func (f *Figures) killedOrShotDead(hits []casHit, year int) bool {
	d := f.d
	anyKilled := false
	for _, h := range hits {
		if h.Kind == killed && h.Count > 0 && !f.years.historical(d, h, year) {
			anyKilled = true
		}
	}
	alive := false // an injury said in words that leave the victim alive: "wounded", "in critical condition"
	for _, h := range hits {
		if h.Kind == injured && h.Count > 0 && !h.generic {
			alive = true
		}
	}
	if !anyKilled && !alive && f.deathReported() {
		// "Man shot" ... "He died overnight": the victim shot is the one who died
		for k, h := range hits {
			if h.Kind == injured && h.single && h.generic && h.Count > 0 && !f.years.historical(d, h, year) {
				hits[k].Kind = killed
				anyKilled = true
			}
		}
	}
	return anyKilled
}

// countSingle counts the single victim of hit h into singles (by kind):
// one per age stated ("a 17-year-old girl", "a 16-year-old boy"), one more
// for each "another" and each other kin noun; said1, kin, kinSeen and ages
// record what has been counted.
func countSingle(h casHit, singles map[string]float64, said1 map[string]bool, kin map[string]string, kinSeen map[string]bool, ages map[string]map[int]bool) {
	// victims one by one: one per age stated ("a 17-year-old girl", "a 16-year-old boy"), and one more for each "another"
	a := ageIn(h.Text)
	switch {
	case singles[string(h.Kind)] == 0:
		singles[string(h.Kind)] = 1
	case h.another && !said1[lexicon.Lower(h.Text)]:
		singles[string(h.Kind)]++ // "a second man was shot", once however often the story says it
	case a > 0 && !ages[string(h.Kind)][a] && len(ages[string(h.Kind)]) > 0:
		singles[string(h.Kind)]++
	case kin[string(h.Kind)] != "" && kinNoun(h.key) && !strings.EqualFold(kin[string(h.Kind)], h.key) && !kinSeen[string(h.Kind)+"|"+lexicon.Lower(h.key)]:
		singles[string(h.Kind)]++ // "the mother was shot" … "the daughter was taken to hospital"
	}
	said1[lexicon.Lower(h.Text)] = true
	if kinNoun(h.key) {
		if kin[string(h.Kind)] == "" {
			kin[string(h.Kind)] = h.key
		}
		kinSeen[string(h.Kind)+"|"+lexicon.Lower(h.key)] = true
	}
	if a > 0 {
		if ages[string(h.Kind)] == nil {
			ages[string(h.Kind)] = map[int]bool{}
		}
		ages[string(h.Kind)][a] = true
	}
}

// addFurtherCounts raises best (by kind) to the counts of further victims
// added to the ones before: "Three men were detained … Another two were
// arrested", "two other people were detained" (arrests and abductions, told
// as they happen; a count said twice counts once).
func (f *Figures) addFurtherCounts(hits []casHit, others kindsBefore, year int, best, singles map[string]float64) {
	d := f.d
	// counts of further victims add to the ones before: "Three men were
	// detained … Another two were arrested", "two other people were detained"
	// (arrests and abductions, told as they happen; a count said twice counts once)
	extra := map[string]float64{}
	base := map[string]float64{}
	said := map[string]bool{}
	for _, h := range hits {
		if h.subset || h.part || h.single || h.Count <= 0 || f.years.historical(d, h, year) || h.Who == "others" ||
			h.Kind != detained && h.Kind != kidnapped {
			continue
		}
		if furtherCount(d, h) && !others.anotherKind(h) {
			if k := lexicon.Lower(h.Text); !said[k] {
				said[k] = true
				extra[string(h.Kind)] += h.Count
			}
		} else if c := h.Count - h.fatal; c > base[string(h.Kind)] {
			base[string(h.Kind)] = c
		}
	}
	for kind, x := range extra {
		if v := max(base[kind], singles[kind]) + x; v > best[kind] {
			best[kind] = v
		}
	}
}

// furtherCount reports a count of victims beyond those already counted:
// "another two", "two other people", "three more".
func furtherCount(d *textdoc.Doc, h casHit) bool {
	t := " " + lexicon.Lower(h.Text) + " "
	if strings.Contains(t, " other ") || strings.Contains(t, " more ") {
		return true
	}
	before := strings.TrimRight(d.Text[max(0, h.Start-12):h.Start], " ")
	return strings.HasSuffix(lexicon.Lower(before), "another")
}

// kinNoun reports a noun for a member of a family: two of them in one story
// ("the mother", "the daughter") are two people.
func kinNoun(w string) bool {
	switch lexicon.Lower(w) {
	case "mother", "father", "son", "daughter", "wife", "husband", "brother", "sister", "grandmother", "grandfather",
		"grandson", "granddaughter", "uncle", "aunt", "nephew", "niece", "cousin", "stepfather", "stepson", "mom", "dad":
		return true
	}
	return false
}

// othersOfAnotherKind reports "others" counted beside victims of another
// kind in the same sentence: in "one person was killed and two others were
// injured" the others are others than the dead, not than the injured named
// elsewhere.
func othersOfAnotherKind(hits []casHit, h casHit) bool {
	for _, o := range hits {
		if o.sent == h.sent && o.Start < h.Start && o.Kind != h.Kind && o.Count > 0 {
			return true
		}
	}
	return false
}

// sentYears holds what the toll reads of the years of each sentence, read
// once per sentence however many hits stand in it.
type sentYears struct {
	year  int    // the story's year hist was read against
	hist  []int8 // per sentence: 0 unread, 1 about the story's event, 2 about an earlier one (historical)
	names []int8 // per sentence: 0 unread, 1 names no year, 2 names one (namesYear)
}

// historical is historical(d, h, year), read once per sentence and year.
func (m *sentYears) historical(d *textdoc.Doc, h casHit, year int) bool {
	if h.sent < 0 || h.sent >= len(d.Sents) {
		return historical(d, h, year)
	}
	if m.hist == nil || m.year != year {
		m.hist, m.year = make([]int8, len(d.Sents)), year
	}
	if m.hist[h.sent] == 0 {
		m.hist[h.sent] = 1
		if historical(d, h, year) {
			m.hist[h.sent] = 2
		}
	}
	return m.hist[h.sent] == 2
}

// namesYear is namesYear(d, si), read once per sentence.
func (m *sentYears) namesYear(d *textdoc.Doc, si int) bool {
	if si < 0 || si >= len(d.Sents) {
		return namesYear(d, si)
	}
	if m.names == nil {
		m.names = make([]int8, len(d.Sents))
	}
	if m.names[si] == 0 {
		m.names[si] = 1
		if namesYear(d, si) {
			m.names[si] = 2
		}
	}
	return m.names[si] == 2
}

// kindsBefore answers othersOfAnotherKind for many hits from the earliest
// hit of each kind in each sentence: another kind counted before a hit
// starts before it.
type kindsBefore struct {
	hits  []casHit
	first map[int]map[contract.CasualtyKind]int // per sentence, per kind: the earliest start of a hit with a count; nil for a few hits
}

func newKindsBefore(hits []casHit) kindsBefore {
	x := kindsBefore{hits: hits}
	if len(hits) < linearSpans {
		return x
	}
	x.first = map[int]map[contract.CasualtyKind]int{}
	for _, h := range hits {
		if h.Count <= 0 {
			continue
		}
		m := x.first[h.sent]
		if m == nil {
			m = map[contract.CasualtyKind]int{}
			x.first[h.sent] = m
		}
		if s, ok := m[h.Kind]; !ok || h.Start < s {
			m[h.Kind] = h.Start
		}
	}
	return x
}

// anotherKind is othersOfAnotherKind(hits, h).
func (x kindsBefore) anotherKind(h casHit) bool {
	if x.first == nil {
		return othersOfAnotherKind(x.hits, h)
	}
	for k, s := range x.first[h.sent] {
		if k != h.Kind && s < h.Start {
			return true
		}
	}
	return false
}

// pastEventNouns name an event after its year: "the 2012 rampage", "the
// 2004 tsunami".
var pastEventNouns = map[string]bool{"attack": true, "attacks": true, "bombing": true, "bombings": true, "shooting": true,
	"shootings": true, "massacre": true, "war": true, "rampage": true, "earthquake": true, "tsunami": true, "riots": true}

// historical reports a casualty in a sentence about an earlier event: "the 2015 attack that killed 130".
func historical(d *textdoc.Doc, h casHit, year int) bool {
	if h.sent < 0 {
		return false
	}
	st := d.Sents[h.sent]
	for i := st.TokStart; i < st.TokEnd; i++ {
		t := d.Tok(i)
		if (t == "year" || t == "year.") && i > st.TokStart && (lexicon.Lower(d.Tok(i-1)) == "this" || lexicon.Lower(d.Tok(i-1)) == "last") {
			return true // a tally of the year ("nine officers have been shot this year") or last year's event
		}
		y := yearOf(t)
		if y == 0 {
			continue
		}
		p := ""
		if i > st.TokStart {
			p = lexicon.Lower(d.Tok(i - 1))
		}
		// "in December 2012", "on Dec. 5, 1967": the word before the month
		j := i - 1
		if j > st.TokStart && d.Tok(j) == "," {
			j--
		}
		if j > st.TokStart && len(d.Tok(j)) > 0 && len(d.Tok(j)) <= 2 && textdoc.IsDigitByte(d.Tok(j)[0]) {
			j--
		}
		if j > st.TokStart && j < i && numMonths.at(lexicon.Lower(d.Tok(j))) {
			p = lexicon.Lower(d.Tok(j - 1))
		}
		if p == "since" || p == "until" || p == "by" {
			if i+2 < st.TokEnd && d.Tok(i+1) == "," && lexicon.Lower(d.Tok(i+2)) == "when" {
				return true // "the most since 2004, when 19 were killed": the clause is about 2004
			}
			continue // cumulative to now
		}
		if year == 0 || y < year {
			if p == "in" || p == "the" || p == "of" || i+1 < st.TokEnd && pastEventNouns[lexicon.Lower(d.Tok(i+1))] {
				return true
			}
		}
	}
	return false
}

// deathReported reports an article that says someone died, in words the
// casualty patterns do not count: "He died overnight", "a fatal shooting",
// "investigating a homicide". It reads the article once.
func (f *Figures) deathReported() bool {
	if f.death == 0 {
		f.death = 2
		if readDeath(f.d, f.segments()) {
			f.death = 1
		}
	}
	return f.death == 1
}

// deathWords are the words readDeath reads a death from: true for those
// that tell of one by themselves, false for "dead", which a verb before it
// must make a report ("found dead"). The memo marks them (clsDeath).
var deathWords = map[string]bool{"died": true, "dies": true, "fatal": true, "fatally": true, "homicide": true,
	"slain": true, "deadly": true, "murder": true, "murdered": true, "dead": false}

// readDeath is deathReported over the segments segs of d.
func readDeath(d *textdoc.Doc, segs []segment) bool {
	for _, seg := range segs {
		if !seg.has(clsDeath) {
			continue
		}
		for i := seg.lo; i < seg.hi; i++ {
			if seg.low.class(i)&clsDeath == 0 {
				continue // the memo's class: no word of deathWords
			}
			t := d.Text[seg.toks[i].Start:seg.toks[i].End]
			if len(t) < 4 {
				continue
			}
			// the words beside it read in lower case (lexicon.Lower; a quote mark of tokenized text as '"')
			alone, ok := deathWords[seg.w(i)]
			switch {
			case ok && alone:
				if i > seg.lo && seg.w(i-1) == "attempted" {
					continue
				}
				if i > seg.lo && strings.HasPrefix(seg.w(i-1), "non") {
					continue
				}
				if i+1 < seg.hi && strings.HasPrefix(seg.w(i+1), "weapon") {
					continue // "assault with a deadly weapon" is a charge, not a death
				}
				return true
			case ok: // "dead"
				if i > seg.lo {
					switch seg.w(i - 1) {
					case "pronounced", "declared", "found", "was", "is", "were":
						return true
					}
				}
			}
		}
	}
	return false
}

// ageIn returns the age of "a 17-year-old girl" in text, or 0.
func ageIn(text string) int {
	k := strings.Index(text, "-year-old")
	if k <= 0 {
		return 0
	}
	n, mul := 0, 1
	for j := k - 1; j >= 0 && textdoc.IsDigitByte(text[j]); j-- {
		n += int(text[j]-'0') * mul
		mul *= 10
	}
	return n
}

// namesYear reports whether sentence si names a year (1900–2100).
func namesYear(d *textdoc.Doc, si int) bool {
	st := d.Sents[si]
	for i := st.TokStart; i < st.TokEnd; i++ {
		if y := yearOf(d.Tok(i)); y > 0 {
			return true
		}
	}
	return false
}

// yearOf returns the year a four-digit token or an ISO date ("1996-08-22",
// a wire dateline's) names (1900–2100), or 0.
func yearOf(t string) int {
	if len(t) == 10 && t[4] == '-' && t[7] == '-' && allDigits(t[5:7]) && allDigits(t[8:10]) {
		t = t[:4] // not "1996-XB-12", a code
	}
	if len(t) != 4 || !(t[0] == '1' || t[0] == '2') {
		return 0
	}
	v := 0
	for k := 0; k < 4; k++ {
		if !textdoc.IsDigitByte(t[k]) {
			return 0
		}
		v = v*10 + int(t[k]-'0')
	}
	if v < 1900 || v > 2100 {
		return 0
	}
	return v
}

// storyYear returns the story's year (the function below), read once.
func (f *Figures) storyYear() int {
	if !f.yearRead {
		f.year, f.yearRead = storyYear(f.d), true
	}
	return f.year
}

// storyYear is the year the article reports: its date's, a wire dateline's
// ("ANKARA 1996-08-22" among its first 40 tokens: a later "by 2010" is
// no date of the story), or else the latest year it names (a report without
// a date still tells "in 2011" from now).
func storyYear(d *textdoc.Doc) int {
	if d.Meta.Date != nil && d.Meta.Date.Year > 0 {
		return d.Meta.Date.Year
	}
	for i := 0; i < len(d.Toks) && i < 40; i++ {
		if t := d.Tok(i); len(t) == 10 {
			if y := yearOf(t); y > 0 {
				return y
			}
		}
	}
	y := 0
	for i := range d.Toks {
		if k := d.Kind(i); k&textdoc.KindPlain != 0 && k&textdoc.KindDigit == 0 {
			continue // letters alone: no year, and no look at its bytes
		}
		y = max(y, yearOf(d.Tok(i)))
	}
	return y
}
