package web

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// blocks are the elements that start a paragraph of their own.
var blocks = map[atom.Atom]bool{
	atom.P: true, atom.Div: true, atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true,
	atom.H5: true, atom.H6: true, atom.Li: true, atom.Ul: true, atom.Ol: true, atom.Dl: true,
	atom.Dt: true, atom.Dd: true, atom.Blockquote: true, atom.Pre: true, atom.Table: true,
	atom.Tr: true, atom.Thead: true, atom.Tbody: true, atom.Tfoot: true, atom.Caption: true,
	atom.Figure: true, atom.Figcaption: true, atom.Section: true, atom.Article: true,
	atom.Header: true, atom.Footer: true, atom.Main: true, atom.Aside: true, atom.Hr: true,
	atom.Address: true, atom.Details: true, atom.Summary: true, atom.Body: true, atom.Html: true,
	atom.Form: true, atom.Fieldset: true, atom.Center: true,
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
				switch c.DataAtom {
				case atom.Script, atom.Style, atom.Noscript, atom.Template, atom.Svg, atom.Head,
					atom.Button, atom.Select, atom.Iframe, atom.Object:
					continue
				case atom.Br:
					brs++
					if brs >= 2 {
						flush()
					} else {
						cur.WriteByte('\n')
					}
					continue
				case atom.Td, atom.Th:
					if hasText {
						cur.WriteString(" | ")
						hasText = false
					}
					walk(c, depth+1)
					continue
				}
				if blocks[c.DataAtom] {
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
