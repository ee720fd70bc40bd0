package analysis

import (
	"slices"
	"testing"

	"github.com/byline-reader/byline/model"
)

// peopleWith is linkedPeople with the given passes.
func peopleWith(passes []linkPass, paras ...string) []string {
	a := article(paras...)
	p := Default()
	tz := p.prepare(a)
	var got []string
	for _, e := range linkWith(a, tz, p.recognise(tz), passes) {
		if e.Type == model.Person {
			got = append(got, e.Name)
		}
	}
	return got
}

// TestBodyWordNotPerson: the first word of a two-word name of a body, used
// alone, is the body's short name unless something marks it a person.
func TestBodyWordNotPerson(t *testing.T) {
	without := slices.DeleteFunc(slices.Clone(linkPasses), func(p linkPass) bool { return p.name == "body-word-not-person" })
	cases := []struct {
		paras  []string
		people []string
		moved  bool // the pass changes the people
	}{
		{[]string{"Ilse Marr went on Kelvar News on Monday.", "Ilse Marr told Kelvar that she would run. Kelvar found her ahead."}, []string{"Ilse Marr"}, true},
		// a person all the same: a given name, a title, a full name, a speaker
		{[]string{"Ilse Marr went on Kelvar News on Monday.", "Ilse Marr told Ms. Kelvar that she would run."}, []string{"Ilse Marr", "Kelvar"}, false},
		{[]string{"Ilse Marr went on Kelvar News on Monday.", "Kelvar said that Ilse Marr would run."}, []string{"Ilse Marr", "Kelvar"}, false},
	}
	for _, c := range cases {
		if got := peopleWith(linkPasses, c.paras...); !slices.Equal(got, c.people) {
			t.Errorf("%q: people %q, want %q", c.paras, got, c.people)
		}
		if c.moved {
			if got := peopleWith(without, c.paras...); slices.Equal(got, c.people) {
				t.Errorf("%q: people %q without the pass: the case tests nothing", c.paras, got)
			}
		}
	}
}
