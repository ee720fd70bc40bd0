package analysis

import "testing"

// TestTheyPairOfBodies: "they" after two bodies joined by "and" as the
// subject of the sentence before is both of them, as it is for two people
// (coref_heads.go coordinatedPair).
func TestTheyPairOfBodies(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"two bodies", []string{
			"Dunmore Telecom and Holm Ferries Ltd signed the deal on Monday.",
			"“This is a good day for the island,” they said in a joint statement.",
		}, "good day", "Dunmore Telecom and Holm Ferries Ltd"},
		// regressions: two people still make the pair
		{"two people", []string{
			"Ann Reed and Tomas Osei wrote to the council on Monday.",
			"“The harbour is failing,” they wrote.",
		}, "harbour is failing", "Ann Reed and Tomas Osei"},
	})
}
