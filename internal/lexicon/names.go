package lexicon

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Given names common in English-language news whose bearers are nearly
// always of one gender; names borne by both (Jordan, Alex, Jean, Andrea)
// are left out, and so are those that name a place, a team or a month as
// often (Georgia, Orlando, Stanley, Chelsea, April). Pronoun resolution uses them: "she" is not Jerome Powell.
var maleNames = set(`aaron|abdul|abdullah|adam|adrian|ahmad|ahmed|aidan|alan|alastair|albert|alec|alexander|alexei|alfred|ali|alistair|
allan|alvin|andre|andrei|andres|andrew|andy|angelo|angus|anthony|antoine|anton|antonio|archie|arjen|arjun|arnaud|
arnold|arsene|arthur|arturo|barack|barney|barry|bart|ben|benjamin|benny|bernard|bernie|bill|billy|blake|bob|bobby|
boris|boyd|brad|bradley|brandon|brendan|brent|brett|brian|bruce|bruno|bryan|byron|caleb|calvin|carl|carlos|carter|
cecil|cedric|chad|charles|charlie|christian|christopher|clarence|claude|clayton|cliff|clifford|clint|clive|cody|colin|
connor|conor|conrad|craig|curtis|cyril|dale|damian|damon|daniel|danny|darren|darryl|dave|david|dean|declan|dennis|
derek|desmond|didier|dimitar|dmitri|dmitry|dominic|don|donald|donovan|doug|douglas|duncan|dustin|dwayne|dwight|dylan|
earl|eddie|edgar|edmund|edward|edwin|elijah|elliot|elliott|emil|emile|emmanuel|enrique|eric|erik|ernest|ernie|errol|
ethan|eugene|evan|everett|fabian|fabio|felipe|felix|fernando|floyd|francesco|francis|francois|frank|franklin|fred|
freddie|frederick|gabriel|gareth|garrett|gary|gavin|gene|geoff|geoffrey|george|gerald|gerard|gilbert|giorgio|giovanni|
giuseppe|glen|glenn|gonzalo|gordon|graham|grant|greg|gregory|guillaume|gustavo|guy|hamid|hamish|hans|harold|harry|
harvey|hassan|hector|henry|herbert|herman|howard|hubert|hugh|humphrey|hussein|ian|ibrahim|igor|isaac|ivan|jack|jacob|
jacques|jake|jamal|james|jared|jarrod|jason|javier|jay|jeff|jeffrey|jeremiah|jeremy|jerome|jerry|jerzy|jesus|jim|jimmy|
joaquin|joe|joel|john|johnny|jon|jonah|jonathan|jorge|jose|joseph|josh|joshua|juan|julian|julius|jurgen|justin|kareem|
karl|keir|keith|kelvin|ken|kenneth|kenny|kevin|khalid|kieran|kirk|klaus|kurt|kyle|lance|larry|lars|lawrence|lee|leo|
leon|leonard|leonardo|leroy|lewis|liam|lionel|lloyd|lorenzo|louis|luc|luca|lucas|luis|luke|lyle|malcolm|manuel|marc|
marcel|marco|marcus|mario|mark|martin|marvin|mathieu|matt|matthew|matthias|maurice|max|maxime|mehmet|melvin|micah|
michael|mick|mickey|miguel|mike|mikhail|miles|mitch|mitchell|mitt|mohamed|mohammad|mohammed|moses|muhammad|murray|
nathan|nathaniel|neal|ned|neil|nelson|niall|nicholas|nick|nigel|nikolai|noah|norbert|norman|olaf|oliver|ollie|omar|
oscar|otto|owen|pablo|pascal|patrick|paul|pavel|pedro|percy|perry|peter|phil|philip|phillip|pierre|pietro|quentin|
rafael|rahul|raj|rajesh|ralph|ramon|randy|raul|ravi|ray|raymond|reggie|reginald|rex|ricardo|richard|rick|ricky|rishi|
rob|robbie|robert|roberto|rocco|rod|rodney|rodrigo|roger|roland|rolf|ron|ronald|ronnie|rory|ross|roy|ruben|rudy|rupert|
russell|ruud|ryan|salman|salvatore|samuel|sanjay|saul|scott|sean|sebastian|sergei|sergey|sergio|seth|shane|shaun|
sheldon|sidney|silvio|simon|spencer|stan|stefan|stephane|stephen|steve|steven|stuart|sven|ted|terrence|terry|theo|
theodore|thierry|thomas|tim|timothy|tobias|toby|todd|tom|tony|trevor|tristan|tyler|tyrone|vernon|victor|viktor|vince|
vincent|vladimir|wade|wallace|walter|warren|wayne|wes|wesley|wilfred|william|willie|winston|wolfgang|xavier|xi|yuri|
yusuf|yves|zach|zachary|zinedine|
alain|alexandre|benoit|denis|gaetan|ghislain|gilles|jean-philippe|jean-sebastien|laurent|marcel|mathis|maxime|normand|
olivier|patrice|raymond|regis|rejean|remi|sebastien|serge|sylvain|thierry|vincent|yannick|xavier`)

