package lexicon

import (
	"strings"
	"sync"

	"golang.org/x/text/language"
	"golang.org/x/text/language/display"
)

// PlaceKind says what sort of place a name denotes.
type PlaceKind uint8

// The kinds of place.
const (
	Country PlaceKind = iota + 1 // a sovereign state or territory (GPE)
	City                         // a city or town (GPE)
	State                        // a state, province or other administrative region (GPE)
	Area                         // a continent, sea, river, mountain range or geographic region (LOC)
)

// Place is a known place name.
type Place struct {
	Name string    // the canonical name ("United States" for "U.S.")
	Kind PlaceKind // what sort of place it is
}

// GPE reports whether the place is a geopolitical entity (country, city, state).
func (p Place) GPE() bool { return p.Kind == Country || p.Kind == City || p.Kind == State }

// countryAliases are other names of countries: alias=canonical.
const countryAliases = `US=United States|U.S.=United States|USA=United States|U.S.A.=United States|America=United States|
United States of America=United States|UK=United Kingdom|U.K.=United Kingdom|Britain=United Kingdom|Great Britain=United Kingdom|
Holland=Netherlands|The Netherlands=Netherlands|Burma=Myanmar|Ivory Coast=Côte d’Ivoire|Cote d'Ivoire=Côte d’Ivoire|
DR Congo=Democratic Republic of the Congo|DRC=Democratic Republic of the Congo|Democratic Republic of Congo=Democratic Republic of the Congo|
Congo-Kinshasa=Democratic Republic of the Congo|Republic of the Congo=Congo|Congo-Brazzaville=Congo|
Czech Republic=Czechia|Russian Federation=Russia|Soviet Union=Soviet Union|USSR=Soviet Union|
UAE=United Arab Emirates|U.A.E.=United Arab Emirates|Emirates=United Arab Emirates|
North Macedonia=Macedonia|East Timor=Timor-Leste|Swaziland=Swaziland|Eswatini=Swaziland|Vatican=Vatican City|Holy See=Vatican City|
Hong Kong=Hong Kong|Macau=Macau|Macao=Macau|Palestine=Palestinian Territories|Republic of Korea=South Korea|
DPRK=North Korea|Korea=Korea|Persia=Iran|Islamic Republic of Iran=Iran|Yugoslavia=Yugoslavia|Czechoslovakia=Czechoslovakia|
West Germany=West Germany|East Germany=East Germany|Zaire=Zaire|Rhodesia=Rhodesia|Tibet=Tibet|Gaza=Gaza|Gaza Strip=Gaza|
West Bank=West Bank|England=England|Scotland=Scotland|Wales=Wales|Northern Ireland=Northern Ireland|Kurdistan=Kurdistan|
Chechnya=Chechnya|Crimea=Crimea|Abkhazia=Abkhazia|Somaliland=Somaliland|Cabo Verde=Cape Verde|Saint Lucia=St. Lucia|
Trinidad=Trinidad & Tobago|Bosnia=Bosnia & Herzegovina|Herzegovina=Bosnia & Herzegovina|The Gambia=Gambia|The Bahamas=Bahamas`

