// Command clusters learns word clusters from unlabeled news for the
// named-entity tagger's features, and writes them as clusters.tsv (word,
// fine cluster, coarse cluster, count), which ../ (the training command)
// builds into the model.
//
// The clusters are those of the exchange algorithm (Kneser and Ney 1993;
// Martin, Liermann and Ney 1998): words are moved, one at a time, to the
// class that most raises the likelihood of a class bigram model of the
// text, until few words move. It runs twice, for 255 fine and 31 coarse
// classes. Words are kept as written (case matters to a tagger) when seen at
// least -min times; rarer words stand for one unknown word.
//
// The text: the BBC corpus, the PolNeAR texts (train and dev), the GVDB dev
// texts and the words of CoNLL-2003 train (not dev, the check). Reproduce
// the committed table (deterministic; about two minutes on one core):
//
//	go run ./internal/train/clusters -eval ../shared/eval -out internal/train/clusters/clusters.tsv
//
// The table holds words and class numbers, none of the corpora's text.
package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"log"
	"math"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

func main() {
	eval := flag.String("eval", "../shared/eval", "the evaluation folder")
	out := flag.String("out", "internal/train/clusters/clusters.tsv", "output table")
	minCount := flag.Int("min", 3, "least count of a word kept")
	iters := flag.Int("iters", 12, "most passes of the exchange algorithm")
	flag.Parse()
	log.SetFlags(0)
	start := time.Now()

	var sents [][]string
	for _, f := range []string{"corpus/bbc.jsonl", "quotes/polnear-train.jsonl", "quotes/polnear-dev.jsonl", "numbers/gvdb-dev.jsonl"} {
		s, err := readJSONL(filepath.Join(*eval, f))
		if err != nil {
			log.Fatal(err)
		}
		sents = append(sents, s...)
	}
	c, err := readCoNLLWords(filepath.Join(*eval, "ner/conll2003-train.txt"))
	if err != nil {
		log.Fatal(err)
	}
	sents = append(sents, c...)

	// Vocabulary: 0 is the sentence boundary, 1 the unknown word.
	counts := map[string]int{}
	ntok := 0
	for _, s := range sents {
		for _, w := range s {
			counts[w]++
			ntok++
		}
	}
	words := []string{"<s>", "<unk>"}
	for w, n := range counts {
		if n >= *minCount {
			words = append(words, w)
		}
	}
	sort.Slice(words[2:], func(i, j int) bool {
		a, b := words[2+i], words[2+j]
		if counts[a] != counts[b] {
			return counts[a] > counts[b]
		}
		return a < b
	})
	id := make(map[string]int32, len(words))
	for i, w := range words {
		id[w] = int32(i)
	}
	log.Printf("%d sentences, %d tokens, %d words kept of %d (%v)", len(sents), ntok, len(words), len(counts), time.Since(start).Round(time.Millisecond))

	// Bigram counts, as adjacency lists.
	big := map[[2]int32]int64{}
	uni := make([]int64, len(words))
	for _, s := range sents {
		prev := int32(0)
		uni[0]++
		for _, w := range s {
			k, ok := id[w]
			if !ok {
				k = 1
			}
			uni[k]++
			big[[2]int32{prev, k}]++
			prev = k
		}
		big[[2]int32{prev, 0}]++
	}
	g := newGraph(len(words), big, uni)
	log.Printf("%d distinct bigrams", len(big))

	fine := g.exchange(255, *iters)
	log.Printf("fine classes done (%v)", time.Since(start).Round(time.Second))
	coarse := g.exchange(31, *iters)
	log.Printf("coarse classes done (%v)", time.Since(start).Round(time.Second))

	f, err := os.Create(*out)
	if err != nil {
		log.Fatal(err)
	}
	w := bufio.NewWriter(f)
	fmt.Fprintln(w, "# word\tfine (1-254)\tcoarse (1-30)\tcount: exchange-algorithm classes of internal/train/clusters")
	sorted := append([]string(nil), words[2:]...)
	sort.Strings(sorted)
	for _, word := range sorted {
		k := id[word]
		fmt.Fprintf(w, "%s\t%d\t%d\t%d\n", word, fine[k], coarse[k], counts[word])
	}
	if err := w.Flush(); err != nil {
		log.Fatal(err)
	}
	if err := f.Close(); err != nil {
		log.Fatal(err)
	}
	log.Printf("wrote %s (%v)", *out, time.Since(start).Round(time.Second))
}

