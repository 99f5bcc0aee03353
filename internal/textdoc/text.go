package textdoc

import (
	"encoding/binary"
	"slices"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	prose "github.com/jdkato/prose/v2"
	"github.com/newsparse/newsparse/internal/contract"
	"github.com/newsparse/newsparse/internal/lexicon"
)

// Doc is the one analysis of an article that every extractor reads:
// the header, the body's paragraphs, sentences and tokens, all as byte
// offsets into text.
type Doc struct {
	Text  string
	Meta  contract.Meta
	Body  contract.Span
	Paras []contract.Span
	Sents []Sentence
	Toks  []contract.Span

	AposQuotes bool // two apostrophes are a double quotation mark (WithApostropheQuotes)

	// invis is set when the body holds a character lexicon.IsInvisible
	// reports (a soft hyphen, a zero-width joiner…): Tok then reads each
	// token without them, from vis, the tokens' words read once
	// (visibleWords); vis is nil on a body without them.
	invis bool
	vis   []string

	// low is Text with its ASCII capitals in lower case, byte for byte
	// (lowerASCII): LowTok reads an ASCII word's lower case from it. Empty
	// on a Doc not built by Analyze.
	low string

	// kinds holds the Kind of each token (Kinds); nil on a Doc not built
	// by Analyze.
	kinds []Kind

	posMu sync.Mutex // guards posc: Tags may be called from several goroutines
	posc  [][]string // part-of-speech tags per sentence, filled on demand

	// sentBlk is, for each block of 1<<sentBlockShift bytes of the text,
	// the first sentence that ends after the block's start (Analyze): SentOf
	// starts there. Nil on a Doc not built by Analyze.
	sentBlk []int32

	lent *analyzeBuf // the arrays of a Doc from AnalyzeLent, until Release
}

// sentBlockShift sets the width of sentBlk's blocks: 64 bytes, about half a
// sentence of news.
const sentBlockShift = 6

// Sentence is a sentence of the body: its span, its tokens Toks[TokStart:TokEnd]
// and the index of its paragraph.
type Sentence struct {
	contract.Span
	TokStart, TokEnd int
	Para             int
}

// Tok returns the word token i writes: its text without the invisible
// characters web text leaves inside words (lexicon.IsInvisible), so that
// "neigh\u00adbor" is read as "neighbor" by every reader, while the token's
// span covers the word as written. TokByte maps a byte of the word back to
// the text.
func (d *Doc) Tok(i int) string {
	if d.vis != nil {
		return d.vis[i]
	}
	t := d.Toks[i]
	return d.Text[t.Start:t.End]
}

// LowTok returns Tok(i) in lower case, as strings.ToLower gives it. An
// ASCII word, nearly every word of English news, is read from the text
// lowered once by Analyze, with no allocation.
func (d *Doc) LowTok(i int) string {
	if low := d.LowBytes(i); low != "" && (d.Kind(i)&KindPlain != 0 || isASCII(low)) {
		return low
	}
	return strings.ToLower(d.Tok(i))
}

// LowBytes returns the bytes of token i as written, its ASCII capitals in
// lower case and every other byte as it is, from the text lowered once by
// Analyze: the token's lower case when it is ASCII. It is empty on a Doc not
// built by Analyze.
func (d *Doc) LowBytes(i int) string {
	if len(d.low) != len(d.Text) {
		return ""
	}
	t := d.Toks[i]
	return d.low[t.Start:t.End]
}

// Lowered returns Text with its ASCII capitals in lower case, byte for
// byte, as Analyze lowered it once (LowBytes reads a token's share); empty
// on a Doc not built by Analyze.
func (d *Doc) Lowered() string { return d.low }

// AppendWords appends to buf the words Tok gives of tokens [s, e): a
// sentence's words in one pass.
func (d *Doc) AppendWords(buf []string, s, e int) []string {
	if d.vis != nil {
		return append(buf, d.vis[s:e]...)
	}
	toks := d.Toks[s:e]
	n := len(buf)
	buf = slices.Grow(buf, len(toks))[:n+len(toks)]
	words := buf[n:]
	words = words[:len(toks)] // one length for both: no bounds test in the loop
	for k, t := range toks {
		words[k] = d.Text[t.Start:t.End]
	}
	return buf
}

