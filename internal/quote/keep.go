package quote

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsparse/newsparse/internal/coref"
	"github.com/newsparse/newsparse/internal/lexicon"
)

// Keeping: whether a paired span is a quotation of speech or writing rather
// than a scare quote, a title, a nickname or a headline, and whether it is
// partial, a fragment inside the writer's own sentence.

// keep decides whether a paired quotation is a quotation of speech or
// writing rather than a scare quote, a title or a nickname.
func (a *qattributor) keep(q qspan, at qattribution) bool {
	if a.linkLine(q, at) {
		return false // hook: links and headline lines (keeplines.go)
	}
	if q.para == 0 && !q.turn {
		if a.head == 0 {
			a.head = 2
			if a.headline() {
				a.head = 1
			}
		}
		if a.head == 1 {
			return false
		}
	}
	if q.single && a.doubleStyle() {
		return false // single marks where the body quotes in double ones (keeplines.go)
	}
	words, content, caps := a.wordCounts(q)
	if words == 0 {
		return false
	}
	titled := titleCasedQuote(words, content, caps)
	if words <= 2 && a.nickname(q) {
		return false
	}
	if a.citedWork(q) || a.namedByNoun(q) {
		return false // a headline with its byline, a dated title, a slogan (keepterms.go)
	}
	if q.os > 0 && a.text[q.os-1] == '=' || a.inTag(q) {
		return false // markup: author="…"
	}
	if a.named(q, titled, words) || a.roleOf(q) {
		return false
	}
	if at.inSent && at.sp != nil {
		return true
	}
	if at.follows && !a.partial(q) {
		return true // "…," she said. "The Donald. Big Daddy."
	}
	if at.sp != nil && words >= 2 && !titled && !a.partial(q) && a.endsSentence(q) {
		return true // a whole sentence of a speaker's: "We deserve better."
	}
	if a.heldTerm(q, at, words) {
		return false // a term in the writer's noun phrase: its "preferred choice" (keepterms.go)
	}
	if words >= 5 && !titled {
		return true
	}
	if titled {
		return false
	}
	return at.subj && words >= 2
}

// named reports whether quotation q, of words words (titled: capitalised
// like a title), names a work, a person or a thing rather than quoting
// words said: on "Meet the Press", the book "Backfire", known as
// "Guccifer", the "Straight Talk Tonight" radio show.
func (a *qattributor) named(q qspan, titled bool, words int) bool {
	// titles of works and names: on "Meet the Press", the book "Backfire",
	// known as "Guccifer"
	if pi := a.tokAt(q.os) - 1; pi >= 0 && a.quoteAt(a.d.Toks[pi].Start) < 0 {
		p := a.lowTok(pi)
		if p == "," && pi > 0 {
			p = a.lowTok(pi - 1)
		}
		if namingWords[p] || p == "as" && a.knownAs(pi) {
			return true // known as "Guccifer", known around the league as "Grandpa"
		}
		if p == "called" && titled && words == 1 || titled && words <= 3 && a.callBefore(pi) {
			return true // a nickname, not words said: a girl called "Peanut", the goalie the players call "The Wall"
		}
		if p == "called" && !a.exclaims(q) && a.thingCalled(pi) {
			return true // a book called "Homes for everyone", a group called "Citizens for Safer Streets"
		}
		if titled && (workNouns[p] || p == "on" || p == "of" || p == "in" || p == "'s" || p == "\u2019s") {
			return true
		}
		if titled && a.d.Tok(pi) == "," && a.workBefore(pi) {
			return true // a memoir of her years up north, "Forty Winters"
		}
		// the one told is a show or a paper when quoted as a title: told "Face the Nation,"
		if titled && lexicon.ReportingBase(p) == "tell" {
			return true
		}
		// a title coordinated with a title: starred in "Harbour Lights" and "Night Shift"
		if titled && (p == "and" || p == "or" || p == ",") && a.coordinatedTitle(pi) {
			return true
		}
		// a name standing in the writer's noun phrase: a "River Valley Town
		// Hall", her "Straight Talk Tonight" show
		if titled && (lexicon.IsDeterminer(p) || p == "his" || p == "her" || p == "their" || p == "its" || p == "our") && !a.endsSentence(q) {
			return true
		}
	}
	// the title of a work named by the noun after it: the "Straight Talk Tonight" radio show
	if titled {
		j := a.tokAt(max(q.oe-1, q.os)) + 1
		for k := j; k < len(a.d.Toks) && k < j+3 && a.quoteAt(a.d.Toks[k].Start) < 0; k++ {
			w := a.lowTok(k)
			if workNouns[w] {
				return true
			}
			if !qIsLower(a.d.Tok(k)) {
				break
			}
		}
	}
	return false
}

