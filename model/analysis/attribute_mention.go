package analysis

import "github.com/byline-reader/byline/model"

// introducingMention is the mention a quotation's speaker label points
// at: of the mentions of the chosen speaker between the attributing one
// and the quotation, in the quotation's sentence, the last "he", "she" or
// relative "who" that stands as a subject: "Brandt … made it a priority,
// and he has battled …, at one point calling the mayor a “…”" points at
// "he", the subject of the clause the quotation is in, though "Brandt"
// names the speaker. A pronoun past a speech verb belongs to the reported
// words ("said he would “…”", "said that if …, he"), and one that opens a
// subordinate or relative clause ("because he", "with whom he") is the
// subject of that clause, not of the sentence: both are passed over, and
// so the label moves only within the speaker's own clauses, and only to a
// mention with a speech verb of its own before the quotation ("Said X,
// who grew up there, “…”" stays on X). The speaker
// shown stays the person; only where the label points moves.
func (at *attributor) introducingMention(qi int, r attribution) model.Span {
	toks := at.tz.toks
	ei := at.entityIndex(r.id)
	qs := tokenAt(toks, at.a.Quotes[qi].Start)
	if ei < 0 || qs <= 0 {
		return r.mention
	}
	lo := at.sentenceFrom(qs)
	m := tokenAt(toks, r.mention.Start)
	if m < lo || m >= qs {
		return r.mention
	}
	me := m
	for me < qs && toks[me].Start < r.mention.End {
		me++
	}
	reported := make([]bool, qs-me) // past a speech verb, until a clause of the speaker's own
	in := false
	for k := me; k < qs; k++ {
		switch w := toks[k].low; {
		case at.qtok[k] >= 0:
		case at.isCue(k) || reportCues[w]:
			in = true
		case (coordinators[w] || w == "though" || w == "although") && k > 0 && toks[k-1].low != "that" && !at.isCue(k-1):
			in = false
		}
		reported[k-me] = in
	}
	cued := false // a speech verb stands between the mention and the quotation
	for k := qs - 1; k > me; k-- {
		w := toks[k].low
		if at.qtok[k] < 0 && (at.isCue(k) || reportCues[w]) {
			cued = true
		}
		if at.qtok[k] >= 0 || reported[k-me] || !cued || w != "he" && w != "she" && w != "who" {
			continue
		}
		if p := toks[k-1].low; w != "who" && (clauseBreaks[p] && !coordinators[p] || p == "how" || p == "why") {
			continue
		}
		if w == "who" {
			if a := at.relativeAntecedent(k, lo); a.ok && a.id == r.id {
				return a.mention
			}
			continue
		}
		if ref, ok := at.pron[k]; ok && ref == ei {
			return toks[k].Span
		}
	}
	return r.mention
}
