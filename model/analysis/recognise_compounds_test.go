package analysis

import "testing"

// TestCompoundModifiers: a hyphenated adjective before a name, or one made
// from a name, is no part of any name.
func TestCompoundModifiers(t *testing.T) {
	cases := []struct {
		text      string
		want, not []string
	}{
		{"The Labour-held Senate passed the harbour bill on Monday.",
			[]string{"Senate"}, []string{"Labour-held Senate"}},
		{"Ferry fares rose again, said the non-partisan Dunmore Harbour Watch.",
			[]string{"Dunmore Harbour Watch"}, []string{"non-partisan Dunmore Harbour Watch"}},
		{"Critics called it a Tomas Reed-led power grab, the mayor said on Monday.",
			nil, []string{"Tomas Reed-led"}},
		{"Ferry workers want Ada Holm-style wage deals, the union said.",
			nil, []string{"Ada Holm-style"}},
		{"Democrats fear a Tomas Reed-led Republican majority in Dunmore.",
			[]string{"Dunmore"}, []string{"Tomas Reed-led Republican"}},
		{"Kim Jong-su met Hamid al-Kessary in Dunmore on Monday.",
			[]string{"Kim Jong-su", "Hamid al-Kessary"}, nil},
	}
	for _, c := range cases {
		t.Run(c.text, func(t *testing.T) {
			a := analyse(c.text)
			got := map[string]bool{}
			for _, e := range a.Entities {
				got[e.Name] = true
			}
			for _, n := range c.want {
				if !got[n] {
					t.Errorf("no entity %q; got %v", n, got)
				}
			}
			for _, n := range c.not {
				if got[n] {
					t.Errorf("unexpected entity %q; got %v", n, got)
				}
			}
		})
	}
}