// sentTokStart returns the first token of the sentence of token k (0 when
// it stands in none).
func (a *qattributor) sentTokStart(k int) int {
	if si := a.d.SentOf(a.d.Toks[k].Start); si >= 0 {
		return a.d.Sents[si].TokStart
	}
	return 0
}

// knownAs reports whether "as" at token pi closes "known as" or
// "nicknamed as", with at most six words between ("known around the
// league as"), or a passive "referred to as": names, not words said.
func (a *qattributor) knownAs(pi int) bool {
	lo := a.sentTokStart(pi)
	if pi-2 >= lo && a.lowTok(pi-1) == "to" && a.lowTok(pi-2) == "referred" {
		return true // a district referred to as "The Flats"; not "referred to the senators as …", words said
	}
	for k := pi - 1; k >= lo && k >= pi-7; k-- {
		switch w := a.lowTok(k); w {
		case "known", "nicknamed":
			return true
		case ",", ";", ":", "to":
			return false // "known to describe the tax as “…”": words said
		default:
			if a.lowerTok(k) && a.verbLikeTok(k) && k < pi-1 {
				return false
			}
		}
	}
	return false
}

// callBefore reports whether "call" or "calls" stands at token pi or
// before its object right before it: "the players call" "The Wall",
// "teammates call the goalie" "The Vault".
func (a *qattributor) callBefore(pi int) bool {
	for k := pi; k >= 0 && k >= pi-3; k-- {
		switch w := a.lowTok(k); {
		case w == "call" || w == "calls":
			return true
		case w == "," || a.lowerTok(k) && a.verbLikeTok(k) && k < pi:
			return false
		}
	}
	return false
}

// thingCalled reports whether "called" at token pi is a participle that
// gives a name to the noun before it, one for no one who speaks: "a book
// called", "a new group called", "the app called" (a group or a paper
// may speak, but not one being named; after "the", a noun for one that
// speaks is left to the speaker rules). A speaker's own words after "called"
// have the speaker before the verb ("what she called “…”", "the senator
// called “…”"), or an object between the verb and them ("called the plan
// “reckless”"), which the quotation, right after "called", has not.
func (a *qattributor) thingCalled(pi int) bool {
	k := pi - 1
	if k < 1 || !a.lowerTok(k) || a.quoteAt(a.d.Toks[k].Start) >= 0 {
		return false
	}
	w := a.lowTok(k)
	if _, pron := qPronouns[w]; pron || personNoun(w) || lexicon.IsRelPronoun(w) || lexicon.IsBeVerb(w) || lexicon.IsFunctionWord(w) || strings.HasSuffix(w, "ly") {
		return false // "the spokesman called", "what he called", "was called", "publicly called"
	}
	// the noun's phrase opens with a determiner within three words: "a book",
	// "an online group", "the new app"
	for j := k - 1; j >= 0 && j >= k-3; j-- {
		d := a.lowTok(j)
		if lexicon.IsDeterminer(d) {
			if j > 0 && (a.lowTok(j-1) == "what" || a.lowTok(j-1) == "as") {
				return false // "what a new study called “…”": the study's words
			}
			// a body that speaks names nothing after "the": "The campaign
			// called “outrageous” the claim that …"
			return d == "a" || d == "an" || d == "another" || !headSpeaks(w)
		}
		if !a.lowerTok(j) && !a.nameWord(j) || a.quoteAt(a.d.Toks[j].Start) >= 0 {
			return false
		}
	}
	return false
}

// exclaims reports whether quotation q ends in an exclamation mark: words
// called out ("a voice called “Over here!”"), not a name.
func (a *qattributor) exclaims(q qspan) bool {
	return strings.HasSuffix(strings.TrimRight(a.text[q.cs:q.ce], " ,.\u2019'"), "!")
}

// personNoun reports whether w (lower case) is a noun for a person, in
// the singular or the plural: "spokesman", "senators"; unlike
// (*qattributor).personHead, not one for a body that speaks ("group").
func personNoun(w string) bool {
	one := func(h string) bool {
		return lexicon.IsPersonNoun(h) || coref.PersonNoun(h) || lexicon.IsTitle(h)
	}
	if m, ok := strings.CutSuffix(w, "men"); ok && one(m+"man") {
		return true
	}
	if o, ok := strings.CutSuffix(w, "s"); ok && len(o) > 2 && one(o) {
		return true
	}
	return one(w)
}

