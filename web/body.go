package web

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
)

// blocks are the elements that start a paragraph of their own. The
// extractor's output is matched by tag name: the elements it makes carry no atom.
var blocks = map[string]bool{
	"p": true, "div": true, "h1": true, "h2": true, "h3": true, "h4": true, "h5": true, "h6": true,
	"li": true, "ul": true, "ol": true, "dl": true, "dt": true, "dd": true, "blockquote": true,
	"pre": true, "table": true, "tr": true, "thead": true, "tbody": true, "tfoot": true,
	"caption": true, "figure": true, "figcaption": true, "section": true, "article": true,
	"header": true, "footer": true, "main": true, "aside": true, "hr": true, "address": true,
	"details": true, "summary": true, "body": true, "html": true, "form": true, "fieldset": true,
	"center": true, "head": true, "list": true, "item": true, "quote": true, "row": true,
}

// skipped are the elements whose text is no part of the article.
var skipped = map[string]bool{
	"script": true, "style": true, "noscript": true, "template": true, "svg": true, "head": true,
	"button": true, "select": true, "iframe": true, "object": true, "math": true, "textarea": true,
}

// paragraphs returns the text of the extracted article, one string per
// paragraph: a block element (paragraph, heading, list item, quotation,
// table row) is a paragraph, two line breaks in a row end one, a single
// <br> stays a line end inside it, and table cells are joined by " | ".
// White space is collapsed and invisible characters dropped.
func paragraphs(root *html.Node) []string {
	var out []string
	var cur strings.Builder
	brs := 0         // <br> since the last text
	hasText := false // text in cur since the last flush
	flush := func() {
		brs, hasText = 0, false
		if cur.Len() == 0 {
			return
		}
		var lines []string
		for _, l := range strings.Split(cur.String(), "\n") {
			if l = cleanLine(l); l != "" {
				lines = append(lines, l)
			}
		}
		cur.Reset()
		if len(lines) > 0 {
			out = append(out, strings.Join(lines, "\n"))
		}
	}
	var walk func(n *html.Node, depth int)
	walk = func(n *html.Node, depth int) {
		if depth > 2*maxDepth {
			return
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			switch c.Type {
			case html.TextNode:
				if strings.TrimSpace(c.Data) != "" {
					brs, hasText = 0, true
				}
				cur.WriteString(c.Data)
			case html.ElementNode:
				name := strings.ToLower(c.Data)
				switch {
				case skipped[name]:
					continue
				case name == "br" || name == "lb":
					brs++
					if brs >= 2 {
						flush()
					} else {
						cur.WriteByte('\n')
					}
					continue
				case name == "td" || name == "th" || name == "cell":
					if hasText {
						cur.WriteString(" | ")
						hasText = false
					}
					walk(c, depth+1)
					continue
				}
				if blocks[name] {
					flush()
					walk(c, depth+1)
					flush()
					continue
				}
				walk(c, depth+1)
			}
		}
	}
	walk(root, 0)
	flush()
	return out
}

// cleanBody drops what the extractor kept that is no part of the article:
// paragraphs without a letter or digit; at the top, before the first
// sentence-long paragraph, the headline, a byline, a date line, the site's or
// section's name and stray words in lower case ("in"); anywhere, a short
// "Read more: …" or "Sign up …" promotion, and a paragraph that repeats the
// one before it (repeats).
func cleanBody(paras []string, m Meta, sites []string, section string) []string {
	out := paras[:0:0]
	top := true
	firstAuthor := alnum(strings.SplitN(m.Author, ";", 2)[0])
	for _, p := range paras {
		k := alnum(p)
		if k == "" {
			continue
		}
		words := len(strings.Fields(p))
		if top {
			switch {
			case m.Title != "" && k == alnum(m.Title),
				words <= 4 && isSite(p, sites),
				section != "" && strings.EqualFold(p, section),
				firstAuthor != "" && len(p) < 200 && bylinePrefix.MatchString(p) && strings.Contains(k, firstAuthor),
				words <= 8 && (isoDate(p) != "" || dateLine.MatchString(p)),
				words <= 3 && p == strings.ToLower(p):
				continue
			}
			if words >= 8 {
				top = false
			}
		}
		if words <= 20 && promo.MatchString(p) {
			continue
		}
		if len(out) > 0 && repeats(p, out[len(out)-1]) {
			continue
		}
		out = append(out, p)
	}
	return out
}

