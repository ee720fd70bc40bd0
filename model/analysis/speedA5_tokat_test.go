package analysis

import (
	"testing"

	"github.com/byline-reader/byline/model"
)

// TestTokAtAsTokenAt holds the attributor's tokAt, by the blocks of the
// text, to tokenAt's search over the tokens at every byte offset of the
// bundled articles and a few texts, and a little before and past them.
func TestTokAtAsTokenAt(t *testing.T) {
	texts := []string{
		"Ann Reed met Tomas Brandt. “We will win,” she said.",
		"“No,”   said Reed,\n\n\n                                  who thanked her. “Yes.”",
	}
	eachAttributor(t, 1, texts, func(a *model.Article, tz *tokenized, at *attributor, text string) {
		if at.tokBlk == nil && len(tz.toks) > 0 {
			t.Errorf("%.40q: no blocks", text)
		}
		for off := -3; off < len(a.Text)+40; off++ {
			if got, want := at.tokAt(off), tokenAt(tz.toks, off); got != want {
				t.Fatalf("%.40q: tokAt(%d) = %d, tokenAt %d", text, off, got, want)
			}
		}
	})
}
