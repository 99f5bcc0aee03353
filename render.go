package newsparse

import (
	"bufio"
	"bytes"
	"io"
	"math"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"
)

// HTML returns a self-contained HTML view of the article (see WriteHTML).
func (a *Article) HTML() string {
	var b strings.Builder
	if a != nil {
		b.Grow(3*len(a.text) + len(viewCSS) + 4096)
	}
	_ = a.WriteHTML(&b) // a strings.Builder never fails
	return b.String()
}

// WriteHTML writes a self-contained HTML view of the article to w and returns
// the first write error. The view is a fragment that also opens as a page
// (it starts with a doctype and a UTF-8 meta tag, which a page holding it
// ignores): inline CSS and nothing loaded from elsewhere; the header fields; the body,
// paragraph by paragraph, with entity mentions highlighted by type (and a
// legend), quotations marked with their speaker, and money and casualty
// figures followed by badges with their normalised values; then the toll and
// a table of the entities. All text is HTML-escaped. Spans of different kinds
// may nest or overlap: an overlapping span is closed and reopened around the
// one it crosses, and no span boundary falls inside a UTF-8 sequence. A nil
// Article gives the view of an empty one.
func (a *Article) WriteHTML(w io.Writer) error {
	if a == nil {
		a = &Article{}
	}
	var sw io.StringWriter
	var buf *bufio.Writer
	switch x := w.(type) {
	case *strings.Builder:
		sw = x
	case *bytes.Buffer:
		sw = x
	case *bufio.Writer:
		sw = x
	default: // files and the like: the view is written in many small pieces
		buf = bufio.NewWriterSize(w, 32<<10)
		sw = buf
	}
	r := &renderer{w: sw, a: a, text: a.text}
	r.collect()
	r.page()
	if buf != nil && r.err == nil {
		r.err = buf.Flush()
	}
	return r.err
}

// viewCSS styles the view; every rule is scoped to the .newsparse container.
const viewCSS = `.newsparse{font:15px/1.6 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1b1b1b;background:#fff;max-width:52em;padding:.5em 1em}
.newsparse h2.np-title{font-size:1.35em;margin:.2em 0 .4em}
.newsparse dl.np-meta{display:grid;grid-template-columns:max-content auto;gap:.1em .8em;margin:0 0 .8em;font-size:.9em}
.newsparse dl.np-meta dt{color:#666;font-weight:600}
.newsparse dl.np-meta dd{margin:0}
.newsparse .np-legend{font-size:.8em;margin:.4em 0 .8em;display:flex;flex-wrap:wrap;gap:.3em .5em;align-items:center}
.newsparse .np-text p{white-space:pre-wrap;margin:0 0 .8em}
.newsparse mark.np-ent{color:inherit;border-radius:3px;padding:0 1px}
.newsparse .np-PERSON{background:#ffd6a5}
.newsparse .np-ORG{background:#b9f2b0}
.newsparse .np-GPE{background:#9bf6ff}
.newsparse .np-LOC{background:#a0c4ff}
.newsparse .np-FAC{background:#d5ccff}
.newsparse .np-NORP{background:#ffc6ff}
.newsparse .np-EVENT{background:#fdffb6}
.newsparse .np-OTHER{background:#e0e0e0}
.newsparse .np-quote{background:#f1ebfa;border-bottom:2px solid #6a4c93;font-style:italic}
.newsparse .np-speaker{border-bottom:2px dotted #6a4c93}
.newsparse .np-money{outline:1.5px solid #1b7f3b;outline-offset:1px;border-radius:2px}
.newsparse .np-casualty{outline:1.5px solid #b3261e;outline-offset:1px;border-radius:2px}
.newsparse .np-badge{display:inline-block;font:600 .72em/1.3 system-ui,sans-serif;font-style:normal;color:#fff;border-radius:.8em;padding:0 .5em;margin:0 .2em;vertical-align:.15em;white-space:nowrap}
.newsparse .np-badge-money{background:#1b7f3b}
.newsparse .np-badge-casualty{background:#b3261e}
.newsparse .np-badge-speaker{background:#6a4c93}
.newsparse .np-badge-date{background:#555}
.newsparse .np-key{display:inline-block;padding:0 .4em;border-radius:3px}
.newsparse table.np-entities{border-collapse:collapse;font-size:.85em;margin:.4em 0}
.newsparse table.np-entities th,.newsparse table.np-entities td{border-bottom:1px solid #ddd;padding:.1em .6em;text-align:left;vertical-align:top}
.newsparse h3{font-size:1em;margin:1em 0 .3em}
.newsparse .np-none{color:#888}
`

