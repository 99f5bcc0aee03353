package main

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/newsparse/newsparse/internal/ner"
)

func TestSpansLikeScorer(t *testing.T) {
	// IOB1 as ner.py reads it: I- after a different type starts a span,
	// B- splits two adjacent spans of one type.
	gold := []string{"I-PER", "I-PER", "O", "I-LOC", "B-LOC", "I-ORG", "I-MISC"}
	assert.Equal(t, []span{{0, 1, "PER"}, {3, 3, "LOC"}, {4, 4, "LOC"}, {5, 5, "ORG"}, {6, 6, "MISC"}}, spansIOB1(gold))

	lab := func(ss ...string) []int {
		out := make([]int, len(ss))
		for i, s := range ss {
			out[i] = ner.LabelIndex(s)
		}
		return out
	}
	assert.Equal(t, []span{{10, 11, "PER"}, {13, 13, "LOC"}, {14, 14, "LOC"}},
		spansIOB2(lab("B-PER", "I-PER", "O", "B-LOC", "B-LOC"), 10))
	// A stray I- starts a span, as the scorer would read it.
	assert.Equal(t, []span{{0, 0, "ORG"}}, spansIOB2(lab("I-ORG", "O"), 0))
}

func TestIOB2(t *testing.T) {
	got := iob2([]string{"I-PER", "I-PER", "B-PER", "O", "I-LOC", "I-ORG"})
	want := []int{ner.LabelIndex("B-PER"), ner.LabelIndex("I-PER"), ner.LabelIndex("B-PER"), 0, ner.LabelIndex("B-LOC"), ner.LabelIndex("B-ORG")}
	assert.Equal(t, want, got)
}
