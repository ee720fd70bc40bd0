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

// TestTaggedLowerInside: a word in lower case inside what the tagger made
// one name, a verb most often, ends that name and may open another ("the
// Senate offers Okafor", "Scholars forbade Veldorians"); small words of
// names ("of", "and") and particles ("van der") stay inside.
func TestTaggedLowerInside(t *testing.T) {
	cases := []struct {
		text string
		want []string // the names listed, in order
		not  string   // a name that must not be listed
	}{
		{"His job in the Senate offers Okafor a platform to speak.", []string{"Senate", "Okafor"}, "Senate offers Okafor"},
		{"The Association of Vell Scholars forbade Veldorians from voting.", []string{"Association of Vell Scholars", "Veldorians"},
			"Association of Vell Scholars forbade Veldorians"},
	}
	for _, c := range cases {
		a := article(c.text)
		Analyze(a)
		var got []string
		for _, e := range a.Entities {
			got = append(got, e.Name)
		}
		if !slices.Equal(got, c.want) || slices.Contains(got, c.not) {
			t.Errorf("%q: names %q, want %q", c.text, got, c.want)
		}
	}
}
