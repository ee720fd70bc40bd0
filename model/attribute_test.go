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
