package analysis

import "testing"

// A name of four words (two given names and two surnames) the tagger took
// for a body is a person's in a person's place, as one of two or three
// words is: before an age or ", who".
func TestFourWordNameInAPersonsPlace(t *testing.T) {
	runPeopleCases(t, []peopleCase{
		{paras: []string{"Luz Mery Cardona Ossa, 61, who sells fruit near the station, said she paid a weekly fee."},
			people: []string{"Luz Mery Cardona Ossa"}},
		{paras: []string{"Luz Elena Cardona Vélez, 47, a street vendor, said the gangs came every week."},
			people: []string{"Luz Elena Cardona Vélez"}},
	})
}
