package analysis

import "testing"

// A caption that opens with its credit ("Photo | Name | …") names no
// person in the credit; the caption's people are the story's.
func TestCreditOpeningACaption(t *testing.T) {
	story := "The harbour board raised fares on Monday, and ferry crews said they would strike within the week."
	cases := []struct {
		line   string
		people []string
	}{
		{"Photo | Pavel Okonjo | Harbour master Ilse Marrow speaks to reporters at the quay on Monday.", []string{"Ilse Marrow"}},
		{"Photo: Pavel Okonjo — Harbour master Ilse Marrow speaks to reporters at the quay on Monday.", []string{"Ilse Marrow"}},
	}
	for _, c := range cases {
		got := linkedPeople(story, c.line)
		if len(got) != len(c.people) || len(got) > 0 && got[0] != c.people[0] {
			t.Errorf("%q: people %q, want %q", c.line, got, c.people)
		}
	}
}
