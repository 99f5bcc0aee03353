package contract

// NumberKind says what a number measures. Only figures (the empty kind) are
// counts or amounts; the other kinds are recognised so that they are not
// mistaken for them.
type NumberKind string

// The kinds of number the grammar recognises.
const (
	KindFigure   NumberKind = ""         // a count or an amount: "350,000", "388bn", "a dozen", "millions"
	KindYear     NumberKind = "year"     // "2011", "the 1990s"
	KindAge      NumberKind = "age"      // "12-year-old", "aged 36"
	KindPercent  NumberKind = "percent"  // "40%", "3.5 per cent", "9 pct"
	KindTime     NumberKind = "time"     // "4 p.m.", "8:20", "4pm"
	KindOrdinal  NumberKind = "ordinal"  // "2nd", "8th"
	KindFraction NumberKind = "fraction" // "two-thirds", "7/8"
	KindStrength NumberKind = "strength" // "1,200-strong"
	KindMeasure  NumberKind = "measure"  // "five-year", "9mm", "10-day": a number inside a unit adjective
	KindPhone    NumberKind = "phone"    // "252-972-1411"
	KindDate     NumberKind = "date"     // "January 20", "20 January"
)

// Number is a quantity read by the number grammar.
type Number struct {
	// Value is the quantity; for a range, its lower end; for a vague
	// quantity, the count its word stands for ("dozens" 12, "thousands" 1000).
	Value float64 `json:"value"`
	// Min and Max are the ends of a range ("2-3bn", "between 10 and 20"); both are 0 otherwise.
	Min float64 `json:"min,omitempty"`
	Max float64 `json:"max,omitempty"`
	// Range reports a range; Value is then Min.
	Range bool `json:"range,omitempty"`
	// Vague reports a quantity given by a word and not a figure: "dozens", "tens of thousands", "several hundred".
	Vague bool `json:"vague,omitempty"`
	// Qualifier is how the figure relates to the true quantity ("about", "more_than", …).
	Qualifier Qualifier `json:"qualifier"`
	// Kind says what the number measures; only KindFigure is a count or an amount.
	Kind NumberKind `json:"kind,omitempty"`
}

// Qualifier says how a figure relates to the true quantity.
type Qualifier string

// The qualifiers a figure can carry.
const (
	Exact    Qualifier = ""          // as stated
	About    Qualifier = "about"     // approximately, nearly, some, an estimated
	MoreThan Qualifier = "more_than" // more than, over, above
	AtLeast  Qualifier = "at_least"  // at least
	LessThan Qualifier = "less_than" // less than, under, below
	AtMost   Qualifier = "at_most"   // up to, no more than
)

// Source is who a figure is attributed to in its sentence: the entity (its
// id, or "" when the name is not among the entities) and the name as written.
type Source struct {
	Entity string `json:"entity"`
	Name   string `json:"name"`
}

// Money is an amount of money stated in the text.
type Money struct {
	// Start and End are the byte offsets of Text: the currency and the number
	// with its multiplier ("$388bn"), not the qualifier.
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
	// Value is the amount in units of Currency (cents and pence as
	// fractions); nil for a range and for "several hundred million".
	Value *float64 `json:"value"`
	// Min and Max are the ends of a range ("$2-3bn"); nil otherwise.
	Min *float64 `json:"min"`
	Max *float64 `json:"max"`
	// Currency is the ISO 4217 code, "" when unknown: the code in force in
	// the story's year where a new issue changed it (the Turkish lira of a
	// 1996 story is TRL, of 2007 TRY), else the current one.
	Currency string `json:"currency"`
	// Qualifier is how the amount relates to the true one ("about", "more_than", …).
	Qualifier Qualifier `json:"qualifier"`
	// Vague is set for an amount given by words ("hundreds of millions of
	// dollars", "several hundred million pounds"): Value, when given, is the
	// least the words mean.
	Vague  bool    `json:"vague"`
	Source *Source `json:"source,omitempty"`
}

// Casualty is a count of people killed, injured, displaced, missing, detained or kidnapped.
type Casualty struct {
	// Start and End are the byte offsets of Text: the number phrase through
	// the casualty word ("more than 350,000 people have been killed").
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
	// Kind is what is counted: killed, injured, displaced, missing, detained or kidnapped.
	Kind CasualtyKind `json:"kind"`
	// Count is how many: a figure, 1 for a victim named or described one by
	// one, 0 for "no one was hurt", and for a vague word the count it stands
	// for (dozens 12, hundreds 100, millions 1000000). When Unstated is set,
	// Count is 0 and means nothing.
	Count float64 `json:"count"`
	// Unstated reports victims whose number no figure gives: a vague word
	// that stands for no count ("several suspects were detained", "many
	// were killed", "an unspecified number of rebels"). Count is then 0,
	// Vague is set and Qualifier is Exact (no figure to qualify); the JSON
	// writes "count": null, and a "count": null read back sets Unstated. A
	// reader that sums counts skips such a casualty, as the toll does.
	Unstated bool `json:"-"`
	// Vague reports a count given by a vague word.
	Vague bool `json:"vague"`
	// Qualifier is how Count relates to the true number; vague plurals are at_least.
	Qualifier Qualifier `json:"qualifier"`
	// Who is the victims' noun or name ("people", "soldiers", "Terry Waite"), "" when unsaid.
	Who string `json:"who"`
	// Source is who the sentence attributes the count to, nil when no one.
	Source *Source `json:"source,omitempty"`
	// Place is where the counted casualties happened: the place its
	// sentence, paragraph or dateline names (internal/geo), nil when none.
	Place *PlaceRef `json:"place,omitempty"`
}

// CasualtyKind is what a casualty count counts; it is written in the JSON as
// its string ("killed").
type CasualtyKind string

// The kinds of casualty.
const (
	Killed    CasualtyKind = "killed"
	Injured   CasualtyKind = "injured"
	Displaced CasualtyKind = "displaced"
	Missing   CasualtyKind = "missing"
	Detained  CasualtyKind = "detained"
	Kidnapped CasualtyKind = "kidnapped"
)

// Toll is the article's own best figure for each kind of casualty about the
// event it reports; a nil member means the article states none.
type Toll struct {
	Killed    *float64 `json:"killed,omitempty"`
	Injured   *float64 `json:"injured,omitempty"`
	Displaced *float64 `json:"displaced,omitempty"`
	Missing   *float64 `json:"missing,omitempty"`
	Detained  *float64 `json:"detained,omitempty"`
	Kidnapped *float64 `json:"kidnapped,omitempty"`
	// Place is where the event happened (internal/geo), nil when unknown.
	Place *PlaceRef `json:"place,omitempty"`
}
