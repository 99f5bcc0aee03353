package gazetteer

import (
	"runtime"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestKey(t *testing.T) {
	for in, want := range map[string]string{
		"São Paulo":         "sao paulo",
		"SAO  PAULO":        "sao paulo",
		"Łódź":              "lodz",
		"St. Louis":         "st louis",
		"the Bronx":         "bronx",
		"Trinidad & Tobago": "trinidad and tobago",
		"Hà Nội":            "ha noi",
		"Düsseldorf":        "dusseldorf",
		"Côte d’Ivoire":     "cote d'ivoire",
		"Gießen":            "giessen",
	} {
		assert.Equal(t, want, Key(in), in)
	}
}

func TestLookup(t *testing.T) {
	paris := Lookup("PARIS")
	require.NotEmpty(t, paris)
	assert.Equal(t, int64(2988507), paris[0].GeoNamesID, "the most populous Paris first")
	assert.Equal(t, "FR", paris[0].Country)
	assert.Equal(t, "P.PPLC", paris[0].Feature)
	assert.InDelta(t, 48.85, paris[0].Lat, 0.01)
	assert.InDelta(t, 2.35, paris[0].Lon, 0.01)
	var texas bool
	for _, p := range paris {
		texas = texas || p.Country == "US" && p.Admin1 == "TX"
	}
	assert.True(t, texas, "Paris, Texas is a candidate")

	for _, tc := range []struct{ name, country, feature string }{
		{"Cincinnati", "US", "P."},
		{"Oklahoma City", "US", "P."},
		{"Sao Paulo", "BR", "P."},
		{"Düsseldorf", "DE", "P."},
		{"Gansu", "CN", "A.ADM1"},
		{"Shandong", "CN", "A.ADM1"},
		{"Ohio", "US", "A.ADM1"},
		{"Bavaria", "", ""}, // ISO writes "Bayern": not every English exonym is here
		{"Afghanistan", "AF", "A.PCLI"},
	} {
		got := Lookup(tc.name)
		if tc.country == "" {
			continue
		}
		require.NotEmpty(t, got, tc.name)
		found := false
		for _, p := range got {
			if p.Country == tc.country && len(p.Feature) >= len(tc.feature) && p.Feature[:len(tc.feature)] == tc.feature {
				found = true
			}
		}
		assert.True(t, found, "%s: %v", tc.name, got)
	}
	assert.Empty(t, Lookup("Xqzzyville"))
	assert.Empty(t, Lookup(""))
	assert.Equal(t, KindCountry, Lookup("Afghanistan")[0].Kind())
	assert.Equal(t, KindSubdivision, Lookup("Gansu")[0].Kind())
	assert.Equal(t, KindCity, Lookup("Cincinnati")[0].Kind())
}

func TestEach(t *testing.T) {
	n, withAlt := 0, 0
	Each(func(p Place, names []string) {
		n++
		if len(names) > 1 {
			withAlt++
		}
		if n == 1 {
			assert.Equal(t, p.Name, names[0])
		}
	})
	assert.Equal(t, Len(), n)
	assert.Greater(t, n, 130000)
	assert.Greater(t, withAlt, 50)
}

// TestLoadBudget checks the table's memory budget (under 60 MB of live
// heap). Its load time is a speed figure, measured by BenchmarkLoad (go test
// -bench Load -benchmem), not asserted here: on a shared machine a timed
// test measures the neighbours.
func TestLoadBudget(t *testing.T) {
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	tb := parse(placesTSV)
	runtime.GC()
	runtime.ReadMemStats(&after)
	heap := int64(after.HeapAlloc) - int64(before.HeapAlloc)
	t.Logf("%d places, %d names, %.1f MB live heap, %d bytes embedded", tb.len(), len(tb.links)/linkSize,
		float64(heap)/1e6, len(placesTSV))
	runtime.KeepAlive(tb)
	if !raceEnabled {
		assert.Less(t, heap, int64(60e6))
	}
}

func BenchmarkLoad(b *testing.B) {
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		parse(placesTSV)
	}
}

func BenchmarkLookup(b *testing.B) {
	load()
	names := []string{"Paris", "Springfield", "Oklahoma City", "São Paulo", "Xqzzyville", "Gansu"}
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		Lookup(names[i%len(names)])
	}
}

func TestLookupCounty(t *testing.T) {
	lake := LookupCounty("LAKE COUNTY")
	require.Greater(t, len(lake), 5)
	il := false
	for _, c := range lake {
		assert.Equal(t, "Lake County", c.Name)
		if c.Country == "US" && c.Admin1 == "IL" {
			il = true
			assert.InDelta(t, 42.3, c.Lat, 0.5)
			assert.InDelta(t, -88.0, c.Lon, 0.5)
		}
	}
	assert.True(t, il, "%+v", lake)
	md := LookupCounty("Miami-Dade County")
	require.Len(t, md, 1)
	assert.Equal(t, "FL", md[0].Admin1)
	assert.Nil(t, LookupCounty("Lake"), "a name without a county's head word")
	assert.Empty(t, LookupCounty("Nowhere County"))
}

func TestHyphenParticles(t *testing.T) {
	for in, want := range map[string]string{
		"Sharm el Sheikh": "Sharm el-Sheikh",
		"Ras al Ain":      "Ras al-Ain",
		"Deir ez-Zor":     "Deir ez-Zor",
		"Rio de Janeiro":  "Rio de-Janeiro",
		"Paris":           "Paris",
		"Isle of wight":   "Isle of wight",
		"":                "",
	} {
		assert.Equal(t, want, HyphenParticles(in), in)
	}
	assert.NotEmpty(t, Lookup(HyphenParticles("Sharm el Sheikh")))
}
