package pipeline

import (
	"bufio"
	"encoding/json"
	"flag"
	"math"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem/local" // the test reads and writes local files
	"github.com/apache/beam/sdks/v2/go/pkg/beam/runners/direct"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/newsparse/newsparse"
)

// TestMain prepares Beam for the tests, whose pipelines run on Beam's direct
// runner, in this process. The test imports no other runner (not prism, not beamx): linking them would compile
// hundreds more packages (see README.md). The command in the parent directory
// runs the same Build on prism or a cluster.
func TestMain(m *testing.M) {
	flag.Parse()
	beam.Init()
	os.Exit(m.Run())
}

// run executes p on the direct runner.
func run(t *testing.T, p *beam.Pipeline) error {
	t.Helper()
	_, err := direct.Execute(t.Context(), p)
	return err
}

// testMaxBytes is the size limit the pipeline test runs with, so that the
// long record in testdata/more.jsonl is rejected.
const testMaxBytes = 2000

// TestPipeline runs the whole job over testdata/*.jsonl and checks:
// every input record gives exactly one output line with its id; the bad
// records give error lines; every good record's line is exactly the
// library's Article JSON for that text; the totals are exactly the sums of
// the tolls and money of those Articles.
func TestPipeline(t *testing.T) {
	out := filepath.Join(t.TempDir(), "run")
	p, s := beam.NewPipelineWithRoot()
	Build(s, Options{Input: "testdata/*.jsonl", Output: out, MaxBytes: testMaxBytes})
	require.NoError(t, run(t, p), "the pipeline must succeed although some records are bad")

	// What the pipeline must say about each record, by id as raw JSON.
	wantErr := map[string]string{
		`"bad-json"`: "testdata/articles.jsonl: invalid JSON",
		`"no-text"`:  `testdata/articles.jsonl: no "text" field`,
		`"long-6"`:   "testdata/more.jsonl: newsparse: input too large",
	}
	good := []string{`"flood-1"`, `"market-2"`, `3`, `"council-4"`, `"quake-5"`}

	// Index the output lines by id; each id exactly once.
	lines := readLines(t, out+ArticlesSuffix)
	byID := map[string]string{}
	for _, l := range lines {
		var r struct {
			ID json.RawMessage `json:"id"`
		}
		require.NoError(t, json.Unmarshal([]byte(l), &r), l)
		id := string(r.ID)
		_, dup := byID[id]
		require.False(t, dup, "id %s appears more than once", id)
		byID[id] = l
	}
	assert.Len(t, lines, len(good)+len(wantErr), "one line per non-blank input record")

	for id, msg := range wantErr {
		l, ok := byID[id]
		if !assert.True(t, ok, "no output for bad record %s", id) {
			continue
		}
		var e struct {
			ID    json.RawMessage `json:"id"`
			Error string          `json:"error"`
		}
		require.NoError(t, json.Unmarshal([]byte(l), &e))
		assert.True(t, strings.HasPrefix(e.Error, msg), "record %s: error %q, want it to start with %q", id, e.Error, msg)
	}

	// The expected output and totals come from the library itself, on the same texts.
	texts := inputTexts(t, "testdata/articles.jsonl", "testdata/more.jsonl")
	parser := newsparse.NewParser(newsparse.WithMaxBytes(testMaxBytes))
	wantCas, wantMoney := map[string]float64{}, map[string]float64{}
	for _, id := range good {
		text, ok := texts[id]
		require.True(t, ok, "test data has no record %s", id)
		a, err := parser.Parse(text)
		require.NoError(t, err, id)
		want, err := json.Marshal(struct {
			ID json.RawMessage `json:"id,omitempty"`
			*newsparse.Article
		}{json.RawMessage(id), a})
		require.NoError(t, err)
		if got, ok := byID[id]; assert.True(t, ok, "no output for record %s", id) {
			assert.JSONEq(t, string(want), got, "record %s", id)
		}
		EmitTotals(a,
			func(k string, v float64) { wantCas[k] += v },
			func(c string, v float64) { wantMoney[c] += v })
	}
	// The test data states deaths and dollars plainly; without them the
	// totals check below would check nothing.
	require.NotEmpty(t, wantCas, "the library found no toll in the test data")
	require.NotEmpty(t, wantMoney, "the library found no money in the test data")

	assertTotals(t, wantCas, readTotals(t, out+CasualtiesSuffix, "kind"), "casualties")
	assertTotals(t, wantMoney, readTotals(t, out+MoneySuffix, "currency"), "money")
}

