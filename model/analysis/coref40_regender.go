package analysis

// A second pass of the pronoun chains (buildChains). genders runs before
// the chains and so sees names only; a description the chains resolve is
// a mention of its person as much as a name: "The lawyer said she would
// appeal" tells that the lawyer, Aynur Aliyeva, is a woman, and with one
// person in reach her "she" and the "“…,” she said" after it vote for her
// as for a name. regender counts the votes again with the descriptions
// as mentions, and where a gender changes the chains run again with it.

// regender counts the genders again with the chains' descriptions as
// mentions of their people (gendersWith) and reports whether one changed,
// setting at.gender to the new ones.
func (at *attributor) regender() bool {
	if len(at.desc) == 0 {
		return false
	}
	descAt := make([]int32, len(at.tz.toks))
	for k, d := range at.desc {
		descAt[k] = int32(d.ei) + 1
	}
	g := at.gendersWith(descAt)
	at.familyGenders(g) // coref_family.go
	changed := false
	for i := range g {
		if g[i] != at.gender[i] {
			changed = true
			break
		}
	}
	if changed {
		at.gender = g
	}
	return changed
}
