package analysis

import "github.com/byline-reader/byline/model"

// The one business in reach: "Vellmora Steel said on Monday it would
// close a furnace. The plant employs 1,200 people. “…,” the company said."
// The body description step (coref_bodies.go) takes a body the article
// gave the noun, or the subject of the passage; a sentence about
// something else between ("The plant employs …") ends its search, and a
// company's name seldom tells its kind. When the article names one
// organisation alone within reach, outside quotations, a noun of business
// or of any body ("the company", "the firm", "the group") means it, as a
// role's sole holder does (roleHolder), if the name holds every modifier
// of the noun ("the steel company"; "the rights group" is another). Two
// organisations, or the noun used of another body between ("a rival
// company"), leave the description as written.

// soleBody is the organisation a business description toks[s:e] ("the
// company", "the steel company") means as the one organisation named
// within reach before it; ok is false when there is none, or several.
func (at *attributor) soleBody(s, e int) (attribution, bool) {
	if at.describing {
		return attribution{}, false
	}
	head := at.bodyDescription(s, e)
	if head < 0 {
		return attribution{}, false
	}
	toks := at.tz.toks
	noun := toks[head].low
	if !bodyKindNouns[noun] && !broadBodyNouns[noun] {
		return attribution{}, false // "the council", "the union": only a name that tells it
	}
	sole, from := -1, -1
	several := false
	at.mentionsBack(s, model.Organization, func(ei, ms, me int) bool {
		if sole >= 0 && ei != sole {
			several = true
			return true
		}
		sole, from = ei, me
		return false
	})
	if several || sole < 0 || !bodyOfKind(at.a.Entities[sole].Name, noun) || !modifiersInName(toks[s+1:head], at.a.Entities[sole].Name) ||
		at.otherBodyNoun(from, s, head) {
		return attribution{}, false
	}
	en := at.a.Entities[sole]
	return attribution{speaker: en.Name, id: en.ID, mention: model.Span{Start: toks[s].Start, End: toks[e-1].End}, ok: true}, true
}
