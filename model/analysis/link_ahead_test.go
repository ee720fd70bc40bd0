package analysis

import (
	"slices"
	"testing"
)

// TestShortNamesAhead: a surname written before any of the full names
// that share it (a headline's, a lead's) is the person the story's own
// bare surname mostly names; it stays the surname where the story's uses
// tie or there are none, where it is a relative's possessive ("Reed's
// son"), whose story is the relative's, and where it names a family.
func TestShortNamesAhead(t *testing.T) {
	cases := []struct {
		paras  []string
		people []string // every person entity, in order of first mention
	}{
		{[]string{"Varga faces a tight race in Dunmore.",
			"Ilse Varga and her husband, Tomas Varga, toured the harbour on Monday.",
			"Varga said the quay needs work. Later, Varga met voters."},
			[]string{"Ilse Varga", "Tomas Varga"}},
		// no bare surname in the story: nothing tells them apart
		{[]string{"Varga faces a tight race in Dunmore.",
			"Ilse Varga and her husband, Tomas Varga, toured the harbour on Monday."},
			[]string{"Varga", "Ilse Varga", "Tomas Varga"}},
		// a tie
		{[]string{"Varga faces a tight race in Dunmore.",
			"Ilse Varga spoke first. Varga left. Tomas Varga spoke next. Varga stayed."},
			[]string{"Varga", "Ilse Varga", "Tomas Varga"}},
		// the relative's possessive
		{[]string{"Varga's son speaks out in Dunmore.",
			"Ilse Varga spoke first. Her son, Tomas Varga, spoke next.",
			"Varga said the quay needs work. Later, Varga met voters."},
			[]string{"Varga", "Ilse Varga", "Tomas Varga"}},
		// a family
		{[]string{"Kessary mourns the Varga family.",
			"Ilse Varga spoke first. Her son, Tomas Varga, spoke next.",
			"Varga said the quay needs work. Later, Varga met voters."},
			[]string{"Varga", "Ilse Varga", "Tomas Varga"}},
	}
	for _, c := range cases {
		if got := linkedPeople(c.paras...); !slices.Equal(got, c.people) {
			t.Errorf("%q: people %q, want %q", c.paras, got, c.people)
		}
	}
}
