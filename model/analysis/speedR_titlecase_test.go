package analysis

import (
	"testing"
	"unicode/utf8"
)

// titleCasedAsWas is titleCased as it was, asking every word all of its
// tests.
func titleCasedAsWas(tz *tokenized, ts, te int) bool {
	words, caps := 0, 0
	sent := tz.toks[ts:te]
	for i := range sent {
		t := &sent[i]
		if !t.capital && !startsASCIILetter(t.text) && (len(t.text) == 1 && t.text[0] < utf8.RuneSelf || !hasLetter(t.text)) ||
			t.in(wcTitleSmall) || isPossessive(t.text) {
			continue
		}
		words++
		if t.capital {
			caps++
		} else if 5*caps-4*words+len(sent)-i-1 < 0 {
			return false
		}
	}
	return words >= 3 && caps*5 >= words*4
}

// TestTitleCasedOrder holds titleCased, which asks a capitalised word or
// one opening with a letter its bits alone, to the tests as they were, over
// every range of tokens of texts in title case, in capitals, with
// possessives and marks.
func TestTitleCasedOrder(t *testing.T) {
	texts := append([]string{
		"Ada Holm’s New Book Of The Year Wins 'Big' Prize In Oslo's Old Town",
		"ADA HOLM'S NEW BOOK WINS; the ‘prize’ - and 12 others - Of The Day",
		"Reed's Plan For The Vell River 'Works', Says Éamon Ó Briain ’",
	}, skipTexts...)
	for _, text := range texts {
		tz := tokenizeText(text)
		for ts := 0; ts < len(tz.toks); ts++ {
			for te := ts; te <= len(tz.toks); te++ {
				if got, want := titleCased(tz, ts, te), titleCasedAsWas(tz, ts, te); got != want {
					t.Errorf("%q [%d, %d): %v, want %v", text, ts, te, got, want)
				}
			}
		}
	}
}
