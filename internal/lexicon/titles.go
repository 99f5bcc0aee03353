package lexicon

import (
	"slices"
	"strings"
)

// titleHeads are words that end a person's title before the name
// ("President", "Defence Minister", "ambassador").
var titleHeads = set(`President|Vice-President|Minister|Premier|Chancellor|Secretary|Secretary-General|Ambassador|Envoy|Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Professor|
Sir|Dame|Lord|Lady|Baroness|Baron|King|Queen|Prince|Princess|Duke|Duchess|Emperor|Empress|Sultan|Emir|Sheikh|Shaikh|Crown Prince|
Pope|Cardinal|Archbishop|Bishop|Reverend|Rev|Father|Rabbi|Imam|Ayatollah|Mullah|Grand Ayatollah|Patriarch|Senator|Sen|Congressman|Congresswoman|
Representative|Rep|Governor|Gov|Mayor|Councillor|Councilman|Councilwoman|Judge|Justice|Magistrate|Attorney|Attorney-General|Prosecutor|
General|Gen|Lieutenant|Lt|Colonel|Col|Major|Maj|Captain|Capt|Sergeant|Sgt|Corporal|Cpl|Private|Pvt|Admiral|Adm|Commander|Cmdr|Marshal|
Field Marshal|Brigadier|Commodore|Officer|Detective|Det|Inspector|Insp|Constable|Superintendent|Supt|Chief|Commissioner|Director|
Director-General|Chairman|Chairwoman|Chair|Chief Executive|CEO|Spokesman|Spokeswoman|Spokesperson|Speaker|Leader|Deputy|Vice|Coach|
Manager|Editor|Correspondent|Advisor|Adviser|Negotiator|Chief of Staff|MP|MEP|MSP|MLA|MPP|MNA|MHA|Coun|Const|Cst|S/Sgt|Pte|Msgr|
Prime Minister|PM|Foreign Secretary|Home Secretary|Defense Secretary|Defence Secretary|Secretary of State|Mufti|Dalai Lama|Rajah|Raja|Maharaja|
Tsar|Czar|Shah|Caliph|Khan|Comrade|Ald|Hon|Honourable|Messrs|Mme|Mlle|Herr|Frau|Senor|Senora|Signor|Monsieur|Madame|Dr|President-elect|Chief Justice|
Midfielder|Striker|Defender|Goalkeeper|Captain|Skipper|Rider|Driver|Pilot|Singer|Actor|Actress|Novelist|
Pastor|Saint|Vicar|Dean|Provost|Chancellor-elect|Governor-General|Premier-elect|Secretary-general|High Commissioner|
Treasurer|Economist|Analyst|Lawyer|Author|Writer|Star|Player|Boss|Founder|Co-founder|Presenter|Producer|Composer|Designer|Chef|
Photographer|Journalist|Reporter|Historian|Scientist|Researcher|Doctor|Businessman|Businesswoman|Entrepreneur|Investor|Tycoon|
Billionaire|Campaigner|Activist|Official|Diplomat|Executive|Chief Executive|Chief Economist|Strategist|Consultant|Trader|Banker|
Chairman|Owner|Head|Pundit|Commentator|Critic|Comedian|Musician|Guitarist|Drummer|Rapper|Film-maker|Filmmaker|Poet|Novelist|
Athlete|Sprinter|Runner|Batsman|Bowler|Jockey|Trainer|Winger|Forward|Full-back|Fly-half|Scrum-half|Lock|Prop|Hooker|Flanker|Centre|Playmaker|Champion|
Goaltender|Goalie|Netminder|Defenceman|Defenseman|Quarterback|Linebacker|Cornerback|Running back|Wide receiver|Pitcher|Shortstop|Outfielder|Infielder|Point guard|Shooting guard`)

// titleMods are words that may open a title before its head ("Defence"
// Minister, "Foreign" Secretary, "Prime" Minister).
var titleMods = set(`Prime|Deputy|Vice|Acting|Foreign|Defence|Defense|Interior|Home|Finance|Economy|Economic|Trade|Health|Justice|
Education|Energy|Oil|Petroleum|Agriculture|Transport|Environment|Culture|Information|Communications|Labour|Labor|Industry|Commerce|
Tourism|Security|Intelligence|Military|Army|Navy|Police|State|Chief|Senior|Junior|Assistant|Associate|Executive|Managing|General|
Attorney|Supreme|Grand|Lord|Crown|Opposition|Shadow|Cabinet|Federal|Regional|Provincial|Foreign Affairs|Immigration|Housing|Sports|
Sport|Water|Development|Planning|Reconstruction|Social|Youth|Women's|Human Rights|Treasury|Parliamentary|Press|Communications|Brigadier|Lieutenant|
Major|Rear|Staff|Master|Head|Interim|Caretaker|Presidential|Royal|Party|District|
County|City|Town|Council|Team|Club|Financial|Operating|Technology|Marketing|Legal|Medical|Scientific|Investment|Information|
Detective|Police|Det|Local|Lead|Principal|Special|Independent`)

// IsTitleHead reports whether a word or phrase (a key) ends a person's title ("president", "defence minister", "mr").
func IsTitleHead(key string) bool { return titleHeads.has(key) }

