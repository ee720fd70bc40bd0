package analysis

import (
	"slices"
	"testing"

	"github.com/byline-reader/byline/model"
)

// TestRecog37TheShortBody: a name of two words the recogniser took for a
// person's is a body's where its last word stands alone after "the" with
// nothing after it; a word after, or a given name first, keeps it a
// person's.
func TestRecog37TheShortBody(t *testing.T) {
	cases := []struct {
		text string
		want model.EntityType
	}{
		{"Kelby Ironworks lost to Vell on Saturday. The win leaves Vell a point behind the Ironworks.", model.Organization},
		{"Kelby Ironworks lost to Vell on Saturday. The Ironworks family said nothing.", model.Person},
		{"Peter Ironworks lost to Vell on Saturday. The win leaves Vell a point behind the Ironworks.", model.Person},
	}
	for _, c := range cases {
		a := article(c.text)
		tz := Default().prepare(a)
		var raw []rawMention
		for k := range tz.toks {
			switch w := tz.toks[k].text; {
			case w == "Kelby" || w == "Peter":
				raw = append(raw, rawMention{ts: k, te: k + 2, typ: model.Person})
			case w == "Ironworks" && !slices.Contains([]string{"Kelby", "Peter"}, tz.toks[k-1].text):
				raw = append(raw, rawMention{ts: k, te: k + 1, typ: model.Person})
			}
		}
		var got model.EntityType
		for _, e := range linkWith(a, tz, raw, linkPasses) {
			if e.Name == "Kelby Ironworks" || e.Name == "Peter Ironworks" {
				got = e.Type
			}
		}
		if got != c.want {
			t.Errorf("%q: %v, want %v", c.text, got, c.want)
		}
	}
}

// TestRecog37AgedNoun: one capitalised word after "the 24-year-old" is a
// noun of who someone is, not a person's name, unless it stands as a
// name elsewhere.
func TestRecog37AgedNoun(t *testing.T) {
	cases := []struct {
		text string
		want model.EntityType
	}{
		{"Ilse Marrow won the race. The 24-year-old Vellish, who trains at altitude, led from the start.", model.Other},
		{"Ilse Marrow won the race. The 24-year-old Vellish led from the start. Vellish said she was tired.", model.Person},
	}
	for _, c := range cases {
		a := article(c.text)
		tz := Default().prepare(a)
		var raw []rawMention
		for k := range tz.toks {
			switch tz.toks[k].text {
			case "Ilse":
				raw = append(raw, rawMention{ts: k, te: k + 2, typ: model.Person})
			case "Vellish":
				raw = append(raw, rawMention{ts: k, te: k + 1, typ: model.Person})
			}
		}
		var got model.EntityType
		for _, e := range linkWith(a, tz, raw, linkPasses) {
			if e.Name == "Vellish" {
				got = e.Type
			}
		}
		if got != c.want {
			t.Errorf("%q: %v, want %v", c.text, got, c.want)
		}
	}
}
