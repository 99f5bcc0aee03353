package lexicon

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestKey(t *testing.T) {
	for in, want := range map[string]string{
		"U.S.":                 "us",
		"The  Netherlands":     "netherlands",
		"Bosnia & Herzegovina": "bosnia and herzegovina",
		"Côte d’Ivoire":        "côte d'ivoire",
		"\tNew\nYork ":         "new york",
		"":                     "",
	} {
		assert.Equal(t, want, Key(in), in)
	}
}

func TestPlaces(t *testing.T) {
	for in, want := range map[string]string{
		"US": "United States", "U.S.A.": "United States", "America": "United States", "United States": "United States",
		"Britain": "United Kingdom", "Syria": "Syria", "Myanmar": "Myanmar", "Burma": "Myanmar",
		"Bosnia and Herzegovina": "Bosnia and Herzegovina", "Saint Lucia": "St. Lucia", "Hong Kong": "Hong Kong",
	} {
		p, ok := LookupPlace(Key(in))
		if assert.True(t, ok, in) {
			assert.Equal(t, want, p.Name, in)
			assert.Equal(t, Country, p.Kind, in)
			assert.True(t, p.GPE())
		}
	}
	p, ok := LookupPlace(Key("Damascus"))
	assert.True(t, ok)
	assert.Equal(t, City, p.Kind)
	p, ok = LookupPlace(Key("Middle East"))
	assert.True(t, ok)
	assert.Equal(t, Area, p.Kind)
	assert.False(t, p.GPE())
	_, ok = LookupPlace(Key("Gotham"))
	assert.False(t, ok)
}

func TestDemonymsAndGroups(t *testing.T) {
	for in, want := range map[string]string{
		"Iranian": "Iran", "Iranians": "Iran", "Americans": "United States", "Lebanese": "Lebanon",
		"British": "United Kingdom", "Filipinos": "Philippines", "Kurds": "Kurdistan",
	} {
		c, ok := Demonym(Key(in))
		if assert.True(t, ok, in) {
			assert.Equal(t, want, c, in)
		}
	}
	_, ok := Demonym(Key("Iran"))
	assert.False(t, ok)
	assert.True(t, IsGroup(Key("Sunni")))
	assert.True(t, IsGroup(Key("Tories")))
	assert.False(t, IsGroup(Key("Labour")))
}

func TestOrgsAndTitles(t *testing.T) {
	for in, want := range map[string]string{
		"ISIS": "Islamic State of Iraq and the Levant", "ISIL": "Islamic State of Iraq and the Levant",
		"UN": "United Nations", "U.N.": "United Nations", "Nato": "North Atlantic Treaty Organization",
	} {
		c, ok := KnownOrg(Key(in))
		if assert.True(t, ok, in) {
			assert.Equal(t, want, c, in)
		}
	}
	assert.True(t, IsAmbiguousOrg(Key("Apple")))
	assert.False(t, IsAmbiguousOrg(Key("Microsoft")))
	assert.True(t, IsTitleHead(Key("Defence Minister")) || IsTitleHead(Key("Minister")))
	assert.True(t, IsTitleHead(Key("Mr.")))
	assert.True(t, IsTitleModifier(Key("Defence")))
	assert.True(t, IsParticle("al"))
	assert.True(t, IsOrgHead("commission"))
	assert.True(t, IsFacilityHead("airport"))
	assert.True(t, IsLocationHead("river"))
	assert.True(t, IsEventWord("olympics"))
	assert.True(t, IsFunctionWord("of"))
	assert.True(t, IsOrgNoun("movement"))
	assert.True(t, IsCommonWord("likewise"))
	assert.True(t, IsCommonAcronym("pc"))
}

func TestMaxWords(t *testing.T) {
	assert.GreaterOrEqual(t, MaxWords("united"), 2)
	assert.GreaterOrEqual(t, MaxWords("islamic"), 6)
	assert.Equal(t, 0, MaxWords("zzzz"))
}

