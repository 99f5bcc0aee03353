package entity

import (
	"sort"
	"unicode"
	"unicode/utf8"

	"github.com/newsparse/newsparse/internal/contract"
	"github.com/newsparse/newsparse/internal/lexicon"
	"github.com/newsparse/newsparse/internal/textdoc"
)

// The recogniser's classes.
const (
	cNone byte = iota
	cPER
	cORG
	cLOC
	cMISC
)

// cand is a candidate mention: tokens d.toks[s:e] (global indices) of
// sentence si, or, for a part of a hyphenated token, the bytes [bs, be).
type cand struct {
	s, e   int
	bs, be int
	si     int
	class  byte                // the recogniser's class, cNone for lexicon finds
	typ    contract.EntityType // the contract type, set by typing
	title  string              // the title before a person's name
	appos  string              // the title in an apposition after it
	alias  int                 // byte start of a candidate this one is another name of (apposition), or -1
	canon  string              // canonical name from a lexicon
	drop   bool
	caps   bool   // in a sentence in capitals or a Title Case heading
	forced bool   // type fixed by a lexicon or pattern; voting leaves it alone
	own    bool   // type read from its own context ("Paris said"): it neither votes nor follows the vote
	k      string // the lexicon key of the text, once asked for
}

// ckey returns the lexicon key of a candidate's text, computed once.
func (x *entx) ckey(c *cand) string {
	if c.k == "" {
		if c.e > c.s && c.bs == x.d.Toks[c.s].Start && c.be == x.d.Toks[c.e-1].End {
			c.k = x.key(c.s, c.e) // a one-word name through key1's memo
		} else {
			c.k = lexicon.Key(x.text(c))
		}
	}
	return c.k
}

// Extract recognises, types and clusters the entities of an analysed
// article. The stages, in order:
//
//   - recognise: the statistical tagger (internal/ner) over the whole
//     document gives candidate spans with CoNLL classes;
//   - repair: names end at unbalanced brackets, quotes and commas;
//     possessives, titles and a leading nationality come out of names;
//     abbreviations of things and common words go; "&" joins company names;
//     organisation names take their "of"/"for" complements;
//   - addLexicon and propagate: countries, nationalities, groups and
//     well-known organisations the tagger missed, and later mentions of names
//     it found elsewhere in the article;
//   - apposition: "Name (ACR, also known as ACR2)" links the acronyms;
//   - typeAll and splitHyphens: contract types from the class and the
//     lexicons; places and nationalities inside hyphenated words;
//   - cluster: one entity per referent (surnames, first names, spelling
//     variants, acronyms, short forms, country and city aliases, a party's
//     members by any of its names: "Tories" and "Conservatives"), with its
//     canonical name (a known name's full form for its short form: "Lib
//     Dems" → "Liberal Democrats") and the titles given to a person.
//
// Headlines and tables in capitals are left to the tagger, which is trained
// on them; Title Case headlines keep only names the article or a lexicon knows.
func Extract(d *textdoc.Doc) []contract.Entity {
	if len(d.Sents) == 0 {
		return []contract.Entity{}
	}
	x := &entx{d: d, sc: scratchPool.Get().(*scratch)}
	x.recognise()
	x.repair()
	x.extendBareHeads()
	x.joinParticleNames()
	x.addLexicon()
	x.propagate()
	x.unglue()
	x.apposition()
	x.akas()
	x.typeAll()
	x.joinCompassDemonyms()
	x.placeEvents()
	x.joinAndDistricts()
	x.ofPlaces()
	x.splitHyphens()
	x.clearDateline()
	ents := titlePlaces(d, datelinePlace(d, x.cluster()))
	// not deferred: a panic's half-used scratch (the words of a sentence
	// read in part, say) is dropped, never given to the next article
	x.sc.release(x)
	return ents
}

// entx carries the state of one extraction.
type entx struct {
	d       *textdoc.Doc
	cands   []cand
	caps    []bool            // per sentence: written in capitals
	titled  []bool            // per sentence: a heading in Title Case
	keys1   map[string]string // lexicon keys of the words asked for, each distinct word keyed once (key1)
	alone   map[string]int    // the names candidates hold, not followed by "'s", counted on first use (usedElsewhere)
	sc      *scratch          // the extraction's working memory, given back when it ends
	capital []bool            // per token: its word opens with a capital (capitals), or nil before first asked
}

// capitals returns, per token, whether its word opens with a capital
// (lexicon.IsCapitalized), read once per article for the passes that look
// for names at every token of the article's sentences. A token whose first
// byte as written is ASCII is told by that byte, with no branch on it: the
// invisible characters a word is read without (textdoc's Doc.Tok) lie
// beyond ASCII.
func (x *entx) capitals() []bool {
	if x.capital == nil {
		c := tokenTable(&x.sc.capital, len(x.d.Toks))
		text, toks := x.d.Text, x.d.Toks
		for i := range c {
			if t := toks[i]; t.Start < t.End && text[t.Start] < utf8.RuneSelf {
				c[i] = text[t.Start]-'A' < 26
				continue
			}
			c[i] = lexicon.IsCapitalized(x.word(i))
		}
		x.capital = c
	}
	return x.capital
}

