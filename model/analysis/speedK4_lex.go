package analysis

// The linking's and the kinds' fixed word lists asked of a token's
// lower-case form, registered in the lexicon (lexicon.go): a rule asks
// tz.lex(k)&lxSomeList where it hashed toks[k].low into the list's map.
// givenNames and clauseBreaks, which recognition asks too, have their
// bits in speedR4_lex.go (lxGivenNames, lxClauseBreaks).

var (
	lxTitleEnd    = newLexBit(&titleEndNouns)            // titleOnly
	lxPlacePrep   = newLexBit(&placePrepositions)        // placeAfterPreposition
	lxTeamRole    = newLexBit(&recog45TeamRoles)         // teamBeforeRole
	lxPlaceKind   = newLexBit(&recog45PlaceKinds)        // kindOf
	lxBodyKind    = newLexBit(&recog45BodyKinds)         // kindOf
	lxPlaceFirst  = newLexBit(&recog45PlaceFirsts)       // kindBeside
	lxSettlement  = newLexBit(&recog45Settlements)       // kindBesideFirst
	lxGeneration  = newLexBit(&generationForms)          // generationReferent
	lxBeForm      = newLexBit(&beForms)                  // prominent
	lxGivenMale   = newLexBit(&givenMaleForms)           // givenGenderAt
	lxGivenFemale = newLexBit(&givenFemaleForms)         // givenGenderAt
	lxPlacePrep45 = newLexBit(&recog45PlacePrepositions) // prepositionPlaces
)

// generationForms are the words of generationWords and generationAfter:
// a token with none of them tells no generation, and neither map is asked.
var generationForms = func() map[string]bool {
	m := map[string]bool{}
	for w := range generationWords {
		m[w] = true
	}
	for w := range generationAfter {
		m[w] = true
	}
	return m
}()

// givenMaleForms and givenFemaleForms are the names givenNameGenders
// calls "m" and "f", made by this file's init function: givenNameGenders
// takes more names in one (recog40_given.go), which runs before it.
var givenMaleForms, givenFemaleForms = map[string]bool{}, map[string]bool{}

func init() {
	for w, g := range givenNameGenders {
		switch g {
		case "m":
			givenMaleForms[w] = true
		case "f":
			givenFemaleForms[w] = true
		}
	}
}

// givenGenderAt is givenNameGender(tz.toks[k].low).
func givenGenderAt(tz *tokenized, k int) string {
	x := tz.lex(k)
	switch {
	case x&lxGivenMale != 0:
		return "m"
	case x&lxGivenFemale != 0:
		return "f"
	}
	return ""
}

// givenAt is givenNameGender(tz.toks[k].low) != "".
func givenAt(tz *tokenized, k int) bool { return tz.lex(k)&(lxGivenMale|lxGivenFemale) != 0 }

// givenOrNamedAt is givenNameGender(tz.toks[k].low) != "" || givenNames[tz.toks[k].low].
func givenOrNamedAt(tz *tokenized, k int) bool {
	return tz.lex(k)&(lxGivenMale|lxGivenFemale|lxGivenNames) != 0
}

// givenLikeForms are the words givenLikeOf answers yes to, in one map
// that givenLike asks once givenLikeReady is set: made by this file's
// init function, after recog40_given.go's has added to givenNames and
// givenNameGenders (asking givenLike as it does, which answers by the
// lists until then). No list of the four changes after it.
var (
	givenLikeForms = map[string]bool{}
	givenLikeReady bool
)

func init() {
	for _, set := range []map[string]bool{givenNames, givenMaleForms, givenFemaleForms, corefMaleNames, corefFemaleNames} {
		for w, in := range set {
			if in && givenLikeOf(w) {
				givenLikeForms[w] = true
			}
		}
	}
	givenLikeReady = true
}

// commaHash and commaPrefix find the comma's slot in an article's table
// of forms (agedSurnames).
var commaHash, commaPrefix = formHash(","), formPrefix(",")
