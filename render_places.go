package newsparse

import (
	"strconv"

	"github.com/newsparse/newsparse/internal/contract"
)

// placeNote is what a place entity's hover text adds: the place, its country
// code, its kind and GeoNames id, and its coordinates.
func placeNote(p *contract.Place) string {
	if p == nil {
		return ""
	}
	s := " → " + p.Name
	if p.Country != "" {
		s += ", " + p.Country
	}
	s += " (" + p.Feature
	if p.GeoNamesID != 0 {
		s += ", GeoNames " + strconv.FormatInt(p.GeoNamesID, 10)
	}
	return s + ", " + strconv.FormatFloat(p.Lat, 'f', 2, 64) + ", " + strconv.FormatFloat(p.Lon, 'f', 2, 64) + ")"
}

// placeAttrs are the data attributes of a place entity's mentions.
func placeAttrs(p *contract.Place) string {
	if p == nil {
		return ""
	}
	return ` data-country="` + escString(p.Country) + `" data-lat="` + strconv.FormatFloat(p.Lat, 'f', -1, 64) +
		`" data-lon="` + strconv.FormatFloat(p.Lon, 'f', -1, 64) + `"`
}
