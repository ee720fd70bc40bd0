package analysis

import (
	"testing"

	"github.com/byline-reader/byline/model"
)

// TestDescriptorsBeforeNames: a party's, faith's or country's word, an
// abbreviated title or a role written with a capital, right before a person's name is no part of the name
// and no reason to make the person a body, and the speaker phrase looks
// past it to the person; a body whose name opens with such a word stays
// a body.
func TestDescriptorsBeforeNames(t *testing.T) {
	cases := []struct {
		name    string
		paras   []string
		speaker string   // the first quotation's speaker, when set
		people  []string // person entities there must be
		not     []string // names that must be no entity at all
	}{
		{"a party word the tagger ran into the name", []string{"Lawmakers argued about the budget.", "“We are tired of this,” said Oversight ranking Democrat Elias Cumberland (D-Md.)."},
			"Elias Cumberland", []string{"Elias Cumberland"}, []string{"Democrat Elias Cumberland", "Oversight"}},
		{"a party word before the subject", []string{"Lawmakers argued about the budget.", "House Republican Thomas Messer used to back the plan, but now said Tramp had “the chance to bring us together.”"},
			"Thomas Messer", []string{"Thomas Messer"}, []string{"House Republican Thomas Messer"}},
		{"an abbreviated title opens no body's name", []string{"Lawmakers argued about the budget.", "Former Arkansas Gov. Mark Hollis rounded out the list, citing “Big Love” as his guilty pleasure."},
			"", []string{"Mark Hollis"}, []string{"Gov. Mark Hollis"}},
		{"a role written with a capital", []string{"Senator Ana Ruiz spoke to reporters on Tuesday.", "The senator disagreed.", "“We will see,” Channel Four weekend Anchor DeShawn Marrow said."},
			"DeShawn Marrow", []string{"DeShawn Marrow"}, []string{"Anchor DeShawn Marrow"}},
		{"a body whose name opens with a descriptor", []string{"“We will not comment,” said a spokesman for the Republican National Committee."},
			"", nil, []string{"National Committee"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			a := analyse(c.paras...)
			got := map[string]model.EntityType{}
			for _, e := range a.Entities {
				got[e.Name] = e.Type
			}
			if c.speaker != "" && (len(a.Quotes) == 0 || a.Quotes[0].Speaker != c.speaker) {
				var sp []string
				for _, q := range a.Quotes {
					sp = append(sp, q.Speaker)
				}
				t.Errorf("speakers %q, want %q first", sp, c.speaker)
			}
			for _, n := range c.people {
				if typ, ok := got[n]; !ok || typ != model.Person {
					t.Errorf("no person %q; got %v", n, got)
				}
			}
			for _, n := range c.not {
				if typ, ok := got[n]; ok {
					t.Errorf("unexpected entity %q (%s); got %v", n, typ, got)
				}
			}
		})
	}
}
