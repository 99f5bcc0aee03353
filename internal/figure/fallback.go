package figure

import (
	"bufio"
	_ "embed" // the fallback scorer's weights
	"math"
	"slices"
	"strconv"
	"strings"
	"sync"
	"unicode"

	"github.com/newsparse/newsparse/internal/contract"
	"github.com/newsparse/newsparse/internal/lexicon"
)

// The fallback: where the grammar reads no casualty, every casualty word
// left over proposes one (a candidate: its victim phrase, when one stands
// next to it, its kind and count), and a linear model trained on annotated
// news (internal/figure/train) keeps those whose features score above the
// model's threshold. The features describe the predicate (its word, kind
// and voice), the victims (pronoun, name, described, counted, none), the
// mood around them (a purpose "to", a quotation), and where the candidate
// stands (title, sentence, other hits beside it, how far the nearest listed
// casualty is), and what the listed casualties tell (a story of one victim,
// a kind already counted). The words beside the casualty word are kept only
// when of a closed class (shapeWord): the model weighs grammar, not the
// open-class words of its training articles. A candidate after a negation
// or a modal proposes nothing (unstated), nor one whose victim's position
// holds a known thing or that is wished for (victimkind.go: vk=, wish).

//go:embed fallback.weights
var fallbackModelText string

// fallbackModel is a linear model over candidate features: a weight per
// feature, a bias and the threshold a score must pass.
type fallbackModel struct {
	w         map[string]float64
	bias      float64
	threshold float64

	// the weights as score reads them: index holds each feature's place in
	// weights, plus one, in a lexicon.WordTable, fewer bytes to read than
	// the map; long holds the features too long for it (none in practice)
	index   lexicon.WordTable
	weights []float64
	long    map[string]float64
}

var (
	fallbackOnce sync.Once
	fallbackDflt *fallbackModel
)

// defaultFallback returns the embedded model, parsed once.
func defaultFallback() *fallbackModel {
	fallbackOnce.Do(func() { fallbackDflt = ParseFallbackModel(fallbackModelText) })
	return fallbackDflt
}

// ParseFallbackModel reads a model written by WriteFallbackModel: lines
// "bias B", "threshold T" and "FEATURE WEIGHT". A malformed line is skipped;
// an empty text gives a model that keeps nothing.
func ParseFallbackModel(text string) *fallbackModel {
	m := &fallbackModel{w: map[string]float64{}, threshold: math.Inf(1)}
	sc := bufio.NewScanner(strings.NewReader(text))
	for sc.Scan() {
		f := strings.Fields(sc.Text())
		if len(f) != 2 {
			continue
		}
		v, err := strconv.ParseFloat(f[1], 64)
		if err != nil {
			continue
		}
		switch f[0] {
		case "bias":
			m.bias = v
		case "threshold":
			m.threshold = v
		default:
			m.w[f[0]] = v
		}
	}
	idx := make(map[string]uint32, len(m.w))
	for f, v := range m.w {
		if len(f) > lexicon.MaxTableWord {
			if m.long == nil {
				m.long = map[string]float64{}
			}
			m.long[f] = v
			continue
		}
		m.weights = append(m.weights, v)
		idx[f] = uint32(len(m.weights))
	}
	m.index = lexicon.NewWordTable(idx)
	return m
}

// weight returns the weight of feature f, 0 when the model has none.
func (m *fallbackModel) weight(f string) float64 {
	if len(f) > lexicon.MaxTableWord {
		return m.long[f]
	}
	if i := m.index.Get(f); i > 0 {
		return m.weights[i-1]
	}
	return 0
}

// score returns the model's probability for a candidate's features.
func (m *fallbackModel) score(feats []string) float64 {
	s := m.bias
	for _, f := range feats {
		s += m.weight(f)
	}
	return 1 / (1 + math.Exp(-s))
}

// Candidate is a casualty the fallback proposes, with the features the
// model scores; exported for the trainer.
type Candidate struct {
	Start, End int // byte offsets
	Kind       string
	Count      float64
	Features   []string
	who        string // the victims' last name or noun, "" when none
	// unsaid marks victims that are more than one and of a number the words
	// do not give ("the officers were hurt", "those arrested", "several
	// people have been detained"): the guide counts them as null, which the
	// output cannot write, and 1 would be wrong, so the fallback keeps none.
	unsaid bool
}

