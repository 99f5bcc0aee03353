// Command index writes places.idx, the index of places.tsv that package
// gazetteer embeds and reads in place (see gazetteer.Index). go generate
// ./internal/gazetteer runs it after gen has written places.tsv.
package main

import (
	"flag"
	"log"
	"os"

	"github.com/newsparse/newsparse/internal/gazetteer"
)

func main() {
	in := flag.String("in", "places.tsv", "the table")
	out := flag.String("out", "places.idx", "the index to write")
	flag.Parse()
	b, err := os.ReadFile(*in)
	if err != nil {
		log.Fatal(err)
	}
	if err := os.WriteFile(*out, gazetteer.Index(string(b)), 0o644); err != nil {
		log.Fatal(err)
	}
}
