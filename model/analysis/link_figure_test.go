package analysis

import "testing"

// TestFigureBeforeName: a figure the tagger ran into a name the article
// also writes without it is no part of the name; a figure that always
// stands with the name is.
func TestFigureBeforeName(t *testing.T) {
	cases := []nameCase{
		{"an ordinal before a firm's name", []string{"The threat came from the 48th Instagram account of a group in Dunmore.", "Instagram has since closed the account."},
			"", nil, []string{"48th Instagram"}},
		{"a year before a convention", []string{"The 2012 Green National Convention was held in Dunmore, and the Green National Convention this year meets in Port Anselm."},
			"", nil, []string{"2012 Green National Convention"}},
	}
	runNameCases(t, cases)
	found := false
	for _, e := range analyse(cases[0].paras...).Entities {
		found = found || e.Name == "Instagram" && len(e.Mentions) == 2
	}
	if !found {
		t.Errorf("no Instagram named twice")
	}
}
