package analysis

import "testing"

// TestClauseAs: an object pronoun in a clause "as" opens with a subject
// of its own is not bound away from the name that opens the sentence, nor
// is the pronoun after it (coref45_binding.go).
func TestClauseAs(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"as the water rose around her", []string{
			"TACLOBAN, Philippines - Maria Santos, 67, spent three nights on the roof of her house as the water rose around her.",
			"“I prayed the whole time,” she said.",
		}, "prayed", "Maria Santos"},
		{"as police led him away", []string{
			"Tomas Brandt waved to his family as police led him away.",
			"“I will be back,” he said.",
		}, "will be back", "Tomas Brandt"},
		// no clause: the object is still bound
		{"put it to her", []string{
			"Prosecutor Sekou Botha put it to her that her signature was on the forms.",
			"“I cannot explain that,” she replied.",
		}, "cannot explain", ""},
	})
}
