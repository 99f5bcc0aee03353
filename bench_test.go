package newsparse

import (
	"sync"
	"testing"

	prose "github.com/jdkato/prose/v2"
	"github.com/newsparse/newsparse/internal/textdoc"
)

// Benchmarks report MB/s and allocations; compare runs with benchstat:
//
//	go test -run '^$' -bench . -benchmem -count 6 > new.txt
//	benchstat old.txt new.txt
//
// The prose baselines run prose's NewDocument (tokenizer, segmenter, tagger
// and NER) with its model loaded once, on the same input, in the same run:
// BenchmarkProseBaseline beside BenchmarkParse on the seed, and
// BenchmarkEntitiesProse (entities_test.go) beside BenchmarkParseCorpus and
// BenchmarkEntities on the corpus sample.

// benchCorpus returns every tenth article of the BBC corpus (about 0.5 MB),
// or skips when the corpus is absent.
func benchCorpus(b *testing.B) []string {
	docs := readCorpus(b)
	var out []string
	for i := 0; i < len(docs); i += 10 {
		out = append(out, docs[i].Text)
	}
	return out
}

func totalBytes(docs []string) int64 {
	var n int64
	for _, d := range docs {
		n += int64(len(d))
	}
	return n
}

var (
	proseOnce  sync.Once
	proseModel *prose.Model
)

// proseFull returns prose's full model (tagger and NER), loaded once.
func proseFull(b *testing.B) *prose.Model {
	proseOnce.Do(func() {
		d, err := prose.NewDocument("Warm up.")
		if err != nil {
			b.Fatal(err)
		}
		proseModel = d.Model
	})
	return proseModel
}

func BenchmarkParse(b *testing.B) {
	text := readSeed(b)
	Parse(text) // load the models before timing
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Parse(text); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkParseCorpus(b *testing.B) {
	docs := benchCorpus(b)
	Parse(docs[0]) // load the models before timing
	b.SetBytes(totalBytes(docs))
	b.ReportAllocs()
	for b.Loop() {
		for _, d := range docs {
			if _, err := Parse(d); err != nil {
				b.Fatal(err)
			}
		}
	}
}

func BenchmarkAnalyzeCorpus(b *testing.B) {
	docs := benchCorpus(b)
	b.SetBytes(totalBytes(docs))
	b.ReportAllocs()
	for b.Loop() {
		for _, d := range docs {
			textdoc.Analyze(d)
		}
	}
}

func BenchmarkProseBaseline(b *testing.B) {
	text := readSeed(b)
	m := proseFull(b)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := prose.NewDocument(text, prose.UsingModel(m)); err != nil {
			b.Fatal(err)
		}
	}
}
