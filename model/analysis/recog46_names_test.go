package analysis

import (
	"testing"

	"github.com/byline-reader/byline/model"
)

// TestParticleJoinsName: a given name the tagger did not know, ended
// before a lower-case particle, and the name begun at the particle are one
// person.
func TestParticleJoinsName(t *testing.T) {
	cases := []struct{ para, person string }{
		{`“This is the largest allocation we have made,” Khalfan bin Saeed al-Maawali, the undersecretary for energy, said in Muscat.`, "Khalfan bin Saeed al-Maawali"},
		{`“We will not sell the port,” Thuwaini bin Hilal al-Busaidi, the minister, told reporters in Sohar.`, "Thuwaini bin Hilal al-Busaidi"},
	}
	for _, c := range cases {
		a := article(c.para)
		Analyze(a)
		if got := mentionCount(a, c.person, model.Person); got != 1 {
			t.Errorf("%q: person %q has %d mentions, want 1 (%v)", c.para, c.person, got, a.Entities)
		}
	}
}
