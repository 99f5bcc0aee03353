// Package geo resolves the place entities of an article to entries of the
// gazetteer (internal/gazetteer): which Paris, which Springfield, Georgia the
// country or the state. It reads the article: one linear scorer over each
// entity's candidates, with features for the population and kind of each
// candidate (the priors), the places, divisions, countries and demonyms the
// article names elsewhere, a qualifier after the name ("Paris, Texas",
// "Springfield, Ill."), the dateline, the distance to the article's other
// places, and words such as "province" after the name. Metonymy needs no
// rule: "Moscow denied" names Moscow, the city, like any other mention.
//
// A "no place" candidate competes with the real ones (a bias, and a name
// that is a word of a person's name in the article: the tagger's "Obama").
//
// The weights (weights.go) are fitted by ./fit on pairs derived from
// unambiguous contexts of unlabelled news ("Springfield, Ill." with the
// qualifier hidden; "the province of Idlib", the division by the annotation
// guide's rule) and on the tune part of the project's own annotation
// (eval/places); a place is given only when the softmax probability of the
// best candidate reaches Threshold, measured on the same data. To refit:
//
//	python3 eval/places/join.py ../shared/eval /tmp/places
//	go run ./internal/geo/fit -eval ../shared/eval -exclude eval/places/blind-2026-12.jsonl -tune /tmp/places/tune.jsonl -write
//	.ci/score places     # tune and check
//
// Resolve fills Entity.Place (and makes the qualifiers of place names, "Ill."
// in "Springfield, Ill.", places too); PlaceFigures ties casualty counts and
// the toll to the place their sentence, paragraph or dateline names.
package geo

import (
	"math"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/newsparse/newsparse/internal/contract"
	"github.com/newsparse/newsparse/internal/gazetteer"
	"github.com/newsparse/newsparse/internal/lexicon"
)

// The features of a candidate, in the order of Weights.
const (
	fPop          = iota // log10(1+population)/7 for a city
	fCountry             // a country
	fADM1                // a first-level division
	fCapital             // a national capital (P.PPLC)
	fSeat                // a division seat (P.PPLA…)
	fRegion              // a continent or region
	fExact               // the entry's own name is the name (not an alternate name)
	fExpanded            // found as "NAME City" or another expansion
	fShare               // share of the article's country evidence on the candidate's country
	fMentioned           // the candidate's country is named elsewhere (or by a demonym)
	fQualifier           // a qualifier after a mention names its country or division ("Paris, Texas")
	fDivision            // the candidate's division is named elsewhere in the article
	fDateline            // the dateline's country is the candidate's
	fNear                // closeness to the article's other places, exp(-km/300)
	fDivWordADM1         // "X province": a division
	fDivWordCity         // "X province": a city
	fLocRegion           // a LOC entity and a continent or region
	fLocCity             // a LOC entity and a city
	fLexCountry          // the lexicon calls the name a country, and the candidate is one
	fLexCityPop          // the lexicon calls the name a city: the candidate's population feature again
	fLexState            // the lexicon calls the name a state or province, and the candidate is a division
	fPartial             // found under a part of the name ("Philadelphia" for "West Philadelphia")
	fDatelineCity        // the entity is the dateline's place and the candidate a city ("GENEVA (Reuters) -")
	fNone                // the "no place" candidate: its bias
	fNonePerson          // the "no place" candidate, for a one-word name that is a word of a person's name in the article ("Obama")
	nFeatures
)

// FeatureNames name the features for the fitting tool and its report.
var FeatureNames = [nFeatures]string{"pop", "country", "adm1", "capital", "seat", "region", "exact", "expanded",
	"share", "mentioned", "qualifier", "division", "dateline", "near", "divword_adm1", "divword_city",
	"loc_region", "loc_city", "lex_country", "lex_city_pop", "lex_state", "partial",
	"dateline_city", "none", "none_person"}

// maxOthers bounds the places a candidate's closeness is measured to.
const maxOthers = 64

// point is a place resolved in the first pass, for closeness.
type point struct {
	ent      int
	lat, lon float64
}

