package analysis

import "unicode/utf8"

// candidatesOf are the openings the line t, not empty, may have: those of
// its ASCII first byte (candidates), or for a first rune beyond ASCII
// that folds to none in ASCII (the “ of a quotation, most such lines)
// only the openings that start beyond ASCII, none of the furniture's,
// where candidates gave all of them, each then passed over in turn.
func (g *openingGroups) candidatesOf(t string) []string {
	if t[0] < utf8.RuneSelf || foldsToASCII(t) {
		return g.candidates(t[0])
	}
	return g.beyond
}

// punctuationOpens reports whether t opens with a rune of the block of
// general punctuation, U+2000 to U+203F (three bytes, E2 80 xx): spaces,
// dashes, curly quotation marks, "…", none of which has a case.
func punctuationOpens(t string) bool {
	return len(t) >= 3 && t[0] == 0xe2 && t[1] == 0x80
}
