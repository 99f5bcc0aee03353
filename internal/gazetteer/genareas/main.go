// Command genareas writes areas.tsv, the coordinates, bounding boxes, other
// names and demonyms of the countries and first-level divisions that
// package gazetteer's places.tsv lists without coordinates, from the Debian
// package ruby-countries 3.0.0-2 (the Ruby gem "countries" 3.0.0 by hexorx,
// MIT licence): lib/countries/cache/countries.json for the countries and
// lib/countries/data/subdivisions/XX.yaml for the ISO 3166-2 subdivisions.
// Divisions the gem does not place (England, Scotland, Wales) are placed at
// the population-weighted centre of the GeoNames cities whose admin1 code is
// the suffix of their ISO code, read from the gazetteer's places.tsv.
// Continents and the UN geoscheme's subregions ("Western Asia") that the gem
// names for each country become areas too, placed at the mean of their
// countries' centres and boxed by the union of their boxes.
//
// None of these carries a GeoNames id: no package that the registries
// reachable here serve holds GeoNames ids for countries, divisions or
// physical features (see the package documentation).
//
// Run it with go generate (from the module root: go generate
// ./internal/gazetteer), which fetches the package with
//
//	apt-get download ruby-countries=3.0.0-2
//
// into a temporary directory and checks its SHA-256, or give the .deb:
//
//	go run ./internal/gazetteer/genareas -deb ruby-countries_3.0.0-2_all.deb -out internal/gazetteer/areas.tsv
//
// It reads the package with dpkg-deb. The output is deterministic.
package main

import (
	"archive/tar"
	"bufio"
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"log"
	"maps"
	"math"
	"os"
	"os/exec"
	"path"
	"path/filepath"
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode"

	"go.yaml.in/yaml/v3"

	"github.com/newsparse/newsparse/internal/gazetteer"
)

const (
	debPkg    = "ruby-countries=3.0.0-2"
	debFile   = "ruby-countries_3.0.0-2_all.deb"
	debSHA256 = "f516338c37f5c0f201183d0400385d74ae21899039e52486b6320010f5e59510"
	gemDir    = "./usr/share/rubygems-integration/all/gems/countries-3.0.0/lib/countries/"
)

type geo struct {
	Latitude     float64 `json:"latitude" yaml:"latitude"`
	Longitude    float64 `json:"longitude" yaml:"longitude"`
	MinLatitude  float64 `json:"min_latitude" yaml:"min_latitude"`
	MinLongitude float64 `json:"min_longitude" yaml:"min_longitude"`
	MaxLatitude  float64 `json:"max_latitude" yaml:"max_latitude"`
	MaxLongitude float64 `json:"max_longitude" yaml:"max_longitude"`
}

type country struct {
	Alpha2      string          `json:"alpha2"`
	Name        string          `json:"name"`
	Continent   string          `json:"continent"`
	Subregion   string          `json:"subregion"`
	Nationality string          `json:"nationality"`
	Unofficial  json.RawMessage `json:"unofficial_names"`
	Geo         *geo            `json:"geo"`
}

type subdivision struct {
	Name         string            `yaml:"name"`
	Unofficial   any               `yaml:"unofficial_names"`
	Translations map[string]string `yaml:"translations"`
	Geo          *geo              `yaml:"geo"`
}

// area is one row of the table.
type area struct {
	code, feature, name string
	alt                 []string
	g                   geo
	demonym, region     string
}

