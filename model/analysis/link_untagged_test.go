package analysis

import (
	"testing"

	"github.com/byline-reader/byline/model"
)

// TestUntaggedFullName: a word the recogniser typed a body at every
// mention is a person's surname where a known given name stands before it
// untagged; where the recogniser tagged the full name, or no given name
// stands before the word, the body stays.
func TestUntaggedFullName(t *testing.T) {
	cases := []struct {
		text  string
		word  string
		want  string
		typ   model.EntityType
		count int // mentions of the entity
	}{
		{"Anna Varga’s aides insist she is back. Varga spoke on Monday. Later Varga left.", "Varga", "Anna Varga", model.Person, 3},
		{"Peter Brandt’s allies say he will run. Brandt declined to comment.", "Brandt", "Peter Brandt", model.Person, 2},
		{"Holm makes cars. Holm said sales fell on Monday.", "Holm", "Holm", model.Organization, 2},
		{"FoleyFlagShare went on. Anna FoleyFlagShare again.", "FoleyFlagShare", "FoleyFlagShare", model.Organization, 2},
	}
	for _, c := range cases {
		a := article(c.text)
		tz := Default().prepare(a)
		var raw []rawMention
		for k := range tz.toks {
			if tz.toks[k].text == c.word {
				raw = append(raw, rawMention{ts: k, te: k + 1, typ: model.Organization})
			}
		}
		found := false
		for _, e := range linkWith(a, tz, raw, linkPasses) {
			if e.Name == c.want && e.Type == c.typ && len(e.Mentions) == c.count {
				found = true
			}
		}
		if !found {
			t.Errorf("%q: no %v %q with %d mentions", c.text, c.typ, c.want, c.count)
		}
	}
	// a full name the recogniser tagged: its reading of the word alone stands
	a := article("Gerald Holm founded the firm. Holm makes cars, and Holm grew.")
	tz := Default().prepare(a)
	raw := []rawMention{{ts: 1, te: 3, typ: model.Person}}
	for k := 3; k < len(tz.toks); k++ {
		if tz.toks[k].text == "Holm" {
			raw = append(raw, rawMention{ts: k, te: k + 1, typ: model.Organization})
		}
	}
	for _, e := range linkWith(a, tz, raw, linkPasses) {
		if e.Name == "Holm" && e.Type != model.Organization {
			t.Errorf("the firm Holm is %v", e.Type)
		}
	}
}
