package coref

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/newsparse/newsparse/internal/contract"
	"github.com/newsparse/newsparse/internal/entity"
	"github.com/newsparse/newsparse/internal/textdoc"
)

// TestResolve resolves mentions outside any quotation, as casualty victims
// and figure sources would ask: the entity's canonical name, or "".
func TestResolve(t *testing.T) {
	cases := []struct {
		text, mention, want string
		nth                 int // which occurrence of mention
	}{
		{"Northwind Energy cut 300 jobs on Tuesday. The company blamed weak demand.", "The company", "Northwind Energy", 0},
		{"Maria Lopez met Peter Hall on Monday. Later she flew to Rome.", "she", "Maria Lopez", 0},
		{"Tom Reyes, 34, was injured in the crash. The 34-year-old was taken to hospital.", "The 34-year-old", "Tom Reyes", 0},
		{"The Defence Ministry denied the claim. A ministry spokesman called it false.", "A ministry spokesman", "Defence Ministry", 0},
		{"Shares in Orbis Holdings Inc fell. Its chief resigned on Friday.", "Its chief", "Orbis Holdings Inc", 0},
		{"Anna Berg opened the fair. A man was later arrested. The man was released.", "The man", "", 0},
		{"Nora Quinn founded the bakery in 1990. Nora Quinn still bakes every loaf. The shop opened a second branch. Prices rose. Queues grew. Rents doubled. The street changed. The town grew. New cafes opened. Tourists came. Later she sold the building.", "she", "Nora Quinn", 0},
		{"Orbis Holdings Inc said it would appeal. A spokesman declined to comment further.", "A spokesman", "Orbis Holdings Inc", 0},
		// a capitalised word before the noun names whom the phrase speaks for: no other body in focus
		{"A Green Party spokesman said the vote was fair. A Conservative spokeswoman said it was not.", "A Conservative spokeswoman", "", 0},
		{"A Green Party spokesman said the vote was fair. A Pensions spokeswoman said it was not.", "A Pensions spokeswoman", "Green Party", 0},
		{"The Harbour Authority raised fees on Monday. A Tory official called the rise unfair.", "A Tory official", "", 0},
		{"The Harbour Authority and the Tory Party met. A Tory official called the rise unfair.", "A Tory official", "Tory Party", 0},
		{"Growth in Brazil slowed to 1% last year. The government blamed high interest rates.", "The government", "Brazil", 0},
		{"Voters in Easton went to the polls. A woman in Easton said she was worried.", "A woman in Easton", "", 0},
		{"A man was shot on Sunday. According to the Lorne County Sheriff's Office, the standoff began at 9 p.m. They said the man was armed.", "They", "Lorne County Sheriff's Office", 0},
		{"Voters in Easton went to the polls. The mayor in Easton said she was worried.", "The mayor in Easton", "", 0},
		{"Kestrel Foods cut 300 jobs. A spokeswoman for Kestrel Foods in Easton called it painful.", "A spokeswoman for Kestrel Foods in Easton", "Kestrel Foods", 0},
		{"Labour MP Jane Holt spoke on Monday. Later the Leeds West MP flew home.", "the Leeds West MP", "Jane Holt", 0},
		{"Top seed Paul Brandt defeated Marco Ruiz. The world number one lost to Ivan Petrov last week.", "The world number one", "Paul Brandt", 0},
		{"BBC correspondent Jim Hale spoke to Ann Cole on Monday. Later our correspondent flew home.", "our correspondent", "Jim Hale", 0},
		{"Tom Reyes and Ann Cole (25) met in 2001. Later the 34-year-old flew home.", "the 34-year-old", "Tom Reyes", 0},
		{"Tom Reyes met Ann Cole. A 34-year-old man was hurt. Later the 34-year-old flew home.", "the 34-year-old", "", 0},
		{"Tom Lloyd, the Leeds Central MP, has pledged to act. Later the Leeds Central MP flew home.", "the Leeds Central MP", "Tom Lloyd", 0},
		{"Chancellor Gordon Brown spoke on Monday. Brown cited his record. Prices rose. Queues grew. Rents doubled. The street changed. The town grew. New cafes opened. Tourists came. Bars shut. Shops closed. Trams ran late. Buses stopped. Taxis waited. Rain fell. Later the chancellor flew home.", "the chancellor", "Gordon Brown", 0},
		{"Arcon Systems chief Stuart Rowe spoke on Monday. Later the Arcon Systems spokesman said more.", "the Arcon Systems spokesman", "Arcon Systems", 0},
		// a noun no list holds, given by the article before a name
		{"Award-winning architects Hale & Moss have designed a new wing. The museum opened in 1890. Later the architects flew home.", "the architects", "Hale & Moss", 0},
		// a subject before "was" or "is" and no verb after it is still its clause's subject
		{"The Larks beat the Comets 5-2. Rookie defenceman Tom Verhoeven was on the ice for two goals by Paul Regina's line. Later the 21-year-old flew home.", "the 21-year-old", "Tom Verhoeven", 0},
		{"Rookie defenceman Evan Boucher scored twice. Coach Dave Tippin praised him. Later the rookie flew home.", "the rookie", "Evan Boucher", 0}, // capitalised as the sentence's first word
		{"Scotland prop Owen Evans is fit. The hooker Ian Dunn is not. Later the prop flew home.", "the prop", "Owen Evans", 0},
		{"Owen Evans is fit. The museum opened in 1890. Later the prop flew home.", "the prop", "", 0},
		{"Veteran deal maker Ann Cole joined Orbis on Monday. The talks went on. Later the deal fell through.", "the deal", "", 0}, // a word that qualifies the noun before the name
		{"Wales rugby prop Owen Evans is fit. The talks went on. Later the rugby ended.", "the rugby", "", 0},
		{"Wales rugby prop Owen Evans is fit. The talks went on. Later the prop flew home.", "the prop", "Owen Evans", 0},
		{"Rain fell, and seventh seed Tim Hale won. The crowd cheered. Later the seventh seed flew home.", "the seventh", "Tim Hale", 0}, // the phrase goes on with the noun the word qualifies
		{"Shares in oil giant Velto Energy fell on Monday. The talks went on. Later the oil ran out.", "the oil", "", 0},
		{"Shares in oil giant Velto Energy fell on Monday. The talks went on. Later the giant said more.", "the giant", "Velto Energy", 0},
		// a name in the clause a description is the subject of is someone else
		{"Vale has been given a lift by the manager Carl Ruiz this year. And the Leeds defender believes Ruiz is suited to lead the squad.", "the Leeds defender", "", 0},
		{"Tom Vale played well. Vale has been given a lift by the manager Carl Ruiz this year. And the Leeds defender believes Ruiz is suited to lead the squad.", "the Leeds defender", "Tom Vale", 0},
		{"Tom Vale played well. Carl Ruiz was happy. The manager praised Vale on Monday.", "The manager", "Carl Ruiz", 0},
		{"Tom Vale spoke on Monday. Later the governor said, before adding that he, Vale, was the best choice, that the race was over.", "the governor", "Tom Vale", 0},
		// a description in apposition before the name
		{"Liberal critic Tom Vale spoke first. The NDP critic, Ana Ruiz, went further. Later the NDP critic flew home.", "the NDP critic", "Ana Ruiz", 0},
		{"Her lawyer, Ian Dunn, read a statement. Tom Vale thanked the jury. Later the lawyer flew home.", "the lawyer", "Ian Dunn", 0},
		{"Coach Tom Vale was pleased. In the third period, Ian Dunn scored twice. Rain fell. Later the period ended.", "the period", "", 0},
		// an age in an apposition's description is the person's: another age is someone else
		{"One shopper, Ana Ruiz, filmed the theft on her phone. It was a shock, said Ruiz, a 41-year-old accountant. She said the thieves sped west, nearly hitting a cyclist. The cyclist, courier Tom Vale, told police the car came close. Later the 29-year-old went home.", "the 29-year-old", "Tom Vale", 0},
		// a railway is a body: "the railway" is the one in focus
		{"A freight train left the tracks near Hope. Norbrook Rail Inc. said the line was closed. Later the railway said it had reopened.", "the railway", "Norbrook Rail Inc.", 0},
		// an honorific between the comma and the name; a named possessor opening the description
		{"The chief coroner, Dr. Ana Ruiz, opened the hearing. Tom Vale thanked the jury. Later the coroner flew home.", "the coroner", "Ana Ruiz", 0},
		{"Manitoba's fire commissioner, Ana Ruiz, opened the hearing. Tom Vale thanked the jury. Later the commissioner flew home.", "the commissioner", "Ana Ruiz", 0},
		{"The hearing was opened by Manitoba's fire commissioner, Ana Ruiz. Tom Vale thanked the jury. Later the commissioner flew home.", "the commissioner", "Ana Ruiz", 0},
		// the role after a possessor inside the description
		{"Manitoba's fire commissioner, Ana Ruiz, opened the hearing. Tom Vale thanked the jury. Later the province's fire commissioner flew home.", "the province's fire commissioner", "Ana Ruiz", 0},
		// a soft word ("veteran") heads a description alone; the start of a sentence capitalises a modifier
		{"The veteran goaltender Mike Smith made 31 saves. Rain fell. Later the veteran flew home.", "the veteran", "Mike Smith", 0},
		{"Veteran goaltender Mike Smith made 31 saves. Coach Tom Vale praised the defence. Later the veteran flew home.", "the veteran", "Mike Smith", 0},
		{"Rookie winger Jo Lindqvist scored twice. Coach Tom Vale praised the defence. Later the rookie flew home.", "the rookie", "Jo Lindqvist", 0},
		{"Toronto goaltender Mike Smith made 31 saves. Coach Tom Vale praised the defence. Later the Toronto goaltender flew home.", "the Toronto goaltender", "Mike Smith", 0},
		// "the company" is no union, commission or party; "the union" a body whose name marks it as one
		{"The Teamsters Canada Rail Conference reached a deal on Tuesday with Northline Rail Inc. The company said it was pleased.", "The company", "Northline Rail Inc.", 0},
		{"The Ontario Securities Commission fined Kestrel Foods Ltd. on Monday. The firm said it would appeal.", "The firm", "Kestrel Foods Ltd.", 0},
		{"Northline Rail Inc. reached a deal on Tuesday with the Teamsters Canada Rail Conference. The union said members would vote.", "The union", "Teamsters Canada Rail Conference", 0},
		// a lede's pronoun that no one before it can be: the person its sentence names after it
		{"He called it his summer of listening last year, and now Premier Scott Moe is on the road again.", "He", "Scott Moe", 0},
		{"She was just 17 when coach Tom Vale first saw Ana Ruiz run.", "She", "Ana Ruiz", 0},
		// "the" and a body's spokesperson: the person the article named with that role of that body
		{"Lib Dem spokesman Vince Cable spoke first. Labour spokesman Tom Vale disagreed. Prices rose. Later the Lib Dem spokesman urged action.", "the Lib Dem spokesman", "Vince Cable", 0},
		{"Tom Vale, the Labour spokesman, spoke first. Prices rose. Later the Labour spokesman urged action.", "the Labour spokesman", "Tom Vale", 1},
		{"Labour spokesman Tom Vale spoke first. Prices rose. Later a Labour spokesman urged action.", "a Labour spokesman", "Labour Party", 0},
		// "the spokesperson" again, for the person whose title stands between "for" and the name
		{"A spokesperson for Opposition Leader Ann Cole called the trip a failure. Later the spokesperson said more.", "the spokesperson", "Ann Cole", 0},
		// a body's part named by a capitalised word: the body whose name holds it, not the one in focus
		{"The Reform Party met on Monday. Kestrel Foods backed the party and Kestrel Foods paid for the hall. Later the Reform convention committee said more.", "the Reform convention committee", "Reform Party", 0},
		// a word in -s between a description and a name is its verb
		{"The club met on Monday. Carl Ruiz has had a fine year. The defender believes Ruiz is right.", "The defender", "", 0},
		{"The club met on Monday. The defender Carl Ruiz has had a fine year. Later the defender flew home.", "the defender", "Carl Ruiz", 0},
		{"A city lawmaker wants Tom Vale barred from the city. The lawmaker filed a motion on Monday.", "The lawmaker", "", 0},
		{"Fellow lawmakers Tom Vale and Ann Cole filed a motion. The lawmakers spoke on Monday.", "The lawmakers", "Tom Vale", 0},
		// a report no one is said to have written: the body in focus
		{"The Audit Office urged ministers to act. It said councils were slow. The report said fraud was rising.", "The report", "Audit Office", 0},
		{"Ann Cole urged ministers to act. She said councils were slow. The report said fraud was rising.", "The report", "", 0},
		{"Green Aid warned firms in a new report on Monday. The rules change in May.", "a new report", "Green Aid", 0},
		{"Ann Cole met ministers. A new report said fraud was rising.", "A new report", "", 0},
		{"Orbis Bank attacked a new report by outside auditors on Monday. The rules change in May.", "a new report", "", 0}, // 'by' names its authors, not the subject
		// the authors of the document before
		{"A study of the 2001 floods, from the Kestrel Institute, found most firms recovered. The authors said losses were small.", "The authors", "Kestrel Institute", 0},
		{"The Kestrel Institute published a report on Monday. Later the authors said losses were small.", "the authors", "Kestrel Institute", 0},
		{"Ann Cole spoke on Monday. Later the authors said losses were small.", "the authors", "", 0},
		// a description the next sentence names
		{"Prices fell in May. The economy minister said growth would slow. It will recover, said economy minister Ken Sato.", "The economy minister", "Ken Sato", 0},
		{"Prices fell in May. The economy minister said growth would slow. It will recover, said finance minister Ken Sato.", "The economy minister", "", 0},
		// the headline names the subject the first sentence describes
		{"Hale defends school plans\n\nThe prime minister has defended plans to expand academies. Tony Hale said there was no retreat.", "The prime minister", "Tony Hale", 0},
		{"Hale and Dunn clash on schools\n\nThe prime minister has defended plans to expand academies. Tony Hale and Ian Dunn spoke.", "The prime minister", "", 0},
		{"Prop Evans ready for battle\n\nOwen Evans says the forwards are ready. The museum opened in 1890. Later the prop flew home.", "the prop", "Owen Evans", 0},
		// a body by the noun the article gives it before its name
		{"Bookmaker Frank Dale has stopped taking bets. The firm closed the book on Friday.", "The firm", "Frank Dale", 0},
		{"Prices rose, according to US magazine Silver Arrow's annual list. Ann Cole came second. She earned less. Tim Hale was third. Later the magazine said more.", "the magazine", "Silver Arrow", 0},
		// "its" and a person's role: the person who holds it
		{"The Kestrel Party would welcome her back, its co-chairman has said. Dr Ian Dunn told the radio there was no place for spite.", "its co-chairman", "Ian Dunn", 0},
		{"Orbis Holdings said sales fell, its chief executive has said. Analyst Tom Reyes said shares would fall.", "its chief executive", "Orbis Holdings", 0},
		{"Orbis Holdings chief executive Ann Cole spoke on Monday. Shares fell. Later its chief executive said more.", "its chief executive", "Ann Cole", 0},
		// a group of people working for a body named before
		{"A team of researchers has built a new cap. The research team, from the Kestrel Institute in Leeds, said more work was needed. Rain fell. Later the researchers said it worked.", "the researchers", "Kestrel Institute", 0},
		{"Kestrel Institute scientists have built a new cap. Rain fell. Later the scientists said it worked.", "the scientists", "Kestrel Institute", 0},
		{"Ann Cole met ministers. Rain fell. Later the researchers said it worked.", "the researchers", "", 0},
		// a document of the kind its issuer brought before
		{"Orbis Labs has filed a lawsuit against a former engineer. The lawsuit, against an unnamed worker, comes weeks before a launch. The complaint said the engineer leaked plans.", "The complaint", "Orbis Labs", 0},
		{"Ann Cole is suing three insurers. She is seeking damages in a claim lodged in May. The insurers have 30 days to reply. The legal submission said she was owed money.", "The legal submission", "Ann Cole", 0},
		{"The nine-page lawsuit filed by Tom Reyes was made public on Monday. Later the suit said he was hurt.", "the suit", "Tom Reyes", 0},
		{"Ann Cole has filed a lawsuit against Orbis Labs. Rain fell. Queues grew. Rents doubled. The street changed. The town grew. New cafes opened. Tourists came. Later the suit said she was hurt.", "the suit", "Ann Cole", 0},
		{"A lawsuit was filed against Orbis Labs on Monday. The complaint said the firm lied.", "The complaint", "", 0},
		{"Orbis Bank rejected a lawsuit brought by former workers. Rain fell. Later the complaint said the bank lied.", "the complaint", "", 0}, // 'by' names who brought it, not the subject
		{"Orbis Bank rejected a lawsuit, filed by former workers. Rain fell. Later the complaint said the bank lied.", "the complaint", "", 0},
		{"\u2019s complaint was filed on Monday. Later the complaint said the firm lied.", "the complaint", "", 0}, // a possessive that opens the text: no owner before it, no panic
		// an age the article never gave: the one person it names nearby
		{"Arcon's Sam Reid spoke on Monday. The club lost 2-0. Fans were angry. Rain fell. Later the 30-year-old flew home.", "the 30-year-old", "Sam Reid", 0},
		{"Arcon's Sam Reid met Tom Hale on Monday. The club lost 2-0. Fans were angry. Rain fell. Later the 30-year-old flew home.", "the 30-year-old", "", 0},
		// a person called by the nation the article gives them
		{"Austrian Karl Berger lost to Tim Hale on Monday. Hale served well. Later the Austrian flew home.", "the Austrian", "Karl Berger", 0},
		{"Spain's Luis Ortega lost to Tim Hale on Monday. Hale served well. Later the Spaniard flew home.", "the Spaniard", "Luis Ortega", 0},
		{"Karl Berger (Austria) lost to Tim Hale on Monday. Hale served well. Later the Austrian flew home.", "the Austrian", "Karl Berger", 0},
		{"Paul Gris signed a new deal on Monday. Later the 55-year-old Frenchman flew home.", "Frenchman", "Paul Gris", 0}, // the nationality word alone, past the age before it
		{"Paul Gris, 40, met Tim Hale on Monday. Gris served well. Later the 55-year-old Frenchman flew home.", "the 55-year-old Frenchman", "Tim Hale", 0},
		{"Tim Hale lost to Austrian Karl Berger on Monday. Berger served well. Later the Englishman flew home.", "the Englishman", "Tim Hale", 0},
		{"Motivational speaker Dan Rowe visited the school on Monday. Later the conference speaker flew home.", "the conference speaker", "Dan Rowe", 0},
		{"Speaker Dan Rowe visited the school on Monday. Later the deputy speaker flew home.", "the deputy speaker", "", 0},
		{"Crowds grew. After he criticised the plan on Monday, Mayor Tom Reyes left the hall.", "he", "Tom Reyes", 0},
		{"Crowds grew. After he left on Monday, the crowd cheered Tom Reyes.", "he", "", 0},
		{"Judge Ruth Calder regrets her remarks about the governor. Calder apologised on Monday. In an interview, the justice said she would be more careful.", "the justice", "Ruth Calder", 0},
	}
	for _, c := range cases {
		assert.Equal(t, c.want, resolveIn(t, c.text, c.mention, c.nth, (*Resolver).Resolve), "%q in %q", c.mention, c.text)
	}
}