// isASCII reports whether w holds no byte past ASCII.
func isASCII(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// lowerASCII returns text with its ASCII capitals in lower case and every
// other byte as it is, so that its offsets are text's: text itself when it
// has no capital. It reads eight bytes at a time (capitals8), with no test
// of each byte, which a capital every few words made a mispredicted
// branch, and lowers the text through a buffer of 64 bytes on the stack.
func lowerASCII(text string) string {
	i := 0 // the first capital
	for i+8 <= len(text) && capitals8(load64(text, i)) == 0 {
		i += 8
	}
	for i < len(text) && (text[i] < 'A' || text[i] > 'Z') {
		i++
	}
	if i == len(text) {
		return text // no capital
	}
	var b strings.Builder
	b.Grow(len(text))
	b.WriteString(text[:i])
	var buf [64]byte
	for i < len(text) {
		k := copy(buf[:], text[i:])
		lowerBytes(buf[:k])
		b.Write(buf[:k])
		i += k
	}
	return b.String()
}

// lowerBytes puts the ASCII capitals of p in lower case, eight bytes at a
// time.
func lowerBytes(p []byte) {
	k := 0
	for ; k+8 <= len(p); k += 8 {
		x := binary.LittleEndian.Uint64(p[k:])
		binary.LittleEndian.PutUint64(p[k:], x|capitals8(x)>>2) // 0x80>>2 is the bit of lower case
	}
	for ; k < len(p); k++ {
		if c := p[k]; 'A' <= c && c <= 'Z' {
			p[k] = c + 'a' - 'A'
		}
	}
}

// load64 returns the eight bytes of s from i, little-endian, read at once.
func load64(s string, i int) uint64 {
	s = s[i : i+8]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

// capitals8 returns the top bit of each of the eight bytes of x (little
// endian) that is an ASCII capital: its low seven bits, plus 0x80-'A', set
// the top bit from 'A' on, plus 0x80-'Z'-1 from past 'Z' on (neither sum
// carries into the next byte), and a byte with its own top bit set is past
// ASCII.
func capitals8(x uint64) uint64 {
	const ones = 0x0101010101010101
	low := x & (0x7f * ones)
	fromA := low + (0x80-'A')*ones
	pastZ := low + (0x80-'Z'-1)*ones
	return fromA &^ pastZ &^ x & (0x80 * ones)
}

// TokByte returns the offset in Text of byte k of Tok(i) (its end when k is
// Tok(i)'s length): Toks[i].Start+k unless the token holds invisible
// characters.
func (d *Doc) TokByte(i, k int) int {
	if !d.invis {
		return d.Toks[i].Start + k
	}
	return d.Toks[i].Start + lexicon.VisibleByte(d.Text[d.Toks[i].Start:d.Toks[i].End], k)
}

// SentOf returns the index of the sentence holding byte offset off, or -1.
// The extractors ask it at every turn: it reads on from the sentence its
// offset's block gives (sentBlk, the last block past the text) rather than
// searching them all; without sentBlk it reads from the first.
func (d *Doc) SentOf(off int) int {
	s := 0
	if n := len(d.sentBlk); off > 0 && n > 0 {
		s = int(d.sentBlk[min(off>>sentBlockShift, n-1)])
	}
	for s < len(d.Sents) && d.Sents[s].End <= off {
		s++
	}
	if s < len(d.Sents) && d.Sents[s].Start <= off {
		return s
	}
	return -1
}

// sentBlocks returns sentBlk for the sentences of text.
// It reuses buf's storage when it is large enough.
func sentBlocks(text string, sents []Sentence, buf []int32) []int32 {
	return EndBlocks(len(text), sentBlockShift, len(sents), func(i int) int { return sents[i].End }, buf)
}

// EndBlocks indexes n spans, in order of their ends (end(i)), by blocks of
// 1<<shift bytes of a text of size bytes: for each block, the index of the
// first span that ends after the block's start, so that a search for the
// span at an offset starts there instead of at the first. It reuses buf's
// storage when it is large enough.
func EndBlocks(size int, shift uint, n int, end func(int) int, buf []int32) []int32 {
	m := size>>shift + 1
	blk := buf[:0]
	if cap(blk) < m {
		blk = make([]int32, m)
	}
	blk = blk[:m]
	k := 0
	for b := range blk {
		off := b << shift
		for k < n && end(k) <= off {
			k++
		}
		blk[b] = int32(k)
	}
	return blk
}

// SpanEndBlocks is EndBlocks of spans, sorted by their ends, reading each
// end from the span itself rather than through a function: a caller
// indexing an article's tokens reads thousands.
func SpanEndBlocks(size int, shift uint, spans []contract.Span, buf []int32) []int32 {
	m := size>>shift + 1
	blk := buf[:0]
	if cap(blk) < m {
		blk = make([]int32, m)
	}
	blk = blk[:m]
	k, n := 0, len(spans)
	for b := range blk {
		off := b << shift
		for k < n && spans[k].End <= off {
			k++
		}
		blk[b] = int32(k)
	}
	return blk
}

// analyzeBuf holds the arrays an analysis finds an article's tokens and
// sentences in, and the sentences' block index; analyzeBufs keeps them for
// the next article. Analyze copies the tokens and sentences out of them; a
// Doc from AnalyzeLent keeps them until Release gives them back.
type analyzeBuf struct {
	toks   []contract.Span
	kinds  []Kind
	sents  []Sentence
	blocks []int32
}

var analyzeBufs = sync.Pool{New: func() any { return new(analyzeBuf) }}

// exactCopy returns a copy of s in an array of its length.
func exactCopy[T any](s []T) []T {
	out := make([]T, len(s))
	copy(out, s)
	return out
}

// Analyze splits the header and analyses the body of text. The Doc's
// arrays are its own, sized to their contents.
func Analyze(text string) *Doc {
	sc := analyzeBufs.Get().(*analyzeBuf)
	d := analyze(text, sc)
	d.copyOut(sc)
	return d
}

// copyOut copies d's tokens, sentences and block index, which analyze
// found in sc's arrays, into arrays of their own, and gives sc's arrays
// back to analyzeBufs.
func (d *Doc) copyOut(sc *analyzeBuf) {
	sc.toks, sc.kinds, sc.sents, sc.blocks = d.Toks[:0], d.kinds[:0], d.Sents[:0], d.sentBlk[:0]
	d.Toks = exactCopy(d.Toks)
	d.kinds = exactCopy(d.kinds)
	if len(d.Sents) > 0 {
		d.Sents = exactCopy(d.Sents)
	} else {
		d.Sents = nil
	}
	d.sentBlk = exactCopy(d.sentBlk)
	analyzeBufs.Put(sc)
}

// AnalyzeLent is Analyze for a caller that gives the Doc back with Release
// when it is done with it: the Doc's tokens, sentences and block index stay
// in the arrays an earlier article grew, and go back to them for the next,
// instead of being copied into arrays of their own. Nothing the caller keeps
// may hold those slices (values copied out of them are the caller's).
//
// When the analysis had to grow an array (a longer article than any
// before, or the pool emptied by the collector), the Doc is Analyze's,
// its arrays cut to their contents, so that it holds no more than
// Analyze's would, and the grown arrays serve the next article.
func AnalyzeLent(text string) *Doc {
	sc := analyzeBufs.Get().(*analyzeBuf)
	toks, kinds, sents, blocks := cap(sc.toks), cap(sc.kinds), cap(sc.sents), cap(sc.blocks)
	d := analyze(text, sc)
	if cap(d.Toks) != toks || cap(d.kinds) != kinds || cap(d.Sents) != sents || cap(d.sentBlk) != blocks {
		d.copyOut(sc)
		return d
	}
	if len(d.Sents) == 0 {
		d.Sents = nil
	}
	d.lent = sc
	return d
}

// Release gives the arrays of a Doc from AnalyzeLent back for the next
// article; the Doc is not used after it. It does nothing on a Doc from
// Analyze.
func (d *Doc) Release() {
	sc := d.lent
	if sc == nil {
		return
	}
	// the arrays hold offsets and indexes only: nothing to clear
	sc.toks, sc.kinds, sc.sents, sc.blocks = sc.toks[:0], sc.kinds[:0], sc.sents[:0], sc.blocks[:0]
	d.Toks, d.kinds, d.Sents, d.sentBlk, d.lent = nil, nil, nil, nil, nil
	analyzeBufs.Put(sc)
}

// analyze analyses text, finding its tokens, sentences and block index in
// sc's arrays, which it grows as needed.
func analyze(text string, sc *analyzeBuf) *Doc {
	d := &Doc{Text: text}
	d.Meta, d.Body = SplitHeader(text)
	d.Paras = paragraphs(text, d.Body)
	d.Toks, d.kinds, d.Sents = sc.toks[:0], sc.kinds[:0], sc.sents[:0]
	if est := d.Body.Len()/4 + 1; cap(d.Toks) < est {
		// news runs to about a token per five bytes, and no BBC article to
		// more than one per four and a half
		d.Toks = make([]contract.Span, 0, est)
	}
	if cap(d.kinds) < cap(d.Toks) {
		d.kinds = make([]Kind, 0, cap(d.Toks))
	}
	for pi, p := range d.Paras {
		first := len(d.Toks)
		d.Toks, d.kinds = tokenize(text, p, d.Toks, d.kinds, true)
		d.Sents = splitSentences(d, first, len(d.Toks), pi, d.Sents)
	}
	d.sentBlk = sentBlocks(text, d.Sents, sc.blocks)
	d.invis = lexicon.HasInvisible(text[d.Body.Start:d.Body.End])
	if d.invis {
		d.vis = visibleWords(text, d.Toks)
	}
	d.low = lowerASCII(text)
	return d
}

// visibleWords returns the words of the tokens toks of text without the
// invisible characters in them (lexicon.DropInvisible): Tok's words on a
// body that holds some.
func visibleWords(text string, toks []contract.Span) []string {
	vis := make([]string, len(toks))
	for i, t := range toks {
		vis[i] = lexicon.DropInvisible(text[t.Start:t.End])
	}
	return vis
}

// paragraphs splits the body into paragraphs: blocks separated by blank
// lines; within a block of hard-wrapped lines (≤ 80 characters), a new
// paragraph at each indented line; within a block that is not hard-wrapped,
// a new paragraph at each line that does not go on in lower case (a page
// that parts some paragraphs by blank lines and others by a line break);
// and when the body has no blank line and is not hard-wrapped, one
// paragraph per line.
func paragraphs(text string, body contract.Span) []contract.Span {
	var blocks []contract.Span
	hasBlank := false
	start := -1
	end := body.Start
	for i := body.Start; i < body.End; {
		line, next := lineAt(text[:body.End], i)
		if strings.TrimSpace(strings.Trim(line, "\x00\uFEFF")) == "" {
			if start >= 0 {
				blocks = append(blocks, contract.Span{Start: start, End: end})
				start = -1
				hasBlank = true
			}
		} else {
			if start < 0 {
				start = i
			}
			end = i + len(line)
		}
		i = next
	}
	if start >= 0 {
		blocks = append(blocks, contract.Span{Start: start, End: end})
	}
	var out []contract.Span
	for _, b := range blocks {
		out = splitBlock(text, b, hasBlank, out)
	}
	return out
}

// moreRunes reports whether s holds more than n runes, counting no more
// of its bytes than n+1 runes can take.
func moreRunes(s string, n int) bool {
	if len(s) <= n {
		return false
	}
	return utf8.RuneCountInString(s[:min(len(s), utf8.UTFMax*(n+1))]) > n
}

// splitBlock splits one block of lines into paragraphs and trims each.
func splitBlock(text string, b contract.Span, hasBlank bool, out []contract.Span) []contract.Span {
	var lines []contract.Span
	wrapped, indented := true, false
	for i := b.Start; i < b.End; {
		line, next := lineAt(text[:b.End], i)
		lines = append(lines, contract.Span{Start: i, End: i + len(line)})
		if wrapped && moreRunes(line, 80) {
			wrapped = false
		}
		if len(lines) > 1 && (strings.HasPrefix(line, "  ") || strings.HasPrefix(line, "\t")) {
			indented = true
		}
		i = next
	}
	add := func(s contract.Span) {
		s = TrimSpan(text, s)
		if s.Len() > 0 {
			out = append(out, s)
		}
	}
	switch {
	case len(lines) == 1:
		add(b)
	case wrapped && indented:
		cur := lines[0]
		for _, l := range lines[1:] {
			ls := text[l.Start:l.End]
			if strings.HasPrefix(ls, "  ") || strings.HasPrefix(ls, "\t") {
				add(cur)
				cur = l
			} else {
				cur.End = l.End
			}
		}
		add(cur)
	case hasBlank && wrapped:
		add(b)
	case hasBlank:
		// lines longer than a wrapped line's in a body that parts its
		// paragraphs by blank lines: a line break before a new line that
		// does not go on with a lower-case word parts paragraphs too, as
		// a page printed with <br> between them does
		cur := lines[0]
		for _, l := range lines[1:] {
			if continuesLine(text[l.Start:l.End]) {
				cur.End = l.End
			} else {
				add(cur)
				cur = l
			}
		}
		add(cur)
	default:
		for _, l := range lines {
			add(l)
		}
	}
	return out
}

// continuesLine reports whether a line goes on with the sentence of the
// line before: its first word is in lower case ("…participate
// personally\nin caucuses and primaries.").
func continuesLine(line string) bool {
	r, _ := utf8.DecodeRuneInString(strings.TrimLeft(line, " \t\u00a0"))
	return unicode.IsLower(r)
}

// TrimSpan shrinks s to exclude surrounding white space, NULs and byte-order marks.
func TrimSpan(text string, s contract.Span) contract.Span {
	s.Start = skipSpace(text[:s.End], s.Start)
	for s.End > s.Start {
		r, size := utf8.DecodeLastRuneInString(text[s.Start:s.End])
		if !unicode.IsSpace(r) && r != 0 && r != '\uFEFF' {
			break
		}
		s.End -= size
	}
	return s
}

// IsSpaceRune reports runes that separate tokens: white space, controls,
// and the zero-width space and byte-order mark, which part words as a
// space does except between two letters (Tokenize).
func IsSpaceRune(r rune) bool {
	if uint32(r) < utf8.RuneSelf {
		return isSpaceByte(byte(r))
	}
	return isWideSpace(r)
}

// isSpaceByte is IsSpaceRune on an ASCII character: white space and the
// controls, NUL and DEL included.
func isSpaceByte(c byte) bool { return c <= ' ' || c == 0x7f }

// isWideSpace is IsSpaceRune on a character past ASCII.
func isWideSpace(r rune) bool {
	return unicode.IsSpace(r) || r == '\uFEFF' || r == '\u200b' || unicode.IsControl(r)
}

// Tokenize appends the tokens of span p of text to out. Tokens follow the
// Penn Treebank conventions that news taggers are trained on: punctuation
// and quote marks apart, clitics ("'s", "n't") apart, abbreviations
// ("U.S.", "Mr.") and numbers ("350,000", "1.5") whole.
//
// The invisible characters web text leaves inside words
// (lexicon.IsInvisible) stay inside the token of the word they stand in,
// which spans the word as written (Doc.Tok reads it without them); at the
// edge of a word they belong to no token. A zero-width space or byte-order
// mark between two letters is inside a word ("neigh\u200bbor"); elsewhere
// it parts words as a space does ("said.\u200bThe", " \u200bThe").
func Tokenize(text string, p contract.Span, out []contract.Span) []contract.Span {
	out, _ = tokenize(text, p, out, nil, false)
	return out
}

// Kind is what Tokenize saw of a token's bytes. A token that is a whole
// chunk of ASCII letters and digits (a word with no mark, three tokens in
// four) has KindPlain, with KindUpper when it holds a capital and
// KindDigit when it holds a digit: a reader of its bytes (its case, its
// classes) has them with no pass over it. Of another token, Kind is 0,
// which tells nothing.
type Kind uint8

const (
	KindPlain Kind = 1 << iota // ASCII letters and digits only
	KindUpper                  // of a plain token: it holds a capital
	KindDigit                  // of a plain token: it holds a digit
)

// Kind returns the Kind of token i: 0 on a Doc not built by Analyze.
func (d *Doc) Kind(i int) Kind {
	if uint(i) < uint(len(d.kinds)) {
		return d.kinds[i]
	}
	return 0
}

// Kinds returns the Kind of every token, by index: nil on a Doc not built
// by Analyze. The caller does not change it.
func (d *Doc) Kinds() []Kind { return d.kinds }

// chunkKinds gives the Kind of a chunk that is one token by the chunkByte
// classes of its bytes, or-ed: 0 unless it has no cbMark.
var chunkKinds = func() (t [32]Kind) {
	for c := range t {
		if c&cbMark == 0 {
			t[c] = KindPlain
			if c&cbUpper != 0 {
				t[c] |= KindUpper
			}
			if c&cbDigit != 0 {
				t[c] |= KindDigit
			}
		}
	}
	return t
}()

// tokenize is Tokenize, appending to kinds, when keep, the Kind of each
// token it appends to out.
func tokenize(text string, p contract.Span, out []contract.Span, kinds []Kind, keep bool) ([]contract.Span, []Kind) {
	i := p.Start
	for i < p.End {
		if c := text[i]; c < utf8.RuneSelf { // ASCII, the common case: no invisible character
			if isSpaceByte(c) {
				i++
				continue
			}
		} else if r, size := utf8.DecodeRuneInString(text[i:]); IsSpaceRune(r) || lexicon.IsInvisible(r) {
			i += size
			continue
		}
		j := i
		var ck byte // the chunkByte classes of the chunk's bytes, or-ed (tokenizeChunk)
		for j < p.End {
			if k := chunkByte[text[j]]; k&cbSpace == 0 { // ASCII, not a space: the common case
				ck |= k
				j++
				continue
			}
			if text[j] < utf8.RuneSelf {
				break // a space or a control
			}
			r, size := utf8.DecodeRuneInString(text[j:])
			if IsSpaceRune(r) && !(lexicon.IsInvisible(r) && betweenLetters(text[i:p.End], j-i, size)) && !groupsDigits(text, i, j, size, p.End) {
				break
			}
			ck |= cbMark
			j += size
		}
		for j > i && text[j-1] >= utf8.RuneSelf { // invisible characters closing the chunk are outside its word
			r, size := utf8.DecodeLastRuneInString(text[i:j])
			if !lexicon.IsInvisible(r) {
				break
			}
			j -= size
		}
		if ck&cbMark == 0 && gluedArticle(text, i, j) < 0 {
			// ASCII letters and digits, most chunks: one token, a word
			// with nothing to split off (tokenizeChunk), of Kind by ck
			out = append(out, contract.Span{Start: i, End: j})
			if keep {
				kinds = append(kinds, chunkKinds[ck&31])
			}
		} else {
			n := len(out)
			out = tokenizeChunk(text, i, j, ck, out)
			if keep {
				kinds = append(kinds, make([]Kind, len(out)-n)...) // nothing said of them
			}
		}
		i = j
	}
	return out, kinds
}

// IsGroupSpace reports the spaces that group a number's digits in threes
// where a comma would in other English copy ("12\u202f500", "1\u00a0200\u00a0000"):
// the no-break, narrow no-break, thin and figure spaces, which typesetting
// and the web put there and seldom between two numbers. A plain space
// groups digits too in some copy, but is as often the space between two
// numbers ("on March 12 500 marched"), and is not read so.
func IsGroupSpace(r rune) bool {
	return r == '\u00a0' || r == '\u202f' || r == '\u2009' || r == '\u2007'
}

// groupsDigits reports whether the space of size bytes at text[j] (end:
// the end of the text read) groups the digits of a number in the chunk
// text[i:j] with the three digits after it: the chunk ends with one to
// three digits (the number's first group, opening the chunk or after a
// currency sign or an opening mark; not a day after its month, unless
// the group after it opens with a zero) or with a group of three that an
// earlier such space joined, the space is a group space (IsGroupSpace),
// and exactly three digits follow it. "12\u202f500" is then one token, as "12,500" is, and a
// year before a count ("2019\u00a0500") is not joined.
func groupsDigits(text string, i, j, size, end int) bool {
	if j == i || !IsDigitByte(text[j-1]) || j+size+3 > end {
		return false
	}
	r, _ := utf8.DecodeRuneInString(text[j:])
	if !IsGroupSpace(r) {
		return false
	}
	a := j + size
	if !IsDigitByte(text[a]) || !IsDigitByte(text[a+1]) || !IsDigitByte(text[a+2]) || a+3 < end && IsDigitByte(text[a+3]) {
		return false
	}
	k := j - 1
	for k > i && IsDigitByte(text[k-1]) {
		k--
	}
	n := j - k // the digits before the space
	if n > 3 || n <= 2 && text[a] != '0' && afterMonth(text, k) {
		return false // "March\u00a012\u00a0500 people": a day, then a count (but "March 10\u00a0000")
	}
	if k == i {
		return true
	}
	prev, _ := utf8.DecodeLastRuneInString(text[i:k])
	if IsGroupSpace(prev) {
		// a group after a group: the chunk holds a group space only where
		// this joined digits, so the number goes on
		return n == 3
	}
	// the first group opens the chunk or follows a currency sign or an
	// opening mark ("$12", "(12"); not a hyphen, slash or colon, which
	// join it to digits before ("2020-21", "12/03", "10:30")
	return unicode.Is(unicode.Sc, prev) || isOpener(prev)
}

// afterMonth reports whether the word before text[k] (white space between)
// is a month's name or its short form ("March", "Sept."): the digits at k
// are then a day.
func afterMonth(text string, k int) bool {
	e := k
	for e > 0 {
		r, size := utf8.DecodeLastRuneInString(text[:e])
		if !IsSpaceRune(r) {
			break
		}
		e -= size
	}
	if e == k {
		return false // no space between: "A12", "$12"
	}
	if e > 0 && text[e-1] == '.' {
		e--
	}
	b := e
	for b > 0 && isASCIILetter(text[b-1]) {
		b--
	}
	return e-b >= 3 && e-b <= 9 && monthNames[strings.ToLower(text[b:e])] > 0
}

// The classes chunkByte gives a byte (Tokenize), which Tokenize or-s over
// a chunk for tokenizeChunk.
const (
	cbDot   = 1  // '.' or ':', which make a chunk dotted
	cbSpace = 2  // a space, a control (isSpaceByte) or a byte past ASCII
	cbMark  = 4  // any byte but an ASCII letter or digit (Tokenize sets it for a character past ASCII inside a chunk)
	cbUpper = 8  // an ASCII capital (Kind)
	cbDigit = 16 // an ASCII digit (Kind)
)

// chunkByte is the class of each byte for Tokenize's chunks: 0 for a
// small ASCII letter.
var chunkByte = func() (t [256]byte) {
	for c := range t {
		switch {
		case c >= utf8.RuneSelf || isSpaceByte(byte(c)):
			t[c] = cbSpace
		case c == '.' || c == ':':
			t[c] = cbDot | cbMark
		case 'A' <= c && c <= 'Z':
			t[c] = cbUpper
		case IsDigitByte(byte(c)):
			t[c] = cbDigit
		case !alnumByte[c]:
			t[c] = cbMark
		}
	}
	return t
}()

// betweenLetters reports whether the rune of size bytes at s[k] stands
// between two letters, invisible characters after it passed over.
func betweenLetters(s string, k, size int) bool {
	prev, _ := utf8.DecodeLastRuneInString(s[:k])
	next := utf8.RuneError
	for k += size; k < len(s); k += size {
		next, size = utf8.DecodeRuneInString(s[k:])
		if !lexicon.IsInvisible(next) {
			break
		}
	}
	return unicode.IsLetter(prev) && unicode.IsLetter(next)
}

// opening punctuation peeled from the front of a chunk, and a closing
// double mark glued to the word after it (`bad,”Clinton said`).
func isOpener(r rune) bool {
	switch r {
	case '"', '\'', '\u201c', '\u2018', '\u201d', '(', '[', '{', '\u00ab', '\u2039', '$', '\u00a3', '\u20ac', '\u00a5', '\u20b9', '\u20a6', '#', '*', '\u2022', '\u201e', '=':
		return true
	}
	return false
}

// closing punctuation peeled from the end of a chunk ('.' is decided apart).
func isCloser(r rune) bool {
	switch r {
	case '"', '\'', '\u201d', '\u2019', ')', ']', '}', '\u00bb', '\u203a', ',', ';', ':', '!', '?', '\u2026', '*':
		return true
	}
	return false
}

// IsDash reports dashes that always stand apart.
func IsDash(r rune) bool { return r == '\u2014' || r == '\u2013' || r == '\u2012' || r == '\u2015' }

// tokenizeChunk splits one white-space-delimited chunk text[i:j], the
// chunkByte classes of whose bytes are ck, or-ed. Unless dotted (cbDot),
// the chunk holds no dot or colon, which a site's name and an address
// always hold: most chunks, of which gluedSite and isAddress are not
// asked. Without cbMark, the chunk is ASCII letters and digits, most of
// the rest: a word with no dash, mark or clitic to split off, read with no
// pass over its bytes.
func tokenizeChunk(text string, i, j int, ck byte, out []contract.Span) []contract.Span {
	dotted := ck&cbDot != 0
	if dotted {
		if p := gluedSite(text, i, j); p > i { // glued.go: "abc7ny.comA man was shot" is two words
			return tokenizeChunk(text, p, j, ck, tokenizeChunk(text, i, p, ck, out))
		}
	}
	if p := gluedArticle(text, i, j); p > i { // glued.go: "foot chaseA man was shot" is three words
		return tokenizeChunk(text, p, j, ck, tokenizeChunk(text, i, p, ck, out))
	}
	if ck&cbMark == 0 && i < j {
		return append(out, contract.Span{Start: i, End: j}) // tokenizeWord's common case, with no apostrophe for a clitic
	}
	if dotted && isAddress(text[i:j]) {
		// a web or e-mail address is one token, its dots and capitals
		// included; only the punctuation around it is peeled
		return tokenizeWord(text, i, j, out)
	}
	// split at dashes inside the chunk first ("war—and", "1990--91")
	for k := i; k < j; {
		if alnumByte[text[k]] {
			k++ // neither a dash nor a break (innerBreak): the common case
			continue
		}
		r, size := utf8.DecodeRuneInString(text[k:])
		dl := 0
		if IsDash(r) {
			dl = size
		} else if r == '-' && k+1 < j && text[k+1] == '-' {
			dl = 2
			for k+dl < j && text[k+dl] == '-' {
				dl++
			}
		}
		if dl == 0 && k > i && k+size < j && innerBreak(text, i, k, r) {
			dl = size
		}
		if dl > 0 {
			if r == '\u2013' && k > i && k+dl < j && IsDigitByte(text[k-1]) && IsDigitByte(text[k+dl]) {
				k += size // "2–3": a range stays one token
				continue
			}
			out = tokenizeWord(text, i, k, out)
			out = append(out, contract.Span{Start: k, End: k + dl})
			i = k + dl
			k = i
			continue
		}
		k += size
	}
	return tokenizeWord(text, i, j, out)
}

// IsDigitByte reports an ASCII digit.
func IsDigitByte(b byte) bool { return b >= '0' && b <= '9' }

// StartsWithDigit reports a token that begins with an ASCII digit.
func StartsWithDigit(t string) bool { return t != "" && IsDigitByte(t[0]) }

// isAddress reports whether the chunk w holds a web or e-mail address: a
// scheme ("https://"), a leading "www.", a name, "@" and a dotted domain, or
// a host name written without a scheme ("Rally.Fans.Org", hostName).
func isAddress(w string) bool {
	if len(w) < 6 {
		return false
	}
	if strings.Contains(w, "://") {
		return true
	}
	if k := wwwAt(w); k >= 0 && k <= 2 && len(w) > k+5 {
		return true
	}
	at := strings.IndexByte(w, '@')
	if at <= 0 {
		return hostName(w)
	}
	dot := strings.IndexByte(w[at+1:], '.')
	return dot > 0 && at+1+dot+1 < len(w) && isASCIILetter(w[at+1+dot+1])
}

// wwwAt returns where "www." first stands in w in any case, when that is
// in its first three bytes, else a number over 2 or -1 (isAddress reads
// no further). An ASCII start is compared in place; any other goes through
// strings.ToLower, whose offsets may differ from w's.
func wwwAt(w string) int {
	n := min(len(w), 6)
	for i := 0; i < n; i++ {
		if w[i] >= utf8.RuneSelf {
			return strings.Index(strings.ToLower(w), "www.")
		}
	}
	for k := 0; k+4 <= n; k++ {
		if strings.EqualFold(w[k:k+4], "www.") {
			return k
		}
	}
	return -1
}

// siteDomains are the last labels of a host name that read as no word of
// their own (unlike ".it", ".in", ".me").
var siteDomains = map[string]bool{"com": true, "org": true, "net": true, "gov": true, "edu": true, "info": true, "biz": true, "uk": true, "io": true, "tv": true}

// hostName reports whether the chunk w, without the punctuation around it,
// is a host name written without a scheme: labels of letters, digits and
// hyphens joined by dots, the last a site's domain ("Halo.Fans.Org",
// "news.example.co.uk"), which no sentence ends inside.
func hostName(w string) bool {
	if strings.IndexByte(w, '.') < 0 {
		return false // no dot, no domain: the common case
	}
	w = strings.TrimFunc(w, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	dot := strings.LastIndexByte(w, '.')
	if dot < 0 || !siteDomain(w[dot+1:]) {
		return false
	}
	// labels of letters, digits and hyphens, none empty
	label := 0
	for i := 0; i < len(w); i++ {
		switch b := w[i]; {
		case b == '.':
			if label == 0 {
				return false
			}
			label = 0
		case isASCIILetter(b) || IsDigitByte(b) || b == '-':
			label++
		default:
			return false
		}
	}
	return label > 0
}

// siteDomain reports whether the label l, in any case, is one of
// siteDomains; it lower-cases l in a buffer of its own, as the domains are
// short ASCII words.
func siteDomain(l string) bool {
	var buf [4]byte
	if len(l) > len(buf) {
		return false
	}
	for i := 0; i < len(l); i++ {
		b := l[i]
		if b >= 'A' && b <= 'Z' {
			b += 'a' - 'A'
		}
		buf[i] = b
	}
	return siteDomains[string(buf[:len(l)])]
}

func isASCIILetter(b byte) bool { return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' }

// alnumByte reports the ASCII letters and digits, by byte.
var alnumByte = func() (t [256]bool) {
	for c := range t {
		t[c] = isASCIILetter(byte(c)) || IsDigitByte(byte(c))
	}
	return t
}()

// innerBreak reports whether the punctuation r at text[k], inside the chunk
// that began at i, stands apart although no space surrounds it: a double
// quote mark (`said,"Look`), a comma or semicolon not inside a number, a
// question or exclamation mark before a letter, a period between a word and
// a capital (`said.Trump`, but not `U.S.` or `example.com`).
func innerBreak(text string, i, k int, r rune) bool {
	switch r {
	case '"', '\u201c', '\u201d', '\u00ab', '\u00bb', '\u201e':
		return true
	case ',', ';':
		return !(IsDigitByte(text[k-1]) && k+1 < len(text) && IsDigitByte(text[k+1]))
	case '?', '!':
		next, _ := utf8.DecodeRuneInString(text[k+1:])
		return unicode.IsLetter(next) || next == '"' || next == '\u201c'
	case '(', ':', '-', '/':
		// an amount glued to the word or amount before it: "rupees($450m)",
		// "$106m:£54m", "sub-$100", "$1.2bn/£650m"
		next, size := utf8.DecodeRuneInString(text[k+1:])
		prev := text[k-1]
		if r == '-' && IsDigitByte(prev) && isCurrencySymbol(next) {
			// a range's second mark set apart from its digits, as tokenized
			// text writes it: "$ 6.0-$ 6.5"
			after, _ := utf8.DecodeRuneInString(text[k+1+size:])
			return k+1+size == len(text) || IsSpaceRune(after)
		}
		return isCurrencySymbol(next) && (isASCIILetter(prev) || IsDigitByte(prev) && (r == ':' || r == '/'))
	case '=':
		// a rate written as an equation: "$1=35.7 rupees"
		next := text[k+1]
		return IsDigitByte(next) || next == '.' && k+2 < len(text) && IsDigitByte(text[k+2])
	case '.':
		next, _ := utf8.DecodeRuneInString(text[k+1:])
		prev := text[k-1]
		if !unicode.IsUpper(next) || prev < 'a' || prev > 'z' || k-i < 2 {
			return false
		}
		return strings.IndexByte(text[i:k], '.') < 0
	}
	return false
}

// isCurrencySymbol reports the currency symbols a chunk may glue an amount to.
func isCurrencySymbol(r rune) bool {
	switch r {
	case '$', '\u00a3', '\u20ac', '\u00a5', '\u20b9', '\u20a6':
		return true
	}
	return false
}

// tokenizeWord peels openers, closers and clitics from text[i:j].
func tokenizeWord(text string, i, j int, out []contract.Span) []contract.Span {
	if i < j && alnumByte[text[i]] && alnumByte[text[j-1]] {
		// a word that opens and ends with a letter or digit, the common
		// case, has no opener, closer or clitic written apart to peel
		return appendWord(text, i, j, out)
	}
	if c := spacedClitic(text, i, j); c > 0 {
		// a clitic written apart, as tokenized news writes it ("Smith 's
		// death", "do n't"), is the token it is when attached
		out = append(out, contract.Span{Start: i, End: i + c})
		i += c
	} else if strings.HasPrefix(text[i:j], "''") {
		out = append(out, contract.Span{Start: i, End: i + 2}) // tokenized text's closing double quote
		i += 2
	}
	// openers
	for i < j {
		r, size := utf8.DecodeRuneInString(text[i:j])
		if !isOpener(r) {
			break
		}
		if (r == '\'' || r == '\u2018' || r == '\u2019') && i+size < j && IsDigitByte(text[i+size]) {
			break // '90s
		}
		out = append(out, contract.Span{Start: i, End: i + size})
		i += size
	}
	// closers, collected from the back
	var tail [8]contract.Span
	nt := 0
	for j > i && nt < len(tail)-1 {
		r, size := rune(text[j-1]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeLastRuneInString(text[i:j])
		}
		if r == '.' {
			if j-i >= 3 && text[j-3:j] == "..." {
				tail[nt] = contract.Span{Start: j - 3, End: j}
				nt++
				j -= 3
				continue
			}
			if j-size > i && (keepsPeriod(text[i:j]) || refAbbrevs.has(text[i:j-1]) && digitFollows(text, j)) {
				break
			}
			tail[nt] = contract.Span{Start: j - size, End: j}
			nt++
			j -= size
			continue
		}
		if !isCloser(r) {
			break
		}
		if r == '\'' && j-2 > i && text[j-2] == '\'' {
			size = 2 // two apostrophes: the closing double quote of tokenized text ("''")
		}
		if j-size == i {
			// the chunk is only punctuation: keep the last mark as a token of its own
			break
		}
		tail[nt] = contract.Span{Start: j - size, End: j}
		nt++
		j -= size
	}
	if j > i { // the word, and its clitic
		out = appendWord(text, i, j, out)
	}
	for k := nt - 1; k >= 0; k-- {
		out = append(out, tail[k])
	}
	return out
}

// appendWord appends the word text[i:j] to out, with its clitic apart ("do"
// "n't", "Smith" "'s").
func appendWord(text string, i, j int, out []contract.Span) []contract.Span {
	if c := cliticLen(text[i:j]); c > 0 && c < j-i {
		return append(out, contract.Span{Start: i, End: j - c}, contract.Span{Start: j - c, End: j})
	}
	return append(out, contract.Span{Start: i, End: j})
}

// spacedClitics are the clitics tokenized text writes as words of their own.
var spacedClitics = [...]string{"'s", "'S", "\u2019s", "\u2019S", "'re", "'ve", "'ll", "'d", "'m", "'RE", "'VE", "'LL", "'D", "'M", "\u2019re", "\u2019ve", "\u2019ll", "\u2019d", "\u2019m"}

// spacedClitic returns the length of a clitic that opens the chunk
// text[i:j] and is followed by nothing but closing punctuation ("'s",
// "'s,", "'re"), after a word on the same line: the clitic written apart.
// It returns 0 otherwise: an opening quote mark ("'sorry'") stays a mark.
func spacedClitic(text string, i, j int) int {
	if i >= j || text[i] != '\'' && (text[i] != 0xe2 || !strings.HasPrefix(text[i:j], "\u2019")) {
		return 0
	}
	p := i
	for p > 0 && (text[p-1] == ' ' || text[p-1] == '\t') {
		p--
	}
	if p == i || p == 0 {
		return 0
	}
	if r, _ := utf8.DecodeLastRuneInString(text[:p]); !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '.' {
		return 0
	}
	for _, c := range spacedClitics {
		if !strings.HasPrefix(text[i:j], c) {
			continue
		}
		rest := text[i+len(c) : j]
		for _, r := range rest {
			if !isCloser(r) && r != '.' {
				return 0
			}
		}
		return len(c)
	}
	return 0
}

// cliticLen returns the length of a clitic ending w ("'s", "’s", "n't", "'re", "'ve", "'ll", "'d", "'m"), or 0;
// the apostrophe may be straight, curly or a left mark misprinted for one ("Trump‘s").
func cliticLen(w string) int {
	// the apostrophe of a clitic stands two or three bytes from the end
	// ("'s", "'re", "n't"), or opens four or five from it when curly
	// ("’s", "’re", "n’t", whose first byte is 0xE2); a word
	// without one there has no clitic, the common case. The four bytes are
	// read through apoByte and or-ed, with no branch between them: a word
	// shorter than five bytes reads its first byte for those before it
	// (atLeast), which at worst asks apostropheClitic, whose own test is
	// exact.
	n := len(w)
	if n < 2 {
		return 0
	}
	if apoByte[w[n-2]]&1|apoByte[w[atLeast(n-3, 0)]]&1|apoByte[w[atLeast(n-4, 0)]]&2|apoByte[w[atLeast(n-5, 0)]]&2 == 0 {
		return 0
	}
	return apostropheClitic(w)
}

// atLeast returns max(x, lo) with no branch: the compiler tests max with
// one, which goes either way from word to word where x is read from a
// word's length (cliticLen, gluedArticle).
func atLeast(x, lo int) int {
	d := x - lo
	return lo + d&^(d>>63) // d>>63: all ones when d is negative
}

// apoByte gives 1 for a straight apostrophe and 2 for 0xE2, the first byte
// of a curly one (cliticLen).
var apoByte = [256]byte{'\'': 1, 0xe2: 2}

// apostropheClitic is cliticLen on a word with an apostrophe near its end.
func apostropheClitic(w string) int {
	for _, apo := range [...]string{"'", "\u2019", "\u2018"} { // ‘ misprinted for ’: "Trump‘s"
		for _, c := range [...]string{"s", "S", "re", "ve", "ll", "d", "m", "RE", "VE", "LL", "D", "M"} {
			n := len(apo) + len(c)
			if len(w) <= n || !strings.HasSuffix(w, c) || !strings.HasSuffix(w[:len(w)-len(c)], apo) {
				continue
			}
			if c == "d" || c == "m" || c == "D" || c == "M" {
				// "O'Donnell", "Ma'am": only after a pronoun ("I'm", "he'd")
				if !isCliticPronoun(w[:len(w)-n]) {
					continue
				}
			}
			return n
		}
		// n't, N'T
		if n := 2 + len(apo); len(w) > n {
			tail := w[len(w)-n:]
			if (tail[0] == 'n' || tail[0] == 'N') && tail[1:1+len(apo)] == apo && (tail[n-1] == 't' || tail[n-1] == 'T') {
				return n
			}
		}
	}
	return 0
}

// isCliticPronoun reports the pronouns that take "'d" and "'m".
func isCliticPronoun(w string) bool {
	for _, p := range [...]string{"i", "he", "she", "we", "they", "you", "it"} {
		if strings.EqualFold(w, p) {
			return true
		}
	}
	return false
}

// titleAbbrevs end with a period that never ends a sentence.
var titleAbbrevs = newLowerSet(map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "prof": true, "gen": true, "sen": true, "rep": true,
	"gov": true, "lt": true, "col": true, "capt": true, "sgt": true, "maj": true, "cpl": true, "pvt": true,
	"adm": true, "cmdr": true, "rev": true, "fr": true, "st": true, "mt": true, "ft": true, "no": true,
	"vs": true, "v": true, "pres": true, "supt": true, "det": true, "insp": true, "hon": true, "messrs": true,
	"jan": true, "feb": true, "mar": true, "apr": true, "jun": true, "jul": true, "aug": true, "sep": true,
	"sept": true, "oct": true, "nov": true, "dec": true, "approx": true, "est": true, "nos": true,
	"sr": true, "jr": true, "ex": true, "gens": true, "reps": true, "sens": true, "govt": true,
	"coun": true, "const": true, "cst": true, "ald": true, "s/sgt": true, "pte": true, "msgr": true,
})

// otherAbbrevs keep their period but may end a sentence.
var otherAbbrevs = newLowerSet(map[string]bool{
	"inc": true, "corp": true, "ltd": true, "co": true, "bros": true, "plc": true, "etc": true,
	"ave": true, "blvd": true, "rd": true, "dept": true, "univ": true, "assn": true, "cos": true,
	"ala": true, "ariz": true, "ark": true, "calif": true, "colo": true, "conn": true, "del": true,
	"fla": true, "ga": true, "ill": true, "ind": true, "kan": true, "ky": true, "la": true, "md": true,
	"mass": true, "mich": true, "minn": true, "miss": true, "mo": true, "mont": true, "neb": true,
	"nev": true, "okla": true, "ore": true, "pa": true, "tenn": true, "tex": true, "va": true,
	"vt": true, "wash": true, "wis": true, "wyo": true, "al": true,
})

// refAbbrevs are abbreviations of references that keep their period before
// a number ("p. 55", "Fig. 3", "Vol. 2"); elsewhere the period may end a
// sentence ("modern art.").
var refAbbrevs = newLowerSet(map[string]bool{
	"p": true, "pp": true, "fig": true, "figs": true, "vol": true, "vols": true, "ch": true,
	"chap": true, "sec": true, "para": true, "paras": true, "art": true, "arts": true, "pt": true,
	"rs": true, "ksh": true, "shs": true, "dhs": true, // currency marks: "Rs. 40,000", "Ksh. 500"
})

// digitFollows reports whether the next word after offset j, on the same
// line, begins with a digit.
func digitFollows(text string, j int) bool {
	for j < len(text) && (text[j] == ' ' || text[j] == '\t') {
		j++
	}
	return j < len(text) && IsDigitByte(text[j])
}

// keepsPeriod reports whether the word w, ending in '.', is an abbreviation
// that keeps its period: a known abbreviation, an initial ("J."), or letters
// with periods ("U.S.", "a.m.").
func keepsPeriod(w string) bool {
	base := w[:len(w)-1]
	if base == "" {
		return false
	}
	if len(base) > 1 && isUpperForm(base) && clockFollowers.has(base) {
		return false // a time zone in capitals ("EST.") is no abbreviation ("est.")
	}
	if titleAbbrevs.has(base) || otherAbbrevs.has(base) {
		return true
	}
	if utf8.RuneCountInString(base) == 1 {
		r, _ := utf8.DecodeRuneInString(base)
		return unicode.IsUpper(r)
	}
	// U.S., a.m., Ph.D.
	if strings.IndexByte(base, '.') < 0 {
		return false
	}
	for rest, more := base, true; more; {
		var part string
		part, rest, more = strings.Cut(rest, ".")
		if utf8.RuneCountInString(part) > 2 || part == "" {
			return false
		}
		for _, r := range part {
			if !unicode.IsLetter(r) {
				return false
			}
		}
	}
	return true
}

// lowerSet is a set of short ASCII words in lower case, with the length
// of its longest, so that a longer word is refused without reading the map
// (a lookup in a cold map costs cache misses: this runs on every period).
type lowerSet struct {
	m       map[string]bool
	longest int
}

// newLowerSet returns the set of m's words.
func newLowerSet(m map[string]bool) lowerSet {
	s := lowerSet{m: m}
	for w := range m {
		s.longest = max(s.longest, len(w))
	}
	return s
}

// has reports whether the set holds w in lower case (strings.ToLower): an
// ASCII word is lowered in a buffer of its own, with no allocation.
func (s lowerSet) has(w string) bool {
	var buf [16]byte
	if len(w) > len(buf) {
		return s.m[strings.ToLower(w)]
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= utf8.RuneSelf {
			return s.m[strings.ToLower(w)]
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	if len(w) > s.longest {
		return false // lowered in place, w is as long: longer than every word
	}
	return s.m[string(buf[:len(w)])]
}

// isUpperForm reports whether w is its own strings.ToUpper: no lower-case
// letter; an ASCII word is read in place.
func isUpperForm(w string) bool {
	for i := 0; i < len(w); i++ {
		if c := w[i]; c >= utf8.RuneSelf {
			return w == strings.ToUpper(w)
		} else if 'a' <= c && c <= 'z' {
			return false
		}
	}
	return true
}

// IsSentenceStarter reports whether a lower-case word, capitalised after an
// abbreviation such as "U.S.", shows that a new sentence has begun ("the",
// "he", "however", "police").
func IsSentenceStarter(w string) bool { return sentenceStarters.m[w] }

// sentenceStarters are the words IsSentenceStarter knows.
var sentenceStarters = newLowerSet(map[string]bool{
	"the": true, "a": true, "an": true, "he": true, "she": true, "it": true, "they": true, "we": true,
	"i": true, "you": true, "this": true, "that": true, "these": true, "those": true, "but": true,
	"and": true, "in": true, "on": true, "at": true, "his": true, "her": true, "their": true, "its": true,
	"there": true, "however": true, "meanwhile": true, "officials": true, "police": true, "if": true,
	"when": true, "while": true, "after": true, "before": true, "since": true, "as": true, "for": true,
	"some": true, "many": true, "most": true, "other": true, "our": true, "my": true, "what": true,
	"who": true, "why": true, "how": true, "so": true, "yet": true, "also": true, "last": true, "still": true,
})

// isTerminal reports whether a token ends a sentence by itself.
func isTerminal(t string) bool {
	return t == "." || t == "!" || t == "?" || t == "..." || t == "\u2026" || t == "?!" || t == "!?"
}

// IsCloseMark reports tokens that belong to the sentence they follow: closing quotes and brackets.
func IsCloseMark(t string) bool {
	return t == "\"" || t == "\u201d" || t == "\u2019" || t == "'" || t == ")" || t == "]" || t == "\u00bb" || t == "''"
}

// closesSpaced reports whether the closing mark or terminal at token k,
// with white space before and after it, still belongs to the sentence that
// ends before it, as tokenized text writes it (`he said . "`, "in 1996 .
// )", or two apostrophes after the period): a mark that ends the
// paragraph, a mark that only closes, a single mark before a closing mark,
// or a straight double mark that closes a quotation open in the paragraph
// (an odd number of them from the paragraph's first token to k, counted
// by marks). A mark glued to the word after it opens that word's sentence.
func closesSpaced(d *Doc, k, last int, marks *straightMarks) bool {
	t := d.Tok(k)
	switch {
	case k+1 == last:
		return true
	case d.Toks[k+1].Start == d.Toks[k].End:
		return false // a mark glued to the word after it opens that word's sentence: `retreat. "It is`
	case t == "''" || t == "\u201d" || t == ")" || t == "]" || t == "\u00bb" || isTerminal(t):
		return true
	case t == "'" || t == "\u2019":
		return IsCloseMark(d.Tok(k + 1)) // a single mark inside a double one: "… home . ' \""
	case t == "\"":
		return marks.before(d, k, last)%2 == 1
	}
	return false
}

// straightMarks counts the straight double marks among a paragraph's
// tokens, from its first, by a running count built on first use, so that
// asking at every mark of a long paragraph reads its tokens once.
type straightMarks struct {
	first int
	pre   []int32 // pre[k-first]: the marks among tokens [first, k)
}

// before returns the number of straight double marks among tokens
// [first, k) of the paragraph whose tokens end before last.
func (m *straightMarks) before(d *Doc, k, last int) int {
	if m.pre == nil {
		m.pre = make([]int32, last-m.first+1)
		for i := m.first; i < last; i++ {
			m.pre[i-m.first+1] = m.pre[i-m.first]
			if d.Tok(i) == "\"" {
				m.pre[i-m.first+1]++
			}
		}
	}
	return int(m.pre[k-m.first])
}

// startsSentence reports whether token t can begin a new sentence: a capital
// letter, a digit or an opening mark.
func startsSentence(t string) bool {
	r, _ := utf8.DecodeRuneInString(t)
	return unicode.IsUpper(r) || unicode.IsDigit(r) || r == '"' || r == '\u201c' || r == '\u2018' || r == '`' ||
		r == '\'' || r == '(' || r == '[' || r == '\u00ab' || unicode.IsTitle(r) || r == '$' || r == '\u00a3' || r == '\u20ac'
}

// splitSentences appends the sentences of paragraph pi, whose tokens are
// d.Toks[first:last], to out.
func splitSentences(d *Doc, first, last, pi int, out []Sentence) []Sentence {
	items := listItems(d, first, last)
	marks := straightMarks{first: first}
	start := first
	for i := first; i < last; i++ {
		if items != nil { // a paragraph with a list: no look-up in the others, nearly every one
			if m, ok := items[i]; ok {
				// an item of an enumeration opens a sentence, and the marker's
				// period or parenthesis ends none
				if i > start {
					out = append(out, Sentence{Span: contract.Span{Start: d.Toks[start].Start, End: d.Toks[i-1].End}, TokStart: start, TokEnd: i, Para: pi})
					start = i
				}
				i = m - 1
				continue
			}
		}
		t := d.Tok(i)
		if n := len(t); n == 0 || t[n-1] < utf8.RuneSelf && t[n-1] != '.' && t[n-1] != '!' && t[n-1] != '?' {
			continue // no terminal and no period at its end: no sentence ends here, the common case
		}
		end := false
		if isTerminal(t) {
			end = true
		} else if endsAtInitial(d, t, i, start, last) || endsAtClock(d, t, i, start, last) {
			end = true
		} else if strings.HasSuffix(t, ".") && len(t) > 1 && i+1 < last && d.Toks[i+1].Start == d.Toks[i].End &&
			(d.Tok(i+1) == "\"" || d.Tok(i+1) == "\u201d") {
			// a period glued to a closing quotation mark ends the sentence,
			// whatever the word: “No.” Lena Ortiz was asked …
			end = true
		} else if strings.HasSuffix(t, ".") && len(t) > 1 && !titleAbbrevs.has(t[:len(t)-1]) &&
			utf8.RuneCountInString(t) > 2 && i+1 < last && !isClock(t) {
			// "U.S.", "Inc.": a sentence ends here when a sentence starter follows
			n := d.Tok(i + 1)
			end = sentenceStarters.has(n) && startsSentence(n)
		}
		if !end {
			continue
		}
		k := i + 1
		// closing quotes and brackets attached to the end belong to this
		// sentence; one after white space too when it cannot open the next
		// (closesSpaced: tokenized text writes "dead . ''")
		for k < last && (IsCloseMark(d.Tok(k)) || isTerminal(d.Tok(k))) && (d.Toks[k].Start == d.Toks[k-1].End || closesSpaced(d, k, last, &marks)) {
			k++
		}
		run := k
		k = citationAfter(d, k, last)
		if k < last && !startsSentence(d.Tok(k)) {
			// no sentence ends here, nor at a terminal among the marks
			// read, whose run of marks ends where this one does: go on
			// after them (". . . . and" is read once)
			i = run - 1
			continue
		}
		out = append(out, Sentence{Span: contract.Span{Start: d.Toks[start].Start, End: d.Toks[k-1].End}, TokStart: start, TokEnd: k, Para: pi})
		start = k
		i = k - 1
	}
	if start < last {
		out = append(out, Sentence{Span: contract.Span{Start: d.Toks[start].Start, End: d.Toks[last-1].End}, TokStart: start, TokEnd: last, Para: pi})
	}
	return out
}

var (
	posOnce  sync.Once
	posModel *prose.Model
)

// tagger returns prose's part-of-speech model, loaded once per process.
func tagger() *prose.Model {
	posOnce.Do(func() {
		d, err := prose.NewDocument("", prose.WithSegmentation(false), prose.WithExtraction(false))
		if err == nil {
			posModel = d.Model
		}
	})
	return posModel
}

// Tags returns the part-of-speech tags of sentence si's tokens, computing them
// once. It is safe for concurrent use: two goroutines asking for the same
// sentence at once may both tag it, and both get the tags kept first.
func (d *Doc) Tags(si int) []string {
	d.posMu.Lock()
	if d.posc == nil {
		d.posc = make([][]string, len(d.Sents))
	}
	if t := d.posc[si]; t != nil {
		d.posMu.Unlock()
		return t
	}
	d.posMu.Unlock()
	out := d.tagSentence(si)
	d.posMu.Lock()
	defer d.posMu.Unlock()
	if t := d.posc[si]; t != nil {
		return t
	}
	d.posc[si] = out
	return out
}

// tagSentence returns the part-of-speech tags of sentence si's tokens from prose's tagger.
func (d *Doc) tagSentence(si int) []string {
	s := d.Sents[si]
	out := make([]string, s.TokEnd-s.TokStart)
	// prose re-tokenises its input and rewrites curly quotes as straight ones;
	// give it the tokens joined by spaces with quotes already straight, and
	// read the tags back token by token.
	var b strings.Builder
	for i := s.TokStart; i < s.TokEnd; i++ {
		if i > s.TokStart {
			b.WriteByte(' ')
		}
		b.WriteString(straightQuotes(d.Tok(i)))
	}
	m := tagger()
	if m != nil {
		pd, err := prose.NewDocument(b.String(), prose.WithSegmentation(false), prose.WithExtraction(false), prose.UsingModel(m))
		if err == nil {
			pt := pd.Tokens()
			k := 0
			for i := range out {
				w := straightQuotes(d.Tok(s.TokStart + i))
				// prose may split a token further; take the tag of its first piece
				for k < len(pt) && !strings.HasPrefix(w, pt[k].Text) {
					k++
				}
				if k < len(pt) {
					out[i] = pt[k].Tag
					consumed := len(pt[k].Text)
					k++
					for k < len(pt) && consumed < len(w) && strings.HasPrefix(w[consumed:], pt[k].Text) {
						consumed += len(pt[k].Text)
						k++
					}
				}
			}
		}
	}
	for i := range out {
		if out[i] == "" {
			out[i] = "XX"
		}
	}
	return out
}

var quoteStraightener = strings.NewReplacer("\u201c", `"`, "\u201d", `"`, "\u2018", "'", "\u2019", "'")

func straightQuotes(s string) string { return quoteStraightener.Replace(s) }

// endsAtInitial reports whether token i, a capital letter kept whole with
// its period ("I.", "C."), ends its sentence: it follows a lower-case word,
// so it is no initial of a name ("you and I.", "vitamin C."), and a word that
// can open a sentence follows it ("I." before any capitalised word, another
// letter before a common sentence opener).
func endsAtInitial(d *Doc, t string, i, start, last int) bool {
	if len(t) != 2 || t[1] != '.' || t[0] < 'A' || t[0] > 'Z' || i == start || i+1 >= last {
		return false
	}
	prev := d.Tok(i - 1)
	if r, _ := utf8.DecodeRuneInString(prev); !unicode.IsLower(r) {
		return false
	}
	next := d.Tok(i + 1)
	if t[0] == 'I' {
		r, _ := utf8.DecodeRuneInString(next)
		return unicode.IsUpper(r)
	}
	return sentenceStarters.has(next) && startsSentence(next)
}

// clockFollowers are the capitalised words that continue a clock time
// ("10 a.m. Tuesday", "9 p.m. GMT", "noon ET").
var clockFollowers = newLowerSet(map[string]bool{
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true, "saturday": true,
	"sunday": true, "january": true, "february": true, "march": true, "april": true, "may": true, "june": true,
	"july": true, "august": true, "september": true, "october": true, "november": true, "december": true,
	"jan": true, "feb": true, "mar": true, "apr": true, "jun": true, "jul": true, "aug": true,
	"sep": true, "sept": true, "oct": true, "nov": true, "dec": true, "et": true, "est": true, "edt": true,
	"ct": true, "cst": true, "cdt": true, "mt": true, "mst": true, "mdt": true, "pt": true, "pst": true,
	"pdt": true, "gmt": true, "bst": true, "utc": true, "cet": true, "cest": true, "ist": true, "jst": true,
	"aest": true, "local": true, "eastern": true, "central": true, "mountain": true, "pacific": true,
})

// endsAtClock reports whether token i, "a.m." or "p.m.", ends its sentence:
// a capitalised word follows that does not continue the time (a day, a
// month, a time zone, "… time"), and the time does not open the sentence
// ("At 5 a.m. Mr. Hale left" is one sentence).
func endsAtClock(d *Doc, t string, i, start, last int) bool {
	if !isClock(t) || i+1 >= last {
		return false
	}
	next := d.Tok(i + 1)
	if r, _ := utf8.DecodeRuneInString(next); !unicode.IsUpper(r) || clockFollowers.has(strings.TrimSuffix(next, ".")) ||
		strings.IndexByte(next, '.') > 0 && keepsPeriod(next) && !titleAbbrevs.has(strings.TrimSuffix(next, ".")) {
		return false // "9 p.m. Monday", "9 p.m. E.T."
	}
	if i+2 < last && strings.EqualFold(d.Tok(i+2), "time") {
		return false // "9 p.m. Moscow time"
	}
	// a time that opens its clause ("At 5 a.m. Mr. Hale left", "LAGOS — On
	// Jan. 5 around 9 a.m. police arrived") ends no sentence
	c := start
	for k := i - 1; k > start; k-- {
		if tk := d.Tok(k); tk == "\u2014" || tk == "--" || tk == "\u2013" || tk == "-" {
			c = k + 1
			break
		}
	}
	return !clauseOpeners.has(d.Tok(c))
}

// isClock reports "a.m." and "p.m." in either case.
func isClock(t string) bool {
	return len(t) == 4 && (strings.EqualFold(t, "a.m.") || strings.EqualFold(t, "p.m."))
}

// clauseOpeners begin a fronted time phrase.
var clauseOpeners = newLowerSet(map[string]bool{
	"at": true, "on": true, "around": true, "about": true, "by": true, "shortly": true, "just": true,
	"before": true, "after": true, "until": true, "from": true, "since": true, "early": true, "late": true,
	"approximately": true, "sometime": true, "between": true,
})

// citationAfter returns the index after a short parenthetical citation that
// stands between a sentence's end, at token k, and a period of its own
// ("… rebuilt." (Harlow 112).), which belongs to that sentence; otherwise k.
func citationAfter(d *Doc, k, last int) int {
	if k >= last || d.Tok(k) != "(" {
		return k
	}
	for m := k + 1; m < last && m <= k+8; m++ {
		t := d.Tok(m)
		if isTerminal(t) {
			return k
		}
		if t == ")" {
			if m+1 < last && d.Tok(m+1) == "." && d.Toks[m+1].Start == d.Toks[m].End {
				return m + 2
			}
			return k
		}
	}
	return k
}

// listItems finds the items of enumerations in the paragraph whose tokens
// are d.Toks[first:last] and returns, for the first token of each item (its
// bullet or its marker), the index of the first token after the marker.
//
// A marker is one or two digits or a lower-case letter with a period, a
// parenthesis or both attached ("1.", "2)", "3.)", "a."). A list opens with
// a marker at the paragraph's start, after a colon or a line break, or after
// a bullet, and goes on with the markers that count on from it ("1." then
// "2."; "a." then "b."); a marker after a bullet is an item wherever it
// stands ("• 9."). A number or letter that ends a sentence ("rose by 2.")
// is no marker: nothing opens a list before it.
func listItems(d *Doc, first, last int) map[int]int {
	var items map[int]int
	want := "" // the next marker value that continues the current list
	for i := first; i+1 < last; i++ {
		if d.vis == nil && d.Toks[i].End-d.Toks[i].Start > 2 {
			continue // no marker word (isMarkerWord): longer than two bytes as written, with no invisible character
		}
		v := d.Tok(i)
		if !isMarkerWord(v) {
			continue
		}
		end, ok := markerEnd(d, i, last)
		if !ok {
			continue
		}
		head := i
		bullet := i > first && isBullet(d.Tok(i-1))
		if bullet {
			head = i - 1
		}
		opens := head == first || bullet || d.Tok(head-1) == ":" || strings.ContainsRune(d.Text[d.Toks[head-1].End:d.Toks[head].Start], '\n')
		if !(v == want || opens && (v == "1" || v == "a" || bullet || head == first && len(v) <= 2)) {
			continue
		}
		if items == nil {
			items = map[int]int{}
		}
		items[head] = end
		want = successor(v)
		i = end - 1
	}
	return items
}

// markerEnd reports whether the token at i opens an enumeration marker and
// returns the index after it: digits or a lower-case letter, then "." and/or
// ")" attached, then white space and a word.
func markerEnd(d *Doc, i, last int) (int, bool) {
	v := d.Tok(i)
	if !isMarkerWord(v) {
		return 0, false
	}
	k := i + 1
	if k < last && d.Tok(k) == "." && d.Toks[k].Start == d.Toks[k-1].End {
		k++
	}
	if k < last && d.Tok(k) == ")" && d.Toks[k].Start == d.Toks[k-1].End {
		k++
	}
	if k == i+1 || k >= last || d.Toks[k].Start == d.Toks[k-1].End {
		return 0, false
	}
	if v[0] >= 'a' && d.Tok(i+1) == ")" {
		return 0, false // "(a)" and "b)" are too often parentheses of prose
	}
	return k, true
}

// isMarkerWord reports the words an enumeration's marker is: one or two
// digits, or a lower-case letter.
func isMarkerWord(v string) bool {
	return len(v) <= 2 && IsDigitByte(v[0]) && IsDigitByte(v[len(v)-1]) || len(v) == 1 && v[0] >= 'a' && v[0] <= 'z'
}

// isBullet reports a bullet that can stand before a list marker.
func isBullet(t string) bool {
	return t == "\u2022" || t == "\u2043" || t == "\u25aa" || t == "\u25cf" || t == "*" || t == "-"
}

// successor returns the marker value after v: "2" after "1", "b" after "a".
func successor(v string) string {
	if len(v) == 1 && v[0] >= 'a' && v[0] < 'z' {
		return string(v[0] + 1)
	}
	n := 0
	for _, c := range v {
		n = n*10 + int(c-'0')
	}
	return strconv.Itoa(n + 1)
}
