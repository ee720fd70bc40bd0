package analysis

import "github.com/byline-reader/byline/model"

// qualifiedHead reads a description in which the name of a place or an
// organisation only qualifies the head noun: "The Vell senator" and "the
// independent Vell senator" are not the place, "the Vell Gazette staff"
// not the paper. The mention at token j
// must be followed by a noun of speaking people in lower case and be
// preceded by a determiner, with at most two lower-case words between,
// no earlier than lo. It gives the determiner's token and one past the
// head, ok false where the phrase is not one. A person's name before such
// a noun is left alone: "the Reed campaign" speaks for Reed.
func (at *attributor) qualifiedHead(j, lo int) (s, e int, ok bool) {
	toks := at.tz.toks
	ei := at.ment[j]
	if ei < 0 || at.a.Entities[ei].Type == model.Person {
		return 0, 0, false
	}
	h := at.mend[j]
	if h >= len(toks) || at.ment[h] >= 0 || at.qtok[h] >= 0 || !isLowerWord(toks[h].text) || !at.word(h).in(awUnnamedHead) ||
		toks[h].sent != toks[j].sent {
		return 0, 0, false
	}
	for s = at.mstart[j] - 1; s >= lo && at.mstart[j]-s <= 3; s-- {
		w := toks[s].low
		if determiners[w] {
			return s, h + 1, true
		}
		if !isLowerWord(toks[s].text) || at.qtok[s] >= 0 || clauseBreaks[w] || prepositions[w] || isCueWord(w) || beForms[w] {
			break
		}
	}
	return 0, 0, false
}

// qualifiesHead is qualifiedHead's answer for a subject that opens at p
// and whose verb comes before k.
func (at *attributor) qualifiesHead(j, p, k int) bool {
	_, e, ok := at.qualifiedHead(j, p)
	return ok && e < k
}

// qualifyingPlace steps over a phrase after a subject that ends at end
// and names where or whom the subject is of: "Republicans on Vell Hill
// seized …", "A spokesman for Vell Harbour declined …". The preposition
// must be followed by a name (after an optional determiner) that ends
// before k. An unnamed subject takes the phrase into its description;
// a named one keeps its name, and only a place or a body may qualify it.
// It gives the new end of the subject and its attribution.
func (at *attributor) qualifyingPlace(p, end, k int, r attribution) (int, attribution) {
	toks := at.tz.toks
	if end+1 >= k {
		return end, r
	}
	if w := toks[end].low; !roleLinks[w] && w != "on" && w != "in" {
		return end, r
	}
	m := end + 1
	if toks[m].in(wcDeterminer) && m+1 < k {
		m++
	}
	if at.ment[m] < 0 || at.mstart[m] != m || at.mend[m] >= k || at.qtok[m] >= 0 {
		return end, r
	}
	if r.id == "" {
		if rr := at.unnamed(p, at.mend[m]); rr.ok {
			return at.mend[m], rr
		}
		return end, r
	}
	if at.a.Entities[at.ment[m]].Type == model.Person {
		return end, r
	}
	return at.mend[m], r
}
