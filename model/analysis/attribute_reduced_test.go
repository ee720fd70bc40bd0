package analysis

import "testing"

// TestSpeechVerbAfterPrepositionObject: a speech verb in a participle
// after "said in a statement" reduces a relative clause; the statement,
// the object of "in", is no subject, and the one who said speaks. A
// subject phrase that ends in a preposition's object keeps its verb.
func TestSpeechVerbAfterPrepositionObject(t *testing.T) {
	intro := `A former harbour clerk was jailed on Monday for taking money from the port fund.`
	cases := []struct {
		name, para, quote, speaker string
	}{
		{"a statement read to the court", `Tomas Vell said in a statement read to the court that he was “ashamed and sorry” for the thefts.`, "ashamed and sorry", "Tomas Vell"},
		{"a letter read out", `His sister, Ines Vell, said in a letter read out by her lawyer that the family had been “broken” by the case.`, "broken", "Ines Vell"},
		{"a note sent to staff", `Carla Moss wrote in a note sent to staff that the fund was “safe again”.`, "safe again", "Carla Moss"},
		{"in a letter, verb after the name", `In a letter to the court, Tomas Vell said he was “ashamed and sorry” for the thefts.`, "ashamed and sorry", "Tomas Vell"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			wantSpeaker(t, c.quote, c.speaker, intro, c.para)
		})
	}
}
