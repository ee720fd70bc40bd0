package analysis

import "testing"

// TestCommaAfter holds commaAfter to a walk over the sentence's tokens
// from k, asked in any order.
func TestCommaAfter(t *testing.T) {
	for _, text := range append([]string{"Soe Min, a party member, said so, and left", "No comma here"}, skipTexts...) {
		tz := tokenizeText(text)
		for _, s := range tz.sents {
			last := -2
			for k := s.end + 2; k >= s.start; k-- {
				want := false
				for j := max(k, s.start); j < s.end; j++ {
					want = want || tz.toks[j].text == ","
				}
				if got := commaAfter(tz.toks, &last, k, s); got != want {
					t.Errorf("%q from %d: %v, want %v", text, k, got, want)
				}
			}
		}
	}
}
