package quote

import (
	"strings"
	"testing"

	"github.com/newsparse/newsparse/internal/entity"
	"github.com/newsparse/newsparse/internal/textdoc"
	"github.com/stretchr/testify/assert"
)

// TestReportingClauseSpeakers checks speakers that a reporting clause put
// after what it reports decides: its pronoun is not a person named in
// what was said, a later pronoun continues its subject rather than the
// subject of what was said, and a number word opening the sentence is
// nobody. The sentences are made up for the test; want lists the
// speaker names of the quotations in order.
func TestReportingClauseSpeakers(t *testing.T) {
	cases := []speakersCase{
		{"the pronoun of a reporting clause after a comma is not the subject of what it reports",
			"Prime Minister Tom Lowe will take questions from voters on Saturday.\n\nThe prime minister's zeal for the role is as strong as ever, Mark Dale, the party's campaign chief told Radio Kent on Saturday. Mr Lowe has \"the same drive\" as when the party came to power, he said.",
			[]string{"Mark Dale"}},
		{"a later pronoun continues the reporting clause's subject",
			"Opposition leader Tom Hale has attacked the budget.\n\nMr Reed's tax rebate for pensioners was smaller than what the Liberals were offering, Mr Hale said. The plan offered schools no help at all. Voters would have a \"real choice\" at the polls, he said.",
			[]string{"Tom Hale"}},
		{"a dateline inside the text is no subject, and a name's brackets stand before its verb",
			"Vale on the attack\n\nDECATUR, Ill. \u2014 Sen. Tom Vale (R-Texas) weighed in on the claims against the campaign on Monday, calling the conduct a \"fireable offense.\"",
			[]string{"Tom Vale"}},
		{"a number word opening the sentence is no speaker",
			"Ten years of \"golden\" growth may come to an end this year, City consultancy Brightwell has warned.",
			[]string{"Brightwell"}},
	}
	checkSpeakers(t, cases)
}

// TestClosingReporter reads the subject of a reporting clause that
// follows what its sentence reports, and nothing where none does.
func TestClosingReporter(t *testing.T) {
	cases := []struct{ text, want string }{
		{"Mr Reed's tax rebate was smaller than what the Liberals were offering, Mr Hale said.", "Hale"},
		{"The minister's plan is \"all about the party,\" the opposition leader said after the debate.", "the opposition leader"},
		{"The plan remains strong, Mark Dale, the party's campaign chief told Radio Kent.", "Mark Dale"},
		{"Mark Dale said the plan remains strong.", ""},
		{"The plan, which Mark Dale wrote, remains strong.", ""},
	}
	for _, c := range cases {
		d := textdoc.Analyze(c.text)
		a := newQAttributor(d, entity.Extract(d), pairQuotes(d))
		n := a.closingReporter(d.Sents[0])
		assert.Equal(t, c.want, a.text[n.s:n.e], c.text)
	}
}

// TestNumberWordsCannotSpeak: a number word alone is no one's name.
func TestNumberWordsCannotSpeak(t *testing.T) {
	cases := []struct {
		text, word string
		want       bool
	}{
		{"Ten years of growth may end, Brightwell has warned.", "Ten", true},
		{"Thousands of fans have signed, the club said.", "Thousands", true},
		{"Tenby Council has warned of floods.", "Tenby", false},
	}
	for _, c := range cases {
		d := textdoc.Analyze(c.text)
		a := newQAttributor(d, entity.Extract(d), pairQuotes(d))
		assert.Equal(t, c.want, a.cannotSpeak(qnp{kind: qnName, s: 0, e: len(c.word)}), c.text)
	}
}

// TestNextQuotationCue: a quotation ending in a full stop that another
// follows with only space between takes the cue of that one's sentence,
// not one of the sentence before.
func TestNextQuotationCue(t *testing.T) {
	text := "Shipments rose by 11% last year, according to Arlo Group analysts. \"This year we will see it come to life in the home. \"Some shops will be showing how you can take it anywhere,\" said Mr Keller."
	d := textdoc.Analyze(text)
	qs := Extract(d, entity.Extract(d))
	if assert.Len(t, qs, 2) && assert.NotNil(t, qs[0].Speaker) {
		assert.Equal(t, "Keller", lastWord(qs[0].Speaker.Name))
	}
}

