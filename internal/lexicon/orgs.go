package lexicon

import (
	"strings"
	"sync"
)

// orgAliases lists well-known organisations, each as canonical=alias=alias.
const orgAliases = `United Nations=UN=U.N.|European Union=EU=E.U.|North Atlantic Treaty Organization=NATO=Nato=North Atlantic Treaty Organisation|
Islamic State of Iraq and the Levant=ISIL=ISIS=~IS=Islamic State=Islamic State of Iraq and Syria=Daesh=Daech=Islamic State group|
Hezbollah=Hizbollah=Hizballah=Hizbullah|Hamas|Taliban=Taleban|al-Qaeda=al-Qaida=al Qaeda=al Qaida=Al-Qaeda=Al Qaeda|al-Shabab=al-Shabaab=Al-Shabaab|
Boko Haram|Islamic Jihad|Fatah|Houthis=Houthi=Huthi=Huthis|Muslim Brotherhood|Kurdistan Workers' Party=PKK|People's Protection Units=YPG|
Syrian Democratic Forces=SDF|Free Syrian Army=FSA|Islamic Revolutionary Guard Corps=IRGC=Revolutionary Guards=Revolutionary Guard|
World Health Organization=~WHO=World Health Organisation|International Monetary Fund=IMF|World Bank|World Trade Organization=WTO=World Trade Organisation|
Organization of the Petroleum Exporting Countries=OPEC=Opec|Federal Bureau of Investigation=FBI|Central Intelligence Agency=CIA|
National Security Agency=NSA|Department of Homeland Security=DHS|Environmental Protection Agency=EPA|Securities and Exchange Commission=SEC|
Federal Reserve=~Fed|European Central Bank=ECB|Bank of England|International Criminal Court=ICC|International Atomic Energy Agency=IAEA|
United Nations Security Council=UN Security Council=Security Council=UNSC|UN High Commissioner for Refugees=UNHCR=United Nations High Commissioner for Refugees|
United Nations Children's Fund=UNICEF=Unicef|World Food Programme=WFP|Red Cross=International Committee of the Red Cross=ICRC|
Red Crescent|Amnesty International=~Amnesty|Human Rights Watch=HRW|Medecins Sans Frontieres=Doctors Without Borders=MSF|
Syrian Observatory for Human Rights=SOHR|African Union=~AU|Arab League|Gulf Cooperation Council=GCC|Association of Southeast Asian Nations=ASEAN|
Organization for Security and Co-operation in Europe=OSCE|Group of Seven=G7|Group of 20=G20|British Broadcasting Corporation=BBC|
Reuters|Associated Press=~AP|Agence France-Presse=AFP|Cable News Network=CNN|National Health Service=NHS|Ministry of Defence=MoD|
Democratic Party=~Democrats|Republican Party=GOP|Labour Party=~Labour|Conservative Party=~Conservatives=~Tories|Liberal Democrats=Lib Dems=Lib Dem|
Scottish National Party=SNP|House of Commons=Commons|House of Lords=~Lords|House of Representatives|Yukos|Deutsche Boerse|~Yahoo|~Kremlin|~Pentagon|~White House|~Downing Street|Interpol|Europol|Nasa=NASA|Google|~Apple|Microsoft|~Amazon|Facebook|~Twitter|
Sony|Nintendo|Sega|Toyota|Honda|Nissan|Mitsubishi|Hitachi|Toshiba|Panasonic|Samsung|Hyundai|~Kia|Daewoo|LG|Huawei|Lenovo|Alibaba|Tencent|Baidu|
Volkswagen=VW|BMW|Daimler|~Mercedes-Benz|~Porsche|~Audi|Fiat|~Ferrari|~Maserati|~Renault|~Peugeot|Citroen|~Volvo|Saab|~Ford|General Motors=GM|
Chrysler|~Tesla|Boeing|Airbus|Siemens|Bosch|Bayer|BASF|~Nestle|Nestlé|Unilever|Novartis|Roche|Pfizer|~Merck|GlaxoSmithKline=GSK|AstraZeneca|
~Shell|Royal Dutch Shell|BP|Exxon|ExxonMobil|Chevron|~Total|Gazprom|Rosneft|Aramco|Saudi Aramco|Petrobras|~Eni|Repsol|
IBM|Intel|AMD|Nvidia|~Oracle|Cisco|~Dell|HP|Hewlett-Packard|Qualcomm|Motorola|Nokia|Ericsson|Vodafone|Telefonica|~Orange|Deutsche Telekom|
AT&T|Verizon|Netflix|~Disney=Walt Disney|Warner Bros|Time Warner|Comcast|Viacom|~Paramount|~Universal|~Fox|News Corp|~Yahoo|eBay|PayPal|Uber|
Walmart=Wal-Mart|Tesco|Sainsbury's|Carrefour|~Ikea|IKEA|Coca-Cola|Pepsi|PepsiCo|McDonald's|Starbucks|~Nike|Adidas|Gucci|Prada|
Goldman Sachs|JP Morgan=JPMorgan=JPMorgan Chase|Morgan Stanley|Citigroup=~Citi|Barclays|HSBC|~Lloyds|UBS|Credit Suisse|Deutsche Bank|BNP Paribas|
Societe Generale|~Santander|~ING|AIG|Allianz|~AXA|Berkshire Hathaway|BlackRock|~Visa|~Mastercard|Ryanair|EasyJet|Lufthansa|Emirates airline|
Qatar Airways|British Airways|Air France|KLM|Aeroflot|Reuters|~Bloomberg|Xinhua|Tass|Interfax|Al Jazeera|CNN|BBC|ITV|~Sky|NBC|CBS|~ABC|
Fox News|New York Times|Washington Post|Wall Street Journal|Financial Times|~Guardian|~Times|~Telegraph|Daily Mail|Le Monde|Der Spiegel|
Pirelli|Olivetti|Parmalat|Benetton|Vivendi|Alstom|Areva|EDF|Thales|Dassault|Rolls-Royce|BAE Systems|Lockheed Martin|Raytheon|Northrop Grumman|
~Wagner|Wagner Group|Hamas|Hezbollah|FIFA|UEFA|IOC|NBA|NFL|NHL|MLB|Premier League|~Arsenal|~Chelsea|~Liverpool|Manchester United|Manchester City|
Real Madrid|~Barcelona|Bayern Munich|~Juventus|AC Milan|Inter Milan|~Celtic|~Rangers|~Tottenham|~Everton|Newcastle United|~Ajax|~Porto|~Benfica`

