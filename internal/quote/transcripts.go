package quote

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsparse/newsparse/internal/contract"
	"github.com/newsparse/newsparse/internal/entity"
	"github.com/newsparse/newsparse/internal/textdoc"
)

// Speakers named without a reporting verb: the labels of an interview
// transcript ("WALLACE: …"), whose paragraphs become turns, and a byline
// after a dash ("…" — Jane Doe).

// dashSpeaker returns the name that follows a quotation after a dash at the
// end of its paragraph ("…" — Jane Doe).
func (a *qattributor) dashSpeaker(q qspan) *contract.Speaker {
	p := a.d.Paras[q.para]
	from := q.oe
	if strings.TrimSpace(a.text[q.oe:p.End]) == "" && q.para+1 < len(a.d.Paras) {
		// the byline as a paragraph of its own under the quotation: "- Bernie Sanders."
		p = a.d.Paras[q.para+1]
		if p.End-p.Start > 80 {
			return nil
		}
		from = p.Start
	}
	end := min(p.End, from+120)
	if nl := strings.IndexByte(a.text[from:end], '\n'); nl >= 0 {
		end = from + nl // a line of its own inside the paragraph
	}
	lead := len(a.text[from:end]) - len(strings.TrimLeft(a.text[from:end], " \t\u00a0"))
	rest := strings.TrimSpace(a.text[from+lead : end])
	r, size := utf8.DecodeRuneInString(rest)
	if !(textdoc.IsDash(r) || r == '\u2015' || r == '-') || len(rest) > 80 {
		return nil
	}
	i := a.tokAt(from + lead + size)
	if i >= len(a.d.Toks) || a.d.Toks[i].Start >= end {
		return nil
	}
	si := a.d.SentOf(a.d.Toks[i].Start)
	if si < 0 {
		return nil
	}
	n, _ := a.npAfter0(i, a.d.Sents[si].TokEnd)
	if n.kind != qnName {
		return nil
	}
	return a.speakerOf(n)
}

// transcriptSpeaker returns the name before the colon of a paragraph
// written as an interview transcript ("WALLACE: ...").
func (a *qattributor) transcriptSpeaker(pi int) *contract.Speaker {
	p := a.d.Paras[pi]
	sp, _ := a.labelAt(p.Start, p.End)
	return sp
}

// labelAt reads a transcript label ("WALLACE:", "SEN. KANE:") at offset
// start, returning its speaker and the offset after the colon.
func (a *qattributor) labelAt(start, end int) (*contract.Speaker, int) {
	s := a.text[start:min(end, start+72)]
	c := strings.IndexByte(s, ':')
	if c <= 1 || c > 70 {
		return nil, 0
	}
	label := s[:c]
	name := label
	if k := strings.IndexByte(label, ','); k > 0 {
		name = label[:k] // "CHRIS WALLACE, FOX NEWS SUNDAY HOST"
	}
	name = strings.TrimRight(name, " ")
	letters := 0
	for _, r := range label {
		if unicode.IsUpper(r) {
			letters++
		} else if !(r == ' ' || r == '.' || r == '\'' || r == '-' || r == '\u2019' || r == ',' && len(name) < len(label)) {
			return nil, 0
		}
	}
	if letters < 2 || len(name) < 2 || len(name) > 40 || strings.Count(name, " ") > 3 || labelStop[strings.TrimSpace(name)] || isLinkLabel(name) {
		return nil, 0
	}
	sp := &contract.Speaker{Start: start, End: start + len(name), Text: name, Name: name}
	ei := a.entityAt(sp.Start, sp.End)
	if ei < 0 || a.ents[ei].Type != contract.Person {
		// a label in capitals is often mistyped: "WALLACE" is Chris Wallace,
		// or names a person the article names nowhere else
		ei = a.entityBySurname(name)
	}
	if ei >= 0 {
		sp.Entity, sp.Name = a.ents[ei].ID, a.ents[ei].Name
	} else if full, ok := a.labelNames[labelSurname(name)]; ok {
		sp.Name = full
	} else {
		sp.Name = entity.TitleCase(name)
	}
	return sp, start + c + 1
}

