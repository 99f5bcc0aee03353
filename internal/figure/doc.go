// Package figure reads the numbers of an analysed article: the number grammar
// (numbers.go), amounts of money (money.go, the story's context and the
// tables' headers in moneyctx.go, the notes that scale a table's rows and
// the money columns a row's named amount heads in moneynote.go), casualty
// counts (casualties.go) and the article's toll (toll.go). A table's bare
// figures and a vague amount ("investing millions") that no currency goes with take the story's currency
// (storyCurrency): the one most of its amounts are in, else the dateline
// place's (lexicon.DatelineCurrency), else that of the country the body
// names most when it is the UK's (lexicon.HomeCurrency), else USD. A bare "$"
// is the dollar of the dateline's city, or, in a story with no dateline
// that marks none of its dollars, of the one country all its places are in
// (placesDollar: CAD for a story of Surrey and Vancouver), else the US
// dollar. Casualties come from a grammar of victim
// phrases (victims.go, and persons.go for people known by a noun's form) and
// casualty predicates (predicates.go) joined in casgrammar.go, with counts
// read in counting.go (and victims a vague word counts without a figure,
// "several suspects", "many were killed", read the same way and listed with
// the count unstated, which the toll leaves out: unstated.go; a noun that
// carries its number counts it, "a Dutch couple" 2, "their twins" 2, "the
// pair" 2, and "a couple of people", a loose phrase the annotation guide is
// silent on, counts 2 with the qualifier about) and the names
// a story identifies its described victims by read in aliases.go; a linear model trained on annotated news
// (fallback.go, trained by internal/figure/train) keeps the casualty words
// the grammar leaves that it scores as casualties; its features keep only
// the words of closed classes beside a casualty word (others are shaped),
// and a word after a negation or a modal proposes nothing. Neither the
// grammar nor the model lists a casualty whose victim is a known thing or
// whose harm is wished, called for, attempted, feared or nearly done
// (victimkind.go). What money and casualties
// share lives in files of its own: the segments both read, the title and the
// sentences (segments.go), who a figure is attributed to (source.go), and the
// entity mentions indexed by position (mentions.go). Every rule reads a
// token's lower case through one reader (lowMemo.lower), which reads the
// doubled quote marks of tokenized copy as the double quote mark, so that
// a story in CoNLL's Reuters spacing gives the figures its ordinary spelling
// gives (spacing_test.go). It reads a textdoc.Doc and the article's entities.
package figure
