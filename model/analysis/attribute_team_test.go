package analysis

import "testing"

// TestTeamLeader: a person and the people who work with them speak as
// that person.
func TestTeamLeader(t *testing.T) {
	intro := `A study led by Dr. Amara Osei of Kessington Hospital was published on Wednesday.`
	cases := []struct {
		name, para, quote, speaker string
	}{
		{"and colleagues", `“The effect was large,” Osei and colleagues wrote in the journal.`, "effect was large", "Amara Osei"},
		{"and her team", `“It was a surprise,” Osei and her team said.`, "a surprise", "Amara Osei"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			wantSpeaker(t, c.quote, c.speaker, intro, c.para)
		})
	}
}