// demonyms lists country=demonym[,demonym...]; plurals are derived.
const demonyms = `Afghanistan=Afghan|Albania=Albanian|Algeria=Algerian|Andorra=Andorran|Angola=Angolan|Argentina=Argentine,Argentinian|
Armenia=Armenian|Australia=Australian,Aussie|Austria=Austrian|Azerbaijan=Azerbaijani,Azeri|Bahamas=Bahamian|Bahrain=Bahraini|
Bangladesh=Bangladeshi|Barbados=Barbadian|Belarus=Belarusian,Belarussian|Belgium=Belgian|Belize=Belizean|Benin=Beninese|Bhutan=Bhutanese|
Bolivia=Bolivian|Bosnia & Herzegovina=Bosnian|Botswana=Botswanan|Brazil=Brazilian|Brunei=Bruneian|Bulgaria=Bulgarian|
Burkina Faso=Burkinabe|Burundi=Burundian|Cambodia=Cambodian|Cameroon=Cameroonian|Canada=Canadian|Cape Verde=Cape Verdean|
Central African Republic=Central African|Chad=Chadian|Chile=Chilean|China=Chinese|Colombia=Colombian|Comoros=Comoran|
Congo=Congolese|Costa Rica=Costa Rican|Croatia=Croatian,Croat|Cuba=Cuban|Cyprus=Cypriot|Czechia=Czech|Denmark=Danish,Dane|
Djibouti=Djiboutian|Dominican Republic=Dominican|Ecuador=Ecuadorian,Ecuadorean|Egypt=Egyptian|El Salvador=Salvadoran,Salvadorean|
Equatorial Guinea=Equatoguinean|Eritrea=Eritrean|Estonia=Estonian|Ethiopia=Ethiopian|Fiji=Fijian|Finland=Finnish,Finn|France=French|
Gabon=Gabonese|Gambia=Gambian|Georgia=Georgian|Germany=German|Ghana=Ghanaian|Greece=Greek|Grenada=Grenadian|Guatemala=Guatemalan|
Guinea=Guinean|Guyana=Guyanese|Haiti=Haitian|Honduras=Honduran|Hungary=Hungarian|Iceland=Icelandic,Icelander|India=Indian|
Indonesia=Indonesian|Iran=Iranian,Persian|Iraq=Iraqi|Ireland=Irish|Israel=Israeli|Italy=Italian|Côte d’Ivoire=Ivorian|Jamaica=Jamaican|
Japan=Japanese|Jordan=Jordanian|Kazakhstan=Kazakh,Kazakhstani|Kenya=Kenyan|Kosovo=Kosovar|Kuwait=Kuwaiti|Kyrgyzstan=Kyrgyz|
Laos=Lao,Laotian|Latvia=Latvian|Lebanon=Lebanese|Lesotho=Basotho|Liberia=Liberian|Libya=Libyan|Liechtenstein=Liechtensteiner|
Lithuania=Lithuanian|Luxembourg=Luxembourgish,Luxembourger|Macedonia=Macedonian|Madagascar=Malagasy|Malawi=Malawian|Malaysia=Malaysian|
Maldives=Maldivian|Mali=Malian|Malta=Maltese|Mauritania=Mauritanian|Mauritius=Mauritian|Mexico=Mexican|Moldova=Moldovan|
Monaco=Monegasque|Mongolia=Mongolian|Montenegro=Montenegrin|Morocco=Moroccan|Mozambique=Mozambican|Myanmar=Burmese|Namibia=Namibian|
Nepal=Nepali,Nepalese|Netherlands=Dutch|New Zealand=New Zealander,Kiwi|Nicaragua=Nicaraguan|Niger=Nigerien|Nigeria=Nigerian|
North Korea=North Korean|Norway=Norwegian|Oman=Omani|Pakistan=Pakistani|Palestinian Territories=Palestinian|Panama=Panamanian|
Papua New Guinea=Papua New Guinean|Paraguay=Paraguayan|Peru=Peruvian|Philippines=Filipino,Philippine,Filipina|Poland=Polish,Pole|
Portugal=Portuguese|Qatar=Qatari|Romania=Romanian|Russia=Russian|Rwanda=Rwandan|Samoa=Samoan|Saudi Arabia=Saudi,Saudi Arabian|
Senegal=Senegalese|Serbia=Serbian,Serb|Seychelles=Seychellois|Sierra Leone=Sierra Leonean|Singapore=Singaporean|Slovakia=Slovak,Slovakian|
Slovenia=Slovenian,Slovene|Somalia=Somali|South Africa=South African|South Korea=South Korean|South Sudan=South Sudanese|Spain=Spanish,Spaniard|
Sri Lanka=Sri Lankan|Sudan=Sudanese|Suriname=Surinamese|Sweden=Swedish,Swede|Switzerland=Swiss|Syria=Syrian|Taiwan=Taiwanese|
Tajikistan=Tajik|Tanzania=Tanzanian|Thailand=Thai|Togo=Togolese|Tonga=Tongan|Trinidad & Tobago=Trinidadian|Tunisia=Tunisian|
Turkey=Turkish,Turk|Turkmenistan=Turkmen|Uganda=Ugandan|Ukraine=Ukrainian|United Arab Emirates=Emirati|United Kingdom=British,Briton,Brit|
United States=American|Uruguay=Uruguayan|Uzbekistan=Uzbek|Venezuela=Venezuelan|Vietnam=Vietnamese|Yemen=Yemeni|Zambia=Zambian|
Zimbabwe=Zimbabwean|Soviet Union=Soviet|England=English,Englishman|Scotland=Scottish,Scot|Wales=Welsh|Northern Ireland=Northern Irish|
Kurdistan=Kurdish,Kurd|Chechnya=Chechen|Tibet=Tibetan|Europe=European|Africa=African|Asia=Asian|Latin America=Latin American|
Middle East=Middle Eastern|Arabia=Arab,Arabian|Yugoslavia=Yugoslav|Czechoslovakia=Czechoslovak|Puerto Rico=Puerto Rican|
Hong Kong=Hong Konger|Crimea=Crimean|Catalonia=Catalan|Quebec=Quebecois|Texas=Texan|California=Californian|Bavaria=Bavarian|
Flanders=Flemish|Basque Country=Basque|Sicily=Sicilian|Corsica=Corsican|Greenland=Greenlandic|Gaza=Gazan`

