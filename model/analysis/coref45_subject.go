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
