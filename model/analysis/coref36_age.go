package analysis

// An age given only in the description: "The chair of the committee,
// Runa Dask, accused officials of delay. “…,” the 48-year-old said." The
// article never wrote Dask's age beside her name, so ageHolder finds no
// one, and the passage step wanted her named twice, a guard against a
// role's unnamed holder ("Ivan Petrov opened the hearing. “…,” the mayor
// said" may be another mayor). An age is no office that someone the
// article has not named holds; news writes the age into the description
// of the person just introduced, so the one person the passage is about,
// named in the description's own paragraph, is whom it means, unless the
// article gave that person another age.

// agedPassageSubject reports whether the description whose head is token
// head is an age ("the 48-year-old", "the 48-year-old nurse" with the
// age as its head's modifier) that the passage subject ei may take though
// named once: ei is named in the paragraph of token s outside quotations,
// and no mention of ei before s is written with an age.
func (at *attributor) agedPassageSubject(s, e, ei int) bool {
	toks := at.tz.toks
	if at.agedDescription(s, e) == "" {
		return false
	}
	here := false
	for j := s - 1; j >= 0; j-- {
		if at.ment[j] != ei || at.qtok[j] >= 0 {
			continue
		}
		ms := at.mstart[j]
		if at.writtenAge(ms, at.mend[j]) != "" {
			return false // "Reed, 61," is not "the 48-year-old"
		}
		// its paragraph, or the one before where quoted words open the
		// description's (coref45_describe.go)
		here = here || toks[ms].para == toks[s].para || toks[ms].para == toks[s].para-1 && at.opensWithQuotation(s)
		j = ms
	}
	return here
}
