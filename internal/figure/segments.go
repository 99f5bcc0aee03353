package figure

import (
	"strings"
	"sync"

	"github.com/newsparse/newsparse/internal/contract"
	"github.com/newsparse/newsparse/internal/lexicon"
	"github.com/newsparse/newsparse/internal/textdoc"
)

// lineStart reports whether token i of toks is the first on its line.
func lineStart(text string, toks []contract.Span, i int) bool {
	if i == 0 {
		return true
	}
	return strings.IndexByte(text[toks[i-1].End:toks[i].Start], '\n') >= 0
}

// segment is a run of tokens the figure extractors read: the title, or a sentence of the body.
type segment struct {
	toks   []contract.Span
	lo, hi int
	sent   int      // the sentence index, or -1 for the title
	low    *lowMemo // the article's lower-cased tokens, shared by its segments (w)
	// flags holds the memo's flags of the tokens, OR-ed (see newSegment):
	// an extractor skips a segment with no word of the classes it reads
	// (has) or no money cue without a pass over its tokens.
	flags tokFlag
}

// newSegment returns the segment of tokens [lo, hi) of toks, sentence
// sent, with their memo low.
func newSegment(toks []contract.Span, lo, hi, sent int, low *lowMemo) segment {
	var all tokFlag
	for _, f := range low.flags[lo:hi] {
		all |= f
	}
	return segment{toks: toks, lo: lo, hi: hi, sent: sent, low: low, flags: all}
}

// w returns the lower-cased text of token i (lo <= i < hi).
func (g segment) w(i int) string { return g.low.word(i) }

// has reports a token of the segment in a class of c.
func (g segment) has(c wordClass) bool { return g.flags&tokFlag(c) != 0 }

// lowWords holds the lower case of one article's distinct words that have
// a letter beyond ASCII, each lower-cased once (lowMemo.lower).
type lowWords struct {
	seen map[string]string // the lower case, by the word as written; made on first use
}

// lowMemo is what one list of tokens reads of its article's words, filled
// once when the article's segments are built (newLowMemo): flags holds each
// token's wordClass (with clsKnown) and the answers of the word tests the
// casualty grammar asks at every position (tokFlag), each read once per
// article. A token's lower case is read where it stands in low, the text
// with its ASCII capitals lowered (textdoc's Doc.Lowered), so the memo
// keeps no string per token: only the rare token beyond ASCII, or a quote
// mark of tokenized text, whose lower case is no share of low (flagOwn),
// has its own, in texts[1] ("own"). spans places each token's lower case in
// low or own, so that word reads any token alike, with no branch (it is
// read at every position of every rule). Above the classes, flags marks a
// token that starts a line (flagLineStart) and the money reader's cues
// (flagMoneyCue, flagMoneyStart), each set as the token is classed. Every
// numScan reads one: a view of tokens of its own (scanOf) makes its own.
type lowMemo struct {
	m     *lowWords
	low   string     // the text the tokens are spans of, its ASCII capitals lowered
	texts [2]string  // low, and own: the lower case of each token flagged flagOwn, one after another
	spans []wordSpan // each token's lower case in low, or in own (spanOwn)
	flags []tokFlag
}

// wordSpan is the place of a token's lower case in its memo: in low, or in
// own (texts[1]) when start holds spanOwn. A text the memo reads is shorter
// than 2 GiB (newLowMemoIn).
type wordSpan struct{ start, end uint32 }

// spanOwn marks a wordSpan in the memo's own.
const spanOwn = 1 << 31

// word returns the lower case of token i.
func (l *lowMemo) word(i int) string {
	s := l.spans[i]
	return l.texts[s.start>>31][s.start&^spanOwn : s.end] // low or own, by an index, not a branch
}

// newLowMemo returns the memo of toks, tokens of text, whose words beyond
// ASCII m lower-cases once per article (nil: at each token): every token's
// lower case and classes. lowered is text with its ASCII capitals in lower
// case (textdoc's Doc.Lowered), or "" when the caller has none: the memo
// then lowers text itself.
func newLowMemo(m *lowWords, text, lowered string, toks []contract.Span) lowMemo {
	return newLowMemoIn(nil, m, text, lowered, toks, nil)
}

// memoBuf holds the arrays of an article's memo and segments, and its
// victim memo, between parses (memoBufs): Figures.Release gives them back
// when its article is done.
type memoBuf struct {
	low   lowMemo // the body's memo, which its segments point to
	flags []tokFlag
	spans []wordSpan
	segs  []segment
	vm    victimMemo
}

