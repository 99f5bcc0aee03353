// Package figure reads the numbers of an analysed article: the number grammar
// (numbers.go), amounts of money (money.go), casualty counts (casualties.go)
// and the article's toll (toll.go). What money and casualties share lives in
// files of its own: the segments both read, the title and the sentences
// (segments.go), who a figure is attributed to (source.go), and the entity
// mentions indexed by position (mentions.go). It reads a textdoc.Doc and the
// article's entities.
package figure
