package quote

import (
	"testing"

	"github.com/newsparse/newsparse/internal/entity"
	"github.com/newsparse/newsparse/internal/textdoc"
	"github.com/stretchr/testify/assert"
)

// TestDescribedSpeakers checks speakers that only a description names: an
// inverted cue whose phrase holds an ordinal or a part of a group, a
// pronoun after an indefinite description with a relative clause, a
// passive's agent that "who" follows, a description ending in a place, a
// name before an apposition no second comma closes, a quotation that is
// the content of a cue before it, a quantity standing alone as a subject
// ("Several said"), and the person a pronoun after an indefinite
// description may still be. The sentences
// are made up for the test; want is the last quotation's speaker name.
func TestDescribedSpeakers(t *testing.T) {
	cases := []struct{ name, text, want string }{
		{"an ordinal in an inverted cue's phrase",
			"Two clerks saw the robbery at a shop on Mill Road. Police later arrested Dan Ober. \"I could not believe it,\" said the first witness.",
			"the first witness"},
		{"a part of a group after an inverted cue",
			"Police later arrested Dan Ober near the shop. \"They were very calm,\" said one of the officers.",
			"one of the officers"},
		{"a partitive of things is no speaker's phrase",
			"Police later arrested Dan Ober near the shop. One of the counts of the charge says he \"acted alone\".",
			""},
		{"a pronoun after an indefinite subject and its relative clause",
			"\"It is a good result,\" said Tom Vale, an analyst at Kestrel Bank. However, one trader, who asked not to be named, told the paper the sales were \"not what anyone had wanted\". \"The whole sector has had a hard winter,\" he said.",
			"one trader"},
		{"a relative clause without a comma before it, coordinated after it",
			"Firefighters in Easton are looking for the cause of a blaze. A man who lives across the road, and asked not to be named, says the smoke woke him but he was not scared. \"I saw the flames,\" he said.",
			"A man"},
		{"a passive's agent that a relative 'who' marks as people",
			"The band struggled at first, later being described as \"rather dull\" and \"quite odd\" by scouts who saw them play.",
			"scouts"},
		{"a part of a group and the name in apposition after it",
			"\"They were very calm,\" said one of the officers, Tom Vale, on Monday.",
			"Tom Vale"},
		{"a description whose phrase ends in a place is no place",
			"Tom Vale is telling voters he is tough enough after a woman in Easton told him she fears he is \"too soft\" to lead.",
			"a woman in Easton"},
		{"a name before an apposition no second comma closes, after the quotation",
			"\"There is a hint of a deal in there,\" Ann Ruiz, an analyst at Kestrel told the paper.",
			"Ann Ruiz"},
		{"the same with a body the role's preposition governs",
			"Kestrel Foods posted a loss. \"It is a poor result,\" Tom Vale, a trader at Lorne Bank said.",
			"Tom Vale"},
		{"a name before an apposition no second comma closes, at the sentence's start",
			"Jobless claims fell again. Ann Ruiz, a strategist at Lorne Securities told the paper the bank would be \"more hawkish on rates\".",
			"Ann Ruiz"},
		{"a clause put in after a name at the sentence's start",
			"Ann Ruiz, a top aide said, \"is very confident\" about the debate.",
			"a top aide"},
		{"a quotation after 'that' is the content of the cue before it",
			"But even as Tom Vale claimed on Tuesday that \"the plan failed for far less,\" one of the former aides to Ann Ruiz said the two cases were quite different.",
			"Tom Vale"},
		{"a quantity standing alone as the subject of a cue",
			"The Republican candidates would limit the federal role. Several said they would rather see funding in \"block grants\" to states.",
			"Several"},
		{"a quantity after 'yet' and before an inverted quotation",
			"Insiders were split on the race. Yet another said, \"It is a five-person race.\"",
			"another"},
		{"a quantity that is the object of a verb is no subject",
			"Tom Vale met many on Monday. \"It was a good day,\" Vale said of it.",
			"Tom Vale"},
		{"a pronoun after an indefinite asker goes to the one asked",
			"Tom Vale visited a school in Easton on Monday. A reporter asked Vale how he was feeling. He replied: \"The bigger the crowd, the better I feel.\"",
			"Tom Vale"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d := textdoc.Analyze(c.text)
			qs := Extract(d, entity.Extract(d))
			if c.want == "" {
				for _, q := range qs {
					if q.Speaker != nil {
						assert.NotContains(t, q.Speaker.Name, "counts")
					}
				}
				return
			}
			if assert.NotEmpty(t, qs) && assert.NotNil(t, qs[len(qs)-1].Speaker) {
				assert.Equal(t, c.want, qs[len(qs)-1].Speaker.Name)
			}
		})
	}
}

// TestIntroducedSubject checks whole quoted sentences without a cue that
// follow a sentence of the writer's whose subject is a person: the writer
// brings that person in, then gives the words; not when the words name
// the person, nor for a fragment in the writer's sentence. The sentences
// are made up for the test; want is the last quotation's speaker name.
func TestIntroducedSubject(t *testing.T) {
	checkLastSpeakers(t, []speakerCase{
		{"a new subject after another's quotation",
			"Captain Carl Ruiz was pleased with the win. \"Everyone put in a shift today,\" he said. \"We have hard games to come.\" Double try scorer Tom Vale was in no mood to look ahead to a possible Grand Slam. \"We have more belief these days.\"",
			"Tom Vale"},
		{"a subject with an opening participle, no quotation before in the paragraph",
			"Hale sets out vision\n\nGordon Hale has set out his vision for the party.\n\nWriting in the Daily Ledger, Mr Hale set down where he believes the party must go next. \"Our aim is not simply to cut waste but to deliver jobs for all.\" Political editor Ann Marr said that the article was bold.",
			"Gordon Hale"},
		{"the words name the subject",
			"Coach Carl Ruiz named his squad on Monday. \"Some players impressed me,\" he said. Forward Tom Vale looks set to be picked. \"I am told Tom Vale will be fit by March.\"",
			"Carl Ruiz"},
	})
}

// TestNameInsideQuotedWords checks quotations the rules give no one: the
// speaker model does not give the words to a name said inside them ("we
// drove into Cleveland"); it may give them to someone named outside, or
// to no one. The sentences are made up for the test.
func TestNameInsideQuotedWords(t *testing.T) {
	cases := []struct{ name, text, want string }{
		{"a transcript under a label, the speaker named before it",
			"Vale Sweeps Home State\n\nLate on Tuesday in Easton, after carrying Ohio in the Republican contest, Gov. Tom Vale (R-OH), said, \"We are only getting started.\"\n\nTranscript as follows:\n\n\"This morning we drove into Cleveland, and we stopped at a bakery. We hoped to slip in quietly. I love Cleveland.\"",
			"Tom Vale"},
		{"no one named outside the words",
			"Officials met in Easton on Tuesday.\n\n\"This morning we drove into Cleveland, and we stopped at a bakery. We hoped to slip in quietly. I love Cleveland.\"",
			""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d := textdoc.Analyze(c.text)
			qs := Extract(d, entity.Extract(d))
			if !assert.NotEmpty(t, qs) {
				return
			}
			got := ""
			if sp := qs[len(qs)-1].Speaker; sp != nil {
				got = sp.Name
			}
			assert.Equal(t, c.want, got)
		})
	}
}
