package figure

import (
	"github.com/newsparse/newsparse/internal/contract"
	"github.com/newsparse/newsparse/internal/textdoc"
)

// Figures is the state the figure extractors share for one article: the
// analysis and the entities they read, the segments they scan (the title,
// tokenised once, and the sentences), the entity mentions indexed by start,
// and the casualty hits the toll is computed from. Each parse makes its own;
// a Figures is not safe for concurrent use.
type Figures struct {
	d    *textdoc.Doc
	ents []contract.Entity

	segs  []segment     // the segments, built on first use (segments)
	buf   *memoBuf      // the arrays of the segments' memo, given back by Release
	ix    *mentionIndex // the mention index, built on first use (mentions)
	hits  []casHit      // the casualty hits, found once (casualtyHits)
	found bool          // hits holds the casualty hits

	silent []contract.Casualty // the pronoun hits left unlisted, after the outcome rule (pronounOnly): they tell the
	// toll's records what became of a victim, and no word of theirs is the fallback's

	years      sentYears     // the years each sentence names and whether it tells of an earlier event (historical), read once
	quoteMarks map[int][]int // the starts of each sentence's quotation marks (inQuotation), read on first use

	srcs map[int]*sentSources // what each sentence offers as a figure's source, read on first use (sentSourcesOf)

	natural  map[int]bool // the sentences that give a natural cause of death (naturalDeaths), nil until read
	obituary bool         // the article tells of a natural death and of no harm (naturalDeaths)

	year     int  // the story's year (storyYear), read once for the toll and the money's currency codes
	yearRead bool // year holds it

	death int8 // deathReported's answer: 0 unread, 1 a death reported, 2 none

	cas []contract.Casualty // the casualties Casualties lists, nil until read (never nil once read)
}

// New returns the figure state of one article: its analysis d and its
// entities ents (nil when the figures need not name their sources' entities).
func New(d *textdoc.Doc, ents []contract.Entity) *Figures {
	return &Figures{d: d, ents: ents}
}

// Release gives back the memory of f's memo of its article's words for
// the next article's; no figure f has given holds it. f must not be used
// after.
func (f *Figures) Release() {
	if f.buf != nil {
		clear(f.buf.segs[:cap(f.buf.segs)])
		f.buf.low = lowMemo{}
		f.buf.vm = victimMemo{}
		memoBufs.Put(f.buf)
	}
	f.buf, f.segs = nil, nil
}
