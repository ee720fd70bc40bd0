package analysis

// titleThenName reports whether r, a mention the tagger typed something
// other than a person that opens with the title at k, is that title and a
// person's name ending at e, so that the title goes out and the name is
// a person's: "Representative Ilse Marrow", "Justice Brandt". The tagger
// learnt bodies that open with a title word ("General Motors", "Justice
// Department", "Senate Majority PAC"); those have a word of a body's,
// a place's or a work's name among the words after the title, or run on
// past them, and keep their type. The tagger's body may stop short of the
// name's end, at a middle initial: "Justice Ada" of "Justice Ada K. Holm".
func titleThenName(tz *tokenized, r rawMention, k, e int) bool {
	toks := tz.toks
	if r.title || letterEnd(toks, r.ts, r.te) > e || e-(k+1) > 3 || hasHeadWord(tz, k+1, e) {
		return false
	}
	for y := k + 1; y < e; y++ {
		if !toks[y].isNameWord() || bodyWords(toks[y].low) {
			return false
		}
	}
	return true
}

// officeName returns where the name after a title of an office, "of" and
// the office's department at k starts and ends ("Secretary of State Ola
// Brandt", "Minister of Foreign Affairs Ilse Marrow", "Secretary of Health
// and Human Services Tomas Reed"), or two equal numbers where none
// follows. The department is one to four capitalised words of
// departments, "the" before them and "and" among them; a name of two
// words or more follows, or one with no capital after it, since "Secretary
// of State Department affairs" names nobody.
func officeName(tz *tokenized, k, end int) (int, int) {
	toks := tz.toks
	d := k + 2
	if d < end && toks[d].low == "the" {
		d++
	}
	words := 0
	for d < end && words < 4 {
		t := &toks[d]
		if t.capital && departmentWords[t.low] {
			words++
		} else if t.low != "and" || words == 0 {
			break
		}
		d++
	}
	if words == 0 || !toks[d-1].capital {
		return d, d
	}
	e := namePieces(tz, d, end)
	if e == d || e < end && toks[e].capital && hasLetter(toks[e].text) {
		return d, d
	}
	return d, e
}
