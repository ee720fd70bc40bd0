package analysis

import (
	"strings"
	"testing"

	"github.com/byline-reader/byline/model"
)

// TestBodyOfFields: a body's name of a head noun, "of" and the fields it
// covers is one body, whatever pieces the tagger made of it; a person
// after "and" or a comma stays apart.
func TestBodyOfFields(t *testing.T) {
	cases := []struct {
		text  string
		body  string   // the body named whole
		apart []string // entities besides it
	}{
		{"The Ministry of Mines, Energy and Water said on Monday that the licences were valid.",
			"Ministry of Mines, Energy and Water", nil},
		{"“The drought is the worst in memory,” the Kessa Department of Fisheries and Coastal Affairs said in a statement.",
			"Kessa Department of Fisheries and Coastal Affairs", nil},
		{"The Council of the Andean Community said ministers had met in Lima.",
			"Council of the Andean Community", []string{"Lima"}},
		{"The plan was backed by the Department of Justice, Maria Lopez said.",
			"Department of Justice", []string{"Maria Lopez"}},
	}
	for _, c := range cases {
		a := analyse(c.text)
		got := map[string]model.EntityType{}
		for _, e := range a.Entities {
			got[e.Name] = e.Type
		}
		if got[c.body] != model.Organization {
			t.Errorf("%q: no body %q; got %v", c.text, c.body, got)
		}
		for _, n := range c.apart {
			if _, ok := got[n]; !ok {
				t.Errorf("%q: no %q; got %v", c.text, n, got)
			}
		}
		for n := range got {
			if n != c.body && strings.Contains(c.body, n) {
				t.Errorf("%q: a piece %q of %q; got %v", c.text, n, c.body, got)
			}
		}
	}
}