// groups are religious, political and ethnic groups (NORP) that are not demonyms.
const groups = `Muslim|Muslims|Moslem|Moslems|Islamic|Islamist|Islamists|Christian|Christians|Catholic|Catholics|Protestant|Protestants|
Orthodox|Jewish|Jew|Jews|Hindu|Hindus|Buddhist|Buddhists|Sikh|Sikhs|Sunni|Sunnis|Shia|Shias|Shi'ite|Shi'ites|Shiite|Shiites|
Alawite|Alawites|Druze|Evangelical|Evangelicals|Mormon|Mormons|Anglican|Anglicans|Methodist|Baptist|Lutheran|Coptic|Copts|Yazidi|Yazidis|
Rohingya|Uighur|Uighurs|Uyghur|Uyghurs|Pashtun|Pashtuns|Tamil|Tamils|Hutu|Hutus|Tutsi|Tutsis|Sinhalese|Bedouin|Berber|Berbers|Hispanic|Hispanics|
Latino|Latinos|Latina|Arab|Arabs|Israelis|Palestinians|Democrat|Democrats|Republican|Republicans|Conservative|Conservatives|
Tory|Tories|Socialist|Socialists|Communist|Communists|Marxist|Maoist|Maoists|Zionist|
Nazi|Nazis|Jihadist|Jihadists|Salafist|Salafists|Wahhabi|Loyalist|Loyalists|Republicans|Unionist|Unionists|Nationalist|Nationalists|Gaullist|
Western|Westerners|Eastern|Asian|Asians|African|Africans|European|Europeans|Kurds|Kurdish|Serbs|Croats|Albanians|Bosniaks|Slav|Slavs|Persian|Aboriginal|Maori`

