package web

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// page is what the metadata is read from, gathered in one walk of the
// document: the <meta> tags, the canonical link, the JSON-LD blocks, the
// <title>, the first-level headings, the visible bylines and <time> elements.
type page struct {
	metas     map[string][]string // lower-case name, property or itemprop: the contents, in order
	canonical string
	titleTag  string
	h1s       []string
	jsonld    []string
	bylines   []string // visible byline texts, those inside the article first
	times     []string // datetime of <time> elements marked as the publication time
	anyTimes  []string // datetime of the other <time> elements in the article, in order
}

// metaValue returns the first non-empty content of the first key that has one.
func (p *page) metaValue(keys ...string) string {
	for _, k := range keys {
		for _, v := range p.metas[k] {
			if v = cleanLine(v); v != "" {
				return v
			}
		}
	}
	return ""
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

func hasAttr(n *html.Node, key string) bool {
	for _, a := range n.Attr {
		if a.Key == key {
			return true
		}
	}
	return false
}

// textOf returns the text inside n, at most limit bytes of it (0: no limit),
// with <br> and the bounds of block elements as newlines and script and
// style left out.
func textOf(n *html.Node, limit int) string {
	var b strings.Builder
	var walk func(*html.Node) bool
	walk = func(n *html.Node) bool {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			switch c.Type {
			case html.TextNode:
				b.WriteString(c.Data)
			case html.ElementNode:
				switch c.DataAtom {
				case atom.Script, atom.Style, atom.Noscript, atom.Template, atom.Svg:
					continue
				case atom.Br:
					b.WriteByte('\n')
				}
				block := blocks[c.Data]
				if block {
					b.WriteByte('\n')
				}
				if !walk(c) {
					return false
				}
				if block {
					b.WriteByte('\n')
				}
			}
			if limit > 0 && b.Len() > limit {
				return false
			}
		}
		return true
	}
	walk(n)
	return b.String()
}

// classHas reports whether the class or id of n holds one of the words
// (as part of a token: "c-byline__name" holds "byline").
func classHas(n *html.Node, words ...string) bool {
	for _, key := range []string{"class", "id"} {
		v := attr(n, key)
		if v == "" {
			continue
		}
		v = strings.ToLower(v)
		for _, w := range words {
			if strings.Contains(v, w) {
				return true
			}
		}
	}
	return false
}

// boilerplate reports whether n holds no part of the article's own header:
// navigation, asides, footers, comments, related and recommended links.
func boilerplate(n *html.Node) bool {
	switch n.DataAtom {
	case atom.Nav, atom.Aside, atom.Footer, atom.Form:
		return true
	}
	return classHas(n, "comment", "related", "recommend", "sidebar", "promo", "newsletter",
		"more-stories", "most-read", "mostread", "popular", "trending", "footer", "teaser")
}

// gatherer is the state of gather's walk: the page being filled and the
// bylines found so far, by where they stand.
type gatherer struct {
	p           *page
	inArticle   []string // bylines inside <article> or <main>
	outside     []string
	textBylines []string // "By …" text lines, after the marked bylines
}

const maxBylines = 40

// gather walks the document once and returns what the metadata is read from.
func gather(doc *html.Node) *page {
	g := &gatherer{p: &page{metas: map[string][]string{}}}
	type frame struct {
		n       *html.Node
		article bool
		skip    bool
	}
	stack := []frame{{n: doc}}
	for len(stack) > 0 {
		f := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		n := f.n
		article, skip := f.article, f.skip
		if n.Type == html.ElementNode {
			var descend bool
			if article, descend = g.element(n, article, skip); !descend {
				continue
			}
			if !skip && n.DataAtom != atom.Html && n.DataAtom != atom.Body && boilerplate(n) {
				skip = true
			}
			if !skip {
				g.markedByline(n, article)
			}
		}
		// children in document order: pushed last first
		for c := n.LastChild; c != nil; c = c.PrevSibling {
			if c.Type == html.ElementNode || c.Type == html.DocumentNode {
				stack = append(stack, frame{c, article, skip})
			}
		}
		if !skip && n.Type == html.ElementNode {
			g.textByline(n)
		}
	}
	g.p.bylines = append(append(g.inArticle, g.outside...), g.textBylines...)
	return g.p
}

