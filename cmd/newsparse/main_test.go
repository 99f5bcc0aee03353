package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"syscall"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/newsparse/newsparse"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func runCmd(t *testing.T, stdin string, args ...string) (string, string, int) {
	t.Helper()
	var out, errb bytes.Buffer
	code := run(args, strings.NewReader(stdin), &out, &errb)
	return out.String(), errb.String(), code
}

func TestFiles(t *testing.T) {
	dir := t.TempDir()
	good := filepath.Join(dir, "a.txt")
	require.NoError(t, os.WriteFile(good, []byte("Storm hits coast\n\nA storm hit the coast on Monday."), 0o644))
	bad := filepath.Join(dir, "bad.txt")
	require.NoError(t, os.WriteFile(bad, []byte("caf\xe9"), 0o644))

	out, errs, code := runCmd(t, "", good)
	require.Equal(t, 0, code, errs)
	var a newsparse.Article
	require.NoError(t, json.Unmarshal([]byte(out), &a))
	assert.Equal(t, "Storm hits coast", a.Meta.Title)

	out, errs, code = runCmd(t, "", good, bad, filepath.Join(dir, "missing.txt"))
	assert.Equal(t, 1, code)
	assert.Equal(t, 1, strings.Count(out, "\n"), "the good file is still structured")
	assert.Contains(t, errs, "bad.txt: invalid UTF-8 at byte offset 3")
	assert.Contains(t, errs, "missing.txt")

	out, _, code = runCmd(t, "", "-pretty", good)
	assert.Equal(t, 0, code)
	assert.Contains(t, out, "\n  \"meta\"")
}

// TestErrorMessages: each message on stderr names the command once and the
// input once, and says what went wrong.
func TestErrorMessages(t *testing.T) {
	dir := t.TempDir()
	write := func(name, text string) string {
		f := filepath.Join(dir, name)
		require.NoError(t, os.WriteFile(f, []byte(text), 0o644))
		return f
	}
	bad := write("bad.txt", "Storm \xff")
	utf16 := write("utf16.txt", "\xff\xfeS\x00t\x00o\x00r\x00m\x00")
	big := write("big.txt", strings.Repeat("x", 300))
	missing := filepath.Join(dir, "missing.txt")
	for _, c := range []struct {
		name  string
		stdin string
		args  []string
		want  string
	}{
		{"invalid UTF-8 file", "", []string{bad}, "newsparse: " + bad + ": invalid UTF-8 at byte offset 6\n"},
		{"UTF-16 file", "", []string{utf16}, "newsparse: " + utf16 + ": invalid UTF-8 at byte offset 0: the text is UTF-16 (it opens with a UTF-16 byte-order mark); newsparse reads UTF-8 (iconv -f UTF-16 -t UTF-8 converts it)\n"},
		{"file too large", "", []string{"-max-bytes", "100", big}, "newsparse: " + big + ": input too large: 300 bytes, limit 100\n"},
		{"missing file", "", []string{missing}, "newsparse: " + missing + ": no such file or directory\n"},
		{"a directory", "", []string{dir}, "newsparse: " + dir + ": is a directory\n"},
		{"stdin too large", strings.Repeat("x", 300), []string{"-max-bytes", "100"}, "newsparse: stdin: input too large: 300 bytes, limit 100\n"},
		{"stdin invalid UTF-8", "ab\xffc", nil, "newsparse: stdin: invalid UTF-8 at byte offset 2\n"},
		{"missing JSON Lines file", "", []string{"-jsonl", missing}, "newsparse: " + missing + ": no such file or directory\n"},
		{"JSON Lines directory", "", []string{"-jsonl", dir}, "newsparse: " + dir + ": is a directory\n"},
	} {
		t.Run(c.name, func(t *testing.T) {
			_, errs, code := runCmd(t, c.stdin, c.args...)
			assert.Equal(t, 1, code)
			assert.Equal(t, c.want, errs)
		})
	}

	// Inside a -jsonl error record: the input and line, then the reason.
	out, _, code := runCmd(t, `{"id":"big","text":"`+strings.Repeat("x", 300)+`"}`, "-jsonl", "-max-bytes", "100")
	assert.Equal(t, 1, code)
	assert.JSONEq(t, `{"id":"big","error":"stdin: line 1: input too large: 300 bytes, limit 100"}`, out)
}

