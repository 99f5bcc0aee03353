package textdoc

import (
	"sort"
	"strings"
)

// Offsets maps offsets into a text read from another (the result of
// Markup, References or Mojibake, which read some runs of bytes as the
// fewer bytes of what they stand for, or as nothing, or of Markdown, which
// reads its marks as nothing) back to offsets into the other: the input a
// caller was given. A nil *Offsets maps every offset to itself.
type Offsets struct {
	at []piece // in the order of the text, none overlapping
}

// piece is one run read as something else: the bytes [out, outEnd) of the
// result stand for the bytes [in, inEnd) of the text as given. Between
// pieces the two texts are the same bytes.
type piece struct {
	out, outEnd, in, inEnd int
}

// add appends the piece [out, outEnd) for [in, inEnd) to o, which may be
// nil, and returns o.
func (o *Offsets) add(out, outEnd, in, inEnd int) *Offsets {
	if o == nil {
		o = &Offsets{}
	}
	o.at = append(o.at, piece{out: out, outEnd: outEnd, in: in, inEnd: inEnd})
	return o
}

// before returns the last piece that starts before p in the result (at p
// too, with at), and false when none does (or o is nil): p is then its own
// offset.
func (o *Offsets) before(p int, at bool) (piece, bool) {
	if o == nil {
		return piece{}, false
	}
	k := sort.Search(len(o.at), func(k int) bool { return o.at[k].out > p || !at && o.at[k].out == p }) - 1
	if k < 0 {
		return piece{}, false
	}
	return o.at[k], true
}

// Start returns the offset in the text as given of a span that starts at p in
// the result: a span that starts inside a run read as something else starts
// at the run.
func (o *Offsets) Start(p int) int {
	f, ok := o.before(p, true)
	switch {
	case !ok:
		return p
	case p < f.outEnd:
		return f.in
	}
	return p - f.outEnd + f.inEnd
}

// End returns the offset in the text as given of a span that ends at p in
// the result: a span that ends inside or at the end of what a run was read
// as ends after the run, and one that ends where a run starts (a run read
// as nothing, as a tag of markup is, among them) ends before it.
func (o *Offsets) End(p int) int {
	f, ok := o.before(p, false) // the last run that starts before p
	switch {
	case !ok:
		return p
	case p < f.outEnd:
		return f.inEnd
	}
	return p - f.outEnd + f.inEnd
}

// Span returns the offsets in the text as given of the span [start, end) of
// the result, widened to whole runs; an empty span stays empty.
func (o *Offsets) Span(start, end int) (int, int) {
	if o == nil {
		return start, end
	}
	s := o.Start(start)
	if end <= start {
		return s, s
	}
	return s, o.End(end)
}

// Then returns the Offsets of two readings one after the other: o maps the
// first reading's result back to the input, next maps the second's result
// back to the first's, and the Offsets returned map the second's result back
// to the input, in one step. Either may be nil.
//
// Runs of the two readings that overlap in the text between (a run the
// second reads that holds a run the first read, as mojibake written as
// references does) become one run, from the start of the first of them to
// the end of the last. A run the first read as nothing (a tag of markup)
// stays a run of its own where a run of the second starts or ends, and
// becomes part of one that holds it.
func (o *Offsets) Then(next *Offsets) *Offsets {
	switch {
	case next == nil:
		return o
	case o == nil:
		return next
	}
	var (
		a, b   = o.at, next.at
		out    = &Offsets{at: make([]piece, 0, len(a)+len(b))}
		da, db int // inEnd-outEnd of the last piece of a, outEnd-inEnd of the last of b, passed
		hi     int // the end in the text between of the run being gathered
	)
	takeA := func() {
		hi = max(hi, a[0].outEnd)
		da = a[0].inEnd - a[0].outEnd
		a = a[1:]
	}
	takeB := func() {
		hi = max(hi, b[0].inEnd)
		db = b[0].outEnd - b[0].inEnd
		b = b[1:]
	}
	for len(a) > 0 || len(b) > 0 {
		// a run of the text between, from the first piece of either that
		// starts there, through every piece that overlaps it; a piece of o
		// read as nothing where a piece of next starts is a run of its own,
		// before it, so that a span that starts at the piece of next does
		// not cover it
		firstA := len(b) == 0 || len(a) > 0 && (a[0].out < b[0].in || a[0].out == b[0].in && a[0].out == a[0].outEnd)
		var at int
		if firstA {
			at = a[0].out
		} else {
			at = b[0].in
		}
		inLo, outLo := at+da, at+db // where the run starts in the input and in the last result
		hi = at
		if firstA {
			takeA()
		} else {
			takeB()
		}
		for {
			if len(a) > 0 && a[0].out < hi {
				takeA()
			} else if len(b) > 0 && b[0].in < hi {
				takeB()
			} else {
				break
			}
		}
		out.at = append(out.at, piece{out: outLo, outEnd: hi + db, in: inLo, inEnd: hi + da})
	}
	return out
}

// readRuns returns text with every run that read reads as something else
// replaced by what it stands for, and the Offsets back to text. Runs open
// only at the byte open: read(s), for s the rest of the text from such a
// byte, returns the run's length and what it stands for, or a length of 0
// and skip, how far past the byte the next run may open. Text without open,
// or with no run, is returned as it is, without a copy, with nil Offsets.
func readRuns(text string, open byte, skip int, read func(s string) (int, string)) (string, *Offsets) {
	i := strings.IndexByte(text, open)
	if i < 0 {
		return text, nil
	}
	var (
		b    strings.Builder
		runs *Offsets
		done int // text[:done] is in b
	)
	for i >= 0 {
		n, as := read(text[i:])
		if n > 0 {
			if runs == nil {
				b.Grow(len(text))
			}
			b.WriteString(text[done:i])
			out := b.Len()
			b.WriteString(as)
			runs = runs.add(out, b.Len(), i, i+n)
			done = i + n
		} else {
			n = min(skip, len(text)-i) // a lead byte at the end of text that is not UTF-8
		}
		k := strings.IndexByte(text[i+n:], open)
		if k < 0 {
			break
		}
		i += n + k
	}
	if runs == nil {
		return text, nil
	}
	b.WriteString(text[done:])
	return b.String(), runs
}

// cutRuns returns text with the runs cuts name (in the order of the text;
// runs that overlap or touch are one) read as what each is read as, most
// often nothing, and the Offsets back to text. A run inside one before it
// is read with it.
func cutRuns(text string, cuts []cut) (string, *Offsets) {
	var (
		b    strings.Builder
		runs *Offsets
		done int // text[:done] is in b or cut
	)
	b.Grow(len(text))
	for _, c := range cuts {
		if c.end <= done {
			continue
		}
		b.WriteString(text[done:max(done, c.start)])
		b.WriteString(c.as)
		if n := len(runs.pieces()); n > 0 && c.start <= done {
			runs.at[n-1].outEnd, runs.at[n-1].inEnd = b.Len(), c.end // one run with the last
		} else {
			runs = runs.add(b.Len()-len(c.as), b.Len(), c.start, c.end)
		}
		done = c.end
	}
	b.WriteString(text[done:])
	return b.String(), runs
}

// pieces returns o's runs; none for a nil o.
func (o *Offsets) pieces() []piece {
	if o == nil {
		return nil
	}
	return o.at
}
