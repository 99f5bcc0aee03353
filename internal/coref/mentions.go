package coref

import "sort"

// mentions holds an article's mentions in text order with a gap in the
// array (a gap buffer) where the last reference resolved went in.
// Resolution moves through the text, so each new reference (add) lands
// near the last one: moving the gap costs the mentions between the two,
// where a plain sorted list would move every mention after the new one,
// and a long story would cost the square of its mentions.
type mentions struct {
	buf    []corefMention
	gs, ge int // buf[gs:ge] is the gap; the mentions are buf[:gs] then buf[ge:]
}

// set makes sorted the list, its spare capacity the gap at the end.
func (l *mentions) set(sorted []corefMention) {
	l.gs = len(sorted)
	l.buf = sorted[:cap(sorted)]
	l.ge = len(l.buf)
}

// len returns the number of mentions.
func (l *mentions) len() int { return len(l.buf) - (l.ge - l.gs) }

// at returns mention k, 0 ≤ k < len, in text order.
func (l *mentions) at(k int) *corefMention {
	if k >= l.gs {
		k += l.ge - l.gs
	}
	return &l.buf[k]
}

// from returns the index of the first mention that starts at or after
// offset s, or len when none does.
func (l *mentions) from(s int) int {
	if l.gs > 0 && l.buf[l.gs-1].s >= s {
		return sort.Search(l.gs, func(i int) bool { return l.buf[i].s >= s })
	}
	tail := l.buf[l.ge:]
	return l.gs + sort.Search(len(tail), func(i int) bool { return tail[i].s >= s })
}

// insert puts m at index k, so that it is mention k after.
func (l *mentions) insert(k int, m corefMention) {
	if l.gs == l.ge { // no gap left: a larger array, its gap where the old one's was
		n := len(l.buf)
		grown := make([]corefMention, n+n/4+16)
		copy(grown, l.buf[:l.gs])
		l.ge = l.gs + len(grown) - n
		copy(grown[l.ge:], l.buf[l.gs:])
		l.buf = grown
	}
	switch {
	case k < l.gs: // the mentions in [k, gs) go to the gap's far end
		n := l.gs - k
		copy(l.buf[l.ge-n:l.ge], l.buf[k:l.gs])
		l.gs, l.ge = k, l.ge-n
	case k > l.gs: // the first k-gs mentions after the gap come before it
		n := k - l.gs
		copy(l.buf[l.gs:k], l.buf[l.ge:l.ge+n])
		l.gs, l.ge = k, l.ge+n
	}
	l.buf[l.gs] = m
	l.gs++
}
