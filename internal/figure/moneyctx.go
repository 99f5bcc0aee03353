package figure

import (
	"strings"

	"github.com/newsparse/newsparse/internal/contract"
	"github.com/newsparse/newsparse/internal/lexicon"
	"github.com/newsparse/newsparse/internal/textdoc"
)

// Money context: what the words around an amount tell about it.

// changeBefore reports a change word just before the amount at token j
// ("was up C$0.45 to C$9.15", "gained $2 to $40", "rose by £5 to £20",
// "lost more than $2 to $41.25"):
// the "to" after the amount then gives the new level, not the end of a
// range.
func changeBefore(sc *numScan, j int) bool {
	p := j - 1
	if p >= sc.lo && sc.w(p) == "by" {
		p--
	}
	return sc.changeBefore(p + 1)
}

// levelUpTo reports an "up to" at token i that a verb of movement before it
// makes a particle, so that the amount after it is the level reached, not
// a most: "fares went up to £4.20", "sales added up to $300m", "pushed
// the rand up to R9.50" (an object of up to three words between); not
// "could cost up to $5m" nor "will raise up to $1bn".
func levelUpTo(sc *numScan, i int) bool {
	if i > sc.lo && movedUp(sc.w(i-1)) {
		return true
	}
	for k := i - 2; k >= sc.lo && k >= i-4; k-- {
		if w := sc.w(k); pushedUp(w) {
			return true
		} else if isVerbLike(w) {
			return false
		}
	}
	return false
}

// movedUp reports a verb of movement that "up to" a level may follow: a
// form of go, move, rise, climb, jump, shoot, surge, soar, inch, edge,
// creep, tick, or add ("added up to", a sum).
func movedUp(w string) bool {
	switch w {
	case "go", "goes", "going", "went", "gone", "rose", "risen", "shot", "crept", "creep", "creeps", "creeping":
		return true
	}
	return upMoves[w] || inflects(w, upMoves)
}

// upMoves are the verbs of movement whose forms movedUp reads.
var upMoves = map[string]bool{"move": true, "rise": true, "climb": true, "jump": true, "surge": true, "soar": true,
	"inch": true, "edge": true, "tick": true, "add": true}

// pushedUp reports a verb that moves its object "up to" a level: "pushed
// the dollar up to", "took the total up to", "brought spending up to".
func pushedUp(w string) bool {
	switch w {
	case "push", "pushes", "pushed", "pushing", "drive", "drives", "drove", "driven", "driving", "take", "takes", "took",
		"taken", "taking", "bring", "brings", "brought", "bringing", "send", "sends", "sent", "sending", "lift", "lifts",
		"lifted", "lifting":
		return true
	}
	return false
}

// isVerbLike reports a word that ends the object looked back over: a verb
// of being or a modal, or a function word a noun phrase does not hold.
func isVerbLike(w string) bool {
	switch w {
	case "is", "are", "was", "were", "be", "been", "has", "have", "had", "will", "would", "could", "can", "may", "might",
		"should", "to", "of", "for", "and", "or", "but", ",", "cost", "costs", "pay", "paid", "earn", "earned", "raise":
		return true
	}
	return false
}

// rangeTo reports whether "to" after the amount at token j ends the range
// r: not after a change ("rose $5 to $7"), nor after "by" unless its ends
// are near ("by 400m euros to 2.5bn euros" is a change and a level), nor
// after "from" ("from $5m to $7m"),
// unless the "from" follows a verb of ranging or price ("ranged from $1.10
// to $1.25", "cost from £20 to £35").
func rangeTo(sc *numScan, j int, r contract.Number) bool {
	if j > sc.lo && sc.w(j-1) == "by" {
		// "boost income by 400m euros to 2.5bn euros" is a change and its new
		// level; "cut profits by $3.8m to $4.9m", ends as near, a range
		return r.Max <= 1.5*r.Min
	}
	if changeBefore(sc, j) {
		return false
	}
	if j > sc.lo && sc.w(j-1) == "from" {
		switch sc.w(j - 2) {
		case "ranged", "ranging", "range", "ranges", "varied", "varying", "vary", "cost", "costs", "costing", "priced":
			return true // also a price's span: "tickets cost from £20 to £35"
		}
		return false
	}
	return true
}

