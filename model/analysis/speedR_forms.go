package analysis

// writesForm reports whether some token of the article has the lower-case
// form w, by the article's table of forms (tz.vocab): a pass that looks
// for a rare word ("@", "St", "Pol") learns in a look-up or two that the
// article has none, and skips its walk over every token.
func writesForm(tz *tokenized, w string) bool {
	_, ok := tz.vocabSlot(w, formHash(w))
	return ok
}
