package web_test

import (
	"fmt"
	"strings"

	"github.com/newsparse/newsparse/web"
)

func ExampleParse() {
	page := `<!DOCTYPE html>
<html><head>
<title>Dam opens after years of delays | Nile Times</title>
<meta property="og:site_name" content="Nile Times">
<meta property="article:published_time" content="2018-08-05T09:00:00+02:00">
<script type="application/ld+json">{"@type": "NewsArticle", "author": {"@type": "Person", "name": "Amira Hassan"}}</script>
</head><body>
<nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article>
<h1>Dam opens after years of delays</h1>
<p>CAIRO (Reuters) - The dam opened on Monday after years of delays and a dispute over its cost.</p>
<p>"It is a great day for the country," the minister, Hany Sewilam, told reporters at the site.</p>
</article>
<footer>Copyright Nile Times</footer>
</body></html>`
	a, err := web.Parse(strings.NewReader(page), "https://niletimes.example/world/dam-opens")
	if err != nil {
		panic(err)
	}
	fmt.Print(a.Text())
	fmt.Println("--")
	fmt.Println(a.Meta.Title, "|", a.Meta.Author, "|", a.Meta.Date.Text, "|", a.Meta.Source)
	fmt.Println(a.Meta.Dateline.Place, a.Meta.Dateline.Agency)
	q := a.Quotes[0]
	fmt.Printf("%s: %q at %d-%d\n", q.Speaker.Name, q.Text, q.Start, q.End)
	// Output:
	// Title: Dam opens after years of delays
	// Author: Amira Hassan
	// Date: 2018-08-05
	// URL: https://niletimes.example/world/dam-opens
	// Source: Nile Times
	//
	// CAIRO (Reuters) - The dam opened on Monday after years of delays and a dispute over its cost.
	//
	// "It is a great day for the country," the minister, Hany Sewilam, told reporters at the site.
	// --
	// Dam opens after years of delays | Amira Hassan | 2018-08-05 | Nile Times
	// CAIRO Reuters
	// Hany Sewilam: "It is a great day for the country," at 240-274
}
