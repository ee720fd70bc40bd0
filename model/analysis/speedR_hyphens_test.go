package analysis

import (
	"slices"
	"strings"
	"testing"
)

// TestHyphenTokens holds hyphenTokens to the tokens whose text holds a
// hyphen, and nextHyphenedGivenIn to nextHyphenedGiven, from every token
// to every end.
func TestHyphenTokens(t *testing.T) {
	texts := append([]string{
		"Amir-Hossein Karimzadeh met Marie-Claire Dubois and Jean-Pierre Ould-Abdallah in a well-known self-made x-ray lab - twice.",
		"Nothing here is hyphenated at all.",
		"Trailing -, -leading, and a-b-c-d; Anne-Marie’s 'quote' -- Jean-Luc.",
	}, skipTexts...)
	for _, text := range texts {
		tz := tokenizeText(text)
		hy, ok := hyphenTokens(tz)
		if !ok {
			t.Errorf("%q: tokens out of order", text)
			continue
		}
		var want []int32
		for k := range tz.toks {
			if hasHyphen(tz.toks[k].text) {
				want = append(want, int32(k))
			}
		}
		if len(hy) != len(want) {
			t.Errorf("%q: hyphenated tokens %v, want %v", text, hy, want)
			continue
		}
		for i := range hy {
			if hy[i] != want[i] {
				t.Errorf("%q: hyphenated tokens %v, want %v", text, hy, want)
				break
			}
		}
		for end := 0; end <= len(tz.toks); end++ {
			c := 0
			for k := 0; k <= end; k++ {
				if got, want := nextHyphenedGivenIn(tz.toks, hy, &c, k, end), nextHyphenedGiven(tz.toks, k, end); got != want {
					t.Errorf("%q: from %d to %d: %d, want %d", text, k, end, got, want)
				}
			}
		}
	}
}

// TestByteTokens holds byteTokens for brackets, which definedAcronyms
// walks, to the tokens whose text holds one.
func TestByteTokens(t *testing.T) {
	texts := append([]string{
		"The Moro National Liberation Front (MNLF) met the (UN) and (a)(b) (( at (end",
		"No brackets here.", "(", "(MNLF)",
	}, skipTexts...)
	for _, text := range texts {
		tz := tokenizeText(text)
		got, ok := byteTokens(tz, '(')
		if !ok {
			t.Errorf("%q: tokens out of order", text)
			continue
		}
		var want []int32
		for k := range tz.toks {
			if strings.IndexByte(tz.toks[k].text, '(') >= 0 {
				want = append(want, int32(k))
			}
		}
		if !slices.Equal(got, want) {
			t.Errorf("%q: bracket tokens %v, want %v", text, got, want)
		}
	}
}
