package analysis

// The statement a speech verb was said in. describedDocument
// (coref_heads.go) finds the issuer of "a statement" as the subject of a
// verb that has it for its object ("X released a statement"); news more
// often writes the statement as where words were said: "In a statement,
// the company said …", "In a statement issued after the verdict, X said
// …", "X said in a statement that …". The subject of that speech verb
// issued it, and "“…,” the statement said" after it is that subject's.

// statementSpeaker is the subject of the speech verb the document noun
// phrase opening at token art (its "a" or "an", after "in") was said in:
// the subject after the phrase where it opens the sentence, or the one
// before "said in" where it follows the verb. ok is false for any other
// shape.
func (at *attributor) statementSpeaker(art int) (attribution, bool) {
	toks := at.tz.toks
	in := art - 1
	if in < 1 || toks[in].low != "in" || toks[in].sent != toks[art].sent {
		return attribution{}, false
	}
	b := at.sentenceFrom(art)
	end := at.tz.sents[toks[art].sent].end
	if datelineEnd(toks, b, end) == in {
		// "In a statement, the company said …": the subject after the phrase
		r := at.subjectAtStart(b, end)
		k := at.tokAt(r.mention.End-1) + 1
		if !r.ok || k <= art || !at.cueAfter(k, end) {
			return attribution{}, false
		}
		return at.bodyOfSubject(r), true
	}
	// "Kessa Copper said in a statement that …"
	v := in - 1
	for v > b && (toks[v].in(wcWeekday) || speechTimeWords[toks[v].low]) {
		v-- // "said Tuesday in a statement"
	}
	if !toks[v].cueWord() || at.qtok[v] >= 0 {
		return attribution{}, false
	}
	r := at.subjectAtStart(b, end)
	if !r.ok || at.tokAt(r.mention.End-1)+1 != v {
		return attribution{}, false
	}
	return at.bodyOfSubject(r), true
}

// bodyOfSubject is the organisation a subject that describes one ("the
// company") names, by the organisation description step
// (describedOrganisation, coref_heads.go), else the subject as it was.
func (at *attributor) bodyOfSubject(r attribution) attribution {
	toks := at.tz.toks
	if r.id != "" {
		return r
	}
	s, e := at.tokAt(r.mention.Start), at.tokAt(r.mention.End-1)+1
	if s < 0 || e <= s || toks[s].low != "the" {
		return r
	}
	if rb, ok := at.describedOrganisation(s, e); ok && rb.id != "" {
		return rb
	}
	return r
}

// cueAfter reports whether a speech verb follows token k of its subject,
// past at most one auxiliary or adverb: "said", "has said", "also said".
func (at *attributor) cueAfter(k, end int) bool {
	toks := at.tz.toks
	for n := k; n < end && n-k <= 1; n++ {
		if toks[n].cueWord() && at.qtok[n] < 0 {
			return true
		}
		if !isLowerWord(toks[n].text) {
			return false
		}
	}
	return false
}

// speechTimeWords stand between a speech verb and where it was said:
// "said on Tuesday in a statement", "said late in a statement".
var speechTimeWords = wordSet(`on late earlier later today yesterday also`)
