package analysis

// A speech verb after a noun that a preposition governs is no verb of
// that noun: "X said in a statement read to the court that …", "she wrote
// in a letter sent to staff that …". The participle shortens a relative
// clause ("a statement that was read"), and the noun, the object of "in",
// cannot be a subject; the one who speaks is the subject of the verb
// before it.

// prepositionObject reports whether the subject r found before a speech
// verb is an unnamed noun phrase right after a preposition ("in a
// statement", "with a letter") that itself follows a speech verb
// ("said in a statement"), within the clause from lo. A subject phrase may
// end in a preposition's object ("voters in each state said"), but then a
// noun, not a speech verb, stands before the preposition.
func (at *attributor) prepositionObject(r attribution, lo int) bool {
	if r.id != "" {
		return false
	}
	toks := at.tz.toks
	j := tokenAt(toks, r.mention.Start) - 1
	return j > lo && toks[j].in(wcPreposition) && isLowerWord(toks[j].text) && at.qtok[j] < 0 &&
		at.qtok[j-1] < 0 && isLowerWord(toks[j-1].text) && at.isCue(j-1)
}
