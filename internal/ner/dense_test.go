package ner

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestDenseIsHashed checks that the row of every value of every dense
// group, and of values beyond the group's table, weighs what its features'
// hashes weigh in the feature table.
func TestDenseIsHashed(t *testing.T) {
	m := Default()
	tt := m.tagging()
	s := &scratch{rows: tt.rows, narrow: tt.narrow, nibbles: tt.nibbles}
	for d := range denseGroups {
		g := &denseGroups[d]
		n := 0
		// every index, and indices beyond the table
		var lim [4]uint64
		for k := range lim {
			lim[k] = g.n[k] + 2
		}
		for a := range lim[0] {
			for b := range lim[1] {
				for c := range lim[2] {
					for e := range lim[3] {
						s.nd, s.nn = 0, 0
						var got [NumLabels]int32
						m.addAll(&got, s.nibbles, s.dense(nil, d, a, b, c, e), &s.probe)
						s.addDense(&got)
						var want [NumLabels]int32
						for _, h := range appendDense(nil, d, a, b, c, e) {
							m.add(&want, h)
						}
						require.Equal(t, want, got, "group %d indices %d %d %d %d", d, a, b, c, e)
						if want != ([NumLabels]int32{}) {
							n++
						}
					}
				}
			}
		}
		assert.Positive(t, n, "group %d has weights", d)
	}
}

// TestDenseValues checks the indices tokenFeatures gives against the
// values they stand for.
func TestDenseValues(t *testing.T) {
	for cls := range uint8(20) {
		for first := range uint64(2) {
			for caps := range uint64(2) {
				assert.Equal(t, uint64(cls)|first<<4|caps<<5, value(ctxArg, ctxIndex(cls, first, caps)))
			}
		}
		assert.Equal(t, uint64(cls), value(nbArg, nbIndex(cls)))
	}
	assert.Equal(t, uint64(noneCls), value(nbArg, nbNone))
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
	tt := m.tagging()
	dense, hashed := &scratch{rows: tt.rows, narrow: tt.narrow, nibbles: tt.nibbles}, &scratch{nibbles: tt.nibbles}
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
