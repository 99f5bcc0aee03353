// Package quote finds the direct quotations of an analysed article and
// attributes each to a speaker. It owns the pairing of quotation marks
// (quotes.go), interview transcripts (transcripts.go), the reporting clause
// and its subject (attribution.go, subjects.go), linking a speaker to one of
// the article's entities (speakers.go) and the choice of which quotations to
// keep (keep.go). It reads a textdoc.Doc and the entities of internal/entity,
// and writes nothing back to them.
//
// # How quotations are found and attributed
//
// Pairing reads each paragraph's marks once. Straight marks open or close by
// the space around them; curly marks by their shape, unless their place says
// otherwise (a closing mark opening a paragraph opens, as does one glued
// to the word after it with none open: said,”We …). Marks of the other
// style, or a second opening mark of the same curly style, inside an open
// quotation nest, except that a mark of the same style opening a sentence
// after a full stop reopens the quotation, curly as straight, unless two
// closing marks follow (“A. “B,” she said: two quotations; “I asked.
// “Why?” and left.”: one); single marks pair only where they cannot be apostrophes
// (letters on both sides, '90s, rock 'n' roll, workers' are apostrophes),
// and a single-mark pair outside any double one is a British-style
// quotation. Two backquotes (“) open a double quotation and two apostrophes
// (”) close it, as they close one a straight mark opened when shaped as a
// closing mark ("…,” Davis said); two apostrophes alone are a mark only with
// WithApostropheQuotes. In tokenized copy, where every mark stands apart,
// two backquotes after a sentence's end inside a quotation they opened
// reopen it, as a straight mark does in BBC copy. A single mark between a
// lower-case letter and a capital closes an open single quotation (a scraped line glued to the
// next: ‘distraught’Officials). A quotation still
// open at the end of a paragraph, or of a line that the next line reopens,
// ends there and the next one continues it; one that is never reopened ends
// with its paragraph, so an unbalanced mark spoils one paragraph at most.
// An interview transcript printed without marks gives one quotation per
// turn: each paragraph opened by a speaker's label ("WALLACE: …"), when two
// or more are and the label names a person of the article or recurs; the
// label of a link ("READ MORE:") is no speaker's.
//
// A page's furniture between paragraphs is read as absent (furniture.go):
// a paragraph of one line that links to another article ("READ MORE: …"),
// credits a picture ("Photo: Ana Ruiz/Reuters", "(Photo by …)"), bylines
// the story ("By Ana Ruiz, The Star") or gives a related story's headline
// in title case. Pairing and attribution read the article without these
// lines and the mentions in them, so the paragraph before a quotation, a
// pronoun's antecedent and the names nearby are the same whether the page
// put such lines in between or not.
//
// Attribution tries the evidence in order of strength, like the sieves of
// CoreNLP's QuoteAttributionAnnotator, but reads the reporting clause
// itself instead of only looking for the nearest mention:
//
//  1. a transcript label opening the quotation ("WALLACE: …"); then a
//     verb of naming right before it, read by its clause's grammar: a
//     passive's agent ("described as “…” by Downing Street", "… by scouts
//     who saw them": a noun "who" follows names people; "described by
//     Ann as “…”": the agent before "as"), a relative
//     clause's subject ("who police termed “…”") or an active verb's
//     subject when it names its object "as" the words ("X branded the
//     hours as a “leap in the dark”"), or the reporter of the clause that
//     verb stands in ("X said that Y describes it as “…”": X); an
//     infinitive or participle of naming whose participle "with" gives a
//     subject ("…, with X taking to Twitter to call Y “…”"); the possessor
//     of a noun of speech ("X's call for “…”", fragments.go), also of one
//     a copula and a comma or colon equate with the words ("Grant's rule
//     for his interns (…) was, “…”"; without the mark the words judge
//     it: "X said Y's comments were “…”"); the owner of the words that
//     introduce it ("in Forbes' words, “…”", "in the words of X, “…”");
//  2. a reporting cue in the quotation's own sentences, within a window:
//     one right after a quotation that ends with its own comma, question or
//     exclamation mark ("…," she said; "…?" asked X; "…?" X said.; "…?"
//     X replied, pointing to …: a reporting clause opening the next
//     sentence, however long), unless
//     "that" opens the quotation after a cue before it ("X claimed that
//     “…,” Y said …": X's), then one before it, then one after, unless
//     the quotation ends its own sentence and that cue reports a clause
//     of its own ("“….” Vale insisted he is fit": nor any cue inside
//     that clause, and the same for a cue in a later sentence of the
//     paragraph, where "according to" too gives its own clause's
//     source). The cue's subject is read from the clause:
//     "X said", "said X", "X, a senior diplomat, said", "X (D-Ohio) said",
//     "X told Y" (X), "according to X", "was asked by X", "X, who …, said",
//     "a woman in Salem, Oregon, told" (the woman: a state after a town
//     places it),
//     "“…,” X, an analyst at Y told", "“…,” X, senior fellow at the Y
//     told" and "“…,” X, head of research at the Y told" (X: an
//     apposition no second comma closes, after the quotation), "X, Y Hotel Association said:" and
//     "X, Y Party health spokesman said:" (X: a body's name or a bare
//     description in apposition, the name opening the sentence),
//     "said Acme president and chief executive Jo Lin" (Jo Lin: titles
//     coordinated before a name), "Jo Lin, from the Retail Federation (RF)
//     told" (the person, not the body), "said the Ealing North MP" (a
//     description of the person who holds the title, never the place),
//     participles and coordinated verbs take the main clause's subject
//     ("X met Y and said", "…, saying", "X left Labour saying": a body
//     a verb takes as its object is not the participle's subject), unless the participle goes on
//     from one a "with" clause gives its own subject ("…, with X marching
//     up to him, saying": X), a description may hold an
//     ordinal or a part of a group ("said the first witness", "said one
//     of the officers"), a quantity or a proportion may stand alone
//     ("Several said", "Yet another said", "About four in 10 said", "nearly
//     half said"), and a share of a group a poll asked gives its words to
//     the poll the sentence names before it ("The Acme poll finds that 37
//     percent of voters say “…”": the poll, polls.go); a copula after the
//     clause of a noun of speech, that clause having a verb of its own,
//     says the words of the claim itself ("X said that Y's claim that Z
//     favours taxes is “…”": X, not Y);
//  3. without a cue: a colon introduction ("pollster X: …"; not a name a
//     preposition of place governs, "later on Acme News: …", nor what the
//     clause's subject says or whom it addresses: "The crowd had one
//     message for Mayor Holt: …" is the crowd's), a sentence
//     opened by "To" or "For" and a person's name for a fragment in it
//     ("To Holt, Ray is the “…” man": Holt), a byline after
//     a dash ("…" ― X), the subject of the writer's sentence for a quoted
//     fragment (of its main clause when the fragment stands in a clause
//     "that" opens after the main verb: "Two analysts found that the bank
//     is “…”", the analysts), the previous quotation of the paragraph (unless a sentence
//     between them reports someone, who then speaks: "X said: “…” Y
//     admitted that … “…”", not a participle's nor a verb's before "to"),
//     the owner of the speech or statement the sentence before ends with
//     ("Dana Holt read out the winner's speech. “…”": the winner's), the
//     person named as the subject of the writer's sentence right before
//     a quotation that opens the next, when that sentence quotes no one
//     and reports nothing and the words do not name the person ("Try
//     scorer Tom Vale was in no mood to look ahead. “…”"), a cue in
//     a nearby sentence of the paragraph (not a cue a colon ends, read
//     forwards: it speaks the quotation after it; first the cue of a
//     quotation that follows with only space between, when this one ends
//     in a full stop: one speaker's words printed in two), a sentence
//     right after a quotation that ends its paragraph, in that paragraph
//     or opening the next, that refers back to the words and names their
//     source ("“…”¶That was the message from coach Dave Smith", "So said
//     Ann Ruiz", "The physician, Dr. Tom Fry, said those words"): a source
//     so named is settled, as the owner of the words is ("in X's words"),
//     and the learned choice keeps it; and from the paragraph before a colon
//     introduction ("X said:") or the speaker of a quotation it continues
//     (a quotation the paragraph before left open goes on with its speaker
//     before any cue later in its own paragraph is read). A sentence read
//     from its end gives its main reporting clause, not a cue inside what
//     that clause reports ("Ruiz said instead of the reform the party had
//     promised, costs rose. “…”": Ruiz), unless a cue ends the sentence.
//     The writer's own question ends that search: the quotation after it
//     answers it, and whoever it names asked or was asked about ("So is
//     the party's aim to win, as its founder once declared? “No. …”").
//     Last, words in the first person, a sentence or more (or followed at
//     once by such words), go to the article's focus, by its last mention
//     before them: the person named at least three times and half again as
//     often as any other, whom an interview or a profile quotes throughout
//     (turns.go).
//
// The mention found is linked to an entity whose mention overlaps it; a
// pronoun goes to the subject of its sentence or of the sentences before
// (a sentence's subject is that of a reporting clause ending it, "Reed
// will lead …, the party leader said", and a pronoun that is the subject
// of such a clause stands for no name in the words it reports, "Reed will
// lead …, he said"; not an item of a list "including" governs, "beat
// rivals including Ana Cruz, …", nor the subject of a clause that opens
// the sentence before the main one, "Asked if he was …, Mr Hale
// told"; for "he" or "she", no name of a subject that "and" joins into
// several, "Reed, Dunn and Lowe have all won medals"; past a relative clause after a description, "A man who lives nearby,
// and asked not to be named, says"; an indefinite description keeps the
// pronoun, "One trader … “…,” he said", unless a person named in its own
// sentence rivals it; never a name a preposition governs, nor for "he" or "she" an
// organisation whose name marks it as a body, "Columbia Journalism School";
// "X, managing partner of Y moved …": an apposition no second comma closes
// runs to the verb, X is the subject; "A spokesman for Y said …" is the
// description, which Y's entity speaks through;
// gender learnt from given names, titles, a gendered noun predicated of
// the name and earlier pronouns), following a chain of subject pronouns,
// one coordinated with a name ("she and Anton Reed founded") and a
// definite description coreference resolves ("the Olympic champion went
// down") or a copula equates with a person's name ("The new director is
// Tom Vale"); "they" to a plural subject for people just before ("Witnesses
// told officers … They said"), "it" to an
// organisation, a role ("the prime minister") to the latest person whose
// titles hold every word of it (nationalities and parties aside: "the
// Iranian foreign minister"), and a surname without an entity to the
// fullest form of the name in the text. The pronoun of "…, he said" is
// no one named in what its sentence reports ("Mr Blair has “…”, he said"),
// nor a name a preposition governs before it ("Of Hepburn, she said"),
// nor, for the pronoun of a reporting clause, one its speaker's report
// before spoke of: "Nobody, he claimed, could picture X. They could
// picture Y doing it. … Z would lead, he said." is the first "he"'s, when
// no one is the subject of a verb in the sentences between. A
// dateline (also one left in the text, "DECATUR, Ill. —"), a common word
// opening the sentence ("Instead, …", "Backstage, he said"), a number word
// ("Ten years of …"), "the same" ("asked if she would do the same, replied") and
// the one thanked, described or called are never speakers. Quotations with neither a cue nor a speaker that are
// short, title-cased, nicknames inside a name, titles of works ("the book
// …", on "…", the "…" program, and a title joined to one of these by "and",
// "or" or a comma), a show or paper in a title's capitals that someone
// "told", names in the writer's noun phrase (a "…
// Forum") or naming ("so-called", "known as", a thing "called" after its
// noun: "a book called “…”", not "what she called “…”") are left out, as are the
// headline's: a first line mostly capitalised, or quoting in single marks
// over a body quoting in double ones; so are the quotations in a line that
// links to another article ("READ MORE: …") or in a headline line between
// paragraphs (keeplines.go). So are titles of up to sixteen words that
// capitalise every word, quotations after a naming noun (the slogan "…"),
// works cited with a byline or a year in brackets, and short terms inside
// the writer's noun phrase after a quantifier, "its" or a thing's
// possessive in a sentence that reports nobody's words, and a quotation
// that names what a role after it belongs to ("…" star Ana Ruiz:
// keepterms.go).
// In an article that quotes in double marks, single marks quote no speech
// of its own: a headline fragment, a title, a term, or words inside a
// quotation; marks inside a markup tag left in the text (<tweet
// author="…">) delimit its attribute values (keeplines.go).
//
// A speaker read from a pronoun or a description that these rules leave
// without an entity takes the one internal/coref resolves it to ("he",
// "the company", "a Vodafone spokesman", "the statement"); the mention keeps
// pointing at the words (coref.go). "The statement" that a sentence before
// said whose it was ("In a statement, his family said …") speaks for its
// maker first, even one no entity holds. A statement, letter or memo still
// unresolved speaks for the speaker of the quotation just before it ("…
// The statement added: …").
//
// Then the learned speaker choice (speakerrank.go): every quotation gathers
// candidates (the rules' choice, its cues' subjects, the possessor of the
// quoted words, the subject of its sentence, the names nearby), each
// described by binary features of which the rules' decisions are some, and
// internal/speaker's model ranks them. Only what can speak is ranked
// (canspeak.go): a person, a body, a group of people ("the crowd",
// "marchers and spectators") or a document or medium that carries words
// ("the ad", "a sign", "the poll"); never a dateline, a place a
// preposition governs or that is no clause's subject ("Orlando was on
// everyone's mind, with marchers … chanting"), the plural of a common noun
// opening its sentence ("Frustrations at …"), nor a description whose head
// names no one, that no cue reports and that coreference gives no name
// ("its first salvo"; not "the prop" of "Wales prop Owen Evans"). When the rules'
// choice is such a thing and the model finds no one else, the quotation is
// output without a speaker. It may also give a speaker to a kept
// quotation the rules left without one, never the one told or described in
// its sentence, nor what cannot speak, nor one named in the writer's
// question right before the quotation. Against a cue's subject in the
// quotation's own sentence it chooses neither the agent of a participle
// that modifies that subject ("A letter from the League obtained by the
// Star warns that “…”": the League's) nor one named before the relative
// clause that subject opens ("the fund, which an audit said was “…”",
// "a video of 2004 in which Hale called himself “…”"). It leaves alone
// what grammar or print settles: "…," X said with no one else named, the verbs of naming
// of step 1, and a quotation that reopens, without a cue, the one the
// paragraph before left open: it keeps the speaker of that one, the rules'
// or the model's. A quotation whose speaker the rules inherited, without a
// cue of its own, from an earlier one (the quotation before in its
// paragraph, or the one it continues) takes the speaker the model chose
// for that one: the turn goes on. When the model picks a name for the one a description
// that is the subject of a cue of the quotation's own sentence stands for,
// the output keeps the description ("according to its developers"), which
// says who speaks for the body.
package quote
