//go:build !linux

package quote

import "time"

// timed returns the wall time f takes (the thread's CPU time is read on Linux only).
func timed(f func()) time.Duration {
	start := time.Now()
	f()
	return time.Since(start)
}