// TestMainSubjectPastDateline: a dateline left in the text is no
// subject, a name's brackets stand between it and its verb, and a role
// noun shaped like a past tense ("seed") leads to the name after it.
func TestMainSubjectPastDateline(t *testing.T) {
	cases := []struct{ text, want string }{
		{"DECATUR, Ill. \u2014 Sen. Tom Vale (R-Texas) weighed in on the claims on Monday.", "Tom Vale"},
		{"Tom Vale (R-Texas) weighed in on the claims on Monday.", "Tom Vale"},
		{"In Decatur, Tom Vale weighed in on the claims.", "Tom Vale"},
		{"Top seed Paul Brandt had to save three match points.", "Paul Brandt"},
	}
	for _, c := range cases {
		d := textdoc.Analyze(c.text)
		a := newQAttributor(d, entity.Extract(d), pairQuotes(d))
		st := d.Sents[len(d.Sents)-1]
		n := a.mainSubject(st.TokStart, st.TokEnd)
		assert.Equal(t, c.want, a.text[n.s:n.e], c.text)
	}
}

// TestWordsOwner: "in X's words" and "in the words of X" give the
// quotation they introduce to X; "in other words" to no one.
func TestWordsOwner(t *testing.T) {
	cases := []struct{ text, want string }{
		{"The summit was held in Tel Aviv because, in Forbes\u2019 words, \u201cthey are the most inventive places on the planet.\u201d", "Forbes"},
		{"The summit was held in Tel Aviv because, in the words of Ann Ruiz, \"they are the most inventive places on the planet.\"", "Ann Ruiz"},
		{"Tom Vale opened the summit in Tel Aviv. The city was chosen because, in his words, \"it is the most inventive place on the planet.\"", "Tom Vale"},
		{"The summit was held in Tel Aviv because, in other words, \"it is cheaper.\"", ""},
	}
	for _, c := range cases {
		d := textdoc.Analyze(c.text)
		a := newQAttributor(d, entity.Extract(d), pairQuotes(d))
		if !assert.Len(t, a.qs, 1, c.text) {
			continue
		}
		at, ok := a.wordsOwner(a.qs[0])
		assert.Equal(t, c.want, nameOf(at, ok), c.text)
	}
	d := textdoc.Analyze(cases[0].text)
	qs := Extract(d, entity.Extract(d))
	if assert.Len(t, qs, 1) && assert.NotNil(t, qs[0].Speaker) {
		assert.Equal(t, "Forbes", qs[0].Speaker.Name, "the model leaves the owner of the words alone")
	}
}

// TestColonCueSpeaksAfter: a cue that a colon ends introduces the
// quotation after it, so a quotation before it in its paragraph does not
// take it from the sentences after; read backwards it still speaks.
func TestColonCueSpeaksAfter(t *testing.T) {
	text := "\"The books were all in order.\" Interrupting Mr Reed in his opening, Judge Tom Marsh said: \"So your case is, these men ran a factory.\""
	d := textdoc.Analyze(text)
	a := newQAttributor(d, entity.Extract(d), pairQuotes(d))
	si := d.SentOf(strings.Index(text, "Interrupting"))
	_, ok := a.fromSentence(si, false)
	assert.False(t, ok, "read forwards, the cue is the next quotation's")
	at, ok := a.fromSentence(si, true)
	if assert.True(t, ok) && assert.NotNil(t, at.sp) {
		assert.Equal(t, "Tom Marsh", at.sp.Name)
	}
}

// TestCueBetween: a quotation without a cue after a sentence that reports
// someone else, itself after the paragraph's last quotation, is that
// someone's; a participle's cue there is passed over for the verb's; with
// no sentence between, no one.
func TestCueBetween(t *testing.T) {
	cases := []struct{ name, text, want string }{
		{"the cue of the sentence between two quotations",
			"Tom Vale said the film would stay close to the book. He added: \"I have no wish to change the story.\" Some websites attack the books. The author's agent, Ann Ruiz, told the Courier that the author was happy so far. \"Of course the studio wants to make money.\"",
			"Ann Ruiz"},
		{"the reporting verb before a participle",
			"\"Many of them put their money in honestly,\" Tom Vale said. At times the high court has gone against his clients, he says, insisting that banks are not safe. \"Savers must keep their money in the banks.\"",
			"Tom Vale"},
		{"no sentence between",
			"\"Many of them put their money in honestly,\" Tom Vale said. \"Savers must keep their money in the banks.\"",
			""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d := textdoc.Analyze(c.text)
			a := newQAttributor(d, entity.Extract(d), pairQuotes(d))
			if !assert.GreaterOrEqual(t, len(a.qs), 2) {
				return
			}
			n := len(a.qs)
			at, ok := a.cueBetween(a.qs[n-2], a.qs[n-1])
			assert.Equal(t, c.want, nameOf(at, ok))
		})
	}
}

