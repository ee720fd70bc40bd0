package analysis

// honourTitle steps over the style of a judge in British and Commonwealth
// court copy, "His Honour" or "Her Honour" before "Judge", at token k
// (before to): "“…,” said Her Honour Judge Rachel Ames." Read as a
// possessive phrase, the whole style and name showed in the margin as the
// speaker; after it, the title and the name read as any other. It returns
// k unchanged when no such style stands there.
func honourTitle(toks []token, k, to int) int {
	if k+2 < to && toks[k].capital && (toks[k].low == "his" || toks[k].low == "her") &&
		(toks[k+1].low == "honour" || toks[k+1].low == "honor") && toks[k+2].capital {
		return k + 2
	}
	return k
}
