package analysis

import (
	"testing"
	"unicode"
)

// gluedWordRunes is gluedWord as it was, reading every word rune by rune.
func gluedWordRunes(w string) bool {
	if w == "" {
		return false
	}
	if w[0] >= '0' && w[0] <= '9' {
		up := false
		for _, r := range w {
			if up && unicode.IsLower(r) {
				return true
			}
			up = unicode.IsUpper(r)
		}
		return false
	}
	humps, caps, lows := 0, 0, 0
	for _, r := range w {
		switch {
		case unicode.IsLower(r):
			lows++
			caps = 0
		case unicode.IsUpper(r):
			if lows > 0 {
				humps++
				if lows < 3 {
					caps = -1
				} else {
					caps = 0
				}
			}
			if caps >= 0 {
				caps++
				if caps >= 3 && humps > 0 {
					return true
				}
			}
			lows = 0
		default:
			caps, lows = 0, 0
		}
	}
	return humps >= 3
}

// TestGluedWordFast holds gluedWord, which passes over words of ASCII
// with no capital after the first letter, to the rune-by-rune reading.
func TestGluedWordFast(t *testing.T) {
	words := []string{"", "a", "A", "Reed", "reed", "REED", "McCain", "McCAIN", "BrandtJOAN", "brandtJOAN", "FlagShareLikeReply",
		"01PMReed", "1990s", "3M", "O'Neill", "Ashcombe-Reeve", "ÉmileZOLA", "émileZOLA", "ÅsaÖÖÖ", "abcÄBC", "AbcDefGhi",
		"aBcDeFg", "x", "iPhone", "eBay", "deGRASSE", "vanDYKE", "ÖzilMESUT", "Ödön", "naïve", "ẞ", "aaaÆØÅ", "-", "Reed.",
		"abc\u0130DEF", "Kelvin\u212AKK"}
	for _, text := range skipTexts {
		tz := tokenizeText(text)
		for k := range tz.toks {
			words = append(words, tz.toks[k].text)
		}
	}
	for _, w := range words {
		if got, want := gluedWord(w), gluedWordRunes(w); got != want {
			t.Errorf("gluedWord(%q) = %v, want %v", w, got, want)
		}
	}
}
