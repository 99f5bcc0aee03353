//go:build !unix

package ner

func minorFaults() int64 { return 0 }
