package web

import (
	"bytes"
	"net/url"
	"strings"
	"testing"

	trafilatura "github.com/markusmobius/go-trafilatura"
	"github.com/newsparse/newsparse"
)

// benchPages is the size of the generated corpus the benchmark reads.
const benchPages = 40

// BenchmarkParseHTML measures MB/s of HTML over the generated page corpus
// (corpus_test.go), every sub-benchmark in the same run and over the same
// bytes, so that their ns/op add up:
//
//   - trafilatura: go-trafilatura alone, as a user would call it (Extract
//     with its fallbacks, comments excluded): body text and its own metadata;
//   - text: this package's extraction, metadata and built text (Parser.Text);
//   - parse: the whole of web.Parse, the text then structured by newsparse;
//   - structure: newsparse on the built texts alone (the text path).
func BenchmarkParseHTML(b *testing.B) {
	type page struct {
		html []byte
		url  string
		u    *url.URL
		text string
	}
	var pages []page
	size := 0
	p := NewParser()
	for i := range benchPages {
		h, u := corpusPage(i)
		pu, _ := url.Parse(u)
		text, err := p.Text(strings.NewReader(h), u)
		if err != nil {
			b.Fatalf("page %d: %v", i, err)
		}
		pages = append(pages, page{[]byte(h), u, pu, text})
		size += len(h)
	}
	if _, err := newsparse.Parse("Warm up the models."); err != nil {
		b.Fatal(err)
	}
	b.Run("trafilatura", func(b *testing.B) {
		b.SetBytes(int64(size))
		for b.Loop() {
			for _, pg := range pages {
				_, err := trafilatura.Extract(bytes.NewReader(pg.html), trafilatura.Options{
					OriginalURL: pg.u, EnableFallback: true, ExcludeComments: true})
				if err != nil {
					b.Fatal(err)
				}
			}
		}
	})
	b.Run("text", func(b *testing.B) {
		b.SetBytes(int64(size))
		for b.Loop() {
			for _, pg := range pages {
				if _, err := p.Text(bytes.NewReader(pg.html), pg.url); err != nil {
					b.Fatal(err)
				}
			}
		}
	})
	b.Run("parse", func(b *testing.B) {
		b.SetBytes(int64(size))
		for b.Loop() {
			for _, pg := range pages {
				if _, err := p.Parse(bytes.NewReader(pg.html), pg.url); err != nil {
					b.Fatal(err)
				}
			}
		}
	})
	b.Run("structure", func(b *testing.B) {
		b.SetBytes(int64(size))
		np := newsparse.Default()
		for b.Loop() {
			for _, pg := range pages {
				if _, err := np.ParsePage(pg.text); err != nil {
					b.Fatal(err)
				}
			}
		}
	})
}