// TestFilesInArgumentOrder: one object per file that succeeds, in the order
// of the arguments; a file that fails is named on stderr and makes the exit
// status 1, and the others are still written.
func TestFilesInArgumentOrder(t *testing.T) {
	dir := t.TempDir()
	name := func(s string) string { return filepath.Join(dir, s) }
	for _, s := range []string{"Alpha", "Bravo", "Charlie"} {
		require.NoError(t, os.WriteFile(name(s+".txt"), []byte(s+" report\n\nIt happened on Monday."), 0o644))
	}
	require.NoError(t, os.WriteFile(name("bad.txt"), []byte("Bad \xfe report"), 0o644))
	for _, c := range []struct {
		name     string
		args     []string
		want     []string
		wantErrs []string // each a whole line of stderr
	}{
		{"three files", []string{name("Alpha.txt"), name("Bravo.txt"), name("Charlie.txt")}, []string{"Alpha report", "Bravo report", "Charlie report"}, nil},
		{"reversed", []string{name("Charlie.txt"), name("Bravo.txt"), name("Alpha.txt")}, []string{"Charlie report", "Bravo report", "Alpha report"}, nil},
		{"a file twice", []string{name("Bravo.txt"), name("Alpha.txt"), name("Bravo.txt")}, []string{"Bravo report", "Alpha report", "Bravo report"}, nil},
		{"missing file among good ones", []string{name("Alpha.txt"), name("gone.txt"), name("Charlie.txt")}, []string{"Alpha report", "Charlie report"},
			[]string{"newsparse: " + name("gone.txt") + ": no such file or directory"}},
		{"a directory and a bad file among good ones", []string{dir, name("Bravo.txt"), name("bad.txt"), name("Alpha.txt")}, []string{"Bravo report", "Alpha report"},
			[]string{"newsparse: " + dir + ": is a directory", "newsparse: " + name("bad.txt") + ": invalid UTF-8 at byte offset 4"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			for _, extra := range [][]string{nil, {"-pretty"}} {
				out, errs, code := runCmd(t, "", append(extra, c.args...)...)
				assert.Equal(t, c.want, titles(t, out), "flags %v", extra)
				if c.wantErrs == nil {
					assert.Equal(t, 0, code)
					assert.Empty(t, errs)
					continue
				}
				assert.Equal(t, 1, code)
				assert.Equal(t, strings.Join(c.wantErrs, "\n")+"\n", errs)
			}
		})
	}
}

// titles returns the meta.title of each JSON object in out, in order.
func titles(t *testing.T, out string) []string {
	t.Helper()
	dec := json.NewDecoder(strings.NewReader(out))
	var got []string
	for dec.More() {
		var a newsparse.Article
		require.NoError(t, dec.Decode(&a))
		got = append(got, a.Meta.Title)
	}
	return got
}

