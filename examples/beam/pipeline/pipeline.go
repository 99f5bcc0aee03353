// Package pipeline is the Apache Beam pipeline of examples/beam: it
// structures a corpus of news articles with newsparse.
//
// Build adds the job to a Beam pipeline: it reads JSON Lines articles
// {"id","text"} (a file or a glob), parses each article in a DoFn, and writes
// three JSON Lines files:
//
//	PREFIX-articles.jsonl    one line per input record: the Article JSON with
//	                         the record's "id", or {"id","error"} for a bad record
//	PREFIX-casualties.jsonl  {"kind","total"}: the sum over articles of each
//	                         article's toll for that kind
//	PREFIX-money.jsonl       {"currency","total"}: the sum of every amount of
//	                         money with a value and an ISO 4217 currency
//
// The totals files are sorted; the articles file is in no particular order.
//
// The package imports no runner and no filesystem: the command in the parent
// directory (package main) links the runners through beamx and registers the
// local and GCS filesystems; its tests run on the direct runner.
package pipeline

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"sort"
	"strings"
	"sync"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/textio"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/register"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/transforms/stats"

	"github.com/newsparse/newsparse"
)

func init() {
	register.DoFn6x0[context.Context, string, string, func(string), func(string, float64), func(string, float64)](&parseFn{})
	register.DoFn2x1[string, float64, string](&formatTotalFn{})
	register.DoFn3x1[context.Context, []byte, func(*string) bool, error](&writeSortedFn{})
	register.Emitter1[string]()
	register.Iter1[string]()
	register.Emitter2[string, float64]()
}

// Counters reported by the runner (the Dataflow UI, Flink's metrics, prism's log).
var (
	parsedCount = beam.NewCounter("newsparse", "articles")
	errorCount  = beam.NewCounter("newsparse", "errors")
	blankCount  = beam.NewCounter("newsparse", "blank_lines")
	bytesDist   = beam.NewDistribution("newsparse", "article_bytes")
)

// Output file suffixes appended to the Options.Output prefix.
const (
	ArticlesSuffix   = "-articles.jsonl"
	CasualtiesSuffix = "-casualties.jsonl"
	MoneySuffix      = "-money.jsonl"
)

// Options configure the job that Build adds.
type Options struct {
	// Input is a JSON Lines file or a glob, local or on a Beam filesystem
	// such as gs:// (the filesystem must be registered by the program).
	Input string
	// Output is the prefix of the three output files (see the Suffix constants).
	Output string
	// MaxBytes is the largest article text accepted, in bytes; a longer one
	// gives an error record. 0 means no limit; the command's default is
	// newsparse.DefaultMaxBytes.
	MaxBytes int
}

// Build adds the whole job to scope s: read the JSON Lines files matching
// o.Input, structure every record, write the results and the totals under
// the o.Output prefix.
func Build(s beam.Scope, o Options) {
	lines := textio.ReadWithFilename(s.Scope("Read"), o.Input)
	articles, casualties, money := Structure(s, lines, o.MaxBytes)
	textio.Write(s.Scope("WriteArticles"), o.Output+ArticlesSuffix, articles)
	WriteSorted(s.Scope("WriteCasualties"), o.Output+CasualtiesSuffix, Totals(s.Scope("CasualtyTotals"), "kind", casualties))
	WriteSorted(s.Scope("WriteMoney"), o.Output+MoneySuffix, Totals(s.Scope("MoneyTotals"), "currency", money))
}

// Structure parses every line of lines, a PCollection<KV<string,string>> of
// file name and JSON Lines record as textio.ReadWithFilename gives it. It
// returns the output lines (PCollection<string>, one per non-blank record),
// the casualty figures (PCollection<KV<string,float64>>, kind to count, one
// per toll member of each article) and the amounts of money
// (PCollection<KV<string,float64>>, ISO 4217 code to value).
func Structure(s beam.Scope, lines beam.PCollection, maxBytes int) (articles, casualties, money beam.PCollection) {
	s = s.Scope("Structure")
	return beam.ParDo3(s, &parseFn{MaxBytes: maxBytes}, lines)
}

// Totals sums the values of kvs (PCollection<KV<string,float64>>) per key and
// formats each sum as a JSON line {keyName: key, "total": sum}.
func Totals(s beam.Scope, keyName string, kvs beam.PCollection) beam.PCollection {
	sums := stats.SumPerKey(s, kvs)
	return beam.ParDo(s, &formatTotalFn{KeyName: keyName}, sums)
}

// record is one JSON Lines input record. The id is kept as raw JSON so that
// string and number ids come back exactly as given.
type record struct {
	ID   json.RawMessage `json:"id"`
	Text *string         `json:"text"`
}

// parseFn structures one JSON Lines record. Its exported fields are its
// configuration, serialized into the pipeline; the Parser is made in Setup.
type parseFn struct {
	MaxBytes int `json:"max_bytes"`

	parser *newsparse.Parser
}

var (
	parsersMu sync.Mutex
	parsers   = map[int]*newsparse.Parser{}
)

// workerParser returns the worker process's Parser for the given size limit,
// making it on first use. A Parser is safe for concurrent use and its models
// load once per process, so every bundle and DoFn instance on a worker shares it.
func workerParser(maxBytes int) *newsparse.Parser {
	parsersMu.Lock()
	defer parsersMu.Unlock()
	p, ok := parsers[maxBytes]
	if !ok {
		p = newsparse.NewParser(newsparse.WithMaxBytes(maxBytes))
		parsers[maxBytes] = p
	}
	return p
}

