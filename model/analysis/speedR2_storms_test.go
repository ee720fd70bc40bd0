package analysis

import (
	"strings"
	"testing"
)

// TestStormGate: worldNames asks stormName only where the article's table
// of forms has a storm's word; every word isStormWord accepts, written
// as a name's first word or in capitals, is found there.
func TestStormGate(t *testing.T) {
	for w := range stormWords {
		for _, written := range []string{strings.ToUpper(w[:1]) + w[1:], strings.ToUpper(w), w} {
			tz := tokenizeText("Officials said " + written + " Ida hit the coast.")
			if !writesForm(tz, w) {
				t.Errorf("%q: no form %q in the table", written, w)
			}
			found := false
			for k := range tz.toks {
				found = found || isStormWord(tz.toks[k].low)
			}
			if !found {
				t.Errorf("%q: no token isStormWord accepts", written)
			}
		}
	}
	if tz := tokenizeText("Officials said Ida hit the coast."); writesForm(tz, "storm") {
		t.Errorf("a text with no storm's word has the form")
	}
}
