package analysis

import "testing"

// TestPostNominalSubject: the letters after a person's name for an office,
// a rank at the bar or an honour stand between the person and the verb,
// and the person speaks.
func TestPostNominalSubject(t *testing.T) {
	intro := `The trial of the ferry company opened in Holm on Monday.`
	cases := []struct {
		name, para, quote, speaker string
	}{
		{"right before the verb", `Tomas Brandt KC suggested the clerk was “settling scores” with the company.`, "settling scores", "Tomas Brandt"},
		{"before an aside", `Tomas Brandt KC, for the defence, suggested the clerk was “settling scores” with the company.`, "settling scores", "Tomas Brandt"},
		{"an honour", `Ann Reed OBE, who chairs the harbour board, told the court: “The ferry was never safe.”`, "never safe", "Ann Reed"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			wantSpeaker(t, c.quote, c.speaker, intro, c.para)
		})
	}
}
