package analysis

import "github.com/byline-reader/byline/model"

// possessedAfter reads an inverted tag's subject that is a person's
// relative, associate or role through a possessive, with no name the
// recogniser knows after it: "“…,” said Lund's husband." or "said Lund's
// husband, Per." Such a phrase is someone else than the possessor (the
// owner does not speak for a husband or a lawyer), yet the inverted reader
// gave it to the mention it started with, the possessor. The name after a
// comma speaks where one closes the tag (nameRun: "Per"); else the phrase
// as written, shown with the owner's full name ("Mia Lund’s husband").
// j is the possessor's mention; ok is false for any other phrase.
func (at *attributor) possessedAfter(j, to int) (attribution, bool) {
	toks := at.tz.toks
	if at.a.Entities[at.ment[j]].Type != model.Person {
		return attribution{}, false
	}
	p := at.mend[j]
	if p+1 >= to || !isPossessive(toks[p].text) || toks[p].sent != toks[j].sent {
		return attribution{}, false
	}
	k := p + 1
	n := k
	for n < to && n-k < 4 && at.ment[n] < 0 && at.qtok[n] < 0 && isLowerWord(toks[n].text) && !toks[n].in(wcPreposition|wcDeterminer) &&
		!toks[n].cueWord() && !at.word(n).in(awClauseBreak) && !at.word(n).in(awBeForm) {
		n++
	}
	if n == k {
		return attribution{}, false
	}
	if h := toks[n-1].low; !kinNouns[h] && !associateNouns[h] && !personNouns[h] && !toks[n-1].in(wcRoleNoun) {
		return attribution{}, false
	}
	if r := at.possessedPerson(k, to); r.ok {
		return r, true // "said Lund's husband, Per Lund": the reading as before
	}
	if n < to && toks[n].text != "," && !isSentenceEnd(toks[n].text) {
		return attribution{}, false // the phrase goes on: "said Lund's husband in a statement"
	}
	if n+1 < to && toks[n].text == "," {
		if r := at.nameRun(n+1, to, 1); r.ok {
			last := at.tokAt(r.mention.End - 1)
			if last+1 >= len(toks) || toks[last+1].sent != toks[last].sent || toks[last+1].text == "," || isSentenceEnd(toks[last+1].text) {
				return r, true
			}
		}
	}
	owner := at.a.Entities[at.ment[j]]
	span := model.Span{Start: toks[at.mstart[j]].Start, End: toks[n-1].End}
	rest := at.a.Text[toks[k].Start:toks[n-1].End]
	return attribution{speaker: possessiveOf(shownName(owner.Name)) + " " + normalizeName(rest), mention: span, ok: true}, true
}
