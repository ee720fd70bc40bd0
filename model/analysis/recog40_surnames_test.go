package analysis

import (
	"testing"

	"github.com/byline-reader/byline/model"
)

// The first of two surnames, written alone, is the person of the full
// name that ends in the two; a group of words the recogniser took for a
// person ("S. African Afrikaners") lends no surname.
func TestFirstOfTwoSurnamesJoinsTheFullName(t *testing.T) {
	cases := []struct {
		para, person string
		mentions     int
	}{
		{`Ana Lucía Restrepo Gaitán, a former security secretary, promised more police. “Extortion is a tax,” Restrepo said.`, "Ana Lucía Restrepo Gaitán", 2},
		{`Juan Esteban Henao Mejía, a bus driver, said the gangs came on Fridays. Henao said he paid every week.`, "Juan Esteban Henao Mejía", 2},
	}
	for _, c := range cases {
		a := article(c.para)
		Analyze(a)
		if got := mentionCount(a, c.person, model.Person); got != c.mentions {
			t.Errorf("%q: person %q has %d mentions, want %d (%v)", c.para, c.person, got, c.mentions, a.Entities)
		}
	}
}

// The initial of a given name and a surname, as a scorers' line writes a
// player, is the one person whose given name opens with the letter.
func TestInitialOfGivenNameJoinsThePerson(t *testing.T) {
	paras := []string{"Replacement prop Viliami Tapueluelu barged over in the 66th minute, and his older brother Sione Tapueluelu scored four minutes later.",
		"Scorers: Tonga 31 (V Tapueluelu, S Tapueluelu tries) Fiji 24 (J Waqa try)."}
	a := article(paras...)
	Analyze(a)
	for _, p := range []string{"Viliami Tapueluelu", "Sione Tapueluelu"} {
		if got := mentionCount(a, p, model.Person); got != 2 {
			t.Errorf("%q: person %q has %d mentions, want 2 (%v)", paras, p, got, a.Entities)
		}
	}
}
