// Package textdoc owns the one analysis of an article that every extractor
// reads: the header split from the body (header.go: fields, date, byline,
// dateline) and the body's paragraphs, sentences and Penn Treebank tokens,
// all as byte offsets into the input (text.go), with part-of-speech tags on
// demand. A Doc is built once by Analyze and read by internal/entity,
// internal/quote and internal/figure; Without gives a reader the same
// analysis without some paragraphs (internal/quote drops a page's
// furniture).
package textdoc
