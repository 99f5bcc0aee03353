package newsparse

import _ "embed"

// SampleArticle is the article newsparse was created from, embedded for
// demonstrations: the command structures it when given no input.
//
//go:embed testdata/seed.txt
var SampleArticle string
