// Package entity recognises the people, organisations, places, groups and
// events an analysed article names and clusters their mentions into one
// entity per referent. It reads a textdoc.Doc and gives contract.Entity
// values, which internal/quote and internal/figure read in turn.
//
// The files follow the stages of Extract (entities.go): recognition
// (recognise.go: the statistical tagger of internal/ner and the repairs of
// its spans; titles.go: the titles given to people), the finds of the
// lexicon's tables the tagger left out and the places of a dateline
// (gazetteer.go), typing (typing.go; placerepair.go: the repairs of the
// tagger's places, people and events read as places, and place names cut
// short) and clustering (clusters.go).
package entity