// cities are major cities and towns (GPE).
const cities = `New York|New York City|Los Angeles|Chicago|Houston|Phoenix|Philadelphia|San Antonio|San Diego|Dallas|San Jose|Austin|
San Francisco|Seattle|Denver|Boston|Detroit|Nashville|Memphis|Portland|Las Vegas|Baltimore|Milwaukee|Atlanta|Miami|Orlando|Tampa|
Cleveland|Pittsburgh|Cincinnati|St. Louis|Kansas City|Minneapolis|New Orleans|Sacramento|Honolulu|Anchorage|Salt Lake City|Charlotte|
Indianapolis|Columbus|Oklahoma City|Omaha|Albuquerque|Tucson|Fresno|Oakland|Raleigh|Richmond|Buffalo|Hartford|Newark|Jersey City|
Washington DC|Washington D.C.|Brooklyn|Manhattan|Queens|Bronx|Harlem|Hollywood|Beverly Hills|Palo Alto|Silicon Valley|Ferguson|
Toronto|Montreal|Vancouver|Ottawa|Calgary|Edmonton|Winnipeg|Quebec City|Halifax|Mexico City|Guadalajara|Monterrey|Tijuana|
Havana|Kingston|Port-au-Prince|Santo Domingo|San Juan|Panama City|Bogota|Bogotá|Medellin|Caracas|Lima|Quito|Santiago|Buenos Aires|
Montevideo|Asuncion|La Paz|Sao Paulo|São Paulo|Rio de Janeiro|Rio|Brasilia|Brasília|Salvador|Recife|Managua|Tegucigalpa|San Salvador|Guatemala City|
London|Manchester|Birmingham|Liverpool|Leeds|Sheffield|Bristol|Newcastle|Nottingham|Leicester|Glasgow|Edinburgh|Aberdeen|Cardiff|Belfast|
Oxford|Cambridge|Brighton|Southampton|Dublin|Cork|Paris|Marseille|Lyon|Toulouse|Nice|Bordeaux|Lille|Strasbourg|Calais|Brussels|Antwerp|
Amsterdam|Rotterdam|The Hague|Luxembourg City|Berlin|Hamburg|Munich|Cologne|Frankfurt|Stuttgart|Dusseldorf|Düsseldorf|Dresden|Leipzig|Bonn|
Vienna|Zurich|Zürich|Geneva|Bern|Basel|Lausanne|Davos|Madrid|Barcelona|Valencia|Seville|Bilbao|Lisbon|Porto|Rome|Milan|Naples|Turin|
Florence|Venice|Genoa|Bologna|Palermo|Athens|Thessaloniki|Copenhagen|Stockholm|Oslo|Helsinki|Reykjavik|Warsaw|Krakow|Kraków|Gdansk|Prague|
Budapest|Bratislava|Ljubljana|Zagreb|Belgrade|Sarajevo|Podgorica|Skopje|Tirana|Sofia|Bucharest|Chisinau|Kiev|Kyiv|Kharkiv|Odessa|Lviv|
Donetsk|Luhansk|Mariupol|Minsk|Vilnius|Riga|Tallinn|Moscow|St Petersburg|Saint Petersburg|Volgograd|Novosibirsk|Grozny|Sochi|
Istanbul|Ankara|Izmir|Tbilisi|Yerevan|Baku|Nicosia|Tehran|Teheran|Mashhad|Isfahan|Baghdad|Basra|Mosul|Kirkuk|Erbil|Fallujah|Ramadi|Tikrit|
Damascus|Aleppo|Homs|Hama|Idlib|Raqqa|Deir ez-Zor|Daraa|Latakia|Beirut|Tripoli|Benghazi|Misrata|Amman|Jerusalem|Tel Aviv|Haifa|
Gaza City|Ramallah|Hebron|Nablus|Bethlehem|Jenin|Riyadh|Jeddah|Mecca|Medina|Doha|Dubai|Abu Dhabi|Kuwait City|Manama|Muscat|Sanaa|
Aden|Hodeidah|Cairo|Alexandria|Khartoum|Tunis|Algiers|Rabat|Casablanca|Marrakesh|Addis Ababa|Nairobi|Mombasa|Mogadishu|Kampala|Kigali|
Dar es Salaam|Dodoma|Lusaka|Harare|Lilongwe|Maputo|Johannesburg|Pretoria|Cape Town|Durban|Soweto|Windhoek|Gaborone|Luanda|Kinshasa|
Brazzaville|Lagos|Abuja|Kano|Maiduguri|Accra|Abidjan|Dakar|Bamako|Timbuktu|Niamey|Ouagadougou|Conakry|Freetown|Monrovia|N'Djamena|
Juba|Asmara|Djibouti City|Kabul|Kandahar|Herat|Mazar-i-Sharif|Jalalabad|Kunduz|Islamabad|Karachi|Lahore|Peshawar|Quetta|Rawalpindi|
New Delhi|Delhi|Mumbai|Bombay|Kolkata|Calcutta|Chennai|Madras|Bangalore|Bengaluru|Hyderabad|Ahmedabad|Pune|Srinagar|Kathmandu|Dhaka|
Colombo|Male|Beijing|Peking|Shanghai|Guangzhou|Shenzhen|Tianjin|Wuhan|Chengdu|Chongqing|Nanjing|Xi'an|Hangzhou|Harbin|Urumqi|Lhasa|
Hong Kong|Macau|Taipei|Tokyo|Osaka|Kyoto|Yokohama|Nagoya|Kobe|Hiroshima|Nagasaki|Fukushima|Sapporo|Seoul|Busan|Pusan|Pyongyang|
Ulan Bator|Ulaanbaatar|Bangkok|Phuket|Hanoi|Ho Chi Minh City|Saigon|Phnom Penh|Vientiane|Yangon|Rangoon|Naypyidaw|Kuala Lumpur|
Singapore|Jakarta|Bali|Surabaya|Manila|Quezon City|Davao|Marawi|Canberra|Sydney|Melbourne|Brisbane|Perth|Adelaide|Darwin|Hobart|
Auckland|Wellington|Christchurch|Almaty|Astana|Tashkent|Bishkek|Dushanbe|Ashgabat|Sevastopol|Simferopol|Srebrenica|Pristina`

