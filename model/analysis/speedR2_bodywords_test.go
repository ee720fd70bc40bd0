package analysis

import (
	"strings"
	"testing"
)

// TestIsBodyWord holds token.isBodyWord to bodyWords of the token's
// lower-case form, for every word of the lists bodyWords asks, in three
// cases and with a letter more or less, and for the words of texts.
func TestIsBodyWord(t *testing.T) {
	var words []string
	for _, set := range []map[string]bool{orgHeads, otherHeads, geoHeads, streetHeads, companyHeads, companySuffixes,
		publisherHeads, stateHeads, bodyNameHeads, newspaperHeads, eventHeads, competitionHeads, groundHeads, outletWords} {
		for w := range set {
			words = append(words, w, strings.ToUpper(w[:1])+w[1:], strings.ToUpper(w), w+".", w+"s", w[:len(w)-1], "x"+w)
		}
	}
	texts := append([]string{strings.Join(words, " , ")}, skipTexts...)
	texts = append(texts, "The Inc. and Co. of Reed Center, the Ltd and LLC. press at AP News", "")
	n := 0
	for _, text := range texts {
		tz := tokenizeText(text)
		for k := range tz.toks {
			tok := &tz.toks[k]
			if got, want := tok.isBodyWord(), bodyWords(tok.low); got != want {
				t.Errorf("%q: isBodyWord %v, bodyWords %v", tok.text, got, want)
			}
			if bodyWords(tok.low) {
				n++
			}
		}
	}
	if n < 100 {
		t.Errorf("only %d body words among the tokens", n)
	}
	for _, c := range []struct {
		name string
		f    func(string) bool
		set  map[string]bool
	}{{"bodyNameHeads", isBodyNameHead, bodyNameHeads}, {"outletWords", isOutletWord, outletWords}} {
		var ws []string
		for w := range c.set {
			ws = append(ws, w, strings.ToUpper(w), w+"s", w+".", w[:len(w)-1], "x"+w)
		}
		for _, w := range append(ws, "", "a", "the", "Reed", "centres", "newss") {
			if got, want := c.f(w), c.set[w]; got != want {
				t.Errorf("%s: %q gives %v, the list %v", c.name, w, got, want)
			}
		}
	}
}
