package textdoc

import "slices"

// Without returns the analysis of d without the paragraphs drop marks:
// their sentences and tokens are gone and the rest renumbered, offsets
// unchanged, part-of-speech tags already computed kept. A reader that must
// not see some lines (a page's furniture between paragraphs) reads it in
// place of d. It returns d itself when drop marks nothing.
func (d *Doc) Without(drop []bool) *Doc {
	some := false
	for _, x := range drop {
		some = some || x
	}
	if !some {
		return d
	}
	n := &Doc{Text: d.Text, Meta: d.Meta, Body: d.Body, AposQuotes: d.AposQuotes, invis: d.invis, low: d.low}
	newPara := make([]int, len(d.Paras))
	for pi, p := range d.Paras {
		newPara[pi] = -1
		if pi < len(drop) && drop[pi] {
			continue
		}
		newPara[pi] = len(n.Paras)
		n.Paras = append(n.Paras, p)
	}
	d.posMu.Lock()
	tags := slices.Clone(d.posc) // Tags may fill d.posc from another goroutine meanwhile
	d.posMu.Unlock()
	var keptTags [][]string
	for si, s := range d.Sents {
		if s.Para < 0 || s.Para >= len(newPara) || newPara[s.Para] < 0 {
			continue
		}
		first := len(n.Toks)
		n.Toks = append(n.Toks, d.Toks[s.TokStart:s.TokEnd]...)
		if len(d.kinds) == len(d.Toks) {
			n.kinds = append(n.kinds, d.kinds[s.TokStart:s.TokEnd]...)
		}
		n.Sents = append(n.Sents, Sentence{Span: s.Span, TokStart: first, TokEnd: len(n.Toks), Para: newPara[s.Para]})
		if tags != nil {
			keptTags = append(keptTags, tags[si])
		}
	}
	n.posc = keptTags
	if n.invis {
		n.vis = visibleWords(n.Text, n.Toks)
	}
	n.sentBlk = sentBlocks(n.Text, n.Sents, nil)
	return n
}
