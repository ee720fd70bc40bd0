package analysis

import (
	"testing"

	"github.com/byline-reader/byline/model"
)

// TestPlacesBeforeOffices: the name the tagger typed a body right before
// an office a state or a town elects, or before its voters or its
// primary, is the place; a party, a faith, a body's word or an acronym
// before the office keeps the tagger's type.
func TestPlacesBeforeOffices(t *testing.T) {
	toks := func(a *model.Article, tz *tokenized, w string) (int, int) {
		for k := range tz.toks {
			if a.Text[tz.toks[k].Start:min(len(a.Text), tz.toks[k].Start+len(w))] == w {
				e := k
				for e < len(tz.toks) && tz.toks[e].End <= tz.toks[k].Start+len(w) {
					e++
				}
				return k, e
			}
		}
		return -1, -1
	}
	cases := []struct {
		text, name string
		want       model.EntityType
	}{
		{"Vermont Sen. Ada Holm spoke on Monday.", "Vermont", model.Place},
		{"He met Marrowshire Governor Ivo Reed there.", "Marrowshire", model.Place},
		{"It came before the New Kessary primary on Tuesday.", "New Kessary", model.Place},
		{"The Vermont senator declined to comment.", "Vermont", model.Place},
		{"Dunmore voters went to the polls.", "Dunmore", model.Place},
		// kept
		{"Democratic Sen. Ada Holm spoke on Monday.", "Democratic", model.Organization},
		{"The Iowa Republican caucuses began.", "Iowa Republican", model.Organization},
		{"Federal Reserve Governor Ivo Reed spoke.", "Federal Reserve", model.Organization},
		{"The GOP Gov. Ivo Reed spoke.", "GOP", model.Organization},
		{"Halvard Council Mayor Ivo Reed spoke.", "Halvard Council", model.Organization},
		{"Marrow Foods CEO Ivo Reed spoke.", "Marrow Foods", model.Organization},
	}
	for _, c := range cases {
		a := article(c.text)
		tz := Default().prepare(a)
		s, e := toks(a, tz, c.name)
		got := placesBeforeOffices(tz, []rawMention{{ts: s, te: e, typ: model.Organization}})
		if got[0].typ != c.want {
			t.Errorf("%q: %q typed %v, want %v", c.text, c.name, got[0].typ, c.want)
		}
	}
}

// TestPlaceBeforeOfficeListed: the same through the whole analysis.
func TestPlaceBeforeOfficeListed(t *testing.T) {
	a := article("Vermont Sen. Ada Holm also sent a letter to the board.")
	Analyze(a)
	for _, e := range a.Entities {
		if e.Name == "Vermont" && e.Type != model.Place {
			t.Errorf("Vermont is %v, want a place (%v)", e.Type, a.Entities)
		}
	}
}
