package analysis

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// writesForm reports whether some token of the article has the lower-case
// form w, by the article's table of forms (tz.vocab): a pass that looks
// for a rare word ("@", "St", "Pol") learns in a look-up or two that the
// article has none, and skips its walk over every token.
func writesForm(tz *tokenized, w string) bool {
	_, ok := tz.vocabSlot(w, formHash(w))
	return ok
}

// mayHoldCompound reports whether text holds a hyphen, a "u" or "U", a
// byte and a hyphen ("-ul-", "-UR-"), as a word compoundName takes does
// in whatever case: an article without one has no such word, and
// compoundNames need not walk its tokens. Hyphens are few, and found a
// word at a time.
func mayHoldCompound(text string) bool {
	for i := 0; ; {
		j := strings.IndexByte(text[i:], '-')
		if j < 0 {
			return false
		}
		p := i + j
		if p+3 < len(text) && text[p+1]|0x20 == 'u' && text[p+3] == '-' {
			return true
		}
		i = p + 1
	}
}

// hyphenBeforeCapital reports whether text holds a hyphen-minus with a
// capital letter right after it, as every name word written in lower case
// does ("al-Assad", "el-Sisi": isNameWord); an article without one has no
// such word, and personNames need not look for hyphens in its words.
func hyphenBeforeCapital(text string) bool {
	return nextHyphenCapital(text, 0) < len(text)
}

// nextHyphenCapital is the offset of the first hyphen-minus at or after
// offset i of text with a capital letter right after it, or len(text).
func nextHyphenCapital(text string, i int) int {
	for {
		j := strings.IndexByte(text[i:], '-')
		if j < 0 {
			return len(text)
		}
		p := i + j + 1
		if p < len(text) {
			if c := text[p]; c < utf8.RuneSelf {
				if 'A' <= c && c <= 'Z' {
					return p - 1
				}
			} else if r, _ := utf8.DecodeRuneInString(text[p:]); unicode.IsUpper(r) {
				return p - 1
			}
		}
		i = p
	}
}

// hyphenCursor finds the hyphens before a capital in an article's text
// for spans asked mostly in text order: a word not capitalised is a name
// word (isNameWord) only where its span holds one, as its text is the
// text's bytes there, and most articles have few or none, so a word's
// own bytes need not be read.
type hyphenCursor struct {
	text string
	// at is nextHyphenCapital(text, from)
	from, at int
}

func newHyphenCursor(text string) hyphenCursor {
	return hyphenCursor{text: text, at: nextHyphenCapital(text, 0)}
}

// within reports whether text[s:e] holds the hyphen of a hyphen before a
// capital.
func (c *hyphenCursor) within(s, e int) bool {
	if s < c.from || s > c.at {
		c.from, c.at = s, nextHyphenCapital(c.text, s)
	}
	return c.at < e
}

// capitalAfterFirst reports whether w may have a capital after its first
// byte: an ASCII capital there, or a byte beyond ASCII anywhere after it.
// gluedWord counts a word's humps, capitals after a lower-case letter,
// rune by rune; a word of ASCII with no capital after its first letter,
// as most names are ("Reed"), has none, and is told in a byte loop.
func capitalAfterFirst(w string) bool {
	for i := 1; i < len(w); i++ {
		if c := w[i]; c-'A' < 26 || c >= utf8.RuneSelf {
			return true
		}
	}
	return false
}
