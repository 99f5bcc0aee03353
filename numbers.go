package newsparse

import (
	"math"
	"strconv"
	"strings"
	"unicode/utf8"
)

// NumberKind says what a number measures. Only figures (the empty kind) are
// counts or amounts; the other kinds are recognised so that they are not
// mistaken for them.
type NumberKind string

// The kinds of number the grammar recognises.
const (
	KindFigure   NumberKind = ""         // a count or an amount: "350,000", "388bn", "a dozen", "millions"
	KindYear     NumberKind = "year"     // "2011", "the 1990s"
	KindAge      NumberKind = "age"      // "12-year-old", "aged 36"
	KindPercent  NumberKind = "percent"  // "40%", "3.5 per cent", "9 pct"
	KindTime     NumberKind = "time"     // "4 p.m.", "8:20", "4pm"
	KindOrdinal  NumberKind = "ordinal"  // "2nd", "8th"
	KindFraction NumberKind = "fraction" // "two-thirds", "7/8"
	KindStrength NumberKind = "strength" // "1,200-strong"
	KindMeasure  NumberKind = "measure"  // "five-year", "9mm", "10-day": a number inside a unit adjective
	KindPhone    NumberKind = "phone"    // "252-972-1411"
	KindDate     NumberKind = "date"     // "January 20", "20 January"
)

// Number is a quantity read by the number grammar.
type Number struct {
	// Value is the quantity; for a range, its lower end; for a vague
	// quantity, the count its word stands for ("dozens" 12, "thousands" 1000).
	Value float64 `json:"value"`
	// Min and Max are the ends of a range ("2-3bn", "between 10 and 20"); both are 0 otherwise.
	Min float64 `json:"min,omitempty"`
	Max float64 `json:"max,omitempty"`
	// Range reports a range; Value is then Min.
	Range bool `json:"range,omitempty"`
	// Vague reports a quantity given by a word and not a figure: "dozens", "tens of thousands", "several hundred".
	Vague bool `json:"vague,omitempty"`
	// Qualifier is how the figure relates to the true quantity ("about", "more_than", …).
	Qualifier Qualifier `json:"qualifier"`
	// Kind says what the number measures; only KindFigure is a count or an amount.
	Kind NumberKind `json:"kind,omitempty"`
}

// ParseNumber reads s as one number phrase: digits with separators and
// decimals ("350,000", "1,234.5"), magnitudes as words and suffixes ("1.5 mln",
// "388bn", "50 crore"), number words ("twenty-three", "a hundred and five",
// "a dozen"), vague quantities ("dozens", "tens of thousands"), ranges
// ("2-3bn", "between 10 and 20") and a leading or trailing qualifier ("more
// than", "at least", "or more"). It returns the number and true when all of s
// is one such phrase. Years, ages, percentages, times, ordinals, fractions,
// dates and phone numbers parse too, with their Kind set, so that callers can
// tell them from counts and amounts.
func ParseNumber(s string) (Number, bool) {
	s = strings.TrimSpace(s)
	if s == "" || len(s) > 200 || !utf8.ValidString(s) {
		return Number{}, false
	}
	toks := tokenize(s, Span{0, len(s)}, nil)
	if len(toks) == 0 {
		return Number{}, false
	}
	sc := numScan{text: s, toks: toks, lo: 0, hi: len(toks)}
	m, ok := sc.qualified(0)
	if !ok || m.tokEnd != len(toks) || maxInt(m.end, toks[m.tokEnd-1].End) != len(s) {
		return Number{}, false
	}
	n := m.n
	n.Value, n.Min, n.Max = roundFigure(n.Value), roundFigure(n.Min), roundFigure(n.Max)
	return n, true
}

// roundFigure rounds v to 12 significant digits, so that "4.1m" is 4100000
// and not 4099999.9999999995.
func roundFigure(v float64) float64 {
	if v == 0 || math.IsInf(v, 0) || math.IsNaN(v) {
		return v
	}
	r, err := strconv.ParseFloat(strconv.FormatFloat(v, 'g', 12, 64), 64)
	if err != nil {
		return v
	}
	return r
}

// maxNumberTokens bounds the tokens one number phrase may span, so that a
// run of number words costs linear time.
const maxNumberTokens = 12

// numMatch is a number phrase found among tokens.
type numMatch struct {
	qtok     int // first token, qualifier included
	tok      int // first token of the number itself
	tokEnd   int // one past the last token touched
	qstart   int // byte start, qualifier included
	start    int // byte start of the number
	end      int // byte end of the number (may fall inside a token: "100m-share")
	n        Number
	mult     bool    // a magnitude was given ("million", "bn")
	digits   bool    // written with digits
	several  bool    // "several hundred": a vague quantity with no count of its own
	curWord  string  // a currency named inside the number's token ("10-million-dollar")
	pence    bool    // "235p"
	yearLike bool    // four digits, no separator: a year unless a currency says otherwise
	lastMag  float64 // the last magnitude applied
	qend     int     // byte end, trailing qualifier or unit word included
}

// numScan reads number phrases from tokens toks[lo:hi] of text.
type numScan struct {
	text   string
	toks   []Span
	lo, hi int
	title  bool          // the tokens are a headline
	low    []string      // lower-cased tokens, filled on demand (see w)
	ix     *mentionIndex // the article's entity mentions, when the scan looks at them
}

