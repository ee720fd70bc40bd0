package analysis

import (
	"testing"

	"github.com/byline-reader/byline/model"
)

// recog46Bodies checks that each paragraph lists the body by its whole
// name, and none by a piece of it.
func recog46Bodies(t *testing.T, cases []struct{ para, body, piece string }) {
	t.Helper()
	for _, c := range cases {
		a := article(c.para)
		Analyze(a)
		if mentionCount(a, c.body, model.Organization) < 1 {
			t.Errorf("%q: no body %q (%v)", c.para, c.body, a.Entities)
		}
		for _, e := range a.Entities {
			if e.Name == c.piece {
				t.Errorf("%q: piece %q listed (%v)", c.para, c.piece, a.Entities)
			}
		}
	}
}

// TestBodyOfFieldsHeads: more heads of a body's name, "for" as "of", and
// "of" after the fields once more.
func TestBodyOfFieldsHeads(t *testing.T) {
	recog46Bodies(t, []struct{ para, body, piece string }{
		{`The Korean Confederation of Trade Unions said it would strike on Friday.`, "Korean Confederation of Trade Unions", "Korean Confederation"},
		{`The Citizens’ Observatory for Public Spending, a watchdog, said the verdict was overdue.`, "Citizens' Observatory for Public Spending", "Public Spending"},
		{`Researchers at the Vell Institute for Coastal Studies said the water had risen.`, "Vell Institute for Coastal Studies", "Coastal Studies"},
		{`The Federal Office for the Protection of Workers said it had no record of the ship.`, "Federal Office for the Protection of Workers", "Federal Office for the Protection"},
	})
}
