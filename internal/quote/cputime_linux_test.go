//go:build linux

package quote

import (
	"runtime"
	"syscall"
	"time"
)

// rusageThread is Linux's RUSAGE_THREAD, which package syscall does not name.
const rusageThread = 1

// timed runs f on one locked OS thread and returns the CPU time that thread
// spent in it: other processes on a busy machine do not count, as they do in
// the wall time.
func timed(f func()) time.Duration {
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	var a, b syscall.Rusage
	if syscall.Getrusage(rusageThread, &a) != nil {
		start := time.Now()
		f()
		return time.Since(start)
	}
	f()
	if syscall.Getrusage(rusageThread, &b) != nil {
		return 0
	}
	return time.Duration(b.Utime.Nano()+b.Stime.Nano()) - time.Duration(a.Utime.Nano()+a.Stime.Nano())
}
