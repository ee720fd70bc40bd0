package analysis

// isBodyWord is bodyWords(t.low) for a token, asked by the bits its form
// was given once per article (indexForms) rather than by eleven map
// look-ups: the head lists and the kinds of heads have bits, the company
// suffixes a bit that holds each with a full stop too (so the list is
// asked where the bit is set), and the two lists with no bit are small
// enough for a switch. TestIsBodyWord holds it to bodyWords.
func (t *token) isBodyWord() bool {
	const kinds = wkCompanyHead | wkNewspaperHead | wkEventHead | wkCompetitionHead | wkPublisherHead | wkGroundHead
	return t.in(wcHead|wcStateHead) || t.is(kinds) || t.in(wcCompanySuffix) && companySuffixes[t.low] ||
		isBodyNameHead(t.low) || isOutletWord(t.low)
}

// isBodyNameHead is bodyNameHeads[w].
func isBodyNameHead(w string) bool {
	if len(w) < 3 || len(w) > 7 {
		return false
	}
	switch w {
	case "center", "centre", "centers", "studies", "pac", "pacs", "caucus", "network", "project", "fund":
		return true
	}
	return false
}

// isOutletWord is outletWords[w].
func isOutletWord(w string) bool {
	if len(w) < 2 || len(w) > 11 {
		return false
	}
	switch w {
	case "press", "reuters", "ap", "afp", "news", "times", "post", "journal", "cnn", "bbc", "cbc", "bloomberg", "agency",
		"wire", "herald", "tribune", "guardian", "telegraph", "independent", "globe", "star", "gazette", "dispatch",
		"chronicle", "examiner", "inquirer", "observer", "mail", "politico", "axios", "npr", "abc", "nbc", "cbs":
		return true
	}
	return false
}
