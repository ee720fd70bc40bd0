package analysis

import "testing"

// TestAttributiveParticiple: an -ing form of a cue right after the article
// modifies the noun of the speaker phrase; it opens no clause.
func TestAttributiveParticiple(t *testing.T) {
	intro := `Sara Lindqvist won the final at Castlegate on Sunday.`
	cases := []struct {
		name, para, quote, speaker string
	}{
		{"tag after", `“I will be back next year,” the defending champion said.`, "be back", "the defending champion"},
		{"inverted tag", `“I will be back next year,” said the defending champion.`, "be back", "the defending champion"},
		{"police copy", `“The driver was unconscious,” the responding officer told the court.`, "was unconscious", "the responding officer"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			wantSpeaker(t, c.quote, c.speaker, intro, c.para)
		})
	}
}