func TestCase(t *testing.T) {
	assert.True(t, IsCapitalized("Iran"))
	assert.False(t, IsCapitalized("iran"))
	assert.False(t, IsCapitalized(""))
	assert.True(t, IsAllCaps("ISIL"))
	assert.True(t, IsAllCaps("U.S."))
	assert.False(t, IsAllCaps("Isil"))
	assert.False(t, IsAllCaps("--"))
}

func TestNameGender(t *testing.T) {
	assert.Equal(t, byte('m'), NameGender(Key("Jerome")))
	assert.Equal(t, byte('f'), NameGender(Key("Elizabeth")))
	assert.Equal(t, byte(0), NameGender(Key("Jordan")), "names borne by both are left out")
	assert.Equal(t, byte('m'), NameGender(Key("Anton")))
	assert.Equal(t, byte('f'), NameGender(Key("Carly")))
	for _, w := range []string{"Georgia", "Orlando", "Stanley", "Chelsea", "April"} {
		assert.Equal(t, byte(0), NameGender(Key(w)), "%s names a place, a team or a month as often", w)
	}
	maleNames.each(func(k string, _ uint32) {
		assert.False(t, femaleNames.has(k), "%s in both lists", k)
	})
}

// TestKeyPlainWords: a word of plain ASCII is keyed by its lower case, as
// the rune-by-rune path keys it, and one in lower case without allocating.
func TestKeyPlainWords(t *testing.T) {
	for _, w := range []string{"", "said", "Said", "SAID", "9mm", "five-year-old", "Five-Year-Old", "O'Neill",
		"U.S.", "p.m.", "AT&T", "&", "the", "The", "Côte", "d’Ivoire", "İstanbul", "a\tb", "x y"} {
		assert.Equal(t, keyRunes(w), Key(w), w)
		plain, upper := plainASCII(w)
		assert.Equal(t, plain && !upper, IsPlainLower(w), w)
	}
	for _, w := range []string{"U.S.", "p.m.", "AT&T", "Côte", "a\tb"} {
		assert.False(t, IsPlainLower(w), w)
	}
	for _, w := range []string{"said", "five-year-old", "9mm", "o'neill"} {
		assert.True(t, IsPlainLower(w), w)
		assert.Zero(t, testing.AllocsPerRun(10, func() { _ = Key(w) }), w)
	}
}

func TestLower(t *testing.T) {
	for _, w := range []string{"", "said", "Said", "SAID", "Reuters", "U.S.", "Côte", "ÉLYSÉE", "İstanbul", "mln", "Mln",
		"five-year-old", "Five-Year-Old", "A", "a", "9mm", "ABCDEFGHIJKLMNOPQRSTUVWXYZ", "Spokesman", "Officials'"} {
		assert.Equal(t, strings.ToLower(w), Lower(w), w)
	}
	for _, w := range []string{"said", "Said", "KILLED", "Police", "Dollars", "Spokesman", "President"} {
		assert.Zero(t, testing.AllocsPerRun(10, func() { _ = Lower(w) }), w)
	}
}

func TestHeads(t *testing.T) {
	for _, c := range []struct {
		key                        string
		org, fac, loc, speaker, co bool
		strong                     byte
	}{
		{key: "ministry", org: true, speaker: true, strong: 'O'},
		{key: "movement", org: true},
		{key: "inc", org: true, co: true, strong: 'O'},
		{key: "gmbh", co: true},
		{key: "studios", strong: 'O'},
		{key: "house", speaker: true},
		{key: "centre", fac: true, strong: 'O'},
		{key: "centre for", org: true},
		{key: "airport", fac: true, strong: 'F'},
		{key: "field", fac: true},
		{key: "river", loc: true, strong: 'L'},
		{key: "lake", loc: true},
		{key: "smith"},
	} {
		assert.Equal(t, c.org, IsOrgHead(c.key), c.key)
		assert.Equal(t, c.fac, IsFacilityHead(c.key), c.key)
		assert.Equal(t, c.loc, IsLocationHead(c.key), c.key)
		assert.Equal(t, c.speaker, IsSpeakerOrgHead(c.key), c.key)
		assert.Equal(t, c.co, IsCompanySuffix(c.key), c.key)
		assert.Equal(t, c.strong, StrongHead(c.key), c.key)
	}
	for _, m := range []map[string]uint8{orgHeads, facHeads, locHeads} {
		for k, u := range m {
			n := 0
			for _, o := range []map[string]uint8{orgHeads, facHeads, locHeads} {
				if o[k]&headStrong != 0 {
					n++
				}
			}
			assert.LessOrEqual(t, n, 1, "%s is strong in two kinds", k)
			assert.NotZero(t, u, k)
		}
	}
	assert.True(t, IsHoliday("christmas"))
	assert.True(t, IsHoliday("new year"))
	assert.True(t, IsEventWord("christmas"), "every holiday is an event word")
	assert.True(t, IsEventWord("olympics"))
}

