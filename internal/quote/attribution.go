package quote

import (
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/newsparse/newsparse/internal/contract"
	"github.com/newsparse/newsparse/internal/coref"
	"github.com/newsparse/newsparse/internal/lexicon"
	"github.com/newsparse/newsparse/internal/textdoc"
)

// Attribution: each quotation paired in quotes.go is given its speaker from
// the reporting cues, subjects, pronouns and roles around it, in the order
// of evidence described in the package comment (doc.go).
//
// This file holds the attributor, the shared token helpers and word lists,
// the reporting cues and the order of evidence (run, attribute, fallback);
// subjects.go reads a cue's speaker mention, speakers.go resolves it to a
// Speaker, transcripts.go reads transcript labels and dash bylines, and
// keep.go tells quotations from scare quotes, titles and nicknames.

// qnpKind is the kind of noun phrase that names a speaker.
type qnpKind int

const (
	qnNone qnpKind = iota
	qnName         // a proper name: "Hatami", "the White House"
	qnPron         // a personal pronoun: "he", "they"
	qnWho          // a relative pronoun whose antecedent is ante
	qnRole         // a common noun phrase: "the minister", "a spokesman for the ministry"
)

// np is a speaker mention found in the text.
type qnp struct {
	kind qnpKind
	s, e int    // byte span of the mention
	head string // lower-case head word (roles, pronouns)
	ante *qnp   // antecedent of a relative pronoun
}

// qcand is an earlier mention a pronoun or role can resolve to.
type qcand struct {
	s, e   int
	name   string
	ent    string
	titles []string // lower-case title words
	org    bool
}

// qentMention is one mention of an entity, for overlap look-ups.
type qentMention struct {
	s, e int
	idx  int
}

// attribution is what the attributor decided for one quotation.
type qattribution struct {
	sp       *contract.Speaker
	cue      string
	inSent   bool // attributed by a cue in the quotation's own sentence
	explicit bool // attributed by a cue anywhere (not inherited)
	subj     bool // attributed to the subject of the writer's sentence, without a cue
	follows  bool // inherited from an attributed quotation earlier in the same paragraph
	passive  bool // the agent of a passive verb of naming ("described as “…” by X") or a relative clause's namer ("who X called “…”")
	claim    bool // the source of a noun of speech whose clause holds the words ("a claim by X that …")
	owner    bool // the owner of the words that introduce the quotation ("in X's words, “…”", "read out his speech. “…”")
	// perceived: the object of a verb of perception that a participle of
	// speech right before the quotation follows ("heard men shouting “…”")
	perceived bool
	// from is 1 + the index of an earlier quotation whose speaker this one
	// inherits without a cue of its own (the turn goes on), or 0
	from int
	// exchange: the next turn of an exchange of questions and answers
	// between two people (exchangeTurn), which the model leaves alone
	exchange bool
}

type qattributor struct {
	d      *textdoc.Doc
	text   string
	qs     []qspan
	ents   []contract.Entity
	ments  []qentMention // sorted by start
	people []qcand       // sorted by start: person-like mentions outside the attribution
	orgs   []qcand       // sorted by start: organisation entities' mentions
	spk    []qcand       // named speakers found so far, in document order
	gender map[string]byte
	names  map[string]string // surname key -> fullest name (fallback when no entity)
	titled map[string][]string
	built  bool
	cbuf   []qcue
	head   int // 0 unknown, 1 the first paragraph is a headline, 2 it is not
	style  int // 0 unknown, 1 the body quotes in double marks, 2 it does not (keeplines.go)

	personAt   map[int]bool      // tokens that open a person's mention though they are capStop words ("Will Doyle")
	focus      int               // 1 + the index of the article's focus (turns.go); 0 unknown, -1 none
	labelNames map[string]string // transcript labels: surname → the fullest label, title-cased ("WALLACE" → "Chris Wallace")

	bufs     *attrBufs         // the lists below come from attrPool, and go back by release
	tbits    []uint32          // tokBits by token: what each token is, read once; lowTok's word from bit tkLowShift
	tokBlk   []int32           // tokAt's starting token by block of text (tokBlocks)
	lows     map[string]uint32 // lowTok of the words with a capital: the word's number in lowList
	lowList  []string          // the lower case of the words of lows
	subjMemo map[uint64]qnp    // mainSubject by its tokens [lo, hi), from the start of run: the quotations' places no longer change
	// trailMemo is trailingReporter by sentence, from the start of run
	trailMemo map[int]trailAnswer
	// trailBuf and betweenBuf: the cues trailingReporter, and cueBetween or reporterOver, read
	trailBuf, betweenBuf []qcue
	bytePos              map[byte][]int         // the offsets of a few bytes in the text (bytepos.go), each found on first use
	anteMemo             map[anteKey]anteAnswer // antecedent by its question, while gen stands
	gen                  int                    // the generation of the speakers and genders learnt (learnt)
	genNext              int                    // the last generation given out

	spChunk  []contract.Speaker // the array newSpeaker cuts Speakers from (speakers.go)
	cueArena []qcue             // the array rememberCues cuts its lists from (speakerrank.go)

	co      *coref.Resolver // coreference (coref.go), built on first use
	collect *[]RankSet      // training: the speaker candidates are recorded here (speakerrank.go)
	rank                    // the speaker ranking's buffers (speakerrank.go)
	// rankFrom is the holder the ranking's buffers came in from rankPool,
	// which release gives them back in; nil until rankSpeakers runs
	rankFrom *rank
}

func newQAttributor(d *textdoc.Doc, ents []contract.Entity, qs []qspan) *qattributor {
	return newQAttributorWith(d, ents, qs, getAttrBufs())
}

// getAttrBufs returns lists from attrPool, or new ones.
func getAttrBufs() *attrBufs {
	b, _ := attrPool.Get().(*attrBufs)
	if b == nil {
		b = &attrBufs{}
	}
	return b
}

// newQAttributorWith is newQAttributor with the lists of bufs (from
// getAttrBufs), which release gives back.
func newQAttributorWith(d *textdoc.Doc, ents []contract.Entity, qs []qspan, bufs *attrBufs) *qattributor {
	a := &bufs.attr
	*a = qattributor{d: d, text: d.Text, qs: qs, ents: ents, gender: map[string]byte{}}
	a.bufs = bufs
	a.cueArena = bufs.cueArena[:0]
	a.tbits = resized(a.bufs.tbits, len(d.Toks))
	a.tokBlk = tokBlocks(d.Text, d.Toks, a.bufs.tokBlk)
	a.lows, a.lowList = a.bufs.lows, a.bufs.lowList
	a.readMentions()
	for _, e := range ents {
		// "Jerome Powell" is a he, "Elizabeth Warren" a she
		if e.Type == contract.Person && a.gender[e.Name] == 0 {
			if i := strings.IndexByte(e.Name, ' '); i > 0 {
				if g := lexicon.NameGender(lexicon.Key(e.Name[:i])); g != 0 {
					a.gender[e.Name] = g
				}
			}
		}
	}
	a.predicateGenders()
	return a
}

// readMentions lists the entities' mentions by start (ments), and of them
// the people's and the bodies' as candidates (people, orgs). The mentions
// are sorted once and the two lists read from them in order: mentions never
// overlap, so each list comes out as sorting it by start would give it.
func (a *qattributor) readMentions() {
	d, ents := a.d, a.ents
	n, np, no := 0, 0, 0
	var titles [][]string // by entity, lower-case, shared by its mentions; nil while none has titles
	for i, e := range ents {
		n += len(e.Mentions)
		switch e.Type {
		case contract.Person:
			np += len(e.Mentions)
		case contract.Org, contract.GPE, contract.NORP:
			no += len(e.Mentions)
		}
		if len(e.Titles) > 0 && titles == nil {
			titles = make([][]string, len(ents))
		}
		for _, t := range e.Titles {
			titles[i] = append(titles[i], strings.ToLower(t))
		}
	}
	a.ments = slices.Grow(a.bufs.ments[:0], n)
	a.people = slices.Grow(a.bufs.people[:0], np)
	a.orgs = slices.Grow(a.bufs.orgs[:0], no)
	for i, e := range ents {
		for _, m := range e.Mentions {
			if m.Start >= 0 && m.End <= len(d.Text) && m.Start < m.End {
				a.ments = append(a.ments, qentMention{m.Start, m.End, i})
			}
		}
	}
	slices.SortFunc(a.ments, func(x, y qentMention) int { return x.s - y.s })
	for _, m := range a.ments {
		e := ents[m.idx]
		c := qcand{s: m.s, e: m.e, name: e.Name, ent: e.ID}
		if titles != nil {
			c.titles = titles[m.idx]
		}
		switch e.Type {
		case contract.Person:
			a.people = append(a.people, c)
			if k := a.tokAt(m.s); k < len(d.Toks) && d.Toks[k].Start == m.s && k+1 < len(d.Toks) && d.Toks[k+1].Start < m.e && isCapStop(d.Tok(k)) {
				if a.personAt == nil {
					a.personAt = map[int]bool{}
				}
				a.personAt[k] = true
			}
		case contract.Org, contract.GPE, contract.NORP:
			c.org = true
			a.orgs = append(a.orgs, c)
		}
	}
}

// attrBufs are the lists an attribution builds per token and per mention
// (qattributor's qs, tbits, tokBlk, ments, people, orgs, lows and lowList) and
// the memories of run (subjMemo, trailMemo), kept from article to article
// in attrPool: allocated anew they were a third of the bytes an article's
// quotations allocate.
type attrBufs struct {
	qs           []qspan // the quotations paired (Extract's; no pointers in them)
	cueArena     []qcue  // rememberCues's lists
	tbits        []uint32
	tokBlk       []int32
	ments        []qentMention
	people, orgs []qcand
	lows         map[string]uint32 // cleared
	lowList      []string
	subjMemo     map[uint64]qnp      // cleared
	trailMemo    map[int]trailAnswer // cleared
	attr         qattributor         // the attributor itself, zeroed by release
}

var attrPool sync.Pool

// release gives the attribution's lists back to attrPool, the speaker
// ranking's to rankPool and its coreference's to coref's pool, none of
// them holding a string of the article; the attributor is not used after
// it.
func (a *qattributor) release() {
	if a.co != nil {
		a.co.Release()
		a.co = nil
	}
	b := a.bufs
	if b == nil {
		return
	}
	b.qs = a.qs[:0]
	clear(a.cueArena)
	b.cueArena = a.cueArena[:0]
	a.cueArena = nil
	clear(a.people) // their names and titles are the article's text
	clear(a.orgs)
	b.tbits, b.tokBlk, b.ments, b.people, b.orgs = a.tbits, a.tokBlk, a.ments[:0], a.people[:0], a.orgs[:0]
	clear(a.lows)
	b.lows, b.lowList = a.lows, a.lowList[:0]
	if a.subjMemo != nil { // run took the memories (or made them)
		clear(a.subjMemo)
		clear(a.trailMemo)
		b.subjMemo, b.trailMemo = a.subjMemo, a.trailMemo
	}
	if r := a.rankFrom; r != nil {
		a.rank.clearHeld()
		*r = a.rank // the buffers as grown, back in the holder they came in
		rankPool.Put(r)
	}
	*a = qattributor{} // nothing of the article stays (a may be b.attr)
	attrPool.Put(b)
}

// resized returns buf cleared to length n, reusing its room.
func resized[T any](buf []T, n int) []T {
	if cap(buf) < n {
		return make([]T, n)
	}
	buf = buf[:n]
	clear(buf)
	return buf
}

// predicateGenders learns a person's gender from a gendered noun the text
// predicates of a mention (coref.PredicateGender): "Henley is the
// second son she has buried".
func (a *qattributor) predicateGenders() {
	for _, m := range a.ments {
		e := a.ents[m.idx]
		if e.Type != contract.Person || a.gender[e.Name] != 0 || a.quoteAt(m.s) >= 0 {
			continue
		}
		if g := coref.PredicateGender(a.d, m.s, m.e); g != 0 {
			a.gender[e.Name] = g
		}
	}
}

// capStop reports whether token k is a capitalised word that opens no
// name ("The", "Will" as a verb), unless a person's mention starts with it
// ("Will Doyle").
func (a *qattributor) capStop(k int) bool {
	return a.capStopTok(k) && !a.personAt[k]
}

