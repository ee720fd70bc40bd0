package analysis

import "strings"

// Titles in two more places. A work's title in marks is no one's words;
// isTitleOrName (attribute_speech.go) knows it after "the film" or "in",
// and where it opens its sentence as the subject. Two shapes more:
//
//   - the title described right after it, set off by a comma: "“Daughters
//     of the River”, a documentary by Ana Lima about …, took the prize"
//     (titleDescribedAfter);
//   - the title as the subject of the clause a speech verb reports: "Ruiz
//     said “The Last Ferry” showed what the region's cinema could do"
//     (titleReportedSubject).

// titleDescribedAfter reports whether the quotation qi, shaped as a title,
// is followed by a comma and "a", "an" or "the", at most three more words
// and a noun of a work: "a documentary", "the debut novel".
func (at *attributor) titleDescribedAfter(qi, qs int) bool {
	toks := at.tz.toks
	text := strings.TrimRight(strings.TrimSpace(at.a.Quotes[qi].Text), ",")
	if !at.quoteTitleShaped(qi, text, 12) {
		return false
	}
	qe := at.afterQuotation(qi, qs)
	if qe+2 >= len(toks) || toks[qe].text != "," || toks[qe].sent != toks[qs].sent {
		return false
	}
	if w := toks[qe+1].low; w != "a" && w != "an" && w != "the" {
		return false
	}
	for j := qe + 2; j < len(toks) && j-qe <= 5 && toks[j].sent == toks[qs].sent && isLowerWord(toks[j].text); j++ {
		if titleNouns[toks[j].low] || workNouns[toks[j].low] {
			return true
		}
	}
	return false
}

// titleReportedSubject reports whether the quotation qi, shaped as a title
// of two words or more, with no mark of a sentence inside its marks,
// follows a speech verb or "that" and is followed by a verb in -ed or a
// form of "be" or "have": the subject of the reported clause.
func (at *attributor) titleReportedSubject(qi, qs int, prev string) bool {
	toks := at.tz.toks
	// prev is the token's before qs, or "" (isTitleOrName), which is no
	// cue: its kind bit answers isCueWord
	if prev != "that" && (prev == "" || !toks[qs-1].cueWord()) {
		return false
	}
	text := strings.TrimSpace(at.a.Quotes[qi].Text)
	if countFields(text, 2) < 2 || !at.quoteLooksLikeTitle(qi, text) {
		return false
	}
	qe := at.afterQuotation(qi, qs)
	if qe >= len(toks) || toks[qe].sent != toks[qs].sent || !isLowerWord(toks[qe].text) {
		return false
	}
	w := toks[qe].low
	return len(w) > 4 && strings.HasSuffix(w, "ed") || beForms[w] || w == "has" || w == "had"
}

// afterQuotation is the token after quotation qi, whose words start at
// token qs, and after its closing mark.
func (at *attributor) afterQuotation(qi, qs int) int {
	toks := at.tz.toks
	qe := qs
	for qe < len(toks) && at.qtok[qe] == qi {
		qe++
	}
	if qe < len(toks) && isQuoteMark(toks[qe].text) {
		qe++
	}
	return qe
}
