package lexicon

// The words of clause structure that quotation attribution and coreference
// read alike: determiners, auxiliaries, frequent verbs, prepositions and the
// nouns that head phrases naming people.

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// relPronouns are the relative pronouns.
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

// beVerbs is a word list of clause structure.
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

// IsRelPronoun reports "who", "which" and "that".
func IsRelPronoun(w string) bool { return clauseWords.get(w)&clauseRel != 0 }

// IsDeterminer reports a word that opens a common noun phrase ("the", "his", "several").
func IsDeterminer(w string) bool { return clauseWords.get(w)&clauseDet != 0 }

// IsCueSkip reports a word that may stand between a speaker and the
// reporting verb ("he also said", "she has said").
func IsCueSkip(w string) bool { return clauseWords.get(w)&clauseSkip != 0 }

// IsBeVerb reports a form of "be".
func IsBeVerb(w string) bool { return clauseWords.get(w)&clauseBe != 0 }

// IsSoftRole reports a word of a role phrase that a title need not repeat ("top", "senior").
func IsSoftRole(w string) bool { return clauseWords.get(w)&clauseSoft != 0 }

// IsPersonNoun reports a noun that heads a phrase naming people ("spokesman", "residents").
func IsPersonNoun(w string) bool { return clauseWords.get(w)&clausePerson != 0 }

// IsCommonVerb reports a frequent irregular past form or auxiliary that
// marks the word before it as a clause's subject.
func IsCommonVerb(w string) bool { return clauseWords.get(w)&clauseVerb != 0 }

// The word lists of clause structure, as bits of a word's value in clauseWords.
const (
	clauseRel    = 1 << iota // relPronouns
	clauseDet                // determiners
	clauseSkip               // cueSkip
	clauseBe                 // beVerbs
	clauseVerb               // commonVerbs
	clauseSoft               // softRole
	clausePerson             // personNouns
)

// clauseWords holds the word lists of clause structure, each word with the
// bits of its lists.
var clauseWords = newWordTable(listBits(map[uint32]map[string]bool{clauseRel: relPronouns, clauseDet: determiners,
	clauseSkip: cueSkip, clauseBe: beVerbs, clauseVerb: commonVerbs, clauseSoft: softRole, clausePerson: personNouns}))

// IsPreposition reports a preposition or subordinator that governs the
// phrase after it ("in", "during", "while").
func IsPreposition(w string) bool {
	switch w {
	case "in", "on", "at", "to", "for", "of", "from", "with", "by", "during", "after", "before", "about", "as",
		"when", "while", "than", "into", "over", "under", "through", "since", "until", "without", "against", "via":
		return true
	}
	return false
}

// VerbLike reports whether a lower-case word looks like a finite verb.
func VerbLike(w string) bool {
	c := clauseWords.get(w)
	if c&(clauseVerb|clauseSkip|clauseBe) != 0 || ReportingBase(w) != "" {
		return true
	}
	if IsPreposition(w) || c&(clauseDet|clauseRel) != 0 || w == "and" || w == "or" {
		return false
	}
	return len(w) > 3 && (strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "ous"))
}

// IsNameWord reports whether t can be a word of a name: it is capitalised,
// or it is a particle joined to a capitalised name ("al-Assad", "el-Sisi").
func IsNameWord(t string) bool {
	r, _ := utf8.DecodeRuneInString(t)
	if unicode.IsUpper(r) || unicode.IsTitle(r) {
		return true
	}
	if h := strings.IndexByte(t, '-'); h > 0 && h <= 3 && h+1 < len(t) {
		r2, _ := utf8.DecodeRuneInString(t[h+1:])
		if unicode.IsLower(r) && unicode.IsUpper(r2) {
			return true
		}
	}
	return digitName(t)
}

// digitName reports whether t is a name that opens with digits: the digits
// then a capital, or a hyphen and a capital, then a lower-case letter
// ("4Cast", "7-Eleven"); not a figure with a unit ("10M", "3D").
func digitName(t string) bool {
	i := 0
	for i < len(t) && t[i] >= '0' && t[i] <= '9' {
		i++
	}
	if i == 0 || i >= len(t) {
		return false
	}
	if t[i] == '-' {
		i++
	}
	if i >= len(t) || t[i] < 'A' || t[i] > 'Z' {
		return false
	}
	return strings.IndexFunc(t[i+1:], unicode.IsLower) >= 0
}
