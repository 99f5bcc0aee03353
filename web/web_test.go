package web

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/newsparse/newsparse"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func parseFile(t *testing.T, name, pageURL string) *newsparse.Article {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", name))
	require.NoError(t, err)
	a, err := Parse(bytes.NewReader(b), pageURL)
	require.NoError(t, err, name)
	checkOffsets(t, a)
	return a
}

// checkOffsets checks that every offset of a points into its text.
func checkOffsets(t *testing.T, a *newsparse.Article) {
	t.Helper()
	text := a.Text()
	require.Equal(t, text, a.PageText, "PageText is the text structured")
	require.True(t, utf8.ValidString(text))
	in := func(s, e int) bool { return 0 <= s && s <= e && e <= len(text) }
	require.True(t, in(a.Body.Start, a.Body.End), "body %v", a.Body)
	for _, f := range a.Meta.Fields {
		require.True(t, in(f.Start, f.End))
		assert.Equal(t, f.Value, text[f.Start:f.End], "field %s", f.Key)
	}
	for _, p := range a.Paragraphs {
		require.True(t, in(p.Start, p.End))
	}
	for _, e := range a.Entities {
		for _, m := range e.Mentions {
			require.True(t, in(m.Start, m.End))
			assert.Equal(t, m.Text, text[m.Start:m.End])
		}
	}
	for _, q := range a.Quotes {
		require.True(t, in(q.Start, q.End))
	}
	for _, m := range a.Money {
		require.True(t, in(m.Start, m.End))
		assert.Equal(t, m.Text, text[m.Start:m.End])
	}
}

type wantPage struct {
	file, url                         string
	title, author, date, link, source string
	precision                         newsparse.Precision
	body                              []string // in the body
	notBody                           []string // nowhere in the text
}

var testPages = []wantPage{
	{
		file: "jsonld.html", url: "https://www.dailyplanet.example/news/world/storm-floods-coastal-towns?utm_source=feed",
		title: "Storm floods coastal towns, thousands evacuated", author: "Jane Smith; Tom Lee",
		date: "2024-03-05", precision: newsparse.PrecisionDay,
		link:   "https://www.dailyplanet.example/news/world/storm-floods-coastal-towns",
		source: "The Daily Planet",
		body: []string{"PORTSMOUTH, Maine — A powerful storm", "$40 million", "Relief efforts",
			"second storm could reach the coast by the weekend."},
		notBody: []string{"Related stories", "Drought hits farms", "All rights reserved", "Sport", "Updated March 7"},
	},
	{
		file: "opengraph.html", url: "https://metroherald.example/local/2023/11/council-approves-bridge",
		title: "Council approves new bridge after two-year dispute", author: "Maria Garcia",
		date: "2023-11-14", precision: newsparse.PrecisionDay,
		link:    "https://metroherald.example/local/2023/11/council-approves-bridge",
		source:  "Metro Herald",
		body:    []string{"The city council voted 7-2", "€18.5 million", "cover a third of the cost."},
		notBody: []string{"Subscribe", "Log in", "About us", "City Hall reporter", "2023-11-20"},
	},
	{
		file: "related.html", url: "https://valleytribune.example/business/tech-firm-fined",
		title: "Tech firm fined over data breach", author: "Rahul Patel",
		date: "2022-06-09", precision: newsparse.PrecisionDay,
		link:   "https://valleytribune.example/business/tech-firm-fined",
		source: "Valley Tribune",
		body:   []string{"Regulators on Thursday fined Brightline Software $2.3 million", "28 days to appeal"},
		notBody: []string{"You may also like", "Bank fined", "comments", "jsmith42", "Concerned Reader",
			"My details were in that breach", "Read more", "Why passwords still fail", "admin", "independent local news"},
	},
	{
		file: "boilerplate.html", url: "https://www.bbc.co.uk/news/uk-12345678",
		title: "Train strike to go ahead after talks fail", author: "Simon Jones",
		date: "2023-06-01", precision: newsparse.PrecisionDay,
		link: "https://www.bbc.co.uk/news/uk-12345678", source: "BBC News",
		body: []string{"Train drivers in England will strike on Saturday", "Mick Whelan said:",
			"Drivers have not had a pay rise since 2019, the union says."},
		notBody: []string{"Advertisement", "Sign up", "newsletter", "Related Topics", "Rail strikes", "More on this story",
			"Share", "IMAGE SOURCE", "Copyright", "Transport correspondent", "2023-06-02"},
	},
	{
		file: "cp1252.html", url: "https://riverside.example/news/cafe-protest",
		title: "Café owners protest “soaring” rents", author: "Chloé Dubois",
		date: "2021-09-30", precision: newsparse.PrecisionDay,
		link: "https://riverside.example/news/cafe-protest", source: "Riverside Gazette",
		body: []string{"more than 40 cafés", "“We cannot survive another increase,” said Renée Martin",
			"€1,200 a month", "landlords’ association", "Peter Müller", "A hyphenated word and a zerowidth space"},
		notBody: []string{"\u00ad", "\u200b", "\ufffd", "Ã"},
	},
	{
		file: "latin1.html", url: "",
		title: "Café owners protest \"soaring\" rents", author: "Chloé Dubois",
		date: "2021-09-30", precision: newsparse.PrecisionDay, source: "Riverside Gazette",
		body:    []string{"more than 40 cafés", "Peter Müller", "EUR 1,200"},
		notBody: []string{"\u00ad", "\u200b", "\ufffd", "Ã"},
	},
}

