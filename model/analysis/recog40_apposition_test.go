package analysis

import "testing"

// A name the tagger missed, set off by commas before any role of a
// person, not only a politician's ("a doctor", "a fisherman"), is a
// person's.
func TestNameBeforeAnyRoleApposition(t *testing.T) {
	runPeopleCases(t, []peopleCase{
		{paras: []string{"Blessing Okafor, a doctor at the clinic, said the wards were full."}, people: []string{"Blessing Okafor"}},
		{paras: []string{"Chiamaka Eze, a nurse, said the pay had not come for months."}, people: []string{"Chiamaka Eze"}},
	})
}