func main() {
	deb := flag.String("deb", "", debFile+" (default: fetched with apt-get download)")
	out := flag.String("out", "areas.tsv", "output file")
	placesPath := flag.String("places", "places.tsv", "the gazetteer's places.tsv (for divisions the gem does not place)")
	flag.Parse()
	log.SetFlags(0)
	if *deb == "" {
		dir, err := os.MkdirTemp("", "gazetteer-genareas")
		if err != nil {
			log.Fatal(err)
		}
		defer os.RemoveAll(dir)
		cmd := exec.Command("apt-get", "download", debPkg)
		cmd.Dir, cmd.Stdout, cmd.Stderr = dir, os.Stderr, os.Stderr
		if err := cmd.Run(); err != nil {
			log.Fatalf("apt-get download: %v", err)
		}
		*deb = filepath.Join(dir, debFile)
	}
	files, err := readDeb(*deb)
	if err != nil {
		log.Fatal(err)
	}
	areas, err := build(files)
	if err != nil {
		log.Fatal(err)
	}
	placesTSV, err := os.ReadFile(*placesPath)
	if err != nil {
		log.Fatal(err)
	}
	areas = fillFromCities(areas, string(placesTSV))
	var buf bytes.Buffer
	w := bufio.NewWriter(&buf)
	fmt.Fprintln(w, "# code\tfeature\tname\tother names (|)\tlat\tlon\tsouth\twest\tnorth\teast\tdemonym\tregion\tkeys of the names (|)")
	fmt.Fprintln(w, "# ruby-countries 3.0.0-2 (Debian; the countries gem 3.0.0, MIT, hexorx); no GeoNames ids")
	for _, a := range areas {
		var keys []string
		for _, n := range append([]string{a.name}, a.alt...) {
			if k := gazetteer.Key(n); k != "" && !slices.Contains(keys, k) {
				keys = append(keys, k)
			}
		}
		fmt.Fprintf(w, "%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n", a.code, a.feature, a.name, strings.Join(a.alt, "|"),
			deg(a.g.Latitude), deg(a.g.Longitude), deg(a.g.MinLatitude), deg(a.g.MinLongitude), deg(a.g.MaxLatitude), deg(a.g.MaxLongitude),
			a.demonym, a.region, strings.Join(keys, "|"))
	}
	if err := w.Flush(); err != nil {
		log.Fatal(err)
	}
	if err := os.WriteFile(*out, buf.Bytes(), 0o644); err != nil {
		log.Fatal(err)
	}
	log.Printf("wrote %s: %d areas, %d bytes", *out, len(areas), buf.Len())
}

// deg writes degrees with at most 4 decimals (about 10 m).
func deg(v float64) string {
	return strconv.FormatFloat(float64(int64(v*1e4+sign(v)*0.5))/1e4, 'f', -1, 64)
}

func sign(v float64) float64 {
	if v < 0 {
		return -1
	}
	return 1
}

// fillFromCities adds the ISO 3166 divisions of places.tsv that the gem does
// not place but whose code's suffix is the GeoNames admin1 code of cities in
// the table (GB-ENG and the cities of admin1 ENG: England, Scotland, Wales,
// Northern Ireland and others): centre at the population-weighted mean of
// those cities, box around them.
func fillFromCities(areas []area, placesTSV string) []area {
	have := map[string]bool{}
	for _, a := range areas {
		have[a.code] = true
	}
	type acc struct {
		x, y, z, w               float64
		south, west, north, east float64
		n                        int
	}
	sums := map[string]*acc{}
	var isoNames = map[string]string{}
	var isoOrder []string
	for line := range strings.SplitSeq(placesTSV, "\n") {
		if line == "" || line[0] == '#' {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) < 9 {
			continue
		}
		if f[0] == "0" {
			if (f[8] == "A.ADM1" || f[8] == "A.ADM2") && !have[f[4]] {
				if _, ok := isoNames[f[4]]; !ok {
					isoOrder = append(isoOrder, f[4])
				}
				isoNames[f[4]] = f[1]
			}
			continue
		}
		key := f[3] + "-" + f[4]
		lat, _ := strconv.ParseFloat(f[5], 64)
		lon, _ := strconv.ParseFloat(f[6], 64)
		pop, _ := strconv.ParseFloat(f[7], 64)
		a := sums[key]
		if a == nil {
			a = &acc{south: 90, west: 180, north: -90, east: -180}
			sums[key] = a
		}
		w := pop + 1
		la, lo := lat*math.Pi/180, lon*math.Pi/180
		a.x += w * math.Cos(la) * math.Cos(lo)
		a.y += w * math.Cos(la) * math.Sin(lo)
		a.z += w * math.Sin(la)
		a.w += w
		a.south, a.north = min(a.south, lat), max(a.north, lat)
		a.west, a.east = min(a.west, lon), max(a.east, lon)
		a.n++
	}
	for _, code := range isoOrder {
		s := sums[code]
		if s == nil || s.n < 3 {
			continue
		}
		g := geo{Latitude: math.Atan2(s.z, math.Hypot(s.x, s.y)) * 180 / math.Pi, Longitude: math.Atan2(s.y, s.x) * 180 / math.Pi,
			MinLatitude: s.south, MinLongitude: s.west, MaxLatitude: s.north, MaxLongitude: s.east}
		areas = append(areas, area{code: code, feature: "A.ADM1", name: isoNames[code], g: g})
	}
	sort.Slice(areas, func(i, j int) bool {
		if areas[i].feature != areas[j].feature {
			return areas[i].feature < areas[j].feature
		}
		if areas[i].code != areas[j].code {
			return areas[i].code < areas[j].code
		}
		return areas[i].name < areas[j].name
	})
	return areas
}

