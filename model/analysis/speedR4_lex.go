package analysis

// The recognition's fixed lists asked of a token's lower-case form,
// registered in the lexicon (lexicon.go): a rule asks tz.lex(k)&lxBit
// where it looked the form up in the list's map.

// lxGivenNames is givenNames[toks[k].low].
var lxGivenNames = newLexBit(&givenNames)

// gendered holds every name givenNameGender answers for; lxGendered is
// givenNameGender(toks[k].low) != "". It is filled by the init function
// below, which runs after recog40_given.go's has added its names to
// givenNameGenders (the init functions run in the order of their files'
// names), and before the first article builds the lexicon.
var gendered = map[string]bool{}

var lxGendered = newLexBit(&gendered)

func init() {
	for w, g := range givenNameGenders {
		if g != "" {
			gendered[w] = true
		}
	}
}

// isGiven is givenNames[tz.toks[k].low].
func (tz *tokenized) isGiven(k int) bool { return tz.lex(k)&lxGivenNames != 0 }

// isGendered is givenNameGender(tz.toks[k].low) != "".
func (tz *tokenized) isGendered(k int) bool { return tz.lex(k)&lxGendered != 0 }

// lxNotPersonHeads is notPersonHeads[toks[k].low], lxBodyOnlyHeads
// bodyOnlyHeads[toks[k].low]: headType asks them of a person's last word.
var (
	lxNotPersonHeads = newLexBit(&notPersonHeads)
	lxBodyOnlyHeads  = newLexBit(&bodyOnlyHeads)
)

// isGivenMonth is givenMonths[w], by a switch: givenMonthNow asks it of
// every capitalised word of a name.
func isGivenMonth(w string) bool {
	switch w {
	case "april", "may", "june", "august":
		return true
	}
	return false
}

// lxTerritorialOffices is territorialOffices[toks[k].low] and
// lxPersonOnlyTitles personOnlyTitles[toks[k].low]; lxPlaceNounAfter is
// placeNounAfter[toks[k].low], and placeNounAfter[toks[k].text] where the
// token is written as its form as well (every word of the list is in lower
// case, and a word written so is its own lower-case form).
var (
	lxTerritorialOffices = newLexBit(&territorialOffices)
	lxPersonOnlyTitles   = newLexBit(&personOnlyTitles)
	lxPlaceNounAfter     = newLexBit(&placeNounAfter)
)

// lxPartyAlone is partyAloneNames[toks[k].low] (adjectiveDescriptor).
var lxPartyAlone = newLexBit(&partyAloneNames)

// lxBodyRoles is bodyRoles[toks[k].low], lxPlaceOffices
// placeOffices[toks[k].low], lxClauseBreaks clauseBreaks[toks[k].low].
var (
	lxBodyRoles    = newLexBit(&bodyRoles)
	lxPlaceOffices = newLexBit(&placeOffices)
	lxClauseBreaks = newLexBit(&clauseBreaks)
)

// isRoleLink is roleLinks[w], by a switch.
func isRoleLink(w string) bool {
	switch w {
	case "for", "of", "at", "from", "with":
		return true
	}
	return false
}

// lxFaithWords is faithWords[toks[k].low], lxPartyForms
// partyForms[toks[k].low] (callingNameWord).
var (
	lxFaithWords = newLexBit(&faithWords)
	lxPartyForms = newLexBit(&partyForms)
)

// lxRelativeWords is relativeWords[toks[k].low] (appositivePerson).
var lxRelativeWords = newLexBit(&relativeWords)
