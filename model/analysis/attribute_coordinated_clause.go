package analysis

// coordinatedClauseSubject finds the subject of the last clause joined
// to the sentence before token k by ", and", ", but", a semicolon or a
// comma and a subordinator, when that clause opens with a subject of its
// own: "Reed led the protest, and within weeks the residents' group had
// sent letters calling the plan a “…”", "It was a blow, as Reed echoed
// the criticism, saying …". A participle clause hangs on the nearest
// clause, so its speaker is that clause's subject, not the sentence's
// first. A verb phrase that shares the first subject (", and then sent
// letters calling …") has none, and the answer is not ok.
func (at *attributor) coordinatedClauseSubject(lo, k int) attribution {
	toks := at.tz.toks
	for j := k - 1; j > lo+1 && k-j < 40; j-- {
		if at.qtok[j] >= 0 {
			return attribution{}
		}
		w := toks[j].low
		if toks[j].text == ";" || (w == "and" || w == "but" || w == "as" || subordinators[w]) && toks[j-1].text == "," {
			return at.subjectAtStart(at.pastShortAdverbial(j+1, k), k)
		}
	}
	return attribution{}
}

// pastShortAdverbial steps over a short phrase of time or place with no
// comma that opens a clause at s ("within weeks the group …", "at one
// point the crowd …"): the preposition, its object of a few lower-case
// words, up to the determiner, pronoun or name that starts the subject.
// It returns s itself when no such phrase opens the clause.
func (at *attributor) pastShortAdverbial(s, k int) int {
	toks := at.tz.toks
	if s >= k || !adverbialPrep(toks[s].low) && toks[s].low != "within" {
		return s
	}
	p := s + 1
	if p < k && toks[p].in(wcDeterminer) {
		p++ // the phrase's own article: "at one point", "in the end"
	}
	for ; p < k && p-s <= 4; p++ {
		t := toks[p]
		if at.qtok[p] >= 0 || t.text == "," {
			return s
		}
		if p > s+1 && (t.in(wcDeterminer) || pronouns[t.low] != "" || at.ment[p] >= 0 && at.mstart[p] == p) {
			return p
		}
		if !isLowerWord(t.text) && !isDigitAt(t.text, 0) {
			return s
		}
	}
	return s
}
