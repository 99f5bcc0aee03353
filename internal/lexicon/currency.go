package lexicon

import (
	"slices"

	"golang.org/x/text/currency"
)

// Currency marks and names, keyed by their lower-case form as written ("us$",
// "rs.", "dlrs"): the figure scanner looks tokens up lower-cased, not by Key.
// Every code is ISO 4217 (the package's tests check them with
// golang.org/x/text/currency).

// CurrencyMark returns the code of a mark written before an amount, standing
// apart or glued to the digits ("$", "us$", "£", "rs", "ksh", "usd"), or "".
func CurrencyMark(w string) string { return markTable.get(w) }

// IsCurrencyWord reports, in one lookup, whether a lower-case word is a
// currency mark, a currency's name or a unit of cents (CurrencyMark,
// CurrencyName, CentUnit).
func IsCurrencyWord(w string) bool { return currencyWordTable.has(w) }

// currencyWords is the union of currencyMarks, currencyNames and centNames.
var currencyWords = func() map[string]bool {
	m := make(map[string]bool, len(currencyMarks)+len(currencyNames)+len(centNames))
	for _, t := range []map[string]string{currencyMarks, currencyNames, centNames} {
		for k, v := range t {
			if v != "" {
				m[k] = true
			}
		}
	}
	return m
}()

// DollarPrefix returns the dollar that letters written before a spaced "$"
// name ("hk" in "hk $ 10bn", "c" in "c $ 300m"), or "".
func DollarPrefix(w string) string { return prefixTable.get(w) }

// CurrencyName returns the code of a currency name written after an amount
// ("dollars", "yen", "dlrs"); a code ending in '?' may be another country's
// unit of the same name; "" for other words.
func CurrencyName(w string) string { return nameTable.get(w) }

// CentUnit returns the currency a hundredth unit ("pence", "cents", "cts")
// belongs to by default, or "".
func CentUnit(w string) string { return centTable.get(w) }

// MoneyWords calls f with every word IsCurrencyWord reports (currency
// true), then every word with a DollarPrefix or a CurrencyAdjective
// (currency false): for a table, built once, that joins these look-ups.
func MoneyWords(f func(w string, currency bool)) {
	for w, ok := range currencyWords {
		if ok {
			f(w, true)
		}
	}
	for w, p := range dollarPrefixes {
		if p != "" {
			f(w, false)
		}
	}
	for w := range nameAdjectives {
		f(w, false)
	}
}

// CurrencyAdjective returns the code a word settles an ambiguous currency
// name with from before it ("australian" dollars AUD, "egyptian" pounds
// EGP); the code is "" for "new", which may only open such a name.
func CurrencyAdjective(w string) (string, bool) {
	return adjectiveTable.lookup(w)
}

// CurrencyCue is one reading of an ambiguous mark: its code and the words of
// an article that point at it.
type CurrencyCue struct {
	Code  string
	Words []string
}

// CurrencyReadings returns, for a code that stands for a mark used by
// several countries ("JPY" for "¥", "IRR" for "rials", "INR" for "Rs"), its
// readings with the words that point at each, in order of preference; nil
// for other codes. The slice is a copy the caller may keep.
func CurrencyReadings(code string) []CurrencyCue {
	cs := contextCurrencies[code]
	if cs == nil {
		return nil
	}
	out := make([]CurrencyCue, len(cs))
	for i, c := range cs {
		out[i] = CurrencyCue{Code: c.Code, Words: slices.Clone(c.Words)}
	}
	return out
}

// HomeCurrency returns the currency of the country a word of a story names
// as written ("UK", "Britain", "US", "American", or a country's whole
// name, "United Kingdom"), or "": the country a
// story names most decides the currency of an amount it states without one
// ("investing millions") when it states no other.
func HomeCurrency(word string) string { return homeCurrencies[word] }

