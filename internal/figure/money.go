package figure

import (
	"maps"
	"slices"
	"strconv"
	"strings"

	"github.com/newsparse/newsparse/internal/contract"
	"github.com/newsparse/newsparse/internal/lexicon"
	"github.com/newsparse/newsparse/internal/textdoc"
)

// moneyHit is an amount found in a sentence, before it becomes a Money.
type moneyHit struct {
	start, end int // the amount's text: currency and number
	tokEnd     int
	m          numMatch
	code       string // ISO code, "" when unknown
	cents      bool   // a unit worth a hundredth ("cents", "pence")
	sent       int
	unscaled   bool // a figure of a table row read under no scale, which a footer may give one
	dollar     bool // a figure of a table row whose header names the dollar ("$ MILLION"), whichever the story's is
	like       int  // a figure of a money column (moneynote.go): 1 + the byte start of the amount whose currency it takes
}

// Money returns the amounts of money stated in the article (the body, and the title).
func (f *Figures) Money() []contract.Money {
	d := f.d
	out := []contract.Money{}
	if d == nil || len(d.Toks) == 0 && len(d.Meta.Fields) == 0 {
		return out
	}
	place := ""
	if d.Meta.Dateline != nil {
		place = d.Meta.Dateline.Place
	}
	ctx := newCurrencyContext(d.Text[d.Body.Start:d.Body.End], place)
	dateline := datelineDollar(d)
	hits, rows := f.moneyHits(ctx)
	if dateline == "" && d.Meta.Dateline == nil && !dollarsMarked(d.Text, hits) {
		dateline = placesDollar(f.ents) // a story with no dateline tells where it is by the places it names
	}
	hits = gluedCents(hits)
	storyDollars(d.Text, hits, dateline) // moneyctx.go: bare "dlrs", "$" and "cents" take the story's dollar
	storyPounds(d.Text, hits, datelinePound(d))
	droppedMagnitude(d.Text, hits)
	if len(rows) > 0 {
		code := storyCurrency(hits, dateline, d)
		dollar := dateline
		if dollar == "" {
			dollar = "USD"
		}
		var heads map[int]string // by byte start, the first hit's currency, for the rows of a money column
		for _, r := range rows {
			if r.like > 0 && heads == nil {
				heads = startCodes(hits)
			}
			switch {
			case r.like > 0:
				r.code = likeCode(heads, r) // the currency the story gave the amount heading its column
			case r.code == "" && r.dollar:
				r.code = dollar // "FIGURES IN $ MILLION" in a story from BUDAPEST
			case r.code == "":
				r.code = code
			}
			hits = append(hits, r)
			if _, ok := heads[r.start]; !ok && heads != nil {
				heads[r.start] = r.code
			}
		}
		sortHits(hits)
	}
	var prev *contract.Money
	year := f.storyYear()
	for k, h := range hits {
		mo := h.money(d.Text)
		mo.Currency = lexicon.CodeInYear(mo.Currency, year) // the lira of 1996 is TRL
		// a conversion in brackets takes the qualifier of the amount it converts: "about $3bn (£2.4bn)"
		if prev != nil && mo.Qualifier == contract.Exact && hits[k-1].sent == h.sent {
			gap := strings.TrimSpace(d.Text[prev.End:h.start])
			if gap == "(" || gap == ";" || gap == "," && strings.HasSuffix(strings.TrimSpace(d.Text[:prev.Start]), "(") {
				mo.Qualifier = prev.Qualifier
			}
		}
		mo.Source = sourceOf(f, h.sent, h.start, h.end)
		out = append(out, mo)
		prev = &out[len(out)-1]
	}
	return out
}

// droppedMagnitude gives an amount written without a magnitude the one of
// its conversion in brackets beside it, which the writer left off: "$6.5
// (£3.4m)", "£7 ($13bn)". Both are in currencies of near worth (the
// dollar, the pound, the euro), the bracket holds the conversion alone
// (not "$102m ($174 a vote)"), and the two are then within a factor of
// three of each other; hits are in text order.
func droppedMagnitude(text string, hits []moneyHit) {
	for k := 1; k < len(hits); k++ {
		bare, full := &hits[k-1], &hits[k]
		if bare.sent != full.sent || strings.TrimSpace(text[bare.end:full.start]) != "(" || !nearWorth[bare.code] || !nearWorth[full.code] ||
			!conversionCloses(text, full.end) {
			continue // not "$102m ($174 a vote)"
		}
		if bare.m.mult {
			bare, full = full, bare
		}
		f := full.m.lastMult()
		if bare.m.mult || !full.m.mult || f < 1e6 || bare.cents || full.cents || bare.m.pence || bare.m.n.Vague || bare.m.n.Range ||
			full.m.n.Vague || full.m.n.Range || full.m.n.Value <= 0 {
			continue
		}
		if r := bare.m.n.Value * f / full.m.n.Value; r < 1.0/3 || r > 3 {
			continue
		}
		bare.m.scale(f)
		bare.m.mult = true
		bare.m.setLastMult(f)
	}
}

// conversionCloses reports a bracketed conversion that ends at byte end:
// its bracket closes there, or another conversion follows ("($6.6m; €5m)").
func conversionCloses(text string, end int) bool {
	rest := strings.TrimLeft(text[end:], " ")
	return rest != "" && (rest[0] == ')' || rest[0] == ';' || rest[0] == ',')
}

// nearWorth are the currencies whose units are worth near one another, so
// that an amount's conversion between them keeps its magnitude.
var nearWorth = map[string]bool{"USD": true, "GBP": true, "EUR": true}

// startCodes maps the byte start of each of hits to its currency, the
// first hit's where two start alike.
func startCodes(hits []moneyHit) map[int]string {
	m := make(map[int]string, len(hits))
	for _, h := range hits {
		if _, ok := m[h.start]; !ok {
			m[h.start] = h.code
		}
	}
	return m
}

// likeCode returns the currency of the amount that heads the money column
// of the row figure r, from heads (startCodes), or r's own when none
// starts there.
func likeCode(heads map[int]string, r moneyHit) string {
	if code, ok := heads[r.like-1]; ok {
		return code
	}
	return r.code
}

// gluedCents keeps cents written with a glued "c" ("a 25c rise") only in a
// story that states another amount: alone, "3c" is as likely a model
// ("the Psion series 3c") as a price.
func gluedCents(hits []moneyHit) []moneyHit {
	other := false
	for _, h := range hits {
		if !h.m.cent {
			other = true
			break
		}
	}
	if other {
		return hits
	}
	return hits[:0]
}

// moneyHits reads the amounts of the title and the body's sentences, in
// text order, and apart the bare figures of table rows ("Net 882,000 vs
// 803,000"), whose currency is the table's or the story's. A table's scale
// header ("(in million marks)", "AMOUNTS IN $ MILLION") gives the bare
// figures of the rows under it their magnitude and currency.
func (f *Figures) moneyHits(ctx *currencyContext) (hits, rows []moneyHit) {
	r := moneyReader{ctx: ctx}
	for _, seg := range f.segments() {
		if seg.flags&flagMoneyCue != 0 { // a segment with no money cue holds no amount (hasMoneyCue)
			sc := numScan{text: f.d.Text, toks: seg.toks, lo: seg.lo, hi: seg.hi, low: *seg.low}
			r.segment(&sc, seg.sent)
		}
	}
	return r.hits, r.rows
}

// moneyReader holds what reading an article's amounts carries from one
// word, line and sentence to the next.
type moneyReader struct {
	ctx        *currencyContext
	hits, rows []moneyHit // the amounts read, and the bare figures of table rows
	tab, line  tableScale // the table's scale, and the scale of the row being read
	rate       string     // the currency of a rate quote's label ("Dollar / mark"), for the line after it
	pend       []moneyHit // bare figures with a magnitude, which an amount after them may make money
	from       [2]int     // the first hit and row of the table being read, which a footer closes
	row, share bool       // the line being read is a table's money row, and one per share
	run        tableRun   // moneynote.go: the table lines read one under the other
	sent       int        // the sentence being read
}

