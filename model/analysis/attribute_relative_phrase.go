package analysis

// phraseAfterWho finds the relative pronoun "who" a few words before token
// j when only a phrase of time or place stands between it and the verb
// after j: "the mayor, who on Tuesday described", "who last week called",
// "who on a call Friday criticised". It returns the pronoun's token, or -1
// when the words between are anything else (a comma, a quotation, a
// clause of their own).
func (at *attributor) phraseAfterWho(j, lo int) int {
	toks := at.tz.toks
	for w := j - 1; w >= lo && j-w <= 6; w-- {
		if toks[w].low == "who" {
			first := toks[w+1].low
			if w+1 <= j && (adverbialPrep(first) || timeDeterminers[first]) {
				return w
			}
			return -1
		}
	}
	return -1
}

// phraseBetween reports whether toks[from:to] can be a phrase of time or
// place: words, numbers and names, no comma, quotation, speech verb or
// word that opens a clause.
func (at *attributor) phraseBetween(from, to int) bool {
	toks := at.tz.toks
	for k := from; k < to; k++ {
		t := &toks[k]
		if at.qtok[k] >= 0 || !hasLetterOrDigit(t.text) || clauseBreaks[t.low] || beForms[t.low] ||
			at.isCue(k) && !toks[k-1].in(wcDeterminer) { // "on a call Friday": a noun after its article
			return false
		}
	}
	return true
}

// relativeCueBetween reports whether a "who" clause with a speech verb of
// its own stands in toks[from:to] ("rebuked a critic who says the plan is
// “…”"): the quoted words after it are that clause's, not the words of
// the sentence's subject.
func (at *attributor) relativeCueBetween(from, to int) bool {
	toks := at.tz.toks
	for k := max(from, 0); k < to; k++ {
		if toks[k].low != "who" || at.qtok[k] >= 0 {
			continue
		}
		v := k + 1
		for v < to && toks[v].in(wcSubjectSkip) {
			v++
		}
		if v < to && at.isCue(v) {
			return true
		}
	}
	return false
}
