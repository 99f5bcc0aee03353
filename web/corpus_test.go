package web

import (
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// A generated page corpus for the benchmark: news pages in five layouts
// (a JSON-LD news site, an OpenGraph-only blog, a WordPress post with
// comments, a table layout of the 2000s, a script-heavy modern site), with
// navigation, related links, footers, inline scripts and styles, and
// articles of 4 to 40 paragraphs drawn from news sentences. Deterministic:
// the same seed gives the same pages.

var corpusSentences = []string{
	"The government said on Monday that it would raise the minimum wage by 6% from April.",
	"At least 12 people were killed and 40 injured when a bus overturned near the border, police said.",
	"\u201cWe will not accept this decision,\u201d the union\u2019s leader, Maria Lopez, told reporters outside parliament.",
	"Shares in the company fell 8% after it reported a quarterly loss of $1.2 billion.",
	"The central bank left interest rates unchanged at 4.25%, as expected by most economists.",
	"Rescue teams were still searching for survivors on Tuesday morning, the fire service said.",
	"Prime Minister Keir Starmer said the plan would create 20,000 jobs over five years.",
	"Officials in Nairobi said about 3,000 families had been displaced by the floods.",
	"The talks, which began in Geneva last week, are expected to resume in March.",
	"\u201cIt is too early to say what caused the fire,\u201d said Chief Inspector Tom Walsh.",
	"Analysts at Goldman Sachs expect growth to slow to 1.5% next year.",
	"The European Union agreed to provide \u20ac500 million in emergency aid.",
	"Protesters gathered in the capital for a third day, demanding the minister\u2019s resignation.",
	"The United Nations said more than 200,000 people had fled the fighting since January.",
	"The court ruled that the law was unconstitutional and ordered a new hearing.",
	"Local media reported that two soldiers were missing after the attack.",
	"The company, based in Seattle, employs about 1,500 people worldwide.",
	"Opposition leader Ahmed Khan called the budget \u201ca betrayal of working families.\u201d",
}

var corpusSites = []struct{ name, host string }{
	{"The Daily Planet", "www.dailyplanet.example"}, {"Metro Herald", "metroherald.example"},
	{"Valley Tribune", "valleytribune.example"}, {"Riverside Gazette", "www.riverside.example"},
	{"Coastal News Network", "news.coastal.example"},
}

var corpusNames = []string{"Jane Smith", "Tom Lee", "Maria Garcia", "Rahul Patel", "Chlo\u00e9 Dubois", "Ahmed Khan", "Li Wei", "Sarah O'Connor"}

func corpusArticle(r *rand.Rand) (title string, paras []string) {
	title = strings.TrimSuffix(corpusSentences[r.IntN(len(corpusSentences))], ".")
	if len(title) > 90 {
		title = title[:strings.LastIndexByte(title[:90], ' ')]
	}
	n := 4 + r.IntN(37)
	for range n {
		k := 1 + r.IntN(4)
		var p []string
		for range k {
			p = append(p, corpusSentences[r.IntN(len(corpusSentences))])
		}
		paras = append(paras, strings.Join(p, " "))
	}
	return title, paras
}

func corpusBoiler(r *rand.Rand, site string) (nav, related, footer, script, style string) {
	var b strings.Builder
	b.WriteString("<nav class=\"main-nav\"><ul>")
	for _, s := range []string{"Home", "News", "World", "Business", "Politics", "Sport", "Culture", "Opinion", "Science", "Video"} {
		fmt.Fprintf(&b, "<li><a href=\"/%s\">%s</a></li>", strings.ToLower(s), s)
	}
	b.WriteString("</ul></nav>")
	nav = b.String()
	b.Reset()
	b.WriteString("<aside class=\"related\"><h3>Related stories</h3><ul>")
	for range 3 + r.IntN(8) {
		t := strings.TrimSuffix(corpusSentences[r.IntN(len(corpusSentences))], ".")
		fmt.Fprintf(&b, "<li><a href=\"/news/%d\">%s</a></li>", r.IntN(100000), t)
	}
	b.WriteString("</ul></aside>")
	related = b.String()
	footer = "<footer><p>\u00a9 2024 " + site + ". All rights reserved.</p><a href=\"/privacy\">Privacy</a> <a href=\"/terms\">Terms</a></footer>"
	b.Reset()
	b.WriteString("<script>window.__STATE__ = {")
	for i := range 50 + r.IntN(400) {
		fmt.Fprintf(&b, "\"k%d\": [%d, \"%x\", {\"a\": true}], ", i, r.IntN(1e6), r.Uint64())
	}
	b.WriteString("};</script>")
	script = b.String()
	b.Reset()
	b.WriteString("<style>")
	for i := range 30 + r.IntN(200) {
		fmt.Fprintf(&b, ".c%d{margin:%dpx;color:#%06x} ", i, r.IntN(40), r.IntN(0xffffff))
	}
	b.WriteString("</style>")
	style = b.String()
	return
}

// corpusTruth returns what page number i of the corpus says: its headline,
// paragraphs, author and publication time, and the random source that goes
// on to make the rest of the page.
func corpusTruth(i int) (r *rand.Rand, title string, paras []string, author, date string) {
	r = rand.New(rand.NewPCG(uint64(i), 2024))
	title, paras = corpusArticle(r)
	author = corpusNames[r.IntN(len(corpusNames))]
	date = fmt.Sprintf("2024-%02d-%02dT%02d:%02d:00Z", 1+r.IntN(12), 1+r.IntN(28), r.IntN(24), r.IntN(60))
	return
}

// corpusPage returns page number i of the corpus and its URL.
func corpusPage(i int) (page, pageURL string) {
	site := corpusSites[i%len(corpusSites)]
	r, title, paras, author, date := corpusTruth(i)
	slug := strings.ToLower(strings.Join(strings.Fields(title)[:3], "-"))
	pageURL = fmt.Sprintf("https://%s/news/%d/%s", site.host, i, slug)
	nav, related, footer, script, style := corpusBoiler(r, site.name)
	var body strings.Builder
	for _, p := range paras {
		body.WriteString("<p>" + p + "</p>\n")
	}
	var b strings.Builder
	switch i % 5 {
	case 0: // JSON-LD news site
		fmt.Fprintf(&b, `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>%s | %s</title>%s
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":%q,"datePublished":%q,"author":[{"@type":"Person","name":%q}],"publisher":{"@type":"Organization","name":%q}}</script>
<link rel="canonical" href="%s"></head><body>%s<main><article><h1>%s</h1><p class="byline">By %s</p>%s</article>%s</main>%s%s</body></html>`,
			title, site.name, style, title, date, author, site.name, pageURL, nav, title, author, body.String(), related, footer, script)
	case 1: // OpenGraph-only blog
		fmt.Fprintf(&b, `<!doctype html><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>%s - %s</title>
<meta property="og:title" content="%s"><meta property="og:site_name" content="%s"><meta property="og:url" content="%s">
<meta property="article:published_time" content="%s">%s</head><body><div id="top">%s</div><div class="container"><div class="content">
<h1 class="headline">%s</h1><div class="byline-block"><span class="author-name">By %s</span></div><div class="story-body">%s</div></div>%s</div>%s</body></html>`,
			title, site.name, title, site.name, pageURL, date, style, nav, title, author, body.String(), related, footer)
	case 2: // WordPress with comments
		fmt.Fprintf(&b, `<!DOCTYPE html><html lang="en"><head><meta charset="UTF-8"><title>%s &#8226; %s</title><meta name="author" content="admin">%s</head><body>%s
<div class="post"><h1 class="entry-title">%s</h1><div class="entry-meta">Posted on <time class="entry-date published" datetime="%s">a date</time> by <span class="author vcard"><a href="/author/x">%s</a></span></div>
<div class="entry-content">%s</div></div><div id="comments" class="comments-area"><ol class="comment-list">`,
			title, site.name, style, nav, title, date, author, body.String())
		for k := range r.IntN(12) {
			fmt.Fprintf(&b, `<li class="comment"><div class="comment-author">user%d</div><div class="comment-content"><p>%s</p></div></li>`, k, corpusSentences[r.IntN(len(corpusSentences))])
		}
		fmt.Fprintf(&b, `</ol></div>%s%s%s</body></html>`, related, footer, script)
	case 3: // a table layout of the 2000s
		fmt.Fprintf(&b, `<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN"><html><head><title>%s - %s</title><meta name="date" content="%s"></head>
<body><table width="100%%"><tr><td>%s</td></tr><tr><td valign="top"><font face="Arial"><b>%s</b><br>By %s<br><br>`,
			site.name, title, date[:10], nav, title, author)
		for _, p := range paras {
			b.WriteString(p + "<br><br>\n")
		}
		fmt.Fprintf(&b, `</font></td><td>%s</td></tr></table>%s</body></html>`, related, footer)
	case 4: // a script-heavy modern site
		fmt.Fprintf(&b, `<!DOCTYPE html><html><head><meta charset="utf-8"><title>%s</title><meta name="twitter:title" content="%s">%s%s%s</head>
<body><div id="__next"><header>%s</header><div class="layout"><div class="article-container" data-testid="article"><div class="kicker">News</div><h1 data-testid="headline">%s</h1>
<div class="c-byline"><span class="c-byline__name">%s</span> <time datetime="%s" itemprop="datePublished">date</time></div><div class="article-body">%s</div></div>%s</div>%s</div>%s%s</body></html>`,
			title, title, style, script, script, nav, title, author, date, body.String(), related, footer, script, script)
	}
	return b.String(), pageURL
}

// TestCorpus: every generated page gives its article, title, author and date.
func TestCorpus(t *testing.T) {
	n := 25
	if testing.Short() {
		n = 5
	}
	for i := range n {
		page, u := corpusPage(i)
		_, title, paras, author, date := corpusTruth(i)
		a, err := Parse(strings.NewReader(page), u)
		require := func(ok bool, what string, args ...any) {
			t.Helper()
			if !ok {
				t.Errorf("page %d (layout %d): "+what, append([]any{i, i % 5}, args...)...)
			}
		}
		if err != nil {
			t.Errorf("page %d: %v", i, err)
			continue
		}
		checkOffsets(t, a)
		text := a.Text()
		require(a.Meta.Title == title, "title %q, want %q", a.Meta.Title, title)
		require(a.Meta.Author == author, "author %q, want %q", a.Meta.Author, author)
		require(a.Meta.Date != nil && a.Meta.Date.Text == date[:10], "date %v, want %s", a.Meta.Date, date[:10])
		require(strings.Contains(text, paras[0]) && strings.Contains(text, paras[len(paras)-1]), "first or last paragraph missing")
		require(!strings.Contains(text, "Related stories") && !strings.Contains(text, "All rights reserved"), "boilerplate in the text")
	}
}

// TestWriteCorpus writes the corpus to $NEWSPARSE_WRITE_CORPUS (a folder),
// to look at the pages or run other tools on them.
func TestWriteCorpus(t *testing.T) {
	dir := os.Getenv("NEWSPARSE_WRITE_CORPUS")
	if dir == "" {
		t.Skip("set NEWSPARSE_WRITE_CORPUS to a folder to write the benchmark's pages there")
	}
	for i := range benchPages {
		page, _ := corpusPage(i)
		if err := os.WriteFile(filepath.Join(dir, fmt.Sprintf("page%02d.html", i)), []byte(page), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}
