package analysis

// "As" opening a clause of its own: "Maria Santos spent three nights on
// the roof as the water rose around her. “I prayed,” she said." The
// object "her" stands in the clause "the water" opens, not in the one her
// name opens, and may be hers; object binding (boundObject,
// coref40_gender.go) took the clause for Santos's and bound "her", and the
// "she" after it, away from her, so the quotation had no one.

// clauseAs reports whether the "as" at token j, before the pronoun at k,
// opens a clause with a subject of its own: a determiner, a pronoun or a
// name after it, then a word before k ("as the water rose around her",
// "as police led him away"); not "as a teacher" or "as her lawyer" where
// no verb follows before the pronoun.
func (at *attributor) clauseAs(j, k int) bool {
	toks := at.tz.toks
	if toks[j].low != "as" || j+2 >= k {
		return false
	}
	n := &toks[j+1]
	switch {
	case n.low == "the" || n.in(wcPronoun) && n.low != "her" && n.low != "his" || at.ment[j+1] >= 0:
	case n.low == "police" || n.low == "officers" || n.low == "crowds":
	default:
		return false
	}
	// a verb before the pronoun: a lower-case word ending as one does
	for m := j + 2; m < k; m++ {
		if w := toks[m].low; isLowerWord(toks[m].text) && (endsInLonger(w, "ed") || pastVerbs[w] || endsInLonger(w, "s") && !endsInLonger(w, "ss")) {
			return true
		}
	}
	return false
}

// pastVerbs are irregular past forms that tell a clause: "as the water
// rose around her", "as the crowd grew".
var pastVerbs = wordSet(`rose fell grew came went took gave held ran began stood sat led left brought drove threw swept`)