// reuse gives the scanner buf, cleared, for its lower-cased tokens, and
// returns the buffer for the next scanner (one allocation per document).
func (s *numScan) reuse(buf []string) []string {
	n := s.hi - s.lo
	if n < 0 {
		n = 0
	}
	if cap(buf) < n {
		buf = make([]string, n, n+n/2+16)
	}
	buf = buf[:n]
	clear(buf)
	s.low = buf
	return buf
}

// raw returns the text of token i.
func (s *numScan) raw(i int) string {
	if i < s.lo || i >= s.hi {
		return ""
	}
	return s.text[s.toks[i].Start:s.toks[i].End]
}

// w returns the lower-cased text of token i, or "" outside the bounds.
func (s *numScan) w(i int) string {
	if i < s.lo || i >= s.hi {
		return ""
	}
	if s.low == nil {
		s.low = make([]string, s.hi-s.lo)
	}
	if w := s.low[i-s.lo]; w != "" {
		return w
	}
	w := lowerWord(s.raw(i))
	s.low[i-s.lo] = w
	return w
}

// keywords are the lower-case words the figure grammars look for; a test
// checks that every word literal of numbers.go, money.go and casualties.go is
// here. Capitalised tokens are looked up in this set instead of being
// lower-cased, so that the scan does not allocate.
const keywords = `a a.m a.m. abducted abducting aboard about above accidentally according across activist actor actress added
advanced after afterwards again against age aged agency ages aid airlifted airlines all allegedly almost
already also although always am american an and announced another ans any anyone apparently approx approx.
approximately apr apr. april apt apt. are around arrested arresting arrests article as association at attack
attacks attempted aug aug. august authorities avenue avg b badly bank bay be beaten been before beheaded being
believed below besides between billion billions bln bn bodies body bombing boosted boss both box boy breaking
british brutally bst building bullets bus businessman businesswoman but by can captive car casualty cent
center centre cents cet changed channel chapter charges chief child children church circa city civilian
claimed claiming climbed clinic close club co commander company condition confirmed corp could council count
country counts county couple court crew critical critically crore crores ct cts currency custody cut date day
days dead deadly death deaths dec dec. deceased december declared declined decreased department deputies deputy
detained detention did die died dies discovered displaced displacing district div dlr dlrs dm do does dollar
dollars down dozen dozens driven dropped drowned during dying each earnings eased east edt eight eighteen
eighth eighths eighty eleven end entity envoy ers ese est estimated estimates euro evacuated eventually every
exceeding excess executed exit fair falling families fatal fatalities fatally fc feared feb feb. february
federal feet fell few fewer fifteen fifth fifths fifty final five five-year five-year-old fled flee flight
flown following for forced former forty found four fourteen fourth fourty fraction franc french from further
gained gate general german get gets getting girl gmt gone good got grade grams grave grazed greater grew gross
group gunmen gunshot had half halves has have he headline heavy held her here hers herself high highway him
himself his hit hk home homeless homes homicide hospital hospitalised hospitalized hospitals hostage hostages
hour hours house how hrs hundred hundreds hurt i ians if immediately imprisoned in inc including income
increased initially injured injuries injuring injury inside international interstate into investigators is it
ites its jail jailed jan jan. january journalist judge jul. july jumped jun. june just k kg kidnapped
kidnapping kill killed killing kills kilogrammes kilograms kilometres kilos kind km lac lacs lakh lakhs last
later lb lbs leader least leave leaves left less level life line listed lives local loss lost lot lowered ltd
m major man many mar. march marks massacre massacred max maximum may me measure medical men meters metres
might mil mile miles million millions min minimum minister ministry minute minutes missing mln mn month months
more mortally most motors moved much murder murdered must my n't naira name nd near nearly net never
nevertheless new news nine nineteen ninety no no. nobody non non-life-threatening none north not nov nov.
november now number o'clock oct oct. october of office officer officers official officially officials old on
one only ons oper operating opposition or ordinal other others ounces our ours out outside over own p p.m p.m.
page party pc pct pence people per percent percentage perhaps perished personnel peso phone pier platform plc
plunged plus pm points police policemen post pound pounds pre-tax precinct president presumed pretax priest
prime profit pronoun pronounced pulled qtly qtrly qualifier quarter quarters r raised rand rd reached real
rebel received recently recover recovered recovering reduced released remain remained remains repeatedly
report reported reportedly reports revenue revenues revised revs rials risen rising rm road room rose rouble
roughly rounds route rp rs ruble rupee rushed s said sales savagely says school schoolgirls scores second
section self senior sep sep. sept sept. september serious seriously service services seven seventeen seventy
several severely shares she sheriff shilling shooting shot shots should shr shr. shrank shrs since singer six
sixteen sixth sixths sixty size slain slaying slightly slipped slumped so soared soldiers some someone
sometimes south ss st stabbed stable staff stands start state stated sterling still stood street strength
strong struck subsequently succumbed suffered suffering suite surged survived sustained suv taken takes taking
team teen ten tens tenth tenths terminal text th than that the their theirs them then there these they third
thirds thirteen thirty this those though thought thousand thousands three three-man three-million-dollar thus
time times times. title tn to told toll tonnes tons took top towards tr transported treated trillion trillions
trimmed triplet triplets trl trn troopers truck tumbled turnover twelve twenty twenty-three twin twins two
two-thirds unaccounted under union unit united university unless until up update updated upwards us usd utc
vague value van vehicle version versus vice viciously villages vs vs. waitress war ward was was. we week weeks
weighed weighing weighs weight weights well went were west what when where whereas which while who whom why
will window with without witnesses woman women won worker would wound wounded wounding wounds yards year years
yen yes you your yours yr yrs yuan zero
abandon chased drives driving drove evacuate force forces forcing uprooted
attempt attempting conspiracy intent narrowly planned planning plotted plotting possibly potentially threaten
threatened threatening threatens tried tries try trying vowed wanted
monday tuesday wednesday thursday friday saturday sunday along`

