package analysis

import "testing"

// TestWorkApposedNames: a name in apposition to a noun of a work is the
// work's, and no he or she goes back to it; the one whom a phrase of the
// work speaks of is a person (coref36_title.go).
func TestWorkApposedNames(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"an album named in apposition", []string{
			"Ola Brandt orders a coffee and sits by the window. “I have been up since four,” the singer says.",
			"It has been two years since her first album, Julia Marrow, sold a million copies and made the songwriter a star.",
			"“I wrote thirty songs and kept three,” she says.",
		}, "thirty songs", "Ola Brandt"},
		{"the author of a book", []string{
			"The book blames the harbour master for the delay.",
			"The author of the book, Julia Marrow, stands by every page.",
			"“I spoke to everyone who was there,” she said.",
		}, "spoke to everyone", "Julia Marrow"},
	})
}
