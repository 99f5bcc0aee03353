package figure

import (
	"slices"
	"testing"

	"github.com/newsparse/newsparse/internal/contract"
	"github.com/newsparse/newsparse/internal/lexicon"
	"github.com/newsparse/newsparse/internal/textdoc"
)

// numberWord is canStartNumber's test of a lower-case word, as the lists say it.
func numberWord(w string) bool {
	if _, ok := qualifierPhrases.get(w); ok {
		return true
	}
	if _, ok := smallNumbers.get(w); ok {
		return true
	}
	if _, ok := vagueWords.get(w); ok {
		return true
	}
	switch w {
	case "a", "an", "half", "several", "dozen", "hundred", "thousand", "million", "billion", "between", "from", "few":
		return true
	}
	for k := 0; k < len(w); k++ {
		if w[k] == '-' {
			_, ok := smallNumbers.get(w[:k])
			return k > 0 && ok
		}
	}
	return false
}

// moneyAdjective reports a word lexicon.CurrencyAdjective knows.
func moneyAdjective(w string) bool {
	_, ok := lexicon.CurrencyAdjective(w)
	return ok
}

// fallbackKnown reports a word fallbackKind knows.
func fallbackKnown(w string) bool {
	_, _, ok := fallbackKind(w)
	return ok
}

// TestWordClasses checks that one look-up in the joined table answers each
// list it joins, for every word of the lists and for words of none.
func TestWordClasses(t *testing.T) {
	words := []string{"", "the", "shot", "twenty-five", "-five", "five-", "dollars", "hk", "australian", "thousands",
		"killed", "match", "was", "of", "zebra", "Killed", "\u201c", "forty-two", "a"}
	for _, set := range []map[string]bool{casualtyCues, grammarCues, grammarSkip, sportWords, violenceWords} {
		for w := range set {
			words = append(words, w)
		}
	}
	for w := range qualifierPhrases.m {
		words = append(words, w)
	}
	for w := range headerScales.m {
		words = append(words, w)
	}
	for w := range fallbackWords {
		words = append(words, w)
	}
	lexicon.MoneyWords(func(w string, _ bool) { words = append(words, w) })
	for _, w := range words {
		c := classOf(w)
		checks := []struct {
			name string
			got  bool
			want bool
		}{
			{"casualty cue", c&clsCasualtyCue != 0, casualtyCues[w]},
			{"grammar cue", c&clsGrammarCue != 0, grammarCues[w]},
			{"grammar skip", c&clsGrammarSkip != 0, grammarSkip[w]},
			{"sport", c&clsSport != 0, sportWords[w]},
			{"violence", c&clsViolence != 0, violenceWords[w]},
			{"number word", c&clsNumberWord != 0, numberWord(w)},
			{"money word", c&clsMoneyWord != 0, lexicon.IsCurrencyWord(w) || headerScales.at(w) > 0},
			{"money start", c&clsMoneyStart != 0, lexicon.DollarPrefix(w) != "" || moneyAdjective(w)},
			{"fallback", c&clsFallback != 0, fallbackKnown(w)},
			{"known", c&clsKnown != 0, true},
		}
		for _, k := range checks {
			if k.got != k.want {
				t.Errorf("classOf(%q) %s = %v, want %v", w, k.name, k.got, k.want)
			}
		}
	}
}

// TestWordClassKept checks that a token's classes are kept in the
// article's flags beside the word tests, neither overwriting the other.
func TestWordClassKept(t *testing.T) {
	text := "Two men shot"
	toks := textdoc.Tokenize(text, contract.Span{Start: 0, End: len(text)}, nil)
	body := newLowMemo(&lowWords{}, text, "", toks)
	sc := numScan{text: text, toks: toks, lo: 0, hi: len(toks), low: body}
	if !sc.victimNounAt(1) {
		t.Fatal("men: want a victim noun")
	}
	if !sc.is(0, clsNumberWord) || sc.is(1, clsNumberWord) || !sc.is(2, clsViolence|clsGrammarCue) {
		t.Fatalf("classes: %x %x %x", sc.cls(0), sc.cls(1), sc.cls(2))
	}
	if !sc.victimNounAt(1) || body.flags[1]&tokFlag(clsKnown) == 0 {
		t.Fatalf("flags of men: %x", body.flags[1])
	}
	if sc.cls(5) != classOf("") || sc.cls(-1) != classOf("") {
		t.Fatal("outside the scan: want the classes of no word")
	}
}

// TestMemoWords checks that the memo reads each token's lower case: an
// ASCII word's from the lowered text, and its own for a word beyond ASCII
// and the quote marks of tokenized text.
func TestMemoWords(t *testing.T) {
	text := "`` Two ZÜRICH men '' were Shot"
	toks := textdoc.Tokenize(text, contract.Span{Start: 0, End: len(text)}, nil)
	for _, lowered := range []string{"", lowerASCII(text)} {
		l := newLowMemo(&lowWords{}, text, lowered, toks)
		var got []string
		for i := range toks {
			got = append(got, l.word(i))
		}
		if want := []string{`"`, "two", "zürich", "men", `"`, "were", "shot"}; !slices.Equal(got, want) {
			t.Errorf("words %q, want %q", got, want)
		}
		if l.flags[2]&flagOwn == 0 || l.flags[1]&flagOwn != 0 || tokFlag(l.class(2))&flagOwn != 0 {
			t.Errorf("flags %x", l.flags)
		}
	}
}

