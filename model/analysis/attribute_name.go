package analysis

import (
	"strings"
	"unicode"
)

// shownName is the name the margin shows for a speaker the sieve found
// under a recognised name: a person's or organisation's name never starts
// with punctuation or a sentence opener and never holds a verb, so the
// recogniser's ", Bolton", "Yet Clinton" and "Perez hammered Trump" show
// as "Bolton", "Clinton" and "Perez". The words before a verb are the
// subject that spoke; anything else is kept as it stands.
func shownName(name string) string {
	s := strings.TrimLeftFunc(name, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	words := strings.Fields(s)
	for len(words) > 1 && sentenceOpeners[lower(words[0])] {
		words = words[1:]
	}
	for i := 1; i < len(words); i++ {
		if w := words[i]; isLowerWord(w) && (strings.HasSuffix(w, "ed") || isCueWord(w)) {
			words = words[:i]
			break
		}
	}
	if len(words) == 0 {
		return name
	}
	return strings.Join(words, " ")
}
