package analysis

import "github.com/byline-reader/byline/model"

// The speaker phrase: which words of a tag name the person who speaks.

// withSubject reads the subject of a participle in an absolute phrase
// opened by "with", ending at the participle k: "…, with Okafor noting
// that …", "with Okafor reportedly yelling: “…”", "with many marchers
// chanting “…”". The phrase names who speaks, not the sentence's subject.
func (at *attributor) withSubject(lo, k int) attribution {
	toks := at.tz.toks
	e := k
	for e > lo && (subjectSkips[toks[e-1].low] || isMannerAdverb(toks[e-1].text)) {
		e--
	}
	s := e
	for s > lo && e-s < 8 {
		w := toks[s-1].low
		if w == "with" {
			break
		}
		if !hasLetterOrDigit(w) && !isPossessive(w) || clauseBreaks[w] && w != "and" || isCueWord(w) || beForms[w] && !isPossessive(w) ||
			at.qtok[s-1] >= 0 {
			return attribution{}
		}
		s--
	}
	if s == e || s <= lo || toks[s-1].low != "with" {
		return attribution{}
	}
	if g := pronounObjects[toks[s].low]; g != "" && e == s+1 {
		return at.resolvePronoun(s, g)
	}
	if j := e - 1; at.ment[j] >= 0 && at.mend[j] == e {
		if t := at.a.Entities[at.ment[j]].Type; t == model.Person || t == model.Organization {
			return at.entityAttribution(j)
		}
		return attribution{}
	}
	for j := s; j < e; j++ {
		if unnamedHeads[toks[j].low] {
			return at.unnamed(s, e) // "with many marchers chanting"
		}
	}
	return attribution{} // "with the right calling card": no one speaks
}
