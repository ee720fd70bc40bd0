package analysis

import "testing"

// TestChainGivenNames: the chains know the sex of more given names than
// the recogniser's lists (words.go corefMaleNames, corefFemaleNames), so
// that a "she" is not taken for a man the story named last.
func TestChainGivenNames(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"a man's given name", []string{
			"Ana Kell covers the port for the Courier.",
			"Her editor, Philippe Marsh, asked for the story by noon.",
			"Minutes later, she sent a note saying, “Filed and checked.”",
		}, "Filed and checked", "Ana Kell"},
		{"a woman's given name", []string{
			"Tomas Osei runs the ferry line.",
			"His deputy, Debbie Vane, handled the strike talks all week.",
			"On Friday, he told the board, “The boats will sail.”",
		}, "boats will sail", "Tomas Osei"},
	})
}
