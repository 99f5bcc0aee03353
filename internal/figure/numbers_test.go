package figure

import (
	"go/ast"
	"go/parser"
	"go/token"
	"strconv"
	"strings"
	"testing"

	"github.com/newsparse/newsparse/internal/lexicon"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestKeywordsComplete checks that every lower-case word the figure grammars
// compare tokens with is a keyword, so that lexicon.Lower finds the
// lower-case form of a capitalised token the grammar looks for without
// allocating.
func TestKeywordsComplete(t *testing.T) {
	for _, name := range []string{"numbers.go", "money.go", "casualties.go", "victims.go", "predicates.go", "casgrammar.go", "moneyctx.go", "counting.go", "moneynote.go", "unstated.go"} {
		f, err := parser.ParseFile(token.NewFileSet(), name, nil, 0)
		require.NoError(t, err)
		ast.Inspect(f, func(n ast.Node) bool {
			if _, ok := n.(*ast.ImportSpec); ok {
				return false
			}
			lit, ok := n.(*ast.BasicLit)
			if !ok || lit.Kind != token.STRING || strings.HasPrefix(lit.Value, "`") {
				return true
			}
			s, err := strconv.Unquote(lit.Value)
			if err != nil || s == "" || len(s) > 24 || s[0] < 'a' || s[0] > 'z' {
				return true
			}
			for _, c := range s {
				if !(c >= 'a' && c <= 'z' || c == '.' || c == '\'' || c == '-' || c == '&') {
					return true
				}
			}
			ok = lexicon.IsKeyword(s)
			assert.True(t, ok, "%s: %q is not in keywords", name, s)
			return true
		})
	}
}
