package analysis

import (
	"testing"

	"github.com/byline-reader/byline/model"
)

// TestSplitGivenNames: a given name the tagger typed a person, right before
// the rest of the name typed something else, is one person with it; what
// follows "of" stays its own mention; a body's name opened by a person's
// stays the body's.
func TestSplitGivenNames(t *testing.T) {
	cases := []struct {
		text   string
		first  string           // the given name
		raw    model.EntityType // the type the tagger gave the rest
		n      int              // its words
		want   []string         // the raw mentions after the step
		wantTy []model.EntityType
	}{
		{"Gov. John R. Kasich of Ohio spoke.", "John", model.Organization, 4,
			[]string{"John R. Kasich", "Ohio"}, []model.EntityType{model.Person, model.Organization}},
		{"A poll by George H.W. Bush was old.", "George", model.Organization, 2,
			[]string{"George H.W. Bush"}, []model.EntityType{model.Person}},
		{"Reporting by Anna MacLellan today.", "Anna", model.Place, 1,
			[]string{"Anna MacLellan"}, []model.EntityType{model.Person}},
		{"He visited Jack St. Martin on Monday.", "Jack", model.Place, 2,
			[]string{"Jack St. Martin"}, []model.EntityType{model.Person}},
		{"She works at the Peter G. Olsen Institute now.", "Peter", model.Organization, 3,
			[]string{"Peter G. Olsen Institute"}, []model.EntityType{model.Organization}},
		// no surname after the initials: left alone
		{"Charles G. and others left.", "Charles", model.Organization, 1,
			[]string{"Charles", "G."}, []model.EntityType{model.Person, model.Organization}},
		// not a given name: left alone
		{"Reed White House aides left.", "Reed", model.Organization, 2,
			[]string{"Reed", "White House"}, []model.EntityType{model.Person, model.Organization}},
	}
	for _, c := range cases {
		a := article(c.text)
		tz := Default().prepare(a)
		k := 0
		for tz.toks[k].text != c.first {
			k++
		}
		raw := []rawMention{{ts: k, te: k + 1, typ: model.Person}, {ts: k + 1, te: k + 1 + c.n, typ: c.raw}}
		got := splitGivenNames(tz, raw)
		ok := len(got) == len(c.want)
		var names []string
		for i, r := range got {
			names = append(names, a.Text[tz.toks[r.ts].Start:tz.toks[r.te-1].End])
			if ok && (names[i] != c.want[i] || r.typ != c.wantTy[i]) {
				ok = false
			}
		}
		if !ok {
			t.Errorf("%q: %q %v, want %q %v", c.text, names, got, c.want, c.wantTy)
		}
	}
}