// resolveIn recognises the entities of text and returns the name of the
// one that resolve gives the nth occurrence of mention (0: the first), or
// "" when it gives none.
func resolveIn(t *testing.T, text, mention string, nth int, resolve func(r *Resolver, s, e int) int) string {
	t.Helper()
	d := textdoc.Analyze(text)
	ents := entity.Extract(d)
	at := -1
	for i, from := 0, 0; i <= nth; i++ {
		k := strings.Index(text[from:], mention)
		if k < 0 {
			t.Fatalf("%q not in %q", mention, text)
		}
		at = from + k
		from = at + 1
	}
	if ei := resolve(New(d, ents, nil), at, at+len(mention)); ei >= 0 {
		return ents[ei].Name
	}
	return ""
}

// TestResolveExcept leaves one entity out: the next antecedent, or none.
func TestResolveExcept(t *testing.T) {
	text := "Anna Berg and Mia Holt met on Monday. Later the champion flew home."
	d := textdoc.Analyze(text)
	ents := entity.Extract(d)
	r := New(d, ents, nil)
	at := strings.Index(text, "the champion")
	first := r.Resolve(at, at+len("the champion"))
	if !assert.GreaterOrEqual(t, first, 0) {
		return
	}
	other := r.ResolveExcept(at, at+len("the champion"), first)
	if assert.GreaterOrEqual(t, other, 0) {
		assert.NotEqual(t, ents[first].Name, ents[other].Name)
	}
	assert.Equal(t, first, r.Resolve(at, at+len("the champion")), "Resolve still answers as before")
}