// TestDashIsStdin: "-" among the arguments stands for standard input, in
// the file mode and in the JSON Lines mode.
func TestDashIsStdin(t *testing.T) {
	dir := t.TempDir()
	one := filepath.Join(dir, "one.txt")
	require.NoError(t, os.WriteFile(one, []byte("File one\n\nThe first file."), 0o644))
	lines := filepath.Join(dir, "in.jsonl")
	require.NoError(t, os.WriteFile(lines, []byte(`{"id":"f","text":"From the file."}`+"\n"), 0o644))
	for _, c := range []struct {
		name     string
		stdin    string
		args     []string
		wantCode int
		want     []string // titles, or ids with -jsonl
		wantErr  string
	}{
		{"dash alone", "From stdin\n\nPiped in.", []string{"-"}, 0, []string{"From stdin"}, ""},
		{"dash between files", "From stdin\n\nPiped in.", []string{one, "-", one}, 0, []string{"File one", "From stdin", "File one"}, ""},
		{"dash with -pretty", "From stdin\n\nPiped in.", []string{"-pretty", "-"}, 0, []string{"From stdin"}, ""},
		{"dash with invalid stdin", "From \xff", []string{one, "-"}, 1, []string{"File one"}, "newsparse: stdin: invalid UTF-8 at byte offset 5\n"},
		{"jsonl dash alone", `{"id":"s","text":"Piped in."}` + "\n", []string{"-jsonl", "-"}, 0, []string{"s"}, ""},
		{"jsonl dash between files", `{"id":"s","text":"Piped in."}` + "\n", []string{"-jsonl", lines, "-", lines}, 0, []string{"f", "s", "f"}, ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			out, errs, code := runCmd(t, c.stdin, c.args...)
			assert.Equal(t, c.wantCode, code, errs)
			assert.Equal(t, c.wantErr, errs)
			if c.args[0] != "-jsonl" {
				assert.Equal(t, c.want, titles(t, out))
				return
			}
			var ids []string
			for l := range strings.Lines(out) {
				var r struct{ ID string }
				require.NoError(t, json.Unmarshal([]byte(l), &r), l)
				ids = append(ids, r.ID)
			}
			assert.Equal(t, c.want, ids)
		})
	}
}

func TestStdinAndUsage(t *testing.T) {
	out, _, code := runCmd(t, "BEIRUT (Reuters) - Talks resumed.", "-max-bytes", "1000")
	require.Equal(t, 0, code)
	assert.Contains(t, out, `"dateline":{"place":"BEIRUT","agency":"Reuters"`)

	in := "''We are ready,'' said Lena Ortiz."
	out, _, code = runCmd(t, in)
	require.Equal(t, 0, code)
	assert.Contains(t, out, `"quotes":[]`)
	out, _, code = runCmd(t, in, "-apostrophe-quotes")
	require.Equal(t, 0, code)
	assert.Contains(t, out, `"text":"We are ready,"`)

	_, errs, code := runCmd(t, "", "-nosuchflag")
	assert.Equal(t, 2, code)
	assert.Contains(t, errs, "usage")
	_, errs, code = runCmd(t, "", "-h")
	assert.Equal(t, 0, code)
	usage := strings.Join(strings.Fields(errs), " ")
	assert.Contains(t, usage, "Output follows argument order: one JSON object (or HTML view) per FILE")
	assert.Contains(t, usage, "A FILE of - is standard input.")
	_, _, code = runCmd(t, "", "-workers", "0", "-jsonl")
	assert.Equal(t, 2, code)
	_, _, code = runCmd(t, "", "-jsonl", "-pretty")
	assert.Equal(t, 2, code)
}

func TestJSONL(t *testing.T) {
	in := strings.Join([]string{
		`{"id":"a","text":"Storm hits coast\n\nA storm hit the coast."}`,
		`{"id":7,"text":"Markets fell."}`,
		`not json`,
		`{"id":"no-text"}`,
		``,
		`{"id":"bad","text":"caf\udcff"}`,
		`{"id":"big","text":"` + strings.Repeat("x", 300) + `"}`,
		`{"id":"z","text":"Talks resumed."}`,
	}, "\n")
	for _, workers := range []string{"1", "3"} {
		out, _, code := runCmd(t, in, "-jsonl", "-workers", workers, "-max-bytes", "100")
		assert.Equal(t, 1, code, "a bad record makes the exit status 1")
		lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
		require.Len(t, lines, 7, out)
		var ids []string
		for _, l := range lines {
			var r struct {
				ID    any    `json:"id"`
				Error string `json:"error"`
			}
			require.NoError(t, json.Unmarshal([]byte(l), &r), l)
			ids = append(ids, fmt.Sprint(r.ID, "|", r.Error != ""))
		}
		assert.Equal(t, []string{"a|false", "7|false", "<nil>|true", "no-text|true", "bad|false", "big|true", "z|false"}, ids)
		assert.Contains(t, lines[2], "line 3: invalid JSON")
		assert.Contains(t, lines[3], `no \"text\" field`)
		assert.Contains(t, lines[5], "too large")
	}
}

