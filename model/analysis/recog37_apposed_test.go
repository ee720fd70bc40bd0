package analysis

import (
	"strings"
	"testing"

	"github.com/byline-reader/byline/model"
)

// TestRecog37ApposedPerson: a name the recogniser typed a body is a
// person's where commas set it off against a role or an age, or before
// ", who"; a name after "the" or a preposition of place elsewhere, or
// with no such comma, stays a body.
func TestRecog37ApposedPerson(t *testing.T) {
	cases := []struct {
		text string
		name string // the mention typed a body, found by its words
		want model.EntityType
	}{
		{"The ferry owner, Sukarwo, said the boats were old.", "Sukarwo", model.Person},
		{"Sukarwo, a fisherman, said the boats were old.", "Sukarwo", model.Person},
		{"Sukarwo, the union leader, said the boats were old.", "Sukarwo", model.Person},
		{"Sukarwo, 61, said the boats were old.", "Sukarwo", model.Person},
		{"Sukarwo, who mends nets, said the boats were old.", "Sukarwo", model.Person},
		{"Her coach, Ilse Marrowvane, said the course was hard.", "Ilse Marrowvane", model.Person},
		// no person's place, or a body's place too: the body stays
		{"Sukarwo said the boats were old.", "Sukarwo", model.Organization},
		{"The ferry owner, Sukarwo, said the Sukarwo yard was old.", "Sukarwo", model.Organization},
		{"Sukarwo, the shipping line, said the boats were old.", "Sukarwo", model.Organization},
		{"The new owner, Vellmoor Capital, a private fund, said the boats were old.", "Vellmoor Capital", model.Organization},
		{"The vote is split among Vellmoors, who live by the coast.", "Vellmoors", model.Other},
		{"Unions and groups such as Vell Parenthood, who back the mayor, marched.", "Parenthood", model.Organization},
		{"Yet Sukarwo, who mends nets, said the boats were old.", "Sukarwo", model.Person},
		{"KESTRA, 61, said the boats were old.", "KESTRA", model.Organization},
	}
	for _, c := range cases {
		a := article(c.text)
		tz := Default().prepare(a)
		words := strings.Fields(c.name)
		typ := c.want // the recogniser's type: a body's, or the one wanted when not a person's
		if typ == model.Person {
			typ = model.Organization
		}
		var raw []rawMention
		for k := 0; k+len(words) <= len(tz.toks); k++ {
			ok := true
			for j, w := range words {
				ok = ok && tz.toks[k+j].text == w
			}
			if ok {
				raw = append(raw, rawMention{ts: k, te: k + len(words), typ: typ})
			}
		}
		var got model.EntityType
		for _, e := range linkWith(a, tz, raw, linkPasses) {
			if e.Name == c.name {
				got = e.Type
			}
		}
		if got != c.want {
			t.Errorf("%q: %q is %v, want %v", c.text, c.name, got, c.want)
		}
	}
}