// memoBufs keeps the arrays of finished articles' memos for the next ones.
var memoBufs = sync.Pool{New: func() any { return new(memoBuf) }}

// newLowMemoIn is newLowMemo in the arrays of buf, when it has room (nil:
// new arrays). kinds, when not nil, holds the textdoc.Kind of each token:
// the kinds of a plain word's bytes are read from it (plainBytes), with no
// pass over them.
func newLowMemoIn(buf *memoBuf, m *lowWords, text, lowered string, toks []contract.Span, kinds []textdoc.Kind) lowMemo {
	if len(lowered) != len(text) {
		lowered = lowerASCII(text)
	}
	if len(text) >= spanOwn {
		panic("figure: a text of 2 GiB or more")
	}
	l := lowMemo{m: m, low: lowered}
	if buf != nil && cap(buf.flags) >= len(toks) && cap(buf.spans) >= len(toks) {
		l.flags, l.spans = buf.flags[:len(toks)], buf.spans[:len(toks)]
	} else {
		l.flags, l.spans = make([]tokFlag, len(toks)), make([]wordSpan, len(toks))
		if buf != nil {
			buf.flags, buf.spans = l.flags, l.spans
		}
	}
	var own []byte // the lower case of the tokens flagged flagOwn, one after another
	// nl is the first newline at or after the end of the token before (lineStart);
	// the newlines after the last token's start tell nothing
	last := 0
	if len(toks) > 0 {
		last = toks[len(toks)-1].Start
	}
	nl := newlineFrom(text, 0, last)
	for i, t := range toks {
		line := tokFlag(0)
		if i == 0 || nl < t.Start {
			line = flagLineStart
		}
		if nl < t.End {
			nl = newlineFrom(text, t.End, last)
		}
		raw := text[t.Start:t.End]
		var b byteKind
		if i < len(kinds) && kinds[i]&textdoc.KindPlain != 0 {
			b = plainBytes[kinds[i]&(textdoc.KindUpper|textdoc.KindDigit)]
		} else {
			b = rawBytes(raw)
		}
		if b&byteHigh == 0 && (b&byteQuote == 0 || raw != "``" && raw != "''") {
			w := lowered[t.Start:t.End]
			c := classOfBytes(w, b)
			l.flags[i] = tokFlag(c) | moneyFlags(raw, w, b, c) | line
			l.spans[i] = wordSpan{uint32(t.Start), uint32(t.End)}
			continue
		}
		w := l.lower(raw)
		at := len(own)
		own = append(own, w...)
		l.spans[i] = wordSpan{uint32(at) | spanOwn, uint32(at + len(w))}
		c := classOf(w)
		l.flags[i] = tokFlag(c) | flagOwn | moneyFlags(raw, w, b, c) | line
	}
	if len(own) >= spanOwn {
		panic("figure: a text of 2 GiB or more")
	}
	l.texts = [2]string{lowered, string(own)}
	return l
}

// newlineFrom returns the place of the first newline of text in [from,
// to), or to when there is none there.
func newlineFrom(text string, from, to int) int {
	if from >= to {
		return to
	}
	if k := strings.IndexByte(text[from:to], '\n'); k >= 0 {
		return from + k
	}
	return to
}

// flagLineStart marks a token that is the first on its line (lineStart),
// set by newLowMemoIn and read by numScan.lineStart.
const flagLineStart tokFlag = 1 << 29

// lineStart reports whether token i of s is the first on its line, as the
// function lineStart tells it, from the memo.
func (s *numScan) lineStart(i int) bool { return s.low.flags[i]&flagLineStart != 0 }

// byteKind classes the bytes of a token for the one pass newLowMemoIn
// makes over each (rawBytes): the bits of its bytes' kinds, OR-ed, tell
// what the memo's tests need of the token with no branch a byte.
type byteKind uint8

const (
	byteHigh     byteKind = 1 << iota // a byte beyond ASCII
	byteQuote                         // a grave accent or an apostrophe: the token may be a quote mark of tokenized text
	byteDigit                         // an ASCII digit
	byteDollar                        // "$"
	byteHyphen                        // "-"
	byteUpper                         // an ASCII capital
	byteNotLower                      // any byte but a small ASCII letter
)

