package figure

import (
	"strings"

	"github.com/newsparse/newsparse/internal/contract"
	"github.com/newsparse/newsparse/internal/lexicon"
	"github.com/newsparse/newsparse/internal/textdoc"
)

// Money context: what the words around an amount tell about it.

// changeBefore reports a change word just before the amount at token j
// ("was up C$0.30 to C$11.55", "gained $2 to $40", "rose by £5 to £20"):
// the "to" after the amount then gives the new level, not the end of a
// range.
func changeBefore(sc *numScan, j int) bool {
	p := j - 1
	if p >= sc.lo && sc.w(p) == "by" {
		p--
	}
	return p >= sc.lo && changeWords[sc.w(p)]
}

// markedFigure reports a currency symbol and a digit at the start of s
// ("$26", "£2m", "C$11"): the other end of a range glued by a hyphen
// ("$24-$26"), whose first number ends at the hyphen.
func markedFigure(s string) bool {
	for _, mark := range []string{"$", "£", "€", "¥", "C$", "A$", "US$", "NZ$", "HK$", "S$"} {
		if len(s) > len(mark) && s[:len(mark)] == mark && textdoc.IsDigitByte(s[len(mark)]) {
			return true
		}
	}
	return false
}

// otherDollars are the dollars that are not the US dollar.
var otherDollars = map[string]bool{"CAD": true, "AUD": true, "NZD": true, "HKD": true, "SGD": true, "TWD": true,
	"JMD": true, "TTD": true, "BSD": true, "BBD": true, "FJD": true, "ZWD": true, "LRD": true, "NAD": true}

// storyDollars gives a bare dollar amount ("12.5 mln dlrs", "40 dollars",
// "$5m") the dollar the story has told, not the US dollar: the one of its
// dateline's city (dateline, "" for none), or the last other dollar named
// explicitly before it ("300 mln Canadian dlrs", "C$ 11"). An amount that
// names no currency and continues the one before it in the sentence ("to 20
// mln dlrs from 15 mln") takes that one's currency. hits are in text order.
func storyDollars(text string, hits []moneyHit, dateline string) {
	cur := dateline
	for k := range hits {
		h := &hits[k]
		t := lexicon.Lower(text[h.start:h.end])
		dollar := strings.Contains(t, "dlr") || strings.Contains(t, "dollar") || strings.Contains(t, "$")
		switch {
		case dollar && otherDollars[h.code]:
			cur = h.code
		case dollar && h.code == "USD" && cur != "" && !usMarked(text, h.start, t):
			h.code = cur
		case !dollar && k > 0 && hits[k-1].sent == h.sent && otherDollars[hits[k-1].code] && h.code == "USD" && bareFigure(t):
			h.code = hits[k-1].code // "rose to 20 mln Canadian dlrs from 15 mln"
		}
	}
}

// usMarked reports an amount t, starting at byte start of text, that says
// it is in US dollars: "U.S. dlrs", "US$5", "USD 5", "5 dlrs (U.S.)".
func usMarked(text string, start int, t string) bool {
	for _, m := range []string{"u.s.", "us$", "usd", "us dollar", "american", "greenback"} {
		if strings.Contains(t, m) {
			return true
		}
	}
	before := lexicon.Lower(strings.TrimRight(text[max(0, start-6):start], " "))
	return strings.HasSuffix(before, "u.s.") || strings.HasSuffix(before, " us")
}

// bareFigure reports an amount's text with no currency word or mark: digits, separators and magnitudes.
func bareFigure(t string) bool {
	for _, f := range strings.Fields(t) {
		if f[0] >= '0' && f[0] <= '9' || magnitudeWords[f] > 0 {
			continue
		}
		if _, ok := magnitudeSuffixes[f]; ok {
			continue
		}
		return false
	}
	return true
}

// datelineDollar returns the dollar of the story's dateline city: the parsed
// dateline's, or a wire line of a city in capitals and a date near the top
// of the body ("TORONTO 1996-08-23"); "" for none or the US dollar.
func datelineDollar(d *textdoc.Doc) string {
	if d.Meta.Dateline != nil {
		return lexicon.DatelineDollar(strings.ToLower(strings.TrimSpace(d.Meta.Dateline.Place)))
	}
	body := d.Text[d.Body.Start:d.Body.End]
	for n := 0; n < 3 && body != ""; n++ {
		line := body
		if k := strings.IndexByte(body, '\n'); k >= 0 {
			line, body = body[:k], body[k+1:]
		} else {
			body = ""
		}
		line = strings.TrimSpace(line)
		k := strings.LastIndexByte(line, ' ')
		if k <= 0 || len(line)-k-1 != 10 || line[k+5] != '-' || !textdoc.IsDigitByte(line[k+1]) {
			continue
		}
		city := line[:k]
		if city != strings.ToUpper(city) {
			continue
		}
		return lexicon.DatelineDollar(strings.ToLower(city))
	}
	return ""
}