// namedRange widens the amount h read at token j into a range when a second
// amount in the same currency follows after "to", a dash, or "and" after
// "between": "2.10 dlrs to 2.30 dlrs", "between 20 mln dlrs and 25 mln
// dlrs". It returns h, widened or not.
func namedRange(sc *numScan, j int, h moneyHit, ctx *currencyContext) moneyHit {
	if h.m.n.Range || h.m.n.Vague || h.m.several || h.end != sc.toks[h.tokEnd-1].End {
		return h
	}
	link := sc.w(h.tokEnd)
	switch {
	case link == "-" || link == "\u2013" || link == "to":
	case link == "and" && sc.w(j-1) == "between":
	default:
		return h
	}
	h2, ok := namedMoney(sc, h.tokEnd+1, contract.Exact, false, ctx)
	if !ok || h2.code != h.code || h2.cents != h.cents || h2.m.n.Range || h2.m.pence != h.m.pence {
		return h
	}
	r, ok := joinRange(h.m, h2.m)
	if !ok || link == "to" && !rangeTo(sc, j, r.n) {
		return h
	}
	h.m, h.end, h.tokEnd = r, h2.end, h2.tokEnd
	return h
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
// explicitly before it ("300 mln Canadian dlrs", "C$ 11"); an amount marked
// as US dollars keeps the bare dollars after it in its sentence in US
// dollars ("US$4,150 per lot, then $4,480"). An amount that names no
// currency and continues the one before it in the sentence ("to 34 mln dlrs
// from 29 mln") takes that one's currency. Cents take the currency of the
// amount they stand with (storyCents). hits are in text order.
func storyDollars(text string, hits []moneyHit, dateline string) {
	cur := dateline
	usSent := -2 // the sentence of the last amount marked as US dollars
	curAt := make([]string, len(hits))
	for k := range hits {
		h := &hits[k]
		curAt[k] = cur
		if h.cents {
			continue
		}
		t := lexicon.Lower(text[h.start:h.end])
		dollar := strings.Contains(t, "dlr") || strings.Contains(t, "dollar") || strings.Contains(t, "$")
		switch {
		case dollar && otherDollars[h.code]:
			cur = h.code
		case dollar && h.code == "USD" && usMarked(text, h.start, t):
			usSent = h.sent
		case dollar && h.code == "USD" && h.sent != usSent && strings.HasPrefix(t, "$"):
			if dateline != "" {
				h.code = dateline // a bare "$" is the dateline's dollar, not an other dollar named before it
			}
		case dollar && h.code == "USD" && cur != "" && h.sent != usSent:
			h.code = cur
		case !dollar && k > 0 && hits[k-1].sent == h.sent && otherDollars[hits[k-1].code] && h.code == "USD" && bareFigure(t):
			h.code = hits[k-1].code // "climbed to 34 mln Canadian dlrs from 29 mln"
		}
	}
	for k := len(hits) - 2; k >= 0; k-- {
		h, n := &hits[k], hits[k+1]
		if h.code == "USD" && n.sent == h.sent && otherDollars[n.code] && !h.cents && bareFigure(lexicon.Lower(text[h.start:h.end])) {
			h.code = n.code // "climbed to 34 mln from 29 mln dlrs" in a story datelined CALGARY
		}
	}
	storyCents(text, hits, curAt)
}

// storyCents gives cents that name no currency ("35 cts", "eight cents")
// the currency of the amount nearest before them in their sentence (after
// it when none is before: "fell 20 cents to 12.50 euros"), when that
// currency counts in cents, or else the story's dollar at that point
// (curAt[k], "" for the US dollar): "earned 40 mln dlrs, or 35 cts a share"
// in a story datelined TORONTO, "slipped 17 cents to A$2.64"; or else the
// currency counted in cents most of the story's amounts are in (a table's
// rand above its rows of cents). A conversion in
// brackets ("A$1.2bn (US$950m)") is not the amount the cents stand with.
func storyCents(text string, hits []moneyHit, curAt []string) {
	story := "" // centStory, read once: the loop changes only amounts in cents, which it skips
	for k := range hits {
		h := &hits[k]
		if !h.cents || h.code != "USD" || usMarked(text, h.start, lexicon.Lower(text[h.start:h.end])) {
			continue
		}
		code := ""
		for _, n := range centNeighbours(hits, k) {
			if !hits[n].cents && !conversion(text, hits, n) {
				code = hits[n].code
				break
			}
		}
		switch {
		case code != "" && (code == "USD" || code == "EUR" || otherDollars[code] || centCurrencies[code]):
			h.code = code
		case code == "" && curAt[k] != "":
			h.code = curAt[k]
		case code == "":
			if story == "" {
				story = centStory(hits)
			}
			h.code = story // "Shr 45.2 cents vs 38.1 cents" under "Net profit 25.5 mln rand vs 20.1 mln"
		}
	}
}

// centStory is the dollar or other currency counted in cents that most of
// the story's amounts not in cents are in, when they are more than those
// in US dollars, or USD (a story's euros leave "92 cents/lb" of copper the
// dollar's).
func centStory(hits []moneyHit) string {
	n := map[string]int{}
	best := "USD"
	for _, h := range hits {
		if h.cents || !(otherDollars[h.code] || centCurrencies[h.code] || h.code == "USD") {
			continue
		}
		n[h.code]++
		if n[h.code] > n[best] {
			best = h.code
		}
	}
	return best
}

// centCurrencies are currencies besides the dollars and the euro whose hundredth the wire calls a cent.
var centCurrencies = map[string]bool{"ZAR": true, "NLG": true, "KES": true, "UGX": true, "TZS": true, "LKR": true}

// centNeighbours returns the indexes of the hits of hit k's sentence, the
// ones before it nearest first, then the ones after it nearest first.
func centNeighbours(hits []moneyHit, k int) []int {
	var out []int
	for n := k - 1; n >= 0 && hits[n].sent == hits[k].sent; n-- {
		out = append(out, n)
	}
	for n := k + 1; n < len(hits) && hits[n].sent == hits[k].sent; n++ {
		out = append(out, n)
	}
	return out
}

// conversion reports hit n written in brackets right after the amount
// before it: "A$1.2 billion (US$950 million)".
func conversion(text string, hits []moneyHit, n int) bool {
	return n > 0 && hits[n-1].sent == hits[n].sent && strings.TrimSpace(text[hits[n-1].end:hits[n].start]) == "("
}

// usMarked reports an amount t, starting at byte start of text, that says
// it is in US dollars: "U.S. dlrs", "US$5", "$US5", "USD 5", "5 dlrs (U.S.)".
func usMarked(text string, start int, t string) bool {
	for _, m := range []string{"u.s.", "us$", "$us", "usd", "us dollar", "us cent", "american", "greenback", "united states"} {
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
		if f[0] >= '0' && f[0] <= '9' || magnitudeWords.at(f) > 0 {
			continue
		}
		if _, ok := magnitudeSuffixes.get(f); ok {
			continue
		}
		return false
	}
	return true
}

// placesDollar returns the dollar of the country all of a story's places
// are in, when it names them at least three times and that country counts
// in a dollar other than the US one ("Surrey", "Vancouver" and "B.C." give
// CAD); "" otherwise. A story that names places abroad may be a foreign
// outlet's, whose "$" is the US dollar ("Nortel, of Toronto, earned $434m
// in the US").
func placesDollar(ents []contract.Entity) string {
	var countries [8]struct {
		iso string
		n   int
	}
	used, total := 0, 0
	for _, e := range ents {
		if e.Place == nil || e.Place.Country == "" {
			continue
		}
		total += len(e.Mentions)
		k := 0
		for k < used && countries[k].iso != e.Place.Country {
			k++
		}
		if k == used {
			if used == len(countries) {
				continue // counted in the total: a story of many countries has no home
			}
			countries[k].iso = e.Place.Country
			used++
		}
		countries[k].n += len(e.Mentions)
	}
	best := -1
	for k := range used {
		if best < 0 || countries[k].n > countries[best].n {
			best = k
		}
	}
	if best < 0 || countries[best].n < 3 || countries[best].n < total {
		return ""
	}
	return lexicon.CountryDollar(countries[best].iso)
}

// dollarsMarked reports whether a story writes any of its dollars with the
// country they are of ("A$3bn", "C$40", "300 Australian dollars", "US$5"):
// a story that does so marks the dollar it means each time, and its bare
// "$" is the US one ("A$458m ($357m)").
func dollarsMarked(text string, hits []moneyHit) bool {
	for _, h := range hits {
		t := lexicon.Lower(text[h.start:h.end])
		if otherDollars[h.code] || h.code == "USD" && usMarked(text, h.start, t) {
			return true
		}
	}
	return false
}

// datelineDollar returns the dollar of the story's dateline city: the parsed
// dateline's, or a wire line of a city in capitals, maybe its region or
// country, and a date near the top of the body ("TORONTO 1996-08-23",
// "PERTH , Australia 1996-08-27"); "" for none or the US dollar.
func datelineDollar(d *textdoc.Doc) string { return datelineUnit(d, lexicon.DatelineDollar) }

// datelinePound returns the pound of the story's dateline city when it is
// not sterling ("CAIRO 1996-08-29": EGP), or "".
func datelinePound(d *textdoc.Doc) string { return datelineUnit(d, lexicon.DatelinePound) }

// datelineUnit returns the currency unit of the story's dateline place
// (the parsed dateline's, or a wire line's as datelineDollar tells), or "".
// A parsed dateline that names no place with a unit leaves the wire line
// its say: "RTRS - Gold miner lifts output" then "PERTH 1997-05-05"; one
// of a town in a US state has no unit but the US dollar.
func datelineUnit(d *textdoc.Doc, unit func(string) string) string {
	if d.Meta.Dateline != nil {
		if inUSState(d.Meta.Dateline.Place) {
			return "" // "MOSCOW, Idaho", "LONDON, Ky.", "VANCOUVER, Wash.": a town of the US counts in dollars
		}
		if c := placeUnit(d.Meta.Dateline.Place, unit); c != "" {
			return c
		}
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
		if c := lineDateline(line, unit); c != "" {
			return c
		}
		k := strings.LastIndexByte(line, ' ')
		if k <= 0 || len(line)-k-1 != 10 || line[k+5] != '-' || !textdoc.IsDigitByte(line[k+1]) {
			continue
		}
		city := line[:k]
		if c, _, _ := strings.Cut(city, ","); c != strings.ToUpper(c) {
			continue
		}
		return placeUnit(city, unit) // "TORONTO", "PERTH , Australia"
	}
	return ""
}

// lineDateline returns the unit of a dateline opening a line that the
// header did not read: a city in capitals, a comma, and its region or
// country before the date ("VANCOUVER, British Columbia, March 3 -").
func lineDateline(line string, unit func(string) string) string {
	k := strings.IndexByte(line, ',')
	if k <= 0 || k > 30 || line[:k] != strings.ToUpper(line[:k]) || strings.IndexByte(line[:k], ' ') >= 0 && len(line[:k]) > 20 {
		return ""
	}
	end := strings.Index(line, " - ")
	if end < 0 || end > 80 {
		return ""
	}
	return placeUnit(line[:end], unit)
}

// inUSState reports a dateline place whose region after a comma is a US
// state, not a country of the same name: "MOSCOW, Idaho", "LONDON, Ky.".
func inUSState(place string) bool {
	parts := strings.Split(place, ",")
	for _, p := range parts[1:] {
		p = strings.TrimSpace(p)
		if pl, ok := lexicon.LookupPlace(lexicon.Key(p)); ok && pl.Kind == lexicon.Country {
			continue // "TBILISI, Georgia": the country, not the state
		}
		if lexicon.IsUSState(p) {
			return true
		}
	}
	return false
}

// placeUnit returns the unit (a lookup by lower-case place name) of a
// dateline's place: its city's, or the region's or country's named after
// it ("VANCOUVER, British Columbia", "AUCKLAND, New Zealand"); "" for none.
func placeUnit(place string, unit func(string) string) string {
	place = strings.ToLower(strings.TrimSpace(place))
	if c := unit(place); c != "" {
		return c
	}
	for _, part := range strings.Split(place, ",") {
		if c := unit(strings.TrimSpace(part)); c != "" {
			return c
		}
	}
	return ""
}

// storyPounds gives the amounts in pounds by name ("five million pounds",
// not "£5m" nor "pounds sterling") the pound of the dateline's place
// (pound, "" for sterling): a story datelined CAIRO counts in Egyptian pounds.
func storyPounds(text string, hits []moneyHit, pound string) {
	if pound == "" {
		return
	}
	for k := range hits {
		h := &hits[k]
		if t := lexicon.Lower(text[h.start:h.end]); h.code == "GBP" && strings.Contains(t, "pound") &&
			!strings.Contains(t, "sterling") && !strings.Contains(t, "british") {
			h.code = pound
		}
	}
}

// inheritMagnitude gives a bare figure m that continues a money comparison
// ("71.4 mln dlrs vs 65.9", "climbed to 8.7 mln from 7.9") the magnitude
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
		return magnitudeAdjective(sc, i)
	}
	rest := strings.TrimPrefix(strings.TrimPrefix(w, "multi"), "-")
	name := ""
	if k := strings.IndexByte(rest, '-'); k > 0 {
		rest, name = rest[:k], rest[k+1:] // "multibillion-dollar"
	}
	mag, ok := magnitudeWords.get(rest)
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
// price per unit says it: "a buck a lap", "one dollar a day", "a pound
// each", "a euro per litre", "it costs a dollar more". Its value is 1.
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
	case "of", "-", "coin", "coins", "note", "notes", "bill", "bills", "sign", "store", "shop", "shops", "stores",
		"depreciation", "appreciation", "devaluation", "rally", "peg", "crisis", "zone", "bloc":
		// "a pound of butter", "a pound coin", "a dollar store": things, not amounts; "a dollar depreciation": the currency
		return moneyHit{}, false
	default:
		if i == sc.lo || !priceVerbs.at(sc.w(i-1)) {
			return moneyHit{}, false
		}
	}
	code := lexicon.CurrencyName(name)
	m := numMatch{qtok: i, tok: i, tokEnd: i + 2, qstart: sc.toks[i].Start, start: sc.toks[i].Start, end: sc.toks[i+1].End,
		n: contract.Number{Value: 1}, lastMag: 1}
	return moneyHit{start: sc.toks[i].Start, end: sc.toks[i+1].End, tokEnd: i + 2, m: m, code: code[:3]}, true
}

