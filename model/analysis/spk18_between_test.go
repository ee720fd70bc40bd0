package analysis

import "testing"

// TestDescriptionBetween: a his or her after a role description of the
// name's sentence ("said the mayor had lost his nerve") may be the
// described person's, so it votes for no gender of the name; a pronoun
// right after the name, with no description between, still does.
func TestDescriptionBetween(t *testing.T) {
	runGenderCases(t, []genderCase{
		{"the mayor between", "Oyun Bayart said the mayor had lost his nerve over the budget. “It is a retreat,” Bayart said.", "Oyun Bayart", ""},
		{"the minister between", "Dagva Kaarma argued that the minister had broken his promise. “It is a retreat,” Kaarma said.", "Dagva Kaarma", ""},
		{"no description", "Oyun Bayart said the council had lost his trust over the budget. “It is a retreat,” Bayart said.", "Oyun Bayart", "m"},
	})
	runSpeakerCases(t, []speakerCase{
		{"her colleague after", []string{"Oyun Bayart, a historian, said the mayor had lost his nerve. " +
			"Her colleague at the institute, economist Temuulen Gansukh, said the budget was the more urgent problem.",
			"“The minister is protecting himself,” she said.", "“The budget is built on old prices,” he said."}, "old prices", "Temuulen Gansukh"},
	})
}
