package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/newsparse/newsparse"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func readPage(t *testing.T, name string) string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("..", "..", "web", "testdata", name))
	require.NoError(t, err)
	return string(b)
}

// TestHTMLDetection: a web page is known by its content, not its name.
func TestHTMLDetection(t *testing.T) {
	for in, want := range map[string]bool{
		"<!DOCTYPE html><html>":                  true,
		"<!doctype HTML>":                        true,
		"\ufeff\n  <html lang=en>":               true,
		"<HTML>":                                 true,
		"\r\n\t<html>":                           true,
		"<!DOCTYPE html PUBLIC \"-//W3C":         true,
		"\xff\xfe<\x00h\x00t\x00m\x00l\x00>\x00": true,
		"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Strict//EN\">": true,
		"<?xml version=\"1.0\"?><html xmlns=\"http://www.w3.org/1999/xhtml\">":                                    true,
		"<!-- saved from url=(0022)https://example.com/ -->\n<html>":                                              true,
		"\ufeff<!-- a -->\n<!-- b --> <!DOCTYPE html>":                                                            true,
		"<head><meta charset=\"utf-8\"><title>Storm</title></head>":                                               true,
		"<!-- a comment and no page -->\nStorm hits coast":                                                        false,
		"<!-- never closed <html>":                                                                                false,
		"<?xml version=\"1.0\"?><rss version=\"2.0\">":                                                            false,
		"<p>Storm hits</p>":             false,
		"Storm hits coast\n\n<html>":    false,
		"<htmlish>":                     false,
		"":                              false,
		"Title: <html> in a header\n\n": false,
	} {
		assert.Equal(t, want, isHTML([]byte(in)), "%q", in)
	}
}

func TestHTMLFiles(t *testing.T) {
	dir := t.TempDir()
	page := filepath.Join(dir, "page.html")
	require.NoError(t, os.WriteFile(page, []byte(readPage(t, "jsonld.html")), 0o644))
	// a .html name alone is not enough: this is text
	textHTML := filepath.Join(dir, "notes.html")
	require.NoError(t, os.WriteFile(textHTML, []byte("Storm hits coast\n\n<p>A storm hit the coast on Monday.</p>"), 0o644))
	empty := filepath.Join(dir, "empty.html")
	require.NoError(t, os.WriteFile(empty, []byte("<!DOCTYPE html><html><head><script>var x = 1;</script></head><body></body></html>"), 0o644))

	out, errs, code := runCmd(t, "", page)
	require.Equal(t, 0, code, errs)
	var r struct {
		Text string `json:"text"`
		newsparse.Article
	}
	require.NoError(t, json.Unmarshal([]byte(out), &r))
	assert.True(t, strings.HasPrefix(r.Text, "Title: Storm floods coastal towns, thousands evacuated\nAuthor: Jane Smith; Tom Lee\nDate: 2024-03-05\n"), r.Text)
	assert.Equal(t, "Storm floods coastal towns, thousands evacuated", r.Meta.Title)
	assert.Equal(t, "The Daily Planet", r.Meta.Source)
	for _, e := range r.Entities {
		for _, m := range e.Mentions {
			assert.Equal(t, m.Text, r.Text[m.Start:m.End])
		}
	}

	// the same page on standard input, and forced with -html-in
	out2, _, code := runCmd(t, readPage(t, "jsonld.html"))
	assert.Equal(t, 0, code)
	assert.Equal(t, out, out2)

	out, _, code = runCmd(t, "", textHTML)
	assert.Equal(t, 0, code)
	var top map[string]any
	require.NoError(t, json.Unmarshal([]byte(out), &top))
	assert.NotContains(t, top, "text", "text input has no \"text\" field")
	assert.Contains(t, out, `"title":"Storm hits coast"`)
	out, _, code = runCmd(t, "", "-html-in", textHTML)
	assert.Equal(t, 0, code)
	assert.Contains(t, out, `"text":`)

	// the view shows the metadata block
	out, _, code = runCmd(t, "", "-html", page)
	assert.Equal(t, 0, code)
	assert.Contains(t, out, `<dl class="np-meta">`)
	for _, s := range []string{"Jane Smith; Tom Lee", "The Daily Planet", "2024-03-05", "https://www.dailyplanet.example/news/world/storm-floods-coastal-towns", "Storm floods coastal towns"} {
		assert.Contains(t, out, s)
	}

	// a page with no article
	out, errs, code = runCmd(t, "", page, empty)
	assert.Equal(t, 1, code)
	assert.Equal(t, 1, strings.Count(out, "\n"))
	assert.Equal(t, "newsparse: "+empty+": no article text in the page\n", errs)

	// over the size limit
	_, errs, code = runCmd(t, "", "-max-bytes", "1000", page)
	assert.Equal(t, 1, code)
	assert.Contains(t, errs, "input too large")
}

