package analysis

import "testing"

// TestGenderFromKinNoun: the noun a name is written with tells its
// person's gender where the given name is one no list knows, "her
// husband, the set builder Lorcan Vey", "Lorcan Vey, her husband,", so a
// she after it is not him (coref34_kin.go describedNameGender).
func TestGenderFromKinNoun(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"a kin noun and a description before the name", []string{
			"Helga Brandt ran the Quay Theatre for thirty years.",
			"Her husband, the set builder Lorcan Vey, built its stage from ship timber in 1970. “It still creaks in the second act,” she said.",
		}, "still creaks", "Helga Brandt"},
		{"a kin noun after the name", []string{
			"Helga Brandt ran the Quay Theatre for thirty years.",
			"Lorcan Vey, her husband, built its stage from ship timber in 1970. “It still creaks in the second act,” she said.",
		}, "still creaks", "Helga Brandt"},
		{"a kin noun right before the name", []string{
			"Helga Brandt ran the Quay Theatre for thirty years.",
			"Her son Lorcan Vey built its stage from ship timber in 1970. “It still creaks in the second act,” she said.",
		}, "still creaks", "Helga Brandt"},
		// regressions: a list after the name tells nothing of it
		{"a spouse in a list after the name", []string{
			"Lorcan Vey, his wife and their sons built the stage from ship timber in 1970.",
			"“It still creaks in the second act,” he said.",
		}, "still creaks", "Lorcan Vey"},
	})
}

// TestKinNounOfAnother: a kin noun after a name that a comma and another
// name follow names that other person, "Ivo Marsh, his wife, Ada,", and
// tells nothing of the first.
func TestKinNounOfAnother(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"a list of a man, his wife and another", []string{
			"Senator Tomas Reed backed the slate on Sunday.",
			"Those left off it included Gov. Lorcan Vey, his wife, Ada, and the party treasurer. “We were never asked,” he said.",
		}, "never asked", "Lorcan Vey"},
	})
}
