package analysis

// kinBefore asks of up to five tokens before every prominent full name
// whether they are a description's modifier (three maps) or a kin noun
// (a map); the answers are kept per form of the article (tz.forms) in
// linker.kinMemo, made at the first question, so a form is looked up
// once. kindNouns asks of the first word of nearly every person's name
// whether it is a given name or an estate's word by the lexicon's bits.
const (
	kmKinAsked uint8 = 1 << iota // kinNouns asked of the form
	kmKin                        // kinNouns[form]
	kmModAsked                   // descriptionModifier asked of the form
	kmMod                        // descriptionModifier(form)
)

// kinMemoOf is the memo's byte of token k, the memo made at its first need.
func (l *linker) kinMemoOf(k int) *uint8 {
	if l.kinMemo == nil {
		l.kinMemo = make([]uint8, len(l.tz.vocab))
	}
	return &l.kinMemo[l.tz.forms[k]]
}

// isKinNoun is kinNouns[toks[k].low].
func (l *linker) isKinNoun(k int) bool {
	p := l.kinMemoOf(k)
	if *p&kmKinAsked == 0 {
		*p |= kmKinAsked
		if kinNouns[l.tz.toks[k].low] {
			*p |= kmKin
		}
	}
	return *p&kmKin != 0
}

// isDescriptionModifier is descriptionModifier(toks[k].low).
func (l *linker) isDescriptionModifier(k int) bool {
	p := l.kinMemoOf(k)
	if *p&kmModAsked == 0 {
		*p |= kmModAsked
		if descriptionModifier(l.tz.toks[k].low) {
			*p |= kmMod
		}
	}
	return *p&kmMod != 0
}

// isGivenNameWord is givenNameGender(toks[k].low) != "" || givenNames[toks[k].low],
// by the lexicon's bits (speedK4_lex.go), where the memo asked the maps
// once per form.
func (l *linker) isGivenNameWord(k int) bool { return givenOrNamedAt(l.tz, k) }

// isPlaceFirst is recog45PlaceFirsts[toks[k].low], by the lexicon's bit.
func (l *linker) isPlaceFirst(k int) bool { return l.tz.lex(k)&lxPlaceFirst != 0 }
