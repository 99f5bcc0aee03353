// Command beam structures a corpus of news articles with newsparse on Apache
// Beam, so that an archive too large for one machine can run on Dataflow,
// Flink or Spark.
//
// It reads JSON Lines articles {"id","text"} (a file or a glob), parses each
// article in a DoFn, and writes three JSON Lines files:
//
//	PREFIX-articles.jsonl    one line per input record: the Article JSON with
//	                         the record's "id", or {"id","error"} for a bad record
//	PREFIX-casualties.jsonl  {"kind","total"}: the sum over articles of each
//	                         article's toll for that kind
//	PREFIX-money.jsonl       {"currency","total"}: the sum of every amount of
//	                         money with a value and an ISO 4217 currency
//
// The totals files are sorted; the articles file is in no particular order.
// The pipeline itself (its DoFns and totals) is package pipeline; this
// command only adds the flags and the runners.
//
// Run it locally (prism, Beam's in-process runner, is the default):
//
//	go run . --input='corpus/*.jsonl' --output=/tmp/out/run1
//
// and on a cluster with the usual Beam runner flags (see README.md).
package main

import (
	"context"
	"flag"
	"log"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/x/beamx" // all runners (prism is the default) and the local and GCS filesystems

	"github.com/newsparse/newsparse"
	"github.com/newsparse/newsparse/examples/beam/pipeline"
)

var (
	input    = flag.String("input", "", "JSON Lines articles {\"id\",\"text\"}: a file or a glob, local or on a Beam filesystem such as gs:// (required)")
	output   = flag.String("output", "", "output prefix (required): writes PREFIX-articles.jsonl, PREFIX-casualties.jsonl and PREFIX-money.jsonl")
	maxBytes = flag.Int("max_bytes", newsparse.DefaultMaxBytes, "largest article text accepted, in bytes; a longer one gives an error record (0: no limit)")
)

func main() {
	flag.Parse()
	beam.Init() // on a distributed runner's worker this takes over and never returns

	if *input == "" || *output == "" {
		log.Fatal("beam: --input and --output are required")
	}
	p := beam.NewPipeline()
	pipeline.Build(p.Root(), pipeline.Options{Input: *input, Output: *output, MaxBytes: *maxBytes})
	if err := beamx.Run(context.Background(), p); err != nil {
		log.Fatalf("beam: pipeline failed: %v", err)
	}
}