// fallbackKind returns the kind of a casualty word a candidate opens from
// and its source: the pattern reader's triggers ("trig"), the grammar's
// active verbs ("verb") and harm nouns ("noun"), words of hospital, custody
// and death ("word"), and the words only the fallback reads ("extra"). The
// first of these lists that holds the word decides; fallbackWords joins
// them once, so that a word of none is one look-up.
func fallbackKind(w string) (kind, src string, ok bool) {
	if k, ok := fallbackWords[w]; ok {
		return k.kind, k.src, true
	}
	return "", "", false
}

// fallbackWord is fallbackKind's answer for a word.
type fallbackWord struct{ kind, src string }

// fallbackWords are fallbackKind's answers, read from the lists in turn,
// each after the ones it gives way to.
var fallbackWords = joinFallbackWords()

// joinFallbackWords builds fallbackWords: the lists from the last to decide
// to the first, each overwriting the words of the ones after it.
func joinFallbackWords() map[string]fallbackWord {
	m := make(map[string]fallbackWord, len(fallbackExtra)+len(killNouns.m)+len(activeVerbs.m)+len(triggers.m)+16)
	for w, k := range fallbackExtra {
		m[w] = fallbackWord{k, "extra"}
	}
	for _, w := range []string{"hospital", "hospitalized", "hospitalised", "surgery"} {
		m[w] = fallbackWord{injured, "word"}
	}
	for _, w := range []string{"custody", "jail", "prison", "booked"} {
		m[w] = fallbackWord{detained, "word"}
	}
	for _, w := range []string{"death", "deaths", "body", "bodies", "homicide", "fatal", "fatally"} {
		m[w] = fallbackWord{killed, "word"}
	}
	for w, n := range killNouns.m {
		m[w] = fallbackWord{n.kind, "noun"}
	}
	for w, v := range activeVerbs.m {
		m[w] = fallbackWord{v.kind, "verb"}
	}
	for w, t := range triggers.m {
		m[w] = fallbackWord{t.kind, "trig"}
	}
	return m
}

// fallbackExtra are casualty words the grammar does not read as predicates:
// nouns of harm, of the dead and their killers, of captivity and flight,
// and the predicates of custody; the model weighs each by its features.
var fallbackExtra = map[string]string{
	"killer": killed, "killers": killed, "executions": killed, "funeral": killed, "funerals": killed,
	"massacre": killed, "slaughter": killed, "genocide": killed, "corpse": killed, "homicides": killed,
	"fatalities": killed, "murders": killed,
	"injuries": injured, "injury": injured, "trauma": injured, "laceration": injured, "lacerations": injured,
	"surgeries": injured, "burns": injured, "bruises": injured, "bullet": injured, "gunfire": injured,
	"held": detained, "caught": detained, "detainee": detained, "detainees": detained, "sentenced": detained,
	"hostage": kidnapped, "hostages": kidnapped, "captive": kidnapped, "captives": kidnapped,
	"refugees": displaced, "homeless": displaced,
	// the guide's words of harm and care the grammar reads only in its own phrases
	"condition": injured, "treated": injured, "airlifted": injured, "rushed": injured, "flown": injured,
	"transported": injured, "beaten": injured, "pronounced": killed, "lives": killed, "captured": detained,
}

