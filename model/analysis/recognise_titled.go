package analysis

// titleThenName reports whether r, a mention the tagger typed something
// other than a person that opens with the title at k, is that title and a
// person's name ending at e, so that the title goes out and the name is
// a person's: "Representative Ilse Marrow", "Justice Brandt". The tagger
// learnt bodies that open with a title word ("General Motors", "Justice
// Department", "Senate Majority PAC"); those have a word of a body's,
// a place's or a work's name among the words after the title, or run on
// past them, and keep their type.
func titleThenName(tz *tokenized, r rawMention, k, e int) bool {
	toks := tz.toks
	if r.title || letterEnd(toks, r.ts, r.te) != e || e-(k+1) > 3 || hasHeadWord(tz, k+1, e) {
		return false
	}
	for y := k + 1; y < e; y++ {
		if !toks[y].isNameWord() || bodyWords(toks[y].low) {
			return false
		}
	}
	return true
}
