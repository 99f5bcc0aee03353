package lexicon

import "strings"

// The head words of multi-word names: the words that end the names of
// organisations, facilities and natural places ("Defence Ministry", "Kabul
// Airport", "Euphrates River"). Each table lists a word once, as
// "Word:uses", with the uses the extractors make of it:
//
//	h  a head: a name ending with it is of the table's kind (IsOrgHead,
//	   IsFacilityHead, IsLocationHead)
//	x  strong: no person's name ends with it, so a name the tagger took for
//	   a person's is of the table's kind (StrongHead)
//	s  an organisation's word for a speaker: "the ministry said" is the
//	   ministry speaking, not a person (IsSpeakerOrgHead)
//	c  a company form that a name may leave out: "Fiat SpA" is "Fiat"
//	   (IsCompanySuffix)
//
// A word written alone is a head (h) and nothing more.
const (
	orgHeadList = `Ministry:hxs|Commission:hxs|Council:hxs|Committee:hxs|Party:hxs|Movement|Inc:hxc|Corp:hxc|Corporation:hxsc|
Company:hxsc|Co:hc|Ltd:hxc|Limited:hc|LLC:hc|Plc:hxc|Group:hsc|Bank:hxs|Fund|Agency:hxs|Authority|Association:hxs|
Federation:hx|Union:hs|Organisation|Organization|Institute:hxs|Institution|University:hxs|College:hx|School|Academy:hx|
Foundation:hxs|Trust|Society|Court:hs|Tribunal|Parliament|Assembly|Congress|Senate|Cabinet|Government:hs|
Administration:hs|Department:hxs|Office:hs|Bureau|Service:hs|Services|Force|Forces|Army|Navy|Guard|Guards|Police|Brigade|
Brigades|Front|Alliance|League|Coalition|Network:hs|Observatory|Press|News:hs|Times:hs|Post:hs|Journal:hs|Herald|Tribune|
Broadcasting|Television|Radio|Airlines:hx|Airways:hx|Motors:hx|Holdings:hxc|Industries|Systems|Technologies:hx|Partners|
Capital|Securities|Exchange|Club|Team|FC|United|Board:hs|Centre for|Program|Programme|Mission|Secretariat|Directorate|
Command|Corps|Regiment|Battalion|Division|Church of|Council of|Chamber|Reserve|Treasury|Cartel|Gang|
Center:x|Centre:x|Records:x|Studios:x|Productions:x|Labs:x|Laboratories:x|Software:x|Networks:x|Communications:x|
Entertainment:x|Pharmaceuticals:x|Bancorp:x|House:s|Campaign:s|Magazine:s|
SA:c|AG:c|SpA:c|NV:c|BV:c|GmbH:c|AB:c|ASA:c|Oyj:c`

	facHeadList = `Airport:hx|Bridge:hx|Stadium:hx|Arena:hx|Hospital:hx|Tower|Towers|Palace|Square:hx|Street:hx|Road:hx|
Avenue:hx|Boulevard:hx|Highway:hx|Motorway|Freeway|Station:hx|Prison:hx|Jail|Dam:hx|Port|Harbour|Harbor|Base|Airbase:hx|
Building|Center|Centre|Museum:hx|Cathedral:hx|Church|Mosque:hx|Temple|Synagogue:hx|Hotel|Mall|Park|Stadion|Field|Gardens|
Theatre|Theater|Hall|Library|Tunnel|Pier|Terminal|Plaza|Lane|Way|Circus|Gate|Memorial|Monument|Pentagon|Kremlin|Capitol|
White House|Downing Street|Camp|Checkpoint|Crossing|Embassy|Consulate|Mine|Refinery|Plant|Reactor`

	locHeadList = `River:hx|Sea:hx|Ocean:hx|Lake|Mountain|Mountains:hx|Mount|Mt|Valley:hx|Desert:hx|Gulf|Bay|Strait|Straits|
Peninsula:hx|Island|Islands|Isles|Coast|Canal|Basin|Plateau|Plain|Plains|Forest|Delta|Range|Hills|Highlands|Glacier|Falls|
Reef|Cape|Channel|Creek|Lagoon|Region|Corridor`
)

// The uses of a head word.
const (
	headName    uint8 = 1 << iota // h
	headStrong                    // x
	headSpeaker                   // s
	headCompany                   // c
)

var (
	orgHeads = headTable(orgHeadList)
	facHeads = headTable(facHeadList)
	locHeads = headTable(locHeadList)
)

