package lexicon

import "strings"

// keywords are the lower-case words the figure grammars look for; a test
// checks that every word literal of internal/figure's numbers.go, money.go and
// casualties.go is here, so that Lower finds their lower-case form without
// allocating.
const keywords = `prosecutors under between placed placing place places sgt. believe sgt lt. cpl. det. dr. patrolman firefighter ranger marshal sentencing absentia probation community lands landed landing land sending putting throws throwing identified ic following without slaughter genocide executions ch weapon handgun rifle shotgun knife firearm revolver turning turns turn proceeded self high-security maximum-security passing emergency several multiple further additional extensive major life-saving lifesaving urgent remains escaped caught undergone operation operations surgeries amputation crossfire cross-fire broken fractured fracture fractures burns bruises concussion tests training treatment hold holds holding seize seizes seized seizing capture captures capturing detectives pirates burn immediate indication initial sign signs word assaulted attacked mauled strangled assassinate assassinated assassinates assassinating attached bitten bored burnt committed condemned dedicated doomed electrocuted flung frightened frozen maim maimed maiming maims opposed resentenced resigned run scared stung swept thrown tickled worried climbs exceeded exceeds grows increases jumps mounted mounts passed passes reaches rises soars topped tops away bleeding gunpoint knifepoint ransom younger older elder eldest youngest onto blvd boulevard ave hwy shall gonna able managed used appeared seemed shooters killer worth equivalent abroad annually indices indexes range ranged ranges ranging varied vary varying prft easier firmer higher lower softer stronger weaker borrow borrowed borrowing borrows cost costing donate donated earn earned earning earns embezzle embezzled fined invest invested investing invests lose loses losing owe owed owes owing paid pay paying pays plough ploughed pour poured pouring pump pumped pumping pumps raise raises raising sank save saved saves saving sink spend spending spends spent squander squandered sunk waste wasted wastes wasting wiped accident ankle bomb championship crash cricket cup defender explosion fixture football game goalkeeper groin gun hamstring knee league match midfielder quarter-final rugby scored season semi-final squad striker tackle tennis tournament win double triple quadruple fatality expel expels expelled expelling somebody pistol-whipped no-one round rounded rounding showed assault carjacking robbery hit-and-run extremely life-threatening decedent fire fired fires firing foot hear heard let myself ourselves squeezed expected succumbing succumbs survive abductors captors casualties hostage-takers kidnappers a a.m a.m. abducted abducting aboard about above accidentally according across activist actor actress added served serves falls leapt plunges airport base embassy headquarters island islands station aim aimed aiming aims bent athletics athlete athletes medal medallist olympic olympics sprinter championships heats qualifying hurdles hand handing fork forks forked forking signed signing disappearance gunning language armour armor camera cameras image mass temperature clock
leaving numerous countless untold unspecified unknown undisclosed undetermined unconfirmed large small growing
significant substantial huge considerable increasing handful pair
advanced after afterwards again against age aged agency ages aid airlifted airlines all allegedly almost
already also although always am american an and announced another ans any anyone apparently approx approx.
approximately apr apr. april apt apt. are around arrested arresting arrests article as association at attack
attacks attempted aug aug. august authorities avenue avg b badly bank bay be beaten been before beheaded being
believed below besides between billion billions bln bn bodies body bombing boosted boss both box boy breaking
british brutally bst building bullets bus businessman businesswoman but by can captive car casualty cent
center centre cents cet changed channel chapter charges chief child children church circa city civilian
claimed claiming climbed clinic close club co commander company condition confirmed corp could council count
country counts county couple court crew critical critically crore crores ct cts currency custody cut date day
days dead deadly death deaths dec dec. deceased december declared declined decreased department deputies deputy
detained detention did die died dies discovered displaced displacing district div dlr dlrs dm do does dollar
dollars down dozen dozens driven dropped drowned during dying each earnings eased east edt eight eighteen
eighth eighths eighty eleven end entity envoy ers ese est estimated estimates euro evacuated eventually every
exceeding excess executed exit fair falling families fatal fatalities fatally fc feared feb feb. february
federal feet fell few fewer fifteen fifth fifths fifty final five five-year five-year-old fled flee flight
flown following for forced former forty found four fourteen fourth fourty fraction franc french from further
gained gate general german get gets getting girl gmt gone good got grade grams grave grazed greater grew gross
group gunmen gunshot had half halves has have he headline heavy held her here hers herself high highway him
himself his hit hk home homeless homes homicide hospital hospitalised hospitalized hospitals hostage hostages
hour hours house how hrs hundred hundreds hurt i ians if immediately imprisoned in inc including income
increased initially injured injuries injuring injury inside international interstate into investigators is it
ites its jail jailed jan jan. january journalist judge jul. july jumped jun. june just k kg kidnapped
kidnapping kill killed killing kills kilogrammes kilograms kilometres kilos kind km lac lacs lakh lakhs last
later lb lbs leader least leave leaves left less level life line listed lives local loss lost lot lowered ltd
m major man many mar. march marks massacre massacred max maximum may me measure medical men meters metres
might mil mile miles million millions min minimum minister ministry minute minutes missing mln mn month months
more mortally most motors moved much murder murdered must my n't naira name nd near nearly net never
nevertheless new news nine nineteen ninety no no. nobody non non-life-threatening none north not nov nov.
november now number o'clock oct oct. october of office officer officers official officially officials old on
one only ons oper operating opposition or ordinal other others ounces our ours out outside over own p p.m p.m.
page party pc pct pence people per percent percentage perhaps perished personnel peso phone pier platform plc
plunged plus pm points police policemen post pound pounds pre-tax precinct president presumed pretax priest
prime profit pronoun pronounced pulled qtly qtrly qualifier quarter quarters r raised rand rd reached real
rebel received recently recover recovered recovering reduced released remain remained remains repeatedly
report reported reportedly reports revenue revenues revised revs rials risen rising rm road room rose rouble
roughly rounds route rp rs ruble rupee rushed s said sales savagely says school schoolgirls scores second
section self senior sep sep. sept sept. september serious seriously service services seven seventeen seventy
several severely shares she sheriff shilling shooting shot shots should shr shr. shrank shrs since singer six
sixteen sixth sixths sixty size slain slaying slightly slipped slumped so soared soldiers some someone
sometimes south ss st stabbed stable staff stands start state stated sterling still stood street strength
strong struck subsequently succumbed suffered suffering suite surged survived sustained suv taken takes taking
team teen ten tens tenth tenths terminal text th than that the their theirs them then there these they third
thirds thirteen thirty this those though thought thousand thousands three three-man three-million-dollar thus
time times times. title tn to told toll tonnes tons took top towards tr transported treated trillion trillions
trimmed triplet triplets trl trn troopers truck tumbled turnover twelve twenty twenty-three twin twins two
two-thirds unaccounted under union unit united university unless until up update updated upwards us usd utc
vague value van vehicle version versus vice viciously villages vs vs. waitress war ward was was. we week weeks
weighed weighing weighs weight weights well went were west what when where whereas which while who whom why
will window with without witnesses woman women won worker would wound wounded wounding wounds yards year years
yen yes you your yours yr yrs yuan zero
abandon chased drives driving drove evacuate force forces forcing uprooted
penalty sentences row threats certificate squads camp camps
apprehend apprehends apprehending suspected convicted killers murderers assassins
solid guest roles fully pistol pistol-whipping pistol-whips whipped whipping whips
bicycle bike bullet cab debris grenade gunfire jeep lorry missile motorbike motorcycle rocket shell shells shrapnel taxi train tram wave waves
attempt attempting conspiracy intent narrowly planned planning plotted plotting possibly potentially threaten
threatened threatening threatens tried tries try trying vowed wanted
monday tuesday wednesday thursday friday saturday sunday along
abduct abduction abducts additional arrest arrived assassination back bars beating because behead beheading
beheads behind being. booked brought ca coma constable corporal corrections currently cuts detain detaining
detains detective early ed en execute executes executing execution first greenback gunned hands hang hanged
hanging hangs hits hitting hurting hurts induced ing injure injures jailing jails kidnap kidnaps killings
laceration lacerations late located medically minor mowed multi multiple murdering murders ninth off once plot
prison private protective record same sentenced seventh shoot shoots slash slashed slashes slashing slay
slayings slays slew stab stabbing stabs strike strikes striking support sustaining take talks themselves
threat through trauma turned twice unharmed unhurt uninjured unscathed ventilator warrant wo
apprehended broke came captured caught confronted fought ly made ran sat seen sits sitting spotted stopped
tackled threw
assembly elderly family friendly likely monthly supply weekly yearly
anybody else fallen flew send sends sent transports
go goes ordered put puts walked
emergency surgeries surgery undergo undergoes undergoing undergone underwent
assets capital cash costs current debt dividend ebitda eps equity expenses index liabilities margin rate rates ratio volume yield yields
handed serving receives term sentence terms given
gaol penitentiary facility critically-ill overnight snatched grabbed bandits jihadists separatists extremists bruising gash snatch snatches snatching captivity disappeared stay trapped budget cap ceiling consensus ended ending estimate fiscal forecasts guidance limit n.a. n.b. na nm projection target appreciation devaluation peg crisis zone bloc generate generated generates generating pull pulling pulls rake raked rakes raking running
de da di del della der den des dos das du la le ter von bin al el y great highest low equal esteem regard contempt awe reverence affection respect disdain suspicion reserve check trust abeyance suspense balance escrow`