// priceVerbs are the words after which "a dollar", "a pound" is a price:
// "it costs a dollar more", "sold for a pound".
var priceVerbs = setOf(map[string]bool{"cost": true, "costs": true, "costing": true, "paid": true, "pay": true, "pays": true,
	"paying": true, "charge": true, "charges": true, "charged": true, "charging": true, "for": true, "just": true,
	"only": true, "than": true})

// fewUnits reads a few units of a currency at token i, a vague amount with
// no figure: "a few dollars", "a couple of euros", "a few pounds" (after a
// word of price, as "for a few pounds": pounds are weight too).
func fewUnits(sc *numScan, i int) (moneyHit, bool) {
	if sc.w(i) != "a" {
		return moneyHit{}, false
	}
	k := i + 1
	switch {
	case sc.w(k) == "few":
		k++
	case sc.w(k) == "couple" && sc.w(k+1) == "of":
		k += 2
	default:
		return moneyHit{}, false
	}
	name := sc.w(k)
	code := lexicon.CurrencyName(name)
	if code == "" || !strings.HasSuffix(name, "s") || name == "marks" || name == "crowns" {
		return moneyHit{}, false
	}
	if name == "pounds" {
		switch p := sc.w(i - 1); {
		case p == "for" || p == "worth" || p == "cost" || p == "costs" || p == "paid" || p == "pay" || p == "just" && sc.w(i-2) == "for":
		default:
			return moneyHit{}, false // "she lost a few pounds" may be weight
		}
	}
	m := numMatch{qtok: i, tok: i, tokEnd: k + 1, qstart: sc.toks[i].Start, start: sc.toks[i].Start, end: sc.toks[k].End,
		n: contract.Number{Vague: true}, several: true}
	return moneyHit{start: sc.toks[i].Start, end: sc.toks[k].End, tokEnd: k + 1, m: m, code: strings.TrimSuffix(code, "?")}, true
}

// moneyLabels are words that make a table row's label a money row when
// they stand in it with others: "Total Revenue", "Cash flow / shr",
// "Total Assets", "Shareholders' Equity", "Working Capital".
var moneyLabels = setOf(map[string]bool{"revenue": true, "revenues": true, "income": true, "assets": true, "equity": true,
	"capital": true, "cash": true, "debt": true, "earnings": true, "profit": true, "loss": true, "sales": true, "net": true,
	"shr": true, "div": true, "dividend": true, "eps": true, "turnover": true, "costs": true, "expenses": true,
	"liabilities": true, "current": true, "pretax": true, "pre-tax": true, "operating": true, "gross": true, "ebitda": true,
	"amount": true, "price": true, "proceeds": true, "deposits": true, "loans": true, "backlog": true, "reserves": true,
	"tax": true, "taxes": true, "interest": true, "gain": true, "gains": true, "charge": true, "charges": true,
	"provision": true, "provisions": true, "depreciation": true})

// notMoneyLabels make a row count something else: shares, percentages, people, units.
var notMoneyLabels = setOf(map[string]bool{"avg": true, "shrs": true, "shares": true, "pct": true, "percent": true, "ratio": true,
	"employees": true, "staff": true, "units": true, "tonnes": true, "margin": true, "yield": true, "yields": true,
	"volume": true, "index": true, "rate": true, "rates": true, "number": true, "%": true})

// tableLabel reads the label of a table row at token i that names money in
// words the earnings vocabulary lacks ("Total Revenue", "Cash flow / shr",
// "Earnings Per Share"): up to five words, none a figure, one of them a
// money word and none a word of counts or ratios. It returns the token
// after the label, or i.
func tableLabel(sc *numScan, i int) int {
	money := false
	j := i
	for ; j < sc.hi && j < i+5; j++ {
		if k := bracketedWord(sc, j); k > j && j > i {
			j = k - 1 // "Net Income ( loss )"
			continue
		}
		r := sc.raw(j)
		if textdoc.StartsWithDigit(r) || r == "$" || r == "(" {
			break
		}
		if j > i && sc.lineStart(j) {
			return i
		}
		w := sc.w(j)
		if notMoneyLabels.at(w) {
			return i
		}
		if moneyLabels.at(w) {
			money = true
		}
	}
	if j < sc.hi && lexicon.CurrencyMark(sc.w(j)) != "" && textdoc.StartsWithDigit(sc.raw(j+1)) {
		j++ // "Total revenue $ 12,400 $ 11,900"
	}
	if !money || j == i || j >= sc.hi || !textdoc.StartsWithDigit(sc.raw(j)) {
		return i
	}
	// two figures at least: a row of a table, not a sentence; or one after a field's colon ("Sale Amount : 1,875,000")
	if !secondFigure(sc, j+1) && !(sc.w(j-1) == ":" && j-1 > i) {
		return i
	}
	return j
}

// secondFigure reports what may follow a row's first figure at token k as
// its second: a figure, "vs", a mark, a magnitude and then one of those,
// or a figure in brackets, as a loss is written ("( $ 3,422 )").
func secondFigure(sc *numScan, k int) bool {
	if k >= sc.hi {
		return false
	}
	if sc.w(k) == "(" {
		k++
		if lexicon.CurrencyMark(sc.w(k)) != "" {
			k++
		}
		return textdoc.StartsWithDigit(sc.raw(k))
	}
	return textdoc.StartsWithDigit(sc.raw(k)) || sc.w(k) == "vs" || lexicon.CurrencyMark(sc.w(k)) != "" ||
		magnitudeWords.at(sc.w(k)) > 0 && (sc.w(k+1) == "vs" || textdoc.StartsWithDigit(sc.raw(k+1))) || changeAfter(sc, k)
}

// changeAfter reports the change of a row's one figure at token k: "up 3.3
// pct", "down 5.1 pct" ("Group sales 14,600 up 3.3 pct").
func changeAfter(sc *numScan, k int) bool {
	if w := sc.w(k); w != "up" && w != "down" || !textdoc.StartsWithDigit(sc.raw(k+1)) {
		return false
	}
	switch sc.w(k + 2) {
	case "pct", "percent", "%":
		return true
	}
	return false
}

// bracketedWord returns the token after one word in brackets at token j
// that a row's label may end with ("Net income ( loss )"), or j.
func bracketedWord(sc *numScan, j int) int {
	if sc.w(j) != "(" || sc.w(j+2) != ")" {
		return j
	}
	if r := sc.raw(j + 1); r == "" || !(r[0] >= 'a' && r[0] <= 'z' || r[0] >= 'A' && r[0] <= 'Z') || lexicon.IsCurrencyWord(sc.w(j+1)) || headerScales.at(sc.w(j+1)) > 0 {
		return j
	}
	return j + 3
}

// tableScale is what a table's scale header says of the bare figures of
// the rows under it: their magnitude (0 for none) and currency ("" when the
// header names none, or names the dollar, which the story then decides).
type tableScale struct {
	scale float64
	code  string
	cents bool // the figures are hundredths: "Shr (cents) 5.17 vs 4.96"
	named bool // the header names a currency: "(BILLIONS OF DLRS)", not "(in thousands)"
}

// apply gives a figure of a table row that states no magnitude and no
// hundredth unit the table's magnitude: "Net 4,120" under "(in thousands)".
func (t tableScale) apply(h *moneyHit) {
	m := &h.m
	if t.cents && h.code == "" && !m.mult {
		h.cents = true
	}
	if t.scale <= 1 || m.mult || h.cents || m.pence || m.n.Vague || m.n.Kind != contract.KindFigure {
		return
	}
	m.scale(t.scale)
	m.mult = true
	m.setLastMult(t.scale)
}

// forRow returns the scale for a row; a row per share (perShare) takes the
// table's currency and unit, not its magnitude ("Shr 0.84 vs 0.77" under
// "(in thousands of dlrs)").
func (t tableScale) forRow(perShare bool) tableScale {
	if perShare {
		t.scale = 0
	}
	return t
}

// headerScales are the magnitudes a table's scale header names.
var headerScales = mapOf(map[string]float64{"thousands": 1e3, "thousand": 1e3, "000s": 1e3, "000's": 1e3, "000": 1e3,
	"millions": 1e6, "million": 1e6, "mln": 1e6, "mlns": 1e6, "billions": 1e9, "billion": 1e9, "bln": 1e9, "bn": 1e9})

// headerLeads are the words a scale header without brackets follows: "AMOUNTS IN $ MILLION", "Data in thousands".
var headerLeads = map[string]bool{"unit": true, "units": true, "figures": true, "amounts": true, "data": true, "expressed": true, "stated": true, "all": true, "results": true}

// headerTails are the words that may close a bracketed scale header:
// "(in million marks unless noted)", "(in thousands, except per-share amounts)".
var headerTails = map[string]bool{"unless": true, "otherwise": true, "specified": true, "stated": true, "noted": true,
	"except": true, "per": true, "share": true, "shr": true, "data": true, "amounts": true, "figures": true, ",": true,
	"and": true, "omitted": true, "indicated": true}

