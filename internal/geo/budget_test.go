package geo

import (
	"runtime"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/newsparse/newsparse/internal/gazetteer"
)

// TestMemoryBudget measures the live heap of the gazetteer's tables and of a
// full candidate cache of common and rare names; the budget is 60 MB.
func TestMemoryBudget(t *testing.T) {
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	gazetteer.Preload()
	_ = gazetteer.Lookup("Paris")
	_ = gazetteer.LookupArea("Syria")
	n := 0
	gazetteer.Each(func(p gazetteer.Place, names []string) {
		if n < maxCached && p.Population > 20000 {
			Candidates(p.Name)
			n++
		}
	})
	runtime.GC()
	runtime.ReadMemStats(&after)
	mb := float64(after.HeapAlloc-before.HeapAlloc) / (1 << 20)
	t.Logf("tables and %d cached names: %.1f MB live heap", n, mb)
	assert.Less(t, mb, 60.0)
}
