package analysis

import "github.com/byline-reader/byline/model"

// A country's possessive before a body: "Moldova's Central Electoral
// Commission said …", "Iran's Department of Environment said in a
// statement that …". The place tells whose body it is; the body is the
// subject, as a person is after "Ethiopia's" (placeOwnedPerson).

// placeOwnedBody is the first token of the organisation's name right
// after a place's possessive that opens at token j, before token k; -1
// for none.
func (at *attributor) placeOwnedBody(j, k int) int {
	e := at.afterPlacePossessive(j, k)
	if e >= 0 && e < k && at.ment[e] >= 0 && at.mstart[e] == e && at.a.Entities[at.ment[e]].Type == model.Organization {
		return e
	}
	return -1
}