// graph holds the bigram counts of the vocabulary.
type graph struct {
	n          int
	uni        []int64
	succ, pred [][]nb // neighbours, without the word itself
	self       []int64
}

type nb struct {
	w int32
	n int64
}

func newGraph(n int, big map[[2]int32]int64, uni []int64) *graph {
	g := &graph{n: n, uni: uni, succ: make([][]nb, n), pred: make([][]nb, n), self: make([]int64, n)}
	keys := make([][2]int32, 0, len(big))
	for k := range big {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		if keys[i][0] != keys[j][0] {
			return keys[i][0] < keys[j][0]
		}
		return keys[i][1] < keys[j][1]
	})
	for _, k := range keys {
		a, b, c := k[0], k[1], big[k]
		if a == b {
			g.self[a] += c
			continue
		}
		g.succ[a] = append(g.succ[a], nb{b, c})
		g.pred[b] = append(g.pred[b], nb{a, c})
	}
	return g
}

// xlogx is x·ln x, from a table for small x.
var xlogxTab = func() []float64 {
	t := make([]float64, 1<<16)
	for i := 1; i < len(t); i++ {
		t[i] = float64(i) * math.Log(float64(i))
	}
	return t
}()

func xlogx(x int64) float64 {
	if x < int64(len(xlogxTab)) {
		return xlogxTab[x]
	}
	return float64(x) * math.Log(float64(x))
}

// exchange returns a class in 0..k-1 for every word. The boundary word 0
// keeps a class of its own.
func (g *graph) exchange(k, iters int) []int32 {
	cls := make([]int32, g.n)
	for w := 1; w < g.n; w++ {
		cls[w] = int32(1 + (w-1)%(k-1))
	}
	N := make([]int64, k*k) // class bigram counts
	Nc := make([]int64, k)
	for w := 0; w < g.n; w++ {
		Nc[cls[w]] += g.uni[w]
		N[int(cls[w])*k+int(cls[w])] += g.self[w]
		for _, e := range g.succ[w] {
			N[int(cls[w])*k+int(cls[e.w])] += e.n
		}
	}
	s := make([]int64, k) // the word's successor counts by class
	p := make([]int64, k)
	var sTouched, pTouched []int32
	for it := 0; it < iters; it++ {
		moved := 0
		for w := 1; w < g.n; w++ {
			a := cls[w]
			sTouched, pTouched = sTouched[:0], pTouched[:0]
			for _, e := range g.succ[w] {
				c := cls[e.w]
				if s[c] == 0 {
					sTouched = append(sTouched, c)
				}
				s[c] += e.n
			}
			for _, e := range g.pred[w] {
				c := cls[e.w]
				if p[c] == 0 {
					pTouched = append(pTouched, c)
				}
				p[c] += e.n
			}
			nw, self := g.uni[w], g.self[w]
			// Take w out of a.
			for _, c := range sTouched {
				N[int(a)*k+int(c)] -= s[c]
			}
			for _, c := range pTouched {
				N[int(c)*k+int(a)] -= p[c]
			}
			N[int(a)*k+int(a)] -= self
			Nc[a] -= nw
			// The gain of putting w in b.
			best, bestGain := a, math.Inf(-1)
			for b := int32(1); b < int32(k); b++ {
				gain := 0.0
				for _, c := range sTouched {
					if c != b {
						x := N[int(b)*k+int(c)]
						gain += xlogx(x+s[c]) - xlogx(x)
					}
				}
				for _, c := range pTouched {
					if c != b {
						x := N[int(c)*k+int(b)]
						gain += xlogx(x+p[c]) - xlogx(x)
					}
				}
				x := N[int(b)*k+int(b)]
				gain += xlogx(x+s[b]+p[b]+self) - xlogx(x)
				gain -= 2 * (xlogx(Nc[b]+nw) - xlogx(Nc[b]))
				if gain > bestGain+1e-9 || b == a && gain >= bestGain-1e-9 {
					best, bestGain = b, gain
				}
			}
			b := best
			for _, c := range sTouched {
				N[int(b)*k+int(c)] += s[c]
			}
			for _, c := range pTouched {
				N[int(c)*k+int(b)] += p[c]
			}
			N[int(b)*k+int(b)] += self
			Nc[b] += nw
			// A successor or predecessor in a moved with w's counts
			// through class a; they stay keyed by class, which is right
			// since only w changed class.
			if b != a {
				moved++
				cls[w] = b
			}
			for _, c := range sTouched {
				s[c] = 0
			}
			for _, c := range pTouched {
				p[c] = 0
			}
		}
		log.Printf("  %d classes, pass %d: %d words moved, log-likelihood %.6g", k, it+1, moved, g.score(N, Nc))
		if moved < g.n/500 {
			break
		}
	}
	return cls
}

