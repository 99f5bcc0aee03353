package geo

// Weights are the scorer's weights, in the order of FeatureNames. Written by
// hand as a starting point; ./fit replaces them with fitted ones.
var Weights = [nFeatures]float64{
	fPop: 4, fCountry: 3, fADM1: 1.5, fCapital: 1.5, fSeat: 0.8, fRegion: 0.5, fExact: 1, fExpanded: -1,
	fShare: 2, fMentioned: 1.5, fQualifier: 5, fDivision: 2, fDateline: 1, fNear: 1.5,
	fDivWordADM1: 3, fDivWordCity: -1, fLocRegion: 1, fLocCity: -1, fLexCountry: 2, fLexCityPop: 1, fLexState: 1.5,
}

// Threshold is the least softmax probability of the best candidate for which
// an entity is given a place.
var Threshold = 0.5
