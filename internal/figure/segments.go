package figure

import (
	"strings"
	"sync"

	"github.com/newsparse/newsparse/internal/contract"
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
	sent   int // the sentence index, or -1 for the title
}

// figureSegments returns the title (when the header has one) and the body's sentences.
func figureSegments(d *textdoc.Doc) []segment {
	segs := make([]segment, 0, len(d.Sents)+1)
	for _, f := range d.Meta.Fields {
		if f.Key == "title" || f.Key == "headline" {
			if f.Start >= 0 && f.End <= len(d.Text) && f.Start < f.End {
				toks := titleTokens(d, contract.Span{Start: f.Start, End: f.End})
				segs = append(segs, segment{toks: toks, lo: 0, hi: len(toks), sent: -1})
			}
			break
		}
	}
	for si, st := range d.Sents {
		segs = append(segs, segment{toks: d.Toks, lo: st.TokStart, hi: st.TokEnd, sent: si})
	}
	return segs
}

// lastTitle keeps the title tokens of the analysis the figure extractors
// last read, so that money and casualties tokenise a title once.
var lastTitle struct {
	sync.Mutex
	d    *textdoc.Doc
	span contract.Span
	toks []contract.Span
}

// titleTokens returns the tokens of the title span sp of d.
func titleTokens(d *textdoc.Doc, sp contract.Span) []contract.Span {
	lastTitle.Lock()
	defer lastTitle.Unlock()
	if lastTitle.d == d && lastTitle.span == sp {
		return lastTitle.toks
	}
	toks := textdoc.Tokenize(d.Text, sp, nil)
	lastTitle.d, lastTitle.span, lastTitle.toks = d, sp, toks
	return toks
}

// ForgetTitle drops the title tokens kept for analysis d.
func ForgetTitle(d *textdoc.Doc) {
	lastTitle.Lock()
	if lastTitle.d == d {
		lastTitle.d, lastTitle.toks = nil, nil
	}
	lastTitle.Unlock()
}
