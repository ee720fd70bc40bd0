package analysis

import "testing"

// TestTheyPairOfBodies: "they" after two bodies joined by "and" as the
// subject of the sentence before is both of them, as it is for two people,
// and so is a person and a partner in apposition, "Ann Reed and her
// husband, Tomas Reed," (coref_heads.go coordinatedPair).
func TestTheyPairOfBodies(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"two bodies", []string{
			"Dunmore Telecom and Holm Ferries Ltd signed the deal on Monday.",
			"“This is a good day for the island,” they said in a joint statement.",
		}, "good day", "Dunmore Telecom and Holm Ferries Ltd"},
		{"a partner in apposition", []string{
			"Ann Reed and her husband, Tomas Reed, opened the shop in 1990.",
			"“We never closed a day,” they said.",
		}, "never closed", "Ann Reed and Tomas Reed"},
		// regressions: two people still make the pair
		{"two people", []string{
			"Ann Reed and Tomas Osei wrote to the council on Monday.",
			"“The harbour is failing,” they wrote.",
		}, "harbour is failing", "Ann Reed and Tomas Osei"},
	})
}