// scaleHeader reads a table's scale header at token i: a bracket or a
// line's first words, "in", a magnitude with its currency in either order
// ("(in million marks unless noted)", "(in thousands of dlrs)",
// "AMOUNTS IN $ MILLION", "(Dm million)", "(mln dlrs)"), or the thousands
// omitted ("(000s omitted)"). It returns the scale and the token after
// the header.
func scaleHeader(sc *numScan, i int) (tableScale, int, bool) {
	w := sc.w(i)
	j := i
	paren := w == "("
	switch {
	case paren:
		j++
		for n := 0; n < 2 && headerLeads[sc.w(j)]; n++ {
			j++ // "( all figures cents per share )", "( figures in millions )"
		}
		if sc.w(j) == ":" && j > i+1 {
			j++ // "( Unit : million yuan )"
		}
		if sc.w(j) == "in" {
			j++
		}
	case w == "in" && (sc.lineStart(i) || i > sc.lo && headerLeads[sc.w(i-1)]):
		j++
	case (w == "000s" || w == "000's") && sc.w(i+1) == "omitted":
		return tableScale{scale: 1e3}, i + 2, true
	case sc.lineStart(i):
		return lineHeader(sc, i) // "MILLIONS OF DOLLARS", "Unit : billion won"
	default:
		return tableScale{}, i, false
	}
	t, j, ok := scaleWords(sc, j)
	if !ok {
		return tableScale{}, i, false
	}
	if !paren {
		return t, j, true
	}
	// a bracketed header closes on its line within a few words of its kind
	for k := j; k < sc.hi && k < j+6; k++ {
		if k > j && sc.lineStart(k) {
			break
		}
		if sc.w(k) == ")" {
			return t, k + 1, true
		}
		if !headerTails[sc.w(k)] {
			break
		}
	}
	return tableScale{}, i, false
}

// lineHeader reads a line at token i that is a table's scale header alone,
// without brackets: a magnitude with its currency, after "Unit :" or
// nothing, and no other word but a header's closing ones ("MILLIONS OF
// DOLLARS", "Unit : billion won", "Million rand unless stated"). It
// returns the scale and the token after the line.
func lineHeader(sc *numScan, i int) (tableScale, int, bool) {
	j := i
	if (sc.w(j) == "unit" || sc.w(j) == "units") && sc.w(j+1) == ":" {
		j += 2
	}
	t, k, ok := scaleWords(sc, j)
	if !ok || t.scale <= 1 || !t.named {
		return tableScale{}, i, false
	}
	for ; k < sc.hi && !sc.lineStart(k); k++ {
		if w := sc.w(k); !headerTails[w] && w != "." && w != ":" {
			return tableScale{}, i, false
		}
	}
	return t, k, true
}

// scaleWords reads the magnitude and currency of a scale header from token
// j: a mark or a currency name before or after the magnitude ("$ million",
// "million A$", "millions of yen", "thousands of U.S. dollars", "mln
// dlrs"), the magnitude alone, or, closing a bracket, a unit alone
// ("(cents)", "(H.K. cents)", "(guilders)"). It returns the token after them.
func scaleWords(sc *numScan, j int) (tableScale, int, bool) {
	var t tableScale
	code := ""
	if c := lexicon.CurrencyMark(sc.w(j)); c != "" {
		code = c
		j++
	} else if c := lexicon.CurrencyName(sc.w(j)); c != "" && sc.w(j) != "won" {
		code = c
		j++
	}
	f, ok := headerScales.get(sc.w(j))
	if m, short := markScales.get(sc.w(j)); !ok && short && code != "" {
		f, ok = m, true // "(£m)", "(€bn)": a short magnitude after a mark
	}
	if !ok {
		return unitHeader(sc, j, code)
	}
	t.scale = f
	j++
	if code == "" {
		code, j = headerCurrency(sc, j)
	}
	t.named = code != ""
	if code = strings.TrimSuffix(code, "?"); code != "USD" {
		t.code = code // the dollar is the story's
	}
	return t, j, true
}

// markScales are the short magnitudes a scale header writes after a mark only: "(£m)".
var markScales = mapOf(map[string]float64{"m": 1e6, "mn": 1e6, "bn": 1e9, "k": 1e3})

// scaleFooter reads a bracketed line under a table that gives the scale of
// the figures above it: "( All data above 000s except per share numbers )",
// "(Figures above in millions of euros)". It holds the word "above", a
// magnitude and no figure; it returns the scale and the token after it.
func scaleFooter(sc *numScan, i int) (tableScale, int, bool) {
	if sc.w(i) != "(" {
		return tableScale{}, i, false
	}
	var t tableScale
	above := false
	for k := i + 1; k < sc.hi && k < i+16; k++ {
		w := sc.w(k)
		switch {
		case w == ")":
			return t, k + 1, above && t.scale > 0
		case sc.lineStart(k):
			return tableScale{}, i, false
		case w == "above":
			above = true
		case headerScales.at(w) > 0 && t.scale == 0:
			t.scale = headerScales.at(w)
			if c, _ := headerCurrency(sc, k+1); strings.TrimSuffix(c, "?") != "USD" {
				t.code = strings.TrimSuffix(c, "?")
			}
		case textdoc.StartsWithDigit(sc.raw(k)):
			return tableScale{}, i, false
		}
	}
	return tableScale{}, i, false
}

// scaleRows gives the figures of table rows read under no scale (hits and
// rows, a table's) the footer's scale t, and its currency to those without one.
func (t tableScale) scaleRows(hits, rows []moneyHit) {
	for _, hs := range [][]moneyHit{hits, rows} {
		for k := range hs {
			h := &hs[k]
			if !h.unscaled {
				continue
			}
			t.apply(h)
			h.unscaled = false
			if h.code == "" {
				h.code, h.dollar = t.code, t.named && t.code == ""
			}
		}
	}
}

// headerCurrency reads the currency after a header's magnitude at token j:
// "of [adjective] name" or a mark ("million A$"). It returns its code ("" for
// none) and the token after it.
func headerCurrency(sc *numScan, j int) (string, int) {
	if c := lexicon.CurrencyMark(sc.w(j)); c != "" && sc.w(j) != "r" {
		return c, j + 1
	}
	k := j
	if sc.w(k) == "of" {
		k++
	}
	adj := ""
	if c, ok := lexicon.CurrencyAdjective(sc.w(k)); ok && c != "" {
		adj = c
		k++
	}
	// "won" is the verb but after a magnitude closing a header: "( billion won )"
	if c := lexicon.CurrencyName(sc.w(k)); c != "" && (sc.w(k) != "won" || headerEnd(sc, k+1)) {
		if adj != "" {
			c = adj
		}
		return c, k + 1
	}
	return "", j
}

// headerEnd reports the end of a header at token k: a closing bracket, the line's end or a closing word.
func headerEnd(sc *numScan, k int) bool {
	return k >= sc.hi || sc.w(k) == ")" || sc.lineStart(k) || headerTails[sc.w(k)]
}

// unitHeader reads a bracketed unit without magnitude at token j, code the
// currency read before it ("" for none): "(cents)", "(H.K. cents)",
// "(guilders)", "(baht)". It returns the unit as a scale of 1, and the
// token of the closing bracket.
func unitHeader(sc *numScan, j int, code string) (tableScale, int, bool) {
	t := tableScale{scale: 1}
	if code == "" {
		if c, ok := lexicon.CurrencyAdjective(sc.w(j)); ok && c != "" && lexicon.CentUnit(sc.w(j+1)) != "" {
			code = c // "H.K. cents"
			j++
		}
		if lexicon.CentUnit(sc.w(j)) == "" || sc.w(j) == "p" {
			return tableScale{}, j, false
		}
		if c := lexicon.CentUnit(sc.w(j)); code == "" && c != "USD" {
			code = c // "( pence )"
		}
		t.cents = true
		j++
		for k := j; k < j+3 && headerTails[sc.w(k)]; k++ {
			if sc.w(k+1) == ")" {
				j = k + 1 // "( all figures cents per share )"
			}
		}
	}
	if sc.w(j) != ")" {
		return tableScale{}, j, false
	}
	if code = strings.TrimSuffix(code, "?"); code != "USD" {
		t.code = code
	}
	return t, j, true
}

// perShareLabel reports a table row whose label (from token i) counts money
// per share, not in the table's magnitude: "Shr", "EPS", "Div", "Earnings per share".
func perShareLabel(sc *numScan, i int) bool {
	for k := i; k < sc.hi && k < i+5; k++ {
		if r := sc.raw(k); textdoc.StartsWithDigit(r) || r == "$" || r == "(" {
			return false
		}
		switch sc.w(k) {
		case "shr", "shr.", "eps", "div", "dividend", "dividends", "share", "per", "shrs":
			return true
		}
	}
	return false
}

// comparisonWords stand between the word that links a comparison and its
// bare figure: "from a restated 22.9 million", "against a revised 6.8
// billion", "compared with last year's 9.4 mln".
var comparisonWords = map[string]bool{"a": true, "an": true, "the": true, "year-earlier": true, "year-ago": true,
	"revised": true, "restated": true, "previous": true, "prior": true, "adjusted": true, "record": true,
	"original": true, "originally": true, "upwardly": true, "downwardly": true, "last": true, "year": true,
	"year's": true, "'s": true, "earlier": true, "reported": true, "expected": true, "forecast": true}

// comparisonLink walks back from token p over the words of comparisonWords
// (at most four) to the word that links a bare figure to the amount before
// it ("from", "vs", "against", "than", "with"). It returns that word's
// token and whether words were walked over; p itself when none links.
func comparisonLink(sc *numScan, p int) (int, bool) {
	k := p
	for n := 0; n < 4 && k > sc.lo && comparisonWords[sc.w(k)]; n++ {
		k--
	}
	if k == p {
		return p, false
	}
	switch sc.w(k) {
	case "from", "vs", "vs.", "versus", "against", "than", "with":
		return k, true
	}
	return p, false
}

