package analysis

import "github.com/byline-reader/byline/model"

// A country's possessive before a person's name: "Ethiopia's Tigst
// Assefa, the defending champion, finished second", "Uganda's Jacob
// Kiplimo held off a late challenge". Sport and wire copy name a player
// or a leader so; the subject is the person, where subjectAtStart read
// the place and found no subject, and "the Ethiopian said" or "the
// 24-year-old said" after it named no one.

// placeOwnedPerson is the first token of the person's name that the
// place mentioned at token j owns ("Ethiopia's Tigst Assefa"), past titles
// and role words between ("Britain's Prime Minister Ann Reed"), before
// k; or -1.
func (at *attributor) placeOwnedPerson(j, k int) int {
	toks := at.tz.toks
	e := at.afterPlacePossessive(j, k)
	if e < 0 {
		return -1
	}
	for n := e; n < k && n-e <= 3; n++ {
		if m := at.ment[n]; m >= 0 {
			if at.mstart[n] == n && at.a.Entities[m].Type == model.Person {
				return n
			}
			return -1
		}
		if !toks[n].in(wcPersonTitle) && roleHead(toks[n].low) == "" && !descriptionModifier(toks[n].low) {
			return -1
		}
	}
	return -1
}

// personOfPhrase is the last token of a person's name that an "of" phrase
// naming where they serve follows, the phrase ending at token j: "Ann Reed
// of Ward 171", "prosecutor Oksana Melnychuk of the Specialised
// Anti-Corruption Prosecutor's Office", "Marcus Baker of Marsh"; -1 when
// j ends no such phrase. The phrase holds only "the", capitalised words,
// numbers, possessives and "and", so the name before it is the subject of
// the verb after it.
func (at *attributor) personOfPhrase(j, lo int) int {
	toks := at.tz.toks
	if j <= lo || !toks[j].capital && !isDigitAt(toks[j].text, 0) && !isPossessive(toks[j].text) {
		return -1
	}
	for p := j; p > lo && j-p <= 8; p-- {
		t := &toks[p]
		if t.low == "of" {
			n := p - 1
			if n < lo || at.ment[n] < 0 || at.mend[n] != p || at.qtok[n] >= 0 || at.a.Entities[at.ment[n]].Type != model.Person {
				return -1
			}
			return n
		}
		if at.qtok[p] >= 0 || !(t.capital || isDigitAt(t.text, 0) || t.low == "the" || t.low == "and" || isPossessive(t.text) || t.text == "'s" || t.text == "’s" || t.text == "-") {
			return -1
		}
	}
	return -1
}

// afterPlacePossessive is the token right after the possessive of a
// place's name that opens at token j ("Ethiopia's", "Moldova's"), before
// token k; -1 where no place's name opens there or no possessive ends it.
func (at *attributor) afterPlacePossessive(j, k int) int {
	toks := at.tz.toks
	ei := at.ment[j]
	if ei < 0 || at.a.Entities[ei].Type != model.Place || at.mstart[j] != j {
		return -1
	}
	e := at.mend[j]
	if !isPossessive(toks[e-1].text) {
		if e >= k || toks[e].text != "'s" && toks[e].text != "’s" {
			return -1
		}
		e++
	}
	return e
}
