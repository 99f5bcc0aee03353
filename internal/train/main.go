// Command train trains the named-entity tagger of internal/ner on CoNLL-2003.
//
// The training file is split in two by a hash of each document's index
// (-tune-pct, 15 by default): the train part (823 documents) trains the
// model; the tune part (123 documents, held out) chooses the epoch and is
// the part whose errors are read when features are tuned. The development
// set (-dev) is the check: it is scored at the end, never used for a choice.
//
// Reproduce the committed model (from the module root; deterministic, fixed
// seeds, about 20 seconds on one core): the gazetteer, cluster and head-word
// features, all of train (-tune-pct 0), 10 epochs and 3 averaged runs, and
// feature rows whose largest averaged weight is below 0.5 dropped
// (-minweight 0.5: 54,712 rows of 81,875, a feature table of 1.3 MB instead
// of 1.9 MB), all three chosen on the tune part:
//
//	go run ./internal/train -conll ../shared/eval/ner/conll2003-train.txt -runs 3 -epochs 10 -tune-pct 0 \
//	    -minweight 0.5 -out internal/ner/model.bin
//
// Score the embedded model (or -model FILE) on the tune part, and write its errors:
//
//	go run ./internal/train -eval -conll ../shared/eval/ner/conll2003-train.txt -part tune -errors /tmp/tune.errors
//
// or on the development set (the check): -eval -dev ../shared/eval/ner/conll2003-dev.txt.
// -write-part tune -out FILE writes the tune part as a CoNLL file (.ci/score
// scores the whole pipeline on it). -minweight is 0.5 by default, so the tune
// model .ci/score trains is pruned as the committed one is.
//
// Scores are exact-span, exact-type matches computed like
// shared/eval/score/ner.py: gold spans are read from the IOB1 tags of each
// whole document, predicted spans from the IOB2 labels of each sentence.
// The run is deterministic (seed 1, 5 folds; the best epoch on the tune
// part kept, the last one with -tune-pct 0); the file it writes is
// byte-identical from run to run. The figures of the committed model are in the commit that wrote it;
// .ci/score ner gives those of the whole pipeline.
//
// Rewrite a model file of an older format (-model, or the embedded model)
// in the current one, with the same weights: -upgrade -out FILE.
//
// Other flags: -drop N,M switches feature templates off for ablations.
package main

import (
	"bufio"
	"flag"
	"fmt"
	"log"
	"os"
	"strconv"
	"strings"
	"time"

	"github.com/newsparse/newsparse/internal/gazetteer"
	"github.com/newsparse/newsparse/internal/lexicon"
	"github.com/newsparse/newsparse/internal/ner"
)

// options are the command's flags.
type options struct {
	conll, dev, out, modelPath, errorsPath, part, clusters, writePart string
	epochs, runs, folds, tunePct                                      int
	seed                                                              int64
	minWeight                                                         float64
	eval, places, upgrade                                             bool
}

