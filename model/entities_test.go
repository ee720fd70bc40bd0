package model

import "testing"

// TestEntityShapes checks what the form of a name says about it, on names
// no gazetteer knows.
func TestEntityShapes(t *testing.T) {
	cases := []struct {
		name  string
		paras []string
		want  map[string]EntityType // entity name -> type
		not   []string              // names that must not be entities of their own
	}{
		{"head noun: party and alliance", []string{"The motion was backed by the opposition Farmers' Union Party and by Varga's own Civic Alliance."},
			map[string]EntityType{"Civic Alliance": Organization}, []string{"Civic"}},
		{"possessor inside a name", []string{"The vote split the People's Harbour Party, which lost two seats."},
			map[string]EntityType{"People's Harbour Party": Organization}, []string{"Harbour Party"}},
		{"plural possessive inside a name", []string{"The Ostrian Ferrymen’s Guild Federation called a strike on Monday."},
			map[string]EntityType{"Ostrian Ferrymen's Guild Federation": Organization}, []string{"Federation"}},
		{"place by first word", []string{"Ships waited outside Port Dunmore for three days before the River Oska flooded."},
			map[string]EntityType{"Port Dunmore": Place, "River Oska": Place}, nil},
		{"place by last word", []string{"The team lost 2-0 to Gallow Bay, and fans gathered at Stoke Bridge."},
			map[string]EntityType{"Gallow Bay": Place, "Stoke Bridge": Place}, nil},
		{"club by last word", []string{"Dunmore Athletic beat Harrow Rovers on Saturday. Athletic's keeper was outstanding."},
			map[string]EntityType{"Dunmore Athletic": Organization, "Harrow Rovers": Organization}, []string{"Athletic"}},
		{"plan is not a person", []string{"The Coastal Renewal Plan, published on Monday, sets out four projects."},
			map[string]EntityType{"Coastal Renewal Plan": Other}, nil},
		{"demonym is not a person", []string{"Every Ostrian family will pay for the strike, and Ostrian scientists agree."},
			nil, []string{"Ostrian"}},
		{"surname after a possessive", []string{"The film is adapted from Marit Holloway’s 2019 novel.", "Holloway, who co-wrote the screenplay, was at the premiere."},
			map[string]EntityType{"Marit Holloway": Person}, []string{"Marit", "Holloway"}},
		{"a place after of", []string{"Scientists at the University of Dunmore said the water was rising. Dunmore's mayor agreed."},
			map[string]EntityType{"University of Dunmore": Organization}, nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			a := analyse(c.paras...)
			got := map[string]EntityType{}
			for _, e := range a.Entities {
				got[e.Name] = e.Type
			}
			for n, typ := range c.want {
				if g, ok := got[n]; !ok {
					t.Errorf("no entity %q; got %v", n, got)
				} else if g != typ {
					t.Errorf("%q typed %s, want %s", n, g, typ)
				}
			}
			for _, n := range c.not {
				if g, ok := got[n]; ok && (g == Person || len(c.want) > 0) {
					t.Errorf("unexpected entity %q (%s); got %v", n, g, got)
				}
			}
		})
	}
}