// tokBits flags, per token.
const (
	tkKnown     = 1 << iota // the flags from tkNameWord to tkPlain are read (tokFlags)
	tkNameWord              // lexicon.IsNameWord
	tkLower                 // qIsLower
	tkPlain                 // no capital nor other than ASCII: lexicon.Lower returns it as it is
	tkCapRead               // tkCapStop is read (a map look-up: only on demand)
	tkCapStop               // isCapStop
	tkVerbRead              // tkVerbLike is read
	tkVerbLike              // lexicon.VerbLike of its lower case
	tkObjRead               // tkObjVerb is read
	tkObjVerb               // a lower-case verb of objectVerbs
	tkRepRead               // tkReporting is read
	tkReporting             // lexicon.ReportingBase of the token as written is not empty
	tkQuoteRead             // tkInQuote is read (once the quotations are final: after addTurns)
	tkInQuote               // inQuote
	tkCueRead               // tkCue is read (once the quotations are final)
	tkCue                   // cueAt to the end of the token's sentence finds a cue (sentCueAt)
)

// tokBits returns the flags of token k, reading them on first use: the
// attribution asks the same questions of the same tokens again and again.
func (a *qattributor) tokBits(k int) uint32 {
	if b := a.tbits[k]; b&tkKnown != 0 {
		return b
	}
	return a.tokBitsFirst(k)
}

// tokBitsFirst is tokBits the first time token k is asked (apart, so that
// tokBits inlines where it is asked).
func (a *qattributor) tokBitsFirst(k int) uint32 {
	b := a.tbits[k] | uint32(tokFlags(a.d.Tok(k), a.d.Kind(k))) // markQuoted may have set the flags of inQuote
	a.tbits[k] = b
	return b
}

// tokFlags returns the flags of token t but tkCapStop, with an ASCII
// letter read without a table of Unicode; kind is its textdoc.Kind, which
// tells the classes of a plain word's bytes with no pass over them.
func tokFlags(t string, kind textdoc.Kind) uint16 {
	b := uint16(tkKnown)
	if t == "" || t[0] >= 0x80 {
		if lexicon.IsLowerASCII(t) {
			b |= tkPlain
		}
		if lexicon.IsNameWord(t) {
			b |= tkNameWord
		}
		if qIsLower(t) {
			b |= tkLower
		}
		return b
	}
	c := t[0]
	if 'A' <= c && c <= 'Z' {
		return b | tkNameWord // a capital: not plain
	}
	var cls uint8 // the classes of the bytes after the first, or-ed: no branch per byte
	if kind&textdoc.KindPlain != 0 {
		if kind&textdoc.KindUpper != 0 {
			cls = tbUnplain // a capital, not the first byte
		}
	} else {
		for i := 1; i < len(t); i++ {
			cls |= tokByteClass[t[i]]
		}
	}
	if cls&tbUnplain == 0 {
		b |= tkPlain
	}
	if 'a' <= c && c <= 'z' {
		b |= tkLower
		if cls&tbHyphen != 0 {
			if hyphen := 1 + strings.IndexByte(t[1:], '-'); hyphen <= 3 && hyphen+1 < len(t) && lexicon.IsNameWord(t) {
				b |= tkNameWord // "al-Assad"
			}
		}
	}
	if '0' <= c && c <= '9' && lexicon.IsNameWord(t) {
		b |= tkNameWord // "4Cast"
	}
	return b
}

// tokByteClass classes the bytes of a token for tokFlags: tbUnplain, a
// capital or a byte of other than ASCII; tbHyphen, the hyphen.
var tokByteClass = func() (t [256]uint8) {
	for x := range t {
		if x >= 'A' && x <= 'Z' || x >= 0x80 {
			t[x] = tbUnplain
		}
	}
	t['-'] = tbHyphen
	return t
}()

const (
	tbUnplain = 1 << iota
	tbHyphen
)

// The flags a question sets on its first asking (capStopTok, verbLikeTok,
// objVerbTok, reportingTok, inQuote, sentCueAt): each answers from the
// token's flags inline, and reads the answer apart the first time
// (…First), without a function value to call.

// capStopTok is isCapStop of token k.
func (a *qattributor) capStopTok(k int) bool {
	b := a.tbits[k]
	if b&tkCapRead == 0 {
		b = a.capStopFirst(k)
	}
	return b&tkCapStop != 0
}

// capStopFirst reads capStopTok of token k the first time; it returns the
// token's flags.
func (a *qattributor) capStopFirst(k int) uint32 {
	return a.setFlag(k, tkCapRead, tkCapStop, isCapStop(a.d.Tok(k)))
}

// verbLikeTok is lexicon.VerbLike of the lower case of token k.
func (a *qattributor) verbLikeTok(k int) bool {
	b := a.tbits[k]
	if b&tkVerbRead == 0 {
		b = a.verbLikeFirst(k)
	}
	return b&tkVerbLike != 0
}

// verbLikeFirst reads verbLikeTok of token k the first time; it returns
// the token's flags.
func (a *qattributor) verbLikeFirst(k int) uint32 {
	return a.setFlag(k, tkVerbRead, tkVerbLike, lexicon.VerbLike(a.lowTok(k)))
}

// objVerbTok reports whether token k is a lower-case verb of telling,
// asking or describing (objectVerbs).
func (a *qattributor) objVerbTok(k int) bool {
	b := a.tbits[k]
	if b&tkObjRead == 0 {
		b = a.objVerbFirst(k)
	}
	return b&tkObjVerb != 0
}

// objVerbFirst reads objVerbTok of token k the first time; it returns the
// token's flags.
func (a *qattributor) objVerbFirst(k int) uint32 {
	obj := false
	if a.lowerTok(k) {
		b := a.reportingTok(k)
		obj = b != "" && objectVerbs[b]
	}
	return a.setFlag(k, tkObjRead, tkObjVerb, obj)
}

// reportingTok is lexicon.ReportingBase of token k as written. Whether it
// is one is read once per token: cueAt asks it of most tokens near every
// quotation, and few are verbs of reporting, so only those look the base up.
func (a *qattributor) reportingTok(k int) string {
	if b := a.tbits[k]; b&tkRepRead != 0 && b&tkReporting == 0 {
		return ""
	}
	return a.reportingFirst(k)
}

// reportingFirst is reportingTok of a token not known to be no verb of
// reporting.
func (a *qattributor) reportingFirst(k int) string {
	base := lexicon.ReportingBase(a.d.Tok(k))
	a.setFlag(k, tkRepRead, tkReporting, base != "")
	return base
}

// setFlag records in token k's flags that flag set is read (read) and
// whether it holds (on); it returns the flags.
func (a *qattributor) setFlag(k int, read, set uint32, on bool) uint32 {
	b := a.tokBits(k) | read
	if on {
		b |= set
	}
	a.tbits[k] = b
	return b
}

// nameWord is lexicon.IsNameWord of token k.
func (a *qattributor) nameWord(k int) bool { return a.tokBits(k)&tkNameWord != 0 }

// lowerTok is qIsLower of token k.
func (a *qattributor) lowerTok(k int) bool { return a.tokBits(k)&tkLower != 0 }

// tkLowShift is where a token's flags hold the number of its lower case
// in lowList (from 1; 0 not read yet).
const tkLowShift = 16

// lowTok is lexicon.Lower of token k: a plain word's (textdoc.KindPlain)
// from the text Analyze lowered, any other's with each distinct word
// lower-cased once (lows) and each token's found once (its flags keep the
// word's number).
func (a *qattributor) lowTok(k int) string {
	if a.d.Kind(k)&textdoc.KindPlain != 0 {
		return a.d.LowBytes(k)
	}
	b := a.tbits[k]
	if b&tkPlain != 0 {
		return a.d.Tok(k)
	}
	if i := b >> tkLowShift; i != 0 {
		return a.lowList[i-1]
	}
	return a.lowTokFirst(k)
}

// lowTokFirst is lowTok the first time token k is asked, or its flags are
// not read yet.
func (a *qattributor) lowTokFirst(k int) string {
	if a.tokBits(k)&tkPlain != 0 {
		return a.d.Tok(k)
	}
	w := a.d.Tok(k)
	i, ok := a.lows[w]
	if !ok {
		if a.lows == nil {
			a.lows = map[string]uint32{}
		}
		a.lowList = append(a.lowList, lexicon.Lower(w))
		i = uint32(len(a.lowList))
		a.lows[w] = i
	}
	if i < 1<<(32-tkLowShift) { // past that many words the map alone answers
		a.tbits[k] |= i << tkLowShift
	}
	return a.lowList[i-1]
}

