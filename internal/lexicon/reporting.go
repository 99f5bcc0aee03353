package lexicon

import "strings"

// reportingForms lists the reporting verbs of speech and writing, each line
// one verb with its forms: base, third person, past, present participle.
// Verbs of thought and evidence ("believes", "shows", "thinks") are left out
// on purpose: they do not report words.
const reportingForms = `say says said saying
tell tells told telling
add adds added adding
write writes wrote writing written
tweet tweets tweeted tweeting
post posts posted posting
ask asks asked asking
note notes noted noting
explain explains explained explaining
state states stated stating
respond responds responded responding
reply replies replied replying
declare declares declared declaring
conclude concludes concluded concluding
argue argues argued arguing
insist insists insisted insisting
warn warns warned warning
admit admits admitted admitting
claim claims claimed claiming
suggest suggests suggested suggesting
recall recalls recalled recalling
announce announces announced announcing
acknowledge acknowledges acknowledged acknowledging
vow vows vowed vowing
promise promises promised promising
pledge pledges pledged pledging
continue continues continued continuing
call calls called calling
describe describes described describing
accuse accuses accused accusing
urge urges urged urging
joke jokes joked joking
shout shouts shouted shouting
yell yells yelled yelling
chant chants chanted chanting
remark remarks remarked remarking
assert asserts asserted asserting
concede concedes conceded conceding
predict predicts predicted predicting
complain complains complained complaining
boast boasts boasted boasting
emphasize emphasizes emphasized emphasizing
emphasise emphasises emphasised emphasising
stress stresses stressed stressing
observe observes observed observing
comment comments commented commenting
confirm confirms confirmed confirming
deny denies denied denying
report reports reported reporting
reveal reveals revealed revealing
quip quips quipped quipping
scoff scoffs scoffed scoffing
snap snaps snapped snapping
retort retorts retorted retorting
counter counters countered countering
testify testifies testified testifying
mutter mutters muttered muttering
whisper whispers whispered whispering
exclaim exclaims exclaimed exclaiming
plead pleads pleaded pleading pled
demand demands demanded demanding
wonder wonders wondered wondering
muse muses mused musing
reiterate reiterates reiterated reiterating
repeat repeats repeated repeating
lament laments lamented lamenting
mock mocks mocked mocking
blast blasts blasted blasting
criticize criticizes criticized criticizing
criticise criticises criticised criticising
praise praises praised praising
tout touts touted touting
brag brags bragged bragging
allege alleges alleged alleging
caution cautions cautioned cautioning
inform informs informed informing
assure assures assured assuring
advise advises advised advising
proclaim proclaims proclaimed proclaiming
thunder thunders thundered thundering
fume fumes fumed fuming
sigh sighs sighed sighing
email emails emailed emailing
text texts texted texting
recount recounts recounted recounting
maintain maintains maintained maintaining
contend contends contended contending
charge charges charged charging
dub dubs dubbed dubbing
label labels labeled labelled labeling labelling
brand brands branded branding
quote quotes quoted quoting
cite cites cited citing
read reads
answer answers answered answering
agree agrees agreed agreeing
elaborate elaborates elaborated elaborating
interject interjects interjected interjecting
interrupt interrupts interrupted interrupting
rail rails railed railing
marvel marvels marvelled marveled marvelling marveling
gush gushes gushed gushing
tease teases teased teasing
taunt taunts taunted taunting
mourn mourns mourned mourning
pray prays prayed praying
preach preaches preached preaching
propose proposes proposed proposing
reckon reckons reckoned reckoning
scream screams screamed screaming
shoot shoots shot
sneer sneers sneered sneering
speak speaks spoke speaking
summarize summarizes summarized summarizing
thank thanks thanked thanking
vent vents vented venting
question questions questioned questioning
sing sings sang singing sung
rap raps rapped rapping
exhort exhorts exhorted exhorting
implore implores implored imploring
confide confides confided confiding
opine opines opined opining
enthuse enthuses enthused enthusing
murmur murmurs murmured murmuring
grumble grumbles grumbled grumbling
groan groans groaned groaning
bellow bellows bellowed bellowing
growl growls growled growling
`

// reporting maps the lower-case forms of the reporting verbs to their base form.
var reporting = func() map[string]string {
	m := map[string]string{}
	for _, line := range strings.Split(reportingForms, "\n") {
		f := strings.Fields(line)
		for _, w := range f {
			m[w] = f[0]
		}
	}
	return m
}()

// ReportingBase returns the base form of a lower-case form of a verb that
// reports speech or writing ("said", "told", "tweeted", "warning" → "say",
// "tell", "tweet", "warn"), or "" when w is none.
func ReportingBase(w string) string {
	if n := len(w); n > 0 && n < 32 {
		f, l := w[0]-'a', w[n-1]-'a' // bytes below 'a' wrap past 26
		if f < 26 && l < 26 && reportingShapes[int(f)*26+int(l)]&(1<<n) == 0 {
			return "" // no form of a reporting verb has its first and last letters and length
		}
	}
	return reportingTable.get(w)
}

