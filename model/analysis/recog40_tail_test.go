package analysis

import (
	"testing"

	"github.com/byline-reader/byline/model"
)

// A surname that opens with a particle in lower case, written alone, is
// the person of the one full name that ends in it; a given name the
// tagger did not know, before the particles, is the person's.
func TestParticleSurnameAloneJoinsTheFullName(t *testing.T) {
	cases := []struct {
		para, person string
	}{
		{`Jorge de la Vega, a Chilean engineer, said the plans were sound. "The drawings were right," de la Vega said.`, "Jorge de la Vega"},
		{`Marites dela Rosa, 41, a vendor in the port, said the water rose fast. "We ran to the church," dela Rosa said.`, "Marites dela Rosa"},
	}
	for _, c := range cases {
		a := article(c.para)
		Analyze(a)
		if got := mentionCount(a, c.person, model.Person); got != 2 {
			t.Errorf("%q: person %q has %d mentions, want 2 (%v)", c.para, c.person, got, a.Entities)
		}
	}
}
