package analysis

import (
	"strings"
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

// TestTailOfFullName: the last words of one longer full name, written
// alone, are that person: a double surname, a particle surname the tagger
// cut at the particle.
func TestTailOfFullName(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"double surname", []string{
			"Julio César Benítez Aranda, 58, who ran the city for two terms, was sentenced to eight years in prison.",
			"Benítez Aranda, who denies wrongdoing, spoke to reporters as he left. “I built something people use every day,” he said.",
			"His son, Marcos Benítez Ortiz, a lawyer, said the family would appeal.",
		}, "every day", "Julio César Benítez Aranda"},
		{"double surname as subject", []string{
			"The defence lawyer, Hugo Andrés Ramírez Salcedo, said his client would appeal.",
			"“The evidence was planted,” Ramírez Salcedo said.",
		}, "planted", "Hugo Andrés Ramírez Salcedo"},
		{"particle surname", []string{
			"“The Long River”, directed by Maria Helena dos Santos Ferreira, took the award for best feature.",
			"“I made this film for the river people,” dos Santos Ferreira said as she accepted the prize.",
		}, "river people", "Maria Helena dos Santos Ferreira"},
		{"double surname typed a body", []string{
			"Patricio Andrés Muñoz Sepúlveda, president of the mine's largest union, said the company had offered too little.",
			"“We will not accept a bonus smaller than last year's,” Muñoz Sepúlveda said.",
		}, "bonus", "Patricio Andrés Muñoz Sepúlveda"},
		{"a full name of its own", []string{
			"Vermonter Ann Holt spoke first.",
			"“We need the bridge,” Ann Holt said.",
		}, "bridge", "Ann Holt"},
	})
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

// TestTailOfFullNameFather: the last two words of a full name of three
// are left alone, since in an Ethiopian or Eritrean name they are the
// father's full name; of a full name of four they are the person's two
// surnames. The mentions are built by hand, the tail typed a body, so
// that no other pass joins it first.
func TestTailOfFullNameFather(t *testing.T) {
	cases := []struct {
		text, full, tail string
		joined           bool
	}{
		{"The novelist Meskerem Tadesse Alemu won the prize. Tadesse Alemu read every draft.", "Meskerem Tadesse Alemu", "Tadesse Alemu", false},
		{"The mayor Julio César Benítez Aranda was sentenced. Benítez Aranda will appeal.", "Julio César Benítez Aranda", "Benítez Aranda", true},
	}
	for _, c := range cases {
		a := article(c.text)
		p := Default()
		tz := p.prepare(a)
		at := func(name string, from int) int {
			w := strings.Fields(name)[0]
			for k := from; k < len(tz.toks); k++ {
				if tz.toks[k].text == w {
					return k
				}
			}
			t.Fatalf("%q not in %q", w, c.text)
			return -1
		}
		f := at(c.full, 0)
		s := at(c.tail, f+len(strings.Fields(c.full)))
		raw := []rawMention{{ts: f, te: f + len(strings.Fields(c.full)), typ: model.Person}, {ts: s, te: s + 2, typ: model.Organization}}
		got := map[string]model.EntityType{}
		for _, e := range linkWith(a, tz, raw, linkPasses) {
			got[e.Name] = e.Type
		}
		if _, apart := got[c.tail]; apart == c.joined {
			t.Errorf("%q: %q apart %v, want joined %v (%v)", c.text, c.tail, apart, c.joined, got)
		}
	}
}
