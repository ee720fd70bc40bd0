package analysis

import "github.com/byline-reader/byline/model"

// teamLeader reads a subject that is a person and the people who work
// with them, ending at token j: "Osei and colleagues wrote", "Osei and her
// team found", "Dr. Amara Osei and co-authors concluded". Science and
// medical copy credit a paper's words this way; the phrase reader kept
// only the last noun ("colleagues") as the speaker. The named person
// leads and speaks for the team. ok is false for any other phrase.
func (at *attributor) teamLeader(j, lo int) (attribution, bool) {
	toks := at.tz.toks
	if !teamNouns[toks[j].low] || !isLowerWord(toks[j].text) {
		return attribution{}, false
	}
	a := j - 1
	if a > lo && (toks[a].low == "his" || toks[a].low == "her" || toks[a].low == "their") {
		a--
	}
	p := a - 1
	if a <= lo || toks[a].low != "and" || p < lo || at.ment[p] < 0 || at.mend[p] != a || at.qtok[p] >= 0 ||
		at.a.Entities[at.ment[p]].Type != model.Person {
		return attribution{}, false
	}
	return at.entityAttribution(p), true
}