// Context is what the resolver knows of one article.
type Context struct {
	Text   string
	Ents   []contract.Entity
	Cands  [][]Cand      // per entity; nil for entities that are not places
	feats  [][][]float64 // per entity and candidate
	names  []string      // per entity: the name its candidates were looked up under
	quals  []qualifier   // per entity: what qualifiers after its mentions name
	divW   []bool        // per entity: a division word follows a mention
	mass   map[string]float64
	self   []wrun // per entity: its own part of mass, a run of selfW (empty: none)
	divs   map[string]float64
	selfD  []wrun // per entity: its own part of divs, a run of selfDW
	selfW  []keyW // the parts of self, entity after entity
	selfDW []keyW
	person map[string]bool // lower-case words of the article's PERSON names
	dlEnt  int             // the entity the dateline names, -1
	dlCC   string          // the dateline's country
	best   []int           // per entity: the best candidate of the last pass, -1
	prob   []float64
	others []point     // the first places the first pass resolved (cities and divisions), for closeness
	vecs   []float64   // the feature vectors of every candidate, one after the other
	heads  [][]float64 // the vectors, cut from vecs; feats[i] is a run of them
}

// keyW is a key's weight, in a short list read by looking at each.
type keyW struct {
	k string
	w float64
}

// wrun is a run [s, e) of a list of keyW.
type wrun struct{ s, e int32 }

// weightOf returns the weight of k in run r of ws, 0 when k has none, as a
// map of the run's keys would.
func weightOf(ws []keyW, r wrun, k string) float64 {
	for _, e := range ws[r.s:r.e] {
		if e.k == k {
			return e.w
		}
	}
	return 0
}

// addWeight adds w to k's weight in the run of ws from start to its end,
// appending k when the run has it not.
func addWeight(ws []keyW, start int, k string, w float64) []keyW {
	for j := start; j < len(ws); j++ {
		if ws[j].k == k {
			ws[j].w += w
			return ws
		}
	}
	return append(ws, keyW{k, w})
}

// zeroed returns s cut or grown to n zero elements, reusing its array.
func zeroed[E any](s []E, n int) []E {
	if cap(s) < n {
		return make([]E, n)
	}
	s = s[:n]
	clear(s)
	return s
}

// release clears x of what it refers to and puts it in contextPool.
func (x *Context) release() {
	clear(x.Cands)
	clear(x.names)
	clear(x.quals)
	clear(x.selfW)
	clear(x.selfDW)
	clear(x.feats)
	clear(x.heads) // zeroed cuts it from an array cleared here to its length before: nothing past it
	*x = Context{Cands: x.Cands[:0], names: x.names[:0], quals: x.quals[:0], divW: x.divW[:0], self: x.self[:0],
		selfD: x.selfD[:0], best: x.best[:0], prob: x.prob[:0], feats: x.feats[:0], vecs: x.vecs[:0],
		heads: x.heads[:0], others: x.others[:0], selfW: x.selfW[:0], selfDW: x.selfDW[:0]}
	contextPool.Put(x)
}

type qualifier struct{ countries, divisions map[string]bool }

// isPlace reports whether an entity is a place the resolver looks up.
func isPlace(e *contract.Entity) bool {
	return e.Type == contract.GPE || e.Type == contract.Location || e.Type == contract.Facility
}

// Analyse builds the context of an article: the candidates of every place
// entity and the article's evidence. Mentions overlapping a masked span
// (byte offsets) are ignored as evidence and as qualifiers: the fitting tool
// hides the qualifier of a derived pair with it.
func Analyse(text string, ents []contract.Entity, dl *contract.Dateline, mask [][2]int) *Context {
	return analyse(text, ents, dl, mask, &Context{})
}

// contextPool holds the Contexts that Resolve has done with, for their
// lists: a Context from Analyse is the caller's and never goes back.
var contextPool sync.Pool

