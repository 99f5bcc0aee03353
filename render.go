package newsparse

import "html"

// HTML returns a self-contained HTML view of the article.
func (a *Article) HTML() string {
	return "<pre>" + html.EscapeString(a.text) + "</pre>\n"
}
