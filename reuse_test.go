package newsparse

import (
	"encoding/json"
	"fmt"
	"runtime"
	"strings"
	"sync"
	"testing"
)

// Every stage of a parse takes its working memory from a pool and gives it
// back at the end of the parse (textdoc.AnalyzeLent and Doc.Release, the
// entity scratch, the tagger's scratch, the place resolver's context, the
// attribution's lists and the speaker ranking's, coreference's lists, the
// figures' memo). The tests here check what that must never change: an
// Article keeps its output whatever is parsed after it, a parse gives the
// same output whatever was parsed before it (on the same goroutine or on
// others at the same time), and none of the two depends on whether the
// pools were empty.

// reuseTexts are articles of very different shapes, made up for the tests:
// each makes the pools grow, shrink or hold something the next one must
// not see.
func reuseTexts(t testing.TB) map[string]string {
	long := 600
	if raceEnabled {
		long = 150
	}
	var b strings.Builder
	b.WriteString("Title: Port strike enters its third week\n\n")
	for i := range long {
		fmt.Fprintf(&b, "Dock worker Sam Oduya%d said on day %d that \"the owners will have to talk to us\". "+
			"The Harbour Board paid $%d,000 to Keelside Ltd, and %d people were hurt in Rotterdam, police said.\n\n", i%7, i, i+3, i%5+2)
	}
	manyQuotes := strings.Repeat("\"We will not move,\" said union leader Ana Ferreira. \u201cNot today.\u201d She added: 'Never.' ", 60)
	return map[string]string{
		"seed":  readSeed(t),
		"long":  b.String(),
		"short": "Two people died.",
		"empty": "",
		"space": " \n\n\t ",
		"non-ASCII": "Zoë Brönte, the mayor of Älmhult, said the town had paid \u20ac4.5m (\u00a33.9m) for the bridge. " +
			"\u00ab\u00a0C\u2019est un grand jour\u00a0\u00bb, dit Brönte. Émile Durand, 41, was killed in the collapse, Brönte said.",
		"invisible": "The minis\u00adter, Petra Voll\u200bmer, said \u201cthe sur\u00adgeons saved three lives\u201d at the hos\u00adpital in Graz. " +
			"Six\u200d people were in\u00adjured, Voll\u00admer said.",
		"quotes": manyQuotes,
		"capitals": "GUNMEN KILL 9 IN KANO MARKET ATTACK\n\nKANO, Nigeria (Reuters) - Gunmen killed nine traders and kidnapped 14 others at a market in Kano on Tuesday, " +
			"state police spokesman Abdullahi Haruna said. \"They came on motorcycles,\" he said.",
		// two texts of as many tokens, sentences and quotations, whose
		// words differ where a memo by token would read the other's
		"twin said":   "Ann Ruiz met the board. \"We are ready,\" said Ann Ruiz. Tom Vale smiled.",
		"twin smiled": "Ann Ruiz met the board. \"We are ready,\" smiled Ann Ruiz. Tom Vale said.",
		"apostrophes": "Title: Archive\n\n''We are ready,'' said coach Lee Marsh. ``It is time,'' Marsh added of the $1.2 million deal.",
	}
}

// marshal returns the JSON of a.
func marshal(t testing.TB, a *Article) string {
	t.Helper()
	b, err := json.Marshal(a)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// emptyPools makes the next parse find every sync.Pool empty: a pool keeps
// what it holds through one collection at most.
func emptyPools() {
	runtime.GC()
	runtime.GC()
}

// coldOutputs parses each text with every pool empty and returns the JSON
// of each and its Articles.
func coldOutputs(t *testing.T, p *Parser, texts map[string]string) (map[string]string, map[string]*Article) {
	want, kept := map[string]string{}, map[string]*Article{}
	for name, text := range texts {
		emptyPools()
		a, err := p.Parse(text)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		want[name], kept[name] = marshal(t, a), a
	}
	return want, kept
}

// TestOutputIndependentOfHistory parses each text with the pools empty,
// keeps its Article, then parses every text again after the others, in
// several orders and with both Parsers' options: each parse must give the
// JSON of the parse with empty pools, and each Article kept must marshal
// as it did when it was returned (no list, string or speaker of it is
// memory a later parse wrote).
func TestOutputIndependentOfHistory(t *testing.T) {
	texts := reuseTexts(t)
	names := make([]string, 0, len(texts))
	for name := range texts {
		names = append(names, name)
	}
	for _, p := range []*Parser{NewParser(), NewParser(WithApostropheQuotes())} {
		want, kept := coldOutputs(t, p, texts)
		if !strings.Contains(want["quotes"], `"speaker":{`) || !strings.Contains(want["long"], `"casualties":[{`) {
			t.Fatal("the texts no longer give quotations and casualties: the test checks less than it says")
		}
		keptTokens := kept["non-ASCII"].Tokens()
		for round := range 3 {
			order := append([]string(nil), names...)
			for i := range order { // a different order each round
				j := (i*7 + round*3) % len(order)
				order[i], order[j] = order[j], order[i]
			}
			for _, name := range order {
				a, err := p.Parse(texts[name])
				if err != nil {
					t.Fatalf("%s: %v", name, err)
				}
				if got := marshal(t, a); got != want[name] {
					t.Errorf("round %d, %s after %v: the output differs from the parse with empty pools", round, name, order)
				}
			}
		}
		for name, a := range kept {
			if got := marshal(t, a); got != want[name] {
				t.Errorf("%s: the Article kept changed after later parses", name)
			}
			if a.Text() != texts[name] {
				t.Errorf("%s: the Article's text changed", name)
			}
		}
		a := kept["non-ASCII"]
		for i, tok := range a.Tokens() {
			if tok != keptTokens[i] || tok.Text != a.Text()[tok.Start:tok.End] {
				t.Fatalf("token %d of the kept Article: %+v, was %+v", i, tok, keptTokens[i])
			}
		}
	}
}

// TestConcurrentOutputsIndependent parses the texts on several goroutines
// at once, each in its own order, keeping every Article: each output must
// be the one a parse with empty pools gives, and every kept Article must
// marshal as it did when it was returned once all the parses are done.
// Run under -race it also checks that no two parses share working memory.
func TestConcurrentOutputsIndependent(t *testing.T) {
	texts := reuseTexts(t)
	names := make([]string, 0, len(texts))
	for name := range texts {
		names = append(names, name)
	}
	p := NewParser()
	want, _ := coldOutputs(t, p, texts)
	type kept struct {
		name string
		a    *Article
		json string
	}
	const goroutines = 6
	results := make([][]kept, goroutines)
	var wg sync.WaitGroup
	for g := range goroutines {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for r := range 2 {
				for i := range names {
					name := names[(i*(g+1)+r)%len(names)]
					if g%2 == 1 {
						name = names[(len(names)-1-i+g)%len(names)]
					}
					a, err := p.Parse(texts[name])
					if err != nil {
						t.Errorf("%s: %v", name, err)
						return
					}
					got := marshal(t, a)
					if got != want[name] {
						t.Errorf("goroutine %d: %s differs from the parse with empty pools", g, name)
					}
					results[g] = append(results[g], kept{name, a, got})
				}
			}
		}()
	}
	wg.Wait()
	for g, rs := range results {
		for _, k := range rs {
			if marshal(t, k.a) != k.json {
				t.Errorf("goroutine %d: the Article of %s changed after the other parses", g, k.name)
			}
		}
	}
}
