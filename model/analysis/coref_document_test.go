package analysis

import "testing"

// TestDocumentIssuer: "the email", "the statement" as the speaker is
// whoever sent it, where a modifier stands before the document's noun ("a
// fundraising email") and where a campaign the text shows as a person's
// sent it (coref_heads.go describedDocument).
func TestDocumentIssuer(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"a modifier before the noun", []string{
			"Mayor Ann Reed spoke at the harbour on Monday.",
			"Tomas Osei released a written statement on Tuesday.",
			"“The quay will be rebuilt,” the statement said.",
		}, "quay will be rebuilt", "Tomas Osei"},
		{"his campaign sent it", []string{
			"Tomas Osei won the county vote on Saturday.",
			"On Sunday, his campaign sent out a fundraising email.",
			"“Our movement grows every day,” read the email.",
		}, "movement grows", "Tomas Osei’s campaign"},
		{"the Osei campaign sent it", []string{
			"Tomas Osei won the county vote on Saturday.",
			"The Osei campaign sent a fundraising email on Sunday.",
			"“Friend, we can win this,” the email read.",
		}, "we can win this", "Tomas Osei’s campaign"},
	})
}
