package analysis

import "testing"

// TestDescribedOwner: a description that owns a spokesperson or an aide
// ("the minister's spokesman") is shown with the name of whom the
// description means, as "his spokesman" is (coref35_owned.go); an owner
// the article names no one for stays as written.
func TestDescribedOwner(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"the minister's spokesman", []string{
			"Education Minister Tomas Grell on Monday defended plans to merge three village schools.",
			"Parents have started a petition against the plan. “Every concern has been heard,” the minister's spokesman said.",
		}, "Every concern", "Tomas Grell’s spokesman"},
		{"no minister named", []string{
			"Parents have started a petition against plans to merge three village schools.",
			"“Every concern has been heard,” the minister's spokesman said.",
		}, "Every concern", "the minister's spokesman"},
	})
}
