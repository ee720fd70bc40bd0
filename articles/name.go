package articles

import (
	"path"
)

// FromName reads what a file's name says of its article: a date
// (YYYY-MM-DD or YYYYMMDD anywhere in the base name, given back as
// YYYY-MM-DD) and a source (a short prefix before an underscore and the
// date). Either is "" when the name does not say. The text's own date and
// source, where it has them, take precedence.
//
// The list reads every file's name before its text, so this is scanned by
// hand rather than by regular expression: a tenth of the CPU of a warm
// start of 50,000 articles went to the two expressions it replaces (kept
// in name_test.go, which checks that both agree).
func FromName(name string) (date, source string) {
	base := path.Base(filepathSlash(name))
	for i := 0; i+8 <= len(base); i++ {
		if i > 0 && isDigit(base[i-1]) {
			continue
		}
		// the first date-like run decides, as the expression's leftmost
		// match did, even when its separators disagree
		if y, m, d, sep1, sep2, end, ok := dateAt(base, i, true); ok && (end == len(base) || !isDigit(base[end])) {
			if sep1 == sep2 {
				date = y + "-" + m + "-" + d
			}
			break
		}
	}
	if k := prefixLen(base); k > 0 {
		if _, _, _, _, _, _, ok := dateAt(base, k+1, false); ok {
			source = base[:k]
		}
	}
	return date, source
}

// dateAt reads a date at s[i:]: a year of 19xx or 20xx, a month and a
// day, each separated by an optional "-"; month and day in their ranges
// when checked.
func dateAt(s string, i int, checked bool) (y, m, d string, sep1, sep2 bool, end int, ok bool) {
	digits := func(n int) (string, bool) {
		if i+n > len(s) {
			return "", false
		}
		for k := i; k < i+n; k++ {
			if !isDigit(s[k]) {
				return "", false
			}
		}
		i += n
		return s[i-n : i], true
	}
	dash := func() bool {
		if i < len(s) && s[i] == '-' {
			i++
			return true
		}
		return false
	}
	if y, ok = digits(4); !ok || y[:2] != "19" && y[:2] != "20" {
		return "", "", "", false, false, 0, false
	}
	sep1 = dash()
	if m, ok = digits(2); !ok || checked && (m < "01" || m > "12") {
		return "", "", "", false, false, 0, false
	}
	sep2 = dash()
	if d, ok = digits(2); !ok || checked && (d < "01" || d > "31") {
		return "", "", "", false, false, 0, false
	}
	return y, m, d, sep1, sep2, i, true
}

// prefixLen is the length of a source's name before an underscore at the
// start of a file name: a letter, then up to 23 letters, digits or "-";
// 0 when there is none.
func prefixLen(s string) int {
	if len(s) == 0 || !isLetter(s[0]) {
		return 0
	}
	for k := 1; k < len(s) && k <= 24; k++ {
		switch c := s[k]; {
		case c == '_':
			return k
		case isLetter(c) || isDigit(c) || c == '-':
		default:
			return 0
		}
	}
	return 0
}

func isDigit(c byte) bool  { return '0' <= c && c <= '9' }
func isLetter(c byte) bool { return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' }
