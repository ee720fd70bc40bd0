package analysis

import "strings"

// byteCursor finds a byte of ASCII in an article's text for spans asked
// mostly in text order: a pass that wants the tokens holding the byte
// asks a mention's span once, rather than each of its words, and most
// spans hold none. A token's text is its span of the text (addSentence;
// TestHyphenCursor).
type byteCursor struct {
	text string
	c    byte
	// at is the first c at or after from, or len(text)
	from, at int
}

func newByteCursor(text string, c byte) byteCursor {
	return byteCursor{text: text, c: c, at: nextByte(text, 0, c)}
}

// nextByte is the first c in text at or after i, or len(text).
func nextByte(text string, i int, c byte) int {
	if j := strings.IndexByte(text[i:], c); j >= 0 {
		return i + j
	}
	return len(text)
}

// within reports whether text[s:e] holds the cursor's byte.
func (b *byteCursor) within(s, e int) bool {
	if s < b.from || s > b.at {
		b.from, b.at = s, nextByte(b.text, s, b.c)
	}
	return b.at < e
}
