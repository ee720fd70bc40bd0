package analysis

import (
	"slices"
	"testing"
)

// TestRegnalNames: a Roman numeral after a monarch's or a pope's name is
// part of it, "I" only after a monarch's title; the pronoun "I" after a
// name stays out.
func TestRegnalNames(t *testing.T) {
	cases := []struct {
		text string
		want []string
	}{
		{"Queen Elizabeth II visited Canada on Monday.", []string{"Elizabeth II"}},
		{"Queen Elizabeth I ruled England for 44 years.", []string{"Elizabeth I"}},
		{"Hank Green I said was late.", []string{"Hank Green"}},
	}
	for _, c := range cases {
		if got := peopleOf(article(c.text)); !slices.Equal(got, c.want) {
			t.Errorf("%q: people %q, want %q", c.text, got, c.want)
		}
	}
	for _, c := range []struct {
		w    string
		want bool
	}{{"II", true}, {"VIII", true}, {"XVI", true}, {"XIV", true}, {"IIII", false}, {"VX", false}, {"MIX", false}, {"", false}} {
		if got := romanNumeral(c.w); got != c.want {
			t.Errorf("romanNumeral(%q) = %v, want %v", c.w, got, c.want)
		}
	}
}