// TestJSONLRecordErrors: each bad record gives one error line that carries
// the record's id whenever the id can be read, and the stream goes on.
func TestJSONLRecordErrors(t *testing.T) {
	for _, c := range []struct {
		name    string
		line    string
		wantID  string // the "id" of the error line, as JSON
		wantErr string
	}{
		{"raw invalid byte in text", "{\"id\":\"rawbad\",\"text\":\"a \xff b\"}", `"rawbad"`, "line 1: invalid UTF-8 at byte offset 25 of the line"},
		{"truncated sequence at end of text", "{\"id\":3,\"text\":\"caf\xc3\"}", `3`, "invalid UTF-8 at byte offset 19 of the line"},
		{"raw invalid byte in another field", "{\"id\":\"x\",\"src\":\"\xfe\",\"text\":\"Fine.\"}", `"x"`, "invalid UTF-8 at byte offset 17"},
		{"raw invalid byte in the id", "{\"id\":\"\xfe\",\"text\":\"Fine.\"}", `null`, "invalid UTF-8 at byte offset 7"},
		{"text a number", `{"id":"numtext","text":5}`, `"numtext"`, `line 1: "text" must be a string, not a JSON number`},
		{"text an object, id after it", `{"text":{"a":1},"id":["k",2]}`, `["k",2]`, `"text" must be a string, not a JSON object`},
		{"text a bool", `{"id":{"n":1},"text":true}`, `{"n":1}`, "not a JSON bool"},
		{"record an array", `[{"id":"a","text":"x"}]`, `null`, "a record must be a JSON object, not a JSON array"},
		{"record cut off in its text", `{"id":"cut","text":"Talks resu`, `"cut"`, "line 1: invalid JSON"},
		{"not JSON", `not json`, `null`, "line 1: invalid JSON"},
		{"no text", `{"id":"nt"}`, `"nt"`, `no "text" field`},
		{"text null", `{"id":"tn","text":null}`, `"tn"`, `line 1: "text" is null: a record needs "text" (or "html") as a string`},
		{"html null", `{"id":"hn","html":null,"url":"https://example.com/"}`, `"hn"`, `line 1: "html" is null: a record needs "text" (or "html") as a string`},
	} {
		t.Run(c.name, func(t *testing.T) {
			in := c.line + "\n" + `{"id":"next","text":"Talks resumed."}` + "\n"
			out, _, code := runCmd(t, in, "-jsonl", "-max-bytes", "100")
			assert.Equal(t, 1, code, "a bad record makes the exit status 1")
			assert.True(t, utf8.ValidString(out), "the output is valid UTF-8: %q", out)
			lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
			require.Len(t, lines, 2, out)
			var r struct {
				ID    json.RawMessage `json:"id"`
				Error string          `json:"error"`
			}
			require.NoError(t, json.Unmarshal([]byte(lines[0]), &r), lines[0])
			assert.JSONEq(t, c.wantID, string(r.ID))
			assert.Contains(t, r.Error, c.wantErr)
			assert.Contains(t, lines[1], `"id":"next"`, "the stream goes on")
			assert.NotContains(t, lines[1], `"error"`)
		})
	}
}

func TestJSONLTooLongLine(t *testing.T) {
	in := `{"id":"huge","text":"` + strings.Repeat("y", 70000) + `"}` + "\n" + `{"id":"ok","text":"Fine."}` + "\n"
	out, errs, code := runCmd(t, in, "-jsonl", "-max-bytes", "100")
	assert.Equal(t, 1, code, errs)
	lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
	require.Len(t, lines, 2)
	assert.Contains(t, lines[0], "line over the size limit")
	assert.Contains(t, lines[0], `"id":"huge"`, "the error line carries the id read from the line's start")
	assert.Contains(t, lines[1], `"id":"ok"`)

	// the id after the text cannot be read: null, and the stream goes on
	in = `{"text":"` + strings.Repeat("y", 70000) + `","id":"late"}` + "\n" + `{"id":"ok","text":"Fine."}` + "\n"
	out, _, _ = runCmd(t, in, "-jsonl", "-max-bytes", "100")
	lines = strings.Split(strings.TrimSuffix(out, "\n"), "\n")
	require.Len(t, lines, 2)
	assert.Contains(t, lines[0], `{"id":null,"error":`)
	assert.Contains(t, lines[1], `"id":"ok"`)
}

