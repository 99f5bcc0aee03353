package ner

import (
	"bufio"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// spans renders the entities of a tagged sentence as "TYPE:words" strings.
func spans(words, labels []string) []string {
	var out []string
	for i := 0; i < len(words); i++ {
		if !strings.HasPrefix(labels[i], "B-") {
			continue
		}
		typ := labels[i][2:]
		j := i + 1
		for j < len(words) && labels[j] == "I-"+typ {
			j++
		}
		out = append(out, typ+":"+strings.Join(words[i:j], " "))
	}
	return out
}

func TestTagSentences(t *testing.T) {
	m := Default()
	tests := []struct {
		sentence string
		want     []string // entities that must be found, exactly
	}{
		{"Iranian Defence Minister Amir Hatami met his Syrian counterpart in Damascus .",
			[]string{"MISC:Iranian", "PER:Amir Hatami", "MISC:Syrian", "LOC:Damascus"}},
		{"The talks in Geneva were chaired by Norwegian diplomat Kari Lindqvist .",
			[]string{"LOC:Geneva", "MISC:Norwegian", "PER:Kari Lindqvist"}},
		{"Shares of Microsoft fell 3 percent on Tuesday after the company warned of slower growth in Germany .",
			[]string{"ORG:Microsoft", "LOC:Germany"}},
		{"The United Nations said on Monday that fighting near Aleppo had forced 20,000 people from their homes .",
			[]string{"ORG:United Nations", "LOC:Aleppo"}},
		{"Prime Minister Theresa May told parliament in London that Britain would leave the European Union .",
			[]string{"PER:Theresa May", "LOC:London", "LOC:Britain", "ORG:European Union"}},
	}
	for _, tc := range tests {
		words := strings.Fields(tc.sentence)
		got := spans(words, m.Tag(words))
		for _, w := range tc.want {
			assert.Contains(t, got, w, tc.sentence)
		}
	}
}

func TestTagLabelsValid(t *testing.T) {
	m := Default()
	words := strings.Fields("On Friday , Syria 's U.S.-backed rivals said $ 388bn was lost , according to Reuters .")
	labels := m.Tag(words)
	require.Len(t, labels, len(words))
	for i, l := range labels {
		require.NotEqual(t, -1, LabelIndex(l), l)
		if strings.HasPrefix(l, "I-") {
			require.Greater(t, i, 0)
			require.Equal(t, l[2:], labels[i-1][2:], "I- label must continue an entity of its type")
		}
	}
	assert.Empty(t, m.Tag(nil))
	assert.Equal(t, []string{"O"}, m.Tag([]string{"."}))
}

func TestHeadlineNoFlood(t *testing.T) {
	m := Default()
	words := strings.Fields("REBELS SEIZE TOWN AFTER HEAVY FIGHTING , DOZENS KILLED IN CLASHES")
	got := spans(words, m.Tag(words))
	assert.LessOrEqual(t, len(got), 1, "all-caps headline tagged %v", got)
}

func TestTagDocUsesDocument(t *testing.T) {
	m := Default()
	doc := [][]string{
		strings.Fields("FOOTBALL - KOWALCZYK SCORES TWICE AS WARSAW SIDE WIN"),
		strings.Fields("Polish striker Marek Kowalczyk scored twice as his side beat visitors from Krakow 2-1 on Saturday ."),
		strings.Fields("Kowalczyk , who joined in July , now has eight goals this season ."),
	}
	out := m.TagDoc(doc)
	require.Len(t, out, 3)
	assert.Contains(t, spans(doc[1], out[1]), "PER:Marek Kowalczyk")
	assert.Contains(t, spans(doc[2], out[2]), "PER:Kowalczyk")
	assert.Contains(t, spans(doc[0], out[0]), "PER:KOWALCZYK")
}

// TestTagDocFunc: a document given one sentence at a time, in a buffer the
// caller reuses, is tagged as the same document given whole.
func TestTagDocFunc(t *testing.T) {
	m := Default()
	doc := [][]string{
		strings.Fields("FOOTBALL - KOWALCZYK SCORES TWICE AS WARSAW SIDE WIN"),
		strings.Fields("Polish striker Marek Kowalczyk scored twice as his side beat visitors from Krakow 2-1 on Saturday ."),
		strings.Fields("Kowalczyk , who joined in July , now has eight goals this season ."),
		{},
		strings.Fields("The club said on Sunday that Kowalczyk had signed a new contract ."),
	}
	labels := func() [][]int {
		out := make([][]int, len(doc))
		for k, s := range doc {
			out[k] = make([]int, len(s))
		}
		return out
	}
	want := labels()
	m.TagDocIndex(doc, want)
	got := labels()
	m.TagDocFunc(len(doc), func(k int, buf []string) []string { return append(buf, doc[k]...) }, got)
	assert.Equal(t, want, got)
	assert.Equal(t, strings.Fields("KOWALCZYK SCORES"), doc[0][2:4], "the caller's words are left alone")
}

func TestDeterministicAndConcurrent(t *testing.T) {
	m := Default()
	doc := [][]string{
		strings.Fields("German Chancellor Angela Merkel arrived in Paris on Sunday for talks with French officials ."),
		strings.Fields("Merkel and the chief of the World Bank discussed Portugal 's budget ."),
	}
	want := m.TagDoc(doc)
	var wg sync.WaitGroup
	for g := 0; g < 4; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for k := 0; k < 50; k++ {
				assert.Equal(t, want, m.TagDoc(doc))
			}
		}()
	}
	wg.Wait()
	// TagInto equals Tag.
	out := make([]string, len(doc[0]))
	m.TagInto(doc[0], out)
	assert.Equal(t, m.Tag(doc[0]), out)
}