// word returns the text of global token i.
func (x *entx) word(i int) string { return x.d.Tok(i) }

// low returns global token i in lower case (textdoc.Doc.LowTok).
func (x *entx) low(i int) string { return x.d.LowTok(i) }

// key returns the lexicon key of tokens [s, e).
func (x *entx) key(s, e int) string {
	if s >= e {
		return ""
	}
	raw := x.d.Text[x.d.Toks[s].Start:x.d.Toks[e-1].End]
	if e == s+1 && raw == x.d.Tok(s) {
		return x.key1(s) // one word, keyed once per distinct word
	}
	return lexicon.Key(raw)
}

// key1 returns the lexicon key of token i. An ASCII word without periods,
// "&" or spaces is keyed by its lower case (lexicon.Key), which the Doc
// gives without work (textdoc.Doc.LowBytes: plain lower-case bytes there are
// such a word's); any other is keyed once per distinct word, so that the
// memo grows with the article's vocabulary, not with its length.
func (x *entx) key1(i int) string {
	// a plain token (textdoc.KindPlain) is its own key in lower case, with
	// no pass over its bytes
	if low := x.d.LowBytes(i); low != "" && (x.d.Kind(i)&textdoc.KindPlain != 0 || lexicon.IsPlainLower(low)) {
		return low
	}
	w := x.d.Tok(i)
	if k, ok := x.keys1[w]; ok {
		return k
	}
	if x.keys1 == nil {
		x.keys1 = map[string]string{}
	}
	k := lexicon.Key(w)
	x.keys1[w] = k
	return k
}

// raw returns the text of tokens [s, e).
func (x *entx) raw(s, e int) string { return x.d.Text[x.d.Toks[s].Start:x.d.Toks[e-1].End] }

// text returns the text of a candidate.
func (x *entx) text(c *cand) string { return x.d.Text[c.bs:c.be] }

// isPossessive reports a possessive marker token.
func isPossessive(w string) bool {
	return w == "'s" || w == "\u2019s" || w == "'" || w == "\u2019" || w == "'S" || w == "\u2019S"
}

// setTokens resets a candidate's tokens and byte span.
func (x *entx) setTokens(c *cand, s, e int) {
	c.s, c.e, c.k = s, e, ""
	if s >= e {
		c.drop = true
		return
	}
	c.bs, c.be = x.d.Toks[s].Start, x.d.Toks[e-1].End
}

// splitOff cuts candidate k before token i: the tokens after i become a new
// candidate, shaped by tail, which says whether to keep it, and candidate k
// ends at i. It returns candidate k, whose address the append may move.
func (x *entx) splitOff(k, i int, tail func(*cand) bool) *cand {
	c := &x.cands[k]
	if i+1 < c.e {
		nc := *c
		x.setTokens(&nc, i+1, c.e)
		if tail(&nc) {
			x.cands = append(x.cands, nc)
			c = &x.cands[k]
		}
	}
	x.setTokens(c, c.s, i)
	return c
}

// sortCands orders candidates by position and removes dropped and overlapping ones.
func (x *entx) sortCands() {
	sort.Stable(byPosition(x.cands))
	out := x.cands[:0]
	end := -1
	for _, c := range x.cands {
		if c.drop || c.bs < end {
			continue
		}
		out = append(out, c)
		end = c.be
	}
	clear(x.cands[len(out):]) // nothing kept past the length (scratch.release)
	x.cands = out
}

// byPosition orders candidates by start, the longer first; sort.Stable
// on it moves them with no reflection (sort.SliceStable's swapper
// allocates).
type byPosition []cand

func (s byPosition) Len() int      { return len(s) }
func (s byPosition) Swap(i, j int) { s[i], s[j] = s[j], s[i] }
func (s byPosition) Less(i, j int) bool {
	a, b := &s[i], &s[j]
	if a.bs != b.bs {
		return a.bs < b.bs
	}
	return a.be > b.be
}

// covered returns, per token, whether a candidate span covers it: the
// scratch's table, which the next call fills again.
func (x *entx) covered() []bool {
	covered := tokenTable(&x.sc.tokBool, len(x.d.Toks))
	for _, c := range x.cands {
		if c.drop {
			continue
		}
		for i := c.s; i < c.e; i++ {
			covered[i] = true
		}
	}
	return covered
}

// sentenceInitial reports whether token i opens sentence si, after any opening quotes or brackets.
func (x *entx) sentenceInitial(i, si int) bool {
	for j := x.d.Sents[si].TokStart; j < i; j++ {
		r, _ := utf8.DecodeRuneInString(x.word(j))
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return false
		}
	}
	return true
}