// segment reads the amounts of one sentence (or the title), sent its index.
func (r *moneyReader) segment(sc *numScan, sent int) {
	r.row, r.share = false, false
	r.sent = sent
	first := len(r.hits)
	for i := sc.lo; i < sc.hi; {
		if sc.lineStart(i) {
			if end, skip := r.lineStart(sc, i); skip {
				i = end
				continue
			}
		}
		if !mayStartMoney(sc, i) {
			i++ // no reader below starts anything at this word
			continue
		}
		if t, end, ok := scaleHeader(sc, i); ok { // moneyctx.go: "(in thousands of dlrs)"
			r.header(sc, i, t, end)
			i = end
			continue
		}
		h, ok := amountAt(sc, i, r.ctx, r.hits[first:])
		if !ok && first == len(r.hits) && first > 0 && r.hits[first-1].sent == sent-1 && sent > 0 {
			h, ok = nextAmount(sc, i, r.hits[first-1]) // moneyctx.go: "It lent a further 30.9 billion"
		}
		if ok {
			if r.row {
				r.line.forRow(r.share).apply(&h)
				h.unscaled = !r.share && r.line.scale == 0
			}
			h.sent = sent
			r.hits = append(r.hits, h)
			i = h.tokEnd
			continue
		}
		if end, ok := r.bare(sc, i, sent, first); ok {
			i = end
			continue
		}
		i++
	}
	if len(r.pend) > 0 {
		r.pend = r.noted(sc, sent, first)                   // moneyctx.go: "(figures in Canadian dlrs)"
		r.hits = continuedBefore(sc, r.hits, first, r.pend) // moneyctx.go
		r.pend = r.pend[:0]
	}
}

// lineStart reads what a line of a table tells at its first token i: a
// money row, a rate quote's label ("Dollar / mark ...", skipped with its
// line), or a footer that scales the rows above ("( All data above 000s
// )"). It returns the token to go on from and whether to skip to it.
func (r *moneyReader) lineStart(sc *numScan, i int) (int, bool) {
	r.row = earningsRow(sc, i, r.tab)
	r.share = r.row && perShareLabel(sc, i)
	r.line = r.tab
	if r.rate != "" && (textdoc.StartsWithDigit(sc.raw(i)) || sc.raw(i) == "$") {
		r.row, r.share, r.line = true, false, tableScale{code: r.rate} // "108.42 (107.96)" under "Dollar / yen"
	}
	r.rate = ""
	if c, end, ok := rateLabel(sc, i); ok { // moneyctx.go
		r.rate = c
		return end, true
	}
	if t, end, ok := scaleFooter(sc, i); ok { // moneyctx.go
		t.scaleRows(r.hits[r.from[0]:], r.rows[r.from[1]:])
		r.from = [2]int{len(r.hits), len(r.rows)}
		return end, true
	}
	return r.tableLine(sc, i, r.row) // moneynote.go
}

// header takes the scale header t read at token i (end the token after it)
// as the table's, or as the row's own when a label stands before it and a
// figure after it on its line.
func (r *moneyReader) header(sc *numScan, i int, t tableScale, end int) {
	// a label before and a figure after on its line: the row's own ("Trade
	// balance ( million markka ) :" heads a table)
	if own := sc.w(i) == "(" && labelBefore(sc, i) && !headerEnds(sc, end); own { // moneyctx.go
		// "Orders in hand (billions) 2.36 vs 2.12": the row's own scale; with its
		// own currency it makes the line a row ("Handling costs (Dm million) 274")
		if t.code == "" {
			t.code = r.tab.code
		}
		// "Cash ( $ mln ) 12.4"; "Trade gap ( EUR ) Jan-Mar 4.1 bln", a period between
		r.row = r.row || (t.code != "" || t.cents || namesCurrency(sc, i, end)) && textdoc.StartsWithDigit(sc.raw(periodCell(sc, end)))
	} else {
		r.tab = t
		r.from = [2]int{len(r.hits), len(r.rows)}
	}
	r.line = t
}

// periodCell returns the token after the period that a row of an
// indicators table states between its unit and its figure at token k
// ("Jan-July", "June", "end-May", "Q2", "H1"), or k when none stands there.
func periodCell(sc *numScan, k int) int {
	w := sc.w(k)
	switch w {
	case "q1", "q2", "q3", "q4", "h1", "h2":
		return k + 1
	}
	month := false
	for _, p := range strings.Split(w, "-") {
		if numMonths.at(p) || monthStems[p] {
			month = true
		} else if p != "end" {
			return k
		}
	}
	if !month {
		return k
	}
	return k + 1
}

// monthStems are the months' three-letter forms that numMonths leaves out
// as words of their own ("mar", "jun", "jul"), read within a period such
// as "Jan-Mar" (no keywords: parts of one word).
var monthStems = map[string]bool{`mar`: true, `jun`: true, `jul`: true}

// namesCurrency reports a currency's mark or name among tokens i to end: "( $ mln )", "( dlrs )".
func namesCurrency(sc *numScan, i, end int) bool {
	for k := i; k < end; k++ {
		if lexicon.CurrencyMark(sc.w(k)) != "" || lexicon.CurrencyName(sc.w(k)) != "" {
			return true
		}
	}
	return false
}

// bare reads a figure at token i that names no currency: a table row's,
// one with a magnitude that an amount after it may continue, or a vague
// amount of a verb of money. It returns the token after it.
func (r *moneyReader) bare(sc *numScan, i, sent, first int) (int, bool) {
	if r.row && sc.canStartNumber(i) {
		if m, ok := sc.number(i); ok && m.n.Kind == contract.KindFigure && !m.n.Vague {
			h := moneyHit{start: m.start, end: m.end, tokEnd: m.tokEnd, m: m, sent: sent}
			l := r.line.forRow(r.share)
			l.apply(&h)
			h.code, h.dollar = l.code, l.named && l.code == ""
			r.rowMagnitude(sc, i, &h) // "Net profit 889.5 mln vs 903.2"
			h.unscaled = !r.share && r.line.scale == 0
			r.rows = append(r.rows, h)
			return m.tokEnd, true
		}
	}
	if c, ok := bareMagnitude(sc, i); ok { // moneyctx.go: "rose to 20 mln from 15 mln dlrs"
		c.sent = sent
		r.pend = append(r.pend, c)
		return c.tokEnd, true
	}
	if v, ok := vagueMoney(sc, i); ok { // moneyctx.go: "investors lost millions", in the sentence's or the story's currency
		v.sent = sent
		if k := len(r.hits) - 1; k >= first && !r.hits[k].cents {
			v.code = r.hits[k].code
		}
		r.rows = append(r.rows, v)
		return v.tokEnd, true
	}
	return i, false
}

// rowMagnitude gives a row's bare figure at token i the magnitude of the
// row's figure just before it, across "vs": "Net profit 889.5 mln vs 903.2".
// A figure grouped in thousands ("vs 410,000") states its own size.
func (r *moneyReader) rowMagnitude(sc *numScan, i int, h *moneyHit) {
	k := len(r.rows) - 1
	if k < 0 || h.m.mult || r.rows[k].sent != h.sent || r.rows[k].tokEnd != i-1 || h.m.n.Value >= 1e4 ||
		grouped(sc.text[h.start:h.end]) {
		return
	}
	inheritMagnitude(sc, i-1, r.rows[k], &h.m)
}

