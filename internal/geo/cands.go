package geo

import (
	"strings"
	"sync"

	"github.com/newsparse/newsparse/internal/gazetteer"
	"github.com/newsparse/newsparse/internal/lexicon"
)

// Cand is one entry of the gazetteer a name may denote.
type Cand struct {
	ID         int64 // GeoNames id; 0 for countries, divisions, continents and regions
	Name       string
	Country    string // ISO 3166-1 alpha-2; "" for a continent or region
	Admin1     string // GeoNames admin1 code of a city; ISO 3166-2 code of a division
	Division   string // ISO 3166-2 code of the division holding the place ("" unknown)
	Lat, Lon   float64
	Population int64
	Feature    string
	Exact      bool // the entry's own name (not an alternate or an expansion) has the name's key
	Expanded   bool // found as "NAME City" or another expansion of the name
	Partial    bool // found under a part of the name ("Philadelphia" for "West Philadelphia", "York" for "York County")
	County     bool // a county, parish or district of the county table (A.ADM2; Admin1 and Division name the division above it)
	Prominent  bool // found under another name of it, and five times as populous as every town of that very name ("Geneva" is Genève, not Geneva, Illinois)
}

func (c *Cand) isCity() bool    { return strings.HasPrefix(c.Feature, "P.") }
func (c *Cand) isCountry() bool { return c.Feature == "A.PCLI" }
func (c *Cand) isADM1() bool    { return c.Feature == "A.ADM1" || c.Feature == "A.ADM2" }
func (c *Cand) isRegion() bool  { return strings.HasPrefix(c.Feature, "L.") }

// key identifies a candidate across the several names it is found under.
func (c *Cand) key() string {
	if c.ID != 0 {
		return "g" + itoa(c.ID)
	}
	if c.County {
		return "county:" + c.Division + ":" + c.Name
	}
	if c.Admin1 != "" && c.isADM1() {
		return c.Admin1
	}
	if c.isCountry() {
		return c.Country
	}
	return c.Feature + ":" + c.Name
}

func itoa(v int64) string {
	var b [20]byte
	i := len(b)
	neg := v < 0
	if neg {
		v = -v
	}
	for {
		i--
		b[i] = byte('0' + v%10)
		v /= 10
		if v == 0 {
			break
		}
	}
	if neg {
		i--
		b[i] = '-'
	}
	return string(b[i:])
}

// maxCands bounds the candidates of one name (the most populous are kept;
// "Springfield" has 21).
const maxCands = 40

// expansions are names under which GeoNames files a place whose short name
// news uses: "Washington" for Washington, D.C.
var expansions = map[string]string{"washington": "Washington, D.C.", "dc": "Washington, D.C."}

// divisionWords are lower-case words after a name that make it a division ("Idlib province").
// (Counties and districts are second-level divisions: "Washington County" is
// no state.)
var divisionWords = map[string]bool{"province": true, "governorate": true, "state": true, "region": true,
	"prefecture": true, "oblast": true}

// maxCached bounds the names whose candidates are kept (the cache is emptied
// when full): at most maxCands candidates of about 150 bytes each, so a few
// megabytes in practice and under 50 MB at worst.
const maxCached = 8192

var (
	candMu    sync.Mutex
	candCache = map[string][]Cand{}
)

// Candidates returns the gazetteer entries a place name may denote: cities
// and towns, countries, first-level divisions, continents and regions, the
// name's lexicon aliases ("U.S." is the United States, "Kiev" is Kyiv)
// included, most populous first among cities.
func Candidates(name string) []Cand {
	var kb [64]byte
	k := gazetteer.AppendKey(kb[:0], name)
	candMu.Lock()
	cs, ok := candCache[string(k)] // no string is made for a name already cached
	candMu.Unlock()
	if ok {
		return cs
	}
	cs = candidates(name)
	candMu.Lock()
	if len(candCache) >= maxCached {
		clear(candCache)
	}
	candCache[string(k)] = cs
	candMu.Unlock()
	return cs
}

func candidates(name string) []Cand {
	name = strings.TrimSpace(name)
	if partWords[strings.ToLower(name)] || strings.EqualFold(name, "city") {
		return nil // "North", "Central", "City": no place by themselves
	}
	out := lookupCands(name)
	if len(out) > 0 && !allCounties(out) {
		return out
	}
	// a part of a name the gazetteer lacks: a district, a county or a
	// constituency stands near its town ("West Philadelphia", "York County",
	// "Sheffield Central", "Newcastle-upon-Tyne Central")
	// Only towns and cities: a county or a district lies below a division
	// ("Pasco County" is not Pasco, Peru); and only a part of five letters or
	// more ("West Side" is not Side, Turkey).
	// a constituency of two places ("Eton and Slough", "Oldham East and
	// Saddleworth") stands near the towns of its first part, or of its second
	// when the gazetteer lacks the first ("Haltemprice and Howden")
	if a, b, ok := strings.Cut(name, " and "); ok && len(out) == 0 {
		if out = partCands(a); len(out) == 0 {
			out = partCands(b)
		}
		return out
	}
	if part := reduce(name); part != "" && part != name && len(part) >= 5 {
		for _, c := range lookupCands(part) {
			if c.isCity() && c.Exact {
				c.Partial = true
				out = append(out, c)
			}
		}
	}
	return out
}

