package analysis

import "testing"

// TestDescribedAfterTrailingTag: a sentence that ends by naming its
// speaker ("Reed will win the vote, Tomas Osei said Monday.") is about the
// speaker, not the subject of what is reported, for a description after
// it (coref_describe.go).
func TestDescribedAfterTrailingTag(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"name said time", []string{
			"Tomas Osei toured the Holm harbour on Sunday with his old crew.",
			"Ann Reed plans to rebuild the harbour with private money, Tomas Osei said Monday.",
			"The retired admiral continued, saying “the money is already there.”",
		}, "money is already", "Tomas Osei"},
		{"said name", []string{
			"Tomas Osei toured the Holm harbour on Sunday with his old crew.",
			"Ann Reed plans to rebuild the harbour with private money, said Osei.",
			"The retired admiral continued, saying “the money is already there.”",
		}, "money is already", "Tomas Osei"},
	})
}