// TestClassTable checks that classTable gives every listed word its
// classes, and a word of no list none.
func TestClassTable(t *testing.T) {
	for w, c := range wordClasses {
		if listedClasses(w) != c {
			t.Errorf("listedClasses(%q) = %x, want %x", w, listedClasses(w), c)
		}
	}
	if c := classOf("zebra"); c != clsKnown {
		t.Errorf("classOf(zebra) = %x", c)
	}
}

// TestMemoLineStart checks that the memo marks as lineStart tells it the
// first token of each line, the text's first token and a token after blank
// lines among them.
func TestMemoLineStart(t *testing.T) {
	text := "Net profit 1.2 mln\nvs 0.9 mln ,\n\n  Sales 12\t( mln )\nEnd"
	toks := textdoc.Tokenize(text, contract.Span{Start: 0, End: len(text)}, nil)
	for _, view := range [][]contract.Span{toks, toks[3:], toks[:len(toks)-1]} {
		l := newLowMemo(nil, text, "", view)
		sc := numScan{text: text, toks: view, lo: 0, hi: len(view), low: l}
		n := 0
		for i := range view {
			if sc.lineStart(i) != lineStart(text, view, i) {
				t.Errorf("token %d %q: lineStart %v", i, text[view[i].Start:view[i].End], lineStart(text, view, i))
			}
			if sc.lineStart(i) {
				n++
			}
		}
		if n < 2 {
			t.Errorf("%d line starts", n)
		}
	}
}

// TestMemoMoneyCue checks the tokens the memo marks as cues of money
// (hasMoneyCue): digits, a currency's symbol, mark or name, a mark glued to
// its digits (so also "Q2" and "B-52": the cue is cheap, the grammar tells),
// a hyphened currency word; and the words it leaves.
func TestMemoMoneyCue(t *testing.T) {
	for w, want := range map[string]bool{"12": true, "$": true, "US$": true, "£": true, "KSh500": true, "R5bn": true,
		"dollars": true, "euros": true, "ten-dollar": true, "Pound-for-pound": true, "thousands": true,
		"Q2": true, "B-52": true, "men": false, "Smith": false, "-": false, "well-known": false, ",": false} {
		text := "the " + w + " ."
		toks := textdoc.Tokenize(text, contract.Span{Start: 0, End: len(text)}, nil)
		l := newLowMemo(nil, text, "", toks)
		sc := numScan{text: text, toks: toks, lo: 0, hi: len(toks), low: l}
		if got := hasMoneyCue(&sc); got != want {
			t.Errorf("%q: hasMoneyCue %v, want %v", w, got, want)
		}
	}
}

// TestMemoMoneyStart checks mayStartMoney, read from the memo: lower-case
// words of no number or currency are left, every other token kept.
func TestMemoMoneyStart(t *testing.T) {
	text := "the Smith , million hk $ well-known men 3 dollars australian"
	toks := textdoc.Tokenize(text, contract.Span{Start: 0, End: len(text)}, nil)
	sc := numScan{text: text, toks: toks, lo: 0, hi: len(toks), low: newLowMemo(nil, text, "", toks)}
	var got []bool
	for i := -1; i <= len(toks); i++ {
		got = append(got, mayStartMoney(&sc, i))
	}
	want := []bool{true, false, true, true, true, true, true, true, false, true, true, true, true}
	if !slices.Equal(got, want) {
		t.Errorf("mayStartMoney %v, want %v", got, want)
	}
}

// TestFlagBits checks that the memo's marks lie above every wordClass and
// the word tests' bits below them.
func TestFlagBits(t *testing.T) {
	var all wordClass
	for _, c := range wordClasses {
		all |= c
	}
	all |= clsKnown
	if tokFlag(all)&flagsNotClass != 0 || tokFlag(all) >= flagMoneyStart || all&0xff != 0 {
		t.Errorf("classes %x overlap the memo's marks %x or the tests' byte", all, flagsNotClass)
	}
}

// TestMemoKinds checks that the memo of an article's tokens, whose plain
// words' byte kinds it reads from their textdoc.Kind, holds what the memo
// made from the bytes alone holds.
func TestMemoKinds(t *testing.T) {
	d := textdoc.Analyze("Gunmen killed 12 people and took $5m from the BANK in Lagos3, police said; 2,000 fled.\n\nThe ten-dollar bills, worth KSh500 each, were `` seized ''.")
	with := newLowMemoIn(nil, &lowWords{}, d.Text, d.Lowered(), d.Toks, d.Kinds())
	without := newLowMemo(&lowWords{}, d.Text, d.Lowered(), d.Toks)
	plain := 0
	for i := range d.Toks {
		if d.Kind(i)&textdoc.KindPlain != 0 {
			plain++
			if got, want := plainBytes[d.Kind(i)&(textdoc.KindUpper|textdoc.KindDigit)], rawBytes(d.Tok(i)); got != want {
				t.Errorf("%q: byte kinds %b, want %b", d.Tok(i), got, want)
			}
		}
		if with.flags[i] != without.flags[i] || with.word(i) != without.word(i) {
			t.Errorf("%q: flags %x word %q, want %x %q", d.Tok(i), with.flags[i], with.word(i), without.flags[i], without.word(i))
		}
	}
	if plain < 10 {
		t.Errorf("%d plain tokens: the test reads too few", plain)
	}
}
