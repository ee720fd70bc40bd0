package analysis

import "testing"

// TestCreditLabelAtStartFirstBytes holds creditLabelAtStart, which asks
// the first two bytes of a label before the labels, to the walk over the
// labels alone (creditLabelSpan), for lines with every label, lines a byte or two
// away from one, and lines of no label.
func TestCreditLabelAtStartFirstBytes(t *testing.T) {
	var lines []string
	for _, l := range []string{"Photo", "Photograph", "Picture", "Image", "Credit", "PHOTO", "PICTURE", "Pho", "Imag", "Cred", "photo", "Photos",
		"PHOTOGRAPH", "Pictures", "Images", "Credits", "", "P", "Ph", "Im", "Cr", "In", "Cl", "Pr"} {
		for _, tail := range []string{"", " | Ana Ruiz | The minister speaks", ": Ana Ruiz — The minister speaks", "|Ana Ruiz – x",
			": A. Ruiz | x", " | Ana Ruiz", "Ana Ruiz | x", ":  | x"} {
			lines = append(lines, l+tail)
		}
	}
	lines = append(lines, "The minister said on Monday.", "Critics said | x", "In Photo | Ana | x", "Ímage | x | y")
	for _, line := range lines {
		s1, e1, ok1 := creditLabelAtStart(line)
		s2, e2, ok2 := creditLabelSpan(line)
		if s1 != s2 || e1 != e2 || ok1 != ok2 {
			t.Errorf("creditLabelAtStart(%q) = %d, %d, %v, want %d, %d, %v", line, s1, e1, ok1, s2, e2, ok2)
		}
	}
}
