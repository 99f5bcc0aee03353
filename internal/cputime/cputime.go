// Package cputime times a function by the CPU its thread spends in it, for
// the tests that check an algorithm's growth (four times the input may take
// about four times as long): other processes on a busy machine do not count,
// as they do in the wall time. It is used by tests only.
package cputime

import (
	"runtime"
	"time"
)

// Thread runs f on one locked OS thread and returns the CPU time that thread
// spent in it; where the thread's CPU time cannot be read (outside Linux), the
// wall time.
func Thread(f func()) time.Duration {
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	before, ok := threadCPU()
	if !ok {
		start := time.Now()
		f()
		return time.Since(start)
	}
	f()
	after, _ := threadCPU()
	return after - before
}

// Best returns the least of three Thread times of f run times times over:
// the scaling tests' measure, whose best of three damps the noise of a
// busy machine.
func Best(times int, f func()) time.Duration {
	run := func() time.Duration {
		return Thread(func() {
			for range times {
				f()
			}
		})
	}
	return min(run(), run(), run())
}
