// Package heldtext finds what a value still holds of a text: the tests of
// the packages that keep working memory between articles (sync.Pool) use
// it to check that memory given back holds no string of the article it
// served, which would keep the whole text alive and could show through
// in a later article's output.
package heldtext

import (
	"fmt"
	"reflect"
	"strings"
	"unsafe"
)

// Paths returns the paths, from v, of every string reachable from v whose
// bytes lie inside text: through pointers, struct fields, arrays, maps and
// slices, the elements of a slice read up to its capacity (what its array
// holds past its length is held as much as the rest). Functions, channels
// and unsafe pointers are not followed.
func Paths(v any, text string) []string {
	if len(text) == 0 {
		return nil
	}
	w := walker{lo: uintptr(unsafe.Pointer(unsafe.StringData(text))), seen: map[uintptr]bool{}}
	w.hi = w.lo + uintptr(len(text))
	w.walk(reflect.ValueOf(v), "v")
	return w.out
}

type walker struct {
	lo, hi uintptr
	seen   map[uintptr]bool
	out    []string
}

func (w *walker) walk(v reflect.Value, path string) {
	if len(w.out) >= 20 {
		return
	}
	switch v.Kind() {
	case reflect.String:
		if v.Len() == 0 {
			return
		}
		p := uintptr(unsafe.Pointer(unsafe.StringData(v.String())))
		if p >= w.lo && p < w.hi {
			w.out = append(w.out, fmt.Sprintf("%s = %q", path, v.String()))
		}
	case reflect.Pointer:
		if v.IsNil() || w.seen[v.Pointer()] {
			return
		}
		w.seen[v.Pointer()] = true
		w.walk(v.Elem(), "(*"+path+")")
	case reflect.Interface:
		if !v.IsNil() {
			w.walk(v.Elem(), path)
		}
	case reflect.Struct:
		for i := range v.NumField() {
			w.walk(v.Field(i), path+"."+v.Type().Field(i).Name)
		}
	case reflect.Array:
		for i := range v.Len() {
			w.walk(v.Index(i), fmt.Sprintf("%s[%d]", path, i))
		}
	case reflect.Slice:
		if v.IsNil() {
			return
		}
		full := v.Slice(0, v.Cap())
		for i := range full.Len() {
			w.walk(full.Index(i), fmt.Sprintf("%s[%d]", path, i))
		}
	case reflect.Map:
		if v.IsNil() || w.seen[v.Pointer()] {
			return
		}
		w.seen[v.Pointer()] = true
		it := v.MapRange()
		for it.Next() {
			k := fmt.Sprint(it.Key())
			w.walk(it.Key(), path+"{key "+k+"}")
			w.walk(it.Value(), path+"{"+k+"}")
		}
	}
}

// T is the part of *testing.T that Check uses.
type T interface {
	Helper()
	Errorf(format string, args ...any)
}

// Check fails t when v holds a string of text (Paths), naming v as what
// and listing the paths.
func Check(t T, v any, text, what string) {
	t.Helper()
	if held := Paths(v, text); len(held) > 0 {
		t.Errorf("%s holds the article's text:\n%s", what, strings.Join(held, "\n"))
	}
}
