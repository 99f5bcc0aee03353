package web

import (
	"bytes"
	"fmt"
	"net/url"
	"os"
	"strings"
	"testing"
	"unicode"

	readability "github.com/go-shiori/go-readability"
	trafilatura "github.com/markusmobius/go-trafilatura"
	"github.com/newsparse/newsparse"
	"golang.org/x/text/unicode/norm"
)

// TestScore compares this package's metadata and body with go-trafilatura
// alone and go-readability alone on the pages written for the tests and the
// generated corpus, whose truth is known: title exact (after Unicode and
// space normalisation), author (the same set of names), date exact, and the
// body's 4-word-shingle F1. NEWSPARSE_SCORE=1 runs it.
func TestScore(t *testing.T) {
	if os.Getenv("NEWSPARSE_SCORE") == "" {
		t.Skip("set NEWSPARSE_SCORE=1 to score the metadata and bodies against go-trafilatura and go-readability")
	}
	type truth struct {
		page, url, title, author, date string
		body                           string // "" when not known
	}
	var pages []truth
	for _, w := range testPages {
		b, err := os.ReadFile("testdata/" + w.file)
		if err != nil {
			t.Fatal(err)
		}
		pages = append(pages, truth{page: string(b), url: w.url, title: w.title, author: w.author, date: w.date})
	}
	for i := range benchPages {
		page, u := corpusPage(i)
		_, title, paras, author, date := corpusTruth(i)
		pages = append(pages, truth{page, u, title, author, date[:10], strings.Join(paras, "\n\n")})
	}
	type result struct{ title, author, date, body string }
	extractors := []struct {
		name string
		run  func(tr truth) result
	}{
		{"web", func(tr truth) result {
			text, err := NewParser().Text(strings.NewReader(tr.page), tr.url)
			if err != nil {
				return result{}
			}
			m, _ := newsparse.SplitHeader(text)
			return result{m.Title, m.Author, m.Get("date"), text[strings.Index(text, "\n\n")+2:]}
		}},
		{"go-trafilatura", func(tr truth) result {
			u, _ := url.Parse(tr.url)
			res, err := trafilatura.Extract(strings.NewReader(tr.page), trafilatura.Options{OriginalURL: u, EnableFallback: true, ExcludeComments: true})
			if err != nil {
				return result{}
			}
			d := ""
			if !res.Metadata.Date.IsZero() {
				d = res.Metadata.Date.Format("2006-01-02")
			}
			return result{res.Metadata.Title, res.Metadata.Author, d, res.ContentText}
		}},
		{"go-readability", func(tr truth) result {
			u, _ := url.Parse(tr.url)
			res, err := readability.FromReader(bytes.NewReader([]byte(tr.page)), u)
			if err != nil {
				return result{}
			}
			d := ""
			if res.PublishedTime != nil {
				d = res.PublishedTime.Format("2006-01-02")
			}
			return result{res.Title, res.Byline, d, res.TextContent}
		}},
	}
	for _, ex := range extractors {
		var title, author, date, f1 float64
		bodies := 0
		for _, tr := range pages {
			r := ex.run(tr)
			if normText(r.title) == normText(tr.title) {
				title++
			}
			if nameSet(r.author) == nameSet(tr.author) {
				author++
			}
			if r.date == tr.date {
				date++
			}
			if tr.body != "" {
				f1 += shingleF1(r.body, tr.body)
				bodies++
			}
		}
		n := float64(len(pages))
		t.Logf("%-15s %d pages: title %.3f  author %.3f  date %.3f  body F1 %.3f (%d pages)",
			ex.name, len(pages), title/n, author/n, date/n, f1/float64(bodies), bodies)
	}
}

func normText(s string) string {
	return strings.Join(strings.Fields(norm.NFC.String(s)), " ")
}

// nameSet returns the names of an author field, in lower case, sorted, one string.
func nameSet(s string) string {
	f := strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return r == ';' || r == ',' || r == '&' })
	var names []string
	for _, p := range f {
		for _, q := range strings.Split(p, " and ") {
			q = strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(q), "by "))
			if q != "" {
				names = append(names, q)
			}
		}
	}
	for i := range names {
		for j := i + 1; j < len(names); j++ {
			if names[j] < names[i] {
				names[i], names[j] = names[j], names[i]
			}
		}
	}
	return strings.Join(names, "|")
}

// shingleF1 is the F1 of the 4-word shingles of got against want (as bags).
func shingleF1(got, want string) float64 {
	g, w := shingles(got), shingles(want)
	if len(g) == 0 || len(w) == 0 {
		return 0
	}
	common := 0
	for k, n := range g {
		common += min(n, w[k])
	}
	ng, nw := 0, 0
	for _, n := range g {
		ng += n
	}
	for _, n := range w {
		nw += n
	}
	p, r := float64(common)/float64(ng), float64(common)/float64(nw)
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

func shingles(s string) map[string]int {
	words := strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	out := map[string]int{}
	for i := 0; i+4 <= len(words); i++ {
		out[fmt.Sprint(words[i:i+4])]++
	}
	return out
}