var homeCurrencies = map[string]string{
	"UK": "GBP", "U.K.": "GBP", "Britain": "GBP", "British": "GBP", "London": "GBP", "England": "GBP",
	"Scotland": "GBP", "Scottish": "GBP", "Wales": "GBP", "Welsh": "GBP",
	"United Kingdom": "GBP", "Northern Ireland": "GBP", "United States": "USD",
	"US": "USD", "U.S.": "USD", "USA": "USD", "America": "USD", "American": "USD", "Americans": "USD", "Washington": "USD",
}

// DatelineCurrency returns the currency of a city or country a story is
// datelined in (lower case) whose unit has kept its name: "johannesburg"
// ZAR, "tokyo" JPY; "" elsewhere, and for the dollar's cities
// (DatelineDollar) and the euro's. A table's figures that name no
// currency in a story that states none are in it.
func DatelineCurrency(place string) string { return datelineCurrencies[place] }

var datelineCurrencies = map[string]string{
	"johannesburg": "ZAR", "pretoria": "ZAR", "cape town": "ZAR", "durban": "ZAR", "south africa": "ZAR",
	"tokyo": "JPY", "osaka": "JPY", "japan": "JPY", "zurich": "CHF", "geneva": "CHF", "berne": "CHF", "bern": "CHF",
	"basel": "CHF", "switzerland": "CHF", "stockholm": "SEK", "sweden": "SEK", "oslo": "NOK", "norway": "NOK",
	"copenhagen": "DKK", "denmark": "DKK", "london": "GBP", "seoul": "KRW", "bangkok": "THB", "jakarta": "IDR",
	"kuala lumpur": "MYR", "manila": "PHP", "beijing": "CNY", "shanghai": "CNY", "bombay": "INR", "mumbai": "INR",
	"new delhi": "INR", "karachi": "PKR", "islamabad": "PKR", "dhaka": "BDT", "colombo": "LKR", "warsaw": "PLN",
	"prague": "CZK", "budapest": "HUF", "mexico city": "MXN", "sao paulo": "BRL", "brasilia": "BRL",
	"buenos aires": "ARS", "santiago": "CLP", "bogota": "COP", "lima": "PEN", "caracas": "VEB", "cairo": "EGP",
	"nairobi": "KES", "lagos": "NGN", "abuja": "NGN", "tel aviv": "ILS", "jerusalem": "ILS", "moscow": "RUB",
	"riyadh": "SAR", "dubai": "AED", "abu dhabi": "AED", "kuwait": "KWD",
}

// CountryDollar returns the dollar of a country (ISO 3166-1 alpha-2) that
// counts in a dollar other than the US one: "CA" CAD, "AU" AUD; "" for
// the others.
func CountryDollar(iso string) string { return countryDollars[iso] }

var countryDollars = map[string]string{
	"CA": "CAD", "AU": "AUD", "NZ": "NZD", "HK": "HKD", "SG": "SGD", "TW": "TWD", "JM": "JMD", "TT": "TTD",
	"BS": "BSD", "BB": "BBD", "FJ": "FJD", "LR": "LRD", "NA": "NAD", "BZ": "BZD", "GY": "GYD", "BN": "BND",
	"SB": "SBD", "KY": "KYD",
}

// DatelineDollar returns the dollar a bare "$" means in a story datelined in
// a city (lower case): "sydney" AUD, "toronto" CAD; "" elsewhere.
func DatelineDollar(city string) string { return datelineDollars[city] }