// TestPages: the metadata, the body and the structure of pages written for
// the test: a JSON-LD page, an OpenGraph-only page, a page with related
// links and comments, a page of ads, share buttons, a newsletter box and an
// organisation as JSON-LD author, and Windows-1252 and ISO-8859-1 pages.
func TestPages(t *testing.T) {
	for _, w := range testPages {
		t.Run(w.file, func(t *testing.T) {
			a := parseFile(t, w.file, w.url)
			text := a.Text()
			assert.Equal(t, w.title, a.Meta.Title, "title")
			assert.Equal(t, w.author, a.Meta.Author, "author")
			if assert.NotNil(t, a.Meta.Date, "date") {
				assert.Equal(t, w.date, a.Meta.Date.Text)
				assert.Equal(t, w.precision, a.Meta.Date.Precision)
			}
			assert.Equal(t, w.link, a.Meta.URL, "url")
			assert.Equal(t, w.source, a.Meta.Source, "source")
			assert.Equal(t, w.source, a.Meta.Get("source"))
			body := text[strings.Index(text, "\n\n")+2:]
			for _, s := range w.body {
				assert.Contains(t, body, s)
			}
			for _, s := range w.notBody {
				assert.NotContains(t, text, s)
			}
			assert.True(t, strings.HasPrefix(text, "Title: "+w.title+"\n"), "the header block opens the text")
			assert.Equal(t, len(a.Paragraphs), strings.Count(body, "\n\n")+1, "paragraphs are separated by blank lines")
			assert.True(t, strings.HasSuffix(text, a.Body.In(text)+"\n"), "the body runs to the end")

			b, err := json.Marshal(a)
			require.NoError(t, err)
			var out struct {
				Text string `json:"text"`
				Meta struct {
					Title string `json:"title"`
				} `json:"meta"`
			}
			require.NoError(t, json.Unmarshal(b, &out))
			assert.Equal(t, text, out.Text, "the JSON carries the text")
			assert.Equal(t, w.title, out.Meta.Title)
		})
	}
}

// TestPageStructure: the structure newsparse finds points into the built text.
func TestPageStructure(t *testing.T) {
	a := parseFile(t, "jsonld.html", "https://www.dailyplanet.example/news/world/storm-floods-coastal-towns")
	text := a.Text()
	require.NotNil(t, a.Meta.Dateline)
	assert.Equal(t, "PORTSMOUTH, Maine", a.Meta.Dateline.Place)
	var speaker string
	for _, q := range a.Quotes {
		if strings.Contains(q.Text, "never seen water") && q.Speaker != nil {
			speaker = q.Speaker.Name
		}
	}
	assert.Equal(t, "Alan Brooks", speaker)
	require.NotEmpty(t, a.Money)
	assert.Equal(t, "$40 million", a.Money[0].Text)
	assert.Equal(t, "USD", a.Money[0].Currency)
	require.NotNil(t, a.Toll.Killed)
	require.NotNil(t, a.Toll.Injured)
	assert.Equal(t, 3.0, *a.Toll.Killed)
	assert.Equal(t, 15.0, *a.Toll.Injured)
	headerEnd := strings.Index(text, "\n\n")
	for _, e := range a.Entities {
		for _, m := range e.Mentions {
			assert.Greater(t, m.Start, headerEnd, "no entity in the header block: %s", text[m.Start:m.End])
		}
	}
}