// vocab interns the keywords and the words of the lexicon's tables.
var vocab = func() map[string]string {
	m := map[string]string{}
	for _, w := range strings.Fields(keywords) {
		m[w] = w
	}
	for _, t := range []map[string]string{currencyMarks, dollarPrefixes, currencyNames, centNames, nameAdjectives} {
		for w := range t {
			m[w] = w
		}
	}
	for _, t := range []map[string]bool{victimNouns, nonPersonNouns} {
		for w := range t {
			m[w] = w
		}
	}
	return m
}()

// lowerWord returns the lower-case form of token t when it is a keyword, a
// number or a hyphenated word; another capitalised word comes back as written
// (it matches no keyword either way). It allocates only for capitalised
// hyphenated words and numbers.
func lowerWord(t string) string {
	upper := false
	for i := 0; i < len(t); i++ {
		if c := t[i]; c >= 'A' && c <= 'Z' {
			upper = true
			break
		}
	}
	if !upper {
		return t
	}
	if len(t) <= 24 {
		var buf [24]byte
		for i := 0; i < len(t); i++ {
			c := t[i]
			if c >= 'A' && c <= 'Z' {
				c += 'a' - 'A'
			}
			buf[i] = c
		}
		if v, ok := vocab[string(buf[:len(t)])]; ok {
			return v
		}
	}
	if strings.ContainsAny(t, "-0123456789") {
		return strings.ToLower(t)
	}
	return t
}

// lowerASCII lower-cases s, allocating only when s has an upper-case ASCII letter.
func lowerASCII(s string) string {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= 'A' && c <= 'Z' {
			return strings.ToLower(s)
		}
	}
	return s
}

var smallNumbers = map[string]float64{
	"zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
	"nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
	"sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30,
	"forty": 40, "fourty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
}

// magnitudes as words standing after a number.
var magnitudeWords = map[string]float64{
	"hundred": 100, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
	"mln": 1e6, "mn": 1e6, "mil": 1e6, "bln": 1e9, "bn": 1e9, "tn": 1e12, "trn": 1e12, "trl": 1e12,
	"crore": 1e7, "crores": 1e7, "lakh": 1e5, "lakhs": 1e5, "lac": 1e5, "lacs": 1e5,
	"billions": 0, "millions": 0, // placeholders: plural magnitudes are vague, see vagueWords
}

// magnitudes written on the number ("388bn", "50m", "5k").
var magnitudeSuffixes = map[string]float64{
	"k": 1e3, "m": 1e6, "mn": 1e6, "mln": 1e6, "mil": 1e6, "million": 1e6, "b": 1e9, "bn": 1e9, "bln": 1e9,
	"billion": 1e9, "tn": 1e12, "trn": 1e12, "tr": 1e12, "trillion": 1e12, "thousand": 1e3, "crore": 1e7, "lakh": 1e5,
}

// vague plurals and the count each stands for.
var vagueWords = map[string]float64{
	"dozens": 12, "scores": 20, "hundreds": 100, "thousands": 1000, "millions": 1e6, "billions": 1e9,
	"tens": 10, "trillions": 1e12,
}

var numMonths = map[string]bool{
	"january": true, "february": true, "march": true, "april": true, "may": true, "june": true, "july": true,
	"august": true, "september": true, "october": true, "november": true, "december": true,
	"jan": true, "jan.": true, "feb": true, "feb.": true, "mar.": true, "apr": true, "apr.": true, "jun.": true,
	"jul.": true, "aug": true, "aug.": true, "sep": true, "sep.": true, "sept": true, "sept.": true,
	"oct": true, "oct.": true, "nov": true, "nov.": true, "dec": true, "dec.": true,
}

// words after a hyphen that make the number part of a unit adjective.
var fractionWords = map[string]float64{
	"half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4, "fifth": 5, "fifths": 5,
	"sixth": 6, "sixths": 6, "tenth": 10, "tenths": 10, "eighth": 8, "eighths": 8,
}

// qualifier phrases, longest first within each leading word.
var qualifierPhrases = map[string][]struct {
	rest []string
	q    Qualifier
}{
	"about":         {{nil, About}},
	"around":        {{nil, About}},
	"approximately": {{nil, About}},
	"approx":        {{nil, About}},
	"approx.":       {{nil, About}},
	"roughly":       {{nil, About}},
	"nearly":        {{nil, About}},
	"almost":        {{nil, About}},
	"some":          {{nil, About}},
	"circa":         {{nil, About}},
	"estimated":     {{nil, About}},
	"an":            {{[]string{"estimated"}, About}},
	"close":         {{[]string{"to"}, About}},
	"more":          {{[]string{"than"}, MoreThan}},
	"over":          {{nil, MoreThan}},
	"above":         {{nil, MoreThan}},
	"exceeding":     {{nil, MoreThan}},
	"upwards":       {{[]string{"of"}, MoreThan}},
	"greater":       {{[]string{"than"}, MoreThan}},
	"in":            {{[]string{"excess", "of"}, MoreThan}},
	"well":          {{[]string{"over"}, MoreThan}, {[]string{"above"}, MoreThan}, {[]string{"under"}, LessThan}},
	"just":          {{[]string{"over"}, MoreThan}, {[]string{"above"}, MoreThan}, {[]string{"under"}, LessThan}, {[]string{"below"}, LessThan}},
	"at":            {{[]string{"least"}, AtLeast}, {[]string{"most"}, AtMost}},
	"no":            {{[]string{"fewer", "than"}, AtLeast}, {[]string{"less", "than"}, AtLeast}, {[]string{"more", "than"}, AtMost}},
	"not":           {{[]string{"less", "than"}, AtLeast}, {[]string{"more", "than"}, AtMost}},
	"a":             {{[]string{"minimum", "of"}, AtLeast}, {[]string{"maximum", "of"}, AtMost}},
	"less":          {{[]string{"than"}, LessThan}},
	"fewer":         {{[]string{"than"}, LessThan}},
	"under":         {{nil, LessThan}},
	"below":         {{nil, LessThan}},
	"up":            {{[]string{"to"}, AtMost}},
	"as":            {{[]string{"many", "as"}, AtMost}, {[]string{"much", "as"}, AtMost}, {[]string{"high", "as"}, AtMost}},
}

