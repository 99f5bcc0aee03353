package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

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
	assert.Contains(t, errs, "bad.txt: newsparse: invalid UTF-8 at byte offset 3")
	assert.Contains(t, errs, "missing.txt")

	out, _, code = runCmd(t, "", "-pretty", good)
	assert.Equal(t, 0, code)
	assert.Contains(t, out, "\n  \"meta\"")
}

func TestStdinAndUsage(t *testing.T) {
	out, _, code := runCmd(t, "BEIRUT (Reuters) - Talks resumed.", "-max-bytes", "1000")
	require.Equal(t, 0, code)
	assert.Contains(t, out, `"dateline":{"place":"BEIRUT","agency":"Reuters"`)

	_, errs, code := runCmd(t, "", "-nosuchflag")
	assert.Equal(t, 2, code)
	assert.Contains(t, errs, "usage")
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

func TestJSONLTooLongLine(t *testing.T) {
	in := `{"id":"huge","text":"` + strings.Repeat("y", 70000) + `"}` + "\n" + `{"id":"ok","text":"Fine."}` + "\n"
	out, errs, code := runCmd(t, in, "-jsonl", "-max-bytes", "100")
	assert.Equal(t, 1, code, errs)
	lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
	require.Len(t, lines, 2)
	assert.Contains(t, lines[0], "line over the size limit")
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
