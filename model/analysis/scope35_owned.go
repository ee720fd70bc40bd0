package analysis

import "github.com/byline-reader/byline/model"

// ownedRoleAfter reads an inverted tag's subject that is a role a body,
// team or place holds through a possessive: "“…,” said the Eagles'
// captain", "said the council's treasurer". The phrase speaks, not its
// owner, who was the first mention the tag met; it goes to unnamed, which
// resolves it as any description ("the captain" the article named). k
// opens the phrase ("the" or the owner), j is the owner's mention; ok is
// false for a person's owner (possessedAfter reads those) and any other
// phrase.
func (at *attributor) ownedRoleAfter(k, j, to int) (attribution, bool) {
	toks := at.tz.toks
	if at.a.Entities[at.ment[j]].Type == model.Person {
		return attribution{}, false
	}
	p := at.mend[j]
	if p+1 >= to || !isPossessive(toks[p].text) || toks[p].sent != toks[j].sent {
		return attribution{}, false
	}
	n := p + 1
	for n < to && n-p <= 4 && at.ment[n] < 0 && at.qtok[n] < 0 && isLowerWord(toks[n].text) && !toks[n].in(wcPreposition|wcDeterminer) &&
		!toks[n].cueWord() && !at.word(n).in(awClauseBreak) && !at.word(n).in(awBeForm) {
		n++
	}
	if n == p+1 {
		return attribution{}, false
	}
	if h := toks[n-1].low; !kinNouns[h] && !associateNouns[h] && !personNouns[h] && !toks[n-1].in(wcRoleNoun) && !unnamedHeads[h] {
		return attribution{}, false
	}
	r := at.unnamed(k, n)
	return r, r.ok
}