// labelSurname returns the last word of a transcript label, upper-cased.
func labelSurname(label string) string {
	label = strings.TrimSpace(label)
	if i := strings.LastIndexByte(label, ' '); i >= 0 {
		label = label[i+1:]
	}
	return strings.ToUpper(label)
}

// addTurns adds the turns of an interview transcript printed without
// quotation marks, each a paragraph opened by its speaker's label:
//
//	WALLACE: Why would he do that?
//	PENCE: Well, look, this is serious business.
//
// A label counts when the article has two such paragraphs or more and the
// label names a person of the article or opens two turns. The quotations
// paired inside a turn are nested in it and give way to it; a turn whose
// paragraph opens with a quotation mark is left to the pairing.
func (a *qattributor) addTurns() {
	type turn struct {
		p     contract.Span
		pi    int
		label string
		named bool
	}
	var turns []turn
	count := map[string]int{}
	for pi, p := range a.d.Paras {
		if p.Start < 0 || p.End > len(a.text) || p.Start >= p.End {
			continue
		}
		c := textdoc.TrimSpan(a.text, p)
		sp, after := a.labelAt(c.Start, c.End)
		if sp == nil || textdoc.TrimSpan(a.text, contract.Span{Start: after, End: c.End}).Len() == 0 {
			continue
		}
		// "CHRIS WALLACE:" then "WALLACE:" are turns of one speaker
		label := labelSurname(sp.Text)
		ei := a.entityAt(sp.Start, sp.End)
		named := a.entityBySurname(sp.Text) >= 0 || ei >= 0 && a.ents[ei].Type == contract.Person
		turns = append(turns, turn{c, pi, label, named})
		count[label]++
		if strings.IndexByte(strings.TrimSpace(sp.Text), ' ') > 0 && len(sp.Text) > len(a.labelNames[label]) {
			if a.labelNames == nil {
				a.labelNames = map[string]string{}
			}
			a.labelNames[label] = entity.TitleCase(strings.TrimSpace(sp.Text))
		}
	}
	kept := turns[:0]
	for _, t := range turns {
		if t.named || count[t.label] >= 2 {
			kept = append(kept, t)
		}
	}
	if len(kept) < 2 {
		return
	}
	out := make([]qspan, 0, len(a.qs)+len(kept))
	k := 0
	for _, t := range kept {
		for k < len(a.qs) && a.qs[k].os < t.p.Start {
			out = append(out, a.qs[k])
			k++
		}
		if k < len(a.qs) && a.qs[k].para == t.pi && a.qs[k].os == t.p.Start {
			continue // "WALLACE: … in marks of its own: the pairing has it
		}
		for k < len(a.qs) && a.qs[k].os < t.p.End {
			k++ // nested in the turn
		}
		out = append(out, qspan{os: t.p.Start, oe: t.p.End, cs: t.p.Start, ce: t.p.End, para: t.pi, turn: true})
	}
	out = append(out, a.qs[k:]...)
	a.qs = out
}

// labelStop are capitalised labels that introduce no speaker.
var labelStop = map[string]bool{"NOTE": true, "UPDATE": true, "CORRECTION": true, "BREAKING": true, "WATCH": true,
	"VIDEO": true, "PHOTOS": true, "PHOTO": true, "READ": true, "MORE": true, "RELATED": true, "EDITOR'S NOTE": true,
	"EDITOR\u2019S NOTE": true, "UPDATED": true, "ALSO": true, "SEE": true, "LISTEN": true, "CLARIFICATION": true,
	"PREVIOUSLY": true, "WASHINGTON": true, "LONDON": true, "NEW YORK": true}

// entityBySurname returns the person entity whose name ends in the word w,
// compared without case ("WALLACE" → "Chris Wallace"), or -1.
func (a *qattributor) entityBySurname(w string) int {
	w = strings.TrimSpace(w)
	if i := strings.LastIndexByte(w, ' '); i >= 0 {
		w = w[i+1:]
	}
	for i, e := range a.ents {
		if e.Type != contract.Person {
			continue
		}
		n := e.Name
		if k := strings.LastIndexByte(n, ' '); k >= 0 {
			n = n[k+1:]
		}
		if strings.EqualFold(n, w) {
			return i
		}
	}
	return -1
}
