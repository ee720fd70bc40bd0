package analysis

// Wire feeds write straight quotation marks where others write curly ones,
// and the tagger, which learnt both, reads a name after a straight closing
// mark worse: in `"…," De Smet said` it types "De Smet" a body, where
// after ” it types the person ("Le Goff", "Du Plessis", "Ould Abdallah"
// alike). A surname of one word it types alike after either mark.

// curlyClosingMarks gives the tagger the curly form of a straight double
// quotation mark that closes a quotation right before a name: written onto
// the comma, question mark, exclamation mark or full stop that ends the
// quoted words, with a space and a capitalised word after it. An opening
// mark stays as written, and so does a closing one after a word, where a
// title of a work in quotation marks ends ("The Last Train to Sfax"), which
// the tagger reads better beside the straight mark.
func curlyClosingMarks(tz *tokenized, words []string) {
	toks := tz.toks
	// no token of the article is a straight double mark where it has no
	// form `"`, nor `'`, whose slot a single mark keeps that
	// doubleMarkTokens wrote over with `"`: half the articles, told
	// without a walk over their tokens
	if _, ok := tz.vocabSlot(`"`, formHash(`"`)); !ok {
		if _, ok := tz.vocabSlot(`'`, formHash(`'`)); !ok {
			return
		}
	}
	for k := 1; k+1 < len(toks); k++ {
		t := &toks[k]
		if t.text != `"` || toks[k-1].End != t.Start || toks[k+1].Start == t.End || !toks[k+1].capital {
			continue
		}
		switch toks[k-1].text {
		case ",", "?", "!", ".":
			words[k] = "”"
		}
	}
}
