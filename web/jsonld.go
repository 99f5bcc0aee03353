package web

import (
	"encoding/json"
	"strings"
)

// ldArticle is what the JSON-LD of a page says about its article.
type ldArticle struct {
	rank      int // 3 a news article, 2 another article or post, 1 a web page, 0 none
	headline  string
	published string // datePublished, else dateCreated; never dateModified
	url       string
	section   string
	persons   []string // the names of authors that are people (or of no stated type)
	orgs      []string // the names of authors that are organisations
	publisher string
}

var ldRanks = map[string]int{
	"newsarticle": 3, "reportagenewsarticle": 3, "analysisnewsarticle": 3, "opinionnewsarticle": 3,
	"backgroundnewsarticle": 3, "reviewnewsarticle": 3, "asknewsarticle": 3, "askpublicnewsarticle": 3,
	"liveblogposting": 3, "satiricalarticle": 3,
	"article": 2, "blogposting": 2, "report": 2, "techarticle": 2, "socialmediaposting": 2,
	"scholarlyarticle": 2, "posting": 2,
	"webpage": 1, "itempage": 1,
}

// readJSONLD reads the JSON-LD blocks of a page and returns its best-ranked
// article: a news article before any article, before a web page. Blocks
// that are not valid JSON are skipped.
func readJSONLD(blocks []string) ldArticle {
	var objs []map[string]any
	ids := map[string]map[string]any{}
	var add func(v any, depth int)
	add = func(v any, depth int) {
		if depth > 4 {
			return
		}
		switch x := v.(type) {
		case []any:
			for _, e := range x {
				add(e, depth+1)
			}
		case map[string]any:
			objs = append(objs, x)
			if id, ok := x["@id"].(string); ok && id != "" {
				if _, seen := ids[id]; !seen {
					ids[id] = x
				}
			}
			add(x["@graph"], depth+1)
			// a web page's article is its main entity
			if m, ok := x["mainEntity"].(map[string]any); ok {
				add(m, depth+1)
			}
		}
	}
	for _, b := range blocks {
		var v any
		if err := json.Unmarshal([]byte(jsonText(b)), &v); err != nil {
			continue
		}
		add(v, 0)
	}
	var best ldArticle
	for _, o := range objs {
		r := ldRank(o["@type"])
		if r <= best.rank {
			continue
		}
		a := ldArticle{rank: r}
		a.headline = ldString(o["headline"])
		if a.headline == "" && r == 1 {
			a.headline = ldString(o["name"])
		}
		a.published = ldString(o["datePublished"])
		if a.published == "" {
			a.published = ldString(o["dateCreated"])
		}
		a.url = ldString(o["url"])
		if a.url == "" {
			if m, ok := o["mainEntityOfPage"].(map[string]any); ok {
				a.url = ldString(m["@id"])
			} else {
				a.url = ldString(o["mainEntityOfPage"])
			}
		}
		a.section = ldString(o["articleSection"])
		ldAuthors(o["author"], ids, &a, 0)
		if len(a.persons) == 0 && len(a.orgs) == 0 {
			ldAuthors(o["creator"], ids, &a, 0)
		}
		a.publisher = ldName(o["publisher"], ids)
		best = a
	}
	return best
}

// jsonText returns a JSON-LD block without the comment and CDATA wrappers
// some pages put around it, and with raw line ends and tabs (which JSON
// forbids inside strings) made spaces.
func jsonText(s string) string {
	s = strings.TrimSpace(s)
	for _, w := range []string{"<!--", "//<![CDATA[", "<![CDATA["} {
		s = strings.TrimSpace(strings.TrimPrefix(s, w))
	}
	for _, w := range []string{"-->", "//]]>", "]]>"} {
		s = strings.TrimSpace(strings.TrimSuffix(s, w))
	}
	return strings.Map(func(r rune) rune {
		if r == '\n' || r == '\r' || r == '\t' {
			return ' '
		}
		return r
	}, s)
}

func ldRank(t any) int {
	switch x := t.(type) {
	case string:
		return ldRanks[strings.ToLower(strings.TrimPrefix(strings.TrimPrefix(x, "http://schema.org/"), "https://schema.org/"))]
	case []any:
		best := 0
		for _, e := range x {
			if r := ldRank(e); r > best {
				best = r
			}
		}
		return best
	}
	return 0
}

// ldString returns v when it is a string, the first string of a list, or the
// "@value" of an object.
func ldString(v any) string {
	switch x := v.(type) {
	case string:
		return strings.TrimSpace(x)
	case []any:
		for _, e := range x {
			if s := ldString(e); s != "" {
				return s
			}
		}
	case map[string]any:
		return ldString(x["@value"])
	}
	return ""
}

// ldName returns the name of an organisation or person given inline, as a
// reference to another object ("@id"), or as a string.
func ldName(v any, ids map[string]map[string]any) string {
	switch x := v.(type) {
	case string:
		return strings.TrimSpace(x)
	case []any:
		for _, e := range x {
			if s := ldName(e, ids); s != "" {
				return s
			}
		}
	case map[string]any:
		if s := ldString(x["name"]); s != "" {
			return s
		}
		if id, ok := x["@id"].(string); ok {
			if o, ok := ids[id]; ok {
				return ldString(o["name"])
			}
		}
	}
	return ""
}

// ldAuthors adds the names of the authors in v to a: people (or authors of
// no stated type) and organisations apart.
func ldAuthors(v any, ids map[string]map[string]any, a *ldArticle, depth int) {
	if depth > 3 {
		return
	}
	switch x := v.(type) {
	case string:
		if s := strings.TrimSpace(x); s != "" {
			a.persons = append(a.persons, s)
		}
	case []any:
		for _, e := range x {
			ldAuthors(e, ids, a, depth+1)
		}
	case map[string]any:
		name := ldString(x["name"])
		if name == "" {
			given, family := ldString(x["givenName"]), ldString(x["familyName"])
			name = strings.TrimSpace(given + " " + family)
		}
		if name == "" {
			if id, ok := x["@id"].(string); ok {
				if o, ok := ids[id]; ok && o["name"] != nil {
					ldAuthors(o, ids, a, depth+1)
				}
			}
			return
		}
		switch r := ldTypeName(x["@type"]); {
		case strings.Contains(r, "organization") || strings.Contains(r, "organisation") || r == "corporation":
			a.orgs = append(a.orgs, name)
		default:
			a.persons = append(a.persons, name)
		}
	}
}

func ldTypeName(t any) string {
	switch x := t.(type) {
	case string:
		return strings.ToLower(x)
	case []any:
		for _, e := range x {
			if s, ok := e.(string); ok {
				return strings.ToLower(s)
			}
		}
	}
	return ""
}
