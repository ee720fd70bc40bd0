package analysis

// "…, said one official familiar with the talks, who added that …": the
// antecedent of a relative pronoun may be a description of a person whose
// head a modifier follows; the relative clause speaks for the whole
// description.

// describedAntecedent reads the description ending at token n, right
// before the comma of a relative clause, when its head is a noun of
// people followed by an adjective or a prepositional phrase ("one Democrat
// familiar with the discussion", "an aide to the governor"): the phrase
// from its determiner, or no attribution.
func (at *attributor) describedAntecedent(n, lo int) attribution {
	toks := at.tz.toks
	for h := n - 1; h > lo && n-h <= 6; h-- {
		t := &toks[h]
		if at.ment[h] >= 0 {
			h = at.mstart[h] // a name inside the modifier: "an aide to Reed"
			continue
		}
		if !hasLetter(t.low) || at.qtok[h] >= 0 || clauseBreaks[t.low] || t.cueWord() {
			return attribution{}
		}
		if !unnamedHeads[t.low] && roleHead(t.low) == "" && !partyPersonWords[t.low] {
			continue
		}
		// the head's modifier opens with an adjective or a preposition
		if next := &toks[h+1]; !next.in(wcPreposition) && !isLowerWord(next.text) {
			return attribution{}
		}
		for s := h - 1; s >= lo && h-s <= 3; s-- {
			if toks[s].in(wcDeterminer) {
				return at.unnamed(s, n+1)
			}
			if !isLowerWord(toks[s].text) && !toks[s].capital {
				break
			}
		}
		return attribution{}
	}
	return attribution{}
}