// Candidates returns the fallback's candidates in an article: one per
// casualty word outside every hit of hits (the listed casualties), and
// beside it the other reading the model weighs (killed for a harm in a
// story that reports a death).
func (f *Figures) Candidates(listed []contract.Casualty) []Candidate {
	var out []Candidate
	d := f.d
	if d == nil || len(d.Toks) == 0 {
		return out
	}
	ix := f.mentions()
	dc := newDocContext(listed)
	lx := newCastSpans(listed)
	for _, seg := range f.segments() {
		if !seg.has(clsFallback) {
			continue // a word of no list of fallbackKind at every token
		}
		sc := numScan{text: d.Text, toks: seg.toks, lo: seg.lo, hi: seg.hi, title: seg.sent < 0, ix: ix, grammar: true, low: *seg.low}
		inSent := 0
		if len(listed) > 0 {
			inSent = lx.within(sc.toks[sc.lo].Start, sc.toks[sc.hi-1].End)
		}
		quotes, q := 0, sc.lo // the quotation marks before token q (wordFeatures)
		for i := sc.lo; i < sc.hi; i++ {
			if !sc.is(i, clsFallback) {
				continue // a word of no list of fallbackKind
			}
			kind, src, ok := fallbackKind(sc.w(i))
			if !ok || lx.covered(sc.toks[i].Start, sc.toks[i].End) || titleWord(&sc, i, seg.sent) || f.noCandidate(&sc, i, kind, seg.sent) {
				continue
			}
			for ; q < i; q++ {
				if quoteMark(sc.w(q)) {
					quotes++
				}
			}
			c := candidateAt(&sc, i, kind, f.ents, lx, quotes)
			if noVictims(&sc, i, c) || unstated(c) {
				continue
			}
			c.Features = append(c.Features, docFeatures(seg.sent, inSent, dc.anyKilled, len(listed) > 0)...)
			c.Features = append(c.Features, dc.features(c, src)...)
			out = append(out, readings(&sc, i, c, dc.anyKilled)...)
		}
	}
	return out
}

// noCandidate reports a casualty word at token i (of kind, in sentence
// sent) that proposes nothing: a natural death, the custody of a child.
func (f *Figures) noCandidate(sc *numScan, i int, kind string, sent int) bool {
	if kind == killed && deathOnlyWords[sc.w(i)] && f.naturalDeath(sent, sc.toks[i].Start, sc.toks[i].End) {
		return true // "the actor died of cancer": no casualty
	}
	if kind == killed && deathSentence(sc, i) {
		return true // "sentenced the poisoner to death": a punishment, no death
	}
	if bodyCompound(sc, i) {
		return true // "his body language", "body armour": no corpse ("the body of a man" is one)
	}
	if bookedElsewhere(sc, i) {
		return true // "booked for a foul", "is booked for an interview": no custody
	}
	return kind == detained && custodyOfSomeone(sc, i) // "won custody of her son": the care of a child
}

// deathSentence reports a "death" at token i that a court's sentence
// names: a verb of sentencing at most six tokens before it in its clause
// ("sentenced the poisoner to death", "was condemned to death").
func deathSentence(sc *numScan, i int) bool {
	if sc.w(i) != "death" {
		return false
	}
	for k := i - 1; k >= sc.lo && k >= i-6; k-- {
		switch sc.w(k) {
		case "sentenced", "sentence", "sentences", "sentencing", "condemned", "condemn", "condemns":
			return true
		case ".", ";", ":":
			return false
		}
	}
	return false
}

// readings returns candidate c of the casualty word at token i with its
// other reading: killed, for harm a victim may not have survived in a story
// that reports a death (anyKilled; casgrammar.go's outcome rule). The
// fallback keeps the reading of a span that scores higher.
func readings(sc *numScan, i int, c Candidate, anyKilled bool) []Candidate {
	out := []Candidate{c}
	if c.Kind == injured && anyKilled {
		k := c
		k.Kind = killed
		k.Features = append(slices.Clip(c.Features), "outcome=killed", "outcome+w="+sc.w(i))
		out = append(out, k)
	}
	return out
}

// docContext is what an article's listed casualties tell a candidate:
// whether one counts a death, and the capitalised words (names) they hold.
type docContext struct {
	words     map[string]bool
	anyKilled bool
	kinds     map[string]bool // the kinds the listed casualties count
	ends      []int           // the listed casualties' byte spans, start and end in turn
	single    bool            // every listed casualty counts one victim
}

// newDocContext gathers the listed casualties of an article.
func newDocContext(listed []contract.Casualty) docContext {
	dc := docContext{words: map[string]bool{}, kinds: map[string]bool{}, single: len(listed) > 0}
	for _, c := range listed {
		if c.Kind == contract.Killed && c.Count > 0 {
			dc.anyKilled = true
		}
		if c.Count > 0 {
			dc.kinds[string(c.Kind)] = true
		}
		if c.Count > 1 {
			dc.single = false
		}
		dc.ends = append(dc.ends, c.Start, c.End)
		for _, w := range strings.FieldsFunc(c.Text, func(r rune) bool { return !unicode.IsLetter(r) }) {
			if len(w) > 2 && isCapWord(w) {
				dc.words[strings.ToLower(w)] = true
			}
		}
	}
	return dc
}

