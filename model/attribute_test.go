package model

import (
	"strings"
	"testing"
)

// analyse builds an article from a headline and paragraphs, one a line.
func analyse(paras ...string) *Article {
	text := "Headline\n" + strings.Join(paras, "\n") + "\n"
	a := &Article{Path: "t.txt", Text: text, Format: "text", Title: "Headline",
		TitleAt: Span{0, len("Headline")}, Body: Span{len("Headline") + 1, len(text)}}
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
		{"later clause is not an attribution", []string{"John Kerry said the country would take “robust steps” in response, and he urged the council to act."},
			[]wantQuote{{"robust steps", "John Kerry", "John Kerry"}}},
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
		{"spokeswoman for a named body", []string{"“We are reviewing the contract,” a spokeswoman for Orvik Freight said."},
			[]wantQuote{{"We are reviewing", "a spokeswoman for Orvik Freight", "a spokeswoman for Orvik Freight"}}},
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

func findQuote(a *Article, part string) (Quote, bool) {
	for _, q := range a.Quotes {
		if strings.Contains(q.Text, part) {
			return q, true
		}
	}
	return Quote{}, false
}

func quoteTexts(a *Article) []string {
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
	)
	for _, c := range []struct {
		text   string
		speech bool
	}{{"Night Ferries", false}, {"green lane", false}, {"The Quiet Harbour", false}, {"Winter Lanterns", false}, {"a bridge, not a wall", true}} {
		q, ok := findQuote(a, c.text)
		if !ok {
			t.Fatalf("no quotation %q", c.text)
		}
		if q.Speech != c.speech || !c.speech && q.Speaker != "" {
			t.Errorf("%q: speech %v speaker %q, want speech %v", c.text, q.Speech, q.Speaker, c.speech)
		}
	}
}
