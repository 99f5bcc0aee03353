//go:build race

package newsparse

// raceEnabled reports whether the tests run under the race detector, which
// slows the analysis about tenfold; the largest hostile inputs shrink then
// (.ci/run runs them again at full size without it).
const raceEnabled = true
