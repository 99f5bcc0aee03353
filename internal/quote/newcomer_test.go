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
// passive's agent that "who" follows, and the person a pronoun after such
// a description may still be. The sentences
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