// inheritMagnitude gives a bare figure m that continues a money comparison
// ("889.5 mln dlrs vs 903.2", "rose to 12.5 mln from 10.1") the magnitude
// of the amount prev before it; p is the token linking them. It reports
// whether it did.
func inheritMagnitude(sc *numScan, p int, prev moneyHit, m *numMatch) bool {
	switch sc.w(p) {
	case "vs", "vs.", "versus", "from", "against":
	default:
		return false
	}
	f := prev.m.lastMult()
	if !prev.m.mult || f <= 1 || m.n.Range || !m.digits || m.n.Value >= 1e6 {
		return false
	}
	m.n.Value *= f
	m.mult = true
	m.setLastMult(f)
	return true
}

// multiMoney reads a vague amount of a multiple of a magnitude at token i:
// "multi-billion dollar", "multibillion-dollar", "multi-million pound",
// "multimillion euros". Its value is the magnitude, and it is vague.
func multiMoney(sc *numScan, i int) (moneyHit, bool) {
	w := sc.w(i)
	if !strings.HasPrefix(w, "multi") {
		return moneyHit{}, false
	}
	rest := strings.TrimPrefix(strings.TrimPrefix(w, "multi"), "-")
	name := ""
	if k := strings.IndexByte(rest, '-'); k > 0 {
		rest, name = rest[:k], rest[k+1:] // "multibillion-dollar"
	}
	mag, ok := magnitudeWords[rest]
	if !ok || mag < 1e6 {
		return moneyHit{}, false
	}
	end := i + 1
	if name == "" {
		name = sc.w(i + 1)
		end = i + 2
	}
	code := lexicon.CurrencyName(name)
	if code == "" || name == "won" || name == "real" || name == "marks" {
		return moneyHit{}, false
	}
	m := numMatch{qtok: i, tok: i, tokEnd: end, qstart: sc.toks[i].Start, start: sc.toks[i].Start, end: sc.toks[end-1].End,
		n: contract.Number{Value: mag, Vague: true}, mult: true, lastMag: mag}
	return moneyHit{start: sc.toks[i].Start, end: sc.toks[end-1].End, tokEnd: end, m: m, code: code[:3]}, true
}

// oneUnit reads one unit of a currency named by a word at token i, as a
// price per unit says it: "a buck an hour", "one dollar a day", "a pound
// each", "a euro per litre". Its value is 1.
func oneUnit(sc *numScan, i int) (moneyHit, bool) {
	if w := sc.w(i); w != "a" && w != "one" {
		return moneyHit{}, false
	}
	name := sc.w(i + 1)
	switch name {
	case "buck", "dollar", "pound", "euro", "quid":
	default:
		return moneyHit{}, false
	}
	switch sc.w(i + 2) {
	case "a", "an", "per", "each":
	default:
		return moneyHit{}, false
	}
	code := lexicon.CurrencyName(name)
	m := numMatch{qtok: i, tok: i, tokEnd: i + 2, qstart: sc.toks[i].Start, start: sc.toks[i].Start, end: sc.toks[i+1].End,
		n: contract.Number{Value: 1}, lastMag: 1}
	return moneyHit{start: sc.toks[i].Start, end: sc.toks[i+1].End, tokEnd: i + 2, m: m, code: code[:3]}, true
}

// moneyLabels are words that make a table row's label a money row when
// they stand in it with others: "Total Revenue", "Cash flow / shr",
// "Total Assets", "Shareholders' Equity", "Working Capital".
var moneyLabels = map[string]bool{"revenue": true, "revenues": true, "income": true, "assets": true, "equity": true,
	"capital": true, "cash": true, "debt": true, "earnings": true, "profit": true, "loss": true, "sales": true, "net": true,
	"shr": true, "div": true, "dividend": true, "eps": true, "turnover": true, "costs": true, "expenses": true,
	"liabilities": true, "current": true, "pretax": true, "pre-tax": true, "operating": true, "gross": true, "ebitda": true}

// notMoneyLabels make a row count something else: shares, percentages, people, units.
var notMoneyLabels = map[string]bool{"avg": true, "shrs": true, "shares": true, "pct": true, "percent": true, "ratio": true,
	"employees": true, "staff": true, "units": true, "tonnes": true, "margin": true, "yield": true, "yields": true,
	"volume": true, "index": true, "rate": true, "rates": true, "number": true, "%": true}

// tableLabel reads the label of a table row at token i that names money in
// words the earnings vocabulary lacks ("Total Revenue", "Cash flow / shr",
// "Earnings Per Share"): up to five words, none a figure, one of them a
// money word and none a word of counts or ratios. It returns the token
// after the label, or i.
func tableLabel(sc *numScan, i int) int {
	money := false
	j := i
	for ; j < sc.hi && j < i+5; j++ {
		r := sc.raw(j)
		if textdoc.StartsWithDigit(r) || r == "$" || r == "(" {
			break
		}
		if j > i && lineStart(sc.text, sc.toks, j) {
			return i
		}
		w := sc.w(j)
		if notMoneyLabels[w] {
			return i
		}
		if moneyLabels[w] {
			money = true
		}
	}
	if !money || j == i || j >= sc.hi || !textdoc.StartsWithDigit(sc.raw(j)) {
		return i
	}
	// two figures at least: a row of a table, not a sentence
	if j+1 >= sc.hi || !textdoc.StartsWithDigit(sc.raw(j+1)) && sc.w(j+1) != "vs" {
		return i
	}
	return j
}
