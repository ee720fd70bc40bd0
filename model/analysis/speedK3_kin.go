package analysis

// kinBefore asks of up to five tokens before every prominent full name
// whether they are a description's modifier (three maps) or a kin noun
// (a map), by the lexicon's bits, where a memo per form of the article
// asked the maps once per form. kindNouns asks of the first word of
// nearly every person's name whether it is a given name or an estate's
// word by the lexicon's bits.

// isKinNoun is kinNouns[toks[k].low], by the lexicon's bit (speedK5_lex.go).
func (l *linker) isKinNoun(k int) bool { return l.tz.lex(k)&lxKinNoun != 0 }

// isDescriptionModifier is descriptionModifier(toks[k].low), by the
// lexicon's bit (speedK5_lex.go).
func (l *linker) isDescriptionModifier(k int) bool { return l.tz.lex(k)&lxDescModifier != 0 }

// isGivenNameWord is givenNameGender(toks[k].low) != "" || givenNames[toks[k].low],
// by the lexicon's bits (speedK4_lex.go), where the memo asked the maps
// once per form.
func (l *linker) isGivenNameWord(k int) bool { return givenOrNamedAt(l.tz, k) }

// isPlaceFirst is recog45PlaceFirsts[toks[k].low], by the lexicon's bit.
func (l *linker) isPlaceFirst(k int) bool { return l.tz.lex(k)&lxPlaceFirst != 0 }