func main() {
	var o options
	flag.StringVar(&o.conll, "conll", "", "CoNLL-2003 training file")
	flag.StringVar(&o.dev, "dev", "", "CoNLL-2003 development file (epoch selection and scores)")
	flag.StringVar(&o.out, "out", "internal/ner/model.bin", "where to write the model")
	flag.IntVar(&o.epochs, "epochs", 15, "maximum number of epochs")
	flag.Int64Var(&o.seed, "seed", 1, "shuffling seed")
	flag.IntVar(&o.runs, "runs", 1, "training runs with seeds seed, seed+1, …, whose weights are averaged")
	flag.IntVar(&o.folds, "folds", 5, "folds for the training-time gazetteer and case lexicon")
	flag.Float64Var(&o.minWeight, "minweight", 0.5, "drop feature rows whose largest averaged weight is below this (0: keep every row)")
	flag.BoolVar(&o.eval, "eval", false, "only score a model on -dev")
	flag.BoolVar(&o.upgrade, "upgrade", false, "rewrite -model (default: the embedded model) in the current format to -out, and exit")
	flag.StringVar(&o.modelPath, "model", "", "with -eval: model file (default: the embedded model)")
	flag.StringVar(&o.errorsPath, "errors", "", "with -eval: write the sentences with a wrong span to this file")
	drop := flag.String("drop", "", "comma-separated feature template numbers to switch off (ablation)")
	flag.IntVar(&o.tunePct, "tune-pct", 15, "percent of the -conll documents held out as the tune part (by a hash of the document index)")
	flag.StringVar(&o.part, "part", "", "with -eval: score this part of -conll instead of -dev: train or tune")
	flag.StringVar(&o.clusters, "clusters", "internal/train/clusters/clusters.tsv", "word-cluster table (internal/train/clusters); empty: none")
	flag.BoolVar(&o.places, "places", true, "build the place gazetteer (internal/gazetteer) into the model")
	flag.StringVar(&o.writePart, "write-part", "", "write the documents of this part of -conll (train or tune) to -out as CoNLL lines, and exit")
	flag.Parse()
	for _, d := range strings.Split(*drop, ",") {
		if d != "" {
			var k int
			fmt.Sscan(d, &k)
			ner.Dropped[k] = true
		}
	}
	log.SetFlags(0)
	var err error
	switch {
	case o.writePart != "":
		err = writeCoNLLPart(o.conll, o.writePart, o.tunePct, o.out)
	case o.upgrade:
		err = upgradeModel(o)
	case o.eval:
		err = evalModel(o)
	default:
		err = trainModel(o)
	}
	if err != nil {
		log.Fatal(err)
	}
}

// upgradeModel writes -model (or the embedded model) in the current format
// to -out.
func upgradeModel(o options) error {
	var b []byte
	if o.modelPath != "" {
		var err error
		if b, err = os.ReadFile(o.modelPath); err != nil {
			return err
		}
	} else {
		b = ner.Default().Encode()
	}
	b, err := ner.Upgrade(b)
	if err != nil {
		return err
	}
	return os.WriteFile(o.out, b, 0o644)
}

// evalModel scores a model (-model, or the embedded one) on -dev or on a
// part of -conll.
func evalModel(o options) error {
	var docs []gdoc
	var err error
	switch {
	case o.part != "":
		if o.conll == "" {
			return fmt.Errorf("-part needs -conll")
		}
		if docs, err = readCoNLL(o.conll); err == nil {
			docs = partOf(docs, o.part, o.tunePct)
		}
	case o.dev != "":
		docs, err = readCoNLL(o.dev)
	default:
		return fmt.Errorf("-eval needs -dev, or -conll and -part")
	}
	if err != nil {
		return err
	}
	var m *ner.Model
	start := time.Now()
	if o.modelPath != "" {
		b, err := os.ReadFile(o.modelPath)
		if err != nil {
			return err
		}
		if m, err = ner.Load(b); err != nil {
			return err
		}
	} else {
		m = ner.Default()
	}
	log.Printf("model loaded in %v, %d feature rows", time.Since(start), m.NumFeatures())
	score(m, docs, true)
	if o.errorsPath != "" {
		return writeErrors(m, docs, o.errorsPath)
	}
	return nil
}