// entityOrder is the order of the entity types in the legend.
var entityOrder = []EntityType{Person, Org, GPE, Location, Facility, NORP, Event}

// Kinds of span, in nesting order: when two spans cover the same bytes, the
// lower kind is the outer one.
const (
	kindQuote = iota
	kindCasualty
	kindMoney
	kindSpeaker
	kindEntity
)

// hspan is one highlighted span of the text with the markup it opens.
type hspan struct {
	start, end int    // byte offsets, snapped to rune boundaries
	kind       int    // one of the kind constants
	seq        int    // order of collection, the last tie-breaker
	tag        string // element name
	class      string // class attribute
	attrs      string // further attributes, escaped, with a leading space
	after      string // markup written once after the span's final close
}

// renderer writes one view; it keeps the first write error and then stops writing.
type renderer struct {
	w      io.StringWriter
	a      *Article
	text   string
	spans  []hspan // sorted by start, then end descending, then kind
	maxEnd []int   // maxEnd[i] is the largest end among spans[:i+1]
	err    error
}

func (r *renderer) s(str string) {
	if r.err == nil {
		_, r.err = r.w.WriteString(str)
	}
}

// esc writes str HTML-escaped; invalid UTF-8 is written as U+FFFD.
func (r *renderer) esc(str string) {
	if r.err != nil {
		return
	}
	last := 0
	for i := 0; i < len(str); {
		c := str[i]
		var rep string
		size := 1
		switch {
		case c == '<':
			rep = "&lt;"
		case c == '>':
			rep = "&gt;"
		case c == '&':
			rep = "&amp;"
		case c == '"':
			rep = "&#34;"
		case c == '\'':
			rep = "&#39;"
		case c == 0:
			rep = "\uFFFD"
		case c >= utf8.RuneSelf:
			var ru rune
			ru, size = utf8.DecodeRuneInString(str[i:])
			if ru == utf8.RuneError && size == 1 {
				rep = "\uFFFD"
			}
		}
		if rep != "" {
			r.s(str[last:i])
			r.s(rep)
			last = i + size
		}
		i += size
	}
	r.s(str[last:])
}

// escString returns str HTML-escaped, as esc writes it.
func escString(str string) string {
	var b strings.Builder
	(&renderer{w: &b}).esc(str)
	return b.String()
}

// snap clips the span [start, end) to the text and widens it to whole runes;
// ok is false when nothing is left.
func (r *renderer) snap(start, end int) (int, int, bool) {
	n := len(r.text)
	start = max(start, 0)
	end = min(end, n)
	if start >= end {
		return 0, 0, false
	}
	for start > 0 && !utf8.RuneStart(r.text[start]) {
		start--
	}
	for end < n && !utf8.RuneStart(r.text[end]) {
		end++
	}
	return start, end, true
}

func (r *renderer) add(start, end, kind int, tag, class, attrs, after string) {
	start, end, ok := r.snap(start, end)
	if !ok {
		return
	}
	r.spans = append(r.spans, hspan{start: start, end: end, kind: kind, seq: len(r.spans),
		tag: tag, class: class, attrs: attrs, after: after})
}

