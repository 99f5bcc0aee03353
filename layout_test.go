package newsparse

import (
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// stateExceptions are the package-level variables written outside their
// declaration and a sync.Once that are known and allowed, with the reason.
var stateExceptions = map[string]string{
	// the training command's -drop flag switches feature templates off for
	// an ablation run, before any work starts; the parser never writes it
	"internal/ner.Dropped": "set by internal/train's -drop flag",
	// a bounded memo of a pure function of the embedded gazetteer (a name's
	// candidate places), behind candMu: no article's state reaches it
	"internal/geo.candCache": "memo of gazetteer candidates, under candMu",
	// the fitting command writes the weights it fits and its own flags; the
	// parser never writes them
	"internal/geo.Weights":  "set by internal/geo/fit while fitting",
	"internal/geo/fit._":    "internal/geo/fit's command state",
	"internal/geo/fit.dump": "internal/geo/fit's command state",
}

// goPackage is the parsed non-test source of one package of the module.
type goPackage struct {
	dir   string // relative to the module root, "." for the root package
	files []*ast.File
	vars  map[string]*ast.ValueSpec // package-level variables
}

// modulePackages parses every package of the module (not those of nested
// modules, testdata or examples with their own go.mod).
func modulePackages(t *testing.T) (map[string]*goPackage, *token.FileSet) {
	t.Helper()
	fset := token.NewFileSet()
	pkgs := map[string]*goPackage{}
	err := filepath.WalkDir(".", func(path string, e fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if e.IsDir() {
			if path != "." && (strings.HasPrefix(e.Name(), ".") || e.Name() == "testdata") {
				return filepath.SkipDir
			}
			if _, err := os.Stat(filepath.Join(path, "go.mod")); err == nil && path != "." {
				return filepath.SkipDir // a module of its own
			}
			return nil
		}
		if !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go") {
			return nil
		}
		f, err := parser.ParseFile(fset, path, nil, 0)
		if err != nil {
			return err
		}
		dir := filepath.ToSlash(filepath.Dir(path))
		p := pkgs[dir]
		if p == nil {
			p = &goPackage{dir: dir, vars: map[string]*ast.ValueSpec{}}
			pkgs[dir] = p
		}
		p.files = append(p.files, f)
		for _, d := range f.Decls {
			if g, ok := d.(*ast.GenDecl); ok && g.Tok == token.VAR {
				for _, s := range g.Specs {
					vs := s.(*ast.ValueSpec)
					for _, n := range vs.Names {
						p.vars[n.Name] = vs
					}
				}
			}
		}
		return nil
	})
	require.NoError(t, err)
	require.Contains(t, pkgs, "internal/lexicon")
	return pkgs, fset
}

// TestNoPackageStateWrites checks that no package-level variable is written
// (assigned, incremented, deleted from or cleared, in its package or from
// another) anywhere but in its declaration or in a function given to a
// sync.Once's Do: each parse keeps its own state.
func TestNoPackageStateWrites(t *testing.T) {
	pkgs, fset := modulePackages(t)
	const module = "github.com/newsparse/newsparse"
	for _, p := range pkgs {
		for _, f := range p.files {
			imports := map[string]*goPackage{} // local name -> package of this module
			for _, im := range f.Imports {
				path, _ := strconv.Unquote(im.Path.Value)
				rel, ok := strings.CutPrefix(path, module+"/")
				if !ok || pkgs[rel] == nil {
					continue
				}
				name := rel[strings.LastIndex(rel, "/")+1:]
				if im.Name != nil {
					name = im.Name.Name
				}
				imports[name] = pkgs[rel]
			}
			// written returns the package variable an expression writes, or "".
			written := func(e ast.Expr) string {
				for {
					switch x := e.(type) {
					case *ast.IndexExpr:
						e = x.X
						continue
					case *ast.ParenExpr:
						e = x.X
						continue
					case *ast.StarExpr:
						e = x.X
						continue
					case *ast.SelectorExpr:
						if id, ok := x.X.(*ast.Ident); ok && id.Obj == nil {
							if q := imports[id.Name]; q != nil && q.vars[x.Sel.Name] != nil {
								return q.dir + "." + x.Sel.Name
							}
						}
						e = x.X
						continue
					case *ast.Ident:
						vs := p.vars[x.Name]
						if vs == nil || x.Obj != nil && x.Obj.Decl != vs {
							return "" // a local, a parameter or a field
						}
						return p.dir + "." + x.Name
					}
					return ""
				}
			}
			report := func(n ast.Node, name string) {
				if name == "" || stateExceptions[name] != "" {
					return
				}
				t.Errorf("%s: package-level variable %s written outside its declaration and a sync.Once", fset.Position(n.Pos()), name)
			}
			for _, d := range f.Decls {
				fd, ok := d.(*ast.FuncDecl)
				if !ok || fd.Body == nil {
					continue
				}
				var walk func(n ast.Node) bool
				walk = func(n ast.Node) bool {
					switch x := n.(type) {
					case *ast.CallExpr:
						if sel, ok := x.Fun.(*ast.SelectorExpr); ok && sel.Sel.Name == "Do" && len(x.Args) == 1 {
							if _, lit := x.Args[0].(*ast.FuncLit); lit {
								return false // once.Do(func() { … }): the one-time load
							}
						}
						if id, ok := x.Fun.(*ast.Ident); ok && (id.Name == "delete" || id.Name == "clear") && len(x.Args) > 0 {
							report(x, written(x.Args[0]))
						}
					case *ast.AssignStmt:
						if x.Tok != token.DEFINE {
							for _, l := range x.Lhs {
								report(x, written(l))
							}
						}
					case *ast.IncDecStmt:
						report(x, written(x.X))
					}
					return true
				}
				ast.Inspect(fd.Body, walk)
			}
		}
	}
	for name := range stateExceptions {
		dir, v, _ := strings.Cut(name, ".")
		assert.NotNil(t, pkgs[dir].vars[v], "stateExceptions lists %s, which is gone", name)
	}
}

// TestNoExportedTables checks that no internal package exports a map or a
// slice variable: tables are read through functions, so no caller can change
// them.
func TestNoExportedTables(t *testing.T) {
	pkgs, fset := modulePackages(t)
	for dir, p := range pkgs {
		if !strings.HasPrefix(dir, "internal/") {
			continue
		}
		for name, vs := range p.vars {
			if !ast.IsExported(name) {
				continue
			}
			typ := vs.Type
			if typ == nil {
				for i, n := range vs.Names {
					if n.Name == name && i < len(vs.Values) {
						if c, ok := vs.Values[i].(*ast.CompositeLit); ok {
							typ = c.Type
						} else if c, ok := vs.Values[i].(*ast.CallExpr); ok {
							if fl, ok := c.Fun.(*ast.FuncLit); ok && fl.Type.Results != nil && len(fl.Type.Results.List) == 1 {
								typ = fl.Type.Results.List[0].Type
							} else {
								t.Errorf("%s: exported variable %s.%s of a type this test cannot see", fset.Position(vs.Pos()), dir, name)
							}
						}
					}
				}
			}
			switch x := typ.(type) {
			case *ast.MapType:
				t.Errorf("%s: internal package exports the map %s.%s", fset.Position(vs.Pos()), dir, name)
			case *ast.ArrayType:
				if x.Len == nil {
					t.Errorf("%s: internal package exports the slice %s.%s", fset.Position(vs.Pos()), dir, name)
				}
			}
		}
	}
}
