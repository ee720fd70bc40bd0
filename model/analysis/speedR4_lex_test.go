package analysis

import "testing"

// TestGenderedAgrees holds the set behind lxGendered to givenNameGender,
// and isGivenMonth to givenMonths.
func TestGenderedAgrees(t *testing.T) {
	for w, g := range givenNameGenders {
		if gendered[w] != (g != "") {
			t.Errorf("%q: gendered %v, givenNameGender %q", w, gendered[w], g)
		}
	}
	for w := range gendered {
		if givenNameGender(w) == "" {
			t.Errorf("%q: gendered, but givenNameGender says none", w)
		}
	}
	if len(gendered) == 0 {
		t.Fatal("no gendered names")
	}
	words := []string{"may", "april", "june", "august", "july", "mayor", "", "April", "maya"}
	for w := range givenMonths {
		words = append(words, w)
	}
	for _, w := range words {
		if isGivenMonth(w) != givenMonths[w] {
			t.Errorf("%q: isGivenMonth %v, givenMonths %v", w, isGivenMonth(w), givenMonths[w])
		}
	}
}
