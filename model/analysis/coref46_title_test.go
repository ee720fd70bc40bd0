package analysis

import "testing"

// TestTitleShapes: a title described right after it and a title that is
// the subject of a reported clause are no one's words
// (titleDescribedAfter, titleReportedSubject, coref46_title.go); words
// said after a speech verb stay speech.
func TestTitleShapes(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"a title described after it", []string{
			"GOA - The festival closed on Sunday with a string of awards.",
			"Other winners included “Salt of the Coast”, a documentary by Meera Kamat about fisherwomen defending their beaches from developers, which took the jury prize.",
		}, "Salt of the Coast", ""},
		{"a title as a reported subject", []string{
			"GOA - The festival closed on Sunday with a string of awards.",
			"Jury president Vikram Desai, a veteran stage actor, said “The Night Ferry” showed what a small budget could do.",
		}, "Night Ferry", ""},
		{"words said after the verb stay speech", []string{
			"GOA - The festival closed on Sunday with a string of awards.",
			"Jury president Vikram Desai said “we were moved by every film” and thanked the crews.",
		}, "moved by every film", "Vikram Desai"},
	})
}