// currencyMarks are the marks written before an amount, as one token or glued to it.
var currencyMarks = map[string]string{
	"$": "USD", "us$": "USD", "u.s.$": "USD", "usd$": "USD", "c$": "CAD", "ca$": "CAD", "can$": "CAD", "cdn$": "CAD",
	"a$": "AUD", "au$": "AUD", "hk$": "HKD", "nz$": "NZD", "s$": "SGD", "nt$": "TWD", "t$": "TWD", "r$": "BRL", "mex$": "MXN",
	"z$": "ZWL", "j$": "JMD", "£": "GBP", "€": "EUR", "¥": "JPY", "₹": "INR", "rs": "INR", "rs.": "INR",
	"₦": "NGN", "ksh": "KES", "ksh.": "KES", "shs": "KES", "shs.": "KES", "gh¢": "GHS", "gh₵": "GHS", "r": "ZAR", "sh": "KES", "dh": "AED", "dhs": "AED", "sr": "SAR", "ush": "UGX", "tsh": "TZS", "₩": "KRW", "₽": "RUB", "₺": "TRY", "₱": "PHP", "฿": "THB", "₪": "ILS",
	"₫": "VND", "₴": "UAH", "₵": "GHS", "rp": "IDR", "rm": "MYR", "sfr": "CHF", "dm": "DEM", "ffr": "FRF",
	"dkr": "DKK", "skr": "SEK", "nkr": "NOK", "ptas": "ESP", "pta": "ESP", "ir£": "IEP", "bfr": "BEF", "lfr": "LUF",
	"fl": "NLG", "esc": "PTE", "sch": "ATS",
	"usd": "USD", "eur": "EUR", "gbp": "GBP", "jpy": "JPY", "cny": "CNY", "rmb": "CNY", "chf": "CHF", "cad": "CAD",
	"aud": "AUD", "nzd": "NZD", "hkd": "HKD", "sgd": "SGD", "inr": "INR", "pkr": "PKR", "ngn": "NGN", "kes": "KES",
	"zar": "ZAR", "brl": "BRL", "rub": "RUB", "sek": "SEK", "nok": "NOK", "dkk": "DKK", "krw": "KRW",
	"mxn": "MXN", "idr": "IDR", "myr": "MYR", "thb": "THB", "egp": "EGP", "sar": "SAR", "aed": "AED", "irr": "IRR",
	"ils": "ILS", "pln": "PLN", "czk": "CZK", "huf": "HUF", "twd": "TWD", "ars": "ARS", "clp": "CLP", "cop": "COP",
	"uah": "UAH", "ghs": "GHS", "lkr": "LKR", "qar": "QAR", "kwd": "KWD", "php": "PHP",
}

// LocalMark returns the code of a mark as a country's own press writes it
// before an amount, matched with its capitals ("QR500m" in Doha, "Tk 500
// crore" in Dhaka, "TL 45 million" in Istanbul), or "". These are short
// enough to be other things, so they are marks only here and only before a
// large or decimal figure or one with a magnitude (the figure grammar's weak marks).
func LocalMark(t string) string { return localMarkTable.get(t) }

// The currency tables as read: stringTables of the maps above and below.
var (
	markTable         = newStringTable(currencyMarks)
	prefixTable       = newStringTable(dollarPrefixes)
	nameTable         = newStringTable(currencyNames)
	centTable         = newStringTable(centNames)
	localMarkTable    = newStringTable(localMarks)
	adjectiveTable    = newStringTable(nameAdjectives)
	currencyWordTable = func() wordTable {
		m := map[string]uint32{}
		for w, ok := range currencyWords {
			if ok {
				m[w] = 1
			}
		}
		return newWordTable(m)
	}()
)

var localMarks = map[string]string{
	"QR": "QAR", "BD": "BHD", "KD": "KWD", "RO": "OMR", "Tk": "BDT", "TK": "BDT", "LE": "EGP", "E£": "EGP",
	"TL": "TRY", "NIS": "ILS", "FCFA": "XOF", "CFA": "XOF", "Frw": "RWF", "FRw": "RWF", "MK": "MWK", "Ksh": "KES",
}

// dollarPrefixes turn a spaced "$" into another dollar: "hk $ 10bn", "c $ 300m", "US $5".
var dollarPrefixes = map[string]string{
	"us": "USD", "u.s.": "USD", "hk": "HKD", "c": "CAD", "can": "CAD", "cdn": "CAD", "a": "AUD", "au": "AUD",
	"nz": "NZD", "s": "SGD", "nt": "TWD", "r": "BRL",
}

