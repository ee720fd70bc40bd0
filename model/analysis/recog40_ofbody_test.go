package analysis

import (
	"slices"
	"testing"

	"github.com/byline-reader/byline/model"
)

// A surname the tagger ran into the body after "of" is the person's, and
// the body after "of" keeps its own name.
func TestSurnameBeforeOfABody(t *testing.T) {
	a := article("Prof Ewan MacKinnon of the University of Dunmore was more cautious.")
	Analyze(a)
	var got []string
	for _, e := range a.Entities {
		got = append(got, e.Type.String()+":"+e.Name)
	}
	for _, want := range []string{model.Person.String() + ":Ewan MacKinnon", model.Organization.String() + ":University of Dunmore"} {
		if !slices.Contains(got, want) {
			t.Errorf("entities %q, want %q among them", got, want)
		}
	}
}

// Words after a body's head and "for" or "of" that the tagger took for a
// person are the body's.
func TestBodyForWhatItStudiesIsNoPerson(t *testing.T) {
	runPeopleCases(t, []peopleCase{
		{paras: []string{"Pollster Sulastri, of the Malang-based Centre for Democracy Studies, said turnout was low."},
			people: []string{"Sulastri"}},
	})
}