// amountAt reads an amount of money at token i, by the first reading that
// fits: a number with its currency, a vague multiple ("a multi-billion
// dollar deal"), one unit ("a buck a lap"), or a bare figure continuing
// the sentence's last amount (prev, the sentence's amounts so far).
func amountAt(sc *numScan, i int, ctx *currencyContext, prev []moneyHit) (moneyHit, bool) {
	if h, ok := moneyAt(sc, i, ctx); ok {
		return h, true
	}
	if h, ok := nameFirst(sc, i, ctx); ok { // moneyctx.go: "Canadian dollar 14.6bn"
		return h, true
	}
	if h, ok := rateFigure(sc, i, ctx); ok { // moneyctx.go: "the baht slid to 25.87 per US dollar"
		return h, true
	}
	if h, ok := multiMoney(sc, i); ok { // moneyctx.go
		return h, true
	}
	if h, ok := oneUnit(sc, i); ok { // moneyctx.go
		return h, true
	}
	if h, ok := fewUnits(sc, i); ok { // moneyctx.go: "for a few dollars"
		return h, true
	}
	// the amount continued is the last one not in brackets ("3,240 billion
	// rupees ($38.9bn; £31.2bn) from 2,870 billion"), or the last that is
	// not in cents when that fails ("to 2.6 mln dlrs, or 9 cts a share, from 4.1 mln")
	cents := false
	for k := len(prev) - 1; k >= 0; k-- {
		if k > 0 && inBrackets(sc.text, prev[k].start, prev[0].end) || cents && prev[k].cents {
			continue
		}
		if h, ok := elidedMoney(sc, i, prev[k]); ok || !prev[k].cents || cents {
			if !ok {
				return sentenceMagnitude(sc, i, prev[k]) // moneyctx.go: "2bn euros now and a further 700m in March"
			}
			return h, ok
		}
		cents = true
	}
	return moneyHit{}, false
}

// sortHits orders hits by start (insertion sort: the lists are short and nearly sorted).
func sortHits(h []moneyHit) {
	for i := 1; i < len(h); i++ {
		for j := i; j > 0 && h[j].start < h[j-1].start; j-- {
			h[j], h[j-1] = h[j-1], h[j]
		}
	}
}

// money turns a hit into a Money.
func (h moneyHit) money(text string) contract.Money {
	mo := contract.Money{Start: h.start, End: h.end, Text: text[h.start:h.end], Currency: h.code, Qualifier: h.m.n.Qualifier, Vague: h.m.n.Vague}
	f := 1.0
	if h.cents || h.m.pence {
		f = 0.01
	}
	switch {
	case h.m.n.Range:
		lo, hi := roundFigure(h.m.n.Min*f), roundFigure(h.m.n.Max*f)
		mo.Min, mo.Max = &lo, &hi
	case h.m.several:
		// "several hundred million pounds": no figure to give
	default:
		v := roundFigure(h.m.n.Value * f)
		mo.Value = &v
	}
	return mo
}

// storyCurrency is the currency most amounts of the article are in, a tie
// going to the story's own: the dateline's dollar or its place's currency,
// or, when none, the UK's when the story names it most (homeCurrency), or USD.
func storyCurrency(hits []moneyHit, dateline string, d *textdoc.Doc) string {
	n := map[string]int{}
	best, bn := dateline, 0
	if best == "" {
		best = datelineUnit(d, lexicon.DatelineCurrency) // moneyctx.go: "JOHANNESBURG 1996-08-23"
	}
	if best == "" {
		best = homeCurrency(d)
	}
	home := best
	for _, h := range hits {
		if h.code == "" || h.cents {
			continue
		}
		n[h.code]++
		if n[h.code] > bn || n[h.code] == bn && h.code == home {
			best, bn = h.code, n[h.code] // a tie goes to the story's own currency
		}
	}
	return best
}

// homeCurrency is the currency of the country the body of d names more
// often than the United States (lexicon.HomeCurrency), twice at least, and
// more often than any other country, or USD: a story of India that names
// Britain twice is no story in pounds. A word that is part of the name of a
// place elsewhere does not count (inOtherPlace).
func homeCurrency(d *textdoc.Doc) string {
	n, other := map[string]int{}, map[string]int{}
	rival := 0 // the count of the country other than the UK and the US named most
	for k, t := range d.Toks {
		if t.Start < d.Body.Start || t.End > d.Body.End || inOtherPlace(d, k) {
			continue
		}
		w := d.Tok(k)
		if k > 0 && w == "Ireland" && d.Tok(k-1) == "Northern" {
			w = "Northern Ireland" // the UK's, not Ireland's
		}
		if c := lexicon.HomeCurrency(w); c != "" {
			n[c]++
		} else if c := otherCountry(w); c != "" {
			other[c]++
			rival = max(rival, other[c])
		}
	}
	best := "USD"
	for _, c := range slices.Sorted(maps.Keys(n)) {
		if n[c] >= 2 && n[c] > n[best] && n[c] > rival {
			best = c
		}
	}
	return best
}

// otherCountry returns the country a capitalised word names or whose
// demonym it is ("India", "Indian"), when it is not a country of
// lexicon.HomeCurrency, or "".
func otherCountry(w string) string {
	if w == "" || w[0] < 'A' || w[0] > 'Z' {
		return ""
	}
	key := lexicon.Key(w)
	name := ""
	if p, ok := lexicon.LookupPlace(key); ok && p.Kind == lexicon.Country {
		name = p.Name
	} else if c, ok := lexicon.Demonym(key); ok {
		name = c
	}
	if name == "" || lexicon.HomeCurrency(name) != "" {
		return ""
	}
	return name
}

// inOtherPlace reports whether token k, a word of lexicon.HomeCurrency, is
// part of the name of a place in another country: "New South Wales", "New
// England", "New London", "New Britain", "British Columbia", "Latin
// American", "South America", "Central American".
func inOtherPlace(d *textdoc.Doc, k int) bool {
	tok := func(j int) string {
		if j < 0 || j >= len(d.Toks) {
			return ""
		}
		return d.Tok(j)
	}
	w, prev := tok(k), tok(k-1)
	switch {
	case prev == "New" && (w == "England" || w == "London" || w == "Britain"), w == "Wales" && prev == "South" && tok(k-2) == "New":
		return true // not "New UK rules", "New Scotland Yard"
	case w == "British" && tok(k+1) == "Columbia":
		return true
	case strings.HasPrefix(w, "America") && (prev == "Latin" || prev == "South" || prev == "Central"):
		return true
	}
	return false
}

// elidedMoney reads an amount whose currency is left to the one before it in
// the sentence: "revised up from 250 mln", "climbed to 34 mln from 29 mln dlrs",
// "from a restated 22.9 million", "gained 4.35 taka to 96.40".
func elidedMoney(sc *numScan, i int, prev moneyHit) (moneyHit, bool) {
	if i == sc.lo || !sc.canStartNumber(i) || prev.code == "" {
		return moneyHit{}, false
	}
	p := i - 1
	if p > sc.lo && isQuoteTok(sc.raw(p)) {
		p-- // `from "five or six million"`
	}
	p, skipped := comparisonLink(sc, p) // moneyctx.go: "from a restated 22.9 million"
	if w := sc.w(p); (w == "or" || w == "to" || w == "-") && p > sc.lo && sc.canStartNumber(p-1) && !(prev.m.pence && w == "to") &&
		!(w == "to" && prev.tokEnd == p && sc.changeBefore(p-1)) {
		return moneyHit{}, false // the end of a range read elsewhere; not the level after a change ("gained 1.15 to 41.60")
	}
	parallel := false
	switch sc.w(p) {
	case "only", "just", "from", "to", "vs", "vs.", "versus", "and", "or", "of", "at", "against", "than", "with", "up", "down":
	default:
		if !parallelChange(sc, p, prev, i) { // moneyctx.go: "..., Orion Paper lost 0.90 to 31.75"
			return moneyHit{}, false
		}
		parallel = true
	}
	if otherFigureBetween(sc, prev, p) { // moneyctx.go
		return moneyHit{}, false
	}
	m, ok := sc.number(i)
	if !ok || m.n.Kind != contract.KindFigure || m.n.Vague || m.end != sc.toks[m.tokEnd-1].End {
		return moneyHit{}, false
	}
	cents := false
	switch {
	case parallel:
	case m.mult && !prev.cents:
	case !m.mult && !prev.cents && inheritMagnitude(sc, p, prev, &m): // moneyctx.go: "889.5 mln dlrs vs 903.2"
	case !m.mult && priceChange(sc, p, prev, m, skipped): // moneyctx.go: "22 cts vs 19", "gained 4.35 taka to 96.40"
		// "rose 3p to 188", "raised to 5.5p from 4.8": in pence too; not "fell 3p to 1.45", in pounds
		// "rose 15 cents to 8.40": a decimal level less than thrice the change
		// in cents is in the unit ("gained 0.40 cent to 88.15" stays in cents)
		level := strings.Contains(sc.text[m.start:m.end], ".") && (sc.w(p) == "to" || sc.w(p) == "at")
		cents = prev.cents && !(level && m.n.Value < 3*prev.m.n.Value) || prev.m.pence && !level
	default:
		return moneyHit{}, false
	}
	// moneyctx.go: "400 mln shares" is no money; after "than" an amount may
	// go on with a clause ("less than the 48.2 billion leaving the market")
	if !moneyFollower(sc, m.tokEnd) && !(sc.w(p) == "than" && strings.HasSuffix(sc.w(m.tokEnd), "ing")) {
		return moneyHit{}, false
	}
	return moneyHit{start: m.start, end: m.end, tokEnd: m.tokEnd, m: m, code: prev.code, cents: cents}, true
}