// IsTitleModifier reports whether a word (a key) may open a title before its head ("defence", "prime", "deputy").
func IsTitleModifier(key string) bool { return titleMods.has(key) }

// particles are lower-case name particles that surnames may carry ("al-Assad", "bin Salman", "van Gogh").
var particles = set(`al|el|ul|bin|ibn|bint|abu|van|von|der|den|de|del|della|di|da|dos|du|la|le|ter|ten|mac|st|o`)

// IsParticle reports whether a word (a key) is a name particle ("al", "bin", "van", "de").
func IsParticle(key string) bool { return particles.has(key) }

// offices are the nouns of a post a person holds, which a person holds
// one of at a time as far as a story tells ("minister", "critic",
// "executive director"), unlike the nouns any person may be called
// ("man", "veteran", "billionaire") and the nouns for the head of any
// body ("chief", "boss", "head"); with, for each, the offices it is a
// kind of or that are a kind of it, in either direction: a prime minister
// or a president is a leader, a chief executive an executive.
var offices = map[string][]string{
	"minister": {"premier", "secretary"}, "secretary": {"minister"}, "premier": {"prime", "leader"},
	"prime": {"premier", "leader", "minister"}, "president": {"leader", "chairman", "chairwoman", "chair"},
	"president-elect": {"president", "leader"}, "chancellor": {"leader"}, "leader": {"chairman", "chairwoman", "chair"},
	"senator": {"sen"}, "sen": nil, "governor": {"gov"}, "gov": nil, "rep": {"representative", "congressman", "congresswoman"},
	"congressman": {"representative"}, "congresswoman": {"representative"}, "representative": nil,
	"mayor": nil, "councillor": {"councilor", "councilman", "councilwoman", "alderman"},
	"councilor": {"councilman", "councilwoman", "alderman"}, "councilman": nil, "councilwoman": nil, "alderman": nil,
	"mp": nil, "mep": nil, "msp": nil, "critic": nil, "chairman": {"chair", "chairwoman", "chairperson"},
	"chairwoman": {"chair", "chairperson"}, "chair": {"chairperson"}, "chairperson": nil,
	"ceo": {"executive", "president", "director"}, "executive": {"president", "chairman", "chairwoman", "director", "manager"},
	"director": {"director-general"}, "director-general": nil, "secretary-general": {"secretary"},
	"commissioner": nil, "ambassador": {"envoy", "diplomat"}, "envoy": {"diplomat"},
	"judge": {"justice"}, "justice": nil, "prosecutor": {"lawyer", "attorney"}, "attorney": {"lawyer"}, "lawyer": nil,
	"sheriff": nil, "coach": {"manager"}, "manager": nil, "treasurer": nil, "superintendent": nil,
}

// titleForms gives, for an abbreviated or alternative title of a council,
// a police force or a court (lower case, no period), the words of the post
// it names that a description may use: "Coun. Ann Ruiz" is "the
// councillor", "Cst. Ben Cole" "the constable" and "the officer", "Justice
// Ann Ruiz" "the judge". Titles that many people of one story share
// ("Sen.", "Gov.") are left out: "the senator" is read from the story.
var titleForms = map[string][]string{
	"coun": {"councillor"}, "councilor": {"councillor"}, "ald": {"alderman", "councillor"}, "alderman": {"councillor"},
	"const": {"constable", "officer"}, "cst": {"constable", "officer"}, "constable": {"officer"},
	"sgt": {"sergeant"}, "s/sgt": {"staff", "sergeant"}, "cpl": {"corporal"}, "insp": {"inspector"},
	"supt": {"superintendent"}, "det": {"detective"}, "justice": {"judge"}, "judge": {"justice"},
}

// TitleForms returns the words a description may give the post that an
// abbreviated or alternative title names ("cst" gives "constable" and
// "officer", "justice" gives "judge"); nil for other words.
func TitleForms(w string) []string { return titleForms[w] }

// IsOffice reports whether a lower-case word names a post a person holds
// ("minister", "critic", "director"), as offices lists them.
func IsOffice(w string) bool {
	_, ok := offices[w]
	return ok
}

// SameOffice reports whether two lower-case office words may name the
// same post: the same word, or one a kind of the other as offices lists
// it ("premier" and "leader", "chairman" and "chair").
func SameOffice(a, b string) bool {
	return a == b || slices.Contains(offices[a], b) || slices.Contains(offices[b], a)
}

// AgentShaped reports whether a singular lower-case noun has the ending of
// a noun for a doer ("player", "organizer", "activist", "athlete",
// "resident", "Albertan", "volunteer"), which the lists may not hold.
func AgentShaped(w string) bool {
	for _, suf := range [...]string{"er", "or", "ist", "ete", "ent", "ant", "ian", "eer"} {
		if len(w) > len(suf)+2 && strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// IsOrdinal reports an ordinal in words up to "twelfth" or in figures
// ("92nd"), lower case.
func IsOrdinal(w string) bool {
	switch w {
	case "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth":
		return true
	}
	return len(w) > 2 && w[0] >= '0' && w[0] <= '9' && (strings.HasSuffix(w, "st") || strings.HasSuffix(w, "nd") ||
		strings.HasSuffix(w, "rd") || strings.HasSuffix(w, "th"))
}
