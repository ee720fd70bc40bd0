package analysis

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// lowerLine is strings.ToLower(s), byte for byte, made cheaper for a line
// beyond ASCII: strings.ToLower maps every character through
// unicode.ToLower, a search of unicode.CaseRanges, and writes it to a
// growing builder. Here a character in a block of 64 that no case range
// touches (most of the scripts without case, and most punctuation) is
// copied as it stands, since unicode.ToLower leaves it so; ASCII is lowered
// in place; only the others are asked of unicode.ToLower. A line of ASCII
// alone is strings.ToLower's own fast path (TestLowerLine).
func lowerLine(s string) string {
	i := 0
	for i < len(s) && s[i] < utf8.RuneSelf {
		i++
	}
	if i == len(s) {
		return strings.ToLower(s)
	}
	buf := make([]byte, 0, len(s)+utf8.UTFMax)
	for k := 0; k < i; k++ {
		c := s[k]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf = append(buf, c)
	}
	for i < len(s) {
		c := s[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			buf = append(buf, c)
			i++
			continue
		}
		r, w := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && w == 1:
			// strings.Map writes an invalid byte as the replacement character
			buf = utf8.AppendRune(buf, utf8.RuneError)
		case r < 0x10000 && casedBlocks[r>>6/64]&(1<<(r>>6%64)) == 0:
			buf = append(buf, s[i:i+w]...)
		default:
			buf = utf8.AppendRune(buf, unicode.ToLower(r))
		}
		i += w
	}
	return string(buf)
}

// casedBlocks marks, in bits, the blocks of 64 characters of the basic
// plane that some range of unicode.CaseRanges touches: a character in an
// unmarked block is its own lower case.
var casedBlocks = func() (m [0x10000 / 64 / 64]uint64) {
	for _, cr := range unicode.CaseRanges {
		for b := rune(cr.Lo) >> 6; b <= rune(cr.Hi)>>6 && b < 0x10000>>6; b++ {
			m[b/64] |= 1 << (b % 64)
		}
	}
	return m
}()