// repeats reports whether p repeats prev, the paragraph before it: the
// extractor gives a short page's one paragraph twice, the second time as the
// page's whole text, which may start with its <title> run into the
// paragraph with no space between ("StormA storm hit…"). A paragraph that
// ends with a sentence the one before it ended with is no repeat.
func repeats(p, prev string) bool {
	if p == prev {
		return true
	}
	rest, ok := strings.CutSuffix(p, prev)
	if !ok || len(prev) < 40 || len(rest) > 300 {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(rest)
	return !unicode.IsSpace(r) && !unicode.IsPunct(r)
}

var (
	dateLine = regexp.MustCompile(`(?i)^(?:published|updated|posted|last updated|first published)\b`)
	promo    = regexp.MustCompile(`(?i)^(?:read more|related|see also|also read|read also|more on this|recommended|watch|listen|sign up|subscribe|click here|follow us|share this|advertisement|story continues below|continue reading)\b`)
)

// leafBlocks are the elements whose text resplit looks for in a run-together extract.
var leafBlocks = map[string]bool{
	"p": true, "h1": true, "h2": true, "h3": true, "h4": true, "h5": true, "h6": true,
	"li": true, "blockquote": true, "pre": true, "dd": true, "dt": true, "figcaption": true,
	"td": true, "th": true, "div": true, "caption": true, "address": true,
}

// resplit returns the paragraphs of an extract the extractor ran together
// (its rescue for short articles joins the text of the whole <article>): the
// page's own blocks, in order, when their texts follow one another through
// the whole extract; else nil. A block's text ends at a space or where the
// next block's text starts, since a minified page ("<h1>Storm</h1><p>A
// storm…") runs them together with nothing between.
func resplit(blob string, doc *html.Node) []string {
	blob = cleanLine(blob)
	leaves := leafTexts(doc)
	var out []string
	pos := 0
	for i, t := range leaves {
		rest := strings.TrimLeftFunc(blob[pos:], unicode.IsSpace)
		if !strings.HasPrefix(rest, t) {
			continue
		}
		end := len(blob) - len(rest) + len(t)
		if end < len(blob) && blob[end] != ' ' && !startsBlock(blob[end:], leaves[i+1:]) {
			continue
		}
		out = append(out, t)
		pos = end
		if strings.TrimSpace(blob[pos:]) == "" {
			return out
		}
	}
	return nil
}

// startsBlock reports whether s starts with the text of one of the next few
// blocks (a block the extract left out may stand between).
func startsBlock(s string, next []string) bool {
	for i, t := range next {
		if i == 3 {
			break
		}
		if strings.HasPrefix(s, t) {
			return true
		}
	}
	return false
}

// leafTexts returns the text of every block of the page that holds no other
// block, in order, without the empty ones.
func leafTexts(doc *html.Node) []string {
	var out []string
	var walk func(n *html.Node, depth int)
	walk = func(n *html.Node, depth int) {
		if depth > 2*maxDepth {
			return
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type != html.ElementNode {
				continue
			}
			name := strings.ToLower(c.Data)
			if skipped[name] {
				continue
			}
			if leafBlocks[name] && !hasBlockChild(c) {
				if t := cleanLine(textOf(c, 0)); t != "" {
					out = append(out, t)
				}
				continue
			}
			walk(c, depth+1)
		}
	}
	walk(doc, 0)
	return out
}

func hasBlockChild(n *html.Node) bool {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && blocks[strings.ToLower(c.Data)] {
			return true
		}
	}
	return false
}