// qualifierAt reads a qualifier phrase at token i and returns it with the
// index of the token after it.
func (s *numScan) qualifierAt(i int) (Qualifier, int, bool) {
	alts, ok := qualifierPhrases[s.w(i)]
	if !ok {
		return Exact, i, false
	}
	for _, a := range alts {
		j := i + 1
		match := true
		for _, r := range a.rest {
			if s.w(j) != r {
				match = false
				break
			}
			j++
		}
		if match {
			return a.q, j, true
		}
	}
	return Exact, i, false
}

// qualified reads a number phrase at token i, with an optional qualifier first.
func (s *numScan) qualified(i int) (numMatch, bool) {
	if q, j, ok := s.qualifierAt(i); ok {
		if m, ok := s.number(j); ok {
			if m.n.Qualifier == Exact {
				m.n.Qualifier = q
			}
			m.qtok, m.qstart = i, s.toks[i].Start
			return m, true
		}
		if q == About && s.w(j) == "estimated" { // "some estimated 300"
			if m, ok := s.number(j + 1); ok {
				m.n.Qualifier = About
				m.qtok, m.qstart = i, s.toks[i].Start
				return m, true
			}
		}
	}
	return s.number(i)
}

// canStartNumber reports whether token i can begin a number (cheap test for the scanning loops).
func (s *numScan) canStartNumber(i int) bool {
	t := s.raw(i)
	if t == "" {
		return false
	}
	c := t[0]
	if c >= '0' && c <= '9' {
		return true
	}
	if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z') {
		return false
	}
	w := s.w(i)
	if _, ok := qualifierPhrases[w]; ok {
		return true
	}
	if _, ok := smallNumbers[w]; ok {
		return true
	}
	if _, ok := vagueWords[w]; ok {
		return true
	}
	switch w {
	case "a", "an", "half", "several", "dozen", "hundred", "thousand", "million", "billion", "between", "from", "few":
		return true
	}
	if k := strings.IndexByte(w, '-'); k > 0 {
		_, ok := smallNumbers[w[:k]]
		return ok
	}
	return false
}

// number reads a number phrase (no leading qualifier) at token i.
func (s *numScan) number(i int) (numMatch, bool) {
	if i < s.lo || i >= s.hi {
		return numMatch{}, false
	}
	w := s.w(i)
	if w == "between" || w == "from" && !changeWords[s.w(i-1)] {
		// "between 10 and 20", "from 5 to 7 million"
		a, ok := s.core(i + 1)
		if !ok || a.n.Kind != KindFigure {
			return numMatch{}, false
		}
		link := "and"
		if w == "from" {
			link = "to"
		}
		if s.w(a.tokEnd) == link && a.end == s.toks[a.tokEnd-1].End {
			if b, ok := s.core(a.tokEnd + 1); ok && b.n.Kind == KindFigure {
				if r, ok := joinRange(a, b); ok {
					r.qtok, r.qstart = i, s.toks[i].Start
					return s.trailing(r), true
				}
			}
		}
		return numMatch{}, false
	}
	a, ok := s.core(i)
	if !ok {
		return numMatch{}, false
	}
	if a.n.Kind == KindFigure && !a.n.Range && a.end == s.toks[a.tokEnd-1].End {
		// ranges over tokens: "10 to 20", "six or seven million", "5 - 7"; not a change ("rose 3p to 245p")
		link := s.w(a.tokEnd)
		if link == "to" && (changeWords[s.w(i-1)] || a.pence) {
			link = ""
		}
		switch link {
		case "to", "or", "-", "\u2013":
			if b, ok := s.core(a.tokEnd + 1); ok && b.n.Kind == KindFigure && !b.n.Range {
				if r, ok := joinRange(a, b); ok {
					a = r
				}
			}
		}
	}
	if a.n.Kind == KindFigure {
		a = s.trailing(a)
	}
	return a, true
}

// changeWords come before a change, not a range: "rose 10 to 20", "fell from 5 to 3".
var changeWords = map[string]bool{
	"rose": true, "fell": true, "up": true, "down": true, "gained": true, "lost": true, "increased": true,
	"decreased": true, "cut": true, "raised": true, "climbed": true, "dropped": true, "jumped": true, "slipped": true,
	"added": true, "grew": true, "shrank": true, "rising": true, "falling": true, "declined": true, "plunged": true,
	"soared": true, "surged": true, "slumped": true, "tumbled": true, "eased": true, "advanced": true, "lowered": true,
	"boosted": true, "trimmed": true, "reduced": true, "revised": true, "moved": true, "went": true, "changed": true,
}

