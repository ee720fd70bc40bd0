package analysis

import "strings"

// A quotation inside an adverbial clause that opens its sentence belongs
// to that clause: "When Reed called the plan “reckless,” Holt walked
// out", "After Reed said the quay would do better as a “car park,” Holt
// said: …". The comma after the quotation closes the clause, and the main
// clause that follows is no tag of the quotation, however much it looks
// like one.

// inOpeningClause reports whether the quotation at w stands at the end of
// a clause that opens its sentence with a subordinator (after "But" or
// "even" at most), has no comma of its own before the quotation but the
// one that opens it, is closed by a comma right after the quoted words,
// and has a speech verb with a subject of its own before them. A clause without one ("Because
// “we are not ready,” Reed said, …") keeps the tag after it.
func (at *attributor) inOpeningClause(w around) bool {
	toks := at.tz.toks
	lo := at.sentenceFrom(w.qs)
	s := lo
	for s < w.qs && (at.word(s).in(awSentenceOpener) || s > lo && toks[s].text == "," && at.word(s-1).in(awSentenceOpener)) {
		s++
	}
	if s >= w.qs || !toks[s].in(wcSubordinator) && toks[s].low != "as" && !at.prepositionWithRelative(s, w.qs) {
		return false
	}
	if s+1 < w.qs && toks[s].low == "as" && (toks[s+1].low == "for" || toks[s+1].low == "to") {
		return false // "As for Reed's “…,”": a topic, no clause
	}
	for k := s + 1; k < w.qs; k++ {
		if k == w.qs-1 && (toks[k].text == "," || toks[k].text == ":") {
			break // the comma or colon that opens the quotation: "When X shouted, “…,” Y joked"
		}
		if at.qtok[k] >= 0 || toks[k].text == "," || toks[k].text == ";" || toks[k].text == ":" {
			return false
		}
	}
	text := strings.TrimSpace(at.a.Quotes[at.qtok[w.qs]].Text)
	if spokenEnd(text) != ',' && (w.qe >= len(toks) || toks[w.qe].text != ",") {
		return false
	}
	return at.leading(w.qs, s+1).ok
}
