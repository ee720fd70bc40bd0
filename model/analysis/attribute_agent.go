package analysis

// A quotation that is what someone is called, in the passive, belongs to
// the agent after "by": "the movement has been called “strategic
// ambiguity” by Ola Brandt, a historian", "the hearings, often labeled as
// a “witch hunt” by Harbourists", "what came to be known by some
// councillors as a “hug”". The subject of the passive is what the words
// are about, and a rule reading the sentence's subject would give it the
// words; the agent is who chose them.

// passiveAgent: a passive verb of calling or characterising right before
// the quotation ("called", "labeled as a", "known as the") and "by X"
// right after it, or "by X as" between the verb and the quotation.
func passiveAgent(at *attributor, qi int) attribution {
	w := at.around(qi)
	if !w.ok || at.named[qi] {
		return attribution{}
	}
	toks := at.tz.toks
	lo := at.sentenceFrom(w.qs)
	end := sentEnd(toks, w.qe, w.paraEnd)
	// "as a", "the": the words between the verb and the quotation
	v := w.qs - 1
	for v > lo && w.qs-v <= 3 && (toks[v].low == "as" || toks[v].in(wcDeterminer)) && at.qtok[v] < 0 {
		v--
	}
	if v >= lo && at.qtok[v] < 0 && calledVerbs[toks[v].low] && at.passiveAt(v, lo) {
		// “…” by X, “…,” by X
		b := w.qe
		if b < end && toks[b].text == "," {
			b++
		}
		if b+1 < end && toks[b].low == "by" {
			if r := at.subjectAfter(b+1, end); r.ok {
				r.cue = toks[v].text
				return r
			}
		}
		return attribution{}
	}
	// "known by some councillors as a “…”": the agent between the verb and
	// "as" (v is the word before "as", which the loop above stepped over)
	as := v + 1
	if as >= w.qs || toks[as].low != "as" {
		return attribution{}
	}
	for b := as - 1; b > lo && as-b <= 12; b-- {
		if at.qtok[b] >= 0 || isSentenceEnd(toks[b].text) {
			return attribution{}
		}
		if toks[b].low != "by" {
			continue
		}
		if p := b - 1; p >= lo && calledVerbs[toks[p].low] && at.passiveAt(p, lo) {
			if r := at.subjectAfter(b+1, as); r.ok && at.tokAt(r.mention.End-1)+1 == as {
				r.cue = toks[p].text
				return r
			}
		}
		return attribution{}
	}
	return attribution{}
}

// passiveAt reports whether the participle at v is passive: a form of
// "be" or "get" before it, past adverbs ("has often been called"), or a
// noun it follows as a reduced relative clause ("email chains labeled",
// "the hearings, often labeled").
func (at *attributor) passiveAt(v, lo int) bool {
	toks := at.tz.toks
	p := v - 1
	for p > lo && (toks[p].in(wcSubjectSkip) || isMannerAdverb(toks[p].text) || toks[p].low == "derisively" || toks[p].low == "widely") {
		p--
	}
	if p < lo {
		return false
	}
	w := toks[p].low
	if beForms[w] && !isPossessive(w) || w == "get" || w == "gets" || w == "got" || w == "become" || w == "became" {
		return true
	}
	if w == "be" || w == "to" && p > lo && (toks[p-1].low == "came" || toks[p-1].low == "come") {
		return true // "came to be known"
	}
	return toks[p].text == "," || w == "—" || isLowerWord(toks[p].text) && !toks[p].in(wcDeterminer|wcPreposition) && !clauseBreaks[w] && !pronounsOrCue(w)
}

// pronounsOrCue: a pronoun or a speech verb, which a reduced relative
// clause never follows ("he called", "she said labeled").
func pronounsOrCue(w string) bool { return pronouns[w] != "" || isCueWord(w) }
