package analysis

// The one holder of a role, far back. "Gov. Ann Reed" named in the
// second paragraph and "the governor said she …" in the twentieth: the
// chains keep a person salient for salienceParagraphs only, so the
// description named no one and the "she" after it went to whoever was
// named last. Where no holder of the role is in reach, the one person
// the article has given the role so far is whom it means; with two, it
// means neither; nor does it where the article has brought in a holder
// without a name ("an appeals judge"), or the passage names another
// person (otherPersonNear, as describedSpeaker weighs a far holder).

// farHolder is the person the description with the role at token k
// means when no holder is in reach (see above), or -1.
func (at *attributor) farHolder(k int, roles [][]string, referable []bool, role string) int {
	ei := soleHolder(roles, referable, role)
	if ei < 0 || at.newHolder(0, k, role) || at.otherPersonNear(ei, k) {
		return -1
	}
	return ei
}

// soleHolder is the one person a pronoun may refer to whom the article
// has given the role (roles, as the chains gathered them), or -1.
func soleHolder(roles [][]string, referable []bool, role string) int {
	sole := -1
	for ei, rs := range roles {
		if !referable[ei] {
			continue
		}
		for _, r := range rs {
			if r == role {
				if sole >= 0 {
					return -1
				}
				sole = ei
				break
			}
		}
	}
	return sole
}

// lateTitle reports whether "late" stands among or right before the
// titles toks[from:s] of a name: "the late Gov. Eduardo Reyes" held the
// office once, as "former Gov." did.
func lateTitle(toks []token, from, s int) bool {
	for j := max(from-1, 0); j < s; j++ {
		if toks[j].low == "late" && j > 0 && (toks[j-1].low == "the" || toks[j-1].in(wcPossessive)) {
			return true
		}
	}
	return false
}