// cityAliases are other spellings and former names of cities: alias=canonical.
const cityAliases = `Kiev=Kyiv|Bombay=Mumbai|Calcutta=Kolkata|Madras=Chennai|Bangalore=Bengaluru|Peking=Beijing|Rangoon=Yangon|
Saigon=Ho Chi Minh City|Teheran=Tehran|Bogota=Bogotá|Sao Paulo=São Paulo|Brasilia=Brasília|Zurich=Zürich|Dusseldorf=Düsseldorf|
Krakow=Kraków|Ulan Bator=Ulaanbaatar|Pusan=Busan|Washington DC=Washington, D.C.|Washington D.C.=Washington, D.C.|
New York City=New York|NYC=New York|Rio=Rio de Janeiro|St Petersburg=Saint Petersburg|Macao=Macau|Odessa=Odesa|Kharkov=Kharkiv`

// stateNicknames are the nicknames of US states that news uses for the
// state ("the Granite State" is New Hampshire): nickname=state. Those that
// name more often something else or read as common words ("Golden State",
// the basketball team; "First State", "Mountain State", "Natural State",
// "Ocean State", "Last Frontier", "Old Dominion") are left out.
const stateNicknames = `Yellowhammer State=Alabama|Grand Canyon State=Arizona|Centennial State=Colorado|
Constitution State=Connecticut|Nutmeg State=Connecticut|Sunshine State=Florida|Peach State=Georgia|Aloha State=Hawaii|
Gem State=Idaho|Prairie State=Illinois|Land of Lincoln=Illinois|Hoosier State=Indiana|Hawkeye State=Iowa|
Sunflower State=Kansas|Bluegrass State=Kentucky|Pelican State=Louisiana|Pine Tree State=Maine|Old Line State=Maryland|
Bay State=Massachusetts|Great Lakes State=Michigan|Wolverine State=Michigan|North Star State=Minnesota|
Gopher State=Minnesota|Magnolia State=Mississippi|Show-Me State=Missouri|Show Me State=Missouri|Treasure State=Montana|
Cornhusker State=Nebraska|Silver State=Nevada|Granite State=New Hampshire|Garden State=New Jersey|
Land of Enchantment=New Mexico|Empire State=New York|Tar Heel State=North Carolina|Peace Garden State=North Dakota|
Buckeye State=Ohio|Sooner State=Oklahoma|Beaver State=Oregon|Keystone State=Pennsylvania|Palmetto State=South Carolina|
Mount Rushmore State=South Dakota|Volunteer State=Tennessee|Lone Star State=Texas|Beehive State=Utah|
Green Mountain State=Vermont|Evergreen State=Washington State|Badger State=Wisconsin|Equality State=Wyoming|Cowboy State=Wyoming`

