package lexicon

import "strings"

// Casualty word lists, keyed by lower-case words as written (the figure
// scanner looks tokens up lower-cased, not by Key).

// IsVictimNoun reports whether a lower-case word names people that casualty
// counts count ("people", "civilians", "soldiers", "man", "daughter").
func IsVictimNoun(w string) bool {
	if nouns.get(w)&nounVictim != 0 || victimInflection(w) {
		return true
	}
	// "schoolgirls", "steelworkers", "schoolchildren": a plural closed compound headed by a
	// noun of people (a singular may be a surname: "Fairchild", "Goodfriend")
	if len(w) >= 8 && nouns.get(w)&nounNotCompound == 0 && (w[len(w)-1] == 's' || strings.HasSuffix(w, "children") || strings.HasSuffix(w, "women")) {
		for k := 4; k+4 <= len(w); k++ {
			if h := w[k:]; len(h) >= 5 && (nouns.get(h)&nounVictim != 0 || victimInflection(h)) {
				return isLetters(w[:k])
			}
		}
	}
	// "ex-wife", "step-daughter", "ex-boyfriend": a prefix of kin keeps the
	// person (each prefix ends with the word's first hyphen, read first)
	if h := strings.IndexByte(w, '-'); h == 2 || h == 4 || h == 5 {
		for _, p := range [...]string{"ex-", "step-", "half-", "great-"} {
			if len(w) > len(p)+2 && w[:len(p)] == p {
				return nouns.get(w[len(p):])&nounVictim != 0
			}
		}
	}
	return false
}

// victimInflection reports a lower-case word that is the plural of a listed
// singular ("nurses", "deputies") or a plural in -men ("fishermen",
// "crewmen"): a listed noun of people in the other number.
func victimInflection(w string) bool {
	n := len(w)
	if n < 4 {
		return false
	}
	men := n >= 7 && w[n-3:] == "men"
	switch {
	case !men && w[n-1] != 's':
		return false // neither form ends otherwise: no look-up
	case nouns.get(w)&nounNotInflected != 0:
		return false
	case men:
		return true // "fishermen", "crewmen", "tribesmen"
	}
	return pluralOf(w, nounVictim) // "deputies" from "deputy", "nurses" from "nurse"
}

// pluralOf reports whether w is the regular plural of a singular of the
// list of bit in nouns: "-ies" of "-y" ("deputies", "companies"), or "-s"
// not after another "s" ("nurses", "crops").
func pluralOf(w string, bit uint32) bool {
	n := len(w)
	switch {
	case n >= 4 && w[n-3:] == "ies":
		return nouns.get(w[:n-3]+"y")&bit != 0
	case n >= 2 && w[n-1] == 's' && w[n-2] != 's':
		return nouns.get(w[:n-1])&bit != 0
	}
	return false
}

// The lists of nouns, as bits of a word's value in nouns.
const (
	nounVictim       = 1 << iota // victimNouns
	nounNotCompound              // notCompound
	nounNotInflected             // notInflected
	nounNonPerson                // nonPersonNouns
	nounNonHuman                 // nonHumanNouns
)

// nouns holds the casualty noun lists, each word with the bits of its lists.
var nouns = newWordTable(listBits(map[uint32]map[string]bool{nounVictim: victimNouns, nounNotCompound: notCompound,
	nounNotInflected: notInflected, nounNonPerson: nonPersonNouns, nounNonHuman: nonHumanNouns}))

// listBits returns the words of the lists, by bit, each with the bits of
// the lists that hold it (a word true in them).
func listBits(lists map[uint32]map[string]bool) map[string]uint32 {
	m := map[string]uint32{}
	for bit, l := range lists {
		for w, ok := range l {
			if ok {
				m[w] |= bit
			}
		}
	}
	return m
}

// notCompound are words a closed compound would take for people that are
// not. The compound rule reads plurals alone, so the list holds plurals.
var notCompound = map[string]bool{"autopilots": true, "safeguards": true, "flagstaffs": true, "aquamarines": true,
	"ultramarines": true, "screwdrivers": true, "carbuncles": true}

// isLetters reports a word of the letters a to z alone.
func isLetters(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] < 'a' || w[i] > 'z' {
			return false
		}
	}
	return w != ""
}

// notInflected are words an inflection would take for people that are not:
// singulars in -men ("specimen"), plurals of a listed word that name no people.
var notInflected = map[string]bool{"specimen": true, "regimen": true, "abdomen": true, "acumen": true,
	"albumen": true, "stamen": true, "staffs": true, "polices": true, "personnels": true}

// IsNonPersonNoun reports whether a lower-case plural noun follows counts and
// casualty words without being people ("killed 30 cattle", "40 homes", "two pistols").
func IsNonPersonNoun(w string) bool { return nouns.get(w)&nounNonPerson != 0 }

