package analysis

import (
	"slices"
	"testing"

	"github.com/byline-reader/byline/model"
)

// TestListPeople: the names of a list of four or more whose people
// outnumber every other kind (a surname of a full name counting as a
// person) are all people; a list of places stays places.
func TestListPeople(t *testing.T) {
	cases := []struct {
		paras []string
		want  []string // people among these names
		not   []string // names that are no people
	}{
		{[]string{"Kessary named Ola Brandt in goal, with Tomas Varek and Ivo Dunleavy in defence.",
			"Squad: Brandt, Staunton, Irwin, McAteer, Harte, McLoughlin, Houghton, Townsend, Dunleavy, Varek."},
			[]string{"Irwin", "McAteer", "McLoughlin", "Houghton", "Townsend"}, nil},
		{[]string{"The tour visits Paris, Berlin, Vienna, Prague and Rome."}, nil, []string{"Paris", "Berlin", "Vienna", "Prague", "Rome"}},
	}
	for _, c := range cases {
		a := article(c.paras...)
		Analyze(a)
		var people []string
		for _, e := range a.Entities {
			if e.Type == model.Person {
				people = append(people, e.Name)
			}
		}
		for _, w := range c.want {
			if !slices.Contains(people, w) {
				t.Errorf("%q: %q is no person (%v)", c.paras, w, a.Entities)
			}
		}
		for _, w := range c.not {
			if slices.Contains(people, w) {
				t.Errorf("%q: %q is a person (%v)", c.paras, w, a.Entities)
			}
		}
	}
}
