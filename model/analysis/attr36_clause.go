package analysis

// mainClauseFrom is where the clause of the quotation at token qs starts
// for a cue before it: the start of its sentence, or, when a quotation
// before it ends an adverbial clause that opens the sentence
// (inOpeningClause: "While Reed calls the plan “a triumph,” Holt fixes on
// the “cost”"), the token after that quotation. The opening clause's
// verb has its own quotation; the main clause after the comma is another
// subject's.
func (at *attributor) mainClauseFrom(qs int) int {
	lo := at.sentenceFrom(qs)
	seen := 0 // quotations asked: an opening clause ends within the first few
	for k := qs - 1; k > lo && seen < 3; k-- {
		qi := at.qtok[k]
		if qi < 0 || qi == at.qtok[qs] {
			continue
		}
		if w := at.around(qi); w.ok && at.inOpeningClause(w) {
			return w.qe
		}
		seen++
		k = at.around(qi).qs // on to the quotation before it
	}
	return lo
}

// prepositionWithRelative reports whether a phrase that opens at the
// preposition at s holds a relative clause before the quotation at qs:
// "In a clip that Judge Reed called “…,”", "At a hearing where Holt
// described it as “…,”". The clause is the phrase's, as an adverbial
// clause's is.
func (at *attributor) prepositionWithRelative(s, qs int) bool {
	toks := at.tz.toks
	if !toks[s].in(wcPreposition) && !adverbialPrep(toks[s].low) {
		return false
	}
	for k := s + 1; k < qs && k-s <= 8; k++ {
		switch toks[k].low {
		case "that", "which", "where", "when":
			return k > s+1
		}
	}
	return false
}
