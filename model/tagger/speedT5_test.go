package tagger

import (
	"reflect"
	"slices"
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
