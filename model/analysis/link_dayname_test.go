package analysis

import (
	"slices"
	"testing"
)

// TestNoNameEndsWithADay: a day the tagger ran into a person's name ("will
// meet Jose Miguel Varga Monday") is no part of it.
func TestNoNameEndsWithADay(t *testing.T) {
	p := "Ilse Marr will meet Foreign Minister Jose Miguel Varga Monday for talks on issues up for debate."
	if got, want := linkedPeople(p), []string{"Ilse Marr", "Jose Miguel Varga"}; !slices.Equal(got, want) {
		t.Errorf("%q: people %q, want %q", p, got, want)
	}
}
