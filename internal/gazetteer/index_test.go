package gazetteer

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestIndexCurrent checks that places.idx is the index of places.tsv: run
// go generate ./internal/gazetteer when it fails.
func TestIndexCurrent(t *testing.T) {
	require.True(t, bytes.Equal(Index(placesTSV), placesIdx), "places.idx is stale: go generate ./internal/gazetteer")
	tb := readIndex(placesTSV, placesIdx)
	require.NotNil(t, tb)
	assert.Nil(t, readIndex(placesTSV[1:], placesIdx), "an index of another text")
	assert.Nil(t, readIndex(placesTSV, placesIdx[:len(placesIdx)-1]), "a truncated index")
	p := parse(placesTSV)
	assert.Equal(t, p.len(), tb.len())
	assert.Equal(t, p.find(hashKey([]byte("paris"))), tb.find(hashKey([]byte("paris"))))
}

// TestColdLookup measures what a fresh process pays for its first lookup,
// with the index read in place and, for comparison, built from the text
// (GAZ_PARSE set): each run is a new process (this test binary again); the
// medians of seven runs are logged, and the budget of start-up to first
// result, 100 ms, leaves the index well under 50 ms of CPU.
func TestColdLookup(t *testing.T) {
	if os.Getenv("GAZ_COLD") != "" {
		if os.Getenv("GAZ_PARSE") != "" {
			placesIdx = nil
		}
		f0, c0, w0 := minorFaults(), cpuTime(), time.Now()
		Lookup("Paris")
		Lookup("Oklahoma City")
		fmt.Printf("coldlookup %d %d %d\n", time.Since(w0), cpuTime()-c0, minorFaults()-f0)
		return
	}
	if testing.Short() || raceEnabled {
		t.Skip("fourteen processes; meaningless under the race detector")
	}
	run := func(parse bool) (wall, cpu time.Duration, faults int64) {
		var ws, cs, fs []int64
		for range 7 {
			cmd := exec.Command(os.Args[0], "-test.run=^TestColdLookup$", "-test.count=1")
			cmd.Env = append(os.Environ(), "GAZ_COLD=1")
			if parse {
				cmd.Env = append(cmd.Env, "GAZ_PARSE=1")
			}
			out, err := cmd.Output()
			require.NoError(t, err, "%s", out)
			i := strings.Index(string(out), "coldlookup ")
			require.GreaterOrEqual(t, i, 0, "%s", out)
			var w, c, f int64
			_, err = fmt.Sscan(string(out[i+len("coldlookup "):]), &w, &c, &f)
			require.NoError(t, err)
			ws, cs, fs = append(ws, w), append(cs, c), append(fs, f)
		}
		med := func(x []int64) int64 { slices.Sort(x); return x[len(x)/2] }
		return time.Duration(med(ws)), time.Duration(med(cs)), med(fs)
	}
	w, c, f := run(false)
	pw, pc, pf := run(true)
	t.Logf("first two lookups in a fresh process, median of 7: index read in place %v wall, %v CPU, %d minor faults; "+
		"index built from the text %v wall, %v CPU, %d minor faults", w, c, f, pw, pc, pf)
	assert.Less(t, c, 50*time.Millisecond)
}
