package analysis

import (
	"strings"
	"unicode/utf8"
)

// spokenEnd is the last character of the words a quotation holds, read past
// the closing marks of a quotation inside it that ends with it: in
// “I said, ‘She has never skated,’” he remembers, the inner quotation's
// comma ends the outer words too, and a tag may follow as after “…,”.
// An apostrophe that ends a plural possessive (“the players’”) leaves a
// letter, which ends no sentence and opens no tag, as before.
func spokenEnd(text string) rune {
	text = strings.TrimSpace(text)
	for {
		r, size := utf8.DecodeLastRuneInString(text)
		if size == 0 || r != '’' && r != '\'' && r != '”' && r != '"' {
			return r
		}
		text = strings.TrimSpace(text[:len(text)-size])
	}
}