// priceChange reports a bare figure m that continues an amount prev
// without magnitude across the link word at token p: "22 cts vs 19",
// "62,000 euros a year, up from 58,500", or, right after prev, a price's
// "gained 4.35 taka to 96.40", "closed 2.40 guilders down at 80.70". After
// "to" or "at" the figure must have decimals or thousands, as prices do
// ("rose $5 to 40" is no price); skipped tells that words stand between the
// link and the figure ("from a year-earlier 58,500"). After "of" a "from"
// or "with" must stand a few words before ("up from its close on Tuesday of
// 107.55", "compares with Friday's close of 22-1/2");
// "up" or "down" must follow the price and a comma ("1,230 yen, down 20").
func priceChange(sc *numScan, p int, prev moneyHit, m numMatch, skipped bool) bool {
	if prev.m.mult || prev.m.n.Vague || prev.m.n.Range || !m.digits || m.n.Range {
		return false
	}
	if r := sc.raw(m.tokEnd); r != "" && r[0] >= 'A' && r[0] <= 'Z' {
		return false // "from 50 Cent": a name
	}
	switch sc.w(p) {
	case "vs", "vs.", "versus", "against", "from":
		return true
	case "up", "down":
		// "closed at 1,230 yen, down 20": the change after the price
		return !skipped && prev.tokEnd == p-1 && sc.w(p-1) == ","
	case "of":
		// "108.40 yen, up from its close on Tuesday of 107.55", "25 dlrs a
		// share compares with Friday's close of 22-1/2"
		for k := p - 1; k >= prev.tokEnd && k > p-8; k-- {
			if w := sc.w(k); w == "from" || w == "with" {
				return strings.ContainsAny(sc.text[m.start:m.end], "./")
			}
		}
	case "to", "at":
		// "lost 3,000 lira to 67,000", "closed 2.40 guilders down at 80.70"
		// a whole price in pence ("closed up 12 pence at 345.") where the sentence ends
		next := prev.tokEnd == p || prev.tokEnd == p-1 && priceDirections[sc.w(p-1)]
		return !skipped && next && (separated(sc.text[m.start:m.end]) || inPence(sc, prev) && closesClause(sc, m.tokEnd))
	}
	return false
}

// parallelChange reports a bare price change at token i right after the
// verb of change at token p, in a clause that repeats the one of the amount
// prev before it in the sentence: "Delta Jute rose 2.15 taka to 88.40,
// Rupali Mills gained 1.05 to 64.10". Like a price, the figure has
// decimals or thousands, and "to" or "at" and its new level follow it.
func parallelChange(sc *numScan, p int, prev moneyHit, i int) bool {
	if i != p+1 || !isChangeWord(sc.w(p)) || prev.cents || prev.m.pence || prev.m.mult || prev.m.n.Range || prev.m.n.Vague {
		return false
	}
	m, ok := sc.number(i)
	if !ok || !m.digits || m.mult || m.n.Range || !separated(sc.text[m.start:m.end]) {
		return false
	}
	if w := sc.w(m.tokEnd); w != "to" && w != "at" || !textdoc.StartsWithDigit(sc.raw(m.tokEnd+1)) {
		return false
	}
	if l, ok := sc.number(m.tokEnd + 1); !ok || l.mult || !moneyFollower(sc, l.tokEnd) {
		return false // a level of no price: "gained 1,200 to 5,400 shares"
	}
	k := prev.tokEnd - 1
	for k > sc.lo && sc.toks[k].Start > prev.start {
		k--
	}
	for b := k - 1; b >= sc.lo && b >= k-5; b-- {
		if isChangeWord(sc.w(b)) {
			return true // prev is a change, or the level after one: "rose 2.15 taka to 88.40"
		}
	}
	return false
}

// videoLines reports a glued-p figure that is a video format's line count
// ("films in 720p", "a 1080p screen"): one of the standard counts, and not
// a price after a preposition of price or a change ("closed at 720p",
// "rose 6p to 1080p").
func videoLines(sc *numScan, m numMatch) bool {
	switch m.n.Value {
	case 480, 576, 720, 1080, 1440, 2160:
	default:
		return false
	}
	if !m.pence || m.tokEnd != m.tok+1 {
		return false
	}
	switch w := sc.w(m.tok - 1); w {
	case "at", "to", "from", "of", "by", "was", "were", "is":
		return false
	default:
		return !isChangeWord(w)
	}
}

// spacedMagnitude gives a marked figure m the short magnitude that stands
// apart after it ("$212 m", "£2 bn"): after a currency mark a lone "m" or
// "bn" is no metre but the magnitude the writer left unglued. The word must
// end the phrase (a stop, a bracket, a function word).
func spacedMagnitude(sc *numScan, m *numMatch) {
	k := m.tokEnd
	if m.mult || m.n.Range || k >= sc.hi || m.end != sc.toks[k-1].End {
		return
	}
	f := 0.0
	switch sc.raw(k) {
	case "m", "mn":
		f = 1e6
	case "bn", "b":
		f = 1e9
	case "tn":
		f = 1e12
	default:
		return
	}
	if !closesClause(sc, k+1) && sc.raw(k+1) != "(" && !moneyFollower(sc, k+1) {
		return
	}
	m.scale(f)
	m.mult = true
	m.setLastMult(f)
	m.tokEnd = k + 1
	m.end = sc.toks[k].End
}

// inPence reports an amount in pence: "12 pence", "12p".
func inPence(sc *numScan, h moneyHit) bool {
	return h.m.pence || h.cents && sc.w(h.tokEnd-1) == "pence"
}

// closesClause reports the end of a sentence or clause at token k: none, or a full stop, comma or semicolon.
func closesClause(sc *numScan, k int) bool {
	r := sc.raw(k)
	return k >= sc.hi || r == "." || r == "," || r == ";"
}

// priceDirections are the words that may stand between a price's change and
// its new level: "2.40 guilders down at 80.70", "0.60 guilders weaker at 52.90".
var priceDirections = map[string]bool{"up": true, "down": true, "higher": true, "lower": true, "weaker": true,
	"stronger": true, "firmer": true, "softer": true, "easier": true, "off": true}

// moneyFollower reports whether the word at token k may follow a bare
// figure that continues an amount: a function word or an adverb ("from 7.9
// mln in 2003", "against 52 million earlier", "to 3,410 shortly after"),
// not a unit of its own ("400 mln shares").
func moneyFollower(sc *numScan, k int) bool {
	r := sc.raw(k)
	if r != "" && r[0] >= 'A' && r[0] <= 'Z' {
		return false // "40 million Marathi-speaking voters", "2 million Britons"
	}
	if r == "" || r[0] < 'a' || r[0] > 'z' {
		return true
	}
	switch sc.w(k) {
	case "in", "on", "a", "and", "from", "to", "at", "by", "for", "last", "this", "vs", "or", "previously", "earlier",
		"before", "ago", "respectively", "each", "apiece", "year-earlier", "year-ago", "during", "since", "the", "as",
		"but", "while", "when", "after", "compared", "against", "versus", "with", "over", "under", "through", "into",
		"was", "were", "is", "are", "will":
		return true // also the amount as a subject: "after 40 million were settled"
	case "less", "more", "lower", "higher":
		return sc.w(k+1) == "than" // a difference: "3.9 billion less than the 48.2 billion"
	}
	w := sc.w(k)
	return len(w) > 5 && strings.HasSuffix(w, "ly") // an adverb: "to 3,410 shortly after", "at 3.20 briefly"
}

// rateLabel reads the label of a rate quote at token i, two currencies
// and a slash alone on their line ("Dollar / mark ...", "Pound / dollar"):
// the figures of the next line are the second currency's price of the
// first, money in the second. It returns that currency's code and the
// token after the line.
func rateLabel(sc *numScan, i int) (string, int, bool) {
	if sc.w(i+1) != "/" || rateName(sc.w(i)) == "" {
		return "", i, false
	}
	code := rateName(sc.w(i + 2))
	if code == "" {
		return "", i, false
	}
	k := i + 3
	for ; k < sc.hi && !sc.lineStart(k); k++ {
		if strings.Trim(sc.raw(k), ".") != "" {
			return "", i, false
		}
	}
	return code, k, true
}

// rateName returns the code of a currency named in the singular or the
// plural, without a number ("dollar", "mark", "yen", "sterling"), or "".
func rateName(w string) string {
	c := lexicon.CurrencyName(w)
	if c == "" && w != "" {
		c = lexicon.CurrencyName(w + "s")
	}
	if c == "" || w == "won" || w == "real" {
		return ""
	}
	return strings.TrimSuffix(c, "?")
}

// inBrackets reports an amount starting at byte start inside a bracket
// opened after the byte from: "($38.9bn; £31.2bn)".
func inBrackets(text string, start, from int) bool {
	if from > start {
		return false
	}
	return strings.Count(text[from:start], "(") > strings.Count(text[from:start], ")")
}