func TestSourceVerbs(t *testing.T) {
	sourceVerbs.each(func(w string, _ uint32) {
		if w != "estimated" && w != "estimates" {
			assert.NotEmpty(t, ReportingBase(w), "%s: a source verb that is no reporting form", w)
		}
	})
	assert.True(t, IsSourceVerb("said"))
	assert.False(t, IsSourceVerb("say"))
	assert.Equal(t, "warn", ReportingBase("warning"))
	assert.Equal(t, "", ReportingBase("believes"))
}

func TestWithinOneEdit(t *testing.T) {
	for _, c := range []struct {
		a, b string
		ok   bool
	}{
		{"ayoub", "ayyoub", true}, {"ayyoub", "ayoub", true}, {"smith", "smyth", true}, {"smith", "smith", true},
		{"smith", "smiths", true}, {"smith", "mith", true}, {"smith", "smoth2", false}, {"abcde", "abxye", false},
		{"", "a", true}, {"ab", "ba", true}, {"a", "abc", false},
		{"monteith", "montieth", true}, {"monteith", "motneith", true}, {"monteith", "mnoteith", true},
		{"monteith", "montiteh", false}, {"abcd", "badc", false},
	} {
		assert.Equal(t, c.ok, WithinOneEdit(c.a, c.b), "%q %q", c.a, c.b)
	}
}

func TestVictimInflection(t *testing.T) {
	for w, want := range map[string]bool{
		"nurses": true, "deputies": true, "fishermen": true, "crewmen": true, "tribesmen": true,
		"specimen": false, "abdomen": false, "staffs": false, "omen": false, "houses": false,
	} {
		assert.Equal(t, want, IsVictimNoun(w), w)
	}
}

// TestIsLowerASCII checks the cheap test for a word that is its own Lower.
func TestIsLowerASCII(t *testing.T) {
	for w, want := range map[string]bool{"killed": true, "u.s.": true, "": true, "Killed": false, "café": false, "NATO": false, "a-b": true} {
		assert.Equal(t, want, IsLowerASCII(w), w)
		if want {
			assert.Equal(t, w, Lower(w), w)
		}
	}
}

// TestClosedCompoundVictims: a plural closed compound headed by a noun of
// people is one ("schoolgirls", "steelworkers"); a plural of notCompound,
// which only looks like one, and a singular are none.
func TestClosedCompoundVictims(t *testing.T) {
	for w, want := range map[string]bool{
		"schoolgirls": true, "steelworkers": true, "sportswomen": true,
		"aquamarines": false, "ultramarines": false, "flagstaffs": false, "autopilots": false,
		"screwdrivers": false, "carbuncles": false, "safeguards": false, "Fairchild": false,
	} {
		assert.Equal(t, want, IsVictimNoun(w), w)
	}
}

// TestIsNameWordDigits checks names that open with digits against figures
// with a unit. The words are made up for the test.
func TestIsNameWordDigits(t *testing.T) {
	cases := []struct {
		w    string
		want bool
	}{
		{"5Cast", true},    // digits, a capital, lower case
		{"9-Ocean", true},  // digits, a hyphen, a capital
		{"10M", false},     // a figure with a unit
		{"3D", false},      // no lower case after the capital
		{"1990s", false},   // a decade
		{"24-hour", false}, // a compound of a figure
		{"Kestrel", true},  // a capital first, as before
		{"e-Bay", true},    // a lower-case prefix, a hyphen and a capital, as before
		{"x-ray", false},   // no capital
		{"", false},
	}
	for _, c := range cases {
		assert.Equal(t, c.want, IsNameWord(c.w), c.w)
	}
}

