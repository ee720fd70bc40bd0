package analysis

import (
	"testing"
)

// TestTokAtAsTokenAt holds the attributor's tokAt, by the blocks of the
// text, to tokenAt's search over the tokens at every byte offset of the
// bundled articles and a few texts, and a little before and past them.
func TestTokAtAsTokenAt(t *testing.T) {
	texts := []string{
		"Ann Reed met Tomas Brandt. “We will win,” she said.",
		"“No,”   said Reed,\n\n\n                                  who thanked her. “Yes.”",
	}
	texts = bundledTexts(t, texts...)
	read := 0
	for _, text := range texts {
		a := article(text)
		tz := Default().prepare(a)
		at := newAttributor(a, tz)
		if at == nil {
			tz.release()
			continue
		}
		read++
		if at.tokBlk == nil && len(tz.toks) > 0 {
			t.Errorf("%.40q: no blocks", text)
		}
		for off := -3; off < len(a.Text)+40; off++ {
			if got, want := at.tokAt(off), tokenAt(tz.toks, off); got != want {
				t.Fatalf("%.40q: tokAt(%d) = %d, tokenAt %d", text, off, got, want)
			}
		}
		tz.release()
	}
	if read == 0 {
		t.Fatal("no article with quotations")
	}
}
