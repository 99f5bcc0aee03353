package lexicon

import "testing"

// TestReportingShapes checks that the table of first letters, last letters
// and lengths lets every form of reporting through to the map, and that a
// word it turns away is none.
func TestReportingShapes(t *testing.T) {
	for w, base := range reporting {
		if got := ReportingBase(w); got != base {
			t.Errorf("ReportingBase(%q) = %q, want %q", w, got, base)
		}
	}
	for _, w := range []string{"", "the", "of", "a", "sayings", "Said", "told.", "x", "z\u00e9", "\u00e9crit", "saying's", "tells-", "insistently"} {
		if got, want := ReportingBase(w), reporting[w]; got != want {
			t.Errorf("ReportingBase(%q) = %q, want %q", w, got, want)
		}
	}
}
