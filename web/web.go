// Package web structures news web pages: it takes the HTML a crawler
// fetched, extracts the article's text and the page's metadata, builds the
// plain text newsparse structures, and returns the structured Article.
//
//	a, err := web.Parse(resp.Body, "https://example.com/news/storm")
//	if err != nil { ... }       // no article in the page, or the page over the size limit
//	fmt.Println(a.Meta.Title, a.Meta.Author, a.Meta.Date)
//	fmt.Println(a.Text())        // the text every offset points into
//
// The article's body comes from go-trafilatura (with its readability and
// DOM Distiller fallbacks), the strongest article extractor written in Go.
// The metadata is read with more care than the extractor gives it: the
// JSON-LD NewsArticle or Article (headline, authors, datePublished), then
// OpenGraph and the other <meta> tags (og:title, article:published_time,
// author), then the canonical link, the visible <h1>, byline and <time>. The
// site's name is no part of the title ("… | The Guardian", "BBC News - …"); a
// user name, a role, a section's or the site's name or a date is no author;
// the publication date wins over an update's.
//
// # The text
//
// The text that is structured is a header block in the "Key: value" form
// newsparse.SplitHeader reads, a blank line, then the article's paragraphs
// separated by blank lines:
//
//	Title: Storm floods coastal towns
//	Author: Jane Smith; Tom Lee
//	Date: 2024-03-05
//	URL: https://www.dailyplanet.example/news/storm-floods
//	Source: The Daily Planet
//
//	A powerful storm flooded coastal towns on Monday, …
//
// A field the page does not give is left out. Article.Text returns this
// text, and the Article's JSON carries it as the top-level "text" (see the
// output contract in package newsparse): every offset points into it. The
// date keeps the precision the page gives (2024-03-05, 2024-03, 2024); meta.url
// is the canonical URL and meta.source the site's name.
//
// # Bad pages
//
// The page's encoding is read from its byte-order mark, else it is UTF-8
// when its bytes are valid UTF-8, else the charset its <meta> declares
// (Windows-1252, ISO-8859-1 and the others golang.org/x/text knows), else
// Windows-1252. Soft hyphens, zero-width characters and control characters
// are dropped from the text, no-break spaces become spaces, and the text is
// put in Unicode normal form C. Invalid or truncated HTML is read as a
// browser reads it; elements nested more than 256 deep are flattened into
// their text. A page over the size limit, or with no article text (scripts
// only, an empty page), gives an error.
package web

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"net/url"
	"strings"

	"github.com/markusmobius/go-htmldate"
	trafilatura "github.com/markusmobius/go-trafilatura"
	"github.com/newsparse/newsparse"
	"golang.org/x/net/html"
)

// ErrNoArticle is returned (wrapped) for a page in which no article text is found.
var ErrNoArticle = errors.New("no article text in the page")

// Option configures a Parser.
type Option func(*Parser)

// WithMaxBytes sets the largest page, in bytes of HTML, that Parse accepts
// (default newsparse.DefaultMaxBytes). A value of 0 or less removes the limit.
func WithMaxBytes(n int) Option { return func(p *Parser) { p.maxBytes = n } }

// WithParser sets the newsparse Parser that structures the text built from
// the page, with its own options (default newsparse.Default()).
func WithParser(np *newsparse.Parser) Option { return func(p *Parser) { p.np = np } }

// WithoutFallback extracts the body with go-trafilatura alone, without its
// readability and DOM Distiller fallbacks: about twice as fast, and a little
// less of the article found on pages trafilatura's own rules misread.
func WithoutFallback() Option { return func(p *Parser) { p.noFallback = true } }

// Parser structures web pages. It holds the options; it is safe for concurrent use.
type Parser struct {
	maxBytes   int
	noFallback bool
	np         *newsparse.Parser
}

// NewParser returns a Parser with the given options.
func NewParser(opts ...Option) *Parser {
	p := &Parser{maxBytes: newsparse.DefaultMaxBytes}
	for _, o := range opts {
		o(p)
	}
	if p.np == nil {
		p.np = newsparse.Default()
	}
	return p
}

var defaultParser = NewParser()

// Parse structures the web page read from r with the default Parser. pageURL
// is the address the page was fetched from ("" when unknown): it resolves
// relative links and stands for the canonical URL when the page gives none.
func Parse(r io.Reader, pageURL string) (*newsparse.Article, error) {
	return defaultParser.Parse(r, pageURL)
}

// Parse reads the page from r, extracts its article and metadata, builds the
// text (see the package documentation) and structures it. The Article's
// Text() is that text and its JSON carries it as "text". It returns an error
// wrapping ErrNoArticle when the page holds no article text, and one
// wrapping newsparse.ErrTooLarge when the page is over the size limit.
func (p *Parser) Parse(r io.Reader, pageURL string) (*newsparse.Article, error) {
	text, err := p.Text(r, pageURL)
	if err != nil {
		return nil, err
	}
	return p.np.ParsePage(text)
}