// byteKinds gives each byte its byteKind.
var byteKinds = func() (k [256]byteKind) {
	for c := range k {
		if c < 'a' || c > 'z' {
			k[c] = byteNotLower
		}
	}
	for c := 0x80; c < 0x100; c++ {
		k[c] |= byteHigh
	}
	for c := '0'; c <= '9'; c++ {
		k[c] |= byteDigit
	}
	for c := 'A'; c <= 'Z'; c++ {
		k[c] |= byteUpper
	}
	k['`'] |= byteQuote
	k['\''] |= byteQuote
	k['$'] |= byteDollar
	k['-'] |= byteHyphen
	return k
}()

// plainBytes holds rawBytes of a plain token (textdoc.KindPlain) by its
// textdoc.KindUpper and textdoc.KindDigit: ASCII letters and digits.
var plainBytes = func() (t [(textdoc.KindUpper | textdoc.KindDigit) + 1]byteKind) {
	t[textdoc.KindUpper] = byteUpper | byteNotLower
	t[textdoc.KindDigit] = byteDigit | byteNotLower
	t[textdoc.KindUpper|textdoc.KindDigit] = byteUpper | byteDigit | byteNotLower
	return t
}()

// rawBytes returns the kinds of the bytes of raw, OR-ed.
func rawBytes(raw string) byteKind {
	var b byteKind
	for k := 0; k < len(raw); k++ {
		b |= byteKinds[raw[k]]
	}
	return b
}

// flagMoneyCue marks a token that tells that its segment may hold an
// amount (hasMoneyCue), and flagMoneyStart one where an amount or a
// table's header may start (mayStartMoney); newLowMemoIn sets them
// (moneyFlags).
const (
	flagMoneyCue   tokFlag = 1 << 30
	flagMoneyStart tokFlag = 1 << 28
)

// flagsNotClass are the bits of a tokFlag that are no wordClass.
const flagsNotClass = flagOwn | flagMoneyCue | flagLineStart | flagMoneyStart

// moneyFlags returns the money flags of a token, raw as written, w its
// lower case, b the kinds of its bytes (rawBytes) and c its classes.
//
// flagMoneyCue: the token may belong to an amount: a digit, a currency
// symbol ("$" anywhere in it; a byte beyond ASCII first), a mark glued to
// its digits ("KSh500", "R5bn"), a currency word or a unit of cents ("(in
// thousands)" heads a table), or a hyphened word of a currency
// ("ten-dollar").
//
// flagMoneyStart: any token but a lower-case word with no digit, "$" or
// hyphen that is no number's word, currency, scale word, dollar prefix
// ("hk $") or currency's adjective (mayStartMoney).
func moneyFlags(raw, w string, b byteKind, c wordClass) tokFlag {
	if raw == "" {
		return flagMoneyStart
	}
	// the kinds of the first byte and of the whole, and the classes, OR-ed
	// into a mask per flag: a branch on each test would follow the text
	k0 := byteKinds[raw[0]]
	start := uint32(k0&byteNotLower) | uint32(b&(byteDigit|byteDollar|byteHyphen)) | uint32(c&(clsNumberWord|clsMoneyWord|clsMoneyStart))
	cue := uint32(b&byteDollar) | uint32(k0&(byteDigit|byteHigh)) | uint32(c&clsMoneyWord)
	if k0&byteUpper != 0 && b&byteDigit != 0 {
		// a mark glued to its digits, a capital first: "KSh500", "R5bn"
		if cn := raw[len(raw)-1]; cn >= '0' && cn <= '9' || cn == 'm' || cn == 'n' {
			cue = 1
		}
	}
	if b&byteHyphen != 0 && strings.IndexByte(raw[1:], '-') >= 0 &&
		(strings.Contains(w, "dollar") || strings.Contains(w, "pound") || strings.Contains(w, "euro")) {
		cue = 1 // "ten-dollar"
	}
	return flagIf(start, flagMoneyStart) | flagIf(cue, flagMoneyCue)
}

// flagIf returns f when x is not zero, else 0, with no branch: x | -x has
// its top bit set just when x is not zero.
func flagIf(x uint32, f tokFlag) tokFlag { return tokFlag((x|-x)>>31) * f }

