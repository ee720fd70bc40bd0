package analysis

import (
	"strings"
	"testing"

	"github.com/byline-reader/byline/model"
)

// TestCommonWordPerson: a one-word person the article also writes in lower
// case is no person, and a state's name is a place, unless the word is a
// given name or a surname of a full name in the article.
func TestCommonWordPerson(t *testing.T) {
	cases := []struct {
		text   string
		names  []string // the words the tagger took for people
		people []string // the person entities after linking
		place  string   // a place entity there must be, or ""
	}{
		{"Reform came slowly to Dunmore. The reform of the port took years.", []string{"Reform"}, nil, ""},
		{"Michigan appealed the ruling on Monday.", []string{"Michigan"}, nil, "Michigan"},
		{"Tomas Price spoke first. Later Price said the price was fair.", []string{"Tomas Price", "Price"}, []string{"Tomas Price"}, ""},
		{"Only Price spoke. The price was fair.", []string{"Price"}, nil, ""},
		{"Virginia spoke first. Her daughter virginia-born, she said.", []string{"Virginia"}, []string{"Virginia"}, ""},
		{"Osei wrote the report on the harbour.", []string{"Osei"}, []string{"Osei"}, ""},
	}
	for _, c := range cases {
		a := article(c.text)
		tz := Default().prepare(a)
		var raw []rawMention
		from := 0
		for _, n := range c.names {
			words := strings.Fields(n)
			for k := from; k+len(words) <= len(tz.toks); k++ {
				if tz.toks[k].text == words[0] && tz.toks[k+len(words)-1].text == words[len(words)-1] {
					raw = append(raw, rawMention{ts: k, te: k + len(words), typ: model.Person})
					from = k + len(words)
					break
				}
			}
		}
		var people []string
		place := false
		for _, e := range linkWith(a, tz, raw, linkPasses) {
			if e.Type == model.Person {
				people = append(people, e.Name)
			}
			if e.Type == model.Place && e.Name == c.place {
				place = true
			}
		}
		if strings.Join(people, "|") != strings.Join(c.people, "|") {
			t.Errorf("%q: people %q, want %q", c.text, people, c.people)
		}
		if c.place != "" && !place {
			t.Errorf("%q: no place %q", c.text, c.place)
		}
	}
}

// TestWebsitesAreBodies: a website's address the tagger took for a person
// is an organisation, written without the full stop that ends its
// sentence; a name that is no address is left alone.
func TestWebsitesAreBodies(t *testing.T) {
	cases := []struct {
		text, word string
		want       model.EntityType
		name       string
	}{
		{"He is a co-founder of the group HarbourWatch.org.", "HarbourWatch.org.", model.Organization, "HarbourWatch.org"},
		{"The story ran on Dunmorenews.com first.", "Dunmorenews.com", model.Organization, "Dunmorenews.com"},
		{"Osei spoke first.", "Osei", model.Person, "Osei"},
	}
	for _, c := range cases {
		a := article(c.text)
		tz := Default().prepare(a)
		k := 0
		for k < len(tz.toks) && tz.toks[k].text != c.word {
			k++
		}
		if k == len(tz.toks) {
			t.Fatalf("no token %q in %q", c.word, c.text)
		}
		ents := linkWith(a, tz, []rawMention{{ts: k, te: k + 1, typ: model.Person}}, linkPasses)
		if len(ents) != 1 || ents[0].Type != c.want || ents[0].Name != c.name {
			t.Errorf("%q: %+v, want %v %q", c.text, ents, c.want, c.name)
		}
	}
}
