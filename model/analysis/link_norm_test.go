package analysis

import (
	"testing"

	"golang.org/x/text/unicode/norm"

	"github.com/byline-reader/byline/model"
)

// TestComposedAndDecomposedNamesAreOne: a name typed once with composed
// letters and once with combining marks (pasted from two sources) is one
// entity, named in composed letters, whichever comes first.
func TestComposedAndDecomposedNamesAreOne(t *testing.T) {
	nfc := func(s string) string { return norm.NFC.String(s) }
	nfd := func(s string) string { return norm.NFD.String(s) }
	cases := []struct {
		name      string
		first     func(string) string
		later     func(string) string
		entity    string
		typ       model.EntityType
		sentences [2]string
	}{
		{"person, composed then decomposed", nfc, nfd, "Nguyễn Thị Lan", model.Person,
			[2]string{"Nguyễn Thị Lan, a farmer, said the river rose overnight.", "By noon Nguyễn Thị Lan had moved her pigs to the road."}},
		{"person, decomposed then composed", nfd, nfc, "Nguyễn Thị Lan", model.Person,
			[2]string{"Nguyễn Thị Lan, a farmer, said the river rose overnight.", "By noon Nguyễn Thị Lan had moved her pigs to the road."}},
		{"place, one word each", nfc, nfd, "São Paulo", model.Place,
			[2]string{"The plane left São Paulo on Monday.", "Flights to São Paulo resumed on Tuesday."}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			a := analyse(c.first(c.sentences[0]), c.later(c.sentences[1]))
			var found []string
			n := 0
			for _, e := range a.Entities {
				found = append(found, e.Name)
				if norm.NFC.String(e.Name) == c.entity {
					n++
					if e.Name != c.entity || e.Type != c.typ || len(e.Mentions) != 2 {
						t.Errorf("entity %q (%s) with %d mentions, want %q (%s) with 2", e.Name, e.Type, len(e.Mentions), c.entity, c.typ)
					}
				}
			}
			if n != 1 {
				t.Errorf("%d entities named %q, want 1; entities %q", n, c.entity, found)
			}
		})
	}
}

// TestComposedAndDecomposedIDs: across articles, the people index joins
// entities by ID, so one article typing a name composed and another
// typing it with combining marks give it one ID and one name.
func TestComposedAndDecomposedIDs(t *testing.T) {
	text := "Nguyễn Thị Lan, a farmer near São Paulo, said the river rose overnight."
	ids := map[string][]string{}
	for _, form := range []norm.Form{norm.NFC, norm.NFD} {
		for _, e := range analyse(form.String(text)).Entities {
			ids[e.ID] = append(ids[e.ID], e.Name)
		}
	}
	for _, id := range []string{"person:nguyễn thị lan", "place:são paulo"} {
		if names := ids[id]; len(names) != 2 || names[0] != names[1] {
			t.Errorf("ID %q has names %q, want the same name from both articles; IDs %q", id, names, ids)
		}
	}
}
