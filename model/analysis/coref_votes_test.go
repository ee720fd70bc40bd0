package analysis

import "testing"

// TestChainsNameLikeParticiple: a name that opens a sentence is its
// subject even where it ends like a participle ("Schilling", "Ted",
// "Fielding"), not an opening clause ("Informed of the news, …") whose
// names count for less.
func TestChainsNameLikeParticiple(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"a surname ending in -ing", []string{
			"Curt Fielding was fired from the network on Wednesday.",
			"“We err on the side of caution,” said Jon Miller, a co-author of a book on the network.",
			"Fielding describes himself as a fighter. “I will not back down,” he said.",
		}, "back down", "Curt Fielding"},
	})
}
