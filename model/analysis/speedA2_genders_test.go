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
		i := 0
		for _, e := range a.Entities {
			for _, m := range e.Mentions {
				if got, want := at.mentionTokAt(i, m), tokenAt(at.tz.toks, m.Start); got != want {
					t.Errorf("%q: mention %d at token %d, tokenAt %d", paras, i, got, want)
				}
				i++
			}
		}
		for ei := range a.Entities {
			first, k, ok := at.firstMentionTok(ei)
			wantFirst, wantOk := firstMention(a.Entities[ei].Mentions)
			if first != wantFirst || ok != wantOk || ok && k != tokenAt(at.tz.toks, wantFirst.Start) {
				t.Errorf("%q: firstMentionTok(%d) = %v %d %v, firstMention %v %v", paras, ei, first, k, ok, wantFirst, wantOk)
			}
		}
		if i != len(at.mentionToks) || i == 0 {
			t.Errorf("%q: %d mentions, %d first tokens", paras, i, len(at.mentionToks))
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

// TestWithDescriptions holds gendersWith over genderTokens' list with the
// descriptions merged in to the walk over every token it made before:
// every "the" of the texts made a description of each person in turn,
// and of one person each, some left uncounted.
func TestWithDescriptions(t *testing.T) {
	texts := [][]string{
		{"Gov. Kim Marsh spoke on Friday. Dora Holm listened. “It is over,” the governor said.", "The governor said he would stay. He said “no”. Later the governor left, and she said “yes”."},
		{"Sen. Ann Reed spoke on Monday. Mayor Tomas Brandt listened.", "The senator said “yes”. The mayor said she would wait. He left."},
		{"The lawyer, Ada Holm, said “never”. The lawyer and her son left. Mr. Ivo Marsh, the judge, said “wait”. The judge said he would."},
	}
	for _, paras := range texts {
		a := article(paras...)
		at := newAttributor(a, Default().prepare(a))
		if at == nil {
			t.Fatalf("no quotation in %q", paras)
		}
		list := at.genderTokens()
		if list == nil {
			t.Fatalf("%q: no list of gender tokens", paras)
		}
		toks := at.tz.toks
		var thes []int
		for k := range toks {
			if toks[k].low == "the" {
				thes = append(thes, k)
			}
		}
		for ei := range a.Entities {
			for skip := -1; skip < len(thes); skip++ {
				at.desc = map[int]described{}
				descAt := make([]int32, len(toks))
				for n, k := range thes {
					d := described{ei: (ei + n) % len(a.Entities), head: k + 1}
					if n == skip {
						d.ei = -1
					}
					at.desc[k] = d
					descAt[k] = int32(d.ei) + 1
				}
				got := at.gendersWith(descAt)
				at.gtoks = nil // the walk over every token
				want := at.gendersWith(descAt)
				at.gtoks = list
				if !slices.Equal(got, want) {
					t.Errorf("%q: genders %v, walking every token %v", paras, got, want)
				}
			}
		}
	}
}
