package analysis

// workApposed reports whether the article first writes the name of
// entity ei in apposition to a noun of a work: "her debut album, Julia
// Marrow, sold a million copies", "his second novel, Ann Reed,". The
// name is the work's, though the recogniser may take it for a person's,
// and no he or she goes back to it (referable), as with a title first
// written in quotation marks (titleIntroduced). The noun must follow a
// determiner or a possessive within four words ("the", "her", "a"), and
// the name close the apposition (a comma, a full stop or a bracket after
// it): "the book Ann Reed wrote" names an author, and "the author of the
// book, Ann Reed," the author.
func (at *attributor) workApposed(ei int) bool {
	_, k, ok := at.firstMentionTok(ei) // speedA2_genders.go
	if !ok {
		return false
	}
	toks := at.tz.toks
	if k < 3 || at.qtok[k] >= 0 || toks[k-1].text != "," || toks[k-2].sent != toks[k].sent {
		return false
	}
	if e := at.mend[k]; e < len(toks) && toks[e].sent == toks[k].sent {
		if w := toks[e].text; w != "," && w != "." && w != ")" {
			return false
		}
	}
	n := &toks[k-2]
	if !isLowerWord(n.text) || !titleNouns[n.low] && !workNouns[n.low] && !recordNouns[n.low] {
		return false
	}
	for p := k - 3; p >= 0 && k-2-p <= 4 && toks[p].sent == toks[k].sent; p-- {
		if toks[p].in(wcDeterminer | wcPossessive) {
			// the name is the one of whom the phrase speaks: "the author of
			// the book, Ann Reed,", "the director of the film, Ivo Marsh,"
			return p == 0 || toks[p-1].low != "of"
		}
		if !isLowerWord(toks[p].text) {
			return false
		}
	}
	return false
}
