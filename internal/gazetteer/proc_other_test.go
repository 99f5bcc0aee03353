//go:build !unix

package gazetteer

import "time"

func cpuTime() time.Duration { return 0 }
func minorFaults() int64     { return 0 }
