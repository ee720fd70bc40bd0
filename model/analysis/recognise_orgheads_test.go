package analysis

import (
	"testing"

	"github.com/byline-reader/byline/model"
)

// TestMoreOrgHeads: names ending in a word for a body, a force, a market
// or a station ("Organisation", "Services", "Exchange", "Army", "Corps",
// "Fund", "Radio", "Research"), and one of a given name and a head that
// ends no person's name ("College", "Foundation"), are organisations, not
// people, and a demonym just before one opens its name; a person's name
// the recogniser runs on into a body's head word is the body's rather
// than a person's.
func TestMoreOrgHeads(t *testing.T) {
	cases := []struct {
		text string
		org  string // an organisation the article lists
	}{
		{"A spokesman for the Veldorian Liberation Organisation denied the report.", "Veldorian Liberation Organisation"},
		{"Shares in Marrow Equity Services fell sharply on Tuesday.", "Marrow Equity Services"},
		{"Trading on the Kessary Stock Exchange was halted at noon.", "Kessary Stock Exchange"},
		{"The Halvardian Republican Army said it would disarm.", "Halvardian Republican Army"},
		{"Fans of Dunmore Herald Radio called in all morning.", "Dunmore Herald Radio"},
		{"The poll by Marrow Vell Research found a tie.", "Marrow Vell Research"},
		// a head no person's name ends with, after a given name
		{"She studied at Sarah Holmwood College in the 1990s.", "Sarah Holmwood College"},
		// a signature: the sender's name runs on into the firm's
		{"Ines Marlow Kessary Freight Services 12 Dock Street , Leeds", "Ines Marlow Kessary Freight Services"},
	}
	for _, c := range cases {
		a := article(c.text)
		Analyze(a)
		found := false
		var people []string
		for _, e := range a.Entities {
			found = found || e.Type == model.Organization && e.Name == c.org
			if e.Type == model.Person {
				people = append(people, e.Name)
			}
		}
		if !found || len(people) > 0 {
			t.Errorf("%q: want organisation %q and no person; got %v", c.text, c.org, a.Entities)
		}
	}
}
