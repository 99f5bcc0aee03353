package gazetteer

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestAreas(t *testing.T) {
	sy, ok := AreaByCode("SY")
	require.True(t, ok)
	assert.Equal(t, "A.PCLI", sy.Feature)
	assert.Equal(t, "Syrian", sy.Demonym)
	assert.InDelta(t, 35, sy.Lat, 2)
	assert.True(t, sy.Contains(33.51, 36.29), "Damascus lies in Syria's box")

	got := LookupArea("Syria")
	require.NotEmpty(t, got)
	assert.Equal(t, "SY", got[0].Code)

	tx, ok := AreaByCode("US-TX")
	require.True(t, ok)
	assert.Equal(t, "Texas", tx.Name)
	assert.Equal(t, "US", tx.Country())

	paris := Lookup("Paris")
	for _, p := range paris {
		if p.Country == "US" && p.Admin1 == "TX" {
			d, ok := DivisionOf(p)
			require.True(t, ok)
			assert.Equal(t, "US-TX", d.Code)
		}
	}

	// the keys genareas wrote are Key's: every area is found under its names
	EachArea(func(a Area) {
		found := false
		for _, b := range LookupArea(a.Name) {
			found = found || b.Code == a.Code && b.Name == a.Name
		}
		if !found && Key(a.Name) != "" {
			t.Errorf("%s %q not found under its name: areas.tsv's keys are stale, run go generate", a.Code, a.Name)
		}
	})

	eu := LookupArea("Europe")
	require.NotEmpty(t, eu)
	assert.Equal(t, "L.CONT", eu[0].Feature)
	assert.Empty(t, LookupArea("Atlantis"))
}
