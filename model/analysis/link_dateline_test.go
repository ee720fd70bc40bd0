package analysis

import (
	"testing"

	"github.com/byline-reader/byline/model"
)

// TestDatelinePlace: the capitals that open a story before a dash are one
// place, and the same name elsewhere is that place; a person of one word
// keeps his type, and capitals with no dash after them name no place.
func TestDatelinePlace(t *testing.T) {
	cases := []struct {
		paras  []string
		places []string
		not    []string // no entity of any type, or no place
	}{
		{[]string{"ADDIS ABABA — The city's light rail will add a third line by 2028, officials said.",
			"Commuters in Addis Ababa said the trains were always full."}, []string{"ADDIS ABABA"}, []string{"Addis Ababa"}},
		{[]string{"KUALA LANGAT: About 300 flood victims received food aid on Sunday."}, []string{"KUALA LANGAT"}, []string{"KUALA"}},
		{[]string{"SAN ISIDRO, Sorsogon — Families here are still waiting for relief goods."}, []string{"SAN ISIDRO"}, nil},
		{[]string{"TAMBORA, Miss. — The judge blocked the law. Tambora said he would appeal."}, []string{"TAMBORA"}, nil},
	}
	for _, c := range cases {
		a := analyse(c.paras...)
		got := map[string]model.EntityType{}
		for _, e := range a.Entities {
			got[e.Name] = e.Type
		}
		for _, p := range c.places {
			if got[p] != model.Place {
				t.Errorf("%q: %q is %v, want a place; got %v", c.paras[0], p, got[p], got)
			}
		}
		if c.paras[0][:7] == "TAMBORA" && got["Tambora"] != model.Person {
			t.Errorf("Tambora is %v, want a person still", got["Tambora"])
		}
		for _, n := range c.not {
			if _, ok := got[n]; ok {
				t.Errorf("%q: unexpected entity %q; got %v", c.paras[0], n, got)
			}
		}
	}
}
