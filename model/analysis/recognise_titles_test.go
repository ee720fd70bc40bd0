package analysis

import "testing"

// TestMoreTitles: plural and party titles stay out of the names after
// them, and the names are people.
func TestMoreTitles(t *testing.T) {
	cases := []nameCase{
		{"plural senators", []string{"Sens. Tomas Halloran and Ada Brisk voted against the harbour bill on Monday."},
			"", []string{"Tomas Halloran"}, []string{"Sens.", "Sens. Tomas Halloran", "Sens. Tomas Halloran and Ada Brisk"}},
		{"plural representatives", []string{"Reps. Ilse Marrow and Tomas Brandt wrote to the port on Friday."},
			"", []string{"Ilse Marrow"}, []string{"Reps.", "Reps. Ilse Marrow"}},
		{"a party whip", []string{"“We have the votes,” said Whip Orla Brennick, a Democrat from Dunmore."},
			"Orla Brennick", []string{"Orla Brennick"}, []string{"Whip Orla Brennick", "Whip"}},
	}
	runNameCases(t, cases)
}