// currencyNames are currency names written after an amount. A code ending
// in '?' may be another country's unit: the words before it or the article decide.
var currencyNames = map[string]string{
	"dollar": "USD?", "dollars": "USD?", "dlr": "USD", "dlrs": "USD", "bucks": "USD", "buck": "USD",
	"pound": "GBP?", "pounds": "GBP?", "sterling": "GBP", "stg": "GBP", "quid": "GBP",
	"euro": "EUR", "euros": "EUR", "yen": "JPY", "yuan": "CNY", "renminbi": "CNY",
	"rupee": "INR?", "rupees": "INR?", "rial": "IRR?", "rials": "IRR?", "riyal": "SAR?", "riyals": "SAR?",
	"dinar": "IQD?", "dinars": "IQD?", "peso": "MXN?", "pesos": "MXN?", "franc": "CHF?", "francs": "CHF?",
	"shilling": "KES?", "shillings": "KES?", "naira": "NGN", "rand": "ZAR", "baht": "THB", "ringgit": "MYR",
	"rupiah": "IDR", "lira": "TRY", "liras": "TRY", "lire": "ITL", "rouble": "RUB", "roubles": "RUB", "ruble": "RUB",
	"rubles": "RUB", "hryvnia": "UAH", "hryvnias": "UAH", "zloty": "PLN", "zlotys": "PLN", "forint": "HUF",
	"forints": "HUF", "reais": "BRL", "dirham": "AED?", "dirhams": "AED?", "taka": "BDT", "cedi": "GHS",
	"cedis": "GHS", "kwacha": "ZMW", "dong": "VND", "shekel": "ILS", "shekels": "ILS", "tenge": "KZT",
	"krona": "SEK", "kronor": "SEK", "krone": "DKK?", "kroner": "DKK?", "won": "KRW", "marks": "DEM",
	"guilders": "NLG", "guilder": "NLG", "schillings": "ATS", "pesetas": "ESP", "peseta": "ESP", "escudos": "PTE",
	"drachmas": "GRD", "drachma": "GRD", "kyat": "MMK", "birr": "ETB", "afghanis": "AFN", "real": "BRL",
	// the currencies of the 1990s as the wire wrote them
	"markka": "FIM", "markkaa": "FIM", "markkas": "FIM", "crowns": "SEK?", "crown": "SEK?", "koruna": "CZK",
	"korunas": "CZK", "koruny": "CZK", "kroon": "EEK", "kroons": "EEK", "punt": "IEP", "punts": "IEP",
	"d-marks": "DEM", "d-mark": "DEM", "dmarks": "DEM", "deutschemarks": "DEM", "tolar": "SIT", "tolars": "SIT",
	"litas": "LTL", "litai": "LTL", "lats": "LVL", "lati": "LVL", "kuna": "HRK", "kunas": "HRK", "denars": "MKD",
	"karbovanets": "UAK", "karbovanetses": "UAK", "sucre": "ECS", "sucres": "ECS", "bolivar": "VEB",
	"bolivars": "VEB", "soles": "PEN", "quetzal": "GTQ", "quetzales": "GTQ", "cordobas": "NIO", "colones": "CRC",
	"lempiras": "HNL", "guaranis": "PYG", "bolivianos": "BOB", "kwanza": "AOA", "meticais": "MZM", "pula": "BWP",
	"leones": "SLL", "riels": "KHR", "tugriks": "MNT", "leva": "BGL", "levs": "BGL", "lei": "ROL", "leu": "ROL",
	"ecu": "XEU", "ecus": "XEU",
}

// centNames are the hundredth units; the dollar-like unit of the article decides cents.
var centNames = map[string]string{
	"pence": "GBP", "p": "GBP", "cents": "USD", "cent": "USD", "cts": "USD", "ct": "USD", "sen": "MYR",
}

