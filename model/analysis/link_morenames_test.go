package analysis

import (
	"slices"
	"testing"
)

// TestMoreNames: a rank at the bar after a name or a surname ("SC"), an
// honorific of Spanish news ("Doña"), and a county's office between the
// county and the holder are no part of the person's name.
func TestMoreNames(t *testing.T) {
	cases := []struct {
		text   string
		people []string
	}{
		{"Advocate Themba Vell SC told the court the case was weak. Vell SC said the state had no witness.", []string{"Themba Vell"}},
		{"Doña Rosalía Marrow said the market had closed. Marrow said it would reopen.", []string{"Rosalía Marrow"}},
		{"Kessary County Prosecutor Dana Whitmore said charges would follow. Whitmore said the case was strong.", []string{"Dana Whitmore"}},
	}
	for _, c := range cases {
		if got := linkedPeople(c.text); !slices.Equal(got, c.people) {
			t.Errorf("%q: people %q, want %q", c.text, got, c.people)
		}
	}
}
