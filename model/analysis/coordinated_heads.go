package analysis

// A description may join two roles of one person, or of the people it
// names, with "and" ("the delegate and activist", "The Democratic
// front-runner and former secretary of state"): the "and" joins the
// phrase's heads and does not open a clause.

// joinsRoles reports whether the "and" at token k joins two heads of a
// description of people: the word before it heads a role or names
// speaking people, and a lower-case word that is no pronoun or verb of
// speaking follows it.
func (at *attributor) joinsRoles(k int) bool {
	toks := at.tz.toks
	if k < 1 || k+1 >= len(toks) || toks[k].low != "and" || toks[k+1].sent != toks[k].sent {
		return false
	}
	b, n := toks[k-1].low, toks[k+1]
	// "the secretary of state and current nominee": the role's "of"
	// phrase stands before "and"
	ofRole := k >= 3 && toks[k-2].low == "of" && roleHead(toks[k-3].low) != "" && hasLetter(b)
	if !ofRole && (roleHead(b) == "" && !unnamedHeads[b] && !describedPersonNouns[b] || !isLowerWord(toks[k-1].text)) {
		return false
	}
	return isLowerWord(n.text) && pronouns[n.low] == "" && !n.cueWord() && !clauseBreaks[n.low] && at.qtok[k+1] < 0
}
