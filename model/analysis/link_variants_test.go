package analysis

import "testing"

// TestSpellingVariants: one person written two ways is one person under
// the name written more often; names one letter apart that are not a
// doubled letter or a vowel in a long word stay two people.
func TestSpellingVariants(t *testing.T) {
	runPeopleCases(t, []peopleCase{
		{[]string{"Ilse Marr campaigned with Hilary Brandvold in Tarrow.", "Hillary Brandvold spoke first. Later Hillary Brandvold left."}, []string{"Ilse Marr", "Hillary Brandvold"}},
		{[]string{"Tobias Wendt met Jonas Emanual on Monday.", "Jonas Emanuel said the talks went well. Jonas Emanuel then left."}, []string{"Tobias Wendt", "Jonas Emanuel"}},
		// two people
		{[]string{"Tobias Wendt met Mary Brandvold on Monday.", "Mark Brandvold said the talks went well."}, []string{"Tobias Wendt", "Mary Brandvold", "Mark Brandvold"}},
	})
}

// TestVariantWords pins the one-letter differences that make one name.
func TestVariantWords(t *testing.T) {
	for _, c := range []struct {
		a, b string
		want bool
	}{
		{"hilary", "hillary", true}, {"phillip", "philip", true}, {"jef", "jeff", true}, {"emanual", "emanuel", true},
		{"mary", "mark", false}, {"ada", "ida", false}, {"hanson", "hansen", true}, {"brandt", "brandy", false},
		{"hilary", "hilary", false}, {"abc", "abcd", false}, {"olsen", "olson", true}, {"jon", "john", false},
	} {
		if got := variantWords(c.a, c.b); got != c.want {
			t.Errorf("variantWords(%q, %q) = %v, want %v", c.a, c.b, got, c.want)
		}
	}
}