// trainModel trains on the train part of -conll, chooses the epoch on its
// tune part, writes the model and scores it on tune and -dev.
func trainModel(o options) error {
	if o.conll == "" {
		return fmt.Errorf("need -conll (or -eval)")
	}
	all, err := readCoNLL(o.conll)
	if err != nil {
		return err
	}
	// The tune part chooses the epoch and is where errors are read; -dev is
	// only scored at the end, never used for a choice.
	train, tune := partOf(all, "train", o.tunePct), partOf(all, "tune", o.tunePct)
	log.Printf("%d training documents, %d tune documents (held out)", len(train), len(tune))
	var devDocs []gdoc
	if o.dev != "" {
		if devDocs, err = readCoNLL(o.dev); err != nil {
			return err
		}
	}
	tdocs := make([]ner.Doc, len(train))
	for i, d := range train {
		tdocs[i] = d.doc
	}
	opt, err := trainOptions(o, all)
	if err != nil {
		return err
	}
	start := time.Now()
	opt.AfterEpoch = func(epoch int, m *ner.Model) float64 {
		if len(tune) == 0 {
			return float64(epoch)
		}
		all, plo := score(m, tune, false)
		log.Printf("  epoch %d tune micro-F1 %.4f, PER/ORG/LOC %.4f (%v)", epoch, all, plo, time.Since(start).Round(time.Second))
		return all
	}
	m := ner.Train(tdocs, opt)
	b := m.Encode()
	if err := os.WriteFile(o.out, b, 0o644); err != nil {
		return err
	}
	log.Printf("wrote %s: %d bytes, %d feature rows", o.out, len(b), m.NumFeatures())
	if len(tune) > 0 {
		fmt.Println("tune part of -conll (held out):")
		score(m, tune, true)
	}
	if devDocs != nil {
		fmt.Println("-dev (check):")
		score(m, devDocs, true)
	}
	return nil
}

// trainOptions gathers the tables training reads (places, clusters, head
// words) and the flags' settings.
func trainOptions(o options, all []gdoc) (ner.TrainOptions, error) {
	opt := ner.TrainOptions{Runs: o.runs, Epochs: o.epochs, Seed: o.seed, Folds: o.folds,
		MinWeight: o.minWeight, Log: log.Printf}
	if o.places {
		opt.Places = placeNames()
		log.Printf("%d place names", len(opt.Places))
	}
	if o.clusters != "" {
		var err error
		if opt.Clusters, err = readClusters(o.clusters); err != nil {
			return opt, err
		}
		log.Printf("%d clustered words", len(opt.Clusters))
	}
	opt.Heads = headWords(opt.Clusters, all)
	log.Printf("%d head words", len(opt.Heads))
	return opt, nil
}

// placeNames returns every name of the place gazetteer as the tagger's
// tokens, in lower case as written and without diacritics, with its kinds
// and the population band of its most populous city.
func placeNames() []ner.PlaceName {
	var out []ner.PlaceName
	gazetteer.Each(func(p gazetteer.Place, names []string) {
		var kind, band uint8
		switch p.Kind() {
		case gazetteer.KindCity:
			kind = ner.GeoCity
			switch {
			case p.Population >= 1_000_000:
				band = 3
			case p.Population >= 100_000:
				band = 2
			case p.Population >= 10_000:
				band = 1
			}
		case gazetteer.KindCountry:
			kind = ner.GeoCountry
		default:
			kind = ner.GeoSubdivision
		}
		for _, name := range names {
			forms := []string{name}
			if k := gazetteer.Key(name); k != strings.ToLower(name) {
				forms = append(forms, k)
			}
			for _, f := range forms {
				if words := placeTokens(f); len(words) > 0 {
					out = append(out, ner.PlaceName{Words: words, Kinds: kind, Band: band})
				}
			}
		}
	})
	return out
}

// placeTokens splits a place name into tokens as CoNLL writes them: at
// spaces, with commas and brackets apart.
func placeTokens(name string) []string {
	var out []string
	for _, f := range strings.Fields(name) {
		for f != "" && strings.ContainsRune("(", rune(f[0])) {
			out, f = append(out, f[:1]), f[1:]
		}
		var tail []string
		for f != "" && strings.ContainsRune(",)", rune(f[len(f)-1])) {
			tail, f = append(tail, f[len(f)-1:]), f[:len(f)-1]
		}
		if f != "" {
			out = append(out, f)
		}
		for i := len(tail) - 1; i >= 0; i-- {
			out = append(out, tail[i])
		}
	}
	return out
}

