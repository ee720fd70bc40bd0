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

// A rugby position in lower case before a name is a role, and the name a
// person's.
func TestRugbyPositionsBeforeAName(t *testing.T) {
	runPeopleCases(t, []peopleCase{
		{paras: []string{"Replacement hooker Pita Vainikolo barged over from a maul just before full time."}, people: []string{"Pita Vainikolo"}},
		{paras: []string{"Moments later the referee sent Tonga lock Kenji Moriyasu off for a high tackle."}, people: []string{"Kenji Moriyasu"}},
	})
}
