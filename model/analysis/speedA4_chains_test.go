package analysis

import (
	"slices"
	"testing"

	"github.com/byline-reader/byline/model"
)

// TestTokenListsAsWalks holds readTokenLists' two lists to the walks over
// every token they replace: genderTokens' to genderTokensWalk, and the
// chains' cursor (nextCandidate) to chainCandidate, asked from every token
// in order, of its own sentence and of the one before, with and without
// reported content's openings, on the bundled articles and a few texts.
func TestTokenListsAsWalks(t *testing.T) {
	texts := []string{
		"Ann Reed met Tomas Brandt. He shook his head. “We will win,” she said. Her aide, Ivo Marsh, agreed with him.",
		"The Kestrel Mining Company said Reed would go. “No,” said Reed, who thanked her. Samer Khalil said that she had told him, “He said that the plan, which was hers, would fail.”",
	}
	eachAttributor(t, 3, texts, func(_ *model.Article, tz *tokenized, at *attributor, text string) {
		list := at.genderTokens()
		if !at.ctoksOK {
			t.Errorf("%.40q: no lists read", text)
		}
		if want := at.genderTokensWalk(); !slices.Equal(list, want) || (list == nil) != (want == nil) {
			t.Errorf("%.40q: gender tokens %v, want %v", text, list, want)
		}
		toks := tz.toks
		for _, report := range []bool{false, true} {
			own := chainCursor{list: at.ctoks, ok: true}
			before := chainCursor{list: at.ctoks, ok: true}
			for k := range toks {
				if got, want := at.nextCandidate(&own, k, toks[k].sent, report), at.chainCandidate(k, toks[k].sent, report); got != want {
					t.Errorf("%.40q: from %d (report %v) stops at %d, want %d", text, k, report, got, want)
				}
				if k > 0 {
					if got, want := at.nextCandidate(&before, k, toks[k-1].sent, report), at.chainCandidate(k, toks[k-1].sent, report); got != want {
						t.Errorf("%.40q: from %d after sentence %d (report %v) stops at %d, want %d", text, k, toks[k-1].sent, report, got, want)
					}
				}
			}
		}
	})
}

// TestAttrWordsByList holds the table written list by list to attrWordFor,
// which asks every list of each word, over every word of the table and of
// the lists.
func TestAttrWordsByList(t *testing.T) {
	m := attrWordsByList()
	for w, b := range m {
		if want := attrWordFor(w); b != want {
			t.Errorf("%q: by list %b, attrWordFor %b", w, b, want)
		}
	}
	for _, set := range attrWordSets() {
		for w := range set {
			if _, ok := m[w]; !ok {
				t.Errorf("%q: not in the table", w)
			}
		}
	}
	for w := range roleWords {
		if _, ok := m[w]; !ok {
			t.Errorf("%q: not in the table", w)
		}
	}
}