// TestPlainTextUnchanged: text input gives no "text" field.
func TestPlainTextUnchanged(t *testing.T) {
	a, err := newsparse.Parse("Storm hits coast\n\nA storm hit the coast on Monday.")
	require.NoError(t, err)
	b, err := json.Marshal(a)
	require.NoError(t, err)
	assert.NotContains(t, string(b), `"text":"Storm`)
	assert.False(t, bytes.HasPrefix(b, []byte(`{"text"`)))
}

// TestHeaderBlockRead: newsparse.SplitHeader reads every field of the header
// block the package builds, odd values included, and the body starts after it.
func TestHeaderBlockRead(t *testing.T) {
	for _, m := range []Meta{
		{Title: "Storm hits coast", Author: "Jane Smith", Date: "2024-03-05", URL: "https://x.example/a?b=c:d", Source: "The Daily Planet"},
		{Title: "Breaking: 5 dead as storm: hits coast | live", Author: "Jane Smith; Tom Lee", Date: "2024-03"},
		{Title: "2024", Date: "2024", Source: "X"},
		{Title: "By the numbers: a year of storms", URL: "http://a.example/"},
		{Source: "Example"},
		{Title: "LONDON (Reuters) - Markets fell"},
		{Title: "  Spaces \n and\tnew lines  ", Author: "A\u00adB\u200bC Smith"},
	} {
		text := buildText(m, []string{"LONDON (Reuters) - Markets fell sharply on Monday.", "Second paragraph."})
		meta, body := newsparse.SplitHeader(text)
		want := map[string]string{"title": oneLine(m.Title), "author": oneLine(m.Author), "date": m.Date, "url": m.URL, "source": m.Source}
		for k, v := range want {
			assert.Equal(t, v, meta.Get(k), "%s in %q", k, text)
		}
		assert.Equal(t, oneLine(m.Title), meta.Title)
		assert.Equal(t, oneLine(m.Author), meta.Author)
		assert.Equal(t, m.URL, meta.URL)
		assert.Equal(t, m.Source, meta.Source)
		if m.Date != "" {
			require.NotNil(t, meta.Date, text)
			assert.Equal(t, m.Date, meta.Date.Text)
		}
		assert.True(t, strings.HasPrefix(text[body.Start:], "Markets fell sharply"), "the body after the dateline: %q", text[body.Start:])
		require.NotNil(t, meta.Dateline)
		assert.Equal(t, "LONDON", meta.Dateline.Place)
	}
}

// TestBadPages: odd and hostile pages give a clean result or a clear error, never a panic.
func TestBadPages(t *testing.T) {
	good, err := os.ReadFile("testdata/jsonld.html")
	require.NoError(t, err)
	article := "<p>" + strings.Repeat("The council met again on Monday and the talks went on for a long time. ", 6) + "</p>"
	noArticle := map[string]string{
		"empty":              "",
		"white space":        " \n\t ",
		"scripts only":       "<!DOCTYPE html><html><head><script>var a = 1;</script></head><body><script>document.write('hello world, this is a long line of script text that is not an article at all')</script></body></html>",
		"styles only":        "<html><style>body { color: red }</style></html>",
		"no text":            "<!DOCTYPE html><html><body><div><img src=a.png><br><hr></div></body></html>",
		"binary":             "\x00\x01\x02\xff\xfe\xfd<html>\x00\x00",
		"comment only":       "<!-- just a comment -->",
		"8 MB nested divs":   "<!DOCTYPE html><html><body>" + strings.Repeat("<div>", 1600000) + "hi",
		"8 MB nested b tags": strings.Repeat("<b>", 2660000) + "hi",
	}
	for name, page := range noArticle {
		t.Run(name, func(t *testing.T) {
			_, err := Parse(strings.NewReader(page), "")
			require.Error(t, err)
			assert.True(t, errors.Is(err, ErrNoArticle), "%v", err)
		})
	}
	pages := map[string]string{
		"truncated in a tag":       string(good[:len(good)*2/3]) + "<a hr",
		"unclosed tags":            "<html><body><div><p>" + strings.Repeat("The council met again on Monday and the talks went on. <b><i>", 20),
		"stray end tags":           "</div></p></body></html><p>" + strings.Repeat("The talks went on for hours. </span></td>", 20),
		"invalid UTF-8 in UTF-8":   "<meta charset=utf-8><p>caf\xe9 \xff\xfe " + strings.Repeat("The talks went on for hours and then some more. ", 8),
		"UTF-16 with BOM":          utf16LE("\ufeff<html><body>" + article + "</body></html>"),
		"8 MB nested with article": "<!DOCTYPE html><html><body>" + strings.Repeat("<div><span>", 700000) + article,
		"8 MB of short paragraphs": "<!DOCTYPE html><html><body><article>" + article + strings.Repeat("<p>a</p>", 1000000),
		"deep tables":              strings.Repeat("<table><tr><td>", 200000) + article,
		"NUL and controls":         "<p>\x00\x01 The council\x00 met\x1b[31m again on Monday and the talks went on for a long time, officials said.\x07</p>" + article,
		"svg and math":             "<svg><title>no</title><foreignObject><p>" + article + "</p></foreignObject></svg><math><mi>x</mi></math>" + article,
		"frameset":                 "<frameset><frame src=a></frameset><noframes>" + article + "</noframes>",
	}
	for name, page := range pages {
		t.Run(name, func(t *testing.T) {
			a, err := Parse(strings.NewReader(page), "http://example.com/a")
			if err != nil {
				assert.True(t, errors.Is(err, ErrNoArticle), "%v", err)
				return
			}
			checkOffsets(t, a)
			assert.NotContains(t, a.Text(), "\x00")
		})
	}
}

