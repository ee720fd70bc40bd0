package analysis

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Helpers of the linking passes: which mentions are junk, where a name
// stands, which full name a short one is nearest to, initials.

// placeName is the name of the article's place written s, or "".
func placeName(places map[string]string, s string) string {
	n := normalizeName(s)
	if c, ok := placeAliases[strings.ToLower(n)]; ok {
		n = c
	}
	return places[strings.ToLower(n)]
}

// afterThe reports whether the word at k follows "the", directly or
// after an adjective of position: "the Vell", "the lower Vell".
func afterThe(tz *tokenized, k int) bool {
	for j := k - 1; j >= 0 && j >= k-2 && tz.toks[j].sent == tz.toks[k].sent; j-- {
		w := tz.toks[j].text
		if w == "the" || w == "The" {
			return true
		}
		if !positionWords[w] {
			return false
		}
	}
	return false
}

// nameWord: a capitalised word that can go on a name, not a function word,
// a month or a title of rank.
func nameWord(w string) bool {
	if !isCapitalised(w) || !hasLetter(w) {
		return false
	}
	// the three lists by their bits, the word lowered on the stack: a
	// name is capitalised, and lowering it made a string every time
	wordClassesOnce.Do(buildWordClasses)
	return classOfWord(w)&(wcStarter|wcCalendar|wcPersonTitle) == 0
}

// junkMention drops what is capitalised but no name: calendar words and
// their abbreviations, a suffix alone ("Jr."), a party and a state
// ("R-Fla."), an account's handle, and a single sentence-initial word that
// the article also uses in lower case ("Negotiations between …" where
// "negotiations" appears later).
func junkMention(tz *tokenized, ts, te int) bool {
	if te-ts != 1 {
		return false
	}
	t := &tz.toks[ts]
	w, lw := t.text, t.low
	if t.in(wcCalendar|wcStarter) || !hasLetter(w) || t.in(wcMonthAbbr) || t.in(wcSuffix) && suffixes[w] {
		return true
	}
	// "Inc.", "Corp." alone: the end of a company's name the recogniser
	// cut off, which names nothing by itself
	if t.in(wcCompanySuffix) && lw != "co" && lw != "ag" { // the suffix with or without its full stop
		return true
	}
	// "(R-Fla.)", "D-N.Y.": a party and a state, no name
	if len(w) > 2 && (w[0] == 'R' || w[0] == 'D' || w[0] == 'I') && w[1] == '-' && usStates[strings.TrimSuffix(lw[2:], ".")] {
		return true
	}
	// "(R-Lima)", ", D-Cedar Falls,": a state lawmaker's party and home
	// town, set off by a bracket or a comma; a town is no name of a person
	if partyTownTag(w) && ts > 0 && (tz.toks[ts-1].text == "(" || tz.toks[ts-1].text == ",") {
		return true
	}
	// "@PriyaShah": an account's handle
	if ts > 0 && tz.toks[ts-1].text == "@" && tz.toks[ts-1].End == tz.toks[ts].Start {
		return true
	}
	// "South Korean", "West German": a compass word before a demonym names
	// no place of its own
	if t.in(wcCompass) && ts+1 < len(tz.toks) && tz.toks[ts+1].sent == tz.toks[ts].sent {
		if n, ln := tz.toks[ts+1].text, tz.toks[ts+1].low; isCapitalised(n) && (strings.HasSuffix(ln, "an") || strings.HasSuffix(ln, "ese")) {
			return true
		}
	}
	// a letter of an abbreviation written with a slash: "N / A", "w/o"
	if utf8.RuneCountInString(w) == 1 && (ts+1 < len(tz.toks) && tz.toks[ts+1].text == "/" || ts > 0 && tz.toks[ts-1].text == "/") {
		return true
	}
	first := ts == 0 || tz.toks[ts-1].sent != tz.toks[ts].sent || !hasLetterOrDigit(tz.toks[ts-1].text) && isOpeningPunct(tz.toks[ts-1].text)
	return first && tz.usedInLowerCase(lw)
}

// appendInitials appends to b the initials of the capitalised words of a
// name: United Nations -> UN.
func appendInitials(b []byte, tz *tokenized, ts, te int) []byte {
	for k := ts; k < te; k++ {
		r, _ := utf8.DecodeRuneInString(tz.toks[k].text)
		if unicode.IsUpper(r) {
			b = utf8.AppendRune(b, r)
		}
	}
	return b
}

// unchangedByUpper reports whether strings.ToUpper(w) == w without making
// the upper-case string, which a word with a small letter cost: every rune
// is its own capital and no byte is outside UTF-8 (ToUpper writes U+FFFD
// for one).
func unchangedByUpper(w string) bool {
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= utf8.RuneSelf {
			for j, r := range w[i:] {
				if r == utf8.RuneError {
					if _, n := utf8.DecodeRuneInString(w[i+j:]); n == 1 {
						return false
					}
					continue
				}
				if unicode.ToUpper(r) != r {
					return false
				}
			}
			return true
		}
		if 'a' <= c && c <= 'z' {
			return false
		}
	}
	return true
}
