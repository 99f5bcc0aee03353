package newsparse

import (
	"errors"
	"fmt"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/newsparse/newsparse/internal/contract"
	"github.com/newsparse/newsparse/internal/entity"
	"github.com/newsparse/newsparse/internal/figure"
	"github.com/newsparse/newsparse/internal/geo"
	"github.com/newsparse/newsparse/internal/quote"
	"github.com/newsparse/newsparse/internal/textdoc"
)

// DefaultMaxBytes is the largest input Parse accepts unless WithMaxBytes says otherwise.
const DefaultMaxBytes = 8 << 20

// Article is the structure of one news article. json.Marshal of an Article is
// the output contract described in the package documentation: every list is
// present (empty lists as []), and every offset is a byte offset into the text
// that was parsed, header included.
type Article struct {
	// ID is the caller's identifier for the article (the -jsonl "id"); Parse leaves it empty.
	ID string `json:"id,omitempty"`
	// PageText is the text that was structured when the article comes from a
	// web page (ParsePage; package web builds that text from the page): a
	// header block from the page's metadata, then the article's paragraphs.
	// It is the same as Text(), and empty for plain-text input, so the JSON
	// "text" appears only for pages, where the caller never had the text the
	// offsets point into.
	PageText   string     `json:"text,omitempty"`
	Meta       Meta       `json:"meta"`
	Body       Span       `json:"body"`
	Paragraphs []Span     `json:"paragraphs"`
	Sentences  []Span     `json:"sentences"`
	Entities   []Entity   `json:"entities"`
	Quotes     []Quote    `json:"quotes"`
	Money      []Money    `json:"money"`
	Casualties []Casualty `json:"casualties"`
	Toll       Toll       `json:"toll"`

	text string
	doc  *lazyDoc
}

// lazyDoc is the analysis that Tokens, SentenceTokens and Tags read. Parse
// does not keep its own, whose token table is the largest thing a parse
// makes: the text is analysed again, once, when one of them is first called.
type lazyDoc struct {
	once sync.Once
	text string           // the text as read, which Parse analysed
	back *textdoc.Offsets // maps offsets into text back to the input's (nil: the same)
	d    *textdoc.Doc
}

// get returns the analysis of the text, made on the first call.
func (l *lazyDoc) get() *textdoc.Doc {
	l.once.Do(func() { l.d = textdoc.Analyze(l.text) })
	return l.d
}

// Text returns the input the article was parsed from; every offset points into it.
func (a *Article) Text() string { return a.text }

// Tokens returns the tokens of the body, each with its byte offsets.
// Parse keeps no token table: the first call of Tokens, SentenceTokens or
// Tags analyses the text again (once per Article), and all three are safe
// for concurrent use.
func (a *Article) Tokens() []Token {
	if a.doc == nil {
		return nil
	}
	d := a.doc.get()
	out := make([]Token, len(d.Toks))
	for i, t := range d.Toks {
		out[i] = a.token(t)
	}
	return out
}

// SentenceTokens returns the tokens of sentence i (an index into Sentences).
func (a *Article) SentenceTokens(i int) []Token {
	if a.doc == nil {
		return nil
	}
	d := a.doc.get()
	if i < 0 || i >= len(d.Sents) {
		return nil
	}
	s := d.Sents[i]
	out := make([]Token, 0, s.TokEnd-s.TokStart)
	for _, t := range d.Toks[s.TokStart:s.TokEnd] {
		out = append(out, a.token(t))
	}
	return out
}

// token returns the token of the analysis at span t, with the input's
// offsets and text.
func (a *Article) token(t Span) Token {
	t.Start, t.End = a.doc.back.Span(t.Start, t.End)
	return Token{Span: t, Text: a.text[t.Start:t.End]}
}

// Tags returns the Penn Treebank part-of-speech tag of each token of sentence
// i, computed on demand with prose's tagger (its model loads once per process).
func (a *Article) Tags(i int) []string {
	if a.doc == nil {
		return nil
	}
	d := a.doc.get()
	if i < 0 || i >= len(d.Sents) {
		return nil
	}
	return d.Tags(i)
}

// Option configures a Parser.
type Option func(*Parser)

// WithMaxBytes sets the largest input, in bytes, that Parse accepts (default DefaultMaxBytes).
// A value of 0 or less, or one above MaxBytesCeiling, sets the limit to MaxBytesCeiling.
func WithMaxBytes(n int) Option { return func(p *Parser) { p.maxBytes = n } }

