package analysis

import "strings"

// partialComplement: a short quotation inside the complement of a verb of
// saying, stance, accusation or description goes to that verb's subject:
// "X accused Y of “…”", "X dismissed the plan as a “…”", "X warned of a
// “…” battle", "X referred to the “…”", "X credited him for “…”". The
// words between the verb and the quotation must be its object and a
// preposition that opens the complement (as, of, for, to, about), then at
// most a determiner and a modifier: the quotation is the verb's own
// complement, not a term in a phrase the writer built around it. A verb in
// the passive ("was accused of “…”") speaks for someone else and is no
// answer.
func partialComplement(at *attributor, qi int) attribution {
	toks := at.tz.toks
	q := at.a.Quotes[qi]
	qs := at.tokAt(q.Start)
	if at.named[qi] || qs <= 0 || toks[qs-1].sent != toks[qs].sent || at.qtok[qs-1] >= 0 {
		return attribution{}
	}
	k, ok := at.complementVerb(qs)
	if !ok {
		return attribution{}
	}
	lo := at.sentenceFrom(k)
	if k > lo && (at.word(k-1).in(awBeForm) && !strings.HasSuffix(toks[k].low, "ing") || toks[k-1].low == "been") {
		return attribution{} // "was accused of", "has been described as"
	}
	var r attribution
	switch {
	case strings.HasSuffix(toks[k].low, "ing") && (k == lo || !at.word(k-1).in(awBeForm)):
		if k == lo || toks[k-1].text != "," {
			return attribution{}
		}
		r = at.participleSubject(lo, k)
	default:
		r = at.subjectBefore(k, lo)
	}
	if !r.ok || at.relativeMention(r) && at.stopBetween(k, qs) {
		return attribution{}
	}
	r.cue = toks[k].text
	// "Another said he heard X talk of “…”": the verb stands inside
	// reported speech, and the account is the reporter's
	if m := at.tokAt(r.mention.Start); m > lo {
		if earlier := at.leading(m, lo); earlier.ok && speechCues[lower(earlier.cue)] && !reportCues[lower(earlier.cue)] {
			return earlier
		}
	}
	return r
}

// complementVerb finds the verb whose complement holds the quotation at
// qs, reading left: a determiner, possessive or modifier or two, the
// preposition that opens the complement, then the verb's object (a few
// words, no clause of its own) and the verb. ok is false when the words
// before the quotation are anything else.
func (at *attributor) complementVerb(qs int) (int, bool) {
	toks := at.tz.toks
	j := qs - 1
	// the quotation's own determiner and modifiers: "of a “…” battle"
	for mods := 0; j >= 0 && mods < 3 && !at.word(j).in(awComplementPrep); mods++ {
		w := toks[j].low
		if !isLowerWord(toks[j].text) || at.qtok[j] >= 0 || at.word(j).in(awPreposition|awClauseBreak|awCoordinator) || at.word(j).in(awBeForm) && w != "being" || at.isCue(j) {
			return 0, false
		}
		j--
	}
	if j <= 0 || !at.word(j).in(awComplementPrep) || toks[j].sent != toks[qs].sent {
		return 0, false
	}
	if toks[j].low == "as" && (toks[j-1].low == "such" || toks[j-1].low == "known" || toks[j-1].low == "same") {
		return 0, false // "words such as “…”", "known as “…”"
	}
	// the object, then the verb; before "as" the object may carry
	// phrases of its own: "dismissed criticism of Y's comments about Z as"
	marker := toks[j].low
	for obj := 0; j > 0 && obj <= 10; obj++ {
		j--
		t := toks[j]
		if t.sent != toks[qs].sent || at.qtok[j] >= 0 || !hasLetterOrDigit(t.text) && !isPossessive(t.text) {
			return 0, false
		}
		w := t.low
		if isLowerWord(t.text) && (at.word(j).in(awCharacterising|awComplementVerb) || at.isCue(j) && !at.word(j).in(awReportCue)) && !at.isNounUse(j) {
			return j, true
		}
		if at.word(j).in(awClauseBreak|awCoordinator|awRelativeWord) || at.word(j).in(awBeForm) && !isPossessive(w) ||
			at.word(j).in(awComplementPrep) && obj > 0 && (marker != "as" || w == "as") || obj > 8 && marker != "as" {
			return 0, false
		}
	}
	return 0, false
}
