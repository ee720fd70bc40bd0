package analysis

import (
	"strings"
	"testing"
)

// Lists registered for the test only: one of the package's own, and one
// with a word mapped to false, words with capitals and a curly
// apostrophe, which no form or only some forms match.
var (
	lexTestSet  = map[string]bool{"said": true, "plan": false, "U.S.": true, "o’neil's": true, "ruiz": true, "école": true}
	lxTestSet   = newLexBit(&lexTestSet)
	lxTestGiven = newLexBit(&givenNames)
)

// TestLexiconAgreesWithLists holds the lexicon to the maps it stands for:
// for every token of a run of articles, tokenised one after another with
// the pooled arrays of the one before, and every registered list, the
// token's bit is set exactly when the list maps its lower-case form to
// true.
func TestLexiconAgreesWithLists(t *testing.T) {
	texts := []string{
		"Title\nThe U.S. Senate said NO to Ms. O’Neil's plan. Ana Ruiz met ana RUIZ; Ruiz said ''no'' twice.",
		"ÉCOLE école Zürich said ÇA VA, and the IMF’s chief, Maria, agreed with John and JOHN.",
		strings.Repeat("Kim Lee Park Wu Un kim said plan ", 40),
		"",
	}
	texts = bundledTexts(t, texts...)
	checked := map[lexBits]int{}
	for _, text := range texts {
		tz := tokenizeText(text)
		for k, tok := range tz.toks {
			got := tz.lex(k)
			for _, l := range lexLists {
				want := (*l.set)[tok.low]
				if (got&l.bit != 0) != want {
					t.Errorf("token %q: bit %b is %v, the list says %v", tok.text, l.bit, got&l.bit != 0, want)
				}
				if want {
					checked[l.bit]++
				}
			}
		}
		tz.release()
	}
	// the test means something only if both test lists were hit
	if checked[lxTestSet] == 0 || checked[lxTestGiven] == 0 {
		t.Errorf("tokens in the test lists: %d and %d, want some of each", checked[lxTestSet], checked[lxTestGiven])
	}
}