func TestJSONLFiles(t *testing.T) {
	dir := t.TempDir()
	f := filepath.Join(dir, "in.jsonl")
	require.NoError(t, os.WriteFile(f, []byte(`{"id":"x","text":"One."}`+"\n"), 0o644))
	out, errs, code := runCmd(t, "", "-jsonl", f, filepath.Join(dir, "missing.jsonl"), f)
	assert.Equal(t, 1, code)
	assert.Contains(t, errs, "missing.jsonl")
	assert.Equal(t, 2, strings.Count(out, `"id":"x"`), "the good files are processed")
}

// TestJSONLOrder checks order and completeness: every input id exactly once, in input order.
func TestJSONLOrder(t *testing.T) {
	var b strings.Builder
	n := 500
	for i := range n {
		fmt.Fprintf(&b, `{"id":%d,"text":"Item %d was filed on Monday. It said %d people left."}`+"\n", i, i, i)
	}
	out, errs, code := runCmd(t, b.String(), "-jsonl", "-workers", "4")
	require.Equal(t, 0, code, errs)
	lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
	require.Len(t, lines, n)
	for i, l := range lines {
		assert.True(t, strings.HasPrefix(l, fmt.Sprintf(`{"id":%d,`, i)), "line %d: %.40s", i, l)
	}
}

// pipeWriter accepts n bytes, then fails as a closed pipe does.
type pipeWriter struct {
	n   int
	got bytes.Buffer
}

func (p *pipeWriter) Write(b []byte) (int, error) {
	if p.got.Len()+len(b) > p.n {
		return 0, syscall.EPIPE
	}
	return p.got.Write(b)
}

// failWriter accepts n bytes, then fails with err.
type failWriter struct {
	n   int
	err error
	got bytes.Buffer
}

func (f *failWriter) Write(b []byte) (int, error) {
	if f.got.Len()+len(b) > f.n {
		return 0, f.err
	}
	return f.got.Write(b)
}

// TestFilesClosedStdout: in the file mode too, a closed stdout ends the run
// quietly (no more files read, no message, the status so far), while any
// other failed write is reported with exit status 1.
func TestFilesClosedStdout(t *testing.T) {
	dir := t.TempDir()
	good := filepath.Join(dir, "good.txt")
	require.NoError(t, os.WriteFile(good, []byte("Storm hits coast\n\nA storm hit the coast on Monday. "+strings.Repeat("Crews worked through the night. ", 20)), 0o644))
	bad := filepath.Join(dir, "bad.txt")
	require.NoError(t, os.WriteFile(bad, []byte("caf\xe9"), 0o644))
	missing := filepath.Join(dir, "missing.txt")
	many := slices.Repeat([]string{good}, 200) // over the 64 KiB output buffer
	for _, c := range []struct {
		name     string
		stdin    string
		args     []string
		n        int
		err      error
		wantCode int
		wantErrs string
	}{
		{"closed at once", "", []string{good, good}, 0, syscall.EPIPE, 0, ""},
		{"closed at once, stdin", "Storm hits.", nil, 0, syscall.EPIPE, 0, ""},
		{"closed while writing: the files after it are not read", "", append(many, missing), 1 << 16, syscall.EPIPE, 0, ""},
		{"closed after a file that failed", "", []string{bad, good}, 0, syscall.EPIPE, 1, "newsparse: " + bad + ": invalid UTF-8 at byte offset 3\n"},
		{"closed file", "", []string{good}, 0, os.ErrClosed, 0, ""},
		{"disk full", "", []string{good}, 0, syscall.ENOSPC, 1, "newsparse: no space left on device\n"},
		{"disk full, stdin", "Storm hits.", nil, 0, syscall.ENOSPC, 1, "newsparse: no space left on device\n"},
		{"disk full while writing", "", append(many, missing), 1 << 16, syscall.ENOSPC, 1, "newsparse: no space left on device\n"},
	} {
		t.Run(c.name, func(t *testing.T) {
			fw := &failWriter{n: c.n, err: c.err}
			var errb bytes.Buffer
			code := run(c.args, strings.NewReader(c.stdin), fw, &errb)
			assert.Equal(t, c.wantCode, code)
			assert.Equal(t, c.wantErrs, errb.String())
		})
	}
}

