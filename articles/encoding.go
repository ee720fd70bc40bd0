package articles

import (
	"strings"
	"unicode/utf8"
)

// decode returns the file's text as UTF-8 and the encoding it was read
// with. The rule is simple and stated in the README: valid UTF-8 is taken as
// it is; anything else is Windows-1252 (a superset of Latin-1 for printable
// text), so a pound sign written as the byte A3 shows as £.
func decode(data []byte) (string, string) {
	if utf8.Valid(data) {
		return string(data), "utf-8"
	}
	var b strings.Builder
	b.Grow(len(data) + len(data)/4)
	for _, c := range data {
		switch {
		case c < 0x80:
			b.WriteByte(c)
		case c < 0xA0:
			b.WriteRune(cp1252[c-0x80])
		default:
			b.WriteRune(rune(c))
		}
	}
	return b.String(), "windows-1252"
}

// cp1252 maps the bytes 0x80–0x9F of Windows-1252; the five bytes it leaves
// undefined become U+FFFD.
var cp1252 = [32]rune{
	'€', '\uFFFD', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\uFFFD', 'Ž', '\uFFFD',
	'\uFFFD', '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\uFFFD', 'ž', 'Ÿ',
}
