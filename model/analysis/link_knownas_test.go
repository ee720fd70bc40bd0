package analysis

import (
	"slices"
	"testing"
)

// TestKnownAs: a nickname given right after a person's name is that
// person, wherever the article writes it; a name after "known as" that
// follows no person stays its own.
func TestKnownAs(t *testing.T) {
	cases := []struct {
		text   string
		people []string
	}{
		{`The striker Tomas Brandt, known as "The Hammer", scored twice. The Hammer said the team was ready.`, []string{"Tomas Brandt"}},
		{`Midfielder Pavel Okonjo, nicknamed "Tebza", scored late. Tebza said the pitch was heavy.`, []string{"Pavel Okonjo"}},
		{`Ilse Marrow, better known as Nana, runs the ferry. Nana has run it for years.`, []string{"Ilse Marrow"}},
		// no person before the cue
		{`The harbour, known as Kessary Quay, was full. Ilse Marrow said so.`, []string{"Ilse Marrow"}},
		{`Tomas Brandt met the man known as Pavel Okonjo in Dunmore.`, []string{"Tomas Brandt", "Pavel Okonjo"}},
	}
	for _, c := range cases {
		if got := linkedPeople(c.text); !slices.Equal(got, c.people) {
			t.Errorf("%q: people %q, want %q", c.text, got, c.people)
		}
	}
}
