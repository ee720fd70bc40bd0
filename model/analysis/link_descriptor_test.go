package analysis

import (
	"slices"
	"testing"

	"github.com/byline-reader/byline/model"
)

// TestDescriptorNoName: a party, faith or country word the tagger ran into
// a person's name is no part of it ("Republican Ada Holm" is Ada Holm,
// "Republican Holm" Holm); a descriptor that is also a given name opens a
// name ("Tory Vance").
func TestDescriptorNoName(t *testing.T) {
	cases := []struct {
		paras  []string
		people []string // every person entity, in order of first mention
	}{
		{[]string{"After Tuesday's contests in Kessary, Republican Ada Holm and Democrat Ivo Brandt lead their parties.",
			"Holm said the quay needs work. Brandt disagreed."},
			[]string{"Ada Holm", "Ivo Brandt"}},
		{[]string{"Republican Holm and Democrat Brandt have criticised the harbour board.",
			"Holm said the quay needs work. Brandt disagreed."},
			[]string{"Holm"}},
		{[]string{"The board members are Nils Varga, Tory Vance and Ada Holm.",
			"Vance said the quay needs work."},
			[]string{"Nils Varga", "Tory Vance", "Ada Holm"}}, // Ada Holm a person by the list (personContext)
	}
	for _, c := range cases {
		if got := linkedPeople(c.paras...); !slices.Equal(got, c.people) {
			t.Errorf("%q: people %q, want %q", c.paras, got, c.people)
		}
	}
}

// TestDigitsNoName: a word with a digit names no person: a station or a
// firm ("KXV7", "Q2") is a body, a calibre ("9mm") a thing.
func TestDigitsNoName(t *testing.T) {
	for _, c := range []struct {
		w   string
		typ model.EntityType
	}{{"KXV7", model.Organization}, {"9mm", model.Other}} {
		a := article("Ilse Varga spoke to " + c.w + " on Monday.")
		p := Default()
		tz := p.prepare(a)
		raw := []rawMention{}
		for k := range tz.toks {
			if tz.toks[k].text == c.w {
				raw = append(raw, rawMention{ts: k, te: k + 1, typ: model.Person})
			}
		}
		ents := linkWith(a, tz, raw, linkPasses)
		if len(ents) != 1 || ents[0].Type != c.typ {
			t.Errorf("%s: entities %+v, want one of type %v", c.w, ents, c.typ)
		}
	}
}
