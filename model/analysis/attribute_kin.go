package analysis

import "github.com/byline-reader/byline/model"

// namedHolder is the "named before" step for a possessive speaker phrase:
// "her son said" after "Her son, Daniel Delgado, said …", "his lawyer
// said" after "Reed, his lawyer, told …", "his wife said" after "his
// wife of 62 years, Eileen,". Obituaries, court and crime
// copy name a relative or a representative once, in apposition to the
// possessive phrase, and then go on with the phrase alone; the margin
// showed "her son". The phrase is "his", "her" or "their" and one
// lower-case noun; the holder is the person in apposition to the same
// words latest before it, within describedReach paragraphs and outside
// quotations, whose possessive does not refer to someone else than this
// one's (the pronoun chains, where they tell). ok is false when none is.
func (at *attributor) namedHolder(s, e int) (attribution, bool) {
	toks := at.tz.toks
	if e-s != 2 {
		return attribution{}, false
	}
	own, head := toks[s].low, toks[s+1].low
	if own != "his" && own != "her" && own != "their" || !isLowerWord(toks[s+1].text) {
		return attribution{}, false
	}
	ref, known := at.pron[s]
	person := func(j int) int {
		if j < 0 || j >= len(toks) || at.ment[j] < 0 || at.qtok[j] >= 0 || at.a.Entities[at.ment[j]].Type != model.Person {
			return -1
		}
		return at.ment[j]
	}
	limit := toks[s].para - describedReach
	for k := s - 2; k >= 1 && toks[k].para >= limit; k-- {
		if toks[k].low != own || toks[k+1].low != head || at.qtok[k] >= 0 {
			continue
		}
		if r, ok := at.pron[k]; ok && known && r >= 0 && ref >= 0 && r != ref {
			continue // another person's son
		}
		// "her son, Daniel Delgado," / "Daniel Delgado, her son," / "his
		// wife of 62 years, Eileen,"
		ei, c := -1, k+2
		if c < s && toks[c].low == "of" {
			for c++; c < s && c-k < 7 && (isLowerWord(toks[c].text) || isDigitAt(toks[c].text, 0)); c++ {
			}
		}
		if c+1 < s && toks[c].text == "," && at.mstart[c+1] == c+1 {
			ei = person(c + 1)
		}
		if ei < 0 && k >= 2 && toks[k-1].text == "," && at.mend[k-2] == k-1 {
			ei = person(k - 2)
		}
		if ei >= 0 {
			en := at.a.Entities[ei]
			span := model.Span{Start: toks[s].Start, End: toks[e-1].End}
			return attribution{speaker: en.Name, id: en.ID, mention: span, ok: true}, true
		}
	}
	return attribution{}, false
}
