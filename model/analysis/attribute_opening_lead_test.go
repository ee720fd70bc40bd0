package analysis

import "testing"

// TestOpeningAfterLead: a word of time or degree before the word that
// opens a sentence's adverbial clause ("Shortly after", "Two days after")
// leaves the clause an opening one, so its names are not the sentence's
// subject.
func TestOpeningAfterLead(t *testing.T) {
	intro := `The harbour board met in Eastcliff on Monday to decide the future of the old quay.`
	cases := []struct {
		name, para, quote, speaker string
	}{
		{"shortly after", `Shortly after Ann Reed's speech ended, Tomas Brandt sent out a note saying the board owes “the town a full apology.”`, "full apology", "Tomas Brandt"},
		{"two days after", `Two days after Ann Reed's visit, Tomas Brandt issued a statement saying the quay was “beyond repair.”`, "beyond repair", "Tomas Brandt"},
		{"hours before", `Hours before Ann Reed arrived, Tomas Brandt posted a message saying the vote was “a foregone conclusion.”`, "foregone conclusion", "Tomas Brandt"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			wantSpeaker(t, c.quote, c.speaker, intro, c.para)
		})
	}
}