// WithApostropheQuotes reads two apostrophes as a double quotation mark
// wherever they stand, as typewriter-style archives write them:
//
//	''We are ready,'' she said.
//
// By default two apostrophes are a mark only where they close a quotation
// opened with two backquotes, which is unambiguous:
//
//	``We are ready,'' she said.
//
// Elsewhere they are as often markup (wiki italics) or stray apostrophes.
func WithApostropheQuotes() Option { return func(p *Parser) { p.aposQuotes = true } }

// Parser structures articles. It holds the options and shares the models,
// which load once per process; a Parser is safe for concurrent use.
type Parser struct {
	maxBytes   int
	aposQuotes bool
}

// NewParser returns a Parser with the given options.
func NewParser(opts ...Option) *Parser {
	p := &Parser{maxBytes: DefaultMaxBytes}
	for _, o := range opts {
		o(p)
	}
	geo.Prefetch() // the gazetteer indexes in the background while the first article is analysed
	return p
}

var (
	defaultOnce   sync.Once
	defaultParser *Parser
)

// Default returns the shared Parser used by the package-level functions.
func Default() *Parser {
	defaultOnce.Do(func() { defaultParser = NewParser() })
	return defaultParser
}

// Parse structures text with the default Parser.
func Parse(text string) (*Article, error) { return Default().Parse(text) }

// MaxBytesCeiling is the largest input any Parser accepts: the analysis
// keeps byte offsets in 32 bits.
const MaxBytesCeiling = 1<<31 - 1

// ErrTooLarge is returned (wrapped) for input over the Parser's size limit.
var ErrTooLarge = errors.New("newsparse: input too large")

// InvalidUTF8Error reports input that is not valid UTF-8.
type InvalidUTF8Error struct {
	Offset int // byte offset of the first invalid byte
}

// Error says where the invalid byte is.
func (e *InvalidUTF8Error) Error() string {
	return fmt.Sprintf("newsparse: invalid UTF-8 at byte offset %d", e.Offset)
}

// limit returns the largest input p accepts.
func (p *Parser) limit() int {
	if p.maxBytes <= 0 || p.maxBytes > MaxBytesCeiling {
		return MaxBytesCeiling
	}
	return p.maxBytes
}

// check validates the input: size limit and UTF-8.
func (p *Parser) check(text string) error {
	if limit := p.limit(); len(text) > limit {
		return fmt.Errorf("%w: %d bytes, limit %d", ErrTooLarge, len(text), limit)
	}
	if !utf8.ValidString(text) {
		for i, r := range text {
			if r == utf8.RuneError {
				if _, size := utf8.DecodeRuneInString(text[i:]); size == 1 {
					return &InvalidUTF8Error{Offset: i}
				}
			}
		}
	}
	return nil
}

// Parse structures one article: it splits the header from the body, analyses
// the body once, and runs every extractor on that analysis. Empty text gives
// an empty Article and no error; invalid UTF-8 and input over the size limit
// give an error.
func (p *Parser) Parse(text string) (*Article, error) {
	if err := p.check(text); err != nil {
		return nil, err
	}
	r := read(text)
	d := textdoc.AnalyzeLent(r.work) // the Article keeps nothing of d: it goes back at the end
	d.AposQuotes = p.aposQuotes
	a := newArticle(d)
	a.Entities = entity.Extract(d)
	a.Entities = geo.Resolve(d, a.Entities)
	a.Quotes = quote.Extract(d, a.Entities)
	f := figure.New(d, a.Entities) // what money, casualties and the toll share, for this article only
	a.Money = f.Money()
	a.Casualties = f.Casualties()
	a.Toll = f.TollOf(a.Casualties)
	f.Release()
	geo.PlaceFigures(d, a.Entities, a.Casualties, &a.Toll)
	d.Release()
	if r.work != text {
		a.text = text
		a.doc.back = r.back
		r.restoreMeta(&a.Meta)
		r.restoreSpans(&a.Body, a.Paragraphs, a.Sentences)
		r.restoreText(a.Entities, a.Quotes, a.Money, a.Casualties)
	}
	return a, nil
}

