package entity

import (
	"testing"

	"github.com/newsparse/newsparse/internal/textdoc"
	"github.com/stretchr/testify/assert"
)

// issue14 holds the classes of errors of issue 14 in sentences written for
// this test, run through the whole of Extract with the embedded model: each
// names the mentions ("TYPE:text") that must be found and those that must
// not. A case with miss set is what the package still gets wrong, and why;
// it is logged, not asserted, so that the table says what is left.
var issue14 = []struct {
	class, text string
	want, not   []string
	miss        string
}{
	// Places the hand lexicon does not know, typed PERSON or ORG by a
	// recogniser that learnt CoNLL's sports pages.
	{"place", "Floods cut roads across Shandong and Gansu Province on Tuesday, state media said.",
		[]string{"GPE:Shandong", "GPE:Gansu Province"}, []string{"ORG:Gansu Province"}, ""},
	{"place", "The company will build a plant near Cincinnati, its chief executive said.",
		[]string{"GPE:Cincinnati"}, []string{"ORG:Cincinnati"}, ""},
	{"place", "A tornado struck Oklahoma City overnight, killing two people.", []string{"GPE:Oklahoma City"}, nil, ""},
	{"place", "Police in the Bronx arrested three men on Friday.", []string{"GPE:Bronx"}, nil, ""},
	{"place", "Exports to Latin America fell while sales in the Middle East rose.",
		[]string{"LOC:Latin America", "LOC:Middle East"}, []string{"GPE:Middle East"}, ""},
	{"place", "Protests spread from Porto Alegre to Recife over the weekend.", []string{"GPE:Porto Alegre", "GPE:Recife"}, nil,
		`ORG "Porto Alegre": "from" comes before teams too ("a striker from Ajax"), so a place after it is left to the recogniser`},
	// Companies named after people.
	{"company", "Saatchi & Saatchi won the account, beating three rivals.", []string{"ORG:Saatchi & Saatchi"}, nil, ""},
	{"company", "Shares of Ford fell 3 percent after the carmaker cut its forecast.", []string{"ORG:Ford"}, []string{"PERSON:Ford"}, ""},
	{"company", "Hertz Holdings and Avis Budget Group both reported losses.", []string{"ORG:Hertz Holdings", "ORG:Avis Budget Group"}, nil, ""},
	{"company", "Morgan Stanley & Co. advised the buyer on the deal.", []string{"ORG:Morgan Stanley & Co."}, nil, ""},
	{"company", "Analysts expect Jenkins Brothers Corp. to report a loss.", []string{"ORG:Jenkins Brothers Corp."}, nil, ""},
	{"company", "Freddie Mac said it would buy more mortgages this year.", []string{"ORG:Freddie Mac"}, nil,
		"PERSON: two title-case words with no head word, and no lexicon knows the name"},
	{"company", "Bookmaker Frank Dale has stopped taking bets on the race.", []string{"ORG:Frank Dale"}, []string{"PERSON:Frank Dale"}, ""},
	{"company", "Prices rose, according to US magazine Grace Dunn's annual list.", []string{"ORG:Grace Dunn"}, []string{"PERSON:Grace Dunn"}, ""},
	{"company", "Profits fell at the firm Frank Dale founded in 1990.", []string{"PERSON:Frank Dale"}, []string{"ORG:Frank Dale"}, ""},
	// Long names cut short.
	{"long name", "The Xinhua News Agency said talks would resume in May.", []string{"ORG:Xinhua News Agency"}, nil, ""},
	{"long name", "The Securities and Exchange Commission fined the broker $2 million.",
		[]string{"ORG:Securities and Exchange Commission"}, nil, ""},
	{"long name", "The U.S. Centers for Disease Control and Prevention issued a warning.",
		[]string{"ORG:U.S. Centers for Disease Control and Prevention"}, []string{"GPE:U.S."}, ""},
	{"long name", "Officials at the Department for International Development declined to comment.",
		[]string{"ORG:Department for International Development"}, nil, ""},
	{"long name", "People's Insurance Co. of China raised its dividend.", []string{"ORG:People's Insurance Co. of China"}, nil,
		`"Insurance Co. of China": the recogniser leaves "People's" out, and a possessive before a name is mostly its owner`},
	// Words inside other things.
	{"inside", "The bank lent 190 million US dollars to the port authority.", nil, []string{"GPE:US"}, ""},
	{"inside", "Investors paid 20 million Hong Kong dollars for the site.", nil, []string{"GPE:Hong Kong"}, ""},
	{"inside", "The Governor declined to comment on the budget.", nil, []string{"PERSON:Governor", "ORG:Governor"}, ""},
	{"inside", "A Justice wrote the dissent in the case.", nil, []string{"PERSON:Justice", "ORG:Justice"}, ""},
	{"inside", "The USS Cole was attacked in the harbour of Aden.", []string{"GPE:Aden"}, []string{"ORG:USS", "PERSON:Cole", "ORG:USS Cole"},
		`ORG "USS Cole": one span, but the contract has no type for vessels`},
	// NORP precision.
	{"norp", "American Express cut 500 jobs on Tuesday.", []string{"ORG:American Express"}, []string{"NORP:American"}, ""},
	{"norp", "Shares of British Airways rose after the strike ended.", []string{"ORG:British Airways"}, []string{"NORP:British"}, ""},
	{"norp", "Republicans and Democrats clashed over the bill in the Senate.",
		[]string{"NORP:Republicans", "NORP:Democrats", "ORG:Senate"}, nil, ""},
	{"norp", "The Dow Jones Industrial Average rose 1 percent on Monday.", nil, []string{"NORP:Dow Jones Industrial Average"},
		"NORP: the contract has no type for indices and products (CoNLL's MISC), which fall to NORP"},
}

func TestIssue14Classes(t *testing.T) {
	for _, tc := range issue14 {
		var got []string
		for _, e := range Extract(textdoc.Analyze(tc.text)) {
			for _, m := range e.Mentions {
				got = append(got, string(e.Type)+":"+m.Text)
			}
		}
		if tc.miss != "" {
			t.Logf("known miss (%s) %q: %v: %s", tc.class, tc.text, got, tc.miss)
			continue
		}
		for _, w := range tc.want {
			assert.Contains(t, got, w, "%s: %s", tc.class, tc.text)
		}
		for _, w := range tc.not {
			assert.NotContains(t, got, w, "%s: %s", tc.class, tc.text)
		}
	}
}
