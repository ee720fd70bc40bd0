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
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			wantSpeaker(t, c.quote, c.speaker, c.para)
		})
	}
}
