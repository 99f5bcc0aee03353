package contract

// Span is a half-open range of UTF-8 byte offsets into the input text.
type Span struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

// Len returns the number of bytes the span covers.
func (s Span) Len() int { return s.End - s.Start }

// In returns the text the span covers in text, or "" when the span does not fit.
func (s Span) In(text string) string {
	if s.Start < 0 || s.End > len(text) || s.Start > s.End {
		return ""
	}
	return text[s.Start:s.End]
}

// Token is one word or punctuation mark of the body.
type Token struct {
	Span
	Text string `json:"text"`
}
