package analysis

import "testing"

// TestIntroducingMention: the speaker label points at the mention of the
// speaker that introduces the quotation, and the speaker shown stays the
// person.
func TestIntroducingMention(t *testing.T) {
	cases := []struct {
		name  string
		paras []string
		want  wantQuote
	}{
		{"pronoun of a later clause", []string{`Mayor Ilse Varga opened the quay in May, and she has since fought the port board, at one point calling its chair a "coward."`},
			wantQuote{"coward", "Ilse Varga", "she"}},
		{"pronoun after a concession", []string{`Tomas Brandt has been blamed for the closure of the ferry line, though at a meeting last week he went further, saying the line "must go."`},
			wantQuote{"must go", "Tomas Brandt", "he"}},
		{"relative pronoun of the name", []string{`Ilse Varga, who, after a long night on the quay, said on the radio that "the port is sinking."`},
			wantQuote{"the port is sinking", "Ilse Varga", "Ilse Varga, who"}},
		{"introducer before a later tag", []string{`Ilse Varga chairs the port board. She often speaks of "the old harbour rule" in her talks, and she jokingly tells the board that it will fall.`},
			wantQuote{"the old harbour rule", "Ilse Varga", "She"}},
		{"name as the subject before a later tag", []string{`Piet Larsen himself acknowledged in a radio forum on Monday night "it will be very hard for us to win" if he continues to lose ground in the north.`},
			wantQuote{"very hard for us", "Piet Larsen", "Piet Larsen"}},
		{"pronoun after a clause that opens the sentence", []string{`When Tomas Brandt announced his campaign in May, he famously referred to the harbour board as "thieves" and worse.`},
			wantQuote{"thieves", "Tomas Brandt", "he"}},
		{"relative pronoun in the sentence before", []string{`"The quay will close," said Ilse Varga, the harbour master, who also said that the board had failed the town. "Nobody listened to us."`},
			wantQuote{"Nobody listened", "Ilse Varga", "Ilse Varga, the harbour master, who"}},
		{"pronoun of the paragraph before", []string{`"We will build the new quay," Tomas Brandt added. He then had a question for the crowd.`, `"Who is going to pay for it?"`},
			wantQuote{"Who is going to pay", "Tomas Brandt", "He"}},
		{"pronoun opening a clause as the subject of its speech verb", []string{`Tomas Brandt is winning applause on the quay as he keeps talking about the "power of the town" and its boats.`},
			wantQuote{"power of the town", "Tomas Brandt", "he"}},
		{"pronoun before a colon that opens the quotation", []string{`Tomas Brandt said both harbour plans were "dead on arrival," but he gave the mayor a small compliment: "She is a very smart woman."`},
			wantQuote{"She is a very smart", "Tomas Brandt", "he"}},
		{"name after a clause that opens the sentence", []string{`Ann Shah chairs the dock union. Ever since she endorsed Ilse Varga in May, Ms. Shah has been a loud voice on the quay, with a simple message: "Do not sell the port!"`},
			wantQuote{"Do not sell the port", "Ann Shah", "Ms. Shah"}},
		{"pronoun after an opening clause led by a conjunction", []string{`Tomas Brandt ran the ferry for years. And when Brandt announced his campaign in May, he famously referred to the harbour board as "thieves" and worse.`},
			wantQuote{"thieves", "Tomas Brandt", "he"}},
		// regressions: the pronoun belongs to reported words or to another clause
		{"tag right after the quotation", []string{`Her uncle had Mr. Tomas Brandt read the paper aloud so "I would learn to speak the language well," Mr. Brandt wrote.`},
			wantQuote{"I would learn", "Tomas Brandt", "Brandt"}},
		{"pronoun past the speech verb", []string{`Tomas Brandt said he was blamed because he was "a threat to the board."`},
			wantQuote{"a threat to the board", "Tomas Brandt", "Tomas Brandt"}},
		{"pronoun after a condition in reported words", []string{`Ilse Varga said that, once elected, she would "open the quay at once."`},
			wantQuote{"open the quay", "Ilse Varga", "Ilse Varga"}},
		{"pronoun of a relative clause", []string{`Tomas Brandt also attacked Piet Larsen, with whom he clashed at the meeting, calling him a "coward."`},
			wantQuote{"coward", "Tomas Brandt", "Tomas Brandt"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			a := analyse(c.paras...)
			q, ok := findQuote(a, c.want.text)
			if !ok {
				t.Fatalf("no quotation containing %q; got %v", c.want.text, quoteTexts(a))
			}
			got := ""
			if q.HasSpeakerMention() {
				got = a.Text[q.Attributed.Start:q.Attributed.End]
			}
			if q.Speaker != c.want.speaker || got != c.want.mention {
				t.Errorf("%q: speaker %q by %q, want %q by %q", c.want.text, q.Speaker, got, c.want.speaker, c.want.mention)
			}
		})
	}
}

// TestASCIIQuotesOpenSentences: a quotation opened with two apostrophes
// after a full stop opens a sentence, so the speech verb of the
// sentence before does not reach it.
func TestASCIIQuotesOpenSentences(t *testing.T) {
	a := analyse(`Norma Samour said she was a loyal voter. ''He will make the town better,'' said Ms. Samour, who knows the market. ''I am tired of the old board.''`)
	q, ok := findQuote(a, "I am tired")
	if !ok {
		t.Fatalf("no quotation; got %v", quoteTexts(a))
	}
	if got := a.Text[q.Attributed.Start:q.Attributed.End]; q.Speaker != "Norma Samour" || got != "Samour" || q.Rule != "split-quote" {
		t.Errorf("speaker %q by %q (rule %q), want Norma Samour by Samour (split-quote)", q.Speaker, got, q.Rule)
	}
}

// TestOuterReporter: words reported inside someone else's account are the
// account's: the speaker of the outer clause, past a possessive noun of
// speech or a title before the inner subject; and a noun of speech owns
// the infinitive that gives its content ("his promise to be “…”").
func TestOuterReporter(t *testing.T) {
	cases := []struct{ name, para, quote, speaker string }{
		{"possessive noun of speech", `Tomas Brandt told the radio on Tuesday that Ilse Varga’s comments “show bias to me.”`, "show bias", "Tomas Brandt"},
		{"infinitive after a noun of speech", `Tomas Brandt spoke first. His record, including his promise to be “neutral” in the talks, worried the board.`, "neutral", "Tomas Brandt"},
		{"title before the inner subject", `Tomas Brandt said Mrs. Ilse Varga had told the council there would be “no more delays.”`, "no more delays", "Tomas Brandt"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			wantSpeaker(t, c.quote, c.speaker, c.para)
		})
	}
}

// TestSubjectPastOpeningPhrase: a name in apposition before the verb is
// the subject, not a name inside the phrase of circumstance that opens the
// sentence.
func TestSubjectPastOpeningPhrase(t *testing.T) {
	a := analyse(`In a letter to the Harbour Board, the ministry's spokesman, Tomas Osei, said: “We believe in the ferry.”`)
	q, ok := findQuote(a, "We believe")
	if !ok {
		t.Fatalf("no quotation; got %v", quoteTexts(a))
	}
	if q.Speaker != "Tomas Osei" {
		t.Errorf("speaker %q (rule %q), want Tomas Osei", q.Speaker, q.Rule)
	}
}