// victimNouns are the words for people that casualty counts count.
var victimNouns = map[string]bool{
	"people": true, "persons": true, "person": true, "civilians": true, "civilian": true, "soldiers": true, "soldier": true,
	"troops": true, "children": true, "child": true, "kids": true, "police": true, "officers": true, "officer": true,
	"policemen": true, "policeman": true, "workers": true, "worker": true, "students": true, "student": true,
	"passengers": true, "passenger": true, "militants": true, "rebels": true, "fighters": true, "insurgents": true,
	"protesters": true, "protestors": true, "demonstrators": true, "women": true, "woman": true, "men": true, "man": true,
	"teens": true, "teen": true, "teenagers": true, "teenager": true, "boys": true, "boy": true, "girls": true, "girl": true,
	"victims": true, "victim": true, "survivor": true, "survivors": true, "others": true, "residents": true, "resident": true, "villagers": true,
	"miners": true, "pilgrims": true, "tourists": true, "migrants": true, "refugees": true, "prisoners": true,
	"inmates": true, "guards": true, "firefighters": true, "journalists": true, "members": true, "employees": true,
	"crew": true, "sailors": true, "marines": true, "suspects": true, "suspect": true, "gunmen": true, "gunman": true,
	"hostages": true, "adults": true, "babies": true, "baby": true, "infants": true, "infant": true, "patients": true,
	"customers": true, "bystanders": true, "bystander": true, "brothers": true, "brother": true, "sisters": true,
	"sister": true, "sons": true, "son": true, "daughters": true, "daughter": true, "mother": true, "father": true,
	"wife": true, "husband": true, "toddler": true, "toddlers": true, "deputies": true, "deputy": true, "troopers": true,
	"trooper": true, "driver": true, "drivers": true, "pedestrian": true, "pedestrians": true, "youths": true, "youth": true,
	"juveniles": true, "juvenile": true, "males": true, "male": true, "females": true, "female": true, "relatives": true,
	"friends": true, "friend": true, "cousin": true, "cousins": true, "nephew": true, "niece": true, "uncle": true,
	"aunt": true, "grandmother": true, "grandfather": true, "boyfriend": true, "girlfriend": true, "clerk": true,
	"employee": true, "customer": true, "owner": true, "neighbor": true, "neighbour": true, "neighbors": true,
	"neighbours": true, "inmate": true, "prisoner": true, "hostage": true, "patient": true, "nurse": true, "doctors": true,
	"doctor": true, "teacher": true, "teachers": true, "firefighter": true, "agent": true, "agents": true, "cop": true,
	"cops": true, "policewoman": true, "militant": true, "fighter": true, "rebel": true, "citizen": true, "citizens": true,
	"individuals": true, "individual": true, "pupils": true, "pupil": true, "peacekeepers": true,
	"peacekeeper": true, "staff": true, "occupants": true, "occupant": true, "motorist": true, "motorists": true,
	"shoppers": true, "worshippers": true, "mourners": true, "guests": true, "fans": true, "spectators": true,
	"servicemen": true, "personnel": true, "recruits": true, "cadets": true, "officials": true, "official": true,
	"guard": true, "sergeant": true, "lieutenant": true, "journalist": true, "reporter": true, "reporters": true,
	"mom": true, "dad": true, "stepfather": true, "stepson": true, "grandson": true, "granddaughter": true,
	"twins": true, "siblings": true, "couple": true, "shooter": true, "robber": true, "robbers": true, "attacker": true, "attackers": true, "assailant": true, "assailants": true, "abductor": true, "abductors": true, "kidnapper": true, "kidnappers": true, "hijacker": true, "hijackers": true, "homeowner": true,
	"roommate": true, "tenant": true, "cashier": true, "cashiers": true,
	"shopkeeper": true, "teller": true, "bartender": true, "waiter": true, "landlord": true, "stranger": true,
	"acquaintance": true, "relative": true, "fiancee": true, "fiance": true, "partner": true, "spouse": true,
	"granddaughters": true, "grandsons": true, "grandchildren": true, "nephews": true, "nieces": true,
	"classmate": true, "classmates": true, "coworker": true, "co-worker": true, "colleague": true, "colleagues": true,
	"villager": true, "protester": true, "demonstrator": true, "migrant": true,
	"refugee": true, "pilgrim": true, "tourist": true, "miner": true, "sailor": true, "marine": true, "pilot": true,
	"pilots": true, "farmer": true, "farmers": true, "herder": true, "herders": true, "priest": true, "pastor": true,
	"imam": true, "monk": true, "nun": true, "judge": true, "lawyer": true, "mayor": true, "activist": true,
	"waitress": true, "waitresses": true, "manager": true, "managers": true, "mechanic": true, "contractor": true,
	"attendant": true, "courier": true, "bouncer": true, "cabbie": true, "veteran": true, "veterans": true,
	"hunter": true, "hunters": true, "hiker": true, "hikers": true,
	"cyclist": true, "cyclists": true, "jogger": true, "rider": true, "riders": true, "skier": true, "swimmer": true,
	"activists": true, "blogger": true, "photographer": true, "aid-worker": true, "volunteer": true, "volunteers": true,
	"detainees": true, "detainee": true, "sibling": true, "captives": true, "captive": true,
	"bishop": true, "bishops": true, "priests": true, "nuns": true, "monks": true, "cleric": true, "clerics": true,
	"rabbi": true, "missionary": true, "missionaries": true, "thief": true, "thieves": true, "guerrilla": true, "guerrillas": true,
}