// readDeb checks the package's hash and returns the gem's data files by
// their path under lib/countries/.
func readDeb(p string) (map[string][]byte, error) {
	raw, err := os.ReadFile(p)
	if err != nil {
		return nil, err
	}
	if sum := sha256.Sum256(raw); hex.EncodeToString(sum[:]) != debSHA256 {
		return nil, fmt.Errorf("%s: SHA-256 %x, want %s", p, sum, debSHA256)
	}
	cmd := exec.Command("dpkg-deb", "--fsys-tarfile", p)
	tarball, err := cmd.Output()
	if err != nil {
		return nil, fmt.Errorf("dpkg-deb --fsys-tarfile %s: %v", p, err)
	}
	files := map[string][]byte{}
	tr := tar.NewReader(bytes.NewReader(tarball))
	for {
		h, err := tr.Next()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, err
		}
		name, ok := strings.CutPrefix(h.Name, gemDir)
		if !ok || (name != "cache/countries.json" && !strings.HasPrefix(name, "data/subdivisions/")) {
			continue
		}
		b, err := io.ReadAll(tr)
		if err != nil {
			return nil, err
		}
		files[name] = b
	}
	if files["cache/countries.json"] == nil {
		return nil, fmt.Errorf("%s: no countries.json", p)
	}
	return files, nil
}

// latin reports whether a name is written in Latin letters (other scripts
// are of no use for matching English news).
func latin(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) && !unicode.Is(unicode.Latin, r) {
			return false
		}
	}
	return s != ""
}

// names returns the Latin-script names of a string or a list of strings.
func names(v any) []string {
	var out []string
	switch v := v.(type) {
	case string:
		if latin(v) {
			out = append(out, clean(v))
		}
	case []any:
		for _, x := range v {
			if s, ok := x.(string); ok && latin(s) {
				out = append(out, clean(s))
			}
		}
	}
	return out
}

func clean(s string) string {
	return strings.Map(func(r rune) rune {
		if r == '\t' || r == '\n' || r == '\r' || r == '|' {
			return ' '
		}
		return r
	}, strings.TrimSpace(s))
}

// addAlt appends the names not yet among the area's names.
func (a *area) addAlt(ns ...string) {
	for _, n := range ns {
		if n == "" || strings.EqualFold(n, a.name) {
			continue
		}
		dup := false
		for _, x := range a.alt {
			dup = dup || strings.EqualFold(x, n)
		}
		if !dup {
			a.alt = append(a.alt, n)
		}
	}
}

func build(files map[string][]byte) ([]area, error) {
	var cs map[string]country
	if err := json.Unmarshal(files["cache/countries.json"], &cs); err != nil {
		return nil, fmt.Errorf("countries.json: %v", err)
	}
	out, groups := countryAreas(cs)
	out = append(out, groupAreas(groups)...)
	subs, err := subdivisionAreas(files)
	if err != nil {
		return nil, err
	}
	out = append(out, subs...)
	sort.Slice(out, func(i, j int) bool {
		if out[i].feature != out[j].feature {
			return out[i].feature < out[j].feature
		}
		if out[i].code != out[j].code {
			return out[i].code < out[j].code
		}
		return out[i].name < out[j].name
	})
	return out, nil
}

// group is a continent or subregion: its feature and its countries' geometry.
type group struct {
	feature string
	members []geo
}

