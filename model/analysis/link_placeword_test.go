package analysis

import (
	"slices"
	"testing"
)

// TestPlaceAfterPreposition: a word written once, after a preposition of
// place, that the recogniser took for a person is a place; a person's
// surname the article gives in full elsewhere, and a given name, stay
// people.
func TestPlaceAfterPreposition(t *testing.T) {
	cases := []struct {
		paras  []string
		people []string
	}{
		{[]string{"Rescue teams from Umtata and Kokstad arrived on Monday. The storm moved towards Matatiele."}, nil},
		{[]string{"Thandeka Mbele said her house was gone.", "Voters put their faith in Mbele on Monday."}, []string{"Thandeka Mbele"}},
	}
	for _, c := range cases {
		if got := linkedPeople(c.paras...); !slices.Equal(got, c.people) {
			t.Errorf("%q: people %q, want %q", c.paras, got, c.people)
		}
	}
}
