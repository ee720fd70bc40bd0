package analysis

import (
	"strings"
	"testing"
)

// TestCreditLabelAtStartFirstBytes holds creditLabelAtStart, which asks
// the first two bytes of a label before the labels, to the walk over the
// labels it had alone, for lines with every label, lines a byte or two
// away from one, and lines of no label.
func TestCreditLabelAtStartFirstBytes(t *testing.T) {
	old := func(t string) (int, int, bool) {
		label := ""
		for _, l := range [...]string{"Photo", "Photograph", "Picture", "Image", "Credit", "PHOTO", "PICTURE"} {
			if strings.HasPrefix(t, l) {
				label = l
				break
			}
		}
		if label == "" {
			return 0, 0, false
		}
		rest := strings.TrimLeft(t[len(label):], " ")
		if !strings.HasPrefix(rest, "|") && !strings.HasPrefix(rest, ":") {
			return 0, 0, false
		}
		from := len(t) - len(rest) + 1
		for _, mark := range [...]string{" | ", " — ", " – "} {
			at := strings.Index(t[from:], mark)
			if at < 0 {
				continue
			}
			name := strings.TrimSpace(t[from : from+at])
			if n := len(strings.Fields(name)); n == 0 || n > 5 || strings.ContainsAny(name, ".,;") {
				return 0, 0, false
			}
			return 0, from + at, true
		}
		return 0, 0, false
	}
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
		s2, e2, ok2 := old(line)
		if s1 != s2 || e1 != e2 || ok1 != ok2 {
			t.Errorf("creditLabelAtStart(%q) = %d, %d, %v, want %d, %d, %v", line, s1, e1, ok1, s2, e2, ok2)
		}
	}
}