func utf16LE(s string) string {
	var b []byte
	for _, r := range s {
		if r > 0xFFFF {
			r = '?'
		}
		b = append(b, byte(r), byte(r>>8))
	}
	return string(b)
}

func TestSizeLimit(t *testing.T) {
	page := "<html><body><p>" + strings.Repeat("word ", 1000) + "</p></body></html>"
	_, err := NewParser(WithMaxBytes(1000)).Parse(strings.NewReader(page), "")
	require.Error(t, err)
	assert.True(t, errors.Is(err, newsparse.ErrTooLarge), "%v", err)
	a, err := NewParser(WithMaxBytes(0), WithoutFallback()).Parse(strings.NewReader(page), "")
	require.NoError(t, err)
	assert.Contains(t, a.Text(), "word word")
}

func TestDecode(t *testing.T) {
	for _, c := range []struct {
		name, in, want, enc string
	}{
		{"utf-8", "<meta charset=utf-8>caf\u00e9", "<meta charset=utf-8>caf\u00e9", "utf-8"},
		{"utf-8 mislabelled as windows-1252", "<meta charset=windows-1252>caf\u00e9 \u201cq\u201d", "<meta charset=windows-1252>caf\u00e9 \u201cq\u201d", "utf-8"},
		{"windows-1252", "<meta charset=\"windows-1252\">caf\xe9 \x93q\x94 \x80", "<meta charset=\"windows-1252\">caf\u00e9 \u201cq\u201d \u20ac", "windows-1252"},
		{"iso-8859-1 is read as windows-1252", "<META HTTP-EQUIV=\"Content-Type\" CONTENT=\"text/html; charset=ISO-8859-1\">caf\xe9 \x93", "<META HTTP-EQUIV=\"Content-Type\" CONTENT=\"text/html; charset=ISO-8859-1\">caf\u00e9 \u201c", "windows-1252"},
		{"iso-8859-15", "<meta charset='iso-8859-15'>\xa4", "<meta charset='iso-8859-15'>\u20ac", "iso-8859-15"},
		{"undeclared", "caf\xe9", "caf\u00e9", "windows-1252"},
		{"declared utf-8, invalid", "<meta charset=utf-8>caf\xe9", "<meta charset=utf-8>caf\ufffd", "utf-8"},
		{"declared utf-16 but ASCII", "<meta charset=utf-16>caf\xe9", "<meta charset=utf-16>caf\ufffd", "utf-8"},
		{"unknown charset", "<meta charset=klingon>caf\xe9", "<meta charset=klingon>caf\u00e9", "windows-1252"},
		{"UTF-8 BOM", "\xef\xbb\xbfcaf\u00e9", "caf\u00e9", "utf-8"},
	} {
		got, enc := decode([]byte(c.in))
		assert.Equal(t, c.want, got, c.name)
		assert.Equal(t, c.enc, enc, c.name)
	}
}