// TestSpeakerReadingsAtTextStart: the readings of this file at the very
// start or end of a text give a clean result, never a panic.
func TestSpeakerReadingsAtTextStart(t *testing.T) {
	texts := []string{
		"Ann Ruiz's words, \"it is over.\"",
		"Forbes' words, \"it is over.\"",
		"words, \"it is over.\"",
		"Backstage, he said: \"Yes.\"",
		"Asked, he said: \"Yes.\"",
		"DECATUR, Ill. \u2014",
		"Top seed",
		"Like Vale, Ruiz said \"no\".",
		"\"Yes.\" \"No,\" said Ruiz.",
		", he said.",
		"the Leeds West MP said \"no\".",
		"said Acme president and",
		"Tom Vale, from the Arts Council (AC) told",
	}
	for _, text := range texts {
		assert.NotPanics(t, func() {
			d := textdoc.Analyze(text)
			Extract(d, entity.Extract(d))
		}, text)
	}
}

// TestOwnedSpeech: a quotation after a sentence that ends with someone's
// speech or statement, read out by another, is the owner's.
func TestOwnedSpeech(t *testing.T) {
	cases := []struct{ text, want string }{
		{"Director Mike Lowe thanked the cast on stage. Best actor Tom Vale could not attend the ceremony, but actress Ann Ruiz read out his written speech. \"I'm grateful for this prize.\"", "Tom Vale"},
		{"Director Mike Lowe thanked the cast on stage. The club could not attend, but Ann Ruiz read out Tom Vale's statement. \"I'm honoured to receive this prize.\"", "Tom Vale"},
		{"Director Mike Lowe thanked the cast on stage. Ann Ruiz read out a speech. \"I'm honoured to receive this prize.\"", ""},
		{"Director Mike Lowe thanked the cast on stage. Ann Ruiz criticised Tom Vale's statement. \"It is nonsense.\"", ""},
	}
	for _, c := range cases {
		d := textdoc.Analyze(c.text)
		a := newQAttributor(d, entity.Extract(d), pairQuotes(d))
		si := d.SentOf(strings.LastIndex(c.text, "\"")-2) - 1
		at, ok := a.ownedSpeech(si)
		assert.Equal(t, c.want, nameOf(at, ok), c.text)
	}
	d := textdoc.Analyze(cases[0].text)
	qs := Extract(d, entity.Extract(d))
	if assert.Len(t, qs, 1) && assert.NotNil(t, qs[0].Speaker) {
		assert.Equal(t, "Tom Vale", qs[0].Speaker.Name)
	}
}

// TestInvertedClosingReporter checks the pronoun after a sentence whose
// reporting clause is inverted and closes it ("…, said Ann Ruiz."): the
// one who said it goes on speaking, not the subject of what was said, nor
// the one named in an apposition. The sentences are made up for the test;
// want is the last quotation's speaker name.
func TestInvertedClosingReporter(t *testing.T) {
	checkLastSpeakers(t, []speakerCase{
		{"an inverted reporting clause ends the sentence before",
			"Lorne-based Acme has about 40 customers, said David Orwell. \"It works like a keyboard that never leaves you,\" he said.",
			"David Orwell"},
		{"an apposition names a body, and a pronoun's sentence comes between",
			"Acme sells to roughly 40 clients in a dozen countries, said David Orwell, a liaison for Acme. He said that the radio was changing how people work. \"It works like a keyboard that never leaves you,\" he said.",
			"David Orwell"},
		{"an apposition names another person",
			"Money has been lost and somebody must answer for it, observed Tom Vale, adviser to the bank's director, Carl Ruiz. \"Everyone needs to keep the cost in mind,\" he said.",
			"Tom Vale"},
		{"a verb after the comma whose subject opens a reported clause",
			"A woman who lives on the street, and did not want to be named, says the noise woke her up. \"I heard six bangs,\" she said.",
			"A woman"},
	})
}