// joinRange makes the range a–b; a magnitude on b alone applies to both ends.
func joinRange(a, b numMatch) (numMatch, bool) {
	if a.n.Vague || b.n.Vague || a.curWord != "" {
		return numMatch{}, false
	}
	lo, hi := a.n.Value, b.n.Value
	if !a.mult && b.mult && b.lastMult() > 1 {
		lo *= b.lastMult()
	}
	if !(lo < hi) {
		return numMatch{}, false
	}
	r := a
	r.tokEnd, r.end = b.tokEnd, b.end
	r.n = Number{Value: lo, Min: lo, Max: hi, Range: true}
	r.mult = a.mult || b.mult
	r.curWord = b.curWord
	r.yearLike = false
	return r, true
}

// trailing reads "or more", "or so", "plus" after a figure.
func (s *numScan) trailing(m numMatch) numMatch {
	if m.end != s.toks[m.tokEnd-1].End {
		return m
	}
	switch s.w(m.tokEnd) {
	case "or":
		switch s.w(m.tokEnd + 1) {
		case "more":
			m.n.Qualifier = AtLeast
			m.tokEnd += 2
		case "so":
			m.n.Qualifier = About
			m.tokEnd += 2
		}
	case "plus", "+":
		// "100 plus", "100+": more than; "£35m plus add-ons" adds something else
		if n := s.raw(m.tokEnd + 1); n == "" || !(n[0] >= 'a' && n[0] <= 'z') {
			m.n.Qualifier = MoreThan
			m.tokEnd++
		}
	}
	return m
}

// core reads one number at token i: digits or words, with a magnitude.
func (s *numScan) core(i int) (numMatch, bool) {
	if i < s.lo || i >= s.hi {
		return numMatch{}, false
	}
	t := s.raw(i)
	if t == "" {
		return numMatch{}, false
	}
	m := numMatch{qtok: i, tok: i, tokEnd: i + 1, qstart: s.toks[i].Start, start: s.toks[i].Start, end: s.toks[i].End}
	c := t[0]
	if c >= '0' && c <= '9' {
		if !s.digitsTok(&m, t) {
			return numMatch{}, false
		}
	} else if !s.words(&m) {
		return numMatch{}, false
	}
	if m.n.Kind != KindFigure {
		return m, true
	}
	// a magnitude word after the number ("1.5 million", "five hundred thousand", "50 crore")
	if m.end == s.toks[m.tokEnd-1].End && !m.n.Vague {
		for m.tokEnd < s.hi && m.tokEnd-m.tok < maxNumberTokens {
			mv, ok := magnitudeWords[s.w(m.tokEnd)]
			if !ok || mv == 0 {
				break
			}
			if m.mult && mv <= m.lastMult() {
				break
			}
			m.scale(mv)
			m.mult = true
			m.setLastMult(mv)
			m.tokEnd++
			m.end = s.toks[m.tokEnd-1].End
		}
	}
	// what follows can say the number is not a figure
	if m.end == s.toks[m.tokEnd-1].End {
		switch nx := s.w(m.tokEnd); nx {
		case "%", "percent", "pct", "pc", "percentage":
			m.n.Kind = KindPercent
			m.tokEnd++
		case "per":
			if s.w(m.tokEnd+1) == "cent" {
				m.n.Kind = KindPercent
				m.tokEnd += 2
			}
		case "a.m.", "p.m.", "am", "pm", "a.m", "p.m", "gmt", "edt", "est", "bst", "hrs", "o'clock", "cet", "utc":
			if !m.mult {
				m.n.Kind = KindTime
				m.tokEnd++
			}
		case "years", "year", "yrs":
			if s.w(m.tokEnd+1) == "old" {
				m.n.Kind = KindAge
				m.tokEnd += 2
			} else if s.w(m.tokEnd+1) == "of" && s.w(m.tokEnd+2) == "age" {
				m.n.Kind = KindAge
				m.tokEnd += 3
			}
		default:
			if numMonths[nx] && m.digits && !m.mult && m.n.Value >= 1 && m.n.Value <= 31 {
				m.n.Kind = KindDate
			}
		}
	}
	// what precedes: "January 20", "aged 36", "No. 5"
	if i > s.lo {
		switch p := s.w(i - 1); p {
		case "aged", "age", "ages":
			if !m.mult {
				m.n.Kind = KindAge
			}
		case "no.", "number", "route", "highway", "interstate", "flight", "room", "channel", "apt", "apt.", "suite", "unit", "page", "chapter", "article", "section", "platform", "gate", "bus", "line", "district", "ward", "precinct", "level", "grade", "size", "version", "exit", "mile", "lot", "pier", "terminal", "bay", "box":
			if m.digits && !m.mult {
				m.n.Kind = KindMeasure
			}
		default:
			if numMonths[p] && m.digits && !m.mult && m.n.Value >= 1 && m.n.Value <= 31 && !strings.Contains(s.raw(i), ",") {
				m.n.Kind = KindDate
			}
		}
	}
	if m.yearLike && !m.mult && m.n.Kind == KindFigure && !m.n.Range {
		m.n.Kind = KindYear
	}
	return m, true
}

// lastMult returns the last magnitude applied to the match (1 when none).
func (m *numMatch) lastMult() float64 {
	if m.lastMag == 0 {
		return 1
	}
	return m.lastMag
}