// partCands returns the towns of a part of a constituency's name, less its
// compass words ("Oldham East" gives Oldham), as partial candidates.
func partCands(part string) []Cand {
	var out []Cand
	for i, nm := range []string{part, reduce(part)} {
		for _, c := range lookupCands(nm) {
			if c.isCity() && (c.Exact || i == 0) {
				c.Partial = true
				out = append(out, c)
			}
		}
		if len(out) > 0 {
			break
		}
	}
	return out
}

// allCounties reports whether every candidate is a county (A.ADM2): the
// town of a county's name is a candidate too then ("York" for "York
// County"), for an article that does not say which county it means.
func allCounties(cs []Cand) bool {
	for _, c := range cs {
		if !c.County {
			return false
		}
	}
	return true
}

// partWords are words that make a district, county or constituency of a
// place name.
var partWords = map[string]bool{"north": true, "south": true, "east": true, "west": true, "central": true,
	"northeast": true, "northwest": true, "southeast": true, "southwest": true, "upper": true, "lower": true,
	"greater": true, "downtown": true, "county": true, "district": true, "borough": true, "parish": true,
	"metro": true, "inner": true, "outer": true, "city": true, "town": true}

// reduce drops the district and county words at either end of a name, and
// reads hyphens as spaces.
func reduce(name string) string {
	ws := strings.Fields(strings.ReplaceAll(name, "-", " "))
	for len(ws) > 1 && partWords[strings.ToLower(ws[0])] {
		ws = ws[1:]
	}
	for len(ws) > 1 && partWords[strings.ToLower(ws[len(ws)-1])] {
		ws = ws[:len(ws)-1]
	}
	return strings.Join(ws, " ")
}

func lookupCands(name string) []Cand {
	cs := &candSet{seen: map[string]int{}}
	names, short := candNames(name)
	for i, nm := range names {
		cs.addPlaces(nm, i > 0 && nm != name, short)
		cs.addDivisions(nm, i > 0, short)
	}
	// a US state's abbreviation standing alone ("S.C.", "Ill.")
	if strings.Contains(name, ".") || len(name) == 2 {
		if st, ok := lexicon.USStateAbbrev(name); ok {
			if a, ok := gazetteer.AreaByCode("US-" + st); ok {
				cs.add(Cand{Name: a.Name, Country: "US", Admin1: a.Code, Division: a.Code, Lat: a.Lat, Lon: a.Lon, Feature: "A.ADM1", Exact: true})
			}
		}
	}
	// "New York" is New York City, "Kuwait" may be Kuwait City: a city filed
	// under the name with " City" is a candidate too.
	if !strings.HasSuffix(strings.ToLower(name), " city") {
		for _, p := range gazetteer.Lookup(name + " City") {
			if p.GeoNamesID == 0 || p.Population < 100000 {
				continue
			}
			c := Cand{ID: p.GeoNamesID, Name: p.Name, Country: p.Country, Admin1: p.Admin1, Lat: p.Lat, Lon: p.Lon,
				Population: p.Population, Feature: p.Feature, Expanded: true}
			if d, ok := gazetteer.DivisionOf(p); ok {
				c.Division = d.Code
			}
			cs.add(c)
		}
	}
	return capCands(cs.out)
}

// candSet gathers a name's candidates, each once.
type candSet struct {
	out  []Cand
	seen map[string]int // key → index in out
}

// add adds a candidate, or merges it into the one already there.
func (cs *candSet) add(c Cand) {
	if c.isCountry() && c.ID == 0 {
		c.ID = int64(gazetteer.CountryID(c.Country))
	}
	if c.Feature == "A.ADM1" && c.ID == 0 && c.Admin1 != "" {
		c.ID = gazetteer.DivisionID(c.Admin1)
	}
	if i, ok := cs.seen[c.key()]; ok {
		cs.out[i].Exact = cs.out[i].Exact || c.Exact
		cs.out[i].Expanded = cs.out[i].Expanded && c.Expanded
		return
	}
	cs.seen[c.key()] = len(cs.out)
	cs.out = append(cs.out, c)
}