func TestTagIntoNoAlloc(t *testing.T) {
	if raceEnabled {
		t.Skip("sync.Pool drops items at random under the race detector")
	}
	m := Default()
	words := strings.Fields("Iranian Defence Minister Amir Hatami met his Syrian counterpart in Damascus .")
	out := make([]string, len(words))
	m.TagInto(words, out)
	allocs := testing.AllocsPerRun(100, func() { m.TagInto(words, out) })
	assert.LessOrEqual(t, allocs, 1.0)
}

func TestModelRoundTrip(t *testing.T) {
	m := Default()
	m2, err := Load(m.Encode())
	require.NoError(t, err)
	assert.Equal(t, m.NumFeatures(), m2.NumFeatures())
	_, err = Load([]byte("NER4xx"))
	assert.Error(t, err)
	_, err = Load(nil)
	assert.Error(t, err)
	info, err := os.Stat("model.bin")
	require.NoError(t, err)
	assert.LessOrEqual(t, info.Size(), int64(20<<20))
}

func TestLoadTime(t *testing.T) {
	d := time.Hour
	for k := 0; k < 3; k++ { // the best of three, against a busy machine
		start := time.Now()
		_, err := Load(modelBin)
		require.NoError(t, err)
		d = min(d, time.Since(start))
	}
	t.Logf("model load %v, %d bytes", d, len(modelBin))
	if !testing.Short() && !raceEnabled {
		assert.Less(t, d, 50*time.Millisecond) // the budget; TestColdLoad measures a fresh process
	}
}

func BenchmarkLoad(b *testing.B) {
	b.SetBytes(int64(len(modelBin)))
	for i := 0; i < b.N; i++ {
		if _, err := Load(modelBin); err != nil {
			b.Fatal(err)
		}
	}
}

// devDocs reads the CoNLL-2003 development set from the shared folder
// beside the module, or skips.
func devDocs(tb testing.TB) [][][]string {
	_, file, _, _ := runtime.Caller(0)
	path := filepath.Join(filepath.Dir(file), "..", "..", "..", "shared", "eval", "ner", "conll2003-dev.txt")
	f, err := os.Open(path)
	if err != nil {
		tb.Skipf("no CoNLL-2003 dev set at %s: %v", path, err)
	}
	defer f.Close()
	var docs [][][]string
	var sent []string
	flush := func() {
		if len(sent) > 0 {
			if len(docs) == 0 {
				docs = append(docs, nil)
			}
			docs[len(docs)-1] = append(docs[len(docs)-1], sent)
			sent = nil
		}
	}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		switch {
		case strings.HasPrefix(line, "-DOCSTART-"):
			flush()
			docs = append(docs, nil)
		case strings.TrimSpace(line) == "":
			flush()
		default:
			sent = append(sent, strings.Fields(line)[0])
		}
	}
	flush()
	return docs
}

// BenchmarkTag tags the CoNLL-2003 development set document by document;
// bytes are the words joined by single spaces.
func BenchmarkTag(b *testing.B) {
	docs := devDocs(b)
	m := Default()
	n := 0
	outs := make([][][]string, len(docs))
	for i, d := range docs {
		outs[i] = make([][]string, len(d))
		for j, s := range d {
			outs[i][j] = make([]string, len(s))
			for _, w := range s {
				n += len(w) + 1
			}
		}
	}
	b.SetBytes(int64(n))
	b.ResetTimer()
	cpu0 := cpuTime()
	for i := 0; i < b.N; i++ {
		for k, d := range docs {
			m.TagDocInto(d, outs[k])
		}
	}
	// On a shared machine wall time says little: report throughput per
	// second of CPU time too.
	if cpu := cpuTime() - cpu0; cpu > 0 {
		b.ReportMetric(float64(n)*float64(b.N)/cpu.Seconds()/1e6, "cpu-MB/s")
	}
}
