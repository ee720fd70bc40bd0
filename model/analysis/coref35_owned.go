package analysis

import "github.com/byline-reader/byline/model"

// describedOwner is the owner step for a description that owns the head
// noun: "the minister's spokesman", "the company's lawyers", "the
// senator's chief aide". The owner is whom the description means, as the
// person step or the body step would take it as a speaker ("the
// minister" the one minister the article named), and the margin shows
// the owner's people as theirs ("Oskar Lindqvist’s spokesman"), with no
// link, as ownedSource does for "his spokesman": the spokesman is not the
// minister. Only the people and bodies that act for an owner
// (ownerBodyHeads) are read so; "the minister's statement" is left to
// the steps for words. ok is false when the phrase is none of these or
// nothing decides whom the owner description means.
func (at *attributor) describedOwner(s, e int) (attribution, bool) {
	toks := at.tz.toks
	if e-s < 4 || e-s > 6 || toks[s].low != "the" || !ownerBodyHeads[toks[e-1].low] || at.describing {
		return attribution{}, false
	}
	p := s + 2
	for p < e-1 && !isPossessive(toks[p].text) {
		if !isLowerWord(toks[p].text) || at.ment[p] >= 0 || at.qtok[p] >= 0 {
			return attribution{}, false
		}
		p++
	}
	if p >= e-1 {
		return attribution{}, false
	}
	for k := p + 1; k < e; k++ {
		if !isLowerWord(toks[k].text) || at.ment[k] >= 0 {
			return attribution{}, false // "the minister's spokesman Ivo Marsh": a name of its own
		}
	}
	r, ok := at.describedSpeaker(s, p)
	if !ok || !r.ok || r.speaker == "" || r.id == "" && at.entityByName(r.speaker) < 0 {
		return attribution{}, false // as written: the owner is no one the article named
	}
	rest := at.a.Text[toks[p+1].Start:toks[e-1].End]
	span := model.Span{Start: toks[s].Start, End: toks[e-1].End}
	return attribution{speaker: possessiveOf(shownName(r.speaker)) + " " + normalizeName(rest), mention: span, ok: true}, true
}

// entityByName is the index of the entity named name, or -1.
func (at *attributor) entityByName(name string) int {
	for i, e := range at.a.Entities {
		if e.Name == name {
			return i
		}
	}
	return -1
}