// vocab interns the keywords and the lower-case words of the lexicon's
// tables, so that Lower finds their lower-case form without allocating.
var vocab = func() wordTable {
	m := map[string]uint32{}
	add := func(w string) {
		if w != "" && !strings.ContainsAny(w, " ") && strings.ToLower(w) == w {
			m[w] = 1
		}
	}
	for _, w := range strings.Fields(keywords + " " + moneyKeywords) {
		add(w)
	}
	for _, t := range []map[string]string{currencyMarks, dollarPrefixes, currencyNames, centNames, nameAdjectives, reporting} {
		for w := range t {
			add(w)
		}
	}
	for _, t := range []map[string]bool{victimNouns, nonPersonNouns} {
		for w := range t {
			add(w)
		}
	}
	for _, t := range []*wordTable{&speakerNouns, &titles, &commonWords} {
		t.each(func(w string, _ uint32) { add(w) })
	}
	return newWordTable(m)
}()

// Lower returns w in lower case, as strings.ToLower does, without the
// invisible characters web text leaves inside words (IsInvisible: "Neigh­bor"
// is "neighbor"): the one way the extractors lower-case a word (Key
// lower-cases names the same way). It
// allocates only when w has an upper-case letter and its lower-case form is
// none of the keywords and no word of the lexicon's tables.
func Lower(w string) string {
	i := 0
	for i < len(w) {
		if c := w[i]; c >= 'A' && c <= 'Z' || c >= 0x80 {
			break
		}
		i++
	}
	if i == len(w) {
		return w
	}
	if len(w) <= 24 {
		var buf [24]byte
		ascii := true
		for j := 0; j < len(w); j++ {
			c := w[j]
			if c >= 0x80 {
				ascii = false
				break
			}
			if c >= 'A' && c <= 'Z' {
				c += 'a' - 'A'
			}
			buf[j] = c
		}
		if ascii {
			if v, ok := vocab.word(string(buf[:len(w)])); ok {
				return v
			}
		}
	}
	if HasInvisible(w) {
		return Lower(DropInvisible(w))
	}
	return strings.ToLower(w)
}

// IsKeyword reports whether w is one of the words Lower returns without
// allocating: the keywords and the lower-case words of the lexicon's tables.
func IsKeyword(w string) bool {
	return vocab.has(w)
}