func TestCleanLine(t *testing.T) {
	assert.Equal(t, "hyphenated zerowidth a b", cleanLine("  hy\u00adphen\u00adated zero\u200bwidth\u2060 a\u00a0\t\n b \ufeff"))
	assert.Equal(t, "caf\u00e9", cleanLine("cafe\u0301"), "normal form C")
	assert.Equal(t, "ab", cleanLine("a\x00\x1b\x7fb"))
	// a lone space grouping digits stays, so "12 500" is one number; a run of spaces does not
	assert.Equal(t, "\u00a312\u202f500 and 3\u00a0400 and 7 000 and 5 km", cleanLine("\u00a312\u202f500 and 3\u00a0400 and 7\u00a0 000 and 5\u00a0km"))
}

// TestTame: the depth, paragraph and element limits, and a page within them unchanged.
func TestTame(t *testing.T) {
	good, err := os.ReadFile("testdata/jsonld.html")
	require.NoError(t, err)
	page := string(good)
	assert.Equal(t, page, tame(page))

	deep := strings.Repeat("<div>", 1000) + "x" + strings.Repeat("</div>", 1000)
	got := tame(deep)
	assert.Equal(t, maxDepth, strings.Count(got, "<div>"))
	assert.Equal(t, maxDepth, strings.Count(got, "</div>"))
	assert.Contains(t, got, "x")

	// unclosed paragraphs and list items do not nest
	flat := strings.Repeat("<p>para", 2000) + strings.Repeat("<li>item", 2000)
	got = tame(flat)
	assert.Equal(t, maxParagraphs, strings.Count(got, "<p>"))
	assert.Equal(t, 2000, strings.Count(got, "<li>"))
	assert.Equal(t, 2*(2000-maxParagraphs), strings.Count(got, "<br>"))

	many := strings.Repeat("<span>x</span>", 3*maxElements)
	got = tame(many)
	assert.Equal(t, maxElements, strings.Count(got, "<span>"))
}

func TestISODate(t *testing.T) {
	for in, want := range map[string]string{
		"2024-03-05T23:30:00-05:00":     "2024-03-05",
		"2024-03-05":                    "2024-03-05",
		"2024-03-05 08:30:00":           "2024-03-05",
		"2024/03/05":                    "2024-03-05",
		"2024-03":                       "2024-03",
		"2024":                          "2024",
		"Tue, 05 Mar 2024 13:30:00 GMT": "2024-03-05",
		"March 5, 2024":                 "2024-03-05",
		"2024-02-30":                    "",
		"1850-01-01":                    "",
		"3024-01-01":                    "",
		"yesterday":                     "",
		"":                              "",
		"12345":                         "",
	} {
		assert.Equal(t, want, isoDate(in), in)
	}
}

func TestAuthorNames(t *testing.T) {
	sites := siteNames("The Daily Planet", "https://www.dailyplanet.example/x")
	bad := func(s string) bool { return isSite(s, sites) || strings.EqualFold(s, "World") }
	for in, want := range map[string][]string{
		"By Jane Smith and Tom Lee, Reuters":  {"Jane Smith", "Tom Lee"},
		"Jane Smith | Political Editor":       {"Jane Smith"},
		"By JANE SMITH":                       {"JANE SMITH"},
		"Theresa May":                         {"Theresa May"},
		"Ursula von der Leyen":                {"Ursula von der Leyen"},
		"J.R. Smith Jr.":                      {"J.R. Smith Jr."},
		"Reuters":                             {"Reuters"},
		"Written by: Chloé Dubois":            {"Chloé Dubois"},
		"Jane Smith; Tom Lee":                 {"Jane Smith", "Tom Lee"},
		"admin":                               nil,
		"jsmith42":                            nil,
		"World":                               nil,
		"The Daily Planet":                    nil,
		"Daily Planet Staff":                  nil,
		"Staff Reporter":                      nil,
		"March 5, 2024":                       nil,
		"Updated 5 minutes ago":               nil,
		"https://www.facebook.com/jane":       nil,
		"jane@example.com":                    nil,
		"Opinion":                             nil,
		"By Jane Smith - March 5, 2024":       {"Jane Smith"},
		"Jane Smith, Political Correspondent": {"Jane Smith"},
	} {
		assert.Equal(t, want, authorNames(in, bad), in)
	}
}

