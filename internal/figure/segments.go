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
	sent   int      // the sentence index, or -1 for the title
	low    []string // the lower-cased tokens lo..hi-1, filled on demand and kept for the article (w)
}

// w returns the lower-cased text of token i (lo <= i < hi), lower-cased
// once per article whichever extractor asks first.
func (g segment) w(text string, i int) string {
	if w := g.low[i-g.lo]; w != "" {
		return w
	}
	w := lexicon.Lower(text[g.toks[i].Start:g.toks[i].End])
	g.low[i-g.lo] = w
	return w
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
	for _, f := range d.Meta.Fields {
		if f.Key == "title" || f.Key == "headline" {
			if f.Start >= 0 && f.End <= len(d.Text) && f.Start < f.End {
				toks := textdoc.Tokenize(d.Text, contract.Span{Start: f.Start, End: f.End}, nil)
				segs = append(segs, segment{toks: toks, lo: 0, hi: len(toks), sent: -1, low: make([]string, len(toks))})
			}
			break
		}
	}
	low := make([]string, len(d.Toks)) // the body's lower-cased tokens, shared by its segments
	for si, st := range d.Sents {
		segs = append(segs, segment{toks: d.Toks, lo: st.TokStart, hi: st.TokEnd, sent: si, low: low[st.TokStart:st.TokEnd]})
	}
	return segs
}
