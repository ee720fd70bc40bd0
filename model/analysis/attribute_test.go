package analysis

import (
	"strings"
	"testing"

	"github.com/byline-reader/byline/model"
)

// analyse builds an article from a headline and paragraphs, one a line.
func analyse(paras ...string) *model.Article {
	text := "Headline\n" + strings.Join(paras, "\n") + "\n"
	a := &model.Article{Path: "t.txt", Text: text, Format: "text", Title: "Headline",
		TitleAt: model.Span{Start: 0, End: len("Headline")}, Body: model.Span{Start: len("Headline") + 1, End: len(text)}}
	Analyze(a)
	return a
}

// wantQuote is a quotation expected in the analysis: a distinctive part of
// its text, its speaker ("" for none) and the words that attribute it.
type wantQuote struct {
	text, speaker, mention string
}

func TestAttribution(t *testing.T) {
	cases := []struct {
		name  string
		paras []string
		want  []wantQuote
	}{
		// speaker after
		{"after, curly", []string{"“We will rebuild the bridge,” Ilse Varga said."},
			[]wantQuote{{"We will rebuild", "Ilse Varga", "Ilse Varga"}}},
		{"after, inverted with role", []string{`"The budget is balanced," said Tomas Brandt, the finance minister.`},
			[]wantQuote{{"The budget is balanced", "Tomas Brandt", "Tomas Brandt"}}},
		{"after, title before name", []string{"“It is over,” Sen. Claire Dunmore (D-Mo.) said on Friday."},
			[]wantQuote{{"It is over", "Claire Dunmore", "Claire Dunmore"}}},
		{"after, appositive between name and verb", []string{"“It is an invasion of our rights,” Scott Pell, the attorney general of the state, one of the plaintiffs, said."},
			[]wantQuote{{"It is an invasion", "Scott Pell", "Scott Pell"}}},
		// speaker before
		{"before, colon", []string{"Ilse Varga said: “The works start in May.”"},
			[]wantQuote{{"The works start", "Ilse Varga", "Ilse Varga"}}},
		{"before, comma", []string{"Ilse Varga said, “The works start in May.”"},
			[]wantQuote{{"The works start", "Ilse Varga", "Ilse Varga"}}},
		{"partial quote in reported speech", []string{"Tomas Brandt said the budget was “balanced but fragile” and would pass."},
			[]wantQuote{{"balanced but fragile", "Tomas Brandt", "Tomas Brandt"}}},
		{"according to", []string{"The figures are “the worst in a decade”, according to Tomas Brandt."},
			[]wantQuote{{"the worst in a decade", "Tomas Brandt", "Tomas Brandt"}}},
		{"gerund clause", []string{"Ilse Varga rejected the plan, saying it was “a gift to the developers”."},
			[]wantQuote{{"a gift to the developers", "Ilse Varga", "Ilse Varga"}}},
		{"possessive noun cue", []string{"Tomas Brandt’s claim that there were “thousands of empty homes” was checked."},
			[]wantQuote{{"thousands of empty homes", "Tomas Brandt", "Tomas Brandt’s"}}},
		{"dash signature", []string{"“The most unqualified candidate I have seen.” ― Maria Lopez"},
			[]wantQuote{{"The most unqualified", "Maria Lopez", "Maria Lopez"}}},
		{"verb before the name after an exclamation", []string{"“We won the vote!” beamed Ilse Varga, who had waited on the quay all night."},
			[]wantQuote{{"We won the vote", "Ilse Varga", "Ilse Varga"}}},
		{"inverted tag between commas mid-sentence", []string{`The trouble with the quay, says Ola Brandt, a historian at the Dunmore Museum, is that it was "built for a smaller fleet."`},
			[]wantQuote{{"built for a smaller fleet", "Ola Brandt", "Ola Brandt"}}},
		// split quotations
		{"split across sentences", []string{"“We will rebuild,” Ilse Varga said. “But not this year.”"},
			[]wantQuote{{"We will rebuild", "Ilse Varga", "Ilse Varga"}, {"But not this year", "Ilse Varga", "Ilse Varga"}}},
		{"split mid-sentence", []string{"Ilse Varga spoke first.", "“The bridge,” she said, “is finished.”"},
			[]wantQuote{{"The bridge", "Ilse Varga", "she"}, {"is finished", "Ilse Varga", "she"}}},
		{"question then attribution", []string{"“Does anybody know what the plan is?” Tomas Brandt asked. “Neither do I.”"},
			[]wantQuote{{"Does anybody know", "Tomas Brandt", "Tomas Brandt"}, {"Neither do I", "Tomas Brandt", "Tomas Brandt"}}},
		// pronouns
		{"pronoun back to the last person", []string{"Mayor Ilse Varga opened the session on Monday.", "“We have waited long enough,” she said."},
			[]wantQuote{{"We have waited", "Ilse Varga", "she"}}},
		{"pronoun by gender", []string{"Ilse Varga met Tomas Brandt. Mr. Brandt left early, and she stayed.", "“He was right to go,” she said."},
			[]wantQuote{{"He was right", "Ilse Varga", "she"}}},
		{"pronoun skips a club and a place", []string{"Piet Larsen watched from the stand as his side lost to Dunmore Athletic at Gallow Bay.", "“We were not good enough,” he said."},
			[]wantQuote{{"We were not good enough", "Piet Larsen", "he"}}},
		{"pronoun skips a name with no evidence of a person", []string{"Marta Kovac grew up by the Oska. Her novel follows the river to Holm.", "“I wanted to write about home,” she said."},
			[]wantQuote{{"I wanted to write", "Marta Kovac", "she"}}},
		{"first person writer", []string{"“I am not shy,” I said."},
			[]wantQuote{{"I am not shy", "", "I"}}},
		// unnamed sources
		{"unnamed after", []string{"“The talks are close,” said a spokeswoman for the ministry."},
			[]wantQuote{{"The talks are close", "a spokeswoman for the ministry", "a spokeswoman for the ministry"}}},
		{"unnamed before with adverb", []string{"A source familiar with the matter earlier said Varga spoke “for a few minutes” with Brandt."},
			[]wantQuote{{"for a few minutes", "a source familiar with the matter", "A source familiar with the matter"}}},
		// continuation
		{"paragraph continues the speaker", []string{"“The first phase is done,” Ilse Varga said.", "“The second starts in May.”"},
			[]wantQuote{{"The first phase", "Ilse Varga", "Ilse Varga"}, {"The second starts", "Ilse Varga", "Ilse Varga"}}},
		{"multi-paragraph quotation", []string{"Ilse Varga said: “The first phase is done.", "“The second starts in May.", "“The third we will see.”"},
			[]wantQuote{{"The third we will see", "Ilse Varga", "Ilse Varga"}}},
		// errors: things that are not speech or not attributed
		{"unattributed slogan", []string{"Protesters carried banners with “No more delays” painted on them.", "The crowd was large."},
			[]wantQuote{{"No more delays", "", ""}}},
		// regressions
		{"later clause is not an attribution", []string{"Ola Brandt said the country would take “robust steps” in response, and he urged the council to act."},
			[]wantQuote{{"robust steps", "Ola Brandt", "Ola Brandt"}}},
		{"no attribution from the next sentence", []string{"Japan branded the North “an outlaw nation.” Russia insisted that it “stop its escapades.”"},
			[]wantQuote{{"an outlaw nation", "Japan", "Japan"}, {"stop its escapades", "Russia", "Russia"}}},
		{"partial quotation with no verb", []string{"Japan wants the North to stop being “an outlaw nation.” Russia insisted that it “stop its escapades.”"},
			[]wantQuote{{"an outlaw nation", "", ""}, {"stop its escapades", "Russia", "Russia"}}},
		// coordinated verbs share the subject of their clause
		{"coordinated verb, but", []string{"Marta Kovac said the mill would stay open through the winter but described the order book as “thin at best”."},
			[]wantQuote{{"thin at best", "Marta Kovac", "Marta Kovac"}}},
		{"coordinated verb, and", []string{"Health Minister Jonas Ekberg welcomed the report and said it would “change how clinics work”."},
			[]wantQuote{{"change how clinics", "Jonas Ekberg", "Jonas Ekberg"}}},
		{"coordinated verb after an opening phrase", []string{"After the vote in the council, Ilse Varga smiled and said the result was “a fair one”."},
			[]wantQuote{{"a fair one", "Ilse Varga", "Ilse Varga"}}},
		{"coordinated verb with appositive", []string{"Piet Larsen, the harbour master, thanked the crews and said the storm had been “the worst in years”."},
			[]wantQuote{{"the worst in years", "Piet Larsen", "Piet Larsen"}}},
		// a name in apposition speaks
		{"appositive name after a role", []string{"The mill's owner, Dr. Rosa Lindqvist, said the loss was “painful but survivable”."},
			[]wantQuote{{"painful but survivable", "Rosa Lindqvist", "Rosa Lindqvist"}}},
		{"appositive name after a possessor", []string{"Vantor's chief engineer, Aksel Moen, complained that the tests had been “rushed” but said the design was “sound”."},
			[]wantQuote{{"rushed", "Aksel Moen", "Aksel Moen"}, {"sound", "Aksel Moen", "Aksel Moen"}}},
		{"appositive with role and second partial quote", []string{"The head of the jury, the composer Lena Fisk, said the entries were “bolder than ever” and had argued “for hours” about the winner."},
			[]wantQuote{{"bolder than ever", "Lena Fisk", "Lena Fisk"}, {"for hours", "Lena Fisk", "Lena Fisk"}}},
		// relative clauses and roles
		{"relative clause between subject and verb", []string{"Three regional airlines that fly to Dunmore Field said they would “study the ruling” before acting."},
			[]wantQuote{{"study the ruling", "three regional airlines", "Three regional airlines"}}},
		{"relative clause subject kept", []string{"The figures that Tomas Brandt said were “misleading” came from the ministry."},
			[]wantQuote{{"misleading", "Tomas Brandt", "Tomas Brandt"}}},
		// the body she speaks for is shown; the mention stays the phrase (attribute_spokesperson.go)
		{"spokeswoman for a named body", []string{"“We are reviewing the contract,” a spokeswoman for Orvik Freight said."},
			[]wantQuote{{"We are reviewing", "Orvik Freight", "a spokeswoman for Orvik Freight"}}},
		// titles and names are not speech
		{"so-called term", []string{"The council agreed on the so-called “green lane” drawn up by engineers from Dunmore."},
			[]wantQuote{{"green lane", "", ""}}},
		{"titled work", []string{"Marta Kovac said the album, provisionally titled “Night Ferries”, would be out in spring."},
			[]wantQuote{{"Night Ferries", "", ""}}},
		{"title after a preposition", []string{"Sales of “The Quiet Harbour” have doubled since March, according to its publisher, Lindqvist Books."},
			[]wantQuote{{"The Quiet Harbour", "", ""}}},
		{"title opening a sentence", []string{"“Winter Lanterns” follows a ferry captain who finds her crew has gone."},
			[]wantQuote{{"Winter Lanterns", "", ""}}},
		{"noun called a name", []string{"Ilse Varga founded a group called “Save the Docks” in 2019."},
			[]wantQuote{{"Save the Docks", "", ""}}},
		{"name with States is not a verb", []string{"Donald Rump told a veterans group that the United States’ army is “depleted”."},
			[]wantQuote{{"depleted", "Donald Rump", "Donald Rump"}}},
		// speaker and colon closing the paragraph before
		{"speaker and colon end the previous paragraph", []string{"Ilse Varga said:", "“The works start in May.”"},
			[]wantQuote{{"The works start", "Ilse Varga", "Ilse Varga"}}},
		{"no cue before the colon: the subject", []string{"On July 6, 2015, Ilse Varga made the following comment:", "“The works start in May, whatever the weather.”"},
			[]wantQuote{{"The works start", "Ilse Varga", "Ilse Varga"}}},
		// split quotations after a quotation that ran over paragraphs
		{"split after a quotation over paragraphs", []string{"“The first phase is done.", "“The second starts in May,” Ilse Varga said. “The third we will see.”"},
			[]wantQuote{{"The third we will see", "Ilse Varga", "Ilse Varga"}}},
		{"a title between split quotations", []string{"“The bridge is finished,” Ilse Varga said on “Morning Harbour.” “Now we wait.”"},
			[]wantQuote{{"Morning Harbour", "", ""}, {"Now we wait", "Ilse Varga", "Ilse Varga"}}},
		{"a title keeps its comma", []string{"On “Harbour Talk,” Tomas Brandt said the plan was sound and would pass."},
			[]wantQuote{{"Harbour Talk", "", ""}}},
		// words after the quotation that are not an inverted attribution
		{"participle after the quotation", []string{"Tomas Brandt admires the harbour as “a model for the coast,” comparing it favourably to Port Anselm."},
			[]wantQuote{{"a model for the coast", "Tomas Brandt", "Tomas Brandt"}}},
		{"no subject after a complementizer", []string{"The mayor said in a letter that the ferry “clearly and wrongly” suggests that Holm supports the plan."},
			[]wantQuote{{"clearly and wrongly", "the mayor", "The mayor"}}},
		{"per a document", []string{"Members may not vote by proxy “to fill a vacancy on the board,” per the club’s bylaws."},
			[]wantQuote{{"to fill a vacancy", "the club's bylaws", "the club’s bylaws"}}},
		{"as X put it", []string{"As Marta Kovac put it, “the river decides, not us.”"},
			[]wantQuote{{"the river decides", "Marta Kovac", "Marta Kovac"}}},
		{"a statement after a quotation is no tag", []string{"“It shows a lack of character,” the mayor said. “It is a disgrace.” Tomas Brandt said both men had been wrong about the tides for years."},
			[]wantQuote{{"It is a disgrace", "the mayor", "the mayor"}}},
		// nouns of speech
		{"noun of speech with a predicate", []string{"Tomas Brandt said Ilse Varga’s statement was “misleading at best.”"},
			[]wantQuote{{"misleading at best", "Tomas Brandt", "Tomas Brandt"}}},
		{"noun of speech as the object of a verb", []string{"Piet Larsen called Ilse Varga’s remarks on Monday “a wake-up call for the port.”"},
			[]wantQuote{{"a wake-up call", "Piet Larsen", "Piet Larsen"}}},
		{"cue word used as a noun", []string{"Marta Kovac’s past references to the mill as “the old lady” drew laughter."},
			[]wantQuote{{"the old lady", "", ""}}},
		// reported speech: the reporter speaks
		{"outer speaker of reported words", []string{"Ilse Varga said that Tomas Brandt once described the bridge as “a monument to waste.”"},
			[]wantQuote{{"a monument to waste", "Ilse Varga", "Ilse Varga"}}},
		{"outer speaker with no that", []string{"Marta Kovac spoke after the vote.", "She said she recalls the engineers being “baffled by the tides.”"},
			[]wantQuote{{"baffled by the tides", "Marta Kovac", "She"}}},
		{"according to a reporter", []string{"“We will not be rushed,” Ilse Varga said, according to the Harbour Gazette."},
			[]wantQuote{{"We will not be rushed", "the Harbour Gazette", "the Harbour Gazette"}}},
		{"according to a document filed by", []string{"The firm ran “a scheme to defraud investors,” according to a complaint filed by the regulator."},
			[]wantQuote{{"a scheme to defraud", "a complaint", "a complaint"}}},
		// attribution in the sentence before
		{"previous sentence attributes", []string{"The council may delay the vote until spring, Piet Larsen said. “We need the winter to count the costs.”"},
			[]wantQuote{{"We need the winter", "Piet Larsen", "Piet Larsen"}}},
		// a tag with any verb
		{"dialogue tag with an unusual verb", []string{"Mayor Ilse Varga opened the session on Monday.", "“We will not be rushed,” Ilse Varga fumed."},
			[]wantQuote{{"We will not be rushed", "Ilse Varga", "Ilse Varga"}}},
		// participle clauses
		{"participle after a name", []string{"The film ends with footage of Tomas Brandt saying, “The tide always wins.”"},
			[]wantQuote{{"The tide always wins", "Tomas Brandt", "Tomas Brandt"}}},
		{"participle after another speech verb", []string{"The ferries will run again in May, Piet Larsen said, adding that the fares would be “lower than last year.”"},
			[]wantQuote{{"lower than last year", "Piet Larsen", "Piet Larsen"}}},
		{"participle that opens the sentence", []string{"Marta Kovac spoke last.", "After saying the bridge was “a lost cause,” she left the hall."},
			[]wantQuote{{"a lost cause", "Marta Kovac", "she"}}},
		// subjects
		{"phrase of time between subject and verb", []string{"Tomas Brandt at the time said he had asked his staff to “look into it quickly.”"},
			[]wantQuote{{"look into it quickly", "Tomas Brandt", "Tomas Brandt"}}},
		{"possessor opens a long phrase", []string{"Veteran harbour pilot Piet Larsen’s deputy is calling the channel “too shallow for the new ships.”"},
			[]wantQuote{{"too shallow", "Piet Larsen's deputy", "Piet Larsen’s deputy"}}},
		{"name in apposition with brackets", []string{"“We are ready!” Varga’s niece, state Del. Marcia Holm (D-Dunmore), shouted to the crowd."},
			[]wantQuote{{"We are ready", "Marcia Holm", "Marcia Holm"}}},
		{"bracket before the comma", []string{"Sen. Ilse Varga (D-Holm), said, “We are done with the tolls.”"},
			[]wantQuote{{"We are done", "Ilse Varga", "Ilse Varga"}}},
		{"manner adverb before the verb", []string{"Tomas Brandt, the harbour master, forcefully told the board that “the channel must be dredged now.”"},
			[]wantQuote{{"the channel must be dredged", "Tomas Brandt", "Tomas Brandt"}}},
		{"a country speaks", []string{"Even Veldoria, the island's only neighbour, said it was “deeply opposed” to the plan."},
			[]wantQuote{{"deeply opposed", "Veldoria", "Veldoria"}}},
		{"a share of people speaks", []string{"Asked on the quay, 63 percent said the new ferry was “a waste of money.”"},
			[]wantQuote{{"a waste of money", "63 percent", "63 percent"}}},
		// the poll that asked them reports their answers (attribute_poll.go)
		{"a share of people in a poll", []string{"In the poll, 63 percent said the new ferry was “a waste of money.”"},
			[]wantQuote{{"a waste of money", "the poll", "the poll"}}},
		{"auxiliary and participle", []string{"Piet Larsen spoke on Monday.", "He’s claiming that the tolls are “a tax on the poor.”"},
			[]wantQuote{{"a tax on the poor", "Piet Larsen", "He"}}},
		{"coordinated verb in a subordinate clause", []string{"Tomas Brandt described Marta Kovac as “reckless” after she attacked the board and blamed the delays on “timid engineers.”"},
			[]wantQuote{{"reckless", "Tomas Brandt", "Tomas Brandt"}, {"timid engineers", "Marta Kovac", "she"}}},
		// the subject of the sentence speaks (rule 8)
		{"sentence subject for a partial quotation", []string{"Ilse Varga has gone after the developers as “people who would pave the estuary.”"},
			[]wantQuote{{"people who would pave", "Ilse Varga", "Ilse Varga"}}},
		{"sentence subject for a characterisation", []string{"Piet Larsen went after the board as “timid” and “lazy.”"},
			[]wantQuote{{"timid", "Piet Larsen", "Piet Larsen"}, {"lazy", "Piet Larsen", "Piet Larsen"}}},
		{"passive with a quotation", []string{"Marta Kovac spoke last.", "After the vote, she was “whisked off to the ferry” by aides."},
			[]wantQuote{{"whisked off to the ferry", "Marta Kovac", "she"}}},
		// a tag closing the sentence after words that continue the quotation
		{"closing tag after continuation", []string{`"For most tenants, the plan gets a lot right" about rents and repairs, said Ilse Varga, a director of the housing group.`},
			[]wantQuote{{"For most tenants", "Ilse Varga", "Ilse Varga"}}},
		{"closing tag after a partial quotation", []string{`The vote marks "the end of an era" for the harbour, said Tomas Brandt.`},
			[]wantQuote{{"the end of an era", "Tomas Brandt", "Tomas Brandt"}}},
		{"split by a tag with a long apposition", []string{`"The danger," said Ilse Varga, an economist who runs the harbour forecast for the port, "is that the quay fills with yachts and empties of trawlers."`},
			[]wantQuote{{"The danger", "Ilse Varga", "Ilse Varga"}, {"is that the quay fills", "Ilse Varga", "Ilse Varga"}}},
		// a relative pronoun speaks for the name before it
		{"relative pronoun subject", []string{`The plan was backed by Ilse Varga, who called the harbour "a national treasure."`},
			[]wantQuote{{"a national treasure", "Ilse Varga", "Ilse Varga, who"}}},
		{"relative clause of the sentence before is no tag", []string{`Tomas Brandt praised the council, like Ilse Varga, who had criticised the board. "We are ready for the winter."`},
			[]wantQuote{{"We are ready", "Tomas Brandt", "Tomas Brandt"}}},
		{"relative pronoun after a role in apposition", []string{`"We are gearing up," said Tomas Brandt, the council's chief planner, who added that the port would focus on "small jobs like mending nets."`},
			[]wantQuote{{"small jobs like mending", "Tomas Brandt", "Tomas Brandt, the council's chief planner, who"}}},
		{"relative pronoun after a common noun", []string{`The guests heard a lecture from the mayor, who said that the ferry had been good for "the islands as well as the coast."`},
			[]wantQuote{{"the islands as well", "the mayor", "the mayor, who"}}},
		// an unnamed subject before an aside
		{"unnamed subject before a participle aside", []string{`A port official, who was not allowed to comment on the timetable, said Wednesday that the mayor "will greet every captain at the pier."`},
			[]wantQuote{{"will greet every captain", "a port official", "A port official"}}},
		{"unnamed subject before a relative aside", []string{`One attendee, whose boat was moored nearby, said the lesson was that "the regatta will run until the autumn."`},
			[]wantQuote{{"the regatta will run", "one attendee", "One attendee"}}},
		{"progressive verb inside reported speech", []string{`Later, Ilse Varga said the ferry owners were phoning "at every high tide."`},
			[]wantQuote{{"at every high tide", "Ilse Varga", "Ilse Varga"}}},
		// a paragraph that is all quotation after a tag closing the paragraph before
		{"tag closing the previous paragraph", []string{`Tomas Brandt argued in his letter that the storm shows why the harbour needs new moorings.`, `"Who would leave the fleet tied to rotten posts for another winter?"`},
			[]wantQuote{{"Who would leave the fleet", "Tomas Brandt", "Tomas Brandt"}}},
		{"several subjects closing the previous paragraph", []string{`Instead, Piet Larsen, Marta Kovac and Ilse Varga argued that the plan is naive.`, `"Piet Larsen: Seriously, the ferry tax will pay for everything. That sounds great."`},
			[]wantQuote{{"Seriously, the ferry tax", "", ""}}},
		{"dash signature on the next paragraph", []string{`"We went to the harbour before the storm and warned them."`, `- Ilse Varga.`, `She tends to overstate the visit.`},
			[]wantQuote{{"We went to the harbour", "Ilse Varga", "Ilse Varga"}}},
		{"assured as a speech verb", []string{`Ilse Varga assured the crowd that the harbour was "safe for every family in the town."`},
			[]wantQuote{{"safe for every family", "Ilse Varga", "Ilse Varga"}}},
		{"sentence that opens with the verb", []string{`The pink house on the quay is now a museum. Said Ilse Varga, who grew up in the street, "The whole quay cheered for the painter."`},
			[]wantQuote{{"The whole quay cheered", "Ilse Varga", "Ilse Varga"}}},
		{"unnamed role as the subject of a participle", []string{`The veteran businessman waved at the quay, saying the ferry would be "cheaper than the bridge."`},
			[]wantQuote{{"cheaper than the bridge", "the veteran businessman", "The veteran businessman"}}},
		{"quantifier alone as the subject", []string{`One sailor praised the ferry. Another said he wished with "every fibre" that the bridge would close.`},
			[]wantQuote{{"every fibre", "another", "Another"}}},
		{"title inside the subject's aside", []string{`Tomas Brandt, the co-author of "Salt Roads," about the coast, said the days when the town had "a single story" are gone.`},
			[]wantQuote{{"a single story", "Tomas Brandt", "Tomas Brandt"}}},
		{"single unknown name after a question", []string{`"Why should the ferry wait for the bridge?" O’Dwyer said on the quay.`},
			[]wantQuote{{"Why should the ferry wait", "O'Dwyer", "O’Dwyer"}}},
		{"tag that opens the next quotation", []string{`Ilse Varga spoke first. "Whatever the board claims, the port is sinking," she said in 2012. "The crews quarrel every night." Tomas Brandt added, "And you want us to repeat it?"`},
			[]wantQuote{{"The crews quarrel", "Ilse Varga", "she"}, {"And you want us", "Tomas Brandt", "Tomas Brandt"}}},
		// the value of an attribute in markup is no quotation at all
		// (TestMarkupValues, quotes_test.go)
		// a nickname in a name is no quotation
		{"nickname inside a name", []string{`"We are ready!" Marcia "Cia" Holm shouted to the crowd. "Are you?"`},
			// the speaker is named without the nickname (recognise_nicknames.go)
			[]wantQuote{{"We are ready", "Marcia Holm", `Marcia "Cia" Holm`}, {"Are you", "Marcia Holm", `Marcia "Cia" Holm`}}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			a := analyse(c.paras...)
			for _, w := range c.want {
				q, ok := findQuote(a, w.text)
				if !ok {
					t.Fatalf("no quotation containing %q; got %v", w.text, quoteTexts(a))
				}
				if q.Speaker != w.speaker {
					t.Errorf("%q: speaker %q, want %q", w.text, q.Speaker, w.speaker)
				}
				got := ""
				if q.HasSpeakerMention() {
					got = a.Text[q.Attributed.Start:q.Attributed.End]
				}
				if got != w.mention {
					t.Errorf("%q: attributed by %q, want %q", w.text, got, w.mention)
				}
			}
		})
	}
}

