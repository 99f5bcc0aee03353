package contract

import (
	"encoding/json"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestCasualtyJSONCount(t *testing.T) {
	for _, tc := range []struct {
		name string
		c    Casualty
		want string // the "count" member as written
	}{
		{"a figure", Casualty{Kind: Killed, Count: 12, Who: "people"}, `"count":12`},
		{"none harmed", Casualty{Kind: Injured, Count: 0}, `"count":0`},
		{"unstated", Casualty{Kind: Detained, Unstated: true, Vague: true, Who: "suspects"}, `"count":null`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			b, err := json.Marshal(tc.c)
			require.NoError(t, err)
			assert.Contains(t, string(b), tc.want)
			assert.NotContains(t, string(b), "nstated", "the flag is written as the count only")
			var m map[string]any
			require.NoError(t, json.Unmarshal(b, &m))
			assert.Len(t, m, 8, "start, end, text, kind, count, vague, qualifier, who")
			var back Casualty
			require.NoError(t, json.Unmarshal(b, &back))
			assert.Equal(t, tc.c, back)
		})
	}
}

func TestCasualtyJSONRead(t *testing.T) {
	var c Casualty
	require.NoError(t, json.Unmarshal([]byte(`{"kind":"killed","who":"rebels","vague":true}`), &c))
	assert.False(t, c.Unstated, "an absent count is no unstated one")
	require.NoError(t, json.Unmarshal([]byte(`{"kind":"killed","count":null,"vague":true,"source":{"entity":"e1","name":"Police"}}`), &c))
	assert.True(t, c.Unstated)
	assert.Equal(t, "Police", c.Source.Name)
	assert.Error(t, json.Unmarshal([]byte(`{"kind":"killed","count":"many"}`), &c))
	// inside a list, as an Article holds them
	var cs []Casualty
	require.NoError(t, json.Unmarshal([]byte(`[{"count":3},{"count":null}]`), &cs))
	require.Len(t, cs, 2)
	assert.Equal(t, []bool{false, true}, []bool{cs[0].Unstated, cs[1].Unstated})
	b, err := json.Marshal(cs)
	require.NoError(t, err)
	assert.Contains(t, string(b), `"count":null`)
}