// earningsRow reports whether the line starting at token i is a money row of
// a wire earnings table ("Shr 22 cts vs 19 cts", "Net 615,000 vs 95,000",
// "Revs 8.7 mln vs 7.9 mln"); share counts ("Avg shrs") are not money.
// Under a scale header (tab) any short label of a row of figures compared
// is one ("Amortisation 1.84 vs 1.62"), and of two figures when the header
// names a currency ("Fed acct 5.208 4.425" under "(BILLIONS OF DLRS)").
func earningsRow(sc *numScan, i int, tab tableScale) bool {
	// the label: one to three words of the table's vocabulary ("Oper shr loss", "Net sales")
	j := i
	for j < sc.hi && j < i+3 && rowLabels[sc.w(j)] {
		j++
	}
	if j == i || !rowFigure(sc, j) && sc.w(j) != "(" {
		if k := tableLabel(sc, i); k > i || j == i {
			j = k // moneyctx.go: "Total Revenue", "Cash flow / shr", "Earnings Per Share"
		}
	}
	if j == i && tab.scale > 0 {
		j = scaledRowLabel(sc, i, tab.named) // moneyctx.go: "Amortisation 1.84 vs 1.62" under "(million A$ unless noted)"
	}
	if _, end, ok := scaleHeader(sc, j); ok && j > i && sc.w(j) == "(" {
		j = end // "Orders in hand (billions) 2.36 vs 2.12"
	} else if j > i {
		j = bracketedWord(sc, j) // "Net income ( loss ) 2,074 ( 3,422 )"
	}
	if j < sc.hi && lexicon.CurrencyMark(sc.w(j)) != "" && j+1 < sc.hi && textdoc.StartsWithDigit(sc.raw(j+1)) {
		j++ // "Net income $ 4,100 $ 3,900"
	}
	if j == i || j >= sc.hi || !rowFigure(sc, j) {
		return false // a figure right after the label, in digits, or nil
	}
	switch sc.w(i) {
	case "avg", "shrs", "shares":
		return false
	}
	// a short line of figures ("22 cts vs 19 cts", "8.40 8.75 7.95"), not a sentence
	n := 0
	for k := j; k < sc.hi && !(k > j && sc.lineStart(k)); k++ {
		n++
		if n > 10 {
			return false
		}
		w := sc.w(k)
		if !textdoc.StartsWithDigit(sc.raw(k)) && !rowWords[w] && magnitudeWords.at(w) == 0 && lexicon.CurrencyMark(w) == "" &&
			lexicon.CurrencyName(w) == "" && lexicon.CentUnit(w) == "" {
			return false
		}
	}
	return true
}

// rowWords are the words a row of figures may hold between them: "22 cts vs
// 19 cts", "nil loss 447 mln", "14,600 up 3.3 pct".
var rowWords = map[string]bool{"vs": true, "vs.": true, "loss": true, "profit": true, "nil": true, "(": true, ")": true,
	"-": true, ",": true, "up": true, "down": true, "pct": true, "percent": true, "%": true}

// rowFigure reports a row's first figure at token j: digits, or "nil"
// before more of the row ("Net nil loss 447 mln").
func rowFigure(sc *numScan, j int) bool {
	if textdoc.StartsWithDigit(sc.raw(j)) {
		return true
	}
	return sc.w(j) == "nil" && j+1 < sc.hi && !sc.lineStart(j+1)
}

// rowLabels are the words that label the money rows of a wire earnings table.
var rowLabels = map[string]bool{
	"oper": true, "qtly": true, "qtrly": true, "shr": true, "net": true, "revs": true, "sales": true, "loss": true,
	"profit": true, "revenues": true, "revenue": true, "income": true, "div": true, "pretax": true, "pre-tax": true,
	"turnover": true, "shr.": true, "gross": true, "earnings": true, "avg": true, "shrs": true, "operating": true,
	"prft": true, "eps": true, "current": true,
}

// currencyContext resolves ambiguous marks ("¥", "rials", "Rs") from the countries the article names.
type currencyContext struct {
	text  string
	cache map[string]string
}

// newCurrencyContext returns the resolver for an article's body and the
// place of its dateline ("" for none), which the header holds apart from
// the body and which outweighs a passing mention: a story from MANILA
// counts in Philippine pesos though it names Mexico once.
func newCurrencyContext(body, place string) *currencyContext {
	if place != "" {
		body = place + "\n" + place + "\n" + place + "\n" + body
	}
	return &currencyContext{text: body}
}

// resolve returns the ISO code for an ambiguous mark, looking at the article's countries.
func (c *currencyContext) resolve(code string) string {
	if c == nil {
		return code
	}
	if v, ok := c.cache[code]; ok {
		return v
	}
	alts := lexicon.CurrencyReadings(code)
	if alts == nil {
		return code
	}
	if c.cache == nil {
		c.cache = map[string]string{}
	}
	best, bn := code, 0
	for _, a := range alts {
		n := 0
		for _, w := range a.Words {
			// a dateline writes its city in capitals ("MANILA, May 5")
			n += strings.Count(c.text, w) + strings.Count(c.text, strings.ToUpper(w))
		}
		if n > bn {
			best, bn = a.Code, n
		}
	}
	c.cache[code] = best
	return best
}

// isoOnly marks the currency marks that are ISO codes: they must be
// written in capitals to count ("USD 5m", not "usd").
func isoOnly(mark string) bool {
	return len(mark) == 3 && lexicon.CurrencyMark(mark) == strings.ToUpper(mark)
}

// currencyAdjective returns the code a word before a currency name gives it
// ("australian" dollars AUD), or "".
func currencyAdjective(w string) string {
	c, _ := lexicon.CurrencyAdjective(w)
	return c
}

// gluedOnly are the one-letter dollar prefixes that count only written in
// capitals against the "$" ("A $" is the article "a").
var gluedOnly = map[string]bool{"a": true, "s": true, "r": true}

