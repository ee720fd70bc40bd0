package analysis

import "testing"

// TestDescribedBodyModifiedNoun: a use of the description's noun with the
// definite article and modifiers ("the harbour group") goes on about
// the body the passage is about, where the bare "the group" is
// resolved (coref_bodies.go).
func TestDescribedBodyModifiedNoun(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"the modified noun is the same body", []string{
			"Holm Harbour Trust cut two routes to Holm on Monday. Days before it was to report its results, the harbour group said on Friday that it had sold four cranes. The group said its costs were “still rising.”",
		}, "still rising", "Holm Harbour Trust"},
	})
}
