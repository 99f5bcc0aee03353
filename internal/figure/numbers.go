package figure

import (
	"math"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/newsparse/newsparse/internal/contract"
	"github.com/newsparse/newsparse/internal/lexicon"
	"github.com/newsparse/newsparse/internal/textdoc"
)

// ParseNumber reads s as one number phrase: digits with separators and
// decimals ("350,000", "1,234.5"), magnitudes as words and suffixes ("1.5 mln",
// "388bn", "50 crore"), number words ("twenty-three", "a hundred and five",
// "a dozen"), vague quantities ("dozens", "tens of thousands"), ranges
// ("2-3bn", "between 10 and 20") and a leading or trailing qualifier ("more
// than", "at least", "or more"). It returns the number and true when all of s
// is one such phrase. Years, ages, percentages, times, ordinals, fractions,
// dates and phone numbers parse too, with their Kind set, so that callers can
// tell them from counts and amounts.
func ParseNumber(s string) (contract.Number, bool) {
	s = strings.TrimSpace(s)
	if s == "" || len(s) > 200 || !utf8.ValidString(s) {
		return contract.Number{}, false
	}
	toks := textdoc.Tokenize(s, contract.Span{Start: 0, End: len(s)}, nil)
	if len(toks) == 0 {
		return contract.Number{}, false
	}
	sc := scanOf(s, toks)
	m, ok := sc.qualified(0)
	if !ok || m.tokEnd != len(toks) || maxInt(m.end, toks[m.tokEnd-1].End) != len(s) {
		return contract.Number{}, false
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
	n        contract.Number
	mult     bool    // a magnitude was given ("million", "bn")
	digits   bool    // written with digits
	several  bool    // "several hundred": a vague quantity with no count of its own
	unstated bool    // "several", "many", "a number of": victims of no count (unstated.go)
	curWord  string  // a currency named inside the number's token ("10-million-dollar")
	pence    bool    // "235p"
	cent     bool    // "25c", written so in lower case
	yearLike bool    // four digits, no separator: a year unless a currency says otherwise
	lastMag  float64 // the last magnitude applied
	qend     int     // byte end, trailing qualifier or unit word included
}

// numScan reads number phrases from tokens toks[lo:hi] of text.
type numScan struct {
	text   string
	toks   []contract.Span
	lo, hi int
	title  bool          // the tokens are a headline
	low    lowMemo       // the lower-cased tokens and their classes: the article's (a segment's), or a view's own
	ix     *mentionIndex // the article's entity mentions, when the scan looks at them
	// grammar marks the casualty grammar's scan (casgrammar.go): it reads the
	// grammar's further predicates, which the pattern reader, and so the toll, leave
	grammar bool
	// changeAt marks a view of a glued mark's digits ("fell $1 to 398")
	// whose scan has a verb of change before the mark
	changeAt bool
	// cause is harmCause's answer for the tokens [causeLo, causeHi): 0
	// unread, 1 a word of harm's cause among them, 2 none
	cause            int8
	causeLo, causeHi int
	// headline is headlineLike's answer for the tokens [headLo, headHi): 0
	// unread, 1 a headline, 2 not
	headline       int8
	headLo, headHi int
	// vm keeps the victim phrases read at the scan's positions (victimAt), or nil
	vm *victimMemo
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
	if uint(i-s.lo) < uint(s.hi-s.lo) {
		return s.low.word(i) // every scan reads a memo of its tokens (newLowMemo)
	}
	return ""
}

// scanOf returns the scan of all of toks, tokens of text, with a memo of its own.
func scanOf(text string, toks []contract.Span) numScan {
	return numScan{text: text, toks: toks, lo: 0, hi: len(toks), low: newLowMemo(nil, text, "", toks)}
}

var smallNumbers = mapOf(map[string]float64{
	"zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
	"nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
	"sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30,
	"forty": 40, "fourty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
})

// magnitudes as words standing after a number.
var magnitudeWords = mapOf(map[string]float64{
	"hundred": 100, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
	"mln": 1e6, "mn": 1e6, "mil": 1e6, "bln": 1e9, "bn": 1e9, "tn": 1e12, "trn": 1e12, "trl": 1e12,
	"crore": 1e7, "crores": 1e7, "cr": 1e7, "lakh": 1e5, "lakhs": 1e5, "lac": 1e5, "lacs": 1e5,
	"billions": 0, "millions": 0, // placeholders: plural magnitudes are vague, see vagueWords
})

// magnitudes written on the number ("388bn", "50m", "5k").
var magnitudeSuffixes = mapOf(map[string]float64{
	"k": 1e3, "m": 1e6, "mn": 1e6, "mln": 1e6, "mil": 1e6, "million": 1e6, "b": 1e9, "bn": 1e9, "bln": 1e9,
	"billion": 1e9, "tn": 1e12, "trn": 1e12, "tr": 1e12, "trillion": 1e12, "thousand": 1e3, "crore": 1e7, "lakh": 1e5,
})

// vague plurals and the count each stands for.
var vagueWords = mapOf(map[string]float64{
	"dozens": 12, "scores": 20, "hundreds": 100, "thousands": 1000, "millions": 1e6, "billions": 1e9,
	"tens": 10, "trillions": 1e12,
})

var numMonths = setOf(map[string]bool{
	"january": true, "february": true, "march": true, "april": true, "may": true, "june": true, "july": true,
	"august": true, "september": true, "october": true, "november": true, "december": true,
	"jan": true, "jan.": true, "feb": true, "feb.": true, "mar.": true, "apr": true, "apr.": true, "jun.": true,
	"jul.": true, "aug": true, "aug.": true, "sep": true, "sep.": true, "sept": true, "sept.": true,
	"oct": true, "oct.": true, "nov": true, "nov.": true, "dec": true, "dec.": true,
})

// words after a hyphen that make the number part of a unit adjective.
var fractionWords = mapOf(map[string]float64{
	"half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4, "fifth": 5, "fifths": 5,
	"sixth": 6, "sixths": 6, "tenth": 10, "tenths": 10, "eighth": 8, "eighths": 8,
})

// qualifier phrases, longest first within each leading word.
var qualifierPhrases = mapOf(map[string][]struct {
	rest []string
	q    contract.Qualifier
}{
	"about":         {{nil, contract.About}},
	"around":        {{nil, contract.About}},
	"approximately": {{nil, contract.About}},
	"approx":        {{nil, contract.About}},
	"approx.":       {{nil, contract.About}},
	"roughly":       {{nil, contract.About}},
	"nearly":        {{nil, contract.About}},
	"almost":        {{nil, contract.About}},
	"some":          {{nil, contract.About}},
	"circa":         {{nil, contract.About}},
	"estimated":     {{nil, contract.About}},
	"an":            {{[]string{"estimated"}, contract.About}},
	"close":         {{[]string{"to"}, contract.About}},
	"more":          {{[]string{"than"}, contract.MoreThan}},
	"over":          {{nil, contract.MoreThan}},
	"above":         {{nil, contract.MoreThan}},
	"exceeding":     {{nil, contract.MoreThan}},
	"upwards":       {{[]string{"of"}, contract.MoreThan}},
	"greater":       {{[]string{"than"}, contract.MoreThan}},
	"in":            {{[]string{"excess", "of"}, contract.MoreThan}},
	"well":          {{[]string{"over"}, contract.MoreThan}, {[]string{"above"}, contract.MoreThan}, {[]string{"under"}, contract.LessThan}},
	"just":          {{[]string{"over"}, contract.MoreThan}, {[]string{"above"}, contract.MoreThan}, {[]string{"under"}, contract.LessThan}, {[]string{"below"}, contract.LessThan}},
	"at":            {{[]string{"least"}, contract.AtLeast}, {[]string{"most"}, contract.AtMost}},
	"no":            {{[]string{"fewer", "than"}, contract.AtLeast}, {[]string{"less", "than"}, contract.AtLeast}, {[]string{"more", "than"}, contract.AtMost}},
	"not":           {{[]string{"less", "than"}, contract.AtLeast}, {[]string{"more", "than"}, contract.AtMost}},
	"a":             {{[]string{"minimum", "of"}, contract.AtLeast}, {[]string{"maximum", "of"}, contract.AtMost}},
	"less":          {{[]string{"than"}, contract.LessThan}},
	"fewer":         {{[]string{"than"}, contract.LessThan}},
	"under":         {{nil, contract.LessThan}},
	"below":         {{nil, contract.LessThan}},
	"up":            {{[]string{"to"}, contract.AtMost}},
	"as":            {{[]string{"many", "as"}, contract.AtMost}, {[]string{"much", "as"}, contract.AtMost}, {[]string{"high", "as"}, contract.AtMost}},
})

// overParticle are the verbs whose "over" is a particle, not a bound:
// "handed over $5,000", "turned over 40 rifles", "forked over $20".
var overParticle = setOf(map[string]bool{"hand": true, "hands": true, "handed": true, "handing": true, "turn": true,
	"turns": true, "turned": true, "turning": true, "fork": true, "forks": true, "forked": true, "forking": true,
	"sign": true, "signs": true, "signed": true, "signing": true})

// qualifierAt reads a qualifier phrase at token i and returns it with the
// index of the token after it.
func (s *numScan) qualifierAt(i int) (contract.Qualifier, int, bool) {
	if !s.is(i, clsNumberWord) {
		return contract.Exact, i, false // no qualifier phrase's first word
	}
	alts, ok := qualifierPhrases.get(s.w(i))
	if !ok || s.w(i) == "over" && i > s.lo && overParticle.at(s.w(i-1)) {
		return contract.Exact, i, false
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
	return contract.Exact, i, false
}

// qualified reads a number phrase at token i, with an optional qualifier first.
func (s *numScan) qualified(i int) (numMatch, bool) {
	if q, j, ok := s.qualifierAt(i); ok {
		if m, ok := s.number(j); ok {
			if m.n.Qualifier == contract.Exact {
				m.n.Qualifier = q
			}
			m.qtok, m.qstart = i, s.toks[i].Start
			return m, true
		}
		if q == contract.About && s.w(j) == "estimated" { // "some estimated 300"
			if m, ok := s.number(j + 1); ok {
				m.n.Qualifier = contract.About
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
	return s.is(i, clsNumberWord) // qualifierPhrases, smallNumbers, vagueWords, a few more (wordClasses)
}

// number reads a number phrase (no leading qualifier) at token i.
func (s *numScan) number(i int) (numMatch, bool) {
	if i < s.lo || i >= s.hi {
		return numMatch{}, false
	}
	w := s.w(i)
	if w == "between" || w == "from" && !changeWords.at(s.w(i-1)) {
		// "between 10 and 20", "from 5 to 7 million"
		a, ok := s.core(i + 1)
		if !ok || a.n.Kind != contract.KindFigure {
			return numMatch{}, false
		}
		link := "and"
		if w == "from" {
			link = "to"
		}
		if s.w(a.tokEnd) == link && a.end == s.toks[a.tokEnd-1].End {
			if b, ok := s.core(a.tokEnd + 1); ok && b.n.Kind == contract.KindFigure {
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
	if a.n.Kind == contract.KindFigure && !a.n.Range && a.end == s.toks[a.tokEnd-1].End {
		// ranges over tokens: "10 to 20", "six or seven million", "5 - 7"; not a change ("rose 3p to 245p")
		link := s.w(a.tokEnd)
		if link == "to" && (s.changeBefore(i) || a.pence) {
			link = ""
		}
		switch link {
		case "to", "or", "-", "\u2013":
			if b, ok := s.core(a.tokEnd + 1); ok && b.n.Kind == contract.KindFigure && !b.n.Range {
				if r, ok := joinRange(a, b); ok {
					a = r
				}
			}
		}
	}
	if a.n.Kind == contract.KindFigure {
		a = s.trailing(a)
	}
	return a, true
}

// changeBefore reports a verb of change before the number at token i, over
// a currency mark and a qualifier between them ("rose 10 to 20", "fell $1
// to 398", "lost more than $2 to $41.25", "adding 1.15 dlrs to 3.62"): a
// "to" after the number gives the new level, not the end of a range. A
// view of a glued mark's digits (changeAt) knows it from the scan it came from.
func (s *numScan) changeBefore(i int) bool {
	if s.changeAt && i == s.lo {
		return true
	}
	p := i - 1
	if w := s.w(p); p >= s.lo && (lexicon.CurrencyMark(w) != "" || strings.HasSuffix(w, "$")) {
		p-- // "fell $ 1 to 398", "rose US$ 2 to 40"
		if lexicon.DollarPrefix(s.w(p)) != "" && s.w(p+1) == "$" {
			p--
		}
	}
	p = s.qualifierBefore(p+1) - 1
	return p >= s.lo && isChangeWord(s.w(p))
}

// qualifierBefore returns the first token of a qualifier phrase that ends
// just before token k ("more than", "nearly"), or k when none does.
func (s *numScan) qualifierBefore(k int) int {
	for st := k - 1; st >= s.lo && st >= k-3; st-- {
		if _, end, ok := s.qualifierAt(st); ok && end == k {
			return st
		}
	}
	return k
}

// isChangeWord reports a word that comes before a change (changeWords), or
// an inflection of a verb of change: "adding", "rises", "dropped", "eased".
func isChangeWord(w string) bool {
	return changeWords.at(w) || changeForms.at(w) || inflects(w, changeStems)
}

// inflects reports a regular inflection of one of the verbs stems: with
// -s, -es, -ed, -d or -ing, a final e dropped ("easing"), a consonant
// doubled ("dropped") or a y turned to i ("rallied").
func inflects(w string, stems map[string]bool) bool {
	for _, suf := range [...]string{`ing`, `ed`, `es`, `s`, `d`} { // no keywords: parts of one word
		stem, ok := strings.CutSuffix(w, suf)
		if !ok || len(stem) < 2 {
			continue
		}
		n := len(stem)
		switch {
		case stems[stem]:
			return true // "adding", "rises", "inches", "moved"
		case (suf == `ing` || suf == `ed`) && stems[stem+`e`]:
			return true // "easing", "eased"
		case (suf == `ing` || suf == `ed`) && n > 2 && stem[n-1] == stem[n-2] && stems[stem[:n-1]]:
			return true // "dropping", "slipped"
		case suf == `ed` && stem[n-1] == 'i' && stems[stem[:n-1]+`y`]:
			return true // "rallied"
		}
	}
	return false
}

// changeStems are the verbs of change whose regular inflections isChangeWord
// reads; changeForms their irregular ones.
var changeStems = map[string]bool{
	"add": true, "rise": true, "fall": true, "gain": true, "lose": true, "climb": true, "drop": true, "jump": true,
	"slip": true, "shed": true, "ease": true, "advance": true, "surge": true, "slump": true, "tumble": true,
	"plunge": true, "soar": true, "decline": true, "increase": true, "decrease": true, "raise": true, "lower": true,
	"trim": true, "boost": true, "grow": true, "shrink": true, "sink": true, "slide": true, "dip": true, "firm": true,
	"weaken": true, "strengthen": true, "rally": true, "recover": true, "reduce": true, "lift": true, "slash": true,
}

var changeForms = setOf(map[string]bool{"risen": true, "fallen": true, "grown": true, "sank": true, "sunk": true,
	"slid": true, "shot": true})

// changeWords come before a change, not a range: "rose 10 to 20", "fell from 5 to 3".
var changeWords = setOf(map[string]bool{
	"rose": true, "fell": true, "up": true, "down": true, "gained": true, "lost": true, "increased": true,
	"decreased": true, "cut": true, "raised": true, "climbed": true, "dropped": true, "jumped": true, "slipped": true,
	"added": true, "grew": true, "shrank": true, "rising": true, "falling": true, "declined": true, "plunged": true,
	"soared": true, "surged": true, "slumped": true, "tumbled": true, "eased": true, "advanced": true, "lowered": true,
	"boosted": true, "trimmed": true, "reduced": true, "revised": true, "moved": true, "went": true, "changed": true,
})

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
	r.n = contract.Number{Value: lo, Min: lo, Max: hi, Range: true}
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
			m.n.Qualifier = contract.AtLeast
			m.tokEnd += 2
		case "so":
			m.n.Qualifier = contract.About
			m.tokEnd += 2
		}
	case "plus", "+":
		// "100 plus", "100+": more than; "£35m plus add-ons" adds something else
		if n := s.raw(m.tokEnd + 1); n == "" || !(n[0] >= 'a' && n[0] <= 'z') {
			m.n.Qualifier = contract.MoreThan
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
	if m.n.Kind != contract.KindFigure {
		return m, true
	}
	// a magnitude word after the number ("1.5 million", "five hundred thousand", "50 crore")
	if m.end == s.toks[m.tokEnd-1].End && !m.n.Vague {
		s.magnitudesAfter(&m)
	}
	// what follows can say the number is not a figure
	if m.end == s.toks[m.tokEnd-1].End {
		switch nx := s.w(m.tokEnd); nx {
		case "%", "percent", "pct", "pc", "percentage":
			if s.raw(m.tokEnd) == "PC" {
				break // "a $100 PC": a computer, not a percentage ("5pc", "5 pc")
			}
			m.n.Kind = contract.KindPercent
			m.tokEnd++
		case "per":
			if s.w(m.tokEnd+1) == "cent" {
				m.n.Kind = contract.KindPercent
				m.tokEnd += 2
			}
		case "a.m.", "p.m.", "am", "pm", "a.m", "p.m", "gmt", "edt", "est", "bst", "hrs", "o'clock", "cet", "utc":
			if !m.mult {
				m.n.Kind = contract.KindTime
				m.tokEnd++
			}
		case "years", "year", "yrs":
			if s.w(m.tokEnd+1) == "old" {
				m.n.Kind = contract.KindAge
				m.tokEnd += 2
			} else if s.w(m.tokEnd+1) == "of" && s.w(m.tokEnd+2) == "age" {
				m.n.Kind = contract.KindAge
				m.tokEnd += 3
			}
		default:
			if numMonths.at(nx) && m.digits && !m.mult && m.n.Value >= 1 && m.n.Value <= 31 {
				m.n.Kind = contract.KindDate
			}
		}
	}
	// what precedes: "January 20", "aged 36", "No. 5"
	if i > s.lo {
		switch p := s.w(i - 1); p {
		case "aged", "age", "ages":
			if !m.mult {
				m.n.Kind = contract.KindAge
			}
		case "no.", "number", "route", "highway", "interstate", "flight", "room", "channel", "apt", "apt.", "suite", "unit", "page", "chapter", "article", "section", "platform", "gate", "bus", "line", "district", "ward", "precinct", "level", "grade", "size", "version", "exit", "mile", "lot", "pier", "terminal", "bay", "box":
			if nx := s.w(m.tokEnd); m.digits && !m.mult && lexicon.CurrencyName(nx) == "" && (lexicon.CentUnit(nx) == "" || nx == "p") {
				// a label, "grade 3"; not a price, "grade 3.25 cents a pound"
				m.n.Kind = contract.KindMeasure
			}
		default:
			if numMonths.at(p) && m.digits && !m.mult && m.n.Value >= 1 && m.n.Value <= 31 && !grouped(s.raw(i)) {
				m.n.Kind = contract.KindDate
			}
		}
	}
	if m.yearLike && !m.mult && m.n.Kind == contract.KindFigure && !m.n.Range {
		m.n.Kind = contract.KindYear
	}
	return m, true
}

// magnitudesAfter reads the magnitude words after the number m ("1.5
// million", "five hundred thousand", "50 crore", "$1 billion-plus").
func (s *numScan) magnitudesAfter(m *numMatch) {
	for m.tokEnd < s.hi && m.tokEnd-m.tok < maxNumberTokens {
		w := s.w(m.tokEnd)
		mv, ok := magnitudeWords.get(w)
		if !ok && s.hyphenedMagnitude(m, w) {
			break // "$1 billion-plus", "$200 million-a-year", "a 20 million-euro deal"
		}
		switch w {
		case "millions", "billions", "trillions":
			if m.digits && !m.mult && s.w(m.tokEnd+1) != "of" {
				mv, ok = magnitudeWords.get(strings.TrimSuffix(w, "s")) // "£22 billions worth": a plural magnitude after digits
			}
		}
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

// hyphenedMagnitude reads a magnitude word w joined by a hyphen to what
// follows it, after the number m: "$1 billion-plus" (more than), "a $200
// million-a-year plan" (the amount ends before the rate), "a 20
// million-euro deal" (the currency's name goes with it).
func (s *numScan) hyphenedMagnitude(m *numMatch, w string) bool {
	p, rest, cut := strings.Cut(w, "-")
	mv := magnitudeWords.at(p)
	if !cut || mv <= 1 || m.mult && mv <= m.lastMult() {
		return false
	}
	start := s.toks[m.tokEnd].Start
	switch {
	case rest == "plus":
		m.n.Qualifier = contract.MoreThan
		m.end = s.toks[m.tokEnd].End
	case perUnitTail(rest):
		m.end = start + len(p)
	case isCurrencyWordStem(rest) && m.curWord == "":
		m.curWord = rest
		m.end = s.toks[m.tokEnd].End
	default:
		return false
	}
	m.scale(mv)
	m.mult = true
	m.setLastMult(mv)
	m.tokEnd++
	return true
}

// partMagnitude returns the value of a part of a magnitude written as one
// hyphened word ("half-million" 500000, "quarter-billion"), or 0.
func partMagnitude(w string) float64 {
	part, mag, ok := strings.Cut(w, "-")
	if !ok {
		return 0
	}
	mv := magnitudeWords.at(mag)
	if mv < 1e6 {
		return 0
	}
	switch part {
	case "half":
		return mv / 2
	case "quarter":
		return mv / 4
	}
	return 0
}

// perUnitTail reports the rest of a hyphened word after a magnitude that
// makes the amount one per unit: "a-year" in "million-a-year", "per-share".
func perUnitTail(t string) bool {
	for _, p := range []string{`a-`, `an-`, `per-`} { // no keywords: parts of one word
		if r, ok := strings.CutPrefix(t, p); ok && r != "" && strings.IndexByte(r, '-') < 0 {
			return true
		}
	}
	return false
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

// grouped reports a number written with its thousands grouped: a comma, or
// a space that groups digits ("12\u202f500", which the tokenizer keeps one
// token: textdoc.IsGroupSpace).
func grouped(s string) bool {
	if strings.IndexByte(s, ',') >= 0 {
		return true
	}
	for _, r := range s {
		if textdoc.IsGroupSpace(r) {
			return true
		}
	}
	return false
}

// separated reports a number written with a decimal point or its
// thousands grouped ("41.60", "4,150", "4\u202f150"): a price's level, as
// a reader of stock tables takes it, more than a count.
func separated(s string) bool { return strings.IndexByte(s, '.') >= 0 || grouped(s) }

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
		if c == ',' && len(b) > 0 && i+3 < len(t)+1 && i+4 <= len(t) && textdoc.IsDigitByte(t[i+1]) && textdoc.IsDigitByte(t[i+2]) && textdoc.IsDigitByte(t[i+3]) && (i+4 == len(t) || !textdoc.IsDigitByte(t[i+4])) {
			comma = true
			i++
			continue
		}
		if c >= utf8.RuneSelf && len(b) > 0 {
			// a space grouping the digits as a comma would ("12\u202f500":
			// the tokenizer keeps such a number one token)
			if r, size := utf8.DecodeRuneInString(t[i:]); textdoc.IsGroupSpace(r) && i+size+3 <= len(t) &&
				textdoc.IsDigitByte(t[i+size]) && textdoc.IsDigitByte(t[i+size+1]) && textdoc.IsDigitByte(t[i+size+2]) &&
				(i+size+3 == len(t) || !textdoc.IsDigitByte(t[i+size+3])) {
				comma = true
				i += size
				continue
			}
		}
		break
	}
	if len(b) == 0 {
		return 0, 0, false, false, false
	}
	if i+1 < len(t) && t[i] == '.' && textdoc.IsDigitByte(t[i+1]) {
		dot = true
		b = append(b, '.')
		i++
		for i < len(t) && textdoc.IsDigitByte(t[i]) {
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
		slashAfter(m, t, n, dot, base)
		return true
	case ':':
		m.n.Kind = contract.KindTime
		m.end = base + len(t)
		return true
	case '%':
		m.n.Kind = contract.KindPercent
		m.end = base + n + 1
		return true
	case '+':
		m.n.Qualifier = contract.MoreThan
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
	suf := lexicon.Lower(t[n:j])
	if mv, ok := magnitudeSuffixes.get(suf); ok {
		return gluedMagnitude(m, t, j, base, mv)
	}
	switch suf {
	case "st", "nd", "rd", "th":
		m.n.Kind = contract.KindOrdinal
	case "am", "pm", "a.m.", "p.m.", "a.m", "p.m", "hrs", "gmt":
		m.n.Kind = contract.KindTime
	case "s":
		m.n.Kind = contract.KindYear // "1990s", "80s"
	case "c":
		if t[n:j] != "c" || j != len(t) {
			m.n.Kind = contract.KindMeasure // "25C" is a temperature
			break
		}
		m.cent = true // "a 25c rise"
		m.end = base + j
		return true
	case "p":
		m.pence = true
		m.yearLike = false // "1240p" is no year
		m.end = base + j
		if j < len(t) && t[j] == '-' {
			// "a 5p-a-share dividend", "a 20p-per-litre rise": the amount, then what it is for
			w, _, _ := strings.Cut(lexicon.Lower(t[j+1:]), "-")
			return w == "a" || w == "an" || w == "per"
		}
		return j == len(t)
	default:
		m.n.Kind = contract.KindMeasure // "9mm", "5km", "3D"
	}
	m.end = base + len(t)
	return true
}

// gluedMagnitude gives the number m the magnitude mv glued after its digits
// in token t (at byte base; j the byte after the magnitude): "388bn",
// "100m-share" (the figure stops at the hyphen), "4bn-euro" (a currency
// adjective goes with it), "£5bn-plus" and "€1bn+" (more than). It reports
// whether the token is a number.
func gluedMagnitude(m *numMatch, t string, j, base int, mv float64) bool {
	m.scale(mv)
	m.mult = true
	m.setLastMult(mv)
	m.end = base + j
	m.yearLike = false
	if j < len(t) && (t[j] == '-' || t[j] == '/') {
		if t[j] == '-' {
			if w, _, _ := strings.Cut(lexicon.Lower(t[j+1:]), "-"); isCurrencyWordStem(w) {
				m.curWord = w
				m.end = base + j + 1 + len(w)
			} else if w == "plus" {
				m.n.Qualifier = contract.MoreThan
				m.end = base + j + 1 + len(w)
			}
		}
		return true
	}
	if t[j:] == "+" {
		m.n.Qualifier = contract.MoreThan
		m.end = base + j + 1
		return true
	}
	return j == len(t)
}

// slashAfter reads what follows a slash after the digits of token t (n of
// its bytes, at byte base; dot: the numeral has a decimal point): a unit the
// amount is for ("€1,000/month"), a bid and offer ("1.8290/8300"), a
// market fraction ("9-7/8", "7/8") or a label ("9/11", "24/7").
func slashAfter(m *numMatch, t string, n int, dot bool, base int) {
	rest := t[n:]
	if len(rest) > 1 && (rest[1] >= 'a' && rest[1] <= 'z') {
		m.end = base + n // "€1,000/month": the amount, then what it is for
		return
	}
	num := m.n.Value
	d, k, _, _, ok := parseNumeral(rest[1:])
	if ok && k+1 == len(rest) && dot && !strings.ContainsAny(rest[1:], ".,") {
		m.end = base + len(t) // a quote's bid and offer: "1.8290/8300", "152.10/20"
		return
	}
	if !ok || k+1 != len(rest) || !(num < d) || !isMarketDenominator(d) {
		m.n.Kind = contract.KindMeasure // "9/11", "24/7"
		m.end = base + len(t)
		return
	}
	m.n.Value = num / d
	m.n.Kind = contract.KindFraction
	m.end = base + len(t)
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
	if rest == "" || markedFigure(rest) { // moneyctx.go: "24-$26" ends at the hyphen; money joins the range
		m.end = base + n
		return true
	}
	if textdoc.IsDigitByte(rest[0]) {
		v2, k, _, _, ok := parseNumeral(rest)
		if !ok {
			return false
		}
		after := rest[k:]
		if after == "" && s.spacedFraction(m, v2) {
			return true // "3-1 / 4p" as a wire's tokens space it
		}
		if strings.HasPrefix(after, "/") {
			d, k2, _, _, ok := parseNumeral(after[1:])
			if ok && k2+2 == len(after) && (after[k2+1] == 'p' || after[k2+1] == 'c') && v2 < d && isMarketDenominator(d) {
				m.n.Value += v2 / d // "7-1/2p", "3-1/4c": a fraction of a penny or a cent
				m.pence, m.cent = after[k2+1] == 'p', after[k2+1] == 'c'
				m.yearLike = false
				m.end = base + len(t)
				return true
			}
			if ok && k2+1 == len(after) && v2 < d && isMarketDenominator(d) {
				if p := strings.IndexByte(t[:n], '.'); p >= 0 && n-p == 3 {
					d *= 100 // "2.55-1/2 dlrs a bushel": a fraction of the last cent
				}
				m.n.Value += v2 / d
				m.end = base + len(t)
				return true
			}
			m.n.Kind = contract.KindMeasure
			m.end = base + len(t)
			return true
		}
		if strings.HasPrefix(after, "-") && len(after) > 1 && textdoc.IsDigitByte(after[1]) {
			m.n.Kind = contract.KindPhone
			m.end = base + len(t)
			return true
		}
		if (after == "p" || after == "c") && m.n.Value < v2 {
			// "300-350p", "25-30c": a range in pence or cents
			m.n = contract.Number{Value: m.n.Value, Min: m.n.Value, Max: v2, Range: true}
			m.pence, m.cent = after == "p", after == "c"
			m.yearLike = false
			m.end = base + len(t)
			return true
		}
		mv := 1.0
		if after != "" {
			j := 0
			for j < len(after) && (after[j] >= 'a' && after[j] <= 'z' || after[j] >= 'A' && after[j] <= 'Z') {
				j++
			}
			if f, ok := magnitudeSuffixes.get(lexicon.Lower(after[:j])); ok {
				mv = f
				m.mult = true
				m.setLastMult(f)
			} else if lexicon.Lower(after[:j]) == "year" || lexicon.Lower(after[:j]) == "years" {
				m.n.Kind = contract.KindAge
				m.end = base + len(t)
				return true
			} else {
				m.n.Kind = contract.KindMeasure
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
			m.n.Kind = contract.KindMeasure // a score "3-1", "2-2"
			m.end = base + len(t)
			return true
		}
		m.n = contract.Number{Value: lo, Min: lo, Max: hi, Range: true}
		m.yearLike = false
		m.end = base + len(t) - len(after)
		return true
	}
	return s.hyphenWords(m, rest, base+n, base+n+hl)
}

// spacedFraction reads the fraction of a mixed number whose slash stands
// apart, at the tokens after m's ("3-1 / 4p", "5-3 / 4 dlrs"): v the
// numerator glued after the hyphen. It extends m over the denominator, with
// a glued "p" or "c" as pence or cents.
func (s *numScan) spacedFraction(m *numMatch, v float64) bool {
	k := m.tokEnd
	if k+1 >= s.hi || s.raw(k) != "/" || s.toks[k].Start-s.toks[k-1].End > 1 || s.toks[k+1].Start-s.toks[k].End > 1 {
		return false
	}
	t := s.raw(k + 1)
	d, n, comma, dot, ok := parseNumeral(t)
	if !ok || comma || dot || !(v < d) || !isMarketDenominator(d) {
		return false
	}
	switch t[n:] {
	case "":
	case "p":
		m.pence = true
	case "c":
		m.cent = true
	default:
		return false
	}
	m.n.Value += v / d
	m.yearLike = false
	m.tokEnd = k + 2
	m.end = s.toks[k+1].End
	return true
}

// hyphenWords reads the words after a number and a hyphen ("-year-old",
// "-strong", "-million-dollar", "-share"); numEnd is where the number ends in
// the text, at the hyphen starting rest at restAt.
func (s *numScan) hyphenWords(m *numMatch, rest string, numEnd, restAt int) bool {
	parts := strings.Split(lexicon.Lower(rest), "-")
	first := parts[0]
	switch {
	case first == "strong":
		m.n.Kind = contract.KindStrength
	case len(parts) >= 2 && (parts[1] == "old" || parts[len(parts)-1] == "old") && timeUnit(first):
		m.n.Kind = contract.KindAge
	case first == "plus":
		m.n.Qualifier = contract.MoreThan
		m.end = numEnd + len("-plus")
		return true
	case (first == "a" || first == "an" || first == "per") && len(parts) >= 2 && parts[1] != "":
		m.end = numEnd // "$15-an-hour", "$350-a-plate": the amount, then what it is for
		return true
	case fractionWords.at(first) != 0:
		m.n.Value /= fractionWords.at(first)
		m.n.Kind = contract.KindFraction
	default:
		if mv, ok := magnitudeWords.get(first); ok && mv > 0 {
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
		m.n.Kind = contract.KindMeasure // "five-year", "10-day", "three-man"
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
	case "dollar", "pound", "euro", "yen", "yuan", "rupee", "franc", "dlr", "sterling", "rouble", "ruble", "peso", "rand", "naira", "shilling",
		"cent", "pence":
		return true
	}
	return false
}

// pairOf reads "a pair of" (2) and "a couple of" (2, about: the word is
// loose, "a couple of officers" may be three) at token i, nx the noun.
func (s *numScan) pairOf(m *numMatch, i int, nx string) bool {
	m.n.Value = 2
	if nx == "couple" {
		m.n.Qualifier = contract.About
	}
	m.tokEnd = i + 3
	m.end = s.toks[i+2].End
	return true
}

// words reads a number written in words at token m.tok.
func (s *numScan) words(m *numMatch) bool {
	if s.partOfMagnitude(m) {
		return true // "a quarter of a million", "three-quarters of a billion"
	}
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
		case "pair", "couple":
			if s.w(i+2) == "of" {
				return s.pairOf(m, i, nx)
			}
			if nx == "pair" {
				return false
			}
			fallthrough
		case "few":
			if mv, ok := magnitudeWords.get(s.w(i + 2)); ok && mv > 0 {
				m.n.Value = mv
				m.n.Vague = true
				m.several = true
				m.mult = true
				m.tokEnd = i + 3
				return s.moreMagnitudes(m)
			}
			return false
		default:
			v := partMagnitude(nx) // "a half-million dollars", "a quarter-billion"
			if v == 0 {
				return false
			}
			m.n.Value = v
			m.mult = true
			m.setLastMult(v)
			m.tokEnd = i + 2
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
		if mv, ok := magnitudeWords.get(s.w(i + 1)); ok && mv > 0 && mv < 1e5 || s.w(i+1) == "million" || s.w(i+1) == "billion" {
			mv = magnitudeWords.at(s.w(i + 1))
			m.n.Value = mv
			m.n.Vague = true
			m.several = true
			m.mult = true
			m.tokEnd = i + 2
			return s.moreMagnitudes(m)
		}
		return false
	}
	if v, ok := vagueWords.get(w); ok {
		m.n.Value = v
		m.n.Vague = true
		m.mult = true
		m.tokEnd = i + 1
		m.end = s.toks[i].End
		// "tens of thousands", "hundreds of millions"
		for s.w(m.tokEnd) == "of" {
			v2, ok := vagueWords.get(s.w(m.tokEnd + 1))
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

// partOfMagnitude reads a fraction of a million or more at token m.tok: "a
// quarter of a million", "a third of a billion", "three-quarters of a
// million", "two thirds of a trillion".
func (s *numScan) partOfMagnitude(m *numMatch) bool {
	i := m.tok
	w := s.w(i)
	num, den, k := 0.0, 0.0, 0
	if a, b, ok := strings.Cut(w, "-"); ok && fractionWords.at(b) > 0 {
		num, den, k = smallNumbers.at(a), fractionWords.at(b), i+1 // "three-quarters"
	} else if d := fractionWords.at(s.w(i + 1)); d > 0 {
		num, den, k = smallNumbers.at(w), d, i+2 // "three quarters", "one third"
		if w == "a" || w == "an" {
			num = 1
		}
	}
	if num <= 0 || num >= den || s.w(k) != "of" || s.w(k+1) != "a" {
		return false
	}
	mv := magnitudeWords.at(s.w(k + 2))
	if mv < 1e6 {
		return false
	}
	m.n.Value = num / den * mv
	m.mult = true
	m.setLastMult(mv)
	m.tokEnd = k + 3
	m.end = s.toks[k+2].End
	return true
}

// moreMagnitudes extends a vague "several hundred" with "thousand", "million".
func (s *numScan) moreMagnitudes(m *numMatch) bool {
	last := m.n.Value
	for m.tokEnd-m.tok < maxNumberTokens {
		mv, ok := magnitudeWords.get(s.w(m.tokEnd))
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
	var a wordAcc
	if m.n.Value == 1 && i > m.tok { // "a hundred"
		a.cur = 1
	}
	j := i
	for j < s.hi && j < i+maxNumberTokens {
		w := s.w(j)
		if v, ok := smallNumbers.get(w); ok {
			if !a.small(v) {
				break
			}
			j++
			continue
		}
		if k := strings.IndexByte(w, '-'); k > 0 {
			more, done, ok := s.hyphenNumber(m, &a, j, w, k)
			if done {
				return ok
			}
			if !more {
				break
			}
			j++
			continue
		}
		if s.magnitude(m, &a, w) {
			j = s.skipAnd(j + 1)
			continue
		}
		if w == "dozen" && a.seen && a.cur > 0 && a.cur < 100 {
			a.cur *= 12
			j++
			a.lastSmall = false
			continue
		}
		if w == "and" && a.lastSmall && a.cur < 100 && s.w(j+1) == "a" && s.w(j+2) == "half" {
			a.cur += 0.5 // "one and a half million", "two and a half"
			a.lastSmall = false
			j += 3
			continue
		}
		break
	}
	if !a.seen {
		return false
	}
	m.n.Value = a.total + a.cur
	m.tokEnd = j
	m.end = s.toks[j-1].End
	// fractions in two words: "two thirds"
	if fv, ok := fractionWords.get(s.w(j)); ok && !m.mult && m.n.Value < fv {
		m.n.Value /= fv
		m.n.Kind = contract.KindFraction
		m.tokEnd = j + 1
		m.end = s.toks[j].End
	}
	return true
}

// wordAcc is the running value of wordSeq: the sum of the completed
// magnitudes and the part below the next one.
type wordAcc struct {
	total, cur      float64
	seen, lastSmall bool // a number word read; the last one was below a hundred
}

// small adds a number word below a hundred, unless it cannot follow the
// one before ("five six").
func (a *wordAcc) small(v float64) bool {
	if a.lastSmall && !(a.cur >= 20 && int(a.cur)%10 == 0 && v < 10 && a.cur < 100) && !(int(a.cur)%100 == 0 && a.cur > 0 && v < 100) {
		return false
	}
	a.cur += v
	a.seen, a.lastSmall = true, true
	return true
}

// hyphenNumber reads token j, w with a hyphen at k: "twenty-three" adds to
// the value and reading goes on (more); "two-thirds", "five-year-old",
// "three-million-dollar" end the number (done, with hyphenWords' answer).
// Neither: the word is no number.
func (s *numScan) hyphenNumber(m *numMatch, a *wordAcc, j int, w string, k int) (more, done, ok bool) {
	head := w[:k]
	hv, isNum := smallNumbers.get(head)
	if !isNum {
		return false, false, false
	}
	if a.lastSmall && !(int(a.cur)%100 == 0 && a.cur > 0) {
		return false, false, false
	}
	tail := w[k+1:]
	if tv, isNum := smallNumbers.get(tail); isNum && hv >= 20 && tv < 10 {
		a.cur += hv + tv
		a.seen, a.lastSmall = true, true
		return true, false, false
	}
	if tk := strings.IndexByte(tail, '-'); tk > 0 {
		if tv, isNum := smallNumbers.get(tail[:tk]); isNum && hv >= 20 && tv < 10 {
			hv += tv
			k += 1 + tk
		}
	}
	a.cur += hv
	a.seen = true
	m.tokEnd = j + 1
	m.n.Value = a.total + a.cur
	start := s.toks[j].Start
	if !s.hyphenWords(m, s.raw(j)[k+1:], start+k, start+k+1) {
		return false, true, false
	}
	m.end = minInt(m.end, s.toks[j].End)
	return false, true, true
}

// magnitude applies a magnitude word after a number ("three million", "two
// hundred") or a lone one after "a" ("a million").
func (s *numScan) magnitude(m *numMatch, a *wordAcc, w string) bool {
	mv, ok := magnitudeWords.get(w)
	if !(ok && mv > 0 && a.seen || (w == "hundred" || w == "thousand" || w == "million" || w == "billion" || w == "trillion") && a.cur == 1) {
		return false
	}
	if mv == 0 {
		mv = magnitudeWords.at(w)
	}
	if a.cur == 0 {
		a.cur = 1
	}
	if mv == 100 {
		a.cur *= 100
	} else {
		a.total += a.cur * mv
		a.cur = 0
	}
	m.mult = true
	m.setLastMult(mv)
	a.seen, a.lastSmall = true, false
	return true
}

// skipAnd steps over the "and" of "a hundred and five" at token j.
func (s *numScan) skipAnd(j int) int {
	if s.w(j) != "and" {
		return j
	}
	if _, ok := smallNumbers.get(s.w(j + 1)); ok {
		return j + 1
	}
	if k := strings.IndexByte(s.w(j+1), '-'); k > 0 {
		if _, ok := smallNumbers.get(s.w(j + 1)[:k]); ok {
			return j + 1
		}
	}
	return j
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