// nameAdjectives resolve an ambiguous currency name from the word before it ("australian dollars").
var nameAdjectives = map[string]string{
	"us": "USD", "u.s.": "USD", "american": "USD", "australian": "AUD", "canadian": "CAD", "kong": "HKD",
	"zealand": "NZD", "singapore": "SGD", "taiwan": "TWD", "taiwanese": "TWD", "zimbabwe": "ZWL", "zimbabwean": "ZWL",
	"jamaican": "JMD", "namibian": "NAD", "liberian": "LRD", "fijian": "FJD", "brunei": "BND", "bahamian": "BSD",
	"egyptian": "EGP", "lebanese": "LBP", "syrian": "SYP", "sudanese": "SDG", "british": "GBP", "irish": "IEP",
	"indian": "INR", "pakistani": "PKR", "pakistan": "PKR", "lankan": "LKR", "nepalese": "NPR", "nepali": "NPR",
	"iranian": "IRR", "omani": "OMR", "yemeni": "YER", "saudi": "SAR", "qatari": "QAR",
	"iraqi": "IQD", "kuwaiti": "KWD", "jordanian": "JOD", "bahraini": "BHD", "libyan": "LYD", "algerian": "DZD",
	"tunisian": "TND", "serbian": "RSD", "mexican": "MXN", "philippine": "PHP", "argentine": "ARS",
	"argentinian": "ARS", "colombian": "COP", "chilean": "CLP", "cuban": "CUP", "uruguayan": "UYU",
	"swiss": "CHF", "french": "FRF", "belgian": "BEF", "luxembourg": "LUF", "cfa": "XOF", "congolese": "CDF",
	"rwandan": "RWF", "kenyan": "KES", "ugandan": "UGX", "tanzanian": "TZS", "somali": "SOS",
	"emirati": "AED", "uae": "AED", "moroccan": "MAD", "danish": "DKK", "norwegian": "NOK", "swedish": "SEK",
	"hong": "HKD", "new": "", "german": "DEM", "deutsche": "DEM", "d-mark": "DEM", "turkish": "TRY", "italian": "ITL",
	// the wire's short forms ("N.Z. dlrs", "Aust dlrs", "H.K. cents", "Cdn dlrs")
	"n.z.": "NZD", "nz": "NZD", "aust": "AUD", "aust.": "AUD", "h.k.": "HKD", "cdn": "CAD", "can": "CAD",
	"s'pore": "SGD", "nt": "TWD", "czech": "CZK", "slovak": "SKK", "estonian": "EEK", "icelandic": "ISK",
	"finnish": "FIM", "dutch": "NLG", "austrian": "ATS", "spanish": "ESP", "portuguese": "PTE", "greek": "GRD",
	"polish": "PLN", "hungarian": "HUF", "russian": "RUB", "slovenian": "SIT", "croatian": "HRK",
	"japanese": "JPY", "chinese": "CNY", "korean": "KRW", "thai": "THB", "malaysian": "MYR", "indonesian": "IDR",
	"vietnamese": "VND", "brazilian": "BRL", "venezuelan": "VEB", "peruvian": "PEN", "bolivian": "BOB",
	"ecuadorean": "ECS", "ecuadorian": "ECS", "israeli": "ILS", "ukrainian": "UAH", "romanian": "ROL",
	"bulgarian": "BGL", "lithuanian": "LTL", "latvian": "LVL", "guinean": "GNF", "ghanaian": "GHS",
	"nigerian": "NGN", "ethiopian": "ETB", "malagasy": "MGF", "burundi": "BIF", "african": "ZAR", "south": "",
	"sri": "", "united": "", "states": "USD", "saudi-arabian": "SAR", "bangladeshi": "BDT", "zambian": "ZMK", "malawian": "MWK",
}

