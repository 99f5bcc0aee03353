package figure

import (
	"strings"

	"github.com/newsparse/newsparse/internal/contract"
	"github.com/newsparse/newsparse/internal/lexicon"
	"github.com/newsparse/newsparse/internal/textdoc"
)

// tableRun is the run of table lines being read, one under the other: rows
// of figures, and a note that states their scale ("NOTE - Sales are given
// in millions of guilders"). A row whose label names no money ("Consumer
// magazines 618 90 568 80") is money only when such a note above or under
// it says so; its line waits in cand until the note comes. A row whose
// cell names its currency ("1 . Anna Berg 52,400 dollars") heads a money
// column (col): the bare figures in that cell of the rows of its shape
// under it are money too.
type tableRun struct {
	lastEnd int         // the byte end of the run's last line, 0 for no run
	from    [2]int      // the first hit and row of the run
	cand    []candLine  // the rows whose label names no money, read again when a note makes them money
	money   bool        // a row's label names money ("Op profit")
	col     moneyColumn // the money cell that heads the rows under it
	noted   tableScale  // the scale of a note above the run's rows
	hasNote bool
}

// candLine is a row of a table run whose label names no money: its scan,
// the tokens of its figures (j to end) and its sentence.
type candLine struct {
	sc         numScan
	j, end, at int
}

// follows reports whether the line at token i comes right after the run's
// last line (a blank line between at most).
func (t *tableRun) follows(sc *numScan, i int) bool {
	if t.lastEnd == 0 || t.lastEnd > sc.toks[i].Start {
		return false
	}
	gap := sc.text[t.lastEnd:sc.toks[i].Start]
	n := strings.Count(gap, "\n")
	return n >= 1 && n <= 2 && strings.TrimSpace(gap) == ""
}

// lineEnd returns the token after the line that starts at token i.
func lineEnd(sc *numScan, i int) int {
	k := i + 1
	for k < sc.hi && !sc.lineStart(k) {
		k++
	}
	return k
}

// tableLine reads the line at token i for the table run: a money row
// (row, read by the readers of the segment), a row of figures whose label
// names no money, or a note stating the scale of the rows above or under
// it. It returns the token to go on from and whether to skip to it.
func (r *moneyReader) tableLine(sc *numScan, i int, row bool) (int, bool) {
	end := lineEnd(sc, i)
	if row {
		r.extendRun(sc, i, end)
		return i, false
	}
	if r.columnLine(sc, i, end) {
		return end, true // a bare figure under a money cell ("2 . Lisa Holt 48,150")
	}
	if j, ok := plainRow(sc, i, end); ok {
		r.extendRun(sc, i, end)
		r.run.money = r.run.money || labelNamesMoney(sc, i, j)
		if r.run.hasNote && (r.run.noted.named && r.run.noted.scale > 1 || r.run.money) {
			r.rows = r.run.noted.plainFigures(r.rows, sc, j, end, r.sent) // money at once under a note above the run
		} else {
			r.run.cand = append(r.run.cand, candLine{sc: *sc, j: j, end: end, at: r.sent})
		}
		return i, false
	}
	t, ok := tableNote(sc, i, end)
	if !ok {
		return i, false
	}
	closed := r.run.follows(sc, i) && (t.named || r.run.money)
	if closed {
		r.closeRun(t) // the note under the rows
	}
	if sc.w(i) == "(" {
		return i, false // a bracketed note is also read as the header of the rows under it
	}
	r.run = tableRun{lastEnd: sc.toks[end-1].End, from: [2]int{len(r.hits), len(r.rows)}, noted: t, hasNote: true}
	if !closed && !noteLeads[sc.w(i)] {
		return i, false // a sentence that only may head a table is read on
	}
	if !closed {
		r.tab, r.line = t, t // "All figures in billions of dollars": the header of the rows under it
		r.from = r.run.from
	}
	return end, true // the note's own words are no amount ("given in millions of guilders")
}

