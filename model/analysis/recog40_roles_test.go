package analysis

import "testing"

// A name set off before a role of work, learning, faith or law is a
// person's, whatever the role.
func TestNameBeforeRolesOfEveryKind(t *testing.T) {
	runPeopleCases(t, []peopleCase{
		{paras: []string{"Aid workers said the clinics were full. Wenke-Marie Dahl-Sørensen, the emergency coordinator for the charity in the south, said her team had opened a ward."},
			people: []string{"Wenke-Marie Dahl-Sørensen"}},
	})
}
