package analysis

// Where an unnamed speaker works: "A senior pilot at one of the grounded
// airlines said the decision was “long overdue”", "An engineer with the
// state grid, who asked not to be named, said …". subjectAtStart takes a
// phrase around a noun of speaking people for the subject when its verb
// follows the noun; a phrase of place or employer between them, opened by
// a preposition, ended the subject there, and the quotation had no
// speaker.

// workPrepositions open the phrase that says where an unnamed speaker
// works or lives.
var workPrepositions = wordSet(`at with in from near`)

// placePhraseEnd is the token after the phrase of place that opens at
// token end, before k, after an indefinite description opening at p ("a",
// "an", "one", "another"): the speech verb or the comma it reaches within
// eight tokens, past determiners, numbers, names and lower-case words but
// no verb of being, clause break or quoted word; end itself where no such
// phrase opens there.
func (at *attributor) placePhraseEnd(p, end, k int) int {
	toks := at.tz.toks
	if end >= k || !indefiniteOpeners[toks[p].low] || !workPrepositions[toks[end].low] || !isLowerWord(toks[end].text) {
		return end
	}
	for j := end + 1; j < k && j-end <= 8 && toks[j].sent == toks[end].sent; j++ {
		t := &toks[j]
		if at.qtok[j] >= 0 || t.text == ";" || t.text == ":" || t.text == "(" {
			return end
		}
		if t.text == "," {
			return j
		}
		if isLowerWord(t.text) && t.cueWord() && j > end+1 {
			return j
		}
		if clauseBreaks[t.low] || beForms[t.low] || pronouns[t.low] != "" || coordinators[t.low] {
			return end
		}
	}
	return end
}