func findQuote(a *model.Article, part string) (model.Quote, bool) {
	for _, q := range a.Quotes {
		if strings.Contains(q.Text, part) {
			return q, true
		}
	}
	return model.Quote{}, false
}

func quoteTexts(a *model.Article) []string {
	var out []string
	for _, q := range a.Quotes {
		out = append(out, q.Text)
	}
	return out
}

// TestTitlesAreNotSpeech: quoted names of works and coined terms are not
// speech, even in a sentence with a speech verb.
func TestTitlesAreNotSpeech(t *testing.T) {
	a := analyse(
		"Marta Kovac said the album, provisionally titled “Night Ferries”, would be out in spring.",
		"The council agreed on the so-called “green lane” proposed by Dunmore engineers.",
		"Sales of “The Quiet Harbour” have doubled, according to its publisher, Lindqvist Books.",
		"“Winter Lanterns” follows a ferry captain who finds her crew has gone.",
		"Ilse Varga said the plan was “a bridge, not a wall”.",
		"“The tide always turns,” said Ola Brandt, a co-author of “Harbour Days: Inside the World of the Night Ferries.”",
		"Ann Reed spoke on the podcast “Tide Tables,” which airs weekly, and said the levy was “a tax on fishing.”",
		"The harbour program “is gaining traction,” Ann Reed said.",
		"“We sail at dawn,” said Piet Larsen, who hosts the TV show “Harbour Lights.”",
	)
	for _, c := range []struct {
		text   string
		speech bool
	}{{"Night Ferries", false}, {"green lane", false}, {"The Quiet Harbour", false}, {"Winter Lanterns", false}, {"a bridge, not a wall", true},
		{"Harbour Days", false}, {"Tide Tables", false}, {"a tax on fishing", true}, {"gaining traction", true},
		{"Harbour Lights", false}} {
		q, ok := findQuote(a, c.text)
		if !ok {
			t.Fatalf("no quotation %q", c.text)
		}
		if q.Speech != c.speech || !c.speech && q.Speaker != "" {
			t.Errorf("%q: speech %v speaker %q, want speech %v", c.text, q.Speech, q.Speaker, c.speech)
		}
	}
}