var femaleNames = set(`abby|abigail|ada|adele|adriana|agnes|aileen|aisha|alexandra|alice|alicia|alison|allison|alyssa|amanda|amber|amelia|amy|
ana|anastasia|angela|angelina|anita|ann|anna|annabel|anne|annette|annie|antoinette|ariana|arlene|audrey|ava|barbara|
beatrice|becky|belinda|bernadette|beth|bethany|betty|beverly|bianca|bonnie|brenda|brianna|bridget|brigitte|britney|
brittany|brooke|camilla|candace|carla|carly|carmen|carol|caroline|carolyn|cassandra|catherine|cathy|cecilia|celine|
chantal|charlene|charlotte|cheryl|chloe|christina|christine|cindy|claire|clara|clare|claudia|colleen|connie|constance|
courtney|cynthia|daisy|dana|daniela|danielle|daphne|darlene|debbie|deborah|denise|diana|diane|dolores|donna|doris|
dorothy|edith|eileen|elaine|eleanor|elena|elisa|elise|eliza|elizabeth|ella|ellen|ellie|elsa|emilia|emily|emma|erica|
erika|erin|esther|ethel|eva|evelyn|fatima|felicity|fiona|frances|francesca|gabriela|gail|gemma|genevieve|geraldine|
gillian|gina|giselle|gladys|gloria|grace|greta|gwen|hannah|harriet|hayley|hazel|heather|heidi|helen|helena|hilary|
hillary|holly|ida|imelda|ines|ingrid|irene|irina|iris|isabel|isabella|isabelle|ivana|jacqueline|jane|janet|janice|
jasmine|jeanette|jeanne|jenna|jennifer|jenny|jessica|jill|joan|joanna|joanne|jocelyn|jodie|josephine|joyce|juanita|
judith|judy|julia|julie|juliet|justine|kara|karen|karin|karina|kate|katherine|kathleen|kathy|katie|katrina|kayla|kelly|
kimberly|kirsten|kirsty|kristen|kristin|kylie|laura|lauren|leah|leanne|leila|lena|lillian|lily|linda|lisa|liz|lois|
lori|lorna|lorraine|louisa|louise|lucia|lucille|lucy|luisa|lydia|lynda|lynn|lynne|madeleine|maggie|mandy|marcia|
margaret|margarita|maria|marian|marianne|marie|marilyn|marina|marine|marion|marisa|marjorie|marlene|martha|martina|
mary|maureen|maxine|megan|meghan|melania|melanie|melissa|meredith|mia|michelle|mildred|miranda|miriam|molly|mona|
monica|muriel|nadia|nancy|naomi|natalie|natasha|nathalie|nicola|nicole|nikki|nina|nora|norma|olga|olivia|paige|pamela|
patricia|paula|pauline|peggy|penelope|penny|petra|philippa|phoebe|phyllis|polly|priscilla|priya|rachael|rachel|rebecca|
regina|renee|rhonda|rita|roberta|robyn|rosa|rosalind|rose|rosemary|roxanne|ruby|ruth|sabrina|sally|samantha|sandra|
sara|sarah|selena|serena|shannon|sharon|sheila|shelley|sherry|shirley|silvia|simone|sonia|sonya|sophie|stacey|stella|
stephanie|susan|suzanne|sylvia|tamara|tammy|tanya|tara|tatiana|teresa|tessa|theresa|tiffany|tina|tracey|tracy|ursula|
valerie|vanessa|vera|veronica|vicki|vicky|victoria|violet|virginia|vivian|wanda|wendy|whitney|yolanda|yulia|yvette|
yvonne|zoe|
annie|audrey|emilie|francine|ginette|helene|isabel|johanne|josee|karine|lise|louise|manon|marie-eve|monique|nathalie|
solange|sylvie|valerie|veronique|jodi|jodie`)

// NameGender returns 'm' or 'f' for a given name (a key) that nearly always
// belongs to a man or a woman, or 0.
//
// A name written with accents is looked up without them too ("Sébastien",
// "Josée"), and a compound name by its parts ("Marc-André", "Jean-François":
// the part whose gender is known).
func NameGender(key string) byte {
	if g := nameGender1(key); g != 0 {
		return g
	}
	if i := strings.IndexByte(key, '-'); i > 0 && i < len(key)-1 {
		a, b := nameGender1(key[:i]), nameGender1(key[i+1:])
		if a == 0 || a == b {
			return b
		}
		if b == 0 {
			return a
		}
	}
	return 0
}

// nameGender1 is NameGender of one name, with its accents or without.
func nameGender1(key string) byte {
	switch {
	case maleNames.has(key):
		return 'm'
	case femaleNames.has(key):
		return 'f'
	}
	for i := 0; i < len(key); i++ {
		if key[i] >= utf8.RuneSelf {
			if plain := unaccented(key); plain != key {
				return nameGender1(plain)
			}
			break
		}
	}
	return 0
}

// unaccented returns s without its combining marks: "josée" → "josee".
func unaccented(s string) string {
	var b strings.Builder
	for _, r := range norm.NFD.String(s) {
		if !unicode.Is(unicode.Mn, r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}
