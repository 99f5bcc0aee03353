package figure

import (
	"strings"

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
	sent   int     // the sentence index, or -1 for the title
	low    lowMemo // the article's lower-cased tokens, shared by its segments (w)
}

// w returns the lower-cased text of token i (lo <= i < hi).
func (g segment) w(text string, i int) string {
	return g.low.tok(i, text[g.toks[i].Start:g.toks[i].End])
}

// lowWords holds the lower-cased tokens of one article's segments, each
// token lower-cased once whichever extractor asks first: an index per token
// (4 bytes) points into the article's distinct lower-cased words, so that no
// string is kept per token.
type lowWords struct {
	words []string         // the distinct lower-cased words that have a capital or a letter beyond ASCII
	seen  map[string]int32 // 1 + the index in words, by the word as written
}

// lowMemo is what one list of tokens reads of its article's lowWords: idx
// holds, per token, 0 (not read yet), -1 (its own lower case) or 1 + the
// index of its lower case in words. A nil idx keeps nothing per token (a
// view of tokens of its own); the zero lowMemo keeps nothing at all. flags
// holds, per token, the answers of the word tests the casualty grammar asks
// at every position and the token's word lists (tokFlag), each read once per
// article.
type lowMemo struct {
	m     *lowWords
	idx   []int32
	flags []tokFlag
}

// newLowMemo returns the memo of an article's tokens: toks tokens of the body, title of the title.
func newLowMemo(toks, title int) (body, head lowMemo) {
	m := &lowWords{seen: map[string]int32{}}
	return lowMemo{m, make([]int32, toks), make([]tokFlag, toks)}, lowMemo{m, make([]int32, title), make([]tokFlag, title)}
}

// tokFlag holds a token's answers to the word tests of tokTest: per test,
// a bit that it was asked (tokTest) and a bit with the answer (tokTest <<
// 1), in the low byte; above it, the token's wordClass once classed.
type tokFlag uint32

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

// tok returns raw, the text of token i, in lower case (lexicon.Lower);
// the quote marks of tokenized text, two grave accents and two apostrophes,
// read as the double quote mark.
func (l lowMemo) tok(i int, raw string) string {
	if len(raw) == 2 && (raw == "``" || raw == "''") {
		return `"`
	}
	if l.idx != nil {
		if k := l.idx[i]; k > 0 {
			return l.m.words[k-1]
		} else if k < 0 {
			return raw
		}
	}
	if lexicon.IsLowerASCII(raw) {
		if l.idx != nil {
			l.idx[i] = -1
		}
		return raw
	}
	if l.m == nil {
		return lexicon.Lower(raw)
	}
	k, ok := l.m.seen[raw]
	if !ok {
		l.m.words = append(l.m.words, lexicon.Lower(raw))
		k = int32(len(l.m.words))
		l.m.seen[raw] = k
	}
	if l.idx != nil {
		l.idx[i] = k
	}
	return l.m.words[k-1]
}

// segments returns the title (when the header has one) and the body's
// sentences, built once per article.
func (f *Figures) segments() []segment {
	if f.segs == nil {
		f.segs = figureSegments(f.d)
	}
	return f.segs
}

// figureSegments returns the title (when the header has one) and the body's sentences.
func figureSegments(d *textdoc.Doc) []segment {
	segs := make([]segment, 0, len(d.Sents)+1)
	var title []contract.Span
	for _, f := range d.Meta.Fields {
		if f.Key == "title" || f.Key == "headline" {
			if f.Start >= 0 && f.End <= len(d.Text) && f.Start < f.End {
				title = textdoc.Tokenize(d.Text, contract.Span{Start: f.Start, End: f.End}, nil)
			}
			break
		}
	}
	low, titleLow := newLowMemo(len(d.Toks), len(title)) // the article's lower-cased tokens, shared by its segments
	if title != nil {
		segs = append(segs, segment{toks: title, lo: 0, hi: len(title), sent: -1, low: titleLow})
	}
	for si, st := range d.Sents {
		segs = append(segs, segment{toks: d.Toks, lo: st.TokStart, hi: st.TokEnd, sent: si, low: low})
	}
	return segs
}
