package figure

import (
	"cmp"
	"slices"
	"strings"

	"github.com/newsparse/newsparse/internal/contract"
	"github.com/newsparse/newsparse/internal/lexicon"
	"github.com/newsparse/newsparse/internal/textdoc"
)

// sourceOf returns the source a sentence names for its figures: "according
// to X", or X in "X said" / "said X"; the entity when X is one of the article's entities.
// What a sentence offers is read once (sentSourcesOf), so a sentence of many
// figures costs its length once, not once per figure.
func sourceOf(f *Figures, si int, figStart, figEnd int) *contract.Source {
	ss := f.sentSourcesOf(si)
	if ss == nil {
		return nil
	}
	if ss.according != nil {
		return ss.according
	}
	// "The Interior Ministry says 23 Norwegians …", "…, the UN said", "…, said Mr Smith"
	for _, vs := range ss.verbs {
		// the figure must be what the verb reports, not a clause of the writer's
		// ("Assad said reconstruction was a priority in Syria, where 350,000 were killed")
		if ss.clauseBreak(f.d, vs.tok, figStart, figEnd) {
			continue
		}
		return vs.src
	}
	return nil
}

// sentSources is what one sentence offers as a figure's source: the name
// after its first "according to", its reporting verbs that have a name
// beside them, and where its clause breaks stand.
type sentSources struct {
	according *contract.Source
	verbs     []verbSource
	breaks    []contract.Span // the clause-break words ("where", "but", ";"), in order
}

// verbSource is a reporting verb at token tok and the name it reports.
type verbSource struct {
	tok int
	src *contract.Source
}

// sentSourcesOf returns the sources sentence si offers, read on first use;
// nil for a sentence index out of range.
func (f *Figures) sentSourcesOf(si int) *sentSources {
	d := f.d
	if si < 0 || si >= len(d.Sents) {
		return nil
	}
	if ss, ok := f.srcs[si]; ok {
		return ss
	}
	st := d.Sents[si]
	ss := &sentSources{}
	for i := st.TokStart; i < st.TokEnd; i++ {
		switch w := lexicon.Lower(d.Tok(i)); {
		case w == "according" && ss.according == nil && i+2 < st.TokEnd && lexicon.Lower(d.Tok(i+1)) == "to":
			ss.according = nameAt(f, i+2, st.TokEnd)
		case isClauseBreak(w):
			ss.breaks = append(ss.breaks, d.Toks[i])
		}
	}
	for v := st.TokStart; v < st.TokEnd && ss.according == nil; v++ {
		if !lexicon.IsSourceVerb(lexicon.Lower(d.Tok(v))) {
			continue
		}
		src := nameBefore(f, st.TokStart, v)
		if src == nil && v+1 < st.TokEnd {
			if s := nameAt(f, v+1, st.TokEnd); s != nil && !isCommonCapWord(lexicon.Lower(s.Name)) {
				src = s
			}
		}
		if src != nil {
			ss.verbs = append(ss.verbs, verbSource{tok: v, src: src})
		}
	}
	if f.srcs == nil {
		f.srcs = map[int]*sentSources{}
	}
	f.srcs[si] = ss
	return ss
}

// isClauseBreak reports a word that opens a relative clause or a new clause.
func isClauseBreak(w string) bool {
	switch w {
	case "where", "which", "while", "whereas", "but", ";", "although", "though", "when", "as":
		return true
	}
	return false
}

// clauseBreak reports a relative clause or a new clause between the
// reporting verb at token v and the figure at bytes [figStart, figEnd).
func (ss *sentSources) clauseBreak(d *textdoc.Doc, v, figStart, figEnd int) bool {
	lo, hi := d.Toks[v].End, figStart
	if figEnd <= d.Toks[v].Start {
		lo, hi = figEnd, d.Toks[v].Start // "…, police said": the verb follows
	}
	// the first break starting at lo or after ends first: it lies in [lo, hi) when any does
	i, _ := slices.BinarySearchFunc(ss.breaks, lo, func(t contract.Span, lo int) int { return cmp.Compare(t.Start, lo) })
	return i < len(ss.breaks) && ss.breaks[i].End <= hi
}

