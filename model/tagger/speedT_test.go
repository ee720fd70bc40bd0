package tagger

import (
	"reflect"
	"testing"
)

// TestTagFastFindsKnownWords holds the look-up tagWith writes out to
// vocabTable.find: tagging the same documents again with the same scratch
// finds every word's type and adds none (a miss would add the word again),
// and every word's type is the one find gives for it.
func TestTagFastFindsKnownWords(t *testing.T) {
	tg := Default().WithoutConsistency()
	d := newScratch()
	var all [][]string
	for _, doc := range fastDocs {
		all = append(all, splitDoc(doc)...)
	}
	all = append(all, []string{"a", "ab", "abc", "abcd", "abcdefg", "abcdefgh", "abcdefghijklmnopq", "Abcdefghijklmnopqr", "é", "ünïcödé-wörds-that-run-long"})
	for round := 0; round < 2; round++ {
		before := len(d.types)
		tg.tagWith(d, all, nil)
		if round == 1 && len(d.types) != before {
			t.Errorf("the second round added %d types", len(d.types)-before)
		}
		for _, s := range all {
			for _, w := range s {
				id, ok := d.vocab.find(w)
				if !ok || d.types[id].word != w {
					t.Errorf("%q: find gives %d, %v", w, id, ok)
				}
			}
		}
	}
}

// TestCapsFormLazy holds the form of a word in a sentence in capitals,
// filled once a sentence asks for it (capsForm), to the one filled at once.
func TestCapsFormLazy(t *testing.T) {
	tg := Default()
	for _, w := range []string{"Obama", "NEW", "York", "the", "U.S.", "McDonald's", "Élysée", "IBM", "x"} {
		wt := tg.newWordType(w)
		tg.capsForm(wt)
		var want form
		if wt.lower == w {
			want = wt.forms[0]
		} else {
			tg.fillForm(&want, wt, wt.lower)
		}
		if !reflect.DeepEqual(wt.forms[1], want) {
			t.Errorf("%q: got %+v, want %+v", w, wt.forms[1], want)
		}
	}
}
