package analysis

import (
	"testing"

	"github.com/byline-reader/byline/model"
)

// TestTradesAndForeignBodies: a firm named by a surname-like word and its
// trade ("Homes", "Electricity", "Connect"), and a body named in Irish or
// in an Indian language ("Bord …", "… Morcha"), is an organisation and no
// person.
func TestTradesAndForeignBodies(t *testing.T) {
	cases := []struct {
		text string
		org  string
	}{
		{"Tomas Brandt said Brekkan Homes had offered to rebuild the quay.", "Brekkan Homes"},
		{"Tomas Brandt said Vellmouth Electricity would restore power by Friday.", "Vellmouth Electricity"},
		{"Tomas Brandt said Lumara Connect would lay the cable.", "Lumara Connect"},
		{"Tomas Brandt said Bord Callan would pay for the new pier.", "Bord Callan"},
		{"Tomas Brandt of the Lok Janshakti Morcha spoke first.", "Lok Janshakti Morcha"},
		{"Ilse Marr told Harlan News she would run.", "Harlan News"},
		{"In an interview with Marrow News, Brandt said he would run.", "Marrow News"},
	}
	for _, c := range cases {
		a := article(c.text)
		Analyze(a)
		found := false
		for _, e := range a.Entities {
			found = found || e.Type == model.Organization && e.Name == c.org
			if e.Name == c.org && e.Type == model.Person {
				t.Errorf("%q: %q is a person", c.text, c.org)
			}
		}
		if !found {
			t.Errorf("%q: want organisation %q; got %v", c.text, c.org, a.Entities)
		}
	}
}
