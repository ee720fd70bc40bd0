package analysis

import "github.com/byline-reader/byline/model"

// whichAntecedent reads what "which" at token j stands for when it opens a
// clause whose verb speaks: "the report, which claimed the budget was
// “…”", "the Associated Press, which reported". The phrase before the
// comma, a body's name or a common noun phrase from its determiner, is
// the speaker; a person's name is not (people take "who"), and anything
// else gives no speaker rather than the subject of the sentence.
func (at *attributor) whichAntecedent(j, lo int) attribution {
	toks := at.tz.toks
	n := j - 1
	if n <= lo || toks[n].text != "," {
		return attribution{}
	}
	n--
	if at.qtok[n] >= 0 || !hasLetterOrDigit(toks[n].text) {
		return attribution{}
	}
	if at.ment[n] >= 0 {
		if at.a.Entities[at.ment[n]].Type == model.Organization {
			return at.entityAttribution(n)
		}
		return attribution{}
	}
	if !isLowerWord(toks[n].text) || !at.peopleNoun(n) {
		return attribution{}
	}
	for s := n - 1; s >= lo && n-s < 5; s-- {
		w := toks[s].low
		if at.qtok[s] >= 0 || !hasLetter(w) || prepositions[w] || clauseBreaks[w] || isCueWord(w) && !determiners[w] {
			return attribution{}
		}
		if toks[s].in(wcDeterminer) {
			return at.unnamed(s, n+1)
		}
		if isPossessive(w) && s-1 >= lo {
			p := s - 1 // "Pence's press release, which": from the possessor
			if at.ment[p] >= 0 {
				p = at.mstart[p]
			} else if p-1 >= lo && toks[p-1].in(wcDeterminer) {
				p-- // "the union's letter"
			}
			return at.unnamed(p, n+1)
		}
	}
	return attribution{}
}