// TestPersonTaggedBody: a name the tagger took for a body is a person when
// the article calls it by a noun only a person is called right before it;
// not when the noun may name a body too.
func TestPersonTaggedBody(t *testing.T) {
	cases := []struct {
		text, name, mention, want string
	}{
		{"Television star Mara Velt spoke about fame on Monday. The actress explained why the roles dried up.", "Mara Velt", "The actress", "Mara Velt"},
		{"Journalist Tom Okafor visited the border on Monday. The reporter said the camps were full.", "Tom Okafor", "The reporter", "Tom Okafor"},
		{"Rival Velto Motors cut prices on Monday. The actress explained why she sold her car.", "Velto Motors", "The actress", ""},
		{"Singer Orbis Holdings said sales rose on Monday. The actress explained why.", "Orbis Holdings", "The actress", ""},
	}
	for _, c := range cases {
		d := textdoc.Analyze(c.text)
		at := strings.Index(c.text, c.name)
		ents := []contract.Entity{{ID: "e1", Type: contract.Org, Name: c.name, Mentions: []contract.Mention{{Start: at, End: at + len(c.name), Text: c.name}}}}
		r := New(d, ents, nil)
		m := strings.Index(c.text, c.mention)
		got := ""
		if ei := r.Resolve(m, m+len(c.mention)); ei >= 0 {
			got = ents[ei].Name
		}
		assert.Equal(t, c.want, got, "%q in %q", c.mention, c.text)
	}
}