// analyse is Analyse into x, whose lists it reuses.
func analyse(text string, ents []contract.Entity, dl *contract.Dateline, mask [][2]int, x *Context) *Context {
	n := len(ents)
	*x = Context{Text: text, Ents: ents, Cands: zeroed(x.Cands, n), names: zeroed(x.names, n),
		quals: zeroed(x.quals, n), divW: zeroed(x.divW, n), mass: map[string]float64{},
		self: zeroed(x.self, n), divs: map[string]float64{}, selfD: zeroed(x.selfD, n),
		dlEnt: -1, best: zeroed(x.best, n), prob: zeroed(x.prob, n),
		feats: zeroed(x.feats, n), vecs: x.vecs[:0], heads: x.heads[:0], others: x.others[:0],
		selfW: x.selfW[:0], selfDW: x.selfDW[:0]}
	masked := func(s, e int) bool {
		for _, m := range mask {
			if s < m[1] && m[0] < e {
				return true
			}
		}
		return false
	}
	x.person = personWords(ents)
	for i := range ents {
		e := &ents[i]
		x.best[i] = -1
		if dl != nil {
			for _, m := range e.Mentions {
				if m.Start >= dl.Start && m.End <= dl.End && m.Start == dl.Start {
					x.dlEnt = i
				}
			}
		}
		if e.Type == contract.NORP {
			x.demonymEvidence(e)
			continue
		}
		if !isPlace(e) {
			continue
		}
		x.placeEntity(i, masked)
	}
	if x.dlEnt >= 0 {
		if cs := x.Cands[x.dlEnt]; len(cs) > 0 {
			x.dlCC = cs[prior(cs)].Country
		}
	}
	x.resolve()
	return x
}

// personWords returns the lower-case words of the people's names of two
// words or more ("Barack Obama", not a lone "Obama" the tagger called a
// person).
//
// The words are lower-cased one after another into one buffer, made a
// string once, and the map's keys are cut from it.
func personWords(ents []contract.Entity) map[string]bool {
	size, words := 0, 0
	for i := range ents {
		if ents[i].Type == contract.Person {
			for _, m := range ents[i].Mentions {
				if strings.IndexByte(m.Text, ' ') > 0 {
					size += len(m.Text)
					words += strings.Count(m.Text, " ") + 1
				}
			}
		}
	}
	if words == 0 {
		return map[string]bool{}
	}
	person := map[string]bool{}
	buf := make([]byte, 0, size) // room enough but for a word whose lower case is longer
	ends := make([]int, 0, words)
	for i := range ents {
		if ents[i].Type == contract.Person {
			for _, m := range ents[i].Mentions {
				if strings.IndexByte(m.Text, ' ') > 0 {
					for w := range strings.FieldsSeq(m.Text) {
						buf = appendLower(buf, w)
						ends = append(ends, len(buf))
					}
				}
			}
		}
	}
	all, start := string(buf), 0
	for _, e := range ends {
		person[all[start:e]] = true
		start = e
	}
	return person
}

// appendLower appends strings.ToLower(s) to b, an ASCII s without making a
// string.
func appendLower(b []byte, s string) []byte {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return append(b, strings.ToLower(s)...)
		}
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		b = append(b, c)
	}
	return b
}

// demonymEvidence counts a demonym as evidence for its country ("Iranian",
// "Texan").
func (x *Context) demonymEvidence(e *contract.Entity) {
	c, ok := lexicon.Demonym(lexicon.Key(e.Name))
	if !ok {
		return
	}
	for _, a := range gazetteer.LookupArea(c) {
		if a.Feature == "A.PCLI" || a.Feature == "A.ADM1" {
			x.mass[a.Country()] += 0.5
			if a.Feature == "A.ADM1" {
				x.divs[a.Code] += 0.5
			}
			break
		}
	}
}

// placeEntity reads place entity i: the qualifiers and division words
// around its mentions, its name and candidates, and, when its candidates
// are areas only, the evidence it gives them.
func (x *Context) placeEntity(i int, masked func(s, e int) bool) {
	e := &x.Ents[i]
	name := e.Name
	for _, m := range e.Mentions {
		if masked(m.Start, m.End) {
			continue
		}
		if w := nextWord(x.Text, m.End); divisionWords[w] || divisionBefore(x.Text, m.Start) {
			x.divW[i] = true
		}
		x.quals[i] = qualifierAfter(x.Text, m.End, masked, x.quals[i])
	}
	if w := lastWord(name); divisionWords[strings.ToLower(w)] && len(name) > len(w)+1 {
		x.divW[i] = true
		name = strings.TrimSpace(name[:len(name)-len(w)])
	}
	x.names[i] = name
	cs := Candidates(name)
	if len(cs) == 0 {
		// the canonical name may be fuller than the mentions ("Islamic Republic of Iran")
		for _, m := range e.Mentions {
			if cs = Candidates(m.Text); len(cs) > 0 {
				x.names[i] = m.Text
				break
			}
		}
	}
	if e.Type == contract.Facility {
		cs = exactOnly(cs)
	}
	x.Cands[i] = cs
	allMasked := len(e.Mentions) > 0
	for _, m := range e.Mentions {
		allMasked = allMasked && masked(m.Start, m.End)
	}
	if !allMasked {
		x.areaEvidence(i, cs)
	}
}

