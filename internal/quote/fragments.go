package quote

import (
	"strings"

	"github.com/newsparse/newsparse/internal/textdoc"
)

// Words quoted inside the writer's sentence speak for the subject of the
// verb that governs them, read by the grammar of its clause: a participle
// or infinitive of naming whose own subject "with" brings ("…, with Tandy
// taking to Twitter to call him “a fabulist”"), and a verb of naming
// inside a clause a reporting verb reports, whose reporter speaks ("Holt
// pointed out that Ray refers to it as “…”": Holt).

// callBases are verbs that name their object as the words after it, with
// or without "as", beside namingAs: "call him “…”", "dub it “…”".
var callBases = map[string]bool{"call": true, "dub": true, "term": true, "label": true, "brand": true, "describe": true,
	"refer": true, "deride": true, "hail": true, "characterize": true, "characterise": true}

// participleNamer attributes a fragment after an infinitive or participle
// of naming to the subject "with" gives the participle it hangs on: "…,
// with Tandy taking to Twitter to call the reporter “a fabulist”", "…,
// with Tandy calling the reporter “a fabulist”".
func (a *qattributor) participleNamer(q qspan, si int, st textdoc.Sentence) (qattribution, bool) {
	k := a.callVerbBefore(q, st)
	if k < 0 {
		return qattribution{}, false
	}
	ctl := k
	if !strings.HasSuffix(a.lowTok(k), "ing") {
		ctl = a.controllingParticiple(k, st)
		if ctl < 0 {
			return qattribution{}, false
		}
	}
	n := a.withSubject(ctl, st.TokStart)
	if n.kind != qnName && n.kind != qnRole {
		return qattribution{}, false
	}
	if sp := a.speakerOf(n); sp != nil {
		return qattribution{sp: sp, cue: a.d.Tok(k), inSent: true, passive: true}, true
	}
	return qattribution{}, false
}

// callVerbBefore returns the token of a base form after "to", or a
// participle, of a verb of naming whose object, and "as", stand between it
// and quotation q ("to call Fields “…”", "describing it as “…”"), or -1.
func (a *qattributor) callVerbBefore(q qspan, st textdoc.Sentence) int {
	qa := a.tokAt(q.os)
	for k := qa - 1; k > st.TokStart && k >= qa-6; k-- {
		if a.inQuote(k) || !a.lowerTok(k) {
			if a.inQuote(k) || a.d.Tok(k) == "," {
				return -1
			}
			continue // a name as the object
		}
		w := a.lowTok(k)
		if callBases[w] || namingAs[w] {
			if a.lowTok(k-1) == "to" {
				return k
			}
			return -1
		}
		if strings.HasSuffix(w, "ing") && callBases[ingBase(w)] {
			return k
		}
		if k < qa-1 && a.verbLikeTok(k) && w != "as" {
			return -1
		}
	}
	return -1
}

// ingBase returns the base of a participle among callBases ("calling" →
// "call", "describing" → "describe", "dubbing" → "dub"), or "".
func ingBase(w string) string {
	b := strings.TrimSuffix(w, "ing")
	for _, c := range [...]string{b, b + "e"} {
		if callBases[c] || namingAs[c] {
			return c
		}
	}
	if n := len(b); n >= 2 && b[n-1] == b[n-2] && (callBases[b[:n-1]] || namingAs[b[:n-1]]) {
		return b[:n-1]
	}
	return ""
}

// controllingParticiple returns the participle an infinitive at token k
// ("to" before it) hangs on, a few words back and inside its clause
// ("taking to Twitter to call"), or -1.
func (a *qattributor) controllingParticiple(k int, st textdoc.Sentence) int {
	for j := k - 2; j > st.TokStart && j >= k-6; j-- {
		w := a.lowTok(j)
		if a.inQuote(j) || w == "," || w == ";" {
			return -1
		}
		if strings.HasSuffix(w, "ing") && a.lowerTok(j) && len(w) > 4 {
			return j
		}
	}
	return -1
}

// reporterOver returns the subject of a reporting cue of sentence si
// whose clause, opened by "that" or by the subject itself, holds subject
// n of a verb of naming: "Holt pointed out that Ray refers to it as “…”":
// Holt reports Ray's naming.
func (a *qattributor) reporterOver(n qnp, si int) qnp {
	b := a.tokAt(n.s)
	a.betweenBuf = a.appendCues(a.betweenBuf[:0], si, false)
	for _, c := range a.betweenBuf {
		j := a.pastListener(c, b)
		if j < b && a.lowTok(j) == "that" {
			j++
		}
		for j < b && b-j <= 2 && a.nameWord(j) {
			j++ // a title the subject's reading left out: "that Senator Ray"
		}
		if j != b {
			continue
		}
		if strings.HasSuffix(a.d.Tok(c.tok), "ing") {
			continue
		}
		if r := a.subject(c); (r.kind == qnName || r.kind == qnRole || r.kind == qnPron) && r.e <= a.d.Toks[c.tok].Start {
			return r
		}
	}
	return qnp{}
}

// aimOpener reports whether token k, right after a noun of speech and its
// source, opens what the speech asks or promises, with quotation q's
// first token qa at most a word after: "Ray's call for “…”", "Holt's
// pledge to “…”", "a demand by the union for a “…”".
func (a *qattributor) aimOpener(k, qa int) bool {
	if w := a.lowTok(k); w != "for" && w != "to" {
		return false
	}
	return qa-k <= 2
}

// pastListener returns the token after cue c past the listener a verb of
// telling takes before its clause ("told reporters that", "told the
// committee that"), short of token b; else the token right after c.
func (a *qattributor) pastListener(c qcue, b int) int {
	j := c.tok + c.n
	if !objectVerbs[c.base] {
		return j
	}
	for k := j; k < b && k <= j+3; k++ {
		if a.lowTok(k) == "that" {
			return k
		}
		if a.inQuote(k) || a.d.Tok(k) == "," || a.verbLikeTok(k) {
			break
		}
	}
	return j
}
