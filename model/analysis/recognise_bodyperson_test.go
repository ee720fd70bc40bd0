package analysis

import (
	"slices"
	"testing"
)

// TestBodyThenPerson: a body's name that runs on into a person's, through
// a plural's possessive or a capitalised word of a role, is the body and
// the person; a body's name that goes on to its head stays whole.
func TestBodyThenPerson(t *testing.T) {
	runPeopleCases(t, []peopleCase{
		{[]string{"Ilse Marr spoke first. Then Tarrow News’ Luciana Brevik argued that the plan would fail."}, []string{"Ilse Marr", "Luciana Brevik"}},
		{[]string{"Voters sided with Ilse Marr, and Harbour Party Chair Debbie Wasserman Varga conceded on Monday."}, []string{"Ilse Marr", "Debbie Wasserman Varga"}},
		// a body's name, not a person's
		{[]string{"Ilse Marr met the Dockworkers’ Revolutionary Party on Monday."}, []string{"Ilse Marr"}},
	})
}

// TestRoleOpensName: a capitalised role at a sentence's start and the
// name after it, which the tagger typed a body whole, are the role and a
// person.
func TestRoleOpensName(t *testing.T) {
	cases := []struct {
		text   string
		people []string
	}{
		{"Winger Tebogo Sithole said the team was tired.", []string{"Tebogo Sithole"}},
		// a body's name that opens with a role's word
		{"Pilot Harbour Services said Ilse Marr would fly the route.", []string{"Ilse Marr"}},
	}
	for _, c := range cases {
		if got := linkedPeople(c.text); !slices.Equal(got, c.people) {
			t.Errorf("%q: people %q, want %q", c.text, got, c.people)
		}
	}
}