// features describe candidate c (its word from source src: fallbackKind)
// and its victim against the article's listed casualties: "vseen" when the
// victim's name already stands in one of them (the same victim, counted).
func (dc docContext) features(c Candidate, src string) []string {
	out := []string{"src=" + src, "src+kind=" + src + "|" + c.Kind}
	if c.who != "" && dc.words[strings.ToLower(c.who)] {
		out = append(out, "vseen")
	}
	if dc.kinds[c.Kind] {
		out = append(out, "kindseen") // the story already counts harm of this kind
	}
	if dc.single {
		out = append(out, "docsingle") // every listed casualty is one victim: a story of one victim
	}
	return append(out, "near="+dc.nearest(c.Start, c.End))
}

// nearest buckets the distance in bytes from [s, e) to the closest listed
// casualty: "none" when the story lists none.
func (dc docContext) nearest(s, e int) string {
	best := -1
	for k := 0; k+1 < len(dc.ends); k += 2 {
		d := max(dc.ends[k]-e, s-dc.ends[k+1], 0)
		if best < 0 || d < best {
			best = d
		}
	}
	switch {
	case best < 0:
		return "none"
	case best < 80:
		return "80"
	case best < 300:
		return "300"
	case best < 1000:
		return "1000"
	}
	return "far"
}

// noVictims reports a candidate c (of the casualty word at token i) that
// counts no victims: a thing for its subject or object ("The merger was
// killed", "killed 30 cattle"), a share after it ("killed 40% of the
// herd"), or victims of a number unsaid before a
// plural auxiliary ("were jailed", "the looters were jailed").
func noVictims(sc *numScan, i int, c Candidate) bool {
	none := slices.Contains(c.Features, "v=none")
	if none && (slices.Contains(c.Features, "subj=thing") || slices.Contains(c.Features, "vk=thing") || thingObject(sc, i)) {
		return true
	}
	if m, ok := sc.number(i + 1); ok && none && (m.n.Kind == contract.KindPercent || m.n.Kind == contract.KindFraction) {
		return true // "killed 40% of the herd", "two-thirds of": a share, not a count of victims
	}
	return (none || slices.Contains(c.Features, "v=vlplural")) && pluralChain(sc, i)
}

// unstated reports a candidate c whose harm the words before it deny or
// leave to come: a negation ("was not hurt") or a modal, a threat, an
// attempt or a duty ("could kill", "tried to kill", "is to be jailed"). The
// guide counts no such harm, and none of the annotated candidates with
// these features is a casualty; a statement that nobody was harmed is the
// grammar's (a count of 0).
func unstated(c Candidate) bool {
	return slices.Contains(c.Features, "neg") || slices.Contains(c.Features, "modal") || slices.Contains(c.Features, "wish")
}

// thingObject reports a thing for the object of the casualty word at token
// i, after at most a determiner or number and a modifier: "killed 30 cattle",
// "hit the markets".
func thingObject(sc *numScan, i int) bool {
	for k := i + 1; k < sc.hi && k <= i+3; k++ {
		w := sc.w(k)
		if lexicon.IsNonPersonNoun(w) {
			return true
		}
		if w == "" || strings.ContainsAny(w, ".,;:\"") || lexicon.IsPreposition(w) {
			return false
		}
	}
	return false
}

// auxChainStart returns the first token of the auxiliaries and chain words
// before the casualty word at token i ("was later", "is to be").
func auxChainStart(sc *numScan, i int) int {
	k := i
	for k > sc.lo && (auxWords.at(sc.w(k-1)) || chainWords.at(sc.w(k-1))) && sc.w(k-1) != "who" {
		k--
	}
	return k
}

// pluralChain reports a plural auxiliary before the casualty word at token
// i ("were jailed", "have been killed"): victims of a number the words
// before do not say.
func pluralChain(sc *numScan, i int) bool {
	for k := auxChainStart(sc, i); k < i; k++ {
		switch sc.w(k) {
		case "were", "are", "have":
			return true
		}
	}
	return false
}

// beTo reports the future or duty of "is to be jailed", "was to have been
// freed": a form of "be" and "to" among the auxiliaries before token i.
func beTo(sc *numScan, i int) bool {
	for k := auxChainStart(sc, i); k+1 < i; k++ {
		switch sc.w(k) {
		case "is", "are", "was", "were", "am":
			if sc.w(k+1) == "to" {
				return true
			}
		}
	}
	return false
}