// collect gathers every extraction of the article as spans.
func (r *renderer) collect() {
	a := r.a
	for _, e := range a.Entities {
		cls := "np-ent np-" + typeClass(e.Type)
		title := string(e.Type) + " " + e.ID + ": " + e.Name
		if len(e.Titles) > 0 {
			title += " (" + strings.Join(e.Titles, ", ") + ")"
		}
		title += placeNote(e.Place)
		attrs := ` data-entity="` + escString(e.ID) + `" data-type="` + escString(string(e.Type)) +
			`" title="` + escString(title) + `"` + placeAttrs(e.Place)
		for _, m := range e.Mentions {
			r.add(m.Start, m.End, kindEntity, "mark", cls, attrs, "")
		}
	}
	for i, q := range a.Quotes {
		id := "q" + strconv.Itoa(i+1)
		who, title := "unattributed", "quote "+id
		if q.Speaker != nil {
			who = firstNonEmpty(q.Speaker.Name, q.Speaker.Text, "unknown speaker")
			title += ", " + firstNonEmpty(q.Cue, "attributed to") + " " + who
			if q.Speaker.Entity != "" {
				title += " (" + q.Speaker.Entity + ")"
			}
		}
		if q.Partial {
			title += ", partial"
		}
		label := `<span class="np-badge np-badge-speaker" data-speaker-of="` + id + `">` + escString(who) + `</span>`
		r.add(q.Start, q.End, kindQuote, "span", "np-quote",
			` data-quote="`+id+`" data-speaker="`+escString(who)+`" title="`+escString(title)+`"`, label)
		if q.Speaker != nil && q.Speaker.End > q.Speaker.Start {
			r.add(q.Speaker.Start, q.Speaker.End, kindSpeaker, "span", "np-speaker",
				` data-speaker-for="`+id+`" title="`+escString("speaker of "+id)+`"`, "")
		}
	}
	for i, m := range a.Money {
		id := "m" + strconv.Itoa(i+1)
		v := moneyValue(m)
		r.add(m.Start, m.End, kindMoney, "span", "np-money", ` data-money="`+id+`" title="`+escString(v+sourceNote(m.Source))+`"`,
			`<span class="np-badge np-badge-money" data-value-of="`+id+`">`+escString(v)+`</span>`)
	}
	for i, c := range a.Casualties {
		id := "c" + strconv.Itoa(i+1)
		v := casualtyValue(c)
		r.add(c.Start, c.End, kindCasualty, "span", "np-casualty", ` data-casualty="`+id+`" title="`+escString(v+sourceNote(c.Source))+`"`,
			`<span class="np-badge np-badge-casualty" data-value-of="`+id+`">`+escString(v)+`</span>`)
	}
	sort.SliceStable(r.spans, func(i, j int) bool {
		x, y := &r.spans[i], &r.spans[j]
		if x.start != y.start {
			return x.start < y.start
		}
		if x.end != y.end {
			return x.end > y.end
		}
		if x.kind != y.kind {
			return x.kind < y.kind
		}
		return x.seq < y.seq
	})
	r.maxEnd = make([]int, len(r.spans))
	m := 0
	for i, sp := range r.spans {
		m = max(m, sp.end)
		r.maxEnd[i] = m
	}
}

// sourceNote returns ", according to NAME" for a figure attributed to someone, else "".
func sourceNote(s *Source) string {
	if s == nil || strings.TrimSpace(s.Name) == "" {
		return ""
	}
	return ", according to " + s.Name
}

// typeClass returns the class suffix for an entity type: the type itself
// when it is one of the known ones, else OTHER.
func typeClass(t EntityType) string {
	for _, k := range entityOrder {
		if t == k {
			return string(t)
		}
	}
	return "OTHER"
}

func firstNonEmpty(s ...string) string {
	for _, x := range s {
		if strings.TrimSpace(x) != "" {
			return x
		}
	}
	return ""
}

