package analysis

import (
	"slices"
	"testing"
)

// TestListedNames: within a list of results or a line-up, whose entries
// figures and marks set off, though such a line is in capitals as a
// headline is, a given name alone before a surname the tagger left out
// takes it in, and a given name and a surname the tagger typed something
// else are a person; a headline-like sentence of words is no list.
func TestListedNames(t *testing.T) {
	cases := []struct {
		text string
		want []string // people listed
	}{
		{"5. Marcus O'Fallon ( Ireland ) 3:55.10", []string{"Marcus O'Fallon"}},
		{"3. Patricia Lemaire-Roux ( France ) 4:09.31 , 4. Anna Velk ( Norway ) 4:10.02",
			[]string{"Patricia Lemaire-Roux", "Anna Velk"}},
		{"Scorers : Robert Pelloux 46th , Ivan Drago 80th", []string{"Robert Pelloux", "Ivan Drago"}},
		// a given name and a surname the tagger typed something else
		{"Leading finishers : 1. Ian Haley ( Australia ) 68 , 2. Rita Vaskaite ( Lithuania ) 70", []string{"Ian Haley", "Rita Vaskaite"}},
		{"Ireland : 15 - Conor Dunne , 14 - Ian Treacy , 12 - Craig Dobbin", []string{"Conor Dunne", "Ian Treacy", "Craig Dobbin"}},
	}
	for _, c := range cases {
		got := peopleOf(article(c.text))
		if !slices.Equal(got, c.want) {
			t.Errorf("%q: people %q, want %q", c.text, got, c.want)
		}
	}
	// listedName itself: set off by figures or marks on both sides, not
	// by a sentence's end before it
	for _, c := range []struct {
		text, name string
		want       bool
	}{
		{"Results : 288 Ada Holm 71 72", "Ada Holm", true},
		{"8. Ada Holm ( Norway ) 3:54.87", "Ada Holm", true},
		{"It rained. Ada Holm Wins Big Prize Again", "Ada Holm", false},
		{"Then Ada Holm 71 72", "Ada Holm", false},
	} {
		a := article(c.text)
		tz := Default().prepare(a)
		k := 0
		for tz.toks[k].text+" "+tz.toks[k+1].text != c.name {
			k++
		}
		if got := listedName(tz, k, k+2); got != c.want {
			t.Errorf("listedName %q in %q = %v, want %v", c.name, c.text, got, c.want)
		}
	}
}
