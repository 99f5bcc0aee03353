package lexicon

// Given names common in English-language news whose bearers are nearly
// always of one gender; names borne by both (Jordan, Alex, Jean, Andrea)
// are left out. Pronoun resolution uses them: "she" is not Jerome Powell.
var maleNames = set(`aaron|abdul|abdullah|adam|adrian|ahmed|ahmad|alan|albert|alexander|alexei|ali|andrew|andrei|andy|angus|anthony|
antonio|arnold|arthur|barack|barry|ben|benjamin|benny|bernard|bernie|bill|billy|bob|bobby|boris|brad|bradley|brandon|brian|
bruce|bryan|carl|carlos|charles|charlie|christopher|colin|craig|dale|damian|daniel|danny|dave|david|dean|dennis|derek|dmitry|
donald|doug|douglas|dylan|eddie|edward|emmanuel|eric|erik|ethan|eugene|felipe|fernando|francis|frank|fred|gary|gavin|george|
gerald|gordon|graham|greg|gregory|hamid|hans|harold|harry|hassan|henry|howard|hugh|hussein|ian|ibrahim|igor|ivan|jack|jacob|
jake|james|jason|javier|jay|jeff|jeffrey|jeremy|jerome|jerry|jim|jimmy|joe|joel|john|johnny|jonathan|jorge|jose|joseph|josh|
joshua|juan|justin|karl|keir|keith|ken|kenneth|kevin|khalid|kurt|larry|lawrence|lee|leo|leonard|louis|luis|luke|malcolm|
marco|mario|mark|martin|matt|matthew|michael|miguel|mike|mitch|mitt|mohammed|mohammad|muhammad|nathan|neil|nicholas|nick|nigel|
oliver|omar|oscar|patrick|paul|pedro|peter|philip|phil|rafael|ralph|raymond|richard|rick|rishi|rob|robert|roberto|rodrigo|roger|
ron|ronald|ross|roy|russell|ryan|salman|samuel|scott|sean|sergei|sergey|simon|stephen|steve|steven|stuart|ted|terry|thomas|tim|
timothy|todd|tom|tony|victor|vladimir|walter|wayne|william|xi|yusuf|zach`)

var femaleNames = set(`abigail|ada|alice|alicia|alison|amanda|amy|ana|angela|angelina|ann|anna|anne|annie|barbara|betty|beverly|
brenda|carol|caroline|carolyn|catherine|charlotte|cheryl|christina|christine|claire|cynthia|dana|debbie|deborah|diana|diane|
donna|doris|dorothy|elena|elizabeth|ellen|emily|emma|eva|fatima|fiona|frances|gabriela|gillian|gloria|grace|hannah|heather|
helen|hillary|irene|isabel|jacqueline|jane|janet|janice|jennifer|jessica|jill|joan|joanna|joyce|judith|judy|julia|julie|karen|
kate|katherine|kathleen|kathy|kelly|kimberly|kristen|laura|lauren|linda|lisa|liz|lori|louise|lucy|lynn|madeleine|margaret|
maria|marie|marilyn|marine|martha|mary|megan|melania|melissa|michelle|monica|nancy|natalie|nicola|nicole|nikki|olga|pamela|
patricia|paula|penny|rachel|rebecca|rita|rose|ruth|sabrina|sally|samantha|sandra|sara|sarah|sharon|shirley|sophie|stephanie|
susan|suzanne|tanya|teresa|theresa|tiffany|ursula|valerie|victoria|virginia|wendy|yvette|yulia`)

// NameGender returns 'm' or 'f' for a given name (a key) that nearly always
// belongs to a man or a woman, or 0.
func NameGender(key string) byte {
	switch {
	case maleNames[key]:
		return 'm'
	case femaleNames[key]:
		return 'f'
	}
	return 0
}
