package analysis

// An age the article gave a person is theirs: "Andrea Pinna, 21, is in
// his first full season … “…,” the 48-year-old coach said" is not
// Pinna, whoever the passage is about. Where a description of an age
// ("the 48-year-old", "the 48-year-old coach") would name a person the
// article wrote with another age, it names no one and stays as written.

// ageContradicts reports whether the description toks[s:e] is of an age
// that the person of entity id was not given: some mention of them before
// s is written with an age (writtenAge) that does not fit it (ageFits),
// and none with one that does.
func (at *attributor) ageContradicts(s, e int, id string) bool {
	age := at.agedDescription(s, e)
	if age == "" || id == "" {
		return false
	}
	ei := at.entityIndex(id)
	if ei < 0 {
		return false
	}
	other := false
	for j := s - 1; j >= 0; j-- {
		if at.ment[j] != ei || at.qtok[j] >= 0 {
			continue
		}
		ms := at.mstart[j]
		if w := at.writtenAge(ms, at.mend[j]); w != "" {
			if ageFits(w, age) {
				return false
			}
			other = true
		}
		j = ms
	}
	return other
}