// usStates are the states of the US by name.
const usStates = `Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Hawaii|Idaho|Illinois|Indiana|Iowa|
Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada|New Hampshire|
New Jersey|New Mexico|North Carolina|North Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|Rhode Island|South Carolina|South Dakota|
Tennessee|Texas|Utah|Vermont|Virginia|West Virginia|Wisconsin|Wyoming|Washington State`

// states are states, provinces and administrative regions (GPE).
const states = usStates + `|Ontario|Quebec|British Columbia|Alberta|
Manitoba|Saskatchewan|Nova Scotia|New Brunswick|Newfoundland|Nunavut|Yukon|New South Wales|Victoria|Queensland|Tasmania|
Western Australia|South Australia|Northern Territory|Bavaria|Saxony|Catalonia|Andalusia|Basque Country|Galicia|Lombardy|Sicily|
Sardinia|Tuscany|Corsica|Brittany|Normandy|Provence|Flanders|Wallonia|Cornwall|Yorkshire|Kent|Essex|Surrey|Sussex|Devon|Lancashire|
Punjab|Kashmir|Jammu and Kashmir|Kerala|Gujarat|Maharashtra|Uttar Pradesh|Bihar|Bengal|West Bengal|Tamil Nadu|Assam|Sindh|Balochistan|
Baluchistan|Khyber Pakhtunkhwa|Waziristan|Helmand|Xinjiang|Guangdong|Sichuan|Hubei|Yunnan|Fujian|Inner Mongolia|Okinawa|Hokkaido|
Mindanao|Aceh|Papua|Darfur|Kordofan|Tigray|Oromia|Ogaden|Puntland|Borno|Kivu|North Kivu|South Kivu|Katanga|Cabo Delgado|Sinai|
Anbar|Nineveh|Diyala|Kurdistan Region|Idlib province|Aleppo province|Donbas|Donbass|Dagestan|Ingushetia|Siberia|Tatarstan|Transnistria|
Nagorno-Karabakh|Karabakh|South Ossetia|Golan Heights|Golan|East Jerusalem|Quebec province|Ontario province|Scottish Highlands`

// areas are continents, seas, rivers, mountains and other regions (LOC).
const areas = `Africa|Asia|Europe|North America|South America|Latin America|Central America|Antarctica|Oceania|Australasia|Eurasia|
Middle East|Near East|Far East|Mideast|Gulf|Persian Gulf|Arabian Gulf|Balkans|Caucasus|North Caucasus|Scandinavia|Baltic|Baltics|Mediterranean|
Sahara|Sahel|Horn of Africa|Maghreb|Levant|Central Asia|South Asia|Southeast Asia|East Asia|Western Europe|Eastern Europe|
Central Europe|Sub-Saharan Africa|West Africa|East Africa|North Africa|Southern Africa|Central Africa|Pacific|Atlantic|Arctic|
Indian Ocean|Pacific Ocean|Atlantic Ocean|Arctic Ocean|Southern Ocean|South China Sea|East China Sea|Black Sea|Red Sea|Caspian Sea|Dead Sea|
Aegean|Adriatic|Caribbean|North Sea|Baltic Sea|Irish Sea|English Channel|Strait of Hormuz|Bosphorus|Suez Canal|Panama Canal|
Gulf of Mexico|Gulf of Aden|Nile|Euphrates|Tigris|Jordan River|Danube|Rhine|Thames|Seine|Volga|Amazon|Mississippi River|Yangtze|
Ganges|Indus|Mekong|Himalayas|Alps|Andes|Rockies|Rocky Mountains|Urals|Pyrenees|Mount Everest|Everest|Kilimanjaro|Mount Kenya|
Korean Peninsula|Crimean Peninsula|Arabian Peninsula|Iberian Peninsula|Sinai Peninsula|Kashmir Valley|Swat Valley|West Coast|East Coast|
Midwest|New England|Deep South|Highlands|Lowlands|Siberia|Patagonia|Amazon rainforest|Outback|Riviera|Silicon Valley|Wall Street`

