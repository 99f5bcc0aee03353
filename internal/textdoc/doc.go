// Package textdoc owns the one analysis of an article that every extractor
// reads: the header split from the body (header.go: fields, date, byline,
// dateline) and the body's paragraphs, sentences and Penn Treebank tokens,
// all as byte offsets into the input (text.go), with part-of-speech tags on
// demand. Text in the spacing of tokenized news copy (the Reuters stories
// of CoNLL: "Smith 's death .", "( $ 5 million )", marks of two backquotes
// and two apostrophes) gives the tokens and sentences its ordinary spelling
// gives: a clitic set apart is the clitic, two apostrophes one closing mark,
// and a closing mark after white space stays with the sentence it closes.
// The invisible characters web text leaves inside words (a soft hyphen, a
// zero-width joiner: lexicon.IsInvisible) stay inside the word's token,
// whose span covers the word as written, and Doc.Tok reads the word
// without them, as lexicon.Lower and lexicon.Key do; Doc.LowTok reads its
// lower case from the text lowered once.
// A Doc is built once by Analyze and read by internal/entity,
// internal/quote and internal/figure; Without gives a reader the same
// analysis without some paragraphs (internal/quote drops a page's
// furniture).
package textdoc
