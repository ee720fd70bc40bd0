package analysis

import "testing"

// TestPlaceOwnedBody: a country's possessive before a body's name hides
// no subject: the body said in a statement what "the statement" says
// after (placeOwnedBody, coref46_subject.go).
func TestPlaceOwnedBody(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"a country's electoral body", []string{
			"DUSHANBE - Voters in the south went to the polls on Sunday for a second round.",
			"Tajikistan's Central Commission for Elections said in a statement that it had received 30 complaints. “Every complaint will be examined before the results are final,” the statement said.",
		}, "Every complaint", "Central Commission for Elections"},
		{"a country's ministry", []string{
			"KATHMANDU - Floods have cut the main road to the north for a week.",
			"Nepal's Department of Roads said on Tuesday in a statement that repairs would start soon. “Crews are already on the site,” the statement said.",
		}, "Crews are already", "Department of Roads"},
	})
}
