package web

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// maxDepth is how deep elements may nest in the page handed to the HTML
// parser. Real news pages stay well under 100; the HTML parser looks through
// the stack of open elements at most tags, so that a page of 8 MB of nested
// tags would take it hours, and the extractor recurses as deep.
const maxDepth = 256

// maxParagraphs is how many <p> elements the page handed to the extractor
// may hold: go-trafilatura gathers the text of every <p> once per candidate
// by string concatenation, in time that grows with their number times the
// length of their text (a 1 MB page of 125,000 short paragraphs took 23 s).
// News articles have a few hundred at most; past the limit a <p> becomes two
// line breaks, which still end a paragraph.
const maxParagraphs = 1000

// maxElements is how many elements of the page are handed to the extractor:
// its time and memory grow fast with their number (an 8 MB page of 800,000
// short <div>s took 78 s and 2 GB). Busy news pages have under 10,000; the
// rest of a page past the limit is left out.
const maxElements = 20000

// tame returns the page within the limits the HTML parser and the extractor
// need to finish in time: the start tags that would open an element deeper
// than maxDepth left out (and the end tags that close them), their text
// kept and a block among them made <br><br>, which still ends a paragraph; the <p> tags past the first maxParagraphs made <br><br>; the page
// cut before its start tag number maxElements+1. It follows the open
// elements roughly as the HTML parser does (void elements, a <p> or <li>
// closed by the next block, cells and rows), and is linear in the length of
// the page. A page within the limits comes back unchanged, without a copy.
func tame(page string) string {
	z := html.NewTokenizer(strings.NewReader(page))
	var (
		stack []atom.Atom
		out   *strings.Builder
		pos   int // offset in page of the current token
		paras int // <p> start tags so far
		elems int // start tags so far
		cut   bool
	)
	drop := func() {
		if out == nil {
			out = &strings.Builder{}
			out.Grow(len(page))
			out.WriteString(page[:pos])
		}
	}
	for {
		tt := z.Next()
		if tt == html.ErrorToken {
			break
		}
		raw := z.Raw()
		keep := true
		switch tt {
		case html.StartTagToken, html.SelfClosingTagToken:
			if elems++; elems > maxElements {
				drop()
				cut = true
				break
			}
			name, _ := z.TagName()
			a := atom.Lookup(name)
			if voidElements[a] {
				break
			}
			stack = closeImplied(stack, a)
			if a == atom.P {
				if paras++; paras > maxParagraphs {
					drop()
					out.WriteString("<br><br>")
					keep = false
					break
				}
			}
			if len(stack) >= maxDepth {
				keep = false
				if closesP[a] || a == atom.Tr || a == atom.Td || a == atom.Th {
					// a block left out still ends a paragraph
					drop()
					out.WriteString("<br><br>")
				}
				break
			}
			stack = append(stack, a)
		case html.EndTagToken:
			name, _ := z.TagName()
			a := atom.Lookup(name)
			keep = false
			for i := len(stack) - 1; i >= 0; i-- {
				if stack[i] == a {
					stack = stack[:i]
					keep = true
					break
				}
			}
		}
		if cut {
			break
		}
		if !keep {
			drop()
		} else if out != nil {
			out.Write(raw)
		}
		pos += len(raw)
	}
	if out == nil {
		return page
	}
	if !cut && pos < len(page) {
		out.WriteString(page[pos:]) // what the tokenizer left unread
	}
	return out.String()
}

// closeImplied pops the elements a start tag a closes without an end tag.
func closeImplied(stack []atom.Atom, a atom.Atom) []atom.Atom {
	top := func() atom.Atom {
		if len(stack) == 0 {
			return 0
		}
		return stack[len(stack)-1]
	}
	if closesP[a] && top() == atom.P {
		stack = stack[:len(stack)-1]
	}
	switch a {
	case atom.Li:
		if top() == atom.Li {
			stack = stack[:len(stack)-1]
		}
	case atom.Dt, atom.Dd:
		if t := top(); t == atom.Dt || t == atom.Dd {
			stack = stack[:len(stack)-1]
		}
	case atom.Option, atom.Optgroup:
		if top() == atom.Option {
			stack = stack[:len(stack)-1]
		}
	case atom.Td, atom.Th:
		if t := top(); t == atom.Td || t == atom.Th {
			stack = stack[:len(stack)-1]
		}
	case atom.Tr:
		if t := top(); t == atom.Td || t == atom.Th {
			stack = stack[:len(stack)-1]
		}
		if top() == atom.Tr {
			stack = stack[:len(stack)-1]
		}
	case atom.A:
		if top() == atom.A {
			stack = stack[:len(stack)-1]
		}
	}
	return stack
}

var voidElements = map[atom.Atom]bool{
	atom.Area: true, atom.Base: true, atom.Br: true, atom.Col: true, atom.Embed: true,
	atom.Hr: true, atom.Img: true, atom.Input: true, atom.Link: true, atom.Meta: true,
	atom.Param: true, atom.Source: true, atom.Track: true, atom.Wbr: true, atom.Keygen: true,
	atom.Basefont: true, atom.Bgsound: true, atom.Frame: true, atom.Image: true,
}

// closesP are the start tags that close an open <p>.
var closesP = map[atom.Atom]bool{
	atom.Address: true, atom.Article: true, atom.Aside: true, atom.Blockquote: true,
	atom.Center: true, atom.Details: true, atom.Dialog: true, atom.Dir: true, atom.Div: true,
	atom.Dl: true, atom.Fieldset: true, atom.Figcaption: true, atom.Figure: true,
	atom.Footer: true, atom.Form: true, atom.H1: true, atom.H2: true, atom.H3: true,
	atom.H4: true, atom.H5: true, atom.H6: true, atom.Header: true, atom.Hgroup: true,
	atom.Hr: true, atom.Li: true, atom.Main: true, atom.Menu: true, atom.Nav: true,
	atom.Ol: true, atom.P: true, atom.Pre: true, atom.Section: true, atom.Summary: true,
	atom.Table: true, atom.Ul: true, atom.Dd: true, atom.Dt: true,
}
