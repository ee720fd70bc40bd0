package analysis

import (
	"slices"
	"testing"
)

// TestTaggedLowerEnds: a lower-case word the tagger runs a name on into
// ("McTavish scored twice on") or opens one with ("to trump Trump") is no
// part of it, and cut before the recogniser's own rules read the name, so
// that a given name before a surname the tagger split off takes it in.
func TestTaggedLowerEnds(t *testing.T) {
	cases := []struct {
		paras []string
		want  []string // people listed
	}{
		{[]string{"The striker Owen McTavish scored twice on Sunday."}, []string{"Owen McTavish"}},
		{[]string{"Senator Ada Trump spoke first.", `"He wants to trump Trump on trade," her aide said.`}, []string{"Ada Trump"}},
		// a particle opening a surname stays: "de Vries"
		{[]string{"The report by Anika de Vries was published."}, []string{"Anika de Vries"}},
	}
	for _, c := range cases {
		got := peopleOf(article(c.paras...))
		if !slices.Equal(got, c.want) {
			t.Errorf("%q: people %q, want %q", c.paras, got, c.want)
		}
	}
}