var (
	placeOnce  sync.Once
	placeTable wordTable   // place key -> index in placeList, plus one
	placeList  []Place     // the places, by placeTable's values
	demonymOf  stringTable // demonym key -> country name
	groupSet   wordTable
)

// loadPlaces builds the place and demonym tables once.
func loadPlaces() {
	placeOnce.Do(func() {
		places := make(map[string]Place, 2000)
		add := func(list string, k PlaceKind) {
			for _, w := range strings.Split(list, "|") {
				w = strings.TrimSpace(w)
				if w == "" {
					continue
				}
				if _, ok := places[Key(w)]; !ok {
					places[Key(w)] = Place{Name: w, Kind: k}
				}
			}
		}
		// countries first: they win over the other lists
		names := display.English.Regions()
		for a := 'A'; a <= 'Z'; a++ {
			for b := 'A'; b <= 'Z'; b++ {
				r, err := language.ParseRegion(string([]rune{a, b}))
				if err != nil || !r.IsCountry() {
					continue
				}
				switch r.String() {
				case "EZ", "UN", "QO", "EU", "AQ", "NQ", "ZZ":
					continue
				}
				n := names.Name(r)
				if n == "" {
					continue
				}
				for _, v := range countryVariants(n) {
					if _, ok := places[Key(v)]; !ok {
						places[Key(v)] = Place{Name: canonicalCountry(n), Kind: Country}
					}
				}
			}
		}
		for _, pair := range strings.Split(countryAliases, "|") {
			a, c, ok := strings.Cut(strings.TrimSpace(pair), "=")
			if !ok {
				continue
			}
			places[Key(a)] = Place{Name: canonicalCountry(c), Kind: Country}
		}
		add(cities, City)
		for _, pair := range strings.Split(cityAliases, "|") {
			a, c, ok := strings.Cut(strings.TrimSpace(pair), "=")
			if ok {
				places[Key(a)] = Place{Name: c, Kind: City}
			}
		}
		add(states, State)
		for _, pair := range strings.Split(stateNicknames, "|") {
			a, c, ok := strings.Cut(strings.TrimSpace(pair), "=")
			if ok {
				places[Key(a)] = Place{Name: c, Kind: State}
			}
		}
		add(areas, Area)
		dems := make(map[string]string, 600)
		for _, pair := range strings.Split(demonyms, "|") {
			c, ds, ok := strings.Cut(strings.TrimSpace(pair), "=")
			if !ok {
				continue
			}
			c = canonicalCountry(c)
			for _, d := range strings.Split(ds, ",") {
				for _, f := range demonymForms(d) {
					if _, ok := dems[Key(f)]; !ok {
						dems[Key(f)] = c
					}
				}
			}
		}
		demonymOf = newStringTable(dems)
		idx := make(map[string]uint32, len(places))
		for k, p := range places {
			placeList = append(placeList, p)
			idx[k] = uint32(len(placeList))
		}
		placeTable = newWordTable(idx)
		groupSet = set(groups)
	})
}

// canonicalCountry tidies a display name: "Bosnia & Herzegovina" → "Bosnia and Herzegovina",
// "Myanmar (Burma)" → "Myanmar", "Hong Kong SAR China" → "Hong Kong".
func canonicalCountry(n string) string {
	switch n {
	case "Congo - Kinshasa":
		return "Democratic Republic of the Congo"
	case "Congo - Brazzaville":
		return "Congo"
	}
	if i := strings.Index(n, " ("); i > 0 {
		n = n[:i]
	}
	n = strings.TrimSuffix(n, " SAR China")
	n = strings.ReplaceAll(n, " & ", " and ")
	n = strings.ReplaceAll(n, "’", "'")
	return n
}

