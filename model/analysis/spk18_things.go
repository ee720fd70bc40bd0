package analysis

// moreThingHead reports whether w heads a phrase for a body that "it" can
// stand for when it speaks, beyond thingNouns: the lenders, regulators and
// missions of international business and diplomatic news ("A Riga-based
// bank … withdrew, citing what it called “technical reasons”", "the
// embassy said it …").
func moreThingHead(w string) bool {
	switch w {
	case "bank", "lender", "insurer", "regulator", "embassy", "consulate", "mission":
		return true
	}
	return false
}