// TestNicknameIsNoQuotation: a nickname in quotation marks inside a name is
// part of the name, not a quotation of its own.
func TestNicknameIsNoQuotation(t *testing.T) {
	a := analyse(`"We are ready!" Marcia "Cia" Holm shouted to the crowd. "Are you?"`)
	if _, ok := findQuote(a, "Cia"); ok {
		t.Errorf("the nickname is listed as a quotation: %v", quoteTexts(a))
	}
}

// TestLongLinesAreParagraphs: lines far longer than any wrapping width are
// paragraphs even when blank lines group them into blocks; hard-wrapped
// blocks stay whole paragraphs; a line break ends a sentence like a space.
func TestLongLinesAreParagraphs(t *testing.T) {
	long := strings.Repeat("The ferry to Holm ran late again on Monday because the tide was low and the crew was short. ", 2)
	text := "Headline\n\n" + long + "\n" + long + "\n\n" + long + "\n" + long + "\n"
	a := &model.Article{Path: "t.txt", Text: text, Format: "text", Title: "Headline",
		TitleAt: model.Span{Start: 0, End: len("Headline")}, Body: model.Span{Start: len("Headline") + 1, End: len(text)}}
	Analyze(a)
	if len(a.Paragraphs) != 4 {
		t.Errorf("long lines: %d paragraphs, want 4", len(a.Paragraphs))
	}
	wrapped := "Headline\n\nThe ferry to Holm ran late again\non Monday. The tide was low.\n\nThe crew was short\nof hands. It was late.\n"
	b := &model.Article{Path: "t.txt", Text: wrapped, Format: "text", Title: "Headline",
		TitleAt: model.Span{Start: 0, End: len("Headline")}, Body: model.Span{Start: len("Headline") + 1, End: len(wrapped)}}
	Analyze(b)
	if len(b.Paragraphs) != 2 {
		t.Fatalf("hard-wrapped lines: %d paragraphs, want 2", len(b.Paragraphs))
	}
	c := &model.Article{Path: "t.txt", Text: "Headline\n\nIt was late.\nThe ferry left.\n\nThe crew\nwas short.\n", Format: "text", Title: "Headline",
		TitleAt: model.Span{Start: 0, End: len("Headline")}}
	c.Body = model.Span{Start: len("Headline") + 1, End: len(c.Text)}
	Analyze(c)
	if n := len(c.Paragraphs[0].Sentences); n != 2 {
		t.Errorf("a line break after a full stop: %d sentences, want 2", n)
	}
}

