package analysis

import (
	"strings"
	"testing"

	"github.com/byline-reader/byline/model"
)

// TestGroupsAndBuildingsAreNoPeople: a name the recogniser took for a
// person's is a body's when its last word is a group of people or the head
// of a building's, a gathering's or an armed body's name, unless it is a
// given name and a surname that happens to be one of those words.
func TestGroupsAndBuildingsAreNoPeople(t *testing.T) {
	cases := []struct {
		text, name string
		want       model.EntityType
	}{
		{"The rally was held at Brandt Tower on Monday.", "Brandt Tower", model.Organization},
		{"Harbor Valley Republicans met the governor on Monday.", "Harbor Valley Republicans", model.Organization},
		{"The vigil was at the Marrow Street Baptist Church on Monday.", "Marrow Street Baptist Church", model.Organization},
		{"The Vellan Democratic Forces took the town.", "Democratic Forces", model.Organization},
		{"Delegates left the Dunmore National Convention early.", "National Convention", model.Organization},
		{"He prayed at the Elena Osei Memorial Chapel on Sunday.", "Elena Osei Memorial Chapel", model.Organization},
		{"Gay Republicans push for a new platform.", "Republicans", model.Other},
		{"Anna Temple spoke on Monday.", "Anna Temple", model.Person},
		{"Later, Tomas Brandt Church said he would resign.", "Tomas Brandt Church", model.Person},
		{"Ann Reed spoke on Monday.", "Ann Reed", model.Person},
	}
	for _, c := range cases {
		a := article(c.text)
		tz := Default().prepare(a)
		words := strings.Fields(c.name)
		ts := -1
		for k := range tz.toks {
			if k+len(words) <= len(tz.toks) && tz.toks[k].text == words[0] && tz.toks[k+len(words)-1].text == words[len(words)-1] {
				ts = k
				break
			}
		}
		if ts < 0 {
			t.Fatalf("%q not in %q", c.name, c.text)
		}
		got := headType(tz, rawMention{ts: ts, te: ts + len(words), typ: model.Person})
		if got != c.want {
			t.Errorf("%q in %q: type %v, want %v", c.name, c.text, got, c.want)
		}
	}
}

// TestDeitiesAreNoPeople: a god's name, or an oath made of one, that the
// tagger took for a person is no person of the story; a person whose name
// has such a word in it stays one.
func TestDeitiesAreNoPeople(t *testing.T) {
	cases := []struct {
		text, name string
		want       model.EntityType
	}{
		{"“Thank God, I am healthy,” Reed said.", "Thank God", model.Other},
		{"He said God would decide.", "God", model.Other},
		{"Anna Godfrey spoke on Monday.", "Anna Godfrey", model.Person},
	}
	for _, c := range cases {
		a := article(c.text)
		tz := Default().prepare(a)
		n := len(strings.Fields(c.name))
		var raw []rawMention
		for k := 0; k+n <= len(tz.toks); k++ {
			if a.Text[tz.toks[k].Start:tz.toks[k+n-1].End] == c.name {
				raw = append(raw, rawMention{ts: k, te: k + n, typ: model.Person})
			}
		}
		got := model.EntityType(-1)
		for _, e := range linkWith(a, tz, raw, linkPasses) {
			if e.Name == c.name {
				got = e.Type
			}
		}
		if got != c.want {
			t.Errorf("%q in %q: %v, want %v", c.name, c.text, got, c.want)
		}
	}
}