// contextCurrencies: for a mark used by several countries, the words that point at each.
var contextCurrencies = map[string][]CurrencyCue{
	"JPY": {{"JPY", []string{"Japan", "Tokyo", "Japanese"}}, {"CNY", []string{"China", "Chinese", "Beijing", "yuan"}}},
	"INR": {{"INR", []string{"India", "Delhi", "Mumbai"}}, {"PKR", []string{"Pakistan", "Karachi", "Islamabad", "Lahore"}}, {"LKR", []string{"Sri Lanka", "Colombo"}}, {"NPR", []string{"Nepal", "Kathmandu"}}},
	"IRR": {{"IRR", []string{"Iran", "Tehran"}}, {"OMR", []string{"Oman", "Muscat"}}, {"YER", []string{"Yemen", "Sanaa"}}, {"SAR", []string{"Saudi", "Riyadh"}}, {"QAR", []string{"Qatar", "Doha"}}},
	"IQD": {{"IQD", []string{"Iraq", "Baghdad"}}, {"KWD", []string{"Kuwait"}}, {"JOD", []string{"Jordan", "Amman"}}, {"BHD", []string{"Bahrain"}}, {"LYD", []string{"Libya"}}, {"TND", []string{"Tunisia"}}, {"DZD", []string{"Algeria"}}, {"RSD", []string{"Serbia", "Belgrade"}}},
	"CHF": {{"CHF", []string{"Swiss", "Switzerland", "Zurich", "Geneva"}}, {"FRF", []string{"France", "French", "Paris"}}, {"BEF", []string{"Belgium", "Belgian", "Brussels"}}, {"XOF", []string{"Senegal", "Ivory Coast", "Mali", "Burkina", "Niger ", "Benin", "Togo"}}},
	"MXN": {{"MXN", []string{"Mexico", "Mexican"}}, {"PHP", []string{"Philippines", "Philippine", "Manila"}}, {"ARS", []string{"Argentina", "Argentine", "Buenos Aires"}}, {"CLP", []string{"Chile"}}, {"COP", []string{"Colombia", "Bogota"}}, {"CUP", []string{"Cuba", "Havana"}}},
	"KES": {{"KES", []string{"Kenya", "Nairobi"}}, {"UGX", []string{"Uganda", "Kampala"}}, {"TZS", []string{"Tanzania", "Dar es Salaam"}}, {"SOS", []string{"Somalia", "Mogadishu"}}},
	"DKK": {{"DKK", []string{"Denmark", "Danish", "Copenhagen"}}, {"NOK", []string{"Norway", "Norwegian", "Oslo"}}},
	"SEK": {{"SEK", []string{"Sweden", "Swedish", "Stockholm"}}, {"DKK", []string{"Denmark", "Danish", "Copenhagen"}}, {"NOK", []string{"Norway", "Norwegian", "Oslo"}}, {"CZK", []string{"Czech", "Prague"}}, {"SKK", []string{"Slovak", "Bratislava"}}, {"EEK", []string{"Estonia", "Tallinn"}}, {"ISK", []string{"Iceland", "Reykjavik"}}},
	"AED": {{"AED", []string{"Emirates", "UAE", "Dubai", "Abu Dhabi"}}, {"MAD", []string{"Morocco", "Rabat"}}},
}

// DatelinePound returns the pound a bare "pounds" means in a story datelined
// in a lower-case city or country whose pound is not sterling ("cairo": EGP), or "".
func DatelinePound(place string) string { return datelinePounds[place] }

// datelinePounds give "pounds" the local pound when the story is datelined there.
var datelinePounds = map[string]string{
	"cairo": "EGP", "alexandria": "EGP", "egypt": "EGP", "beirut": "LBP", "lebanon": "LBP", "damascus": "SYP",
	"syria": "SYP", "nicosia": "CYP", "cyprus": "CYP", "limassol": "CYP", "khartoum": "SDG", "sudan": "SDG",
}