// setLastMult records the last magnitude applied to the match.
func (m *numMatch) setLastMult(v float64) { m.lastMag = v }

// scale multiplies the match's value (both ends of a range).
func (m *numMatch) scale(f float64) {
	m.n.Value *= f
	if m.n.Range {
		m.n.Min *= f
		m.n.Max *= f
	}
}

// parseNumeral reads digits with thousands separators and a decimal part at the start of t.
func parseNumeral(t string) (v float64, n int, comma, dot bool, ok bool) {
	var buf [32]byte
	b := buf[:0]
	i := 0
	for i < len(t) {
		c := t[i]
		if c >= '0' && c <= '9' {
			if len(b) < len(buf)-2 {
				b = append(b, c)
			}
			i++
			continue
		}
		if c == ',' && len(b) > 0 && i+3 < len(t)+1 && i+4 <= len(t) && isDigitByte(t[i+1]) && isDigitByte(t[i+2]) && isDigitByte(t[i+3]) && (i+4 == len(t) || !isDigitByte(t[i+4])) {
			comma = true
			i++
			continue
		}
		break
	}
	if len(b) == 0 {
		return 0, 0, false, false, false
	}
	if i+1 < len(t) && t[i] == '.' && isDigitByte(t[i+1]) {
		dot = true
		b = append(b, '.')
		i++
		for i < len(t) && isDigitByte(t[i]) {
			if len(b) < len(buf) {
				b = append(b, t[i])
			}
			i++
		}
	}
	f, err := strconv.ParseFloat(string(b), 64)
	if err != nil {
		return 0, 0, false, false, false
	}
	return f, i, comma, dot, true
}

// digitsTok reads a number written with digits in token text t.
func (s *numScan) digitsTok(m *numMatch, t string) bool {
	v, n, comma, dot, ok := parseNumeral(t)
	if !ok {
		return false
	}
	m.digits = true
	m.n.Value = v
	if n == 4 && !comma && !dot && v >= 1000 && v <= 2100 {
		m.yearLike = true
	}
	rest := t[n:]
	base := s.toks[m.tok].Start
	m.end = base + n
	if rest == "" {
		return true
	}
	// mixed fractions and plain fractions: "20-20/32", "9-7/8", "7/8"
	switch rest[0] {
	case '/':
		num := v
		d, k, _, _, ok := parseNumeral(rest[1:])
		if !ok || k+1 != len(rest) || !(num < d) || !isMarketDenominator(d) {
			m.n.Kind = KindMeasure // "9/11", "24/7"
			m.end = base + len(t)
			return true
		}
		m.n.Value = num / d
		m.n.Kind = KindFraction
		m.end = base + len(t)
		return true
	case ':':
		m.n.Kind = KindTime
		m.end = base + len(t)
		return true
	case '%':
		m.n.Kind = KindPercent
		m.end = base + n + 1
		return true
	case '+':
		m.n.Qualifier = MoreThan
		m.end = base + n
		return true
	case '-', 0xe2: // '-' or the first byte of '–'
		return s.afterHyphen(m, t, n)
	}
	// letters straight after the digits
	j := n
	for j < len(rest)+n && j < len(t) && (t[j] >= 'a' && t[j] <= 'z' || t[j] >= 'A' && t[j] <= 'Z' || t[j] == '.') {
		j++
	}
	suf := lowerASCII(t[n:j])
	if mv, ok := magnitudeSuffixes[suf]; ok {
		m.scale(mv)
		m.mult = true
		m.setLastMult(mv)
		m.end = base + j
		m.yearLike = false
		if j < len(t) && (t[j] == '-' || t[j] == '/') {
			// "100m-share", "10m-a-year": the figure stops at the hyphen
			return true
		}
		if j != len(t) {
			return false
		}
		return true
	}
	switch suf {
	case "st", "nd", "rd", "th":
		m.n.Kind = KindOrdinal
	case "am", "pm", "a.m.", "p.m.", "a.m", "p.m", "hrs", "gmt":
		m.n.Kind = KindTime
	case "s":
		m.n.Kind = KindYear // "1990s", "80s"
	case "p":
		m.pence = true
		m.end = base + j
		return j == len(t)
	default:
		m.n.Kind = KindMeasure // "9mm", "5km", "3D"
	}
	m.end = base + len(t)
	return true
}

// isMarketDenominator reports the denominators of written fractions: market
// eighths to sixty-fourths ("20-20/32"), thirds, tenths and hundredths.
func isMarketDenominator(d float64) bool {
	return d == 2 || d == 4 || d == 8 || d == 16 || d == 32 || d == 64 || d == 3 || d == 10 || d == 100
}

