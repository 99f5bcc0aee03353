package main

import (
	"encoding/json"
	"testing"

	"github.com/newsparse/newsparse"
)

// BenchmarkProcess measures one JSON Lines record through process: the
// decoding and checks around the parse, and the parse itself.
func BenchmarkProcess(b *testing.B) {
	text, err := json.Marshal(newsparse.SampleArticle)
	if err != nil {
		b.Fatal(err)
	}
	p := newEngine(newsparse.NewParser(), newsparse.DefaultMaxBytes, false)
	for _, c := range []struct {
		name string
		line []byte
	}{
		{"article", []byte(`{"id":"sample-1","text":` + string(text) + `}`)},
		{"short", []byte(`{"id":42,"text":"Talks resumed on Monday."}`)},
		{"bad-json", []byte(`{"id":"cut","text":"Talks resu`)},
		{"bad-utf8", []byte("{\"id\":\"raw\",\"text\":" + string(text[:len(text)/2]) + "\xff\"}")},
	} {
		b.Run(c.name, func(b *testing.B) {
			b.SetBytes(int64(len(c.line)))
			b.ReportAllocs()
			for b.Loop() {
				if out := process(p, &job{line: c.line, name: "bench", n: 1}); len(out) == 0 {
					b.Fatal("no output")
				}
			}
		})
	}
}
