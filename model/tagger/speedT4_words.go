package tagger

import "unicode/utf8"

// Marks of a word type's lower-cased word in the two fixed lists a new
// word type asks (wordMarks): one look-up where there were two.
const (
	markTitle  uint8 = 1 << iota // titleWords
	markSports                   // sportsWords
)

// wordMarks maps every word of titleWords and sportsWords to its marks.
var wordMarks = func() map[string]uint8 {
	m := make(map[string]uint8, len(titleWords)+len(sportsWords))
	for w, in := range titleWords {
		if in {
			m[w] |= markTitle
		}
	}
	for w, in := range sportsWords {
		if in {
			m[w] |= markSports
		}
	}
	return m
}()

// normWordLower is normWord(w), whether that is strings.ToLower(w) too
// (a word of ASCII with no digit): a new word type then needs no second
// lowering of a capitalised word, and whether w is all ASCII (and so the
// result too). A word of ASCII that normWord changes is lowered byte by
// byte in an array on the stack, where normWord wrote it a rune at a time
// through a builder.
func normWordLower(w string) (lw string, lowered, ascii bool) {
	simple, digits := true, false
	ascii = true
	for i := 0; i < len(w); i++ {
		c := w[i]
		switch {
		case c >= utf8.RuneSelf:
			ascii, simple = false, false
		case c >= 'A' && c <= 'Z':
			simple = false
		case c >= '0' && c <= '9':
			simple, digits = false, true
		}
	}
	if simple {
		return w, true, true
	}
	if !ascii || len(w) > 64 {
		return normWord(w), false, ascii
	}
	var buf [64]byte
	b := buf[:len(w)]
	for i := range b {
		c := w[i]
		switch {
		case c >= 'A' && c <= 'Z':
			c += 'a' - 'A'
		case c >= '0' && c <= '9':
			c = '0'
		}
		b[i] = c
	}
	return string(b), !digits, true
}