// page writes the whole view.
func (r *renderer) page() {
	a := r.a
	r.s("<!DOCTYPE html>\n<meta charset=\"utf-8\">\n<div class=\"newsparse\">\n<style>\n")
	r.s(viewCSS)
	r.s("</style>\n")
	r.header()
	r.legend()
	r.s("<div class=\"np-text\">\n")
	ranges := a.Paragraphs
	if len(ranges) == 0 && a.Body.End > a.Body.Start {
		ranges = []Span{a.Body}
	}
	if len(ranges) == 0 && a.Body == (Span{}) && len(a.Meta.Fields) == 0 && r.text != "" {
		ranges = []Span{{Start: 0, End: len(r.text)}}
	}
	// paragraphs in order share one cursor over the spans, so that a long
	// span is not scanned again for every paragraph it runs through
	cur := &cursor{}
	prevEnd := 0
	for _, p := range ranges {
		start, end, ok := r.snap(p.Start, p.End)
		if !ok {
			continue
		}
		if start < prevEnd {
			cur = nil // out of order (not from Parse): each paragraph scans
		}
		prevEnd = end
		r.s("<p>")
		r.sweep(start, end, cur)
		r.s("</p>\n")
	}
	r.s("</div>\n")
	r.summary()
	r.s("</div>\n")
}

// header writes the title and the header fields.
func (r *renderer) header() {
	m := r.a.Meta
	if m.Title != "" {
		r.s("<h2 class=\"np-title\">")
		r.fieldText(m.Title, "title")
		r.s("</h2>\n")
	}
	if len(m.Fields) == 0 && m.Dateline == nil && m.Date == nil {
		return
	}
	r.s("<dl class=\"np-meta\">\n")
	dateShown := false
	for _, f := range m.Fields {
		if f.Key == "title" && f.Value == m.Title {
			continue // shown as the heading
		}
		r.s("<dt>")
		r.esc(f.Key)
		r.s("</dt><dd>")
		if f.Start >= 0 && f.End <= len(r.text) && f.Start <= f.End && r.text[f.Start:f.End] == f.Value {
			r.sweep(f.Start, f.End, nil)
		} else {
			r.esc(f.Value)
		}
		if m.Date != nil && !dateShown && f.Value == m.Date.Text {
			r.dateBadge(*m.Date)
			dateShown = true
		}
		r.s("</dd>\n")
	}
	if m.Date != nil && !dateShown {
		r.s("<dt>date</dt><dd>")
		r.esc(m.Date.Text)
		r.dateBadge(*m.Date)
		r.s("</dd>\n")
	}
	if d := m.Dateline; d != nil {
		r.s("<dt>dateline</dt><dd>")
		r.esc(d.Place)
		if d.Agency != "" {
			r.s(" (")
			r.esc(d.Agency)
			r.s(")")
		}
		r.s("</dd>\n")
	}
	r.s("</dl>\n")
}

// fieldText writes the value of the first header field named key, with its
// highlights when its offsets are sound, else value escaped.
func (r *renderer) fieldText(value, key string) {
	for _, f := range r.a.Meta.Fields {
		if f.Key == key && f.Value == value && f.Start >= 0 && f.End <= len(r.text) && f.Start <= f.End &&
			r.text[f.Start:f.End] == value {
			r.sweep(f.Start, f.End, nil)
			return
		}
	}
	r.esc(value)
}

func (r *renderer) dateBadge(d Date) {
	v := strconv.Itoa(d.Year)
	if d.Month > 0 {
		v += "-" + pad2(d.Month)
		if d.Day > 0 {
			v += "-" + pad2(d.Day)
		}
	}
	if d.Precision != "" {
		v += " (" + string(d.Precision) + ")"
	}
	r.s(` <span class="np-badge np-badge-date">`)
	r.esc(v)
	r.s("</span>")
}

func pad2(n int) string {
	if n >= 0 && n < 10 {
		return "0" + strconv.Itoa(n)
	}
	return strconv.Itoa(n)
}

// legend writes the key to the highlights, with how many of each there are.
func (r *renderer) legend() {
	a := r.a
	counts := map[string]int{}
	for _, e := range a.Entities {
		counts[typeClass(e.Type)]++
	}
	r.s("<div class=\"np-legend\">")
	for _, t := range entityOrder {
		r.s(`<span class="np-key np-` + string(t) + `">` + string(t) + " " + strconv.Itoa(counts[string(t)]) + "</span>")
	}
	if counts["OTHER"] > 0 {
		r.s(`<span class="np-key np-OTHER">other ` + strconv.Itoa(counts["OTHER"]) + "</span>")
	}
	r.s(`<span class="np-key np-quote">quote ` + strconv.Itoa(len(a.Quotes)) + `</span>`)
	r.s(`<span class="np-key np-speaker">speaker</span>`)
	r.s(`<span class="np-key np-money">money ` + strconv.Itoa(len(a.Money)) + `</span>`)
	r.s(`<span class="np-key np-casualty">casualty ` + strconv.Itoa(len(a.Casualties)) + `</span>`)
	r.s("</div>\n")
}

