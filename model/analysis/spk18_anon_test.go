package analysis

import "testing"

// TestAnonymousSpeakerNamesSomeone: an unnamed person who speaks stays
// the one a she of the next paragraph's tag may be when what they said
// names someone ("said the acquittal of Tomas Reyes …"); a name before
// they speak, or the one they speak to ("A reporter asked Reed how he
// …"), still leaves it open.
func TestAnonymousSpeakerNamesSomeone(t *testing.T) {
	const judge = "Judge Carmen Rojas Vidal read the verdict on Tuesday. “The court has weighed every document,” she said."
	runSpeakerCases(t, []speakerCase{
		{"a name in what she said", []string{judge,
			"A lawyer who has watched the hearings, speaking on condition of anonymity, said the acquittal of Tomas Reyes mattered more than the sentence.",
			"“Nobody will look at the contracts now,” she said."}, "contracts now", "a lawyer"},
		{"a name before she speaks", []string{judge,
			"A lawyer for Tomas Reyes said the acquittal mattered more than the sentence.",
			"“Nobody will look at the contracts now,” she said."}, "contracts now", "Carmen Rojas Vidal"},
		{"the one she asks", []string{judge,
			"A reporter asked Tomas Reyes how he felt about the acquittal. He replied: “Nobody will look at the contracts now.”"}, "contracts now", "Tomas Reyes"},
	})
}
