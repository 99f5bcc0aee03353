package quote

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Lines that hold no quotation: the links to other articles a scraped body
// carries ("READ MORE: …", "Related: …") and the headlines of related
// stories standing between paragraphs, a short line of their own without a
// sentence's final stop. Their quotation marks quote words of a headline,
// not speech.

// linkLabels open a line that links to another article.
var linkLabels = []string{"read more", "more", "related", "see also", "also read", "read also", "watch",
	"listen", "recommended", "click here", "related articles", "related stories", "related coverage",
	"more on this", "more from", "trending", "editor's picks", "editor\u2019s picks", "top stories",
	"don't miss", "don\u2019t miss", "sign up", "subscribe", "video", "photos", "gallery", "opinion", "analysis"}

// linkLabelsByFirst are linkLabels by the byte they open with, which is a
// lower-case ASCII letter: linkLabelLine, which runs on every paragraph,
// compares a line opened by an ASCII byte only with the labels of that
// letter (the byte with bit 0x20 set).
var linkLabelsByFirst = func() (t [utf8.RuneSelf][]string) {
	for _, l := range linkLabels {
		if l[0] < 'a' || l[0] > 'z' {
			panic("quote: a link label opens with other than a lower-case letter: " + l)
		}
		t[l[0]] = append(t[l[0]], l)
	}
	return t
}()

// linkLine reports whether quotation q stands in a line that links to
// another article, or in a headline line between paragraphs that no cue of
// its own attributes.
func (a *qattributor) linkLine(q qspan, at qattribution) bool {
	if q.turn || q.cont || q.unclosed || q.para >= len(a.d.Paras) {
		return false
	}
	p := a.d.Paras[q.para]
	// the line of the paragraph that holds the quotation
	ls := max(a.lastByte('\n', q.os)+1, p.Start)
	le := a.nextByte('\n', q.os)
	if le < 0 || le >= p.End {
		le = p.End
	}
	line := strings.TrimSpace(a.text[ls:le])
	if line == "" {
		return false
	}
	if linkLabelLine(line) { // "READ MORE: …", "Related | …", "WATCH – …"
		return true
	}
	// a headline line: a paragraph of one short line, without a final stop
	// ("Mayor vows \"no more delays\" on bridge"), unless a whole
	// statement ends it ("She said: \"We will rebuild the bridge\"")
	if ls != p.Start || le != p.End || len(line) > 160 {
		return false
	}
	if at.inSent && strings.TrimSpace(a.text[q.oe:le]) == "" && len(strings.Fields(a.text[q.cs:q.ce])) >= 6 {
		return false
	}
	if r, _ := utf8.DecodeLastRuneInString(a.text[q.cs:q.ce]); r == '.' || r == '?' || r == '!' {
		return false // a whole sentence in the marks: "“The deal is fair.” ― Lena Ortiz"
	}
	if c := a.text[q.cs:q.ce]; strings.Contains(c, ". ") || strings.Contains(c, "? ") || strings.Contains(c, "! ") {
		return false // sentences in the marks, as a post's: "“Proud of this group. We’ll be back. #Huskies”"
	}
	if !headlineShape(line) {
		return false
	}
	// the line's first word opens it in capitals, as a headline does
	r, _ := utf8.DecodeRuneInString(strings.TrimLeft(line, "\"'\u201c\u2018"))
	return unicode.IsUpper(r) || unicode.IsDigit(r)
}

// headlineShape reports a line of three to eighteen words whose end, the
// closing marks and brackets aside, is no punctuation, as a headline's: a
// stop, a comma or a colon ends a sentence or introduces one.
func headlineShape(line string) bool {
	if words := len(strings.Fields(line)); words < 3 || words > 18 {
		return false
	}
	end := strings.TrimRight(line, "\"'\u201d\u2019) ")
	last, _ := utf8.DecodeLastRuneInString(end)
	return !unicode.IsPunct(last)
}

// doubleStyle reports whether the article quotes in double marks: its
// quotations in double marks outnumber those in single ones. In such an
// article single marks quote no one's speech of the story's own: they stand
// around a headline's fragment or a related story's title glued into the
// body, a title or a term ('Bottleneck' ownership says …, is called
// 'Healthy Towns'), or words someone imagines or is said to say inside a
// quotation ("people would tell me, 'You can do it'"), which is not marked
// separately.
func (a *qattributor) doubleStyle() bool {
	if a.style == 0 {
		single, double := 0, 0
		for _, q := range a.qs {
			switch {
			case q.turn:
			case q.single:
				single++
			default:
				double++
			}
		}
		a.style = 2
		if double > single {
			a.style = 1
		}
	}
	return a.style == 1
}

// inTag reports whether a quotation stands inside a markup tag left in the
// text: a '<' and a tag name open before it on its line with no '>' since
// (<tweet pic="" author="…">), where the marks delimit attribute values.
func (a *qattributor) inTag(q qspan) bool {
	ls := a.lastByte('\n', q.os) + 1
	lt := a.lastByte('<', q.os)
	if lt < ls {
		return false
	}
	if gt := a.nextByte('>', lt); gt >= 0 && gt < q.os {
		return false
	}
	name := a.text[lt+1 : q.os]
	n := 0
	for n < len(name) && (name[n] >= 'a' && name[n] <= 'z' || name[n] >= 'A' && name[n] <= 'Z' || name[n] == '-') {
		n++
	}
	eq := a.nextByte('=', lt+1) // the first '=' of name, if it holds one
	return n > 0 && n < len(name) && name[n] == ' ' && eq >= 0 && eq < q.os && eq-(lt+1) > n
}
