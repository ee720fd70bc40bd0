package analysis

import (
	"unicode"
	"unicode/utf8"
)

// A nickname is often quoted inside the name it belongs to: Rodolfo
// "Dodong" Villanueva, George “Jay” Keyworth, Abdul ‘Bobby’ Rahman. Such a
// stretch is no quotation, and the name around it is one person's. It is
// told by its shape alone, since most such given names (Rodolfo, Abdul)
// are on no list: one to three capitalised words between marks, right
// after a capitalised word or an initial and right before a capitalised
// word, a single space on either side.

// maxNicknameWords is the most words a quoted nickname has: "The Rock",
// "Mad Dog", "The Big Easy".
const maxNicknameWords = 3

// nicknameAt reports whether the quoted stretch t[start:end], its words
// t[cs:ce] inside the marks, is a nickname inside a name.
func nicknameAt(t string, start, cs, ce, end int) bool {
	if start < 2 || end+2 > len(t) || t[start-1] != ' ' || t[end] != ' ' || !nicknameWords(t[cs:ce]) {
		return false
	}
	return givenBefore(t, start-1) && surnameAfter(t, end+1)
}

// nicknameWords reports whether w is one to three capitalised words, each
// of letters with inner full stops, hyphens or apostrophes ("Jr.", "T-Bone",
// "O'Shea"), one space apart, and nothing else.
func nicknameWords(w string) bool {
	n, start := 0, true
	for i := 0; i < len(w); {
		r, size := utf8.DecodeRuneInString(w[i:])
		switch {
		case start:
			if !unicode.IsUpper(r) {
				return false
			}
			n, start = n+1, false
		case r == ' ':
			start = true
		case !unicode.IsLetter(r) && !(r == '.' || r == '-' || r == '\'' || r == '’') && !unicode.In(r, unicode.Mn, unicode.Mc):
			return false
		}
		i += size
	}
	return !start && n <= maxNicknameWords
}

// givenBefore reports whether the word that ends at byte i is a given name
// or an initial ("J.", "J"): capitalised, of letters, and no function word
// ("The “Big Three” Automakers").
func givenBefore(t string, i int) bool {
	j := i
	for j > 0 {
		r, size := utf8.DecodeLastRuneInString(t[:j])
		if !unicode.IsLetter(r) && r != '.' && r != '-' && r != '\'' && r != '’' && !unicode.In(r, unicode.Mn, unicode.Mc) {
			break
		}
		j -= size
	}
	w := t[j:i]
	if j > 0 {
		// the given name is a word of its own, not the tail of "U.S.-born"
		if r, _ := utf8.DecodeLastRuneInString(t[:j]); !unicode.IsSpace(r) && !isOpeningPunct(string(r)) {
			return false
		}
	}
	return nicknameShaped(w) && !stopword(w) && !isPossessive(w[len(w)-min(len(w), 2):]) && !isPossessive(w[len(w)-min(len(w), 4):])
}

// surnameAfter reports whether the word at byte i is surname-shaped:
// capitalised, of letters (with inner apostrophes and hyphens), ending
// at a space or punctuation, and no function word.
func surnameAfter(t string, i int) bool {
	j := i
	for j < len(t) {
		r, size := utf8.DecodeRuneInString(t[j:])
		if !unicode.IsLetter(r) && !unicode.In(r, unicode.Mn, unicode.Mc) &&
			!((r == '-' || r == '\'' || r == '’') && j+size < len(t) && isLetterAt(t, j+size)) {
			break
		}
		j += size
	}
	w := t[i:j]
	return nicknameShaped(w) && len(w) > 1 && !stopword(w)
}

// nicknameShaped reports whether w opens with a capital and goes on in lower
// case but for an inner capital ("McCain", "DeSantis", "O'Neil"): neither
// empty nor all capitals beyond one letter ("NFL").
func nicknameShaped(w string) bool {
	r, size := utf8.DecodeRuneInString(w)
	if w == "" || !unicode.IsUpper(r) {
		return false
	}
	lowers := 0
	for _, r := range w[size:] {
		if unicode.IsLower(r) {
			lowers++
		}
	}
	return lowers > 0 || len(w) == size || w[size:] == "."
}

func isLetterAt(t string, i int) bool {
	r, _ := utf8.DecodeRuneInString(t[i:])
	return unicode.IsLetter(r)
}