// magnitudeAdjective reads a magnitude and a currency as one adjective at
// token i: "a million-dollar home", "a billion-pound deal", "the
// trillion-dollar question". Its value is the magnitude.
func magnitudeAdjective(sc *numScan, i int) (moneyHit, bool) {
	w := sc.w(i)
	k := strings.IndexByte(w, '-')
	if k <= 0 {
		return moneyHit{}, false
	}
	mag, ok := magnitudeWords.get(w[:k])
	if !ok || mag < 1e6 || i > sc.lo && sc.canStartNumber(i-1) && textdoc.StartsWithDigit(sc.raw(i-1)) {
		return moneyHit{}, false // "5 million-dollar" is read with its number
	}
	name := w[k+1:]
	if !isCurrencyWordStem(name) {
		return moneyHit{}, false
	}
	code := lexicon.CurrencyName(name)
	if code == "" {
		code = lexicon.CurrencyName(name + "s")
	}
	if code == "" || name == "won" || name == "real" {
		return moneyHit{}, false
	}
	m := numMatch{qtok: i, tok: i, tokEnd: i + 1, qstart: sc.toks[i].Start, start: sc.toks[i].Start, end: sc.toks[i].End,
		n: contract.Number{Value: mag}, mult: true, lastMag: mag}
	return moneyHit{start: sc.toks[i].Start, end: sc.toks[i].End, tokEnd: i + 1, m: m, code: code[:3]}, true
}

// headerEnds reports a scale header that ends its line at token k, maybe
// with a colon ("Trade balance ( million markka ) :"): it heads the rows
// after it.
func headerEnds(sc *numScan, k int) bool {
	if sc.w(k) == ":" {
		k++
	}
	return k >= sc.hi || sc.lineStart(k)
}

// labelBefore reports words outside brackets before token i on its line:
// a scale header after them ("Orders in hand (billions) 2.36") is the row's
// own, one after none ("(Parent) (in billions of yen)") the table's.
func labelBefore(sc *numScan, i int) bool {
	depth := 0
	for k := i - 1; k >= sc.lo && !sc.lineStart(k+1); k-- {
		switch r := sc.raw(k); {
		case r == ")":
			depth++
		case r == "(":
			depth--
		case depth <= 0 && r != "" && (r[0] >= 'A' && r[0] <= 'Z' || r[0] >= 'a' && r[0] <= 'z') && !headerLeads[sc.w(k)]:
			return true
		}
	}
	return false
}

// otherFigureBetween reports a figure between the amount prev and the
// link word at token p, other than a year: "flats took 47 days to let
// from 39" compares the days, not the amount before them.
func otherFigureBetween(sc *numScan, prev moneyHit, p int) bool {
	depth := 0
	for k := prev.tokEnd; k < p; k++ {
		r := sc.raw(k)
		switch {
		case r == "(":
			depth++
		case r == ")":
			depth--
		}
		if depth > 0 || !textdoc.StartsWithDigit(r) {
			continue // a conversion in brackets is the amount's own
		}
		if len(r) == 4 && (r[:2] == "19" || r[:2] == "20") || strings.HasSuffix(r, "%") {
			continue // "to 8.7 mln dlrs in 2003 from 7.9 mln"
		}
		if w := sc.w(k + 1); w == "percent" || w == "pct" || w == "%" || w == "per" || lexicon.CentUnit(w) != "" || lexicon.CurrencyName(w) != "" {
			continue // "212.4 billion taka, up 1.4 percent from 209.5 billion"; "or 9 cts a share, from"
		}
		return true
	}
	return false
}

// scaledRowLabel reads the label of a row under a scale header at token i:
// one to four words, none a figure or a word of counts or ratios, followed
// by two figures compared ("Amortisation 1.84 vs 1.62"), or, under a header
// that names its currency (named), two figures or more ending the line ("Fed
// acct 5.208 4.425"). It returns the token after the label, or i.
func scaledRowLabel(sc *numScan, i int, named bool) int {
	j := i
	for ; j < sc.hi && j < i+4; j++ {
		r := sc.raw(j)
		if r == "" || textdoc.StartsWithDigit(r) || j > i && sc.lineStart(j) {
			break
		}
		if c := r[0]; !(c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z') || notMoneyLabels.at(sc.w(j)) {
			return i
		}
	}
	if j == i || !textdoc.StartsWithDigit(sc.raw(j)) {
		return i
	}
	if w := sc.w(j + 1); w == "vs" || w == "vs." || named && (figuresToEnd(sc, j) || changeAfter(sc, j+1)) {
		return j
	}
	return i
}

// figuresToEnd reports a line that ends with two figures or more from token
// j, as a row does under a header that names its currency ("Fed acct
// 5.208 4.425", "Imports 10,663 10,725 43,430").
func figuresToEnd(sc *numScan, j int) bool {
	k := j
	for k < sc.hi && textdoc.StartsWithDigit(sc.raw(k)) && !(k > j && sc.lineStart(k)) {
		k++
	}
	if k-j < 2 {
		return false
	}
	for k < sc.hi && sc.raw(k) == "." {
		k++
	}
	return k >= sc.hi || sc.lineStart(k)
}

// nameFirst reads an amount whose currency name stands before its number
// at token i, as some writers order it: "exports of Canadian dollar
// 14.6bn", "yen 3.8 billion", "rupees 500 crore". The number must carry a
// magnitude ("the euro 1.12" is a rate's fragment, not an amount).
func nameFirst(sc *numScan, i int, ctx *currencyContext) (moneyHit, bool) {
	if sc.cls(i)&(clsMoneyStart|clsMoneyWord) == 0 {
		return moneyHit{}, false // neither a currency's adjective nor its name
	}
	k := i
	adj := ""
	if c, ok := lexicon.CurrencyAdjective(sc.w(k)); ok && c != "" && lexicon.CurrencyName(sc.w(k+1)) != "" {
		adj = c
		k++
	}
	w := sc.w(k)
	code := lexicon.CurrencyName(w)
	if code == "" || w == "won" || w == "real" || w == "marks" || w == "rand" || !sc.canStartNumber(k+1) || !textdoc.StartsWithDigit(sc.raw(k+1)) {
		return moneyHit{}, false
	}
	m, ok := sc.number(k + 1)
	if !ok || !m.mult || m.n.Vague || m.n.Kind != contract.KindFigure || m.end != sc.toks[m.tokEnd-1].End {
		return moneyHit{}, false
	}
	switch {
	case adj != "":
		code = adj
	case strings.HasSuffix(code, "?"):
		code = ctx.resolve(strings.TrimSuffix(code, "?"))
	}
	return moneyHit{start: sc.toks[i].Start, end: m.end, tokEnd: m.tokEnd, m: m, code: code}, true
}

// rateFigure reads an exchange rate at token i: a bare figure with
// decimals or thousands, then "per", "to", "against" or "versus" and the
// currency it is the price of ("the baht slid to 25.87 per US dollar",
// "the forint's rate was 214.6 to the dollar"). It is money in the currency
// the sentence names before it, other than that one.
func rateFigure(sc *numScan, i int, ctx *currencyContext) (moneyHit, bool) {
	if !textdoc.StartsWithDigit(sc.raw(i)) || !strings.ContainsAny(sc.raw(i), ".,") {
		return moneyHit{}, false
	}
	m, ok := sc.number(i)
	if !ok || m.mult || m.n.Vague || m.n.Kind != contract.KindFigure || m.end != sc.toks[m.tokEnd-1].End {
		return moneyHit{}, false
	}
	k := m.tokEnd
	switch sc.w(k) {
	case "per", "to", "against", "versus":
	default:
		return moneyHit{}, false
	}
	k++
	if sc.w(k) == "the" || sc.w(k) == "a" || sc.w(k) == "one" {
		k++
	}
	if _, ok := lexicon.CurrencyAdjective(sc.w(k)); ok && rateName(sc.w(k+1)) != "" {
		k++ // "per US dollar", "against the Swiss franc"
	}
	base := rateName(sc.w(k))
	if base == "" {
		return moneyHit{}, false
	}
	for b := i - 1; b >= sc.lo && b >= i-16; b-- {
		if c := rateName(sc.w(b)); c != "" && c != base && sc.w(b) != "won" && !rateBase(sc, b) {
			if n := lexicon.CurrencyName(sc.w(b)); n == "" || strings.HasSuffix(n, "?") {
				c = ctx.resolve(c) // "the franc" of France, of Switzerland; not "the yen"
			}
			return moneyHit{start: m.start, end: m.end, tokEnd: m.tokEnd, m: m, code: c}, true
		}
	}
	return moneyHit{}, false
}

// rateBase reports the currency named at token b as the base of an earlier
// rate ("against the dollar", "per US dollar"), not the one priced.
func rateBase(sc *numScan, b int) bool {
	p := b - 1
	if _, ok := lexicon.CurrencyAdjective(sc.w(p)); ok {
		p--
	}
	if sc.w(p) == "the" {
		p--
	}
	switch sc.w(p) {
	case "per", "to", "against", "versus":
		return true
	}
	return false
}

// sentenceMagnitude reads a bare figure or range with its own magnitude
// later in the sentence of the amount prev, standing alone as an amount
// does: followed by punctuation, a function word or a noun of estimates,
// not by a unit of its own ("2bn euros now and a further 700m in March",
// "below the 1.21-1.24 billion forecast range"; not "3.1 million shares",
// "40 million Marathi-speaking voters").
// It is money in prev's currency.
func sentenceMagnitude(sc *numScan, i int, prev moneyHit) (moneyHit, bool) {
	if prev.cents || prev.code == "" || !textdoc.StartsWithDigit(sc.raw(i)) || otherFigureBetween(sc, prev, i) {
		return moneyHit{}, false
	}
	m, ok := sc.number(i)
	if !ok || !m.mult || m.n.Vague || m.n.Kind != contract.KindFigure || m.end != sc.toks[m.tokEnd-1].End {
		return moneyHit{}, false
	}
	if !moneyFollower(sc, m.tokEnd) && !estimateNouns[sc.w(m.tokEnd)] {
		return moneyHit{}, false
	}
	return moneyHit{start: m.start, end: m.end, tokEnd: m.tokEnd, m: m, code: prev.code}, true
}

