package contract

// Place is the entry of the gazetteer that a place entity names: a GeoNames
// city or town, or a country, first-level division, continent or region.
type Place struct {
	// GeoNamesID is the GeoNames id; absent (0) for counties, continents,
	// regions and the few first-level divisions the gazetteer holds
	// without one.
	GeoNamesID int64  `json:"geonames_id,omitempty"`
	Name       string `json:"name"`
	// Country is the ISO 3166-1 alpha-2 code; "" for a continent or region.
	Country string `json:"country"`
	// Admin1 is the first-level division: the ISO 3166-2 code ("US-TX",
	// "SY-ID") when it is known, else the GeoNames admin1 code ("13").
	Admin1 string  `json:"admin1"`
	Lat    float64 `json:"lat"`
	Lon    float64 `json:"lon"`
	// Feature is the GeoNames feature class and code: "P.PPLC" capital,
	// "P.PPLA" division seat, "P.PPL" town, "A.PCLI" country, "A.ADM1"
	// first-level division, "L.CONT" continent, "L.RGN" region.
	Feature string `json:"feature"`
}

// PlaceRef ties a casualty count or the toll to a place entity of the
// article: the entity's id and its place's GeoNames id (absent when the place
// has none).
type PlaceRef struct {
	Entity     string `json:"entity"`
	GeoNamesID int64  `json:"geonames_id,omitempty"`
}
