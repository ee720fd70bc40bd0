package analysis

// openingLeads are words that may stand before the word that opens an
// adverbial phrase or clause at the start of a sentence, measuring or
// narrowing it: "Shortly after", "Soon after", "Hours before", "Long
// before", "Two days after", "Right after".
var openingLeads = wordSet(`shortly soon just only right immediately long moments hours minutes days weeks months moment hour minute day week month year
years seconds`)

// openingAfterLead returns the token of the opening word at p when a lead
// of one or two words stands before it ("Shortly after X's call ended, …",
// "Two days after …", "Hours before …"), else p. The opening word then
// opens the sentence's adverbial phrase as it would alone, and the subject
// comes after its comma: "Shortly after Reed's call ended, the board sent
// out a statement" has the board, not Reed, for its subject.
func (at *attributor) openingAfterLead(p, k int) int {
	toks := at.tz.toks
	q := p
	if q+1 < k && (isDigitAt(toks[q].text, 0) || numberWords[toks[q].low] || toks[q].low == "a") && openingLeads[toks[q+1].low] {
		q++ // "Two days after", "A week before"
	}
	if q+1 < k && openingLeads[toks[q].low] && at.ment[q] < 0 && at.qtok[q] < 0 && toks[q+1].in(wcOpening) {
		return q + 1
	}
	return p
}