// estimateNouns are the nouns a figure modifies as the amount of a
// forecast or a limit: "below the 1.21-1.24 billion forecast range", "a 5
// billion target", "within the 40 million budget".
var estimateNouns = map[string]bool{"forecast": true, "forecasts": true, "estimate": true, "estimates": true,
	"target": true, "range": true, "budget": true, "consensus": true, "projection": true, "guidance": true,
	"ceiling": true, "cap": true, "limit": true}

// furtherAmount reads a bare figure with its own magnitude after "a
// further", "another" or "an additional" at token i that opens no amount
// of its own sentence: it adds to the amount prev of the sentence before,
// in its currency ("It drained 3.9 billion francs. It allotted a further
// 30.9 billion to banks").
func furtherAmount(sc *numScan, i int, prev moneyHit) (moneyHit, bool) {
	switch sc.w(i - 1) {
	case "further", "another", "additional":
	default:
		return moneyHit{}, false
	}
	if prev.cents || prev.code == "" || !textdoc.StartsWithDigit(sc.raw(i)) {
		return moneyHit{}, false
	}
	m, ok := sc.number(i)
	if !ok || !m.mult || m.n.Vague || m.n.Range || m.n.Kind != contract.KindFigure || m.end != sc.toks[m.tokEnd-1].End || !moneyFollower(sc, m.tokEnd) {
		return moneyHit{}, false
	}
	return moneyHit{start: m.start, end: m.end, tokEnd: m.tokEnd, m: m, code: prev.code}, true
}

// nextAmount reads a bare figure at token i that opens no amount of its
// own sentence but continues the amount prev of the sentence before:
// after "a further" (furtherAmount), or near it in value and written alike,
// a price or rate's next level ("dropped to 141.60 per euro. It later
// strengthened to 140.55") or an estimate of a result ("net of 1.209
// billion guilders. Our estimate was 1.210 billion").
func nextAmount(sc *numScan, i int, prev moneyHit) (moneyHit, bool) {
	if h, ok := furtherAmount(sc, i, prev); ok {
		return h, true
	}
	pv := prev.m.n.Value
	if prev.m.n.Range {
		pv = (prev.m.n.Min + prev.m.n.Max) / 2 // "a 1.21-1.24 billion forecast. Our estimate was 1.210 billion"
	}
	if prev.cents || prev.code == "" || prev.m.n.Vague || pv <= 0 || !textdoc.StartsWithDigit(sc.raw(i)) {
		return moneyHit{}, false
	}
	m, ok := sc.number(i)
	if !ok || m.mult != prev.m.mult || m.n.Vague || m.n.Range || m.n.Kind != contract.KindFigure || m.end != sc.toks[m.tokEnd-1].End || !moneyFollower(sc, m.tokEnd) {
		return moneyHit{}, false
	}
	if !m.mult && strings.IndexByte(sc.raw(i), '.') < 0 {
		return moneyHit{}, false // a price or rate has decimals
	}
	if r := m.n.Value / pv; r < 0.8 || r > 1.25 {
		return moneyHit{}, false
	}
	for k := sc.lo; k < i; k++ {
		switch sc.w(k) {
		case "index", "indices", "indexes", "points", "yield", "yields", "volume", "shares":
			return moneyHit{}, false // "The index lost 0.47 percent to 70,848.86"
		}
	}
	return moneyHit{start: m.start, end: m.end, tokEnd: m.tokEnd, m: m, code: prev.code}, true
}

// bareMagnitude reads a bare figure with its own magnitude at token i that
// stands alone as an amount does ("to 34 mln from", not "5 mln shares"), or
// one without a magnitude before "and" or "or" and another figure ("60 and
// 70 zlotys") or before a direction and a new level ("0.20 up at 51.00
// guilders"): money if an amount after it in the sentence continues it
// (continuedBefore).
func bareMagnitude(sc *numScan, i int) (moneyHit, bool) {
	if !textdoc.StartsWithDigit(sc.raw(i)) {
		return moneyHit{}, false
	}
	m, ok := sc.number(i)
	if !ok || m.n.Vague || m.n.Range || m.n.Kind != contract.KindFigure || m.end != sc.toks[m.tokEnd-1].End {
		return moneyHit{}, false
	}
	level := !m.mult && strings.IndexByte(sc.raw(i), '.') > 0 && changeBeforeLevel(sc, m.tokEnd)
	if !moneyFollower(sc, m.tokEnd) && !level {
		return moneyHit{}, false
	}
	if w := sc.w(m.tokEnd); !m.mult && !((w == "and" || w == "or") && textdoc.StartsWithDigit(sc.raw(m.tokEnd+1))) && !level {
		return moneyHit{}, false // a figure without magnitude only before another ("60 and 70 zlotys") or a new level ("0.20 up at 51.00")
	}
	return moneyHit{start: m.start, end: m.end, tokEnd: m.tokEnd, m: m}, true
}

// continuedBefore makes money of the bare figures pend that an amount after
// them in their sentence continues across a comparison ("climbed to 34 mln
// from 29 mln dlrs", "to 710 billion from an earlier plan of 780 billion rupiah"):
// each takes the currency of the first amount after it, when a link word
// ("from", "vs", "against", "than") and no other figure stand between. It
// returns hits with them, in text order; hits[first:] are the sentence's.
func continuedBefore(sc *numScan, hits []moneyHit, first int, pend []moneyHit) []moneyHit {
	n := len(hits)
	for _, c := range pend {
		for k := first; k < n; k++ {
			h := hits[k]
			level := !c.m.mult && changeBeforeLevel(sc, c.tokEnd) && sc.toks[c.tokEnd+2].Start == h.start
			if h.start < c.end || h.cents && !level || h.code == "" {
				continue
			}
			if level || linkedBefore(sc, c.tokEnd, h.start) || coordinated(sc, c, h) {
				c.code, c.cents = h.code, h.cents
				hits = append(hits, c)
			}
			break
		}
	}
	if len(hits) > n {
		sortHits(hits)
	}
	return hits
}

// noted makes money of the bare figures with a magnitude pending in the
// sentence (sent its index, hits[first:] its amounts) that a bracketed note
// after them gives a currency, no amount standing between: "Operating
// profit 88.4 mln vs 71.9 mln (all figures in Canadian dlrs)". It returns the
// figures still pending.
func (r *moneyReader) noted(sc *numScan, sent, first int) []moneyHit {
	last := r.pend[len(r.pend)-1]
	code, at := "", 0
	for i := last.tokEnd; i < sc.hi; i++ {
		if c, ok := currencyNote(sc, i, r.ctx); ok {
			code, at = c, sc.toks[i].Start
			break
		}
	}
	if code == "" {
		return r.pend
	}
	rest := r.pend[:0]
	for _, c := range r.pend {
		between := false
		for _, h := range r.hits[first:] {
			between = between || h.start > c.end && h.start < at
		}
		if !c.m.mult || between {
			rest = append(rest, c)
			continue
		}
		c.code, c.sent = code, sent
		r.hits = append(r.hits, c)
	}
	sortHits(r.hits[first:])
	return rest
}

// currencyNote reads a bracketed note at token i that names the currency
// of the figures before it and holds no figure: "(all figures in
// Canadian dlrs)", "(amounts in euros)", or such a note after a comma that
// ends the sentence (", all in dollars."). It returns the currency's code.
func currencyNote(sc *numScan, i int, ctx *currencyContext) (string, bool) {
	paren := sc.raw(i) == "("
	if !paren && sc.raw(i) != "," && sc.raw(i) != ";" && sc.raw(i) != "--" {
		return "", false
	}
	k := i + 1
	for ; k < sc.hi && k < i+5 && sc.w(k) != "in"; k++ {
		if r := sc.raw(k); r == ")" || textdoc.StartsWithDigit(r) {
			return "", false
		}
	}
	if sc.w(k) != "in" {
		return "", false
	}
	k++
	adj := ""
	if _, ok := lexicon.CurrencyAdjective(sc.w(k)); ok {
		adj = sc.w(k)
		k++
	}
	code := lexicon.CurrencyName(sc.w(k))
	closed := paren && sc.raw(k+1) == ")" || !paren && (k+1 >= sc.hi || sc.raw(k+1) == "." && k+2 >= sc.hi)
	if code == "" || !closed || sc.w(k) == "won" || sc.w(k) == "real" {
		return "", false
	}
	if c := currencyAdjective(adj); c != "" {
		return c, true
	}
	return ctx.resolve(strings.TrimSuffix(code, "?")), true
}

// changeBeforeLevel reports a direction and "at" or "to" at token k, after
// a price's change and before its new level: "ended 0.20 up at 51.00
// guilders".
func changeBeforeLevel(sc *numScan, k int) bool {
	if w := sc.w(k + 1); !priceDirections[sc.w(k)] || w != "at" && w != "to" || k+2 >= sc.hi {
		return false
	}
	return textdoc.StartsWithDigit(sc.raw(k + 2))
}

