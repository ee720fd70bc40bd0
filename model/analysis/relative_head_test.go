package analysis

import "testing"

// TestDescribedAntecedent: a relative clause after a description whose
// head a modifier follows speaks for the whole description.
func TestDescribedAntecedent(t *testing.T) {
	cases := []struct {
		name, para, quote, speaker string
	}{
		{"adjective after the head", `“It was not convincing,” said one official familiar with the talks, who added that the harbour office seemed “rattled” by the vote.`, "rattled", "one official familiar with the talks"},
		{"preposition after the head", `“It was not convincing,” said a Democrat close to the talks, who added that the harbour office seemed “rattled” by the vote.`, "rattled", "a Democrat close to the talks"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			wantSpeaker(t, c.quote, c.speaker, c.para)
		})
	}
}
