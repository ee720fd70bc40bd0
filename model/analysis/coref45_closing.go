package analysis

// A reporter that closes a sentence opens the clause after its comma:
// "…, the Ledger reported." closingReporter read any subject before a
// cue word that ends the sentence, so "“…,” said Rina Akter, who sews
// shirts for a local brand." took "a local" for a reporter ("brand" is a
// verb of naming too) and showed it as the speaker.

// closingSubject reports whether the subject y of a closing tag opens
// the clause after the comma at token c: only a word that joins ("and",
// "but"), marks (the one that closes a quotation), determiners,
// capitalised words, possessives and at most two
// other lower-case words ("the local daily") stand between, no relative
// word, preposition or verb of an aside ("who sews shirts for").
func (at *attributor) closingSubject(y attribution, c int) bool {
	toks := at.tz.toks
	m := tokenAt(toks, y.mention.Start)
	if m < 0 || m <= c {
		return false
	}
	lower := 0
	for n := c + 1; n < m; n++ {
		t := &toks[n]
		switch {
		case n == c+1 && coordinators[t.low], t.in(wcDeterminer | wcPossessive), t.capital, isPossessive(t.text), !hasLetterOrDigit(t.text):
		case isLowerWord(t.text) && !t.in(wcPreposition|wcPronoun) && !relativeWords[t.low] && !isCueWord(t.low) && lower < 2:
			lower++
		default:
			return false
		}
	}
	return true
}