// headWords returns the words of the clustered vocabulary and of the
// training file that internal/lexicon knows as heads of organisation,
// location or facility names.
func headWords(cs []ner.WordClusters, docs []gdoc) []ner.HeadWord {
	seen := map[string]bool{}
	var out []ner.HeadWord
	add := func(w string) {
		if seen[w] {
			return
		}
		seen[w] = true
		k := lexicon.Key(w)
		var bits uint8
		if lexicon.IsOrgHead(k) {
			bits |= ner.HeadOrg
		}
		if lexicon.IsLocationHead(k) {
			bits |= ner.HeadLocation
		}
		if lexicon.IsFacilityHead(k) {
			bits |= ner.HeadFacility
		}
		if bits != 0 {
			out = append(out, ner.HeadWord{Word: w, Bits: bits})
		}
	}
	for _, c := range cs {
		add(c.Word)
	}
	for _, d := range docs {
		for _, s := range d.doc {
			for _, w := range s.Words {
				add(w)
			}
		}
	}
	return out
}

// readClusters reads the table of internal/train/clusters.
func readClusters(path string) ([]ner.WordClusters, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var out []ner.WordClusters
	for _, line := range strings.Split(string(b), "\n") {
		if line == "" || line[0] == '#' {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != 4 {
			return nil, fmt.Errorf("%s: bad line %q", path, line)
		}
		fine, err1 := strconv.Atoi(f[1])
		coarse, err2 := strconv.Atoi(f[2])
		n, err3 := strconv.Atoi(f[3])
		if err1 != nil || err2 != nil || err3 != nil || fine < 1 || fine > 255 || coarse < 1 || coarse > 255 {
			return nil, fmt.Errorf("%s: bad line %q", path, line)
		}
		out = append(out, ner.WordClusters{Word: f[0], Fine: uint8(fine), Coarse: uint8(coarse), Count: n})
	}
	return out, nil
}

// inTune reports whether document i (0-based, in file order, empty
// documents left out) of a training file belongs to the tune part: a hash of
// its index, so that the part is fixed and spread over the whole file.
func inTune(i, pct int) bool {
	h := uint64(14695981039346656037)
	for _, c := range []byte(strconv.Itoa(i)) {
		h ^= uint64(c)
		h *= 1099511628211
	}
	h ^= h >> 33
	h *= 0xff51afd7ed558ccd
	h ^= h >> 33
	return int(h%100) < pct
}

// partOf returns the documents of one part: "train" (the documents not in
// the tune part) or "tune".
func partOf(docs []gdoc, part string, pct int) []gdoc {
	if part != "train" && part != "tune" {
		log.Fatalf("unknown part %q (train or tune)", part)
	}
	var out []gdoc
	for i, d := range docs {
		if inTune(i, pct) == (part == "tune") {
			out = append(out, d)
		}
	}
	return out
}

// writeCoNLLPart writes the documents of one part of a CoNLL file, with all
// their columns, to out: the same documents partOf gives.
func writeCoNLLPart(path, part string, pct int, out string) error {
	if part != "train" && part != "tune" {
		return fmt.Errorf("unknown part %q (train or tune)", part)
	}
	b, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	var w strings.Builder
	n := 0
	for _, chunk := range strings.SplitAfter(string(b), "-DOCSTART-") {
		// Each chunk but the first is the rest of a -DOCSTART- line and its
		// document, ending with the next "-DOCSTART-".
		body := strings.TrimSuffix(chunk, "-DOCSTART-")
		if !hasTokens(body) {
			continue
		}
		if inTune(n, pct) == (part == "tune") {
			w.WriteString("-DOCSTART-")
			w.WriteString(body)
		}
		n++
	}
	return os.WriteFile(out, []byte(w.String()), 0o644)
}

// hasTokens reports whether a document chunk has a token line.
func hasTokens(body string) bool {
	lines := strings.Split(body, "\n")
	for _, l := range lines[1:] {
		if strings.TrimSpace(l) != "" {
			return true
		}
	}
	return false
}

// gdoc is a document with its gold IOB1 tags, as the scorer reads them.
type gdoc struct {
	doc  ner.Doc
	iob1 []string // all tokens of the document
}

// readCoNLL reads word POS chunk TAG lines: -DOCSTART- between documents,
// blank lines between sentences. Only the words and tags are kept.
func readCoNLL(path string) ([]gdoc, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var docs []gdoc
	var cur *gdoc
	var words, tags []string
	flushSent := func() {
		if len(words) == 0 {
			return
		}
		if cur == nil {
			docs = append(docs, gdoc{})
			cur = &docs[len(docs)-1]
		}
		cur.doc = append(cur.doc, ner.Sentence{Words: words, Labels: iob2(tags)})
		cur.iob1 = append(cur.iob1, tags...)
		words, tags = nil, nil
	}
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		line := sc.Text()
		if strings.HasPrefix(line, "-DOCSTART-") {
			flushSent()
			docs = append(docs, gdoc{})
			cur = &docs[len(docs)-1]
			continue
		}
		fs := strings.Fields(line)
		if len(fs) == 0 {
			flushSent()
			continue
		}
		words = append(words, fs[0])
		tags = append(tags, fs[len(fs)-1])
	}
	flushSent()
	// Drop empty documents, as the scorer does.
	out := docs[:0]
	for _, d := range docs {
		if len(d.iob1) > 0 {
			out = append(out, d)
		}
	}
	return out, sc.Err()
}