func TestJSONLClosedStdout(t *testing.T) {
	var in strings.Builder
	for i := range 2000 {
		fmt.Fprintf(&in, `{"id":%d,"text":"Line %d."}`+"\n", i, i)
	}
	pw := &pipeWriter{n: 1 << 16}
	var errb bytes.Buffer
	code := run([]string{"-jsonl", "-workers", "2"}, strings.NewReader(in.String()), pw, &errb)
	assert.Equal(t, 0, code, "a closed stdout ends quietly")
	assert.Empty(t, errb.String())
}

// slowReader hands out its lines one by one, signalling after the k-th.
type slowReader struct {
	lines []string
	k     int
	sig   chan os.Signal
}

func (r *slowReader) Read(b []byte) (int, error) {
	if len(r.lines) == 0 {
		time.Sleep(10 * time.Millisecond)
		return 0, io.EOF
	}
	if r.k == 0 {
		r.sig <- os.Interrupt
		time.Sleep(20 * time.Millisecond)
	}
	r.k--
	n := copy(b, r.lines[0])
	r.lines[0] = r.lines[0][n:]
	if r.lines[0] == "" {
		r.lines = r.lines[1:]
	}
	return n, nil
}

func TestJSONLInterrupt(t *testing.T) {
	var lines []string
	for i := range 100 {
		lines = append(lines, fmt.Sprintf(`{"id":%d,"text":"Item %d arrived on Monday."}`+"\n", i, i))
	}
	sig := make(chan os.Signal, 1)
	var out, errb bytes.Buffer
	w := bufio.NewWriter(&out)
	code := streamJSONL(newEngine(newsparse.NewParser(), newsparse.DefaultMaxBytes, false), nil, &slowReader{lines: lines, k: 10, sig: sig}, w, &errb, options{workers: 2}, sig)
	w.Flush()
	assert.Equal(t, 1, code)
	assert.Contains(t, errb.String(), "interrupted")
	got := strings.Split(strings.TrimSuffix(out.String(), "\n"), "\n")
	assert.Less(t, len(got), 100, "reading stopped")
	for i, l := range got {
		var r map[string]any
		require.NoError(t, json.Unmarshal([]byte(l), &r), "line %d is whole", i)
		assert.Equal(t, float64(i), r["id"])
	}
}

