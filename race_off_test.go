//go:build !race

package newsparse

// raceEnabled reports whether the tests run under the race detector.
const raceEnabled = false
