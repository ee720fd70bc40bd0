package analysis

import (
	"slices"
	"testing"
)

// TestRoleAppositive: a name of two name words that the recogniser took
// for a body is a person's when a role set off by commas follows it
// (", the union leader,"); a body's noun there leaves it a body.
func TestRoleAppositive(t *testing.T) {
	cases := []struct {
		text   string
		people []string
	}{
		{"Zwelinzima Vavi, the union leader, said workers would strike on Monday.", []string{"Zwelinzima Vavi"}},
		{"Ships waited off Vell Harbour, the old port, on Monday.", nil},
	}
	for _, c := range cases {
		if got := linkedPeople(c.text); !slices.Equal(got, c.people) {
			t.Errorf("%q: people %q, want %q", c.text, got, c.people)
		}
	}
}