// countryAreas returns the countries, and the continents and subregions
// they belong to by name.
func countryAreas(cs map[string]country) ([]area, map[string]*group) {
	var out []area
	groups := map[string]*group{}
	// Countries in code order, so that the sums below (floating point) and
	// the order of the groups do not follow the map's random order.
	for _, code := range slices.Sorted(maps.Keys(cs)) {
		c := cs[code]
		if c.Geo == nil || len(code) != 2 {
			continue
		}
		var un any
		_ = json.Unmarshal(c.Unofficial, &un)
		a := area{code: code, feature: "A.PCLI", name: clean(c.Name), g: *c.Geo, demonym: clean(c.Nationality), region: c.Subregion}
		a.addAlt(names(un)...)
		out = append(out, a)
		for _, g := range [][2]string{{c.Continent, "L.CONT"}, {c.Subregion, "L.RGN"}} {
			if g[0] == "" {
				continue
			}
			if groups[g[0]] == nil {
				groups[g[0]] = &group{feature: g[1]}
			}
			if g[1] == "L.CONT" {
				// A name that is both a continent and a subregion ("South
				// America") is the continent.
				groups[g[0]].feature = g[1]
			}
			groups[g[0]].members = append(groups[g[0]].members, *c.Geo)
		}
	}
	return out, groups
}

// groupAreas places each continent and subregion at the mean of its
// countries' centres, boxed by the union of their boxes.
func groupAreas(groups map[string]*group) []area {
	var out []area
	for _, name := range slices.Sorted(maps.Keys(groups)) {
		g := groups[name]
		if name == "Australia" {
			name = "Oceania" // the gem's continent of Australia and the Pacific islands
		}
		a := area{code: "", feature: g.feature, name: name}
		a.g.MinLatitude, a.g.MinLongitude, a.g.MaxLatitude, a.g.MaxLongitude = 90, 180, -90, -180
		var x, y, z float64 // the mean on the sphere, so that the Pacific does not average to Africa
		for _, m := range g.members {
			la, lo := m.Latitude*math.Pi/180, m.Longitude*math.Pi/180
			x += math.Cos(la) * math.Cos(lo)
			y += math.Cos(la) * math.Sin(lo)
			z += math.Sin(la)
			a.g.MinLatitude = min(a.g.MinLatitude, m.MinLatitude)
			a.g.MinLongitude = min(a.g.MinLongitude, m.MinLongitude)
			a.g.MaxLatitude = max(a.g.MaxLatitude, m.MaxLatitude)
			a.g.MaxLongitude = max(a.g.MaxLongitude, m.MaxLongitude)
		}
		a.g.Latitude = math.Atan2(z, math.Hypot(x, y)) * 180 / math.Pi
		a.g.Longitude = math.Atan2(y, x) * 180 / math.Pi
		out = append(out, a)
	}
	return out
}

// subdivisionAreas returns the ISO 3166-2 subdivisions the gem places, with
// their English and other Latin-script names.
func subdivisionAreas(files map[string][]byte) ([]area, error) {
	var out []area
	var subNames []string
	for name := range files {
		if strings.HasPrefix(name, "data/subdivisions/") && strings.HasSuffix(name, ".yaml") {
			subNames = append(subNames, name)
		}
	}
	sort.Strings(subNames)
	for _, name := range subNames {
		cc := strings.TrimSuffix(path.Base(name), ".yaml")
		var subs map[string]subdivision
		if err := yaml.Unmarshal(files[name], &subs); err != nil {
			return nil, fmt.Errorf("%s: %v", name, err)
		}
		for code, s := range subs {
			if s.Geo == nil || (s.Geo.Latitude == 0 && s.Geo.Longitude == 0) {
				continue
			}
			a := area{code: cc + "-" + code, feature: "A.ADM1", g: *s.Geo}
			a.name = clean(s.Translations["en"])
			if a.name == "" || !latin(a.name) {
				a.name = clean(s.Name)
			}
			if !latin(a.name) {
				continue
			}
			if latin(s.Name) {
				a.addAlt(clean(s.Name))
			}
			a.addAlt(names(s.Unofficial)...)
			out = append(out, a)
		}
	}
	return out, nil
}
