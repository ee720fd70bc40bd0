package analysis

import (
	"unicode"
	"unicode/utf8"
)

// partyTownTag: a party's letter, a hyphen and a capitalised place, as a
// lawmaker's tag gives them ("R-Lima", "D-Yonkers").
func partyTownTag(w string) bool {
	if len(w) < 4 || w[0] != 'R' && w[0] != 'D' && w[0] != 'I' || w[1] != '-' {
		return false
	}
	r, _ := utf8.DecodeRuneInString(w[2:])
	return unicode.IsUpper(r)
}