// TestColonIntroducedSpeaker checks a quotation that a reporting clause
// ending in a colon introduces, in a sentence whose subject and earlier
// quotation are someone else's ("He accused the club of …, but Lane
// explained: “…”"): the colon's clause says whose the words are, and the
// paragraphs it runs on in stay that speaker's. The sentences are made up
// for the test; want lists the speaker names of the quotations in order.
func TestColonIntroducedSpeaker(t *testing.T) {
	cases := []speakersCase{
		{"a clause after 'but' that a colon ends",
			"Board chair rejects claims\n\nThe row ended with investor Tom Kerr walking away, after he grumbled about slow answers from the trustees. He went on to charge that the trust had treated him as \"a pawn\" to lure rival offers, but Lane explained: \"Tom was never a pawn. That is not how we work. \"We met Tom many times during the spring. I think we nearly had an agreement.\"\n\nLane added that other offers were still open.",
			[]string{"Tom Kerr", "Lane", "Lane"}},
		{"an object between the verb and the colon",
			"Mayor stays on\n\nCouncillor Rob Dunn had called for the mayor to go, saying Ken Hale had lost the room. Hale told reporters on Monday: \"Rob will say what he likes. I was elected to do a job and I intend to finish it.\"",
			[]string{"Ken Hale"}},
	}
	checkSpeakers(t, cases)
}

// TestBackReferenceSpeaker checks a quotation that stands alone, with no
// cue, and a sentence right after it that refers back to the words and
// names their source ("That was the message from coach Dave Smith"), in
// the next paragraph or its own; a sentence that names someone in another
// role ("That was the year …") gives no one. The sentences are made up for
// the test; want lists the speaker names of the quotations in order.
func TestBackReferenceSpeaker(t *testing.T) {
	cases := []speakersCase{
		{"the source the next paragraph names after 'from'",
			"New coach for the Senators\n\n\"I'm thrilled to join this group, and the work starts right now.\"\n\nThat was the message from new Senators head coach Dave Smith at his first news conference on Thursday.",
			[]string{"Dave Smith"}},
		{"'So said' opening the next paragraph",
			"Floods in the valley\n\n\"We've never seen water like this.\"\n\nSo said Lise Tremblay, who has lived on the river for 40 years.",
			[]string{"Lise Tremblay"}},
		{"the sentence that refers back in the quotation's own paragraph, after a cue in the paragraph before",
			"Rally at the legislature\n\nPolice called the crowd \"peaceful.\"\n\n\"We will stay until the law changes.\" That was the message from organizer Rosa Tam on Friday.",
			[]string{"Police", "Rosa Tam"}},
		{"the subject of a reporting verb in a sentence that refers back",
			"Budget day\n\nThe province will table its budget on Thursday.\n\n\"This budget is about jobs.\" That's what Finance Minister Tom Reeve told reporters as he walked into the chamber.",
			[]string{"Tom Reeve"}},
	}
	checkSpeakers(t, cases)
	d := textdoc.Analyze("New coach for the Senators\n\n\"I'm thrilled to join this group, and the work starts right now.\"\n\nThat was the year Dave Smith joined the club.")
	for _, q := range Extract(d, entity.Extract(d)) {
		assert.Nil(t, q.Speaker, "a name in another role is no source: %q", q.Text)
	}
}

// TestInvertedReporterAfterReport checks a pronoun after a sentence that
// the writer's report of someone's view ends with an inverted reporting
// verb ("…, argued Mr Hale."), when the report names another person as
// its own subject: the pronoun continues the one who argued. The
// sentences are made up for the test; want is the last quotation's
// speaker name.
func TestInvertedReporterAfterReport(t *testing.T) {
	cases := []struct{ name, text, want string }{
		{"the subject after the inverted verb, past a title",
			"Leaders clash over tax\n\nPrime Minister Tom Vale and opposition leader Ken Hale clashed in the Commons on Wednesday.\n\nMr Vale could hardly say his rent promises must wait for the party's programme when he had made one to members on Tuesday about housing benefit, argued Mr Hale. Pointing to payroll taxes, he added: \"Everyone knows taxes will go up under this government.\"",
			"Ken Hale"},
	}
	checkLastSpeakers(t, cases)
}
