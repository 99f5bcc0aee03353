package entity

import (
	"strconv"
	"testing"

	"github.com/newsparse/newsparse/internal/textdoc"
	"github.com/stretchr/testify/assert"
)

// issue15 holds the classes of toponyms missed or wrongly found, in sentences
// written for this test, run through the whole of Extract: each names the
// mentions ("TYPE:text@start") that must be found and those that must not.
var issue15 = []struct {
	class, text string
	want, not   []string
}{
	{"glued dateline", "Two hurt in crash | WXYZ NEWS9DAYTON, Ohio- Two people were hurt on Sunday in Dayton.",
		[]string{"GPE:DAYTON@30", "GPE:Dayton@78"}, []string{"ORG:WXYZ NEWS9DAYTON@19", "GPE:NEWS9DAYTON@24"}},
	{"glued dateline", "Fire at warehouse « KXYZ DallasDALLAS (KXYZ9) — Crews fought a fire.",
		[]string{"GPE:DALLAS@32"}, []string{"ORG:KXYZ DallasDALLAS@21"}},
	{"agency dateline under a headline", "Mayor and rival differ on taxes.\n\nCHICAGO (AP) — The mayor of Chicago spoke.",
		[]string{"GPE:CHICAGO@34"}, []string{"ORG:CHICAGO@34"}},
	{"headline", "Kenya raises taxes on fuel\n\nKenya will raise taxes on fuel, the treasury said.",
		[]string{"GPE:Kenya@0", "GPE:Kenya@28"}, nil},
	{"headline", "Kenyans pay more for fuel\n\nKenya will raise taxes on fuel, the treasury said.",
		[]string{"GPE:Kenya@27"}, []string{"GPE:Kenya@0"}},
	{"person taken for a place", "The remake of the Ben Hollis thriller opened in forty cinemas.",
		[]string{"PERSON:Ben Hollis@18"}, []string{"GPE:Ben Hollis@18"}},
	{"person taken for a place", "Critics praised the Ben Ashworth western at the festival.",
		[]string{"PERSON:Ben Ashworth@20"}, []string{"GPE:Ben Ashworth@20"}},
	{"person taken for a place", "The storm closed roads in Martin County and Santa Maria on Monday.",
		nil, []string{"PERSON:Martin County@26", "PERSON:Santa Maria@44"}},
	{"person after a relative", "She was driven home by her husband, Austin, who had waited outside.",
		[]string{"PERSON:Austin@36"}, []string{"GPE:Austin@36"}},
	{"person after a relative", "The painter's nephew Raleigh drowned in 1984 while sailing alone.",
		[]string{"PERSON:Raleigh@21"}, []string{"GPE:Raleigh@21"}},
	{"bare head", "The flood spread well beyond Miami-Dade County, engineers said.",
		[]string{"GPE:Miami-Dade County@29"}, []string{"GPE:County@40"}},
	{"bare head", "County officials met on Monday.", nil, []string{"GPE:County officials@0"}},
	{"glued ellipsis", "She said the answer...Canada will pay for the bridge.",
		[]string{"GPE:Canada@22"}, []string{"NORP:answer...Canada@13"}},
	{"division head after the name", "Police traced the stolen van to the Glendale District of Phoenix.",
		[]string{"GPE:Glendale District@36"}, []string{"GPE:Glendale@36"}},
	{"event named by its place", "She took bronze at the Tokyo Olympics and gold at the 1988 Seoul Olympics.",
		[]string{"EVENT:Tokyo Olympics@23", "EVENT:Seoul Olympics@59"}, []string{"GPE:Tokyo@23", "GPE:Seoul@59"}},
	{"event named by its place", "He won a third Auckland title before the Paris traffic held him up.",
		[]string{"GPE:Auckland@15", "GPE:Paris@41"}, nil},
	{"dateline without an agency", "Crash on highway | WXYZ NEWS9DAYTON - Two people were hurt on Sunday.",
		[]string{"GPE:DAYTON@29"}, nil},
	{"dateline without an agency", "Crash on highway | WXYZ NEWS9ZORBLAND - Two people were hurt on Sunday.",
		nil, []string{"GPE:ZORBLAND@29"}},
	{"place before a title", "Milwaukee Mayor Nora Pike and Seattle Mayor Dale Hume toured the port.",
		[]string{"GPE:Milwaukee@0", "GPE:Seattle@30"}, []string{"ORG:Milwaukee@0", "ORG:Seattle@30"}},
	{"natural place with of", "The storm moved over the Gulf of Mexico, and pirates struck near the Strait of Hormuz.",
		[]string{"LOC:Gulf of Mexico@25", "LOC:Strait of Hormuz@69"}, []string{"GPE:Mexico@33", "ORG:Strait of Hormuz@69"}},
	{"natural place with of", "The Bank of England raised rates.", []string{"ORG:Bank of England@4"}, nil},
	{"region that is also an adjective", "The boat sank in the Mediterranean.", []string{"LOC:Mediterranean@21"}, []string{"NORP:Mediterranean@21"}},
	{"region that is also an adjective", "They sailed to a Mediterranean port.", []string{"NORP:Mediterranean@17"}, []string{"LOC:Mediterranean@17"}},
	{"country taken for a person or team", "The Sahel region, including Mali and Niger, faces drought.",
		[]string{"GPE:Mali@28", "GPE:Niger@37"}, []string{"PERSON:Mali@28", "ORG:Niger@37"}},
	{"country taken for a person or team", "Jordan Henderson scored twice.", []string{"PERSON:Jordan Henderson@0"}, nil},
	{"place joined to a place", "The outbreak spread from Mexico City to Veracruz and Oaxaca.",
		[]string{"GPE:Veracruz@40"}, []string{"ORG:Veracruz@40"}},
	{"town taken for a person", "Soldiers at Fort Hood and Fort Bragg were told to stay home.",
		[]string{"GPE:Fort Bragg@26"}, []string{"PERSON:Fort Bragg@26"}},
	{"town taken for a person", "Elizabeth Warren spoke in Boston.", []string{"PERSON:Elizabeth Warren@0"}, nil},
	{"glued dateline with its state", "Man hurt | Fox 12TOLEDO, Ohio (March 4, 2019) – A man was hurt in Ohio.",
		[]string{"GPE:TOLEDO@17", "GPE:Ohio@25"}, []string{"PERSON:Fox 12TOLEDO@11"}},
	{"country that the demonyms' table lists", "Swine flu reached the Philippines, Taiwan and South Korea.",
		[]string{"GPE:Philippines@22"}, []string{"NORP:Philippines@22"}},
	{"country that the demonyms' table lists", "The Philippine navy sailed.", []string{"NORP:Philippine@4"}, nil},
	{"county before an official's title", "The man refused to drop the knife, said Warren County District Attorney Joe Bright at a briefing.",
		[]string{"GPE:Warren County@40"}, []string{"ORG:Warren County@40"}},
	{"county before an official's title", "The charges were filed by Pike County District Attorney Ray Dunn on Friday.",
		[]string{"GPE:Pike County@26"}, []string{"ORG:Pike County@26"}},
	{"county named like a person", "He walked toward deputies, said Allen County Prosecutor Tom Reed on Tuesday.",
		[]string{"GPE:Allen County@32"}, []string{"PERSON:Allen@32"}},
	{"township taken for a group or an organisation", "A gunman fired at troopers who came to his Bethel Township farmhouse, police said.",
		[]string{"GPE:Bethel Township@43"}, []string{"NORP:Bethel Township@43"}},
	{"township taken for a group or an organisation", "He went outside to confront two deputies who drove to his Lenox Township home, officials said.",
		[]string{"GPE:Lenox Township@58"}, []string{"ORG:Lenox Township@58"}},
	{"person named like a place who speaks", "The inquiry will go on, said Lt. Martin Dallas, who leads the unit in Easton. Officers are on leave. \u201cWe are working day and night,\u201d Dallas said.",
		[]string{"PERSON:Dallas@137", "GPE:Easton@70"}, []string{"GPE:Dallas@137"}},
	{"person named like a place who speaks", "Coach Mary Phoenix praised the team. \"They never gave up,\" said Phoenix.",
		[]string{"PERSON:Phoenix@64"}, []string{"GPE:Phoenix@64"}},
	{"person named like a place who speaks", "Coach Mary Phoenix praised the team. \"They never gave up,\" said Phoenix. She flew home to Phoenix and Dallas.",
		[]string{"PERSON:Phoenix@64", "GPE:Phoenix@90"}, []string{"PERSON:Phoenix@90"}},
	{"person named like a place who speaks", "Moscow said the talks had failed.", []string{"GPE:Moscow@0"}, nil},
	{"group before a country", "The archive holds films made in Nazi Germany before 1939.",
		[]string{"GPE:Germany@37", "NORP:Nazi@32"}, []string{"GPE:Nazi Germany@32"}},
	{"group before a country", "He grew up in Communist China and later moved to Spain.",
		[]string{"GPE:China@24", "NORP:Communist@14"}, []string{"GPE:Communist China@14"}},
	{"group before a country", "Rebels in Iranian Kurdistan and Western Ukraine fought.",
		[]string{"GPE:Iranian Kurdistan@10", "GPE:Western Ukraine@32"}, []string{"GPE:Kurdistan@18", "GPE:Ukraine@40"}},
	{"group before a country", "She flew to French Guiana.", []string{"GPE:French Guiana@12"}, nil},
	{"event named by its place as one name", "The runner will lead Britain at the London Marathon on 17 April.",
		[]string{"EVENT:London Marathon@36"}, []string{"GPE:London Marathon@36"}},
	{"place name with particles found in pieces", "Tourists left Sharm el Sheikh after the crash.",
		[]string{"GPE:Sharm el Sheikh@14"}, []string{"GPE:Sharm@14"}},
	{"place name with particles found in pieces", "He flew to Dar es Salaam on Monday.",
		[]string{"GPE:Dar es Salaam@11"}, []string{"GPE:Dar@11", "GPE:Salaam@18"}},
	{"place name with particles found in pieces", "Shelling near Deir ez-Zor continued.",
		[]string{"GPE:Deir ez-Zor@14"}, []string{"NORP:ez-Zor@19"}},
	{"place name with particles found in pieces", "She grew up in Newcastle upon Tyne.",
		[]string{"GPE:Newcastle upon Tyne@15"}, []string{"ORG:Newcastle@15"}},
	{"place name with particles found in pieces", "They visited Bosnia and Herzegovina.",
		[]string{"GPE:Bosnia and Herzegovina@13"}, []string{"GPE:Bosnia@13"}},
	{"place name with particles found in pieces", "New rail fares in England and Wales start today.",
		[]string{"GPE:England@18", "GPE:Wales@30"}, nil},
	{"place name with particles found in pieces", "Talks between France and Germany ended.",
		[]string{"GPE:France@14", "GPE:Germany@25"}, nil},
	{"compass word before a demonym", "Exports to North American markets grew.",
		[]string{"NORP:North American@11"}, []string{"GPE:North@11"}},
	{"compass word before a demonym", "He moved to the North. American troops left.",
		[]string{"NORP:American@23"}, []string{"NORP:North. American@16"}},
	{"district or constituency named by its town and a compass word", "Seats the party could win include Bristol West, Cardiff Central and Leeds North West.",
		[]string{"GPE:Bristol West@34", "GPE:Cardiff Central@48", "GPE:Leeds North West@68"}, []string{"ORG:Bristol West@34"}},
	{"district or constituency named by its town and a compass word", "Rosario Central beat Boca Juniors 2-1 on Sunday.",
		nil, []string{"GPE:Rosario Central@0"}},
	{"district or constituency named by its town and a compass word", "Fans watched the game against Rosario Central at home.",
		nil, []string{"GPE:Rosario Central@30"}},
	{"district or constituency named by its town and a compass word", "Labour won Bristol West and lost Leeds North West in 2005.",
		[]string{"GPE:Bristol West@11", "GPE:Leeds North West@33"}, nil},
	{"district or constituency named by its town and a compass word", "Rosario Central won 2-1 on Sunday.",
		nil, []string{"GPE:Rosario Central@0"}},
	{"county taken for an organisation", "He was booked into the Dane County jail on Friday.",
		[]string{"GPE:Dane County@23"}, []string{"ORG:Dane County@23"}},
	{"county taken for an organisation", "The Harnett County sheriff's office said two men were held.",
		[]string{"GPE:Harnett County@4"}, []string{"ORG:Harnett County@4"}},
	{"county taken for an organisation", "Ross County beat Hibernian on Saturday.", nil, []string{"GPE:Ross County@0"}},
	{"county taken for an organisation", "Fans saw the match against Ross County.", nil, []string{"GPE:Ross County@27"}},
	{"town before its state", "Police in Ferguson, Missouri, used tear gas.",
		[]string{"GPE:Ferguson@10", "GPE:Missouri@20"}, []string{"PERSON:Ferguson@10"}},
	{"town before its state", "A man from Sparta, Tennessee, was held.",
		[]string{"GPE:Sparta@11"}, []string{"ORG:Sparta@11"}},
	{"town before its state", "Alex Ferguson, the Manchester United manager, spoke.",
		[]string{"PERSON:Alex Ferguson@0"}, nil},
	{"state's nickname", "Voters in the Granite State go first, and the Lone Star State votes next.",
		[]string{"GPE:Granite State@14", "GPE:Lone Star State@46"}, []string{"ORG:Granite State@14"}},
	{"state's nickname", "Braff won for Garden State, and fans toured the Empire State Building.",
		nil, []string{"GPE:Garden State@14", "GPE:Empire State@47"}},
	{"town before a word for its people or police", "Grand Rapids police arrested a Baton Rouge man and a Red Bank woman.",
		[]string{"GPE:Grand Rapids@0", "GPE:Baton Rouge@31", "GPE:Red Bank@53"}, []string{"ORG:Grand Rapids@0", "ORG:Baton Rouge@31", "ORG:Red Bank@53"}},
	{"town before a word for its people or police", "Metro police said the Chelsea manager and Ford officials met.",
		nil, []string{"GPE:Metro@0", "GPE:Chelsea@22", "GPE:Ford@42"}},
	{"constituency of two places joined by and", "Labour holds Leeds North West, Holborn and St Pancras, Oldham East and Saddleworth, and Taunton.",
		[]string{"GPE:Holborn and St Pancras@31", "GPE:Oldham East and Saddleworth@55"}, []string{"GPE:Holborn@31", "GPE:Saddleworth@71"}},
	{"constituency of two places joined by and", "He won the Eton and Slough seat in 1964 and she is MP for Holborn and St Pancras.",
		[]string{"GPE:Eton and Slough@11", "GPE:Holborn and St Pancras@58"}, nil},
	{"constituency of two places joined by and", "Police in Dallas, Minneapolis and St. Paul, Minnesota, were on alert.",
		[]string{"GPE:Minneapolis@18", "GPE:Minnesota@44"}, []string{"GPE:Minneapolis and St. Paul@18"}},
	{"constituency of two places joined by and", "The Tories held Haltemprice and Howden, Leeds North West and Bath, and won the Haltemprice and Howden seat.",
		[]string{"GPE:Haltemprice and Howden@16", "GPE:Haltemprice and Howden@79"}, nil},
	{"constituency of two places joined by and", "She won the Haltemprice and Howden seat in 2010.",
		[]string{"GPE:Haltemprice and Howden@12"}, []string{"ORG:Haltemprice and Howden@12"}},
	{"constituency of two places joined by and", "As MP for Dwyfor and Plaid Cymru's leader, she spoke.",
		nil, []string{"GPE:Dwyfor and Plaid Cymru@10"}},
	{"counties in a list before a plural head", "Deputies in Dade, Catoosa and Walker counties searched, as did those of Polk, Hardin and Tyler counties.",
		[]string{"GPE:Dade@12", "GPE:Catoosa@18", "GPE:Walker@30", "GPE:Polk@72", "GPE:Hardin@78", "GPE:Tyler@89"},
		[]string{"PERSON:Polk@72", "PERSON:Hardin@78", "PERSON:Tyler@89"}},
	{"counties in a list before a plural head", "Smith, Jones and Brown praised the counties' budget.",
		nil, []string{"GPE:Smith@0", "GPE:Jones@7", "GPE:Brown@16"}},
	{"town before its state's abbreviation", "A Cleveland, Tenn., man was charged, and a Jackson, Miss., nurse spoke.",
		[]string{"GPE:Cleveland@2", "GPE:Tenn.@13", "GPE:Jackson@43", "GPE:Miss.@52"}, []string{"ORG:Cleveland@2", "PERSON:Jackson@43"}},
	{"town before its state's abbreviation", "A Troy, N.Y., firefighter was hurt.",
		[]string{"GPE:Troy@2"}, []string{"PERSON:Troy@2"}},
	{"town before its state's abbreviation", "Rep. Marsha Jackson, Miss., voted no.",
		[]string{"PERSON:Marsha Jackson@5"}, []string{"GPE:Jackson@12"}},
	{"place before a word for people in a Title Case headline", "Ohio Woman Charged After Crash On Highway.\n\nThe driver was charged on Monday after two people were hurt.",
		[]string{"GPE:Ohio@0"}, nil},
	{"place before a word for people in a Title Case headline", "Manchester United Fans Cheer Late Win.\n\nSupporters celebrated.",
		[]string{"ORG:Manchester United@0"}, []string{"GPE:Manchester@0"}},
	{"township taken for a group or an organisation", "English County Championship cricket resumed.",
		nil, []string{"GPE:English County@0"}},
	{"place inside a hyphenated word", "A Knoxville-area hospital treated the boy, and a Gaza-bound ship was stopped.",
		[]string{"GPE:Knoxville@2", "GPE:Gaza@49"}, []string{"NORP:Knoxville-area@2", "NORP:Gaza-bound@49"}},
	{"place inside a hyphenated word", "The New York-based charity sold its stake to a Chicago-based bank.",
		[]string{"GPE:New York@4", "GPE:Chicago@47"}, []string{"NORP:New York-based@4"}},
	{"place inside a hyphenated word", "The U.S.-led coalition met pro-Israel groups and an Iran-backed militia.",
		[]string{"GPE:U.S.@4", "GPE:Israel@31", "GPE:Iran@52"}, []string{"NORP:U.S.-led@4"}},
	{"place inside a hyphenated word", "The Jackson-led panel kept the Johnson-era rules.",
		nil, []string{"GPE:Jackson@4", "GPE:Johnson@31"}},
	{"place inside a hyphenated word", "Guinea-Bissau and Austria-Hungary were named.",
		nil, []string{"GPE:Guinea@0"}},
	{"local town by its possessive", "Two men were shot on Detroit's west side, and Knoxville's police chief resigned.",
		[]string{"GPE:Detroit@21", "GPE:Knoxville@46"}, []string{"ORG:Detroit@21", "ORG:Knoxville@46"}},
	{"local town by its possessive", "Liverpool's manager praised the side after the win.",
		nil, []string{"GPE:Liverpool@0"}},
	{"town in its county or state", "Police say the family is from Sparta in White County.",
		[]string{"GPE:Sparta@30", "GPE:White County@40"}, []string{"ORG:Sparta@30"}},
	{"town in its county or state", "The striker signed for Juventus in Italy on Monday.",
		[]string{"GPE:Italy@35"}, []string{"GPE:Juventus@23"}},
	{"state abbreviation after a town", "He was held in Dalton, Ga. Police said he fled.",
		[]string{"GPE:Dalton@15", "GPE:Ga.@23"}, []string{"PERSON:Ga.@23"}},
	{"state abbreviation after a town", "The storm moved toward Pensacola, Fla. Schools in the county closed.",
		[]string{"GPE:Pensacola@23", "GPE:Fla.@34"}, []string{"GPE:Fla. Schools@34", "GPE:Schools@39"}},
	{"state abbreviation after a town", "She moved to Dalton, Ga. Michael Brown said she left in May.",
		[]string{"GPE:Ga.@21", "PERSON:Michael Brown@25"}, nil},
	{"headline place before a word for people, not named in the body", "Kentucky Girl, 4, Found Safe After Search\n\nThe girl was found on Monday.",
		[]string{"GPE:Kentucky@0"}, nil},
	{"headline place before a word for people, not named in the body", "Jordan Smith Wins Title\n\nThe golfer won on Sunday.",
		nil, []string{"GPE:Jordan@0"}},
}

func TestIssue15Classes(t *testing.T) {
	for _, tc := range issue15 {
		got := mentionsAt(tc.text)
		seen := map[string]bool{}
		for _, g := range got {
			assert.False(t, seen[g], "%s: %s: %s twice", tc.class, tc.text, g)
			seen[g] = true
		}
		for _, w := range tc.want {
			assert.Contains(t, got, w, "%s: %s", tc.class, tc.text)
		}
		for _, w := range tc.not {
			assert.NotContains(t, got, w, "%s: %s", tc.class, tc.text)
		}
	}
}

// mentionsAt returns every mention of Extract as "TYPE:text@start".
func mentionsAt(text string) []string {
	var got []string
	for _, e := range Extract(textdoc.Analyze(text)) {
		for _, m := range e.Mentions {
			got = append(got, string(e.Type)+":"+m.Text+"@"+strconv.Itoa(m.Start))
		}
	}
	return got
}
