// Package entity recognises the people, organisations, places, groups and
// events an analysed article names (entities.go: the statistical tagger of
// internal/ner, repaired and typed with the tables of internal/lexicon) and
// clusters their mentions into one entity per referent (clusters.go). It
// reads a textdoc.Doc and gives contract.Entity values, which internal/quote
// and internal/figure read in turn.
package entity