// exactOnly keeps the places of exactly the name: a building or an
// airport is no town ("White House" is no other name of Casablanca).
func exactOnly(cs []Cand) []Cand {
	var exact []Cand
	for _, c := range cs {
		if c.Exact && !c.Expanded && !c.Partial {
			exact = append(exact, c)
		}
	}
	return exact
}

// areaEvidence counts a name whose candidates are countries or divisions
// only as evidence for them, split among them when several ("Georgia").
func (x *Context) areaEvidence(i int, cs []Cand) {
	var ab [8]*Cand
	areas := ab[:0]
	onlyAreas := len(cs) > 0
	for j := range cs {
		c := &cs[j]
		switch {
		case c.isCountry() || c.isADM1():
			if c.Exact || !c.Expanded {
				areas = append(areas, c)
			}
		case c.isCity() && c.Population >= 5000 && c.Exact && !c.Expanded:
			onlyAreas = false
		}
	}
	if !onlyAreas || len(areas) == 0 {
		return
	}
	w := 1 / float64(len(areas))
	s0, d0 := len(x.selfW), len(x.selfDW)
	for _, c := range areas {
		x.mass[c.Country] += w
		x.selfW = addWeight(x.selfW, s0, c.Country, w)
		if c.isADM1() {
			x.divs[c.Division] += w
			x.selfDW = addWeight(x.selfDW, d0, c.Division, w)
		}
	}
	x.self[i] = wrun{int32(s0), int32(len(x.selfW))}
	x.selfD[i] = wrun{int32(d0), int32(len(x.selfDW))}
}

// prior returns the candidate a reader with no context would take: a
// country, else the most populous place.
func prior(cs []Cand) int {
	best := 0
	for j := range cs {
		if cs[j].isCountry() && !cs[best].isCountry() {
			best = j
		} else if cs[j].Population > cs[best].Population && !cs[best].isCountry() {
			best = j
		}
	}
	return best
}

// resolve scores every candidate twice: the second pass adds the countries
// and divisions of the places the first pass resolved confidently as
// evidence, and measures closeness to them.
func (x *Context) resolve() {
	for pass := 0; pass < 2; pass++ {
		var mass, divs map[string]float64
		if pass == 1 {
			x.others = x.others[:0]
			for j, b := range x.best {
				if len(x.others) > maxOthers {
					break
				}
				if b >= 0 && b < len(x.Cands[j]) && x.prob[j] >= 0.5 {
					if c := &x.Cands[j][b]; c.isCity() || c.isADM1() {
						x.others = append(x.others, point{j, c.Lat, c.Lon})
					}
				}
			}
			mass, divs = map[string]float64{}, map[string]float64{}
			for k, v := range x.mass {
				mass[k] = v
			}
			for k, v := range x.divs {
				divs[k] = v
			}
			for i, b := range x.best {
				if b < 0 || b >= len(x.Cands[i]) || x.prob[i] < 0.7 || x.self[i].e > x.self[i].s {
					continue
				}
				c := &x.Cands[i][b]
				if c.isCity() {
					mass[c.Country] += 0.5
					if c.Division != "" {
						divs[c.Division] += 0.5
					}
				}
			}
		} else {
			mass, divs = x.mass, x.divs
		}
		// both passes fill the same vectors: the first pass's are read
		// no more once its best candidates are chosen
		if pass == 0 {
			nv := 0
			for _, cs := range x.Cands {
				if len(cs) > 0 {
					nv += len(cs) + 1
				}
			}
			x.vecs = zeroed(x.vecs, nv*nFeatures)
			x.heads = zeroed(x.heads, nv)
		} else {
			clear(x.vecs)
		}
		// the passes write x.best and x.prob in place: the loop reads
		// neither (the second pass read the first's above)
		v := 0
		for i := range x.Ents {
			x.best[i], x.prob[i] = -1, 0
			if len(x.Cands[i]) == 0 {
				continue
			}
			n := len(x.Cands[i]) + 1
			x.feats[i] = x.features(i, mass, divs, x.vecs[v*nFeatures:(v+n)*nFeatures], x.heads[v:v+n:v+n])
			v += n
			b, p := softmaxBest(x.feats[i])
			if x.unsupportedCounty(i, b) {
				b, p = x.bestBesides(i)
			}
			x.best[i], x.prob[i] = b, p
		}
	}
}