var (
	orgOnce  sync.Once
	orgIndex stringTable // alias key -> canonical name
	// ambiguousOrg are names that are also words, places or people ("Apple",
	// "Liverpool", "Bloomberg"): they type a name found otherwise, never add one
	ambiguousOrg wordTable
)

func loadOrgs() {
	orgOnce.Do(func() {
		index := make(map[string]string, 300)
		ambiguous := map[string]uint32{}
		for _, g := range strings.Split(orgAliases, "|") {
			names := strings.Split(strings.TrimSpace(g), "=")
			canon := strings.TrimPrefix(strings.TrimSpace(names[0]), "~")
			for _, n := range names {
				n = strings.TrimSpace(n)
				if n == "" {
					continue
				}
				if strings.HasPrefix(n, "~") {
					n = n[1:]
					ambiguous[Key(n)] = 1
				}
				index[Key(n)] = canon
			}
		}
		orgIndex = newStringTable(index)
		ambiguousOrg = newWordTable(ambiguous)
	})
}

// KnownOrg returns the canonical name of a well-known organisation a key
// (see Key) names, aliases and acronyms included ("isis" → "Islamic State of
// Iraq and the Levant").
func KnownOrg(key string) (string, bool) {
	loadOrgs()
	return orgIndex.lookup(key)
}

// IsAmbiguousOrg reports whether a known organisation's name (a key) is also
// a common word, a place or a person's name ("apple", "liverpool"), so that
// finding it in text is no evidence of the organisation.
func IsAmbiguousOrg(key string) bool {
	loadOrgs()
	return ambiguousOrg.has(key)
}

// orgNouns are lower-case nouns that, after a name, show it names an
// organisation ("the Hezbollah movement", "the Wagner group").
var orgNouns = set(`movement|group|party|militia|organisation|organization|faction|network|company|firm|agency|
alliance|coalition|rebels|insurgents|militants|government|administration|newspaper|broadcaster|channel|bank|club|team|
union|council|committee|ministry|force|forces|army|brigade|brigades|outfit|organisations|organizations|groups|militias|factions`)

// IsOrgNoun reports whether a lower-case word (a key) after a name shows the
// name is an organisation ("movement", "group", "militia").
func IsOrgNoun(key string) bool { return orgNouns.has(key) }

// functionWords are the small words acronyms skip and names may contain.
var functionWords = set(`of|and|the|for|on|in|de|du|des|la|le|al|el|to|at|a|an|y|et|von|van|der|den|di|da|do|dos|das`)

// IsFunctionWord reports whether a lower-case word is one of the small words
// names may contain and acronyms skip ("of", "and", "the", "for").
func IsFunctionWord(w string) bool { return functionWords.has(w) }
