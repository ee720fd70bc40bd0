package analysis

import (
	"testing"

	"github.com/byline-reader/byline/model"
)

// TestFirmBeforeRole: a name the recogniser took for a person's, right
// before a role in lower case and the name of who holds it, or in a list
// of firms ("firms including …"), is the firm's; a person's full name, or a surname of one, keeps it a
// person's.
func TestFirmBeforeRole(t *testing.T) {
	cases := []struct {
		paras []string
		name  string
		want  model.EntityType
	}{
		{[]string{"Sales at Varnholt fell, Varnholt general manager Ada Holm said on Friday.", "Varnholt shares slid."},
			"Varnholt", model.Organization},
		{[]string{"Ericsen spokeswoman Ola Brandt said the order was large.", "Ericsen won it in May."},
			"Ericsen", model.Organization},
		// a list of firms
		{[]string{"Multinational firms including Mobrell , Shelton and Caltro were drawn to the port by tax breaks."},
			"Mobrell", model.Organization},
		{[]string{"Big banks such as Holmgren , Ardell and Brisco cut rates."}, "Ardell", model.Organization},
		// a person's own staff
		{[]string{"Senator Tomas Okafor spoke first.", "Okafor spokesman Ivo Reed said he would run."},
			"Tomas Okafor", model.Person},
	}
	for _, c := range cases {
		a := article(c.paras...)
		Analyze(a)
		got := model.EntityType(-1)
		for _, e := range a.Entities {
			if e.Name == c.name {
				got = e.Type
			}
		}
		if got != c.want {
			t.Errorf("%q: %q is %v, want %v (%v)", c.paras, c.name, got, c.want, a.Entities)
		}
	}
	for _, c := range []struct {
		text string
		want bool
	}{
		{"Varnholt general manager Ada Holm spoke.", true},
		{"Varnholt spokesman Ivo Reed spoke.", true},
		{"Varnholt chief executive Ivo Reed spoke.", true},
		{"Varnholt manager said so.", false},
		{"Varnholt general said so.", false},
	} {
		a := article(c.text)
		tz := Default().prepare(a)
		k := 0
		for tz.toks[k].text != "Varnholt" {
			k++
		}
		if got := roleThenName(tz.toks, k+1); got != c.want {
			t.Errorf("roleThenName after %q = %v, want %v", c.text, got, c.want)
		}
	}
}