// datelineDollars give a bare "$" the local dollar when the story is datelined there.
var datelineDollars = map[string]string{
	"sydney": "AUD", "melbourne": "AUD", "canberra": "AUD", "brisbane": "AUD", "perth": "AUD", "adelaide": "AUD",
	"toronto": "CAD", "ottawa": "CAD", "montreal": "CAD", "vancouver": "CAD", "calgary": "CAD", "edmonton": "CAD",
	"wellington": "NZD", "auckland": "NZD", "hong kong": "HKD", "singapore": "SGD", "taipei": "TWD",
	"winnipeg": "CAD", "halifax": "CAD", "regina": "CAD", "saskatoon": "CAD", "quebec city": "CAD", "hobart": "AUD",
	"darwin": "AUD", "christchurch": "NZD", "dunedin": "NZD", "kaohsiung": "TWD",
	// the regions and countries a dateline may name after its city ("VANCOUVER, British Columbia")
	"canada": "CAD", "ontario": "CAD", "quebec": "CAD", "british columbia": "CAD", "b.c.": "CAD", "alberta": "CAD",
	"manitoba": "CAD", "saskatchewan": "CAD", "nova scotia": "CAD", "new brunswick": "CAD", "newfoundland": "CAD",
	"australia": "AUD", "new south wales": "AUD", "queensland": "AUD", "tasmania": "AUD", "western australia": "AUD",
	"south australia": "AUD", "new zealand": "NZD", "taiwan": "TWD",
}

// IsISOCode reports three capital letters that golang.org/x/text/currency knows
// as an ISO 4217 currency code.
func IsISOCode(t string) bool {
	if len(t) != 3 {
		return false
	}
	for i := 0; i < 3; i++ {
		if t[i] < 'A' || t[i] > 'Z' {
			return false
		}
	}
	if t[0] == 'X' && t != "XOF" && t != "XAF" && t != "XCD" && t != "XPF" {
		return false // no currency (XXX), tests, metals and fund units
	}
	_, err := currency.ParseISO(t)
	return err == nil
}

// moneyKeywords are further lower-case words the money grammar looks for
// (scale headers, comparisons): keywords, so that Lower finds them without allocating.
const moneyKeywords = `adjusted ago amount amounts apiece backlog compared deposits depreciation dividends downwardly expected
expressed forecast gain gains height inches indicated interest kilo loans mlns nil omitted original previous
price prior proceeds provision provisions reserves respectively restated results share specified stone tall
tax taxes upwardly year's year-ago year-earlier bill coin coins shop sign store priced cr
heavier lighter overweight underweight advance boost bring bringing brings climb creep creeping creeps crept decline decrease dip drive drop ease edge fall going grow grown inch increase jump lift lifted lifting lifts move plunge push pushed pushes pushing rally reduce rise sending shed shrink slid slide slip slump soar strengthen surge tick trim tumble weaken
bailouts bonuses bribes compensation contracts damages debts donations fees fines funding funds grants investment investments kickbacks losses payments penalties refunds royalties salaries savings settlements subsidies wages`

// successions are the currencies whose ISO 4217 code changed when a new
// issue under a new name replaced the old one ("the new Turkish lira", "the
// bolívar fuerte", "the new leu"): the new code, the code before it, and the
// year the new one came in. The rouble of 1998 kept its name and is coded
// RUB throughout, as news and its readers code it.
var successions = []struct {
	code, old string
	from      int
}{
	{"TRY", "TRL", 2005}, {"VEF", "VEB", 2008}, {"VES", "VEF", 2018}, {"RON", "ROL", 2005},
	{"GHS", "GHC", 2007}, {"AZN", "AZM", 2006}, {"MZN", "MZM", 2006}, {"TMT", "TMM", 2009},
	{"ZMW", "ZMK", 2013}, {"BYN", "BYR", 2016}, {"SDG", "SDD", 2007},
}

// CodeInYear returns the code of currency code in force in year: "TRL" for
// the Turkish lira of a story from 1996, "TRY" for one from 2006, "VEB" for
// the bolívar of 2001. A year of 0 (the story tells none) keeps code.
func CodeInYear(code string, year int) string {
	if year <= 0 {
		return code
	}
	for moved := true; moved; {
		moved = false
		for _, s := range successions {
			switch {
			case code == s.code && year < s.from:
				code, moved = s.old, true
			case code == s.old && year >= s.from:
				code, moved = s.code, true
			}
		}
	}
	return code
}
