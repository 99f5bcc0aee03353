package gazetteer

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestIDs checks the GeoNames ids of countries and first-level divisions
// against entries of GeoNames itself.
func TestIDs(t *testing.T) {
	assert.Equal(t, 163843, CountryID("SY"))
	assert.Equal(t, 0, CountryID("XX"))
	for code, id := range map[string]int64{
		"SY-ID":  169387,  // Idlib Governorate
		"US-TX":  4736286, // Texas
		"GB-ENG": 6269131, // England
		"FR-IDF": 3012874, // Île-de-France
	} {
		assert.Equal(t, id, DivisionID(code), code)
	}
	assert.Zero(t, DivisionID("SY-XX"))
	assert.Zero(t, DivisionID(""))
}
