package analysis

import (
	"strings"
	"unicode/utf8"
)

// pronounOf is pronouns[t.low], asked of the map only for a token whose
// class says its form is one of the map's keys (wcPronoun): the subject
// searches ask it of most words they pass.
func pronounOf(t *token) string {
	if !t.in(wcPronoun) {
		return ""
	}
	return pronouns[t.low]
}

// titleSmallWord is titleSmallWords[strings.ToLower(w)], the small words a
// title leaves in lower case, without making the lower-case string: a word
// of ASCII is lowered on the stack, and none of more than four bytes is
// one (the list's longest are four); a word beyond ASCII, whose lower case
// may be shorter ("İN"), asks strings.ToLower. titleCaseWords asks it of
// every word of most quotations (TestTitleSmallWord).
func titleSmallWord(w string) bool {
	if len(w) > 4 {
		for i := 0; i < len(w); i++ {
			if w[i] >= utf8.RuneSelf {
				return titleSmallWords[strings.ToLower(w)]
			}
		}
		return false
	}
	var buf [4]byte
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= utf8.RuneSelf {
			return titleSmallWords[strings.ToLower(w)]
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	switch string(buf[:len(w)]) {
	case "a", "an", "the", "of", "and", "in", "on", "at", "to", "for", "from", "with", "by", "or", "nor", "but":
		return true
	}
	return false
}

// adverbialPrep is adverbialPreps[w] by a switch: the subject searches
// ask it of the word before many a name (TestAdverbialPrep).
func adverbialPrep(w string) bool {
	switch w {
	case "in", "at", "on", "during", "over", "after", "since", "before", "within", "throughout":
		return true
	}
	return false
}