// Features returns the candidates of entity i and their feature vectors,
// one more than the candidates: the last is the "no place" candidate's (nil
// when the entity is no place or has no candidate).
func (x *Context) Features(i int) ([]Cand, [][]float64) { return x.Cands[i], x.feats[i] }

// DivisionWord reports whether a mention of entity i stands with a division
// word ("Idlib province", "the province of Idlib").
func (x *Context) DivisionWord(i int) bool { return x.divW[i] }

// Best returns entity i's best candidate and its probability; false when it
// has none or "no place" scores best.
func (x *Context) Best(i int) (Cand, float64, bool) {
	if x.best[i] < 0 || x.best[i] >= len(x.Cands[i]) {
		return Cand{}, 0, false
	}
	return x.Cands[i][x.best[i]], x.prob[i], true
}

// unsupportedCounty reports whether candidate b of entity i is a county
// (A.ADM2) that shares its name with other counties ("Lake County" names
// twelve in the United States) without the article's word for it: a
// qualifier after a mention ("Lake County, Ill."), its state named
// elsewhere, or places resolved near it. The weights were fitted before the
// gazetteer had counties; such a county gives way to the other candidates.
func (x *Context) unsupportedCounty(i, b int) bool {
	cs := x.Cands[i]
	if b < 0 || b >= len(cs) || !cs[b].County {
		return false
	}
	n := 0
	for _, c := range cs {
		if c.County {
			n++
		}
	}
	f := x.feats[i][b]
	return n > 1 && f[fQualifier] == 0 && f[fDivision] == 0 && f[fNear] <= math.Exp(-1)
}

// bestBesides is softmaxBest over entity i's candidates less the counties
// that unsupportedCounty turns down.
func (x *Context) bestBesides(i int) (int, float64) {
	fs := x.feats[i]
	keep := make([][]float64, 0, len(fs))
	idx := make([]int, 0, len(fs))
	for j := range fs {
		if !x.unsupportedCounty(i, j) {
			keep = append(keep, fs[j])
			idx = append(idx, j)
		}
	}
	b, p := softmaxBest(keep)
	if b < 0 {
		return -1, 0
	}
	return idx[b], p
}