// isCapStop reports whether w, in any case, is a word of qCapStop. It
// lower-cases the word in a buffer: this runs on every capitalised token.
func isCapStop(w string) bool {
	var buf [16]byte
	if len(w) > len(buf) {
		return false // no stop word is that long
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= 0x80 {
			return qCapStop[strings.ToLower(w)]
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	if len(w) > qCapStopLongest {
		return false // refused without reading the map, which is cold on most calls
	}
	return qCapStop[string(buf[:len(w)])]
}

// tokBlockShift sets the width of the blocks of tokBlocks: 32 bytes hold
// five or six tokens of English.
const tokBlockShift = 5

// tokBlocks returns, for each block of 1<<tokBlockShift bytes of text, the
// index of the first token that ends after the block's start, so that
// tokAt starts from there instead of searching all tokens: the attribution
// asks for the token at an offset hundreds of times per quotation.
func tokBlocks(text string, toks []contract.Span, buf []int32) []int32 {
	return textdoc.SpanEndBlocks(len(text), tokBlockShift, toks, buf)
}

// tokAt returns the index of the first token that ends after off. It
// starts from the first token that ends after the start of off's block
// (tokBlocks), the last block for an offset past the text.
func (a *qattributor) tokAt(off int) int {
	toks := a.d.Toks
	k := 0
	if off > 0 {
		k = int(a.tokBlk[min(off>>tokBlockShift, len(a.tokBlk)-1)])
	}
	for k < len(toks) && toks[k].End <= off {
		k++
	}
	return k
}

// quoteAt returns the index of the quotation whose outer span holds off, or -1.
func (a *qattributor) quoteAt(off int) int {
	qs := a.qs
	i, hi := 0, len(qs)
	for i < hi {
		m := int(uint(i+hi) >> 1)
		if qs[m].oe > off {
			hi = m
		} else {
			i = m + 1
		}
	}
	if i < len(qs) && qs[i].os <= off {
		return i
	}
	return -1
}

// inQuote reports whether token i lies inside a quotation (marks
// included), read once per token: the attribution asks it of every token it
// reads. It is asked only once the quotations are final (after addTurns);
// run reads it of every token at its start (markQuoted).
func (a *qattributor) inQuote(i int) bool {
	b := a.tbits[i]
	if b&tkQuoteRead == 0 {
		b = a.inQuoteFirst(i)
	}
	return b&tkInQuote != 0
}

// inQuoteFirst reads inQuote of token i the first time; it returns the
// token's flags.
// markQuoted sets the flags of inQuote of every token, in one pass over
// the tokens and the quotations, which are final (run calls it first): the
// attribution asks it of most tokens near each quotation, and a search per
// token costs more than the pass.
func (a *qattributor) markQuoted() {
	qs, qi := a.qs, 0
	for k, t := range a.d.Toks {
		for qi < len(qs) && qs[qi].oe <= t.Start {
			qi++ // as quoteAt: the first quotation whose outer span ends after the token's start
		}
		b := a.tbits[k]&^tkInQuote | tkQuoteRead
		if qi < len(qs) && qs[qi].os <= t.Start {
			b |= tkInQuote
		}
		a.tbits[k] = b
	}
}

func (a *qattributor) inQuoteFirst(i int) uint32 {
	return a.setFlag(i, tkQuoteRead, tkInQuote, a.quoteAt(a.d.Toks[i].Start) >= 0)
}

func qIsLower(t string) bool {
	r, _ := utf8.DecodeRuneInString(t)
	return unicode.IsLower(r)
}

var qPronouns = map[string]byte{"he": 'm', "she": 'f', "they": 'p', "we": 'p', "i": 's', "you": 's', "it": 'n'}

// qNameConnectors join the words of a proper name ("Secretary of State", "Osama bin Laden").
var qNameConnectors = map[string]bool{"of": true, "de": true, "da": true, "del": true, "della": true, "di": true, "du": true,
	"van": true, "von": true, "der": true, "den": true, "la": true, "le": true, "bin": true, "ibn": true, "al": true,
	"el": true, "&": true, "y": true, "dos": true, "das": true, "ter": true, "st.": true, "for": true}

// qCapStop are capitalised words that begin sentences or phrases but never names.
// qCapStopLongest is the length of qCapStop's longest word.
var qCapStopLongest = func() int {
	n := 0
	for w := range qCapStop {
		n = max(n, len(w))
	}
	return n
}()

var qCapStop = map[string]bool{"the": true, "a": true, "an": true, "but": true, "and": true, "or": true, "in": true, "on": true,
	"at": true, "for": true, "so": true, "yet": true, "then": true, "when": true, "while": true, "after": true, "before": true,
	"also": true, "meanwhile": true, "however": true, "still": true, "now": true, "this": true, "that": true, "these": true,
	"those": true, "his": true, "her": true, "their": true, "its": true, "our": true, "my": true, "it": true, "he": true,
	"she": true, "they": true, "we": true, "i": true, "you": true, "as": true, "if": true, "though": true, "although": true,
	"because": true, "since": true, "last": true, "earlier": true, "later": true, "speaking": true, "asked": true,
	"former": true, "late": true, "by": true, "with": true, "from": true, "to": true, "of": true, "said": true, "says": true,
	"according": true, "monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true,
	"saturday": true, "sunday": true, "today": true, "yesterday": true, "tonight": true, "there": true, "here": true,
	"what": true, "who": true, "why": true, "how": true, "where": true, "one": true, "two": true, "some": true, "many": true,
	"all": true, "both": true, "each": true, "every": true, "no": true, "not": true, "is": true, "was": true, "will": true,
	"would": true, "hours": true, "days": true, "minutes": true, "weeks": true, "months": true, "years": true,
	"moments": true, "more": true, "most": true, "less": true, "few": true, "several": true, "such": true,
	"another": true, "any": true, "much": true, "other": true, "january": true, "february": true, "march": true, "april": true, "june": true, "july": true,
	"august": true, "september": true, "october": true, "november": true, "december": true,
	// prepositions that open a sentence's adverbial: "Amid calls to resign, …"
	"amid": true, "amidst": true, "despite": true, "among": true, "amongst": true, "throughout": true, "unlike": true,
	"besides": true, "following": true, "during": true, "upon": true, "within": true, "toward": true, "towards": true,
	"regarding": true, "including": true, "whereas": true, "unless": true, "whether": true, "until": true}

// qNounPreceders mark the next word as a noun, not a verb ("in comments", "the report").
var qNounPreceders = map[string]bool{"the": true, "a": true, "an": true, "in": true, "his": true, "her": true, "their": true,
	"its": true, "of": true, "our": true, "my": true, "your": true, "these": true, "those": true, "this": true,
	"'s": true, "\u2019s": true, "such": true, "no": true, "any": true, "whose": true, "for": true, "with": true}

// cueAt reports whether token i is a reporting cue, returning its length in
// tokens and its base form ("according to" for the phrase).
func (a *qattributor) cueAt(i, hi int) (int, string) {
	t := a.d.Tok(i)
	if t == "According" {
		t = "according"
	} else if a.nameWord(i) && (i == 0 || a.opensSentence(i)) {
		switch t {
		case "Said", "Says", "Added", "Asked", "Wrote", "Tweeted", "Replied", "Continued", "Explained", "Recalled",
			"Adding", "Saying", "Asking", "Writing", "Noting", "Explaining":
			t = strings.ToLower(t) // "Said Ellis: …"
		default:
			t = a.invertedCue(i, hi, t) // hook: "Stated Stone:", "Warned the minister:" (inverted.go)
		}
	}
	if (t == "put" || t == "puts") && i+1 < hi && a.d.Tok(i+1) == "it" {
		return 2, "put it"
	}
	if (t == "went" || t == "goes" || t == "go") && i+1 < hi && a.d.Tok(i+1) == "on" && (i+2 >= hi || !a.lowerTok(i+2) || a.d.Tok(i+2) == "to") {
		return 2, "go on" // "…," Trump went on.
	}
	if (t == "point" || t == "points" || t == "pointed" || t == "pointing") && i+1 < hi && a.d.Tok(i+1) == "out" {
		return 2, "point out" // "Maddow pointed out that …"
	}
	asWritten := t == a.d.Tok(i)
	if asWritten && !a.lowerTok(i) || !asWritten && !qIsLower(t) {
		return 0, ""
	}
	if t == "according" {
		if i+1 < hi && a.d.Tok(i+1) == "to" {
			return 2, "according to"
		}
		return 0, ""
	}
	var base string
	if asWritten {
		base = a.reportingTok(i)
	} else {
		base = lexicon.ReportingBase(t)
	}
	if base == "" {
		return 0, ""
	}
	if (t == base || t[len(t)-1] == 's') && !strings.HasSuffix(t, "ed") && !presentCues[base] {
		// "the mental state", "his claims": more often nouns, unless a name
		// stands before and the clause ends after ("…," Conway notes.)
		ok := false
		if i > 0 && i+1 < hi {
			p, n := a.d.Tok(i-1), a.d.Tok(i+1)
			lp := a.lowTok(i - 1)
			if (lexicon.IsNameWord(p) && !qCapStop[lp] && !a.modifierName(i-1) || lp == "he" || lp == "she" || lp == "it" ||
				qIsLower(p) && i > 1 && lexicon.IsDeterminer(a.lowTok(i-2)) && pluralAgrees(t, base, lp) && (n == "that" || qIsQuoteRune(firstRune(n)) || a.afterQuotation(i-2))) &&
				(n == "." || n == "," || n == ":" || n == "that" || qIsQuoteRune(firstRune(n))) {
				ok = true
			}
		}
		if !ok {
			return 0, ""
		}
	}
	if i > 0 && (qNounPreceders[a.lowTok(i-1)] || a.d.Tok(i-1) == "than") {
		return 0, "" // "in comments", "rather than respond"
	}
	if t != base && !strings.HasSuffix(t, "ing") && !strings.HasSuffix(t, "s") {
		// a passive ("it was agreed", "he was told") reports no speaker as its subject
		k := i - 1
		for k >= 0 && k > i-3 && lexicon.IsCueSkip(a.d.Tok(k)) && !lexicon.IsBeVerb(a.d.Tok(k)) {
			k--
		}
		if k >= 0 && lexicon.IsBeVerb(a.d.Tok(k)) {
			if nx := a.lowTok(min(i+2, hi-1)); i+2 < hi && a.d.Tok(i+1) == "by" &&
				(a.nameWord(i+2) || lexicon.IsDeterminer(nx) || lexicon.IsSpeakerNoun(nx) || lexicon.IsTitle(nx)) {
				return 2, base + " by" // "Rubio was asked by moderator Gerard Baker"
			}
			return 0, ""
		}
	}
	if base == "put" {
		return 0, ""
	}
	if i+1 < hi {
		n := a.d.Tok(i + 1)
		switch base {
		case "charge", "report", "post", "text", "shoot", "read":
			if n == "for" || n == "on" || n == "with" || n == "off" || n == "up" || n == "out" {
				if !(base == "shoot" && n == "back") {
					return 0, ""
				}
			}
		}
		if base == "shoot" && n != "back" || base == "continue" && n == "to" {
			return 0, ""
		}
	}
	return 1, base
}

// sentCueAt is cueAt of token i of sentence st, to the sentence's end.
// Whether token i is a cue is remembered in its flags (tkCueRead, tkCue):
// the cues of neighbouring quotations, sentences and mentions are sought
// among the same tokens, most no cue, and only a cue is read again.
func (a *qattributor) sentCueAt(i int, st textdoc.Sentence) (int, string) {
	if i < st.TokStart || i >= st.TokEnd {
		return a.cueAt(i, st.TokEnd)
	}
	if b := a.tbits[i]; b&tkCueRead != 0 && b&tkCue == 0 {
		return 0, ""
	}
	n, base := a.cueAt(i, st.TokEnd)
	a.setFlag(i, tkCueRead, tkCue, n > 0)
	return n, base
}

// opensSentence reports whether token i is the first of its sentence.
func (a *qattributor) opensSentence(i int) bool {
	si := a.d.SentOf(a.d.Toks[i].Start)
	return si >= 0 && a.d.Sents[si].TokStart == i
}

// afterQuotation reports whether token k directly follows a quotation, past
// its comma: the clause `“…,” the lawsuit states.` reports it.
func (a *qattributor) afterQuotation(k int) bool {
	if k > 0 && a.d.Tok(k-1) == "," {
		k--
	}
	return k > 0 && a.inQuote(k-1)
}

// presentCues are reporting verbs whose present forms are seldom nouns ("they say", "she tells").
var presentCues = map[string]bool{"say": true, "tell": true, "add": true, "write": true, "ask": true, "insist": true,
	"warn": true, "explain": true, "argue": true, "admit": true, "read": true, "declare": true, "predict": true,
	"suggest": true, "acknowledge": true, "recall": true, "concede": true, "contend": true, "maintain": true,
	"complain": true, "reply": true, "respond": true, "wonder": true, "continue": true, "conclude": true,
	"assert": true, "observe": true, "recount": true, "urge": true, "allege": true, "announce": true, "caution": true,
	"describe": true, "accuse": true, "call": true, "agree": true, "boast": true, "muse": true, "quip": true, "testify": true, "joke": true}

// qcue is one reporting cue found in a sentence.
type qcue struct {
	tok, n int
	base   string
	si     int
}

// findCues returns the reporting cues of quotation q's own sentences,
// best first: a cue right after a quotation that ends with its own
// punctuation ("…," she said; "…?" asked Hatami), then cues before the
// quotation, nearest first, then other cues after it. The sentence after
// the quotation counts when the quotation ends its sentence ("…?" Clinton said.).
func (a *qattributor) findCues(q qspan, buf []qcue) []qcue {
	buf = buf[:0]
	sa := a.d.SentOf(q.os)
	sb := a.d.SentOf(max(q.oe-1, q.os))
	if sb < 0 {
		sb = a.d.SentOf(max(q.ce-1, q.os)) // a quotation closed by the next one's opening mark
	}
	if sa < 0 || sb < 0 {
		return buf
	}
	qa := a.tokAt(q.os)
	qb := a.tokAt(max(q.oe-1, q.os))
	// does the quotation end with its own punctuation, ready for an attribution after it?
	ownPunct := false
	if r, _ := utf8.DecodeLastRuneInString(a.text[q.cs:q.ce]); r == ',' || r == '?' || r == '!' || r == '\u2026' || r == '\u2014' || r == '-' {
		ownPunct = true
	}
	if qb+1 < len(a.d.Toks) {
		if t := a.d.Tok(qb + 1); t == "," || t == "\u2014" || t == "--" {
			ownPunct = true
		}
	}
	// a quotation that ends its own sentence ("…." or "…?") before the
	// writer's next one, which the sentence it ends may hold still
	fullStop := false
	if r, _ := utf8.DecodeLastRuneInString(strings.TrimRight(a.text[q.cs:q.ce], " \u00a0")); r == '.' || r == '?' || r == '!' {
		fullStop = true
	}
	last := sb
	if sb+1 < len(a.d.Sents) && a.d.Sents[sb+1].Para == a.d.Sents[sb].Para && a.d.Sents[sb].TokEnd-1 <= qb+1 &&
		(a.d.Sents[sb+1].TokEnd-a.d.Sents[sb+1].TokStart <= 12 || a.cueOpens(sb+1)) && a.quoteAt(a.d.Sents[sb+1].Start) < 0 && ownPunct {
		// "…?" Clinton said. "…?" Clinton asked, turning to the panel of …
		last = sb + 1
	}
	type ranked struct {
		c          qcue
		class, dst int
	}
	var rk [16]ranked
	n := 0
	reported := false // a cue after the quotation reports its own clause
	for si := sa; si <= last; si++ {
		s := a.d.Sents[si]
		end := s.TokEnd
		if si > sb && end > s.TokStart+10 {
			end = s.TokStart + 10
		}
		// attributions stand near their quotation: a window keeps long
		// sentences with many quotations linear
		start := max(s.TokStart, qa-cueWindow)
		end = min(end, qb+cueWindow+1)
		for i := start; i < end; i++ {
			if a.inQuote(i) { // read once per token, not searched for again
				// skip to the end of that quotation
				qi := a.quoteAt(a.d.Toks[i].Start)
				for i+1 < end && a.d.Toks[i+1].Start < a.qs[qi].oe {
					i++
				}
				continue
			}
			cl, base := a.sentCueAt(i, s)
			if cl == 0 {
				continue
			}
			r := ranked{c: qcue{tok: i, n: cl, base: base, si: si}}
			switch {
			case i < qa:
				r.class, r.dst = 1, qa-i
			case ownPunct && i-qb <= 12 && !a.boundaryBetween(qb+1, i) && !a.introduces(i+cl, end) && !a.thatContent(qa, s.TokStart):
				r.class, r.dst = 0, i-qb
			case fullStop && (reported || a.ownClause(i+cl, s.TokEnd)):
				// "“….” Vale insisted he is fit": it reports its own
				// clause, and any cue after it is inside that clause
				reported = true
				continue
			default:
				r.class, r.dst = 2, i-qb
			}
			if n < len(rk) {
				rk[n] = r
				n++
			}
		}
	}
	// insertion sort by class, then distance
	for x := 1; x < n; x++ {
		for y := x; y > 0 && (rk[y].class < rk[y-1].class || rk[y].class == rk[y-1].class && rk[y].dst < rk[y-1].dst); y-- {
			rk[y], rk[y-1] = rk[y-1], rk[y]
		}
	}
	for x := 0; x < n; x++ {
		buf = append(buf, rk[x].c)
	}
	return buf
}

// cueOpens reports whether sentence si opens with a reporting clause: a
// cue among its first cueOpenWords tokens, after a name or pronoun that
// opens the sentence or before one ("Clinton remarked, alluding to …",
// "said Ann Ruiz, who …"), so that however long the sentence it reports
// the quotation that ends right before it.
func (a *qattributor) cueOpens(si int) bool {
	st := a.d.Sents[si]
	for k := st.TokStart; k < st.TokEnd && k < st.TokStart+cueOpenWords; k++ {
		if a.inQuote(k) {
			return false
		}
		if n, _ := a.sentCueAt(k, st); n > 0 {
			if k == st.TokStart {
				return k+n < st.TokEnd && (a.nameWord(k+n) || lexicon.IsDeterminer(a.lowTok(k+n)))
			}
			w := a.lowTok(st.TokStart)
			return a.nameWord(st.TokStart) && !qCapStop[w] || qPronouns[w] != 0
		}
		if k > st.TokStart && !a.nameWord(k) && !lexicon.IsTitle(a.lowTok(k)) {
			return false // words between the subject and the verb: not a reporting clause
		}
	}
	return false
}

// cueOpenWords is how far into a sentence cueOpens looks for the cue.
const cueOpenWords = 4

// thatContent reports whether the quotation opening at token qa is the
// content of a verb of saying before it, after "that": "even as Trump
// claimed that “…,” one of the prosecutors said the cases differ" (the
// comma closes the clause the quotation ends, not words the cue after
// reports).
func (a *qattributor) thatContent(qa, lo int) bool {
	if qa-1 <= lo || a.lowTok(qa-1) != "that" {
		return false
	}
	for k := qa - 2; k >= lo && k >= qa-6; k-- {
		if a.inQuote(k) {
			return false
		}
		if cl, _ := a.cueAt(k, qa); cl > 0 {
			return true
		}
	}
	return false
}

// modifierName reports whether the capitalised word at token k qualifies a
// noun after it rather than naming a subject: an adjective of nationality
// or party ("a heavily Democratic state", "the American state"), or a word
// a determiner or an adverb stands before ("a Tory claims office").
func (a *qattributor) modifierName(k int) bool {
	w := a.d.Tok(k)
	if _, demonym := lexicon.Demonym(lexicon.Key(w)); demonym && !strings.HasSuffix(w, "s") || partyAdjectives[lexicon.Lower(w)] {
		return true
	}
	if k == 0 {
		return false
	}
	p := a.lowTok(k - 1)
	return lexicon.IsDeterminer(p) && p != "the" || len(p) > 4 && strings.HasSuffix(p, "ly") && a.lowerTok(k-1)
}

// introduces reports whether a colon and a quotation follow a cue ending
// before token k: the cue introduces the next quotation ("…," Trump said:
// "…"), and a cue before the first one speaks for it first.
func (a *qattributor) introduces(k, end int) bool {
	for j := k; j < end && j < k+5; j++ {
		if a.d.Tok(j) == ":" {
			return j+1 < len(a.d.Toks) && a.inQuote(j+1)
		}
		if a.inQuote(j) || a.d.Tok(j) == "," || a.d.Tok(j) == "." {
			return false
		}
	}
	return false
}

// firstRune returns the first rune of s.
func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}

// boundaryBetween reports whether a clause boundary or conjunction stands
// between tokens i and j ("…," while 73 percent said).
func (a *qattributor) boundaryBetween(i, j int) bool {
	for k := i; k < j; k++ {
		w := a.lowTok(k)
		if clauseBoundaries[w] || w == "and" || w == "but" || w == "as" || w == "which" || w == "who" {
			return true
		}
	}
	return false
}

// cueWindow is how many tokens around a quotation, or at the end of a
// sentence, the search for cues and subjects reads.
const cueWindow = 60

// cuesIn returns the cues of sentence si outside quotations: those in its
// last cueWindow tokens when last is set, else in its first.
func (a *qattributor) cuesIn(si int, last bool) []qcue {
	return a.appendCues(nil, si, last)
}

// appendCues is cuesIn appending to out, whose room it reuses.
func (a *qattributor) appendCues(out []qcue, si int, last bool) []qcue {
	s := a.d.Sents[si]
	from, to := s.TokStart, s.TokEnd
	if last {
		from = max(from, to-cueWindow)
	} else {
		to = min(to, from+cueWindow)
	}
	for i := from; i < to; i++ {
		if a.inQuote(i) {
			continue
		}
		if n, base := a.sentCueAt(i, s); n > 0 {
			out = append(out, qcue{tok: i, n: n, base: base, si: si})
		}
	}
	return out
}

// attribute finds the cue and speaker of a quotation within its own
// sentences.
func (a *qattributor) attribute(q qspan) (qattribution, bool) {
	a.cbuf = a.findCues(q, a.cbuf)
	a.rememberCues(q, a.cbuf) // hook: the speaker choice reads them again (speakerrank.go)
	if at, ok := a.wordsOwner(q); ok {
		return at, true
	}
	if at, ok := a.namingClause(q); ok {
		return at, true
	}
	if len(a.cbuf) == 0 {
		return qattribution{}, false
	}
	for _, c := range a.cbuf {
		n := a.subject(c)
		if sp := a.speakerOf(n); sp != nil {
			return qattribution{sp: sp, cue: a.cueText(c), inSent: true, explicit: true, perceived: a.perceivedCue(q, c, n)}, true
		}
	}
	c := a.cbuf[0]
	return qattribution{cue: a.cueText(c), inSent: true}, true
}

// perceivedCue reports whether cue c is a participle of speech right
// before quotation q whose subject n is the object of a verb of perception
// before it ("heard several men shouting “…”", "saw him screaming, “…”"):
// the grammar names who speaks.
func (a *qattributor) perceivedCue(q qspan, c qcue, n qnp) bool {
	if !strings.HasSuffix(a.d.Tok(c.tok), "ing") || !a.punctOnly(c.tok+c.n, a.tokAt(q.os)) {
		return false
	}
	p := a.perceivedSubject(c.tok, a.d.Sents[c.si].TokStart)
	return p.kind != qnNone && p.s == n.s && p.e == n.e
}

// cueText returns the cue as written.
func (a *qattributor) cueText(c qcue) string {
	return a.text[a.d.Toks[c.tok].Start:a.d.Toks[c.tok+c.n-1].End]
}

// fromSentence attributes through the first cue with a speaker in sentence
// si, reading from its end when last is set.
func (a *qattributor) fromSentence(si int, last bool) (qattribution, bool) {
	cs := a.cuesIn(si, last)
	if last {
		cs = a.mainCueFirst(si, cs)
	}
	for _, c := range cs {
		if !last && a.introduces(c.tok+c.n, a.d.Sents[si].TokEnd) {
			continue // "X said: “…”" speaks the quotation after its colon
		}
		if sp := a.speakerOf(a.subject(c)); sp != nil {
			return qattribution{sp: sp, cue: a.cueText(c), explicit: true}, true
		}
	}
	return qattribution{}, false
}

// mainCueFirst orders the cues cs of sentence si, in the order of the text,
// for reading from the sentence's end: the last first, unless it stands
// inside what the sentence's main reporting clause reports, which then
// comes first ("Ruiz said instead of the reform the party had promised,
// costs rose": Ruiz, not the party). The main clause is a cue whose
// subject is the sentence's subject, before the others; a cue that ends
// the sentence ("…, the party said.") is the main clause itself.
func (a *qattributor) mainCueFirst(si int, cs []qcue) []qcue {
	for i, j := 0, len(cs)-1; i < j; i, j = i+1, j-1 {
		cs[i], cs[j] = cs[j], cs[i]
	}
	if len(cs) < 2 {
		return cs
	}
	if n, ok := a.trailingReporter(si); ok && n.kind != qnNone {
		return cs // "…, he said.": the last cue is the main one
	}
	st := a.d.Sents[si]
	for x := len(cs) - 1; x > 0; x-- { // from the first in the text
		c := cs[x]
		if strings.HasSuffix(a.d.Tok(c.tok), "ing") || c.base == "according to" {
			continue
		}
		n := a.subject(c)
		if n.kind != qnName && n.kind != qnRole && n.kind != qnPron {
			continue
		}
		if ms := a.mainSubject(st.TokStart, c.tok+c.n); ms.kind == qnNone || ms.s != n.s {
			continue
		}
		if e := c.tok + c.n; e >= st.TokEnd || !a.opensReport(e, e+1) && !a.lowerTok(e) && !a.nameWord(e) {
			continue // "X said:" or "X said." reports nothing after it in the sentence
		}
		if a.coordinatedAfter(c.tok+c.n, cs[0].tok) {
			return cs // "X said A, while Y said B": the last speaker is no part of X's report
		}
		copy(cs[1:x+1], cs[:x])
		cs[0] = c
		return cs
	}
	return cs
}

// coordinatedAfter reports whether a clause of its own opens between
// tokens i and j: a semicolon, or a comma before "and", "but", "while" or
// "whereas".
func (a *qattributor) coordinatedAfter(i, j int) bool {
	for k := i; k < j; k++ {
		switch a.d.Tok(k) {
		case ";":
			return true
		case ",":
			if w := a.lowTok(k + 1); w == "and" || w == "but" || w == "while" || w == "whereas" {
				return true
			}
		}
	}
	return false
}

// run attributes every quotation and builds the output.
func (a *qattributor) run() []contract.Quote {
	out := make([]contract.Quote, 0, len(a.qs))
	attrs := make([]qattribution, len(a.qs))
	a.subjMemo, a.trailMemo = a.bufs.subjMemo, a.bufs.trailMemo // cleared by release
	if a.subjMemo == nil {
		a.subjMemo = map[uint64]qnp{}
	}
	if a.trailMemo == nil {
		a.trailMemo = map[int]trailAnswer{}
	}
	a.markQuoted()
	for qi, q := range a.qs {
		// a transcript quoted whole: "WALLACE: Let's start with …"
		if sp, after := a.labelAt(q.cs, q.ce); sp != nil {
			if c := textdoc.TrimSpan(a.text, contract.Span{Start: after, End: q.ce}); c.Len() > 0 {
				a.qs[qi].cs = c.Start
				attrs[qi] = qattribution{sp: sp, cue: ":", inSent: true}
				continue
			}
		}
		at, ok := a.attribute(q)
		if !ok {
			at = a.fallback(qi, attrs, false)
		} else if at.sp == nil {
			// a cue without a speaker we can read: only the evidence of the sentence itself
			if fb := a.fallback(qi, attrs, true); fb.sp != nil {
				at = fb
			}
		}
		attrs[qi] = at
	}
	// the first paragraphs of a quotation carried over several take the
	// speaker named at its end
	for qi := len(a.qs) - 2; qi >= 0; qi-- {
		if attrs[qi].sp == nil && a.qs[qi].unclosed && a.qs[qi+1].cont && attrs[qi+1].sp != nil {
			attrs[qi] = attrs[qi+1]
			attrs[qi].inSent, attrs[qi].follows = false, true
		}
	}
	a.rankSpeakers(attrs) // hook: the learned speaker choice (speakerrank.go)
	for qi := range a.qs {
		a.statementOfPrevious(qi, attrs, &attrs[qi])
	}
	for qi, q := range a.qs {
		at := attrs[qi]
		if !a.keep(q, at) {
			continue
		}
		if at.sp == nil && a.assigned != nil {
			at.sp = a.assigned[qi] // hook: the learned speaker choice (speakerrank.go)
		}
		if a.mute != nil && a.mute[qi] {
			at.sp = nil // what cannot speak does not (canspeak.go)
		}
		if a.cueMention != nil && a.cueMention[qi] != nil && sameSpeaker(at.sp, a.cueMention[qi]) {
			at.sp = a.cueMention[qi]
		}
		out = append(out, contract.Quote{
			Start:   q.cs,
			End:     q.ce,
			Text:    a.text[q.cs:q.ce],
			Partial: a.partial(q),
			Speaker: at.sp,
			Cue:     at.cue,
		})
	}
	return out
}

// statementOfPrevious gives a speaker that is an unresolved document ("The
// statement added: …", "the letter said"; issuedNouns) the speaker of the quotation
// just before it, a person or body, within two sentences: the document is
// what that speaker issued.
func (a *qattributor) statementOfPrevious(qi int, attrs []qattribution, at *qattribution) {
	sp := at.sp
	if qi == 0 || sp == nil || sp.Entity != "" || sp.Name != sp.Text || !issuedNouns[lastWord(lexicon.Lower(sp.Text))] {
		return
	}
	if w := lexicon.Lower(sp.Text); !strings.HasPrefix(w, "the ") && !strings.HasPrefix(w, "this ") {
		return
	}
	prev := attrs[qi-1].sp
	if prev == nil || prev.Entity == "" {
		return
	}
	s0, s1 := a.d.SentOf(a.qs[qi-1].ce-1), a.d.SentOf(sp.Start)
	if s0 < 0 || s1 < 0 || s1-s0 > 2 || a.d.Sents[s1].Para-a.d.Sents[s0].Para > 1 {
		return
	}
	c := *sp
	c.Entity, c.Name = prev.Entity, prev.Name
	at.sp = &c
}

// issuedNouns are documents a speaker issues in their own name, unlike a
// book, a paper, a study or a report, often written by others about them.
var issuedNouns = map[string]bool{"statement": true, "letter": true, "memo": true, "release": true, "filing": true,
	"email": true, "e-mail": true, "notice": true, "minutes": true, "motion": true}

// fallback attributes a quotation with no cue in its own sentence: the
// previous quotation of its paragraph, a transcript name, a cue elsewhere in
// the paragraph, a colon introduction or a continuation of the paragraph before.
func (a *qattributor) fallback(qi int, attrs []qattribution, hasCue bool) qattribution {
	q := a.qs[qi]
	none := qattribution{}
	if at, ok := a.writerSubject(q); ok {
		return at
	}
	if at, ok := a.colonIntro(q); ok {
		return at
	}
	// a byline after a dash: "…" ― Adriana Rodarte
	if q.oe < len(a.text) {
		if sp := a.dashSpeaker(q); sp != nil {
			return qattribution{sp: sp, cue: "\u2015", inSent: true}
		}
	}
	if hasCue {
		return none
	}
	// the previous quotation in the same paragraph, past the fragments a
	// naming clause gave their own source ("… at Labour claims he had
	// used her as a “human shield”. “She's not …”": not Labour)
	p := qi - 1
	for p >= 0 && a.qs[p].para == q.para && attrs[p].claim {
		p--
	}
	if p >= 0 && a.qs[p].para == q.para && attrs[p].sp != nil {
		if at, ok := a.cueBetween(a.qs[p], q); ok {
			return at // "X said: “…” Y admitted that … “…”": Y; "… His agent told the Times that …. “…”": the agent's
		}
		at := attrs[p]
		at.inSent = false
		at.follows = attrs[p].explicit
		at.from = p + 1
		return at
	}
	if sp := a.transcriptSpeaker(q.para); sp != nil {
		return qattribution{sp: sp, cue: ":"}
	}
	if p := qi - 1; q.cont && p >= 0 && a.qs[p].unclosed && a.qs[p].para == q.para-1 && attrs[p].sp != nil {
		// a quotation the paragraph before left open goes on, before any
		// cue later in this paragraph: "… said: “A.¶“B.” Y said …" is X's
		at := attrs[p]
		at.inSent, at.follows, at.subj, at.from = false, false, false, p+1
		return at
	}
	si := a.d.SentOf(q.os)
	if si < 0 {
		return none
	}
	if at, ok := a.nextQuoteCue(qi); ok {
		return at
	}
	if si > 0 && a.d.Sents[si-1].Para == q.para && q.os >= a.d.Sents[si-1].End {
		if at, ok := a.ownedSpeech(si - 1); ok {
			return at // "… read out his acceptance speech. “…”"
		}
		if _, ok := a.reportingCueIn(si - 1); !ok && a.quoteAt(a.d.Sents[si-1].Start) < 0 {
			if at, ok := a.introducedSubject(si-1, q); ok {
				return at // "Writing in the Ledger, Hale set out his view. “…”"
			}
		}
	}
	if at, ok := a.paragraphCue(q, si); ok {
		return at
	}
	if at, ok := a.backReference(q); ok {
		return at // "“…”¶That was the message from coach Dave Smith on Thursday."
	}
	if q.para > 0 && q.os-a.d.Paras[q.para].Start < 4 {
		if at, ok := a.paragraphBefore(qi, attrs); ok {
			return at
		}
	}
	if at, ok := a.focusSpeaker(q); ok {
		return at // turns.go
	}
	return none
}

// cueBetween attributes quotation q from a reporting cue in a sentence of
// its paragraph, up to two back, that stands wholly between quotation p
// (the one before q in the paragraph) and q: a speaker the writer brings
// in after the last one spoke ("X said: “…” Y admitted that it was late.
// “…”": Y). The sentence right before q, when it stands after p's last
// sentence and holds no quotation, may also give the owner of the speech
// it ends with (ownedSpeech) before the sentence ahead of it is read.
func (a *qattributor) cueBetween(p, q qspan) (qattribution, bool) {
	si := a.d.SentOf(q.os)
	if si < 0 {
		return qattribution{}, false
	}
	for s := si - 1; s >= 0 && s >= si-2 && a.d.Sents[s].Para == q.para && a.d.Sents[s].Start >= p.ce; s-- {
		if at, ok := a.reportingCueIn(s); ok {
			return at, true
		}
		if s == si-1 && a.plainSentenceBefore(p, q) {
			if at, ok := a.ownedSpeech(s); ok {
				return at, true
			}
			if at, ok := a.introducedSubject(s, q); ok {
				return at, true
			}
		}
	}
	return qattribution{}, false
}

// reportingCueIn attributes by the last reporting cue of sentence s that
// reports words and whose subject gives a speaker: not a participle's
// ("after claiming", "…, he says, insisting"), nor a verb's before or after
// "to" ("Officers responded to the bar", "keen to mention").
func (a *qattributor) reportingCueIn(s int) (qattribution, bool) {
	a.betweenBuf = a.appendCues(a.betweenBuf[:0], s, true)
	cs := a.betweenBuf
	for i := len(cs) - 1; i >= 0; i-- {
		c := cs[i]
		if e := c.tok + c.n; e < len(a.d.Toks) && a.d.Tok(e) == "to" || c.tok > 0 && a.lowTok(c.tok-1) == "to" ||
			strings.HasSuffix(a.d.Tok(c.tok), "ing") {
			continue
		}
		if sp := a.speakerOf(a.subject(c)); sp != nil {
			return qattribution{sp: sp, cue: a.cueText(c), explicit: true}, true
		}
	}
	return qattribution{}, false
}

// writerSubject attributes a fragment quoted in the writer's sentence, or a
// quotation it introduces with a comma or colon, to the sentence's subject.
func (a *qattributor) writerSubject(q qspan) (qattribution, bool) {
	si := a.d.SentOf(q.os)
	if si < 0 || !a.partial(q) && !a.introduced(q) {
		return qattribution{}, false
	}
	st := a.d.Sents[si]
	qa := a.tokAt(q.os)
	if qa <= st.TokStart {
		return qattribution{}, false
	}
	n := a.stanceHolder(st.TokStart, qa)
	if n.kind == qnNone {
		n = a.mainSubject(st.TokStart, qa)
	}
	if n.kind == qnNone {
		n = a.clauseSubject(st.TokStart, qa)
	}
	if n.kind != qnNone && a.objectOf(st.TokStart, a.tokAt(n.s)) {
		n = qnp{} // "Will described Trump as “…”": Trump is described, not speaking
	}
	outer := false
	if n.kind != qnNone {
		k := a.tokAt(n.s) - 1
		if k > st.TokStart && lexicon.IsDeterminer(a.lowTok(k)) {
			k-- // "that the Harbour Bank is"
		}
		verb := false // a verb a few words before "that": "found in 2019 that"
		for x := k - 1; x > st.TokStart && x >= k-4 && !verb && a.lowTok(k) == "that"; x-- {
			verb = a.lowerTok(x) && a.verbLikeTok(x) && !lexicon.IsPreposition(a.lowTok(x))
		}
		if verb {
			// "Two analysts, Reed and Marsh, found that the bank is
			// “…”": the words are what the main clause's subject found
			if m := a.mainSubject(st.TokStart, k); m.kind != qnNone && m.e <= a.d.Toks[k].Start {
				n, outer = m, true
			}
		}
	}
	if n.kind == qnName || n.kind == qnPron || outer && n.kind == qnRole {
		if sp := a.speakerOf(n); sp != nil {
			return qattribution{sp: sp, subj: true}, true
		}
	}
	return qattribution{}, false
}

// stanceHolder returns the person whose view a sentence opened by "To" or
// "For" and a name, then a comma, gives before token qa ("To Holt, Ray
// is the “kind and caring” man who …": Holt's words); no phrase otherwise.
func (a *qattributor) stanceHolder(lo, qa int) qnp {
	if w := a.lowTok(lo); lo+2 >= qa || w != "to" && w != "for" || !a.nameWord(lo+1) {
		return qnp{}
	}
	n, k := a.npAfter0(lo+1, qa)
	if n.kind != qnName || k >= qa || a.d.Tok(k) != "," {
		return qnp{}
	}
	if ei := a.entityAt(n.s, n.e); ei < 0 || a.ents[ei].Type != contract.Person {
		return qnp{}
	}
	return n
}

// passiveAgent attributes a quotation that a passive verb of naming
// introduces by the agent after it: "… have been described as “idle
// speculation” by Downing Street", "was branded “a disgrace” by X".
func (a *qattributor) passiveAgent(q qspan, st textdoc.Sentence) (qattribution, bool) {
	d := a.d
	k := a.namingVerbBefore(q, st)
	if k < 0 {
		return qattribution{}, false
	}
	if !passiveBe[a.lowTok(k-1)] && !(k-2 >= st.TokStart && passiveBe[a.lowTok(k-2)]) {
		return qattribution{}, false
	}
	b := a.tokAt(q.oe)
	for b < st.TokEnd && d.Toks[b].Start < q.oe {
		b++
	}
	if b < st.TokEnd && d.Tok(b) == "," {
		b++
	}
	for b+1 < st.TokEnd && (a.lowTok(b) == "and" || a.lowTok(b) == "or") && a.inQuote(b+1) {
		// "described as “odd” and “eerie” by scouts": past the quotation joined on
		p := a.quoteAt(d.Toks[b+1].Start)
		for b < st.TokEnd && d.Toks[b].Start < a.qs[p].oe {
			b++
		}
		if b < st.TokEnd && d.Tok(b) == "," {
			b++
		}
	}
	if b+1 >= st.TokEnd || a.lowTok(b) != "by" {
		return qattribution{}, false
	}
	n, _ := a.npAfter0(b+1, st.TokEnd)
	if n.kind == qnNone && b+2 < st.TokEnd && a.lowerTok(b+1) && a.lowTok(b+2) == "who" && !lexicon.IsDeterminer(a.lowTok(b+1)) {
		// "described as “odd” by scouts who saw them": a noun a relative
		// "who" follows names people, whatever the noun
		n = qnp{kind: qnRole, s: d.Toks[b+1].Start, e: d.Toks[b+1].End, head: a.lowTok(b + 1)}
	}
	if n.kind != qnName && n.kind != qnRole {
		return qattribution{}, false
	}
	sp := a.speakerOf(n)
	if sp == nil {
		return qattribution{}, false
	}
	return qattribution{sp: sp, cue: a.lowTok(k) + " by", inSent: true, passive: true}, true
}

// agentBeforeAs attributes a quotation after "as" to the agent that a
// participle of naming puts between itself and "as": "a ring described
// by Ann as “the finest stone”", "was branded by the union as “…”".
// The agent is the phrase after "by" that ends right at "as".
func (a *qattributor) agentBeforeAs(q qspan, st textdoc.Sentence) (qattribution, bool) {
	k := a.tokAt(q.os) - 1
	if k-3 <= st.TokStart || a.lowTok(k) != "as" {
		return qattribution{}, false
	}
	for b := k - 2; b > st.TokStart && b >= k-8; b-- {
		if a.inQuote(b) {
			return qattribution{}, false
		}
		if a.lowTok(b) != "by" {
			continue
		}
		v := a.lowTok(b - 1)
		if !strings.HasSuffix(v, "ed") || !objectVerbs[lexicon.ReportingBase(v)] && !namingVerbs[v] {
			return qattribution{}, false
		}
		n, e := a.npAfter0(b+1, k)
		if e != k || n.kind != qnName && n.kind != qnRole {
			return qattribution{}, false
		}
		if sp := a.speakerOf(n); sp != nil {
			return qattribution{sp: sp, cue: v + " by", inSent: true, passive: true}, true
		}
		return qattribution{}, false
	}
	return qattribution{}, false
}

// namingClause attributes a quotation that a verb of naming introduces
// by the grammar of its clause: a passive's agent or a relative clause's
// subject.
func (a *qattributor) namingClause(q qspan) (qattribution, bool) {
	si := a.d.SentOf(q.os)
	if si < 0 {
		return qattribution{}, false
	}
	st := a.d.Sents[si]
	if at, ok := a.passiveAgent(q, st); ok {
		return at, true
	}
	if at, ok := a.agentBeforeAs(q, st); ok {
		return at, true
	}
	if at, ok := a.relativeNamer(q, st); ok {
		return at, true
	}
	if at, ok := a.claimBy(q, st); ok {
		return at, true
	}
	if at, ok := a.participleNamer(q, si, st); ok {
		return at, true // fragments.go
	}
	return a.activeNamer(q, si, st)
}

// claimBy attributes a quotation inside the clause of a noun of speech to
// the source the noun names: "a claim by Ann Cole that the minister
// is a “paper tiger”", "a warning from the ministry that …", "Hain's
// claim that …", "Labour claims he had used her as a “human shield”". The
// clause opens with "that" or a pronoun subject right after the noun (or
// its source), and no verb of saying stands nearer the words.
func (a *qattributor) claimBy(q qspan, st textdoc.Sentence) (qattribution, bool) {
	d := a.d
	qa := a.tokAt(q.os)
	for k := qa - 1; k > st.TokStart && k >= qa-15; k-- {
		if a.inQuote(k) {
			return qattribution{}, false
		}
		if a.d.Tok(k) == ")" {
			// an aside in brackets reports nothing of the words: "Grant's
			// rule (told to me many times) was, “…”"
			j := k - 1
			for j > st.TokStart && j > k-15 && a.d.Tok(j) != "(" && !a.inQuote(j) {
				j--
			}
			if a.d.Tok(j) == "(" {
				k = j
				continue
			}
		}
		if cl, _ := a.sentCueAt(k, st); cl > 0 {
			return qattribution{}, false // a verb of saying nearer the words
		}
		w := a.lowTok(k)
		if !speechNouns[w] && !copulaSpeechNouns[w] {
			continue
		}
		n, after := a.claimSource(k, qa, st)
		if n.kind != qnNone && after < qa && a.speechCopula(after, qa) {
			// "Grant's rule for his interns was, “…”": the words are the
			// noun of speech itself, its source's
			if sp := a.speakerOf(n); sp != nil {
				return qattribution{sp: sp, cue: d.Tok(k), inSent: true, passive: true, claim: true}, true
			}
			return qattribution{}, false
		}
		if !speechNouns[w] {
			continue
		}
		if n.kind == qnNone || after >= qa || !clauseOpener(a.lowTok(after)) && !a.aimOpener(after, qa) {
			return qattribution{}, false
		}
		if a.judgesClaim(after, qa, st) {
			return qattribution{}, false // "X's claim that Y favours taxes is “…”": the claim is judged
		}
		if sp := a.speakerOf(n); sp != nil {
			return qattribution{sp: sp, cue: d.Tok(k), inSent: true, passive: true, claim: true}, true
		}
		return qattribution{}, false
	}
	return qattribution{}, false
}

// claimSource reads the source of the noun of speech at token k: after it
// ("by X", "from X") or before it ("X's claim", "Labour claims"), with the
// token after the phrase.
func (a *qattributor) claimSource(k, qa int, st textdoc.Sentence) (qnp, int) {
	d := a.d
	if w := a.lowTok(k + 1); (w == "by" || w == "from") && k+2 < qa {
		n, e := a.npAfter0(k+2, qa)
		if n.kind == qnName || n.kind == qnRole {
			return n, e
		}
		return qnp{}, qa
	}
	b := k - 1
	if p := d.Tok(b); (p == "'s" || p == "\u2019s") && b-1 > st.TokStart {
		b--
	}
	if b <= st.TokStart || !a.nameWord(b) || a.capStop(b) {
		return qnp{}, qa
	}
	n := a.npBefore(b, st.TokStart)
	if n.kind != qnName {
		return qnp{}, qa
	}
	if ei := a.entityAt(n.s, n.e); ei < 0 || a.ents[ei].Type != contract.Person && a.ents[ei].Type != contract.Org && a.ents[ei].Type != contract.NORP {
		return qnp{}, qa
	}
	return n, k + 1
}

// speechCopula reports whether a copula stands between token after, right
// after a noun of speech and its source, and quotation's first token qa,
// with at most a short phrase about the speech before it (a preposition's
// phrase, an aside in brackets) and a comma or a colon after it, as
// before speech: "Grant's rule for his interns was, “…”", "Hale's answer
// was: “…”". The words are the speech the noun names; without the mark
// they judge it ("X said Y's comments were “…”": X's).
func (a *qattributor) speechCopula(after, qa int) bool {
	c := qa - 1
	if c <= after || a.d.Tok(c) != "," && a.d.Tok(c) != ":" {
		return false // "Y's comments were “…”" judges them: whoever says so speaks
	}
	c--
	if w := a.lowTok(c); c < after || w != "is" && w != "was" && w != "are" && w != "were" || a.inQuote(c) {
		return false
	}
	k := after
	if k < c && lexicon.IsPreposition(a.lowTok(k)) {
		for k++; k < c && k < after+6 && a.d.Tok(k) != "(" && a.d.Tok(k) != "," && !a.inQuote(k) && !lexicon.IsRelPronoun(a.lowTok(k)); k++ {
		}
	}
	if k < c && a.d.Tok(k) == "(" {
		for k++; k < c && k < after+16 && a.d.Tok(k) != ")" && !a.inQuote(k); k++ {
		}
		if k < c && a.d.Tok(k) == ")" {
			k++
		}
	}
	return k == c
}

// copulaSpeechNouns are nouns of speech that a copula equates with the
// words it quotes, beside speechNouns: "Grant's rule was, “…”", "her
// answer was: “…”".
var copulaSpeechNouns = map[string]bool{"rule": true, "dictum": true, "motto": true, "mantra": true, "advice": true,
	"answer": true, "reply": true, "response": true, "words": true, "slogan": true, "refrain": true, "verdict": true,
	"reaction": true, "retort": true, "instruction": true, "instructions": true}

// judgesClaim reports whether the words at token qa are what a copula
// right before them says of the noun of speech itself, not part of the
// clause that noun opens at token after: that clause has a verb of its own
// before the copula ("X's claim that Y favours taxes is “simply not
// true”"), so the copula's subject is the claim and the words are whoever
// judges it ("Y is a “paper tiger”" has no verb before "is"; in "Y
// backs a plan that is “…”" the copula is a relative clause's).
func (a *qattributor) judgesClaim(after, qa int, st textdoc.Sentence) bool {
	c := qa - 1
	for c > after && claimJudgeAdverbs[a.lowTok(c)] {
		c--
	}
	if w := a.lowTok(c); c <= after+1 || w != "is" && w != "was" && w != "are" && w != "were" {
		return false
	}
	si := a.d.SentOf(a.d.Toks[c].Start)
	if si < 0 || a.d.Sents[si].TokStart != st.TokStart {
		return false
	}
	for k := after + 1; k < c; k++ {
		if lexicon.IsRelPronoun(a.lowTok(k)) {
			return false // "… a plan that is “…”": the copula is the relative clause's
		}
	}
	tags := a.d.Tags(si)
	for k := after + 1; k < c; k++ {
		if i := k - st.TokStart; i < len(tags) {
			switch tags[i] {
			case "VBZ", "VBD", "VBP", "MD":
				return true
			}
		}
	}
	return false
}

// claimJudgeAdverbs may stand between a copula and the words it says of a
// claim: "is simply not “…”".
var claimJudgeAdverbs = map[string]bool{"simply": true, "not": true, "just": true, "entirely": true,
	"completely": true, "totally": true, "also": true, "plainly": true, "clearly": true}

// clauseOpener reports whether w opens the clause a noun of speech takes:
// "that", or a pronoun subject ("claims he had used …").
func clauseOpener(w string) bool {
	if w == "that" {
		return true
	}
	g, ok := qPronouns[w]
	return ok && g != 's'
}

// speechNouns are nouns of something said or written whose source "by" or
// "from" names.
var speechNouns = map[string]bool{"claim": true, "claims": true, "suggestion": true, "accusation": true,
	"allegation": true, "allegations": true, "warning": true, "assertion": true, "charge": true, "insistence": true,
	"remark": true, "remarks": true, "comment": true, "comments": true, "complaint": true, "statement": true,
	"message": true, "argument": true, "promise": true, "pledge": true, "admission": true, "jibe": true,
	"call": true, "calls": true, "vow": true, "demand": true, "demands": true, "plea": true}

// activeNamer attributes a quotation after "as" that an active verb of
// naming governs to the verb's subject: "Blunkett branded the hours as a
// “leap in the dark”", "the campaign rejected the idea as “ludicrous”".
func (a *qattributor) activeNamer(q qspan, si int, st textdoc.Sentence) (qattribution, bool) {
	d := a.d
	as := a.tokAt(q.os) - 1
	for as > st.TokStart && as > a.tokAt(q.os)-3 && a.lowTok(as) != "as" && a.lowerTok(as) {
		as-- // "as a “…”", "as too “…”"
	}
	if as <= st.TokStart || a.lowTok(as) != "as" {
		return qattribution{}, false
	}
	for k := as - 1; k > st.TokStart && k >= as-8; k-- {
		if a.inQuote(k) || d.Tok(k) == "," {
			return qattribution{}, false
		}
		base := namingBase(a.lowTok(k))
		if base == "" {
			continue
		}
		if passiveBe[a.lowTok(k-1)] || k-2 >= st.TokStart && passiveBe[a.lowTok(k-2)] {
			return qattribution{}, false // "was described as …" without its agent
		}
		n := a.subject(qcue{tok: k, n: 1, base: base, si: si})
		if n.kind != qnName && n.kind != qnRole && n.kind != qnPron || n.s >= d.Toks[k].Start {
			return qattribution{}, false
		}
		if r := a.reporterOver(n, si); r.kind != qnNone {
			n = r // "X pointed out that Y refers to it as “…”": X reports it (fragments.go)
		}
		if sp := a.speakerOf(n); sp != nil {
			return qattribution{sp: sp, cue: d.Tok(k), inSent: true, passive: true}, true
		}
		return qattribution{}, false
	}
	return qattribution{}, false
}

// namingBase returns the base of a verb form of namingAs ("branded" →
// "brand", "labelled" → "label", "describes" → "describe"), or "".
func namingBase(w string) string {
	if !qIsLower(w) {
		return ""
	}
	var cands []string
	switch {
	case strings.HasSuffix(w, "ed"):
		b := w[:len(w)-2]
		cands = []string{b, w[:len(w)-1]}
		if n := len(b); n >= 2 && b[n-1] == b[n-2] {
			cands = append(cands, b[:n-1])
		}
	case strings.HasSuffix(w, "s"):
		cands = []string{w[:len(w)-1]}
	}
	for _, c := range cands {
		if namingAs[c] {
			return c
		}
	}
	return ""
}

// namingAs are verbs that name or judge their object "as" something.
var namingAs = map[string]bool{"describe": true, "brand": true, "label": true, "characterize": true, "characterise": true,
	"portray": true, "depict": true, "dismiss": true, "hail": true, "denounce": true, "condemn": true, "criticize": true,
	"criticise": true, "praise": true, "slam": true, "blast": true, "reject": true, "deride": true, "decry": true,
	"mock": true, "tout": true, "ridicule": true, "lambast": true, "lambaste": true, "paint": true, "refer": true}

// namingVerbBefore returns the token of a past verb of naming right before
// quotation q ("termed “…”", "described as “…”"), or -1.
func (a *qattributor) namingVerbBefore(q qspan, st textdoc.Sentence) int {
	d := a.d
	k := a.tokAt(q.os) - 1
	if p := a.coordinatedQuote(k, st); p >= 0 {
		k = a.tokAt(a.qs[p].os) - 1 // "described as “odd” and “eerie”": the first one's verb
	}
	if k > st.TokStart && a.lowTok(k) == "as" {
		k--
	}
	if k <= st.TokStart || !strings.HasSuffix(d.Tok(k), "ed") {
		return -1
	}
	if w := a.lowTok(k); !objectVerbs[lexicon.ReportingBase(w)] && !namingVerbs[w] {
		return -1
	}
	return k
}

// coordinatedQuote returns the quotation that "and", "or" or a comma at
// token k joins to the one after it ("“odd” and “eerie”"), or -1.
func (a *qattributor) coordinatedQuote(k int, st textdoc.Sentence) int {
	if k-1 <= st.TokStart {
		return -1
	}
	if w := a.lowTok(k); w != "and" && w != "or" && w != "," {
		return -1
	}
	p := a.quoteAt(a.d.Toks[k-1].Start)
	if p < 0 || a.qs[p].os < a.d.Sents[a.d.SentOf(a.d.Toks[k].Start)].Start {
		return -1
	}
	return p
}

// relativeNamer attributes a quotation after a verb of naming in a
// relative clause to the clause's subject: "LeGrier, who police termed
// “combative”", "the plan, which the mayor called “a mess”".
func (a *qattributor) relativeNamer(q qspan, st textdoc.Sentence) (qattribution, bool) {
	k := a.namingVerbBefore(q, st)
	if k < 0 {
		return qattribution{}, false
	}
	for r := k - 1; r >= st.TokStart && r >= k-6; r-- {
		if w := a.lowTok(r); w == "who" || w == "whom" || w == "which" {
			n, e := a.npAfter0(r+1, k)
			if e != k || n.kind != qnName && n.kind != qnRole && n.kind != qnPron {
				return qattribution{}, false
			}
			if sp := a.speakerOf(n); sp != nil {
				return qattribution{sp: sp, cue: a.lowTok(k), inSent: true, passive: true}, true
			}
			return qattribution{}, false
		}
	}
	return qattribution{}, false
}

// passiveBe are the forms of "be" before a passive participle.
var passiveBe = map[string]bool{"is": true, "are": true, "was": true, "were": true, "be": true, "been": true, "being": true}

// namingVerbs are participles of naming that objectVerbs do not hold.
var namingVerbs = map[string]bool{"termed": true, "deemed": true, "hailed": true, "dismissed": true}

// colonIntro attributes a quotation after a colon introduction without a
// reporting verb: "pollster Daron Shaw: “…”", "The ad claims: “…”".
func (a *qattributor) colonIntro(q qspan) (qattribution, bool) {
	ci := a.tokAt(q.os) - 1
	if ci <= 0 || a.d.Tok(ci) != ":" || a.quoteAt(a.d.Toks[ci].Start) >= 0 || a.d.Toks[ci].Start < a.d.Paras[q.para].Start {
		return qattribution{}, false
	}
	si := a.d.SentOf(a.d.Toks[ci].Start)
	if si < 0 || a.d.Sents[si].TokStart >= ci {
		return qattribution{}, false
	}
	lo := a.d.Sents[si].TokStart
	n := a.npBefore(ci-1, lo)
	if ms := a.mainSubject(lo, ci); n.kind != qnName && n.kind != qnRole ||
		(ms.kind == qnName || ms.kind == qnRole && (lexicon.IsSpeakerNoun(ms.head) || lexicon.IsPersonNoun(ms.head))) && ms.e <= n.s {
		n = ms // "Newsom's office issued a statement: …": the subject, not its object
	} else if a.noColonSpeaker(n, lo) {
		if ms.kind != qnName && ms.kind != qnRole {
			ms, _ = a.npAfter0(lo, ci) // the phrase opening the sentence
		}
		if (ms.kind == qnName || ms.kind == qnRole) && ms.e <= n.s && a.speakerOf(ms) != nil &&
			!(ms.kind == qnRole && possessives[a.lowTok(a.tokAt(ms.s))] && a.noColonSpeaker(ms, lo)) {
			n = ms // "The crowd had one message for Mayor Holt: …": the crowd; not "His hope"
		}
	}
	if a.venueName(n, lo) {
		return qattribution{}, false // "Later that month on Acme News: …": where, not who
	}
	if sp := a.speakerOf(n); sp != nil {
		return qattribution{sp: sp, cue: ":", inSent: true}, true
	}
	return qattribution{}, false
}

// noColonSpeaker reports whether the phrase n, read back from a colon
// after the clause's subject, is what that subject says or whom it
// addresses, not a speaker: a noun of no one ("had one message: …") or a
// phrase "for" or "to" governs ("a plea to Mayor Holt: …").
func (a *qattributor) noColonSpeaker(n qnp, lo int) bool {
	if n.kind == qnRole && !a.personHead(n.head) && !lexicon.IsSpeakerNoun(n.head) {
		return true
	}
	k := a.tokAt(n.s) - 1
	for k > lo && (lexicon.IsDeterminer(a.lowTok(k)) || lexicon.IsTitle(strings.TrimSuffix(a.lowTok(k), "."))) {
		k--
	}
	return k >= lo && (a.lowTok(k) == "for" || a.lowTok(k) == "to")
}

// possessives are the possessive determiners: "his hope", "their plea".
var possessives = map[string]bool{"his": true, "her": true, "its": true, "their": true, "our": true, "my": true, "your": true}

// venueName reports whether name n, read back from a colon, is where
// the words were said, a preposition of place or time governing it ("on
// Acme News", "at the Kestrel Forum"): no speaker of the colon's quotation.
func (a *qattributor) venueName(n qnp, lo int) bool {
	if n.kind != qnName {
		return false
	}
	k := a.tokAt(n.s)
	if k-1 < lo {
		return false
	}
	switch a.lowTok(k - 1) {
	case "on", "in", "at", "during":
		return true
	}
	return false
}

// paragraphCue attributes a quotation of sentence si by a cue elsewhere in
// its paragraph: the sentences before, then after.
func (a *qattributor) paragraphCue(q qspan, si int) (qattribution, bool) {
	p := a.d.Paras[q.para]
	for s := si - 1; s >= 0 && s >= si-3 && a.d.Sents[s].Para == q.para && !a.writersQuestion(s); s-- {
		if at, ok := a.fromSentence(s, true); ok {
			return at, true
		}
	}
	for s := si + 1; s < len(a.d.Sents) && s <= si+2 && a.d.Sents[s].Para == q.para; s++ {
		if a.d.Sents[s].Start >= p.End {
			break
		}
		if at, ok := a.fromSentenceAfter(s); ok {
			return at, true
		}
	}
	return qattribution{}, false
}

// fromSentenceAfter attributes a quotation through the first cue with a
// speaker in sentence si after it, as fromSentence does, leaving out the
// cues that report a clause of their own ("Vale played down his defeat
// and insisted he is fit"): what they report follows them, not the
// quotation before.
func (a *qattributor) fromSentenceAfter(si int) (qattribution, bool) {
	end := a.d.Sents[si].TokEnd
	for _, c := range a.cuesIn(si, false) {
		if a.ownClause(c.tok+c.n, end) || c.base == "according to" {
			// "according to" gives the source of the words of its own
			// clause ("The market grew 5%, according to Ruiz"); any cue
			// after one that reports its own clause is inside that clause
			return qattribution{}, false
		}
		if a.introduces(c.tok+c.n, end) {
			continue
		}
		if sp := a.speakerOf(a.subject(c)); sp != nil {
			return qattribution{sp: sp, cue: a.cueText(c), explicit: true}, true
		}
	}
	return qattribution{}, false
}

// ownClause reports whether a reporting verb ending before token k reports
// a clause of its own that follows it: "that" within a few words ("told
// reporters that …") or a subject pronoun right after it ("insisted he
// is …"), outside quotations.
func (a *qattributor) ownClause(k, hi int) bool {
	for j := k; j < hi && j < k+4; j++ {
		if a.inQuote(j) {
			return false
		}
		w := a.lowTok(j)
		if w == "that" {
			return true
		}
		if j == k {
			if g := qPronouns[w]; g != 0 && w != "it" && w != "you" {
				return true
			}
		}
		if !a.lowerTok(j) && !a.nameWord(j) {
			return false // punctuation ends the verb's phrase
		}
	}
	return false
}

// wordsOwner attributes a quotation that "in X's words" or "in the words
// of X" introduces to X: "…, in Forbes' words, “they are …”".
func (a *qattributor) wordsOwner(q qspan) (qattribution, bool) {
	d := a.d
	b := a.tokAt(q.os) - 1
	if b > 0 && d.Tok(b) == "," {
		b--
	}
	if b < 3 || a.inQuote(b) {
		return qattribution{}, false
	}
	var n qnp
	switch w := a.lowTok(b); {
	case w == "words" || w == "phrase":
		p := b - 1
		switch pw := a.lowTok(p); pw {
		case "his", "her", "their":
			n = qnp{kind: qnPron, s: d.Toks[p].Start, e: d.Toks[p].End, head: map[string]string{"his": "he", "her": "she", "their": "they"}[pw]}
		case "'s", "\u2019s", "'", "\u2019":
			n = a.npBefore(p-1, max(0, p-6))
		}
		if n.kind == qnNone || a.tokAt(n.s) < 1 || a.lowTok(a.tokAt(n.s)-1) != "in" {
			return qattribution{}, false
		}
	case a.nameWord(b):
		// "in the words of Ann Ruiz, “…”"
		n = a.npBefore(b, max(0, b-6))
		k := a.tokAt(n.s)
		if n.kind != qnName || k < 4 || a.lowTok(k-1) != "of" || a.lowTok(k-2) != "words" || a.lowTok(k-4) != "in" {
			return qattribution{}, false
		}
	default:
		return qattribution{}, false
	}
	sp := a.speakerOf(n)
	if sp == nil {
		return qattribution{}, false
	}
	return qattribution{sp: sp, cue: "words", inSent: true, explicit: true, owner: true}, true
}

// plainSentenceBefore reports whether the sentence right before quotation
// q stands after quotation p's last sentence, in q's paragraph, and holds
// no quotation.
func (a *qattributor) plainSentenceBefore(p, q qspan) bool {
	si := a.d.SentOf(q.os)
	sp := a.d.SentOf(max(p.oe-1, p.os))
	if si <= 0 || sp < 0 || si-1 <= sp {
		return false
	}
	st := a.d.Sents[si-1]
	if st.Para != q.para || a.quoteAt(st.Start) >= 0 || q.os < st.End {
		return false
	}
	for k := st.TokStart; k < st.TokEnd; k++ {
		if a.inQuote(k) {
			return false
		}
	}
	return true
}

// ownedSpeech attributes a quotation by the speech, statement or letter
// whose owner sentence si, right before it and without a reporting cue,
// names as the last thing it says, someone else perhaps reading it out:
// "the actor Dana Holt read out the winner's speech. “I'm grateful …”"
// is his ("Jones criticised Smith's statement" has a cue: Jones speaks).
func (a *qattributor) ownedSpeech(si int) (qattribution, bool) {
	d := a.d
	st := d.Sents[si]
	if len(a.cuesIn(si, true)) > 0 || len(a.cuesIn(si, false)) > 0 {
		return qattribution{}, false
	}
	k := st.TokEnd - 1
	if k > st.TokStart && d.Tok(k) == "." {
		k--
	}
	if k <= st.TokStart+1 || !ownedSpeechNouns[a.lowTok(k)] {
		return qattribution{}, false
	}
	for j := k - 1; j >= st.TokStart && j >= k-3; j-- {
		switch w := a.lowTok(j); w {
		case "his", "her", "their":
			n := qnp{kind: qnPron, s: d.Toks[j].Start, e: d.Toks[j].End, head: possessorPronoun[w]}
			if sp := a.speakerOf(n); sp != nil && sp.Entity != "" {
				sp.Start, sp.End, sp.Text = d.Toks[j].Start, d.Toks[k].End, a.text[d.Toks[j].Start:d.Toks[k].End]
				return qattribution{sp: sp, cue: a.lowTok(k), owner: true}, true
			}
			return qattribution{}, false
		case "'s", "\u2019s":
			n := a.npBefore(j-1, st.TokStart)
			if sp := a.speakerOf(n); n.kind == qnName && sp != nil && sp.Entity != "" {
				return qattribution{sp: sp, cue: a.lowTok(k), owner: true}, true
			}
			return qattribution{}, false
		}
		if !a.lowerTok(j) {
			return qattribution{}, false
		}
	}
	return qattribution{}, false
}

// introducedSubject attributes quotation q, whole sentences that follow
// sentence si in its paragraph without a cue of their own, to the person
// whom si, a sentence of the writer's with no quotation and no reporting
// cue of its own, names as its subject: "Double try scorer Tom Vale was
// keen not to talk about the title. “We have more belief now.”" The writer
// brings the speaker in, then gives the words; not when the words of the
// paragraph's quotations name that person ("Forward Tom Vale looks set
// to be picked. “… and Tom Vale is fit”": the one who picks speaks).
func (a *qattributor) introducedSubject(si int, q qspan) (qattribution, bool) {
	if a.partial(q) || si+1 >= len(a.d.Sents) || a.d.Sents[si+1].Start != q.os && a.tokAt(q.os) != a.d.Sents[si+1].TokStart {
		return qattribution{}, false // the quotation opens the sentence after si
	}
	st := a.d.Sents[si]
	for k := st.TokStart; k < st.TokEnd; k++ {
		if a.inQuote(k) {
			return qattribution{}, false
		}
	}
	n := a.mainSubject(st.TokStart, st.TokEnd)
	if n.kind != qnName {
		return qattribution{}, false
	}
	if ei := a.entityAt(n.s, n.e); ei < 0 || a.ents[ei].Type != contract.Person {
		return qattribution{}, false
	}
	sp := a.speakerOf(n)
	if sp == nil || sp.Entity == "" {
		return qattribution{}, false
	}
	ei := a.entityIndex(sp.Entity)
	for qi := a.quoteAt(q.os); qi >= 0 && qi < len(a.qs) && a.qs[qi].para == q.para; qi++ {
		for k := a.mentFrom(a.qs[qi].cs); k < len(a.ments) && a.ments[k].s < a.qs[qi].ce; k++ {
			if a.ments[k].idx == ei {
				return qattribution{}, false
			}
		}
	}
	return qattribution{sp: sp}, true
}

// possessorPronoun is the subject pronoun of a possessive determiner.
var possessorPronoun = map[string]string{"his": "he", "her": "she", "their": "they"}

// ownedSpeechNouns are the words someone says or writes that another may
// read out or publish.
var ownedSpeechNouns = map[string]bool{"speech": true, "statement": true, "letter": true, "message": true, "note": true}

// nextQuoteCue attributes quotation qi, which ends in a full stop, by the
// cue of its own sentences that the quotation right after it in the
// paragraph has, with nothing but space between them: one speaker's words
// printed in two quotations (“… the house. ” “Some exhibitors …,” said Mr
// Joseph). A question or an exclamation may be answered by someone else.
func (a *qattributor) nextQuoteCue(qi int) (qattribution, bool) {
	if qi+1 >= len(a.qs) {
		return qattribution{}, false
	}
	q, n := a.qs[qi], a.qs[qi+1]
	if n.para != q.para || n.turn || q.oe > n.os || strings.TrimSpace(a.text[q.oe:n.os]) != "" {
		return qattribution{}, false
	}
	words := strings.TrimRight(a.text[q.cs:q.ce], " \u00a0")
	if !strings.HasSuffix(words, ".") {
		return qattribution{}, false
	}
	at, ok := a.attribute(n)
	if !ok || at.sp == nil || !at.inSent {
		return qattribution{}, false
	}
	at.inSent = false
	return at, true
}

// backReference attributes quotation q, which ends its paragraph or is
// a sentence of its own, and follows no colon, from the sentence right
// after it, in its paragraph or opening the next, when that sentence opens with a pronoun that stands
// for the words and a verb ("That was the message from coach Dave Smith",
// "Those were the first words of Ann Ruiz", "That's how Ruiz put it"): the
// first person it names outside quotations, else the first body.
func (a *qattributor) backReference(q qspan) (qattribution, bool) {
	p := a.d.Paras[q.para]
	if q.para > 0 && q.os-p.Start < 4 &&
		strings.HasSuffix(strings.TrimSpace(a.text[a.d.Paras[q.para-1].Start:a.d.Paras[q.para-1].End]), ":") {
		return qattribution{}, false
	}
	si := a.d.SentOf(max(q.oe-1, q.os)) + 1
	if si <= 0 || si >= len(a.d.Sents) || a.d.Sents[si].Para > q.para+1 || a.quoteAt(a.d.Sents[si].Start) >= 0 {
		return qattribution{}, false
	}
	st := a.d.Sents[si]
	// the quotation ends its paragraph, or is a sentence of its own that
	// the sentence referring back follows at once ("“…” That was …")
	if strings.TrimSpace(a.text[q.oe:p.End]) != "" && (st.Para != q.para || strings.TrimSpace(a.text[q.oe:st.Start]) != "" ||
		q.os-a.d.Sents[max(a.d.SentOf(q.os), 0)].Start > 1) {
		return qattribution{}, false
	}
	if st.TokEnd-st.TokStart < 4 {
		return qattribution{}, false
	}
	if at, ok := a.saidThoseWords(si); ok {
		return at, true
	}
	switch w, v := a.d.Tok(st.TokStart), a.lowTok(st.TokStart+1); {
	case w == "So" && (v == "said" || v == "says"):
	case backPronouns[w] && backVerbs[v]:
	default:
		return qattribution{}, false
	}
	best := -1
	for k := a.mentFrom(st.Start); k < len(a.ments) && a.ments[k].s < st.End; k++ {
		m := a.ments[k]
		if a.quoteAt(m.s) >= 0 || !a.sourceOfWords(m, st) {
			continue
		}
		if t := a.ents[m.idx].Type; t == contract.Person {
			best = k
			break
		} else if t == contract.Org && best < 0 {
			best = k
		}
	}
	if best < 0 {
		return qattribution{}, false
	}
	m := a.ments[best]
	if sp := a.speakerOf(qnp{kind: qnName, s: m.s, e: m.e}); sp != nil {
		// the sentence names whose words they were: the owner, as settled
		// as "in X's words" (speakerrank.go)
		return qattribution{sp: sp, cue: a.d.Tok(st.TokStart + 1), owner: true}, true
	}
	return qattribution{}, false
}

// saidThoseWords attributes the words before sentence si to the subject
// of a reporting verb of si whose object points back at them: "The
// physician on duty, Dr. Tom Fry, said those words from the witness
// stand", "Ruiz wrote these lines in 1990".
func (a *qattributor) saidThoseWords(si int) (qattribution, bool) {
	a.betweenBuf = a.appendCues(a.betweenBuf[:0], si, false)
	for _, c := range a.betweenBuf {
		k := c.tok + c.n
		if k+1 >= a.d.Sents[si].TokEnd || strings.HasSuffix(a.d.Tok(c.tok), "ing") {
			continue
		}
		if d := a.lowTok(k); d != "those" && d != "these" || !backObjects[a.lowTok(k+1)] {
			continue
		}
		if k+2 < a.d.Sents[si].TokEnd && a.lowerTok(k+2) && a.verbLikeTok(k+2) {
			continue // "said those words had no place": the subject of what was said, not its object
		}
		if sp := a.speakerOf(a.subject(c)); sp != nil {
			return qattribution{sp: sp, cue: a.cueText(c), explicit: true, owner: true}, true
		}
	}
	return qattribution{}, false
}

// backObjects are the nouns for words said that "those" or "these" point
// back with: "said those words".
var backObjects = map[string]bool{"words": true, "remarks": true, "comments": true, "lines": true, "sentences": true}

// sourceOfWords reports whether mention m of sentence st, which refers
// back to the words before it, names their source: "from", "of" or "by"
// governs it, past the words of its role ("the message from new head
// coach Dave Smith", "the words of Ann Ruiz"), or it is the subject of a
// reporting verb ("That's what Ruiz told reporters") or comes right after
// one ("So said Ann Ruiz"); not "That was the year Ruiz joined the club".
func (a *qattributor) sourceOfWords(m qentMention, st textdoc.Sentence) bool {
	k0, k1 := a.tokAt(m.s), a.tokAt(max(m.e-1, m.s))+1
	if k1 < st.TokEnd && a.isCue(k1, st.TokEnd) || k0 > st.TokStart && a.isCue(k0-1, st.TokEnd) {
		return true
	}
	h := k0 - 1
	for h > st.TokStart+2 && !a.lowerTok(h) && lexicon.IsTitle(strings.TrimSuffix(a.lowTok(h), ".")) {
		h-- // an honorific before the name: "That's how Dr. Ann Ruiz put it"
	}
	if h == st.TokStart+2 && (a.lowTok(h) == "how" || a.lowTok(h) == "what") {
		// "That's how Elena Ruiz, whose …, put it", "That's what Ann
		// Ruiz told reporters": the one who said it, when a verb of
		// saying follows the name, past an apposition; not "That's what
		// Ann Ruiz heard from residents"
		k := k1
		if k < st.TokEnd && a.d.Tok(k) == "," {
			for k++; k < st.TokEnd && k < k1+25 && a.d.Tok(k) != ","; k++ {
			}
			k++
		}
		return k < st.TokEnd && (a.lowTok(k) == "put" || a.isCue(k, st.TokEnd))
	}
	for j := k0 - 1; j > st.TokStart+1 && j >= k0-6; j-- {
		switch w := a.lowTok(j); {
		case w == "from" || w == "of" || w == "by":
			return true
		case lexicon.IsPreposition(w) || lexicon.VerbLike(w) && a.lowerTok(j) || !a.lowerTok(j) && !a.nameWord(j):
			return false
		}
	}
	return false
}

// exchangeTurn reads quotation qi, a paragraph with no attribution of its
// own after quotation prevQ in the paragraph before, as the next turn of an
// exchange between two people: the quotation before prevQ, one paragraph
// further up, has another speaker, one of the two is said to answer
// ("replied") or is such a turn itself, and a question stands among the three
// ("“You were 40 metres away?” the lawyer asked. / “Maybe 40,” the
// witness replied. / “And it was raining, wasn't it?” / “A little, yes.”"):
// qi is the turn of the one who did not speak prevQ.
func (a *qattributor) exchangeTurn(qi, prevQ int, attrs []qattribution) (qattribution, bool) {
	pp := prevQ - 1
	if pp < 0 || a.qs[pp].para != a.qs[prevQ].para-1 || a.qs[prevQ].para != a.qs[qi].para-1 || attrs[pp].sp == nil ||
		sameSpeaker(attrs[pp].sp, attrs[prevQ].sp) || strings.TrimSpace(a.text[a.d.Paras[a.qs[qi].para].Start:a.qs[qi].os]) != "" {
		return qattribution{}, false
	}
	if pp > 0 && a.qs[pp-1].para == a.qs[pp].para {
		return qattribution{}, false // the paragraph before holds more than one quotation: no plain exchange
	}
	question := false
	for _, k := range [...]int{pp, prevQ, qi} {
		c := strings.TrimRight(a.text[a.qs[k].cs:a.qs[k].ce], " \"'\u201d\u2019")
		question = question || strings.HasSuffix(c, "?")
	}
	// an answer said to be one ("replied", "answered"): not a speaker who
	// asks a question and goes on ("“Where is the money?” he asked. / “Taxpayers will pay.”")
	answer := false
	for _, k := range [...]int{pp, prevQ} {
		switch lexicon.ReportingBase(strings.ToLower(attrs[k].cue)) {
		case "reply", "answer", "respond", "retort":
			answer = true
		}
		answer = answer || attrs[k].exchange
	}
	if !question || !answer {
		return qattribution{}, false
	}
	at := attrs[pp]
	at.inSent, at.follows, at.subj = false, false, false
	at.from, at.exchange = pp+1, true
	return at, true
}

// backPronouns open a sentence that refers back to the words before it;
// backVerbs follow them there ("That was", "Those were", "That's how").
var (
	backPronouns = map[string]bool{"That": true, "Those": true, "This": true, "These": true, "Such": true}
	backVerbs    = map[string]bool{"was": true, "were": true, "is": true, "are": true, "'s": true, "\u2019s": true, "came": true, "comes": true}
)

// paragraphBefore attributes quotation qi, which opens its paragraph, from
// the paragraph before: a colon introduction, a continued quotation, the
// last speaker.
func (a *qattributor) paragraphBefore(qi int, attrs []qattribution) (qattribution, bool) {
	q := a.qs[qi]
	pp := a.d.Paras[q.para-1]
	prevQ := -1
	for k := qi - 1; k >= 0; k-- {
		if a.qs[k].para == q.para-1 {
			prevQ = k
			break
		}
		if a.qs[k].para < q.para-1 {
			break
		}
	}
	colon := strings.HasSuffix(strings.TrimSpace(a.text[pp.Start:pp.End]), ":")
	if prevQ >= 0 && attrs[prevQ].sp != nil && !q.cont && !colon {
		if at, ok := a.exchangeTurn(qi, prevQ, attrs); ok {
			return at, true
		}
	}
	if prevQ >= 0 && attrs[prevQ].sp != nil && (q.cont || !colon) {
		at := attrs[prevQ]
		at.inSent, at.follows, at.subj = false, false, false
		at.from = prevQ + 1
		return at, true
	}
	ls := a.d.SentOf(pp.End - 1)
	if colon && ls >= 0 {
		// "Sanders made the following comment:" and the quotation below
		st := a.d.Sents[ls]
		if at, ok := a.fromSentence(ls, true); ok {
			return at, true
		}
		if sp := a.speakerOf(a.mainSubject(st.TokStart, st.TokEnd)); sp != nil {
			return qattribution{sp: sp, cue: ":"}, true
		}
	}
	for s := ls; s >= 0 && a.d.Sents[s].Para == q.para-1 && s > ls-3 && !a.writersQuestion(s); s-- {
		if at, ok := a.fromSentence(s, true); ok {
			at.inSent = false
			return at, true
		}
	}
	return qattribution{}, false
}

// introduced reports whether text of the writer's sentence stands before the
// quotation and ends in a comma or colon: "X reacted to the deal, “…”".
func (a *qattributor) introduced(q qspan) bool {
	si := a.d.SentOf(q.os)
	if si < 0 {
		return false
	}
	before := strings.TrimSpace(a.text[a.d.Sents[si].Start:q.os])
	return len(before) > 0 && (before[len(before)-1] == ',' || before[len(before)-1] == ':')
}