// coordinated reports a bare figure c joined by "and" or "or" to the amount
// h right after it, both with a magnitude or both without: "issues of 100
// million and 300 million Swiss francs", "60 and 70 zlotys".
func coordinated(sc *numScan, c, h moneyHit) bool {
	k := c.tokEnd
	if w := sc.w(k); w != "and" && w != "or" || k+1 >= sc.hi || sc.toks[k+1].Start != h.start {
		return false
	}
	return h.m.mult == c.m.mult && !h.m.n.Vague && !h.m.n.Range
}

// linkedBefore reports a comparison's link word among the tokens from k up
// to byte end (at most eight), and no figure other than a year or a rate.
func linkedBefore(sc *numScan, k, end int) bool {
	link := false
	for j := k; j < sc.hi && j < k+8 && sc.toks[j].Start < end; j++ {
		switch sc.w(j) {
		case "from", "vs", "vs.", "versus", "against", "than":
			link = true
		}
		if r := sc.raw(j); textdoc.StartsWithDigit(r) && !(len(r) == 4 && (r[:2] == "19" || r[:2] == "20")) {
			return false
		}
	}
	return link
}

// vagueMoney reads a vague magnitude of a million or more standing alone as
// the amount of a verb of spending, losing or owing ("parents spend
// millions on games", "lost investors billions", "billions borrowed
// abroad", "spent tens of millions on it"); not "millions of viewers", nor
// "watched by millions". Its currency is the story's.
func vagueMoney(sc *numScan, i int) (moneyHit, bool) {
	if !vagueWordStart(sc.w(i)) || i == sc.lo || sc.canStartNumber(i-1) && textdoc.StartsWithDigit(sc.raw(i-1)) {
		return moneyHit{}, false // "£22 billions" is read with its number
	}
	m, ok := sc.number(i)
	if !ok || !m.n.Vague || m.n.Value < 1e6 || m.end != sc.toks[m.tokEnd-1].End {
		return moneyHit{}, false
	}
	if sc.w(m.tokEnd) == "of" && !moneyNouns[sc.w(m.tokEnd+1)] {
		return moneyHit{}, false // "millions of viewers"; not "billions of revenue"
	}
	if w := sc.w(m.tokEnd); (w == "and" || w == "or") && vagueWordStart(sc.w(m.tokEnd+1)) {
		return moneyHit{}, false // "millions and millions of dollars" is read whole
	}
	if !moneyVerbBefore(sc, i) && !participleAfter(sc, m.tokEnd) && !moneyNounIn(sc, m.tokEnd) && !moneyNounOf(sc, m.tokEnd) &&
		!runsInto(sc, i) {
		return moneyHit{}, false
	}
	return moneyHit{start: m.start, end: m.end, tokEnd: m.tokEnd, m: m}, true
}

// moneyVerbBefore reports a verb of money before the vague amount at
// token i: right before it ("lost billions"), before its beneficiary ("has
// cost the UK music industry millions"), or before a particle ("bring in
// billions").
func moneyVerbBefore(sc *numScan, i int) bool {
	p := i - 1
	if p < sc.lo {
		return false
	}
	if moneyVerbs[sc.w(p)] || sc.w(p) == "in" && p > sc.lo && inVerbs[sc.w(p-1)] {
		return true
	}
	// a beneficiary of up to four words of lower-case letters or capitals, no preposition
	for k := p; k >= sc.lo && k > p-4; k-- {
		r := sc.raw(k)
		if r == "" || !(r[0] >= 'a' && r[0] <= 'z' || r[0] >= 'A' && r[0] <= 'Z') || notBeneficiary[sc.w(k)] {
			return false
		}
		if k-1 >= sc.lo && moneyVerbs[sc.w(k-1)] {
			return true
		}
	}
	return false
}

// inVerbs take "in" before an amount they bring: "bring in billions", "raked in millions".
var inVerbs = map[string]bool{"bring": true, "brings": true, "brought": true, "bringing": true, "rake": true,
	"rakes": true, "raked": true, "raking": true, "pull": true, "pulls": true, "pulled": true, "pulling": true}

// notBeneficiary are the words a verb's beneficiary does not hold:
// prepositions, conjunctions and verbs ("spent time with millions").
var notBeneficiary = map[string]bool{"to": true, "with": true, "for": true, "by": true, "among": true, "of": true,
	"from": true, "in": true, "on": true, "at": true, "and": true, "or": true, "but": true, "is": true, "are": true,
	"was": true, "were": true, "that": true, "which": true, "who": true, "than": true, "as": true, "into": true}

// moneyNounOf reports "of" and a noun of money after a vague amount at token k: "billions of revenue".
func moneyNounOf(sc *numScan, k int) bool {
	return sc.w(k) == "of" && moneyNouns[sc.w(k+1)]
}

// runsInto reports a vague amount at token i that a noun of money runs
// into: "a legal bill running into millions", "losses running into the
// millions".
func runsInto(sc *numScan, i int) bool {
	k := i - 1
	if sc.w(k) == "the" {
		k--
	}
	if sc.w(k) != "into" {
		return false
	}
	switch sc.w(k - 1) {
	case "running", "run", "runs", "ran":
	default:
		return false
	}
	for b := k - 2; b >= sc.lo && b > k-8; b-- {
		if moneyNouns[sc.w(b)] || sc.w(b) == "bill" || sc.w(b) == "cost" || sc.w(b) == "costs" {
			return true
		}
	}
	return false
}

// moneyNounIn reports "in" and a noun of money at token k, maybe after one
// adjective: "millions in damages", "billions in federal aid".
func moneyNounIn(sc *numScan, k int) bool {
	if sc.w(k) != "in" {
		return false
	}
	if moneyNouns[sc.w(k+1)] {
		return true
	}
	r := sc.raw(k + 1)
	return r != "" && r[0] >= 'a' && r[0] <= 'z' && moneyNouns[sc.w(k+2)]
}

// moneyNouns are the nouns of money an amount is counted "in".
var moneyNouns = map[string]bool{"damages": true, "aid": true, "funding": true, "funds": true, "revenue": true,
	"revenues": true, "fees": true, "fines": true, "taxes": true, "loans": true, "grants": true, "cash": true,
	"compensation": true, "investment": true, "investments": true, "bonuses": true, "subsidies": true, "profits": true,
	"sales": true, "debt": true, "debts": true, "savings": true, "donations": true, "losses": true, "payments": true,
	"settlements": true, "bribes": true, "kickbacks": true, "contracts": true, "assets": true, "spending": true,
	"royalties": true, "salaries": true, "wages": true, "refunds": true, "penalties": true, "tax": true, "bailouts": true}

// passiveAux are the auxiliaries of a passive verb after its subject: "millions have been spent".
var passiveAux = map[string]bool{"have": true, "has": true, "had": true, "been": true, "being": true, "be": true,
	"was": true, "were": true, "are": true, "is": true, "will": true}

// participleAfter reports a verb of money at token k used as a participle
// after the amount (and a quote and a passive's auxiliaries), as what
// follows it shows ("billions borrowed via bond markets", "millions spent
// on ads", "millions have been spent on ads"), not as the verb of people
// counted ("millions lost their homes").
func participleAfter(sc *numScan, k int) bool {
	if isQuoteTok(sc.raw(k)) {
		k++ // `"billions" have been spent`
	}
	for n := 0; n < 2 && passiveAux[sc.w(k)]; n++ {
		k++ // "billions have been spent on war", "millions were wasted"
	}
	if !moneyVerbs[sc.w(k)] {
		return false
	}
	r := sc.raw(k + 1)
	if r == "" || r[0] < 'a' || r[0] > 'z' {
		return true // punctuation or the end: "billions wasted."
	}
	switch sc.w(k + 1) {
	case "via", "through", "on", "in", "by", "from", "to", "for", "at", "over", "abroad", "and", "but", "since",
		"during", "into", "with", "without", "annually", "each", "every", "last", "this", "so", "already":
		return true
	}
	return false
}

// vagueWordStart reports the words a vague amount without a currency starts with.
func vagueWordStart(w string) bool {
	switch w {
	case "millions", "billions", "trillions", "tens", "hundreds":
		return true
	}
	return false
}

// moneyVerbs are the verbs whose object, or the participles whose subject,
// is an amount of money: "spend millions", "billions borrowed".
var moneyVerbs = map[string]bool{"spend": true, "spends": true, "spent": true, "spending": true, "lose": true,
	"loses": true, "lost": true, "losing": true, "pump": true, "pumps": true, "pumped": true, "pumping": true,
	"invest": true, "invests": true, "invested": true, "investing": true, "borrow": true, "borrows": true,
	"borrowed": true, "borrowing": true, "owe": true, "owes": true, "owed": true, "owing": true, "cost": true,
	"costs": true, "costing": true, "pay": true, "pays": true, "paid": true, "paying": true, "raise": true,
	"raises": true, "raised": true, "raising": true, "waste": true, "wastes": true, "wasted": true, "wasting": true,
	"earn": true, "earns": true, "earned": true, "earning": true, "pour": true, "poured": true, "pouring": true,
	"plough": true, "ploughed": true, "sink": true, "sank": true, "sunk": true, "squander": true, "squandered": true,
	"embezzle": true, "embezzled": true, "donate": true, "donated": true, "fined": true, "wiped": true,
	"worth": true, "save": true, "saved": true, "saves": true, "saving": true, "generate": true, "generates": true,
	"generated": true, "generating": true}
