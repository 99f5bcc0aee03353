package lexicon

import (
	"strings"
	"sync"
)

// orgAliases lists well-known organisations, each as canonical=alias=alias.
const orgAliases = `United Nations=UN=U.N.|European Union=EU=E.U.|North Atlantic Treaty Organization=NATO=Nato=North Atlantic Treaty Organisation|
Islamic State of Iraq and the Levant=ISIL=ISIS=IS=Islamic State=Islamic State of Iraq and Syria=Daesh=Daech=Islamic State group|
Hezbollah=Hizbollah=Hizballah=Hizbullah|Hamas|Taliban=Taleban|al-Qaeda=al-Qaida=al Qaeda=al Qaida=Al-Qaeda=Al Qaeda|al-Shabab=al-Shabaab=Al-Shabaab|
Boko Haram|Islamic Jihad|Fatah|Houthis=Houthi=Huthi=Huthis|Muslim Brotherhood|Kurdistan Workers' Party=PKK|People's Protection Units=YPG|
Syrian Democratic Forces=SDF|Free Syrian Army=FSA|Islamic Revolutionary Guard Corps=IRGC=Revolutionary Guards=Revolutionary Guard|
World Health Organization=WHO=World Health Organisation|International Monetary Fund=IMF|World Bank|World Trade Organization=WTO=World Trade Organisation|
Organization of the Petroleum Exporting Countries=OPEC=Opec|Federal Bureau of Investigation=FBI|Central Intelligence Agency=CIA|
National Security Agency=NSA|Department of Homeland Security=DHS|Environmental Protection Agency=EPA|Securities and Exchange Commission=SEC|
Federal Reserve=Fed|European Central Bank=ECB|Bank of England|International Criminal Court=ICC|International Atomic Energy Agency=IAEA|
United Nations Security Council=UN Security Council=Security Council=UNSC|UN High Commissioner for Refugees=UNHCR=United Nations High Commissioner for Refugees|
United Nations Children's Fund=UNICEF=Unicef|World Food Programme=WFP|Red Cross=International Committee of the Red Cross=ICRC|
Red Crescent|Amnesty International=Amnesty|Human Rights Watch=HRW|Medecins Sans Frontieres=Doctors Without Borders=MSF|
Syrian Observatory for Human Rights=SOHR|African Union=AU|Arab League|Gulf Cooperation Council=GCC|Association of Southeast Asian Nations=ASEAN|
Organization for Security and Co-operation in Europe=OSCE|Group of Seven=G7|Group of 20=G20|British Broadcasting Corporation=BBC|
Reuters|Associated Press=AP|Agence France-Presse=AFP|Cable News Network=CNN|National Health Service=NHS|Ministry of Defence=MoD|
Democratic Party=Democrats|Republican Party=GOP|Labour Party=Labour|Conservative Party=Conservatives=Tories|Liberal Democrats=Lib Dems|
Scottish National Party=SNP|Kremlin|Pentagon|White House|Downing Street|Interpol|Europol|Nasa=NASA|Google|Apple|Microsoft|Amazon|Facebook|Twitter`

var (
	orgOnce  sync.Once
	orgIndex map[string]string // alias key -> canonical name
)

func loadOrgs() {
	orgOnce.Do(func() {
		orgIndex = make(map[string]string, 300)
		for _, g := range strings.Split(orgAliases, "|") {
			names := strings.Split(strings.TrimSpace(g), "=")
			for _, n := range names {
				if n = strings.TrimSpace(n); n != "" {
					orgIndex[Key(n)] = strings.TrimSpace(names[0])
				}
			}
		}
	})
}

// KnownOrg returns the canonical name of a well-known organisation a key
// (see Key) names, aliases and acronyms included ("isis" → "Islamic State of
// Iraq and the Levant").
func KnownOrg(key string) (string, bool) {
	loadOrgs()
	c, ok := orgIndex[key]
	return c, ok
}

// orgNouns are lower-case nouns that, after a name, show it names an
// organisation ("the Hezbollah movement", "the Wagner group").
var orgNouns = set(`movement|group|party|militia|organisation|organization|faction|network|company|firm|agency|
alliance|coalition|rebels|insurgents|militants|government|administration|newspaper|broadcaster|channel|bank|club|team|
union|council|committee|ministry|force|forces|army|brigade|brigades|outfit|organisations|organizations|groups|militias|factions`)

// IsOrgNoun reports whether a lower-case word (a key) after a name shows the
// name is an organisation ("movement", "group", "militia").
func IsOrgNoun(key string) bool { return orgNouns[key] }

// functionWords are the small words acronyms skip and names may contain.
var functionWords = set(`of|and|the|for|on|in|de|du|des|la|le|al|el|to|at|a|an|y|et|von|van|der|den|di|da|do|dos|das`)

// IsFunctionWord reports whether a lower-case word is one of the small words
// names may contain and acronyms skip ("of", "and", "the", "for").
func IsFunctionWord(w string) bool { return functionWords[w] }