// sweep writes text[lo:hi] with every span that meets it, as properly nested
// elements: at each offset where a span starts or ends it closes the open
// spans down to the outermost one ending there, reopens the ones that go on
// (marked np-cont), then opens the spans starting there, longest first.
// Spans reaching outside [lo, hi) are cut at its ends.
func (r *renderer) sweep(lo, hi int, cur *cursor) {
	type open struct {
		sp    *hspan
		end   int  // end within [lo, hi)
		final bool // the span really ends at end
		cont  bool // the span began before this element
	}
	// the spans that meet [lo, hi), in start order (r.spans is sorted)
	var live []open
	var points []int
	for _, sp := range r.meeting(lo, hi, cur) {
		o := open{sp: sp, end: min(sp.end, hi), final: sp.end <= hi, cont: sp.start < lo}
		live = append(live, o)
		points = append(points, max(sp.start, lo), o.end)
	}
	if len(live) == 0 {
		r.esc(r.text[lo:hi])
		return
	}
	sort.Ints(points)
	var stack []open
	next, pos := 0, lo
	for k, p := range points {
		if k > 0 && p == points[k-1] {
			continue
		}
		r.esc(r.text[pos:p])
		pos = p
		// close down to the outermost span ending here
		bottom := len(stack)
		for i, o := range stack {
			if o.end == p {
				bottom = i
				break
			}
		}
		var reopen []open
		for i := len(stack) - 1; i >= bottom; i-- {
			o := stack[i]
			r.s("</" + o.sp.tag + ">")
			if o.end == p {
				if o.final {
					r.s(o.sp.after)
				}
			} else {
				reopen = append(reopen, o)
			}
		}
		stack = stack[:bottom]
		for i := len(reopen) - 1; i >= 0; i-- {
			o := reopen[i]
			o.cont = true
			r.openTag(o.sp, true)
			stack = append(stack, o)
		}
		for next < len(live) && max(live[next].sp.start, lo) == p {
			o := live[next]
			next++
			r.openTag(o.sp, o.cont)
			stack = append(stack, o)
		}
	}
	r.esc(r.text[pos:hi])
}

// cursor walks the spans for ranges given in increasing order: next is the
// first span not yet seen, active the seen ones that may reach further.
type cursor struct {
	next   int
	active []*hspan
}

// meeting returns the spans that meet [lo, hi), in r.spans order. With a
// cursor (ranges in increasing order) each span is taken once and kept only
// while it reaches on; without one it scans from the first span that
// reaches past lo.
func (r *renderer) meeting(lo, hi int, cur *cursor) []*hspan {
	if cur == nil {
		var out []*hspan
		first := sort.Search(len(r.maxEnd), func(i int) bool { return r.maxEnd[i] > lo })
		for i := first; i < len(r.spans) && r.spans[i].start < hi; i++ {
			if r.spans[i].end > lo {
				out = append(out, &r.spans[i])
			}
		}
		return out
	}
	keep := cur.active[:0]
	for _, sp := range cur.active {
		if sp.end > lo {
			keep = append(keep, sp)
		}
	}
	cur.active = keep
	for cur.next < len(r.spans) && r.spans[cur.next].start < hi {
		if sp := &r.spans[cur.next]; sp.end > lo {
			cur.active = append(cur.active, sp)
		}
		cur.next++
	}
	return cur.active
}

func (r *renderer) openTag(sp *hspan, cont bool) {
	cls := sp.class
	if cont {
		cls += " np-cont"
	}
	r.s("<" + sp.tag + ` class="` + cls + `"` + sp.attrs + ">")
}

