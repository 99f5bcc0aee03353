package lexicon

// commonWords are frequent English words that open sentences in capitals and
// are never names on their own: adverbs, conjunctions, pronouns, determiners
// and a few nouns that news often starts a sentence or a heading with.
var commonWords = set(`a|about|above|according|across|actually|additionally|after|afterwards|again|against|ahead|all|almost|
along|already|also|although|always|among|an|and|another|any|anyway|apparently|around|as|at|autumn|back|basically|be|because|
before|behind|being|below|beneath|besides|between|beyond|both|briefly|but|by|certainly|clearly|consequently|currently|
despite|did|do|does|down|during|each|early|earlier|either|else|elsewhere|emergency|enough|especially|even|eventually|ever|
every|everyone|everything|except|finally|first|firstly|following|for|formerly|fortunately|forward|from|further|furthermore|
generally|given|happily|having|he|hence|her|here|hers|herself|him|himself|his|hopefully|how|however|i|if|importantly|in|
including|indeed|initially|inside|instead|interestingly|into|it|its|itself|just|last|later|lately|less|like|likewise|
many|may|maybe|meanwhile|men|moreover|most|mostly|much|my|namely|naturally|near|neither|never|nevertheless|next|no|nobody|
none|nonetheless|nor|not|nothing|now|nowadays|obviously|of|off|often|on|once|one|only|or|originally|other|otherwise|our|
ours|out|outside|over|overall|perhaps|personally|please|plus|possibly|presumably|previously|probably|quite|rather|really|
recently|regardless|remarkably|second|secondly|separately|several|she|shortly|similarly|simply|since|so|some|somehow|
someone|something|sometimes|soon|spring|still|subsequently|such|suddenly|summer|surely|than|thankfully|that|the|their|
theirs|them|themselves|then|there|thereafter|therefore|these|they|third|this|those|though|through|throughout|thus|to|
today|together|tomorrow|tonight|too|toward|towards|traditionally|typically|ultimately|under|undoubtedly|unfortunately|
unless|unlike|until|up|upon|us|usually|very|via|we|well|what|whatever|when|whenever|where|whereas|wherever|whether|which|
while|who|whoever|whom|whose|why|winter|with|within|without|woman|women|yesterday|yet|you|your|yours|yourself|
people|police|officials|experts|critics|fans|analysts|observers|residents|witnesses|sources|
government|ministers|report|reports|figures|data|shares|prices|sales|profits|news|breaking|update|updated|exclusive|
analysis|comment|opinion|editorial|interview|video|watch|listen|photo|photos|pictures|live|read|more|related|see|also|
thanks|yes|okay|ok|oh|wow|sir|madam|dear|hello|hi|goodbye|welcome|congratulations|sorry|look|imagine|consider|remember`)

// IsCommonWord reports whether a word (a key) is a frequent English word that
// is not a name on its own, though it may open a sentence in capitals.
func IsCommonWord(key string) bool { return commonWords.has(key) }

// commonAcronyms are capitalised abbreviations of things, not names of
// organisations or places: "PC", "DVD", "GMT", "CEO".
var commonAcronyms = set(`PC|PCs|DVD|DVDs|CD|CDs|TV|TVs|ID|IDs|SMS|MMS|MP3|MP3s|GPS|CEO|CEOs|CFO|COO|
HIV|DNA|USB|LCD|HD|HDTV|VAT|GDP|GNP|IPO|ATM|ATMs|PIN|URL|FAQ|PM|AM|PDA|PDAs|RAM|CPU|PhD|MBA|IQ|UFO|SUV|SUVs|VIP|VIPs|
DIY|ASAP|AGM|PR|IT|AI|VR|AR|3D|4G|5G|WiFi|Wi-Fi|MRI|ICU|ER|OK|TB|MS|ME`)

// IsCommonAcronym reports whether a word (a key) is an abbreviation of a
// thing rather than a name ("pc", "dvd", "gmt").
func IsCommonAcronym(key string) bool { return commonAcronyms.has(key) }
