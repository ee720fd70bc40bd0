package analysis

import "testing"

// TestGenderVotes: a surname that is a title ("King", "Prince") votes for
// no gender when it stands alone; only a title before a name, or inside a
// longer mention, does.
func TestGenderVotes(t *testing.T) {
	cases := []struct {
		name, para, quote, speaker string
	}{
		{"a surname that is a title", "Tove King won the race in Marrow. King thanked her coach. King lifted the cup. King left the stage. “It was a hard race,” she said.",
			"It was a hard race", "Tove King"},
		{"a pronoun far from the name votes less", "“It was a long spring,” said Dorin Vasko. The trouble came from two directions. " +
			"First was the row over her use of the ferry fund, which she and her aides defended in her own words, at her office. " +
			"Vasko said he would stay on, and he said his own race was over. “She has nothing to prove,” he said.",
			"nothing to prove", "Dorin Vasko"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			wantSpeaker(t, c.quote, c.speaker, c.para)
		})
	}
}