func (g *graph) score(N, Nc []int64) float64 {
	f := 0.0
	for _, x := range N {
		f += xlogx(x)
	}
	for _, x := range Nc {
		f -= 2 * xlogx(x)
	}
	return f
}

// readJSONL returns the sentences of the "text" of every record.
func readJSONL(path string) ([][]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var out [][]string
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<26)
	for sc.Scan() {
		var r struct {
			Text string `json:"text"`
		}
		if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
			return nil, fmt.Errorf("%s: %v", path, err)
		}
		out = append(out, sentences(r.Text)...)
	}
	return out, sc.Err()
}

// readCoNLLWords returns the sentences of a CoNLL file, words only.
func readCoNLLWords(path string) ([][]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var out [][]string
	var cur []string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		fs := strings.Fields(sc.Text())
		if len(fs) == 0 || fs[0] == "-DOCSTART-" {
			if len(cur) > 0 {
				out = append(out, cur)
				cur = nil
			}
			continue
		}
		cur = append(cur, fs[0])
	}
	if len(cur) > 0 {
		out = append(out, cur)
	}
	return out, sc.Err()
}

// sentences splits text into lines and the lines into tokens, roughly as
// the Penn Treebank does: punctuation apart, clitics ('s, n't) apart, a
// final period apart unless the word is an abbreviation with periods inside.
// A line is a sentence: the clusters only need neighbouring words.
func sentences(text string) [][]string {
	var out [][]string
	for _, line := range strings.Split(text, "\n") {
		var toks []string
		for _, f := range strings.Fields(line) {
			toks = appendTokens(toks, f)
		}
		if len(toks) > 0 {
			out = append(out, toks)
		}
	}
	return out
}

func isPunct(r rune) bool {
	return strings.ContainsRune("\"'`()[]{},;:!?“”‘’«»", r)
}

func appendTokens(toks []string, f string) []string {
	// Leading punctuation.
	for f != "" {
		r, n := utf8.DecodeRuneInString(f)
		if !isPunct(r) {
			break
		}
		toks = append(toks, norm(f[:n]))
		f = f[n:]
	}
	var tail []string
	for f != "" {
		r, n := utf8.DecodeLastRuneInString(f)
		if isPunct(r) || r == '.' && strings.Count(f, ".") == 1 && utf8.RuneCountInString(f) > 2 {
			tail = append(tail, norm(f[len(f)-n:]))
			f = f[:len(f)-n]
			continue
		}
		break
	}
	if f != "" {
		lower := strings.ToLower(f)
		cut := -1
		for _, cl := range []string{"n't", "n’t", "'s", "’s", "'re", "’re", "'ve", "’ve", "'ll", "’ll", "'d", "’d", "'m", "’m"} {
			if strings.HasSuffix(lower, cl) && len(f) > len(cl) {
				cut = len(f) - len(cl)
				break
			}
		}
		if cut > 0 && unicode.IsLetter(rune(f[cut-1])) {
			toks = append(toks, f[:cut], norm(f[cut:]))
		} else {
			toks = append(toks, f)
		}
	}
	for i := len(tail) - 1; i >= 0; i-- {
		toks = append(toks, tail[i])
	}
	return toks
}

// norm writes curly quotes and clitics as CoNLL does.
func norm(s string) string {
	return strings.NewReplacer("’", "'", "‘", "'", "“", "\"", "”", "\"").Replace(s)
}
