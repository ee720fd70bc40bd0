package analysis

import "testing"

// TestGlossedTerm: a short word quoted and explained by a gloss right
// after it is a term, no one's words (coref45_term.go).
func TestGlossedTerm(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"a term with its gloss", []string{
			"Extortion has spread through the markets of Dunmore.",
			"Luz Reyes, 52, who sells arepas near the station, said she paid a weekly “vacuna” — literally “vaccine,” a slang term for extortion payments — to a local gang.",
		}, "vacuna", ""},
	})
}

// TestGlossedTermSpeech: words called out before a gloss, or set off after
// a verb, stay speech.
func TestGlossedTermSpeech(t *testing.T) {
	for _, c := range []struct {
		para string
		want bool
	}{
		{"She paid a weekly “vacuna” — literally “vaccine” — to a gang.", true},
		{"His friends jeered “Do svidaniya!” – Russian for “goodbye.”", false},
		{"He shouted, “basta” – Italian for “enough” – at the crowd.", false},
	} {
		a := article("Markets were quiet.", c.para)
		at := newAttributor(a, Default().prepare(a))
		if got := at.glossedTerm(0); got != c.want {
			t.Errorf("%q: glossed term %v, want %v", c.para, got, c.want)
		}
	}
}