// features fills the feature vectors of entity i's candidates and of its
// "no place" candidate, cut from all (zero, len(out) vectors long), into
// out, and returns out.
func (x *Context) features(i int, mass, divs map[string]float64, all []float64, out [][]float64) [][]float64 {
	e := &x.Ents[i]
	cs := x.Cands[i]
	total := 0.0
	for k, v := range mass {
		total += v - weightOf(x.selfW, x.self[i], k)
	}
	lp, lexOK := lexicon.LookupPlace(lexicon.Key(x.names[i]))
	// the other places resolved in the first pass, for closeness: the
	// first maxOthers of x.others that are not entity i
	nOthers := 0
	for _, o := range x.others {
		if o.ent != i && nOthers < maxOthers {
			nOthers++
		}
	}
	for j := range cs {
		c := &cs[j]
		f := all[j*nFeatures : (j+1)*nFeatures : (j+1)*nFeatures]
		if c.isCity() {
			f[fPop] = math.Log10(1+float64(c.Population)) / 7
			switch {
			case c.Feature == "P.PPLC":
				f[fCapital] = 1
			case strings.HasPrefix(c.Feature, "P.PPLA"):
				f[fSeat] = 1
			}
		}
		f[fCountry] = b2f(c.isCountry())
		f[fADM1] = b2f(c.isADM1())
		f[fRegion] = b2f(c.isRegion())
		f[fExact] = b2f(c.Exact || c.Prominent && e.Type == contract.GPE) // a GPE's exonym counts as its name; a river's does not ("Black River" is no Lorain)
		f[fExpanded] = b2f(c.Expanded)
		if c.Expanded && c.Feature == "P.PPLC" {
			// a national capital that news names short ("Washington" for
			// Washington, D.C.): the short name is its own, as the annotation
			// guide reads it ("Washington said", "in Washington")
			f[fExact], f[fExpanded] = 1, 0
		}
		f[fPartial] = b2f(c.Partial)
		f[fDatelineCity] = b2f(x.dlEnt == i && c.isCity())
		if c.Country != "" {
			m := mass[c.Country] - weightOf(x.selfW, x.self[i], c.Country)
			if total > 0 {
				f[fShare] = m / total
			}
			f[fMentioned] = b2f(m > 0.01)
			f[fDateline] = b2f(x.dlCC == c.Country && x.dlEnt != i)
		}
		q := x.quals[i]
		f[fQualifier] = b2f(q.countries[c.Country] || (c.Division != "" && q.divisions[c.Division]))
		if c.Division != "" && (!c.isADM1() || c.County) { // a county's Division is the state that holds it
			f[fDivision] = b2f(divs[c.Division]-weightOf(x.selfDW, x.selfD[i], c.Division) > 0.01)
		}
		if nOthers > 0 && !c.isCountry() && !c.isRegion() {
			near := 0.0
			n := 0
			for _, o := range x.others {
				if o.ent == i {
					continue
				}
				if n == nOthers {
					break
				}
				n++
				near = max(near, math.Exp(-gazetteer.KM(c.Lat, c.Lon, o.lat, o.lon)/300))
			}
			f[fNear] = near
		}
		f[fDivWordADM1] = b2f(x.divW[i] && c.isADM1())
		f[fDivWordCity] = b2f(x.divW[i] && c.isCity())
		f[fLocRegion] = b2f(e.Type == contract.Location && c.isRegion())
		f[fLocCity] = b2f(e.Type == contract.Location && c.isCity())
		if lexOK {
			// England, Scotland, Wales: countries to the lexicon, divisions to ISO 3166
			f[fLexCountry] = b2f(lp.Kind == lexicon.Country && (c.isCountry() || c.isADM1() && c.Exact))
			if lp.Kind == lexicon.City {
				f[fLexCityPop] = f[fPop]
			}
			f[fLexState] = b2f(lp.Kind == lexicon.State && c.isADM1())
		}
		out[j] = f
	}
	// the last vector is the "no place" candidate's
	none := all[len(cs)*nFeatures : (len(cs)+1)*nFeatures : (len(cs)+1)*nFeatures]
	none[fNone] = 1
	name := x.names[i]
	if strings.IndexByte(name, ' ') < 0 {
		var lb [32]byte
		none[fNonePerson] = b2f(x.person[string(appendLower(lb[:0], name))])
	}
	out[len(cs)] = none
	return out
}

func b2f(b bool) float64 {
	if b {
		return 1
	}
	return 0
}

// Score is the linear score of a feature vector.
func Score(f []float64) float64 {
	s := 0.0
	for k, v := range f {
		s += Weights[k] * v
	}
	return s
}

// softmaxBest returns the best candidate and its softmax probability.
func softmaxBest(fs [][]float64) (int, float64) {
	best, bs := -1, math.Inf(-1)
	var buf [maxCands + 1]float64 // a name's candidates and "no place"
	scores := buf[:]
	if len(fs) > len(buf) {
		scores = make([]float64, len(fs))
	}
	scores = scores[:len(fs)]
	for j, f := range fs {
		scores[j] = Score(f)
		if scores[j] > bs {
			best, bs = j, scores[j]
		}
	}
	z := 0.0
	for _, s := range scores {
		z += math.Exp(s - bs)
	}
	return best, 1 / z
}

// KM is the great-circle distance in kilometres between two points.
func KM(lat1, lon1, lat2, lon2 float64) float64 { return gazetteer.KM(lat1, lon1, lat2, lon2) }