func TestStripSite(t *testing.T) {
	sites := siteNames("BBC News", "https://www.bbc.co.uk/news/x")
	assert.Equal(t, "Storm hits coast", stripSite("Storm hits coast - BBC News", sites, ""))
	assert.Equal(t, "Storm hits coast", stripSite("BBC News - Storm hits coast", sites, ""))
	assert.Equal(t, "Storm hits coast", stripSite("Storm hits coast | World | BBC", sites, "World"))
	assert.Equal(t, "Biden - Trump debate draws record audience", stripSite("Biden - Trump debate draws record audience", sites, ""))
	g := siteNames("The Guardian", "https://www.theguardian.com/x")
	assert.Equal(t, "Storm hits coast", stripSite("Storm hits coast | Guardian", g, ""))
	assert.Equal(t, "Storm hits coast", stripSite("Storm hits coast | The Guardian", g, ""))
	assert.Equal(t, "Guardian angels save the day", stripSite("Guardian angels save the day", g, ""))
}

// TestMetaPriorities: the publication date wins over an update's; a user
// name, the site's name and a section are no author; the <h1> is the title
// when the metadata's title carries more.
func TestMetaPriorities(t *testing.T) {
	body := "<p>" + strings.Repeat("The council met again on Monday and the talks went on for a long time. ", 6) + "</p>"
	for _, c := range []struct {
		name, head, top string
		want            Meta
	}{
		{"update date after publication date",
			`<meta property="article:modified_time" content="2024-05-01"><meta property="og:updated_time" content="2024-05-01"><meta property="article:published_time" content="2024-04-02T01:00:00+09:00">`,
			`<time datetime="2024-05-01" class="updated">May 1</time>`,
			Meta{Date: "2024-04-02"}},
		{"only dateModified in JSON-LD",
			`<script type="application/ld+json">{"@type":"NewsArticle","headline":"Talks go on","dateModified":"2024-05-01","author":"admin"}</script>`,
			`<time itemprop="datePublished" datetime="2024-04-03">April 3</time>`,
			Meta{Title: "Talks go on", Date: "2024-04-03"}},
		{"user name and site as author",
			`<meta name="author" content="webmaster123"><meta property="og:site_name" content="Town Crier"><script type="application/ld+json">{"@type":"Article","author":{"@type":"Organization","name":"Town Crier"}}</script>`,
			`<span class="byline">By Town Crier Staff</span>`,
			Meta{Source: "Town Crier"}},
		{"section as author",
			`<meta name="author" content="Politics"><meta property="article:section" content="Politics">`,
			`<div class="author">Politics</div>`,
			Meta{}},
		{"h1 without the kicker of og:title",
			`<meta property="og:title" content="Exclusive: Council talks collapse after eight hours">`,
			`<h1>Council talks collapse after eight hours</h1>`,
			Meta{Title: "Council talks collapse after eight hours"}},
		{"JSON-LD author by reference, month precision",
			`<script type="application/ld+json">{"@graph":[{"@type":"Person","@id":"#p","name":"Ana Lima"},{"@type":"NewsArticle","author":{"@id":"#p"},"datePublished":"2019-07"}]}</script>`,
			``,
			Meta{Author: "Ana Lima", Date: "2019-07"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			page := "<!DOCTYPE html><html><head>" + c.head + "</head><body><article>" + c.top + body + "</article></body></html>"
			text, err := NewParser().Text(strings.NewReader(page), "")
			require.NoError(t, err)
			m, _ := newsparse.SplitHeader(text)
			assert.Equal(t, c.want.Title, m.Title, "title in %q", text)
			assert.Equal(t, c.want.Author, m.Author, "author in %q", text)
			assert.Equal(t, c.want.Date, m.Get("date"), "date in %q", text)
			if c.want.Source != "" {
				assert.Equal(t, c.want.Source, m.Source)
			}
		})
	}
}