// workBefore reports whether the phrase before the comma at token pi is
// headed by a noun for a work ("a memoir of her years in Kindersley,"):
// a title in apposition to it names the work.
func (a *qattributor) workBefore(pi int) bool {
	lo := a.sentTokStart(pi)
	for k := pi - 1; k >= lo && k >= pi-8; k-- {
		w := a.lowTok(k)
		if workNouns[w] {
			return true
		}
		if a.lowerTok(k) && (lexicon.IsBeVerb(w) || lexicon.IsCommonVerb(w) || strings.HasSuffix(w, "ed")) || w == "," || a.quoteAt(a.d.Toks[k].Start) >= 0 {
			return false // a clause, not the phrase the title is set beside
		}
	}
	return false
}

// coordinatedTitle reports whether token pi, a conjunction or a comma
// before a quotation, follows another quotation that names a title:
// "Harbour Lights" and "Night Shift", a list of titles named once.
func (a *qattributor) coordinatedTitle(pi int) bool {
	k := pi - 1
	if k >= 0 && a.d.Tok(pi) != "," && a.d.Tok(k) == "," {
		k-- // "A", "B", and "C"
	}
	if k < 0 {
		return false
	}
	qi := a.quoteAt(a.d.Toks[k].Start)
	if qi < 0 || a.qs[qi].oe > a.d.Toks[pi].Start {
		return false
	}
	p := a.qs[qi]
	words, content, caps := a.wordCounts(p)
	return words > 0 && titleCasedQuote(words, content, caps) && a.named(p, true, words)
}

// wordCounts counts a quotation's words, those a title capitalises (not
// "the", "of", "and" …) and the capitalised ones among them.
//
// An ASCII byte is read by a table (asciiWord), which is wordRune and, for
// the bytes inside a word, the apostrophe and the hyphen.
func (a *qattributor) wordCounts(q qspan) (words, content, caps int) {
	text := a.text
	for i := q.cs; i < q.ce; {
		var r rune
		if b := text[i]; b < utf8.RuneSelf {
			if asciiWord[b]&awStart == 0 {
				i++
				continue
			}
			r = rune(b)
		} else {
			var size int
			r, size = utf8.DecodeRuneInString(text[i:q.ce])
			if !wordRune(r) {
				i += size
				continue
			}
		}
		j := i
		for j < q.ce {
			if b := text[j]; b < utf8.RuneSelf {
				if asciiWord[b]&awIn == 0 {
					break
				}
				j++
				continue
			}
			r2, s2 := utf8.DecodeRuneInString(text[j:q.ce])
			if !wordRune(r2) && r2 != '\u2019' {
				break
			}
			j += s2
		}
		words++
		if w := a.text[i:j]; len(w) > maxTitleSmallWord || !titleSmallWords[w] {
			content++
			if unicode.IsUpper(r) || unicode.IsDigit(r) {
				caps++
			}
		}
		i = j
	}
	return words, content, caps
}

// asciiWord classes the ASCII bytes for wordCounts: awStart, a letter or a
// digit (wordRune); awIn, those and the apostrophe and the hyphen, which a
// word goes on through.
var asciiWord = func() (t [utf8.RuneSelf]uint8) {
	for b := range t {
		if wordRune(rune(b)) {
			t[b] = awStart | awIn
		}
	}
	t['\''] |= awIn
	t['-'] |= awIn
	return t
}()

const (
	awStart = 1 << iota
	awIn
)

