package analysis

import "github.com/byline-reader/byline/model"

// adornedName finds the person who closes a speaker phrase after an
// article and words of mood or manner: "said a beaming Pratt", "said an
// angry Lee Chan, who …", "said the visibly relieved Holt". Sport, court
// and feature copy writes the tag this way, and the phrase as a whole
// would show in the margin as the speaker ("a beaming Pratt") where the
// reader wants the name. The words between may only modify the name: lower
// case, no noun of a person or a role ("a senior Holt adviser" and "a Holt
// supporter" name someone else, and the name does not close them), no
// possessive, preposition, cue or clause word. It returns the token of the
// person's mention, or -1.
func (at *attributor) adornedName(s, e int) int {
	toks := at.tz.toks
	if e-s < 3 || e-s > 8 {
		return -1
	}
	if w := toks[s].low; w != "a" && w != "an" && w != "the" {
		return -1
	}
	m := e - 1
	if at.ment[m] < 0 || at.a.Entities[at.ment[m]].Type != model.Person {
		return -1
	}
	ms := at.mstart[m]
	if ms <= s+1 || ms-s > 4 || at.mend[m] != e {
		return -1 // the name must close the phrase, after one to three words
	}
	for k := s + 1; k < ms; k++ {
		t := toks[k]
		if !isLowerWord(t.text) || at.qtok[k] >= 0 || at.ment[k] >= 0 || isPossessive(t.low) ||
			t.in(wcPreposition|wcRoleNoun) || personNouns[t.low] || unnamedHeads[t.low] ||
			clauseBreaks[t.low] || t.cueWord() || t.in(wcDeterminer) {
			return -1
		}
	}
	return ms
}
