package main

import (
	"strings"
	"testing"

	"github.com/newsparse/newsparse"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestSummary(t *testing.T) {
	a, err := newsparse.Parse(newsparse.SampleArticle)
	require.NoError(t, err)
	var b strings.Builder
	summarize(&b, a)
	assert.Contains(t, b.String(), "Date:     2018-08 (month)")
	assert.Contains(t, b.String(), "Body:     15 paragraphs, 16 sentences")
}

// TestSummaryUnstated: a count no figure gives is shown as "?", not 0.
func TestSummaryUnstated(t *testing.T) {
	a, err := newsparse.Parse("Four guards were killed and several others were wounded.")
	require.NoError(t, err)
	var b strings.Builder
	summarize(&b, a)
	assert.Contains(t, b.String(), "killed    4 guards")
	assert.Contains(t, b.String(), "injured   ? others")
}