// Setup is called once per DoFn instance before any bundle: it takes the
// worker's Parser, so nothing is set up per element.
func (f *parseFn) Setup() {
	f.parser = workerParser(f.MaxBytes)
}

// ProcessElement turns one record into one output line, and emits the
// article's toll and its amounts of money for the totals. A bad record
// (invalid JSON, no "text", text over the size limit or not UTF-8) gives an
// {"id","error"} line and contributes nothing to the totals; it never fails
// the bundle. Blank lines are skipped.
func (f *parseFn) ProcessElement(ctx context.Context, file, line string, emitArticle func(string), emitCasualty, emitMoney func(string, float64)) {
	if strings.TrimSpace(line) == "" {
		blankCount.Inc(ctx, 1)
		return
	}
	out, a, err := f.parse(line)
	if err != nil {
		errorCount.Inc(ctx, 1)
		emitArticle(errorLine(file, out, err))
		return
	}
	parsedCount.Inc(ctx, 1)
	bytesDist.Update(ctx, int64(len(a.Text())))
	b, err := json.Marshal(struct {
		ID json.RawMessage `json:"id,omitempty"`
		*newsparse.Article
	}{out, a})
	if err != nil {
		errorCount.Inc(ctx, 1)
		emitArticle(errorLine(file, out, err))
		return
	}
	emitArticle(string(b))
	EmitTotals(a, emitCasualty, emitMoney)
}

// parse decodes and structures one record. It returns the record's id even
// when it fails (nil when no id can be read).
func (f *parseFn) parse(line string) (json.RawMessage, *newsparse.Article, error) {
	var r record
	if err := json.Unmarshal([]byte(line), &r); err != nil {
		return salvageID(line), nil, fmt.Errorf("invalid JSON: %v", err)
	}
	if r.Text == nil {
		return r.ID, nil, fmt.Errorf("no \"text\" field")
	}
	a, err := f.parser.Parse(*r.Text)
	if err != nil {
		return r.ID, nil, err
	}
	return r.ID, a, nil
}

// salvageID returns the "id" of a record that is not valid JSON when the id
// comes before the damage (a line cut off in its "text", say), so that the
// error line can still be matched to its input; otherwise it returns nil.
func salvageID(line string) json.RawMessage {
	dec := json.NewDecoder(strings.NewReader(line))
	if tok, err := dec.Token(); err != nil || tok != json.Delim('{') {
		return nil
	}
	for dec.More() {
		key, err := dec.Token()
		if err != nil {
			return nil
		}
		var v json.RawMessage
		if err := dec.Decode(&v); err != nil {
			return nil
		}
		if key == "id" {
			return v
		}
	}
	return nil
}

// errorLine returns the {"id","error"} line for a bad record; the error names
// the file it came from.
func errorLine(file string, id json.RawMessage, err error) string {
	if len(id) == 0 {
		id = json.RawMessage("null")
	}
	b, _ := json.Marshal(struct {
		ID    json.RawMessage `json:"id"`
		Error string          `json:"error"`
	}{id, fmt.Sprintf("%s: %v", file, err)})
	return string(b)
}

// EmitTotals emits what article a adds to the totals: each kind its toll
// states, with the toll's figure, and each amount of money that has a single
// value and a known currency (ranges and amounts without a currency are left
// out), with that value.
func EmitTotals(a *newsparse.Article, emitCasualty, emitMoney func(string, float64)) {
	t := a.Toll
	for _, k := range []struct {
		kind string
		n    *float64
	}{
		{"killed", t.Killed},
		{"injured", t.Injured},
		{"displaced", t.Displaced},
		{"missing", t.Missing},
		{"detained", t.Detained},
		{"kidnapped", t.Kidnapped},
	} {
		if k.n != nil {
			emitCasualty(k.kind, *k.n)
		}
	}
	for _, m := range a.Money {
		if m.Value != nil && m.Currency != "" {
			emitMoney(m.Currency, *m.Value)
		}
	}
}

// formatTotalFn formats one (key, sum) pair as a JSON line.
type formatTotalFn struct {
	KeyName string `json:"key_name"`
}

func (f *formatTotalFn) ProcessElement(key string, total float64) string {
	b, _ := json.Marshal(map[string]any{f.KeyName: key, "total": total})
	return string(b)
}

// WriteSorted writes col, a small PCollection<string> such as the totals, to
// filename as sorted lines. Unlike textio.Write it writes the file even when
// col is empty (a corpus that names no currency still gets an empty money
// file). It holds the whole collection in one worker's memory.
func WriteSorted(s beam.Scope, filename string, col beam.PCollection) {
	filesystem.ValidateScheme(filename)
	beam.ParDo0(s, &writeSortedFn{Filename: filename}, beam.Impulse(s), beam.SideInput{Input: col})
}

// writeSortedFn runs once, on the impulse, with col as an iterable side input.
type writeSortedFn struct {
	Filename string `json:"filename"`
}

func (w *writeSortedFn) ProcessElement(ctx context.Context, _ []byte, lines func(*string) bool) error {
	var all []string
	var l string
	for lines(&l) {
		all = append(all, l)
	}
	sort.Strings(all)

	fs, err := filesystem.New(ctx, w.Filename)
	if err != nil {
		return err
	}
	defer fs.Close()
	fd, err := fs.OpenWrite(ctx, w.Filename)
	if err != nil {
		return err
	}
	for _, l := range all {
		if _, err := io.WriteString(fd, l+"\n"); err != nil {
			fd.Close()
			return err
		}
	}
	return fd.Close()
}
