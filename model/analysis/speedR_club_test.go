package analysis

import "testing"

// TestIsClubLetters holds isClubLetters to the map it replaces.
func TestIsClubLetters(t *testing.T) {
	words := []string{"", "F", "FC.", "fc", "Fc", "SC", "SC.", "AFC.", "F.C..", "A.F.C", "BKK", "CFK", "FCC", "Arsenal",
		"A.F.C.A", "S", "FK.", "Dreams", ".", "C", "CF"}
	for w := range clubLetters {
		words = append(words, w, w+".", w+"x", "x"+w, w[:len(w)-1])
	}
	for _, w := range words {
		if got, want := isClubLetters(w), clubLetters[w]; got != want {
			t.Errorf("isClubLetters(%q) = %v, want %v", w, got, want)
		}
	}
}
