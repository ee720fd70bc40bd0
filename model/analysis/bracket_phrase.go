package analysis

// A bracket is punctuation, not a word, but the phrase scans step over
// any token that is not a clause break: "his interns (repeated to me over
// the years) was, “…”" read "his interns (" as the subject of "repeated".
// A phrase that holds a bracket is never a speaker, so a verb that opens
// a bracketed aside finds no subject outside it; nor is one that ends in
// punctuation, a preposition or an article, whichever rule read it.

// isBracket reports whether a token is an opening or closing bracket.
func isBracket(text string) bool {
	switch text {
	case "(", ")", "[", "]", "{", "}":
		return true
	}
	return false
}

// bracketIn reports whether any token from s up to e is a bracket, so that
// the words cannot be one speaker phrase.
func bracketIn(toks []token, s, e int) bool {
	for k := s; k < e; k++ {
		if isBracket(toks[k].text) {
			return true
		}
	}
	return false
}

// brokenPhrase reports words from token s to token e (inclusive) that
// cannot be one speaker phrase, whichever rule read them: a bracket inside,
// or an end in punctuation, a preposition or an article ("the Islamic
// State -", "a Republican debate;", "a member of the").
func brokenPhrase(toks []token, s, e int) bool {
	last := toks[e].low
	return bracketIn(toks, s, e+1) || !hasLetterOrDigit(last) || prepositions[last] ||
		determiners[last] && !numberWords[last] && !loneSubjects[last]
}