// noteLeads are the words a table's note starts with: "NOTE - Figures are in millions of rand".
var noteLeads = map[string]bool{"note": true, "notes": true, "note:": true, "figures": true, "amounts": true,
	"all": true, "data": true, "n.b.": true}

// extendRun adds the line from token i to end to the run, or starts a run with it.
func (r *moneyReader) extendRun(sc *numScan, i, end int) {
	if !r.run.follows(sc, i) {
		r.run = tableRun{from: [2]int{len(r.hits), len(r.rows)}}
	}
	r.run.lastEnd = sc.toks[end-1].End
}

// plainFigures appends to rows the figures of a row whose label names no
// money, from token j to end (sent its sentence), as money in the scale t.
func (t tableScale) plainFigures(rows []moneyHit, sc *numScan, j, end, sent int) []moneyHit {
	for k := j; k < end; {
		m, ok := rowCell(sc, k, end)
		if !ok {
			k++
			continue
		}
		h := moneyHit{start: m.start, end: m.end, tokEnd: m.tokEnd, m: m, sent: sent}
		t.apply(&h)
		h.code, h.dollar = t.code, t.named && t.code == ""
		rows = append(rows, h)
		k = m.tokEnd
	}
	return rows
}

// closeRun gives the rows of the run the scale t of the note under them:
// the figures waiting for it become money (for a note of a currency alone,
// only those of rows whose labels name money), and the money rows read
// under no scale take its magnitude and currency.
func (r *moneyReader) closeRun(t tableScale) {
	t.scaleRows(r.hits[r.run.from[0]:], r.rows[r.run.from[1]:])
	// a currency alone makes money of rows that name it ("Net profit"), not of scores
	if t.scale > 1 || r.run.money {
		for _, c := range r.run.cand {
			n := len(r.rows)
			r.rows = t.plainFigures(r.rows, &c.sc, c.j, c.end, c.at)
			r.rows = dropOverlaps(r.rows, n, r.hits)
		}
	}
	r.run.cand = nil
}

// dropOverlaps removes from rows[n:] the figures that overlap an amount of
// hits (looked up in a spanIndex, so a long table against many amounts stays
// near-linear).
func dropOverlaps(rows []moneyHit, n int, hits []moneyHit) []moneyHit {
	if len(rows) == n || len(hits) == 0 {
		return rows
	}
	ix := &spanIndex{}
	for _, o := range hits {
		ix.add(o.start, o.end)
	}
	out := rows[:n]
	for _, h := range rows[n:] {
		if !ix.overlaps(h.start, h.end) {
			out = append(out, h)
		}
	}
	return out
}

// rowCell reads the figure of a table cell at token k (before end): a plain
// figure, not a year, a percentage nor a figure with a magnitude.
func rowCell(sc *numScan, k, end int) (numMatch, bool) {
	if !textdoc.StartsWithDigit(sc.raw(k)) {
		return numMatch{}, false
	}
	m, ok := sc.number(k)
	if !ok || m.tokEnd > end || m.n.Kind != contract.KindFigure || m.n.Vague || m.n.Range || m.mult || m.yearLike {
		return numMatch{}, false
	}
	switch sc.w(m.tokEnd) {
	case "pct", "percent", "%":
		return numMatch{}, false
	}
	return m, true
}

// plainRow reads a table row at token i whose line ends at end: a label of
// one to six words, no figure, date or currency among them, and then two
// cells or more, one a figure at least, with nothing but a row's words
// between ("Retail stores 88 4 loss 96 12 profit", "Other --- 16"). It returns the token
// after the label.
func plainRow(sc *numScan, i, end int) (int, bool) {
	j := i
	for ; j < end && j < i+6 && !textdoc.StartsWithDigit(sc.raw(j)) && !(j > i && emptyCell(sc.w(j))); j++ {
		if !labelWord(sc, j, j == i) {
			return i, false
		}
	}
	if j == i || j >= end || end-j > 16 || !textdoc.StartsWithDigit(sc.raw(j)) && !emptyCell(sc.w(j)) {
		return i, false
	}
	n, cells := 0, 0
	for k := j; k < end; {
		if m, ok := rowCell(sc, k, end); ok {
			n++
			k = m.tokEnd
			continue
		}
		w := sc.w(k)
		if emptyCell(w) {
			cells++
		} else if !textdoc.StartsWithDigit(w) && !rowWords[w] {
			return i, false
		}
		k++
	}
	return j, n >= 1 && n+cells >= 2
}

