package analysis

import "testing"

// TestPlaceAfterPreposition: a word written once, after a preposition of
// place, that the recogniser took for a person is a place; a person's
// surname the article gives in full elsewhere, and a given name, stay
// people.
func TestPlaceAfterPreposition(t *testing.T) {
	runPeopleCases(t, []peopleCase{
		{[]string{"Rescue teams from Umtata and Kokstad arrived on Monday. The storm moved towards Matatiele."}, nil},
		{[]string{"Thandeka Mbele said her house was gone.", "Voters put their faith in Mbele on Monday."}, []string{"Thandeka Mbele"}},
	})
}
