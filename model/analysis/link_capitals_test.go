package analysis

import (
	"slices"
	"testing"
)

// TestCapitalsHeads: a name of two words or more in a line of capitals
// is no person (a section head), unless a person of the article written in
// lower case has its surname.
func TestCapitalsHeads(t *testing.T) {
	cases := []struct {
		paras  []string
		people []string // every person entity, in order of first mention
	}{
		{[]string{"Here are the stories:", "MARKO SCARE HITS KESSARY", "Ilse Varga said the quay needs work."},
			[]string{"Ilse Varga"}},
		// a person of the article's surname
		{[]string{"Here are the stories:", "10. DANKO VARGA IN HOT WATER IN KESSARY.", "Ilse Varga said the quay needs work."},
			[]string{"DANKO VARGA", "Ilse Varga"}},
	}
	for _, c := range cases {
		if got := linkedPeople(c.paras...); !slices.Equal(got, c.people) {
			t.Errorf("%q: people %q, want %q", c.paras, got, c.people)
		}
	}
}