// TestPlainTextOutputUnchanged: a text file gives exactly the JSON of newsparse.Parse.
func TestPlainTextOutputUnchanged(t *testing.T) {
	text := newsparse.SampleArticle
	out, _, code := runCmd(t, text)
	require.Equal(t, 0, code)
	a, err := newsparse.Parse(text)
	require.NoError(t, err)
	want, err := json.Marshal(a)
	require.NoError(t, err)
	assert.Equal(t, string(want)+"\n", out)
	assert.NotContains(t, out, `"text":"`+text[:10])
}

func TestJSONLHTML(t *testing.T) {
	page := readPage(t, "opengraph.html")
	rec := func(v map[string]any) string {
		b, err := json.Marshal(v)
		require.NoError(t, err)
		return string(b)
	}
	// a line of several MB: the page with a large script, and Go's encoder makes "<" six bytes
	big := strings.Replace(page, "</head>", "<script>var data = \""+strings.Repeat("<b>x</b>", 400000)+"\";</script></head>", 1)
	in := strings.Join([]string{
		rec(map[string]any{"id": "og", "html": page, "url": "https://metroherald.example/local/2023/11/council-approves-bridge"}),
		rec(map[string]any{"id": "empty", "html": "<html><script>var a;</script></html>"}),
		rec(map[string]any{"id": "both", "html": page, "text": "x"}),
		`{"id":"num","html":5}`,
		rec(map[string]any{"id": "txt", "text": "Storm hits coast\n\nA storm hit the coast."}),
		rec(map[string]any{"id": "big", "html": big}),
	}, "\n") + "\n"
	require.Greater(t, len(in), 3<<20)
	out, errs, code := runCmd(t, in, "-jsonl", "-workers", "2")
	assert.Equal(t, 1, code, errs)
	lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
	require.Len(t, lines, 6)
	var got []map[string]any
	for _, l := range lines {
		var r map[string]any
		require.NoError(t, json.Unmarshal([]byte(l), &r), l)
		got = append(got, r)
	}
	assert.Equal(t, "og", got[0]["id"])
	assert.Contains(t, got[0]["text"], "Title: Council approves new bridge after two-year dispute\n")
	meta := got[0]["meta"].(map[string]any)
	assert.Equal(t, "https://metroherald.example/local/2023/11/council-approves-bridge", meta["url"])
	assert.Equal(t, "Maria Garcia", meta["author"])
	assert.Equal(t, "empty", got[1]["id"])
	assert.Contains(t, got[1]["error"], "no article text in the page")
	assert.Contains(t, got[2]["error"], `carries "text" or "html", not both`)
	assert.Equal(t, "num", got[3]["id"])
	assert.Contains(t, got[3]["error"], `"html" must be a string, not a JSON number`)
	assert.Nil(t, got[4]["text"], "a text record has no \"text\" in its output")
	assert.Equal(t, "Storm hits coast", got[4]["meta"].(map[string]any)["title"])
	assert.Equal(t, "big", got[5]["id"])
	assert.Nil(t, got[5]["error"])
	assert.Contains(t, got[5]["text"], "The city council voted 7-2")
}
