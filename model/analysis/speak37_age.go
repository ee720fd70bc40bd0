package analysis

// ageApposedEnd steps over an age set off after a name, ", 61," or
// " (61)", from token e, before token end: "Reed, 61, was blunt" has
// "was" for its verb as "Reed was blunt" does. It returns e itself when
// no age stands there, or when the age does not close before end.
func ageApposedEnd(toks []token, e, end int) int {
	if e+2 >= end || !isAge(toks[e+1].text) {
		return e
	}
	switch {
	case toks[e].text == "," && toks[e+2].text == ",":
		return e + 3
	case toks[e].text == "(" && toks[e+2].text == ")":
		return e + 3
	}
	return e
}
