package analysis

import (
	"strings"
	"testing"
)

// TestCrossGenderNames: "Andrea", "Jean" and "Jan" are men's names in
// much of Europe; the pronouns the text ties to the person decide, the
// lists' reading as a woman's counting only where the text tells nothing
// (crossGenderNames, coref46_given.go).
func TestCrossGenderNames(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"an Italian forward and his father", []string{
			"CAGLIARI - Coach Giulia Serra has kept her team unbeaten since March, and her assistant, Marco Fadda, has run its training for 20 years.",
			"Andrea Fadda, 19, scored his first goal for the club on Sunday, and his mother was in the stands.",
			"“I dedicate it to my mother,” he said.",
		}, "dedicate it", "Andrea Fadda"},
		{"a French winegrower and his wife", []string{
			"BORDEAUX - Hail flattened vines across the Entre-Deux-Mers on Saturday, and Claire Moreau says the family estate lost its whole crop.",
			"Jean Moreau, who has made wine there for 30 years, said his cellar would stay empty this autumn.",
			"“I have never seen stones that big,” he said.",
		}, "stones that big", "Jean Moreau"},
	})
}

// TestCrossGenderNameLowering holds crossGenderName to the look-up of
// strings.ToLower it replaces, over the list's names as written and a
// few words beyond ASCII and the length bounds.
func TestCrossGenderNameLowering(t *testing.T) {
	words := []string{"", "Al", "ANDREA", "andrea", "Andréa", "\u212aim", "Kim", "KIM", "Jean-Paul", "Alexandria", "Ñoño", "Sasha", "SaShA"}
	for w := range crossGenderNames {
		words = append(words, w, strings.ToUpper(w), strings.ToUpper(w[:1])+w[1:])
	}
	for _, w := range words {
		want := len(w) >= 3 && len(w) <= 9 && crossGenderNames[strings.ToLower(w)]
		if got := crossGenderName(w); got != want {
			t.Errorf("crossGenderName(%q) = %v, want %v", w, got, want)
		}
	}
}
