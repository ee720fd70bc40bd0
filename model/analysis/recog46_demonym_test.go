package analysis

import (
	"testing"

	"github.com/byline-reader/byline/model"
)

// TestDemonymPlural: the plural of a demonym the article uses names a
// people, no person.
func TestDemonymPlural(t *testing.T) {
	cases := []struct{ paras []string }{
		{[]string{"The ministry said a third of the jobs would be reserved for Omani nationals.",
			"“The training of young Omanis is at the heart of every agreement,” the ministry said."}},
		{[]string{"Half of the crew were Qatari nationals, the company said.",
			"“Many young Qataris want these jobs,” the company said."}},
	}
	for _, c := range cases {
		a := article(c.paras...)
		Analyze(a)
		for _, e := range a.Entities {
			if e.Type == model.Person {
				t.Errorf("%q: person %q listed", c.paras[1], e.Name)
			}
		}
	}
}