// afterHyphen reads what follows digits and a hyphen inside one token: a
// range "2-3bn", a mixed fraction "20-20/32", a phone number, an age
// "12-year-old", a size "1,200-strong", or a unit adjective "five-year".
func (s *numScan) afterHyphen(m *numMatch, t string, n int) bool {
	base := s.toks[m.tok].Start
	hl := 1
	if t[n] != '-' {
		if !strings.HasPrefix(t[n:], "\u2013") {
			return false
		}
		hl = len("\u2013")
	}
	rest := t[n+hl:]
	if rest == "" {
		m.end = base + n
		return true
	}
	if isDigitByte(rest[0]) {
		v2, k, _, _, ok := parseNumeral(rest)
		if !ok {
			return false
		}
		after := rest[k:]
		if strings.HasPrefix(after, "/") {
			d, k2, _, _, ok := parseNumeral(after[1:])
			if ok && k2+1 == len(after) && v2 < d && isMarketDenominator(d) {
				m.n.Value += v2 / d
				m.end = base + len(t)
				return true
			}
			m.n.Kind = KindMeasure
			m.end = base + len(t)
			return true
		}
		if strings.HasPrefix(after, "-") && len(after) > 1 && isDigitByte(after[1]) {
			m.n.Kind = KindPhone
			m.end = base + len(t)
			return true
		}
		mv := 1.0
		if after != "" {
			j := 0
			for j < len(after) && (after[j] >= 'a' && after[j] <= 'z' || after[j] >= 'A' && after[j] <= 'Z') {
				j++
			}
			if f, ok := magnitudeSuffixes[lowerASCII(after[:j])]; ok {
				mv = f
				m.mult = true
				m.setLastMult(f)
			} else if lowerASCII(after[:j]) == "year" || lowerASCII(after[:j]) == "years" {
				m.n.Kind = KindAge
				m.end = base + len(t)
				return true
			} else {
				m.n.Kind = KindMeasure
				m.end = base + len(t)
				return true
			}
			if j < len(after) && after[j] != '-' {
				return false
			}
			after = after[j:]
		}
		lo, hi := m.n.Value*mv, v2*mv
		if !(lo < hi) {
			m.n.Kind = KindMeasure // a score "3-1", "2-2"
			m.end = base + len(t)
			return true
		}
		m.n = Number{Value: lo, Min: lo, Max: hi, Range: true}
		m.yearLike = false
		m.end = base + len(t) - len(after)
		return true
	}
	return s.hyphenWords(m, rest, base+n, base+n+hl)
}

// hyphenWords reads the words after a number and a hyphen ("-year-old",
// "-strong", "-million-dollar", "-share"); numEnd is where the number ends in
// the text, at the hyphen starting rest at restAt.
func (s *numScan) hyphenWords(m *numMatch, rest string, numEnd, restAt int) bool {
	parts := strings.Split(lowerASCII(rest), "-")
	first := parts[0]
	switch {
	case first == "strong":
		m.n.Kind = KindStrength
	case len(parts) >= 2 && (parts[1] == "old" || parts[len(parts)-1] == "old") && timeUnit(first):
		m.n.Kind = KindAge
	case first == "plus":
		m.n.Qualifier = MoreThan
		m.end = numEnd + len("-plus")
		return true
	case fractionWords[first] != 0:
		m.n.Value /= fractionWords[first]
		m.n.Kind = KindFraction
	default:
		if mv, ok := magnitudeWords[first]; ok && mv > 0 {
			m.scale(mv)
			m.mult = true
			m.setLastMult(mv)
			m.yearLike = false
			end := restAt + len(first)
			if len(parts) >= 2 && isCurrencyWordStem(parts[1]) {
				m.curWord = parts[1]
				end += 1 + len(parts[1])
			}
			m.end = end
			return true
		}
		if isCurrencyWordStem(first) {
			m.curWord = first
			m.end = restAt + len(first)
			return true
		}
		if m.mult {
			m.end = numEnd // "100m-share"
			return true
		}
		m.n.Kind = KindMeasure // "five-year", "10-day", "three-man"
	}
	m.end = s.toks[m.tokEnd-1].End
	return true
}

// timeUnit reports the words of an age adjective ("12-year-old", "2-month-old").
func timeUnit(w string) bool {
	switch w {
	case "year", "years", "month", "months", "week", "weeks", "day", "days", "yr", "yrs", "hour", "hours":
		return true
	}
	return false
}

// isCurrencyWordStem reports currency names used in hyphenated adjectives ("10-million-dollar").
func isCurrencyWordStem(w string) bool {
	switch w {
	case "dollar", "pound", "euro", "yen", "yuan", "rupee", "franc", "dlr", "sterling", "rouble", "ruble", "peso", "rand", "naira", "shilling":
		return true
	}
	return false
}

// words reads a number written in words at token m.tok.
func (s *numScan) words(m *numMatch) bool {
	i := m.tok
	w := s.w(i)
	switch w {
	case "a", "an":
		nx := s.w(i + 1)
		switch nx {
		case "dozen":
			m.n.Value = 12
			m.tokEnd = i + 2
		case "hundred", "thousand", "million", "billion", "trillion":
			m.n.Value = 1
			m.tokEnd = i + 1
			return s.wordSeq(m, i+1)
		case "few", "couple":
			if nx == "couple" && s.w(i+2) == "of" {
				m.n.Value = 2
				m.tokEnd = i + 3
				m.end = s.toks[i+2].End
				return true
			}
			if mv, ok := magnitudeWords[s.w(i+2)]; ok && mv > 0 {
				m.n.Value = mv
				m.n.Vague = true
				m.several = true
				m.mult = true
				m.tokEnd = i + 3
				return s.moreMagnitudes(m)
			}
			return false
		default:
			return false
		}
		m.end = s.toks[m.tokEnd-1].End
		return true
	case "half":
		if (s.w(i+1) == "a" || s.w(i+1) == "an") && (s.w(i+2) == "million" || s.w(i+2) == "billion" || s.w(i+2) == "dozen" || s.w(i+2) == "trillion") {
			v := map[string]float64{"million": 1e6, "billion": 1e9, "dozen": 12, "trillion": 1e12}[s.w(i+2)]
			m.n.Value = v / 2
			m.mult = true
			m.tokEnd = i + 3
			m.end = s.toks[i+2].End
			return true
		}
		return false
	case "several", "many":
		if mv, ok := magnitudeWords[s.w(i+1)]; ok && mv > 0 && mv < 1e5 || s.w(i+1) == "million" || s.w(i+1) == "billion" {
			mv = magnitudeWords[s.w(i+1)]
			m.n.Value = mv
			m.n.Vague = true
			m.several = true
			m.mult = true
			m.tokEnd = i + 2
			return s.moreMagnitudes(m)
		}
		return false
	}
	if v, ok := vagueWords[w]; ok {
		m.n.Value = v
		m.n.Vague = true
		m.mult = true
		m.tokEnd = i + 1
		m.end = s.toks[i].End
		// "tens of thousands", "hundreds of millions"
		for s.w(m.tokEnd) == "of" {
			v2, ok := vagueWords[s.w(m.tokEnd+1)]
			if !ok || v2 < 1000 || v2 <= m.n.Value {
				break
			}
			m.n.Value *= v2
			m.tokEnd += 2
			m.end = s.toks[m.tokEnd-1].End
		}
		if w == "tens" && m.n.Value < 1000 {
			return false
		}
		return true
	}
	return s.wordSeq(m, i)
}

