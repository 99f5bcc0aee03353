package ner

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestDenseIsHashed checks that every value of every dense template, and
// values outside the templates' lists, weigh what their hashed feature
// weighs in the feature table.
func TestDenseIsHashed(t *testing.T) {
	m := Default()
	s := &scratch{rows: m.denseRows()}
	odd := []uint64{6, 7, 63, 64, 98, 99, 100, 255, 256, 257, 511, 512, 1 << 20}
	for d, tp := range denseTpls {
		var vals [3][]uint64
		for k, a := range tp.args {
			vals[k] = append(append([]uint64(nil), a.vals...), odd...)
		}
		n := 0
		for _, a := range vals[0] {
			for _, b := range vals[1] {
				for _, c := range vals[2] {
					s.acc = [NumLabels]int32{}
					var got [NumLabels]int32
					m.addAll(&got, s.dense(nil, d, a, b, c))
					addRow(&got, s.acc[:])
					var want [NumLabels]int32
					m.add(&want, tp.hash(a, b, c))
					require.Equal(t, want, got, "template %d values %d %d %d", d, a, b, c)
					if want != ([NumLabels]int32{}) {
						n++
					}
				}
			}
		}
		assert.Positive(t, n, "template %d has weights", d)
	}
}

// TestDenseEmissions tags documents with the dense table and without it
// (every feature hashed) and compares the scores of every token.
func TestDenseEmissions(t *testing.T) {
	docs := [][][]string{
		{
			strings.Fields("Iranian Defence Minister Amir Hatami met his Syrian counterpart in Damascus ."),
			strings.Fields("HATAMI SAYS TALKS WITH ASSAD WENT WELL"),
			strings.Fields("Hatami , 61 , said the talks in Damascus would go on in March ."),
		},
		{
			strings.Fields("Officials in Gansu Province said the quake damaged 300 homes near Lanzhou ."),
			strings.Fields("The Securities and Exchange Commission fined McDONALD 's iPhone unit $ 2.5 million ."),
		},
	}
	denseEmissions(t, docs)
	t.Run("dev", func(t *testing.T) { denseEmissions(t, devDocs(t)) })
}

func denseEmissions(t *testing.T, docs [][][]string) {
	m := Default()
	dense, hashed := &scratch{rows: m.denseRows()}, &scratch{}
	for _, doc := range docs {
		dense.docPrepare(doc, &m.lex, m.voc)
		hashed.docPrepare(doc, &m.lex, m.voc)
		for k, words := range doc {
			a := m.tagPiece(dense, k, 0, len(words))
			b := m.tagPiece(hashed, k, 0, len(words))
			require.Equal(t, hashed.score[:len(words)*NumLabels], dense.score[:len(words)*NumLabels], "%q", words)
			require.Equal(t, b, a)
		}
	}
}