// countryVariants returns the spellings of a display name worth looking up.
func countryVariants(n string) []string {
	out := []string{n, canonicalCountry(n)}
	if i := strings.Index(n, " ("); i > 0 && strings.HasSuffix(n, ")") {
		out = append(out, n[i+2:len(n)-1])
	}
	if strings.HasPrefix(n, "St. ") {
		out = append(out, "Saint "+n[4:], "St "+n[4:])
	}
	return out
}

// demonymForms returns a demonym and its plural ("Iranian", "Iranians").
func demonymForms(d string) []string {
	switch {
	case strings.HasSuffix(d, "ese"), strings.HasSuffix(d, "ish"), strings.HasSuffix(d, "ch"),
		strings.HasSuffix(d, "ss"), strings.HasSuffix(d, "ic"), strings.HasSuffix(d, "que"), d == "Welsh", d == "Malagasy":
		return []string{d}
	case strings.HasSuffix(d, "man"):
		return []string{d, d[:len(d)-3] + "men"}
	}
	return []string{d, d + "s"}
}

// LookupPlace returns the place a key (see Key) names.
func LookupPlace(key string) (Place, bool) {
	loadPlaces()
	if v := placeTable.get(key); v > 0 {
		return placeList[v-1], true
	}
	return Place{}, false
}

// Demonym returns the country or region a demonym key ("iranian",
// "americans") refers to.
func Demonym(key string) (string, bool) {
	loadPlaces()
	return demonymOf.lookup(key)
}

// IsGroup reports whether key names a religious, political or ethnic group
// that is not a demonym ("sunni", "democrats").
func IsGroup(key string) bool {
	loadPlaces()
	return groupSet.has(key)
}

// usAbbrev are the Associated Press and postal abbreviations of US states
// that follow a town in American news ("Springfield, Ill.", "Raleigh, N.C."),
// without their final period.
var usAbbrev = func() stringTable {
	m := map[string]string{}
	for _, p := range strings.Split(`Ala=AL|Ariz=AZ|Ark=AR|Calif=CA|Colo=CO|Conn=CT|Del=DE|Fla=FL|Ga=GA|Ill=IL|Ind=IN|Kan=KS|Kans=KS|Ky=KY|La=LA|`+
		`Md=MD|Mass=MA|Mich=MI|Minn=MN|Miss=MS|Mo=MO|Mont=MT|Neb=NE|Nebr=NE|Nev=NV|N.H=NH|N.J=NJ|N.M=NM|N.Y=NY|N.C=NC|N.D=ND|`+
		`Okla=OK|Ore=OR|Pa=PA|Penn=PA|R.I=RI|S.C=SC|S.D=SD|Tenn=TN|Va=VA|Vt=VT|Wash=WA|W.Va=WV|Wis=WI|Wyo=WY|D.C=DC`, "|") {
		k, v, _ := strings.Cut(p, "=")
		m[k] = v
	}
	for _, c := range strings.Fields("AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY DC") {
		m[c] = c
	}
	return newStringTable(m)
}()

// IsUSState reports whether w names a US state, by name ("Idaho") or by an
// abbreviation of USStateAbbrev ("Ky.", "OH").
func IsUSState(w string) bool {
	if _, ok := USStateAbbrev(w); ok {
		return true
	}
	return usStateSet.has(w)
}

var usStateSet = func() wordTable {
	m := map[string]uint32{}
	for _, w := range strings.Split(usStates, "|") {
		m[strings.TrimSpace(w)] = 1
	}
	return newWordTable(m)
}()

// USStateAbbrev returns the postal code of the US state that an Associated
// Press or postal abbreviation names, with or without its final period
// ("Ill." and "IL" are IL).
func USStateAbbrev(w string) (string, bool) {
	return usAbbrev.lookup(strings.TrimSuffix(w, "."))
}
