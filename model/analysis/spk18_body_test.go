package analysis

import "testing"

// TestSpeakingBody: an "it said" after a sentence in which a body speaks
// goes on with that body, not with another it named in what it said.
func TestSpeakingBody(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"the body that spoke", []string{
			"Norway’s Ministry of Fisheries said in a statement that it was “reviewing the survey closely” and was working with the Coastal Survey Agency on new quotas. " +
				"It said the quotas would apply “to every port without exception.”"}, "every port", "Ministry of Fisheries"},
	})
}
