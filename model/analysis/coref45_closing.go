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
	m := at.tokAt(y.mention.Start)
	if m < 0 || m <= c {
		return false
	}
	lower := 0
	for n := c + 1; n < m; n++ {
		t := &toks[n]
		switch {
		case n == c+1 && coordinators[t.low], t.in(wcDeterminer | wcPossessive), t.capital, isPossessive(t.text), !hasLetterOrDigit(t.text):
		case isLowerWord(t.text) && !t.in(wcPreposition|wcPronoun) && !relativeWords[t.low] && !t.cueWord() && lower < 2:
			lower++
		default:
			return false
		}
	}
	return true
}

// contrastBetween reports whether a clause of contrast opens between
// tokens from and to, outside quotations and brackets: ", while …",
// ", whereas …".
// "Consumption fell 11%, according to the Observatory, while processors
// that had borrowed when the informal “dólar blue” made loans cheap saw
// repayments balloon": "according to" vouches for its own clause, and the
// quoted words in the clause after the contrast are not the Observatory's.
func (at *attributor) contrastBetween(from, to int) bool {
	toks := at.tz.toks
	depth := 0 // brackets open: "(X leads …, while Y leads …)" is still the poll's
	for j := max(from, 1); j < to; j++ {
		switch toks[j].text {
		case "(":
			depth++
		case ")":
			depth--
		}
		if w := toks[j].low; depth <= 0 && (w == "while" || w == "whereas") && toks[j-1].text == "," && at.qtok[j] < 0 {
			return true
		}
	}
	return false
}
