package newsparse

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestPollSpeaker checks that a share of the people a poll asked ("37
// percent of voters say …") gives its words to the poll the sentence names
// before it; the last row guards that a share with no poll named keeps
// its group as speaker.
// The sentences are made up for the test.
func TestPollSpeaker(t *testing.T) {
	cases := []struct {
		class, text, words, mention string
	}{
		{"a poll whose finding reports the share",
			"Governor Ann Holt and Senator Bo Ray are level. The Acme poll also finds that 41 percent of voters say Ray is \"too cautious\" on taxes.",
			"too cautious", "The Acme poll"},
		{"a survey opening the sentence with 'in', the share with a sign",
			"Holt leads in the north. In a new Kestrel survey released Monday, 58% of Democrats said they were \"very hopeful\" about the vote.",
			"very hopeful", "a new Kestrel survey"},
		{"a survey that opens the sentence before a colon",
			"Holt leads in the north. The survey brings bad news for Ray: 30 percent of registered voters say they would \"never back\" him.",
			"never back", "The survey"},
		{"a share with no poll named is no poll's: the group speaks (guard)",
			"Holt spoke to the union on Friday. Later 60 percent of the members said the offer was \"not good enough\" for them.",
			"not good enough", "the members"},
	}
	for _, c := range cases {
		t.Run(c.class, func(t *testing.T) {
			if sp, ok := speakerOfWords(t, c.text, c.words); ok && assert.NotNil(t, sp, "speaker of %q", c.words) {
				assert.Equal(t, c.mention, sp.Text, "speaker of %q", c.words)
			}
		})
	}
}