// FuzzJSONLLine feeds arbitrary lines to the record decoder: never a panic,
// always exactly one JSON object per line, in valid UTF-8, with "error" or
// the article.
func FuzzJSONLLine(f *testing.F) {
	for _, s := range []string{
		`{"id":"a","text":"Storm hits."}`,
		`{"id":1}`,
		`{"text":null}`,
		`not json`,
		`{"id":{"x":[1,2]},"text":"caf\u00e9 \"quoted\" $5bn"}`,
		`{"id":"x","text":"\udcff"}`,
		"",
		`[]`,
		"{\"id\":\"raw\",\"text\":\"a \xff b\"}",
		`{"id":"n","text":5}`,
		`{"id":"cut","text":"Talks resu`,
		`{"id":"h","html":"<!DOCTYPE html><title>Talks | Site</title><p>The talks resumed on Monday after a long break, officials said.</p>","url":"https://example.com/a"}`,
		`{"id":"h2","html":"<script>x</script>"}`,
		`{"id":"both","html":"<p>a</p>","text":"a"}`,
	} {
		f.Add([]byte(s))
	}
	p := newEngine(newsparse.NewParser(newsparse.WithMaxBytes(1<<16)), 1<<16, false)
	f.Fuzz(func(t *testing.T, line []byte) {
		out := process(p, &job{line: line, name: "fuzz", n: 1})
		if len(bytes.TrimSpace(line)) == 0 {
			if out != nil {
				t.Fatalf("blank line gave %q", out)
			}
			return
		}
		out = bytes.TrimPrefix(out, []byte("!"))
		if !utf8.Valid(out) {
			t.Fatalf("output not valid UTF-8: %q", out)
		}
		if bytes.Count(out, []byte("\n")) != 1 || out[len(out)-1] != '\n' {
			t.Fatalf("not one line: %q", out)
		}
		var r map[string]json.RawMessage
		if err := json.Unmarshal(out, &r); err != nil {
			t.Fatalf("invalid JSON out: %v: %q", err, out)
		}
		_, isErr := r["error"]
		_, isArticle := r["body"]
		if isErr == isArticle {
			t.Fatalf("neither error nor article: %q", out)
		}
	})
}

// TestEveryFlagDocumented: every flag is in the usage synopsis that -h
// prints and in README.md's section on the command.
func TestEveryFlagDocumented(t *testing.T) {
	_, errs, code := runCmd(t, "", "-h")
	require.Equal(t, 0, code)
	synopsis, defaults, ok := strings.Cut(errs, "\n\n")
	require.True(t, ok, errs)
	readme, err := os.ReadFile("../../README.md")
	require.NoError(t, err)
	_, section, ok := strings.Cut(string(readme), "## The command")
	require.True(t, ok)
	section, _, _ = strings.Cut(section, "\n## ")
	var flags []string
	for _, l := range strings.Split(defaults, "\n") {
		if f, ok := strings.CutPrefix(l, "  -"); ok {
			flags = append(flags, "-"+strings.Fields(f)[0])
		}
	}
	require.Len(t, flags, 7, defaults)
	for _, f := range flags {
		named := regexp.MustCompile(`(^|[^a-z-])` + f + `([^a-z-]|$)`)
		assert.Regexp(t, named, synopsis, "the usage synopsis names %s", f)
		assert.Regexp(t, named, section, "README.md documents %s", f)
	}
}

// TestJSONLByteOrderMark: a JSON Lines input that starts with a UTF-8
// byte-order mark (as some Windows tools write files) keeps its first
// record; a mark anywhere else is the record's own damage.
func TestJSONLByteOrderMark(t *testing.T) {
	in := "\ufeff" + `{"id":"first","text":"Talks resumed."}` + "\r\n" + `{"id":"second","text":"Fine."}` + "\r\n"
	out, errs, code := runCmd(t, in, "-jsonl")
	require.Equal(t, 0, code, errs)
	lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
	require.Len(t, lines, 2, out)
	assert.True(t, strings.HasPrefix(lines[0], `{"id":"first","meta":`), lines[0])
	assert.True(t, strings.HasPrefix(lines[1], `{"id":"second","meta":`), lines[1])

	dir := t.TempDir()
	f := filepath.Join(dir, "bom.jsonl")
	require.NoError(t, os.WriteFile(f, []byte(in), 0o644))
	out, errs, code = runCmd(t, "", "-jsonl", f, f)
	require.Equal(t, 0, code, errs)
	assert.Equal(t, 4, strings.Count(out, `"meta":`), "each file's mark is dropped")

	out, _, code = runCmd(t, `{"id":"a","text":"x"}`+"\n\ufeff"+`{"id":"b","text":"y"}`+"\n", "-jsonl")
	assert.Equal(t, 1, code)
	assert.Contains(t, out, `"error":"stdin: line 2: invalid JSON`)
}