// TestResolveSpeaker resolves a definite description that speaks, whose
// head noun no list holds, as one any person may be called: the person in
// focus, unless it introduced someone new, names a group or a thing that
// speaks for someone, or the person is named in its own sentence.
func TestResolveSpeaker(t *testing.T) {
	cases := []struct{ text, mention, want string }{
		{"Nina Park came fourth in the final on Sunday. Later the Regina local said she was proud.", "the Regina local", "Nina Park"},
		{"Dan Hale has fished the lake for years. Later the Kerry man said it was empty.", "the Kerry man", "Dan Hale"},
		{"Nina Park came fourth. A young supporter waved a flag. Later the Regina local said she was proud.", "the Regina local", ""},
		{"Nina Park came fourth. Later the Regina locals said they were proud.", "the Regina locals", ""},
		{"Nina Park came fourth. Later the source said she was proud.", "the source", ""},
		{"Nina Park came fourth. Nina Park said so as the Regina local waved.", "the Regina local", ""},
	}
	for _, c := range cases {
		assert.Equal(t, c.want, resolveIn(t, c.text, c.mention, 0, (*Resolver).ResolveSpeaker), "%q in %q", c.mention, c.text)
		assert.Empty(t, resolveIn(t, c.text, c.mention, 0, (*Resolver).Resolve), "Resolve leaves %q", c.mention)
	}
}

