package articles

import (
	"strings"
	"unicode/utf16"
	"unicode/utf8"
	"unsafe"
)

// decode returns the file's text as UTF-8 and the encoding it was read
// with. The rule is simple and stated in the README: a file that opens with
// a UTF-16 byte-order mark is UTF-16 (see decodeUTF16); valid UTF-8 is taken
// as it is; anything else is Windows-1252 (a superset of Latin-1 for
// printable text), so a pound sign written as the byte A3 shows as £.
// When owned, valid UTF-8 shares data, which must then never change.
func decode(data []byte, owned bool) (string, string) {
	if enc := utf16BOM(data); enc != "" {
		return decodeUTF16(data, enc == "utf-16be"), enc
	}
	if utf8.Valid(data) {
		if owned && len(data) > 0 {
			return unsafe.String(&data[0], len(data)), "utf-8"
		}
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

// utf16BOM names the UTF-16 byte order data's byte-order mark gives, or "".
func utf16BOM(data []byte) string {
	switch {
	case len(data) >= 2 && data[0] == 0xFF && data[1] == 0xFE:
		return "utf-16le"
	case len(data) >= 2 && data[0] == 0xFE && data[1] == 0xFF:
		return "utf-16be"
	}
	return ""
}

// decodeUTF16 turns UTF-16 into UTF-8, the byte-order mark kept as U+FEFF
// so that Text starts where the file does. Every two bytes on disk are one
// character of Text, or four for a surrogate pair: a lone surrogate becomes
// U+FFFD, which keeps that count true. An odd last byte and a high surrogate
// with nothing after it (a file cut short) are left out.
func decodeUTF16(data []byte, bigEndian bool) string {
	units := make([]uint16, len(data)/2)
	for i := range units {
		if bigEndian {
			units[i] = uint16(data[2*i])<<8 | uint16(data[2*i+1])
		} else {
			units[i] = uint16(data[2*i]) | uint16(data[2*i+1])<<8
		}
	}
	if n := len(units); n > 0 && utf16.IsSurrogate(rune(units[n-1])) && units[n-1] < 0xDC00 {
		units = units[:n-1]
	}
	var b strings.Builder
	b.Grow(len(units) * 3 / 2)
	for _, r := range utf16.Decode(units) {
		b.WriteRune(r)
	}
	return b.String()
}
