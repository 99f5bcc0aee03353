package figure

import "github.com/newsparse/newsparse/internal/lexicon"

// identifiedAliases reads the sentences that name a victim the story first
// told by a noun: "police identified the victim as 44-year-old Ana Cruz",
// "The man killed was identified as Ty Lee". It returns the pairs of refs
// (the noun and the name's surname, as the outcome rule keys its victims)
// that stand for one person, or nil.
func identifiedAliases(f *Figures) [][2]string {
	var out [][2]string
	d := f.d
	for _, seg := range f.segments() {
		sc := numScan{text: d.Text, toks: seg.toks, lo: seg.lo, hi: seg.hi, title: seg.sent < 0, low: seg.low}
		for i := sc.lo; i < sc.hi; i++ {
			if sc.w(i) != "identified" {
				continue
			}
			noun, as := identifiedNoun(&sc, i)
			if noun == "" {
				continue
			}
			if name := nameAfterAs(&sc, as); name != "" {
				out = append(out, [2]string{noun, name})
			}
		}
	}
	return out
}

// identifiedNoun returns the victim noun that "identified" at token i
// names, in the active voice ("identified the victim as") or the passive
// ("The victim was identified as", "the woman who died has been identified
// as"), and the token of "as"; "" when none does.
func identifiedNoun(sc *numScan, i int) (string, int) {
	// active: "identified the victim as"
	if sc.w(i+1) == "the" && singleNoun(sc.w(i+2)) && sc.w(i+3) == "as" {
		return sc.w(i + 2), i + 3
	}
	if sc.w(i+1) != "as" || i-1 < sc.lo {
		return "", 0
	}
	switch sc.w(i - 1) {
	case "was", "been", "is", "be":
	default:
		return "", 0
	}
	// passive: the nearest "the" and singular person noun before it
	for k := i - 2; k > sc.lo && k >= i-8; k-- {
		if sc.w(k-1) == "the" && singleNoun(sc.w(k)) {
			return sc.w(k), i + 1
		}
		switch sc.w(k) {
		case ".", ";", ":", "said", "says":
			return "", 0
		}
	}
	return "", 0
}

// nameAfterAs returns the surname of the name after "as" at token as: "as
// 44-year-old Ana Cruz", "as Ana Cruz, 44"; "" when no name follows.
func nameAfterAs(sc *numScan, as int) string {
	k := as + 1
	if isAgeWord(sc.w(k)) {
		k++
	}
	e := k
	for e < sc.hi && e < k+4 && isCapWord(sc.raw(e)) && !lexicon.IsVictimNoun(sc.w(e)) {
		e++
	}
	if e == k {
		return ""
	}
	return surname(sc.raw(e - 1))
}