// Text reads the page from r and returns the text Parse would structure: the
// header block of the page's metadata, a blank line, the article's
// paragraphs separated by blank lines. Its errors are Parse's.
func (p *Parser) Text(r io.Reader, pageURL string) (string, error) {
	b, err := p.read(r)
	if err != nil {
		return "", err
	}
	m, paras, err := p.extract(b, pageURL)
	if err != nil {
		return "", err
	}
	return buildText(m, paras), nil
}

// read reads the whole page, up to the size limit.
func (p *Parser) read(r io.Reader) ([]byte, error) {
	if p.maxBytes <= 0 {
		return io.ReadAll(r)
	}
	b, err := io.ReadAll(io.LimitReader(r, int64(p.maxBytes)+1))
	if err != nil {
		return nil, err
	}
	if len(b) > p.maxBytes {
		return nil, fmt.Errorf("%w: the page is over %d bytes", newsparse.ErrTooLarge, p.maxBytes)
	}
	return b, nil
}

// extract returns the page's metadata and the article's paragraphs.
func (p *Parser) extract(b []byte, pageURL string) (Meta, []string, error) {
	src, _ := decode(b)
	src = tame(src)
	doc, err := html.Parse(strings.NewReader(src))
	if err != nil {
		return Meta{}, nil, fmt.Errorf("web: reading the HTML: %w", err)
	}
	var base *url.URL
	if pageURL != "" {
		if u, err := url.Parse(strings.TrimSpace(pageURL)); err == nil && u.IsAbs() {
			base = u
		}
	}
	info := gather(doc)

	opts := trafilatura.Options{
		OriginalURL:     base,
		EnableFallback:  !p.noFallback,
		ExcludeComments: true,
		HtmlDateMode:    trafilatura.Disabled, // the date is read below, from the page's own marks first
	}
	res, err := safeExtract(doc, opts)
	if err != nil || res == nil || res.ContentNode == nil {
		// the extractor's reasons ("text and comments are not long
		// enough: 0 0") all mean that
		return Meta{}, nil, fmt.Errorf("web: %w", ErrNoArticle)
	}
	paras := paragraphs(res.ContentNode)
	if len(paras) == 1 {
		if split := resplit(paras[0], doc); len(split) > 1 {
			paras = split
		}
	}
	if len(paras) == 0 {
		return Meta{}, nil, fmt.Errorf("web: %w", ErrNoArticle)
	}
	fb := fallback{
		title:    res.Metadata.Title,
		author:   res.Metadata.Author,
		url:      res.Metadata.URL,
		sitename: res.Metadata.Sitename,
		date: func() string {
			o := htmldate.Options{UseOriginalDate: true, SkipExtensiveSearch: true}
			if base != nil {
				o.URL = base.String()
			}
			d, err := safeDate(doc, o)
			if err != nil || d.IsZero() {
				return ""
			}
			return isoDate(d.DateTime.Format("2006-01-02"))
		},
	}
	m, sites, section := readMeta(info, base, fb)
	paras = cleanBody(paras, m, sites, section)
	if len(paras) == 0 {
		return Meta{}, nil, fmt.Errorf("web: %w", ErrNoArticle)
	}
	return m, paras, nil
}

// buildText returns the header block and the paragraphs as one text.
func buildText(m Meta, paras []string) string {
	var b bytes.Buffer
	field := func(key, v string) {
		if v = oneLine(v); v != "" {
			b.WriteString(key)
			b.WriteString(": ")
			b.WriteString(v)
			b.WriteByte('\n')
		}
	}
	field("Title", m.Title)
	field("Author", m.Author)
	field("Date", m.Date)
	field("URL", m.URL)
	field("Source", m.Source)
	if b.Len() > 0 {
		b.WriteByte('\n')
	}
	for i, p := range paras {
		if i > 0 {
			b.WriteString("\n\n")
		}
		b.WriteString(p)
	}
	b.WriteByte('\n')
	return b.String()
}

// oneLine returns v as a header value: one line, at most 500 bytes.
func oneLine(v string) string {
	v = cleanLine(strings.ReplaceAll(v, "\n", " "))
	if len(v) > 500 {
		i := 500
		for i > 0 && !utf8RuneStart(v[i]) {
			i--
		}
		v = strings.TrimSpace(v[:i])
	}
	return v
}

func utf8RuneStart(b byte) bool { return b&0xC0 != 0x80 }

// safeExtract runs the extractor; a panic in it (a bug on some odd page) is an error, not a crash.
func safeExtract(doc *html.Node, opts trafilatura.Options) (res *trafilatura.ExtractResult, err error) {
	defer func() {
		if r := recover(); r != nil {
			res, err = nil, fmt.Errorf("the extractor failed: %v", r)
		}
	}()
	return trafilatura.ExtractDocument(doc, opts)
}

// safeDate runs go-htmldate; a panic in it is no date.
func safeDate(doc *html.Node, o htmldate.Options) (res htmldate.Result, err error) {
	defer func() {
		if r := recover(); r != nil {
			res, err = htmldate.Result{}, fmt.Errorf("htmldate failed: %v", r)
		}
	}()
	return htmldate.FromDocument(doc, o)
}
