package figure

import "strings"

// victimAliases reads the sentences that name a victim described before:
// "police identified the victim as 44-year-old Ana Cruz", "The victim has
// been identified as Ana Cruz". It maps the description's referent
// ("victim") to the name's surname ("Cruz"), so that the outcome rule
// follows one person under both ("the victim was shot" when "Cruz died").
// A description named twice with different names maps to nothing.
func victimAliases(f *Figures) map[string]string {
	if f.d == nil || !strings.Contains(f.d.Text, "identified") {
		return nil
	}
	var out map[string]string
	for _, seg := range f.segments() {
		sc := numScan{text: f.d.Text, toks: seg.toks, lo: seg.lo, hi: seg.hi, title: seg.sent < 0, low: *seg.low}
		for j := sc.lo + 1; j < sc.hi; j++ {
			if sc.raw(j) != "identified" {
				continue
			}
			ref, name, ok := identifiedAs(&sc, j)
			if !ok {
				continue
			}
			if out == nil {
				out = map[string]string{}
			}
			if prev, seen := out[ref]; seen && prev != name {
				name = ""
			}
			out[ref] = name
		}
	}
	return out
}

// identifiedAs reads "identified" at token j with the description it names
// before or after it and the name after "as": "identified the victim as
// Ana Cruz" or "the victim was identified as 44-year-old Ana Cruz". It
// returns the description's referent and the name's surname.
func identifiedAs(sc *numScan, j int) (string, string, bool) {
	ref := ""
	as := j + 1
	if v, ok := victimAt(sc, j+1, nil); ok && !v.named && !v.pronoun && v.count == 1 && v.ref != "" && sc.w(v.end) == "as" {
		ref, as = v.ref, v.end // "identified the victim as"
	} else if sc.w(j+1) == "as" && (sc.w(j-1) == "was" || sc.w(j-1) == "been") {
		for s := j - 2; s >= sc.lo && s >= j-6; s-- {
			if sc.w(s) != "the" {
				continue
			}
			if v, ok := victimAt(sc, s, nil); ok && !v.named && !v.pronoun && v.count == 1 && v.ref != "" && auxWords.at(sc.w(v.end)) {
				ref = v.ref // "the victim was identified as", "the man has been identified as"
			}
			break
		}
	}
	if ref == "" || sc.w(as) != "as" {
		return "", "", false
	}
	k := as + 1
	if isAgeWord(sc.w(k)) {
		k++
	}
	e := k
	for e < sc.hi && e < k+4 && isCapWord(sc.raw(e)) {
		e++
	}
	if e-k < 2 {
		return "", "", false // a full name: "as Hispanic" or "as Cruz" names no one new
	}
	return ref, surname(sc.raw(e - 1)), true
}
