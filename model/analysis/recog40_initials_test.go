package analysis

import "testing"

// Initials run together before a surname open a person's name; a store
// the tagger read whole, with no person's words after it, stays a body.
func TestInitialsRunTogether(t *testing.T) {
	runPeopleCases(t, []peopleCase{
		{paras: []string{`A.R. Selvakumar, who owns a pump shop, said sales had tripled. "Everyone wants to dig deeper," Selvakumar said.`},
			people: []string{"A.R. Selvakumar"}},
		{paras: []string{"Residents welcomed the plan. T.S. Venkatesan, president of the residents' association, said 300 families had left."},
			people: []string{"T.S. Venkatesan"}},
		{paras: []string{"Shoppers crowded into J.C. Penney on Friday morning."}, people: nil},
	})
}

// An initial and a surname after a title or a role written with a capital
// are a person's name, though the tagger found none there.
func TestInitialAfterATitle(t *testing.T) {
	runPeopleCases(t, []peopleCase{
		{paras: []string{"Corporation Commissioner R. Sundaram told the council that engineers would review the drains."},
			people: []string{"R. Sundaram"}},
	})
}
