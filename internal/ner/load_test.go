package ner

import (
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

// TestColdLoad measures what a fresh process pays for the embedded model:
// each run is a new process (this test binary again, with NER_COLD_LOAD
// set) that loads it once, so that the pages of the file and of the heap
// are touched for the first time, as they are when a command starts. It
// reports the median wall time, CPU time and minor page faults of seven
// runs; the budget is 50 ms of CPU.
func TestColdLoad(t *testing.T) {
	if os.Getenv("NER_COLD_LOAD") != "" {
		f0, c0, w0 := minorFaults(), cpuTime(), time.Now()
		m, err := Load(modelBin)
		if err != nil {
			t.Fatal(err)
		}
		// the first sentence touches the tables too
		m.Tag(strings.Fields("Officials in Gansu Province said the quake damaged 300 homes ."))
		fmt.Printf("coldload %d %d %d\n", time.Since(w0), cpuTime()-c0, minorFaults()-f0)
		return
	}
	if testing.Short() || raceEnabled {
		t.Skip("seven processes; meaningless under the race detector")
	}
	var wall, cpu, faults []int64
	for range 7 {
		cmd := exec.Command(os.Args[0], "-test.run=^TestColdLoad$", "-test.count=1")
		cmd.Env = append(os.Environ(), "NER_COLD_LOAD=1")
		out, err := cmd.Output()
		require.NoError(t, err, "%s", out)
		var w, c, f int64
		i := strings.Index(string(out), "coldload ")
		require.GreaterOrEqual(t, i, 0, "%s", out)
		_, err = fmt.Sscan(string(out[i+len("coldload "):]), &w, &c, &f)
		require.NoError(t, err)
		wall, cpu, faults = append(wall, w), append(cpu, c), append(faults, f)
	}
	median := func(x []int64) int64 { slices.Sort(x); return x[len(x)/2] }
	t.Logf("cold load and first sentence, median of 7 processes: %v wall, %v CPU, %d minor page faults; file %d bytes",
		time.Duration(median(wall)), time.Duration(median(cpu)), median(faults), len(modelBin))
	assert.Less(t, time.Duration(median(cpu)), 50*time.Millisecond)
}