// TestNothingToTotal checks that the totals files are written, empty, when no
// article states a toll or an amount, and that a corpus of bad records still
// succeeds.
func TestNothingToTotal(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "in.jsonl")
	require.NoError(t, os.WriteFile(in, []byte(`{"id":"x","title":"no text"}`+"\n"+`{"id":"y",`+"\n"), 0o644))
	out := filepath.Join(dir, "run")
	p, s := beam.NewPipelineWithRoot()
	Build(s, Options{Input: in, Output: out, MaxBytes: testMaxBytes})
	require.NoError(t, run(t, p))

	lines := readLines(t, out+ArticlesSuffix)
	sort.Strings(lines)
	assert.Equal(t, []string{
		`{"id":"x","error":"` + in + `: no \"text\" field"}`,
		`{"id":"y","error":"` + in + `: invalid JSON: unexpected end of JSON input"}`,
	}, lines)
	assert.Empty(t, readLines(t, out+CasualtiesSuffix))
	assert.Empty(t, readLines(t, out+MoneySuffix))
}

// TestEmitTotals checks what one article adds to the totals: every toll kind
// it states, and money only with a single value and a known currency.
func TestEmitTotals(t *testing.T) {
	f := func(v float64) *float64 { return &v }
	a := &newsparse.Article{
		Toll: newsparse.Toll{Killed: f(3), Missing: f(1), Kidnapped: f(0)},
		Money: []newsparse.Money{
			{Text: "$5", Value: f(5), Currency: "USD"},
			{Text: "$1m-$2m", Min: f(1e6), Max: f(2e6), Currency: "USD"},
			{Text: "5 million", Value: f(5e6)},
			{Text: "€2.5", Value: f(2.5), Currency: "EUR"},
		},
	}
	type kv struct {
		K string
		V float64
	}
	var cas, money []kv
	EmitTotals(a,
		func(k string, v float64) { cas = append(cas, kv{k, v}) },
		func(c string, v float64) { money = append(money, kv{c, v}) })
	assert.Equal(t, []kv{{"killed", 3}, {"missing", 1}, {"kidnapped", 0}}, cas)
	assert.Equal(t, []kv{{"USD", 5}, {"EUR", 2.5}}, money)

	EmitTotals(&newsparse.Article{}, func(string, float64) { t.Error("empty toll emitted") }, func(string, float64) { t.Error("no money emitted") })
}

// TestSalvageID checks that an error line keeps the id of a damaged record when it can be read.
func TestSalvageID(t *testing.T) {
	for line, want := range map[string]string{
		`{"id": "a", "text": "cut off`:  `"a"`,
		`{"text": "x", "id": 42, "more`: `42`,
		`{"text": "cut off`:             ``,
		`not json`:                      ``,
		`["id", "a"]`:                   ``,
		`{"id": {"nested": tru`:         ``,
	} {
		assert.Equal(t, want, string(salvageID(line)), line)
	}
}

