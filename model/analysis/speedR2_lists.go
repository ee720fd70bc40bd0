package analysis

// Small word lists that types.go asks of many mentions, answered by a
// switch rather than a map look-up: each is held to its list by
// TestSwitchLists2.

// isFirmKindNoun is bodyKindNouns[w] || firmKindNouns[w].
func isFirmKindNoun(w string) bool {
	if len(w) < 3 || len(w) > 12 {
		return false
	}
	switch w {
	case "bank", "firm", "company", "site", "blog", "startup", "retailer", "carrier", "airline", "automaker", "maker",
		"insurer", "lender", "chain", "brand", "group", "giant", "conglomerate", "outlet", "network", "studio", "app":
		return true
	}
	return false
}

// isGroupNoun is groupNouns[w].
func isGroupNoun(w string) bool {
	if len(w) < 6 || len(w) > 13 {
		return false
	}
	switch w {
	case "democrats", "republicans", "conservatives", "liberals", "progressives", "professors", "authors", "critics",
		"members", "delegates", "senators", "governors", "candidates", "americans", "citizens", "residents", "families",
		"parents", "police", "unions", "coalitions", "organizations", "organisations", "advocates", "allies", "backers",
		"donors", "protesters", "demonstrators":
		return true
	}
	return false
}

// isMilitaryRank is militaryRanks[w].
func isMilitaryRank(w string) bool {
	if len(w) < 7 || len(w) > 10 {
		return false
	}
	switch w {
	case "general", "admiral", "colonel", "lieutenant", "sergeant", "corporal", "commodore", "brigadier", "marshal":
		return true
	}
	return false
}
