package textdoc

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestUnescaped(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{`no escapes here`, `no escapes here`},
		{`Headline\n\nBy Ann Lee\nThe lede.`, "Headline \n \nBy Ann Lee \nThe lede."},
		{`\"We will,\" she said.`, ` "We will, " she said.`},
		{`one\r\nTwo\t3`, "one   \nTwo  3"},
		// a backslash before a word's lower-case letter: a path, no escape
		{`stored in C:\Users\nadia\reports`, `stored in C:\Users\nadia\reports`},
		// in text with line breaks of its own, only marks are escapes
		{"The script wrote \"\\n\" to the log.\n\nIt broke.", "The script wrote \"\\n\" to the log.\n\nIt broke."},
		{"Mayor says \\\"no\\\"\n\n\\\"We can't,\\\" she said.\\n", "Mayor says  \"no \"\n\n \"We can't, \" she said.\\n"},
		// a backslash written out escapes nothing after it
		{`C:\\new and a\\nother`, `C:\\new and a\\nother`},
		{`a lone \ backslash, and one at the end \`, `a lone \ backslash, and one at the end \`},
		{`three \\\n`, "three \\\\ \n"},
		{`\n`, " \n"},
		{`\`, `\`},
	} {
		got := Unescaped(c.in)
		assert.Equal(t, c.want, got, "%q", c.in)
		assert.Len(t, got, len(c.in), "%q: offsets must hold", c.in)
	}
}

func TestUnescapedParagraphs(t *testing.T) {
	// text escaped once too often has the paragraphs of the text it came from
	plain := "Council votes to close pool\n\nThe council voted on Monday.\n\n\u201cIt is a sad day,\u201d the mayor said."
	escaped := `Council votes to close pool\n\nThe council voted on Monday.\n\n` + "\u201cIt is a sad day,\u201d the mayor said."
	dp, de := Analyze(plain), Analyze(Unescaped(escaped))
	assert.Equal(t, len(dp.Paras), len(de.Paras))
	assert.Equal(t, dp.Meta.Title, de.Meta.Title)
	assert.Equal(t, len(dp.Sents), len(de.Sents))
	assert.Len(t, Analyze(escaped).Paras, 1, "read as written, the escaped text is one paragraph")
}