// element records what element n tells of the page (meta tags, canonical
// link, title, JSON-LD, h1, time), and returns whether n or an ancestor is
// the article and whether to walk its children.
func (g *gatherer) element(n *html.Node, article, skip bool) (inArticle, descend bool) {
	p := g.p
	switch n.DataAtom {
	case atom.Meta:
		content := attr(n, "content")
		if content == "" {
			content = attr(n, "datetime")
		}
		for _, k := range []string{"name", "property", "itemprop"} {
			if key := strings.ToLower(strings.TrimSpace(attr(n, k))); key != "" && content != "" {
				p.metas[key] = append(p.metas[key], content)
			}
		}
	case atom.Link:
		if p.canonical == "" && strings.EqualFold(strings.TrimSpace(attr(n, "rel")), "canonical") {
			p.canonical = strings.TrimSpace(attr(n, "href"))
		}
	case atom.Title:
		if p.titleTag == "" && n.Namespace == "" {
			p.titleTag = cleanLine(textOf(n, 2000))
		}
	case atom.Script:
		if t := strings.ToLower(attr(n, "type")); strings.Contains(t, "ld+json") && len(p.jsonld) < 20 {
			p.jsonld = append(p.jsonld, textOf(n, 0))
		}
		return article, false
	case atom.Style, atom.Template, atom.Svg, atom.Noscript:
		return article, false
	case atom.Article, atom.Main:
		article = true
	case atom.H1:
		if len(p.h1s) < 10 {
			if t := cleanLine(textOf(n, 2000)); t != "" {
				p.h1s = append(p.h1s, t)
			}
		}
	case atom.Time:
		if !skip {
			g.timeElement(n, article)
		}
	}
	return article, true
}

// timeElement records a <time>: a publication time, or any time inside the
// article that is not an update's.
func (g *gatherer) timeElement(n *html.Node, article bool) {
	v := attr(n, "datetime")
	if v == "" {
		v = textOf(n, 200)
	}
	switch {
	case strings.EqualFold(attr(n, "itemprop"), "datePublished") || hasAttr(n, "pubdate") ||
		classHas(n, "publish", "posted", "dateline") && !classHas(n, "update", "modif"):
		g.p.times = append(g.p.times, v)
	case article && !classHas(n, "update", "modif") && len(g.p.anyTimes) < 5:
		g.p.anyTimes = append(g.p.anyTimes, v)
	}
}

// markedByline records the text of an element marked as a byline.
func (g *gatherer) markedByline(n *html.Node, article bool) {
	if len(g.inArticle)+len(g.outside) >= maxBylines || !byline(n) {
		return
	}
	t := textOf(n, 300)
	if len(t) > 300 {
		return
	}
	if strings.EqualFold(attr(n, "itemprop"), "author") {
		if name := descendantProp(n, "name"); name != "" {
			t = name
		}
	}
	if article {
		g.inArticle = append(g.inArticle, t)
	} else {
		g.outside = append(g.outside, t)
	}
}

// textByline records a byline written as text only: "By Jane Smith<br>".
func (g *gatherer) textByline(n *html.Node) {
	if len(g.textBylines) >= 5 {
		return
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.TextNode || len(c.Data) > 200 {
			continue
		}
		if t := strings.TrimSpace(c.Data); len(t) > 3 && len(t) <= 120 && (t[:3] == "By " || t[:3] == "BY " || t[:3] == "by ") {
			g.textBylines = append(g.textBylines, t)
		}
	}
}

// byline reports whether element n is marked as an author's name.
func byline(n *html.Node) bool {
	if strings.EqualFold(attr(n, "rel"), "author") || strings.EqualFold(attr(n, "itemprop"), "author") {
		return true
	}
	return classHas(n, "byline", "author", "writer", "reporter") && !classHas(n, "bio", "avatar", "image", "photo", "img", "social", "follow")
}

// descendantProp returns the text of the first element under n with the itemprop prop.
func descendantProp(n *html.Node, prop string) string {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode {
			continue
		}
		if strings.EqualFold(attr(c, "itemprop"), prop) {
			if v := attr(c, "content"); v != "" {
				return v
			}
			return textOf(c, 300)
		}
		if v := descendantProp(c, prop); v != "" {
			return v
		}
	}
	return ""
}
