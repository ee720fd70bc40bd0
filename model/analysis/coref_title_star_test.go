package analysis

import "testing"

// TestDescribedAfterOpeningTitle: a sentence that opens with a quoted
// title and a role before a name ("“Holm Harbour” star Ann Reed opened
// up …") has that name as its subject, for a description after it
// (coref_describe.go).
func TestDescribedAfterOpeningTitle(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"a show's star", []string{
			"Ann Reed Speaks Out About Being Called “Too Loud.”",
			"“Holm Harbour” star Ann Reed opened up about being called “too loud” in a radio interview. The actress explained why the label is really a “quiet insult.”",
		}, "quiet insult", "Ann Reed"},
	})
}
