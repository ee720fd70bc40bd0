package analysis

import (
	"slices"
	"testing"
)

// TestPluralAcronyms: capitals with a plural "s" ("PACs", "NGOs") name a
// kind of body, never a person, however the tagger typed them.
func TestPluralAcronyms(t *testing.T) {
	for _, c := range []struct {
		w    string
		want bool
	}{{"PACs", true}, {"NGOs", true}, {"CEOs", true}, {"PAC", false}, {"Ross", false}, {"Os", false}, {"USA", false}} {
		if got := pluralAcronym(c.w); got != c.want {
			t.Errorf("pluralAcronym(%q) = %v, want %v", c.w, got, c.want)
		}
	}
	for _, s := range []string{
		"Donors gave large checks to ''super PACs'' backing four candidates.",
		"Several NGOs and PACs objected to the rule.",
	} {
		if got := peopleOf(article(s)); slices.Contains(got, "PACs") {
			t.Errorf("%q: people %q, PACs is no person", s, got)
		}
	}
}