// TestPageURLs: the page's address resolves a relative canonical link; an
// address that is not http(s) is no URL.
func TestPageURLs(t *testing.T) {
	body := "<p>" + strings.Repeat("The council met again on Monday and the talks went on for a long time. ", 6) + "</p>"
	for _, c := range []struct{ canonical, pageURL, want string }{
		{"/news/a", "https://ex.example/news/a?utm=1", "https://ex.example/news/a"},
		{"", "https://ex.example/news/b", "https://ex.example/news/b"},
		{"https://ex.example/", "https://ex.example/news/c", "https://ex.example/news/c"}, // a canonical home page is a mistake
		{"javascript:void(0)", "", ""},
		{"/news/d", "", ""},
		{"", "not a url", ""},
		{"", "ftp://ex.example/e", ""},
		{"https://ex.example/f", "relative/path", "https://ex.example/f"},
	} {
		page := "<!DOCTYPE html><html><head><title>Talks go on</title>"
		if c.canonical != "" {
			page += `<link rel="canonical" href="` + c.canonical + `">`
		}
		page += "</head><body>" + body + "</body></html>"
		a, err := Parse(strings.NewReader(page), c.pageURL)
		require.NoError(t, err)
		assert.Equal(t, c.want, a.Meta.URL, "%+v", c)
	}
}

// A minified page (no white space between its tags) keeps its paragraphs
// apart: the headline does not run into the first paragraph, nor one
// paragraph into the next.
func TestMinifiedPageParagraphs(t *testing.T) {
	body := `<h1>Storm</h1><p>A storm hit Boston on Tuesday, killing three people, officials said.</p>` +
		`<p>More paragraphs of text follow here to make it an article with enough content.</p>`
	for _, page := range []string{
		`<html><body><article>` + body + `</article></body></html>`,
		"<html><body><article>\n" + strings.ReplaceAll(body, "</p>", "</p>\n") + "</article></body></html>",
	} {
		text, err := NewParser().Text(strings.NewReader(page), "")
		require.NoError(t, err)
		assert.Equal(t, "Title: Storm\n\nA storm hit Boston on Tuesday, killing three people, officials said.\n\n"+
			"More paragraphs of text follow here to make it an article with enough content.\n", text, page)
	}
}

// TestTooDeepParagraphs: paragraphs nested deeper than the depth limit
// stay paragraphs of their own, not one run of text ("evening.A storm").
func TestTooDeepParagraphs(t *testing.T) {
	var paras strings.Builder
	for i := range 4 {
		fmt.Fprintf(&paras, "<p>A storm hit the coast on Tuesday, killing %d people and injuring dozens, officials said late in the evening.</p>", i+2)
	}
	for _, tag := range []string{"div", "span"} {
		page := "<html><body><article>" + strings.Repeat("<"+tag+">", maxDepth+50) + paras.String() +
			strings.Repeat("</"+tag+">", maxDepth+50) + "</article></body></html>"
		text, err := NewParser().Text(strings.NewReader(page), "")
		require.NoError(t, err)
		assert.Equal(t, 4, strings.Count(text, "A storm"), tag)
		assert.NotContains(t, text, "evening.A storm", tag)
		assert.Equal(t, 3, strings.Count(text, "evening.\n\nA storm"), tag)
	}
}

// TestShortPageNotRepeated: a page of one paragraph gives it once (the
// extractor's output held it twice).
func TestShortPageNotRepeated(t *testing.T) {
	para := "A storm hit the coast on Tuesday, killing three people, officials said."
	for _, page := range []string{
		`<html><body><article><p>` + para + `</p></article></body></html>`,
		`<html><body><p>` + para + `</p></body></html>`,
		`<html><head><title>Storm | Daily Planet</title></head><body><article><p>` + para + `</p></article></body></html>`,
		`<head><title>Storm</title></head><body><p>` + para + `</p></body>`,
	} {
		text, err := NewParser().Text(strings.NewReader(page), "")
		require.NoError(t, err)
		_, body, _ := strings.Cut(text, "\n\n")
		if !strings.HasPrefix(text, "Title: ") {
			body = text
		}
		assert.Equal(t, para+"\n", body, page)
	}
	assert.Equal(t, []string{"One.", "Two.", "One."}, cleanBody([]string{"One.", "One.", "Two.", "One."}, Meta{}, nil, ""),
		"a paragraph the one before it repeats is dropped, no other")
	assert.Equal(t, []string{para, "Yes.", "He said yes."}, cleanBody([]string{para, "Storm | Site" + para, "Yes.", "He said yes."}, Meta{}, nil, ""),
		"a paragraph that ends with the whole of a sentence-long one before it, run into what comes before, is dropped")
	assert.Equal(t, []string{para, "Officials spoke. " + para}, cleanBody([]string{para, "Officials spoke. " + para}, Meta{}, nil, ""),
		"a paragraph that ends with the sentence the one before it is kept")
}
