package analysis

import "testing"

// TestDescriptorsBeforeNames: a party's, faith's or country's word, an
// abbreviated title or a role written with a capital, right before a person's name is no part of the name
// and no reason to make the person a body, and the speaker phrase looks
// past it to the person; a body whose name opens with such a word stays
// a body.
func TestDescriptorsBeforeNames(t *testing.T) {
	cases := []nameCase{
		{"a party word the tagger ran into the name", []string{"Lawmakers argued about the budget.", "“We are tired of this,” said Oversight ranking Democrat Elias Cumberland (D-Md.)."},
			"Elias Cumberland", []string{"Elias Cumberland"}, []string{"Democrat Elias Cumberland", "Oversight"}},
		{"a party word before the subject", []string{"Lawmakers argued about the budget.", "House Republican Thomas Messer used to back the plan, but now said Tramp had “the chance to bring us together.”"},
			"Thomas Messer", []string{"Thomas Messer"}, []string{"House Republican Thomas Messer"}},
		{"an abbreviated title opens no body's name", []string{"Lawmakers argued about the budget.", "Former Arkansas Gov. Mark Hollis rounded out the list, citing “Big Love” as his guilty pleasure."},
			"", []string{"Mark Hollis"}, []string{"Gov. Mark Hollis"}},
		{"a role written with a capital", []string{"Senator Ana Ruiz spoke to reporters on Tuesday.", "The senator disagreed.", "“We will see,” Channel Four weekend Anchor DeShawn Marrow said."},
			"DeShawn Marrow", []string{"DeShawn Marrow"}, []string{"Anchor DeShawn Marrow"}},
		{"a body whose name opens with a descriptor", []string{"“We will not comment,” said a spokesman for the Republican National Committee."},
			"", nil, []string{"National Committee"}},
	}
	runNameCases(t, cases)
}
