package tagger

import (
	"fmt"
	"reflect"
	"slices"
	"strings"
	"testing"
)

// TestScratchReusedUncleared holds a scratch that release leaves with the
// last document's words and types in lower and around to a new scratch:
// documents long, short and long again, tag for tag and margin for margin.
func TestScratchReusedUncleared(t *testing.T) {
	tg := Default()
	docs := slices.Clone(fastDocs)
	slices.SortFunc(docs, func(a, b string) int { return len(b) - len(a) })
	docs = append(docs, slices.Clone(docs)...)
	slices.Reverse(docs[len(docs)/2:])
	used := newScratch()
	for _, doc := range docs {
		sents := splitDoc(doc)
		n := countWords(sents)
		wantM, gotM := make([]float32, n), make([]float32, n)
		want := tg.tagWith(newScratch(), sents, wantM)
		got := tg.tagWith(used, sents, gotM)
		if !reflect.DeepEqual(got, want) || !reflect.DeepEqual(gotM, wantM) {
			t.Errorf("%q: a reused scratch tags\n%v %v\na new one\n%v %v", doc, got, gotM, want, wantM)
		}
	}
}

// TestLowerIDCached holds lowerElsewhere, whose look-up of the lower-case
// type a type keeps once found (lowerID), to the look-up made anew, over
// documents tagged in turn with one scratch, through its forgetting.
func TestLowerIDCached(t *testing.T) {
	tg := Default()
	d := newScratch()
	// words of one use first, so that forgetting them numbers the rest anew
	var once strings.Builder
	for i := 0; i < 40; i++ {
		fmt.Fprintf(&once, "once%d ", i)
	}
	tg.tagWith(d, splitDoc(once.String()), nil)
	docs := append(slices.Clone(fastDocs), "The plan. the plan", "Plan A. THE PLAN", "plan b", "Plan B and the plan")
	hits, before := 0, 0
	for round := 0; round < 4; round++ {
		for i, doc := range docs {
			if round == 2 && i == 2 {
				d.doc = ^uint32(0) // the next document makes the scratch forget
			}
			tg.tagWith(d, splitDoc(doc), nil)
			if round == 2 && i == 2 && len(d.types) >= before {
				t.Errorf("the scratch forgot no type")
			}
			before = len(d.types)
			for i := range d.types {
				if wt := &d.types[i]; wt.lowerID != 0 && d.types[wt.lowerID-1].word != wt.toLower {
					t.Errorf("%q: lowerID names %q", wt.word, d.types[wt.lowerID-1].word)
				}
			}
			for _, id := range d.present {
				wt := &d.types[id]
				want := false
				if wt.upperStart {
					if lid, ok := d.vocab.find(wt.toLower); ok && d.types[lid].seen == d.doc && d.types[lid].lowerStart {
						want = true
					}
				}
				if wt.lowerElsewhere != want {
					t.Errorf("%q in %q: lowerElsewhere %v, the look-up says %v", wt.word, doc, wt.lowerElsewhere, want)
				}
				if want {
					hits++
				}
			}
		}
	}
	if hits == 0 {
		t.Error("no word written both ways: the test tests nothing")
	}
}
