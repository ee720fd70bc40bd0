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

// TestOwnedRelationalNoun: a name set off by commas after "his" or "her"
// and a noun of a relation is a person's; after "its" it is left as typed.
func TestOwnedRelationalNoun(t *testing.T) {
	cases := []struct {
		para, name string
		typ        model.EntityType
	}{
		{"His Belgian partner, Wouter De Smet, head of the marine division, said construction could begin.", "Wouter De Smet", model.Person},
		{"Her long-time partner, Anouk De Wilde, said the shop would stay open.", "Anouk De Wilde", model.Person},
		{"Its Belgian partner, Vell Offshore Group, said construction could begin.", "Vell Offshore Group", model.Organization},
	}
	for _, c := range cases {
		a := article(c.para)
		Analyze(a)
		if mentionCount(a, c.name, c.typ) != 1 {
			t.Errorf("%q: no %v %q (%v)", c.para, c.typ, c.name, a.Entities)
		}
	}
}