// headTable builds a table of keys and their uses from a "|"-separated list
// of "Word:uses".
func headTable(list string) map[string]uint8 {
	m := make(map[string]uint8)
	for _, e := range strings.Split(list, "|") {
		w, uses, ok := strings.Cut(strings.TrimSpace(e), ":")
		if !ok {
			uses = "h"
		}
		k := Key(w)
		for _, c := range uses {
			switch c {
			case 'h':
				m[k] |= headName
			case 'x':
				m[k] |= headStrong
			case 's':
				m[k] |= headSpeaker
			case 'c':
				m[k] |= headCompany
			default:
				panic("lexicon: unknown use " + string(c) + " of head word " + w)
			}
		}
	}
	return m
}

// heads joins the three head tables for the accessors: a word's uses as an
// organisation's head in bits 0-3 of its value, as a facility's in bits 4-7
// and as a natural place's in bits 8-11, all read in one look-up.
var heads = func() wordTable {
	m := map[string]uint32{}
	for i, t := range []map[string]uint8{orgHeads, facHeads, locHeads} {
		for k, u := range t {
			m[k] |= uint32(u) << (4 * i)
		}
	}
	return newWordTable(m)
}()

// The shifts of heads' values.
const (
	orgShift = 0
	facShift = 4
	locShift = 8
)

// headUses returns the uses of a head word (a key) as each kind, shifted as in heads.
func headUses(key string) uint32 { return heads.get(key) }

// IsOrgHead reports whether the word (a key) ends organisation names ("ministry", "party", "inc").
func IsOrgHead(key string) bool { return headUses(key)&(uint32(headName)<<orgShift) != 0 }

// IsFacilityHead reports whether the word (a key) ends names of buildings and structures ("airport", "bridge").
func IsFacilityHead(key string) bool { return headUses(key)&(uint32(headName)<<facShift) != 0 }

// IsLocationHead reports whether the word (a key) ends names of natural places ("river", "mountains").
func IsLocationHead(key string) bool { return headUses(key)&(uint32(headName)<<locShift) != 0 }

// StrongHead returns the kind of name that a head word (a key) ends and no
// person's name does: 'O' for an organisation ("ministry", "inc",
// "studios"), 'F' for a facility ("airport", "street"), 'L' for a natural
// place ("river", "desert"); 0 for other words.
func StrongHead(key string) byte {
	switch u := headUses(key); {
	case u&(uint32(headStrong)<<orgShift) != 0:
		return 'O'
	case u&(uint32(headStrong)<<facShift) != 0:
		return 'F'
	case u&(uint32(headStrong)<<locShift) != 0:
		return 'L'
	}
	return 0
}

// IsSpeakerOrgHead reports whether a lower-case word ending a speaker's noun
// phrase makes the speaker an organisation ("the ministry", "the campaign",
// "the Times").
func IsSpeakerOrgHead(w string) bool { return headUses(w)&(uint32(headSpeaker)<<orgShift) != 0 }

// IsCompanySuffix reports whether a word (a key) is a company form that a
// name may leave out ("inc", "plc", "spa", "gmbh").
func IsCompanySuffix(key string) bool { return headUses(key)&(uint32(headCompany)<<orgShift) != 0 }

// eventWords mark named events ("Gulf War", "Olympic Games", "Christmas").
var eventWords = set(`War|Wars|Games|Olympics|Olympic|Cup|Championship|Championships|Open|Grand Prix|Festival|Summit|Conference|
Revolution|Crisis|Uprising|Intifada|Spring|Holocaust|Massacre|Tournament|Series|Derby|Marathon|Expo|Storm|Hurricane|Typhoon|
Cyclone|Rally|Tour|Classic|Masters|Trophy|Election|Elections|Referendum|Battle|Siege|Genocide|Bowl|Grand Slam|Invitational|Day|
Oscars|Oscar|Awards|Award|Prize|Grammys|Grammy|Baftas|Bafta|Emmys|Emmy|
Brits|Globes|Olympiad|Paralympics|Paralympic|Euro|Mundial|League|Leagues|Carnival|Fiesta|Week|Weekend|Show|Prom|Proms|Fair|Gala|Pageant|` + holidayList)

// holidayList names the holidays, which are events whatever else a name may be.
const holidayList = `Christmas|Easter|Ramadan|Eid|Thanksgiving|Hanukkah|Diwali|Passover|Hajj|Halloween|New Year`

var holidays = set(holidayList)

// IsEventWord reports whether the word (a key) marks a named event ("war", "olympics", "cup", "christmas").
func IsEventWord(key string) bool { return eventWords.has(key) }

// IsHoliday reports whether a key names a holiday ("christmas", "eid", "new year").
func IsHoliday(key string) bool { return holidays.has(key) }