// nextWord returns the lower-case word after a space at off ("" when none).
func nextWord(text string, off int) string {
	if off >= len(text) || text[off] != ' ' {
		return ""
	}
	s := text[off+1:]
	end := 0
	for end < len(s) && (s[end] >= 'a' && s[end] <= 'z' || s[end] >= 'A' && s[end] <= 'Z') {
		end++
	}
	return strings.ToLower(s[:end])
}

// divisionBefore reports "province of" or "state of" before off ("the
// northwest province of Idlib").
func divisionBefore(text string, off int) bool {
	s := strings.TrimSuffix(text[max(0, off-24):off], " of ")
	if len(s) == len(text[max(0, off-24):off]) {
		return false
	}
	return divisionWords[strings.ToLower(lastWord(" "+s))]
}

func lastWord(s string) string {
	if i := strings.LastIndexByte(s, ' '); i >= 0 {
		return s[i+1:]
	}
	return ""
}

// qualifierAfter adds to q what a qualifier after a name names (see QualifierAt).
func qualifierAfter(text string, off int, masked func(s, e int) bool, q qualifier) qualifier {
	codes, s, e := QualifierAt(text, off)
	if len(codes) == 0 || masked(s, e) {
		return q
	}
	if q.countries == nil {
		q.countries, q.divisions = map[string]bool{}, map[string]bool{}
	}
	for _, c := range codes {
		if len(c) == 2 {
			q.countries[c] = true
		} else {
			q.divisions[c] = true
		}
	}
	return q
}

// QualifierAt reads ", Y" or " (Y)" after a name ending at off: Y a country,
// a first-level division or a US state abbreviation, as in "Paris, Texas",
// "Springfield, Ill.", "Hama (Syria)". It returns the ISO codes Y names
// (alpha-2 for a country, ISO 3166-2 for a division) and Y's byte span;
// no codes when there is no such qualifier.
func QualifierAt(text string, off int) (codes []string, start, end int) {
	s := text[off:]
	if !strings.HasPrefix(s, ", ") && !strings.HasPrefix(s, " (") {
		return nil, 0, 0
	}
	s = s[2:]
	// up to three capitalised words (periods kept: "N.C.", "D.C.")
	n, words := 0, 0
	for words < 3 && n < len(s) && s[n] >= 'A' && s[n] <= 'Z' {
		w := n
		for w < len(s) && s[w] != ' ' && s[w] != ',' && s[w] != ')' && s[w] != ';' && s[w] != ':' && s[w] != '\n' && s[w] != '\'' &&
			!(s[w] == '-' && (w+1 == len(s) || s[w+1] == ' ')) { // "YORK, Pa- A girl…": a dateline's dash
			w++
		}
		n = w
		words++
		if n+1 < len(s) && s[n] == ' ' && s[n+1] >= 'A' && s[n+1] <= 'Z' {
			n++
			continue
		}
		break
	}
	y := strings.TrimSpace(s[:n])
	// the longest prefix of words that names something
	for y != "" {
		if codes := qualifierCodes(y); len(codes) > 0 {
			return codes, off + 2, off + 2 + len(y)
		}
		i := strings.LastIndexByte(y, ' ')
		if i < 0 {
			break
		}
		y = y[:i]
	}
	return nil, 0, 0
}

// qualifierCodes returns the ISO codes a qualifier names: a country (its
// alpha-2 code) or a division (ISO 3166-2).
func qualifierCodes(y string) []string {
	if c, ok := lexicon.USStateAbbrev(y); ok {
		return []string{"US-" + c}
	}
	var out []string
	name := y
	if lp, ok := lexicon.LookupPlace(lexicon.Key(y)); ok && (lp.Kind == lexicon.Country || lp.Kind == lexicon.State) {
		name = lp.Name
	}
	for _, a := range gazetteer.LookupArea(name) {
		switch a.Feature {
		case "A.PCLI", "A.ADM1":
			out = append(out, a.Code)
		}
	}
	if len(out) == 0 && name != y {
		for _, a := range gazetteer.LookupArea(y) {
			if a.Feature == "A.PCLI" || a.Feature == "A.ADM1" {
				out = append(out, a.Code)
			}
		}
	}
	return out
}
