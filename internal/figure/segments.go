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
	low    lowMemo // the article's lower-cased words, shared by its segments (w)
}

// w returns the lower-cased text of token i (lo <= i < hi).
func (g segment) w(text string, i int) string {
	return g.low.lower(text[g.toks[i].Start:g.toks[i].End])
}

// lowMemo holds the lower case of the words of one article that have a
// capital or a letter outside ASCII, each distinct word lower-cased once
// whichever extractor asks first; a word in lower-case ASCII is its own lower
// case and is not kept. The memo grows with the article's vocabulary, not
// with its length.
type lowMemo map[string]string

// lower returns w in lower case (lexicon.Lower). A nil memo keeps nothing.
func (m lowMemo) lower(w string) string {
	if lexicon.IsPlainLower(w) {
		return w
	}
	if l, ok := m[w]; ok {
		return l
	}
	l := lexicon.Lower(w)
	if m != nil {
		m[w] = l
	}
	return l
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
	low := lowMemo{} // the article's lower-cased words, shared by its segments
	for _, f := range d.Meta.Fields {
		if f.Key == "title" || f.Key == "headline" {
			if f.Start >= 0 && f.End <= len(d.Text) && f.Start < f.End {
				toks := textdoc.Tokenize(d.Text, contract.Span{Start: f.Start, End: f.End}, nil)
				segs = append(segs, segment{toks: toks, lo: 0, hi: len(toks), sent: -1, low: low})
			}
			break
		}
	}
	for si, st := range d.Sents {
		segs = append(segs, segment{toks: d.Toks, lo: st.TokStart, hi: st.TokEnd, sent: si, low: low})
	}
	return segs
}