// wordRune reports a letter or a digit, an ASCII one without the tables.
func wordRune(r rune) bool {
	if r < utf8.RuneSelf {
		l := r | 0x20
		return 'a' <= l && l <= 'z' || '0' <= r && r <= '9'
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// endsSentence reports whether a quotation closes with the sentence's own
// final punctuation inside its marks: "… a “Total Disaster.”"
func (a *qattributor) endsSentence(q qspan) bool {
	r, _ := utf8.DecodeLastRuneInString(a.text[q.cs:q.ce])
	return r == '.' || r == '!' || r == '?'
}

// titleSmallWords stay lower-case in titles ("Face the Nation", "Fox and Friends").
var titleSmallWords = map[string]bool{"the": true, "a": true, "an": true, "of": true, "and": true, "or": true,
	"in": true, "on": true, "at": true, "to": true, "for": true, "with": true, "by": true, "from": true, "as": true}

// maxTitleSmallWord is the length of the longest of titleSmallWords: a
// longer word of a quotation is none of them without a look-up.
const maxTitleSmallWord = 4

// namingWords introduce a name or title rather than words someone said.
var namingWords = map[string]bool{"so-called": true, "titled": true, "entitled": true, "nicknamed": true,
	"hashtag": true, "dubbed": true, "codenamed": true, "code-named": true, "named": true, "headlined": true}

// workNouns are works whose titles stand in quotation marks.
var workNouns = map[string]bool{"book": true, "film": true, "movie": true, "show": true, "program": true, "programme": true,
	"song": true, "album": true, "series": true, "documentary": true, "article": true, "column": true, "play": true,
	"novel": true, "op-ed": true, "ad": true, "video": true, "slogan": true, "episode": true, "memoir": true, "report": true,
	"essay": true, "poem": true, "painting": true, "exhibition": true, "podcast": true, "hashtag": true, "segment": true,
	"headline": true, "magazine": true, "newspaper": true, "blog": true, "sitcom": true, "opera": true, "musical": true}

// nickname reports whether a short quotation stands between the parts of a
// name: Marcia "Cia" Price.
func (a *qattributor) nickname(q qspan) bool {
	i := a.tokAt(q.os) - 1
	j := a.tokAt(max(q.oe-1, q.os)) + 1
	return i >= 0 && j < len(a.d.Toks) && lexicon.IsNameWord(a.d.Tok(i)) && lexicon.IsNameWord(a.d.Tok(j)) &&
		!qCapStop[a.lowTok(i)] && a.quoteAt(a.d.Toks[i].Start) < 0 && a.quoteAt(a.d.Toks[j].Start) < 0
}

// headline reports whether the first paragraph of the body is a title: one
// short line, most of its words capitalised.
func (a *qattributor) headline() bool {
	if len(a.d.Paras) < 2 {
		return false
	}
	p := a.d.Paras[0]
	t := a.text[p.Start:p.End]
	if len(t) > 300 || strings.IndexByte(t, '\n') >= 0 {
		return false
	}
	// quoted in single marks while the body quotes in double ones: the
	// headline style of American papers ("Flynn says Trump 'absolutely right'")
	single, double := false, false
	for _, q := range a.qs {
		switch {
		case q.para == 0 && q.single:
			single = true
		case q.para > 0 && q.single:
			return a.titleCased(t)
		case q.para > 0:
			double = true
		}
	}
	if single && double {
		return true
	}
	return a.titleCased(t)
}

// titleCased reports whether most words of t are capitalised.
func (a *qattributor) titleCased(t string) bool {
	words, caps := 0, 0
	for _, w := range strings.Fields(t) {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsLetter(r) {
			continue
		}
		words++
		if unicode.IsUpper(r) {
			caps++
		}
	}
	return words > 0 && caps*10 >= words*6
}

// partial reports whether a quotation is a fragment inside the writer's own
// sentence rather than a whole quoted sentence.
func (a *qattributor) partial(q qspan) bool {
	if q.cont {
		return false
	}
	si := a.d.SentOf(q.os)
	if si < 0 {
		return false
	}
	st := a.d.Sents[si]
	// only the text just before matters: more than 400 bytes of it is the
	// writer's sentence whatever it holds (and a sentence may be a whole
	// paragraph of quotation marks)
	from := max(st.Start, q.os-400)
	if nl := lastByte(a.text[from:q.os], '\n'); nl >= 0 {
		from += nl + 1 // a quotation opening a line opens its sentence
	}
	before := strings.TrimSpace(a.text[from:q.os])
	// the second half of a quotation split by its attribution:
	// "What we need," she said, "is …"
	if strings.HasSuffix(before, ",") || strings.HasSuffix(before, ":") {
		if pq := a.quoteAt(q.os - 1); pq < 0 {
			k := sort.Search(len(a.qs), func(i int) bool { return a.qs[i].os >= q.os }) - 1
			if k >= 0 && a.qs[k].oe <= q.os && a.qs[k].oe >= from && q.os-a.qs[k].oe <= 80 {
				if r, _ := utf8.DecodeLastRuneInString(a.text[a.qs[k].cs:a.qs[k].ce]); r == ',' || r == '\u2014' || r == '-' {
					return false
				}
			}
		}
	}
	r, _ := utf8.DecodeRuneInString(a.text[q.cs:q.ce])
	if unicode.IsLower(r) {
		return true
	}
	// a fragment opening the writer's sentence: "Dubious" assumptions about …
	if last, _ := utf8.DecodeLastRuneInString(a.text[q.cs:q.ce]); !unicode.IsPunct(last) && q.oe < len(a.text) {
		rest := strings.TrimLeft(a.text[q.oe:min(len(a.text), q.oe+40)], " ")
		if nx, _ := utf8.DecodeRuneInString(rest); unicode.IsLower(nx) {
			if w := qLeadingWord(rest); lexicon.ReportingBase(w) == "" && w != "he" && w != "she" && w != "they" && w != "it" {
				return true
			}
		}
	}
	if before == "" || strings.HasSuffix(before, ":") || strings.HasSuffix(before, ",") || strings.HasSuffix(before, "\u2014") {
		return false
	}
	ti := a.tokAt(q.os) - 1
	if ti >= st.TokStart {
		w := a.lowTok(ti)
		if w == "that" || lexicon.ReportingBase(w) != "" {
			return false
		}
	}
	return true
}