// markAt reads a currency mark at token i (or glued to the front of it) and
// returns its code, the byte offset where the number starts and the token
// that holds the number.
func markAt(sc *numScan, i int) (code string, numTok, numAt int, ok bool) {
	t := sc.raw(i)
	if t == "" {
		return "", 0, 0, false
	}
	c := t[0]
	lw, cl := sc.w(i), sc.cls(i) // lexicon.Lower(t), its classes
	if lw == `"` {
		lw, cl = t, clsMoneyWord|clsMoneyStart // a quote mark of tokenized text ("``") is its own lower case
	}
	if code, at, ok := dollarSuffix(sc, i); ok { // "$US2.3bn", "$A500m"
		return code, i + 1, at, true
	}
	if code, nt, at, ok := localMarkAt(sc, i); ok { // "QR500m", "Tk 500 crore"
		return code, nt, at, true
	}
	// a mark standing alone: "$", "£", "USD", "Rs", or "hk" "$"
	if code := markOf(lw, cl); code != "" && !(len(lw) == 1 && sc.raw(i+1) == "$") {
		if isoOnly(lw) && t != strings.ToUpper(t) || weakMark(t) && t[0] >= 'a' {
			return "", 0, 0, false
		}
		if (lw == "rs" || lw == "rm" || lw == "rp" || lw == "dm" || lw == "fl" || lw == "sch" || lw == "esc") && t != "Rs" && t != "Rs." && t != "RM" && t != "Rp" && t != "DM" &&
			t != "Fl" && t != "Sch" && t != "Esc" {
			return "", 0, 0, false
		}
		if i+1 < sc.hi && (textdoc.StartsWithDigit(sc.raw(i+1)) || bareDecimal(sc.raw(i+1)) > 0) || i+1 < sc.hi && isWordNumberStart(sc.w(i+1)) && code != "" && (c == '$' || c >= 0x80) {
			return code, i + 1, sc.toks[i+1].Start, true
		}
		return "", 0, 0, false
	}
	if code := prefixOf(lw, cl); code != "" && sc.raw(i+1) == "$" && i+2 < sc.hi && textdoc.StartsWithDigit(sc.raw(i+2)) {
		if gluedOnly[lw] && (t == lw || sc.toks[i+1].Start != sc.toks[i].End) {
			return "", 0, 0, false
		}
		if sc.toks[i+1].Start-sc.toks[i].End <= 1 {
			return code, i + 2, sc.toks[i+2].Start, true
		}
	}
	// a mark glued to the digits: "US$1.2", "EUR3bn", "C$300", "Rs50"
	if c >= 'A' && c <= 'Z' || c == 'u' || c == 'h' || c == 'c' || c == 'a' || c == 'n' || c == 's' || c >= 0x80 {
		k := 0
		for k < len(t) && !textdoc.IsDigitByte(t[k]) {
			k++
		}
		if k > 0 && k < len(t) && k <= 5 {
			mark := lexicon.Lower(t[:k])
			code := lexicon.CurrencyMark(mark)
			if t[:k] == "N" {
				code = "NGN" // "N45bn": the naira as Nigeria's press writes it, glued only
			}
			if code != "" {
				if isoOnly(mark) && t[:k] != strings.ToUpper(t[:k]) {
					return "", 0, 0, false
				}
				return code, i, sc.toks[i].Start + k, true
			}
			if k == 3 && lexicon.IsISOCode(t[:3]) {
				return t[:3], i, sc.toks[i].Start + 3, true // "SEK30m"
			}
		}
	}
	// any other ISO 4217 code in capitals before a figure: "MYR 2.5bn", "SEK 30m"
	if len(t) == 3 && lexicon.IsISOCode(t) && i+1 < sc.hi && textdoc.StartsWithDigit(sc.raw(i+1)) {
		return t, i + 1, sc.toks[i+1].Start, true
	}
	return "", 0, 0, false
}

// markOf returns lexicon.CurrencyMark of w, a word of classes cl, asked
// only of a currency word (clsMoneyWord).
func markOf(w string, cl wordClass) string {
	if cl&clsMoneyWord == 0 {
		return ""
	}
	return lexicon.CurrencyMark(w)
}

// prefixOf returns lexicon.DollarPrefix of w, a word of classes cl, asked
// only of a dollar prefix or a currency's adjective (clsMoneyStart).
func prefixOf(w string, cl wordClass) string {
	if cl&clsMoneyStart == 0 {
		return ""
	}
	return lexicon.DollarPrefix(w)
}

// localMarkAt reads a country's own mark at token i (lexicon.LocalMark),
// standing before the number or glued to it: "TL 45 million", "QR500m".
func localMarkAt(sc *numScan, i int) (string, int, int, bool) {
	t := sc.raw(i)
	if code := lexicon.LocalMark(t); code != "" && i+1 < sc.hi && textdoc.StartsWithDigit(sc.raw(i+1)) {
		return code, i + 1, sc.toks[i+1].Start, true
	}
	k := 0
	for k < len(t) && !textdoc.IsDigitByte(t[k]) {
		k++
	}
	if k > 0 && k < len(t) {
		if code := lexicon.LocalMark(t[:k]); code != "" {
			return code, i, sc.toks[i].Start + k, true
		}
	}
	return "", 0, 0, false
}

// dollarSuffix reads the dollar that capitals glued after a "$" at token i
// name, as the Australian and New Zealand press write it ("$US2.3
// billion", "$A500m", "$NZ80m"), and returns its code and the byte offset
// where the digits start.
func dollarSuffix(sc *numScan, i int) (string, int, bool) {
	if sc.raw(i) != "$" || i+1 >= sc.hi || sc.toks[i+1].Start != sc.toks[i].End {
		return "", 0, false
	}
	t := sc.raw(i + 1)
	k := 0
	for k < len(t) && t[k] >= 'A' && t[k] <= 'Z' {
		k++
	}
	if k == 0 || k > 2 || k == len(t) || !textdoc.IsDigitByte(t[k]) {
		return "", 0, false
	}
	code := lexicon.DollarPrefix(lexicon.Lower(t[:k]))
	if code == "" || code == "BRL" {
		return "", 0, false // "$R" is no way to write the real
	}
	return code, sc.toks[i+1].Start + k, true
}

// unitPrice reports a price per unit from token k on: "per share", "a
// month", "each".
func unitPrice(sc *numScan, k int) bool {
	switch sc.w(k) {
	case "each", "apiece":
		return true
	case "per", "a", "an":
		return k+1 < sc.hi && nounAfter(sc, k+1)
	}
	return false
}

// codeAfter returns the ISO 4217 code written in capitals at token k after
// an amount ("5.3 million EUR", "150 SEK"), or "": only the codes the
// marks know, not any three capitals ("3 ALL", "2 TOP"). The marks of the
// European press of the 1990s follow an amount with a magnitude or
// decimals too ("3.9 bln Ffr", "450 mln DM").
func codeAfter(sc *numScan, k int, m numMatch) string {
	t := sc.raw(k)
	if k < sc.hi && (m.mult || strings.Contains(sc.text[m.start:m.end], ".")) && t != "" && t[0] >= 'A' && t[0] <= 'Z' &&
		pressMarksAfter[sc.w(k)] && !(k+1 < sc.hi && nounAfter(sc, k+1)) {
		return lexicon.CurrencyMark(sc.w(k)) // "3.9 bln Ffr", "450 mln DM"
	}
	if k >= sc.hi || len(t) != 3 || !isUpperWord(t) || k+1 < sc.hi && nounAfter(sc, k+1) {
		return "" // "300 CAD models": a name before its noun
	}
	if isoOnly(lexicon.Lower(t)) {
		return t
	}
	// any other code after a figure with decimals, thousands or a magnitude
	// ("3.15 FRF", "2,500 SEK"); not "5 ALL" nor "the 10 TOP"
	if lexicon.IsISOCode(t) && (m.mult || m.n.Value >= 1000 || strings.Contains(sc.text[m.start:m.end], ".")) {
		return t
	}
	return ""
}

// pressMarksAfter are the currency marks that may follow an amount, capitalised: "3.9 bln Ffr".
var pressMarksAfter = map[string]bool{"dm": true, "ffr": true, "sfr": true, "dkr": true, "skr": true, "nkr": true,
	"bfr": true, "lfr": true, "ptas": true}