// TestOfficeFits: a description whose head names an office is no person
// whom the article gives another office; it is one whose office may name
// the same post, or one given none; a head no office fits anyone.
func TestOfficeFits(t *testing.T) {
	cases := []struct{ text, mention, want string }{
		// positive rows: the one person before holds another office
		{"Helen Achterberg, the executive director of the Harbour Food Bank, spoke on Monday. Later the minister said more.", "the minister", ""},
		{"Helen Achterberg, the executive director of the Harbour Food Bank, spoke on Monday. Later the critic said more.", "the critic", ""},
		{"Helen Achterberg, the executive director of the Harbour Food Bank, spoke on Monday. Later the housing critic said more.", "the housing critic", ""},
		{"Helen Achterberg, the executive director of the Harbour Food Bank, spoke on Monday. Later the opposition leader said more.", "the opposition leader", ""},
		{"Mayor Colin Brandvold opened the rink on Friday. Later the senator said more.", "the senator", ""},
		{"Sen. Ruth Okonjo opened the rink on Friday. Later the mayor said more.", "the mayor", ""},
		// the office names the same post, or a kind of it
		{"Transport Minister Ruth Okonjo spoke on Monday. Later the minister said more.", "the minister", "Ruth Okonjo"},
		{"Prime Minister Ruth Okonjo spoke on Monday. Later the leader said more.", "the leader", "Ruth Okonjo"},
		{"Ruth Okonjo, the chairwoman of the Harbour Food Bank, spoke on Monday. Later the chair said more.", "the chair", "Ruth Okonjo"},
		// the head of any body is no office
		{"Former party chief Ruth Okonjo spoke on Monday. Later the senator said more.", "the senator", "Ruth Okonjo"},
		// no office given: a reader infers it
		{"Helen Achterberg spoke on Monday. Later the critic said more.", "the critic", "Helen Achterberg"},
		// a head no office
		{"Helen Achterberg, the executive director of the Harbour Food Bank, spoke on Monday. Later the 52-year-old said more.", "the 52-year-old", "Helen Achterberg"},
		{"Helen Achterberg, the executive director of the Harbour Food Bank, spoke on Monday. Later the businesswoman said more.", "the businesswoman", "Helen Achterberg"},
	}
	for _, c := range cases {
		assert.Equal(t, c.want, resolveIn(t, c.text, c.mention, 0, (*Resolver).Resolve), "%q in %q", c.mention, c.text)
	}
}
