package quote

import (
	"testing"

	"github.com/newsparse/newsparse/internal/textdoc"
	"github.com/stretchr/testify/assert"
)

// TestEmbeddedSpeech checks quotations that are the words of a report
// inside another's: the subject of the cue right before the quotation
// speaks, not the subject of the cue whose report holds it, when the
// quotation is whole; a fragment, a relative clause's cue and a cue that
// no report opens are left to the other readings. The sentences are made
// up for the test; want is the last quotation's speaker name.
func TestEmbeddedSpeech(t *testing.T) {
	cases := []struct{ name, text, want string }{
		{"a cue in a clause opened by 'as'",
			"Tom Vale spoke at a rally in Easton on Monday. Vale said as a heckler yelled: \"You are a fraud!\"",
			"a heckler"},
		{"a cue in a clause opened by 'while'",
			"Ann Ruiz spoke at the plant on Friday. Ruiz told the crowd about jobs while one worker shouted: \"Pay us first!\"",
			"one worker"},
		{"a cue in a report with no word before its subject",
			"Ann Ruiz ran the shop for years. Ruiz said a guard shouted: \"Stop the van!\"",
			"a guard"},
		{"a participle after the object of a verb of perception",
			"Police were called to a house on Elm Street. Two neighbours said they saw Tom Vale in the yard screaming, \"Leave me alone!\" before officers arrived.",
			"Tom Vale"},
		{"a participle after an object pronoun of a verb of perception",
			"Tom Vale was arrested on Elm Street. A neighbour, Ann Ruiz, said she heard him shouting, \"Leave me alone!\" before officers arrived.",
			"Tom Vale"},
		{"a cue after its own subject, no report around it",
			"Ann Ruiz ran the shop for years. Ruiz told reporters on Friday: \"We will open again.\"",
			"Ann Ruiz"},
	}
	checkLastSpeakers(t, cases)
}

// TestOpensReport checks the words that may stand between a reporting verb
// and the subject of the clause it reports.
func TestOpensReport(t *testing.T) {
	cases := []struct {
		text string
		i, j int
		want bool
	}{
		{"Vale said as Ruiz yelled", 2, 3, true},
		{"Vale said that Ruiz yelled", 2, 3, true},
		{"Vale said Ruiz yelled", 2, 2, true},
		{"Vale spoke to Ruiz on air", 2, 3, false},
		{"Vale told the crowd about jobs while Ruiz yelled", 2, 7, true},
		{"Vale told the crowd about jobs and Ruiz yelled", 2, 7, false},
		{"Vale said then to Ruiz", 2, 4, false},
	}
	for _, c := range cases {
		d := textdoc.Analyze(c.text)
		a := newQAttributor(d, nil, pairQuotes(d))
		assert.Equal(t, c.want, a.opensReport(c.i, c.j), c.text)
	}
}

// TestCoordinatedComplement checks a title or a body's name whose
// complement coordinates two names: the whole phrase speaks, never the
// last place alone.
func TestCoordinatedComplement(t *testing.T) {
	cases := []struct{ name, text, want string }{
		{"a title's complement of two places",
			"Tom Vale spoke in the debate on Monday. The MP for Easton and Wexley said the plan was \"a mess\".",
			"MP for Easton and Wexley"},
		{"a title's complement of one place",
			"Tom Vale spoke in the debate on Monday. The MP for Easton said the plan was \"a mess\".",
			"MP for Easton"},
	}
	checkLastSpeakers(t, cases)
}

// TestPerceivedSpeakerSettled checks that the one a verb of perception
// has speak ("heard several men shouting “…”") keeps the quotation: the
// grammar names the speaker, whatever the speaker model would prefer. The
// sentences are made up for the test; want is the last quotation's
// speaker name.
func TestPerceivedSpeakerSettled(t *testing.T) {
	checkLastSpeakers(t, []speakerCase{
		{"a group heard shouting",
			"Police were called at 2 a.m. A resident, 30, told the police that he had been upstairs when there was a loud noise. He said he heard several men shouting \"police!\" as they came into the home.",
			"several men"},
	})
}