// moreMagnitudes extends a vague "several hundred" with "thousand", "million".
func (s *numScan) moreMagnitudes(m *numMatch) bool {
	last := m.n.Value
	for m.tokEnd-m.tok < maxNumberTokens {
		mv, ok := magnitudeWords[s.w(m.tokEnd)]
		if !ok || mv <= 1 || mv <= last {
			break
		}
		last = mv
		m.n.Value *= mv
		m.tokEnd++
	}
	m.end = s.toks[m.tokEnd-1].End
	return true
}

// wordSeq reads number words from token i: "twenty-three", "two hundred and
// five", "three million", "two dozen"; m.n.Value may hold a leading 1 ("a hundred").
func (s *numScan) wordSeq(m *numMatch, i int) bool {
	total, cur := 0.0, 0.0
	if m.n.Value == 1 && i > m.tok { // "a hundred"
		cur = 1
	}
	seen := false
	j := i
	lastSmall := false
	for j < s.hi && j < i+maxNumberTokens {
		w := s.w(j)
		if v, ok := smallNumbers[w]; ok {
			if lastSmall && !(cur >= 20 && int(cur)%10 == 0 && v < 10 && cur < 100) && !(int(cur)%100 == 0 && cur > 0 && v < 100) {
				break
			}
			cur += v
			seen, lastSmall = true, true
			j++
			continue
		}
		if k := strings.IndexByte(w, '-'); k > 0 {
			// "twenty-three", "two-thirds", "five-year-old", "three-million-dollar"
			head := w[:k]
			hv, ok := smallNumbers[head]
			if !ok {
				break
			}
			if lastSmall && !(int(cur)%100 == 0 && cur > 0) {
				break
			}
			tail := w[k+1:]
			if tv, ok := smallNumbers[tail]; ok && hv >= 20 && tv < 10 {
				cur += hv + tv
				seen, lastSmall = true, true
				j++
				continue
			}
			if tk := strings.IndexByte(tail, '-'); tk > 0 {
				if tv, ok := smallNumbers[tail[:tk]]; ok && hv >= 20 && tv < 10 {
					hv += tv
					k += 1 + tk
					tail = tail[tk+1:]
				}
			}
			cur += hv
			seen = true
			m.tokEnd = j + 1
			m.n.Value = total + cur
			start := s.toks[j].Start
			if !s.hyphenWords(m, s.raw(j)[k+1:], start+k, start+k+1) {
				return false
			}
			m.end = minInt(m.end, s.toks[j].End)
			if m.n.Kind != KindFigure && m.n.Kind != KindFraction && m.n.Kind != KindAge && m.n.Kind != KindStrength && m.n.Kind != KindMeasure {
				return true
			}
			return true
		}
		if mv, ok := magnitudeWords[w]; ok && mv > 0 && seen || (w == "hundred" || w == "thousand" || w == "million" || w == "billion" || w == "trillion") && cur == 1 {
			if mv == 0 {
				mv = magnitudeWords[w]
			}
			if cur == 0 {
				cur = 1
			}
			if mv == 100 {
				cur *= 100
			} else {
				total += cur * mv
				cur = 0
			}
			m.mult = true
			m.setLastMult(mv)
			seen, lastSmall = true, false
			j++
			// "a hundred and five"
			if s.w(j) == "and" {
				if _, ok := smallNumbers[s.w(j+1)]; ok {
					j++
				} else if k := strings.IndexByte(s.w(j+1), '-'); k > 0 {
					if _, ok := smallNumbers[s.w(j + 1)[:k]]; ok {
						j++
					}
				}
			}
			continue
		}
		if w == "dozen" && seen && cur > 0 && cur < 100 {
			cur *= 12
			j++
			lastSmall = false
			continue
		}
		break
	}
	if !seen {
		return false
	}
	m.n.Value = total + cur
	m.tokEnd = j
	m.end = s.toks[j-1].End
	// fractions in two words: "two thirds"
	if fv, ok := fractionWords[s.w(j)]; ok && !m.mult && m.n.Value < fv {
		m.n.Value /= fv
		m.n.Kind = KindFraction
		m.tokEnd = j + 1
		m.end = s.toks[j].End
	}
	return true
}

func maxInt(a, b int) int {
	if a > b {
		return a
	}
	return b
}

func minInt(a, b int) int {
	if a < b {
		return a
	}
	return b
}
