package analysis

import "testing"

func TestHonorificsOfAgeAreNotPartOfTheName(t *testing.T) {
	runPeopleCases(t, []peopleCase{
		{paras: []string{"Elder Ruth Makwa opened the meeting at the band hall on Tuesday."}, people: []string{"Ruth Makwa"}},
		{paras: []string{"The hall was full. Elder Paul Nakawe spoke after the drummers."}, people: []string{"Paul Nakawe"}},
		{paras: []string{"Mzee Juma Okello walked to the borehole with his grandsons."}, people: []string{"Juma Okello"}},
	})
}

// A byline whose name is parted from its outlet, section or date by a
// middle dot or a bar, or whose names are joined by "&", is furniture, and
// its writer is no person of the story.
func TestBylinePartedByADotOrABar(t *testing.T) {
	story := "The market at Dunmore opened late on Monday as traders waited for boats that never came in from the storm."
	for _, line := range []string{
		"By Ana Ruiz · Harbour News",
		"By Ana Ruiz · Harbour News · Posted: May 4, 2026 9:00 AM ET",
		"By Ana Ruiz | Food & Drink",
		"By Ana Ruiz & Ivo Brandt",
	} {
		if got := linkedPeople("Fish prices rise", line, story); len(got) != 0 {
			t.Errorf("%q: people %q, want none", line, got)
		}
	}
}

// A lawmaker's party-and-town tag names no person.
func TestPartyTownTagIsNoPerson(t *testing.T) {
	runPeopleCases(t, []peopleCase{
		{paras: []string{"State Rep. Nora Pike (R-Ashby) said the levy would fail."}, people: []string{"Nora Pike"}},
		{paras: []string{"The vote was close. Sen. Will Ortega, D-Yonkers, voted against it."}, people: []string{"Will Ortega"}},
	})
}
