package web

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/newsparse/newsparse"
)

// FuzzParse checks Parse on arbitrary pages: no panic; an error is ErrNoArticle
// or the size limit; an article's text is valid UTF-8 without invisible
// characters, its header block is read back by SplitHeader, and every offset
// points into it. Pages are kept small (64 KB) so that each call is fast.
func FuzzParse(f *testing.F) {
	files, _ := filepath.Glob("testdata/*.html")
	for _, name := range files {
		if b, err := os.ReadFile(name); err == nil {
			f.Add(string(b))
		}
	}
	page, _ := corpusPage(2)
	f.Add(page)
	for _, s := range []string{
		"",
		"<p>The meeting dragged past midnight while the cleaners waited outside in the rain.</p>",
		"<html><head><meta charset=windows-1252><title>T\xe9st | Site</title></head><body><article><h1>T\xe9st</h1><p>By Jane Smith</p><p>Caf\xe9 owners protested on Monday against \x93soaring\x94 rents in the old town, the union said.</p></article></body></html>",
		`<script type="application/ld+json">{"@graph":[{"@type":"NewsArticle","headline":"H","author":{"@id":"#a"},"datePublished":"2024-02-30"},{"@id":"#a","name":"X"}]}</script><p>Body text that is long enough to count as an article for the extractor to keep.</p>`,
		"<div><div><div><span><b><i><u><p>deep text inside many tags that goes on and on for a while",
		"<table><tr><td>a<td>b<tr><td>c</table><p>After the table, the article goes on with a long sentence.</p>",
		"\ufeff<!DOCTYPE html><p>Soft\u00adhyphen zero\u200bwidth joiner\u200d text in a paragraph that is long enough.</p>",
		"<p>a<br>b<br><br>c</p><pre>  code\n  block</pre><blockquote>quoted words</blockquote>",
	} {
		f.Add(s)
	}
	p := NewParser(WithMaxBytes(64 << 10))
	f.Fuzz(func(t *testing.T, page string) {
		a, err := p.Parse(strings.NewReader(page), "https://example.com/news/a")
		if err != nil {
			if !errors.Is(err, ErrNoArticle) && !errors.Is(err, newsparse.ErrTooLarge) {
				t.Fatalf("unexpected error: %v", err)
			}
			return
		}
		text := a.Text()
		if text != a.PageText {
			t.Fatal("PageText differs from Text()")
		}
		if !utf8.ValidString(text) {
			t.Fatal("text is not valid UTF-8")
		}
		for _, r := range text {
			if r != '\n' && invisible(r) {
				t.Fatalf("invisible character %U in the text", r)
			}
		}
		meta, body := newsparse.SplitHeader(text)
		if meta.Title != a.Meta.Title || body != a.Body {
			t.Fatalf("header read back differs: %q %v, article %q %v", meta.Title, body, a.Meta.Title, a.Body)
		}
		in := func(s, e int) bool { return 0 <= s && s <= e && e <= len(text) }
		if !in(a.Body.Start, a.Body.End) {
			t.Fatalf("body %v out of the text", a.Body)
		}
		for _, f := range a.Meta.Fields {
			if !in(f.Start, f.End) || text[f.Start:f.End] != f.Value {
				t.Fatalf("field %+v does not point at its value", f)
			}
		}
		for _, s := range a.Sentences {
			if !in(s.Start, s.End) {
				t.Fatalf("sentence %v out of the text", s)
			}
		}
		for _, e := range a.Entities {
			for _, m := range e.Mentions {
				if !in(m.Start, m.End) || text[m.Start:m.End] != m.Text {
					t.Fatalf("mention %+v does not point at its text", m)
				}
			}
		}
	})
}
