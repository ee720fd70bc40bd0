package analysis

import "testing"

// TestInvertedSubjectAfterFrontedPhrase: after a fronted phrase of place
// the verb may come before its subject ("Among those affected was Ada
// Holm"); the name after the verb is the subject a later she goes back
// to, not a person of the paragraph before (coref_chains.go,
// invertingVerbs).
func TestInvertedSubjectAfterFrontedPhrase(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"among those affected was", []string{
			"Independent engineer Tomasz Wierzba, who posts as @tomwz, said the public evidence did not yet back either firm. “Both firms are guessing,” he wrote.",
			"Among those affected was Ada Holm, who sells candles online from Dunmore. She said she lost two days of orders. “I care who pays for it,” she said.",
		}, "who pays", "Ada Holm"},
		{"outside the hall were", []string{
			"Councillor Ruth Kell opened the meeting. “We will hear everyone,” she said.",
			"Outside the hall was Mia Falk, who runs the bakery. She had waited an hour. “Nobody asked us,” she said.",
		}, "Nobody asked", "Mia Falk"},
	})
}
