package analysis

// relativeObject reports whether the him or her at k is the object of
// the verb of a relative clause that opens with "who" right after the
// name ending at e and its comma, with no new clause between: the
// relative pronoun, the name's, is that verb's subject, so the object is
// someone else ("Wanza Mutua, who sat beside him at the hearing, left";
// "Reed, who replaced her,"), where "Reed, who said they had betrayed
// him," may be him (boundObject). The gender votes ask it; the chains
// leave such a pronoun to salience.
func (at *attributor) relativeObject(e, k int) bool {
	toks := at.tz.toks
	if e+2 >= k || toks[e].text != "," || toks[e+1].low != "who" || toks[k].low != "him" && (toks[k].low != "her" || at.possessiveHer(k)) {
		return false
	}
	for j := e + 2; j < k; j++ {
		t := &toks[j]
		if !isLowerWord(t.text) && at.ment[j] < 0 || t.low == "that" || at.word(j).in(awCoordinator) || t.in(wcSubordinator) ||
			(t.low == "to" || t.in(wcSpeechCue)) && j+1 < k || at.clauseAs(j, k) {
			return false // a new clause, as boundObject reads one
		}
	}
	return true
}
