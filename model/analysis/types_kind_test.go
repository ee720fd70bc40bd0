package analysis

import (
	"strings"
	"testing"

	"github.com/byline-reader/byline/model"
)

// TestBusinessKindBeforeName: a name right after a noun for a business or
// a group, itself after a word of what kind, is the body's, at every
// mention; after a determiner it may be a person's and is left alone.
func TestBusinessKindBeforeName(t *testing.T) {
	cases := []struct {
		text, name string
		want       model.EntityType
	}{
		{"The course went to the Kessary-based firm Tomas Brandt Golf. Tomas Brandt Golf runs forty.", "Tomas Brandt Golf", model.Organization},
		{"She spoke to employees of investment bank Osei Marrow.", "Osei Marrow", model.Organization},
		{"The fact-checking site Holmfact traced the story.", "Holmfact", model.Organization},
		{"They joined the group Anna Reed founded in 1990.", "Anna Reed", model.Person},
		{"The firm's partner Anna Reed said no.", "Anna Reed", model.Person},
	}
	for _, c := range cases {
		a := article(c.text)
		tz := Default().prepare(a)
		var raw []rawMention
		n := len(strings.Fields(c.name))
		for k := 0; k+n <= len(tz.toks); k++ {
			if a.Text[tz.toks[k].Start:tz.toks[k+n-1].End] == c.name {
				raw = append(raw, rawMention{ts: k, te: k + n, typ: model.Person})
				k += n - 1
			}
		}
		if len(raw) == 0 {
			t.Fatalf("%q not in %q", c.name, c.text)
		}
		mediaNames(tz, raw)
		for _, r := range raw {
			if r.typ != c.want {
				t.Errorf("%q in %q: %v, want %v", c.name, c.text, r.typ, c.want)
			}
		}
	}
}
