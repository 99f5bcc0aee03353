package textdoc

import "sort"

// Offsets maps offsets into a text read from another (the result of
// Markup, References or Mojibake, which read some runs of bytes as the
// fewer bytes of what they stand for, or as nothing) back to offsets into
// the other: the input a caller was given. A nil *Offsets maps every offset
// to itself.
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

// last returns the index of the last piece that starts at or before p in
// the result, or -1.
func (o *Offsets) last(p int) int {
	return sort.Search(len(o.at), func(k int) bool { return o.at[k].out > p }) - 1
}

// Start returns the offset in the text as given of a span that starts at p in
// the result: a span that starts inside a run read as something else starts
// at the run.
func (o *Offsets) Start(p int) int {
	if o == nil {
		return p
	}
	k := o.last(p)
	if k < 0 {
		return p
	}
	f := o.at[k]
	if p < f.outEnd {
		return f.in
	}
	return p - f.outEnd + f.inEnd
}

// End returns the offset in the text as given of a span that ends at p in
// the result: a span that ends inside or at the end of what a run was read
// as ends after the run, and one that ends where a run starts (a run read
// as nothing, as a tag of markup is, among them) ends before it.
func (o *Offsets) End(p int) int {
	if o == nil {
		return p
	}
	k := sort.Search(len(o.at), func(k int) bool { return o.at[k].out >= p }) - 1 // the last run that starts before p
	if k < 0 {
		return p
	}
	f := o.at[k]
	if p < f.outEnd {
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
