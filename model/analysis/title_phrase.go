package analysis

// A speaker phrase after an inverted tag may end in a title in quotation
// marks ("wrote the authors of the “Harbour Plan,”"): the phrase's head
// stands before the preposition that takes the title, and the title is
// no quotation of the speaker.

// headBeforeTitle returns where the phrase toks[k:e] ends when a
// quotation cuts it at e after a preposition and its determiners ("the
// authors of the"): at the preposition; else e.
func (at *attributor) headBeforeTitle(k, e int) int {
	toks := at.tz.toks
	if e >= len(toks) || at.qtok[e] < 0 {
		return e
	}
	p := e - 1
	for p > k && toks[p].in(wcDeterminer|wcPossessive) {
		p--
	}
	if p > k+1 && toks[p].in(wcPreposition) && isLowerWord(toks[p-1].text) && !toks[p-1].in(wcDeterminer|wcPreposition) {
		return p
	}
	return e
}