// nonPersonNouns are plural nouns that follow counts and casualty words
// without being people: "killed 30 cattle", "destroyed 40 homes".
var nonPersonNouns = map[string]bool{
	"cattle": true, "cows": true, "sheep": true, "animals": true, "birds": true, "dogs": true, "cats": true,
	"horses": true, "goats": true, "pigs": true, "chickens": true, "trees": true, "homes": true, "houses": true,
	"buildings": true, "vehicles": true, "cars": true, "jobs": true, "goals": true, "runs": true, "wickets": true,
	"games": true, "matches": true, "seats": true, "votes": true, "shares": true, "tonnes": true, "tons": true,
	"dollars": true, "euros": true, "pounds": true, "cases": true, "incidents": true, "attacks": true, "bombs": true,
	"weapons": true, "guns": true, "rifles": true, "rockets": true, "missiles": true, "planes": true, "aircraft": true,
	"boats": true, "ships": true, "villages": true, "towns": true, "schools": true, "hospitals": true, "acres": true,
	"hectares": true, "kilograms": true, "kilos": true, "pounds.": true, "rooms": true, "floors": true, "stories": true,
	"storeys": true, "years": true, "days": true, "hours": true, "weeks": true, "months": true, "times": true,
	"sites": true, "businesses": true, "companies": true, "firms": true, "stores": true, "shops": true, "units": true,
	"bills": true, "laws": true, "countries": true, "states": true, "cities": true, "areas": true, "regions": true,
	"things": true, "items": true, "documents": true, "files": true, "accounts": true, "computers": true, "phones": true,
	"seasons": true, "spells": true, "warrants": true, "blocks": true, "doors": true, "streets": true, "kilometers": true, "meters": true,
	"handguns": true, "pistols": true, "firearms": true, "shotguns": true, "knives": true, "bullets": true,
	"grenades": true, "explosives": true, "devices": true, "drugs": true, "drones": true, "tanks": true,
	"whales": true, "dolphins": true, "fish": true, "elephants": true, "lions": true, "bears": true, "deer": true,
}

// IsNonHumanNoun reports whether a lower-case noun, singular or plural,
// names a thing no casualty counts when it is harmed: an animal, a crop or
// plant, a building or a vehicle, or an undertaking that is "killed" only in
// a figure of speech (a company, a plan, a bill, a hope).
func IsNonHumanNoun(w string) bool {
	if nouns.get(w)&(nounNonPerson|nounNonHuman) != 0 {
		return true
	}
	if n := len(w); n > 4 && w[n-2:] == "es" && w[n-3] != 'i' && nouns.get(w[:n-2])&nounNonHuman != 0 {
		return true // "foxes", "bushes"
	}
	return len(w) > 3 && pluralOf(w, nounNonHuman) // "companies", "crops"
}

// nonHumanNouns are the singulars (and plurals of no regular form) of
// IsNonHumanNoun's classes: animals, crops and plants, buildings and
// works, vehicles, and undertakings.
var nonHumanNouns = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`
animal beast livestock wildlife poultry creature pet pest species mammal insect fox badger wolf wolves deer cow calf
bull ox oxen sheep lamb pig goat horse donkey camel dog puppy cat kitten bird chicken hen duck goose geese swan pigeon
crow owl eagle fish salmon trout shark whale dolphin otter turtle frog snake rat mouse mice rabbit hare
squirrel hedgehog bat bee wasp mosquito monkey ape gorilla chimpanzee elephant rhino lion tiger leopard bear bison
crop harvest plant tree flower grass weed shrub bush hedge vine forest woodland vegetation seedling wheat maize corn
rice barley coral reef
building house home school hospital church mosque temple bridge road farm factory shop store office tower
car vehicle bus truck lorry van train tram plane aircraft jet helicopter ship boat ferry tank
company firm business industry economy market deal plan bill scheme project proposal idea hope chance career
merger takeover bid campaign legislation amendment motion policy reform talks programme program show series film
album song tour brand website momentum mood atmosphere conversation debate story
`) {
		m[w] = true
	}
	return m
}()
