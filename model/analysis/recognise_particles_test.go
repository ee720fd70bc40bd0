package analysis

import (
	"slices"
	"testing"
)

// TestCapitalParticleSurnames: a surname standing alone with its particle
// written with a capital ("Van der Merwe", "De Smedt") is the person's
// whole surname, not a place "Van" and a person "Merwe", and is the
// person of the full name that ends in it.
func TestCapitalParticleSurnames(t *testing.T) {
	cases := []struct {
		paras []string
		want  []string // people listed
	}{
		{[]string{"Springbok scrum-half Pieter van der Merwe scored twice on Saturday.",
			"The referee allowed Van der Merwe to pick up and score under the posts."}, []string{"Pieter van der Merwe"}},
		{[]string{"Goalkeeper Filip De Smedt kept a clean sheet.", "De Smedt saved a penalty in the second half."},
			[]string{"Filip De Smedt"}},
	}
	for _, c := range cases {
		got := peopleOf(article(c.paras...))
		if !slices.Equal(got, c.want) {
			t.Errorf("%q: people %q, want %q", c.paras, got, c.want)
		}
	}
}
