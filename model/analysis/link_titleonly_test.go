package analysis

import (
	"slices"
	"testing"
)

// TestTitleOnlyIsNoPerson: an office's title the tagger cut from the name
// after it ("Chief Financial Officer, Ana Ruiz") names no one.
func TestTitleOnlyIsNoPerson(t *testing.T) {
	cases := []struct {
		text   string
		people []string
	}{
		{"The firm's Chief Financial Officer, Ilse Marrow, said costs had risen.", []string{"Ilse Marrow"}},
		{"The board's Executive Director said costs had risen, and Ilse Marrow agreed.", []string{"Ilse Marrow"}},
		{"Tomas Brandt, the Deputy Minister, said costs had risen.", []string{"Tomas Brandt"}},
	}
	for _, c := range cases {
		if got := linkedPeople(c.text); !slices.Equal(got, c.people) {
			t.Errorf("%q: people %q, want %q", c.text, got, c.people)
		}
	}
}
