package heldtext

import (
	"strings"
	"testing"
)

type inner struct {
	s  string
	ss []string
	m  map[string]int
}

type outer struct {
	p    *inner
	list []inner
	arr  [2]string
}

// TestPaths checks that Paths finds a string of the text wherever it is
// held, past a slice's length too, and nothing that is not the text's.
func TestPaths(t *testing.T) {
	text := strings.Clone("Ann Roy met Tom Vale in Leeds.")
	other := strings.Clone("Ann Roy")
	list := make([]inner, 1, 4)
	list[:2][1].s = text[12:20] // past the length
	v := &outer{p: &inner{s: other, ss: []string{text[:7]}, m: map[string]int{text[24:29]: 1}}, list: list, arr: [2]string{"", text[:3]}}
	got := Paths(v, text)
	want := []string{`(*(*v).p).ss[0] = "Ann Roy"`, `(*(*v).p).m{key Leeds} = "Leeds"`, `(*v).list[1].s = "Tom Vale"`, `(*v).arr[1] = "Ann"`}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("Paths:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if got := Paths(&inner{s: other}, text); len(got) != 0 {
		t.Errorf("a copy of the text's words is not the text: %v", got)
	}
}