// TestParseFnRecords checks the DoFn on single records without a runner.
func TestParseFnRecords(t *testing.T) {
	fn := &parseFn{MaxBytes: 100}
	fn.Setup()
	assert.Same(t, fn.parser, workerParser(100), "one Parser per worker process and size limit")
	run := func(line string) (out []string, n int) {
		fn.ProcessElement(t.Context(), "f.jsonl", line,
			func(s string) { out = append(out, s) },
			func(string, float64) { n++ },
			func(string, float64) { n++ })
		return out, n
	}
	out, _ := run("   ")
	assert.Empty(t, out, "blank lines give nothing")

	const text = "Three people were killed and $4 million was lost on Monday."
	out, n := run(`{"id":"k","text":"` + text + `"}`)
	require.Len(t, out, 1)
	assert.True(t, strings.HasPrefix(out[0], `{"id":"k","meta":`), out[0])
	a, err := newsparse.NewParser().Parse(text)
	require.NoError(t, err)
	want := 0
	EmitTotals(a, func(string, float64) { want++ }, func(string, float64) { want++ })
	assert.Equal(t, want, n, "the article's toll and money go to the totals")

	out, n = run(`{"id":"big","text":"` + strings.Repeat("x", 101) + `"}`)
	assert.Equal(t, []string{`{"id":"big","error":"f.jsonl: newsparse: input too large: 101 bytes, limit 100"}`}, out)
	assert.Zero(t, n)

	out, _ = run(`{"text":"No id here."}`)
	require.Len(t, out, 1)
	assert.True(t, strings.HasPrefix(out[0], `{"meta":`), "no id, no id field: %s", out[0])

	out, _ = run(`{"id":null`)
	assert.Equal(t, []string{`{"id":null,"error":"f.jsonl: invalid JSON: unexpected end of JSON input"}`}, out)
}

// readLines returns the lines of a file the pipeline wrote.
func readLines(t *testing.T, name string) []string {
	t.Helper()
	b, err := os.ReadFile(name)
	require.NoError(t, err)
	var out []string
	for l := range strings.Lines(string(b)) {
		if l = strings.TrimSuffix(l, "\n"); l != "" {
			out = append(out, l)
		}
	}
	return out
}

// inputTexts returns the "text" of every well-formed record of the files, by raw id.
func inputTexts(t *testing.T, files ...string) map[string]string {
	t.Helper()
	texts := map[string]string{}
	for _, name := range files {
		f, err := os.Open(name)
		require.NoError(t, err)
		sc := bufio.NewScanner(f)
		sc.Buffer(nil, 1<<20)
		for sc.Scan() {
			var r record
			if json.Unmarshal(sc.Bytes(), &r) == nil && r.Text != nil {
				texts[string(r.ID)] = *r.Text
			}
		}
		require.NoError(t, sc.Err())
		f.Close()
	}
	return texts
}

// readTotals reads a totals file: one {key: name, "total": n} line per name, each name once.
func readTotals(t *testing.T, name, key string) map[string]float64 {
	t.Helper()
	got := map[string]float64{}
	lines := readLines(t, name)
	assert.True(t, sort.StringsAreSorted(lines), "%s is sorted", name)
	for _, l := range lines {
		var m map[string]any
		require.NoError(t, json.Unmarshal([]byte(l), &m), l)
		require.Len(t, m, 2, l)
		k, ok := m[key].(string)
		require.True(t, ok, "no %q in %s", key, l)
		v, ok := m["total"].(float64)
		require.True(t, ok, "no total in %s", l)
		_, dup := got[k]
		require.False(t, dup, "%s appears twice in %s", k, name)
		got[k] = v
	}
	return got
}

// assertTotals compares totals key by key. Sums are float64 and the runner
// adds in any order, so values agree to a part in 10^12 (exactly, for the
// whole-number figures of the test data).
func assertTotals(t *testing.T, want, got map[string]float64, what string) {
	t.Helper()
	keys := func(m map[string]float64) []string {
		var ks []string
		for k := range m {
			ks = append(ks, k)
		}
		sort.Strings(ks)
		return ks
	}
	require.Equal(t, keys(want), keys(got), "%s: the keys", what)
	for k, w := range want {
		assert.LessOrEqual(t, math.Abs(got[k]-w), 1e-12*math.Abs(w), "%s %s: got %v, want %v", what, k, got[k], w)
	}
}
