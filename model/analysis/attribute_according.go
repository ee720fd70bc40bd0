package analysis

import "github.com/byline-reader/byline/model"

// "According to X" names the source of what the sentence says, whatever X
// is: a person, a body, a document, and as often a bare phrase with no
// determiner that is none of the speaker phrases subjectAfter reads:
// "according to officials with knowledge of the meeting", "according to
// audio provided to the Courier", "according to excerpts of his speech
// released by the board". Those are the account the words come from, as
// "according to a report" is.

// accordingTo reads the source after "according to", whose first word is
// token k: the speaker phrase subjectAfter reads, or else the bare phrase
// of lower-case words that starts there, up to punctuation, a clause break
// or a speech verb (at most ten words).
func (at *attributor) accordingTo(k, to int) attribution {
	// "According to him, the board had …": the pronoun is the one who
	// last spoke or was named, as a subject pronoun is
	if g, ok := pronounObjects[at.tz.toks[k].low]; ok && k+1 < to && at.tz.toks[k+1].text == "," {
		return at.resolvePronoun(k, g)
	}
	if r := at.subjectAfter(k, to); r.ok {
		return r
	}
	toks := at.tz.toks
	if k >= to || at.qtok[k] >= 0 {
		return attribution{}
	}
	if t := &toks[k]; !isLowerWord(t.text) || t.in(wcDeterminer|wcPreposition) || pronouns[t.low] != "" || clauseBreaks[t.low] ||
		t.in(wcSubjectSkip) || beForms[t.low] || t.cueWord() || isPossessive(t.text) {
		return attribution{}
	}
	e := k
	for e < to && e-k < 10 {
		t := &toks[e]
		if at.qtok[e] >= 0 || !hasLetterOrDigit(t.text) || clauseBreaks[t.low] || at.isCue(e) {
			break
		}
		// "according to figures published by the union the plant has
		// lost …": an article right after a noun opens the clause the
		// phrase introduces, with no comma (attribute_fronted.go)
		if e > k+1 && phraseArticles[t.low] && isLowerWord(t.text) && at.nounBefore(e) {
			break
		}
		e++
	}
	for e > k+1 && toks[e-1].in(wcPreposition|wcDeterminer) {
		e-- // the phrase was cut inside a prepositional phrase: "audio provided to"
	}
	span := model.Span{Start: toks[k].Start, End: toks[e-1].End}
	return attribution{speaker: normalizeName(at.a.Text[span.Start:span.End]), mention: span, ok: true}
}