// farCount finds the subject of a plural auxiliary before the casualty
// word at token i that opens with a figure and a noun of people, at most 16
// tokens back within its sentence: "at least 555 children under the age of
// 12 have been killed". It returns the figure's first token and value.
func farCount(sc *numScan, i int) (int, float64, bool) {
	for k := auxChainStart(sc, i) - 1; k >= sc.lo && k >= i-16; k-- {
		switch sc.w(k) {
		case ".", ";", ":", "\"", "\u201c", "\u201d":
			return 0, 0, false
		}
		m, ok := sc.number(k)
		if !ok || m.tok != k || m.n.Kind != contract.KindFigure || m.n.Range || m.n.Value < 2 || m.n.Value >= 1e9 {
			continue
		}
		if w := sc.w(m.tokEnd); personForm(w, sc.raw(m.tokEnd)) || personPlural(w) || w == "people" || w == "civilians" {
			return k, m.n.Value, true
		}
	}
	return 0, 0, false
}

// custodyOfSomeone reports a "custody" at token i that is the care of a
// child or a dispute over it: "custody of her son", "a custody battle".
func custodyOfSomeone(sc *numScan, i int) bool {
	if sc.w(i) != "custody" {
		return false
	}
	switch sc.w(i + 1) {
	case "of", "battle", "battles", "case", "dispute", "hearing", "fight", "rights", "arrangement", "arrangements", "order":
		return true
	}
	return false
}

// bookedElsewhere reports a "booked" at token i that puts no one in
// custody: a booking is custody only into a jail or on a charge ("booked
// into the county jail", "booked on suspicion of murder"), not "booked for
// a foul" or "is booked for an interview".
func bookedElsewhere(sc *numScan, i int) bool {
	if sc.w(i) != "booked" {
		return false
	}
	switch sc.w(i + 1) {
	case "into", "on", "in", "at", "and":
		return false
	}
	return true
}

// titleWord reports a capitalised casualty word at token i inside a body
// sentence after the first (sent), not at its start and not in a sentence
// written as a headline: a word of a name ("Death Row Records").
func titleWord(sc *numScan, i, sent int) bool {
	r := sc.raw(i)
	return sent > 0 && i > sc.lo && isCapWord(r) && strings.ToUpper(r) != r && !headlineLike(sc)
}

// covered reports a listed casualty over bytes [s, e).
func covered(listed []contract.Casualty, s, e int) bool {
	for _, c := range listed {
		if c.Start < e && s < c.End {
			return true
		}
	}
	return false
}

// docFeatures describe where a candidate stands in its article.
func docFeatures(sent, inSent int, anyKilled, anyHit bool) []string {
	pos := "body"
	switch {
	case sent < 0:
		pos = "title"
	case sent == 0:
		pos = "lede"
	case sent < 5:
		pos = "early"
	}
	return []string{"pos=" + pos, "insent=" + strconv.Itoa(min(inSent, 2)), "dockilled=" + strconv.FormatBool(anyKilled),
		"dochit=" + strconv.FormatBool(anyHit)}
}

