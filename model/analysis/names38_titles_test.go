package analysis

import "testing"

func TestHonorificsOfAgeAreNotPartOfTheName(t *testing.T) {
	runPeopleCases(t, []peopleCase{
		{paras: []string{"Elder Ruth Makwa opened the meeting at the band hall on Tuesday."}, people: []string{"Ruth Makwa"}},
		{paras: []string{"The hall was full. Elder Paul Nakawe spoke after the drummers."}, people: []string{"Paul Nakawe"}},
		{paras: []string{"Mzee Juma Okello walked to the borehole with his grandsons."}, people: []string{"Juma Okello"}},
	})
}
