//go:build !unix

package ner

import "time"

// cpuTime is not measured here; BenchmarkTag then reports wall time only.
func cpuTime() time.Duration { return 0 }