// reading is the input and the text the extractors analyse: the input with
// what it holds escaped once too often (textdoc.Unescaped, in the same
// number of bytes), its HTML markup (textdoc.Markup), its character
// references (textdoc.References) and then its mojibake (textdoc.Mojibake)
// read as what they stand for, and its Markdown (textdoc.Markdown) read as
// the text it marks. back maps work's offsets to the input's in one step
// (textdoc.Offsets, the one map type of every step that changes lengths,
// the steps' maps composed with Offsets.Then). Every result is made on work;
// the restore methods give it the input's offsets and the input's bytes at
// them, so a result shows the input as given.
type reading struct {
	in, work string
	back     *textdoc.Offsets // nil when no step changed a length: work's offsets are the input's
}

// read returns the reading of text. Text without a backslash, a "<", an
// ampersand, a character U+00C0 to U+00FF, a '[', '*' or '_', or a '#' or
// '>' opening a line is its own work text, without a copy. Markup is read
// before references, as HTML reads them (`&lt;p&gt;` is text that shows
// "<p>", not a tag; a reference inside a paragraph is read as its
// character), and references before mojibake, so that mojibake a feed
// wrote as references ("&Atilde;&copy;") is read too; Markdown is read
// last, from the text its characters stand for.
func read(text string) reading {
	work, tags := textdoc.Markup(textdoc.Unescaped(text))
	work, refs := textdoc.References(work)
	work, runs := textdoc.Mojibake(work)
	work, marks := textdoc.Markdown(work)
	return reading{in: text, work: work, back: tags.Then(refs).Then(runs).Then(marks)}
}

// restoreMeta gives the header's fields and dateline the input's offsets
// and sets the fields to the input's bytes at those offsets, as restoreText
// does, and the title, source, author and date text that were a field's
// value as read, or its end (an author without the byline's "By "), to that
// value as given.
func (r reading) restoreMeta(m *Meta) {
	if dl := m.Dateline; dl != nil {
		dl.Start, dl.End = r.back.Span(dl.Start, dl.End)
	}
	for i := range m.Fields {
		f := &m.Fields[i]
		workEnd := f.End
		f.Start, f.End = r.back.Span(f.Start, f.End)
		read, given := f.Value, r.in[f.Start:f.End]
		if read == given {
			continue
		}
		f.Value = given
		for _, v := range []*string{&m.Title, &m.Source, &m.Author} {
			if *v != "" && strings.HasSuffix(read, *v) {
				*v = r.in[r.back.Start(workEnd-len(*v)):f.End]
			}
		}
		if m.Date != nil && m.Date.Text == read {
			m.Date.Text = given
		}
	}
}

// restoreSpans gives the body, paragraphs and sentences the input's offsets.
func (r reading) restoreSpans(body *Span, paras, sents []Span) {
	if r.back == nil {
		return
	}
	body.Start, body.End = r.back.Span(body.Start, body.End)
	for _, ss := range [][]Span{paras, sents} {
		for i := range ss {
			ss[i].Start, ss[i].End = r.back.Span(ss[i].Start, ss[i].End)
		}
	}
}

// restoreText gives every mention, quotation, speaker, amount and casualty
// the input's offsets (a result that starts or ends inside a character
// reference, a run of mojibake or a run of tags read as a break covers the
// whole of it; one that starts or ends where tags or Markdown's marks were
// read as nothing leaves them out) and sets its text
// to the input's bytes at them. Canonical names, cues and the like stay as
// read.
func (r reading) restoreText(ents []Entity, qs []Quote, ms []Money, cs []Casualty) {
	in, back := r.in, r.back
	for i := range ents {
		for k := range ents[i].Mentions {
			m := &ents[i].Mentions[k]
			m.Start, m.End = back.Span(m.Start, m.End)
			m.Text = in[m.Start:m.End]
		}
	}
	var moved map[*Speaker]bool // quotations may share a speaker: it moves once
	if back != nil {
		moved = make(map[*Speaker]bool)
	}
	for i := range qs {
		q := &qs[i]
		q.Start, q.End = back.Span(q.Start, q.End)
		q.Text = in[q.Start:q.End]
		if sp := q.Speaker; sp != nil && sp.End > sp.Start {
			if back != nil && !moved[sp] {
				moved[sp] = true
				sp.Start, sp.End = back.Span(sp.Start, sp.End)
			}
			sp.Text = in[sp.Start:sp.End]
		}
	}
	for i := range ms {
		ms[i].Start, ms[i].End = back.Span(ms[i].Start, ms[i].End)
		ms[i].Text = in[ms[i].Start:ms[i].End]
	}
	for i := range cs {
		cs[i].Start, cs[i].End = back.Span(cs[i].Start, cs[i].End)
		cs[i].Text = in[cs[i].Start:cs[i].End]
	}
}