// lowerASCII returns s with its ASCII capitals in lower case, byte for byte.
func lowerASCII(s string) string {
	b := []byte(s)
	for i, c := range b {
		if 'A' <= c && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return string(b)
}

// tokFlag holds a token's answers to the word tests of tokTest: per test,
// a bit that it was asked (tokTest) and a bit with the answer (tokTest <<
// 1), in the low byte; above it, the token's wordClass (newLowMemo), and
// in the top bits the memo's own marks (flagsNotClass).
type tokFlag uint32

// flagOwn marks a token whose lower case the memo keeps apart (in
// texts[1]), not in the lowered text.
const flagOwn tokFlag = 1 << 31

// tokTest is a word test kept per token: its bit of tokFlag.
type tokTest uint8

const (
	testVictimNoun tokTest = 1 << (2 * iota) // lexicon.IsVictimNoun of the lower-cased token
	testSingleNoun                           // singleNoun of the lower-cased token
	testVictimHead                           // victimHead: the token may open a victim phrase by itself
	testNameOrNoun                           // a capitalised word or a single person noun (mayStartVictim)
)

// memo returns test t of token i of s, computed on the first call and
// kept in the article's flags when s reads them.
func (s *numScan) memo(i int, t tokTest) bool {
	if fl := s.low.flags; uint(i-s.lo) < uint(s.hi-s.lo) && uint(i) < uint(len(fl)) && tokTest(fl[i])&t != 0 {
		return tokTest(fl[i])&(t<<1) != 0
	}
	return s.memoRead(i, t)
}

// memoRead is memo for a test not kept yet.
func (s *numScan) memoRead(i int, t tokTest) bool {
	if i < s.lo || i >= s.hi || s.low.flags == nil {
		return s.test(i, t)
	}
	fl := s.low.flags[i]
	v := s.test(i, t)
	fl |= tokFlag(t)
	if v {
		fl |= tokFlag(t << 1)
	}
	s.low.flags[i] = fl
	return v
}

// test computes test t of token i of s.
func (s *numScan) test(i int, t tokTest) bool {
	switch t {
	case testVictimNoun:
		return lexicon.IsVictimNoun(s.w(i))
	case testSingleNoun:
		return singleNoun(s.w(i))
	case testNameOrNoun:
		return isCapWord(s.raw(i)) || s.singleNounAt(i)
	default:
		return victimHead(s, i)
	}
}

// victimNounAt reports lexicon.IsVictimNoun of token i's lower case ("" outside the scan).
func (s *numScan) victimNounAt(i int) bool { return s.memo(i, testVictimNoun) }

// singleNounAt reports singleNoun of token i's lower case ("" outside the scan).
func (s *numScan) singleNounAt(i int) bool { return s.memo(i, testSingleNoun) }

// lower returns raw in lower case (lexicon.Lower); the quote marks of
// tokenized text, two grave accents and two apostrophes, read as the double
// quote mark.
func (l lowMemo) lower(raw string) string {
	if len(raw) == 2 && (raw == "``" || raw == "''") {
		return `"`
	}
	if lexicon.IsLowerASCII(raw) {
		return raw
	}
	if l.m == nil {
		return lexicon.Lower(raw)
	}
	w, ok := l.m.seen[raw]
	if !ok {
		w = lexicon.Lower(raw)
		if l.m.seen == nil {
			l.m.seen = map[string]string{}
		}
		l.m.seen[raw] = w
	}
	return w
}

// segments returns the title (when the header has one) and the body's
// sentences, built once per article.
func (f *Figures) segments() []segment {
	if f.segs == nil {
		f.buf = memoBufs.Get().(*memoBuf)
		f.segs = figureSegments(f.d, f.buf)
	}
	return f.segs
}

// figureSegments returns the title (when the header has one) and the body's
// sentences, the memo of the body's tokens in the arrays of buf.
func figureSegments(d *textdoc.Doc, buf *memoBuf) []segment {
	segs := buf.segs[:0]
	if cap(segs) < len(d.Sents)+1 {
		segs = make([]segment, 0, len(d.Sents)+1)
		buf.segs = segs
	}
	var title []contract.Span
	for _, f := range d.Meta.Fields {
		if f.Key == "title" || f.Key == "headline" {
			if f.Start >= 0 && f.End <= len(d.Text) && f.Start < f.End {
				title = textdoc.Tokenize(d.Text, contract.Span{Start: f.Start, End: f.End}, nil)
			}
			break
		}
	}
	m := &lowWords{}
	if title != nil {
		low := newLowMemo(m, d.Text, d.Lowered(), title)
		segs = append(segs, newSegment(title, 0, len(title), -1, &low))
	}
	buf.low = newLowMemoIn(buf, m, d.Text, d.Lowered(), d.Toks, d.Kinds()) // the article's lower-cased tokens, shared by its segments
	for si, st := range d.Sents {
		segs = append(segs, newSegment(d.Toks, st.TokStart, st.TokEnd, si, &buf.low))
	}
	return segs
}