// iob2 converts the IOB1 tags of one sentence to IOB2 label indices.
func iob2(tags []string) []int {
	out := make([]int, len(tags))
	prev := "O"
	for i, t := range tags {
		l := t
		if strings.HasPrefix(t, "I-") && (prev == "O" || prev[2:] != t[2:]) {
			l = "B-" + t[2:]
		}
		out[i] = ner.LabelIndex(l)
		if out[i] < 0 {
			log.Fatalf("unknown tag %q", t)
		}
		prev = t
	}
	return out
}

type span struct {
	first, last int
	typ         string
}

// spansIOB1 is spans_of in ner.py.
func spansIOB1(tags []string) []span {
	var out []span
	start, label := -1, ""
	for i := 0; i <= len(tags); i++ {
		t := "O"
		if i < len(tags) {
			t = tags[i]
		}
		if t == "O" || strings.HasPrefix(t, "B-") || (strings.HasPrefix(t, "I-") && t[2:] != label) {
			if start >= 0 {
				out = append(out, span{start, i - 1, label})
				start, label = -1, ""
			}
			if t != "O" {
				start, label = i, t[2:]
			}
		}
	}
	return out
}

// spansIOB2 reads the predicted spans of one sentence, offset by base.
func spansIOB2(labels []int, base int) []span {
	var out []span
	start, typ := -1, ""
	for i := 0; i <= len(labels); i++ {
		l := ""
		if i < len(labels) {
			l = ner.Labels[labels[i]]
		}
		if start >= 0 && !(strings.HasPrefix(l, "I-") && l[2:] == typ) {
			out = append(out, span{base + start, base + i - 1, typ})
			start = -1
		}
		if strings.HasPrefix(l, "B-") || (strings.HasPrefix(l, "I-") && start < 0) {
			start, typ = i, l[2:]
		}
	}
	return out
}

type prf struct{ tp, fp, fn int }

func (c prf) scores() (p, r, f float64) {
	if c.tp+c.fp > 0 {
		p = float64(c.tp) / float64(c.tp+c.fp)
	}
	if c.tp+c.fn > 0 {
		r = float64(c.tp) / float64(c.tp+c.fn)
	}
	if p+r > 0 {
		f = 2 * p * r / (p + r)
	}
	return
}