// labelWord reports a word a plain row's label may hold at token j: a word
// of letters (first, the label's first), or a joining mark ("&", "/"); no
// currency, magnitude, date or word of counts.
func labelWord(sc *numScan, j int, first bool) bool {
	r := sc.raw(j)
	if r == "" {
		return false
	}
	w := sc.w(j)
	if c := r[0]; !(c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z') {
		return !first && (w == "&" || w == "/" || w == "-" || w == "'s" || w == ".")
	}
	if lexicon.IsCurrencyWord(w) || lexicon.CurrencyMark(w) != "" || headerScales.at(w) > 0 || numMonths.at(w) ||
		notMoneyLabels.at(w) || periodWords.at(w) {
		return false
	}
	return true
}

// periodWords make a line a table's dates, not a row: "Year to June 30 , 1996", "Six months ended".
var periodWords = setOf(map[string]bool{"year": true, "years": true, "month": true, "months": true, "quarter": true,
	"week": true, "weeks": true, "ended": true, "ending": true, "to": true, "half": true, "h1": true, "h2": true,
	"q1": true, "q2": true, "q3": true, "q4": true, "fiscal": true, "day": true, "days": true, "at": true, "on": true,
	"of": true, "the": true, "in": true, "by": true, "for": true})

// emptyCell reports a table cell that holds no figure: "---", "n/a".
func emptyCell(w string) bool {
	switch w {
	case "n/a", "na", "nm", "n.a.":
		return true
	}
	return strings.Trim(w, "-") == "" && w != ""
}

// labelNamesMoney reports a money word in a row's label, tokens i to j ("Op profit").
func labelNamesMoney(sc *numScan, i, j int) bool {
	for k := i; k < j; k++ {
		if moneyLabels.at(sc.w(k)) {
			return true
		}
	}
	return false
}

// tableNote reads a line at token i (end the token after it) that states
// the scale of a table's figures and holds none: "in", a magnitude with
// or without its currency, or a currency alone, and nothing after but a
// header's closing words ("NOTE - Turnover and net result are stated in
// millions of guilders .", "( All figures in millions of dollars )",
// "Figures in thousands of rand", "NOTE - All figures in Australian dollars").
func tableNote(sc *numScan, i, end int) (tableScale, bool) {
	if end-i > 20 {
		return tableScale{}, false
	}
	for k := i; k < end; k++ {
		if textdoc.StartsWithDigit(sc.raw(k)) {
			return tableScale{}, false
		}
	}
	for k := i; k < end; k++ {
		if sc.w(k) != "in" {
			continue
		}
		t, j, ok := scaleWords(sc, k+1)
		if !ok || t.scale <= 1 {
			code, at := headerCurrency(sc, k+1) // a currency alone: "NOTE - All figures in Australian dollars"
			if at == k+1 || sc.w(k+1) == "of" {
				continue
			}
			t, j = tableScale{scale: 1, named: true}, at
			if code = strings.TrimSuffix(code, "?"); code != "USD" {
				t.code = code
			}
		}
		for j < end && (headerTails[sc.w(j)] || sc.w(j) == "." || sc.w(j) == ")" || sc.w(j) == ":") {
			j++
		}
		if j == end {
			return t, true
		}
	}
	return tableScale{}, false
}

// moneyColumn is the money cell of a table row whose amount names its
// currency ("1 . Anna Berg 52,400 dollars", "Gold 385.50 dlrs"): the rows
// of the same shape right under it hold a bare figure in the same cell
// ("2 . Lisa Holt 48,150"), money in the same currency and magnitude. A
// row whose figure there is written unlike the amount's (a score of 68
// under 52,400, a whole number under a decimal one) ends the column.
type moneyColumn struct {
	shape  rowShape
	cell   int      // the index of the money cell among the row's cells
	amount moneyHit // the amount that names the currency
	scale  float64  // its magnitude ("480 mln dlrs"), 0 for none
}

