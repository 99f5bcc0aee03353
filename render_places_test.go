package newsparse

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestHTMLPlaceHover(t *testing.T) {
	a, err := Parse("Iran and Syria signed a defence agreement in Damascus on Monday.")
	require.NoError(t, err)
	h := a.HTML()
	assert.Contains(t, h, `data-country="SY"`)
	assert.Contains(t, h, "Damascus, SY (P.PPLC, GeoNames 170654")
}
