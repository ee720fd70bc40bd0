package analysis

import (
	"testing"

	"github.com/byline-reader/byline/model"
)

// TestPersonContext: a name the recogniser typed a body or a place is a
// person's where a mention stands where only a person does; where a mention
// stands where a body does, or the name holds a common word, it is left
// alone. Each person case is typed otherwise without the pass, so the case
// tests it.
func TestPersonContext(t *testing.T) {
	without := passesWithout("person-context")
	cases := []struct {
		text, name string
		person     bool
	}{
		{"Ward councillor Oratile Sekgala said the municipality had failed them.", "Oratile Sekgala", true},
		{"The budget was read by Tumelo Ramaphiri, who chairs the committee.", "Tumelo Ramaphiri", true},
		{"The money went to Karabo Tshabalala, who runs the clinic.", "Karabo Tshabalala", true},
		{"\"It is a disaster,\" according to Dineo Mahlangu of the farmers' union.", "Dineo Mahlangu", true},
		// in a list with people
		{"\"The plan is flawed,\" wrote Jason Marrow, Robyn Tallis and Nathanial Brevik.", "Nathanial Brevik", true},
		{"The plan is flawed, Ezekiel-Isaac Varnholt and Gabriel Tallis wrote.", "Ezekiel-Isaac Varnholt", true},
		{"Later he dismissed Afsar Uddin and captain Tamim Hasan with successive balls.", "Afsar Uddin", true},
		{"Voters in Iowa and New Hampshire backed Tobias Wendt and Ilse Marr.", "New Hampshire", false},
		// a body's place, after a determiner or "for", and a common word
		{"The money went to the Halvard Lines, who pay well.", "Halvard Lines", false},
		{"She spoke for Tumelo Ramaphiri, who chairs the committee.", "Tumelo Ramaphiri", false},
		{"Ward councillor Kessary News said the municipality had failed them, as the news showed.", "Kessary News", false},
		{"\"It is a disaster,\" according to Vell Harbour Trust of the farmers' union.", "Vell Harbour Trust", false},
	}
	for _, c := range cases {
		got := linkedTypes(linkPasses, c.text, nil)
		if (got[c.name] == model.Person) != c.person {
			t.Errorf("%q: %q typed %v; want person %v", c.text, c.name, got[c.name], c.person)
		}
		if c.person {
			if typ, ok := linkedTypes(without, c.text, nil)[c.name]; !ok || typ == model.Person {
				t.Errorf("%q: %q is %v without the pass too: the case tests nothing", c.text, c.name, typ)
			}
		}
	}
}
