package contract

// Quote is a direct quotation: the words inside the marks, who said them, and the reporting cue.
type Quote struct {
	Start   int      `json:"start"`   // byte offset of the first quoted word (after the opening mark)
	End     int      `json:"end"`     // byte offset just past the last quoted character (before the closing mark)
	Text    string   `json:"text"`    // the words inside the marks: input[Start:End]
	Partial bool     `json:"partial"` // a fragment inside the writer's own sentence, not a whole quoted sentence
	Speaker *Speaker `json:"speaker"` // who said or wrote the words; nil when the text does not say
	Cue     string   `json:"cue"`     // the reporting verb or phrase as written ("said", "according to"), ":" for a colon or label, "" when inferred
}

// Speaker is who a quotation is attributed to: the entity (its id and
// canonical name; an empty id when no entity was found) and the mention that
// attributed it.
type Speaker struct {
	Entity string `json:"entity"` // id of the entity spoken for ("e3"), or "" when no entity was found
	Name   string `json:"name"`   // the entity's canonical name, else the fullest form of the mention's name
	Start  int    `json:"start"`  // byte offsets of the mention that attributed the quotation
	End    int    `json:"end"`
	Text   string `json:"text"` // the mention as written: "Hatami", "he", "the minister", "who"
}