// rowShape is the form of a table line read as a row of cells: a rank may
// lead it ("3 ."), a label of words follows, maybe with words in brackets
// ("Anna Berg ( Norway )"), and then its cells, figures up to the line's
// end.
type rowShape struct {
	rank  bool // a rank leads the row
	lower bool // the label holds a word in small letters ("Net sales"; "Anna Berg" does not)
	cells int  // 0 for no row
}

// columnLine reads the line from token i to end against the money column
// of the run: a row of the column's shape under it, whose figure in the
// money cell becomes money (and the line is skipped), or a row whose cell
// names its currency, which heads a new column; any other line ends the
// column. It reports whether the line is a row of the column.
func (r *moneyReader) columnLine(sc *numScan, i, end int) bool {
	if !lineClosed(sc, end) {
		return false // a line the sentence's end cuts
	}
	col := r.run.col
	if col.shape.cells > 0 && r.run.follows(sc, i) {
		if h, ok := col.rowFigure(sc, i, end); ok {
			h.sent = r.sent
			r.rows = append(r.rows, h)
			r.extendRun(sc, i, end)
			return true
		}
	}
	r.run.col = moneyColumn{}
	if c, ok := columnHead(sc, i, end, r.ctx); ok {
		r.extendRun(sc, i, end)
		r.run.col = c
	}
	return false
}

// lineClosed reports a line whose last token, before end, is the last of its
// line in the text, not one a sentence's end cuts.
func lineClosed(sc *numScan, end int) bool {
	rest := strings.TrimLeft(sc.text[sc.toks[end-1].End:], " \t\r")
	return rest == "" || rest[0] == '\n'
}

// columnHead reads the line from token i to end as a row with one cell an
// amount that names its currency and the others figures
// ("1 . Anna Berg 52,400 dollars"), the head of a money column.
func columnHead(sc *numScan, i, end int, ctx *currencyContext) (moneyColumn, bool) {
	s, k, ok := rowLead(sc, i, end)
	if !ok {
		return moneyColumn{}, false
	}
	c := moneyColumn{cell: -1}
	for ; k < end; s.cells++ {
		if h, ok := moneyAt(sc, k, ctx); ok && h.tokEnd <= end && c.cell < 0 {
			if h.m.n.Vague || h.m.n.Range || h.m.several || h.m.n.Value <= 0 || h.start != sc.toks[k].Start {
				return moneyColumn{}, false
			}
			c.cell, c.amount = s.cells, h
			if h.m.mult {
				c.scale = h.m.lastMult()
			}
			k = h.tokEnd
			continue
		}
		m, ok := columnCell(sc, k, end)
		if !ok {
			return moneyColumn{}, false
		}
		k = m.tokEnd
	}
	c.shape = s
	return c, c.cell >= 0
}

// rowFigure reads the line from token i to end as a row of the column's
// shape and returns the figure of its money cell as money, when it is
// written alike the column's amount: decimals or none as it has, and a
// value within a hundredfold of its figure's.
func (c moneyColumn) rowFigure(sc *numScan, i, end int) (moneyHit, bool) {
	s, k, ok := rowLead(sc, i, end)
	if !ok {
		return moneyHit{}, false
	}
	var fig numMatch
	for ; k < end; s.cells++ {
		m, ok := columnCell(sc, k, end)
		if !ok {
			return moneyHit{}, false
		}
		if s.cells == c.cell {
			fig = m
		}
		k = m.tokEnd
	}
	if s != c.shape || !c.alike(sc, fig) {
		return moneyHit{}, false
	}
	h := moneyHit{start: fig.start, end: fig.end, tokEnd: fig.tokEnd, m: fig, code: c.amount.code, cents: c.amount.cents,
		like: c.amount.start + 1}
	tableScale{scale: c.scale}.apply(&h)
	return h, true
}

