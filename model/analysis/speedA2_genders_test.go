package analysis

import (
	"slices"
	"testing"
)

// TestNameVotesOnce holds the votes of names gendersWith reads once per
// article to a fresh read after the chains and regender have run, and the
// genders to those of a walk with the votes read anew: the pronouns'
// votes are added to a copy, never to the votes kept.
func TestNameVotesOnce(t *testing.T) {
	texts := [][]string{
		{"Mrs. Ann Reed, her son Ivo Marsh and Mr. Tomas Brandt met.", "“We will build it,” she said. “Soon,” he added."},
		{"Her husband, the stage designer Ivo Marsh, spoke. “It is over,” the designer said.", "The senator, Sen. Dora Penrose, said “never”."},
		{"Ivo Marsh, her son, said “no”. Queen Ada spoke after him: “Yes.”"},
	}
	for _, paras := range texts {
		a := article(paras...)
		at := newAttributor(a, Default().prepare(a))
		if at == nil {
			t.Fatalf("no quotation in %q", paras)
		}
		if got, want := at.nameVotesOf(), at.readNameVotes(); !slices.Equal(got, want) {
			t.Errorf("%q: kept votes %v, read anew %v", paras, got, want)
		}
		kept := at.nameVotes
		g := at.genders()
		at.nameVotes = nil
		if fresh := at.genders(); !slices.Equal(g, fresh) {
			t.Errorf("%q: genders %v, with votes read anew %v", paras, g, fresh)
		}
		if !slices.Equal(kept, at.nameVotes) {
			t.Errorf("%q: votes changed by genders: %v, then %v", paras, kept, at.nameVotes)
		}
	}
}