// candNames returns the names a place name is looked up under (itself, the
// lexicon's name for it, an expansion) and a function that gives a country
// the short name news and the lexicon use ("Iran", not "Iran (Islamic
// Republic of)").
func candNames(name string) ([]string, func(*Cand)) {
	names := []string{name}
	lp, lexOK := lexicon.LookupPlace(lexicon.Key(name))
	if lexOK && gazetteer.Key(lp.Name) != gazetteer.Key(name) {
		names = append(names, lp.Name)
	}
	short := func(c *Cand) {
		if c.isCountry() && lexOK && lp.Kind == lexicon.Country {
			c.Name = lp.Name
		}
	}
	if x, ok := expansions[gazetteer.Key(name)]; ok {
		names = append(names, x)
	}
	if h := gazetteer.HyphenParticles(name); h != name {
		names = append(names, h) // "Sharm el Sheikh" is listed as "Sharm el-Sheikh"
	}
	return names, short
}

// addPlaces adds the table's places of the name nm and the larger places
// it is another name of ("Geneva" is Genève); expanded says nm is not the
// name asked for.
func (cs *candSet) addPlaces(nm string, expanded bool, short func(*Cand)) {
	key := gazetteer.Key(nm)
	for _, p := range gazetteer.Lookup(nm) {
		c := Cand{ID: p.GeoNamesID, Name: p.Name, Country: p.Country, Admin1: p.Admin1, Lat: p.Lat, Lon: p.Lon,
			Population: p.Population, Feature: p.Feature, Exact: gazetteer.Key(p.Name) == key, Expanded: expanded}
		if p.GeoNamesID == 0 {
			code := p.Country
			if p.Admin1 != "" {
				code = p.Admin1
			}
			a, ok := gazetteer.AreaByCode(code)
			if !ok {
				continue // no known position
			}
			c.Lat, c.Lon = a.Lat, a.Lon
			if c.isADM1() {
				c.Division = p.Admin1
			}
		} else if d, ok := gazetteer.DivisionOf(p); ok {
			c.Division = d.Code
		}
		short(&c)
		cs.add(c)
	}
	// other names of larger places ("Geneva" is Genève); one five times as
	// populous as every place of that very name, each a town under 100,000
	// people, is Prominent ("New Delhi" stays New Delhi, not Delhi)
	var most int64
	for _, c := range cs.out {
		if c.isCity() && c.Exact {
			most = max(most, c.Population)
		}
	}
	for _, p := range gazetteer.LookupAlt(nm) {
		c := Cand{ID: p.GeoNamesID, Name: p.Name, Country: p.Country, Admin1: p.Admin1, Lat: p.Lat, Lon: p.Lon,
			Population: p.Population, Feature: p.Feature, Expanded: expanded, Prominent: p.Population >= 5*most && most > 0 && most < 100000}
		if d, ok := gazetteer.DivisionOf(p); ok {
			c.Division = d.Code
		}
		cs.add(c)
	}
}

// addDivisions adds the counties and the areas (countries, divisions,
// continents, regions) of the name nm; expanded says nm is another name
// than the one asked for.
func (cs *candSet) addDivisions(nm string, expanded bool, short func(*Cand)) {
	key := gazetteer.Key(nm)
	// a county, parish or district: "Lake County" is one of twelve
	for _, ct := range gazetteer.LookupCounty(nm) {
		c := Cand{Name: ct.Name, Country: ct.Country, Lat: ct.Lat, Lon: ct.Lon, Feature: "A.ADM2", Exact: true, County: true}
		if d, ok := gazetteer.DivisionOf(gazetteer.Place{Country: ct.Country, Admin1: ct.Admin1, Lat: ct.Lat, Lon: ct.Lon}); ok {
			c.Admin1, c.Division = d.Code, d.Code
		}
		cs.add(c)
	}
	for _, a := range gazetteer.LookupArea(nm) {
		c := Cand{Name: a.Name, Country: a.Country(), Lat: a.Lat, Lon: a.Lon, Feature: a.Feature,
			Exact: gazetteer.Key(a.Name) == key, Expanded: expanded}
		if a.Feature == "A.ADM1" {
			c.Admin1, c.Division = a.Code, a.Code
		}
		short(&c)
		cs.add(c)
	}
}

// capCands keeps the areas and the maxCands most populous places.
func capCands(out []Cand) []Cand {
	if len(out) <= maxCands {
		return out
	}
	var keep []Cand
	n := 0
	for _, c := range out {
		if !c.isCity() || n < maxCands {
			keep = append(keep, c)
			if c.isCity() {
				n++
			}
		}
	}
	return keep
}
