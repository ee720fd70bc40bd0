package analysis

// A quotation that completes a noun of speech someone owns is the owner's
// words, though no verb of speech introduces it: "Reed's call for “a
// fresh start”", "her March comment that “…”", "his pledge to “…”",
// "Reed's “harbour first” slogan". A reader places such words at once:
// the owner said them, and the sentence around them is about the saying.
// The owner is a person or a body named with "'s", or "his"/"her"
// resolved as the pronoun chains resolve them (possessor); "the bill's
// “…” clause" names no speaker, a bill being neither.

// ownerModifiersBefore is where the owner's possessive may end before the
// noun of speech at k: at most three modifiers between them, lower-case
// words, hyphenated ones and names of months or days ("Reed's recent
// evidence-free claim", "her March comment"). It returns k when none are.
func (at *attributor) ownerModifiersBefore(k, lo int) int {
	toks := at.tz.toks
	for m := k - 1; m >= lo && k-m <= 3; m-- {
		t := toks[m]
		if isPossessive(t.text) || t.low == "his" || t.low == "her" {
			return m + 1
		}
		if at.ment[m] >= 0 || at.qtok[m] >= 0 || !hasLetter(t.text) || t.in(wcPreposition|wcDeterminer) || clauseBreaks[t.low] ||
			beForms[t.low] || t.cueWord() || !isLowerWord(t.text) && !t.in(wcCalendar) {
			break
		}
	}
	return k
}

// possessedSpeech is the sieve rule "possessed-speech": a quotation right
// after a noun of speech (ownedSpeechNouns, nounCues) and the word that
// joins its complement ("that", "to", "for a", or nothing), or one between
// an owner's possessive and such a noun ("Reed's “…” remark"), goes to the
// noun's owner.
func possessedSpeech(at *attributor, qi int) attribution {
	w := at.around(qi)
	if !w.ok || at.named[qi] || w.qs < 2 {
		return attribution{}
	}
	toks := at.tz.toks
	lo := w.qs
	for lo > 0 && toks[lo-1].sent == toks[w.qs].sent && w.qs-lo < 40 {
		lo--
	}
	// "Reed's “…” remark": the quotation between the owner and the noun
	if n := w.qe; n < len(toks) && toks[n].sent == toks[w.qe-1].sent && ownedSpeechNouns[toks[n].low] && isLowerWord(toks[n].text) &&
		isPossessive(toks[w.qs-1].text) {
		if r := at.possessor(w.qs, lo); r.ok && at.speakingOwner(r) {
			r.cue = toks[n].text
			return r
		}
	}
	k := w.qs - 1
	if toks[k].text == "," || toks[k].text == ":" {
		k--
	}
	if k > lo && (toks[k].low == "a" || toks[k].low == "an" || toks[k].low == "the") && (toks[k-1].low == "for" || toks[k-1].low == "of") {
		k--
	}
	apposed := toks[w.qs-1].text == "," || toks[w.qs-1].text == ":"
	if k > lo && complementWords[toks[k].low] {
		k--
	} else if t := at.thatBefore(k, lo); t > lo {
		k = t - 1 // "Reed's suggestion that the plan was “…”"
	} else if !apposed {
		return attribution{} // "Reed's comments “were unfair”": the noun is the quotation's subject
	}
	if k <= lo || !isLowerWord(toks[k].text) || !ownedSpeechNouns[toks[k].low] && !nounCues[toks[k].low] {
		return attribution{}
	}
	m := at.ownerModifiersBefore(k, lo)
	if m < k && toks[k].in(wcSpeechCue) {
		return attribution{} // "Her economic plan promises to “…”": a verb after its subject
	}
	r := at.possessor(m, lo)
	if !r.ok || !at.speakingOwner(r) {
		return attribution{}
	}
	r.cue = toks[k].text
	return r
}

// speakingOwner: the owner possessor found is one who speaks, a person or
// a body the pronoun chains or a name give ("the bill's “…” clause" has
// no such owner).
func (at *attributor) speakingOwner(r attribution) bool {
	return r.id != ""
}

// thatBefore finds the "that" opening a short clause the quotation ends
// at k lies in ("suggestion that she was “…”"), with no speech verb,
// quotation or comma between; -1 when there is none.
func (at *attributor) thatBefore(k, lo int) int {
	toks := at.tz.toks
	for j := k; j > lo && k-j < 8; j-- {
		t := toks[j]
		if t.low == "that" {
			return j
		}
		if at.qtok[j] >= 0 || !hasLetterOrDigit(t.text) || t.cueWord() || clauseBreaks[t.low] {
			return -1
		}
	}
	return -1
}
