package coref

// Word helpers, copied from internal/quote (where the attribution reads the
// same words) so that coreference depends on no extractor.

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsparse/newsparse/internal/lexicon"
)

func isCap(t string) bool {
	r, _ := utf8.DecodeRuneInString(t)
	if unicode.IsUpper(r) || unicode.IsTitle(r) {
		return true
	}
	// "al-Assad", "el-Sisi", "bin-Salman": a particle joined to a name
	if h := strings.IndexByte(t, '-'); h > 0 && h <= 3 && h+1 < len(t) {
		r2, _ := utf8.DecodeRuneInString(t[h+1:])
		return unicode.IsLower(r) && unicode.IsUpper(r2)
	}
	return false
}

func isLower(t string) bool {
	r, _ := utf8.DecodeRuneInString(t)
	return unicode.IsLower(r)
}

// lower returns t in lower case, without allocating for words already lower-case ASCII.
func lower(t string) string {
	for i := 0; i < len(t); i++ {
		if c := t[i]; c >= 'A' && c <= 'Z' || c >= 0x80 {
			return strings.ToLower(t)
		}
	}
	return t
}

var relPronouns = map[string]bool{"who": true, "which": true, "that": true}

// determiners open a common noun phrase.
var determiners = map[string]bool{"the": true, "a": true, "an": true, "his": true, "her": true, "its": true, "their": true,
	"our": true, "this": true, "that": true, "these": true, "those": true, "another": true, "one": true, "two": true,
	"three": true, "several": true, "some": true, "many": true, "other": true, "both": true, "each": true}

// cueSkip are words that may stand between a speaker and the reporting verb ("he also said", "she has said").
var cueSkip = map[string]bool{"also": true, "later": true, "then": true, "previously": true, "recently": true, "once": true,
	"again": true, "repeatedly": true, "reportedly": true, "further": true, "simply": true, "only": true, "just": true,
	"has": true, "have": true, "had": true, "was": true, "is": true, "were": true, "are": true, "would": true, "will": true,
	"did": true, "does": true, "do": true, "flatly": true, "quickly": true, "publicly": true,
	"privately": true, "openly": true, "initially": true, "first": true, "often": true, "frequently": true, "even": true,
	"never": true, "always": true, "already": true, "subsequently": true, "finally": true, "immediately": true,
	"could": true, "might": true, "may": true, "should": true, "must": true, "can": true, "not": true, "n't": true,
	"been": true, "being": true, "be": true, "allegedly": true, "angrily": true, "bluntly": true,
	"candidly": true, "defiantly": true, "famously": true, "jokingly": true, "memorably": true, "succinctly": true,
	"tersely": true, "curtly": true, "sarcastically": true, "proudly": true, "confidently": true, "emphatically": true,
	"meanwhile": true, "however": true, "though": true, "too": true, "instead": true, "separately": true,
	"today": true, "yesterday": true, "tonight": true, "earlier": true}

var beVerbs = map[string]bool{"was": true, "were": true, "is": true, "are": true, "been": true, "be": true, "being": true, "am": true}

// softRole are words of a role phrase that a title need not repeat ("the
// top diplomat", "the senior minister").
var softRole = map[string]bool{"top": true, "senior": true, "new": true, "current": true, "then": true, "veteran": true,
	"country's": true, "nation's": true, "own": true, "same": true, "latter": true}

// personNouns head phrases that name people, whom "it" cannot stand for.
var personNouns = map[string]bool{"spokesman": true, "spokeswoman": true, "spokesperson": true, "official": true,
	"officials": true, "man": true, "woman": true, "person": true, "people": true, "resident": true, "residents": true,
	"witness": true, "witnesses": true, "expert": true, "experts": true, "analyst": true, "analysts": true,
	"source": true, "sources": true, "aide": true, "aides": true, "adviser": true, "advisor": true, "lawyer": true,
	"father": true, "mother": true, "wife": true, "husband": true, "son": true, "daughter": true, "friend": true,
	"neighbour": true, "neighbor": true, "teacher": true, "student": true, "worker": true, "victim": true,
	"colleague": true, "partner": true, "brother": true, "sister": true, "boy": true, "girl": true, "doctor": true,
	"nurse": true, "officer": true, "owner": true, "manager": true, "director": true, "survivor": true}

// commonVerbs are frequent irregular past forms and auxiliaries that mark the
// word before them as a clause's subject.
var commonVerbs = map[string]bool{"went": true, "came": true, "made": true, "took": true, "gave": true, "got": true,
	"told": true, "said": true, "met": true, "saw": true, "ran": true, "won": true, "lost": true, "left": true,
	"kept": true, "held": true, "brought": true, "thought": true, "began": true, "became": true, "wrote": true,
	"spoke": true, "sent": true, "spent": true, "stood": true, "felt": true, "found": true, "heard": true, "led": true,
	"paid": true, "put": true, "set": true, "hit": true, "let": true, "cut": true, "struck": true, "sought": true,
	"fought": true, "bought": true, "built": true, "drew": true, "drove": true, "knew": true,
	"grew": true, "threw": true, "chose": true, "broke": true, "rose": true, "fell": true, "shot": true, "sang": true,
	"can": true, "knows": true, "wants": true, "needs": true, "gets": true, "goes": true, "makes": true, "takes": true}

// verbLike reports whether a lower-case word looks like a finite verb.
func verbLike(w string) bool {
	if commonVerbs[w] || cueSkip[w] || beVerbs[w] || lexicon.ReportingBase(w) != "" {
		return true
	}
	if isPrep(w) || determiners[w] || relPronouns[w] || w == "and" || w == "or" {
		return false
	}
	return len(w) > 3 && (strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "ous"))
}

func isPrep(w string) bool {
	switch w {
	case "in", "on", "at", "to", "for", "of", "from", "with", "by", "during", "after", "before", "about", "as",
		"when", "while", "than", "into", "over", "under", "through", "since", "until", "without", "against", "via":
		return true
	}
	return false
}
