package analysis

// descriptionBetween reports whether a definite description of a person
// by role ("the prime minister", "the mayor") stands between the name
// ending at e and the pronoun at k of its sentence: a second person,
// whom the pronoun may be ("Bat said the minister had lost his way"), so
// it tells nothing of the name's gender.
func (at *attributor) descriptionBetween(e, k int) bool {
	toks := at.tz.toks
	for j := e; j < k-1; j++ {
		if toks[j].low == "the" && at.qtok[j] < 0 {
			if head, _ := at.descriptionHead(j); head > j && head < k {
				return true
			}
		}
	}
	return false
}
