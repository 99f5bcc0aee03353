package web

import (
	"bytes"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/htmlindex"
	xunicode "golang.org/x/text/encoding/unicode"
	"golang.org/x/text/unicode/norm"

	"github.com/newsparse/newsparse/internal/textdoc"
)

// decode returns the page as UTF-8 text and the name of the encoding it was
// read in. A byte-order mark decides first; then bytes that are valid UTF-8
// are UTF-8 whatever the page declares (a page declared as Windows-1252 that
// holds only ASCII or real UTF-8 is mislabelled, and decoding it again would
// garble it); then the charset declared in a <meta> near the top
// (Windows-1252 for ISO-8859-1, as browsers read it); then Windows-1252, the
// web's default. Bytes invalid in the encoding become U+FFFD.
func decode(b []byte) (string, string) {
	switch {
	case bytes.HasPrefix(b, []byte("\xef\xbb\xbf")):
		return strings.ToValidUTF8(string(b[3:]), "\uFFFD"), "utf-8"
	case bytes.HasPrefix(b, []byte("\xfe\xff")):
		return decodeWith(xunicode.UTF16(xunicode.BigEndian, xunicode.ExpectBOM), b), "utf-16be"
	case bytes.HasPrefix(b, []byte("\xff\xfe")):
		return decodeWith(xunicode.UTF16(xunicode.LittleEndian, xunicode.ExpectBOM), b), "utf-16le"
	}
	if utf8.Valid(b) {
		return string(b), "utf-8"
	}
	label := declaredCharset(b)
	if label != "" {
		if e, err := htmlindex.Get(label); err == nil {
			name, _ := htmlindex.Name(e)
			switch name {
			case "utf-8", "utf-16be", "utf-16le", "replacement", "x-user-defined":
				// a page whose <meta> could be read as ASCII is not UTF-16;
				// the rest are not encodings to read text in
				return strings.ToValidUTF8(string(b), "\uFFFD"), "utf-8"
			}
			return decodeWith(e, b), name
		}
	}
	return decodeWith(charmap.Windows1252, b), "windows-1252"
}

func decodeWith(e encoding.Encoding, b []byte) string {
	out, err := e.NewDecoder().Bytes(b)
	if err != nil {
		return strings.ToValidUTF8(string(b), "\uFFFD")
	}
	return strings.ToValidUTF8(string(out), "\uFFFD")
}

// declaredCharset returns the charset a <meta charset=…> or a <meta
// http-equiv="Content-Type" content="…; charset=…"> in the first 4 KB
// declares, or "".
func declaredCharset(b []byte) string {
	if len(b) > 4096 {
		b = b[:4096]
	}
	low := bytes.ToLower(b)
	for i := 0; ; {
		j := bytes.Index(low[i:], []byte("<meta"))
		if j < 0 {
			return ""
		}
		i += j + 5
		end := bytes.IndexByte(low[i:], '>')
		if end < 0 {
			end = len(low) - i
		}
		tag := low[i : i+end]
		k := bytes.Index(tag, []byte("charset"))
		if k < 0 {
			continue
		}
		v := bytes.TrimLeft(tag[k+len("charset"):], " \t\r\n")
		if len(v) == 0 || v[0] != '=' {
			continue
		}
		v = bytes.TrimLeft(v[1:], " \t\r\n\"'")
		n := 0
		for n < len(v) && (v[n] == '-' || v[n] == '_' || v[n] == ':' || v[n] == '.' ||
			v[n] >= 'a' && v[n] <= 'z' || v[n] >= '0' && v[n] <= '9') {
			n++
		}
		if n > 0 {
			return string(v[:n])
		}
	}
}

// invisible reports whether r is dropped from the text: soft hyphens,
// zero-width spaces and joiners, word joiners, byte-order marks in the
// middle of the text, and control characters other than tab and newline.
func invisible(r rune) bool {
	switch r {
	case '\u00AD', '\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF', '\u180E', '\u200E', '\u200F':
		return true
	case '\t', '\n':
		return false
	}
	return r < 0x20 || r >= 0x7F && r < 0xA0
}

// cleanLine returns s on one line: invisible characters dropped, every run of
// white space (no-break spaces included) made one space, trimmed, and in
// Unicode normal form C. A lone space that groups digits ("12\u202f500",
// textdoc.IsGroupSpace) is kept as written, so the number stays one.
func cleanLine(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	space := false
	var first rune  // the first space of the run
	runLen := 0     // the spaces in the run
	last := rune(0) // the last character written
	for _, r := range s {
		switch {
		case invisible(r):
			continue
		case unicode.IsSpace(r):
			space = b.Len() > 0
			if runLen == 0 {
				first = r
			}
			runLen++
			continue
		}
		if space {
			if runLen == 1 && textdoc.IsGroupSpace(first) && isDigit(last) && isDigit(r) { // one space between digits
				b.WriteRune(first)
			} else {
				b.WriteByte(' ')
			}
			space = false
		}
		runLen = 0
		b.WriteRune(r)
		last = r
	}
	out := b.String()
	if !norm.NFC.IsNormalString(out) {
		out = norm.NFC.String(out)
	}
	return out
}

// isDigit reports an ASCII digit.
func isDigit(r rune) bool { return '0' <= r && r <= '9' }
