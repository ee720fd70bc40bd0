package analysis

import (
	"testing"

	"github.com/byline-reader/byline/model"
)

// TestParticleGivenNameOverPlace: a hyphenated given name before "van" or
// "von" and a surname the tagger typed a place is one person; a place's
// name with a Romance particle is left a place.
func TestParticleGivenNameOverPlace(t *testing.T) {
	cases := []struct{ para, person string }{
		{`Pieter-Jan van der Heijden, the company’s chief executive, said the site had been studied for two years.`, "Pieter-Jan van der Heijden"},
	}
	for _, c := range cases {
		a := article(c.para)
		Analyze(a)
		if got := mentionCount(a, c.person, model.Person); got != 1 {
			t.Errorf("%q: person %q has %d mentions, want 1 (%v)", c.para, c.person, got, a.Entities)
		}
	}
	// the tagger's mentions given by hand: "Paz" a place after "Theatro da"
	a := article(`The prize was handed out in the Theatro da Paz on Saturday.`)
	tz := Default().prepare(a)
	k := 0
	for k < len(tz.toks) && tz.toks[k].text != "Paz" {
		k++
	}
	raw := particleGivenNames(tz, []rawMention{{ts: k, te: k + 1, typ: model.Place}})
	if raw[0].ts != k || raw[0].typ != model.Place {
		t.Errorf("a place's name taken for a person's: %q", tz.toks[raw[0].ts].text)
	}
}
