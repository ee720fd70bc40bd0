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

// A name the recogniser took for a place (both its words are places') is
// a person's before a role with the body it serves: ", a lawyer for the
// families,".
func TestPlaceWordsBeforeARoleFor(t *testing.T) {
	runPeopleCases(t, []peopleCase{
		{paras: []string{`Jordan Georgia, a lawyer for the families, said they wanted charges. "Someone signed those papers," Georgia said.`},
			people: []string{"Jordan Georgia"}},
	})
}
