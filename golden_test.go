package newsparse

import (
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// update rewrites the golden files: go test -run Golden -update. Read the diff before committing it.
var update = flag.Bool("update", false, "rewrite the golden files under testdata/golden")

// golden compares got with the golden file name, or rewrites it under -update.
func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	p := filepath.Join("testdata", "golden", name)
	if *update {
		require.NoError(t, os.MkdirAll(filepath.Dir(p), 0o755))
		require.NoError(t, os.WriteFile(p, got, 0o644))
		return
	}
	want, err := os.ReadFile(p)
	require.NoError(t, err, "missing golden file; create it with go test -run Golden -update")
	assert.Equal(t, string(want), string(got), "output differs from %s; if the change is intended, rerun with -update and review the diff", p)
}

func TestGoldenSeed(t *testing.T) {
	in := readSeed(t)
	a, err := Parse(in)
	require.NoError(t, err)
	checkSpans(t, "seed", in, a)
	b, err := json.MarshalIndent(a, "", " ")
	require.NoError(t, err)
	golden(t, "seed.json", append(b, '\n'))
}

// TestGoldenContract checks that the JSON keeps the field names outside tools read.
func TestGoldenContract(t *testing.T) {
	a, err := Parse(readSeed(t))
	require.NoError(t, err)
	b, err := json.Marshal(a)
	require.NoError(t, err)
	var m map[string]json.RawMessage
	require.NoError(t, json.Unmarshal(b, &m))
	for _, k := range []string{"meta", "body", "paragraphs", "sentences", "entities", "quotes", "money", "casualties", "toll"} {
		assert.Contains(t, m, k)
	}
	var meta map[string]json.RawMessage
	require.NoError(t, json.Unmarshal(m["meta"], &meta))
	assert.JSONEq(t, `{"text":"2018-08","year":2018,"month":8,"day":0,"precision":"month"}`, string(meta["date"]))
	assert.JSONEq(t, `{"start":14,"end":2732}`, string(m["body"]))
}