// nameBefore reads the name ending at token v-1 (the subject of a reporting
// verb at v): an entity mention ending there, or capitalised words.
func nameBefore(f *Figures, lo, v int) *contract.Source {
	d, ents := f.d, f.ents
	if v <= lo {
		return nil
	}
	end := d.Toks[v-1].End
	var src *contract.Source
	f.mentions().near(end-1, end, func(r mentionRef) bool {
		if en := &ents[r.ent]; r.e == end && en.Type != "NORP" {
			src = &contract.Source{Entity: en.ID, Name: en.Name}
		}
		return src == nil
	})
	if src != nil {
		return src
	}
	j := v - 1
	for j >= lo && isCapWord(d.Tok(j)) {
		j--
	}
	if j == v-1 {
		return nil
	}
	start := j + 1
	if w := lexicon.Lower(d.Tok(start)); textdoc.IsSentenceStarter(w) || isCommonCapWord(w) {
		start++ // "The Foreign Office", "He"
	}
	if start >= v {
		return nil
	}
	if start == v-1 && isCommonCapWord(lexicon.Lower(d.Tok(start))) {
		return nil // "Police said"
	}
	return &contract.Source{Name: d.Text[d.Toks[start].Start:end]}
}

// nameAt reads the name that starts at token i (skipping "the"): capitalised
// words joined by "of", "for", "and", "the"; after a possessive ("the United
// Nations' Economic and Social Commission") the name is the part after it.
func nameAt(f *Figures, i, hi int) *contract.Source {
	d, ents := f.d, f.ents
	if i < hi && lexicon.Lower(d.Tok(i)) == "the" {
		i++
	}
	start, end := -1, -1
	for j := i; j < hi; j++ {
		t := d.Tok(j)
		if isCapWord(t) && !strings.ContainsAny(t, "0123456789$\u00a3\u20ac\u00a5\u20b9") { // not "HK$300"
			if start < 0 {
				start = j
			}
			end = j + 1
			continue
		}
		if start >= 0 && (t == "of" || t == "for" || t == "and" || t == "the" || t == "on" || t == "&") && j+1 < hi && (isCapWord(d.Tok(j+1)) || d.Tok(j+1) == "the" && j+2 < hi && isCapWord(d.Tok(j+2))) {
			continue
		}
		if start >= 0 && (t == "'s" || t == "'" || t == "\u2019s" || t == "\u2019") && j+1 < hi && isCapWord(d.Tok(j+1)) {
			start = -1 // the possessor: the name is what follows
			continue
		}
		break
	}
	if start < 0 {
		return nil
	}
	s, e := d.Toks[start].Start, d.Toks[end-1].End
	src := &contract.Source{Name: d.Text[s:e]}
	// the entity with a mention in the name, the one ending last (the head)
	bestEnd := -1
	f.mentions().near(s, e, func(r mentionRef) bool {
		if r.s >= s && r.e <= e && r.e > bestEnd {
			bestEnd = r.e
			src.Entity = ents[r.ent].ID
			if r.s == s && r.e == e {
				src.Name = ents[r.ent].Name
			}
		}
		return true
	})
	return src
}

// isCapWord reports a word starting with a capital letter.
func isCapWord(t string) bool {
	if t == "" {
		return false
	}
	c := t[0]
	if c >= 'A' && c <= 'Z' {
		return len(t) > 1 || c != 'A'
	}
	return false
}

// isCommonCapWord reports capitalised words of headlines and titles that are not names.
func isCommonCapWord(w string) bool {
	switch w {
	case "shooting", "leaves", "leave", "left", "after", "in", "at", "on", "of", "for", "man", "woman", "police", "county",
		"city", "street", "road", "avenue", "sheriff", "department", "office", "news", "says", "said", "report",
		"hospital", "center", "centre", "school", "university", "church", "court", "judge", "officer", "state", "north",
		"south", "east", "west", "new", "updated", "update", "breaking", "local", "home", "teen", "boy", "girl", "child",
		"you", "we", "i", "when", "what", "where", "why", "how", "this", "that", "these", "those", "it", "if", "all", "my",
		"your", "our", "his", "her", "their", "there", "here", "but", "and", "or", "so", "as", "with", "from", "by", "to",
		"no", "not", "is", "was", "are", "were", "be", "has", "have", "had", "do", "does", "did", "will", "would", "can":
		return true
	}
	return false
}
