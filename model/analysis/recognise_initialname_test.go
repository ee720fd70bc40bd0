package analysis

import (
	"slices"
	"testing"
)

// TestInitialGivenNames: a known given name opening the sentence before a
// surname the tagger found alone is the person's; a word that is no given
// name there stays out ("Like Vellmark").
func TestInitialGivenNames(t *testing.T) {
	cases := []struct {
		text   string
		people []string
	}{
		{"Ted Vellmark wins the harbour vote. Vellmark said the pier would close.", []string{"Ted Vellmark"}},
		{"Cecile Okonjo is sick of the council. Okonjo said so on Monday.", []string{"Cecile Okonjo"}},
		{"Like Vellmark, the council wanted the pier shut. Vellmark said so on Monday.", []string{"Vellmark"}},
	}
	for _, c := range cases {
		if got := linkedPeople(c.text); !slices.Equal(got, c.people) {
			t.Errorf("%q: people %q, want %q", c.text, got, c.people)
		}
	}
}