// isLetter reports an ASCII letter.
func isLetter(r rune) bool { return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' }

// isUpperWord reports a word of capital ASCII letters.
func isUpperWord(t string) bool {
	for i := 0; i < len(t); i++ {
		if t[i] < 'A' || t[i] > 'Z' {
			return false
		}
	}
	return t != ""
}

// isWordNumberStart reports words that begin an amount written in words after a mark ("$ five million" is rare; "£ one billion").
func isWordNumberStart(w string) bool {
	_, ok := smallNumbers.get(w)
	return ok
}

// moneyAt reads an amount at token i: a qualifier, a currency mark and a
// number ("approximately $388bn", "£50m", "EUR3bn"), or a number and a
// currency name ("1.5 trillion rials", "236.3 mln dlrs", "hundreds of
// millions of pounds", "a 10-million-dollar settlement").
func moneyAt(sc *numScan, i int, ctx *currencyContext) (moneyHit, bool) {
	// a qualifier first
	q, j, hasQ := sc.qualifierAt(i)
	if !hasQ {
		j = i
	} else if q == contract.AtMost && sc.w(i) == "up" && levelUpTo(sc, i) { // moneyctx.go: "fares went up to £4.20"
		q, hasQ = contract.Exact, false
	}
	if code, nt, at, ok := markAt(sc, j); ok {
		return markedMoney(sc, j, code, nt, at, q, hasQ, ctx)
	}
	return namedMoney(sc, j, q, hasQ, ctx)
}

// markedMoney reads the amount after the currency mark at token j (code,
// its number at token nt, byte at; q the qualifier before it when hasQ):
// "$388bn", "£50m", "EUR3bn", or a range of two. It returns the hit, or
// false when the number is not a figure or is a small round number after a
// code ("PHP 7").
func markedMoney(sc *numScan, j int, code string, nt, at int, q contract.Qualifier, hasQ bool, ctx *currencyContext) (moneyHit, bool) {
	m, ok := numberFrom(sc, nt, at)
	if !ok {
		return moneyHit{}, false
	}
	if m.n.Kind == contract.KindYear {
		m.n.Kind = contract.KindFigure
	}
	if m.n.Kind != contract.KindFigure {
		return moneyHit{}, false
	}
	if mk := sc.raw(j); (len(mk) >= 3 && isUpperWord(mk[:3]) && (len(mk) == 3 || textdoc.IsDigitByte(mk[3])) || weakMark(mk)) &&
		!(m.mult || m.n.Value != float64(int64(m.n.Value)) || m.n.Value >= 1000) {
		return moneyHit{}, false // a code before a small round number: "PHP 7", "CAD 3", "R5", "SR10"
	}
	if hasQ && m.n.Qualifier == contract.Exact {
		m.n.Qualifier = q
	}
	spacedMagnitude(sc, &m) // "$212 m"
	h := moneyHit{start: sc.toks[j].Start, end: m.end, tokEnd: m.tokEnd, m: m, code: ctx.resolve(code)}
	if r, ok := markedRange(sc, j, code, h); ok {
		return r, true
	}
	// a currency name repeated after the number ("$5 million dollars") belongs to the amount
	if m.end == sc.toks[m.tokEnd-1].End {
		if lexicon.CurrencyName(sc.w(m.tokEnd)) != "" && sc.w(m.tokEnd) != "won" && sc.w(m.tokEnd) != "real" {
			h.end = sc.toks[m.tokEnd].End
			h.tokEnd = m.tokEnd + 1
		}
	}
	return h, true
}

// markedRange reads a second amount that makes the marked amount h (its
// mark at token j, currency code) a range: "between $50 and $200",
// "£1.5m-£2m", "€3bn to €4bn", or the same glued into one word
// ("$10bn-$12bn"). It returns h widened to the range, or false when no
// range follows.
func markedRange(sc *numScan, j int, code string, h moneyHit) (moneyHit, bool) {
	m := h.m
	// "between $50 and $200": one range
	if j > sc.lo && sc.w(j-1) == "between" && !m.n.Range && sc.w(m.tokEnd) == "and" && m.end == sc.toks[m.tokEnd-1].End {
		if code2, nt2, at2, ok := markAt(sc, m.tokEnd+1); ok && code2 == code {
			if m2, ok := numberFrom(sc, nt2, at2); ok && m2.n.Kind == contract.KindFigure && !m2.n.Range {
				if r, ok := joinRange(m, m2); ok {
					h.m, h.end, h.tokEnd = r, r.end, r.tokEnd
					return h, true
				}
			}
		}
	}
	// "£1.5m-£2m", "€3bn to €4bn": one range with its currency on both ends
	// (not "from $5m to $7m", a change)
	if !m.n.Range && m.end == sc.toks[m.tokEnd-1].End && m.tokEnd+1 < sc.hi {
		if c := sc.w(m.tokEnd); c == "-" || c == "\u2013" || c == "to" {
			if code2, nt2, at2, ok := markAt(sc, m.tokEnd+1); ok && code2 == code {
				if m2, ok := numberFrom(sc, nt2, at2); ok && m2.n.Kind == contract.KindFigure && !m2.n.Range {
					if r, ok := joinRange(m, m2); ok && (c != "to" || rangeTo(sc, j, r.n)) {
						h.m, h.end, h.tokEnd = r, r.end, r.tokEnd
						return h, true
					}
				}
			}
		}
	}
	// the same glued into one word: "£1.5m-£2m", "$10bn-$12bn", or with the
	// mark on the first end only: "$560m-580m"
	if te := sc.toks[m.tokEnd-1].End; !m.n.Range && m.end < te {
		rest := sc.text[m.end:te]
		mark := sc.raw(j)
		if len(rest) > 1 && rest[0] == '-' && !strings.HasPrefix(rest[1:], mark) && m.mult && textdoc.IsDigitByte(rest[1]) {
			mark = ""
		}
		if len(rest) > 1 && rest[0] == '-' && strings.HasPrefix(rest[1:], mark) {
			if n2, ok := ParseNumber(rest[1+len(mark):]); ok && n2.Kind == contract.KindFigure && !n2.Range && !n2.Vague && m.n.Value < n2.Value {
				lo, hi := m.n.Value, n2.Value
				h.m.n = contract.Number{Value: lo, Min: lo, Max: hi, Range: true, Qualifier: m.n.Qualifier}
				h.end = te
				if mv := magnitudeWords.at(sc.w(m.tokEnd)); !m.mult && mv >= 1e3 && strings.IndexFunc(rest[1:], isLetter) < 0 {
					// "$4-$6 million": the magnitude after the second end is both ends'
					h.m.n.Min, h.m.n.Max, h.m.n.Value = lo*mv, hi*mv, lo*mv
					h.m.mult = true
					h.end, h.tokEnd = sc.toks[m.tokEnd].End, m.tokEnd+1
				}
				return h, true
			}
		}
	}
	return moneyHit{}, false
}

// namedMoney reads an amount without a mark from token j (q the qualifier
// before it when hasQ): a number and a currency name ("1.5 trillion rials",
// "hundreds of millions of pounds", "a 10-million-dollar settlement",
// "50p"). It returns the hit, or false when no currency goes with the number.
func namedMoney(sc *numScan, j int, q contract.Qualifier, hasQ bool, ctx *currencyContext) (moneyHit, bool) {
	var m numMatch
	ok := true
	if v := bareDecimal(sc.raw(j)); v > 0 {
		m = decimalMatch(sc, j, v) // "( $1 = .6421 sterling )": a fraction without its zero, before a name
	} else if !sc.canStartNumber(j) {
		return moneyHit{}, false
	} else if m, ok = sc.number(j); !ok {
		return moneyHit{}, false
	}
	if hasQ && m.n.Qualifier == contract.Exact {
		m.n.Qualifier = q
	}
	if m.n.Kind == contract.KindYear && m.curWord == "" {
		// "2011 dollars" is rare; a currency name after it still makes it money
		m.n.Kind = contract.KindFigure
		m.yearLike = true
	}
	if m.n.Kind != contract.KindFigure && m.n.Kind != contract.KindFraction {
		return moneyHit{}, false
	}
	h := moneyHit{start: m.start, end: m.end, tokEnd: m.tokEnd, m: m}
	if m.curWord == "cent" || m.curWord == "pence" { // "a 50-cent fare", "a 5-pence rise"
		h.code, h.cents = lexicon.CentUnit(m.curWord), true
		// not a name: "50-Cent"
		return h, m.n.Kind == contract.KindFigure && m.digits && !m.mult && !strings.ContainsAny(sc.text[m.start:m.end], "CP")
	}
	if m.curWord != "" {
		// "10-million-dollar"
		code := lexicon.CurrencyName(m.curWord)
		if m.curWord == "dollar" {
			code = "USD"
		}
		if m.curWord == "pound" {
			code = "GBP"
			if poundWeight(sc, m) {
				return moneyHit{}, false // "a 300-pound man", "the 7-pound, 4-ounce girl"
			}
		}
		h.code = ctx.resolve(strings.TrimSuffix(code, "?"))
		return h, m.n.Kind == contract.KindFigure
	}
	if m.pence {
		h.code = "GBP"
		return h, m.n.Kind == contract.KindFigure && !m.yearLike && !videoLines(sc, m)
	}
	if m.cent { // the story's dollar decides whose cents (storyCents)
		h.code, h.cents = "USD", true
		return h, m.n.Kind == contract.KindFigure && m.digits && !m.mult
	}
	if m.end != sc.toks[m.tokEnd-1].End {
		return moneyHit{}, false
	}
	k := m.tokEnd
	if c := codeAfter(sc, k, m); c != "" && !m.yearLike { // "1.2bn USD", "20,000 CHF"
		h.code, h.end, h.tokEnd = c, sc.toks[k].End, k+1
		return h, m.n.Kind == contract.KindFigure
	}
	// "hundreds of millions of pounds": a vague amount, then "of"
	if m.n.Vague && sc.w(k) == "of" {
		k++
	} else if m.n.Vague && isQuoteTok(sc.raw(k)) && sc.w(k+1) == "of" {
		k += 2
	} else if isQuoteTok(sc.raw(k)) && lexicon.CurrencyName(sc.w(k+1)) != "" && sc.w(k+1) != "won" {
		k++ // `"five or six million" pounds`
	}
	h, ok = currencyNameAfter(sc, m, h, k, ctx)
	if ok {
		h = namedRange(sc, j, h, ctx) // moneyctx.go: "2.10 dlrs to 2.30 dlrs"
	}
	return h, ok
}

// currencyNameAfter reads the currency name at token k after the number m
// (h its hit so far), with up to two adjectives before it ("australian
// dollars", "hong kong dollars") or a unit worth a hundredth ("cents",
// "p"). It returns h extended over the name with its code, or false when
// no currency follows or the word is not one here ("they won 3", "Euro 96",
// "40 pounds of cannabis").
func currencyNameAfter(sc *numScan, m numMatch, h moneyHit, k int, ctx *currencyContext) (moneyHit, bool) {
	// adjectives of the currency name: "australian dollars", "hong kong dollars", "US dollars"
	adj := ""
	for n := 0; n < 2 && k < sc.hi; n++ {
		w := sc.w(k)
		if _, ok := lexicon.CurrencyAdjective(w); ok {
			if lexicon.CurrencyName(sc.w(k+1)) != "" || n == 0 && currencyAdjective(sc.w(k+1)) != "" || w == "new" ||
				lexicon.CentUnit(sc.w(k+1)) != "" && sc.w(k+1) != "p" && currencyAdjective(w) != "" {
				adj = w
				k++
				continue
			}
		}
		break
	}
	w, nameEnd, suffix := hyphenedName(sc, k)
	if code := lexicon.CurrencyName(w); code != "" {
		if m.yearLike && adj == "" {
			return moneyHit{}, false
		}
		if w == "won" && !m.mult && adj == "" {
			return moneyHit{}, false // "they won 3", "2 won": the verb
		}
		if w == "real" || (w == "marks" || w == "crowns") && !m.mult && !separated(sc.text[m.start:m.end]) && !unitPrice(sc, k+1) || sc.raw(k) == "Euro" {
			return moneyHit{}, false // "Euro 96", like "50 Cent", is a name; "three marks" are no price ("1.5236 marks", "12 marks a share" are)
		}
		if (w == "pounds" || w == "pound") && adj == "" && weightContext(sc, m.tok, k) {
			return moneyHit{}, false // "18 kg (40 pounds) of cannabis", "a 300-pound man"
		}
		// a million or more in words before "pound" or "crown" and a noun is
		// an amount ("a five million pound contract", "a three billion crown
		// charge"); less is a weight ("a 3 thousand pound motor vehicle"), and
		// "crown" alone a title ("the 5,000m crown")
		wordMillions := m.mult && m.n.Value >= 1e6 && m.tokEnd-m.tok >= 2 && nounAfter(sc, k+1)
		if w == "pound" && suffix == "" && m.n.Value > 1 && adj == "" && nounAfter(sc, k+1) && !wordMillions || w == "crown" && !wordMillions {
			return moneyHit{}, false
		}
		if m.n.Kind == contract.KindFraction {
			return moneyHit{}, false
		}
		if strings.HasSuffix(code, "?") {
			code = strings.TrimSuffix(code, "?")
			if a := currencyAdjective(adj); a != "" {
				code = a
			} else if adj == "" {
				code = ctx.resolve(code)
			}
		}
		if adj != "" && currencyAdjective(adj) != "" && (code == "USD" || code == "GBP" || code == "CHF" || code == "INR" || code == "MXN" || code == "IQD") {
			code = currencyAdjective(adj)
		}
		h.code = code
		h.end = nameEnd
		h.tokEnd = k + 1
		if suffix == "plus" && h.m.n.Qualifier == contract.Exact {
			h.m.n.Qualifier = contract.MoreThan // "40 million stg-plus"
		}
		if c := sc.w(k + 1); (w == "pounds" || w == "pound") && suffix == "" && (c == "sterling" || c == "stg") {
			h.code = "GBP" // "40 million pounds sterling"
			h.end = sc.toks[k+1].End
			h.tokEnd = k + 2
		}
		if w == "dollars" || w == "dollar" {
			// "HK dollars"
			if k > 0 && sc.w(k-1) == "hk" {
				h.code = "HKD"
			}
		}
		if c := sc.w(k + 1); (w == "euro" || w == "dollar") && suffix == "" && !m.mult && (c == "cents" || c == "cent") {
			h.cents = true // "70 euro cents"
			h.end = sc.toks[k+1].End
			h.tokEnd = k + 2
		}
		return h, true
	}
	// a price in pence may look like a year ("1462 pence")
	yearLike := m.yearLike && !(w == "pence" && (m.n.Value < 1900 || m.n.Value > 2099))
	if cc := lexicon.CentUnit(w); cc != "" && !m.n.Vague && m.n.Kind == contract.KindFigure && !yearLike && !isTitleCase(sc.raw(k)) {
		if w == "p" && sc.toks[k].Start != sc.toks[k-1].End {
			return moneyHit{}, false
		}
		h.code = cc
		if a := currencyAdjective(adj); a != "" {
			h.code = a // "14 H.K. cents"
		}
		h.cents = true
		h.end = nameEnd
		h.tokEnd = k + 1
		return h, true
	}
	return moneyHit{}, false
}

// hyphenedName returns the currency name at token k, with the byte where
// it ends: the whole word, or the name before a hyphen that joins it to
// what the amount is for ("euros-worth", "pence-a-share", "stg-plus") or
// a slash and its unit ("euros/year"), with the first word after the hyphen
// (suffix; "per" after a slash).
func hyphenedName(sc *numScan, k int) (w string, end int, suffix string) {
	w = sc.w(k)
	if k >= sc.hi || k < sc.lo {
		return w, 0, ""
	}
	end = sc.toks[k].End
	if lexicon.IsCurrencyWord(w) {
		return w, end, ""
	}
	if name, rest, ok := strings.Cut(w, "/"); ok && rest != "" && rest[0] >= 'a' && rest[0] <= 'z' && name != "p" &&
		(lexicon.CurrencyName(name) != "" || lexicon.CentUnit(name) != "") {
		return name, sc.toks[k].Start + lexicon.VisibleByte(sc.raw(k), len(name)), "per" // "30,000 euros/year", "85 cents/lb"
	}
	name, rest, ok := strings.Cut(w, "-")
	if !ok || name == "p" || lexicon.CurrencyName(name) == "" && lexicon.CentUnit(name) == "" {
		return w, end, ""
	}
	first, _, _ := strings.Cut(rest, "-")
	switch first {
	case "a", "an", "per", "each", "worth", "plus", "equivalent":
		return name, sc.toks[k].Start + lexicon.VisibleByte(sc.raw(k), len(name)), first
	}
	return w, end, "" // "12 dollar-signs"
}

// isQuoteTok reports quotation marks standing as tokens, tokenized text's
// doubled backquotes and apostrophes among them.
func isQuoteTok(t string) bool {
	return t == "\"" || t == "\u201c" || t == "\u201d" || t == "'" || t == "\u2019" || t == "\u2018" || t == "``" || t == "''"
}

// numberFrom reads a number at token nt whose digits start at byte at (after a glued mark).
func numberFrom(sc *numScan, nt, at int) (numMatch, bool) {
	if v := bareDecimal(sc.raw(nt)); v > 0 && at == sc.toks[nt].Start {
		return decimalMatch(sc, nt, v), true // "$ .8787": a fraction of a unit written without its zero
	}
	if at == sc.toks[nt].Start {
		m, ok := sc.number(nt)
		return m, ok
	}
	// the mark is glued: read the digits from a view of the token without it
	toks := sc.toks
	saved := toks[nt]
	view := make([]contract.Span, 0, 8)
	view = append(view, contract.Span{Start: at, End: saved.End})
	for k := nt + 1; k < sc.hi && k < nt+8; k++ {
		view = append(view, toks[k])
	}
	sub := numScan{text: sc.text, toks: view, lo: 0, hi: len(view), changeAt: sc.changeBefore(nt), low: newLowMemo(sc.low.m, sc.text, sc.low.low, view)} // tokens of its own: the lowered text and the lower case of words beyond ASCII are shared
	m, ok := sub.number(0)
	if !ok {
		return numMatch{}, false
	}
	m.qtok += nt
	m.tok += nt
	m.tokEnd += nt
	return m, true
}

// decimalMatch is the number of token nt, a decimal fraction without its leading zero worth v.
func decimalMatch(sc *numScan, nt int, v float64) numMatch {
	t := sc.toks[nt]
	return numMatch{qtok: nt, tok: nt, tokEnd: nt + 1, qstart: t.Start, start: t.Start, end: t.End, n: contract.Number{Value: v}, digits: true}
}

// bareDecimal returns the value of a token that is a decimal fraction
// without its leading zero (".8787"), or 0.
func bareDecimal(t string) float64 {
	if len(t) < 2 || t[0] != '.' {
		return 0
	}
	for i := 1; i < len(t); i++ {
		if !textdoc.IsDigitByte(t[i]) {
			return 0
		}
	}
	v, err := strconv.ParseFloat("0"+t, 64)
	if err != nil {
		return 0
	}
	return v
}

// mayStartMoney reports whether an amount, a table's scale header, a row's
// figure or a bare figure of a comparison may start at token i: any token
// but a lower-case word with no digit, "$" or hyphen that is no number,
// qualifier, currency, dollar prefix ("hk $") or scale word. The memo
// tells it of each token (flagMoneyStart); outside the scan, true.
func mayStartMoney(sc *numScan, i int) bool {
	if uint(i-sc.lo) >= uint(sc.hi-sc.lo) {
		return true // raw(i) is ""
	}
	return sc.low.flags[i]&flagMoneyStart != 0
}

// hasMoneyCue reports whether a segment can hold an amount: a token the
// memo marks with flagMoneyCue (a digit, a currency symbol, or a currency
// mark or name: a cheap test before the grammar).
func hasMoneyCue(sc *numScan) bool {
	for _, f := range sc.low.flags[sc.lo:sc.hi] {
		if f&flagMoneyCue != 0 {
			return true
		}
	}
	return false
}

// isTitleCase reports a word with a capital and then small letters ("Cent" in "50 Cent" is a name).
func isTitleCase(t string) bool {
	return len(t) > 1 && t[0] >= 'A' && t[0] <= 'Z' && t[1] >= 'a' && t[1] <= 'z'
}

// weightContext reports "pounds" used as a weight: "pounds of heroin",
// "3 kg (6.6 pounds)", "weighing 200 pounds"; the number starts at token
// i and "pounds" stands at k.
func weightContext(sc *numScan, i, k int) bool {
	if sc.w(k+1) == "of" {
		return true // "70 pounds of cocaine" (money is "millions of pounds", not "pounds of")
	}
	if sc.w(k+1) == "(" {
		for b := k + 2; b < sc.hi && b < k+5; b++ {
			switch strings.TrimLeft(sc.w(b), "0123456789.,") {
			case "kg", "kilograms", "kilogrammes", "kilos", "kilo", "grams", "tonnes", "stone":
				return true // "shed six pounds (2.7 kilos)", "overloaded by 700 pounds (320kg)"
			}
		}
	}
	for a := k + 1; a < sc.hi && a <= k+3; a++ {
		switch sc.w(a) {
		case "weight", "heavier", "lighter", "overweight", "underweight":
			return true // "shed 20 pounds in weight", "8 pounds heavier"
		}
	}
	for b := i - 1; b >= sc.lo && b >= i-6; b-- {
		switch sc.w(b) {
		case "kg", "kilograms", "kilogrammes", "kilos", "tonnes", "tons", "ounces", "grams", "weighing", "weighed",
			"weighs", "weight", "weights", "lb", "lbs", "heavy", "tall", "height", "inches":
			return true // also a description: "1.85 metres tall, 175 pounds"
		}
	}
	return false
}

// nounAfter reports a lower-case word at token k that is no function word
// an amount may stand before ("a 2,000 pound bomb", not "40 pound a week").
func nounAfter(sc *numScan, k int) bool {
	r := sc.raw(k)
	if r == "" || r[0] < 'a' || r[0] > 'z' || moneyFollower(sc, k) {
		return false
	}
	switch sc.w(k) {
	case "sterling", "stg", "per", "each", "apiece":
		return false
	}
	return true
}

// poundWeight reports a pound adjective ("7-pound") that weighs what it
// describes: a weight unit or word near it ("the 7-pound, 4-ounce (3.3
// kg) girl"), or a noun after it of a thing or being weighed ("a 300-pound
// man", "a 500-pound bomb"), not a price ("a 5-pound note").
func poundWeight(sc *numScan, m numMatch) bool {
	if weightContext(sc, m.tok, m.tokEnd-1) {
		return true
	}
	for k := m.tokEnd; k < sc.hi && k < m.tokEnd+6; k++ {
		w := sc.w(k)
		if weighedNouns[w] && k == m.tokEnd || strings.HasSuffix(w, "-ounce") || w == "ounces" || w == "kg" || w == "kilos" || w == "kilograms" {
			return true
		}
	}
	return false
}

// weighedNouns are things and beings news weighs in pounds.
var weighedNouns = map[string]bool{"baby": true, "man": true, "woman": true, "boy": true, "girl": true, "bomb": true,
	"bombs": true}

// weakMark reports a currency mark of one or two letters that is money
// only before a large or decimal figure or one with a magnitude ("R5bn",
// "Sh2 billion", "Dh5 million"): "R5", "SR10" and "Sh1" name other things.
func weakMark(t string) bool {
	k := 0
	for k < len(t) && !textdoc.IsDigitByte(t[k]) {
		k++
	}
	switch lexicon.Lower(t[:k]) {
	case "r", "sh", "shs", "dh", "dhs", "sr", "fl", "esc", "sch", `n`: // `n`: no keyword, the naira glued ("N45bn")
		return true
	}
	return lexicon.LocalMark(t[:k]) != ""
}