// candidateAt makes the candidate of the casualty word at token i (of kind):
// the victim phrase before it (a subject and its chain) or after it (an
// object), its count, and the features of the word and its context;
// quotes counts the quotation marks before it in its sentence.
func candidateAt(sc *numScan, i int, kind string, ents []contract.Entity, listed castSpans, quotes int) Candidate {
	w := sc.w(i)
	start, end, count := i, i+1, 1.0
	vf, who := "v=none", ""
	var c0 Candidate // what the victims tell beside the span (unsaid)
	// a victim before: "the cashier ... was hurt"
	for j := i - 1; j >= sc.lo && j >= i-8; j-- {
		if w := sc.w(j); w == "," || w == "." || w == ";" || w == ":" || w == "\"" {
			break // the subject stands in the same clause
		}
		v, ok := victimsAt(sc, j, ents)
		if !ok || v.end > i || listed.covered(sc.toks[j].Start, sc.toks[i].End) {
			continue
		}
		gap := true
		for k := v.end; k < i; k++ {
			if !auxWords.at(sc.w(k)) && !chainWords.at(sc.w(k)) && !strings.HasSuffix(sc.w(k), "ly") && sc.w(k) != "not" {
				gap = false
			}
		}
		if gap {
			v, j = widestVictims(sc, j, v, ents)
			start, who = j, v.who
			vf = victimFeature("vl", v)
			if v.count > 0 {
				count = v.count
			}
			c0.unsaid = v.count < 0 && !v.pronoun && !v.named && pluralWho(v.who)
			break
		}
	}
	if vf == "v=none" && pluralChain(sc, i) {
		if k, n, ok := farCount(sc, i); ok && !listed.covered(sc.toks[k].Start, sc.toks[i].End) {
			start, count, vf = k, n, "v=farnumber" // "some 3,200 residents living near the dam were evacuated"
		}
	}
	if vf == "v=none" && i+1 < sc.hi {
		if v, ok := victimsAt(sc, i+1, ents); ok && !listed.covered(sc.toks[i].Start, sc.toks[v.end-1].End) {
			end, who = v.end, v.who
			vf = victimFeature("vr", v)
			if v.count > 0 {
				count = v.count
			}
			c0.unsaid = v.count < 0 && !v.pronoun && !v.named && pluralWho(v.who)
		}
	}
	if m, ok := sc.number(i - 1); ok && m.tokEnd == i && m.n.Kind == contract.KindFigure && !m.n.Range && m.n.Value >= 1 && m.n.Value < 1e6 {
		start, count, vf = m.tok, m.n.Value, "v=number" // "3 dead", "two hurt"
	}
	c := Candidate{Start: sc.toks[start].Start, End: sc.toks[end-1].End, Kind: kind, Count: roundFigure(count)}
	c.unsaid = c0.unsaid || vf == "v=none" && pluralSubject(sc, i)
	c.Features = append(wordFeatures(sc, i, w, kind, vf, quotes), "subj="+subjectShape(sc, i))
	if vf == "v=none" {
		vk := victimClass(sc, i, ents)
		c.Features = append(c.Features, "vfar="+farVictim(sc, i, ents, listed), "vk="+vk, "kind+vk="+kind+"|"+vk)
	}
	if wishedHarm(sc, i) || nearlyDone(sc, i) {
		c.Features = append(c.Features, "wish")
	}
	if f := strings.Fields(who); len(f) > 0 {
		c.who = f[len(f)-1]
	}
	return c
}

// pluralWho reports a victims' noun in the plural ("officers", "people").
func pluralWho(who string) bool {
	w := lexicon.Lower(who)
	return w == "people" || w == "men" || w == "women" || w == "children" || personPlural(w) ||
		len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss")
}

// pluralSubject reports victims of the casualty word at token i, which has
// no victim phrase of its own, that are more than one and of no number:
// a plural auxiliary ("were jailed", "have been killed") whose subject
// holds no figure (farCount), "those" or "these" before the word ("those
// arrested"), or a plural noun or a vague quantity word as the subject of
// its auxiliaries or of the word with an adverb ("several people had been
// arrested", "men indefinitely detained"), an inverted plural subject
// ("arrested were"), or a vague quantity word as its object ("killed more
// civilians than").
func pluralSubject(sc *numScan, i int) bool {
	if j := coordHead(sc, i); j < i {
		return pluralSubject(sc, j) // "were robbed, beaten and killed": the first participle's subject
	}
	switch sc.w(i + 1) {
	case "more", "several", "many", "some", "countless", "numerous":
		return i+2 < sc.hi
	case "were", "are":
		return true // "Also arrested were Ana Cruz and members of her family": a plural subject after
	}
	k := auxChainStart(sc, i)
	for k > sc.lo && k == i && strings.HasSuffix(sc.w(k-1), "ly") {
		k-- // "men indefinitely detained"
	}
	if k > sc.lo {
		switch w := sc.w(k - 1); w {
		case "those", "these", "several", "many", "others", "they", "people", "some", "number", "numbers", "toll", "total", "tally":
			return true // "the number killed": an amount the words do not give
		default:
			if k < i && (personPlural(w) || w == "men" || w == "women" || w == "children") {
				return true
			}
		}
	}
	if !pluralChain(sc, i) {
		return false
	}
	_, _, ok := farCount(sc, i)
	return !ok
}