// reportingTable is reporting as read.
var reportingTable = newStringTable(reporting)

// reportingShapes holds, for each first and last lower-case ASCII letter
// (first*26+last), a bit per length (below 32) of the forms of reporting
// with them: the extractors ask ReportingBase of most words near a
// quotation, and the table answers for most without the map.
var reportingShapes = func() (t [26 * 26]uint32) {
	for w := range reporting {
		if n := len(w); n < 32 {
			f, l := w[0]-'a', w[n-1]-'a'
			if f < 26 && l < 26 {
				t[int(f)*26+int(l)] |= 1 << n
			}
		}
	}
	return t
}()

// speakerNouns are lower-case head nouns of noun phrases that can report
// words: people by role ("the minister", "a spokesman", "officials") and
// bodies and documents ("the ministry", "the statement").
var speakerNouns = wordSet(`spokesman spokeswoman spokesperson spokesmen spokespeople official officials minister ministers
president secretary senator governor mayor chief director adviser advisor advisers advisors aide aides ambassador
analyst analysts expert experts source sources police officer officers general commander commanders leader leaders
chairman chairwoman chair ceo executive executives candidate nominee lawmaker lawmakers representative representatives
congressman congresswoman diplomat diplomats prosecutor prosecutors judge lawyer lawyers attorney attorneys witness
witnesses resident residents statement report ministry department agency government campaign company group committee
office army military organisation organization council party administration spokesmen researchers researcher
scientist scientists professor economist economists manager managers strategist strategists critic critics
supporter supporters opponent opponents activist activists observer observers investigator investigators
authorities authority people voters voter member members host anchor reporter correspondent doctor doctors
founder owner coach player players star actor singer author writer editor editorial article letter post tweet
memo release document documents filing court lawsuit complaint board union association federation foundation
institute firm bank operator regulator regulators watchdog prime premier chancellor king queen prince pope
counterpart envoy negotiator negotiators mediator official's sheriff deputy commissioner inspector sergeant
captain colonel lieutenant major colonel governor's staff staffer staffers surrogate surrogates pollster pollsters
aide's father mother wife husband son daughter brother sister friend friends neighbor neighbour family teacher
student students worker workers employee employees victim victims survivor survivors protester protesters
demonstrators organizers organisers speaker secretary-general director-general mp mps minister's
moderator moderators interviewer panelist panelists narrator columnist columnists commentator commentators
blogger bloggers pundit pundits journalist journalists reporters spokespersons negotiators lawmakers' nominee's
champion champions winner skipper striker goalkeeper midfielder defender boss fellow`)

// IsSpeakerNoun reports whether a lower-case word heads noun phrases that
// can report words ("spokesman", "officials", "ministry", "statement").
func IsSpeakerNoun(w string) bool { return speakerNouns.has(w) }

// titles are the words, in lower case, of titles that stand before a
// personal name and are not part of it ("President", "Minister", "Sen.", "Mr.").
var titles = wordSet(`president minister secretary senator sen. sen governor gov. gov mr. mr mrs. mrs ms. ms miss dr. dr prof. prof
professor general gen. gen ambassador chancellor premier king queen prince princess pope judge justice mayor speaker
rev. rev reverend sheikh ayatollah imam rabbi father sister brother representative rep. rep congressman congresswoman
lawmaker spokesman spokeswoman officer commander colonel lieutenant major captain sergeant admiral marshal
inspector detective det. supt. superintendent sheriff deputy vice ceo founder emir sultan sir lord lady dame baroness baron
candidate nominee coach envoy counterpart chief-of-staff secretary-general director-general mp mep assemblyman
assemblywoman councilman councilwoman councillor councilor alderman chancellor premier`)

// IsTitle reports whether a lower-case word is a title that stands before a
// personal name and is not part of it ("president", "minister", "sen.", "mr").
func IsTitle(w string) bool { return titles.has(w) }

// wordSet builds a set of the white-space separated words of s, as written.
func wordSet(s string) wordTable {
	m := map[string]uint32{}
	for _, w := range strings.Fields(s) {
		m[w] = 1
	}
	return newWordTable(m)
}

// sourceVerbs are the verb forms that attribute a figure to a source: a
// selection of the reporting forms above, and the two forms of "estimate",
// which reports figures rather than words. The selection leaves out forms
// such as "say" and "states" that, in the sentences around figures, are
// more often something else: every form of the same verbs changed 104
// sources on the eval sets and BBC, most of them wrongly ("United" from
// "the United States", "Islamic" from "Islamic State").
var sourceVerbs = wordSet(`said says told reported reports announced confirmed stated estimated estimates`)

// IsSourceVerb reports whether a lower-case word attributes a figure to the
// subject before it or the name after it ("police said 30 were killed",
// "…, said the ministry", "officials estimated").
func IsSourceVerb(w string) bool { return sourceVerbs.has(w) }