// TestIsUSState names US states by name and by abbreviation, and no
// province of another country.
func TestIsUSState(t *testing.T) {
	for w, want := range map[string]bool{"Idaho": true, "Ky.": true, "OH": true, "New Mexico": true,
		"Ontario": false, "Bavaria": false, "Kestrel": false, "": false} {
		assert.Equal(t, want, IsUSState(w), w)
	}
}

// TestASCIIPaths checks that the byte-by-byte paths of Key, IsCapitalized
// and IsAllCaps answer as the rune-by-rune ones on ASCII words.
func TestASCIIPaths(t *testing.T) {
	words := []string{"", " ", "the ", "The Hague", "U.S.", "AT&T", "A&B", " & x", "new  york ", "\tSt. Louis\n",
		"the", "thE Co.", "x.y", "AB12", "12", "ab", "Ab", "aB", "...", "R&D Ltd.", "p.m.", "THE END"}
	alphabet := "aZ .&\t-'the"
	seed := uint32(7)
	for n := 0; n < 2000; n++ {
		b := make([]byte, n%12)
		for i := range b {
			seed = seed*1664525 + 1013904223
			b[i] = alphabet[seed>>24%uint32(len(alphabet))]
		}
		words = append(words, string(b))
	}
	for _, w := range words {
		if got, want := keyASCII(w), keyUnicode(w); got != want {
			t.Errorf("keyASCII(%q) = %q, keyUnicode %q", w, got, want)
		}
		if got, want := IsCapitalized(w), capitalRune(w); got != want {
			t.Errorf("IsCapitalized(%q) = %v, want %v", w, got, want)
		}
		if got, want := IsAllCaps(w), allCapsRunes(w); got != want {
			t.Errorf("IsAllCaps(%q) = %v, want %v", w, got, want)
		}
	}
}

// TestWordTable checks that a wordTable finds each of its words with its
// value, and no other word.
func TestWordTable(t *testing.T) {
	m := map[string]uint32{}
	for w := range victimNouns {
		m[w] = uint32(len(w))
	}
	tab := newWordTable(m)
	for w, v := range m {
		if got := tab.get(w); got != v {
			t.Errorf("get(%q) = %d, want %d", w, got, v)
		}
		if _, ok := tab.word(w + "x"); ok && m[w+"x"] == 0 {
			t.Errorf("word(%q) found", w+"x")
		}
	}
	if tab.get("") != 0 || tab.has("zzz") {
		t.Error("found a word the table lacks")
	}
	// words of every length the look-up compares in its own way, and each
	// of them with one byte changed, which the table must not find
	long := map[string]uint32{}
	for n := 1; n <= 40; n++ {
		long[strings.Repeat("ab", n)[:n]] = uint32(n)
	}
	lt := newWordTable(long)
	for w, v := range long {
		if got := lt.get(w); got != v {
			t.Errorf("get(%q) = %d, want %d", w, got, v)
		}
		for i := range len(w) {
			b := []byte(w)
			b[i] = 'z'
			if lt.has(string(b)) {
				t.Errorf("has(%q) for a word the table lacks", b)
			}
		}
	}
	var zero wordTable
	if zero.has("a") || zero.get("a") != 0 {
		t.Error("the zero table holds a word")
	}
	for _, m := range []map[string]string{currencyMarks, currencyNames, reporting} {
		st := newStringTable(m)
		for w, v := range m {
			if got := st.get(w); got != v {
				t.Errorf("stringTable get(%q) = %q, want %q", w, got, v)
			}
		}
		if st.get("zzz") != "" {
			t.Error("stringTable found zzz")
		}
	}
}

func TestNameGenderAccentsAndCompounds(t *testing.T) {
	for name, want := range map[string]byte{"monique": 'f', "sébastien": 'm', "josée": 'f', "marc-andré": 'm',
		"jean-françois": 'm', "marie-ève": 'f', "dominique": 0, "jean": 0} {
		assert.Equal(t, string(rune(want)), string(rune(NameGender(name))), name)
	}
}
