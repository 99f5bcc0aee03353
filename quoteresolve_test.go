package newsparse

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestSpeakerReference covers speakers named by a pronoun or a description,
// one row per class, in sentences written for the test: want lists, per
// quotation, the canonical name of the entity its speaker refers to.
func TestSpeakerReference(t *testing.T) {
	cases := []struct {
		class, text string
		want        []string
	}{
		{"a subject pronoun continues its chain past a person it names",
			"Carl Dunn told the court he had kept two sets of books. He described Rob Vance, a developer who founded the firm in a garage in Ohio and grew it into a giant, as obsessed with costs. \"He counted every paper clip,\" he said.",
			[]string{"Carl Dunn"}},
		{"the nationality word opening the sentence is the person in focus",
			"Lucie Novak lost to Ines Garcia in Madrid on Sunday. And the Czech, who has slipped to ninth in the world, faces a hard season. \"I have a lot to prove,\" she said.",
			[]string{"Lucie Novak"}},
		{"the nationality word as the cue's subject, not the person its sentence names",
			"World number two Maria Lind has criticised the tour over prize money.\n\nReacting to a remark by tour chairman Paul Hart, the Swede said: \"It is insulting to every player.\"",
			[]string{"Maria Lind"}},
		{"a possessor's role in apposition to a name: the name speaks",
			"The festival went ahead after the storm. \"We chose to continue,\" said the festival's executive director, Craig Prater.",
			[]string{"Craig Prater"}},
		{"a possessor ending in s written with an apostrophe alone",
			"Lynn had been at the house every day. \"He would not leave her alone,\" said Mills' sister, Tashua Parker.",
			[]string{"Tashua Parker"}},
		{"a document speaks for the owner a phrase after it names",
			"Tennis star Kim Berger will play again in March.\n\n\"Kim has decided to wait,\" a statement on her website said.",
			[]string{"Kim Berger"}},
		{"'it said' is the organisation a chain of descriptions carries",
			"Microsoft is recalling 14 million power cords for its Xbox consoles. The firm said fewer than one in 10,000 consoles had failed. The recall affects almost all Xboxes sold since 2001.\n\nIn a statement, it added: \"Any damage was contained within the console.\"",
			[]string{"Microsoft"}},
		{"an official of a body a nationality qualifies speaks for the body",
			"Tokyo has no plans to intervene. \"We have no plans to change our reserves,\" a senior Japanese Finance Ministry official said.",
			[]string{"Finance Ministry"}},
	}
	for _, c := range cases {
		t.Run(c.class, func(t *testing.T) {
			got, err := Quotes(c.text)
			if !assert.NoError(t, err) {
				return
			}
			checkQuoteSpans(t, c.text, got)
			if !assert.Len(t, got, len(c.want)) {
				return
			}
			for i, w := range c.want {
				if assert.NotNil(t, got[i].Speaker, "speaker of %q", got[i].Text) {
					assert.Equal(t, w, got[i].Speaker.Name, "speaker of %q", got[i].Text)
				}
			}
		})
	}
}

// TestGuillemetSeparator: a « or » without its partner in the paragraph
// separates a page's title or breadcrumbs and opens no quotation.
func TestGuillemetSeparator(t *testing.T) {
	text := "Police say shooting was self-defense « City News Now: Officers identified the man on Monday. " +
		"\u201cThe homeowner feared for his life,\u201d said Lt. Pedro Ruiz of the city police.\n\nHome » News » Local"
	got, err := Quotes(text)
	if !assert.NoError(t, err) {
		return
	}
	checkQuoteSpans(t, text, got)
	if assert.Len(t, got, 1) {
		assert.Equal(t, "The homeowner feared for his life,", got[0].Text)
		if assert.NotNil(t, got[0].Speaker) {
			assert.Equal(t, "Pedro Ruiz", got[0].Speaker.Name)
		}
	}
}
