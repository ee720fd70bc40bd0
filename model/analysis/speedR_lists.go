package analysis

// Small word lists that worldNames and headType ask of nearly every
// mention, answered by a switch rather than a map look-up (which costs
// several times as much): each is held to its list by TestSwitchLists.

// isStormWord is stormWords[w].
func isStormWord(w string) bool {
	switch w {
	case "cyclone", "typhoon", "hurricane", "storm":
		return true
	}
	return false
}

// isPostLetters is postNominals[w] || barRanks[w].
func isPostLetters(w string) bool {
	if len(w) < 2 || len(w) > 5 || w[0] < 'C' || w[0] > 'T' {
		return false
	}
	switch w {
	case "KC", "QC", "MP", "MPs", "MSP", "MS", "MLA", "MEP", "TD", "OBE", "MBE", "CBE", "KBE", "DBE", "GBE", "CH", "FRS",
		"PhD", "Ph.D.", "SC", "SAN":
		return true
	}
	return false
}

// isCourtTitleWord is courtTitleWords[w].
func isCourtTitleWord(w string) bool {
	switch w {
	case "district", "circuit", "county", "crown", "family", "youth", "sheriff", "deputy", "senior", "chief", "principal", "high":
		return true
	}
	return false
}

// isOfficeLettersBefore is officeLettersBefore[w].
func isOfficeLettersBefore(w string) bool {
	if len(w) < 2 || len(w) > 3 {
		return false
	}
	switch w {
	case "MP", "MSP", "MLA", "MEP", "MPP", "MHA", "TD":
		return true
	}
	return false
}

// isKinHonorific is kinHonorifics[w].
func isKinHonorific(w string) bool {
	switch w {
	case "auntie", "aunty", "uncle", "gogo", "mkhulu":
		return true
	}
	return false
}

// isMuhammadForm is muhammadForms[w].
func isMuhammadForm(w string) bool {
	if len(w) < 2 || w[0] != 'm' {
		return false
	}
	switch w {
	case "md", "mohd", "muhd", "mhd", "mohammad", "muhammad", "mohamad", "mohamed", "mohammed", "muhamad":
		return true
	}
	return false
}

// isBodyOpener is bodyOpeners[w] (headType asks it of most names).
func isBodyOpener(w string) bool {
	switch w {
	case "bord", "comhairle", "údarás", "oifig", "partido", "ministerio", "consejo", "instituto", "fundación":
		return true
	}
	return false
}

// isBodyEnder is bodyEnders[w].
func isBodyEnder(w string) bool {
	switch w {
	case "morcha", "sabha", "parishad", "samiti", "sangh", "sangathan", "manch":
		return true
	}
	return false
}

// isBranchWord is branchWords[w] (branchNames asks it of the last word of
// every body and place).
func isBranchWord(w string) bool {
	switch w {
	case "uk", "usa", "australia", "canada", "ireland", "india", "scotland", "wales", "england", "europe", "asia",
		"international", "worldwide":
		return true
	}
	return false
}