// ParsePage structures text built from a web page, as Parse does, and keeps
// the text in the Article's PageText, so that its JSON carries it as the
// top-level "text" that every offset points into. Package web builds the text
// (a "Key: value" header block from the page's metadata, a blank line, the
// article's paragraphs separated by blank lines) and calls ParsePage.
func (p *Parser) ParsePage(text string) (*Article, error) {
	a, err := p.Parse(text)
	if err != nil {
		return nil, err
	}
	a.PageText = a.text
	return a, nil
}

// newArticle fills the header and text structure of an Article from an analysis;
// the extractor lists start empty.
func newArticle(d *textdoc.Doc) *Article {
	a := &Article{
		Meta:       d.Meta,
		Body:       d.Body,
		Paragraphs: make([]Span, len(d.Paras)),
		Sentences:  make([]Span, len(d.Sents)),
		Entities:   []Entity{},
		Quotes:     []Quote{},
		Money:      []Money{},
		Casualties: []Casualty{},
		text:       d.Text,
		doc:        &lazyDoc{text: d.Text},
	}
	copy(a.Paragraphs, d.Paras)
	for i, s := range d.Sents {
		a.Sentences[i] = s.Span
	}
	if a.Meta.Fields == nil {
		a.Meta.Fields = []Field{}
	}
	return a
}

// prepare checks and analyses text for the single-extractor functions, as
// Parse does (escaped line breaks and marks, HTML markup, character
// references, mojibake and Markdown read as what they stand for: each
// function gives its results the input's offsets and text with the
// reading's restoreText).
func (p *Parser) prepare(text string) (*textdoc.Doc, reading, error) {
	if err := p.check(text); err != nil {
		return nil, reading{}, err
	}
	r := read(text)
	d := textdoc.Analyze(r.work)
	d.AposQuotes = p.aposQuotes
	return d, r, nil
}

// Span is a half-open range of UTF-8 byte offsets into the input text.
type Span = contract.Span

// Token is one word or punctuation mark of the body.
type Token = contract.Token

// Meta is the header of an article: the fields found above the body, the
// common ones given their own names.
type Meta = contract.Meta

// Field is one header field as written: its key (lower case), its value, and
// the byte offsets of the value in the input.
type Field = contract.Field

// Precision says how much of a date was written.
type Precision = contract.Precision

// The precisions a Date can have.
const (
	PrecisionYear  = contract.PrecisionYear
	PrecisionMonth = contract.PrecisionMonth
	PrecisionDay   = contract.PrecisionDay
)

// Date is a calendar date with the precision it was written with; Month and
// Day are 0 when the text did not give them.
type Date = contract.Date

// Dateline is the place and news agency that open a wire story
// ("BEIRUT (Reuters) - "), with the byte offsets of the whole dateline.
type Dateline = contract.Dateline

// SplitHeader separates the header of an article from its body. It reads,
// in this order: an inline "date 2018-08 " prefix, a block of "Key: value"
// lines ended by a blank line, a headline line followed by a blank line
// (kept as the title), and a dateline opening the body. Byline ("By Jane
// Smith"), date and URL lines, as pasted from web pages, may sit under the
// headline or open the text without one; they end at a blank line or a
// dateline. It returns the header
// and the byte span of the body. Text with no header gives an empty Meta and a
// body covering the text without its surrounding white space. It reads the
// text as Parse does (escapes, markup, character references, mojibake and
// Markdown read as what they stand for), so its header is Parse's, and its
// offsets and field values are the input's.
func SplitHeader(text string) (Meta, Span) {
	if !utf8.ValidString(text) {
		return textdoc.SplitHeader(text) // the readings read UTF-8 only, as Parse takes only it
	}
	r := read(text)
	m, body := textdoc.SplitHeader(r.work)
	if r.work != text {
		r.restoreMeta(&m)
		r.restoreSpans(&body, nil, nil)
	}
	return m, body
}