// TestSpeechVerbEndsName: a lower-case speech verb never joins two names.
func TestSpeechVerbEndsName(t *testing.T) {
	a := analyse("South Veldorian President Park Sun-ok said Kim's plan was “doomed from the start.”")
	for _, e := range a.Entities {
		for _, m := range e.Mentions {
			if strings.Contains(m.Text, " said") || strings.HasPrefix(m.Text, "said") {
				t.Errorf("a name runs through the verb: %q", m.Text)
			}
		}
	}
}

// TestCueWordToken checks that a token's cueWord, which asks the speech
// cues by the token's word kind, answers as isCueWord does.
func TestCueWordToken(t *testing.T) {
	wordClassesOnce.Do(buildWordClasses)
	words := []string{"king", "ring", "bring", "thing", "during", "stopping", "tweeting", "griping", "sing", "the", "it"}
	for w := range speechCues {
		words = append(words, w, w+"ing")
	}
	for w := range gerundCues {
		words = append(words, w)
	}
	n := 0
	for _, w := range words {
		tok := token{low: w, class: wordClasses[w], kind: wordBits[w].kind}
		if got, want := tok.cueWord(), isCueWord(w); got != want {
			t.Errorf("cueWord(%q) = %v, isCueWord = %v", w, got, want)
		} else if want {
			n++
		}
	}
	if n < len(speechCues) {
		t.Errorf("only %d cue words among %d", n, len(words))
	}
}