// coordHead returns the first of the participles coordinated with the one
// at token i ("robbed, beaten and killed", "stabbed and killed"), which
// share its auxiliaries and subject, or i when none comes before it.
func coordHead(sc *numScan, i int) int {
	j := i
	for k := i - 1; k-1 >= sc.lo && k >= i-8; k -= 2 {
		if w := sc.w(k); w != "," && w != "and" && w != "or" {
			break
		}
		p := sc.w(k - 1)
		if p == "," && k-2 >= sc.lo && (sc.w(k) == "and" || sc.w(k) == "or") {
			k-- // the serial comma: "robbed, beaten, and killed"
			p = sc.w(k - 1)
		}
		if !strings.HasSuffix(p, "ed") && !strings.HasSuffix(p, "en") && triggers.at(p).kind == "" || auxWords.at(p) || chainWords.at(p) {
			break
		}
		j = k - 1
	}
	return j
}

// widestVictims returns the widest victim phrase that ends where v (at
// token j) ends and opens at most eight tokens before it, with its first
// token: the coordination "a tourist and a guide" over its last conjunct.
func widestVictims(sc *numScan, j int, v victimPhrase, ents []contract.Entity) (victimPhrase, int) {
	for k := j - 1; k >= sc.lo && k >= j-8; k-- {
		if w := sc.w(k); w == "." || w == ";" || w == ":" || w == "\"" {
			break
		}
		if u, ok := victimsAt(sc, k, ents); ok && u.end == v.end {
			v, j = u, k
		}
	}
	return v, j
}

// notNouns are the words of notPersonForms that are no nouns.
var notNouns = map[string]bool{"after": true, "under": true, "over": true, "never": true, "ever": true, "other": true,
	"together": true, "either": true, "neither": true, "further": true, "later": true, "however": true,
	"rather": true, "whether": true, "lower": true, "upper": true}

// subjectShape describes the word before the auxiliaries that precede the
// casualty word at token i: a pronoun, a person's noun or form, a name, a
// thing, or none ("The merger was killed" has a thing for its subject).
func subjectShape(sc *numScan, i int) string {
	k := i - 1
	for k >= sc.lo && (auxWords.at(sc.w(k)) || chainWords.at(sc.w(k)) || strings.HasSuffix(sc.w(k), "ly") || sc.w(k) == "not") {
		k--
	}
	if k < sc.lo || k == i-1 {
		return "none"
	}
	w, r := sc.w(k), sc.raw(k)
	switch {
	case w == "it" || w == "which":
		return "thing" // "the circle it was imprisoned in"
	case victimPronouns.at(w) != "" || w == "they" || w == "who":
		return "pronoun"
	case personForm(w, r) || personPlural(w):
		return "person"
	case isCapWord(r):
		return "name"
	case lexicon.IsNonPersonNoun(w) || notPersonForms[w] && !lexicon.IsPreposition(w) && !notNouns[w]:
		return "thing"
	}
	return "other"
}

// victimFeature names the form of a victim phrase v on side (vl, vr).
func victimFeature(side string, v victimPhrase) string {
	switch {
	case v.pronoun:
		return "v=" + side + "pron"
	case v.named:
		return "v=" + side + "name"
	case v.count > 1:
		return "v=" + side + "many"
	case v.count < 0:
		return "v=" + side + "plural"
	}
	return "v=" + side + "one"
}

// wordFeatures describe the casualty word w at token i and its context,
// after quotes quotation marks in its sentence.
func wordFeatures(sc *numScan, i int, w, kind, vf string, quotes int) []string {
	prev, next := sc.w(i-1), sc.w(i+1)
	if i == sc.lo {
		prev = "<s>"
	}
	if i+1 >= sc.hi {
		next = "</s>"
	}
	feats := []string{"w=" + w, "kind=" + kind, vf, "prev=" + shapeWord(prev), "next=" + shapeWord(next),
		"w+v=" + w + "|" + vf, "kind+v=" + kind + "|" + vf}
	if auxWords.at(prev) || chainWords.at(prev) {
		feats = append(feats, "aux")
	}
	if isCapWord(sc.raw(i)) {
		feats = append(feats, "cap")
	}
	if headlineLike(sc) {
		feats = append(feats, "headline")
	}
	for p := i - 1; p >= sc.lo && p >= i-4; p-- {
		switch sc.w(p) {
		case "not", "n't", "no", "never", "without", "none", "nobody", "neither", "nor":
			feats = append(feats, "neg")
		case "would", "could", "may", "might", "will", "should", "can", "if", "threatened", "tried", "attempted":
			feats = append(feats, "modal")
		case "to":
			switch {
			case p == i-1 && (w == "death" || w == "deaths"):
				feats = append(feats, "todeath") // "mauled to death": a result, no purpose
			case p == i-1:
				feats = append(feats, "to")
			}
		}
	}
	if beTo(sc, i) {
		feats = append(feats, "modal")
	}
	if quotes%2 == 1 {
		feats = append(feats, "quote")
	}
	return feats
}

