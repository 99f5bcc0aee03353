package contract

import (
	"bytes"
	"encoding/json"
)

// casualtyFields is Casualty without its methods, so that its JSON is the
// fields' own.
type casualtyFields Casualty

// MarshalJSON writes the casualty's fields by their JSON names, with
// "count": null when the count is unstated (Unstated).
func (c Casualty) MarshalJSON() ([]byte, error) {
	if !c.Unstated {
		return json.Marshal(casualtyFields(c))
	}
	return json.Marshal(struct {
		casualtyFields
		Count *float64 `json:"count"` // the outer field hides the embedded one
	}{casualtyFields: casualtyFields(c)})
}

// UnmarshalJSON reads what MarshalJSON writes: "count": null sets Unstated
// (and Count 0); a count that is absent leaves Count 0 and Unstated unset.
func (c *Casualty) UnmarshalJSON(b []byte) error {
	var v struct {
		casualtyFields
		Count json.RawMessage `json:"count"`
	}
	if err := json.Unmarshal(b, &v); err != nil {
		return err
	}
	*c = Casualty(v.casualtyFields)
	switch {
	case len(v.Count) == 0:
	case bytes.Equal(v.Count, []byte("null")):
		c.Unstated = true
	default:
		if err := json.Unmarshal(v.Count, &c.Count); err != nil {
			return err
		}
	}
	return nil
}
