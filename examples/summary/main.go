// Command summary prints a human-readable digest of a news article: its
// header, then what newsparse found in it.
//
//	go run ./examples/summary FILE     (no FILE: the embedded sample article)
package main

import (
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/newsparse/newsparse"
)

func main() {
	text := newsparse.SampleArticle
	if len(os.Args) > 1 {
		b, err := os.ReadFile(os.Args[1])
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		text = string(b)
	}
	a, err := newsparse.Parse(text)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	summarize(os.Stdout, a)
}

func summarize(w io.Writer, a *newsparse.Article) {
	m := a.Meta
	if m.Title != "" {
		fmt.Fprintf(w, "Title:    %s\n", m.Title)
	}
	if m.Date != nil {
		fmt.Fprintf(w, "Date:     %s (%s)\n", m.Date.Text, m.Date.Precision)
	}
	for _, f := range m.Fields {
		if f.Key != "title" && f.Key != "date" {
			fmt.Fprintf(w, "%-9s %s\n", f.Key+":", f.Value)
		}
	}
	if m.Dateline != nil {
		fmt.Fprintf(w, "Dateline: %s %s\n", m.Dateline.Place, m.Dateline.Agency)
	}
	fmt.Fprintf(w, "Body:     %d paragraphs, %d sentences, %d bytes\n", len(a.Paragraphs), len(a.Sentences), a.Body.End-a.Body.Start)
	if len(a.Entities) > 0 {
		fmt.Fprintf(w, "\nEntities (%d):\n", len(a.Entities))
		for _, e := range a.Entities {
			titles := ""
			if len(e.Titles) > 0 {
				titles = " [" + strings.Join(e.Titles, ", ") + "]"
			}
			fmt.Fprintf(w, "  %-7s %s%s ×%d\n", e.Type, e.Name, titles, len(e.Mentions))
		}
	}
	if len(a.Quotes) > 0 {
		fmt.Fprintf(w, "\nQuotes (%d):\n", len(a.Quotes))
		for _, q := range a.Quotes {
			who := "(no speaker)"
			if q.Speaker != nil {
				who = q.Speaker.Name
			}
			fmt.Fprintf(w, "  %s %s: %q\n", who, q.Cue, q.Text)
		}
	}
	if len(a.Money) > 0 {
		fmt.Fprintf(w, "\nMoney (%d):\n", len(a.Money))
		for _, mo := range a.Money {
			v := "?"
			switch {
			case mo.Value != nil:
				v = fmt.Sprintf("%.0f", *mo.Value)
			case mo.Min != nil && mo.Max != nil:
				v = fmt.Sprintf("%.0f–%.0f", *mo.Min, *mo.Max)
			}
			fmt.Fprintf(w, "  %-14s %s %s %s\n", mo.Text, v, mo.Currency, mo.Qualifier)
		}
	}
	if len(a.Casualties) > 0 {
		fmt.Fprintf(w, "\nCasualties (%d):\n", len(a.Casualties))
		for _, c := range a.Casualties {
			n := fmt.Sprintf("%.0f", c.Count)
			if c.Unstated {
				n = "?" // "several were hurt": no figure
			}
			fmt.Fprintf(w, "  %-9s %s %s %s  (%q)\n", c.Kind, n, c.Who, c.Qualifier, c.Text)
		}
	}
	t := a.Toll
	for _, k := range []struct {
		name string
		v    *float64
	}{{"killed", t.Killed}, {"injured", t.Injured}, {"displaced", t.Displaced}, {"missing", t.Missing}, {"detained", t.Detained}, {"kidnapped", t.Kidnapped}} {
		if k.v != nil {
			fmt.Fprintf(w, "Toll %s: %.0f\n", k.name, *k.v)
		}
	}
}