// alike reports a figure m written as the column's amount is: with
// decimals when it has them, and a value within a hundredfold of its
// figure's, each as written (magnitude aside).
func (c moneyColumn) alike(sc *numScan, m numMatch) bool {
	a := c.amount.m
	written := func(m numMatch) float64 {
		if m.mult {
			return m.n.Value / m.lastMult()
		}
		return m.n.Value
	}
	dec := func(m numMatch) bool { return strings.IndexByte(sc.text[m.start:m.end], '.') >= 0 }
	v, av := written(m), written(a)
	return dec(m) == dec(a) && v > 0 && v*100 >= av && v <= av*100
}

// columnCell reads a cell of a money column's row at token k (before end):
// a figure, maybe with its magnitude, not a year, a range nor a percentage.
func columnCell(sc *numScan, k, end int) (numMatch, bool) {
	if !textdoc.StartsWithDigit(sc.raw(k)) {
		return numMatch{}, false
	}
	m, ok := sc.number(k)
	if !ok || m.tokEnd > end || m.n.Kind != contract.KindFigure || m.n.Vague || m.n.Range || m.yearLike || m.several {
		return numMatch{}, false
	}
	switch sc.w(m.tokEnd) {
	case "pct", "percent", "%":
		return numMatch{}, false
	}
	return m, true
}

// rowLead reads the rank and the label of a row of cells at token i (end
// the line's end): a rank of up to three digits and a full stop or a
// bracket ("3 .", "12 )"), then one to ten tokens of words, joining marks
// and words in brackets ("Anna Berg ( New Zealand )"), no word of counts
// among them. It returns the row's shape so far and the token of its first
// cell.
func rowLead(sc *numScan, i, end int) (rowShape, int, bool) {
	var s rowShape
	k := i
	if r := sc.raw(k); len(r) <= 3 && allDigits(r) && (sc.w(k+1) == "." || sc.w(k+1) == ")") && k+2 < end {
		s.rank = true
		k += 2
	}
	words := 0
	for ; k < end && k < i+12; k++ {
		r := sc.raw(k)
		if r == "(" {
			b := bracketedWords(sc, k, end)
			if b == k {
				return s, i, false
			}
			k = b - 1
			continue
		}
		if _, _, _, ok := markAt(sc, k); ok || r == "" {
			break // "Gold US$385.50"
		}
		if c := r[0]; c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' {
			if notMoneyLabels.at(sc.w(k)) || periodWords.at(sc.w(k)) {
				return s, i, false
			}
			words++
			s.lower = s.lower || c >= 'a' && c <= 'z' && !nameParticles[sc.w(k)]
			continue
		}
		if w := sc.w(k); w != "&" && w != "/" && w != "-" && w != "'s" && w != "'" && w != "." {
			break
		}
	}
	return s, k, words > 0 && k < end && k > i
}

// nameParticles are the words in small letters a person's name holds
// ("Paul van der Berg", "Luis da Silva"), which leave a row's label a name's.
var nameParticles = map[string]bool{"van": true, "von": true, "der": true, "den": true, "de": true, "da": true, "di": true,
	"del": true, "della": true, "du": true, "des": true, "la": true, "le": true, "dos": true, "das": true, "ter": true,
	"bin": true, "al": true, "el": true, "y": true}

// bracketedWords returns the token after one to four words in brackets
// at token k, on the line that ends at end ("( New Zealand )"), or k.
func bracketedWords(sc *numScan, k, end int) int {
	for j := k + 1; j < end && j <= k+5; j++ {
		r := sc.raw(j)
		if r == ")" {
			if j == k+1 {
				return k
			}
			return j + 1
		}
		if r == "" || !(r[0] >= 'A' && r[0] <= 'Z' || r[0] >= 'a' && r[0] <= 'z') && r != "-" && r != "." {
			return k
		}
	}
	return k
}

// allDigits reports a non-empty string of ASCII digits.
func allDigits(s string) bool {
	for k := 0; k < len(s); k++ {
		if !textdoc.IsDigitByte(s[k]) {
			return false
		}
	}
	return s != ""
}