// summary writes the toll and the table of entities.
func (r *renderer) summary() {
	a := r.a
	r.s("<h3>Toll</h3>\n<div class=\"np-toll\">")
	t := a.Toll
	stated := false
	for _, k := range []struct {
		name string
		v    *float64
	}{{"killed", t.Killed}, {"injured", t.Injured}, {"displaced", t.Displaced},
		{"missing", t.Missing}, {"detained", t.Detained}, {"kidnapped", t.Kidnapped}} {
		if k.v == nil {
			continue
		}
		stated = true
		r.s(`<span class="np-badge np-badge-casualty" data-toll="` + k.name + `">`)
		r.esc(k.name + " " + formatNumber(*k.v))
		r.s("</span>")
	}
	if !stated {
		r.s(`<span class="np-none">none stated</span>`)
	}
	r.s("</div>\n<h3>Entities</h3>\n")
	if len(a.Entities) == 0 {
		r.s("<div class=\"np-none\">none found</div>\n")
		return
	}
	r.s("<table class=\"np-entities\">\n<tr><th>id</th><th>type</th><th>name</th><th>mentions</th><th>titles</th></tr>\n")
	for _, e := range a.Entities {
		r.s("<tr><td>")
		r.esc(e.ID)
		r.s(`</td><td><span class="np-key np-` + typeClass(e.Type) + `">`)
		r.esc(string(e.Type))
		r.s("</span></td><td>")
		r.esc(e.Name)
		r.s("</td><td>" + strconv.Itoa(len(e.Mentions)) + "</td><td>")
		r.esc(strings.Join(e.Titles, ", "))
		r.s("</td></tr>\n")
	}
	r.s("</table>\n")
}

// qualifierSigns are the short forms of the qualifiers in badges.
var qualifierSigns = map[Qualifier]string{
	About: "≈", MoreThan: ">", AtLeast: "≥", LessThan: "<", AtMost: "≤",
}

// qualified returns v preceded by the sign of q (and the qualifier itself when it is not a known one).
func qualified(q Qualifier, v string) string {
	if q == Exact {
		return v
	}
	if s, ok := qualifierSigns[q]; ok {
		return s + v
	}
	return string(q) + " " + v
}

// moneyValue returns the normalised value of an amount: "≈USD 388,000,000,000",
// "USD 1,000–2,000" for a range.
func moneyValue(m Money) string {
	cur := m.Currency
	if cur == "" {
		cur = "???"
	}
	var v string
	switch {
	case m.Value != nil:
		v = formatNumber(*m.Value)
	case m.Min != nil && m.Max != nil:
		v = formatNumber(*m.Min) + "–" + formatNumber(*m.Max)
	case m.Min != nil:
		v = formatNumber(*m.Min) + "+"
	case m.Max != nil:
		v = "≤" + formatNumber(*m.Max)
	default:
		v = "?"
	}
	return qualified(m.Qualifier, cur+" "+v)
}

// casualtyValue returns the normalised figure of a casualty count: "killed >350,000 people",
// "detained ? (vague) suspects" when no figure is given.
func casualtyValue(c Casualty) string {
	n := "?"
	if !c.Unstated {
		n = formatNumber(c.Count)
	}
	v := firstNonEmpty(string(c.Kind), "casualties") + " " + qualified(c.Qualifier, n)
	if c.Vague {
		v += " (vague)"
	}
	if c.Who != "" {
		v += " " + c.Who
	}
	return v
}

// formatNumber writes f with thousands separators and no exponent.
func formatNumber(f float64) string {
	if math.IsNaN(f) || math.IsInf(f, 0) {
		return strconv.FormatFloat(f, 'g', -1, 64)
	}
	s := strconv.FormatFloat(f, 'f', -1, 64)
	sign := ""
	if strings.HasPrefix(s, "-") {
		sign, s = "-", s[1:]
	}
	frac := ""
	if i := strings.IndexByte(s, '.'); i >= 0 {
		s, frac = s[:i], s[i:]
	}
	var b strings.Builder
	for i, c := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(c)
	}
	return sign + b.String() + frac
}