// quoteMark reports a token that opens or closes a quotation.
func quoteMark(w string) bool {
	switch w {
	case "\"", "\u201c", "\u201d":
		return true
	}
	return false
}

// shapeWord keeps the words of closed classes as they are (auxiliaries,
// prepositions, determiners, pronouns, conjunctions, negation, marks) and
// gives every other word a shape, so that the model weighs the grammar
// around a casualty word and not the open-class words of the articles it
// was trained on.
func shapeWord(w string) string {
	switch {
	case w == "" || w == "<s>" || w == "</s>" || closedWord(w):
		return w
	case lexicon.IsVictimNoun(w):
		return "VICTIM"
	case strings.IndexFunc(w, unicode.IsLetter) < 0:
		if strings.IndexFunc(w, unicode.IsDigit) >= 0 {
			return "NUM"
		}
		return w // a mark
	case strings.HasSuffix(w, "ed"):
		return "-ed"
	case strings.HasSuffix(w, "ing"):
		return "-ing"
	case strings.HasSuffix(w, "ly"):
		return "-ly"
	}
	return "word"
}

// closedWord reports a word of a closed class: an auxiliary or chain word,
// a preposition, a determiner, a pronoun, a conjunction or a negation.
func closedWord(w string) bool {
	if auxWords.at(w) || chainWords.at(w) || lexicon.IsPreposition(w) || lexicon.IsDeterminer(w) || victimPronouns.at(w) != "" {
		return true
	}
	switch w {
	case "and", "or", "but", "nor", "not", "n't", "no", "never", "they", "them", "their", "his", "its", "we", "i", "you",
		"me", "us", "it", "who", "whom", "whose", "which", "that", "this", "these", "those", "'s", "’s", "when", "after", "before", "if":
		return true
	}
	return false
}

// fallbackHits returns the candidates of an article that the model m keeps,
// as casualties over the listed ones (listed).
func (f *Figures) fallbackHits(listed []contract.Casualty, m *fallbackModel) []contract.Casualty {
	if m.threshold > 1 {
		return nil // a model that keeps nothing: the trainer found no threshold that pays
	}
	cands := f.Candidates(listed)
	sport := len(cands) > 0 && sportStory(f)
	scores := make([]float64, len(cands))
	for k, c := range cands {
		scores[k] = m.score(c.Features)
	}
	var out []contract.Casualty
	for k, c := range cands {
		if scores[k] < m.threshold || covered(out, c.Start, c.End) || covered(f.silent, c.Start, c.End) || k+1 < len(cands) && cands[k+1].Start == c.Start && scores[k+1] > scores[k] ||
			sport && c.Kind == injured || c.unsaid {
			continue // below the threshold, or a reading of the same words that scores higher
		}
		out = append(out, contract.Casualty{Start: c.Start, End: c.End, Text: f.d.Text[c.Start:c.End],
			Kind: contract.CasualtyKind(c.Kind), Count: c.Count})
	}
	return out
}

// farVictim describes the nearest victim phrase before the casualty word
// at token i in its sentence, beyond the subject candidateAt reads (at most
// 30 tokens back, none a listed casualty covers): "one", "many", "name",
// "pron" or "none". "A 36-year-old man has been charged with robbery after
// being shot" has a victim the harm word's clause does not hold.
func farVictim(sc *numScan, i int, ents []contract.Entity, listed castSpans) string {
	for j := i - 1; j >= sc.lo && j >= i-30; j-- {
		v, ok := victimsAt(sc, j, ents)
		if !ok || v.end > i || listed.covered(sc.toks[j].Start, sc.toks[v.end-1].End) {
			continue
		}
		return strings.TrimPrefix(victimFeature("", v), "v=")
	}
	return "none"
}
