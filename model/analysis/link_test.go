package analysis

import (
	"testing"

	"github.com/byline-reader/byline/model"
)

// TestLinkPasses shows what each linking pass does: with every pass the
// entity has the mentions named, and without that one pass it has not.
func TestLinkPasses(t *testing.T) {
	cases := []struct {
		pass    string
		paras   []string
		entity  string // the entity's name
		typ     model.EntityType
		mention string // the words as written
		times   int    // how many of its mentions read so
	}{
		{"one-word-person", []string{"Ilse Varga opened the session. Varga spoke for an hour."}, "Ilse Varga", model.Person, "Varga", 1},
		{"one-word-short-name", []string{"Dunmore Athletic beat Harrow Rovers on Saturday. Athletic's keeper was outstanding."}, "Dunmore Athletic", model.Organization, "Athletic", 1},
		{"acronyms", []string{"The Harbour Workers Federation called a strike. The HWF wants a new contract."}, "Harbour Workers Federation", model.Organization, "HWF", 1},
		{"hyphenated-places", []string{"The ferry runs between Kessary and Holm, and the Kessary-Holm route is busy."}, "Holm", model.Place, "Holm", 2},
		{"the-word-place", []string{"Fishing is banned on the Vell, and the porpoises of the Vell estuary are counted every spring."}, "Vell", model.Place, "Vell", 2},
	}
	for _, c := range cases {
		t.Run(c.pass, func(t *testing.T) {
			has := func(passes []linkPass) bool {
				a := article(c.paras...)
				p := Default()
				tz := p.prepare(a)
				for _, e := range linkWith(a, tz, p.recognise(tz), passes) {
					n := 0
					for _, m := range e.Mentions {
						if m.Text == c.mention {
							n++
						}
					}
					if e.Name == c.entity && e.Type == c.typ && n >= c.times {
						return true
					}
				}
				return false
			}
			var without []linkPass
			for _, p := range linkPasses {
				if p.name != c.pass {
					without = append(without, p)
				}
			}
			if len(without) == len(linkPasses) {
				t.Fatalf("no linking pass %q", c.pass)
			}
			if !has(linkPasses) {
				t.Errorf("%s (%v) has not %d× %q with every pass", c.entity, c.typ, c.times, c.mention)
			}
			if has(without) {
				t.Errorf("%s (%v) has %d× %q even without %s", c.entity, c.typ, c.times, c.mention, c.pass)
			}
		})
	}
}

// TestPairIsNoPerson: two names with "and" between that the recogniser
// took for one organisation do not become one person because the second
// stands alone for a person elsewhere; the short name keeps its own
// person.
func TestPairIsNoPerson(t *testing.T) {
	a := article("Osei and Reed backed the harbour plan on Monday.", "Later Reed spoke to Tomas Reed's supporters.")
	p := Default()
	tz := p.prepare(a)
	at := func(w string, n int) int {
		for k, tok := range tz.toks {
			if tok.text == w {
				if n == 0 {
					return k
				}
				n--
			}
		}
		t.Fatalf("no %q", w)
		return -1
	}
	raw := []rawMention{
		{ts: at("Osei", 0), te: at("Reed", 0) + 1, typ: model.Organization},
		{ts: at("Reed", 1), te: at("Reed", 1) + 1, typ: model.Person},
		{ts: at("Tomas", 0), te: at("Reed", 2) + 1, typ: model.Person},
	}
	for _, e := range linkWith(a, tz, raw, linkPasses) {
		if e.Type == model.Person && e.Name == "Osei and Reed" {
			t.Errorf("%q is one person, with mentions %v", e.Name, e.Mentions)
		}
	}
}

// TestAcronymIsNoSurname: a short acronym ("UN") does not join a person
// whose surname is written with the same letters ("Kim Jong Un").
func TestAcronymIsNoSurname(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"a body's acronym", []string{"Kim Jong Un met envoys in Pyongyang on Monday.",
			"“The talks are over,” said UN Secretary-General Ana Quillfeather.", "“We will see,” the UN said in a statement."}, "We will see", "UN"},
	})
}