// score tags every document and returns micro-F1 over the four types and
// over PER, ORG and LOC; with print it also prints a table.
func score(m *ner.Model, docs []gdoc, print bool) (all, plo float64) {
	counts := map[string]*prf{}
	for _, t := range []string{"LOC", "MISC", "ORG", "PER"} {
		counts[t] = &prf{}
	}
	var untyped prf
	nbytes, ntoks := 0, 0
	start := time.Now()
	for _, d := range docs {
		sents := make([][]string, len(d.doc))
		labels := make([][]int, len(d.doc))
		for i, s := range d.doc {
			sents[i] = s.Words
			labels[i] = make([]int, len(s.Words))
			for _, w := range s.Words {
				nbytes += len(w) + 1
			}
			ntoks += len(s.Words)
		}
		m.TagDocIndex(sents, labels)
		var pred []span
		base := 0
		for i := range labels {
			pred = append(pred, spansIOB2(labels[i], base)...)
			base += len(labels[i])
		}
		gold := spansIOB1(d.iob1)
		gset := map[span]bool{}
		for _, s := range gold {
			gset[s] = true
		}
		pset := map[span]bool{}
		for _, s := range pred {
			pset[s] = true
		}
		for s := range pset {
			if gset[s] {
				counts[s.typ].tp++
			} else {
				counts[s.typ].fp++
			}
		}
		for s := range gset {
			if !pset[s] {
				counts[s.typ].fn++
			}
		}
		type ft struct{ a, b int }
		gu, pu := map[ft]bool{}, map[ft]bool{}
		for s := range gset {
			gu[ft{s.first, s.last}] = true
		}
		for s := range pset {
			pu[ft{s.first, s.last}] = true
		}
		for s := range pu {
			if gu[s] {
				untyped.tp++
			} else {
				untyped.fp++
			}
		}
		for s := range gu {
			if !pu[s] {
				untyped.fn++
			}
		}
	}
	elapsed := time.Since(start)
	var a, b prf
	for t, c := range counts {
		a.tp, a.fp, a.fn = a.tp+c.tp, a.fp+c.fp, a.fn+c.fn
		if t != "MISC" {
			b.tp, b.fp, b.fn = b.tp+c.tp, b.fp+c.fp, b.fn+c.fn
		}
	}
	_, _, all = a.scores()
	_, _, plo = b.scores()
	if print {
		for _, t := range []string{"LOC", "MISC", "ORG", "PER"} {
			p, r, f := counts[t].scores()
			fmt.Printf("%-8s P=%.3f R=%.3f F1=%.3f (gold %d)\n", t, p, r, f, counts[t].tp+counts[t].fn)
		}
		_, _, uf := untyped.scores()
		fmt.Printf("untyped-span F1=%.3f\n", uf)
		p, r, f := b.scores()
		fmt.Printf("PER/ORG/LOC micro P=%.3f R=%.3f F1=%.3f\n", p, r, f)
		p, r, f = a.scores()
		fmt.Printf("all types   micro P=%.3f R=%.3f F1=%.3f\n", p, r, f)
		fmt.Printf("tagged %d tokens (%d bytes) in %v: %.1f MB/s\n", ntoks, nbytes, elapsed.Round(time.Millisecond),
			float64(nbytes)/elapsed.Seconds()/1e6)
	}
	return all, plo
}

// writeErrors writes every sentence whose predicted labels differ from the
// gold ones, word by word as word/gold/predicted.
func writeErrors(m *ner.Model, docs []gdoc, path string) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	w := bufio.NewWriter(f)
	for di, d := range docs {
		sents := make([][]string, len(d.doc))
		labels := make([][]int, len(d.doc))
		for i, s := range d.doc {
			sents[i] = s.Words
			labels[i] = make([]int, len(s.Words))
		}
		m.TagDocIndex(sents, labels)
		for i, s := range d.doc {
			same := true
			for j := range s.Words {
				if s.Labels[j] != labels[i][j] {
					same = false
				}
			}
			if same {
				continue
			}
			fmt.Fprintf(w, "doc %d sent %d:", di, i)
			for j, word := range s.Words {
				g, p := ner.Labels[s.Labels[j]], ner.Labels[labels[i][j]]
				if g == p {
					if g == "O" {
						fmt.Fprintf(w, " %s", word)
					} else {
						fmt.Fprintf(w, " %s/%s", word, g)
					}
				} else {
					fmt.Fprintf(w, " [%s/%s/%s]", word, g, p)
				}
			}
			fmt.Fprintln(w)
		}
	}
	if err := w.Flush(); err != nil {
		return err
	}
	return f.Close()
}
