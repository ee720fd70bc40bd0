package analysis

import (
	"slices"
	"testing"
)

// TestPeople34Bylines: a name at the top with a bar and a writer's role in
// sentence case after it is the byline, and no person of the story.
func TestPeople34Bylines(t *testing.T) {
	cases := []struct {
		paras  []string
		people []string
	}{
		{[]string{"Harbour master fined over ferry fares", "Maren Tollefsen | Transport reporter", "Ilse Marrow, the harbour master, closed the quay."}, []string{"Ilse Marrow"}},
		{[]string{"Harbour master fined over ferry fares", "Maren Tollefsen | Senior political correspondent", "Ilse Marrow, the harbour master, closed the quay."}, []string{"Ilse Marrow"}},
		// the story
		{[]string{"Harbour master fined over ferry fares", "Maren Tollefsen | who owns the boats", "Ilse Marrow, the harbour master, closed the quay."}, []string{"Maren Tollefsen", "Ilse Marrow"}},
	}
	for _, c := range cases {
		if got := linkedPeople(c.paras...); !slices.Equal(got, c.people) {
			t.Errorf("%q: people %q, want %q", c.paras, got, c.people)
		}
	}
}

// TestPeople34AgedSurname: a name the recogniser took for a body's is a
// person's when its last word stands alone before an age elsewhere.
func TestPeople34AgedSurname(t *testing.T) {
	cases := []struct {
		paras  []string
		people []string
	}{
		{[]string{"The former treasurer of the Kelby Harbour Board, Tumelo Sebokeng, was fined on Monday.", "Sebokeng, 61, was convicted in May."}, []string{"Tumelo Sebokeng"}},
		// no age: the name is left to the recogniser
		{[]string{"The former treasurer of the Kelby Harbour Board, Tumelo Sebokeng, was fined on Monday.", "The board, 61 members strong, met in May."}, nil},
	}
	for _, c := range cases {
		if got := linkedPeople(c.paras...); !slices.Equal(got, c.people) {
			t.Errorf("%q: people %q, want %q", c.paras, got, c.people)
		}
	}
}
